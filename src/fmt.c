/* fmt.c: ICU date, number, name and direction formatting. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "fmt.h"

static void add_uchars(struct strbuf *out, const UChar *text, int32_t len)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t needed = 0;

	u_strToUTF8(NULL, 0, &needed, text, len, &status);
	status = U_ZERO_ERROR;
	strbuf_grow(out, (size_t)needed);
	u_strToUTF8(out->buf + out->len, needed + 1, NULL, text, len, &status);
	if (U_SUCCESS(status) || status == U_STRING_NOT_TERMINATED_WARNING)
		strbuf_setlen(out, out->len + (size_t)needed);
}

int fmt_date(const char *locale, const char *iso, struct strbuf *out)
{
	int year, month, day;
	if (sscanf(iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
		return -1;
	UErrorCode status = U_ZERO_ERROR;
	UChar skeleton[8], pattern[64], zone[4], result[128];
	u_uastrcpy(skeleton, "yMMMd");
	u_uastrcpy(zone, "UTC");
	UDateTimePatternGenerator *generator = udatpg_open(locale, &status);
	int32_t len = udatpg_getBestPattern(generator, skeleton, -1, pattern, 64, &status);
	udatpg_close(generator);
	UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, zone, -1, pattern, len,
					&status);
	/* Noon UTC of that day: the date never shifts across a zone. */
	UCalendar *calendar = ucal_open(zone, -1, locale, UCAL_GREGORIAN, &status);
	ucal_clear(calendar);
	ucal_setDateTime(calendar, year, month - 1, day, 12, 0, 0, &status);
	UDate date = ucal_getMillis(calendar, &status);
	ucal_close(calendar);
	len = udat_format(format, date, result, 128, NULL, &status);
	udat_close(format);
	if (U_FAILURE(status))
		return -1;
	add_uchars(out, result, len);
	return 0;
}

void fmt_integer(const char *locale, long value, struct strbuf *out)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar result[64];
	UNumberFormat *format = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &status);
	int32_t len = unum_format(format, (int32_t)value, result, 64, NULL, &status);
	unum_close(format);
	if (U_SUCCESS(status))
		add_uchars(out, result, len);
	else
		strbuf_addf(out, "%ld", value);
}

void fmt_language_name(const char *language, struct strbuf *out)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar name[128];
	int32_t len = uloc_getDisplayName(language, language, name, 128, &status);

	if (U_SUCCESS(status) && len > 0)
		add_uchars(out, name, len);
	else
		strbuf_addstr(out, language);
}

int fmt_is_rtl(const char *locale)
{
	return uloc_isRightToLeft(locale);
}

void fmt_quotes(const char *locale, struct strbuf *open, struct strbuf *close)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar mark[8];
	ULocaleData *data = ulocdata_open(locale, &status);
	int32_t len = ulocdata_getDelimiter(data, ULOCDATA_QUOTATION_START, mark, 8, &status);

	if (U_SUCCESS(status))
		add_uchars(open, mark, len);
	len = ulocdata_getDelimiter(data, ULOCDATA_QUOTATION_END, mark, 8, &status);
	if (U_SUCCESS(status))
		add_uchars(close, mark, len);
	ulocdata_close(data);
}

void fmt_bcp47(const char *locale, struct strbuf *out)
{
	for (const char *p = locale; *p && *p != '.' && *p != '@'; p++)
		strbuf_addch(out, *p == '_' ? '-' : *p);
}
