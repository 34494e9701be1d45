/* its-cat-preserve-space.c: the Preserve Space data category.
 * Global: its:preserveSpaceRule space="default|preserve", and gettext's
 * extension gt:preserveSpaceRule, which adds "trim" (strip the ends only)
 * and "paragraph" (normalise within paragraphs, keep blank lines between
 * them).  Local: xml:space.  Inherited by child elements. */
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
	(void)arena;
	const char *space = its_attribute(element, (const char *)XML_XML_NAMESPACE, "space");

	if (!space)
		return;
	if (strcmp(space, "preserve") == 0)
		node->values[ITS_PRESERVE_SPACE] = "preserve";
	else if (strcmp(space, "default") == 0)
		node->values[ITS_PRESERVE_SPACE] = "default";
}

const struct its_category its_category_preserve_space = {
	"preserve space", FOLIO_ITS_NS, "preserveSpaceRule", parse_its_rule, apply_local,
};

const struct its_category its_category_gettext_preserve_space = {
	"preserve space (gettext)", FOLIO_GETTEXT_ITS_NS, "preserveSpaceRule",
	parse_gettext_rule, NULL,
};
