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
#include "localise.h"
#include "render.h"
#include "space.h"
#include "xalloc.h"

struct text_out {
	const struct render_context *ctx;
	struct strbuf *out;
	int rtl;          /* the edition runs right to left */
	int line_rtl;     /* the paragraph being written does (a unit left in
	                     the source language has the source's direction) */
};

static int is_space(UChar32 c)
{
	return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : u_isWhitespace(c);
}

/* The columns each UTF-16 unit starts (fmt_text_columns). */
static signed char *cluster_columns(struct fmt_locale *locale, const UChar *u, int32_t len)
{
	signed char *cols = xmalloc((size_t)len + 1);

	fmt_text_columns(locale, u, len, cols);
	cols[len] = 0;
	return cols;
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
	int isolate = t->rtl || t->line_rtl;
	if (isolate)
		strbuf_addstr(t->out, t->line_rtl ? RENDER_RLI : RENDER_LRI);
	strbuf_addstr(t->out, prefix);
	strbuf_add(t->out, text, (size_t)len);
	if (isolate)
		strbuf_addstr(t->out, RENDER_PDI);
	strbuf_addch(t->out, '\n');
}

/* One line of a paragraph (up to a <br/>), wrapped; first_prefix on its
 * first line, indent after.  ICU breaks the UTF-16 form; lines are cut
 * from the UTF-8 one, whose offsets are counted along. */
static void wrap(struct text_out *t, struct strbuf *clean, const char *first_prefix,
		 const char *indent)
{
	int avail = t->ctx->width - (int)strlen(indent);
	if (t->ctx->width <= 0 || avail < 8 || clean->len > INT32_MAX / 2) {
		emit_line(t, first_prefix, clean->buf, (int32_t)clean->len);
		return;
	}
	/* UTF-16 never needs more units than UTF-8 has bytes. */
	UChar *u = xmalloc((clean->len + 1) * sizeof(UChar));
	int32_t len = 0;
	UErrorCode status = U_ZERO_ERROR;
	u_strFromUTF8(u, (int32_t)clean->len + 1, &len, clean->buf, (int32_t)clean->len, &status);
	signed char *widths = U_SUCCESS(status) ? cluster_columns(t->ctx->fmt, u, len) : NULL;
	UBreakIterator *breaks = U_SUCCESS(status) ? fmt_line_breaks(t->ctx->fmt, u, len) : NULL;
	if (!breaks) {
		emit_line(t, first_prefix, clean->buf, (int32_t)clean->len);
		free(widths);
		free(u);
		return;
	}
	int32_t start = 0, pos = 0, pos8 = 0, start8 = 0;
	int cols = 0;
	const char *prefix = first_prefix;
	/* ubrk_next, not ubrk_following: the iterator walks forward anyway,
	 * and following() searches its cache for the position every time. */
	ubrk_first(breaks);
	for (int32_t next = ubrk_next(breaks); next != UBRK_DONE; next = ubrk_next(breaks)) {
		/* A segment is a word with its trailing spaces; the spaces may
		 * hang past the width, the word may not. */
		int visible = 0, full = 0;
		int32_t next8 = pos8;
		for (int32_t i = pos; i < next;) {
			UChar32 c;
			full += widths[i];
			U16_NEXT(u, i, next, c);
			next8 += U8_LENGTH(c);
			if (!is_space(c))
				visible = full;
		}
		if (cols + visible > avail && pos > start) {
			emit_line(t, prefix, clean->buf + start8, pos8 - start8);
			prefix = indent;
			start = pos;
			start8 = pos8;
			cols = 0;
		}
		cols += full;
		pos = next;
		pos8 = next8;
	}
	if (start < len)
		emit_line(t, prefix, clean->buf + start8, (int32_t)clean->len - start8);
	free(widths);
	free(u);
}

/* One paragraph: its lines (split at each <br/>) wrapped in turn. */
static void paragraph(struct text_out *t, const char *text, const char *first_prefix,
		      const char *indent)
{
	struct strbuf line = STRBUF_INIT;
	const char *prefix = first_prefix;

	for (const char *p = text;;) {
		const char *end = strstr(p, RENDER_LINE_BREAK);
		size_t len = end ? (size_t)(end - p) : strlen(p);
		strbuf_reset(&line);
		strbuf_add(&line, p, len);
		space_normalise(&line, SPACE_DEFAULT);
		if (line.len || !end)
			wrap(t, &line, prefix, indent);
		prefix = indent;
		if (!end)
			break;
		p = end + strlen(RENDER_LINE_BREAK);
	}
	strbuf_release(&line);
}

static void inline_paragraph(struct text_out *t, const xmlNode *node, const char *prefix,
			     const char *indent)
{
	struct strbuf text = STRBUF_INIT;
	int edition_rtl = t->line_rtl;

	/* A unit left in the source language runs in the source's direction. */
	if (localise_is_untranslated(node))
		t->line_rtl = fmt_is_rtl(render_source_fmt(t->ctx));
	render_inline_lines(t->ctx, node, &text);
	paragraph(t, text.buf, prefix, indent);
	t->line_rtl = edition_rtl;
	strbuf_release(&text);
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
	struct text_out t = { ctx, out, rtl, rtl };
	xmlNode *article = xmlDocGetRootElement(ctx->doc);
	xmlNode *meta = render_child(article, "meta");
	struct strbuf line = STRBUF_INIT;

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
	strbuf_release(&line);
}
