/* localise.h: a source document whose translation units are replaced by
 * their translations.  The document is parsed and ITS-annotated once; its
 * units are found by the same walk as extraction, so each msgid is exactly
 * the template's.  Translations then go in and come out again in place,
 * one language after another, without parsing the source again.
 *
 * A translation is parsed back into markup; one that does not parse, or
 * whose elements differ from its msgid's, is not used (the unit keeps its
 * source text, with a warning naming the catalog and the source line). */
#ifndef FOLIO_LOCALISE_H
#define FOLIO_LOCALISE_H

#include <libxml/tree.h>

#include "strbuf.h"
#include "strmap.h"
#include "translations.h"

struct localise_unit {
	xmlNode *node;          /* the element whose content is one message */
	char *msgctxt;          /* NULL for none */
	char *msgid;
	xmlNode *source;        /* the source content while a translation is in */
	/* What ITS says of the source unit (NULL for the defaults): the
	 * languages it is for, and its own language and direction. */
	char *filter_list, *filter_type, *lang, *dir;
	xmlNode *left_out;      /* stands in its place while an edition leaves it out */
};

struct localise_doc {
	char *path;
	xmlDoc *doc;
	struct localise_unit *units;
	size_t n_units;
};

/* What one language's catalogs did for a document. */
struct localise_counts {
	unsigned n_units;
	unsigned n_translated;  /* including the ones from the fallback catalog */
	unsigned n_fallback;    /* translated by the language-only catalog */
	unsigned n_rejected;    /* translations not used: broken or foreign markup */
};

/* Loads, annotates and finds the units of path.  Reports and returns -1 on
 * error (ld is then empty). */
int localise_doc_load(struct localise_doc *ld, const char *path);
/* Puts t's translations in; po_name names the catalog in warnings (NULL:
 * none, for a count that a later apply reports).  With t NULL the document
 * stays the source, which counts as all translated. */
void localise_doc_apply(struct localise_doc *ld, struct translations *t,
			const char *po_name, struct localise_counts *counts);
/* True when node is a unit that localise_doc_apply left in the source
 * language (no translation, or one not used): renderers mark its language
 * and direction. */
int localise_is_untranslated(const xmlNode *node);
/* Leaves out, until localise_doc_restore, the units whose ITS Locale
 * Filter excludes the language tag (BCP 47); they do not count as units
 * of that edition. */
void localise_doc_filter(struct localise_doc *ld, const char *tag);
/* The language and direction (nonzero: right to left) of a unit left in
 * the source language: what the source's ITS Language Information and
 * Directionality say, else the source language's, source_tag and
 * source_rtl. */
const char *localise_source_lang(const xmlNode *node, const char *source_tag);
int localise_source_rtl(const xmlNode *node, int source_rtl);
/* Takes the translations out again: the document is the source. */
void localise_doc_restore(struct localise_doc *ld);
/* Accepts a released or never loaded ld. */
void localise_doc_release(struct localise_doc *ld);

/* msgstr parsed as the content of unit (an element), in its context and
 * with its namespaces; NULL when it is not well-formed.  Free the list
 * with xmlFreeNodeList unless it goes into the document. */
xmlNode *localise_parse_markup(xmlNode *unit, const char *msgstr);
/* True when the two node lists hold the same elements, in any order. */
int localise_same_elements(const xmlNode *source, const xmlNode *translation);

/* Translated percentage of the units. */
double localise_percent(const struct localise_counts *counts);

/* The plain text of a node: its text content, whitespace collapsed. */
void localise_plain_text(const xmlNode *node, struct strbuf *out);

/* The edition template's entries by id, each as translated text (labels)
 * or pattern (messages), into entries; the source ones into sources when
 * it is not NULL; what t translated of them into counts.  po_name names
 * the catalog in warnings. */
int localise_edition(const char *path, struct translations *t, const char *po_name,
		     struct strmap *entries, struct strmap *sources,
		     struct localise_counts *counts);
/* Adds the counts of more units (the template's) to counts. */
void localise_counts_add(struct localise_counts *counts, const struct localise_counts *more);

#endif
