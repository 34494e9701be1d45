/* site.h: the pages around the editions that make them a site: the index
 * of every edition (articles by languages), an index and an Atom feed per
 * language, and sitemap.xml for search engines.
 *
 * The build hands over one row per edition, built or skipped, article by
 * article in the order of its jobs, each with what the localised article
 * said of itself (render_meta).  Absolute addresses need the site's base
 * URL; without one, pages link relatively and no sitemap is written, since
 * the sitemaps.org format allows only absolute addresses. */
#ifndef FOLIO_SITE_H
#define FOLIO_SITE_H

#include <stddef.h>
#include <stdint.h>

#include "edition.h"
#include "render.h"

/* A page of the site as written: its path inside the output folder, its
 * size and the fingerprint of its bytes. */
struct site_page {
	char *path;
	int64_t size;
	uint64_t digest;
};
struct site_pages {
	struct site_page *pages;
	size_t n, alloc;
};
void site_pages_add(struct site_pages *list, const char *path, int64_t size, uint64_t digest);
void site_pages_release(struct site_pages *list);

struct site {
	const char *out;                 /* the output folder */
	const char *base_url;            /* checked by site_base_url_check, or NULL */
	const struct locale *languages;  /* the source language first */
	size_t n_languages;
	const struct index_row *rows;    /* grouped by article */
	size_t n_rows;
	struct edition_set *set;         /* the template's labels per language */
	struct site_pages *written;      /* when not NULL, gets every page written or
	                                    left as it was */
};

/* 0 when url can be the site's base: http or https, a host, no query,
 * fragment, space, quote or control character.  Else -1 with the reason
 * in err. */
int site_base_url_check(const char *url, struct strbuf *err);
/* The address of dir/file: base_url/dir/file with a final '/' of base_url
 * left out, or dir/file when base_url is NULL; dir may be NULL.  Path
 * characters other than letters, digits and "-._~@" are percent-encoded. */
void site_url(const char *base_url, const char *dir, const char *file, struct strbuf *out);

/* Writes index.html, LANG/index.html, LANG/feed.xml and, with a base URL,
 * sitemap.xml into site->out; files that would not change are not
 * touched.  Reports and returns -1 on error.  The caller says when there
 * is no base URL. */
int site_write(const struct site *site);

/* The pages themselves, each into out. */
/* The limits of one sitemap file (sitemaps.org). */
#define SITE_SITEMAP_MAX_URLS 50000
#define SITE_SITEMAP_MAX_BYTES (50 * 1024 * 1024)
/* Writes sitemap.xml when it stays within max_urls addresses and
 * max_bytes; else one sitemap-LANG.xml per language, with sitemap.xml their
 * sitemap index.  Reports and returns -1 on error. */
int site_write_sitemaps(const struct site *site, size_t max_urls, size_t max_bytes);
/* Writes page as OUT/dir/file (dir may be NULL), unless it would not
 * change, and adds it to site->written.  Reports and returns -1 on
 * error. */
int site_write_page(const struct site *site, const char *dir, const char *file,
		    const struct strbuf *page);
void site_feed(const struct site *site, const struct render_context *ctx, struct strbuf *out);
void site_language_index(const struct site *site, const struct render_context *ctx,
			 struct strbuf *out);

/* Shared by the pages (site-page.c): the head of dir/index.html (dir NULL
 * for the top) up to its </style>, in ctx's language, with its
 * description and, with a base URL, its canonical address; the switcher to every language's index, its links
 * starting with prefix ("" or "../"); whether locale has built editions. */
void site_page_head(const struct render_context *ctx, const char *title, const char *description,
		    const char *dir, struct strbuf *out);
void site_switcher(const struct site *site, const struct render_context *ctx, const char *prefix,
		   struct strbuf *out);
/* Ends the head and opens the body: the switcher, <main> and the title. */
void site_page_body(const struct site *site, const struct render_context *ctx,
		    const char *prefix, const char *title, struct strbuf *out);
int site_has_editions(const struct site *site, const struct locale *locale);

/* The rows of locale's built editions, newest first (by date, then
 * title); free with free(). */
const struct index_row **site_editions_of(const struct site *site, const struct locale *locale,
					  size_t *n);

#endif
