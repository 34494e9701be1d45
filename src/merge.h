/* merge.h: bringing a translator's catalog up to date with its template,
 * with gettext's own msgmerge: fuzzy matching, the previous msgid kept as
 * "#|", obsolete messages kept as "#~", comments and flags untouched.
 *
 * msgmerge's exit status is not trusted (gettext 0.21 exits 0 after a
 * failed write): its output replaces the catalog only after it was read
 * back completely, holds every message of the template, and still holds
 * every msgstr of the old catalog (under its msgid, a fuzzy match or an
 * obsolete "#~" entry). */
#ifndef FOLIO_MERGE_H
#define FOLIO_MERGE_H

enum merge_result {
	MERGE_OK = 0,
	MERGE_BAD_INPUT = -1,   /* the catalog or template does not parse */
	MERGE_FAILED = -2,      /* msgmerge or the disk failed */
};

/* Merges pot into the catalog po (optionally seeded from compendium, may
 * be NULL).  The catalog is replaced only when the merge succeeded and
 * changed something; on failure it is left byte for byte as it was, and
 * the error names it, followed by msgmerge's own messages.  Sets
 * *changed. */
enum merge_result merge_catalog(const char *po, const char *pot, const char *compendium,
				int *changed);

/* Reads a catalog or template completely and puts the key
 * "msgctxt\004msgid" of each message but obsolete ones into keys; counts
 * them into *n_active.  Returns -1 when it does not parse (quiet: the
 * caller reports). */
struct strmap;
int merge_read_keys(const char *path, struct strmap *keys, size_t *n_active);

#endif
