/* its-cat-storage-size.c: the Storage Size data category.
 * Global: its:storageSizeRule storageSize (or storageSizePointer), an
 * optional storageEncoding (or its pointer; UTF-8 by default) and
 * lineBreakType="cr|lf|crlf|nel" (lf by default).  Local: its:storageSize,
 * its:storageEncoding, its:lineBreakType.  Not inherited.  folio check
 * counts a translation's bytes against it (check-its.c). */
#include <config.h>

#include "its-category.h"

static const char *const line_breaks[] = { "cr", "lf", "crlf", "nel", NULL };
/* In slot order: storageSize, storageEncoding, lineBreakType. */
static const char *const local_names[] = { "storageSize", "storageEncoding", "lineBreakType",
					   NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	if (its_rule_take_either(rule, element, "storageSize", "storageSizePointer",
				 ITS_STORAGE_SIZE, 1) < 0
	    || its_rule_take_either(rule, element, "storageEncoding", "storageEncodingPointer",
				    ITS_STORAGE_ENCODING, 0) < 0)
		return -1;
	return its_rule_take_value(rule, element, "lineBreakType", ITS_LINE_BREAK_TYPE, line_breaks,
				   0) < 0 ? -1 : 0;
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char **values = its_local_take(element, node, arena, ITS_G_STORAGE_SIZE, local_names);

	if (values && values[2])
		values[2] = its_canonical(values[2], line_breaks);
}

const struct its_category its_category_storage_size = {
	"storage size", FOLIO_ITS_NS, "storageSizeRule", ITS_G_STORAGE_SIZE, parse_rule,
	local_names, apply_local, NULL,
};
