/* test-digest.c: fingerprints that every machine computes alike. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "tap.h"

int main(void)
{
	const char *fox = "The quick brown fox jumps over the lazy dog";
	char hex[FOLIO_DIGEST_HEX_LEN];

	/* MurmurHash64A's values, as its reference code gives them on a
	 * little-endian machine: shards and manifests depend on them. */
	digest_hex(digest_bytes(fox, strlen(fox), 0), hex);
	is_str(hex, "5589ca33042a861b", "MurmurHash64A of a sentence, seed 0");
	digest_hex(digest_bytes("abc", 3, 42), hex);
	is_str(hex, "bab4971ca0c45292", "a 3-byte tail, seed 42");

	/* Long inputs go through four lanes: their values are pinned too. */
	char alphabet[200];
	for (int i = 0; i < 200; i++)
		alphabet[i] = (char)('a' + i % 26);
	digest_hex(digest_bytes(alphabet, 200, 0), hex);
	is_str(hex, "ce1eed6f18b6cf48", "200 bytes in four lanes, seed 0");
	digest_hex(digest_bytes(alphabet, 64, 5), hex);
	is_str(hex, "5262f121c4c8ca63", "64 bytes, the first length that takes the lanes, seed 5");
	int every_byte = 1;
	uint64_t whole = digest_bytes(alphabet, 200, 0);
	for (int i = 0; i < 200; i++) {
		alphabet[i] ^= 1;
		every_byte &= digest_bytes(alphabet, 200, 0) != whole;
		alphabet[i] ^= 1;
	}
	ok(every_byte, "a change to any byte of a long input changes its digest");
	ok(digest_bytes(alphabet, 199, 0) != whole && digest_bytes(alphabet + 1, 199, 0) != whole,
	   "so does one byte less at either end");

	char *shifted = malloc(strlen(fox) + 2);
	strcpy(shifted + 1, fox);
	ok(digest_bytes(shifted + 1, strlen(fox), 7) == digest_bytes(fox, strlen(fox), 7),
	   "the value does not depend on the buffer's alignment");
	free(shifted);
	ok(digest_string("c", digest_string("ab", 0)) != digest_string("bc", digest_string("a", 0)),
	   "chained strings keep their boundaries");
	ok(digest_number(1, 0) != digest_number(256, 0), "numbers are read whole");

	uint64_t back;
	digest_hex(0x0123456789abcdefULL, hex);
	ok(digest_parse_hex(hex, &back) == 0 && back == 0x0123456789abcdefULL,
	   "hex round trip (%s)", hex);
	ok(digest_parse_hex("0123456789ABCDEF", &back) < 0, "upper case is not what is written");
	ok(digest_parse_hex("0123456789abcde", &back) < 0, "fifteen digits are refused");
	ok(digest_parse_hex("0123456789abcdef0", &back) < 0, "seventeen digits are refused");
	ok(digest_parse_hex("", &back) < 0, "the empty string is refused");
	return done_testing();
}
