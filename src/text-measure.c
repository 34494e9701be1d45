/* text-measure.c: a line of a text edition's paragraph collapsed,
 * converted to UTF-16 and measured in display columns in one pass, and
 * where it overflows a width. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "space.h"
#include "text-measure.h"
#include "xalloc.h"

static int is_space(UChar32 c)
{
	return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : u_isWhitespace(c);
}

/* Room for a line of size bytes (UTF-16 never needs more units than
 * UTF-8 has bytes). */
static void reserve(struct text_measure *m, size_t size)
{
	if (size + 1 <= m->alloc)
		return;
	m->alloc = size + 1 > 2 * m->alloc ? size + 1 : 2 * m->alloc;
	m->u = xrealloc(m->u, m->alloc * sizeof(UChar));
	m->columns = xrealloc(m->columns, m->alloc * sizeof(int32_t));
	m->offsets = xrealloc(m->offsets, m->alloc * sizeof(int32_t));
}

void text_measure_release(struct text_measure *m)
{
	free(m->u);
	free(m->columns);
	free(m->offsets);
}

static int is_xml_space(unsigned char byte)
{
	return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

/* raw[0, size) collapsed into clean, not measured (m->len -1). */
static void collapse_only(const char *raw, size_t size, struct strbuf *clean,
			  struct text_measure *m)
{
	strbuf_reset(clean);
	strbuf_add(clean, raw, size);
	space_normalise(clean, SPACE_DEFAULT);
	m->len = -1;
}

/* One pass: text is mostly printable ASCII, a character of one column
 * and one unit. */
void text_measure_line(struct text_measure *m, struct fmt_locale *locale, const char *raw,
		       size_t size, struct strbuf *clean)
{
	if (size > INT32_MAX / 8) {   /* 268 MB in a line: left unwrapped */
		collapse_only(raw, size, clean, m);
		return;
	}
	/* The loop works on locals: its byte stores could alias any pointer
	 * in m. */
	reserve(m, size);
	UChar *u = m->u;
	int32_t *columns = m->columns, *offsets = m->offsets;
	strbuf_reset(clean);
	strbuf_grow(clean, size);
	char *out = clean->buf;
	int32_t n = 0, written = 0, cols = 0;
	int lone = 1, pending_space = 0;
	columns[0] = 0;
	for (size_t i = 0; i < size;) {
		unsigned char byte = (unsigned char)raw[i];
		if (is_xml_space(byte)) {
			pending_space = n > 0;
			i++;
			continue;
		}
		if (pending_space) {
			out[written] = ' ';
			offsets[n] = written++;
			u[n++] = ' ';
			columns[n] = ++cols;
			pending_space = 0;
		}
		if (byte > ' ' && byte < 0x7F) {
			/* A run of printable ASCII: a unit and a column each. */
			do {
				out[written] = (char)byte;
				offsets[n] = written++;
				u[n++] = byte;
				columns[n] = ++cols;
			} while (++i < size && (byte = (unsigned char)raw[i]) > ' ' && byte < 0x7F);
			continue;
		}
		int32_t at = (int32_t)i;
		UChar32 c;
		U8_NEXT(raw, at, (int32_t)size, c);
		if (c < 0) {   /* not UTF-8: left unwrapped */
			collapse_only(raw, size, clean, m);
			return;
		}
		int32_t unit = n;
		offsets[unit] = written;
		memcpy(out + written, raw + i, (size_t)at - i);
		written += at - (int32_t)i;
		i = (size_t)at;
		U16_APPEND_UNSAFE(u, n, c);
		int width = lone ? fmt_character_columns(c) : 0;
		if (width < 0)
			lone = 0;   /* clusters of several characters: measured below */
		cols += width > 0 ? width : 0;
		for (int32_t k = unit + 1; k <= n; k++)
			columns[k] = cols;
		if (n - unit == 2)
			offsets[unit + 1] = offsets[unit];
	}
	strbuf_setlen(clean, (size_t)written);
	offsets[n] = written;
	m->len = n;
	if (!lone) {
		signed char *widths = xmalloc((size_t)n + 1);
		fmt_text_columns(locale, u, n, widths);
		for (int32_t k = 0; k < n; k++)
			columns[k + 1] = columns[k] + widths[k];
		free(widths);
	}
}

/* Columns only grow, so the first unit past the width is a binary search
 * away. */
int32_t text_measure_overflow(const struct text_measure *m, int32_t start, int avail)
{
	int32_t limit = m->columns[start] + avail;
	if (m->columns[m->len] <= limit)
		return -1;
	int32_t low = start, high = m->len - 1;   /* the first i with columns[i + 1] > limit */
	while (low < high) {
		int32_t mid = low + (high - low) / 2;
		if (m->columns[mid + 1] > limit)
			high = mid;
		else
			low = mid + 1;
	}
	for (int32_t i = low; i < m->len;) {
		UChar32 c;
		U16_NEXT(m->u, i, m->len, c);
		if (!is_space(c))
			return i;
	}
	return -1;
}

