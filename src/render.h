/* render.h: an edition of a localised article, as plain text or HTML.
 * Both renderers walk the same localised document (localise.h) and take
 * their labels and patterns from the localised edition template. */
#ifndef FOLIO_RENDER_H
#define FOLIO_RENDER_H

#include <libxml/tree.h>

#include "strbuf.h"
#include "fmt.h"
#include "locale-tag.h"
#include "strmap.h"

struct render_context {
	const char *locale;              /* ICU's id (MessageFormat patterns) */
	struct fmt_locale *fmt;          /* its formatters, resolved once */
	const struct locale *edition_locale;  /* its other forms (lang, folder) */
	xmlDoc *doc;                     /* the localised article */
	const struct strmap *edition;    /* template entries by id */
	int width;                       /* text: columns, 0 for no wrapping */
	const struct locale *languages;  /* every edition's language, for links */
	size_t n_languages;
	const char *article_id;          /* html: file name of the editions */
	const struct strmap *edition_source;  /* template entries untranslated */
	const char *edition_po;          /* the template's catalog, for warnings */
	struct strmap *warned;           /* patterns warned about, once each */
	const struct locale *source;     /* the article's language: units left
	                                    untranslated are in it */
	struct fmt_locale *source_fmt;   /* the source language's formatters, for
					    units left untranslated; NULL: looked up */
	const char *base_url;            /* html: the site's address ("https://x.org/
	                                    editions", no final '/'), or NULL: links
	                                    stay relative */
	int in_site;                     /* html: built with the language's index.html
	                                    and feed.xml beside it (folio build) */
	double *minutes;                 /* the reading time once counted (negative:
	                                    not yet), for the text, the HTML and the
	                                    meta of one edition; NULL: counted each time */
	struct strbuf *description;      /* the same for the description (empty:
	                                    not yet made; NULL: made each time) */
};

void render_text(const struct render_context *ctx, struct strbuf *out);
void render_html(const struct render_context *ctx, struct strbuf *out);

/* What the site's pages (indexes, feeds, sitemap) tell of an edition,
 * taken from the localised article (render-meta.c).  Strings are plain
 * text, owned by whoever fills the struct. */
struct render_meta {
	char *title;           /* the localised title */
	char *published;       /* ISO 8601 date as the article gives it, or "" */
	double minutes;        /* reading time */
	char *description;     /* the introduction, cut to a search result's length */
};
/* Fills meta from the localised article of ctx; release with
 * render_meta_release. */
void render_meta_collect(const struct render_context *ctx, struct render_meta *meta);
void render_meta_release(struct render_meta *meta);
/* The article's summary (meta/summary), or else its introduction, as
 * plain text, whitespace collapsed, cut at a line break opportunity (ICU)
 * to at most RENDER_DESCRIPTION_MAX grapheme clusters with "…" when
 * longer. */
#define RENDER_DESCRIPTION_MAX 160
void render_description(const struct render_context *ctx, struct strbuf *out);

/* One edition, as the index lists it. */
struct index_row {
	const char *article;   /* the article's id */
	const struct locale *locale;
	double percent;        /* translated share */
	int built;             /* 0: skipped, below the threshold */
	const struct render_meta *meta;  /* NULL when unknown */
};
struct site;
/* The index page of every edition of the site: articles by languages,
 * formatted in ctx's locale (the source language; render-index.c). */
void render_index(const struct site *site, const struct render_context *ctx, struct strbuf *out);

/* The <head> lines of an HTML edition for search engines and link
 * previews: description, canonical, hreflang alternates, Open Graph
 * (render-head.c). */
void render_head_links(const struct render_context *ctx, const char *title, struct strbuf *out);
/* The edition's stylesheet: layout, type for its script, print
 * (render-style.c). */
void render_stylesheet(const struct render_context *ctx, struct strbuf *out);
/* Its rules for type per script alone, for the site's other pages. */
void render_stylesheet_type(struct strbuf *out);

/* Shared helpers (render-common.c). */
/* The formatters of the source language (ctx->source_fmt when set). */
struct fmt_locale *render_source_fmt(const struct render_context *ctx);
xmlNode *render_child(const xmlNode *parent, const char *name);
const char *render_label(const struct render_context *ctx, const char *id);
/* The publication date and reading time lines, formatted for the locale. */
void render_date(const struct render_context *ctx, struct strbuf *out);
void render_reading_time(const struct render_context *ctx, struct strbuf *out);
/* The article's reading time in minutes (0 when it shows none), and that
 * time through the template's pattern. */
double render_minutes(const struct render_context *ctx);
void render_reading_time_of(const struct render_context *ctx, double minutes,
			    struct strbuf *out);
/* Bidi isolates of the text edition (U+2068 FIRST STRONG ISOLATE, U+2069
 * POP DIRECTIONAL ISOLATE), and of lines in a direction of their own
 * (U+2066 LEFT-TO-RIGHT ISOLATE, U+2067 RIGHT-TO-LEFT ISOLATE). */
#define RENDER_FSI "\xe2\x81\xa8"
#define RENDER_PDI "\xe2\x81\xa9"
#define RENDER_LRI "\xe2\x81\xa6"
#define RENDER_RLI "\xe2\x81\xa7"
/* Appends text, isolated (FSI ... PDI) when its direction is not the
 * edition's, so that a Latin name in a Hebrew list or an untranslated
 * question after a Persian number keeps its own order. */
void render_isolate(const struct render_context *ctx, const char *text, struct strbuf *out);
/* "1. Question" through the template's faq-question pattern, the question
 * isolated as render_isolate does when isolate is set (HTML puts it in a
 * <bdi> instead). */
void render_faq_question(const struct render_context *ctx, long number, const char *question,
			 int isolate, struct strbuf *out);
/* Appends the inline content of node as plain text: q gets the locale's
 * quotation marks (the alternate ones inside another q), br a newline. */
void render_inline_text(const struct render_context *ctx, const xmlNode *node,
			struct strbuf *out);
/* The same, with br as RENDER_LINE_BREAK (U+2028 LINE SEPARATOR), which
 * whitespace collapsing leaves alone: the text edition breaks the line
 * there. */
#define RENDER_LINE_BREAK "\xe2\x80\xa8"
void render_inline_lines(const struct render_context *ctx, const xmlNode *node,
			 struct strbuf *out);

#endif
