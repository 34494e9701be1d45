/* its-cat-external-resource.c: the External Resource data category.
 * Global only: its:externalResourceRefRule externalResourceRefPointer=
 * "XPath" (an image, a video: a resource outside the text that may need
 * localising).  Not inherited. */
#include <config.h>

#include "its-category.h"

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_required_pointer(rule, element, "externalResourceRefPointer", ITS_EXTERNAL_RESOURCE_REF);
}

const struct its_category its_category_external_resource = {
	"external resource", FOLIO_ITS_NS, "externalResourceRefRule", ITS_G_EXTERNAL_RESOURCE,
	parse_rule, NULL, NULL, NULL,
};
