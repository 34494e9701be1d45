/* extract.c: walking an annotated document into messages. */
#include <config.h>

#include <string.h>

#include "diag.h"
#include "extract-its.h"
#include "extract.h"
#include "html-doc.h"
#include "i18n.h"
#include "its-locate.h"
#include "markup.h"
#include "space.h"
#include "strbuf.h"
#include "xml-doc.h"

/* Is node a message by itself (depth 0) or a part of one (depth > 0)? */
static int is_unit(const xmlNode *node, int depth)
{
	if (!its_is_yes(node, ITS_TRANSLATE))
		return 0;
	if (depth > 0 && !its_is_yes(node, ITS_WITHIN_TEXT))
		return 0;
	for (const xmlNode *child = node->children; child; child = child->next) {
		switch (child->type) {
		case XML_ELEMENT_NODE:
			if (!is_unit(child, depth + 1))
				return 0;
			break;
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
		case XML_ENTITY_REF_NODE:
		case XML_COMMENT_NODE:
			break;
		default:
			return 0;
		}
	}
	return 1;
}

/* An XML comment just before the element (whitespace aside) is a note for
 * the translator, as in xgettext. */
static void add_preceding_comment(struct strbuf *comments, const xmlNode *node)
{
	for (const xmlNode *prev = node->prev; prev; prev = prev->prev) {
		if (prev->type == XML_COMMENT_NODE) {
			extract_comment_line(comments, (const char *)prev->content);
			return;
		}
		if (prev->type != XML_TEXT_NODE)
			return;
		for (const char *p = (const char *)prev->content; *p; p++)
			if (!space_is_xml(*p))
				return;
	}
}

static void add_note(struct strbuf *comments, const xmlNode *node)
{
	const char *note = its_value(node, ITS_LOC_NOTE);
	const char *ref = its_value(node, ITS_LOC_NOTE_REF);

	if (note)
		extract_comment_line(comments, note);
	if (ref) {
		strbuf_addf(comments, _("See %s"), ref);
		strbuf_addch(comments, '\n');
	}
	extract_its_comments(node, comments);
	/* The format mark goes last, on a line of its own, for tools to find. */
	const char *format = its_value(node, ITS_FORMAT);
	if (format && strcmp(format, "text") != 0) {
		strbuf_addstr(comments, format);
		strbuf_addch(comments, '\n');
	}
}

static int is_blank(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

/* Collapses each run of whitespace in buf[0, len) to one space, in place;
 * returns the new length. */
static size_t collapse_runs(char *buf, size_t len)
{
	if (!space_has_runs(buf, len))
		return len;
	char *out = buf;
	int in_space = 0;
	for (size_t i = 0; i < len; i++) {
		char c = buf[i];
		if (space_is_xml(c)) {
			if (!in_space)
				*out++ = ' ';
			in_space = 1;
		} else {
			*out++ = c;
			in_space = 0;
		}
	}
	return (size_t)(out - buf);
}

/* Default whitespace, as xgettext applies it, so that the same rules give
 * the same msgids: at each element (the unit and every inline element in
 * it) runs collapse to one space; the leading space goes when the content
 * starts with text, the trailing one when it ends with text that is not all
 * blank (so "a <em>b</em>" keeps the space after the element when only a
 * line break follows it). */
static void collapse_like_gettext(const xmlNode *node, struct strbuf *text, size_t from)
{
	const xmlNode *first = node->children, *last = node->last;
	int strip_start = first && (first->type == XML_TEXT_NODE
				    || first->type == XML_CDATA_SECTION_NODE);
	int strip_end = last && (last->type == XML_TEXT_NODE
				 || last->type == XML_CDATA_SECTION_NODE)
		&& !is_blank((const char *)last->content);
	char *region = text->buf + from;
	size_t len = collapse_runs(region, text->len - from);
	size_t start = strip_start && len && region[0] == ' ' ? 1 : 0;
	if (strip_end && len > start && region[len - 1] == ' ')
		len--;
	if (start)
		memmove(region, region + start, len - start);
	strbuf_setlen(text, from + len - start);
}

/* Appends node's content to out, each element's part collapsed in place
 * once its own content is in. */
static void gettext_content(const xmlNode *node, int escape, struct strbuf *out)
{
	size_t from = out->len;

	for (const xmlNode *child = node->children; child; child = child->next) {
		if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
			if (escape)
				markup_escape(out, (const char *)child->content, 0);
			else
				strbuf_addstr(out, (const char *)child->content);
		} else if (child->type == XML_ENTITY_REF_NODE) {
			strbuf_addf(out, "&%s;", (const char *)child->name);
		} else if (child->type == XML_ELEMENT_NODE) {
			markup_open_tag(out, child);
			if (!child->children) {
				strbuf_addstr(out, "/>");
				continue;
			}
			strbuf_addch(out, '>');
			gettext_content(child, escape, out);
			markup_close_tag(out, child);
		}
	}
	collapse_like_gettext(node, out, from);
}

static void normalise_like_gettext(const xmlNode *node, struct strbuf *text)
{
	strbuf_reset(text);
	gettext_content(node, its_is_yes(node, ITS_ESCAPE), text);
	/* Whitespace only is no message. */
	if (is_blank(text->buf))
		strbuf_setlen(text, 0);
}

void extract_unit_text(const xmlNode *node, struct strbuf *text)
{
	int escape = its_is_yes(node, ITS_ESCAPE);
	enum space_mode mode = space_mode_parse(its_value(node, ITS_PRESERVE_SPACE));

	/* An element's default whitespace is gettext's, built in one pass. */
	if (mode == SPACE_DEFAULT && node->type == XML_ELEMENT_NODE) {
		normalise_like_gettext(node, text);
		return;
	}
	if (node->type == XML_ATTRIBUTE_NODE) {
		xmlChar *value = xmlNodeGetContent(node);
		if (escape)
			markup_escape(text, value ? (const char *)value : "", 0);
		else
			strbuf_addstr(text, value ? (const char *)value : "");
		xmlFree(value);
	} else {
		markup_serialise_children(text, node, escape);
	}
	space_normalise(text, mode);
}

struct emit_target {
	const char *file;
	struct pot *pot;
	struct strbuf text, comments;   /* scratch, reused from unit to unit */
};

static void emit(const xmlNode *node, struct emit_target *target)
{
	const xmlNode *owner = node->type == XML_ATTRIBUTE_NODE ? node->parent : node;
	struct strbuf *text = &target->text, *comments = &target->comments;

	strbuf_reset(text);
	extract_unit_text(node, text);
	if (!text->len)
		return;
	strbuf_reset(comments);
	if (node->type == XML_ELEMENT_NODE)
		add_preceding_comment(comments, node);
	add_note(comments, node);
	pot_add(target->pot, extract_context(node), text->buf, comments->buf, target->file,
		xmlGetLineNo(owner));
}

/* HTML5 counts lang and style among translatable attributes, but an
 * edition writes its own language, and style is CSS, not text. */
static int is_markup_attribute(const xmlAttr *attr)
{
	const char *name = (const char *)attr->name;

	return attr->doc && attr->doc->type == XML_HTML_DOCUMENT_NODE && !attr->ns
		&& (strcmp(name, "lang") == 0 || strcmp(name, "style") == 0);
}

static void walk(xmlNode *node, void (*visit)(xmlNode *, void *), void *data)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		for (xmlAttr *attr = node->properties; attr; attr = attr->next)
			if (its_is_yes((const xmlNode *)attr, ITS_TRANSLATE) && !is_markup_attribute(attr))
				visit((xmlNode *)attr, data);
		if (is_unit(node, 0))
			visit(node, data);
		else
			walk(node->children, visit, data);
	}
}

void extract_visit_units(xmlDoc *doc, void (*visit)(xmlNode *unit, void *data), void *data)
{
	walk(xmlDocGetRootElement(doc), visit, data);
}

static void emit_unit(xmlNode *unit, void *data)
{
	emit(unit, data);
}

void extract_messages(xmlDoc *doc, const char *file, struct pot *pot)
{
	struct emit_target target = { file, pot, STRBUF_INIT, STRBUF_INIT };

	extract_visit_units(doc, emit_unit, &target);
	strbuf_release(&target.text);
	strbuf_release(&target.comments);
}

int extract_file(const struct its_rules *rules, const char *file, struct pot *pot)
{
	return extract_file_as(rules, file, file, pot);
}

struct its_annotation *extract_annotate(xmlDoc *doc, const char *file,
					const struct its_rules *rules)
{
	int failed;
	const struct its_rules *located = its_locate(doc, file, &failed);
	if (failed)
		return NULL;
	if (!located && !(rules && its_rules_count(rules) > 0) && !its_doc_has_rules(doc)) {
		diag_error(file, 0, 0, _("no ITS rules are known for root element '%s'; "
					 "give some with --its"),
			   (const char *)xmlDocGetRootElement(doc)->name);
		return NULL;
	}
	/* Rules given by the user come last, so they win. */
	const struct its_rules *sets[2];
	size_t n_sets = 0;
	if (located)
		sets[n_sets++] = located;
	if (rules)
		sets[n_sets++] = rules;
	return its_annotate(sets, n_sets, doc, file);
}

int extract_file_as(const struct its_rules *rules, const char *file, const char *ref_name,
		    struct pot *pot)
{
	xmlDoc *doc = source_doc_load(file);
	if (!doc)
		return -1;

	struct its_annotation *annotation = extract_annotate(doc, file, rules);
	int rc = annotation ? 0 : -1;
	if (annotation)
		extract_messages(doc, ref_name, pot);
	its_annotation_free_with_doc(annotation, doc);
	return rc;
}
