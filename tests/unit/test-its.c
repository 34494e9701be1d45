/* test-its.c: ITS rule matching, precedence, inheritance and local markup. */
#include <config.h>

#include <string.h>

#include <libxml/tree.h>

#include "its.h"
#include "tap.h"
#include "xml-doc.h"

static const char rules_text[] =
	"<its:rules xmlns:its='http://www.w3.org/2005/11/its' xmlns:d='urn:d' version='2.0'>"
	" <its:param name='kind'>note</its:param>"
	" <its:translateRule selector='/d:doc/d:meta' translate='no'/>"
	" <its:translateRule selector='//d:p[@class = $kind]' translate='no'/>"
	" <its:translateRule selector='//d:p[@class = $kind]' translate='yes'/>"
	" <its:translateRule selector='//d:img/@alt' translate='yes'/>"
	" <its:withinTextRule selector='//d:em' withinText='yes'/>"
	" <its:locNoteRule selector='//d:sec' locNoteType='alert'><its:locNote>Sec note</its:locNote></its:locNoteRule>"
	" <its:locNoteRule selector='//d:p[@hint]' locNoteType='description' locNotePointer='@hint'/>"
	"</its:rules>";

static const char doc_text[] =
	"<doc xmlns='urn:d' xmlns:its='http://www.w3.org/2005/11/its'>"
	"<meta><title>T</title><keep its:translate='yes'>K</keep></meta>"
	"<sec><p class='note'>N</p><p hint='Say it kindly'>H <em>e</em></p>"
	"<p its:translate='no'><em>x</em></p><code xml:space='preserve'><b>y</b></code>"
	"<img alt='A' src='s'/></sec></doc>";

/* The nth element called name, in document order. */
static xmlNode *find_from(xmlNode *node, const char *name, int *nth)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)node->name, name) == 0 && (*nth)-- == 0)
			return node;
		xmlNode *found = find_from(node->children, name, nth);
		if (found)
			return found;
	}
	return NULL;
}

static xmlNode *find(xmlNode *root, const char *name, int nth)
{
	return find_from(root, name, &nth);
}

int main(void)
{
	struct its_rules *rules = its_rules_new();
	ok(its_rules_load_memory(rules, rules_text, sizeof(rules_text) - 1, "rules") == 0,
	   "rules load");
	ok(its_rules_count(rules) == 7, "seven rules (params are not rules)");

	xmlDoc *doc = xml_doc_parse(doc_text, sizeof(doc_text) - 1, "doc");
	const struct its_rules *sets[] = { rules };
	struct its_annotation *annotation = its_annotate(sets, 1, doc, "doc");
	ok(annotation != NULL, "the document is annotated");
	xmlNode *root = xmlDocGetRootElement(doc);

	is_str(its_value(root, ITS_TRANSLATE), "yes", "elements are translatable by default");
	is_str(its_value(find(root, "title", 0), ITS_TRANSLATE), "no",
	       "translate=no is inherited by child elements");
	is_str(its_value(find(root, "keep", 0), ITS_TRANSLATE), "yes",
	       "local its:translate beats the inherited value");
	is_str(its_value(find(root, "p", 0), ITS_TRANSLATE), "yes",
	       "the later of two rules on the same node wins ($param resolved)");
	is_str(its_value(find(root, "p", 2), ITS_TRANSLATE), "no", "local markup on an element");
	is_str(its_value(find(root, "em", 1), ITS_TRANSLATE), "no",
	       "children inherit local markup");
	is_str(its_value(find(root, "em", 0), ITS_WITHIN_TEXT), "yes", "withinTextRule");
	is_str(its_value(find(root, "p", 0), ITS_WITHIN_TEXT), "no", "withinText defaults to no");

	xmlNode *img = find(root, "img", 0);
	xmlAttr *alt = xmlHasProp(img, (const xmlChar *)"alt");
	xmlAttr *src = xmlHasProp(img, (const xmlChar *)"src");
	is_str(its_value((xmlNode *)alt, ITS_TRANSLATE), "yes", "a rule selects an attribute");
	is_str(its_value((xmlNode *)src, ITS_TRANSLATE), "no", "attributes default to no");

	is_str(its_value(find(root, "p", 0), ITS_LOC_NOTE), "Sec note",
	       "a locNote is inherited by descendants");
	is_str(its_value(find(root, "sec", 0), ITS_LOC_NOTE_TYPE), "alert", "locNoteType");
	is_str(its_value(find(root, "p", 1), ITS_LOC_NOTE), "Say it kindly",
	       "locNotePointer reads the selected node's attribute");
	is_str(its_value(find(root, "b", 0), ITS_PRESERVE_SPACE), "preserve",
	       "xml:space is inherited");

	its_annotation_free(annotation);
	ok(root->_private == NULL, "freeing the annotation clears the nodes");
	xmlFreeDoc(doc);

	struct its_rules *bad = its_rules_new();
	static const char bad_text[] =
		"<its:rules xmlns:its='http://www.w3.org/2005/11/its' version='2.0'>\n"
		"<its:translateRule selector='//p[' translate='no'/></its:rules>";
	ok(its_rules_load_memory(bad, bad_text, sizeof(bad_text) - 1, "bad") < 0,
	   "an invalid selector is an error");
	its_rules_free(bad);
	its_rules_free(rules);
	return done_testing();
}
