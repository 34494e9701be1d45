/* site-sitemap.c: sitemap.xml in the sitemaps.org 0.9 format, as search
 * engines document it for a multilingual site: one <url> per page, each
 * with an xhtml:link alternate for every language the same page exists in
 * (itself included) and x-default for the source language.  Editions are
 * dated by their articles' publication dates.
 *
 * The alternates make the file grow with articles times languages squared
 * (44 MB at 500 articles in 30 languages); past the format's limits for
 * one file, each language gets its own sitemap-LANG.xml and sitemap.xml
 * becomes the sitemap index of them. */
#include <config.h>

#include <string.h>

#include "diag.h"
#include "i18n.h"
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

/* The rows of one article: first to last (excluded), one per language;
 * only those in only, unless it is NULL.  Returns the <url>s written. */
static size_t article(const struct site *site, const struct locale *only, size_t first,
		      size_t last, struct strbuf *out)
{
	struct strbuf file = STRBUF_INIT;
	size_t n = 0;

	strbuf_addf(&file, "%s.html", site->rows[first].article);
	for (size_t i = first; i < last; i++) {
		const struct index_row *row = &site->rows[i];
		if (!row->built || (only && row->locale != only))
			continue;
		n++;
		strbuf_addstr(out, "<url>\n<loc>");
		address(site, row->locale->dir, file.buf, out);
		strbuf_addstr(out, "</loc>\n");
		if (row->meta && strlen(row->meta->published) == 10)
			strbuf_addf(out, "<lastmod>%s</lastmod>\n", row->meta->published);
		for (size_t j = first; j < last; j++)
			if (site->rows[j].built)
				alternate(site, site->rows[j].locale->tag, site->rows[j].locale->dir,
					  file.buf, out);
		/* x-default: the site's source language, as the editions say. */
		for (size_t j = first; j < last; j++)
			if (site->rows[j].built && site->rows[j].locale == &site->languages[0])
				alternate(site, "x-default", site->rows[j].locale->dir, file.buf, out);
		strbuf_addstr(out, "</url>\n");
	}
	strbuf_release(&file);
	return n;
}

/* Each language's index (in only, unless NULL), with the others as its
 * alternates.  Returns the <url>s written. */
static size_t language_indexes(const struct site *site, const struct locale *only,
			       struct strbuf *out)
{
	size_t n = 0;

	for (size_t i = 0; i < site->n_languages; i++) {
		if (!site_has_editions(site, &site->languages[i])
		    || (only && &site->languages[i] != only))
			continue;
		n++;
		strbuf_addstr(out, "<url>\n<loc>");
		address(site, site->languages[i].dir, "index.html", out);
		strbuf_addstr(out, "</loc>\n");
		for (size_t j = 0; j < site->n_languages; j++)
			if (site_has_editions(site, &site->languages[j]))
				alternate(site, site->languages[j].tag, site->languages[j].dir,
					  "index.html", out);
		strbuf_addstr(out, "</url>\n");
	}
	return n;
}

/* The pages in only (every language when NULL; the index of every
 * language goes with the source language).  Returns the <url>s written. */
static size_t urlset(const struct site *site, const struct locale *only, struct strbuf *out)
{
	size_t n = 0;

	strbuf_addstr(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
		      " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
	if (!only || only == &site->languages[0]) {
		strbuf_addstr(out, "<url>\n<loc>");
		address(site, NULL, "index.html", out);
		strbuf_addstr(out, "</loc>\n</url>\n");
		n++;
	}
	n += language_indexes(site, only, out);
	for (size_t first = 0, last; first < site->n_rows; first = last) {
		last = first + 1;
		while (last < site->n_rows && strcmp(site->rows[last].article,
						     site->rows[first].article) == 0)
			last++;
		n += article(site, only, first, last, out);
	}
	strbuf_addstr(out, "</urlset>\n");
	return n;
}

/* sitemap-LANG.xml for each language, and their index. */
static int write_parts(const struct site *site, size_t max_urls, size_t max_bytes)
{
	struct strbuf index = STRBUF_INIT, part = STRBUF_INIT, name = STRBUF_INIT;
	int rc = 0;

	strbuf_addstr(&index, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		      "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
	for (size_t i = 0; i < site->n_languages; i++) {
		const struct locale *language = &site->languages[i];
		if (!site_has_editions(site, language))
			continue;
		strbuf_reset(&part);
		strbuf_reset(&name);
		strbuf_addf(&name, "sitemap-%s.xml", language->dir);
		if (urlset(site, language, &part) > max_urls || part.len > max_bytes)
			diag_warning(name.buf, 0, 0, _("larger than a sitemap may be (at most %zu "
						       "addresses and %zu bytes): search engines "
						       "may not read all of it"), max_urls, max_bytes);
		if (site_write_page(site, NULL, name.buf, &part) < 0)
			rc = -1;
		strbuf_addstr(&index, "<sitemap>\n<loc>");
		address(site, NULL, name.buf, &index);
		strbuf_addstr(&index, "</loc>\n</sitemap>\n");
	}
	strbuf_addstr(&index, "</sitemapindex>\n");
	if (site_write_page(site, NULL, "sitemap.xml", &index) < 0)
		rc = -1;
	strbuf_release(&index);
	strbuf_release(&part);
	strbuf_release(&name);
	return rc;
}

int site_write_sitemaps(const struct site *site, size_t max_urls, size_t max_bytes)
{
	struct strbuf map = STRBUF_INIT;
	size_t n = urlset(site, NULL, &map);
	int rc = n <= max_urls && map.len <= max_bytes
		? site_write_page(site, NULL, "sitemap.xml", &map)
		: write_parts(site, max_urls, max_bytes);

	strbuf_release(&map);
	return rc;
}
