/* markup.c: serialising inline content the way gettext's ITS extractor
 * does: elements with their attributes (in source order, double-quoted),
 * empty elements as <name/>, entity references kept as &name;. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "xalloc.h"

void markup_escape(struct strbuf *out, const char *text, int in_attribute)
{
	const char *run = text, *p;
	const char *special = in_attribute ? "&<>\"\n\t\r" : "&<>\r";

	for (p = text + strcspn(text, special); *p; p += 1 + strcspn(p + 1, special)) {
		const char *entity = NULL;
		switch (*p) {
		case '&': entity = "&amp;"; break;
		case '<': entity = "&lt;"; break;
		case '>': entity = "&gt;"; break;
		case '"': entity = in_attribute ? "&quot;" : NULL; break;
		case '\n': entity = in_attribute ? "&#10;" : NULL; break;
		case '\t': entity = in_attribute ? "&#9;" : NULL; break;
		case '\r': entity = "&#13;"; break;
		}
		if (!entity)
			continue;
		strbuf_add(out, run, (size_t)(p - run));
		strbuf_addstr(out, entity);
		run = p + 1;
	}
	strbuf_add(out, run, (size_t)(p - run));   /* p is at the end */
}

static void add_qualified_name(struct strbuf *out, const xmlNode *node)
{
	if (node->ns && node->ns->prefix) {
		strbuf_addstr(out, (const char *)node->ns->prefix);
		strbuf_addch(out, ':');
	}
	strbuf_addstr(out, (const char *)node->name);
}

void markup_open_tag(struct strbuf *out, const xmlNode *element)
{
	strbuf_addch(out, '<');
	add_qualified_name(out, element);
	for (const xmlAttr *attr = element->properties; attr; attr = attr->next) {
		strbuf_addch(out, ' ');
		add_qualified_name(out, (const xmlNode *)attr);
		strbuf_addstr(out, "=\"");
		xmlChar *value = xmlNodeGetContent((const xmlNode *)attr);
		markup_escape(out, value ? (const char *)value : "", 1);
		xmlFree(value);
		strbuf_addch(out, '"');
	}
}

void markup_close_tag(struct strbuf *out, const xmlNode *element)
{
	strbuf_addstr(out, "</");
	add_qualified_name(out, element);
	strbuf_addch(out, '>');
}

static void serialise_element(struct strbuf *out, const xmlNode *element, int escape)
{
	markup_open_tag(out, element);
	if (!element->children) {
		strbuf_addstr(out, "/>");
		return;
	}
	strbuf_addch(out, '>');
	markup_serialise_children(out, element, escape);
	markup_close_tag(out, element);
}

void markup_serialise_children(struct strbuf *out, const xmlNode *element, int escape)
{
	for (const xmlNode *child = element->children; child; child = child->next) {
		switch (child->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (escape)
				markup_escape(out, (const char *)child->content, 0);
			else
				strbuf_addstr(out, (const char *)child->content);
			break;
		case XML_ENTITY_REF_NODE:
			strbuf_addf(out, "&%s;", (const char *)child->name);
			break;
		case XML_ELEMENT_NODE:
			serialise_element(out, child, escape);
			break;
		default:
			break;
		}
	}
}

static void collect_names(const xmlNode *node, char ***names, size_t *n, size_t *alloc)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		FOLIO_GROW(*names, *n + 1, *alloc);
		(*names)[(*n)++] = (char *)node->name;
		collect_names(node->children, names, n, alloc);
	}
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void markup_element_names(const xmlNode *first, struct strbuf *out)
{
	char **names = NULL;
	size_t n = 0, alloc = 0;

	collect_names(first, &names, &n, &alloc);
	if (n)
		qsort(names, n, sizeof(char *), compare_names);
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addch(out, ' ');
		strbuf_addstr(out, names[i]);
	}
	free(names);
}
