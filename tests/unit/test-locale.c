/* test-locale.c: one locale model for every tag that enters folio: BCP 47
 * and gettext's forms parse to the same locale, scripts and -u- keywords
 * are kept, catalog names follow gettext's conventions, the fallback
 * chain never drops a script, and tags ICU has no data for are known as
 * such. */
#include <config.h>

#include <string.h>

#include <unicode/uclean.h>

#include "locale-tag.h"
#include "tap.h"

struct expect {
	const char *text, *tag, *icu, *name, *dir, *wider;
	int known;
};

static const struct expect cases[] = {
	{ "fr", "fr", "fr", "fr", "fr", NULL, 1 },
	{ "pt-BR", "pt-BR", "pt_BR", "pt_BR", "pt_BR", "pt", 1 },
	{ "pt_BR.UTF-8", "pt-BR", "pt_BR", "pt_BR", "pt_BR", "pt", 1 },
	{ "sr-Latn", "sr-Latn", "sr_Latn", "sr@latin", "sr@latin", NULL, 1 },
	{ "sr@latin", "sr-Latn", "sr_Latn", "sr@latin", "sr@latin", NULL, 1 },
	{ "sr-Latn-RS", "sr-Latn-RS", "sr_Latn_RS", "sr_RS@latin", "sr_RS@latin", "sr@latin", 1 },
	{ "sr_RS@latin", "sr-Latn-RS", "sr_Latn_RS", "sr_RS@latin", "sr_RS@latin", "sr@latin", 1 },
	{ "uz@cyrillic", "uz-Cyrl", "uz_Cyrl", "uz@cyrillic", "uz@cyrillic", NULL, 1 },
	{ "zh-Hant", "zh-Hant", "zh_Hant", "zh_Hant", "zh_Hant", NULL, 1 },
	{ "zh-Hant-TW", "zh-Hant-TW", "zh_Hant_TW", "zh_TW", "zh_TW", "zh_Hant", 1 },
	{ "zh_CN", "zh-CN", "zh_CN", "zh_CN", "zh_CN", "zh", 1 },
	{ "en-US-u-nu-arab", "en-US-u-nu-arab", "en_US@numbers=arab", "en_US", "en_US-u-nu-arab",
	  "en", 1 },
	{ "hi-u-nu-deva", "hi-u-nu-deva", "hi@numbers=deva", "hi", "hi-u-nu-deva", NULL, 1 },
	{ "ja-u-ca-japanese", "ja-u-ca-japanese", "ja@calendar=japanese", "ja", "ja-u-ca-japanese",
	  NULL, 1 },
	{ "ca@valencia", "ca-valencia", "ca__VALENCIA", "ca@valencia", "ca@valencia", NULL, 1 },
	{ "xx-ZZ", "xx-ZZ", "xx_ZZ", "xx_ZZ", "xx_ZZ", "xx", 0 },
	{ "sr-Cyrl", "sr-Cyrl", "sr_Cyrl", "sr", "sr", NULL, 1 },
	{ "zh-Hans-CN", "zh-Hans-CN", "zh_Hans_CN", "zh_CN", "zh_CN", "zh", 1 },
	{ "en-Latn-US", "en-Latn-US", "en_Latn_US", "en_US", "en_US", "en", 1 },
};

static void check_case(const struct expect *e)
{
	struct locale loc;
	struct strbuf err = STRBUF_INIT;

	if (locale_parse(e->text, &loc, &err) < 0) {
		ok(0, "'%s' parses (%s)", e->text, err.buf);
		strbuf_release(&err);
		return;
	}
	is_str(loc.tag, e->tag, e->text);
	is_str(loc.icu, e->icu, e->text);
	is_str(loc.name, e->name, e->text);
	is_str(loc.dir, e->dir, e->text);
	ok(loc.n_chain == (e->wider ? 2u : 1u) && strcmp(loc.chain[0], e->name) == 0
	   && (!e->wider || strcmp(loc.chain[1], e->wider) == 0),
	   "'%s': catalogs %s then %s", e->text, e->name, e->wider ? e->wider : "none");
	ok(loc.known == e->known, "'%s' is %s to ICU", e->text, e->known ? "known" : "unknown");
	locale_release(&loc);
	strbuf_release(&err);
}

int main(void)
{
	static const char *const bad[] = {
		"..", "a/b", "fr/../../x", "abcdefghijklm", "e", "en_US@x", "en-", "-en", "",
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct locale loc;
		struct strbuf err = STRBUF_INIT;
		ok(locale_parse(bad[i], &loc, &err) < 0 && err.len, "'%s' is refused: %s", bad[i],
		   err.buf);
		strbuf_release(&err);
	}
	u_cleanup();
	return done_testing();
}
