/* po-wrap.c: ulc_width_linebreaks' answer, one line at a time (see
 * po-wrap.h).  For each line: measure forward to the first character that
 * does not fit, then find the last break opportunity before it in a short
 * window that starts at an ASCII letter, widening the window while it
 * holds none. */
#include <config.h>

#include <string.h>

#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "ascii-word.h"
#include "po-wrap.h"

/* The first byte of [from, to) that is not printable ASCII, or to. */
static size_t ascii_span(const unsigned char *s, size_t from, size_t to)
{
	return from + ascii_printable_prefix((const char *)s + from, to - from, 0);
}

enum line_kind { LINE_ASCII, LINE_UTF8, LINE_MANDATORY };

/* LINE_ASCII when every byte is printable ASCII (one column each), and
 * LINE_MANDATORY when a character's break is mandatory (line break classes
 * BK, CR, LF, NL): they restart the measure, which only the whole
 * computation does. */
static enum line_kind line_kind(const unsigned char *s, size_t len)
{
	enum line_kind kind = LINE_ASCII;

	for (size_t i = ascii_span(s, 0, len); i < len; i = ascii_span(s, i + 1, len)) {
		unsigned char c = s[i];
		kind = LINE_UTF8;
		if (c >= 0x0A && c <= 0x0D)
			return LINE_MANDATORY;
		if (c == 0xC2 && i + 1 < len && s[i + 1] == 0x85)
			return LINE_MANDATORY;
		if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80
		    && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
			return LINE_MANDATORY;
	}
	return kind;
}

/* The columns of the character at s[i] (control characters count none, as
 * in libunistring) and its length in *n. */
static int char_width(const unsigned char *s, size_t len, size_t i, int *n)
{
	if (s[i] >= 0x20 && s[i] < 0x7F) {
		*n = 1;
		return 1;
	}
	ucs4_t uc;
	*n = u8_mbtouc(&uc, s + i, len - i);
	int w = uc_width(uc, "UTF-8");
	return w > 0 ? w : 0;
}

static int is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A window may start at the string's start or at an ASCII letter (line
 * break class AL): after one, libunistring's state no longer depends on
 * what came before.  The last such position at or before target. */
static size_t window_start(const unsigned char *s, size_t target)
{
	while (target > 0 && !is_letter(s[target]))
		target--;
	return target;
}

static int is_alnum(unsigned char c)
{
	return is_letter(c) || (c >= '0' && c <= '9');
}

/* Does a break come between c, a space and a letter?  For letters and
 * digits (UAX #14 classes AL, NU) and the closing punctuation ",.;:!?)"
 * (IS, EX, CP), which end a clause before the space. */
static int ends_before_space(unsigned char c)
{
	return is_alnum(c) || (c && strchr(",.;:!?)", c));
}

/* Is the space at s[space] after a word (ends_before_space), with a word
 * of ASCII letters and digits after it up to end (or up to a space at
 * end)?  Then the last opportunity is after the space, as UAX #14 says
 * (LB18, a break after spaces; LB23 and LB28, none between letters and
 * digits) and libunistring answers: the common case, without asking. */
static int between_words(const unsigned char *s, size_t space, size_t end, size_t cur,
			 const char *overrides)
{
	if (space <= cur || s[space] != ' ' || !ends_before_space(s[space - 1])
	    || space + 1 > end || !is_letter(s[space + 1]))
		return 0;
	for (size_t i = space + 1; i <= end; i++) {
		if (i == end && s[i] == ' ')
			break;   /* no break comes before a space (LB7) */
		if (!is_alnum(s[i]) || (overrides && overrides[i] != UC_BREAK_UNDEFINED
					&& (i == space + 1 || overrides[i] == UC_BREAK_POSSIBLE)))
			return 0;
	}
	return 1;
}

/* The last break opportunity in (cur, end]: 1 and *at when there is one,
 * 0 when there is none.  stop is the end of the character at end. */
static int last_opportunity(const unsigned char *s, size_t cur, size_t end, size_t stop,
			    const char *overrides, struct strbuf *scratch, size_t *at)
{
	/* Most often the opportunity follows the last space. */
	size_t target = end > cur && s[end] == ' ' ? end - 1 : end;
	while (target > cur && s[target] != ' ')
		target--;
	if (between_words(s, target, end, cur, overrides)) {
		*at = target + 1;
		return 1;
	}
	target = target > cur ? target - 1 : (end > 16 ? end - 16 : 0);
	for (;;) {
		size_t from = window_start(s, target);
		strbuf_reset(scratch);
		strbuf_grow(scratch, stop - from);
		char *possible = scratch->buf;
		u8_possible_linebreaks(s + from, stop - from, "UTF-8", possible);
		/* A window's first position is exact only at the string's start. */
		size_t lowest = (from > cur ? from : cur) + 1;
		for (size_t i = end; i >= lowest; i--) {
			char here = overrides && overrides[i] != UC_BREAK_UNDEFINED
				? overrides[i] : possible[i - from];
			if (here == UC_BREAK_POSSIBLE) {
				*at = i;
				return 1;
			}
		}
		if (from <= cur)
			return 0;
		size_t reach = 2 * (end - from);
		target = end > reach ? end - reach : 0;
	}
}

void po_wrap_breaks(const char *line, size_t len, int width, int start, const char *overrides,
		    struct strbuf *scratch, char *breaks)
{
	const unsigned char *s = (const unsigned char *)line;

	enum line_kind kind = line_kind(s, len);
	if (kind == LINE_MANDATORY) {
		ulc_width_linebreaks(line, len, width, start, 0, overrides, "UTF-8", breaks);
		return;
	}
	memset(breaks, UC_BREAK_PROHIBITED, len);
	size_t cur = 0;
	int column = start;
	for (;;) {
		/* The first character past the line's end, if any. */
		size_t end = cur;
		int n = 1;
		if (kind == LINE_ASCII) {
			end = column < width ? cur + (size_t)(width - column) : cur;
		} else {
			while (end < len) {
				/* As many ASCII characters as fit, at once. */
				size_t room = column < width ? (size_t)(width - column) : 0;
				size_t span = ascii_span(s, end, len - end < room ? len : end + room);
				column += (int)(span - end);
				end = span;
				if (end >= len)
					break;
				int w = char_width(s, len, end, &n);
				if (column + w > width)
					break;
				column += w;
				end += (size_t)n;
			}
		}
		if (end >= len)
			return;
		size_t at;
		if (!last_opportunity(s, cur, end, end + (size_t)n, overrides, scratch, &at)) {
			/* A piece wider than the line: it ends at the next
			 * opportunity, which the whole computation finds. */
			ulc_width_linebreaks(line, len, width, start, 0, overrides, "UTF-8", breaks);
			return;
		}
		breaks[at] = UC_BREAK_POSSIBLE;
		cur = at;
		column = 0;
	}
}
