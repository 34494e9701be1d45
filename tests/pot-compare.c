/* pot-compare.c: folio's PO writer against libgettextpo's po_file_write,
 * byte for byte.  Test-only: po_file_write is the writer folio used
 * before it wrote POT files itself, and stays here as the reference.
 *
 *   pot-compare extract [--its RULES]... FILE...
 *       extracts FILE... into one template (as folio extract does) and
 *       writes it both ways;
 *   pot-compare catalog FILE.po...
 *       reads each catalog with libgettextpo and writes what it read both
 *       ways (flags libgettextpo has no getter for, no-wrap and
 *       no-LANG-format, are not carried over).
 *
 * Prints "same: N messages" per comparison, or the first line that
 * differs; exits 0 when all are the same, 1 when one differs, 2 on a
 * usage or reading error. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sys/wait.h>

#include <gettext-po.h>

#include "atomic-file.h"
#include "catalog.h"
#include "extract.h"
#include "its.h"
#include "po-write.h"
#include "po-xerror.h"
#include "pot.h"
#include "strbuf.h"
#include "xalloc.h"

static char scratch[] = "/tmp/pot-compare.XXXXXX";

/* 0 when the reference file holds exactly ours; prints the first line
 * that differs otherwise. */
static int compare(const char *label, const char *reference_path, const struct strbuf *ours,
		   size_t n_messages)
{
	size_t len;
	char *theirs = read_file(reference_path, &len);

	if (!theirs) {
		printf("%s: libgettextpo wrote nothing\n", label);
		return 1;
	}
	if (len == ours->len && memcmp(theirs, ours->buf, len) == 0) {
		printf("same: %zu messages: %s\n", n_messages, label);
		free(theirs);
		return 0;
	}
	size_t i = 0, line = 1, start = 0;
	for (; i < len && i < ours->len && theirs[i] == ours->buf[i]; i++)
		if (theirs[i] == '\n')
			line++, start = i + 1;
	const char *a = theirs + start, *b = ours->buf + start;
	printf("differ: %s: line %zu\n  gettext: %.*s\n  folio:   %.*s\n", label, line,
	       (int)strcspn(a, "\n"), a, (int)strcspn(b, "\n"), b);
	free(theirs);
	return 1;
}

/* po_file_write in a child process.  libgettextpo 0.21 leaks the reason
 * of every invalid format string it writes (write-po.c's wrap() never
 * frees it); the child ends with _exit, so that leak checkers, which run
 * at exit, judge folio's writer in the parent and not the library.
 * Returns 0 when the file was written without an error. */
static int write_with_libgettextpo(po_file_t file, const char *path)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		po_xerror_reset();
		po_file_write(file, path, po_xerror_handler());
		fflush(NULL);
		_exit(po_xerror_count() ? 1 : 0);
	}
	int status;
	if (waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static po_message_t reference_message(const struct pot_message *message)
{
	po_message_t m = po_message_create();

	if (message->msgctxt)
		po_message_set_msgctxt(m, message->msgctxt);
	po_message_set_msgid(m, message->msgid);
	po_message_set_msgstr(m, "");
	if (*message->comments)
		po_message_set_extracted_comments(m, message->comments);
	for (size_t j = 0; j < message->n_refs; j++)
		po_message_add_filepos(m, message->refs[j].file, (size_t)message->refs[j].line);
	return m;
}

/* The template through libgettextpo, as folio wrote it before. */
static int write_reference(const struct pot *pot, const struct pot_header *header,
			   const char *path)
{
	po_file_t file = po_file_create();
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	struct strbuf msgstr = STRBUF_INIT;

	pot_header_msgstr(header, &msgstr);
	po_message_t head = po_message_create();
	po_message_set_msgid(head, "");
	po_message_set_msgstr(head, msgstr.buf);
	po_message_set_comments(head, pot_header_comments);
	po_message_set_fuzzy(head, 1);
	po_message_insert(iterator, head);
	for (size_t i = 0; i < pot_count(pot); i++) {
		struct pot_message message;
		pot_message_at(pot, i, &message);
		po_message_insert(iterator, reference_message(&message));
	}
	po_message_iterator_free(iterator);
	int rc = write_with_libgettextpo(file, path);
	po_file_free(file);
	strbuf_release(&msgstr);
	return rc;
}

static int compare_extract(int argc, char **argv)
{
	struct its_rules *rules = its_rules_new();
	struct pot *pot = pot_new();
	struct pot_header header = { "demo 1.0", "bugs@example.org", 1750636800 };
	struct strbuf ours = STRBUF_INIT, path = STRBUF_INIT;
	int rc = 2, i = 0;

	for (; i + 1 < argc && strcmp(argv[i], "--its") == 0; i += 2)
		if (its_rules_load_file(rules, argv[i + 1]) < 0)
			goto out;
	for (; i < argc; i++)
		if (extract_file(rules, argv[i], pot) < 0)
			goto out;
	strbuf_addf(&path, "%s/reference.pot", scratch);
	if (pot_format(pot, &header, &ours) < 0 || write_reference(pot, &header, path.buf) < 0)
		goto out;
	rc = compare(argc > 0 ? argv[argc - 1] : "", path.buf, &ours, pot_count(pot));
	unlink(path.buf);
out:
	strbuf_release(&ours);
	strbuf_release(&path);
	pot_free(pot);
	its_rules_free(rules);
	return rc;
}

/* The flags gettext writes after fuzzy, in its order, that libgettextpo
 * lets a caller see. */
static void message_flags(po_message_t m, struct strbuf *storage, const char **flags,
			  size_t *n_flags)
{
	const char *const *formats = po_format_list();

	strbuf_reset(storage);
	int min, max;
	if (po_message_is_range(m, &min, &max))
		strbuf_addf(storage, "range: %d..%d", min, max);
	*n_flags = 0;
	for (size_t i = 0; formats[i]; i++)
		if (po_message_is_format(m, formats[i]))
			flags[(*n_flags)++] = formats[i];
	if (storage->len)
		flags[(*n_flags)++] = storage->buf;
}

/* One message read by libgettextpo, through folio's writer. */
static int write_ours(struct po_writer *writer, po_message_t m, struct strbuf *err)
{
	const char *flags[64];
	struct strbuf range = STRBUF_INIT, forms = STRBUF_INIT;
	struct po_write_ref *refs = NULL;
	size_t n_refs = 0, alloc_refs = 0, n_flags;
	po_filepos_t pos;

	while ((pos = po_message_filepos(m, (int)n_refs))) {
		FOLIO_GROW(refs, n_refs + 1, alloc_refs);
		refs[n_refs].file = po_filepos_file(pos);
		size_t line = po_filepos_start_line(pos);
		refs[n_refs++].line = line == (size_t)-1 ? -1 : (long)line;
	}
	message_flags(m, &range, flags, &n_flags);
	const char *plural = po_message_msgid_plural(m);
	for (int i = 0; plural && po_message_msgstr_plural(m, i); i++)
		strbuf_add(&forms, po_message_msgstr_plural(m, i),
			   strlen(po_message_msgstr_plural(m, i)) + 1);
	const char *comments = po_message_comments(m);
	const char *extracted = po_message_extracted_comments(m);
	struct po_write_entry entry = {
		.comments = comments, .extracted_comments = extracted,
		.refs = refs, .n_refs = n_refs, .fuzzy = po_message_is_fuzzy(m),
		.flags = flags, .n_flags = n_flags,
		.prev_msgctxt = po_message_prev_msgctxt(m), .prev_msgid = po_message_prev_msgid(m),
		.prev_msgid_plural = po_message_prev_msgid_plural(m),
		.msgctxt = po_message_msgctxt(m), .msgid = po_message_msgid(m),
		.msgid_plural = plural, .msgstr = plural ? forms.buf : po_message_msgstr(m),
		.msgstr_len = forms.len, .obsolete = po_message_is_obsolete(m),
	};
	int rc = po_writer_add(writer, &entry, err);
	/* libgettextpo leaves these two to the caller (LIBRARY-NOTES), except
	 * its static "" for none. */
	if (*comments)
		free((char *)comments);
	if (*extracted)
		free((char *)extracted);
	strbuf_release(&range);
	strbuf_release(&forms);
	free(refs);
	return rc;
}

static int compare_catalog(const char *path)
{
	unsigned n_errors;
	po_file_t file = catalog_read(path, 0, &n_errors);
	struct strbuf ours = STRBUF_INIT, err = STRBUF_INIT, reference = STRBUF_INIT;
	struct po_writer writer;
	size_t n = 0;
	int rc = 2;

	if (!file || n_errors)
		goto out;
	/* folio's writer is for UTF-8 catalogs; gettext's also writes others. */
	char *type = catalog_header_field(file, "Content-Type");
	int utf8 = type && strstr(type, "charset=UTF-8");
	free(type);
	if (!utf8) {
		printf("skipped: not UTF-8: %s\n", path);
		rc = 0;
		goto out;
	}
	po_writer_init(&writer, &ours);
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t m;
	while (rc == 2 && (m = po_next_message(iterator))) {
		if (write_ours(&writer, m, &err) < 0) {
			printf("refused: %s: %s\n", path, err.buf);
			rc = 1;
		}
		n++;
	}
	po_message_iterator_free(iterator);
	po_writer_release(&writer);
	if (rc == 2) {
		strbuf_addf(&reference, "%s/reference.po", scratch);
		write_with_libgettextpo(file, reference.buf);
		rc = compare(path, reference.buf, &ours, n);
		unlink(reference.buf);
	}
out:
	if (file)
		po_file_free(file);
	strbuf_release(&ours);
	strbuf_release(&err);
	strbuf_release(&reference);
	return rc;
}

int main(int argc, char **argv)
{
	int rc = 0;

	if (argc < 3 || (strcmp(argv[1], "extract") != 0 && strcmp(argv[1], "catalog") != 0)) {
		fprintf(stderr, "usage: pot-compare extract [--its RULES]... FILE...\n"
				"       pot-compare catalog FILE.po...\n");
		return 2;
	}
	if (!mkdtemp(scratch))
		return 2;
	if (strcmp(argv[1], "extract") == 0) {
		rc = compare_extract(argc - 2, argv + 2);
	} else {
		for (int i = 2; i < argc; i++) {
			int one = compare_catalog(argv[i]);
			if (one > rc)
				rc = one;
		}
	}
	rmdir(scratch);
	return rc;
}
