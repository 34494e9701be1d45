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
#include <unicode/utf8.h>

#include "fmt.h"
#include "line-break.h"
#include "localise.h"
#include "render.h"
#include "text-measure.h"
#include "xalloc.h"

struct text_out {
	const struct render_context *ctx;
	struct strbuf *out;
	int rtl;          /* the edition runs right to left */
	int line_rtl;     /* the paragraph being written does (a unit left in
	                     the source language has the source's direction) */
	struct strbuf text;      /* the paragraph being written, as text */
	struct strbuf line;      /* the line of it being wrapped, collapsed */
	struct text_measure measured;
};

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

/* One line of a paragraph (up to a <br/>), wrapped; first_prefix on its
 * first line, indent after.  Lines are filled greedily: the columns are
 * summed once, the first character past the width found from them, and
 * the line ends at the last break before it (line-break.h), so a
 * paragraph that fits asks for no break at all.  Breaks are found in the
 * UTF-16 form; lines are cut from the UTF-8 one. */
static void wrap(struct text_out *t, const struct strbuf *clean, const struct text_measure *m,
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
	for (int32_t over; (over = text_measure_overflow(m, start, avail)) >= 0;) {
		int32_t end = line_breaker_end(&breaker, start, over);
		if (end == UBRK_DONE || end >= m->len)
			break;   /* the rest on one line */
		int32_t from = text_measure_offset(m, start);
		emit_line(t, prefix, clean->buf + from, text_measure_offset(m, end) - from);
		prefix = indent;
		start = end;
	}
	if (start < m->len)
		emit_line(t, prefix, clean->buf + text_measure_offset(m, start),
			  (int32_t)clean->len - text_measure_offset(m, start));
}

/* One paragraph: its lines (split at each <br/>) wrapped in turn. */
static void paragraph(struct text_out *t, const char *text, const char *first_prefix,
		      const char *indent)
{
	const char *prefix = first_prefix;

	for (const char *p = text;;) {
		const char *end = strstr(p, RENDER_LINE_BREAK);
		size_t len = end ? (size_t)(end - p) : strlen(p);
		text_measure_line(&t->measured, t->ctx->fmt, p, len, &t->line);
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
			      { .u = NULL, .len = 0 } };
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
	text_measure_release(&t.measured);
}
