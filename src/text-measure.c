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

#include "ascii-word.h"
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
	m->plain = 0;
}

/* How many bytes at p (up to max, p[0] printable and not a space) go to
 * the collapsed line as they are, a unit and a column each: printable
 * ASCII with no two spaces in a row and no space at the end (spaces
 * there are collapsed by the caller).  Sixteen bytes at a time where the
 * compiler has SSE2. */
static size_t copyable_run(const unsigned char *p, size_t max)
{
	size_t run = ascii_printable_prefix((const char *)p, max, 0), i = 0;
	unsigned last_space = 0;

#ifdef __SSE2__
	const __m128i space = _mm_set1_epi8(' ');
	for (; i + 16 <= run; i += 16) {
		unsigned spaces = (unsigned)_mm_movemask_epi8(
			_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), space));
		unsigned pairs = (spaces & spaces >> 1) | (last_space & spaces);
		if (pairs) {
			/* The first space of the first pair ends the run (a pair
			 * across the blocks ends it at the block's last byte). */
			run = (last_space & spaces & 1) ? i - 1 : i + (size_t)__builtin_ctz(pairs);
			break;
		}
		last_space = spaces >> 15;
	}
#endif
	/* From the last byte of the blocks: a pair may start there. */
	for (i = i > 0 ? i - 1 : 0; i < run; i++)
		if (p[i] == ' ' && i + 1 < run && p[i + 1] == ' ') {
			run = i;
			break;
		}
	while (run > 0 && p[run - 1] == ' ')
		run--;
	return run;
}

/* u[k] = p[k] for k < len: ASCII bytes widened to UTF-16 units. */
static void widen(UChar *restrict u, const unsigned char *restrict p, size_t len)
{
	size_t k = 0;

#ifdef __SSE2__
	const __m128i zero = _mm_setzero_si128();
	for (; k + 16 <= len; k += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(p + k));
		_mm_storeu_si128((__m128i *)(u + k), _mm_unpacklo_epi8(v, zero));
		_mm_storeu_si128((__m128i *)(u + k + 8), _mm_unpackhi_epi8(v, zero));
	}
#endif
	for (; k < len; k++)
		u[k] = p[k];
}

/* to[k] = from + k for k < len. */
static void count_up(int32_t *restrict to, int32_t from, size_t len)
{
	size_t k = 0;

#ifdef __SSE2__
	__m128i next = _mm_setr_epi32(from, from + 1, from + 2, from + 3);
	const __m128i four = _mm_set1_epi32(4);
	for (; k + 4 <= len; k += 4) {
		_mm_storeu_si128((__m128i *)(to + k), next);
		next = _mm_add_epi32(next, four);
	}
#endif
	for (; k < len; k++)
		to[k] = from + (int32_t)k;
}

/* Where a line stands while it is measured. */
struct cursor {
	size_t i;             /* the next byte of raw */
	int32_t n;            /* units so far */
	int pending_space;    /* spaces were read after a character */
};

/* The start of the line while it is printable ASCII and spaces, the most
 * of most lines: a unit, a byte and a column each, so only the collapsed
 * bytes and the units are stored.  Stops at anything else. */
static void plain_prefix(const char *raw, size_t size, char *out, UChar *u, struct cursor *at)
{
	const unsigned char *bytes = (const unsigned char *)raw;
	size_t i = at->i;
	int32_t n = at->n;
	int pending_space = at->pending_space;

	while (i < size) {
		unsigned char byte = bytes[i];
		if (is_xml_space(byte)) {
			pending_space = n > 0;
			i++;
			continue;
		}
		if (byte <= ' ' || byte >= 0x7F)
			break;
		if (pending_space) {
			out[n] = ' ';
			u[n++] = ' ';
			pending_space = 0;
		}
		size_t run = copyable_run(bytes + i, size - i);
		memcpy(out + n, bytes + i, run);
		widen(u + n, bytes + i, run);
		n += (int32_t)run;
		i += run;
	}
	at->i = i;
	at->n = n;
	at->pending_space = pending_space;
}

/* One pass: text is mostly printable ASCII, a character of one column
 * and one unit; a line that is all of it is left plain. */
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
	struct cursor at = { 0, 0, 0 };
	plain_prefix(raw, size, out, u, &at);
	if (at.i == size) {
		strbuf_setlen(clean, (size_t)at.n);
		m->len = at.n;
		m->plain = 1;
		return;
	}
	m->plain = 0;
	count_up(offsets, 0, (size_t)at.n + 1);
	count_up(columns, 0, (size_t)at.n + 1);
	int32_t n = at.n, written = at.n, cols = at.n;
	int lone = 1, pending_space = at.pending_space;
	for (size_t i = at.i; i < size;) {
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
			size_t run = copyable_run((const unsigned char *)raw + i, size - i);
			memcpy(out + written, raw + i, run);
			widen(u + n, (const unsigned char *)raw + i, run);
			count_up(offsets + n, written, run);
			count_up(columns + n + 1, cols + 1, run);
			n += (int32_t)run;
			written += (int32_t)run;
			cols += (int32_t)run;
			i += run;
			continue;
		}
		int32_t next = (int32_t)i;
		UChar32 c;
		U8_NEXT(raw, next, (int32_t)size, c);
		if (c < 0) {   /* not UTF-8: left unwrapped */
			collapse_only(raw, size, clean, m);
			return;
		}
		int32_t unit = n;
		offsets[unit] = written;
		memcpy(out + written, raw + i, (size_t)next - i);
		written += next - (int32_t)i;
		i = (size_t)next;
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
 * away, or in a plain line the unit at the limit itself. */
int32_t text_measure_overflow(const struct text_measure *m, int32_t start, int avail)
{
	if (m->plain) {
		for (int32_t i = start + avail; i < m->len; i++)
			if (m->u[i] != ' ')
				return i + 1;
		return -1;
	}
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

