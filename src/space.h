/* space.h: whitespace handling for extracted messages, per the Preserve
 * Space data category and gettext's extension of it. */
#ifndef FOLIO_SPACE_H
#define FOLIO_SPACE_H

#include <stddef.h>

#include "strbuf.h"

enum space_mode {
	SPACE_DEFAULT,     /* collapse runs to one space, strip both ends */
	SPACE_PRESERVE,    /* keep every character */
	SPACE_TRIM,        /* strip both ends only */
	SPACE_PARAGRAPH,   /* as default within paragraphs; blank lines kept */
};

/* Maps an ITS value ("default", "preserve", "trim", "paragraph"; NULL means
 * default) to a mode. */
enum space_mode space_mode_parse(const char *value);

/* Is c XML whitespace (space, tab, CR, LF)?  Two tests rather than four. */
static inline int space_is_xml(char c)
{
	const unsigned long long spaces = 1ull << ' ' | 1ull << '\t' | 1ull << '\r' | 1ull << '\n';

	return (unsigned char)c <= ' ' && (spaces >> (unsigned char)c & 1);
}

/* Does buf[0, len) hold a tab, a CR, a LF or two spaces in a row, that is
 * something to collapse?  Most text has none; found eight bytes at a time.
 * Other control characters may also give 1: a yes may be wrong, a no never
 * is. */
int space_has_runs(const char *buf, size_t len);

/* Rewrites text in place.  XML whitespace is space, tab, CR and LF; other
 * characters (U+00A0, U+2009) are content and never touched. */
void space_normalise(struct strbuf *text, enum space_mode mode);

#endif
