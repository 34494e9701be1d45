/* its-cat-mt-confidence.c: the MT Confidence data category.
 * Global: its:mtConfidenceRule mtConfidence="0..1".  Local:
 * its:mtConfidence.  Inherited by child elements. */
#include <config.h>

#include "its-category.h"

static const char *const local_names[] = { "mtConfidence", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "mtConfidence", ITS_MT_CONFIDENCE, NULL, 1);
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	its_local_take(element, node, arena, ITS_G_MT_CONFIDENCE, local_names);
}

const struct its_category its_category_mt_confidence = {
	"MT confidence", FOLIO_ITS_NS, "mtConfidenceRule", ITS_G_MT_CONFIDENCE, parse_rule,
	local_names, apply_local, NULL,
};
