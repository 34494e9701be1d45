/* space.c: whitespace normalisation of extracted text. */
#include <config.h>

#include <string.h>

#include "space.h"

static int is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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
		if (is_xml_space(*p)) {
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
	while (q < end && is_xml_space(*q))
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
		while (start < end && is_xml_space(*start))
			start++;
		while (end > start && is_xml_space(end[-1]))
			end--;
		memmove(text->buf, start, (size_t)(end - start));
		strbuf_setlen(text, (size_t)(end - start));
		return;
	}
	char *out = mode == SPACE_PARAGRAPH ? collapse_paragraphs(text->buf, start, end)
					    : collapse(text->buf, start, end);
	strbuf_setlen(text, (size_t)(out - text->buf));
}
