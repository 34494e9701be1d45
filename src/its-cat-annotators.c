/* its-cat-annotators.c: ITS Tools Annotation, its:annotatorsRef (HTML
 * its-annotators-ref): which tool made a category's annotations, as
 * "identifier|IRI ...".  Local only; the innermost declaration is the one a
 * node shows, as the W3C test suite's outputs have it.  Inherited by child
 * elements and, in XML, by the element's attributes. */
#include <config.h>

#include "its-category.h"

static const char *const local_names[] = { "annotatorsRef", NULL };

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	its_local_take(element, node, arena, ITS_G_ANNOTATORS, local_names);
}

const struct its_category its_category_annotators = {
	"tools annotation", FOLIO_ITS_NS, NULL, ITS_G_ANNOTATORS, NULL, local_names, apply_local,
	NULL,
};
