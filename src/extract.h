/* extract.h: the messages of an ITS-annotated document.
 * A translatable element becomes one message when every element inside it
 * is itself translatable and within text (inline); otherwise its children
 * are visited in turn.  Translatable attributes are messages of their own.
 * This is the unit rule of gettext's and itstool's ITS extractors. */
#ifndef FOLIO_EXTRACT_H
#define FOLIO_EXTRACT_H

#include <libxml/tree.h>

#include "its.h"
#include "pot.h"

struct strbuf;
/* Calls visit for each translation unit of an annotated doc (elements and
 * attributes), in document order: the nodes whose text is one message. */
void extract_visit_units(xmlDoc *doc, void (*visit)(xmlNode *unit, void *data), void *data);
/* Appends the msgid of a unit: its content with inline markup, escaped and
 * whitespace-normalised as its ITS values say. */
void extract_unit_text(const xmlNode *unit, struct strbuf *text);

/* Annotates doc with the rules located for its root element (built-in or
 * gettext's), then rules (may be NULL), as extraction does.  A document
 * with neither is an error.  Returns the annotation (free with
 * its_annotation_free before doc) or NULL after reporting. */
struct its_annotation *extract_annotate(xmlDoc *doc, const char *file,
					const struct its_rules *rules);

/* Adds the messages of doc, which its_annotate() has annotated, to pot;
 * file is the name used in references. */
void extract_messages(xmlDoc *doc, const char *file, struct pot *pot);

/* Loads, annotates and extracts one file: the rules located for its root
 * element (built-in or gettext's) apply first, then rules (may be NULL).
 * A file with neither is an error.  Reports and returns -1 on error. */
int extract_file(const struct its_rules *rules, const char *file, struct pot *pot);
/* The same, naming the file ref_name in the template's references (for
 * references relative to the project's top folder). */
int extract_file_as(const struct its_rules *rules, const char *file, const char *ref_name,
		    struct pot *pot);

#endif
