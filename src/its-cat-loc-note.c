/* its-cat-loc-note.c: the Localization Note data category.
 * Global: its:locNoteRule with the note as an its:locNote child, or
 * locNotePointer, locNoteRef or locNoteRefPointer; locNoteType is
 * "description" or "alert".  Local: its:locNote, its:locNoteRef and
 * its:locNoteType.  Inherited by child elements. */
#include <config.h>

#include <string.h>

#include <libxml/xmlstring.h>

#include "diag.h"
#include "i18n.h"
#include "its-category.h"
#include "xalloc.h"

static const char *const note_types[] = { "description", "alert", NULL };

static xmlNode *note_child(xmlNode *element)
{
	for (xmlNode *child = element->children; child; child = child->next)
		if (child->type == XML_ELEMENT_NODE && child->ns && child->ns->href
		    && strcmp((const char *)child->ns->href, FOLIO_ITS_NS) == 0
		    && strcmp((const char *)child->name, "locNote") == 0)
			return child;
	return NULL;
}

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	if (its_rule_take_value(rule, element, "locNoteType", ITS_LOC_NOTE_TYPE, note_types, 1) < 0)
		return -1;

	int found = 0;
	xmlNode *child = note_child(element);
	if (child) {
		xmlChar *text = xmlNodeGetContent(child);
		rule->values[ITS_LOC_NOTE] = xstrdup(text ? (const char *)text : "");
		xmlFree(text);
		found++;
	}
	int rc = its_rule_take_pointer(rule, element, "locNotePointer", ITS_LOC_NOTE);
	if (rc < 0)
		return -1;
	found += rc == 0;
	rc = its_rule_take_value(rule, element, "locNoteRef", ITS_LOC_NOTE_REF, NULL, 0);
	if (rc < 0)
		return -1;
	found += rc == 0;
	rc = its_rule_take_pointer(rule, element, "locNoteRefPointer", ITS_LOC_NOTE_REF);
	if (rc < 0)
		return -1;
	found += rc == 0;
	if (found != 1)
		return diag_error(rule->file, rule->line, 0,
				  _("a locNoteRule needs exactly one of its:locNote, locNotePointer, "
				    "locNoteRef and locNoteRefPointer"));
	return 0;
}

static const char *const local_names[] = { "locNote", "locNoteType", "locNoteRef", NULL };

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char *note = its_local_attribute(element, "locNote");
	const char *ref = its_local_attribute(element, "locNoteRef");
	const char *type = its_canonical(its_local_attribute(element, "locNoteType"), note_types);

	if (!note && !ref)
		return;
	const char **values = its_node_replace(node, ITS_G_LOC_NOTE, NULL, element, arena);
	values[ITS_LOC_NOTE - ITS_LOC_NOTE] = note;
	values[ITS_LOC_NOTE_REF - ITS_LOC_NOTE] = ref;
	values[ITS_LOC_NOTE_TYPE - ITS_LOC_NOTE] = type;
}

const struct its_category its_category_loc_note = {
	"localization note", FOLIO_ITS_NS, "locNoteRule", ITS_G_LOC_NOTE, parse_rule,
	local_names, apply_local, NULL,
};
