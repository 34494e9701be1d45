/* site-sitemap.c: sitemap.xml in the sitemaps.org 0.9 format, as search
 * engines document it for a multilingual site: one <url> per page, each
 * with an xhtml:link alternate for every language the same page exists in
 * (itself included) and x-default for the source language.  Editions are
 * dated by their articles' publication dates. */
#include <config.h>

#include <string.h>

#include "markup.h"
#include "site.h"

static void address(const struct site *site, const char *dir, const char *file,
		    struct strbuf *out)
{
	struct strbuf url = STRBUF_INIT;

	site_url(site->base_url, dir, file, &url);
	markup_escape(out, url.buf, 1);
	strbuf_release(&url);
}

static void alternate(const struct site *site, const char *hreflang, const char *dir,
		      const char *file, struct strbuf *out)
{
	strbuf_addstr(out, "<xhtml:link rel=\"alternate\" hreflang=\"");
	markup_escape(out, hreflang, 1);
	strbuf_addstr(out, "\" href=\"");
	address(site, dir, file, out);
	strbuf_addstr(out, "\"/>\n");
}

/* The rows of one article: first to last (excluded), one per language. */
static void article(const struct site *site, size_t first, size_t last, struct strbuf *out)
{
	struct strbuf file = STRBUF_INIT;

	strbuf_addf(&file, "%s.html", site->rows[first].article);
	for (size_t i = first; i < last; i++) {
		const struct index_row *row = &site->rows[i];
		if (!row->built)
			continue;
		strbuf_addstr(out, "<url>\n<loc>");
		address(site, row->locale->dir, file.buf, out);
		strbuf_addstr(out, "</loc>\n");
		if (row->meta && strlen(row->meta->published) == 10)
			strbuf_addf(out, "<lastmod>%s</lastmod>\n", row->meta->published);
		for (size_t j = first; j < last; j++)
			if (site->rows[j].built)
				alternate(site, site->rows[j].locale->tag, site->rows[j].locale->dir,
					  file.buf, out);
		for (size_t j = first; j < last; j++)
			if (site->rows[j].built
			    && strcmp(site->rows[j].locale->name, FOLIO_SOURCE_LOCALE) == 0)
				alternate(site, "x-default", site->rows[j].locale->dir, file.buf, out);
		strbuf_addstr(out, "</url>\n");
	}
	strbuf_release(&file);
}

/* Each language's index, with the others as its alternates. */
static void language_indexes(const struct site *site, struct strbuf *out)
{
	for (size_t i = 0; i < site->n_languages; i++) {
		if (!site_has_editions(site, &site->languages[i]))
			continue;
		strbuf_addstr(out, "<url>\n<loc>");
		address(site, site->languages[i].dir, "index.html", out);
		strbuf_addstr(out, "</loc>\n");
		for (size_t j = 0; j < site->n_languages; j++)
			if (site_has_editions(site, &site->languages[j]))
				alternate(site, site->languages[j].tag, site->languages[j].dir,
					  "index.html", out);
		strbuf_addstr(out, "</url>\n");
	}
}

void site_sitemap(const struct site *site, struct strbuf *out)
{
	strbuf_addstr(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
		      " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n<url>\n<loc>");
	address(site, NULL, "index.html", out);
	strbuf_addstr(out, "</loc>\n</url>\n");
	language_indexes(site, out);
	for (size_t first = 0, last; first < site->n_rows; first = last) {
		last = first + 1;
		while (last < site->n_rows && strcmp(site->rows[last].article,
						     site->rows[first].article) == 0)
			last++;
		article(site, first, last, out);
	}
	strbuf_addstr(out, "</urlset>\n");
}
