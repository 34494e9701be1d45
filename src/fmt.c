/* fmt.c: ICU date, number, list, case, name and direction formatting, and
 * line breaking. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubidi.h>
#include <unicode/ucal.h>
#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/ulistformatter.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unumberformatter.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "fmt.h"
#include "line-break.h"
#include "xalloc.h"

/* ICU's formatters are costly to open (a date pattern generator alone is
 * about 4 million instructions) and cheap to use, so each locale's are
 * opened once and kept until fmt_cleanup. */
struct fmt_locale {
	char *locale;
	UDateFormat *date;
	UNumberFormatter *integer;
	UFormattedNumber *result;
	UBreakIterator *line_breaks;
	UBreakIterator *word_breaks;
	UBreakIterator *grapheme_breaks;
	UListFormatter *list;
	struct strbuf quote_open, quote_close;
	struct strbuf alt_open, alt_close;   /* quotes inside quotes */
	struct strbuf name;            /* the locale's name in itself */
	struct strbuf last_iso, last_date;   /* the date fmt_date gave last */
	struct strbuf list_items, list_made; /* the list fmt_list made last */
	struct strbuf language_region;       /* fmt_language_region's */
	int language_region_known;
	struct strbuf small[100];      /* fmt_integer's 0 to 99, once made */
	int rtl;
	char line_rules[16];           /* fmt_line_rules, "" for none */
	int line_rules_known;
	int32_t paper_height, paper_width;   /* fmt_paper_size's, 0 until asked */
};

/* Entries are allocated one by one: the handles fmt_locale_get gives stay
 * valid while the list grows. */
static struct fmt_locale **cache;
static size_t n_cache, alloc_cache;
static UCalendar *gregorian;

struct fmt_locale *fmt_locale_get(const char *locale)
{
	for (size_t i = 0; i < n_cache; i++)
		if (strcmp(cache[i]->locale, locale) == 0)
			return cache[i];
	FOLIO_GROW(cache, n_cache + 1, alloc_cache);
	struct fmt_locale *entry = xcalloc(1, sizeof(*entry));
	cache[n_cache++] = entry;
	entry->locale = xstrdup(locale);
	strbuf_init(&entry->quote_open);
	strbuf_init(&entry->quote_close);
	strbuf_init(&entry->alt_open);
	strbuf_init(&entry->alt_close);
	strbuf_init(&entry->name);
	strbuf_init(&entry->last_iso);
	strbuf_init(&entry->last_date);
	strbuf_init(&entry->list_items);
	strbuf_init(&entry->list_made);
	strbuf_init(&entry->language_region);
	for (size_t i = 0; i < sizeof(entry->small) / sizeof(entry->small[0]); i++)
		strbuf_init(&entry->small[i]);
	entry->rtl = uloc_isRightToLeft(locale);
	return entry;
}


void fmt_cleanup(void)
{
	for (size_t i = 0; i < n_cache; i++) {
		free(cache[i]->locale);
		if (cache[i]->date)
			udat_close(cache[i]->date);
		if (cache[i]->integer)
			unumf_close(cache[i]->integer);
		if (cache[i]->result)
			unumf_closeResult(cache[i]->result);
		if (cache[i]->line_breaks)
			ubrk_close(cache[i]->line_breaks);
		if (cache[i]->word_breaks)
			ubrk_close(cache[i]->word_breaks);
		if (cache[i]->grapheme_breaks)
			ubrk_close(cache[i]->grapheme_breaks);
		strbuf_release(&cache[i]->alt_open);
		strbuf_release(&cache[i]->alt_close);
		if (cache[i]->list)
			ulistfmt_close(cache[i]->list);
		strbuf_release(&cache[i]->quote_open);
		strbuf_release(&cache[i]->quote_close);
		strbuf_release(&cache[i]->name);
		strbuf_release(&cache[i]->last_iso);
		strbuf_release(&cache[i]->last_date);
		strbuf_release(&cache[i]->list_items);
		strbuf_release(&cache[i]->list_made);
		strbuf_release(&cache[i]->language_region);
		for (size_t j = 0; j < sizeof(cache[i]->small) / sizeof(cache[i]->small[0]); j++)
			strbuf_release(&cache[i]->small[j]);
		free(cache[i]);
	}
	free(cache);
	cache = NULL;
	if (gregorian)
		ucal_close(gregorian);
	gregorian = NULL;
	n_cache = alloc_cache = 0;
}

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

static int format_date(struct fmt_locale *entry, const char *iso, struct strbuf *out);
static void format_integer(struct fmt_locale *entry, long value, struct strbuf *out);
static int format_list(struct fmt_locale *entry, const char *const *items, size_t n_items,
		       struct strbuf *out);

/* A UTF-16 copy of text (free with free()) and its length, or NULL when
 * text is too long for ICU or not UTF-8. */
static UChar *to_utf16(const char *text, int32_t *len)
{
	UErrorCode status = U_ZERO_ERROR;
	size_t size = strlen(text);

	*len = 0;
	if (size > INT32_MAX / 2)
		return NULL;
	UChar *u = xmalloc((size + 1) * sizeof(UChar));
	u_strFromUTF8(u, (int32_t)size + 1, len, text, (int32_t)size, &status);
	if (U_FAILURE(status)) {
		free(u);
		return NULL;
	}
	return u;
}

/* The locale's yMMMd format, in UTC. */
static UDateFormat *open_date_format(const char *locale, UErrorCode *status)
{
	UChar skeleton[8], pattern[64], zone[4];
	u_uastrcpy(skeleton, "yMMMd");
	u_uastrcpy(zone, "UTC");
	UDateTimePatternGenerator *generator = udatpg_open(locale, status);
	int32_t len = udatpg_getBestPattern(generator, skeleton, -1, pattern, 64, status);
	udatpg_close(generator);
	UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, zone, -1, pattern, len,
					status);
	if (U_FAILURE(*status) && format) {
		udat_close(format);
		format = NULL;
	}
	return format;
}

int fmt_date(struct fmt_locale *entry, const char *iso, struct strbuf *out)
{
	/* The text and HTML editions format the same date one after the
	 * other: the last one is kept. */
	if (entry->last_date.len && strcmp(entry->last_iso.buf, iso) == 0) {
		strbuf_addstr(out, entry->last_date.buf);
		return 0;
	}
	size_t before = out->len;
	if (format_date(entry, iso, out) < 0)
		return -1;
	strbuf_reset(&entry->last_iso);
	strbuf_addstr(&entry->last_iso, iso);
	strbuf_reset(&entry->last_date);
	strbuf_add(&entry->last_date, out->buf + before, out->len - before);
	return 0;
}

static int format_date(struct fmt_locale *entry, const char *iso, struct strbuf *out)
{
	int year, month, day, end = 0;
	if (sscanf(iso, "%4d-%2d-%2d%n", &year, &month, &day, &end) != 3 || end != 10
	    || iso[end] != '\0')
		return -1;
	UErrorCode status = U_ZERO_ERROR;
	if (!entry->date)
		entry->date = open_date_format(entry->locale, &status);
	if (!entry->date)
		return -1;
	/* Noon UTC of that day in the Gregorian calendar (the entry->locale's own may
	 * count years otherwise): the date never shifts across a zone. */
	if (!gregorian) {
		UChar zone[4];
		u_uastrcpy(zone, "UTC");
		gregorian = ucal_open(zone, -1, "en", UCAL_GREGORIAN, &status);
		/* 2025-02-30 is an error, not March the 2nd. */
		ucal_setAttribute(gregorian, UCAL_LENIENT, 0);
	}
	ucal_clear(gregorian);
	ucal_setDateTime(gregorian, year, month - 1, day, 12, 0, 0, &status);
	UDate date = ucal_getMillis(gregorian, &status);
	UChar result[128];
	int32_t len = udat_format(entry->date, date, result, 128, NULL, &status);
	if (U_FAILURE(status))
		return -1;
	add_uchars(out, result, len);
	return 0;
}

void fmt_integer(struct fmt_locale *entry, long value, struct strbuf *out)
{
	/* Question numbers: the same few in every edition. */
	size_t n_small = sizeof(entry->small) / sizeof(entry->small[0]);
	if (value >= 0 && (size_t)value < n_small) {
		struct strbuf *made = &entry->small[value];
		if (!made->len)
			format_integer(entry, value, made);
		strbuf_addstr(out, made->buf);
		return;
	}
	format_integer(entry, value, out);
}

static void format_integer(struct fmt_locale *entry, long value, struct strbuf *out)
{
	UErrorCode status = U_ZERO_ERROR;

	/* unumf, not unum: only it honours CLDR's minimum grouping digits
	 * (Spanish and Polish write 2025, not 2.025). */
	if (!entry->integer) {
		entry->integer = unumf_openForSkeletonAndLocaleWithError(u"", 0, entry->locale, NULL,
									 &status);
		if (U_FAILURE(status)) {
			unumf_close(entry->integer);
			entry->integer = NULL;
		}
	}
	if (!entry->result)
		entry->result = unumf_openResult(&status);
	UChar text[64];
	int32_t len = 0;
	if (entry->integer && entry->result) {
		unumf_formatInt(entry->integer, value, entry->result, &status);
		len = unumf_resultToString(entry->result, text, 64, &status);
	}
	if (entry->integer && entry->result && U_SUCCESS(status))
		add_uchars(out, text, len);
	else
		strbuf_addf(out, "%ld", value);
}

void fmt_language_name(const char *language, struct strbuf *out)
{
	struct fmt_locale *entry = fmt_locale_get(language);

	if (!entry->name.len) {
		UErrorCode status = U_ZERO_ERROR;
		UChar name[128];
		int32_t len = uloc_getDisplayName(language, language, name, 128, &status);
		if (U_SUCCESS(status) && len > 0)
			add_uchars(&entry->name, name, len);
		else
			strbuf_addstr(&entry->name, language);
	}
	strbuf_addstr(out, entry->name.buf);
}

/* The direction of ASCII text, which has no right-to-left character: left
 * to right from its first letter on, none without one; -2 when text is
 * not ASCII. */
static int ascii_direction(const char *text)
{
	int direction = -1;

	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p >= 0x80)
			return -2;
		if (direction < 0 && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
			direction = 0;
	}
	return direction;
}

int fmt_text_direction(const char *text)
{
	int ascii = ascii_direction(text);
	if (ascii != -2)
		return ascii;
	int32_t len;
	UChar *u = to_utf16(text, &len);
	UBiDiDirection direction = u ? ubidi_getBaseDirection(u, len) : UBIDI_NEUTRAL;

	free(u);
	return direction == UBIDI_RTL ? 1 : direction == UBIDI_LTR ? 0 : -1;
}

const char *fmt_language_region(struct fmt_locale *entry)
{
	if (!entry->language_region_known) {
		UErrorCode status = U_ZERO_ERROR;
		char full[ULOC_FULLNAME_CAPACITY], language[ULOC_LANG_CAPACITY];
		char region[ULOC_COUNTRY_CAPACITY];
		uloc_addLikelySubtags(entry->locale, full, sizeof(full), &status);
		uloc_getLanguage(U_SUCCESS(status) ? full : entry->locale, language, sizeof(language),
				 &status);
		uloc_getCountry(U_SUCCESS(status) ? full : entry->locale, region, sizeof(region),
				&status);
		if (U_SUCCESS(status) && *language) {
			strbuf_addstr(&entry->language_region, language);
			if (*region)
				strbuf_addf(&entry->language_region, "_%s", region);
		}
		entry->language_region_known = 1;
	}
	return entry->language_region.buf;
}

int fmt_is_rtl(const struct fmt_locale *entry)
{
	return entry->rtl;
}

/* One pair of ICU's delimiters into open and close; '"' when ICU has none. */
static void load_quotes(ULocaleData *data, ULocaleDataDelimiterType start,
			ULocaleDataDelimiterType end, struct strbuf *open, struct strbuf *close)
{
	UErrorCode status = U_ZERO_ERROR;
	UChar mark[8];
	int32_t len = ulocdata_getDelimiter(data, start, mark, 8, &status);

	if (U_SUCCESS(status))
		add_uchars(open, mark, len);
	len = ulocdata_getDelimiter(data, end, mark, 8, &status);
	if (U_SUCCESS(status))
		add_uchars(close, mark, len);
	if (U_FAILURE(status) || !open->len || !close->len) {
		strbuf_reset(open);
		strbuf_reset(close);
		strbuf_addstr(open, "\"");
		strbuf_addstr(close, "\"");
	}
}

void fmt_quotes(struct fmt_locale *entry, int depth, const char **open, const char **close)
{

	if (!entry->quote_open.len) {
		UErrorCode status = U_ZERO_ERROR;
		ULocaleData *data = ulocdata_open(entry->locale, &status);
		load_quotes(data, ULOCDATA_QUOTATION_START, ULOCDATA_QUOTATION_END,
			    &entry->quote_open, &entry->quote_close);
		load_quotes(data, ULOCDATA_ALT_QUOTATION_START, ULOCDATA_ALT_QUOTATION_END,
			    &entry->alt_open, &entry->alt_close);
		ulocdata_close(data);
	}
	int inner = depth % 2 == 1;
	*open = inner ? entry->alt_open.buf : entry->quote_open.buf;
	*close = inner ? entry->alt_close.buf : entry->quote_close.buf;
}

static UBreakIterator *line_iterator(struct fmt_locale *entry)
{
	UErrorCode status = U_ZERO_ERROR;

	if (!entry->line_breaks) {
		/* Japanese breaks between phrases, not inside them (ICU 72 lw=phrase). */
		const char *rules = strncmp(entry->locale, "ja", 2) == 0 ? "ja@lw=phrase" : entry->locale;
		entry->line_breaks = ubrk_open(UBRK_LINE, rules, NULL, 0, &status);
		if (U_FAILURE(status) && entry->line_breaks) {
			ubrk_close(entry->line_breaks);
			entry->line_breaks = NULL;
		}
	}
	return entry->line_breaks;
}

UBreakIterator *fmt_line_breaks(struct fmt_locale *entry, const UChar *text, int32_t len)
{
	UErrorCode status = U_ZERO_ERROR;
	UBreakIterator *breaks = line_iterator(entry);

	if (breaks)
		ubrk_setText(breaks, text, len, &status);
	return breaks && U_SUCCESS(status) ? breaks : NULL;
}

void fmt_paper_size(struct fmt_locale *entry, int32_t *height, int32_t *width)
{
	/* Asked by every HTML edition: ICU reads its resource bundle for it. */
	if (!entry->paper_height) {
		UErrorCode status = U_ZERO_ERROR;
		int32_t h = 297, w = 210;
		ulocdata_getPaperSize(entry->locale, &h, &w, &status);
		if (U_FAILURE(status) || h <= 0 || w <= 0)
			h = 297, w = 210;
		entry->paper_height = h;
		entry->paper_width = w;
	}
	*height = entry->paper_height;
	*width = entry->paper_width;
}

const char *fmt_line_rules(struct fmt_locale *entry)
{
	if (!entry->line_rules_known) {
		UBreakIterator *breaks = line_iterator(entry);
		UErrorCode status = U_ZERO_ERROR;
		const char *actual = breaks ? ubrk_getLocaleByType(breaks, ULOC_ACTUAL_LOCALE, &status)
					    : NULL;
		char value[32];
		UErrorCode lb = U_ZERO_ERROR, lw = U_ZERO_ERROR;
		int tailored = uloc_getKeywordValue(entry->locale, "lb", value, sizeof value, &lb) > 0
			       || uloc_getKeywordValue(entry->locale, "lw", value, sizeof value, &lw) > 0;
		if (U_SUCCESS(status) && actual && !tailored)
			snprintf(entry->line_rules, sizeof entry->line_rules, "%s", actual);
		entry->line_rules_known = 1;
	}
	return entry->line_rules[0] ? entry->line_rules : NULL;
}

UBreakIterator *fmt_grapheme_breaks(struct fmt_locale *entry, const UChar *text, int32_t len)
{
	UErrorCode status = U_ZERO_ERROR;

	if (!entry->grapheme_breaks)
		entry->grapheme_breaks = ubrk_open(UBRK_CHARACTER, entry->locale, NULL, 0, &status);
	if (entry->grapheme_breaks)
		ubrk_setText(entry->grapheme_breaks, text, len, &status);
	return U_SUCCESS(status) ? entry->grapheme_breaks : NULL;
}

/* The end of the first max_clusters grapheme clusters of u[0, len): len
 * when there are no more, -1 when a character that may join a neighbour
 * comes first (the grapheme iterator must say).  Where every character is
 * a cluster of its own (fmt_character_columns), clusters are characters. */
static int32_t lone_clusters_end(const UChar *u, int32_t len, int max_clusters)
{
	int32_t i = 0;

	/* The character after the last counted decides too: it may join it. */
	for (int n = 0; i < len && n <= max_clusters; n++) {
		int32_t at = i;
		UChar32 c;
		U16_NEXT(u, i, len, c);
		if (fmt_character_columns(c) < 0)
			return -1;
		if (n == max_clusters)
			return at;
	}
	return len;
}

/* The end of the first max_clusters clusters by ICU's grapheme iterator,
 * len or more when there are no more; -1 when ICU cannot. */
static int32_t clusters_end(struct fmt_locale *entry, const UChar *u, int32_t len,
			    int max_clusters)
{
	int32_t limit = lone_clusters_end(u, len, max_clusters);
	if (limit >= 0)
		return limit;
	UBreakIterator *clusters = fmt_grapheme_breaks(entry, u, len);
	if (!clusters)
		return -1;
	limit = ubrk_first(clusters);
	for (int n = 0; n < max_clusters && limit != UBRK_DONE; n++)
		limit = ubrk_next(clusters);
	return limit == UBRK_DONE ? len : limit;
}

int fmt_truncate(struct fmt_locale *entry, const char *text, int max_clusters,
		 struct strbuf *out)
{
	int32_t len;
	UChar *u = to_utf16(text, &len);
	int32_t limit = u ? clusters_end(entry, u, len, max_clusters) : -1;
	if (limit < 0 || limit >= len) {
		free(u);
		if (limit < 0)
			return -1;
		strbuf_addstr(out, text);
		return 0;
	}
	/* Back to the last break opportunity, then before its spaces: read
	 * from the last word where UAX #14 leaves no doubt (line-break.h),
	 * else asked of ICU.  ubrk_preceding(limit + 1) is the last break at
	 * or before limit, or before it when limit + 1 splits a surrogate
	 * pair (ICU moves the offset back to the pair's start). */
	int32_t over = limit + 1;
	if (U16_IS_LEAD(u[limit]) && limit + 1 < len && U16_IS_TRAIL(u[limit + 1]))
		over = limit;
	enum line_rules rules = line_rules_of(entry);
	int32_t end = rules != LINE_RULES_OWN ? line_break_sure_end(u, 0, over, rules) : -1;
	if (end < 0) {
		UBreakIterator *lines = fmt_line_breaks(entry, u, len);
		end = lines ? ubrk_preceding(lines, limit + 1) : limit;
	}
	if (end == UBRK_DONE || end <= 0)
		end = limit;
	while (end > 0 && u_isUWhiteSpace(u[end - 1]))
		end--;
	add_uchars(out, u, end);
	strbuf_addstr(out, "\xe2\x80\xa6");
	free(u);
	return 0;
}

static int is_zero_width(UChar32 c)
{
	int8_t type = u_charType(c);

	return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR
		|| type == U_CONTROL_CHAR || c == 0x200B;
}

int fmt_cluster_columns(const UChar *text, int32_t start, int32_t end)
{
	int32_t i = start;
	UChar32 first;

	U16_NEXT(text, i, end, first);
	int width = u_getIntPropertyValue(first, UCHAR_EAST_ASIAN_WIDTH);
	if (width == U_EA_WIDE || width == U_EA_FULLWIDTH)
		return 2;
	if (!is_zero_width(first))
		return 1;
	/* A cluster of marks and format characters alone, unless one of
	 * them is after all something one sees. */
	while (i < end) {
		UChar32 c;
		U16_NEXT(text, i, end, c);
		if (!is_zero_width(c))
			return 1;
	}
	return 0;
}

int fmt_character_columns(UChar32 c)
{
	if (c < 0x300)   /* Latin: a control or U+00AD takes no column */
		return c == '\r' ? -1 : !(c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD);
	int value = u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK);
	if (value != U_GCB_OTHER && value != U_GCB_CONTROL && value != U_GCB_LF)
		return -1;
	UChar units[2];
	int32_t n = 0;
	U16_APPEND_UNSAFE(units, n, c);
	return fmt_cluster_columns(units, 0, n);
}

/* The columns of text when each of its characters is a cluster of its
 * own; -1 as soon as one is not. */
static int single_character_columns(const UChar *text, int32_t len, signed char *cols)
{
	for (int32_t i = 0; i < len;) {
		int32_t start = i;
		UChar32 c;
		U16_NEXT(text, i, len, c);
		int columns = fmt_character_columns(c);
		if (columns < 0)
			return -1;
		cols[start] = (signed char)columns;
		if (i - start == 2)
			cols[start + 1] = 0;
	}
	return 0;
}

/* The columns of text by its grapheme clusters, through ICU's iterator. */
static void cluster_columns(struct fmt_locale *locale, const UChar *text, int32_t len,
			    signed char *cols)
{
	memset(cols, 0, (size_t)len);
	UBreakIterator *clusters = fmt_grapheme_breaks(locale, text, len);
	if (!clusters) {
		for (int32_t i = 0; i < len; i++)
			cols[i] = !U16_IS_TRAIL(text[i]);
		return;
	}
	int32_t start = 0;
	for (int32_t end = ubrk_next(clusters); end != UBRK_DONE; start = end, end = ubrk_next(clusters))
		cols[start] = (signed char)fmt_cluster_columns(text, start, end);
}

void fmt_text_columns(struct fmt_locale *locale, const UChar *text, int32_t len,
		      signed char *cols)
{
	if (single_character_columns(text, len, cols) != 0)
		cluster_columns(locale, text, len, cols);
}

int fmt_reading_minutes(struct fmt_locale *entry, const char *text)
{
	UErrorCode status = U_ZERO_ERROR;
	size_t size = strlen(text);
	if (size > INT32_MAX / 2)
		return 1;
	UChar *u = xmalloc((size + 1) * sizeof(UChar));
	int32_t len = 0;
	u_strFromUTF8(u, (int32_t)size + 1, &len, text, (int32_t)size, &status);
	if (!entry->word_breaks && U_SUCCESS(status))
		entry->word_breaks = ubrk_open(UBRK_WORD, entry->locale, NULL, 0, &status);
	if (entry->word_breaks)
		ubrk_setText(entry->word_breaks, u, len, &status);
	double words = 0, characters = 0;
	for (int32_t start = 0, end = U_SUCCESS(status) ? ubrk_next(entry->word_breaks) : UBRK_DONE;
	     end != UBRK_DONE; start = end, end = ubrk_next(entry->word_breaks)) {
		int32_t rule = ubrk_getRuleStatus(entry->word_breaks);
		/* Ideographs and kana are read character by character. */
		if ((rule >= UBRK_WORD_KANA && rule < UBRK_WORD_KANA_LIMIT)
		    || (rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT))
			characters += u_countChar32(u + start, end - start);
		else if (rule != UBRK_WORD_NONE)
			words++;
	}
	free(u);
	double characters_per_minute = strncmp(entry->locale, "zh", 2) == 0 ? 255.0 : 357.0;
	int minutes = (int)(words / 230.0 + characters / characters_per_minute + 0.5);
	return minutes > 0 ? minutes : 1;
}

int fmt_list(struct fmt_locale *entry, const char *const *items, size_t n_items, struct strbuf *out)
{
	/* Every edition in a language lists the same other languages: the
	 * last list is kept, under its items each with its NUL. */
	struct strbuf key = STRBUF_INIT;
	for (size_t i = 0; i < n_items; i++)
		strbuf_add(&key, items[i], strlen(items[i]) + 1);
	int same = entry->list_items.len && key.len == entry->list_items.len
		   && memcmp(key.buf, entry->list_items.buf, key.len) == 0;
	if (same) {
		strbuf_release(&key);
		strbuf_addstr(out, entry->list_made.buf);
		return 0;
	}
	size_t before = out->len;
	int rc = format_list(entry, items, n_items, out);
	strbuf_reset(&entry->list_items);
	strbuf_reset(&entry->list_made);
	if (rc == 0 && key.len) {
		strbuf_add(&entry->list_items, key.buf, key.len);
		strbuf_add(&entry->list_made, out->buf + before, out->len - before);
	}
	strbuf_release(&key);
	return rc;
}

static int format_list(struct fmt_locale *entry, const char *const *items, size_t n_items,
		       struct strbuf *out)
{
	UErrorCode status = U_ZERO_ERROR;

	if (!entry->list)
		entry->list = ulistfmt_openForType(entry->locale, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE,
						   &status);
	if (!entry->list || n_items > INT32_MAX)
		return -1;
	UChar **strings = xcalloc(n_items ? n_items : 1, sizeof(UChar *));
	int32_t *lengths = xcalloc(n_items ? n_items : 1, sizeof(int32_t));
	for (size_t i = 0; i < n_items && U_SUCCESS(status); i++) {
		int32_t len = 0;
		UErrorCode measure = U_ZERO_ERROR;
		u_strFromUTF8(NULL, 0, &len, items[i], -1, &measure);
		strings[i] = xmalloc(((size_t)len + 1) * sizeof(UChar));
		u_strFromUTF8(strings[i], len + 1, &lengths[i], items[i], -1, &status);
	}
	int32_t len = 0;
	UChar *result = NULL;
	if (U_SUCCESS(status)) {
		UErrorCode measure = U_ZERO_ERROR;
		len = ulistfmt_format(entry->list, (const UChar *const *)strings, lengths,
				      (int32_t)n_items, NULL, 0, &measure);
		result = xmalloc(((size_t)len + 1) * sizeof(UChar));
		ulistfmt_format(entry->list, (const UChar *const *)strings, lengths,
				(int32_t)n_items, result, len + 1, &status);
	}
	if (U_SUCCESS(status))
		add_uchars(out, result, len);
	for (size_t i = 0; i < n_items; i++)
		free(strings[i]);
	free(strings);
	free(lengths);
	free(result);
	return U_SUCCESS(status) ? 0 : -1;
}

int fmt_upper(struct fmt_locale *entry, const char *text, struct strbuf *out)
{
	UErrorCode status = U_ZERO_ERROR;
	UCaseMap *map = ucasemap_open(entry->locale, U_FOLD_CASE_DEFAULT, &status);
	size_t len = strlen(text);
	int32_t needed = ucasemap_utf8ToUpper(map, NULL, 0, text, (int32_t)len, &status);

	if (status == U_BUFFER_OVERFLOW_ERROR)
		status = U_ZERO_ERROR;
	strbuf_grow(out, (size_t)needed);
	ucasemap_utf8ToUpper(map, out->buf + out->len, needed + 1, text, (int32_t)len, &status);
	ucasemap_close(map);
	if (U_FAILURE(status))
		return -1;
	strbuf_setlen(out, out->len + (size_t)needed);
	return 0;
}

void fmt_bcp47(const char *locale, struct strbuf *out)
{
	for (const char *p = locale; *p && *p != '.' && *p != '@'; p++)
		strbuf_addch(out, *p == '_' ? '-' : *p);
}
