/* pot.h: a template catalog being built: messages in first-seen order,
 * duplicates merged with all their references, written byte for byte as
 * xgettext writes a POT (through po-write.h: gettext's layout, without a
 * round trip through libgettextpo). */
#ifndef FOLIO_POT_H
#define FOLIO_POT_H

#include <stddef.h>
#include <time.h>

#include "po-write.h"

struct pot;

struct pot_header {
	const char *project_id;        /* "PACKAGE VERSION" when NULL */
	const char *bugs_address;      /* empty when NULL */
	time_t creation_date;          /* UTC */
};

/* Free with pot_free (accepts NULL). */
struct pot *pot_new(void);
void pot_free(struct pot *pot);

/* Adds a message or merges it into an existing one with the same msgctxt
 * (NULL for none) and msgid: the reference is appended, and comments
 * (newline-separated lines, or NULL) are added where not already there.
 * Strings are copied. */
void pot_add(struct pot *pot, const char *msgctxt, const char *msgid,
	     const char *comments, const char *file, long line);
size_t pot_count(const struct pot *pot);
/* Appends one line "msgctxt\004msgid\n" per message (msgctxt empty when
 * there is none), in the template's order. */
void pot_keys(const struct pot *pot, struct strbuf *out);

/* The i-th message, in the template's order; borrowed until the next
 * pot_add.  comments: the extracted comments, lines each ending in "\n",
 * "" for none.  refs: each (file, line) once. */
struct pot_message {
	const char *msgctxt;
	const char *msgid;
	const char *comments;
	const struct po_write_ref *refs;
	size_t n_refs;
};
void pot_message_at(const struct pot *pot, size_t i, struct pot_message *out);

/* The header entry folio writes: its translator comments, and its msgstr
 * appended to out. */
extern const char pot_header_comments[];
void pot_header_msgstr(const struct pot_header *header, struct strbuf *out);

/* Appends the whole template, as pot_write writes it, to out.  Reports
 * and returns -1 on a string the writer refuses (not UTF-8). */
int pot_format(const struct pot *pot, const struct pot_header *header, struct strbuf *out);

/* Writes the template to path ("-" for standard output) atomically.  When
 * the file exists and differs only in POT-Creation-Date, it is left
 * untouched, so that a run without changes changes no byte.  Reports and
 * returns -1 on failure. */
int pot_write(const struct pot *pot, const char *path, const struct pot_header *header);

/* The creation date folio stamps: SOURCE_DATE_EPOCH when set (reproducible
 * builds), else now.  Reports and returns -1 when SOURCE_DATE_EPOCH is not
 * a number. */
int pot_creation_date(time_t *when);

#endif
