/* its-cat-translate.c: the Translate data category.
 * Global: its:translateRule translate="yes|no".  Local: its:translate, and
 * HTML's own translate attribute on XHTML elements.  Inherited by child
 * elements, never by attributes (whose default is "no"). */
#include <config.h>

#include <string.h>

#include "its-category.h"

static const char *const yes_no[] = { "yes", "no", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "translate", ITS_TRANSLATE, yes_no, 1);
}

static const char *normalised_yes_no(const char *value)
{
	if (!value)
		return NULL;
	if (strcmp(value, "yes") == 0)
		return "yes";
	if (strcmp(value, "no") == 0)
		return "no";
	return NULL;
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	(void)arena;
	const char *value = normalised_yes_no(its_attribute(element, FOLIO_ITS_NS, "translate"));

	if (!value && element->ns && element->ns->href
	    && strcmp((const char *)element->ns->href, FOLIO_XHTML_NS) == 0)
		value = normalised_yes_no(its_attribute(element, NULL, "translate"));
	if (value)
		node->values[ITS_TRANSLATE] = value;
}

const struct its_category its_category_translate = {
	"translate", FOLIO_ITS_NS, "translateRule", parse_rule, apply_local,
};
