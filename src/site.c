/* site.c: writes the pages around the editions (site.h): for each language
 * with editions its index and feed, then the index of every edition and,
 * with a base URL, the sitemap.  Each page is formatted in its own
 * language, from that language's template entries. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "diag.h"
#include "digest.h"
#include "i18n.h"
#include "site.h"
#include "xalloc.h"

/* Newest first; the same day by title, then by id, so the order never
 * depends on the build. */
static int compare_newest(const void *a, const void *b)
{
	const struct index_row *x = *(const struct index_row *const *)a;
	const struct index_row *y = *(const struct index_row *const *)b;
	int by_date = strcmp(y->meta->published, x->meta->published);

	if (by_date)
		return by_date;
	int by_title = strcmp(x->meta->title, y->meta->title);
	return by_title ? by_title : strcmp(x->article, y->article);
}

const struct index_row **site_editions_of(const struct site *site, const struct locale *locale,
					  size_t *n)
{
	const struct index_row **list = xcalloc(site->n_rows + 1, sizeof(*list));

	*n = 0;
	for (size_t i = 0; i < site->n_rows; i++)
		if (site->rows[i].built && site->rows[i].meta && site->rows[i].locale == locale)
			list[(*n)++] = &site->rows[i];
	if (*n)
		qsort(list, *n, sizeof(*list), compare_newest);
	return list;
}

void site_pages_add(struct site_pages *list, const char *path, int64_t size, uint64_t digest)
{
	FOLIO_GROW(list->pages, list->n + 1, list->alloc);
	list->pages[list->n++] = (struct site_page){ xstrdup(path), size, digest };
}

void site_pages_release(struct site_pages *list)
{
	for (size_t i = 0; i < list->n; i++)
		free(list->pages[i].path);
	free(list->pages);
	memset(list, 0, sizeof(*list));
}

int site_write_page(const struct site *site, const char *dir, const char *file,
		    const struct strbuf *page)
{
	struct strbuf path = STRBUF_INIT;

	strbuf_addf(&path, "%s/", site->out);
	size_t inside = path.len;
	if (dir)
		strbuf_addf(&path, "%s/", dir);
	strbuf_addstr(&path, file);
	int rc = atomic_file_write_if_changed(path.buf, page->buf, page->len);
	if (rc == 0 && site->written)
		site_pages_add(site->written, path.buf + inside, (int64_t)page->len,
			       digest_bytes(page->buf, page->len, 0));
	strbuf_release(&path);
	return rc;
}

/* A context to format the site's pages in locale: no article, the
 * template's entries. */
static struct render_context page_context(const struct site *site, const struct locale *locale,
					  struct edition_labels *labels)
{
	return (struct render_context){ locale->icu, fmt_locale_get(locale->icu), locale, NULL,
					&labels->entries, 0, site->languages, site->n_languages,
					NULL, &labels->sources, labels->po_name, &labels->warned,
					&site->languages[0], NULL, site->base_url, 1, NULL, NULL };
}

/* The index and feed of one language, when it has editions. */
static int write_language(const struct site *site, const struct locale *locale)
{
	size_t n;
	const struct index_row **editions = site_editions_of(site, locale, &n);
	struct edition_labels *labels = n ? edition_labels(site->set, locale) : NULL;
	int rc = n && !labels ? -1 : 0;

	free(editions);
	if (!labels)
		return rc;
	struct render_context ctx = page_context(site, locale, labels);
	struct strbuf page = STRBUF_INIT;
	site_language_index(site, &ctx, &page);
	rc = site_write_page(site, locale->dir, "index.html", &page);
	strbuf_reset(&page);
	site_feed(site, &ctx, &page);
	if (rc == 0)
		rc = site_write_page(site, locale->dir, "feed.xml", &page);
	strbuf_release(&page);
	return rc;
}

int site_write(const struct site *site)
{
	int rc = 0;

	for (size_t i = 0; i < site->n_languages; i++)
		if (write_language(site, &site->languages[i]) < 0)
			rc = -1;
	struct edition_labels *labels = edition_labels(site->set, &site->languages[0]);
	if (!labels)
		return -1;
	struct render_context ctx = page_context(site, &site->languages[0], labels);
	struct strbuf page = STRBUF_INIT;
	render_index(site, &ctx, &page);
	if (site_write_page(site, NULL, "index.html", &page) < 0)
		rc = -1;
	if (site->base_url
	    && site_write_sitemaps(site, SITE_SITEMAP_MAX_URLS, SITE_SITEMAP_MAX_BYTES) < 0)
		rc = -1;
	strbuf_release(&page);
	return rc;
}
