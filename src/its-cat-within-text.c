/* its-cat-within-text.c: the Elements Within Text data category.
 * Global only: its:withinTextRule withinText="yes|no|nested".  "yes" keeps
 * an element inline, as markup inside its parent's message.  Not
 * inherited. */
#include <config.h>

#include "its-category.h"

static const char *const values[] = { "yes", "no", "nested", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "withinText", ITS_WITHIN_TEXT, values, 1);
}

const struct its_category its_category_within_text = {
	"elements within text", FOLIO_ITS_NS, "withinTextRule", parse_rule, NULL,
};
