/* render-meta.c: what an edition tells about itself beyond its own page:
 * its title, date, reading time and a description for search results,
 * feeds and indexes, all taken from the localised article. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "render.h"
#include "space.h"
#include "xalloc.h"

/* The first RENDER_DESCRIPTION_MAX grapheme clusters of text, ended at the
 * last line break opportunity before them ("…" added), or all of text. */
static void cut(const struct render_context *ctx, const char *text, struct strbuf *out)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t len = 0;

	u_strFromUTF8(NULL, 0, &len, text, -1, &status);
	status = U_ZERO_ERROR;
	UChar *u = xmalloc(((size_t)len + 1) * sizeof(UChar));
	u_strFromUTF8(u, len + 1, NULL, text, -1, &status);
	UBreakIterator *clusters = U_SUCCESS(status) ? fmt_grapheme_breaks(ctx->fmt, u, len) : NULL;
	int32_t limit = len;
	for (int n = 0; clusters && limit == len && n <= RENDER_DESCRIPTION_MAX; n++) {
		int32_t at = n ? ubrk_next(clusters) : ubrk_first(clusters);
		if (at == UBRK_DONE)
			break;
		if (n == RENDER_DESCRIPTION_MAX && at < len)
			limit = at;
	}
	if (limit == len) {
		strbuf_addstr(out, text);
		free(u);
		return;
	}
	UBreakIterator *lines = fmt_line_breaks(ctx->fmt, u, len);
	int32_t end = lines ? ubrk_preceding(lines, limit) : limit;
	if (end == UBRK_DONE || end <= 0)
		end = limit;
	while (end > 0 && u_isWhitespace(u[end - 1]))
		end--;
	char *utf8 = xmalloc((size_t)end * 3 + 1);
	status = U_ZERO_ERROR;
	u_strToUTF8(utf8, end * 3 + 1, NULL, u, end, &status);
	strbuf_addstr(out, U_SUCCESS(status) ? utf8 : "");
	strbuf_addstr(out, "\xe2\x80\xa6");
	free(utf8);
	free(u);
}

void render_description(const struct render_context *ctx, struct strbuf *out)
{
	xmlNode *intro = render_child(xmlDocGetRootElement(ctx->doc), "intro");
	struct strbuf text = STRBUF_INIT;

	for (xmlNode *p = intro ? intro->children : NULL; p; p = p->next) {
		if (p->type != XML_ELEMENT_NODE)
			continue;
		render_inline_text(ctx, p, &text);
		strbuf_addch(&text, ' ');
	}
	space_normalise(&text, SPACE_DEFAULT);
	cut(ctx, text.buf, out);
	strbuf_release(&text);
}

void render_meta_collect(const struct render_context *ctx, struct render_meta *meta)
{
	xmlNode *article = xmlDocGetRootElement(ctx->doc);
	xmlNode *published = render_child(render_child(article, "meta"), "published");
	struct strbuf title = STRBUF_INIT, description = STRBUF_INIT;

	render_inline_text(ctx, render_child(article, "title"), &title);
	space_normalise(&title, SPACE_DEFAULT);
	render_description(ctx, &description);
	xmlChar *iso = published ? xmlNodeGetContent(published) : NULL;
	meta->title = strbuf_detach(&title, NULL);
	meta->published = xstrdup(iso ? (const char *)iso : "");
	meta->minutes = render_minutes(ctx);
	meta->description = strbuf_detach(&description, NULL);
	xmlFree(iso);
}

void render_meta_release(struct render_meta *meta)
{
	if (!meta)
		return;
	free(meta->title);
	free(meta->published);
	free(meta->description);
	memset(meta, 0, sizeof(*meta));
}
