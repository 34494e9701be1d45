/* site-feed.c: LANG/feed.xml, an Atom feed (RFC 4287) of one language's
 * editions, newest first, dated by the articles' publication dates (a day:
 * midnight UTC), so that it changes only when the articles do.  Atom wants
 * absolute identifiers: the editions' addresses under the base URL, or
 * without one a URN of the edition ("urn:folio:edition:fr:ARTICLE"). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "site.h"

static void text(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 0);
}

/* YYYY-MM-DD, the form Atom's dates start with. */
static int is_day(const char *iso)
{
	static const char shape[] = "dddd-dd-dd";

	for (size_t i = 0; i < sizeof(shape) - 1; i++)
		if (shape[i] == 'd' ? iso[i] < '0' || iso[i] > '9' : iso[i] != '-')
			return 0;
	return iso[sizeof(shape) - 1] == '\0';
}

static void url(const struct site *site, const struct render_context *ctx, const char *file,
		struct strbuf *out)
{
	struct strbuf address = STRBUF_INIT;

	site_url(site->base_url, site->base_url ? ctx->edition_locale->dir : NULL, file, &address);
	text(out, address.buf);
	strbuf_release(&address);
}

static void entry(const struct site *site, const struct render_context *ctx,
		  const struct index_row *row, struct strbuf *out)
{
	struct strbuf file = STRBUF_INIT;

	strbuf_addf(&file, "%s.html", row->article);
	strbuf_addstr(out, "<entry>\n<id>");
	if (site->base_url) {
		url(site, ctx, file.buf, out);
	} else {
		strbuf_addstr(out, "urn:folio:edition:");
		site_url(NULL, ctx->edition_locale->dir, row->article, out);
	}
	strbuf_addstr(out, "</id>\n<title>");
	text(out, *row->meta->title ? row->meta->title : row->article);
	strbuf_addf(out, "</title>\n<updated>%sT00:00:00Z</updated>\n"
		    "<published>%sT00:00:00Z</published>\n", row->meta->published,
		    row->meta->published);
	strbuf_addstr(out, "<link rel=\"alternate\" type=\"text/html\" href=\"");
	url(site, ctx, file.buf, out);
	strbuf_addstr(out, "\"/>\n<summary>");
	text(out, row->meta->description);
	strbuf_addstr(out, "</summary>\n</entry>\n");
	strbuf_release(&file);
}

void site_feed(const struct site *site, const struct render_context *ctx, struct strbuf *out)
{
	size_t n;
	const struct index_row **editions = site_editions_of(site, ctx->edition_locale, &n);
	struct strbuf name = STRBUF_INIT;
	size_t newest = 0;

	/* An entry needs a date: those without one are in the index only. */
	while (newest < n && !is_day(editions[newest]->meta->published))
		newest++;
	fmt_language_name(ctx->edition_locale->icu, &name);
	strbuf_addstr(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
		      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"");
	markup_escape(out, ctx->edition_locale->tag, 1);
	strbuf_addstr(out, "\">\n<id>");
	if (site->base_url)
		url(site, ctx, "feed.xml", out);
	else {
		strbuf_addstr(out, "urn:folio:feed:");
		site_url(NULL, NULL, ctx->edition_locale->dir, out);
	}
	strbuf_addstr(out, "</id>\n<title>");
	text(out, render_label(ctx, "articles"));
	strbuf_addstr(out, " (");
	text(out, name.buf);
	strbuf_addstr(out, ")</title>\n");
	strbuf_addf(out, "<updated>%sT00:00:00Z</updated>\n",
		    newest < n ? editions[newest]->meta->published : "1970-01-01");
	/* Atom requires an author; the site (its host) is the one the articles
	 * know. */
	strbuf_addstr(out, "<author><name>");
	if (site->base_url) {
		const char *host = strstr(site->base_url, "://") + 3;
		struct strbuf author = STRBUF_INIT;
		strbuf_add(&author, host, strcspn(host, "/"));
		text(out, author.buf);
		strbuf_release(&author);
	} else {
		text(out, render_label(ctx, "index-title"));
	}
	strbuf_addstr(out, "</name></author>\n");
	if (site->base_url) {
		strbuf_addstr(out, "<link rel=\"self\" type=\"application/atom+xml\" href=\"");
		url(site, ctx, "feed.xml", out);
		strbuf_addstr(out, "\"/>\n");
	}
	strbuf_addstr(out, "<link rel=\"alternate\" type=\"text/html\" href=\"");
	url(site, ctx, "index.html", out);
	strbuf_addstr(out, "\"/>\n");
	for (size_t i = newest; i < n; i++)
		if (is_day(editions[i]->meta->published))
			entry(site, ctx, editions[i], out);
	strbuf_addstr(out, "</feed>\n");
	strbuf_release(&name);
	free(editions);
}
