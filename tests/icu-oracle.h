/* icu-oracle.h: what ICU itself says, asked through its C API by routes of
 * the tests' own, never through src/fmt.c.  The tests hold folio's
 * formatting against it: tests/unit/test-fmt.c in C, and the shell tests
 * through tests/icu-ask.c.
 *
 * Every function returning char * gives a UTF-8 string to free with
 * free(), or NULL when ICU reports an error. */
#ifndef FOLIO_ICU_ORACLE_H
#define FOLIO_ICU_ORACLE_H

#include <stddef.h>

/* The day as the locale writes skeleton yMMMd, at noon UTC
 * (udatpg_getBestPattern, udat_format; month counts from 1). */
char *oracle_date(const char *locale, int year, int month, int day);
/* value in the locale's default numbering system (unumf, empty skeleton). */
char *oracle_integer(const char *locale, long value);
/* The items as the locale lists them (ulistfmt_open: and, wide). */
char *oracle_list(const char *locale, const char *const *items, size_t n_items);
/* text in upper case by the locale's rules (u_strToUpper). */
char *oracle_upper(const char *locale, const char *text);
/* The cardinal plural category of number ("one", "many": uplrules_select). */
char *oracle_plural(const char *locale, double number);
/* The locale's cardinal plural categories, separated by spaces
 * (uplrules_getKeywords). */
char *oracle_plural_keywords(const char *locale);
/* The categories that the locale's ordinal rules give the whole numbers 0
 * to 10000 (uplrules_select, not uplrules_getKeywords), sorted, separated
 * by spaces. */
char *oracle_ordinal_categories(const char *locale);
/* The locale's opening (closing 0) or closing (closing 1) quotation mark
 * (ulocdata_getDelimiter). */
char *oracle_quote(const char *locale, int closing);
/* The same for quotations inside quotations (ULOCDATA_ALT_QUOTATION_*). */
char *oracle_alt_quote(const char *locale, int closing);
/* The locale's paper, "WIDTH HEIGHT" in millimetres (ulocdata_getPaperSize). */
char *oracle_paper(const char *locale);
/* One of ulocdata's delimiters (a ULocaleDataDelimiterType). */
char *oracle_delimiter(const char *locale, int type);
/* The display columns of text (UTF-8, one line) counted per extended
 * grapheme cluster (ubrk_open UBRK_CHARACTER): 2 for a cluster with an East
 * Asian Wide or Fullwidth character, 0 for one of marks and format
 * characters only, else 1.  -1 on ICU's error. */
long oracle_columns(const char *locale, const char *text);
/* The first line-break segment of text (ubrk_open UBRK_LINE) without its
 * trailing spaces, as UTF-8 (free with free()), or NULL. */
char *oracle_first_segment(const char *locale, const char *text);
/* text (one line, UTF-8) in the order a display shows it: ICU's bidi
 * algorithm (ubidi_setPara, default paragraph level left to right;
 * ubidi_writeReordered), the bidi controls left out.  NULL on error. */
char *oracle_visual(const char *text);
/* The locale's name in itself (uldn_localeDisplayName, standard names). */
char *oracle_language_name(const char *locale);
/* 1 when the locale's characters run right to left
 * (uloc_getCharacterOrientation), else 0. */
int oracle_is_rtl(const char *locale);

#endif
