/* po-wrap.h: where gettext's PO writer breaks an escaped string, the same
 * answer as libunistring's ulc_width_linebreaks at a fraction of its cost.
 *
 * ulc_width_linebreaks finds every break opportunity of the string (UAX
 * #14) and then walks it character by character.  A line of a PO file
 * needs only the last opportunity before its end: po_wrap_breaks measures
 * each line itself (uc_width per character, as libunistring does) and asks
 * u8_possible_linebreaks only about a few bytes before the line's end
 * (nothing, when the line ends in a word of ASCII letters after a space
 * between letters: the break is after the space).
 * libunistring decides an opportunity from the characters before it alone,
 * and after an ASCII letter its state is the same whatever came first, so
 * a window that starts at a letter gives the same opportunities as the
 * whole string.  Strings with a mandatory break (U+2028 and the like) or
 * lines with no opportunity in their window go to ulc_width_linebreaks. */
#ifndef FOLIO_PO_WRAP_H
#define FOLIO_PO_WRAP_H

#include <stddef.h>

#include "strbuf.h"

/* Fills breaks[0, len) as ulc_width_linebreaks(line, len, width, start, 0,
 * overrides, "UTF-8", breaks) does for valid UTF-8: UC_BREAK_POSSIBLE where
 * a line starts, UC_BREAK_PROHIBITED (or UC_BREAK_MANDATORY) elsewhere.
 * scratch is reused between calls. */
void po_wrap_breaks(const char *line, size_t len, int width, int start, const char *overrides,
		    struct strbuf *scratch, char *breaks);

#endif
