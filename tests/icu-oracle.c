/* icu-oracle.c: ICU's own answers for the formatting tests.  Where ICU
 * offers two routes to the same result, this file takes the one src/fmt.c
 * does not (unumf rather than unum, ulistfmt_open rather than
 * openForType, u_strToUpper rather than ucasemap, uldn rather than
 * uloc_getDisplayName), so that a slip in either shows as a difference.
 * Each function threads one UErrorCode through its ICU calls and checks it
 * once, when converting the answer to UTF-8. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uldnames.h>
#include <unicode/ulistformatter.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unumberformatter.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "icu-oracle.h"

/* Big enough for every answer the tests ask for: ICU reports
 * U_BUFFER_OVERFLOW_ERROR (and the oracle NULL) if one is not. */
enum { ANSWER_MAX = 512 };

/* text as UTF-8 (free with free()), or NULL when status is a failure. */
static char *utf8_of(const UChar *text, int32_t len, UErrorCode *status)
{
	char utf8[4 * ANSWER_MAX];

	u_strToUTF8(utf8, (int32_t)sizeof(utf8), NULL, text, len, status);
	return U_SUCCESS(*status) && *status != U_STRING_NOT_TERMINATED_WARNING ? strdup(utf8)
										 : NULL;
}

static void utf16_of(const char *text, UChar *out, int32_t *len, UErrorCode *status)
{
	u_strFromUTF8(out, ANSWER_MAX, len, text, -1, status);
	if (*status == U_STRING_NOT_TERMINATED_WARNING)
		*status = U_BUFFER_OVERFLOW_ERROR;
}

/* Noon UTC of the Gregorian day: the instant a date formatter then writes
 * in the locale's own calendar. */
static UDate noon_utc(int year, int month, int day, UErrorCode *status)
{
	UCalendar *gregorian = ucal_open(u"UTC", -1, "en_US", UCAL_GREGORIAN, status);

	if (!gregorian)
		return 0;
	ucal_clear(gregorian);
	ucal_setDateTime(gregorian, year, month - 1, day, 12, 0, 0, status);
	UDate instant = ucal_getMillis(gregorian, status);
	ucal_close(gregorian);
	return instant;
}

char *oracle_date(const char *locale, int year, int month, int day)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar pattern[ANSWER_MAX], result[ANSWER_MAX];
	UDateTimePatternGenerator *generator = udatpg_open(locale, &status);
	int32_t len = udatpg_getBestPattern(generator, u"yMMMd", -1, pattern, ANSWER_MAX,
					    &status);
	udatpg_close(generator);
	UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, u"UTC", -1, pattern,
					len, &status);
	UDate instant = noon_utc(year, month, day, &status);
	len = udat_format(format, instant, result, ANSWER_MAX, NULL, &status);
	udat_close(format);
	return utf8_of(result, len, &status);
}

char *oracle_integer(const char *locale, long value)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar result[ANSWER_MAX];
	UNumberFormatter *formatter =
		unumf_openForSkeletonAndLocaleWithError(u"", 0, locale, NULL, &status);
	UFormattedNumber *number = unumf_openResult(&status);
	unumf_formatInt(formatter, value, number, &status);
	int32_t len = unumf_resultToString(number, result, ANSWER_MAX, &status);
	unumf_closeResult(number);
	unumf_close(formatter);
	return utf8_of(result, len, &status);
}

char *oracle_list(const char *locale, const char *const *items, size_t n_items)
{
	enum { ITEMS_MAX = 8 };
	UErrorCode status = n_items <= ITEMS_MAX ? U_ZERO_ERROR : U_ILLEGAL_ARGUMENT_ERROR;
	UChar strings[ITEMS_MAX][ANSWER_MAX], result[ANSWER_MAX];
	const UChar *pointers[ITEMS_MAX];
	int32_t lengths[ITEMS_MAX];

	for (size_t i = 0; i < n_items && U_SUCCESS(status); i++) {
		utf16_of(items[i], strings[i], &lengths[i], &status);
		pointers[i] = strings[i];
	}
	UListFormatter *list = ulistfmt_open(locale, &status);
	int32_t len = ulistfmt_format(list, pointers, lengths, (int32_t)n_items, result,
				      ANSWER_MAX, &status);
	ulistfmt_close(list);
	return utf8_of(result, len, &status);
}

char *oracle_upper(const char *locale, const char *text)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar lower[ANSWER_MAX], upper[ANSWER_MAX];
	int32_t len = 0;

	utf16_of(text, lower, &len, &status);
	len = u_strToUpper(upper, ANSWER_MAX, lower, len, locale, &status);
	return utf8_of(upper, len, &status);
}

char *oracle_plural(const char *locale, double number)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar keyword[ANSWER_MAX];
	UPluralRules *rules = uplrules_open(locale, &status);
	int32_t len = uplrules_select(rules, number, keyword, ANSWER_MAX, &status);

	uplrules_close(rules);
	return utf8_of(keyword, len, &status);
}

char *oracle_plural_keywords(const char *locale)
{
	UErrorCode status = U_ZERO_ERROR;
	char keywords[ANSWER_MAX] = "";
	UPluralRules *rules = uplrules_open(locale, &status);
	UEnumeration *all = uplrules_getKeywords(rules, &status);
	const char *keyword;

	while (U_SUCCESS(status) && (keyword = uenum_next(all, NULL, &status))) {
		if (strlen(keywords) + strlen(keyword) + 2 > sizeof(keywords))
			status = U_BUFFER_OVERFLOW_ERROR;
		else
			strcat(strcat(keywords, *keywords ? " " : ""), keyword);
	}
	uenum_close(all);
	uplrules_close(rules);
	return U_SUCCESS(status) ? strdup(keywords) : NULL;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char *oracle_ordinal_categories(const char *locale)
{
	UErrorCode status = U_ZERO_ERROR;
	UPluralRules *rules = uplrules_openForType(locale, UPLURAL_TYPE_ORDINAL, &status);
	char seen[6][16];
	const char *sorted[6];
	int n_seen = 0;

	for (int number = 0; U_SUCCESS(status) && number <= 10000; number++) {
		UChar keyword[16];
		char utf8[16];
		int32_t len = uplrules_select(rules, number, keyword, 16, &status);
		u_UCharsToChars(keyword, utf8, len);
		utf8[len] = '\0';
		int known = 0;
		for (int i = 0; i < n_seen; i++)
			known |= strcmp(seen[i], utf8) == 0;
		if (!known && n_seen < 6)
			strcpy(seen[n_seen++], utf8);
	}
	uplrules_close(rules);
	if (U_FAILURE(status))
		return NULL;
	for (int i = 0; i < n_seen; i++)
		sorted[i] = seen[i];
	qsort(sorted, (size_t)n_seen, sizeof(sorted[0]), compare_names);
	char answer[ANSWER_MAX] = "";
	for (int i = 0; i < n_seen; i++)
		strcat(strcat(answer, i ? " " : ""), sorted[i]);
	return strdup(answer);
}

char *oracle_quote(const char *locale, int closing)
{
	return oracle_delimiter(locale, closing ? ULOCDATA_QUOTATION_END : ULOCDATA_QUOTATION_START);
}

char *oracle_alt_quote(const char *locale, int closing)
{
	return oracle_delimiter(locale, closing ? ULOCDATA_ALT_QUOTATION_END
					       : ULOCDATA_ALT_QUOTATION_START);
}

char *oracle_paper(const char *locale)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t height = 0, width = 0;
	char *answer = malloc(32);

	ulocdata_getPaperSize(locale, &height, &width, &status);
	if (!answer || U_FAILURE(status)) {
		free(answer);
		return NULL;
	}
	snprintf(answer, 32, "%d %d", (int)width, (int)height);
	return answer;
}

char *oracle_delimiter(const char *locale, int type)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar mark[ANSWER_MAX];
	ULocaleData *data = ulocdata_open(locale, &status);
	int32_t len = ulocdata_getDelimiter(data, (ULocaleDataDelimiterType)type, mark,
					    ANSWER_MAX, &status);

	ulocdata_close(data);
	return utf8_of(mark, len, &status);
}

char *oracle_language_name(const char *locale)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar name[ANSWER_MAX];
	ULocaleDisplayNames *names = uldn_open(locale, ULDN_STANDARD_NAMES, &status);
	int32_t len = uldn_localeDisplayName(names, locale, name, ANSWER_MAX, &status);

	uldn_close(names);
	return utf8_of(name, len, &status);
}

int oracle_is_rtl(const char *locale)
{
	UErrorCode status = U_ZERO_ERROR;
	ULayoutType layout = uloc_getCharacterOrientation(locale, &status);

	return U_SUCCESS(status) && layout == ULOC_LAYOUT_RTL;
}

long oracle_columns(const char *locale, const char *text)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t len = 0;

	u_strFromUTF8(NULL, 0, &len, text, -1, &status);
	status = U_ZERO_ERROR;
	UChar *u = malloc(((size_t)len + 1) * sizeof(UChar));
	u_strFromUTF8(u, len + 1, NULL, text, -1, &status);
	UBreakIterator *clusters = ubrk_open(UBRK_CHARACTER, locale, u, len, &status);
	long columns = 0;
	for (int32_t start = 0, end = U_SUCCESS(status) ? ubrk_next(clusters) : UBRK_DONE;
	     end != UBRK_DONE; start = end, end = ubrk_next(clusters)) {
		int wide = 0, visible = 0;
		for (int32_t i = start; i < end;) {
			UChar32 c;
			U16_NEXT(u, i, end, c);
			int32_t ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
			int32_t category = u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK);
			wide |= i == start + U16_LENGTH(c) && (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH);
			visible |= !(category & (U_GC_MN_MASK | U_GC_ME_MASK | U_GC_CF_MASK | U_GC_CC_MASK))
				   && c != 0x200B;
		}
		columns += wide ? 2 : visible ? 1 : 0;
	}
	ubrk_close(clusters);
	free(u);
	return U_SUCCESS(status) ? columns : -1;
}

char *oracle_first_segment(const char *locale, const char *text)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t len = 0;

	u_strFromUTF8(NULL, 0, &len, text, -1, &status);
	status = U_ZERO_ERROR;
	UChar *u = malloc(((size_t)len + 1) * sizeof(UChar));
	u_strFromUTF8(u, len + 1, NULL, text, -1, &status);
	const char *rules = strncmp(locale, "ja", 2) == 0 ? "ja@lw=phrase" : locale;
	UBreakIterator *lines = ubrk_open(UBRK_LINE, rules, u, len, &status);
	int32_t end = U_SUCCESS(status) ? ubrk_following(lines, 0) : 0;
	while (end > 0 && u_isWhitespace(u[end - 1]))
		end--;
	char *segment = U_SUCCESS(status) ? utf8_of(u, end, &status) : NULL;
	ubrk_close(lines);
	free(u);
	return segment;
}

char *oracle_visual(const char *text)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t len = 0;

	u_strFromUTF8(NULL, 0, &len, text, -1, &status);
	status = U_ZERO_ERROR;
	UChar *u = malloc(((size_t)len + 1) * sizeof(UChar));
	UChar *visual = malloc(((size_t)len + 1) * sizeof(UChar));
	u_strFromUTF8(u, len + 1, NULL, text, -1, &status);
	UBiDi *bidi = ubidi_open();
	ubidi_setPara(bidi, u, len, UBIDI_DEFAULT_LTR, NULL, &status);
	int32_t n = ubidi_writeReordered(bidi, visual, len + 1,
					 UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
	char *answer = U_SUCCESS(status) ? utf8_of(visual, n, &status) : NULL;
	ubidi_close(bidi);
	free(u);
	free(visual);
	return answer;
}
