/* its-cat-terminology.c: the Terminology data category.
 * Global: its:termRule term="yes|no" with at most one of termInfoPointer,
 * termInfoRef and termInfoRefPointer.  Local: its:term, its:termInfoRef,
 * its:termConfidence.  Not inherited; term="no" by default. */
#include <config.h>

#include "diag.h"
#include "i18n.h"
#include "its-category.h"

static const char *const yes_no[] = { "yes", "no", NULL };
/* In slot order: term, termInfo, termInfoRef, termConfidence. */
static const char *const local_names[] = { "term", NULL, "termInfoRef", "termConfidence", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	if (its_rule_take_value(rule, element, "term", ITS_TERM, yes_no, 1) < 0)
		return -1;
	int found = 0;
	int rc = its_rule_take_pointer(rule, element, "termInfoPointer", ITS_TERM_INFO);
	found += rc == 0;
	if (rc >= 0) {
		rc = its_rule_take_either(rule, element, "termInfoRef", "termInfoRefPointer",
					  ITS_TERM_INFO_REF, 0);
		found += rc == 0;
	}
	if (rc < 0)
		return -1;
	if (found > 1)
		return diag_error(rule->file, rule->line, 0,
				  _("a termRule takes at most one of termInfoPointer, termInfoRef "
				    "and termInfoRefPointer"));
	return 0;
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char **values = its_local_take(element, node, arena, ITS_G_TERMINOLOGY, local_names);

	if (values)
		values[0] = its_canonical(values[0], yes_no);
}

const struct its_category its_category_terminology = {
	"terminology", FOLIO_ITS_NS, "termRule", ITS_G_TERMINOLOGY, parse_rule,
	local_names, apply_local, NULL,
};
