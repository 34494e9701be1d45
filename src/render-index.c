/* render-index.c: editions/index.html, the page that lists every edition
 * with how much of it is translated.  Its words are the edition template's
 * source entries (index-title, index-complete, ...), formatted by ICU like
 * any edition's: the percentage through the template's MessageFormat
 * pattern, the two formats as one list (ulistfmt), each language named in
 * itself. */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fmt-message.h"
#include "fmt.h"
#include "markup.h"
#include "render.h"

/* Private-use characters stand for the links while ICU builds the phrase
 * ("Read as \uE000 and \uE001"); they are replaced once it is escaped. */
static const char *const placeholders[] = { "\xee\x80\x80", "\xee\x80\x81" };

static void text(struct strbuf *out, const char *s)
{
	markup_escape(out, s, 0);
}

static void pattern(const char *locale, const struct strmap *labels, const char *id,
		    const struct fmt_arg *arg, struct strbuf *out)
{
	const char *source = strmap_get(labels, id);
	char *formatted = source ? fmt_message(locale, source, arg, 1) : NULL;

	strbuf_addstr(out, formatted ? formatted : id);
	free(formatted);
}

static void label(const struct strmap *labels, const char *id, struct strbuf *out)
{
	const char *value = strmap_get(labels, id);

	text(out, value ? value : id);
}

/* "Read as <a>web page</a> and <a>plain text</a>" for one edition. */
static void formats_cell(const char *locale, const struct strmap *labels,
			 const struct index_row *row, struct strbuf *out)
{
	struct strbuf list = STRBUF_INIT, phrase = STRBUF_INIT, escaped = STRBUF_INIT;
	static const char *const ids[] = { "format-html", "format-text" };
	static const char *const suffixes[] = { ".html", ".txt" };

	fmt_list(fmt_locale_get(locale), placeholders, 2, &list);
	struct fmt_arg arg = { "formats", list.buf, 0 };
	pattern(locale, labels, "index-formats", &arg, &phrase);
	text(&escaped, phrase.buf);
	for (const char *p = escaped.buf; *p;) {
		size_t which = 2;
		for (size_t i = 0; i < 2; i++)
			if (strncmp(p, placeholders[i], strlen(placeholders[i])) == 0)
				which = i;
		if (which == 2) {
			strbuf_addch(out, *p++);
			continue;
		}
		strbuf_addstr(out, "<a href=\"");
		markup_escape(out, row->locale->dir, 1);
		strbuf_addch(out, '/');
		markup_escape(out, row->article, 1);
		strbuf_addf(out, "%s\">", suffixes[which]);
		label(labels, ids[which], out);
		strbuf_addstr(out, "</a>");
		p += strlen(placeholders[which]);
	}
	strbuf_release(&list);
	strbuf_release(&phrase);
	strbuf_release(&escaped);
}

static void row_html(const char *locale, const struct strmap *labels,
		     const struct index_row *row, struct strbuf *out)
{
	struct strbuf name = STRBUF_INIT, complete = STRBUF_INIT;

	fmt_language_name(row->locale->icu, &name);
	/* Rounded down: an edition is never called complete before it is. */
	struct fmt_arg arg = { "percent", NULL, floor(row->percent) };
	pattern(locale, labels, "index-complete", &arg, &complete);
	strbuf_addstr(out, "<tr><td>");
	text(out, row->article);
	strbuf_addstr(out, "</td><td lang=\"");
	markup_escape(out, row->locale->tag, 1);
	strbuf_addstr(out, "\">");
	text(out, name.buf);
	strbuf_addstr(out, "</td><td>");
	text(out, complete.buf);
	strbuf_addstr(out, "</td><td>");
	if (row->built)
		formats_cell(locale, labels, row, out);
	strbuf_addstr(out, "</td></tr>\n");
	strbuf_release(&name);
	strbuf_release(&complete);
}

void render_index(const char *locale, const struct strmap *labels, const struct index_row *rows,
		  size_t n_rows, struct strbuf *out)
{
	struct strbuf lang = STRBUF_INIT;

	fmt_bcp47(locale, &lang);
	strbuf_addstr(out, "<!DOCTYPE html>\n<html lang=\"");
	markup_escape(out, lang.buf, 1);
	strbuf_addf(out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>",
		    fmt_is_rtl(fmt_locale_get(locale)) ? "rtl" : "ltr");
	label(labels, "index-title", out);
	strbuf_addstr(out, "</title>\n<style>"
		      "body{font:1rem/1.5 system-ui,sans-serif;max-inline-size:52rem;"
		      "margin-block:2rem;margin-inline:auto;padding-inline:1rem}"
		      "table{border-collapse:collapse;inline-size:100%}"
		      "th,td{text-align:start;padding-block:.3rem;padding-inline:.6rem;"
		      "border-block-end:1px solid #ddd}"
		      "</style>\n</head>\n<body>\n<main>\n<h1>");
	label(labels, "index-title", out);
	strbuf_addstr(out, "</h1>\n<table>\n<tr><th>");
	label(labels, "index-article", out);
	strbuf_addstr(out, "</th><th>");
	label(labels, "index-language", out);
	strbuf_addstr(out, "</th><th></th><th></th></tr>\n");
	for (size_t i = 0; i < n_rows; i++)
		row_html(locale, labels, &rows[i], out);
	strbuf_addstr(out, "</table>\n</main>\n</body>\n</html>\n");
	strbuf_release(&lang);
}
