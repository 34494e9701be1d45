/* test-po-lines.c: each entry of a PO file at its first and msgstr line,
 * paired with the message libgettextpo reads there. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "po-lines.h"
#include "po-xerror.h"
#include "tap.h"

static const char catalog[] =
	"# Translator's comment.\n"                 /* 1 */
	"msgid \"\"\n"                               /* 2 */
	"msgstr \"\"\n"                              /* 3 */
	"\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	"\n"                                         /* 5 */
	"#. A note.\n"                               /* 6 */
	"#: content/x.xml:42\n"                      /* 7 */
	"#, fuzzy\n"
	"#| msgid \"Old\"\n"
	"msgid \"\"\n"                               /* 10 */
	"\"Two \"\n"
	"\"lines\"\n"
	"msgstr \"Deux lignes\"\n"                   /* 13 */
	"\n"
	"msgctxt \"menu\"\n"                         /* 15 */
	"msgid \"File\"\n"
	"msgid_plural \"Files\"\n"
	"msgstr[0] \"Fichier\"\n"                    /* 18 */
	"msgstr[1] \"Fichiers\"\n"
	"\n"
	"#~ msgid \"Gone\"\n"                        /* 21 */
	"#~ msgstr \"Parti\"\n";                     /* 22 */

int main(void)
{
	struct po_lines lines;

	po_lines_scan(&lines, catalog);
	ok(lines.n_entries == 4, "four entries, the header and the obsolete one included (%zu)",
	   lines.n_entries);
	ok(lines.entries[0].first == 1 && lines.entries[0].msgstr == 3, "the header from its comment");
	ok(lines.entries[1].first == 6 && lines.entries[1].msgstr == 13,
	   "an entry from its first comment, its msgstr after a wrapped msgid (%ld, %ld)",
	   lines.entries[1].first, lines.entries[1].msgstr);
	ok(lines.entries[2].first == 15 && lines.entries[2].msgstr == 18,
	   "msgctxt starts an entry, msgstr[0] is its msgstr line");
	ok(lines.entries[3].first == 21 && lines.entries[3].msgstr == 22, "an obsolete entry");

	char path[] = "/tmp/test-po-lines-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
	ok(fp && fputs(catalog, fp) >= 0 && fclose(fp) == 0, "the catalog written to a file");
	po_file_t file = po_file_read(path, po_xerror_handler());
	ok(file != NULL, "libgettextpo reads it");
	po_lines_match(&lines, file);
	ok(lines.matched, "its messages pair with the entries one for one");
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t header = po_next_message(iterator), two = po_next_message(iterator);
	po_message_t plural = po_next_message(iterator);
	const struct po_line_entry *e = po_lines_find(&lines, plural);
	ok(e && e->msgstr == 18, "the plural message is found at its msgstr[0] line");
	e = po_lines_find(&lines, two);
	ok(e && e->msgstr == 13 && strcmp(po_message_msgid(two), "Two lines") == 0,
	   "an earlier message is found after a later one");
	ok(po_lines_find(&lines, header) == &lines.entries[0], "the header is entry 0");
	po_message_iterator_free(iterator);
	po_file_free(file);
	unlink(path);
	po_lines_release(&lines);

	po_lines_scan(&lines, "msgid \"a\"\nmsgstr \"b\"\n");
	lines.matched = 0;
	ok(po_lines_find(&lines, NULL) == NULL, "no line when the entries did not match the file");
	po_lines_release(&lines);
	return done_testing();
}
