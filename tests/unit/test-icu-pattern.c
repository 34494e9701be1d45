/* test-icu-pattern.c: the plural checks of src/icu-pattern.c held against
 * ICU.  For each locale, a selectordinal message with exactly the ordinal
 * categories ICU's rules give whole numbers (tests/icu-oracle.c, by
 * uplrules_select rather than the keyword list folio reads) must pass,
 * one lacking a category or having a foreign one must fail; the same for
 * cardinal plurals; and nesting past the limit is refused before ICU. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/uclean.h>

#include "../icu-oracle.h"
#include "icu-pattern.h"
#include "strbuf.h"
#include "tap.h"

#define N_ELEMENTS(array) (sizeof(array) / sizeof((array)[0]))

static const char *const locales[] = {
	"en", "fr", "de", "es", "it", "pt_BR", "pt_PT", "ru", "uk", "pl", "cs", "sk", "ar", "he",
	"hi", "bn", "mr", "gu", "ja", "zh", "ko", "tr", "th", "sv", "da", "nb", "nl", "fi", "hu",
	"ro", "ca", "cy", "ga", "sq", "ka", "kk", "mk", "ne", "vi", "az",
};

/* "{n, TYPE, a {#} b {#}}" from a space-separated category list. */
static void pattern(const char *type, const char *categories, const char *extra,
		    struct strbuf *out)
{
	char *copy = strdup(categories);

	strbuf_addf(out, "{n, %s,", type);
	for (char *c = strtok(copy, " "); c; c = strtok(NULL, " "))
		strbuf_addf(out, " %s {# x}", c);
	if (extra)
		strbuf_addf(out, " %s {# y}", extra);
	strbuf_addstr(out, "}");
	free(copy);
}

static int passes(const char *text, const char *locale)
{
	struct strbuf err = STRBUF_INIT;
	int rc = icu_pattern_check_plurals(text, locale, &err);

	strbuf_release(&err);
	return rc == 0;
}

/* The categories without their first. */
static const char *without_first(const char *categories)
{
	const char *space = strchr(categories, ' ');

	return space ? space + 1 : NULL;
}

static void check_type(const char *locale, const char *type, char *categories)
{
	struct strbuf text = STRBUF_INIT;

	if (!categories) {
		ok(0, "%s: ICU gives no %s categories", locale, type);
		return;
	}
	pattern(type, categories, NULL, &text);
	ok(passes(text.buf, locale), "%s %s with exactly {%s} passes", locale, type, categories);
	strbuf_reset(&text);
	pattern(type, categories, "lots", &text);
	ok(!passes(text.buf, locale), "%s %s with a foreign 'lots' fails", locale, type);
	const char *rest = without_first(categories);
	if (rest) {
		strbuf_reset(&text);
		pattern(type, rest, NULL, &text);
		ok(!passes(text.buf, locale), "%s %s lacking one of {%s} fails", locale, type,
		   categories);
	}
	strbuf_release(&text);
	free(categories);
}

static void check_depth(void)
{
	struct strbuf text = STRBUF_INIT, err = STRBUF_INIT;
	long column = 0;

	for (int i = 0; i < FOLIO_ICU_MAX_DEPTH; i++)
		strbuf_addstr(&text, "{a, select, other {");
	strbuf_addstr(&text, "x");
	for (int i = 0; i < FOLIO_ICU_MAX_DEPTH; i++)
		strbuf_addstr(&text, "}}");
	ok(icu_pattern_parse(text.buf, "en", &column, &err) == 0, "%d levels parse",
	   FOLIO_ICU_MAX_DEPTH);
	strbuf_reset(&text);
	for (int i = 0; i <= FOLIO_ICU_MAX_DEPTH; i++)
		strbuf_addstr(&text, "{a, select, other {");
	ok(icu_pattern_parse(text.buf, "en", &column, &err) < 0, "%d levels are refused",
	   FOLIO_ICU_MAX_DEPTH + 1);
	strbuf_reset(&text);
	for (int i = 0; i < 30000; i++)
		strbuf_addstr(&text, "{a, plural, one {");
	ok(icu_pattern_parse(text.buf, "en", &column, &err) < 0 && column > 0,
	   "30000 levels are refused before ICU parses them (column %ld)", column);
	strbuf_reset(&text);
	strbuf_addstr(&text, "'{'");
	for (int i = 0; i < 100; i++)
		strbuf_addstr(&text, "'{{'");
	ok(icu_pattern_check_depth(text.buf, &column) == 0, "quoted braces are not nesting");
	strbuf_release(&text);
	strbuf_release(&err);
}

int main(void)
{
	for (size_t i = 0; i < N_ELEMENTS(locales); i++) {
		check_type(locales[i], "selectordinal", oracle_ordinal_categories(locales[i]));
		check_type(locales[i], "plural", oracle_plural_keywords(locales[i]));
	}
	/* The facts the bug was about, checked by hand. */
	ok(passes("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "en"),
	   "English ordinals one/two/few/other pass");
	ok(!passes("{n, plural, one {#} two {#} other {#}}", "en"),
	   "English cardinal 'two' still fails");
	check_depth();
	u_cleanup();
	return done_testing();
}
