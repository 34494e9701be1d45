/* its-cat-language.c: the Language Information data category.
 * Global: its:langRule langPointer="XPath".  Local: xml:lang, and HTML's
 * lang attribute.  Inherited by child elements and attributes; an empty
 * value stops what an ancestor said. */
#include <config.h>

#include "its-category.h"

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_required_pointer(rule, element, "langPointer", ITS_LANG);
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char *lang = its_attribute(element, (const char *)XML_XML_NAMESPACE, "lang");

	/* HTML pages (and XHTML) carry lang, and sometimes xml:lang as a plain
	 * attribute. */
	if (!lang && its_is_xhtml(element))
		lang = its_attribute(element, NULL, "lang");
	if (!lang && its_is_html(element))
		lang = its_attribute(element, NULL, "xml:lang");
	/* An empty value says the language is unknown: none, not inherited. */
	if (lang)
		its_node_replace(node, ITS_G_LANGUAGE, NULL, element, arena)[0] = *lang ? lang : NULL;
}

const struct its_category its_category_language = {
	"language information", FOLIO_ITS_NS, "langRule", ITS_G_LANGUAGE, parse_rule,
	NULL, apply_local, NULL,
};
