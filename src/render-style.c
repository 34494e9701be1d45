/* render-style.c: the stylesheet of an HTML edition, in logical properties
 * so that it reads the same right to left.  Three parts: the layout, type
 * for each script (font stacks, line breaking, the locale's quotation
 * marks) and print, on the paper the locale uses (ICU's
 * ulocdata_getPaperSize: A4 for most, Letter for the US and a few
 * others). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "fmt.h"
#include "markup.h"
#include "render.h"

static const char layout[] =
	"body{font:1.05rem/1.6 system-ui,\"Segoe UI\",Roboto,\"Noto Sans\",\"Helvetica Neue\","
	"Arial,sans-serif;margin:0;color:#1d1d1f;background:#fff}"
	"main{max-inline-size:42rem;margin-inline:auto;padding:1.5rem}"
	".category{letter-spacing:.05em;color:#8a1c4a;font-weight:600}"
	"h1{font-size:2rem;line-height:1.2;margin-block:.3rem .6rem}"
	".meta{color:#555;margin-block-end:1.5rem}"
	"h2{font-size:1.35rem;margin-block:2rem .5rem}"
	"aside{border-inline-start:.3rem solid #8a1c4a;background:#faf3f6;"
	"padding-block:.6rem;padding-inline:1rem;margin-block:1.2rem}"
	"aside h3{margin:0;font-size:1rem;color:#8a1c4a}"
	"details{border-block-end:1px solid #ddd;padding-block:.5rem}"
	"summary{font-weight:600;cursor:pointer}"
	"a{overflow-wrap:anywhere}"
	"main>footer{margin-block-start:2rem;padding-block-start:1rem;border-block-start:1px solid #eee}"
	"nav{font-size:.9rem;padding:1rem;border-block-end:1px solid #eee}"
	"nav ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.8rem}"
	"nav a{display:inline-block;padding-block:.2rem}"
	".skip{position:absolute;inset-inline-start:-999rem}.skip:focus{inset-inline-start:1rem}";

/* Titles wrap in balanced lines, so that no word or character is left
 * alone on the last; paragraphs avoid a short last line.  Each script gets
 * fonts that have its letters, so a page does not depend on the reader's
 * fallback font. */
static const char type[] =
	"h1,h2,h3,summary{text-wrap:balance}p,li{text-wrap:pretty}"
	/* Any element with a lang of its own (a language's name in the
	 * switcher, a unit left in English) starts from the Latin stack, so it
	 * is not set in the Latin letters of a Devanagari or Arabic font; the
	 * script rules after it win for their languages. */
	"[lang]{font-family:system-ui,\"Segoe UI\",Roboto,\"Noto Sans\",\"Helvetica Neue\",Arial,"
	"sans-serif}"
	":lang(ru),:lang(uk),:lang(bg),:lang(sr),:lang(kk){font-family:system-ui,\"Segoe UI\","
	"Roboto,\"Noto Sans\",\"PT Sans\",\"DejaVu Sans\",Arial,sans-serif}"
	":lang(ar),:lang(fa),:lang(ur){font-family:\"Noto Naskh Arabic\",\"Noto Sans Arabic\","
	"\"Droid Arabic Naskh\",\"Geeza Pro\",Tahoma,sans-serif}"
	":lang(he),:lang(yi){font-family:\"Noto Sans Hebrew\",\"Droid Sans Hebrew\",\"Arial Hebrew\","
	"Arial,sans-serif}"
	":lang(hi),:lang(mr),:lang(ne){font-family:\"Noto Sans Devanagari\",\"Lohit Devanagari\","
	"\"Nirmala UI\",Mangal,sans-serif}"
	":lang(ja){font-family:\"Noto Sans CJK JP\",\"Hiragino Sans\",\"Yu Gothic\",Meiryo,"
	"\"Droid Sans Fallback\",sans-serif}"
	":lang(zh){font-family:\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\","
	"\"Droid Sans Fallback\",sans-serif}"
	":lang(zh-Hant),:lang(zh-TW),:lang(zh-HK){font-family:\"Noto Sans CJK TC\",\"PingFang TC\","
	"\"Microsoft JhengHei\",\"Droid Sans Fallback\",sans-serif}"
	/* Scripts with tall marks need more room between lines of running
	 * text; titles keep their own. */
	":root:is(:lang(ar),:lang(fa),:lang(ur),:lang(hi),:lang(mr),:lang(ne)) body{line-height:1.8}"
	/* CJK body text breaks between any two characters, as its readers
	 * expect, so lines reach the margin; only titles, short and balanced,
	 * break between phrases. */
	":lang(ja),:lang(zh),:lang(ko){line-break:strict;word-break:normal}"
	":lang(ja) :is(h1,h2,h3,summary){word-break:auto-phrase}"
	/* Letter-spacing breaks the joins of Arabic and Devanagari, and CJK has
	 * no capitals to space. */
	":is(:lang(ar),:lang(fa),:lang(ur),:lang(hi),:lang(mr),:lang(ne),:lang(ja),:lang(zh),"
	":lang(ko)) .category{letter-spacing:0}";

/* Headings and call-out titles stay with what follows them; a call-out or
 * an FAQ entry is not split; the address of a link is printed after it. */
static const char print[] =
	"@media print{nav,.skip,main>footer{display:none}details{border:0}"
	"details>*{display:block}body{font-size:11pt}a{color:inherit}"
	"main{max-inline-size:none;padding:0}"
	"h1,h2,h3,summary{break-after:avoid;page-break-after:avoid}"
	"aside,details{break-inside:avoid;page-break-inside:avoid}"
	"p,li{orphans:3;widows:3}"
	"article a[href^=\"http\"]::after,article a[href^=\"mailto:\"]::after"
	"{content:\" (\" attr(href) \")\";font-size:.9em}}";

static void css_string(struct strbuf *out, const char *s)
{
	strbuf_addch(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\' || *s == '<')
			strbuf_addf(out, "\\%x ", (unsigned char)*s);
		else
			strbuf_addch(out, *s);
	}
	strbuf_addch(out, '"');
}

/* The browser's marks for <q> in selector, outer and inner, from the same
 * ICU data as the text edition's. */
static void quotes_rule(const char *selector, struct fmt_locale *locale, struct strbuf *out)
{
	strbuf_addstr(out, selector);
	strbuf_addstr(out, "{quotes:");
	for (int depth = 0; depth < 2; depth++) {
		const char *open, *close;
		fmt_quotes(locale, depth, &open, &close);
		css_string(out, open);
		strbuf_addch(out, ' ');
		css_string(out, close);
		strbuf_addch(out, depth ? '}' : ' ');
	}
}

/* CSS names the two common sizes; others go in millimetres. */
static void page_rule(struct fmt_locale *locale, struct strbuf *out)
{
	int32_t height, width;

	fmt_paper_size(locale, &height, &width);
	strbuf_addstr(out, "@page{size:");
	if (width == 210 && height == 297)
		strbuf_addstr(out, "A4");
	else if (width == 216 && height == 279)
		strbuf_addstr(out, "letter");
	else
		strbuf_addf(out, "%dmm %dmm", (int)width, (int)height);
	strbuf_addstr(out, ";margin:20mm 18mm}");
}

void render_stylesheet_type(struct strbuf *out)
{
	strbuf_addstr(out, type);
}

void render_stylesheet(const struct render_context *ctx, struct strbuf *out)
{
	strbuf_addstr(out, layout);
	render_stylesheet_type(out);
	struct strbuf edition = STRBUF_INIT, source = STRBUF_INIT;
	quotes_rule("q", ctx->fmt, &edition);
	quotes_rule("q", render_source_fmt(ctx), &source);
	strbuf_addstr(out, edition.buf);
	/* A unit left in the source language quotes as the source does. */
	if (strcmp(edition.buf, source.buf) != 0) {
		strbuf_addstr(out, "[lang=\"");
		markup_escape(out, ctx->source->tag, 1);
		strbuf_addstr(out, "\"] ");
		strbuf_addstr(out, source.buf);
	}
	strbuf_release(&edition);
	strbuf_release(&source);
	strbuf_addstr(out, print);
	page_rule(ctx->fmt, out);
}
