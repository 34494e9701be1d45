/* utf8.c: UTF-8 validity.  Catalogs and their translations are checked
 * whole before use, and u8_check takes about seven instructions a byte;
 * most of their bytes are ASCII, which a word at a time settles. */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include "utf8.h"

#define HIGH_BITS 0x8080808080808080ULL

int utf8_valid(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;

	while (p < end) {
		uint64_t word;
		if ((size_t)(end - p) >= sizeof(word)) {
			memcpy(&word, p, sizeof(word));
			if (!(word & HIGH_BITS)) {
				p += sizeof(word);
				continue;
			}
		}
		if (*p < 0x80) {
			p++;
			continue;
		}
		ucs4_t c;
		int n = u8_mbtoucr(&c, p, (size_t)(end - p));
		if (n < 0)
			return 0;
		p += n;
	}
	return 1;
}
