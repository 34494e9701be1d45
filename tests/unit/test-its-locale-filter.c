/* test-its-locale-filter.c: Locale Filter ranges, matched as RFC 4647's
 * extended filtering does. */
#include <config.h>

#include "its-locale-filter.h"
#include "tap.h"

int main(void)
{
	ok(its_locale_filter_allows("*", "include", "ja"), "'*' is every language");
	ok(its_locale_filter_allows(NULL, NULL, "ja"), "no filter is '*'");
	ok(!its_locale_filter_allows("", "include", "en"), "an empty list is no language");
	ok(its_locale_filter_allows("", "exclude", "en"), "excluding none is every language");
	ok(its_locale_filter_allows("en-CA, fr-CA", "include", "fr-CA"), "a listed tag");
	ok(its_locale_filter_allows("en-CA,fr-CA", "include", "FR-ca"), "case does not matter");
	ok(!its_locale_filter_allows("en-CA, fr-CA", "include", "fr"), "a range is not its prefix");
	ok(its_locale_filter_allows("fr", "include", "fr-CA"), "a language covers its regions");
	ok(its_locale_filter_allows("de-CH", "include", "de-Latn-CH"), "a script may come between");
	ok(its_locale_filter_allows("*-CH", "include", "fr-CH"), "'*' matches any language");
	ok(!its_locale_filter_allows("*-CH", "include", "fr-FR"), "and the rest must match");
	ok(!its_locale_filter_allows("de-CH", "include", "de-x-CH"), "a singleton stops the search");
	ok(!its_locale_filter_allows("de", "exclude", "de-AT"), "exclude leaves the listed out");
	ok(its_locale_filter_allows("de", "exclude", "fr"), "and keeps the others");
	return done_testing();
}
