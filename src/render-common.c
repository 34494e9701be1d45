/* render-common.c: what the text and HTML editions share: the metadata
 * lines and the template's patterns, all formatted by ICU. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "fmt-message.h"
#include "fmt.h"
#include "i18n.h"
#include "render.h"
#include "space.h"
#include "translations.h"

struct fmt_locale *render_source_fmt(const struct render_context *ctx)
{
	return ctx->source_fmt ? ctx->source_fmt : fmt_locale_get(ctx->source->icu);
}

xmlNode *render_child(const xmlNode *parent, const char *name)
{
	for (xmlNode *child = parent ? parent->children : NULL; child; child = child->next)
		if (child->type == XML_ELEMENT_NODE && strcmp((const char *)child->name, name) == 0)
			return child;
	return NULL;
}

const char *render_label(const struct render_context *ctx, const char *id)
{
	const char *label = strmap_get(ctx->edition, id);

	return label ? label : id;
}

static xmlNode *meta(const struct render_context *ctx, const char *name)
{
	return render_child(render_child(xmlDocGetRootElement(ctx->doc), "meta"), name);
}

void render_date(const struct render_context *ctx, struct strbuf *out)
{
	xmlNode *published = meta(ctx, "published");
	xmlChar *iso = published ? xmlNodeGetContent(published) : NULL;

	if (iso && fmt_date(ctx->fmt, (const char *)iso, out) < 0)
		diag_warning((const char *)ctx->doc->URL, xmlGetLineNo(published), 0,
			     _("'%s' is not a date (YYYY-MM-DD): the edition shows none"),
			     (const char *)iso);
	xmlFree(iso);
}

/* A translated pattern that ICU cannot format is said once per edition
 * set, with its catalog and line. */
static void warn_pattern(const struct render_context *ctx, const char *id, const char *pattern)
{
	if (!ctx->warned || !strmap_put(ctx->warned, id, ""))
		return;
	diag_warning(ctx->edition_po, translations_line(ctx->edition_po, pattern), 0,
		     _("the translation of '%s' is not an ICU pattern that formats; the source "
		       "pattern is used"), id);
}

/* A pattern from the template, formatted; the English source pattern when
 * the translation does not format. */
static void format_pattern(const struct render_context *ctx, const char *id,
			   const struct fmt_arg *args, size_t n, struct strbuf *out)
{
	const char *pattern = render_label(ctx, id);
	char *text = fmt_message(ctx->locale, pattern, args, n);
	const char *source = ctx->edition_source ? strmap_get(ctx->edition_source, id) : NULL;

	if (!text && source && strcmp(source, pattern) != 0) {
		warn_pattern(ctx, id, pattern);
		text = fmt_message(ctx->locale, source, args, n);
	}
	if (text) {
		strbuf_addstr(out, text);
		free(text);
	}
}

/* The minutes the article gives, or else what its localised text takes. */
static double reading_minutes(const struct render_context *ctx, xmlNode *time)
{
	xmlChar *given = xmlGetProp(time, (const xmlChar *)"minutes");
	double minutes = given ? atof((const char *)given) : 0;

	xmlFree(given);
	if (given)
		return minutes;
	struct strbuf text = STRBUF_INIT;
	for (xmlNode *node = xmlDocGetRootElement(ctx->doc)->children; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE || strcmp((const char *)node->name, "meta") == 0)
			continue;
		xmlChar *content = xmlNodeGetContent(node);
		strbuf_addstr(&text, content ? (const char *)content : "");
		strbuf_addch(&text, '\n');
		xmlFree(content);
	}
	minutes = fmt_reading_minutes(ctx->fmt, text.buf);
	strbuf_release(&text);
	return minutes;
}

double render_minutes(const struct render_context *ctx)
{
	if (ctx->minutes && *ctx->minutes >= 0)
		return *ctx->minutes;
	xmlNode *time = meta(ctx, "reading-time");
	double minutes = time ? reading_minutes(ctx, time) : 0;
	if (ctx->minutes)
		*ctx->minutes = minutes;
	return minutes;
}

void render_reading_time_of(const struct render_context *ctx, double minutes,
			    struct strbuf *out)
{
	struct fmt_arg arg = { "minutes", NULL, minutes };

	format_pattern(ctx, "reading-time", &arg, 1, out);
}

void render_reading_time(const struct render_context *ctx, struct strbuf *out)
{
	if (meta(ctx, "reading-time"))
		render_reading_time_of(ctx, render_minutes(ctx), out);
}

void render_isolate(const struct render_context *ctx, const char *text, struct strbuf *out)
{
	int direction = fmt_text_direction(text);

	if (direction < 0 || direction == fmt_is_rtl(ctx->fmt)) {
		strbuf_addstr(out, text);
		return;
	}
	strbuf_addstr(out, RENDER_FSI);
	strbuf_addstr(out, text);
	strbuf_addstr(out, RENDER_PDI);
}

void render_faq_question(const struct render_context *ctx, long number, const char *question,
			 int isolate, struct strbuf *out)
{
	struct strbuf digits = STRBUF_INIT, isolated = STRBUF_INIT;

	fmt_integer(ctx->fmt, number, &digits);
	if (isolate)
		render_isolate(ctx, question, &isolated);
	else
		strbuf_addstr(&isolated, question);
	struct fmt_arg args[] = { { "number", digits.buf, 0 }, { "question", isolated.buf, 0 } };
	format_pattern(ctx, "faq-question", args, 2, out);
	strbuf_release(&digits);
	strbuf_release(&isolated);
}

/* depth counts the quotations around node; line_break is what <br/>
 * becomes. */
static void inline_text(const struct render_context *ctx, const xmlNode *node, int depth,
			const char *line_break, struct strbuf *out)
{
	for (const xmlNode *child = node->children; child; child = child->next) {
		if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
			strbuf_addstr(out, (const char *)child->content);
		} else if (child->type == XML_ELEMENT_NODE
			   && strcmp((const char *)child->name, "q") == 0) {
			const char *open, *close;
			fmt_quotes(ctx->fmt, depth, &open, &close);
			strbuf_addstr(out, open);
			inline_text(ctx, child, depth + 1, line_break, out);
			strbuf_addstr(out, close);
		} else if (child->type == XML_ELEMENT_NODE
			   && strcmp((const char *)child->name, "br") == 0) {
			strbuf_addstr(out, line_break);
		} else if (child->type == XML_ELEMENT_NODE) {
			inline_text(ctx, child, depth, line_break, out);
		}
	}
}

void render_inline_text(const struct render_context *ctx, const xmlNode *node,
			struct strbuf *out)
{
	inline_text(ctx, node, 0, "\n", out);
}

void render_inline_lines(const struct render_context *ctx, const xmlNode *node,
			 struct strbuf *out)
{
	inline_text(ctx, node, 0, RENDER_LINE_BREAK, out);
}
