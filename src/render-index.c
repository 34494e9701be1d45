/* render-index.c: editions/index.html, every edition of the site as one
 * table, articles by languages, so that it stays one screen wide per
 * language and one line per article at hundreds of articles and dozens of
 * languages.  Rows are the articles by their titles in the source
 * language; columns the languages, each named in itself and linked to its
 * own index; each cell the translated share of that edition, formatted by
 * ICU, linked to the edition when it was built.  The table scrolls inside
 * its own region, its header row and title column staying in view. */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fmt-message.h"
#include "markup.h"
#include "site.h"

/* Sorting by any column, for readers with scripts: a button in each
 * heading, made by the script itself so that no dead button shows
 * without it.  Titles sort by the page's language, shares from the most
 * translated down; a second press reverses. */
static const char sorting[] =
	"(function(){var t=document.querySelector('table[data-sort-label]');if(!t)return;"
	"var body=t.tBodies[0],label=t.getAttribute('data-sort-label'),"
	"lang=document.documentElement.lang;"
	"function key(c){var v=c.getAttribute('data-value');return v===null?c.textContent:+v;}"
	"Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,col){"
	"var b=document.createElement('button'),down=col>0;b.type='button';b.textContent='\u2195';"
	"b.setAttribute('aria-label',label+' '+th.textContent);"
	"b.onclick=function(){var rows=Array.prototype.slice.call(body.rows);"
	"rows.sort(function(x,y){var a=key(x.cells[col]),c=key(y.cells[col]);"
	"var d=typeof a==='number'?a-c:a.localeCompare(c,lang);return down?-d:d;});"
	"rows.forEach(function(r){body.appendChild(r);});"
	"Array.prototype.forEach.call(t.tHead.rows[0].cells,function(h){h.removeAttribute('aria-sort');});"
	"th.setAttribute('aria-sort',down?'descending':'ascending');down=!down;};"
	"th.appendChild(document.createTextNode(' '));th.appendChild(b);});})();";

static void text(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 0);
}

static void attribute(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 1);
}

static void header(const struct site *site, const struct render_context *ctx, struct strbuf *out)
{
	strbuf_addstr(out, "<thead><tr><th scope=\"col\">");
	text(out, render_label(ctx, "index-article"));
	strbuf_addstr(out, "</th>");
	for (size_t i = 0; i < site->n_languages; i++) {
		const struct locale *language = &site->languages[i];
		struct strbuf name = STRBUF_INIT, url = STRBUF_INIT;
		fmt_language_name(language->icu, &name);
		strbuf_addstr(out, "<th scope=\"col\" dir=\"auto\" lang=\"");
		attribute(out, language->tag);
		strbuf_addstr(out, "\">");
		if (site_has_editions(site, language)) {
			site_url(NULL, language->dir, "index.html", &url);
			strbuf_addstr(out, "<a href=\"");
			attribute(out, url.buf);
			strbuf_addstr(out, "\">");
			text(out, name.buf);
			strbuf_addstr(out, "</a>");
		} else {
			text(out, name.buf);
		}
		strbuf_addstr(out, "</th>");
		strbuf_release(&name);
		strbuf_release(&url);
	}
	strbuf_addstr(out, "</tr></thead>\n");
}

/* The translated share, rounded down: an edition is never called complete
 * before it is. */
static void share(const struct render_context *ctx, double percent, struct strbuf *out)
{
	struct fmt_arg arg = { "share", NULL, floor(percent) / 100 };
	char *formatted = fmt_message(ctx->locale, "{share, number, percent}", &arg, 1);

	if (formatted)
		text(out, formatted);
	else
		strbuf_addf(out, "%.0f%%", floor(percent));
	free(formatted);
}

static void cell(const struct render_context *ctx, const struct index_row *row,
		 struct strbuf *out)
{
	if (!row->built) {
		strbuf_addf(out, "<td class=\"skipped\" data-value=\"%.0f\">", floor(row->percent));
		share(ctx, row->percent, out);
		strbuf_addstr(out, "</td>");
		return;
	}
	struct strbuf file = STRBUF_INIT, url = STRBUF_INIT;
	strbuf_addf(&file, "%s.html", row->article);
	site_url(NULL, row->locale->dir, file.buf, &url);
	strbuf_addf(out, "<td data-value=\"%.0f\"><a hreflang=\"", floor(row->percent));
	attribute(out, row->locale->tag);
	strbuf_addstr(out, "\" href=\"");
	attribute(out, url.buf);
	strbuf_addstr(out, "\">");
	share(ctx, row->percent, out);
	strbuf_addstr(out, "</a></td>");
	strbuf_release(&file);
	strbuf_release(&url);
}

/* One article's row: its rows first to last (excluded), one per language. */
static void article(const struct site *site, const struct render_context *ctx, size_t first,
		    size_t last, struct strbuf *out)
{
	const char *title = site->rows[first].article;

	for (size_t i = first; i < last; i++)
		if (site->rows[i].locale == &site->languages[0] && site->rows[i].meta
		    && *site->rows[i].meta->title)
			title = site->rows[i].meta->title;
	strbuf_addstr(out, "<tr><th scope=\"row\">");
	text(out, title);
	strbuf_addstr(out, "</th>");
	/* A cell per language, empty where the build had no row for it. */
	for (size_t l = 0; l < site->n_languages; l++) {
		const struct index_row *row = NULL;
		for (size_t i = first; i < last && !row; i++)
			if (site->rows[i].locale == &site->languages[l])
				row = &site->rows[i];
		if (row)
			cell(ctx, row, out);
		else
			strbuf_addstr(out, "<td></td>");
	}
	strbuf_addstr(out, "</tr>\n");
}

void render_index(const struct site *site, const struct render_context *ctx, struct strbuf *out)
{
	const char *title = render_label(ctx, "index-title");

	site_page_head(ctx, title, render_label(ctx, "index-caption"), NULL, out);
	site_page_body(site, ctx, "", title, out);
	strbuf_addstr(out, "<p id=\"matrix-caption\">");
	text(out, render_label(ctx, "index-caption"));
	/* The caption stays outside the region that scrolls, in view. */
	strbuf_addstr(out, "</p>\n<div class=\"matrix\" role=\"region\" tabindex=\"0\" "
		      "aria-labelledby=\"matrix-caption\">\n"
		      "<table aria-labelledby=\"matrix-caption\" data-sort-label=\"");
	markup_escape(out, render_label(ctx, "index-sort"), 1);
	strbuf_addstr(out, "\">\n");
	header(site, ctx, out);
	strbuf_addstr(out, "<tbody>\n");
	for (size_t first = 0, last; first < site->n_rows; first = last) {
		last = first + 1;
		while (last < site->n_rows && strcmp(site->rows[last].article,
						     site->rows[first].article) == 0)
			last++;
		article(site, ctx, first, last, out);
	}
	strbuf_addstr(out, "</tbody>\n</table>\n</div>\n</main>\n<script>");
	strbuf_addstr(out, sorting);
	strbuf_addstr(out, "</script>\n</body>\n</html>\n");
}
