/* pot.h: a template catalog being built: messages in first-seen order,
 * duplicates merged with all their references, written as gettext writes
 * a POT (through libgettextpo, so wrapping and escaping are gettext's). */
#ifndef FOLIO_POT_H
#define FOLIO_POT_H

#include <stddef.h>
#include <time.h>

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
struct strbuf;
void pot_keys(const struct pot *pot, struct strbuf *out);

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
