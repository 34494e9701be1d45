/* render-meta.c: what an edition tells about itself beyond its own page:
 * its title, date, reading time and a description for search results,
 * feeds and indexes, all taken from the localised article. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "space.h"
#include "xalloc.h"

static void make_description(const struct render_context *ctx, struct strbuf *out);

/* Cutting it (fmt_truncate: clusters, line breaks) is the cost; the HTML
 * head and the meta of one edition share the one made first. */
void render_description(const struct render_context *ctx, struct strbuf *out)
{
	if (!ctx->description) {
		make_description(ctx, out);
		return;
	}
	if (!ctx->description->len)
		make_description(ctx, ctx->description);
	strbuf_addstr(out, ctx->description->buf);
}

static void make_description(const struct render_context *ctx, struct strbuf *out)
{
	xmlNode *article = xmlDocGetRootElement(ctx->doc);
	xmlNode *summary = render_child(render_child(article, "meta"), "summary");
	xmlNode *intro = render_child(article, "intro");
	struct strbuf text = STRBUF_INIT;

	if (summary)
		render_inline_text(ctx, summary, &text);
	for (xmlNode *p = intro && !summary ? intro->children : NULL; p; p = p->next) {
		if (p->type != XML_ELEMENT_NODE)
			continue;
		render_inline_text(ctx, p, &text);
		strbuf_addch(&text, ' ');
	}
	space_normalise(&text, SPACE_DEFAULT);
	if (fmt_truncate(ctx->fmt, text.buf, RENDER_DESCRIPTION_MAX, out) < 0)
		strbuf_addstr(out, text.buf);
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
