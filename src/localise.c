/* localise.c: putting translations back into documents. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "diag.h"
#include "extract.h"
#include "i18n.h"
#include "its-locate.h"
#include "its.h"
#include "localise.h"
#include "markup.h"
#include "space.h"
#include "strbuf.h"
#include "xml-doc.h"

struct walk_state {
	const struct translations *t;
	const char *file;
	const char *po_name;
	struct localised *out;
};

static void ignore_errors(void *data, xmlErrorPtr err)
{
	(void)data;
	(void)err;
}

/* Parses msgstr as the content of unit; NULL when it is not well-formed. */
static xmlNode *parse_fragment(xmlNode *unit, const char *msgstr)
{
	xmlNode *list = NULL;

	xmlSetStructuredErrorFunc(NULL, ignore_errors);
	xmlParserErrors rc = xmlParseInNodeContext(unit, msgstr, (int)strlen(msgstr),
						   XML_PARSE_NONET, &list);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (rc != XML_ERR_OK) {
		xmlFreeNodeList(list);
		return NULL;
	}
	return list;
}

static void localise_unit(xmlNode *unit, void *data)
{
	struct walk_state *state = data;
	struct strbuf msgid = STRBUF_INIT;

	extract_unit_text(unit, &msgid);
	if (!msgid.len || unit->type != XML_ELEMENT_NODE) {
		strbuf_release(&msgid);
		return;
	}
	state->out->n_units++;
	const char *msgstr = state->t ? translations_get(state->t, its_value(unit, ITS_CONTEXT),
							 msgid.buf) : NULL;
	if (msgstr) {
		xmlNode *list = parse_fragment(unit, msgstr);
		struct strbuf want = STRBUF_INIT, got = STRBUF_INIT;
		markup_element_names(unit->children, &want);
		markup_element_names(list, &got);
		if (list && strcmp(want.buf, got.buf) == 0) {
			xmlNode *old = unit->children;
			unit->children = unit->last = NULL;
			xmlFreeNodeList(old);
			xmlAddChildList(unit, list);
			state->out->n_translated++;
		} else {
			xmlFreeNodeList(list);
			state->out->n_rejected++;
			diag_warning(state->po_name, 0, 0,
				     _("translation of %s:%ld not used: its markup is broken or "
				       "differs from the source"), state->file, xmlGetLineNo(unit));
		}
		strbuf_release(&want);
		strbuf_release(&got);
	}
	strbuf_release(&msgid);
}

int localise_document(const char *path, const struct translations *t, const char *po_name,
		      struct localised *out)
{
	memset(out, 0, sizeof(*out));
	out->doc = xml_doc_load(path);
	if (!out->doc)
		return -1;
	int failed;
	const struct its_rules *rules = its_locate(out->doc, path, &failed);
	if (!rules) {
		localised_release(out);
		return failed ? -1 : diag_error(path, 0, 0, _("no ITS rules are known for this document"));
	}
	struct its_annotation *annotation = its_annotate(&rules, 1, out->doc, path);
	if (!annotation) {
		localised_release(out);
		return -1;
	}
	struct walk_state state = { t, path, po_name, out };
	extract_visit_units(out->doc, localise_unit, &state);
	its_annotation_free(annotation);
	return 0;
}

void localised_release(struct localised *l)
{
	xmlFreeDoc(l->doc);
	l->doc = NULL;
}

double localised_percent(const struct localised *l)
{
	return l->n_units ? 100.0 * l->n_translated / l->n_units : 100.0;
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

int localise_edition(const char *path, const struct translations *t, struct strmap *entries)
{
	struct localised l;

	if (localise_document(path, t, path, &l) < 0)
		return -1;
	for (xmlNode *node = xmlDocGetRootElement(l.doc)->children; node; node = node->next) {
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
	localised_release(&l);
	return 0;
}
