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

enum {
	SAFE_HTML_OPTIONS = HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_NOERROR
		| HTML_PARSE_NOWARNING
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

static void put_in_xhtml(xmlNode *node, xmlNs *ns)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (!node->ns)
			node->ns = ns;
		put_in_xhtml(node->children, ns);
	}
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
	put_in_xhtml(root, xmlNewNs(root, (const xmlChar *)FOLIO_XHTML_NS, NULL));
	return doc;
}

xmlDoc *html_doc_load(const char *path)
{
	return xml_doc_read(path, html_doc_parse);
}

xmlDoc *source_doc_load(const char *path)
{
	return html_doc_wanted(path) ? html_doc_load(path) : xml_doc_load(path);
}
