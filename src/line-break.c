/* line-break.c: the end of a wrapped line, from a few characters where
 * UAX #14 leaves no doubt, else from ICU's line break iterator.
 *
 * The short cut knows a handful of line break classes, taken from ICU's
 * own property data (u_getIntPropertyValue), and the rules that decide
 * between them when the text has no other class nearby:
 *   LB7   no break before a space;
 *   LB12  no break after a no-break space (GL), LB12a nor before one
 *         but after a space;
 *   LB13  no break before closing punctuation, '!', '?', ',', '.';
 *   LB14  no break after an opening one, even after spaces;
 *   LB15  no break between a quotation mark and an opening mark, even
 *         after spaces;
 *   LB18  a break after spaces;
 *   LB19  no break before or after a quotation mark (root rules only: the
 *         Chinese and Japanese ones treat some marks otherwise);
 *   LB23, LB25, LB28  no break between letters and digits;
 *   LB29  no break between an infix separator and a letter.
 * A line's end is certain when the word before over holds only pairs
 * that these rules join, and the space before the word separates two
 * characters that LB18 lets break.  Any other class (hyphens, dashes,
 * slashes, ideographs, marks, dictionary scripts, currency signs, ...),
 * or a pair these rules do not settle, sends the question to ICU. */
#include <config.h>

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include "line-break.h"

enum kind {
	KIND_OTHER,
	KIND_SPACE,      /* SP: U+0020 */
	KIND_LETTER,     /* AL, HL */
	KIND_DIGIT,      /* NU */
	KIND_INFIX,      /* IS: , . : ; */
	KIND_EXCLAIM,    /* EX: ! ? */
	KIND_CLOSE,      /* CL, CP */
	KIND_QUOTE,      /* QU */
	KIND_OPEN,       /* OP */
	KIND_GLUE,       /* GL: U+00A0, U+202F */
};

static enum kind class_kind(UChar32 c)
{
	switch (u_getIntPropertyValue(c, UCHAR_LINE_BREAK)) {
	case U_LB_SPACE: return KIND_SPACE;
	case U_LB_ALPHABETIC: case U_LB_HEBREW_LETTER: return KIND_LETTER;
	case U_LB_NUMERIC: return KIND_DIGIT;
	case U_LB_INFIX_NUMERIC: return KIND_INFIX;
	case U_LB_EXCLAMATION: return KIND_EXCLAIM;
	case U_LB_CLOSE_PUNCTUATION: case U_LB_CLOSE_PARENTHESIS: return KIND_CLOSE;
	case U_LB_QUOTATION: return KIND_QUOTE;
	case U_LB_OPEN_PUNCTUATION: return KIND_OPEN;
	case U_LB_GLUE: return KIND_GLUE;
	default: return KIND_OTHER;
	}
}

static enum kind kind_of(UChar32 c, enum line_rules rules)
{
	/* ASCII's kinds looked up once: most of a line's characters. */
	static signed char ascii[128];
	static int ascii_ready;
	if (!ascii_ready) {
		for (UChar32 a = 0; a < 128; a++)
			ascii[a] = (signed char)class_kind(a);
		ascii_ready = 1;
	}
	enum kind kind = c < 128 ? (enum kind)ascii[c] : class_kind(c);
	return kind == KIND_QUOTE && rules != LINE_RULES_ROOT ? KIND_OTHER : kind;
}

/* True when the rules above forbid a break between before and after
 * (neither a space); false when they allow one or do not say. */
static int joined(enum kind before, enum kind after)
{
	if (before == KIND_OTHER || after == KIND_OTHER)
		return 0;
	if (after == KIND_INFIX || after == KIND_EXCLAIM || after == KIND_CLOSE)
		return 1;   /* LB13 */
	if (after == KIND_QUOTE || before == KIND_QUOTE)
		return 1;   /* LB19 */
	if (before == KIND_OPEN)
		return 1;   /* LB14 */
	if (before == KIND_GLUE || after == KIND_GLUE)
		return 1;   /* LB12, LB12a */
	if ((before == KIND_LETTER || before == KIND_DIGIT)
	    && (after == KIND_LETTER || after == KIND_DIGIT))
		return 1;   /* LB23, LB25, LB28 */
	return before == KIND_INFIX && after == KIND_LETTER;   /* LB29 */
}

/* True when the rules above allow a break between before, a space and
 * after (LB18), none of LB13 to LB15 forbidding it. */
static int breaks_after_space(enum kind before, enum kind after)
{
	int before_known = before == KIND_LETTER || before == KIND_DIGIT || before == KIND_INFIX
			   || before == KIND_EXCLAIM || before == KIND_CLOSE || before == KIND_QUOTE
			   || before == KIND_GLUE;
	int after_known = after == KIND_LETTER || after == KIND_DIGIT || after == KIND_QUOTE
			  || after == KIND_OPEN || after == KIND_GLUE;

	return before_known && after_known && !(before == KIND_QUOTE && after == KIND_OPEN);
}

int32_t line_break_sure_end(const UChar *text, int32_t start, int32_t over,
			    enum line_rules rules)
{
	int32_t i = over;
	UChar32 c;

	if (over <= start)
		return -1;
	U16_PREV(text, start, i, c);
	enum kind after = kind_of(c, rules);
	/* Back over the word: every pair in it must be joined. */
	while (i > start) {
		int32_t before_at = i;
		U16_PREV(text, start, before_at, c);
		enum kind before = kind_of(c, rules);
		if (before == KIND_SPACE) {
			if (before_at <= start || c != ' ')
				return -1;
			U16_PREV(text, start, before_at, c);
			return breaks_after_space(kind_of(c, rules), after) ? i : -1;
		}
		if (!joined(before, after))
			return -1;
		after = before;
		i = before_at;
	}
	return -1;   /* one word from start: ICU says where it ends */
}

enum line_rules line_rules_of(struct fmt_locale *locale)
{
	const char *rules = fmt_line_rules(locale);

	if (!rules)
		return LINE_RULES_OWN;
	if (strcmp(rules, "root") == 0)
		return LINE_RULES_ROOT;
	if (strcmp(rules, "ja") == 0 || strcmp(rules, "zh") == 0 || strcmp(rules, "zh_Hant") == 0)
		return LINE_RULES_CJ;
	return LINE_RULES_OWN;
}

void line_breaker_init(struct line_breaker *breaker, struct fmt_locale *locale,
		       const UChar *text, int32_t len)
{
	breaker->locale = locale;
	breaker->text = text;
	breaker->len = len;
	breaker->rules = line_rules_of(locale);
	breaker->icu = NULL;
}

int32_t line_breaker_end(struct line_breaker *breaker, int32_t start, int32_t over)
{
	if (breaker->rules != LINE_RULES_OWN) {
		int32_t end = line_break_sure_end(breaker->text, start, over, breaker->rules);
		if (end > start)
			return end;
	}
	if (!breaker->icu) {
		breaker->icu = fmt_line_breaks(breaker->locale, breaker->text, breaker->len);
		if (!breaker->icu)
			return UBRK_DONE;
	}
	/* Forward from start: the iterator's cache holds start when the
	 * line before was ICU's too, and walking on from it is cheaper than
	 * ubrk_preceding, which backs up far for a safe point. */
	int32_t end = ubrk_following(breaker->icu, start);
	for (int32_t next = end; next != UBRK_DONE && next < over; next = ubrk_next(breaker->icu))
		end = next;
	return end;
}
