/* test-utf8.c: utf8_valid says what libunistring's u8_check says: for
 * every sequence of up to three bytes, every four-byte lead with every
 * continuation, and seeded strings of ASCII runs with well-formed and
 * broken characters at every alignment of the word-at-a-time scan. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "tap.h"
#include "utf8.h"

static long n_cases, n_wrong;
static char first_wrong[128];

static void check(const uint8_t *s, size_t len)
{
	int want = u8_check(s, len) == NULL;
	n_cases++;
	if (utf8_valid((const char *)s, len) != want && n_wrong++ == 0) {
		size_t n = 0;
		for (size_t i = 0; i < len && n + 4 < sizeof first_wrong; i++)
			n += (size_t)snprintf(first_wrong + n, sizeof first_wrong - n, "%02X ", s[i]);
	}
}

int main(void)
{
	uint8_t s[64];

	for (unsigned a = 0; a < 256; a++) {
		s[0] = (uint8_t)a;
		check(s, 1);
		for (unsigned b = 0; b < 256; b++) {
			s[1] = (uint8_t)b;
			check(s, 2);
			for (unsigned c = 0x70; c < 0xC8; c++) {
				s[2] = (uint8_t)c;
				check(s, 3);
			}
		}
	}
	for (unsigned a = 0xF0; a < 0xF8; a++)
		for (unsigned b = 0x80; b < 0xC0; b++) {
			memcpy(s, (uint8_t[]){ (uint8_t)a, (uint8_t)b, 0x80, 0xBF }, 4);
			check(s, 4);
		}
	ok(n_wrong == 0, "every short sequence: %ld of %ld differ%s%s", n_wrong, n_cases,
	   n_wrong ? ": " : "", first_wrong);

	static const char *const pieces[] = { "\xc3\xa9", "\xe2\x80\x99", "\xf0\x9f\x98\x80",
					      "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf",
					      "\xf4\x90\x80\x80", "\x80", "\xff" };
	n_cases = n_wrong = 0;
	unsigned long state = 15;
	for (int k = 0; k < 200000; k++) {
		size_t len = 0;
		while (len < 40) {
			state = state * 6364136223846793005UL + 1442695040888963407UL;
			unsigned r = (unsigned)(state >> 33);
			if (r % 3) {
				s[len++] = (uint8_t)('a' + r % 26);
				continue;
			}
			const char *piece = pieces[(r >> 2) % (r % 7 ? 3 : 10)];
			size_t n = strlen(piece);
			memcpy(s + len, piece, n);
			len += n;
		}
		check(s, len);
	}
	ok(n_wrong == 0, "seeded strings: %ld of %ld differ%s%s", n_wrong, n_cases,
	   n_wrong ? ": " : "", first_wrong);
	return done_testing();
}
