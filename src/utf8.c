/* utf8.c: UTF-8 validity.  Catalogs and their translations are checked
 * whole before use, and u8_check takes about seven instructions a byte;
 * most of their bytes are ASCII, which ascii_prefix passes over sixteen
 * or eight at a time. */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include "ascii-word.h"
#include "utf8.h"

int utf8_valid(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s;

	for (size_t i = 0; i < len;) {
		i += ascii_prefix(s + i, len - i);
		if (i == len)
			break;
		ucs4_t c;
		int n = u8_mbtoucr(&c, p + i, len - i);
		if (n < 0)
			return 0;
		i += (size_t)n;
	}
	return 1;
}
