/* explain.c: writing what the ITS engine decided for each node.
 *
 * One walk in document order; per node, the selected categories' values
 * are collected as name/value pairs, then sorted and written.  Standoff
 * markup (its:provenanceRecords, its:locQualityIssues, found by "#id" in
 * the document or, in HTML, in its application/its+xml scripts) is shown
 * record by record, as name[1], name[2], ... */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "explain.h"
#include "html-doc.h"
#include "its-category.h"
#include "xalloc.h"
#include "xml-doc.h"

/* The nineteen data categories of the recommendation, in its order. */
static const enum its_group data_categories[] = {
	ITS_G_TRANSLATE, ITS_G_LOC_NOTE, ITS_G_TERMINOLOGY, ITS_G_DIRECTIONALITY,
	ITS_G_LANGUAGE, ITS_G_WITHIN_TEXT, ITS_G_DOMAIN, ITS_G_TEXT_ANALYSIS,
	ITS_G_LOCALE_FILTER, ITS_G_PROVENANCE, ITS_G_EXTERNAL_RESOURCE, ITS_G_TARGET_POINTER,
	ITS_G_ID_VALUE, ITS_G_PRESERVE_SPACE, ITS_G_LQ_ISSUE, ITS_G_LQ_RATING,
	ITS_G_MT_CONFIDENCE, ITS_G_ALLOWED_CHARACTERS, ITS_G_STORAGE_SIZE,
};
enum { N_DATA_CATEGORIES = sizeof(data_categories) / sizeof(data_categories[0]) };

explain_categories explain_category_named(const char *name)
{
	for (int i = 0; i < N_DATA_CATEGORIES; i++)
		if (strcmp(its_group_info[data_categories[i]].name, name) == 0)
			return 1UL << data_categories[i];
	return 0;
}

struct pair {
	const char *name;       /* "locNote", or "person[2]" for a record's */
	char *owned;            /* name when it had to be made, else NULL */
	const char *value;
	int indexed;            /* a standoff record's: written after the others */
	enum its_group group;
};

struct explain {
	struct strbuf *out;
	explain_categories categories;
	enum explain_format format;
	xmlDoc *doc;
	xmlDoc **scripts;       /* HTML's inline rule documents, for standoff */
	size_t n_scripts, alloc_scripts;
	struct pair *pairs;
	size_t n_pairs, alloc_pairs;
};

static void add_pair(struct explain *ex, const char *name, const char *value, int index,
		     enum its_group group)
{
	char *owned = NULL;

	if (index) {
		struct strbuf full = STRBUF_INIT;
		strbuf_addf(&full, "%s[%d]", name, index);
		owned = strbuf_detach(&full, NULL);
	}
	FOLIO_GROW(ex->pairs, ex->n_pairs + 1, ex->alloc_pairs);
	ex->pairs[ex->n_pairs++] = (struct pair){ owned ? owned : name, owned, value, index > 0,
						 group };
}

static int compare_pairs(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->indexed != y->indexed)
		return x->indexed - y->indexed;
	return strcmp(x->name, y->name);
}

/* ---- standoff records ---------------------------------------------------- */

/* The standoff container (an element of the ITS namespace) whose xml:id
 * is id.  HTML's script holding it may have the same id: it is not the
 * container. */
static const xmlNode *find_id(const xmlNode *node, const char *id)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		const char *own = its_attribute(node, (const char *)XML_XML_NAMESPACE, "id");
		if (own && strcmp(own, id) == 0 && node->ns
		    && strcmp((const char *)node->ns->href, FOLIO_ITS_NS) == 0)
			return node;
		const xmlNode *found = find_id(node->children, id);
		if (found)
			return found;
	}
	return NULL;
}

/* HTML keeps standoff markup in <script type="application/its+xml">. */
static void collect_scripts(struct explain *ex, const xmlNode *node)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		const char *type = its_attribute(node, NULL, "type");
		if (strcmp((const char *)node->name, "script") == 0 && type
		    && strcmp(type, "application/its+xml") == 0) {
			xmlChar *text = xmlNodeGetContent(node);
			xmlDoc *doc = text ? xml_doc_parse((const char *)text,
							   strlen((const char *)text),
							   (const char *)node->doc->URL) : NULL;
			xmlFree(text);
			if (doc) {
				FOLIO_GROW(ex->scripts, ex->n_scripts + 1, ex->alloc_scripts);
				ex->scripts[ex->n_scripts++] = doc;
			}
			continue;
		}
		collect_scripts(ex, node->children);
	}
}

static const xmlNode *find_standoff(const struct explain *ex, const char *ref)
{
	if (!ref || ref[0] != '#')
		return NULL;
	const xmlNode *found = find_id(xmlDocGetRootElement(ex->doc), ref + 1);
	for (size_t i = 0; !found && i < ex->n_scripts; i++)
		found = find_id(xmlDocGetRootElement(ex->scripts[i]), ref + 1);
	return found;
}

/* Every attribute of each record (its:provenanceRecord, its:locQualityIssue)
 * of the standoff element ref names, as name[n]. */
static void add_records(struct explain *ex, const char *ref, enum its_group group)
{
	const xmlNode *container = find_standoff(ex, ref);
	int index = 0;

	for (const xmlNode *record = container ? container->children : NULL; record;
	     record = record->next) {
		if (record->type != XML_ELEMENT_NODE)
			continue;
		index++;
		for (const xmlAttr *attr = record->properties; attr; attr = attr->next) {
			if (attr->ns)
				continue;
			const char *value = its_attribute(record, NULL, (const char *)attr->name);
			add_pair(ex, (const char *)attr->name, value, index, group);
		}
	}
}

/* ---- values of one node ---------------------------------------------------- */

static int shows_annotators(enum its_group group)
{
	return group == ITS_G_TERMINOLOGY || group == ITS_G_TEXT_ANALYSIS
		|| group == ITS_G_MT_CONFIDENCE;
}

static void collect(struct explain *ex, const xmlNode *node)
{
	int annotators = 0;

	ex->n_pairs = 0;
	for (int i = 0; i < N_DATA_CATEGORIES; i++) {
		enum its_group group = data_categories[i];
		if (ex->categories && !(ex->categories & (1UL << group)))
			continue;
		const struct its_group_info *info = &its_group_info[group];
		for (int j = 0; j < info->n_slots; j++) {
			enum its_slot slot = info->first + j;
			const char *value = its_value(node, slot);
			if (value)
				add_pair(ex, its_slot_info[slot].name, value, 0, group);
		}
		if (group == ITS_G_PROVENANCE)
			add_records(ex, its_value(node, ITS_PROV_RECORDS_REF), group);
		if (group == ITS_G_LQ_ISSUE)
			add_records(ex, its_value(node, ITS_LQI_ISSUES_REF), group);
		annotators |= shows_annotators(group);
	}
	const char *tools = annotators ? its_value(node, ITS_ANNOTATORS_REF) : NULL;
	if (tools)
		add_pair(ex, its_slot_info[ITS_ANNOTATORS_REF].name, tools, 0, ITS_G_ANNOTATORS);
	if (ex->n_pairs > 1)
		qsort(ex->pairs, ex->n_pairs, sizeof(*ex->pairs), compare_pairs);
}

static void release_pairs(struct explain *ex)
{
	for (size_t i = 0; i < ex->n_pairs; i++)
		free(ex->pairs[i].owned);
	ex->n_pairs = 0;
}

/* ---- paths ----------------------------------------------------------------- */

static void add_qname(struct strbuf *out, const xmlNode *node)
{
	if (node->ns && node->ns->prefix)
		strbuf_addf(out, "%s:", (const char *)node->ns->prefix);
	strbuf_addstr(out, (const char *)node->name);
}

static int same_name(const xmlNode *a, const xmlNode *b)
{
	if (strcmp((const char *)a->name, (const char *)b->name) != 0)
		return 0;
	if (!a->ns || !b->ns)
		return a->ns == b->ns;
	return strcmp((const char *)a->ns->href, (const char *)b->ns->href) == 0;
}

/* One step of a path: the root element without a position, every other
 * with its position among same-named siblings. */
static void add_step(struct strbuf *out, const xmlNode *element)
{
	strbuf_addch(out, '/');
	add_qname(out, element);
	if (!element->parent || element->parent->type != XML_ELEMENT_NODE)
		return;
	int position = 1;
	for (const xmlNode *prev = element->prev; prev; prev = prev->prev)
		if (prev->type == XML_ELEMENT_NODE && same_name(prev, element))
			position++;
	strbuf_addf(out, "[%d]", position);
}

static void element_path(struct strbuf *out, const xmlNode *element)
{
	if (element->parent && element->parent->type == XML_ELEMENT_NODE)
		element_path(out, element->parent);
	add_step(out, element);
}

static void node_path(struct strbuf *out, const xmlNode *node)
{
	if (node->type == XML_ATTRIBUTE_NODE) {
		element_path(out, node->parent);
		strbuf_addstr(out, "/@");
		add_qname(out, node);
	} else {
		element_path(out, node);
	}
}

/* ---- writing ------------------------------------------------------------------ */

static void write_source(struct explain *ex, const xmlNode *node, enum its_group group)
{
	const struct its_block *block = its_block_of(node, group);
	struct strbuf *out = ex->out;

	if (!block) {
		strbuf_addstr(out, "default");
		return;
	}
	if (block->rule)
		strbuf_addf(out, "global, %s:%ld %s", block->rule->file, block->rule->line,
			    block->rule->category->rule_element);
	else
		strbuf_addstr(out, "local");
	if (block->owner != node) {
		strbuf_addstr(out, ", inherited from ");
		node_path(out, block->owner);
	}
}

/* The line of node, whose path is path. */
static void write_node(struct explain *ex, const xmlNode *node, const char *path)
{
	collect(ex, node);
	strbuf_addstr(ex->out, path);
	for (size_t i = 0; i < ex->n_pairs; i++) {
		const struct pair *pair = &ex->pairs[i];
		if (ex->format == EXPLAIN_W3C) {
			strbuf_addch(ex->out, '\t');
			strbuf_addstr(ex->out, pair->name);
			strbuf_addstr(ex->out, "=\"");
			strbuf_addstr(ex->out, pair->value);
			strbuf_addch(ex->out, '"');
			continue;
		}
		strbuf_addf(ex->out, "\n  %s=\"%s\" (", pair->name, pair->value);
		write_source(ex, node, pair->group);
		strbuf_addch(ex->out, ')');
	}
	strbuf_addch(ex->out, '\n');
	release_pairs(ex);
}

static int compare_attributes(const void *a, const void *b)
{
	const xmlAttr *x = *(const xmlAttr *const *)a, *y = *(const xmlAttr *const *)b;
	struct strbuf qx = STRBUF_INIT, qy = STRBUF_INIT;

	add_qname(&qx, (const xmlNode *)x);
	add_qname(&qy, (const xmlNode *)y);
	int rc = strcmp(qx.buf, qy.buf);
	strbuf_release(&qx);
	strbuf_release(&qy);
	return rc;
}

/* Each element, then its attributes in name order, then its children; the
 * path grows by one step a level, so no node's path is computed twice. */
static void walk(struct explain *ex, const xmlNode *node, struct strbuf *path)
{
	size_t parent_len = path->len;

	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		strbuf_setlen(path, parent_len);
		add_step(path, node);
		write_node(ex, node, path->buf);
		size_t element_len = path->len, n = 0;
		for (const xmlAttr *attr = node->properties; attr; attr = attr->next)
			n++;
		const xmlAttr **attrs = xmalloc((n ? n : 1) * sizeof(*attrs));
		n = 0;
		for (const xmlAttr *attr = node->properties; attr; attr = attr->next)
			attrs[n++] = attr;
		if (n > 1)
			qsort(attrs, n, sizeof(*attrs), compare_attributes);
		for (size_t i = 0; i < n; i++) {
			strbuf_setlen(path, element_len);
			strbuf_addstr(path, "/@");
			add_qname(path, (const xmlNode *)attrs[i]);
			write_node(ex, (const xmlNode *)attrs[i], path->buf);
		}
		free(attrs);
		strbuf_setlen(path, element_len);
		walk(ex, node->children, path);
	}
	strbuf_setlen(path, parent_len);
}

void explain_write(struct strbuf *out, xmlDoc *doc, explain_categories categories,
		   enum explain_format format)
{
	struct explain ex = { out, categories, format, doc, NULL, 0, 0, NULL, 0, 0 };

	if (doc->type == XML_HTML_DOCUMENT_NODE)
		collect_scripts(&ex, xmlDocGetRootElement(doc));
	struct strbuf path = STRBUF_INIT;
	walk(&ex, xmlDocGetRootElement(doc), &path);
	strbuf_release(&path);
	for (size_t i = 0; i < ex.n_scripts; i++)
		xmlFreeDoc(ex.scripts[i]);
	free(ex.scripts);
	free(ex.pairs);
}
