/* its-cat-gettext.c: gettext's ITS extensions, so that the rule files
 * gettext ships give the messages xgettext gives.
 *   gt:contextRule contextPointer="XPath"  the msgctxt of the selected nodes
 *   gt:escapeRule escape="yes|no"           whether & < > are escaped in the
 *                                           message (inherited) */
#include <config.h>

#include "diag.h"
#include "i18n.h"
#include "its-category.h"

static const char *const yes_no[] = { "yes", "no", NULL };

static int parse_context_rule(struct its_rule *rule, xmlNode *element)
{
	int rc = its_rule_take_pointer(rule, element, "contextPointer", ITS_CONTEXT);

	if (rc == 1)
		return diag_error(rule->file, rule->line, 0,
				  _("a contextRule needs a 'contextPointer' attribute"));
	return rc;
}

static int parse_escape_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "escape", ITS_ESCAPE, yes_no, 1);
}

const struct its_category its_category_gettext_context = {
	"context (gettext)", FOLIO_GETTEXT_ITS_NS, "contextRule", ITS_G_CONTEXT, parse_context_rule,
	NULL, NULL, NULL,
};

const struct its_category its_category_gettext_escape = {
	"escape (gettext)", FOLIO_GETTEXT_ITS_NS, "escapeRule", ITS_G_ESCAPE, parse_escape_rule,
	NULL, NULL, NULL,
};
