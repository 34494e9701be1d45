/* its-cat-id-value.c: the ID Value data category.
 * Global only: its:idValueRule idValue="XPath expression", evaluated at
 * the selected node to a string ("@name", "concat(../@id, '_t')").
 * extract makes it the msgctxt, so that equal sentences in different
 * places keep their own translations.  Not inherited. */
#include <config.h>

#include "its-category.h"

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_required_pointer(rule, element, "idValue", ITS_ID_VALUE);
}

const struct its_category its_category_id_value = {
	"ID value", FOLIO_ITS_NS, "idValueRule", ITS_G_ID_VALUE, parse_rule, NULL, NULL, NULL,
};
