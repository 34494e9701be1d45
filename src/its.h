/* its.h: a W3C ITS 2.0 processor over libxml2.
 *
 * Rules (global selection) are loaded once into a struct its_rules, from
 * rule files or from its:rules elements; its_annotate() then applies them to
 * a document, together with the document's own its:rules and its local
 * markup, and leaves every element and attribute with its effective value
 * for each data category (see its_value()).
 *
 * Precedence, lowest first, as ITS 2.0 defines it: defaults, inheritance
 * from the parent element, external rules in the order they were loaded,
 * the document's internal rules in document order, local markup.  A later
 * rule selecting the same node overrides an earlier one. */
#ifndef FOLIO_ITS_H
#define FOLIO_ITS_H

#include <libxml/tree.h>

#define FOLIO_ITS_NS "http://www.w3.org/2005/11/its"
#define FOLIO_GETTEXT_ITS_NS "https://www.gnu.org/s/gettext/ns/its/extensions/1.0"
#define FOLIO_FOLIO_ITS_NS "urn:x-folio:its"
#define FOLIO_XHTML_NS "http://www.w3.org/1999/xhtml"

/* The values a node carries, one slot each.  A data category owns one or
 * more slots; adding a category is adding slots and a module. */
enum its_slot {
	ITS_TRANSLATE,          /* "yes" | "no" */
	ITS_WITHIN_TEXT,        /* "yes" | "no" | "nested" */
	ITS_LOC_NOTE,           /* note text */
	ITS_LOC_NOTE_TYPE,      /* "description" | "alert" */
	ITS_LOC_NOTE_REF,       /* URI of a note kept elsewhere */
	ITS_PRESERVE_SPACE,     /* "default" | "preserve" | "trim" | "paragraph" */
	ITS_CONTEXT,            /* gettext extension: the msgctxt */
	ITS_ESCAPE,             /* gettext extension: "yes" | "no" */
	ITS_FORMAT,             /* folio extension: "icu-message-format" | "text" */
	ITS_N_SLOTS
};

struct its_rules;
struct its_annotation;

/* Rule sets: free with its_rules_free (accepts NULL). */
struct its_rules *its_rules_new(void);
void its_rules_free(struct its_rules *rules);
/* Appends the rules of a rule file (its:rules elements, with their
 * xlink:href links and its:param).  Reports and returns -1 on error. */
int its_rules_load_file(struct its_rules *rules, const char *path);
/* The same from text in memory; name is used in messages. */
int its_rules_load_memory(struct its_rules *rules, const char *data, size_t len,
			  const char *name);
size_t its_rules_count(const struct its_rules *rules);

/* Linked rule files (xlink:href) are read only from the linking file's
 * folder tree, the working folder and the installed rule folders; this
 * adds dir to them (a user's option).  its_allow_cleanup forgets them. */
void its_allow_rules_dir(const char *dir);
void its_allow_cleanup(void);

/* Applies global rules (the n_sets rule sets in order, later ones taking
 * precedence), then the document's internal rules and local markup, to doc.
 * Returns the annotation (free with its_annotation_free before freeing doc)
 * or NULL after reporting an error (file names the document in messages). */
struct its_annotation *its_annotate(const struct its_rules *const *sets, size_t n_sets,
				    xmlDoc *doc, const char *file);
void its_annotation_free(struct its_annotation *annotation);

/* The effective value of slot for an element or attribute of an annotated
 * document, or NULL where the category has no value (no note, no
 * context).  Borrowed: valid until its_annotation_free. */
const char *its_value(const xmlNode *node, enum its_slot slot);
/* True when its_value(node, slot) is "yes". */
int its_is_yes(const xmlNode *node, enum its_slot slot);

#endif
