/* extract-its.c: template comments and contexts from ITS values. */
#include <config.h>

#include <string.h>

#include "extract-its.h"
#include "i18n.h"
#include "its.h"
#include "space.h"

const char *extract_context(const xmlNode *unit)
{
	const char *context = its_value(unit, ITS_CONTEXT);

	if (context || !its_slot_used(unit, ITS_ID_VALUE))
		return context;
	return its_value(unit, ITS_ID_VALUE);
}

void extract_comment_line(struct strbuf *comments, const char *text)
{
	size_t len = strlen(text);

	/* A note with nothing to normalise, as a rule's usually is, goes as
	 * it is. */
	if (len && !space_is_xml(text[0]) && !space_is_xml(text[len - 1])
	    && !space_has_runs(text, len)) {
		strbuf_add(comments, text, len);
		strbuf_addch(comments, '\n');
		return;
	}
	struct strbuf line = STRBUF_INIT;

	strbuf_addstr(&line, text);
	space_normalise(&line, SPACE_DEFAULT);
	if (line.len) {
		strbuf_addstr(comments, line.buf);
		strbuf_addch(comments, '\n');
	}
	strbuf_release(&line);
}

static void add_term(const xmlNode *node, struct strbuf *comments)
{
	const char *info = its_value(node, ITS_TERM_INFO);
	const char *ref = its_value(node, ITS_TERM_INFO_REF);
	xmlChar *term = xmlNodeGetContent(node);
	struct strbuf line = STRBUF_INIT;

	/* TRANSLATORS: a term of the source and what it means (a definition
	   or where to find one). */
	strbuf_addf(&line, _("Term: %s"), term ? (const char *)term : "");
	if (info || ref)
		strbuf_addf(&line, " (%s)", info ? info : ref);
	extract_comment_line(comments, line.buf);
	strbuf_release(&line);
	xmlFree(term);
}

/* The unit and the inline elements in it, in document order. */
static void add_terms(const xmlNode *node, struct strbuf *comments)
{
	if (its_is_yes(node, ITS_TERM))
		add_term(node, comments);
	if (node->type != XML_ELEMENT_NODE)
		return;
	for (const xmlNode *child = node->children; child; child = child->next)
		if (child->type == XML_ELEMENT_NODE)
			add_terms(child, comments);
}

/* Storage Size and Allowed Characters, for folio check to test each
 * translation against: machine-read lines, so not translated. */
static void extract_its_constraints(const xmlNode *unit, struct strbuf *comments)
{
	const char *size = its_slot_used(unit, ITS_STORAGE_SIZE)
		? its_value(unit, ITS_STORAGE_SIZE) : NULL;
	const char *chars = its_slot_used(unit, ITS_ALLOWED_CHARACTERS)
		? its_value(unit, ITS_ALLOWED_CHARACTERS) : NULL;

	if (size) {
		/* The recommendation's defaults, written out for check. */
		const char *encoding = its_value(unit, ITS_STORAGE_ENCODING);
		const char *breaks = its_value(unit, ITS_LINE_BREAK_TYPE);
		strbuf_addf(comments, "%s%s storageEncoding=%s lineBreakType=%s\n",
			    FOLIO_ITS_STORAGE_SIZE_MARK, size, encoding ? encoding : "UTF-8",
			    breaks ? breaks : "lf");
	}
	if (chars && !strchr(chars, '\n'))
		strbuf_addf(comments, "%s%s\n", FOLIO_ITS_ALLOWED_CHARACTERS_MARK, chars);
}

void extract_its_comments(const xmlNode *unit, struct strbuf *comments)
{
	struct strbuf line = STRBUF_INIT;

	if (its_slot_used(unit, ITS_TERM))
		add_terms(unit, comments);
	const char *domain = its_slot_used(unit, ITS_DOMAIN) ? its_value(unit, ITS_DOMAIN) : NULL;
	if (domain) {
		strbuf_addf(&line, _("Domain: %s"), domain);
		extract_comment_line(comments, line.buf);
		strbuf_reset(&line);
	}
	const char *list = its_slot_used(unit, ITS_LOCALE_FILTER_LIST)
		? its_value(unit, ITS_LOCALE_FILTER_LIST) : NULL;
	const char *type = its_value(unit, ITS_LOCALE_FILTER_TYPE);
	int exclude = type && strcmp(type, "exclude") == 0;
	if (list && (exclude || strcmp(list, "*") != 0)) {
		/* TRANSLATORS: the languages (BCP 47 ranges) a message is for,
		   or not for; it appears only in their editions. */
		strbuf_addf(&line, exclude ? _("Not for: %s") : _("Only for: %s"),
			    *list ? list : "-");
		extract_comment_line(comments, line.buf);
	}
	strbuf_release(&line);
	extract_its_constraints(unit, comments);
}
