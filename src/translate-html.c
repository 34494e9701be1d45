/* translate-html.c: HTML5 pages in and out, through libxml2's HTML parser
 * and writer.  The parser is HTML4-era: HTML5 elements are unknown tags to
 * it, which is harmless for ITS.  Elements are put in the XHTML namespace
 * while the page is processed, as the HTML5 parsing algorithm does, so
 * that folio's XHTML rules (//h:p) apply unchanged; they leave it again
 * while the page is written, so that it is written as HTML: the doctype as
 * it was, void elements without end tags, no xmlns. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "diag.h"
#include "i18n.h"
#include "its.h"
#include "translate.h"

enum {
	SAFE_HTML_OPTIONS = HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_NOERROR
		| HTML_PARSE_NOWARNING
};

/* HTML5's void elements that libxml2 2.9.14 does not know as such: it
 * would write an end tag after each. */
static const char *const void_elements[] = { "source", "track", "wbr" };

int translate_html_wanted(const char *path)
{
	const char *dot = strrchr(path, '.');

	return dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0);
}

static void set_namespace(xmlNode *node, xmlNs *ns)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		node->ns = ns;
		set_namespace(node->children, ns);
	}
}

xmlDoc *translate_html_parse(const char *data, size_t len, const char *name)
{
	xmlDoc *doc = htmlReadMemory(data, (int)len, name, NULL, SAFE_HTML_OPTIONS);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;

	if (!root) {
		xmlFreeDoc(doc);
		diag_error(name, 0, 0, _("not an HTML document"));
		return NULL;
	}
	set_namespace(root, xmlNewNs(root, (const xmlChar *)FOLIO_XHTML_NS, NULL));
	return doc;
}

/* "<source src=x></source>" back to "<source src=x>". */
static void drop_void_end_tags(struct strbuf *out, size_t from)
{
	for (size_t i = 0; i < sizeof(void_elements) / sizeof(*void_elements); i++) {
		char end_tag[16];
		snprintf(end_tag, sizeof(end_tag), "></%s>", void_elements[i]);
		size_t n = strlen(end_tag);
		char *write = out->buf + from;
		for (const char *read = write; *read;) {
			if (strncmp(read, end_tag, n) == 0) {
				*write++ = '>';
				read += n;
			} else {
				*write++ = *read++;
			}
		}
		strbuf_setlen(out, (size_t)(write - out->buf));
	}
}

static void count_errors(void *data, xmlErrorPtr err)
{
	if (err->level >= XML_ERR_ERROR)
		++*(int *)data;
}

xmlNode *translate_html_parse_markup(xmlDoc *doc, const char *msgstr)
{
	if (!strpbrk(msgstr, "<&"))
		return xmlNewDocText(doc, (const xmlChar *)msgstr);
	/* A msgid's markup is written as XML (<br/>, quoted attributes), and
	 * HTML's fragment parser would put the text in an implied <p>. */
	xmlNode *list = NULL;
	int n_errors = 0;
	xmlSetStructuredErrorFunc(&n_errors, count_errors);
	int rc = xmlParseBalancedChunkMemory(doc, NULL, NULL, 0, (const xmlChar *)msgstr, &list);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (rc != 0 || n_errors) {
		xmlFreeNodeList(list);
		return NULL;
	}
	return list;
}

static int append(void *context, const char *data, int len)
{
	strbuf_add(context, data, (size_t)len);
	return len;
}

int translate_html_write(xmlDoc *doc, struct strbuf *out)
{
	xmlNode *root = xmlDocGetRootElement(doc);
	xmlNs *ns = root->nsDef;
	/* In the page's own encoding (its meta charset), else UTF-8. */
	const char *encoding = doc->encoding ? (const char *)doc->encoding : "UTF-8";
	size_t from = out->len;
	xmlOutputBuffer *buffer = xmlOutputBufferCreateIO(append, NULL, out,
							  xmlFindCharEncodingHandler(encoding));

	if (!buffer)
		return -1;
	root->nsDef = NULL;
	set_namespace(root, NULL);
	htmlDocContentDumpFormatOutput(buffer, doc, NULL, 0);
	root->nsDef = ns;
	set_namespace(root, ns);
	if (xmlOutputBufferClose(buffer) < 0)
		return -1;
	drop_void_end_tags(out, from);
	return 0;
}
