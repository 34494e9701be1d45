/* its-cat-translate.c: the Translate data category.
 * Global: its:translateRule translate="yes|no".  Local: its:translate, and
 * HTML's own translate attribute (in HTML documents, and on XHTML elements
 * in XML).  Inherited by child elements; attributes default to "no",
 * except that in HTML the attributes HTML5 calls translatable follow their
 * element (its-html.c). */
#include <config.h>

#include "its-category.h"

static const char *const yes_no[] = { "yes", "no", NULL };
static const char *const local_names[] = { "translate", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "translate", ITS_TRANSLATE, yes_no, 1);
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	/* its:translate, translate on its:span, or HTML's own. */
	const char *value = its_is_html(element) ? NULL : its_local_attribute(element, "translate");

	if (!value && its_is_xhtml(element))
		value = its_attribute(element, NULL, "translate");
	value = its_canonical(value, yes_no);
	if (value)
		its_node_replace(node, ITS_G_TRANSLATE, NULL, element, arena)[0] = value;
}

const struct its_category its_category_translate = {
	"translate", FOLIO_ITS_NS, "translateRule", ITS_G_TRANSLATE, parse_rule,
	local_names, apply_local, NULL,
};
