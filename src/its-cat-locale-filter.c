/* its-cat-locale-filter.c: the Locale Filter data category.
 * Global: its:localeFilterRule localeFilterList="..." and an optional
 * localeFilterType="include|exclude".  Local: its:localeFilterList,
 * its:localeFilterType.  Inherited by child elements and attributes; by
 * default every locale ("*", include).  locale_filter_allows (in
 * its-locale-filter.h) answers whether a unit is for a language. */
#include <config.h>

#include "its-category.h"

static const char *const types[] = { "include", "exclude", NULL };
static const char *const local_names[] = { "localeFilterList", "localeFilterType", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	if (its_rule_take_value(rule, element, "localeFilterList", ITS_LOCALE_FILTER_LIST, NULL,
				1) < 0)
		return -1;
	return its_rule_take_value(rule, element, "localeFilterType", ITS_LOCALE_FILTER_TYPE, types,
				   0) < 0 ? -1 : 0;
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char **values = its_local_take(element, node, arena, ITS_G_LOCALE_FILTER,
					     local_names);

	if (values)
		values[1] = its_canonical(values[1], types);
}

const struct its_category its_category_locale_filter = {
	"locale filter", FOLIO_ITS_NS, "localeFilterRule", ITS_G_LOCALE_FILTER, parse_rule,
	local_names, apply_local, NULL,
};
