/* merge.h: bringing a translator's catalog up to date with its template,
 * with gettext's own msgmerge: fuzzy matching, the previous msgid kept as
 * "#|", obsolete messages kept as "#~", comments and flags untouched. */
#ifndef FOLIO_MERGE_H
#define FOLIO_MERGE_H

/* Merges pot into the catalog po (optionally seeded from compendium, may
 * be NULL).  The catalog is replaced only when the merge succeeded and
 * changed something; on failure it is left byte for byte as it was, and
 * the error names it.  Sets *changed.  Returns 0 or -1. */
int merge_catalog(const char *po, const char *pot, const char *compendium, int *changed);

#endif
