/* test-po-write.c: the flags libgettextpo cannot hand over (no-wrap,
 * no-LANG-format), checked against msgcat, which writes with gettext's
 * write-po.c: what it reads from folio's output it writes back unchanged
 * only when folio laid it out as gettext does.  And what the writer
 * refuses. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "po-format.h"
#include "po-write.h"
#include "tap.h"

static const char long_text[] =
	"A sentence long enough to be wrapped at column seventy-nine when wrapping is on, "
	"with %d and % d directives and more words after them to fill a second line";

static void add(struct po_writer *writer, const char *msgctxt, const char *msgid,
		const char *const *flags, size_t n_flags)
{
	struct strbuf err = STRBUF_INIT;
	struct po_write_entry entry = {
		.msgctxt = msgctxt, .msgid = msgid, .msgstr = "", .flags = flags, .n_flags = n_flags,
	};
	if (po_writer_add(writer, &entry, &err) < 0)
		printf("# refused: %s\n", err.buf);
	strbuf_release(&err);
}

static int msgcat_keeps(const char *dir, const struct strbuf *text)
{
	char path[256], command[1200];
	snprintf(path, sizeof(path), "%s/t.po", dir);
	FILE *fp = fopen(path, "w");
	if (!fp || fwrite(text->buf, 1, text->len, fp) != text->len || fclose(fp) != 0)
		return 0;
	snprintf(command, sizeof(command), "msgcat %s -o %s.cat && cmp %s %s.cat", path, path,
		 path, path);
	return system(command) == 0;
}

int main(void)
{
	char dir[] = "/tmp/folio-test-po-write.XXXXXX";
	if (!mkdtemp(dir))
		return 99;

	struct strbuf out = STRBUF_INIT;
	struct po_writer writer;
	po_writer_init(&writer, &out);
	struct po_write_entry header = {
		.msgid = "", .msgstr = "Content-Type: text/plain; charset=UTF-8\n",
	};
	struct strbuf err = STRBUF_INIT;
	ok(po_writer_add(&writer, &header, &err) == 0, "a header entry");
	const char *no_wrap[] = { "c-format", "no-wrap" };
	const char *no_formats[] = { "no-c-format", "no-python-format" };
	add(&writer, "1", long_text, no_wrap, 2);
	add(&writer, "2", long_text, no_formats, 2);
	add(&writer, "3", long_text, no_formats + 1, 1);
	ok(strstr(out.buf, "#, c-format, no-wrap\nmsgctxt \"1\"\nmsgid \"A sentence") != NULL,
	   "no-wrap: one line");
	ok(strstr(out.buf, "#, no-c-format, no-python-format\nmsgctxt \"2\"\nmsgid \"\"\n") != NULL,
	   "no-LANG-format flags need no parsing");
	ok(msgcat_keeps(dir, &out), "msgcat writes the same bytes back");

	strbuf_reset(&err);
	const char *python[] = { "python-format" };
	struct po_write_entry refused = { .msgid = "%(name)s", .msgstr = "", .flags = python,
					  .n_flags = 1 };
	size_t before = out.len;
	ok(po_writer_add(&writer, &refused, &err) < 0 && strstr(err.buf, "python-format")
	   && out.len == before, "a format it cannot parse is refused, nothing written");
	strbuf_reset(&err);
	struct po_write_entry bad = { .msgid = "caf\xe9", .msgstr = "" };
	ok(po_writer_add(&writer, &bad, &err) < 0 && strstr(err.buf, "UTF-8"),
	   "a string that is not UTF-8 is refused");

	char marks[32];
	po_format_c_marks("a % d %y % d", 0, marks);
	ok(marks[2] == PO_FORMAT_START && marks[3] == PO_FORMAT_INSIDE
	   && marks[4] == PO_FORMAT_INSIDE && marks[6] == PO_FORMAT_TEXT
	   && marks[10] == PO_FORMAT_TEXT, "C directives end at the first invalid one");

	po_writer_release(&writer);
	strbuf_release(&out);
	strbuf_release(&err);
	char command[300];
	snprintf(command, sizeof(command), "rm -rf %s", dir);
	ok(system(command) == 0, "clean up");
	return done_testing();
}
