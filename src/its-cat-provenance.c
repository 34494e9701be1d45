/* its-cat-provenance.c: the Provenance data category.
 * Global: its:provRule provenanceRecordsRefPointer="XPath", pointing at the
 * "#id" of standoff its:provenanceRecords.  Local: its:person, its:org,
 * its:tool, their rev* forms and *Ref forms, its:provRef, or
 * its:provenanceRecordsRef.  Inherited by child elements and attributes.
 * The records themselves are read where they are shown (explain). */
#include <config.h>

#include "its-category.h"

/* In slot order, from provenanceRecordsRef to provRef. */
static const char *const local_names[] = {
	"provenanceRecordsRef", "person", "personRef", "org", "orgRef", "tool", "toolRef",
	"revPerson", "revPersonRef", "revOrg", "revOrgRef", "revTool", "revToolRef", "provRef",
	NULL,
};

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_required_pointer(rule, element, "provenanceRecordsRefPointer", ITS_PROV_RECORDS_REF);
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	its_local_take(element, node, arena, ITS_G_PROVENANCE, local_names);
}

const struct its_category its_category_provenance = {
	"provenance", FOLIO_ITS_NS, "provRule", ITS_G_PROVENANCE, parse_rule,
	local_names, apply_local, NULL,
};
