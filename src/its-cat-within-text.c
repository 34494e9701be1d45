/* its-cat-within-text.c: the Elements Within Text data category.
 * Global: its:withinTextRule withinText="yes|no|nested".  Local:
 * its:withinText.  "yes" keeps an element inline, as markup inside its
 * parent's message.  Not inherited; HTML's phrasing content is inline by
 * default (its-html.c). */
#include <config.h>

#include "its-category.h"

static const char *const values[] = { "yes", "no", "nested", NULL };
static const char *const local_names[] = { "withinText", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "withinText", ITS_WITHIN_TEXT, values, 1);
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char *value = its_canonical(its_local_attribute(element, "withinText"), values);

	if (value)
		its_node_replace(node, ITS_G_WITHIN_TEXT, NULL, element, arena)[0] = value;
}

const struct its_category its_category_within_text = {
	"elements within text", FOLIO_ITS_NS, "withinTextRule", ITS_G_WITHIN_TEXT, parse_rule,
	local_names, apply_local, NULL,
};
