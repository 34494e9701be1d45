/* icu-pattern.h: what a translator may get wrong in an ICU MessageFormat
 * pattern that ICU itself accepts silently: argument names, and plural
 * categories the language does not have or lacks. */
#ifndef FOLIO_ICU_PATTERN_H
#define FOLIO_ICU_PATTERN_H

#include "strbuf.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How deep a pattern may nest arguments.  ICU's parser recurses once per
 * level and overflows the stack near 27,000; no real message needs more
 * than a few. */
#define FOLIO_ICU_MAX_DEPTH 64

/* p points at an apostrophe: the end of what it quotes, by ICU's rule
 * (DOUBLE_OPTIONAL): '' is one apostrophe (p + 2); ' before { } # | quotes
 * up to and including the next lone '; any other ' is itself (p + 1). */
const char *icu_pattern_skip_quoted(const char *p);

/* 0 when pattern nests arguments at most FOLIO_ICU_MAX_DEPTH levels deep
 * ("{n, plural, one {...}}" is one level; quoted braces are text); else -1
 * and *column (1-based, in bytes) where the limit is passed. */
int icu_pattern_check_depth(const char *pattern, long *column);

/* Checks that pattern parses with ICU for locale.  Returns 0, or -1 and
 * sets *column (1-based, in characters) and fills err. */
int icu_pattern_parse(const char *pattern, const char *locale, long *column, struct strbuf *err);

/* Appends the sorted, space-separated argument names of pattern to names. */
void icu_pattern_arguments(const char *pattern, struct strbuf *names);

/* Compares the plural selectors of pattern with the cardinal categories of
 * locale; fills err with what is missing or foreign and returns -1, or 0. */
int icu_pattern_check_plurals(const char *pattern, const char *locale, struct strbuf *err);

/* Sorts the newline-separated lines of in, drops duplicates, and appends
 * them to out separated by spaces. */
void icu_pattern_sort_lines(const struct strbuf *in, struct strbuf *out);

#ifdef __cplusplus
}
#endif

#endif
