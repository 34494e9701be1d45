/* fmt.h: locale formatting through ICU's C API: dates from a skeleton,
 * numbers in the locale's own numbering system, lists, upper case, language
 * names, text direction, quotation marks, line breaks.  Formatters are
 * opened once per locale and kept. */
#ifndef FOLIO_FMT_H
#define FOLIO_FMT_H

#include <stddef.h>

#include <unicode/ubrk.h>

#include "strbuf.h"

/* A locale's formatters, opened on first use and kept until fmt_cleanup:
 * an edition resolves its locale once (fmt_locale_get) and hands the
 * handle down, rather than looking the locale up again in each call. */
struct fmt_locale;

/* The formatters of an ICU locale id ("sr_Latn", "en_US@numbers=arab";
 * "" is the root).  Never NULL; borrowed, valid until fmt_cleanup. */
struct fmt_locale *fmt_locale_get(const char *locale);

/* An ISO date "YYYY-MM-DD" as the locale writes skeleton yMMMd (UTC).
 * Returns -1 when iso is not a date. */
int fmt_date(struct fmt_locale *locale, const char *iso, struct strbuf *out);
/* An integer in the locale's default numbering system. */
void fmt_integer(struct fmt_locale *locale, long value, struct strbuf *out);
/* The name of language in itself ("français", "日本語"). */
void fmt_language_name(const char *language, struct strbuf *out);
/* The locale's language and region with ICU's likely subtags added
 * ("en_US" for en, "zh_CN" for zh_Hans, "sr_RS" for sr_Latn): Open
 * Graph's form; "" when ICU cannot say.  Borrowed, valid until
 * fmt_cleanup. */
const char *fmt_language_region(struct fmt_locale *locale);
/* True for right-to-left scripts (ar, he). */
int fmt_is_rtl(const struct fmt_locale *locale);
/* The direction of text's first strong character (ubidi_getBaseDirection):
 * 1 right to left, 0 left to right, -1 none (digits, punctuation). */
int fmt_text_direction(const char *text);
/* The locale's opening and closing quotation marks for a quotation depth
 * levels inside others: the outer marks at even depths, ICU's alternate
 * marks at odd ones (German „…‚…‘…“).  Borrowed, valid until fmt_cleanup. */
void fmt_quotes(struct fmt_locale *locale, int depth, const char **open, const char **close);
/* The items as the locale lists them ("a, b and c": ulistfmt, type and,
 * wide).  Returns -1 when ICU cannot. */
int fmt_list(struct fmt_locale *locale, const char *const *items, size_t n_items, struct strbuf *out);
/* text in upper case by the locale's rules (Turkish i to İ).  Returns -1
 * when ICU cannot. */
int fmt_upper(struct fmt_locale *locale, const char *text, struct strbuf *out);
/* The locale's line break iterator set on text (borrowed: valid until the
 * next call for the locale or fmt_cleanup), or NULL.  Japanese breaks
 * between phrases. */
UBreakIterator *fmt_line_breaks(struct fmt_locale *locale, const UChar *text, int32_t len);
/* The same for extended grapheme clusters (what a reader sees as one
 * character). */
UBreakIterator *fmt_grapheme_breaks(struct fmt_locale *locale, const UChar *text, int32_t len);
/* The locale whose line break rules the locale's iterator follows, as
 * ICU says (its actual locale: "root" for UAX #14 as ICU implements it,
 * "ja", "zh", "zh_Hant" for their own), or NULL when an lb or lw keyword
 * of the locale tailors them.  Borrowed, valid until fmt_cleanup. */
const char *fmt_line_rules(struct fmt_locale *locale);
/* The paper the locale prints on, in millimetres (ICU's
 * ulocdata_getPaperSize; A4 when ICU has none). */
void fmt_paper_size(struct fmt_locale *locale, int32_t *height, int32_t *width);
/* The display columns of the grapheme cluster text[start, end): 2 when it
 * starts with an East Asian Wide or Fullwidth character, 0 when it holds
 * only zero-width characters (marks, format characters such as ZWSP, ZWJ
 * and ZWNJ, controls), else 1. */
int fmt_cluster_columns(const UChar *text, int32_t start, int32_t end);
/* The columns of text[0, len) per UTF-16 unit: each grapheme cluster's
 * (fmt_cluster_columns) at its first unit, 0 at the others; cols has len
 * entries.  Text in which every character is a cluster of its own (no
 * marks, joiners, jamo or regional indicators: Latin, Cyrillic, CJK, most
 * Arabic and Hebrew) is measured without a grapheme iterator. */
void fmt_text_columns(struct fmt_locale *locale, const UChar *text, int32_t len,
		      signed char *cols);
/* The columns of c when it is a grapheme cluster of its own whatever its
 * neighbours (fmt_cluster_columns), else -1: so it is when its
 * Grapheme_Cluster_Break value joins it to none (marks, joiners, Hangul
 * jamo, regional indicators, prepended concatenation marks and CR, which
 * joins a following LF, do); below U+0300 only CR does.  fmt_text_columns
 * measures text of such characters with it alone. */
int fmt_character_columns(UChar32 c);
/* Minutes to read text (UTF-8), rounded, at least 1: words at 230 a
 * minute, and the characters that ICU's word segmentation marks as
 * ideographs or kana at 255 a minute in Chinese and 357 in Japanese (and
 * elsewhere): the mean silent reading speeds of the IReST study
 * (Trauzettel-Klosinski and Dietz, 2012). */
int fmt_reading_minutes(struct fmt_locale *locale, const char *text);
/* text cut to its first max_clusters grapheme clusters, at the last line
 * break opportunity (ICU's, for the locale) before them, with "…" after
 * it; all of text when it is no longer.  Returns -1 when ICU cannot. */
int fmt_truncate(struct fmt_locale *locale, const char *text, int max_clusters,
		 struct strbuf *out);
/* Closes the formatters kept per locale. */
void fmt_cleanup(void);
/* BCP 47 form of a gettext locale ("pt_BR" to "pt-BR"). */
void fmt_bcp47(const char *locale, struct strbuf *out);

#endif
