/* locale-tag.c: language tag validation and normalisation through ICU's
 * own parser. */
#include <config.h>

#include <ctype.h>
#include <string.h>

#include <unicode/uloc.h>

#include "i18n.h"
#include "locale-tag.h"
#include "strbuf.h"

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

int locale_tag_to_gettext(const char *tag, struct strbuf *out)
{
	char bcp47[MAX_TAG + 1];
	char id[ULOC_FULLNAME_CAPACITY];
	char language[ULOC_LANG_CAPACITY];
	char region[ULOC_COUNTRY_CAPACITY];
	UErrorCode status = U_ZERO_ERROR;
	size_t len = strcspn(tag, ".@");   /* drop a POSIX codeset or modifier */

	if (locale_tag_check(tag, NULL) < 0)
		return -1;
	memcpy(bcp47, tag, len);
	bcp47[len] = '\0';
	for (char *p = bcp47; *p; p++)
		if (*p == '_')
			*p = '-';
	int32_t parsed = 0;
	uloc_forLanguageTag(bcp47, id, sizeof(id), &parsed, &status);
	uloc_getLanguage(id, language, sizeof(language), &status);
	uloc_getCountry(id, region, sizeof(region), &status);
	if (U_FAILURE(status) || !language[0])
		return -1;
	strbuf_addstr(out, language);
	if (region[0])
		strbuf_addf(out, "_%s", region);
	return 0;
}
