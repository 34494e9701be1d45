/* space.c: whitespace normalisation of extracted text. */
#include <config.h>

#include <string.h>

#include "ascii-word.h"
#include "space.h"

/* Two spaces are adjacent bytes of a word (in either byte order) or the
 * last byte of a word and the first of the next.  A word with any byte
 * below 0x0E counts as one with a tab, LF or CR. */
int space_has_runs(const char *buf, size_t len)
{
	size_t i = 0;

#ifdef __SSE2__
	const __m128i limit = _mm_set1_epi8(0x0D), space = _mm_set1_epi8(' ');
	unsigned last = 0;
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(buf + i));
		unsigned low = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, limit), v));
		unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, space));
		if (low || (spaces & spaces >> 1) || (last && (spaces & 1)))
			return 1;
		last = spaces >> 15;
	}
#endif
	int last_space = i > 0 && buf[i - 1] == ' ';
	for (; i + 8 <= len; i += 8) {
		uint64_t x = ascii_word_load(buf + i);
		/* Tab, LF and CR are below 0x0E, in one test. */
		if ((x - 0x0E * FOLIO_WORD_ONES) & ~x & FOLIO_WORD_HIGHS)
			return 1;
		uint64_t spaces = ascii_word_equal(x, ' ');
		if ((spaces & spaces >> 8) || (last_space && buf[i] == ' '))
			return 1;
		last_space = buf[i + 7] == ' ';
	}
	for (; i < len; i++)
		if (buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'
		    || (buf[i] == ' ' && i > 0 && buf[i - 1] == ' '))
			return 1;
	return 0;
}

enum space_mode space_mode_parse(const char *value)
{
	if (!value)
		return SPACE_DEFAULT;
	if (strcmp(value, "preserve") == 0)
		return SPACE_PRESERVE;
	if (strcmp(value, "trim") == 0)
		return SPACE_TRIM;
	if (strcmp(value, "paragraph") == 0)
		return SPACE_PARAGRAPH;
	return SPACE_DEFAULT;
}

/* Collapses each run of whitespace in [start, end) to one space, writing
 * at out; returns the new end.  Ends are stripped. */
static char *collapse(char *out, const char *start, const char *end)
{
	int pending_space = 0;
	char *begin = out;

	for (const char *p = start; p < end; p++) {
		if (space_is_xml(*p)) {
			pending_space = out > begin;
			continue;
		}
		if (pending_space)
			*out++ = ' ';
		pending_space = 0;
		*out++ = *p;
	}
	return out;
}

static int is_blank_line_at(const char *p, const char *end, const char **after)
{
	/* A paragraph break: a newline, optional blanks, another newline. */
	if (*p != '\n')
		return 0;
	const char *q = p + 1;
	while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
		q++;
	if (q >= end || *q != '\n')
		return 0;
	while (q < end && space_is_xml(*q))
		q++;
	*after = q;
	return 1;
}

static char *collapse_paragraphs(char *out, const char *start, const char *end)
{
	char *begin = out;
	const char *paragraph = start;

	for (const char *p = start; p < end; p++) {
		const char *after;
		if (!is_blank_line_at(p, end, &after))
			continue;
		char *written = collapse(out, paragraph, p);
		if (written > out) {
			out = written;
			*out++ = '\n';
			*out++ = '\n';
		}
		paragraph = after;
		p = after - 1;
	}
	out = collapse(out, paragraph, end);
	while (out > begin && out[-1] == '\n')
		out--;
	return out;
}

void space_normalise(struct strbuf *text, enum space_mode mode)
{
	char *start = text->buf;
	char *end = text->buf + text->len;

	if (mode == SPACE_PRESERVE || !text->len)
		return;
	if (mode == SPACE_TRIM) {
		while (start < end && space_is_xml(*start))
			start++;
		while (end > start && space_is_xml(end[-1]))
			end--;
		memmove(text->buf, start, (size_t)(end - start));
		strbuf_setlen(text, (size_t)(end - start));
		return;
	}
	if (mode == SPACE_DEFAULT && !space_has_runs(start, text->len)) {
		/* Single spaces only: at most one to strip at each end. */
		start += *start == ' ';
		end -= end > start && end[-1] == ' ';
		memmove(text->buf, start, (size_t)(end - start));
		strbuf_setlen(text, (size_t)(end - start));
		return;
	}
	char *out = mode == SPACE_PARAGRAPH ? collapse_paragraphs(text->buf, start, end)
					    : collapse(text->buf, start, end);
	strbuf_setlen(text, (size_t)(out - text->buf));
}
