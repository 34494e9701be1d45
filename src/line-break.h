/* line-break.h: where a wrapped line ends, as ICU's line break iterator
 * says.  Walking the iterator over a paragraph costs about 80
 * instructions a character, and random access (ubrk_preceding) more, as
 * ICU backs up a long way to a safe point; yet a greedy wrap needs one
 * answer a line, and in a line of alphabetic text that answer is nearly
 * always plain from the last word and the space before it.  Where the
 * rules ICU's iterator follows (UAX #14, as the root rules and the Chinese
 * and Japanese ones have it) leave no doubt, the answer is read from those
 * few characters; anywhere else ICU is asked.
 * tests/unit/test-line-break.c holds the short cut to the iterator.
 *
 * Offsets are UTF-16 indexes into the text, at code point starts. */
#ifndef FOLIO_LINE_BREAK_H
#define FOLIO_LINE_BREAK_H

#include <unicode/ubrk.h>

#include "fmt.h"

/* The rules a short cut is known to agree with: ICU's root rules, and
 * the Chinese and Japanese ones (phrases too), which agree with the root
 * ones but for quotation marks (an ambiguous-width mark opens or closes
 * there), so the short cut leaves those to ICU. */
enum line_rules {
	LINE_RULES_OWN,    /* none: ICU is always asked */
	LINE_RULES_ROOT,
	LINE_RULES_CJ,
};

struct line_breaker {
	struct fmt_locale *locale;
	const UChar *text;     /* borrowed */
	int32_t len;
	enum line_rules rules; /* which short cut the locale's rules allow */
	UBreakIterator *icu;   /* the locale's, set on text when first asked */
};

/* Prepares to break text[0, len) by locale's rules; nothing to release. */
void line_breaker_init(struct line_breaker *breaker, struct fmt_locale *locale,
		       const UChar *text, int32_t len);

/* The end of the line that starts at start (a break, or 0) when the
 * character ending at over does not fit: the last break in (start, over)
 * (a word with its trailing spaces goes whole to the next line), or, when
 * there is none, the first break after start (a word wider than the line
 * stands alone).  UBRK_DONE when ICU cannot break the text. */
int32_t line_breaker_end(struct line_breaker *breaker, int32_t start, int32_t over);

/* The rules of a locale's line break iterator (fmt_line_rules). */
enum line_rules line_rules_of(struct fmt_locale *locale);

/* The short cut alone: the last break in (start, over) when it is certain
 * from the characters before over under rules (not LINE_RULES_OWN), else
 * -1 (ICU must be asked).  The text's spaces are single U+0020s, as
 * whitespace normalisation leaves them. */
int32_t line_break_sure_end(const UChar *text, int32_t start, int32_t over,
			    enum line_rules rules);

#endif
