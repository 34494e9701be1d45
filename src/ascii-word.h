/* ascii-word.h: tests on eight bytes at once, for the loops that pass over
 * runs of ASCII text (most of a message) faster than byte by byte. */
#ifndef FOLIO_ASCII_WORD_H
#define FOLIO_ASCII_WORD_H

#include <stdint.h>
#include <string.h>

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

#endif
