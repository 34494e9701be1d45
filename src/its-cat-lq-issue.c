/* its-cat-lq-issue.c: the Localization Quality Issue data category.
 * Global: its:locQualityIssueRule with locQualityIssuesRef or its pointer
 * form (standoff its:locQualityIssues found by "#id"), or the issue itself:
 * locQualityIssueType and/or locQualityIssueComment, with optional
 * Severity, ProfileRef and Enabled.  Local: the same attributes.
 * Inherited by child elements, not attributes. */
#include <config.h>

#include "diag.h"
#include "i18n.h"
#include <stdio.h>

#include "its-category.h"

static const char *const yes_no[] = { "yes", "no", NULL };
/* In slot order, from locQualityIssuesRef to locQualityIssueEnabled. */
static const char *const local_names[] = {
	"locQualityIssuesRef", "locQualityIssueType", "locQualityIssueComment",
	"locQualityIssueSeverity", "locQualityIssueProfileRef", "locQualityIssueEnabled", NULL,
};

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	int rc = its_rule_take_either(rule, element, "locQualityIssuesRef",
				      "locQualityIssuesRefPointer", ITS_LQI_ISSUES_REF, 0);
	if (rc < 0)
		return -1;
	int found = rc == 0;
	for (int i = 1; local_names[i]; i++) {
		enum its_slot slot = ITS_LQI_ISSUES_REF + i;
		char pointer[64];
		snprintf(pointer, sizeof(pointer), "%sPointer", local_names[i]);
		rc = its_rule_take_either(rule, element, local_names[i], pointer, slot, 0);
		if (rc < 0)
			return -1;
		found += rc == 0 && slot != ITS_LQI_ENABLED;
	}
	if (!found)
		return diag_error(rule->file, rule->line, 0,
				  _("a locQualityIssueRule needs an issue or a reference to one"));
	return 0;
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char **values = its_local_take(element, node, arena, ITS_G_LQ_ISSUE, local_names);

	if (values && values[ITS_LQI_ENABLED - ITS_LQI_ISSUES_REF])
		values[ITS_LQI_ENABLED - ITS_LQI_ISSUES_REF] =
			its_canonical(values[ITS_LQI_ENABLED - ITS_LQI_ISSUES_REF], yes_no);
}

const struct its_category its_category_lq_issue = {
	"localization quality issue", FOLIO_ITS_NS, "locQualityIssueRule", ITS_G_LQ_ISSUE,
	parse_rule, local_names, apply_local, NULL,
};
