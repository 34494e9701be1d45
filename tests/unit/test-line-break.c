/* test-line-break.c: line_break_sure_end, the short cut that reads a
 * line's end from the characters before it, gives what ICU's root line
 * break iterator gives, whenever it gives anything: over every string of
 * up to three characters of a wide alphabet (one or more characters of
 * each line break class it knows, and of classes it must leave to ICU:
 * hyphens, dashes, slashes, ideographs, marks, currency, ...), every
 * string of four and of five of its core, and seeded random strings of up
 * to 40, with surrogate pairs among them; by the root rules and by the
 * Chinese and Japanese ones.  Also which locales take which short cut,
 * and that it answers for plain text. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "fmt.h"
#include "line-break.h"
#include "tap.h"

#define MAX_UNITS 96

static const UChar32 alphabet[] = {
	/* the core: letters, digits, the punctuation of prose, spaces */
	'a', 0x05D0, '1', '.', '!', ')', '"', 0x201C, '(', 0x00A0, ' ', '-', 0x2014, '/',
	0x4E2D, 0x0301,
	/* more of the same classes, and others */
	'Z', 0x00E9, 0x0436, 0x0628, 0x0663, ',', ';', ':', '?', 0x061F, 0x060C, ']', '}',
	'\'', 0x201D, 0x2019, 0x00AB, 0x00BB, '[', 0x201E, 0x202F, 0x2013, 0x2010, '$', '%',
	'+', '&', '*', '#', 0x2026, 0x200B, 0x30FC, 0x3001, 0x300C, 0x3002, 0x0E01, 0x200D,
	0x1F600, 0x10400, 0x00AD, 0x2060,
};
#define N_ALPHABET (sizeof alphabet / sizeof alphabet[0])
#define N_CORE 16

static UBreakIterator *icu;
static enum line_rules rules;
static long n_checked, n_answered, n_wrong;
static char first_wrong[256];

/* The text as whitespace normalisation leaves it: no space first, none
 * doubled. */
static int normalised(const UChar *text, int32_t len)
{
	if (len && text[0] == ' ')
		return 0;
	for (int32_t i = 1; i < len; i++)
		if (text[i] == ' ' && text[i - 1] == ' ')
			return 0;
	return 1;
}

static void describe(const UChar *text, int32_t len, int32_t start, int32_t over, int32_t got,
		     int32_t want)
{
	size_t n = 0;
	for (int32_t i = 0; i < len && n + 8 < sizeof first_wrong; i++)
		n += (size_t)snprintf(first_wrong + n, sizeof first_wrong - n, "%04X ", text[i]);
	snprintf(first_wrong + n, sizeof first_wrong - n, "start %d over %d: got %d, ICU %d",
		 start, over, got, want);
}

/* Every line start and overflow point of text, the short cut against
 * ICU's boundaries. */
static void check(const UChar *text, int32_t len)
{
	int32_t boundaries[MAX_UNITS + 1], n = 0;
	UErrorCode status = U_ZERO_ERROR;

	if (!normalised(text, len))
		return;
	ubrk_setText(icu, text, len, &status);
	for (int32_t b = ubrk_first(icu); b != UBRK_DONE; b = ubrk_next(icu))
		boundaries[n++] = b;
	for (int32_t s = 0; s < n - 1; s++) {
		int32_t start = boundaries[s];
		for (int32_t over = start + 1; over <= len; over++) {
			if (over < len && U16_IS_TRAIL(text[over]) && U16_IS_LEAD(text[over - 1]))
				continue;   /* over inside a pair */
			int32_t got = line_break_sure_end(text, start, over, rules);
			n_checked++;
			if (got < 0)
				continue;
			n_answered++;
			int32_t want = -1;
			for (int32_t i = s + 1; i < n && boundaries[i] < over; i++)
				want = boundaries[i];
			if (got != want && n_wrong++ == 0)
				describe(text, len, start, over, got, want);
		}
	}
}

static int32_t put(UChar *text, int32_t len, UChar32 c)
{
	UBool error = 0;
	U16_APPEND(text, len, MAX_UNITS, c, error);
	(void)error;   /* the tests put at most 40 characters */
	return len;
}

/* Every string of length characters from the first n of the alphabet. */
static void every_string(size_t n, int length)
{
	size_t total = 1;
	for (int i = 0; i < length; i++)
		total *= n;
	for (size_t k = 0; k < total; k++) {
		UChar text[MAX_UNITS];
		int32_t len = 0;
		for (size_t rest = k, i = 0; i < (size_t)length; i++, rest /= n)
			len = put(text, len, alphabet[rest % n]);
		check(text, len);
	}
}

/* Seeded strings of 5 to 40 characters, spaces and core characters more
 * often, as in prose. */
static void random_strings(long count)
{
	unsigned long state = 15;
	for (long k = 0; k < count; k++) {
		UChar text[MAX_UNITS];
		int32_t len = 0;
		state = state * 6364136223846793005UL + 1442695040888963407UL;
		int length = 5 + (int)((state >> 33) % 36);
		for (int i = 0; i < length; i++) {
			state = state * 6364136223846793005UL + 1442695040888963407UL;
			unsigned r = (unsigned)(state >> 33);
			UChar32 c = r % 4 == 0 ? ' ' : r % 4 == 1 ? 'a'
				    : alphabet[(r >> 2) % (r % 4 == 2 ? N_CORE : N_ALPHABET)];
			len = put(text, len, c);
		}
		check(text, len);
	}
}

static void report(const char *what)
{
	ok(n_wrong == 0 && n_answered > 0, "%s: %ld of %ld line ends answered, as ICU has them%s%s",
	   what, n_answered, n_checked, n_wrong ? "; first wrong: " : "", n_wrong ? first_wrong : "");
	n_checked = n_answered = n_wrong = 0;
}

int main(void)
{
	/* The root rules, and the Chinese and Japanese ones (with phrases,
	 * as the text edition breaks Japanese). */
	static const struct { const char *locale; enum line_rules rules; } sets[] = {
		{ "en", LINE_RULES_ROOT }, { "ja@lw=phrase", LINE_RULES_CJ },
		{ "zh", LINE_RULES_CJ }, { "zh_Hant", LINE_RULES_CJ },
	};
	for (size_t r = 0; r < sizeof sets / sizeof sets[0]; r++) {
		UErrorCode status = U_ZERO_ERROR;
		char title[128];
		const char *name = sets[r].locale;
		rules = sets[r].rules;
		icu = ubrk_open(UBRK_LINE, name, NULL, 0, &status);
		if (!ok(icu && U_SUCCESS(status), "%s: ICU's line break iterator opens", name))
			continue;
		for (int length = 1; length <= 3; length++)
			every_string(N_ALPHABET, length);
		snprintf(title, sizeof title, "%s: every string of up to 3 characters", name);
		report(title);
		every_string(N_CORE, 4);
		every_string(N_CORE, 5);
		snprintf(title, sizeof title, "%s: every string of 4 and of 5 core characters", name);
		report(title);
		random_strings(200000);
		snprintf(title, sizeof title, "%s: 200000 seeded strings of 5 to 40 characters", name);
		report(title);
		ubrk_close(icu);
	}

	static const struct { const char *locale; enum line_rules rules; } locales[] = {
		{ "en", LINE_RULES_ROOT }, { "fr", LINE_RULES_ROOT }, { "de", LINE_RULES_ROOT },
		{ "ru", LINE_RULES_ROOT }, { "ar", LINE_RULES_ROOT }, { "he", LINE_RULES_ROOT },
		{ "hi", LINE_RULES_ROOT }, { "tr", LINE_RULES_ROOT }, { "pt_BR", LINE_RULES_ROOT },
		{ "ja", LINE_RULES_CJ }, { "zh_CN", LINE_RULES_CJ }, { "zh_Hant", LINE_RULES_CJ },
		{ "en@lb=loose", LINE_RULES_OWN }, { "fr@lw=phrase", LINE_RULES_OWN },
		{ "ja@lb=strict", LINE_RULES_OWN },
	};
	for (size_t i = 0; i < sizeof locales / sizeof locales[0]; i++)
		ok(line_rules_of(fmt_locale_get(locales[i].locale)) == locales[i].rules,
		   "%s: the short cut for its rules (%d)", locales[i].locale, locales[i].rules);

	UChar prose[MAX_UNITS];
	int32_t len = 0;
	for (const char *p = "Rest, then \xe2\x80\x9cwalk\xe2\x80\x9d slowly."; *p;) {
		UChar32 c;
		int32_t i = 0;
		U8_NEXT((const uint8_t *)p, i, -1, c);
		p += i;
		len = put(prose, len, c);
	}
	/* over just past the 'l' of "slowly": the line ends before it. */
	ok(line_break_sure_end(prose, 0, 20, LINE_RULES_ROOT) == 18, "a line of prose ends after "
	   "the space before its last word");
	ok(line_break_sure_end(prose, 0, 14, LINE_RULES_ROOT) == 11
	   && line_break_sure_end(prose, 0, 14, LINE_RULES_CJ) == -1,
	   "a word after a quotation mark: the root rules say, the CJ ones are asked");
	fmt_cleanup();
	return done_testing();
}
