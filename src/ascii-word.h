/* ascii-word.h: tests on many bytes at once, for the loops that pass over
 * runs of ASCII text (most of a message) faster than byte by byte: sixteen
 * at a time with SSE2 where the compiler has it, eight in a 64-bit word
 * otherwise. */
#ifndef FOLIO_ASCII_WORD_H
#define FOLIO_ASCII_WORD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define FOLIO_WORD_ONES 0x0101010101010101u
#define FOLIO_WORD_HIGHS 0x8080808080808080u

/* The eight bytes at s, in one word. */
static inline uint64_t ascii_word_load(const void *s)
{
	uint64_t x;

	memcpy(&x, s, sizeof(x));
	return x;
}

/* Non-zero when some byte of x equals c. */
static inline uint64_t ascii_word_has(uint64_t x, unsigned char c)
{
	uint64_t y = x ^ (c * FOLIO_WORD_ONES);

	return (y - FOLIO_WORD_ONES) & ~y & FOLIO_WORD_HIGHS;
}

/* 0x80 in each byte of x that equals c, 0 in the others: exact, unlike
 * ascii_word_has, whose borrows may mark bytes above an equal one. */
static inline uint64_t ascii_word_equal(uint64_t x, unsigned char c)
{
	const uint64_t lows = 0x7F7F7F7F7F7F7F7Fu;
	uint64_t y = x ^ (c * FOLIO_WORD_ONES);

	return ~(((y & lows) + lows) | y) & FOLIO_WORD_HIGHS;
}

/* Is every byte of x printable ASCII (0x20 to 0x7E)? */
static inline int ascii_word_printable(uint64_t x)
{
	uint64_t below_space = (x - 0x20 * FOLIO_WORD_ONES) & ~x & FOLIO_WORD_HIGHS;

	return ((x & FOLIO_WORD_HIGHS) | below_space | ascii_word_has(x, 0x7F)) == 0;
}

static inline int ascii_is_printable(unsigned char c)
{
	return (unsigned char)(c - 0x20) < 0x5F;
}

/* How many bytes s[0, len) starts with that are printable ASCII and, when
 * plain, neither a backslash nor a double quote (what a PO string writes
 * as it is). */
static inline size_t ascii_printable_prefix(const char *s, size_t len, int plain)
{
	size_t i = 0;

#ifdef __SSE2__
	const __m128i space_less_one = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F);
	const __m128i backslash = _mm_set1_epi8('\\'), quote = _mm_set1_epi8('"');
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
		/* Signed: 0x20 to 0x7F are above 0x1F, bytes from 0x80 are not. */
		unsigned good = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(v, space_less_one));
		unsigned bad = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, del));
		if (plain)
			bad |= (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, backslash),
									_mm_cmpeq_epi8(v, quote)));
		unsigned mask = (~good | bad) & 0xFFFF;
		if (mask)
			return i + (size_t)__builtin_ctz(mask);
	}
#else
	for (; i + 8 <= len; i += 8) {
		uint64_t x = ascii_word_load(s + i);
		if (!ascii_word_printable(x)
		    || (plain && (ascii_word_has(x, '\\') || ascii_word_has(x, '"'))))
			break;
	}
#endif
	while (i < len && ascii_is_printable((unsigned char)s[i])
	       && !(plain && (s[i] == '\\' || s[i] == '"')))
		i++;
	return i;
}

/* How many bytes s[0, len) starts with that are ASCII (below 0x80). */
static inline size_t ascii_prefix(const char *s, size_t len)
{
	size_t i = 0;

#ifdef __SSE2__
	for (; i + 16 <= len; i += 16) {
		unsigned mask = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(s + i)));
		if (mask)
			return i + (size_t)__builtin_ctz(mask);
	}
#endif
	for (; i + 8 <= len && (ascii_word_load(s + i) & FOLIO_WORD_HIGHS) == 0; i += 8)
		;
	while (i < len && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

#endif
