/* locale-tag.c: language tag normalisation through ICU's own parser. */
#include <config.h>

#include <string.h>

#include <unicode/uloc.h>

#include "locale-tag.h"
#include "strbuf.h"

int locale_tag_to_gettext(const char *tag, struct strbuf *out)
{
	char bcp47[ULOC_FULLNAME_CAPACITY];
	char id[ULOC_FULLNAME_CAPACITY];
	char language[ULOC_LANG_CAPACITY];
	char region[ULOC_COUNTRY_CAPACITY];
	UErrorCode status = U_ZERO_ERROR;
	size_t len = strcspn(tag, ".@");   /* drop a POSIX codeset or modifier */

	if (len == 0 || len >= sizeof(bcp47))
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
	if (U_FAILURE(status) || parsed != (int32_t)len || !language[0])
		return -1;
	strbuf_addstr(out, language);
	if (region[0])
		strbuf_addf(out, "_%s", region);
	return 0;
}
