/* po-format.h: where the directives of a C format string lie, as gettext's
 * C format parser finds them, so that the PO writer keeps each directive
 * on one line (gettext's write-po.c never breaks a line inside one).
 *
 * The parser stops at the first invalid directive, as gettext's does:
 * directives before it stay marked, it and everything after it do not. */
#ifndef FOLIO_PO_FORMAT_H
#define FOLIO_PO_FORMAT_H

#include <stddef.h>

enum {
	PO_FORMAT_TEXT = 0,
	PO_FORMAT_START,      /* the '%' that opens a directive */
	PO_FORMAT_INSIDE,     /* any later byte of the same directive */
};

/* Fills marks[0 .. strlen(s)) with the PO_FORMAT_* of each byte of s.
 * is_msgstr: s is a translation (gettext then also accepts the 'I'
 * flag; a msgid may use the <PRId64> macros). */
void po_format_c_marks(const char *s, int is_msgstr, char *marks);

#endif
