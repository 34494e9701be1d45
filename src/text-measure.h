/* text-measure.h: a line of a paragraph of the text edition, its
 * whitespace collapsed, in UTF-16 for ICU, with the display columns
 * before each unit (fmt_text_columns: grapheme clusters, East Asian wide
 * characters two) and the byte each unit starts at in the UTF-8 form, so
 * that lines are cut from the UTF-8 where ICU breaks the UTF-16. */
#ifndef FOLIO_TEXT_MEASURE_H
#define FOLIO_TEXT_MEASURE_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/utypes.h>

#include "fmt.h"
#include "strbuf.h"

/* Initialise with all zeros; the arrays grow as lines need and serve
 * every line measured with them.  Release with text_measure_release. */
struct text_measure {
	UChar *u;
	int32_t len;        /* units of u; -1 when the line is not UTF-8 */
	int plain;          /* printable ASCII only: unit i is byte i and
	                       column i, and the arrays below are not filled */
	int32_t *columns;   /* columns[i]: before unit i; columns[len]: the line's */
	int32_t *offsets;   /* offsets[i]: unit i's byte in clean; offsets[len]: its length */
	size_t alloc;
};

/* The byte of clean unit i (0 <= i <= len) starts at. */
static inline int32_t text_measure_offset(const struct text_measure *m, int32_t i)
{
	return m->plain ? i : m->offsets[i];
}

/* raw[0, size) with its whitespace collapsed as space_normalise does
 * (SPACE_DEFAULT) into clean, and measured into m in locale (len -1, and
 * clean collapsed alone, when raw is not UTF-8 or is over 268 MB). */
void text_measure_line(struct text_measure *m, struct fmt_locale *locale, const char *raw,
		       size_t size, struct strbuf *clean);

/* Where the line that starts at unit start overflows avail columns: just
 * past its first visible character that ends past them, or -1 when the
 * rest fits.  Spaces may hang past the width; other characters may not. */
int32_t text_measure_overflow(const struct text_measure *m, int32_t start, int avail);

void text_measure_release(struct text_measure *m);

#endif
