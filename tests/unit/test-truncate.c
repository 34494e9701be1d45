/* test-truncate.c: fmt_truncate, which counts clusters as characters where
 * each is a cluster of its own and reads the last line break from the last
 * word where UAX #14 leaves no doubt, cuts text where ICU's grapheme and
 * line break iterators alone would: for seeded strings of letters, spaces,
 * punctuation, marks, joiners, surrogate pairs and ideographs, at every
 * length up to 40 clusters, in locales of each rule set. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "fmt.h"
#include "strbuf.h"
#include "tap.h"

/* The cut through ICU's iterators, every time. */
static void reference(const char *locale, const char *text, int max_clusters, struct strbuf *out)
{
	UChar u[512];
	int32_t len = 0;
	UErrorCode status = U_ZERO_ERROR;
	u_strFromUTF8(u, 512, &len, text, -1, &status);
	UBreakIterator *clusters = ubrk_open(UBRK_CHARACTER, locale, u, len, &status);
	int32_t limit = ubrk_first(clusters);
	for (int n = 0; n < max_clusters && limit != UBRK_DONE; n++)
		limit = ubrk_next(clusters);
	ubrk_close(clusters);
	if (limit == UBRK_DONE || limit >= len) {
		strbuf_addstr(out, text);
		return;
	}
	const char *rules = strncmp(locale, "ja", 2) == 0 ? "ja@lw=phrase" : locale;
	UBreakIterator *lines = ubrk_open(UBRK_LINE, rules, u, len, &status);
	int32_t end = ubrk_preceding(lines, limit + 1);
	ubrk_close(lines);
	if (end == UBRK_DONE || end <= 0)
		end = limit;
	while (end > 0 && u_isUWhiteSpace(u[end - 1]))
		end--;
	char utf8[2048];
	int32_t size = 0;
	u_strToUTF8(utf8, sizeof(utf8), &size, u, end, &status);
	strbuf_add(out, utf8, (size_t)size);
	strbuf_addstr(out, "\xe2\x80\xa6");
}

static const char *const pieces[] = {
	"a", "word", "Zoë", " ", " ", " ", ".", ",", "!", "?", ")", "(", "\"", "\xe2\x80\x9c",
	"\xe2\x80\x9d", "\xe2\x80\x99", "-", "\xe2\x80\x94", "/", "1", "42", "\xc2\xa0", "e\xcc\x81",
	"\xf0\x9f\x98\x80", "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", "\xe4\xb8\xad\xe6\x96\x87",
	"\xe3\x81\x8b\xe3\x81\xaa", "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", "\xd8\xb9\xd8\xb1\xd8\xa8",
	"\xe0\xb8\xa0\xe0\xb8\xb2\xe0\xb8\xa9\xe0\xb8\xb2", "\r\n", "\t", "\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb7",
};
#define N_PIECES (sizeof pieces / sizeof pieces[0])

int main(void)
{
	static const char *const locales[] = { "en", "fr", "ja", "zh_CN", "ar", "he", "th", "hi" };
	unsigned long state = 15;
	for (size_t l = 0; l < sizeof locales / sizeof locales[0]; l++) {
		long cases = 0, wrong = 0;
		char first[256] = "";
		for (int k = 0; k < 400; k++) {
			struct strbuf text = STRBUF_INIT;
			while (text.len < 120) {
				state = state * 6364136223846793005UL + 1442695040888963407UL;
				unsigned r = (unsigned)(state >> 33);
				/* Mostly prose: words and single spaces. */
				strbuf_addstr(&text, r % 3 == 0 ? "word" : r % 3 == 1 ? " "
						     : pieces[(r >> 2) % N_PIECES]);
			}
			for (int max = 1; max <= 40; max++) {
				struct strbuf got = STRBUF_INIT, want = STRBUF_INIT;
				fmt_truncate(fmt_locale_get(locales[l]), text.buf, max, &got);
				reference(locales[l], text.buf, max, &want);
				cases++;
				if (strcmp(got.buf, want.buf) != 0 && wrong++ == 0)
					snprintf(first, sizeof first, "%d clusters of '%s'", max, text.buf);
				strbuf_release(&got);
				strbuf_release(&want);
			}
			strbuf_release(&text);
		}
		ok(wrong == 0, "%s: %ld of %ld cuts differ from ICU's%s%s", locales[l], wrong, cases,
		   wrong ? ": first " : "", first);
	}
	fmt_cleanup();
	return done_testing();
}
