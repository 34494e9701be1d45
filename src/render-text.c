/* render-text.c: the plain-text edition: the seed's layout, wrapped at a
 * width in display columns with ICU line breaking (no break inside a Thai
 * or Japanese word; East Asian wide characters count two columns).  In a
 * right-to-left edition each line is a bidi isolate (RLI ... PDI), so a
 * terminal that does bidi shows mixed runs in the right order. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "fmt.h"
#include "line-break.h"
#include "localise.h"
#include "render.h"
#include "space.h"
#include "xalloc.h"

/* A line of a paragraph measured: its UTF-16 form, the columns before
 * each unit (columns[len] is the line's) and the byte each unit starts
 * at in the UTF-8 form; len is -1 when the text is not UTF-8.  The
 * arrays hold alloc entries and serve every line of an edition. */
struct measured {
	UChar *u;
	int32_t len;
	int32_t *columns;
	int32_t *offsets;
	size_t alloc;
};

struct text_out {
	const struct render_context *ctx;
	struct strbuf *out;
	int rtl;          /* the edition runs right to left */
	int line_rtl;     /* the paragraph being written does (a unit left in
	                     the source language has the source's direction) */
	struct strbuf text;      /* the paragraph being written, as text */
	struct strbuf line;      /* the line of it being wrapped, collapsed */
	struct measured measured;
};

/* Room for a line of size bytes (UTF-16 never needs more units than
 * UTF-8 has bytes). */
static void measured_reserve(struct measured *m, size_t size)
{
	if (size + 1 <= m->alloc)
		return;
	m->alloc = size + 1 > 2 * m->alloc ? size + 1 : 2 * m->alloc;
	m->u = xrealloc(m->u, m->alloc * sizeof(UChar));
	m->columns = xrealloc(m->columns, m->alloc * sizeof(int32_t));
	m->offsets = xrealloc(m->offsets, m->alloc * sizeof(int32_t));
}

static void measured_release(struct measured *m)
{
	free(m->u);
	free(m->columns);
	free(m->offsets);
}

static int is_space(UChar32 c)
{
	return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : u_isWhitespace(c);
}

/* One line of UTF-8 text (len bytes), its trailing spaces left out. */
static void emit_line(struct text_out *t, const char *prefix, const char *text, int32_t len)
{
	while (len > 0) {
		int32_t before = len;
		UChar32 c;
		U8_PREV((const uint8_t *)text, 0, before, c);
		if (!is_space(c))
			break;
		len = before;
	}
	/* The isolates are three bytes each: the line is one copy into room
	 * made once. */
	_Static_assert(sizeof(RENDER_RLI) == 4 && sizeof(RENDER_LRI) == 4 && sizeof(RENDER_PDI) == 4,
		       "isolates are three bytes");
	int isolate = t->rtl || t->line_rtl;
	size_t prefix_len = strlen(prefix);
	strbuf_grow(t->out, prefix_len + (size_t)len + (isolate ? 6 : 0) + 1);
	char *at = t->out->buf + t->out->len;
	if (isolate) {
		memcpy(at, t->line_rtl ? RENDER_RLI : RENDER_LRI, 3);
		at += 3;
	}
	memcpy(at, prefix, prefix_len);
	memcpy(at + prefix_len, text, (size_t)len);
	at += prefix_len + (size_t)len;
	if (isolate) {
		memcpy(at, RENDER_PDI, 3);
		at += 3;
	}
	*at++ = '\n';
	strbuf_setlen(t->out, (size_t)(at - t->out->buf));
}

static int is_xml_space(unsigned char byte)
{
	return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

/* raw[0, size) collapsed into clean, not measured (m->len -1). */
static void collapse_only(const char *raw, size_t size, struct strbuf *clean, struct measured *m)
{
	strbuf_reset(clean);
	strbuf_add(clean, raw, size);
	space_normalise(clean, SPACE_DEFAULT);
	m->len = -1;
}

/* raw[0, size) with its whitespace collapsed as space_normalise does
 * (SPACE_DEFAULT) into clean, and measured into m, in one pass: text is
 * mostly printable ASCII, a character of one column and one unit. */
static void collapse_and_measure(struct fmt_locale *locale, const char *raw, size_t size,
				 struct strbuf *clean, struct measured *m)
{
	if (size > INT32_MAX / 8) {   /* 268 MB in a line: left unwrapped */
		collapse_only(raw, size, clean, m);
		return;
	}
	/* The loop works on locals: its byte stores could alias any pointer
	 * in m. */
	measured_reserve(m, size);
	UChar *u = m->u;
	int32_t *columns = m->columns, *offsets = m->offsets;
	strbuf_reset(clean);
	strbuf_grow(clean, size);
	char *out = clean->buf;
	int32_t n = 0, written = 0, cols = 0;
	int lone = 1, pending_space = 0;
	columns[0] = 0;
	for (size_t i = 0; i < size;) {
		unsigned char byte = (unsigned char)raw[i];
		if (is_xml_space(byte)) {
			pending_space = n > 0;
			i++;
			continue;
		}
		if (pending_space) {
			out[written] = ' ';
			offsets[n] = written++;
			u[n++] = ' ';
			columns[n] = ++cols;
			pending_space = 0;
		}
		if (byte > ' ' && byte < 0x7F) {
			/* A run of printable ASCII: a unit and a column each. */
			do {
				out[written] = (char)byte;
				offsets[n] = written++;
				u[n++] = byte;
				columns[n] = ++cols;
			} while (++i < size && (byte = (unsigned char)raw[i]) > ' ' && byte < 0x7F);
			continue;
		}
		int32_t at = (int32_t)i;
		UChar32 c;
		U8_NEXT(raw, at, (int32_t)size, c);
		if (c < 0) {   /* not UTF-8: left unwrapped */
			collapse_only(raw, size, clean, m);
			return;
		}
		int32_t unit = n;
		offsets[unit] = written;
		memcpy(out + written, raw + i, (size_t)at - i);
		written += at - (int32_t)i;
		i = (size_t)at;
		U16_APPEND_UNSAFE(u, n, c);
		int width = lone ? fmt_character_columns(c) : 0;
		if (width < 0)
			lone = 0;   /* clusters of several characters: measured below */
		cols += width > 0 ? width : 0;
		for (int32_t k = unit + 1; k <= n; k++)
			columns[k] = cols;
		if (n - unit == 2)
			offsets[unit + 1] = offsets[unit];
	}
	strbuf_setlen(clean, (size_t)written);
	offsets[n] = written;
	m->len = n;
	if (!lone) {
		signed char *widths = xmalloc((size_t)n + 1);
		fmt_text_columns(locale, u, n, widths);
		for (int32_t k = 0; k < n; k++)
			columns[k + 1] = columns[k] + widths[k];
		free(widths);
	}
}

/* Where the line starting at start overflows: just past its first
 * visible character that ends past avail columns, or -1 when the rest
 * fits.  Spaces may hang past the width; other characters may not.
 * Columns only grow, so the first unit past the width is a binary
 * search away. */
static int32_t overflow(const struct measured *m, int32_t start, int avail)
{
	int32_t limit = m->columns[start] + avail;
	if (m->columns[m->len] <= limit)
		return -1;
	int32_t low = start, high = m->len - 1;   /* the first i with columns[i + 1] > limit */
	while (low < high) {
		int32_t mid = low + (high - low) / 2;
		if (m->columns[mid + 1] > limit)
			high = mid;
		else
			low = mid + 1;
	}
	for (int32_t i = low; i < m->len;) {
		UChar32 c;
		U16_NEXT(m->u, i, m->len, c);
		if (!is_space(c))
			return i;
	}
	return -1;
}

/* One line of a paragraph (up to a <br/>), wrapped; first_prefix on its
 * first line, indent after.  Lines are filled greedily: the columns are
 * summed once, the first character past the width found from them, and
 * the line ends at the last break before it (line-break.h), so a
 * paragraph that fits asks for no break at all.  Breaks are found in the
 * UTF-16 form; lines are cut from the UTF-8 one. */
static void wrap(struct text_out *t, const struct strbuf *clean, const struct measured *m,
		 const char *first_prefix, const char *indent)
{
	int avail = t->ctx->width - (int)strlen(indent);
	if (t->ctx->width <= 0 || avail < 8 || m->len < 0) {   /* len < 0: not UTF-8 */
		emit_line(t, first_prefix, clean->buf, (int32_t)clean->len);
		return;
	}
	struct line_breaker breaker;
	line_breaker_init(&breaker, t->ctx->fmt, m->u, m->len);
	int32_t start = 0;
	const char *prefix = first_prefix;
	for (int32_t over; (over = overflow(m, start, avail)) >= 0;) {
		int32_t end = line_breaker_end(&breaker, start, over);
		if (end == UBRK_DONE || end >= m->len)
			break;   /* the rest on one line */
		emit_line(t, prefix, clean->buf + m->offsets[start],
			  m->offsets[end] - m->offsets[start]);
		prefix = indent;
		start = end;
	}
	if (start < m->len)
		emit_line(t, prefix, clean->buf + m->offsets[start],
			  (int32_t)clean->len - m->offsets[start]);
}

/* One paragraph: its lines (split at each <br/>) wrapped in turn. */
static void paragraph(struct text_out *t, const char *text, const char *first_prefix,
		      const char *indent)
{
	const char *prefix = first_prefix;

	for (const char *p = text;;) {
		const char *end = strstr(p, RENDER_LINE_BREAK);
		size_t len = end ? (size_t)(end - p) : strlen(p);
		collapse_and_measure(t->ctx->fmt, p, len, &t->line, &t->measured);
		if (t->line.len || !end)
			wrap(t, &t->line, &t->measured, prefix, indent);
		prefix = indent;
		if (!end)
			break;
		p = end + strlen(RENDER_LINE_BREAK);
	}
}

static void inline_paragraph(struct text_out *t, const xmlNode *node, const char *prefix,
			     const char *indent)
{
	int edition_rtl = t->line_rtl;

	/* A unit left in the source language runs in the source's direction. */
	if (localise_is_untranslated(node))
		t->line_rtl = localise_source_rtl(node, fmt_is_rtl(render_source_fmt(t->ctx)));
	strbuf_reset(&t->text);
	render_inline_lines(t->ctx, node, &t->text);
	paragraph(t, t->text.buf, prefix, indent);
	t->line_rtl = edition_rtl;
}

static void blank(struct text_out *t)
{
	strbuf_addch(t->out, '\n');
}

static void block(struct text_out *t, const xmlNode *node)
{
	const char *name = (const char *)node->name;

	if (strcmp(name, "p") == 0) {
		inline_paragraph(t, node, "", "");
		blank(t);
	} else if (strcmp(name, "h") == 0) {
		inline_paragraph(t, node, "", "");
		blank(t);
	} else if (strcmp(name, "list") == 0) {
		for (xmlNode *item = node->children; item; item = item->next)
			if (item->type == XML_ELEMENT_NODE)
				inline_paragraph(t, item, "• ", "  ");
		blank(t);
	} else if (strcmp(name, "callout") == 0) {
		xmlChar *kind = xmlGetProp(node, (const xmlChar *)"kind");
		struct strbuf id = STRBUF_INIT;
		strbuf_addf(&id, "callout-%s", kind ? (const char *)kind : "");
		paragraph(t, render_label(t->ctx, id.buf), "", "");
		for (xmlNode *p = node->children; p; p = p->next)
			if (p->type == XML_ELEMENT_NODE)
				inline_paragraph(t, p, "", "");
		blank(t);
		strbuf_release(&id);
		xmlFree(kind);
	}
}

/* "Other languages" and the other editions' languages, each named in
 * itself, as one list in the edition's language (ulistfmt). */
static void other_languages(struct text_out *t)
{
	const struct render_context *ctx = t->ctx;
	struct strbuf names = STRBUF_INIT, list = STRBUF_INIT;
	const char **items = xcalloc(ctx->n_languages + 1, sizeof(char *));
	size_t *offsets = xcalloc(ctx->n_languages + 1, sizeof(size_t));
	size_t n = 0;

	for (size_t i = 0; i < ctx->n_languages; i++) {
		if (strcmp(ctx->languages[i].dir, ctx->edition_locale->dir) == 0)
			continue;
		struct strbuf name = STRBUF_INIT;
		fmt_language_name(ctx->languages[i].icu, &name);
		offsets[n++] = names.len;
		render_isolate(ctx, name.buf, &names);   /* "English" in a Hebrew list */
		strbuf_addch(&names, '\0');
		strbuf_release(&name);
	}
	for (size_t i = 0; i < n; i++)
		items[i] = names.buf + offsets[i];
	if (n && fmt_list(ctx->fmt, items, n, &list) == 0) {
		blank(t);
		paragraph(t, render_label(ctx, "languages"), "", "");
		paragraph(t, list.buf, "", "");
	}
	free(items);
	free(offsets);
	strbuf_release(&names);
	strbuf_release(&list);
}

void render_text(const struct render_context *ctx, struct strbuf *out)
{
	int rtl = fmt_is_rtl(ctx->fmt);
	struct text_out t = { ctx, out, rtl, rtl, STRBUF_INIT, STRBUF_INIT,
			      { NULL, 0, NULL, NULL, 0 } };
	xmlNode *article = xmlDocGetRootElement(ctx->doc);
	xmlNode *meta = render_child(article, "meta");
	struct strbuf line = STRBUF_INIT;
	/* Room for as much as the edition before took: one buffer grown
	 * once, not doubled a dozen times. */
	static size_t last_size;
	size_t start = out->len;
	strbuf_grow(out, last_size);

	if (render_child(meta, "category"))
		inline_paragraph(&t, render_child(meta, "category"), "", "");
	if (render_child(article, "title"))
		inline_paragraph(&t, render_child(article, "title"), "", "");
	render_date(ctx, &line);
	paragraph(&t, line.buf, "", "");
	strbuf_reset(&line);
	render_reading_time(ctx, &line);
	if (line.len)
		paragraph(&t, line.buf, "• ", "  ");
	blank(&t);
	for (xmlNode *node = article->children; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)node->name;
		if (strcmp(name, "intro") == 0 || strcmp(name, "section") == 0) {
			for (xmlNode *child = node->children; child; child = child->next)
				if (child->type == XML_ELEMENT_NODE)
					block(&t, child);
		} else if (strcmp(name, "faq") == 0) {
			paragraph(&t, render_label(ctx, "faq"), "", "");
			blank(&t);
			long number = 0;
			for (xmlNode *qa = node->children; qa; qa = qa->next) {
				if (qa->type != XML_ELEMENT_NODE)
					continue;
				struct strbuf question = STRBUF_INIT;
				render_inline_text(ctx, render_child(qa, "question"), &question);
				strbuf_reset(&line);
				render_faq_question(ctx, ++number, question.buf, 1, &line);
				paragraph(&t, line.buf, "", "");
				xmlNode *answer = render_child(qa, "answer");
				for (xmlNode *p = answer ? answer->children : NULL; p; p = p->next)
					if (p->type == XML_ELEMENT_NODE)
						inline_paragraph(&t, p, "", "");
				blank(&t);
				strbuf_release(&question);
			}
		}
	}
	other_languages(&t);
	last_size = (out->len - start) + (out->len - start) / 8;   /* and an eighth more */
	strbuf_release(&line);
	strbuf_release(&t.text);
	strbuf_release(&t.line);
	measured_release(&t.measured);
}
