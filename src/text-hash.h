/* text-hash.h: the hash of the in-memory indexes keyed by text (the
 * template's messages, a catalog's msgids): keys are paragraphs, so the
 * bytes are mixed in four independent lanes, eight bytes each, and a long
 * key costs about its loads rather than one chain of multiplications per
 * word.  Its values never reach a file, so it may change freely. */
#ifndef FOLIO_TEXT_HASH_H
#define FOLIO_TEXT_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t text_hash_word(const char *s)
{
	uint64_t word;

	memcpy(&word, s, sizeof(word));
	return word;
}

static inline uint64_t text_hash_lane(uint64_t lane, uint64_t word)
{
	lane = (lane ^ word) * 0x9e3779b97f4a7c15u;
	return lane ^ (lane >> 29);
}

static inline uint64_t text_hash_rotate(uint64_t x, int bits)
{
	return (x << bits) | (x >> (64 - bits));
}

/* The hash of s[0, len), continuing from seed (0 to start). */
static inline uint64_t text_hash(const char *s, size_t len, uint64_t seed)
{
	uint64_t a = seed ^ (len * 0xc6a4a7935bd1e995u), b = ~a, c = a + 1, d = a - 1;
	size_t i = 0;

	for (; i + 32 <= len; i += 32) {
		a = text_hash_lane(a, text_hash_word(s + i));
		b = text_hash_lane(b, text_hash_word(s + i + 8));
		c = text_hash_lane(c, text_hash_word(s + i + 16));
		d = text_hash_lane(d, text_hash_word(s + i + 24));
	}
	uint64_t h = a ^ text_hash_rotate(b, 17) ^ text_hash_rotate(c, 31) ^ text_hash_rotate(d, 47);
	for (; i + 8 <= len; i += 8)
		h = text_hash_lane(h, text_hash_word(s + i));
	uint64_t tail = 0;
	for (size_t k = len; k > i; k--)
		tail = (tail << 8) | (unsigned char)s[k - 1];
	h = text_hash_lane(h, tail);
	/* The final mix of MurmurHash3: every bit of h reaches the low bits
	 * an index masks. */
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdu;
	h ^= h >> 33;
	return h;
}

#endif
