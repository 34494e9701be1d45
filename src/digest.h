/* digest.h: 64-bit fingerprints of bytes, for telling whether a build's
 * inputs changed and for splitting editions among shards.
 *
 * The function is MurmurHash64A, with words read little-endian whatever
 * the machine, so that every machine of a CI matrix computes the same
 * value.  An input of 64 bytes or more (a file) goes through four lanes
 * of its step, each over every fourth word, whose values and the last
 * bytes are then hashed as a short input: the lanes' multiplications
 * overlap, so a file costs about its loads.  It is no cryptographic hash: it detects change, it does not
 * resist someone who edits both an input and the manifest. */
#ifndef FOLIO_DIGEST_H
#define FOLIO_DIGEST_H

#include <stddef.h>
#include <stdint.h>

/* The fingerprint of len bytes, continuing from seed (0 to start). */
uint64_t digest_bytes(const void *data, size_t len, uint64_t seed);
/* The same for a NUL-terminated string, its terminator included, so that
 * ("ab", "c") and ("a", "bc") chain to different values. */
uint64_t digest_string(const char *s, uint64_t seed);
/* The same for one number, as eight little-endian bytes. */
uint64_t digest_number(uint64_t value, uint64_t seed);

/* Sixteen lower-case hex digits and a NUL. */
#define FOLIO_DIGEST_HEX_LEN 17
void digest_hex(uint64_t digest, char out[FOLIO_DIGEST_HEX_LEN]);
/* Parses exactly sixteen lower-case hex digits; returns -1 on anything
 * else. */
int digest_parse_hex(const char *text, uint64_t *digest);

#endif
