/* test-fmt.c: folio's locale formatting (src/fmt.c, src/fmt-message.cc)
 * held against ICU itself.  For every locale folio ships, each fmt_*
 * answer must equal what tests/icu-oracle.c gets from ICU's C API by
 * another route, and MessageFormat's plural choice must equal
 * uplrules_select.  Expectations come from the ICU on this machine, not
 * from hand-typed strings, except for a few facts about the languages
 * themselves, checked by hand, so that the test is not only ICU compared
 * with ICU. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/ubidi.h>
#include <unicode/uclean.h>
#include <unicode/ustring.h>

#include "../icu-oracle.h"
#include "fmt-message.h"
#include "fmt.h"
#include "strbuf.h"
#include "tap.h"

#define N_ELEMENTS(array) (sizeof(array) / sizeof((array)[0]))

static const char *const locales[] = {
	"en", "fr", "de", "es", "pt_BR", "ru", "pl", "ar", "he", "hi", "ja", "zh_CN", "tr", "th",
};

/* One assertion: folio's answer got equals ICU's answer want (freed here;
 * NULL, ICU's error, fails). */
static void check(const char *got, char *want, const char *locale, const char *what)
{
	char title[160];

	snprintf(title, sizeof(title), "%s: %s is what ICU says", locale, what);
	is_str(got, want, title);
	free(want);
}

static void check_dates(const char *locale)
{
	static const struct { const char *iso; int year, month, day; } dates[] = {
		{ "2025-06-23", 2025, 6, 23 },    /* the article's */
		{ "2024-02-29", 2024, 2, 29 },
		{ "1999-12-31", 1999, 12, 31 },
		{ "2025-01-05", 2025, 1, 5 },
	};

	for (size_t i = 0; i < N_ELEMENTS(dates); i++) {
		struct strbuf got = STRBUF_INIT;
		char what[64];
		if (fmt_date(fmt_locale_get(locale), dates[i].iso, &got) != 0)
			strbuf_addstr(&got, "(fmt_date failed)");
		snprintf(what, sizeof(what), "the yMMMd date of %s", dates[i].iso);
		check(got.buf, oracle_date(locale, dates[i].year, dates[i].month, dates[i].day),
		      locale, what);
		strbuf_release(&got);
	}
}

static void check_integers(const char *locale)
{
	static const long values[] = { 0, 7, 12, 100, 1000, 2025, 12345, 1000000, -42 };

	for (size_t i = 0; i < N_ELEMENTS(values); i++) {
		struct strbuf got = STRBUF_INIT;
		char what[64];
		fmt_integer(fmt_locale_get(locale), values[i], &got);
		snprintf(what, sizeof(what), "integer %ld", values[i]);
		check(got.buf, oracle_integer(locale, values[i]), locale, what);
		strbuf_release(&got);
	}
}

static void check_lists(const char *locale)
{
	static const char *const items[] = { "HTML", "EPUB", "PDF", "text" };

	for (size_t n = 1; n <= N_ELEMENTS(items); n++) {
		struct strbuf got = STRBUF_INIT;
		char what[64];
		if (fmt_list(fmt_locale_get(locale), items, n, &got) != 0)
			strbuf_addstr(&got, "(fmt_list failed)");
		snprintf(what, sizeof(what), "a list of %zu", n);
		check(got.buf, oracle_list(locale, items, n), locale, what);
		strbuf_release(&got);
	}
}

static void check_upper(const char *locale)
{
	/* Dotted and dotless i, ß to SS and a ligature (both grow), a title
	 * case digraph, Greek with accents (dropped in upper case by el only). */
	static const char *const texts[] = { "istanbul ıi", "Straße ﬁn ǅ", "ἀλήθεια ά", "" };

	for (size_t i = 0; i < N_ELEMENTS(texts); i++) {
		struct strbuf got = STRBUF_INIT;
		char what[64];
		if (fmt_upper(fmt_locale_get(locale), texts[i], &got) != 0)
			strbuf_addstr(&got, "(fmt_upper failed)");
		snprintf(what, sizeof(what), "upper case of '%s'", texts[i]);
		check(got.buf, oracle_upper(locale, texts[i]), locale, what);
		strbuf_release(&got);
	}
}

static void check_quotes_name_direction(const char *locale)
{
	const char *open, *close;
	struct strbuf name = STRBUF_INIT;

	fmt_quotes(fmt_locale_get(locale), 0, &open, &close);
	check(open, oracle_quote(locale, 0), locale, "the opening quotation mark");
	check(close, oracle_quote(locale, 1), locale, "the closing quotation mark");
	fmt_quotes(fmt_locale_get(locale), 1, &open, &close);
	check(open, oracle_alt_quote(locale, 0), locale, "the inner opening quotation mark");
	check(close, oracle_alt_quote(locale, 1), locale, "the inner closing quotation mark");
	fmt_quotes(fmt_locale_get(locale), 2, &open, &close);
	check(open, oracle_quote(locale, 0), locale, "the opening mark two quotations deep");
	fmt_language_name(locale, &name);
	check(name.buf, oracle_language_name(locale), locale, "the name in itself");
	strbuf_release(&name);
	ok(!fmt_is_rtl(fmt_locale_get(locale)) == !oracle_is_rtl(locale), "%s: direction is what ICU says (%s)",
	   locale, oracle_is_rtl(locale) ? "rtl" : "ltr");
}

/* "{n, plural, one {one} ... other {other}}" with each of the locale's
 * categories, or NULL. */
static char *plural_pattern(const char *locale)
{
	char *keywords = oracle_plural_keywords(locale);
	struct strbuf pattern = STRBUF_INIT;

	if (!keywords)
		return NULL;
	strbuf_addstr(&pattern, "{n, plural,");
	for (char *keyword = strtok(keywords, " "); keyword; keyword = strtok(NULL, " "))
		strbuf_addf(&pattern, " %s {%s}", keyword, keyword);
	strbuf_addstr(&pattern, "}");
	free(keywords);
	return strbuf_detach(&pattern, NULL);
}

static void check_plurals(const char *locale)
{
	static const double numbers[] = { 0, 1, 2, 3, 5, 11, 21, 100, 1000000 };
	char *pattern = plural_pattern(locale);

	ok(pattern != NULL, "%s: ICU lists the plural categories", locale);
	for (size_t i = 0; pattern && i < N_ELEMENTS(numbers); i++) {
		struct fmt_arg arg = { "n", NULL, numbers[i] };
		char *got = fmt_message(locale, pattern, &arg, 1);
		char what[64];
		snprintf(what, sizeof(what), "the plural category of %.0f", numbers[i]);
		check(got, oracle_plural(locale, numbers[i]), locale, what);
		free(got);
	}
	free(pattern);
}

/* Facts about the languages, checked by hand rather than asked of ICU. */
static void check_facts_of_formats(void)
{
	struct strbuf out = STRBUF_INIT;

	fmt_upper(fmt_locale_get("tr"), "istanbul", &out);
	is_str(out.buf, "İSTANBUL", "tr: upper case of istanbul has a dotted İ (U+0130)");
	strbuf_reset(&out);
	fmt_upper(fmt_locale_get("de"), "straße", &out);
	is_str(out.buf, "STRASSE", "de: upper case of ß is SS");
	strbuf_reset(&out);
	fmt_integer(fmt_locale_get("ar"), 12, &out);
	is_str(out.buf, "\u0661\u0662", "ar: 12 in Arabic-Indic digits (U+0661 U+0662)");
	strbuf_reset(&out);
	fmt_integer(fmt_locale_get("hi"), 1000000, &out);
	is_str(out.buf, "10,00,000", "hi: a million grouped in lakhs, in Latin digits");
	strbuf_reset(&out);
	fmt_date(fmt_locale_get("ja"), "2025-06-23", &out);
	ok(strstr(out.buf, "年") && strstr(out.buf, "6月23日"), "ja: the date has 年 and 6月23日");
	strbuf_reset(&out);
	fmt_date(fmt_locale_get("th"), "2025-06-23", &out);
	ok(strstr(out.buf, "2568") != NULL, "th: the year counts in the Buddhist era (2568)");
	strbuf_reset(&out);
	fmt_language_name("ja", &out);
	is_str(out.buf, "日本語", "ja: the language calls itself 日本語");
	strbuf_release(&out);
}

static void check_facts_of_quotes_and_plurals(void)
{
	const char *open, *close;
	struct fmt_arg arg = { "n", NULL, 21 };
	char *ru = fmt_message("ru", "{n, plural, one {one} few {few} many {many} other {other}}",
			       &arg, 1);
	arg.number = 2;
	char *ar = fmt_message("ar", "{n, plural, zero {zero} one {one} two {two} few {few} "
				     "many {many} other {other}}", &arg, 1);

	fmt_quotes(fmt_locale_get("fr"), 0, &open, &close);
	ok(strcmp(open, "«") == 0 && strcmp(close, "»") == 0, "fr: quotes are « and »");
	fmt_quotes(fmt_locale_get("ja"), 0, &open, &close);
	ok(strcmp(open, "「") == 0 && strcmp(close, "」") == 0, "ja: quotes are 「 and 」");
	fmt_quotes(fmt_locale_get("de"), 1, &open, &close);
	ok(strcmp(open, "‚") == 0 && strcmp(close, "‘") == 0, "de: inner quotes are ‚ and ‘");
	ok(fmt_is_rtl(fmt_locale_get("he")) && fmt_is_rtl(fmt_locale_get("ar")) && !fmt_is_rtl(fmt_locale_get("en")), "he and ar run right to left");
	is_str(ru, "one", "ru: 21 takes the one form");
	is_str(ar, "two", "ar: 2 takes the dual");
	free(ru);
	free(ar);
}

/* What is not a date is refused, not moved to another day. */
static void check_bad_dates(void)
{
	static const char *const bad[] = { "2025-02-30", "2025-13-45", "2025-06-23junk",
					   "2025-6-3", "June 23", "" };

	for (size_t i = 0; i < N_ELEMENTS(bad); i++) {
		struct strbuf got = STRBUF_INIT;
		ok(fmt_date(fmt_locale_get("en"), bad[i], &got) < 0 && got.len == 0, "'%s' is not a date", bad[i]);
		strbuf_release(&got);
	}
}

/* The direction of text, ASCII (which fmt_text_direction settles without
 * ICU) and not, against ubidi_getBaseDirection: every pair of ASCII
 * characters, and mixed text. */
static int bidi_direction(const char *text)
{
	UChar u[64];
	int32_t len = 0;
	UErrorCode status = U_ZERO_ERROR;
	u_strFromUTF8(u, 64, &len, text, -1, &status);
	UBiDiDirection direction = ubidi_getBaseDirection(u, len);
	return direction == UBIDI_RTL ? 1 : direction == UBIDI_LTR ? 0 : -1;
}

static void check_text_direction(void)
{
	long differ = 0;
	for (int a = 1; a < 128; a++)
		for (int b = 1; b < 128; b++) {
			char text[3] = { (char)a, (char)b, 0 };
			differ += fmt_text_direction(text) != bidi_direction(text);
		}
	ok(differ == 0, "every pair of ASCII characters: %ld directions differ from ICU's", differ);
	static const char *const mixed[] = { "", "123", "(1) \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d",
					     "\xd8\xb9 a", "12 \xc3\xa9t\xc3\xa9", "- \xe2\x80\x94 -" };
	int all = 1;
	for (size_t i = 0; i < N_ELEMENTS(mixed); i++)
		all &= fmt_text_direction(mixed[i]) == bidi_direction(mixed[i]);
	ok(all, "mixed text: the direction of its first strong character, as ICU says");
}

/* Words, and ideographs and kana, at their reading speeds. */
static void check_reading_minutes(void)
{
	struct strbuf words = STRBUF_INIT, kanji = STRBUF_INIT;

	for (int i = 0; i < 460; i++)
		strbuf_addstr(&words, "word, ");
	for (int i = 0; i < 714; i++)
		strbuf_addstr(&kanji, "漢");
	ok(fmt_reading_minutes(fmt_locale_get("en"), words.buf) == 2, "460 English words take 2 minutes");
	ok(fmt_reading_minutes(fmt_locale_get("ja"), kanji.buf) == 2, "714 ideographs take 2 minutes in Japanese");
	ok(fmt_reading_minutes(fmt_locale_get("zh_CN"), kanji.buf) == 3, "and 3 in Chinese");
	ok(fmt_reading_minutes(fmt_locale_get("en"), "") == 1, "nothing to read still says 1 minute");
	strbuf_release(&words);
	strbuf_release(&kanji);
}

int main(void)
{
	for (size_t i = 0; i < N_ELEMENTS(locales); i++) {
		check_dates(locales[i]);
		check_integers(locales[i]);
		check_lists(locales[i]);
		check_upper(locales[i]);
		check_quotes_name_direction(locales[i]);
	}
	static const char *const plural_locales[] = { "ru", "ar", "pl", "fr", "en", "ja" };
	for (size_t i = 0; i < N_ELEMENTS(plural_locales); i++)
		check_plurals(plural_locales[i]);
	check_facts_of_formats();
	check_facts_of_quotes_and_plurals();
	check_bad_dates();
	check_reading_minutes();
	check_text_direction();
	fmt_cleanup();
	fmt_message_cleanup();
	u_cleanup();   /* ICU's caches, so memory checkers see no leftovers */
	return done_testing();
}
