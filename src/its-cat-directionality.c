/* its-cat-directionality.c: the Directionality data category.
 * Global: its:dirRule dir="ltr|rtl|lro|rlo".  Local: its:dir, and HTML's
 * (and XHTML's) dir attribute.  Inherited by child elements and attributes; "ltr" by
 * default. */
#include <config.h>

#include "its-category.h"

static const char *const directions[] = { "ltr", "rtl", "lro", "rlo", NULL };
static const char *const html_directions[] = { "ltr", "rtl", NULL };
static const char *const local_names[] = { "dir", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "dir", ITS_DIR, directions, 1);
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	/* HTML's dir="auto" leaves the direction to the text: no ITS value. */
	const char *value = its_is_html(element) ? NULL
		: its_canonical(its_local_attribute(element, "dir"), directions);

	if (!value && its_is_xhtml(element))
		value = its_canonical(its_attribute(element, NULL, "dir"), html_directions);

	if (value)
		its_node_replace(node, ITS_G_DIRECTIONALITY, NULL, element, arena)[0] = value;
}

const struct its_category its_category_directionality = {
	"directionality", FOLIO_ITS_NS, "dirRule", ITS_G_DIRECTIONALITY, parse_rule,
	local_names, apply_local, NULL,
};
