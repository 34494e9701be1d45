/* translate-unit.c: translations into a document's units and out again,
 * with the language marks that go with them. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "diag.h"
#include "i18n.h"
#include "localise.h"
#include "translate.h"
#include "translations.h"
#include "xalloc.h"

static const char *lookup(const struct translate_catalog *cat, const struct translate_unit *unit)
{
	struct strbuf key = STRBUF_INIT;

	if (unit->msgctxt) {
		strbuf_addstr(&key, unit->msgctxt);
		strbuf_addch(&key, '\004');
	}
	strbuf_addstr(&key, unit->msgid);
	const char *msgstr = strmap_get(&cat->map, key.buf);
	strbuf_release(&key);
	return msgstr;
}

static xmlNode *owner_of(const xmlNode *node)
{
	return node->type == XML_ATTRIBUTE_NODE ? node->parent : (xmlNode *)node;
}

static int has_elements(const xmlNode *list)
{
	for (; list; list = list->next)
		if (list->type == XML_ELEMENT_NODE)
			return 1;
	return 0;
}

/* A msgid names the prefixes of namespaces declared inside its unit
 * (xmlns:xlink on an inline <link>) but not their declarations: the unit
 * element lends them to its translation, appended to its own.  Default
 * namespaces are not lent: the unit would change its own.  Returns the
 * first one lent, or NULL. */
static xmlNs *lend_namespaces(xmlNode *unit, const xmlNode *inner)
{
	xmlNs *first = NULL;

	for (; inner; inner = inner->next) {
		if (inner->type != XML_ELEMENT_NODE)
			continue;
		for (const xmlNs *ns = inner->nsDef; ns; ns = ns->next) {
			if (!ns->prefix || xmlSearchNs(unit->doc, unit, ns->prefix))
				continue;
			xmlNs *lent = xmlNewNs(unit, ns->href, ns->prefix);
			if (!first)
				first = lent;
		}
		xmlNs *deeper = lend_namespaces(unit, inner->children);
		if (!first)
			first = deeper;
	}
	return first;
}

/* Takes back the namespaces from first on, once nothing uses them. */
static void unlend_namespaces(xmlNode *unit, xmlNs *first)
{
	xmlNs **link = &unit->nsDef;

	if (!first)
		return;
	while (*link && *link != first)
		link = &(*link)->next;
	xmlFreeNsList(*link);
	*link = NULL;
}

static xmlNode *parse_markup(const struct translate_doc *td, const struct translate_unit *unit,
			     const char *msgstr, xmlNs **lent)
{
	*lent = NULL;
	if (td->html)
		return translate_html_parse_markup(td->doc, msgstr);
	xmlNode *owner = owner_of(unit->node);
	if (unit->node->type == XML_ELEMENT_NODE)
		*lent = lend_namespaces(owner, unit->node->children);
	xmlNode *list = localise_parse_markup(owner, msgstr);
	if (!list) {
		unlend_namespaces(owner, *lent);
		*lent = NULL;
	}
	return list;
}

/* The translation as nodes for the unit's content, or NULL after a
 * warning naming the catalog's line and the unit's.  *lent is set as
 * lend_namespaces says. */
static xmlNode *translation_nodes(const struct translate_doc *td,
				  const struct translate_unit *unit,
				  const struct translate_catalog *cat, const char *msgstr,
				  xmlNs **lent)
{
	*lent = NULL;
	long source_line = xmlGetLineNo(owner_of(unit->node));

	if (u8_check((const uint8_t *)msgstr, strlen(msgstr))) {
		diag_warning(cat->path, translations_line(cat->path, msgstr), 0,
			     _("translation of %s:%ld not used: it is not valid UTF-8"),
			     td->path, source_line);
		return NULL;
	}
	/* Text that was not escaped in the msgid is text in the document. */
	if (!unit->markup && !has_elements(unit->node->children))
		return xmlNewDocText(td->doc, (const xmlChar *)msgstr);
	xmlNode *list = parse_markup(td, unit, msgstr, lent);
	if (list && (unit->node->type == XML_ATTRIBUTE_NODE ? has_elements(list)
			   : !localise_same_elements(unit->node->children, list))) {
		xmlFreeNodeList(list);
		unlend_namespaces(owner_of(unit->node), *lent);
		*lent = NULL;
		list = NULL;
	}
	if (!list) {
		diag_warning(cat->path, translations_line(cat->path, msgstr), 0,
			     _("translation of %s:%ld not used: its markup is broken or "
			       "differs from the source"), td->path, source_line);
		return NULL;
	}
	return list;
}

static int is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The source's layout around a unit's text (a line break and indentation
 * before and after a paragraph) is kept around its translation where
 * extraction strips it again: before anything, and after text. */
static void keep_layout(xmlNode *node, const xmlNode *source)
{
	const xmlNode *source_last = source;
	while (source_last && source_last->next)
		source_last = source_last->next;
	xmlNode *first = node->children, *last = node->last;

	if (source->type == XML_TEXT_NODE && is_blank(source->content[0])
	    && !(first->type == XML_TEXT_NODE && is_blank(first->content[0]))) {
		const char *text = (const char *)source->content;
		xmlNode *blank = xmlNewDocTextLen(node->doc, source->content,
						  (int)strspn(text, " \t\r\n"));
		xmlAddPrevSibling(first, blank);
	}
	if (source_last->type != XML_TEXT_NODE || last->type != XML_TEXT_NODE)
		return;
	const char *text = (const char *)source_last->content, *end = text + strlen(text);
	const char *blanks = end;
	while (blanks > text && is_blank(blanks[-1]))
		blanks--;
	size_t len = strlen((const char *)last->content);
	if (blanks < end && len && !is_blank(last->content[len - 1]))
		xmlNodeAddContentLen(last, (const xmlChar *)blanks, (int)(end - blanks));
}

/* The unit's content becomes list; the source is kept for restore. */
static void put_in(struct translate_unit *unit, xmlNode *list, xmlNs *lent)
{
	xmlNode *node = unit->node;

	unit->lent_ns = lent;
	unit->source = node->children;
	node->children = node->last = NULL;
	xmlAddChildList(node, list);
	if (unit->source && node->type == XML_ELEMENT_NODE && !unit->preserve)
		keep_layout(node, unit->source);
}

static void take_out(struct translate_unit *unit)
{
	xmlNode *node = unit->node;

	xmlFreeNodeList(node->children);
	node->children = node->last = NULL;
	xmlAddChildList(node, unit->source);
	unit->source = NULL;
	unlend_namespaces(node, unit->lent_ns);
	unit->lent_ns = NULL;
}

/* Sets an attribute of element, keeping what it held for restore (its
 * content node for node: an attribute without a value stays one). */
static void set_mark(struct translate_doc *td, xmlNode *element, const char *ns_href,
		     const char *name, const char *value)
{
	xmlAttr *attr = xmlHasNsProp(element, (const xmlChar *)name, (const xmlChar *)ns_href);
	struct translate_mark mark = { attr, NULL, !attr || attr->type != XML_ATTRIBUTE_NODE };

	if (mark.created) {
		xmlNs *ns = ns_href ? xmlSearchNsByHref(td->doc, element, (const xmlChar *)ns_href)
				    : NULL;
		mark.attr = attr = xmlNewNsProp(element, ns, (const xmlChar *)name, NULL);
	} else {
		mark.old_content = attr->children;
		attr->children = attr->last = NULL;
	}
	xmlNode *text = xmlNewDocText(td->doc, (const xmlChar *)value);
	text->parent = (xmlNode *)attr;
	attr->children = attr->last = text;
	FOLIO_GROW(td->marks, td->n_marks + 1, td->alloc_marks);
	td->marks[td->n_marks++] = mark;
}

static void unset_mark(struct translate_mark *mark)
{
	xmlAttr *attr = mark->attr;

	xmlFreeNodeList(attr->children);
	attr->children = attr->last = mark->old_content;
	while (attr->last && attr->last->next)
		attr->last = attr->last->next;
	if (mark->created)
		xmlRemoveProp(attr);
}

static void mark_language(struct translate_doc *td, xmlNode *element, const char *lang,
			  const char *dir)
{
	if (!td->html)
		set_mark(td, element, (const char *)XML_XML_NAMESPACE, "lang", lang);
	if (!td->xhtml && !td->html)
		return;
	set_mark(td, element, NULL, "lang", lang);
	if (dir)
		set_mark(td, element, NULL, "dir", dir);
}

/* Translates one unit; 1 when it is translated, 0 when it keeps the
 * source, -1 when its translation was not used. */
static int apply_unit(struct translate_doc *td, struct translate_unit *unit,
		      const struct translate_catalog *cat)
{
	const char *msgstr = lookup(cat, unit);

	if (!msgstr)
		return 0;
	/* The source's own bytes are its best translation. */
	if (strcmp(msgstr, unit->msgid) == 0)
		return 1;
	xmlNs *lent;
	xmlNode *list = translation_nodes(td, unit, cat, msgstr, &lent);
	if (!list)
		return -1;
	put_in(unit, list, lent);
	return 1;
}

void translate_doc_apply(struct translate_doc *td, const struct translate_catalog *cat,
			 const char *lang, int rtl, struct translate_counts *counts)
{
	xmlNode *root = xmlDocGetRootElement(td->doc);

	memset(counts, 0, sizeof(*counts));
	counts->n_units = (unsigned)td->n_units;
	mark_language(td, root, lang, rtl ? "rtl" : NULL);
	for (size_t i = 0; i < td->n_units; i++) {
		struct translate_unit *unit = &td->units[i];
		int rc = apply_unit(td, unit, cat);
		counts->n_translated += rc > 0;
		counts->n_rejected += rc < 0;
		if (rc <= 0 && unit->node->type == XML_ELEMENT_NODE && unit->node != root)
			mark_language(td, unit->node, td->source_lang, rtl ? "ltr" : NULL);
	}
}

static int is_blank_text(const xmlNode *node)
{
	return node->type == XML_TEXT_NODE && node->content
	       && ((const char *)node->content)[strspn((const char *)node->content,
						       " \t\r\n")] == '\0';
}

/* The blank text libxml2's parser drops without XML_PARSE_KEEPBLANKS, as
 * msgfmt --xml parses: between elements, unless it is an element's only
 * child, its element holds text of its own (the first child is text), or
 * xml:space="preserve" is in force. */
static void drop_blanks(xmlNode *element)
{
	int mixed = element->children && element->children->type == XML_TEXT_NODE
		    && !is_blank_text(element->children);
	int keep = mixed || xmlNodeGetSpacePreserve(element) == 1;

	for (xmlNode *child = element->children, *next; child; child = next) {
		next = child->next;
		if (child->type == XML_ELEMENT_NODE) {
			drop_blanks(child);
		} else if (!keep && is_blank_text(child) && (child->prev || child->next)) {
			xmlUnlinkNode(child);
			xmlFreeNode(child);
		}
	}
}

void translate_doc_add_language(struct translate_doc *td, const struct translate_catalog *cat,
				const char *lang, struct translate_counts *counts)
{
	memset(counts, 0, sizeof(*counts));
	if (td->n_copies == 0)
		drop_blanks(xmlDocGetRootElement(td->doc));
	for (size_t i = 0; i < td->n_units; i++) {
		struct translate_unit *unit = &td->units[i];
		/* An attribute has no place for a copy. */
		if (unit->node->type != XML_ELEMENT_NODE)
			continue;
		counts->n_units++;
		const char *msgstr = lookup(cat, unit);
		if (!msgstr)
			continue;
		xmlNs *lent;
		xmlNode *list = translation_nodes(td, unit, cat, msgstr, &lent);
		counts->n_rejected += !list;
		if (!list)
			continue;
		counts->n_translated++;
		xmlNode *copy = xmlNewDocNode(td->doc, unit->node->ns, unit->node->name, NULL);
		xmlNs *xml_ns = xmlSearchNsByHref(td->doc, unit->node, XML_XML_NAMESPACE);
		xmlSetNsProp(copy, xml_ns, (const xmlChar *)"lang", (const xmlChar *)lang);
		xmlAddChildList(copy, list);
		xmlAddNextSibling(unit->node, copy);
		/* The copy declares what it uses itself; the unit lends no more. */
		xmlReconciliateNs(td->doc, copy);
		unlend_namespaces(unit->node, lent);
		FOLIO_GROW(td->copies, td->n_copies + 1, td->alloc_copies);
		td->copies[td->n_copies++] = copy;
	}
}

void translate_doc_restore(struct translate_doc *td)
{
	for (size_t i = 0; i < td->n_units; i++)
		if (td->units[i].source)
			take_out(&td->units[i]);
	/* Marks in reverse: an attribute set twice gets its first value. */
	for (size_t i = td->n_marks; i-- > 0;)
		unset_mark(&td->marks[i]);
	td->n_marks = 0;
	translate_doc_remove_copies(td, 0);
}

void translate_doc_remove_copies(struct translate_doc *td, size_t from)
{
	for (size_t i = from; i < td->n_copies; i++) {
		xmlUnlinkNode(td->copies[i]);
		xmlFreeNode(td->copies[i]);
	}
	td->n_copies = from;
}
