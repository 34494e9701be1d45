/* localise.c: putting translations into documents and taking them out. */
#include <config.h>

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include <libxml/parser.h>

#include "diag.h"
#include "extract-its.h"
#include "fmt.h"
#include "extract.h"
#include "i18n.h"
#include "its-locate.h"
#include "its-locale-filter.h"
#include "its.h"
#include "localise.h"
#include "markup.h"
#include "space.h"
#include "xalloc.h"
#include "xml-doc.h"

struct collect {
	struct localise_doc *ld;
	size_t alloc;
};

/* A copy of an ITS value, NULL when it is the document's. */
static char *copy_unless(const char *value, const char *document_value)
{
	if (!value || (document_value && strcmp(value, document_value) == 0))
		return NULL;
	return xstrdup(value);
}

static void collect_unit(xmlNode *unit, void *data)
{
	struct collect *c = data;
	struct strbuf msgid = STRBUF_INIT;

	/* The document's own language and direction are the edition's
	 * source; a unit records only a language or direction of its own. */
	const xmlNode *root = xmlDocGetRootElement(unit->doc);

	/* Attributes are messages of the template but stay as they are here. */
	if (unit->type == XML_ELEMENT_NODE)
		extract_unit_text(unit, &msgid);
	if (msgid.len) {
		struct localise_doc *ld = c->ld;
		FOLIO_GROW(ld->units, ld->n_units + 1, c->alloc);
		const char *msgctxt = extract_context(unit);
		ld->units[ld->n_units++] = (struct localise_unit){
			unit, msgctxt ? xstrdup(msgctxt) : NULL, strbuf_detach(&msgid, NULL), NULL,
			copy_unless(its_value(unit, ITS_LOCALE_FILTER_LIST), "*"),
			copy_unless(its_value(unit, ITS_LOCALE_FILTER_TYPE), "include"),
			copy_unless(its_value(unit, ITS_LANG), its_value(root, ITS_LANG)),
			copy_unless(its_value(unit, ITS_DIR), its_value(root, ITS_DIR)), NULL
		};
	}
	strbuf_release(&msgid);
}

int localise_doc_load(struct localise_doc *ld, const char *path)
{
	memset(ld, 0, sizeof(*ld));
	ld->doc = xml_doc_load(path);
	if (!ld->doc)
		return -1;
	ld->path = xstrdup(path);
	int failed;
	const struct its_rules *rules = its_locate(ld->doc, path, &failed);
	if (!rules) {
		localise_doc_release(ld);
		return failed ? -1 : diag_error(path, 0, 0, _("no ITS rules are known for this document"));
	}
	struct its_annotation *annotation = its_annotate(&rules, 1, ld->doc, path);
	if (!annotation) {
		localise_doc_release(ld);
		return -1;
	}
	struct collect c = { ld, 0 };
	extract_visit_units(ld->doc, collect_unit, &c);
	its_annotation_free(annotation);
	return 0;
}

static void count_errors(void *data, xmlErrorPtr err)
{
	if (err->level >= XML_ERR_ERROR)
		++*(int *)data;
}

xmlNode *localise_parse_markup(xmlNode *unit, const char *msgstr)
{
	/* Plain text needs no parser. */
	if (!strpbrk(msgstr, "<&"))
		return xmlNewDocText(unit->doc, (const xmlChar *)msgstr);
	xmlNode *list = NULL;
	/* A catalog's text is UTF-8, whatever the document's encoding: libxml2
	 * would read the fragment in the latter. */
	const xmlChar *encoding = unit->doc->encoding;
	unit->doc->encoding = NULL;
	/* A namespace error (a prefix not declared) leaves rc at XML_ERR_OK. */
	int n_errors = 0;
	xmlSetStructuredErrorFunc(&n_errors, count_errors);
	xmlParserErrors rc = xmlParseInNodeContext(unit, msgstr, (int)strlen(msgstr),
						   XML_PARSE_NONET, &list);
	xmlSetStructuredErrorFunc(NULL, NULL);
	unit->doc->encoding = encoding;
	if (rc != XML_ERR_OK || n_errors) {
		xmlFreeNodeList(list);
		return NULL;
	}
	return list;
}

int localise_same_elements(const xmlNode *source, const xmlNode *translation)
{
	struct strbuf want = STRBUF_INIT, got = STRBUF_INIT;

	markup_element_names(source, &want);
	markup_element_names(translation, &got);
	int same = strcmp(want.buf, got.buf) == 0;
	strbuf_release(&want);
	strbuf_release(&got);
	return same;
}

static void apply_unit(struct localise_doc *ld, struct localise_unit *unit,
		       struct translations *t, const char *po_name,
		       struct localise_counts *counts)
{
	int from_fallback;
	const char *msgstr = translations_get(t, unit->msgctxt, unit->msgid, &from_fallback);

	if (!msgstr)
		return;
	if (u8_check((const uint8_t *)msgstr, strlen(msgstr))) {
		counts->n_rejected++;
		if (po_name)
			diag_warning(po_name, 0, 0, _("translation of %s:%ld not used: it is not "
						      "valid UTF-8"), ld->path,
				     xmlGetLineNo(unit->node));
		return;
	}
	xmlNode *list = localise_parse_markup(unit->node, msgstr);
	if (!list || !localise_same_elements(unit->node->children, list)) {
		xmlFreeNodeList(list);
		counts->n_rejected++;
		if (po_name)
			diag_warning(po_name, 0, 0,
				     _("translation of %s:%ld not used: its markup is broken or "
				       "differs from the source"), ld->path,
				     xmlGetLineNo(unit->node));
		return;
	}
	unit->source = unit->node->children;
	unit->node->children = unit->node->last = NULL;
	xmlAddChildList(unit->node, list);
	counts->n_translated++;
	counts->n_fallback += (unsigned)from_fallback;
}

/* Untranslated units point at their struct localise_unit through
 * _private, free once the ITS annotation is gone; restore clears it. */
static const struct localise_unit *untranslated(const xmlNode *node)
{
	const struct localise_unit *unit = node ? node->_private : NULL;

	return unit && unit->node == node ? unit : NULL;
}

int localise_is_untranslated(const xmlNode *node)
{
	return untranslated(node) != NULL;
}

const char *localise_source_lang(const xmlNode *node, const char *source_tag)
{
	const struct localise_unit *unit = untranslated(node);

	return unit && unit->lang ? unit->lang : source_tag;
}

int localise_source_rtl(const xmlNode *node, int source_rtl)
{
	const struct localise_unit *unit = untranslated(node);

	if (unit && unit->dir)
		return strcmp(unit->dir, "rtl") == 0 || strcmp(unit->dir, "rlo") == 0;
	if (unit && unit->lang)
		return fmt_is_rtl(fmt_locale_get(unit->lang));
	return source_rtl;
}

void localise_doc_filter(struct localise_doc *ld, const char *tag)
{
	for (size_t i = 0; i < ld->n_units; i++) {
		struct localise_unit *unit = &ld->units[i];
		if ((!unit->filter_list && !unit->filter_type) || unit->left_out
		    || its_locale_filter_allows(unit->filter_list, unit->filter_type, tag))
			continue;
		unit->left_out = xmlNewDocComment(ld->doc, (const xmlChar *)"left out");
		xmlReplaceNode(unit->node, unit->left_out);
	}
}

void localise_doc_apply(struct localise_doc *ld, struct translations *t,
			const char *po_name, struct localise_counts *counts)
{
	memset(counts, 0, sizeof(*counts));
	counts->n_units = (unsigned)ld->n_units;
	if (!t) {
		for (size_t i = 0; i < ld->n_units; i++) {
			struct localise_unit *unit = &ld->units[i];
			counts->n_units -= unit->left_out != NULL;
			/* A unit in a language of its own says so in the
			 * source edition too. */
			if (!unit->left_out && (unit->lang || unit->dir))
				unit->node->_private = unit;
		}
		counts->n_translated = counts->n_units;   /* the source is complete */
		return;
	}
	for (size_t i = 0; i < ld->n_units; i++) {
		if (ld->units[i].left_out) {
			counts->n_units--;
			continue;
		}
		apply_unit(ld, &ld->units[i], t, po_name, counts);
		if (!ld->units[i].source)
			ld->units[i].node->_private = &ld->units[i];
	}
}

void localise_doc_restore(struct localise_doc *ld)
{
	for (size_t i = 0; i < ld->n_units; i++) {
		struct localise_unit *unit = &ld->units[i];
		if (unit->left_out) {
			xmlReplaceNode(unit->left_out, unit->node);
			xmlFreeNode(unit->left_out);
			unit->left_out = NULL;
		}
		if (untranslated(unit->node))
			unit->node->_private = NULL;
		if (!unit->source)
			continue;
		xmlNode *translation = unit->node->children;
		unit->node->children = unit->node->last = NULL;
		xmlFreeNodeList(translation);
		xmlAddChildList(unit->node, unit->source);
		unit->source = NULL;
	}
}

void localise_doc_release(struct localise_doc *ld)
{
	if (ld->doc)
		localise_doc_restore(ld);
	for (size_t i = 0; i < ld->n_units; i++) {
		free(ld->units[i].msgctxt);
		free(ld->units[i].msgid);
		free(ld->units[i].filter_list);
		free(ld->units[i].filter_type);
		free(ld->units[i].lang);
		free(ld->units[i].dir);
	}
	free(ld->units);
	xmlFreeDoc(ld->doc);
	free(ld->path);
	memset(ld, 0, sizeof(*ld));
}

void localise_counts_add(struct localise_counts *counts, const struct localise_counts *more)
{
	counts->n_units += more->n_units;
	counts->n_translated += more->n_translated;
	counts->n_fallback += more->n_fallback;
	counts->n_rejected += more->n_rejected;
}

double localise_percent(const struct localise_counts *counts)
{
	return counts->n_units ? 100.0 * counts->n_translated / counts->n_units : 100.0;
}

void localise_plain_text(const xmlNode *node, struct strbuf *out)
{
	xmlChar *text = xmlNodeGetContent(node);
	struct strbuf sb = STRBUF_INIT;

	strbuf_addstr(&sb, text ? (const char *)text : "");
	space_normalise(&sb, SPACE_DEFAULT);
	strbuf_addstr(out, sb.buf);
	strbuf_release(&sb);
	xmlFree(text);
}

/* The template's entries by id, as the document holds them now. */
static void collect_entries(const struct localise_doc *ld, struct strmap *entries)
{
	for (xmlNode *node = xmlDocGetRootElement(ld->doc)->children; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *id = xmlGetProp(node, (const xmlChar *)"id");
		struct strbuf text = STRBUF_INIT;
		localise_plain_text(node, &text);
		if (id)
			strmap_put(entries, (const char *)id, text.buf);
		strbuf_release(&text);
		xmlFree(id);
	}
}

int localise_edition(const char *path, struct translations *t, const char *po_name,
		     struct strmap *entries, struct strmap *sources,
		     struct localise_counts *counts)
{
	struct localise_doc ld;

	if (localise_doc_load(&ld, path) < 0)
		return -1;
	if (sources)
		collect_entries(&ld, sources);
	localise_doc_apply(&ld, t, po_name, counts);
	collect_entries(&ld, entries);
	localise_doc_release(&ld);
	return 0;
}
