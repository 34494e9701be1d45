/* html-doc.c: libxml2's HTML parser with the safe options. */
#include <config.h>

#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include "diag.h"
#include "html-doc.h"
#include "i18n.h"
#include "its.h"
#include "xml-doc.h"

/* HTML_PARSE_RECOVER only changes how a script ends: at its own
 * </script>, as HTML5 says, not at the first "</" (which would cut inline
 * ITS rules at </its:...>).  The HTML parser recovers from everything else
 * anyway. */
enum {
	SAFE_HTML_OPTIONS = HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_NOERROR
		| HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
};

static int forced;

void html_doc_force(int on)
{
	forced = on;
}

int html_doc_wanted(const char *path)
{
	const char *dot = strrchr(path, '.');

	return forced || (dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0));
}

static void ignore_errors(void *data, xmlErrorPtr err)
{
	(void)data;
	(void)err;
}

static int is_named(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0;
}

/* HTML5 puts the rows a table holds directly into an implied tbody;
 * libxml2's HTML4 parser does not.  Paths and selectors (//h:tbody/h:tr)
 * see the HTML5 tree. */
static void imply_tbody(xmlNode *table)
{
	xmlNode *body = NULL;

	for (xmlNode *child = table->children, *next; child; child = next) {
		next = child->next;
		if (!is_named(child, "tr")) {
			if (child->type == XML_ELEMENT_NODE)
				body = NULL;
			continue;
		}
		if (!body) {
			body = xmlNewDocNode(table->doc, NULL, (const xmlChar *)"tbody", NULL);
			xmlAddPrevSibling(child, body);
		}
		xmlUnlinkNode(child);
		xmlAddChild(body, child);
	}
}

static void put_in_xhtml(xmlNode *node, xmlNs *ns)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (!node->ns)
			node->ns = ns;
		if (is_named(node, "table"))
			imply_tbody(node);
		put_in_xhtml(node->children, ns);
	}
}

/* HTML5 gives every document a head, even one written without it. */
static void imply_head(xmlNode *root)
{
	xmlNode *first = NULL;

	for (xmlNode *child = root->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE)
			continue;
		if (is_named(child, "head"))
			return;
		if (!first)
			first = child;
	}
	xmlNode *head = xmlNewDocNode(root->doc, NULL, (const xmlChar *)"head", NULL);
	if (first)
		xmlAddPrevSibling(first, head);
	else
		xmlAddChild(root, head);
}

xmlDoc *html_doc_parse(const char *data, size_t len, const char *name)
{
	xml_doc_init();
	xmlSetStructuredErrorFunc(NULL, ignore_errors);
	htmlDocPtr doc = htmlReadMemory(data, (int)len, name, NULL, SAFE_HTML_OPTIONS);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		xmlFreeDoc(doc);
		diag_error(name, 0, 0, _("not an HTML document"));
		return NULL;
	}
	if (is_named(root, "html"))
		imply_head(root);
	put_in_xhtml(root, xmlNewNs(root, (const xmlChar *)FOLIO_XHTML_NS, NULL));
	return doc;
}

xmlDoc *html_doc_load(const char *path)
{
	return xml_doc_read(path, html_doc_parse);
}

xmlDoc *source_doc_load(const char *path)
{
	return html_doc_wanted(path) ? html_doc_load(path) : xml_doc_load_read_only(path);
}
