/* locale-tag.c: language tag validation and normalisation through ICU's
 * own parser. */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/uloc.h>

#include "i18n.h"
#include "locale-tag.h"
#include "pseudo.h"
#include "strbuf.h"
#include "xalloc.h"

enum { MAX_SUBTAG = 8, MAX_TAG = 64 };

static int reject(struct strbuf *err, const char *reason)
{
	if (err)
		strbuf_addstr(err, reason);
	return -1;
}

/* The POSIX tail: ".codeset" and "@modifier", letters, digits and '-'. */
static int check_tail(const char *tail, struct strbuf *err)
{
	for (const char *p = tail; *p; p++) {
		if ((*p == '.' || *p == '@') && p[1] && p[1] != '.' && p[1] != '@')
			continue;
		if (!isalnum((unsigned char)*p) && *p != '-')
			return reject(err, _("a codeset or modifier may hold only letters, digits "
					     "and '-'"));
	}
	return 0;
}

/* Subtags between '-' or '_': letters and digits, 1 to 8 of them; the
 * first is the language, 2-3 or 5-8 letters. */
static int check_subtags(const char *tag, size_t len, struct strbuf *err)
{
	size_t start = 0, index = 0;

	for (size_t i = 0; i <= len; i++) {
		if (i < len && tag[i] != '-' && tag[i] != '_') {
			if (!isalnum((unsigned char)tag[i]))
				return reject(err, _("a subtag may hold only letters and digits"));
			continue;
		}
		size_t n = i - start;
		if (n == 0)
			return reject(err, _("empty subtag"));
		if (n > MAX_SUBTAG)
			return reject(err, _("a subtag is longer than 8 characters"));
		if (index == 0) {
			for (size_t j = start; j < i; j++)
				if (!isalpha((unsigned char)tag[j]))
					return reject(err, _("the language subtag must be letters"));
			if (n < 2 || n == 4)
				return reject(err, _("the language subtag must be 2-3 or 5-8 letters"));
		}
		index++;
		start = i + 1;
	}
	return 0;
}

int locale_tag_check(const char *tag, struct strbuf *err)
{
	size_t len = strcspn(tag, ".@");
	char bcp47[MAX_TAG + 1];
	char id[ULOC_FULLNAME_CAPACITY];
	UErrorCode status = U_ZERO_ERROR;
	int32_t parsed = 0;

	if (strpbrk(tag, "/\\") || tag[0] == '.')
		return reject(err, _("a language tag holds no path characters"));
	if (len == 0)
		return reject(err, _("no language"));
	if (strlen(tag) > MAX_TAG)
		return reject(err, _("longer than 64 characters"));
	if (check_subtags(tag, len, err) < 0 || check_tail(tag + len, err) < 0)
		return -1;
	memcpy(bcp47, tag, len);
	bcp47[len] = '\0';
	for (char *p = bcp47; *p; p++)
		if (*p == '_')
			*p = '-';
	uloc_forLanguageTag(bcp47, id, sizeof(id), &parsed, &status);
	if (U_FAILURE(status) || parsed != (int32_t)len)
		return reject(err, _("not a BCP 47 language tag"));
	return 0;
}

/* ---- the locale model -------------------------------------------------- */

static const struct {
	const char *modifier, *script;
} script_modifiers[] = {
	{ "latin", "Latn" }, { "cyrillic", "Cyrl" },
};

/* The BCP 47 form of a gettext name: '_' to '-', a script modifier to a
 * script subtag, another modifier to a variant. */
static int to_bcp47(const char *text, struct strbuf *out, struct strbuf *err)
{
	size_t base_len = strcspn(text, ".@");
	const char *at = strchr(text, '@');
	const char *modifier = at ? at + 1 : NULL;
	size_t modifier_len = modifier ? strcspn(modifier, ".") : 0;
	const char *script = NULL;

	for (size_t i = 0; modifier && i < sizeof(script_modifiers) / sizeof(script_modifiers[0]); i++)
		if (strlen(script_modifiers[i].modifier) == modifier_len
		    && strncasecmp(modifier, script_modifiers[i].modifier, modifier_len) == 0)
			script = script_modifiers[i].script;
	if (modifier && !script && (modifier_len < 5 || modifier_len > 8))
		return reject(err, _("a modifier must be a script (@latin, @cyrillic) or a variant "
				     "of 5 to 8 letters"));
	size_t language_len = strcspn(text, "-_.@");
	strbuf_add(out, text, language_len);
	if (script)
		strbuf_addf(out, "-%s", script);
	for (size_t i = language_len; i < base_len; i++)
		strbuf_addch(out, text[i] == '_' ? '-' : text[i]);
	if (modifier && !script)
		strbuf_addf(out, "-%.*s", (int)modifier_len, modifier);
	return 0;
}

static int is_available(const char *id)
{
	int32_t n = uloc_countAvailable();

	for (int32_t i = 0; i < n; i++)
		if (strcmp(uloc_getAvailable(i), id) == 0)
			return 1;
	return 0;
}

/* ICU has data for the language, in this script when one is given. */
static int icu_knows(const char *language, const char *script)
{
	char id[ULOC_FULLNAME_CAPACITY], likely[ULOC_FULLNAME_CAPACITY];
	char likely_script[ULOC_SCRIPT_CAPACITY];
	UErrorCode status = U_ZERO_ERROR;

	if (!is_available(language))
		return 0;
	if (!script[0])
		return 1;
	snprintf(id, sizeof(id), "%s_%s", language, script);
	if (is_available(id))
		return 1;
	uloc_addLikelySubtags(language, likely, sizeof(likely), &status);
	uloc_getScript(likely, likely_script, sizeof(likely_script), &status);
	return U_SUCCESS(status) && strcmp(likely_script, script) == 0;
}

/* The script a language (in a region) is written in when none is said. */
static int is_likely_script(const char *language, const char *region, const char *script)
{
	char id[ULOC_FULLNAME_CAPACITY], likely[ULOC_FULLNAME_CAPACITY];
	char likely_script[ULOC_SCRIPT_CAPACITY];
	UErrorCode status = U_ZERO_ERROR;

	snprintf(id, sizeof(id), "%s%s%s", language, region[0] ? "_" : "", region);
	uloc_addLikelySubtags(id, likely, sizeof(likely), &status);
	uloc_getScript(likely, likely_script, sizeof(likely_script), &status);
	return U_SUCCESS(status) && strcmp(likely_script, script) == 0;
}

/* gettext's name: language, a script other than a modifier's, region, then
 * the script's modifier or the variant ("sr_RS@latin", "zh_Hant_TW").  A
 * script the language is written in anyway is left out: zh-Hans-CN's
 * catalog is zh_CN.po, as gettext names it. */
static void gettext_name(const char *language, const char *script, const char *region,
			 const char *variant, struct strbuf *out)
{
	const char *modifier = NULL;

	if (script[0] && is_likely_script(language, region, script))
		script = "";
	strbuf_addstr(out, language);
	for (size_t i = 0; script[0] && i < sizeof(script_modifiers) / sizeof(script_modifiers[0]); i++)
		if (strcmp(script, script_modifiers[i].script) == 0)
			modifier = script_modifiers[i].modifier;
	if (script[0] && !modifier)
		strbuf_addf(out, "_%s", script);
	if (region[0])
		strbuf_addf(out, "_%s", region);
	if (modifier)
		strbuf_addf(out, "@%s", modifier);
	else if (variant[0]) {
		strbuf_addch(out, '@');
		for (const char *p = variant; *p; p++)
			strbuf_addch(out, tolower((unsigned char)*p));
	}
}

int locale_parse(const char *text, struct locale *loc, struct strbuf *err)
{
	struct strbuf bcp47 = STRBUF_INIT, name = STRBUF_INIT, dir = STRBUF_INIT;
	char id[ULOC_FULLNAME_CAPACITY], canonical[ULOC_FULLNAME_CAPACITY];
	char tag[ULOC_FULLNAME_CAPACITY], language[ULOC_LANG_CAPACITY];
	char script[ULOC_SCRIPT_CAPACITY], region[ULOC_COUNTRY_CAPACITY];
	char variant[ULOC_FULLNAME_CAPACITY];
	UErrorCode status = U_ZERO_ERROR;
	int32_t parsed = 0;

	memset(loc, 0, sizeof(*loc));
	if (locale_tag_check(text, err) < 0 || to_bcp47(text, &bcp47, err) < 0) {
		strbuf_release(&bcp47);
		return -1;
	}
	uloc_forLanguageTag(bcp47.buf, id, sizeof(id), &parsed, &status);
	if (U_SUCCESS(status) && parsed != (int32_t)bcp47.len)
		status = U_ILLEGAL_ARGUMENT_ERROR;
	uloc_canonicalize(id, canonical, sizeof(canonical), &status);
	uloc_toLanguageTag(canonical, tag, sizeof(tag), 1, &status);
	uloc_getLanguage(canonical, language, sizeof(language), &status);
	uloc_getScript(canonical, script, sizeof(script), &status);
	uloc_getCountry(canonical, region, sizeof(region), &status);
	uloc_getVariant(canonical, variant, sizeof(variant), &status);
	strbuf_release(&bcp47);
	if (U_FAILURE(status) || !language[0])
		return reject(err, _("not a BCP 47 language tag"));
	gettext_name(language, script, region, variant, &name);
	strbuf_addstr(&dir, name.buf);
	const char *extension = strstr(tag, "-u-");
	if (extension)
		strbuf_addstr(&dir, extension);
	loc->tag = xstrdup(tag);
	loc->icu = xstrdup(canonical);
	loc->dir = strbuf_detach(&dir, NULL);
	loc->chain[loc->n_chain++] = xstrdup(name.buf);
	if (region[0]) {
		struct strbuf wider = STRBUF_INIT;
		gettext_name(language, script, "", variant, &wider);
		loc->chain[loc->n_chain++] = strbuf_detach(&wider, NULL);
	}
	loc->name = strbuf_detach(&name, NULL);
	loc->known = icu_knows(language, script);
	if (pseudo_is_pseudo(loc->tag)) {
		/* Formatted as the real locale it stands in for. */
		free(loc->icu);
		loc->icu = xstrdup(pseudo_formatting_locale(loc->tag));
	}
	return 0;
}

void locale_use_root(struct locale *loc)
{
	free(loc->icu);
	loc->icu = xstrdup("");
}

void locale_release(struct locale *loc)
{
	free(loc->tag);
	free(loc->icu);
	free(loc->name);
	free(loc->dir);
	for (size_t i = 0; i < loc->n_chain; i++)
		free(loc->chain[i]);
	memset(loc, 0, sizeof(*loc));
}

void locale_drop_fallback(struct locale *loc)
{
	while (loc->n_chain > 1)
		free(loc->chain[--loc->n_chain]);
}
