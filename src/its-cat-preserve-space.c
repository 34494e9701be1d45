/* its-cat-preserve-space.c: the Preserve Space data category.
 * Global: its:preserveSpaceRule space="default|preserve", and gettext's
 * extension gt:preserveSpaceRule, which adds "trim" (strip the ends only)
 * and "paragraph" (normalise within paragraphs, keep blank lines between
 * them).  Local: xml:space.  Inherited by child elements and attributes. */
#include <config.h>

#include <string.h>

#include "its-category.h"

static const char *const its_values[] = { "default", "preserve", NULL };
static const char *const gettext_values[] = { "default", "preserve", "trim", "paragraph", NULL };

static int parse_its_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "space", ITS_PRESERVE_SPACE, its_values, 1);
}

static int parse_gettext_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "space", ITS_PRESERVE_SPACE, gettext_values, 1);
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char *space = its_attribute(element, (const char *)XML_XML_NAMESPACE, "space");

	space = space ? its_canonical(space, its_values) : NULL;
	if (space)
		its_node_replace(node, ITS_G_PRESERVE_SPACE, NULL, element, arena)[0] = space;
}

const struct its_category its_category_preserve_space = {
	"preserve space", FOLIO_ITS_NS, "preserveSpaceRule", ITS_G_PRESERVE_SPACE,
	parse_its_rule, NULL, apply_local, NULL,
};

const struct its_category its_category_gettext_preserve_space = {
	"preserve space (gettext)", FOLIO_GETTEXT_ITS_NS, "preserveSpaceRule", ITS_G_PRESERVE_SPACE,
	parse_gettext_rule, NULL, NULL, NULL,
};
