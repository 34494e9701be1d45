/* site-page.c: what the site's own pages share: the head, in the page's
 * language and direction, with its stylesheet (its type per script is the
 * editions'), and the switcher to every language's index. */
#include <config.h>

#include <string.h>

#include "markup.h"
#include "site.h"

static const char stylesheet[] =
	"body{font:1rem/1.5 system-ui,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif;margin:0;"
	"color:#1d1d1f;background:#fff}"
	"main{max-inline-size:60rem;margin-inline:auto;padding:1rem}"
	"nav{font-size:.9rem;padding:1rem;border-block-end:1px solid #eee}"
	"nav ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4rem .8rem}"
	"nav a{display:inline-block;padding-block:.2rem}"
	"a{color:#8a1c4a;overflow-wrap:anywhere}"
	".meta{color:#555;margin-block:.2rem}"
	".articles{list-style:none;padding:0}.articles li{margin-block:1.2rem}"
	".articles h2{font-size:1.2rem;margin:0}"
	".matrix{overflow:auto;max-block-size:80vh;border:1px solid #ddd}"
	"table{border-collapse:separate;border-spacing:0}"
	"th,td{text-align:start;padding-block:.3rem;padding-inline:.6rem;"
	"border-block-end:1px solid #ddd;white-space:nowrap}"
	"td{text-align:end;font-variant-numeric:tabular-nums}"
	"thead th{position:sticky;inset-block-start:0;background:#f6f6f6;z-index:1}"
	"tbody th{position:sticky;inset-inline-start:0;background:#fff;white-space:normal;"
	"min-inline-size:9rem;max-inline-size:16rem;font-weight:400}"
	"@media (min-width:40rem){tbody th{min-inline-size:14rem;max-inline-size:22rem}}"
	"th button{font:inherit;border:0;background:none;color:#8a1c4a;cursor:pointer;"
	"padding-inline:.2rem}"
	".skipped{color:#767676}";

void site_page_head(const struct render_context *ctx, const char *title, const char *description,
		    const char *dir, struct strbuf *out)
{
	strbuf_addstr(out, "<!DOCTYPE html>\n<html lang=\"");
	markup_escape(out, ctx->edition_locale->tag, 1);
	strbuf_addf(out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\"/>\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
		    "<title>", fmt_is_rtl(ctx->fmt) ? "rtl" : "ltr");
	markup_escape(out, title, 0);
	strbuf_addstr(out, "</title>\n<meta name=\"description\" content=\"");
	markup_escape(out, description, 1);
	strbuf_addstr(out, "\"/>\n");
	if (ctx->base_url) {
		struct strbuf url = STRBUF_INIT;
		site_url(ctx->base_url, dir, "index.html", &url);
		strbuf_addstr(out, "<link rel=\"canonical\" href=\"");
		markup_escape(out, url.buf, 1);
		strbuf_addstr(out, "\"/>\n");
		strbuf_release(&url);
	}
	strbuf_addstr(out, "<style>");
	strbuf_addstr(out, stylesheet);
	/* The editions' type for each script. */
	render_stylesheet_type(out);
	strbuf_addstr(out, "</style>\n");
}

void site_page_body(const struct site *site, const struct render_context *ctx,
		    const char *prefix, const char *title, struct strbuf *out)
{
	strbuf_addstr(out, "</head>\n<body>\n");
	site_switcher(site, ctx, prefix, out);
	strbuf_addstr(out, "<main>\n<h1>");
	markup_escape(out, title, 0);
	strbuf_addstr(out, "</h1>\n");
}

void site_switcher(const struct site *site, const struct render_context *ctx, const char *prefix,
		   struct strbuf *out)
{
	strbuf_addstr(out, "<nav aria-label=\"");
	markup_escape(out, render_label(ctx, "languages"), 1);
	strbuf_addstr(out, "\"><ul>\n");
	for (size_t i = 0; i < site->n_languages; i++) {
		const struct locale *other = &site->languages[i];
		if (!site_has_editions(site, other))
			continue;
		struct strbuf name = STRBUF_INIT, url = STRBUF_INIT;
		fmt_language_name(other->icu, &name);
		strbuf_addstr(&url, prefix);
		site_url(NULL, other->dir, "index.html", &url);
		strbuf_addstr(out, "<li><a dir=\"auto\" lang=\"");
		markup_escape(out, other->tag, 1);
		strbuf_addstr(out, "\" hreflang=\"");
		markup_escape(out, other->tag, 1);
		strbuf_addstr(out, "\" href=\"");
		markup_escape(out, url.buf, 1);
		strbuf_addf(out, "\"%s>", other == ctx->edition_locale ? " aria-current=\"page\"" : "");
		markup_escape(out, name.buf, 0);
		strbuf_addstr(out, "</a></li>\n");
		strbuf_release(&name);
		strbuf_release(&url);
	}
	strbuf_addstr(out, "</ul></nav>\n");
}

int site_has_editions(const struct site *site, const struct locale *locale)
{
	for (size_t i = 0; i < site->n_rows; i++)
		if (site->rows[i].built && site->rows[i].locale == locale)
			return 1;
	return 0;
}
