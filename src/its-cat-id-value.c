/* its-cat-id-value.c: the ID Value data category.
 * Global only: its:idValueRule idValue="XPath expression", evaluated at
 * the selected node to a string ("@name", "concat(../@id, '_t')").
 * extract makes it the msgctxt, so that equal sentences in different
 * places keep their own translations.  A selected node's own xml:id (id
 * in HTML) takes precedence over the expression.  Not inherited. */
#include <config.h>

#include "its-category.h"

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_required_pointer(rule, element, "idValue", ITS_ID_VALUE);
}

static const char *resolve(const struct its_rule *rule, const xmlNode *target,
			   enum its_slot slot, xmlXPathObject *result, struct arena *arena)
{
	const char *id = target->type == XML_ELEMENT_NODE
		? its_attribute(target, (const char *)XML_XML_NAMESPACE, "id") : NULL;

	(void)rule;
	(void)slot;
	if (!id && target->type == XML_ELEMENT_NODE && its_is_html(target))
		id = its_attribute(target, NULL, "id");
	return id ? id : its_pointer_string(result, arena);
}

const struct its_category its_category_id_value = {
	"ID value", FOLIO_ITS_NS, "idValueRule", ITS_G_ID_VALUE, parse_rule, NULL, NULL, resolve,
};
