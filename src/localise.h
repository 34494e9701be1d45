/* localise.h: a source document with its translation units replaced by
 * their translations: the same walk as extraction, so the msgid of every
 * unit is exactly the one in the template.  A translation is parsed back
 * into markup; one that does not parse, or whose elements differ from its
 * msgid's, is not used (the unit keeps its source text, with a warning). */
#ifndef FOLIO_LOCALISE_H
#define FOLIO_LOCALISE_H

#include <libxml/tree.h>

#include "strmap.h"
#include "translations.h"

struct localised {
	xmlDoc *doc;            /* free with localised_release */
	unsigned n_units;
	unsigned n_translated;
	unsigned n_rejected;    /* translations not used: broken markup */
};

/* Loads and localises path with t (which may be empty: the source).
 * Reports and returns -1 on error. */
int localise_document(const char *path, const struct translations *t, const char *po_name,
		      struct localised *out);
void localised_release(struct localised *l);

/* Translated percentage of the units. */
double localised_percent(const struct localised *l);

/* The plain text of a node: its text content, whitespace collapsed. */
void localise_plain_text(const xmlNode *node, struct strbuf *out);

/* The edition template's entries by id, each as translated text (labels)
 * or pattern (messages). */
int localise_edition(const char *path, const struct translations *t, struct strmap *entries);

#endif
