/* render-html.c: the HTML edition: a standalone HTML5 page with lang and
 * dir, semantic elements, a language switcher naming each language in
 * itself, the links search engines read (render-head.c) and a stylesheet
 * (render-style.c).  Every text is escaped; inline markup from the
 * article vocabulary maps to HTML one for one, links only to safe URLs. */
#include <config.h>

#include <string.h>

#include "fmt.h"
#include "localise.h"
#include "markup.h"
#include "render.h"

static void text(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 0);
}

static void attribute(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 1);
}

static int safe_url(const char *url)
{
	const char *colon = strchr(url, ':');
	const char *slash = strchr(url, '/');

	if (!colon || (slash && slash < colon))
		return 1;   /* relative */
	return strncmp(url, "https:", 6) == 0 || strncmp(url, "http:", 5) == 0
		|| strncmp(url, "mailto:", 7) == 0;
}

static void inline_html(const struct render_context *ctx, const xmlNode *node,
			struct strbuf *out)
{
	for (const xmlNode *child = node->children; child; child = child->next) {
		if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
			text(out, (const char *)child->content);
			continue;
		}
		if (child->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)child->name;
		if (strcmp(name, "br") == 0) {
			strbuf_addstr(out, "<br/>");
		} else if (strcmp(name, "a") == 0) {
			xmlChar *href = xmlGetProp(child, (const xmlChar *)"href");
			if (href && safe_url((const char *)href)) {
				strbuf_addstr(out, "<a href=\"");
				attribute(out, (const char *)href);
				strbuf_addstr(out, "\">");
				inline_html(ctx, child, out);
				strbuf_addstr(out, "</a>");
			} else {
				inline_html(ctx, child, out);
			}
			xmlFree(href);
		} else if (strcmp(name, "strong") == 0 || strcmp(name, "em") == 0
			   || strcmp(name, "code") == 0 || strcmp(name, "q") == 0) {
			strbuf_addch(out, '<');
			strbuf_addstr(out, name);
			strbuf_addch(out, '>');
			inline_html(ctx, child, out);
			strbuf_addstr(out, "</");
			strbuf_addstr(out, name);
			strbuf_addch(out, '>');
		} else {
			inline_html(ctx, child, out);
		}
	}
}

/* A unit left in the source language says so: its lang and direction (the
 * source's, or what its ITS markup says). */
static void source_language(const struct render_context *ctx, const xmlNode *node,
			    struct strbuf *out)
{
	if (localise_is_untranslated(node))
		strbuf_addf(out, " lang=\"%s\" dir=\"%s\"",
			    localise_source_lang(node, ctx->source->tag),
			    localise_source_rtl(node, fmt_is_rtl(render_source_fmt(ctx))) ? "rtl"
			    : "ltr");
}

/* Stands for the question while the FAQ line is formatted (a private-use
 * character: no direction of its own, nothing to escape). */
#define QUESTION_PLACEHOLDER "\xee\x80\x82"

static void element(const struct render_context *ctx, const char *tag, const char *class_name,
		    const xmlNode *node, struct strbuf *out)
{
	strbuf_addch(out, '<');
	strbuf_addstr(out, tag);
	if (class_name) {
		strbuf_addstr(out, " class=\"");
		strbuf_addstr(out, class_name);
		strbuf_addch(out, '"');
	}
	source_language(ctx, node, out);
	strbuf_addch(out, '>');
	inline_html(ctx, node, out);
	strbuf_addstr(out, "</");
	strbuf_addstr(out, tag);
	strbuf_addstr(out, ">\n");
}

static void block(const struct render_context *ctx, const xmlNode *node, struct strbuf *out)
{
	const char *name = (const char *)node->name;

	if (strcmp(name, "p") == 0) {
		element(ctx, "p", NULL, node, out);
	} else if (strcmp(name, "h") == 0) {
		element(ctx, "h2", NULL, node, out);
	} else if (strcmp(name, "list") == 0) {
		strbuf_addstr(out, "<ul>\n");
		for (xmlNode *item = node->children; item; item = item->next)
			if (item->type == XML_ELEMENT_NODE)
				element(ctx, "li", NULL, item, out);
		strbuf_addstr(out, "</ul>\n");
	} else if (strcmp(name, "callout") == 0) {
		xmlChar *kind = xmlGetProp(node, (const xmlChar *)"kind");
		struct strbuf id = STRBUF_INIT;
		strbuf_addf(&id, "callout-%s", kind ? (const char *)kind : "");
		strbuf_addstr(out, "<aside class=\"");
		attribute(out, id.buf);
		strbuf_addstr(out, "\">\n<h3>");
		text(out, render_label(ctx, id.buf));
		strbuf_addstr(out, "</h3>\n");
		for (xmlNode *p = node->children; p; p = p->next)
			if (p->type == XML_ELEMENT_NODE)
				element(ctx, "p", NULL, p, out);
		strbuf_addstr(out, "</aside>\n");
		strbuf_release(&id);
		xmlFree(kind);
	}
}

/* The address of another language's edition of this article. */
static void edition_href(const struct render_context *ctx, const char *language,
			 struct strbuf *out)
{
	strbuf_addstr(out, "\" href=\"../");
	attribute(out, language);
	strbuf_addch(out, '/');
	attribute(out, ctx->article_id);
	strbuf_addstr(out, ".html\"");
}

static void head(const struct render_context *ctx, struct strbuf *out)
{
	xmlNode *article = xmlDocGetRootElement(ctx->doc);
	struct strbuf title = STRBUF_INIT;

	render_inline_text(ctx, render_child(article, "title"), &title);
	strbuf_addstr(out, "<!DOCTYPE html>\n<html lang=\"");
	attribute(out, ctx->edition_locale->tag);
	strbuf_addf(out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\"/>\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
		    "<title>", fmt_is_rtl(ctx->fmt) ? "rtl" : "ltr");
	text(out, title.buf);
	strbuf_addstr(out, "</title>\n");
	render_head_links(ctx, title.buf, out);
	strbuf_addstr(out, "<style>");
	render_stylesheet(ctx, out);
	strbuf_addstr(out, "</style>\n</head>\n");
	strbuf_release(&title);
}

static void switcher(const struct render_context *ctx, struct strbuf *out)
{
	strbuf_addstr(out, "<nav aria-label=\"");
	attribute(out, render_label(ctx, "languages"));
	strbuf_addstr(out, "\"><ul>\n");
	for (size_t i = 0; i < ctx->n_languages; i++) {
		const struct locale *other = &ctx->languages[i];
		struct strbuf name = STRBUF_INIT;
		fmt_language_name(other->icu, &name);
		strbuf_addstr(out, "<li><a dir=\"auto\" lang=\"");
		attribute(out, other->tag);
		strbuf_addstr(out, "\" hreflang=\"");
		attribute(out, other->tag);
		edition_href(ctx, other->dir, out);
		strbuf_addf(out, "%s>", strcmp(other->dir, ctx->edition_locale->dir) == 0
			    ? " aria-current=\"page\"" : "");
		text(out, name.buf);
		strbuf_addstr(out, "</a></li>\n");
		strbuf_release(&name);
	}
	strbuf_addstr(out, "</ul></nav>\n");
}

static void faq(const struct render_context *ctx, const xmlNode *node, struct strbuf *out)
{
	long number = 0;

	strbuf_addstr(out, "<section class=\"faq\">\n<h2>");
	text(out, render_label(ctx, "faq"));
	strbuf_addstr(out, "</h2>\n");
	for (xmlNode *qa = node->children; qa; qa = qa->next) {
		if (qa->type != XML_ELEMENT_NODE)
			continue;
		struct strbuf question = STRBUF_INIT, line = STRBUF_INIT, escaped = STRBUF_INIT;
		xmlNode *asked = render_child(qa, "question");
		render_inline_text(ctx, asked, &question);
		/* The question goes in as a placeholder, then in a <bdi> of its own
		 * once the line is escaped. */
		render_faq_question(ctx, ++number, QUESTION_PLACEHOLDER, 0, &line);
		text(&escaped, line.buf);
		strbuf_addstr(out, "<details open=\"\">\n<summary>");
		const char *at = strstr(escaped.buf, QUESTION_PLACEHOLDER);
		strbuf_add(out, escaped.buf, at ? (size_t)(at - escaped.buf) : escaped.len);
		if (at) {
			strbuf_addstr(out, "<bdi");
			source_language(ctx, asked, out);
			strbuf_addch(out, '>');
			text(out, question.buf);
			strbuf_addstr(out, "</bdi>");
			strbuf_addstr(out, at + strlen(QUESTION_PLACEHOLDER));
		}
		strbuf_addstr(out, "</summary>\n");
		strbuf_release(&escaped);
		xmlNode *answer = render_child(qa, "answer");
		for (xmlNode *p = answer ? answer->children : NULL; p; p = p->next)
			if (p->type == XML_ELEMENT_NODE)
				element(ctx, "p", NULL, p, out);
		strbuf_addstr(out, "</details>\n");
		strbuf_release(&question);
		strbuf_release(&line);
	}
	strbuf_addstr(out, "</section>\n");
}

/* The category as a kicker in capitals, cased by ICU for the language
 * (Turkish "i" is "İ"), not by the stylesheet, whose text-transform
 * depends on the browser knowing the language's rules. */
static void category(const struct render_context *ctx, const xmlNode *node, struct strbuf *out)
{
	struct strbuf plain = STRBUF_INIT, upper = STRBUF_INIT;

	render_inline_text(ctx, node, &plain);
	if (fmt_upper(ctx->fmt, plain.buf, &upper) < 0)
		strbuf_addstr(&upper, plain.buf);
	strbuf_addstr(out, "<p class=\"category\"");
	source_language(ctx, node, out);
	strbuf_addch(out, '>');
	text(out, upper.buf);
	strbuf_addstr(out, "</p>\n");
	strbuf_release(&plain);
	strbuf_release(&upper);
}

/* The language's other articles and its feed, beside the edition. */
static void site_links(const struct render_context *ctx, struct strbuf *out)
{
	strbuf_addstr(out, "<footer><p><a href=\"index.html\">");
	text(out, render_label(ctx, "articles"));
	strbuf_addstr(out, "</a> · <a href=\"feed.xml\">");
	text(out, render_label(ctx, "feed"));
	strbuf_addstr(out, "</a></p></footer>\n");
}

void render_html(const struct render_context *ctx, struct strbuf *out)
{
	xmlNode *article = xmlDocGetRootElement(ctx->doc);
	xmlNode *meta = render_child(article, "meta");
	struct strbuf line = STRBUF_INIT;

	head(ctx, out);
	strbuf_addstr(out, "<body>\n<a class=\"skip\" href=\"#article\">");
	text(out, render_label(ctx, "skip-to-content"));
	strbuf_addstr(out, "</a>\n");
	switcher(ctx, out);
	strbuf_addstr(out, "<main>\n<article id=\"article\">\n<header>\n");
	if (render_child(meta, "category"))
		category(ctx, render_child(meta, "category"), out);
	element(ctx, "h1", NULL, render_child(article, "title"), out);
	xmlNode *published = render_child(meta, "published");
	xmlChar *iso = published ? xmlNodeGetContent(published) : NULL;
	strbuf_addstr(out, "<p class=\"meta\"><time datetime=\"");
	attribute(out, iso ? (const char *)iso : "");
	strbuf_addstr(out, "\">");
	render_date(ctx, &line);
	text(out, line.buf);
	strbuf_addstr(out, "</time> · ");
	strbuf_reset(&line);
	render_reading_time(ctx, &line);
	text(out, line.buf);
	strbuf_addstr(out, "</p>\n</header>\n");
	xmlFree(iso);
	for (xmlNode *node = article->children; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)node->name;
		if (strcmp(name, "intro") == 0 || strcmp(name, "section") == 0) {
			strbuf_addstr(out, strcmp(name, "section") == 0 ? "<section>\n" : "");
			for (xmlNode *child = node->children; child; child = child->next)
				if (child->type == XML_ELEMENT_NODE)
					block(ctx, child, out);
			strbuf_addstr(out, strcmp(name, "section") == 0 ? "</section>\n" : "");
		} else if (strcmp(name, "faq") == 0) {
			faq(ctx, node, out);
		}
	}
	strbuf_addstr(out, "</article>\n");
	if (ctx->in_site)
		site_links(ctx, out);
	strbuf_addstr(out, "</main>\n</body>\n</html>\n");
	strbuf_release(&line);
}
