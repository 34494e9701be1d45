/* digest.c: MurmurHash64A over little-endian words, in four lanes for
 * long inputs. */
#include <config.h>

#include <endian.h>
#include <stdio.h>
#include <string.h>

#include "digest.h"

static const uint64_t multiplier = 0xc6a4a7935bd1e995ULL;
static const int shift = 47;

/* A whole word, as the little-endian number it spells on every host:
 * one load where the host is little-endian. */
static uint64_t load_word(const unsigned char *p)
{
	uint64_t word;

	memcpy(&word, p, sizeof(word));
	return le64toh(word);
}

/* The last n < 8 bytes. */
static uint64_t load_tail(const unsigned char *p, size_t n)
{
	uint64_t word = 0;

	for (size_t i = n; i > 0; i--)
		word = (word << 8) | p[i - 1];
	return word;
}

/* MurmurHash64A itself. */
static uint64_t murmur(const unsigned char *p, size_t len, uint64_t seed)
{
	uint64_t h = seed ^ ((uint64_t)len * multiplier);

	for (; len >= 8; p += 8, len -= 8) {
		uint64_t k = load_word(p);
		k *= multiplier;
		k ^= k >> shift;
		k *= multiplier;
		h ^= k;
		h *= multiplier;
	}
	if (len) {
		h ^= load_tail(p, len);
		h *= multiplier;
	}
	h ^= h >> shift;
	h *= multiplier;
	h ^= h >> shift;
	return h;
}

/* MurmurHash64A's step: word k mixed into h. */
static inline uint64_t step(uint64_t h, uint64_t k)
{
	k *= multiplier;
	k ^= k >> shift;
	k *= multiplier;
	return (h ^ k) * multiplier;
}

static void put_word(unsigned char *out, uint64_t word)
{
	for (int b = 0; b < 8; b++)
		out[b] = (unsigned char)(word >> (8 * b));
}

enum { LANE_BLOCK = 32, LANES_FROM = 64 };

uint64_t digest_bytes(const void *data, size_t len, uint64_t seed)
{
	const unsigned char *p = data;

	if (len < LANES_FROM)
		return murmur(p, len, seed);
	/* Four lanes, each MurmurHash64A's step over every fourth word, so
	 * that the multiplications of one word need not wait for the last
	 * word's; then the lanes' values and the tail, as one short input. */
	uint64_t start = (uint64_t)len * multiplier;
	uint64_t a = seed ^ start, b = (seed + 1) ^ start, c = (seed + 2) ^ start,
		 d = (seed + 3) ^ start;
	size_t left = len;
	for (; left >= LANE_BLOCK; p += LANE_BLOCK, left -= LANE_BLOCK) {
		a = step(a, load_word(p));
		b = step(b, load_word(p + 8));
		c = step(c, load_word(p + 16));
		d = step(d, load_word(p + 24));
	}
	unsigned char rest[2 * LANE_BLOCK];
	put_word(rest, a);
	put_word(rest + 8, b);
	put_word(rest + 16, c);
	put_word(rest + 24, d);
	memcpy(rest + LANE_BLOCK, p, left);
	return murmur(rest, LANE_BLOCK + left, seed);
}

uint64_t digest_string(const char *s, uint64_t seed)
{
	return digest_bytes(s, strlen(s) + 1, seed);
}

uint64_t digest_number(uint64_t value, uint64_t seed)
{
	unsigned char bytes[8];

	for (int i = 0; i < 8; i++)
		bytes[i] = (unsigned char)(value >> (8 * i));
	return digest_bytes(bytes, sizeof(bytes), seed);
}

void digest_hex(uint64_t digest, char out[FOLIO_DIGEST_HEX_LEN])
{
	/* By hand: manifests write it a few times per edition. */
	for (int i = 15; i >= 0; i--, digest >>= 4)
		out[i] = "0123456789abcdef"[digest & 0xf];
	out[16] = '\0';
}

int digest_parse_hex(const char *text, uint64_t *digest)
{
	uint64_t value = 0;

	for (int i = 0; i < 16; i++) {
		const char *digits = "0123456789abcdef";
		const char *at = text[i] ? strchr(digits, text[i]) : NULL;
		if (!at)
			return -1;
		value = (value << 4) | (uint64_t)(at - digits);
	}
	if (text[16])
		return -1;
	*digest = value;
	return 0;
}
