/* test-text-columns.c: fmt_text_columns, whose short cut skips the
 * grapheme iterator when every character is a cluster of its own, gives
 * what the iterator gives: for every character of the Basic Multilingual
 * Plane and some beyond, alone, between letters and doubled, and for runs
 * of neighbouring characters (marks after their bases, jamo, joiners). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/utf16.h>

#include "fmt.h"
#include "tap.h"

/* Every character of the BMP and of the emoji blocks, a sample of the
 * other planes. */
static UChar32 next_character(UChar32 c)
{
	if (c < 0xFFFF || (c >= 0x1F000 && c < 0x1FAFF))
		return c + 1;
	return c < 0x30000 ? c + 16 : c + 0x1000;
}

/* The columns through ICU's grapheme iterator, every time. */
static void reference_columns(const UChar *text, int32_t len, signed char *cols)
{
	UErrorCode status = U_ZERO_ERROR;
	UBreakIterator *clusters = ubrk_open(UBRK_CHARACTER, "en", text, len, &status);
	int32_t start = 0;

	memset(cols, 0, (size_t)len);
	for (int32_t end = ubrk_next(clusters); end != UBRK_DONE; start = end, end = ubrk_next(clusters))
		cols[start] = (signed char)fmt_cluster_columns(text, start, end);
	ubrk_close(clusters);
}

static int agree(struct fmt_locale *locale, const UChar *text, int32_t len)
{
	signed char got[64], want[64];

	fmt_text_columns(locale, text, len, got);
	reference_columns(text, len, want);
	return memcmp(got, want, (size_t)len) == 0;
}

static int32_t put(UChar *text, int32_t len, UChar32 c)
{
	UBool error = 0;
	U16_APPEND(text, len, 64, c, error);
	(void)error;   /* 64 units always hold what the tests put */
	return len;
}

int main(void)
{
	struct fmt_locale *locale = fmt_locale_get("en");
	long failures = 0;
	UChar32 first_failure = -1;

	for (UChar32 c = 0; c <= 0x10FFFF; c = next_character(c)) {
		if (U_IS_SURROGATE(c))
			continue;
		UChar text[64];
		int32_t len = 0;
		len = put(text, len, 'a');
		len = put(text, len, c);
		len = put(text, len, 'b');
		len = put(text, len, c);
		len = put(text, len, c);
		len = put(text, len, 0x4E00);
		if (!agree(locale, text, len) || !agree(locale, text + 1, 1 + U16_LENGTH(c))) {
			if (!failures++)
				first_failure = c;
		}
	}
	ok(failures == 0, "every character alone and doubled: %ld differ (first U+%04X)", failures,
	   (unsigned)first_failure);

	failures = 0;
	for (UChar32 base = 0; base < 0x20000; base += 8) {
		UChar text[64];
		int32_t len = 0;
		for (UChar32 c = base; c < base + 8; c++)
			if (!U_IS_SURROGATE(c))
				len = put(text, len, c);
		if (len && !agree(locale, text, len) && !failures++)
			first_failure = base;
	}
	ok(failures == 0, "runs of neighbouring characters: %ld differ (first from U+%04X)", failures,
	   (unsigned)first_failure);

	static const UChar32 joined[][6] = {
		{ 0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0 },   /* a ZWJ family */
		{ 0x1F1EB, 0x1F1F7, 0x1F1E9, 0x1F1EA, 0 },          /* two flags */
		{ 0x1100, 0x1161, 0x11A8, 0 },                      /* Hangul jamo */
		{ 'e', 0x301, 0x20, 0x915, 0x94D, 0x937 },          /* marks, a conjunct */
		{ '\r', '\n', 'x', 0 },
	};
	int all = 1;
	for (size_t i = 0; i < sizeof(joined) / sizeof(joined[0]); i++) {
		UChar text[64];
		int32_t len = 0;
		for (size_t j = 0; j < 6 && joined[i][j]; j++)
			len = put(text, len, joined[i][j]);
		all &= agree(locale, text, len);
	}
	ok(all, "clusters of several characters");
	fmt_cleanup();
	return done_testing();
}
