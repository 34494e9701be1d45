/* render-head.c: what an edition's <head> tells search engines and link
 * previews: its description, canonical address, the same article in every
 * other language (hreflang, and x-default for the source language) and
 * Open Graph's locale and its alternates.  Absolute addresses need the
 * site's base URL; without it, alternates stay relative and there is no
 * canonical link, which search engines would not trust relative. */
#include <config.h>

#include <string.h>

#include <unicode/uloc.h>

#include "markup.h"
#include "render.h"
#include "site.h"

static void attribute(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 1);
}

/* The address of the article's edition in dir, absolute or relative to
 * another edition. */
static void edition_url(const struct render_context *ctx, const char *dir, struct strbuf *out)
{
	struct strbuf file = STRBUF_INIT, url = STRBUF_INIT;

	strbuf_addf(&file, "%s.html", ctx->article_id);
	if (!ctx->base_url)
		strbuf_addstr(&url, "../");
	site_url(ctx->base_url, dir, file.buf, &url);
	attribute(out, url.buf);
	strbuf_release(&file);
	strbuf_release(&url);
}

static void alternate(const struct render_context *ctx, const char *hreflang, const char *dir,
		      struct strbuf *out)
{
	strbuf_addstr(out, "<link rel=\"alternate\" hreflang=\"");
	attribute(out, hreflang);
	strbuf_addstr(out, "\" href=\"");
	edition_url(ctx, dir, out);
	strbuf_addstr(out, "\"/>\n");
}

/* Open Graph writes locales as language_TERRITORY ("fr_FR"): the region
 * ICU's likely subtags give when the tag has none. */
static void og_locale(const char *icu, struct strbuf *out)
{
	UErrorCode status = U_ZERO_ERROR;
	char full[ULOC_FULLNAME_CAPACITY], language[ULOC_LANG_CAPACITY], region[ULOC_COUNTRY_CAPACITY];

	uloc_addLikelySubtags(icu, full, sizeof(full), &status);
	uloc_getLanguage(U_SUCCESS(status) ? full : icu, language, sizeof(language), &status);
	uloc_getCountry(U_SUCCESS(status) ? full : icu, region, sizeof(region), &status);
	if (U_FAILURE(status) || !*language)
		return;
	strbuf_addstr(out, language);
	if (*region)
		strbuf_addf(out, "_%s", region);
}

static void meta_property(const char *property, const char *content, struct strbuf *out)
{
	strbuf_addf(out, "<meta property=\"%s\" content=\"", property);
	attribute(out, content);
	strbuf_addstr(out, "\"/>\n");
}

static void open_graph(const struct render_context *ctx, const char *title,
		       const char *description, struct strbuf *out)
{
	struct strbuf value = STRBUF_INIT;

	meta_property("og:type", "article", out);
	meta_property("og:title", title, out);
	meta_property("og:description", description, out);
	if (ctx->base_url) {
		strbuf_addstr(out, "<meta property=\"og:url\" content=\"");
		edition_url(ctx, ctx->edition_locale->dir, out);
		strbuf_addstr(out, "\"/>\n");
	}
	og_locale(ctx->edition_locale->icu, &value);
	meta_property("og:locale", value.buf, out);
	/* Open Graph has no script or keywords: "en" and "en-US" are one
	 * locale there, said once. */
	struct strmap said;
	strmap_init(&said);
	strmap_put(&said, value.buf, "");
	for (size_t i = 0; i < ctx->n_languages; i++) {
		strbuf_reset(&value);
		og_locale(ctx->languages[i].icu, &value);
		if (value.len && strmap_put(&said, value.buf, ""))
			meta_property("og:locale:alternate", value.buf, out);
	}
	strmap_release(&said);
	strbuf_release(&value);
}

void render_head_links(const struct render_context *ctx, const char *title, struct strbuf *out)
{
	struct strbuf description = STRBUF_INIT;

	render_description(ctx, &description);
	strbuf_addstr(out, "<meta name=\"description\" content=\"");
	attribute(out, description.buf);
	strbuf_addstr(out, "\"/>\n");
	if (ctx->base_url) {
		strbuf_addstr(out, "<link rel=\"canonical\" href=\"");
		edition_url(ctx, ctx->edition_locale->dir, out);
		strbuf_addstr(out, "\"/>\n");
	}
	for (size_t i = 0; i < ctx->n_languages; i++)
		alternate(ctx, ctx->languages[i].tag, ctx->languages[i].dir, out);
	/* The site's source language (first of the build's) is the edition
	 * for readers of any other. */
	if (ctx->n_languages)
		alternate(ctx, "x-default", ctx->languages[0].dir, out);
	open_graph(ctx, title, description.buf, out);
	if (ctx->in_site) {
		strbuf_addstr(out, "<link rel=\"alternate\" type=\"application/atom+xml\" "
			      "href=\"feed.xml\" title=\"");
		attribute(out, render_label(ctx, "feed"));
		strbuf_addstr(out, "\"/>\n");
	}
	strbuf_release(&description);
}
