/* its-cat-text-analysis.c: the Text Analysis data category.
 * Global: its:textAnalysisRule with taClassRefPointer, taSourcePointer and
 * taIdentPointer, or taIdentRefPointer.  Local: its:taClassRef,
 * its:taConfidence, its:taIdent with its:taSource, its:taIdentRef.  Not
 * inherited. */
#include <config.h>

#include "diag.h"
#include "i18n.h"
#include "its-category.h"

/* In slot order: taClassRef, taConfidence, taIdent, taIdentRef, taSource. */
static const char *const local_names[] = {
	"taClassRef", "taConfidence", "taIdent", "taIdentRef", "taSource", NULL,
};

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	static const struct { const char *attr; enum its_slot slot; } pointers[] = {
		{ "taClassRefPointer", ITS_TA_CLASS_REF }, { "taSourcePointer", ITS_TA_SOURCE },
		{ "taIdentPointer", ITS_TA_IDENT }, { "taIdentRefPointer", ITS_TA_IDENT_REF },
	};
	int found = 0;

	for (size_t i = 0; i < sizeof(pointers) / sizeof(pointers[0]); i++) {
		int rc = its_rule_take_pointer(rule, element, pointers[i].attr, pointers[i].slot);
		if (rc < 0)
			return -1;
		found += rc == 0;
	}
	if (!found)
		return diag_error(rule->file, rule->line, 0,
				  _("a textAnalysisRule needs at least one pointer"));
	return 0;
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	its_local_take(element, node, arena, ITS_G_TEXT_ANALYSIS, local_names);
}

const struct its_category its_category_text_analysis = {
	"text analysis", FOLIO_ITS_NS, "textAnalysisRule", ITS_G_TEXT_ANALYSIS, parse_rule,
	local_names, apply_local, NULL,
};
