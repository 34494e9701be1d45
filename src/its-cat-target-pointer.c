/* its-cat-target-pointer.c: the Target Pointer data category.
 * Global only: its:targetPointerRule targetPointer="XPath", where the
 * translation of the selected source goes.  The value is the XPath itself,
 * relative to the source node (the W3C test suite shows it so); it is
 * compiled once here so that a broken one is said at load.  Not
 * inherited. */
#include <config.h>

#include "diag.h"
#include "i18n.h"
#include "its-category.h"

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	int rc = its_rule_take_value(rule, element, "targetPointer", ITS_TARGET_POINTER, NULL, 1);

	if (rc < 0)
		return -1;
	/* Checked, not kept: the value stays the text. */
	rc = its_rule_take_pointer(rule, element, "targetPointer", ITS_TARGET_POINTER);
	xmlXPathFreeCompExpr(rule->pointers[ITS_TARGET_POINTER]);
	rule->pointers[ITS_TARGET_POINTER] = NULL;
	return rc < 0 ? -1 : 0;
}

const struct its_category its_category_target_pointer = {
	"target pointer", FOLIO_ITS_NS, "targetPointerRule", ITS_G_TARGET_POINTER, parse_rule,
	NULL, NULL, NULL,
};
