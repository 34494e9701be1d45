/* sealed-text.h: a text file that carries its own fingerprint, as the
 * build's manifest and stat cache do: a header line, lines of records,
 * then "end HEX", HEX being digest_bytes of every byte before that line.
 * A file cut short, edited or garbled fails the check as a whole. */
#ifndef FOLIO_SEALED_TEXT_H
#define FOLIO_SEALED_TEXT_H

#include <stddef.h>

#include "strbuf.h"

/* Appends the "end HEX" line to text (header and records). */
void sealed_text_seal(struct strbuf *text);

/* Checks text (len bytes, as read): it starts with header (its newline
 * included), holds no NUL and ends with the right "end HEX" line.  Then
 * the records are cut into NUL-terminated lines in place: returns the
 * first (at *end when there is none) and sets *end past the last, or
 * returns NULL. */
char *sealed_text_open(char *text, size_t len, const char *header, char **end);

/* The line after line (as sealed_text_open cut them), or end: asked
 * before line is changed, since it looks for line's terminating NUL. */
char *sealed_text_next(char *line, char *end);

#endif
