/* site-language-index.c: LANG/index.html, the articles of one language by
 * their translated titles, newest first, each with its date and reading
 * time formatted by ICU for the language, its description and its
 * plain-text edition; links to the language's feed and to the index of
 * every language. */
#include <config.h>

#include <stdlib.h>

#include "markup.h"
#include "site.h"

static void text(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 0);
}

static void attribute(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 1);
}

static void link_to(const char *file, const char *suffix, struct strbuf *out)
{
	struct strbuf name = STRBUF_INIT, url = STRBUF_INIT;

	strbuf_addf(&name, "%s%s", file, suffix);
	site_url(NULL, NULL, name.buf, &url);
	attribute(out, url.buf);
	strbuf_release(&name);
	strbuf_release(&url);
}

static void entry(const struct render_context *ctx, const struct index_row *row,
		  struct strbuf *out)
{
	struct strbuf line = STRBUF_INIT;

	strbuf_addstr(out, "<li>\n<h2><a href=\"");
	link_to(row->article, ".html", out);
	strbuf_addstr(out, "\">");
	text(out, *row->meta->title ? row->meta->title : row->article);
	strbuf_addstr(out, "</a></h2>\n<p class=\"meta\">");
	if (fmt_date(ctx->fmt, row->meta->published, &line) == 0) {
		strbuf_addstr(out, "<time datetime=\"");
		attribute(out, row->meta->published);
		strbuf_addstr(out, "\">");
		text(out, line.buf);
		strbuf_addstr(out, "</time> · ");
	}
	strbuf_reset(&line);
	if (row->meta->minutes > 0) {
		render_reading_time_of(ctx, row->meta->minutes, &line);
		text(out, line.buf);
		strbuf_addstr(out, " · ");
	}
	strbuf_addstr(out, "<a href=\"");
	link_to(row->article, ".txt", out);
	strbuf_addstr(out, "\">");
	text(out, render_label(ctx, "format-text"));
	strbuf_addstr(out, "</a></p>\n<p>");
	text(out, row->meta->description);
	strbuf_addstr(out, "</p>\n</li>\n");
	strbuf_release(&line);
}

/* The same page in the other languages, for search engines. */
static void alternates(const struct site *site, struct strbuf *out)
{
	for (size_t i = 0; i < site->n_languages; i++) {
		if (!site_has_editions(site, &site->languages[i]))
			continue;
		struct strbuf url = STRBUF_INIT;
		if (!site->base_url)
			strbuf_addstr(&url, "../");
		site_url(site->base_url, site->languages[i].dir, "index.html", &url);
		strbuf_addstr(out, "<link rel=\"alternate\" hreflang=\"");
		attribute(out, site->languages[i].tag);
		strbuf_addstr(out, "\" href=\"");
		attribute(out, url.buf);
		strbuf_addstr(out, "\"/>\n");
		strbuf_release(&url);
	}
}

void site_language_index(const struct site *site, const struct render_context *ctx,
			 struct strbuf *out)
{
	size_t n;
	const struct index_row **editions = site_editions_of(site, ctx->edition_locale, &n);
	const char *title = render_label(ctx, "articles");

	/* Described by its newest titles, as a reader would skim it. */
	struct strbuf description = STRBUF_INIT;
	for (size_t i = 0; i < n && i < 3; i++) {
		strbuf_addstr(&description, i ? " · " : "");
		strbuf_addstr(&description, *editions[i]->meta->title ? editions[i]->meta->title
			      : editions[i]->article);
	}
	site_page_head(ctx, title, description.len ? description.buf : title,
		       ctx->edition_locale->dir, out);
	strbuf_release(&description);
	strbuf_addstr(out, "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\""
		      " title=\"");
	attribute(out, render_label(ctx, "feed"));
	strbuf_addstr(out, "\"/>\n");
	alternates(site, out);
	site_page_body(site, ctx, "../", title, out);
	strbuf_addstr(out, "<p><a href=\"feed.xml\">");
	text(out, render_label(ctx, "feed"));
	strbuf_addstr(out, "</a> · <a href=\"../index.html\">");
	text(out, render_label(ctx, "all-languages"));
	strbuf_addstr(out, "</a></p>\n<ol class=\"articles\">\n");
	for (size_t i = 0; i < n; i++)
		entry(ctx, editions[i], out);
	strbuf_addstr(out, "</ol>\n</main>\n</body>\n</html>\n");
	free(editions);
}
