/* po-write.h: PO entries laid out byte for byte as gettext 0.21 writes
 * them (msgcat, msgmerge, xgettext, libgettextpo's po_file_write), for
 * UTF-8 catalogs, without a round trip through libgettextpo.
 *
 * What it copies from gettext: comment lines ("# ", "#. ", "#:", "#, ",
 * "#| "), references packed into lines of at most 79 columns, the flags
 * line (fuzzy only on a non-empty msgstr), strings escaped as C strings
 * and wrapped at 79 columns by libunistring's ulc_width_linebreaks, the
 * same function gettext calls, with the same overrides: a break after
 * every "\n", none before a final "\n", none inside an escape, a
 * multibyte character or a C format directive, and an empty first line
 * when a string takes more than one.
 *
 * What it refuses: strings that are not valid UTF-8, and a format flag it
 * cannot parse the directives of (any "LANG-format" but c-format; the
 * "no-LANG-format" flags need no parsing).  Both are reported in err. */
#ifndef FOLIO_PO_WRITE_H
#define FOLIO_PO_WRITE_H

#include <stddef.h>

#include "strbuf.h"

struct po_write_ref {
	const char *file;     /* a leading "./" is not written, as gettext does */
	long line;            /* negative: the reference has no line */
};

/* All strings borrowed for the call; NULL means absent. */
struct po_write_entry {
	const char *comments;            /* translator comments, "\n"-separated lines */
	const char *extracted_comments;  /* "#." lines, "\n"-separated */
	const struct po_write_ref *refs;
	size_t n_refs;                   /* written as given: the caller drops repeats */
	int fuzzy;
	const char *const *flags;        /* after fuzzy, in gettext's order ("c-format",
					    "no-python-format", "range: 0..5", "no-wrap") */
	size_t n_flags;
	const char *prev_msgctxt, *prev_msgid, *prev_msgid_plural;
	const char *msgctxt;
	const char *msgid;
	const char *msgid_plural;
	const char *msgstr;              /* with msgid_plural: the forms, each NUL-ended */
	size_t msgstr_len;               /* with msgid_plural: the bytes of all forms */
	int obsolete;                    /* written as "#~" lines */
};

struct po_writer {
	struct strbuf *out;
	size_t n_entries;
	struct strbuf line, overrides, breaks, marks, window;   /* scratch, reused per string */
};

/* out receives the entries; it stays the caller's. */
void po_writer_init(struct po_writer *writer, struct strbuf *out);
void po_writer_release(struct po_writer *writer);
/* Appends entry (after a blank line, unless it is the first).  Returns 0,
 * or -1 with the reason in err and nothing appended. */
int po_writer_add(struct po_writer *writer, const struct po_write_entry *entry,
		  struct strbuf *err);

#endif
