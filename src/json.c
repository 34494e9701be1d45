/* json.c: JSON string escaping.  UTF-8 passes through; a byte that is not
 * UTF-8 becomes U+FFFD, so the document is always valid JSON. */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include "json.h"

void json_write_string(FILE *out, const char *s)
{
	size_t len = strlen(s);

	fputc('"', out);
	while (len > 0) {
		ucs4_t uc;
		int n = u8_mbtoucr(&uc, (const uint8_t *)s, len);
		if (n < 0) {
			fputs("\\ufffd", out);
			s++;
			len--;
			continue;
		}
		switch (uc) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\t': fputs("\\t", out); break;
		case '\r': fputs("\\r", out); break;
		default:
			if (uc < 0x20)
				fprintf(out, "\\u%04x", (unsigned)uc);
			else
				fwrite(s, 1, (size_t)n, out);
		}
		s += n;
		len -= (size_t)n;
	}
	fputc('"', out);
}
