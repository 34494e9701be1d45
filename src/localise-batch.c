/* localise-batch.c: an edition's translations parsed back into markup in
 * one parser run.
 *
 * xmlParseInNodeContext builds a parser context for every call (about
 * 6,000 instructions before it reads a byte), and an edition parses one
 * translation per unit with inline markup.  Units whose namespaces are
 * the root's (no element between them and the root declares any) parse
 * alike in the root's context, so their translations are parsed there
 * together, each inside a wrapper element of a name no translation
 * holds.  The run counts only when it reports no error and gives back
 * exactly one wrapper per translation: a comment, CDATA section or
 * processing instruction left open in one translation would swallow the
 * wrappers after it, and is caught so.  Anything else (an error, an HTML
 * document, a unit with namespaces of its own) is parsed unit by unit by
 * localise_parse_markup, which says which translation is broken. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "localise.h"
#include "strbuf.h"
#include "xalloc.h"

#define WRAPPER "folio-translation-of-a-unit"

static int batchable(const xmlNode *unit, const char *msgstr)
{
	if (unit->doc->type != XML_DOCUMENT_NODE || !strpbrk(msgstr, "<&")
	    || strstr(msgstr, WRAPPER))
		return 0;
	for (const xmlNode *node = unit; node->parent && node->parent->type == XML_ELEMENT_NODE;
	     node = node->parent)
		if (node->nsDef)
			return 0;
	return 1;
}

/* Hands each wrapper's content to its unit and frees the wrappers; 0,
 * leaving list as it is, when it is not exactly n wrappers. */
static int unwrap(xmlNode *list, const unsigned char *batched, size_t n_units, size_t n,
		  xmlNode **lists)
{
	size_t count = 0;
	for (xmlNode *node = list; node; node = node->next, count++)
		if (node->type != XML_ELEMENT_NODE || strcmp((const char *)node->name, WRAPPER) != 0)
			return 0;
	if (count != n)
		return 0;
	xmlNode *wrapper = list;
	for (size_t i = 0; i < n_units; i++) {
		if (!batched[i])
			continue;
		lists[i] = wrapper->children;
		for (xmlNode *child = wrapper->children; child; child = child->next)
			child->parent = NULL;
		wrapper->children = wrapper->last = NULL;
		wrapper = wrapper->next;
	}
	xmlFreeNodeList(list);
	return 1;
}

void localise_parse_all(xmlDoc *doc, xmlNode *const *units, const char *const *msgstrs,
			size_t n_units, xmlNode **lists)
{
	unsigned char *batched = xcalloc(n_units ? n_units : 1, 1);
	struct strbuf text = STRBUF_INIT;
	size_t n = 0;

	for (size_t i = 0; i < n_units; i++) {
		lists[i] = NULL;
		if (!msgstrs[i] || !batchable(units[i], msgstrs[i]))
			continue;
		batched[i] = 1;
		n++;
		strbuf_addstr(&text, "<" WRAPPER ">");
		strbuf_addstr(&text, msgstrs[i]);
		strbuf_addstr(&text, "</" WRAPPER ">");
	}
	int parsed = 0;
	if (n > 1) {
		/* As one translation would be parsed, in the root's context. */
		xmlNode *list = localise_parse_markup(xmlDocGetRootElement(doc), text.buf);
		parsed = list && unwrap(list, batched, n_units, n, lists);
		if (list && !parsed)
			xmlFreeNodeList(list);
	}
	for (size_t i = 0; i < n_units; i++)
		if (msgstrs[i] && (!batched[i] || !parsed))
			lists[i] = localise_parse_markup(units[i], msgstrs[i]);
	strbuf_release(&text);
	free(batched);
}
