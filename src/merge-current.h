/* merge-current.h: whether a catalog is already merged against its
 * template, so that folio update can leave it without running msgmerge.
 *
 * The answer comes from the messages, never from timestamps: a catalog is
 * current when msgmerge would give it back as it is.  That is when its
 * messages, in order, are the template's (msgctxt, msgid, msgid_plural,
 * extracted comments, references, format flags), its obsolete entries
 * all come after them and none is a message of the template, only fuzzy
 * entries keep a previous msgid ("#|"), its header has the template's
 * POT-Creation-Date and a Language field, and every ICU message has the
 * flag folio update adds after msgmerge (icu-flag.h).  Anything else, or a doubt (a
 * file that does not parse), says "merge it". */
#ifndef FOLIO_MERGE_CURRENT_H
#define FOLIO_MERGE_CURRENT_H

/* A template's messages, read once for all the catalogs of its domain. */
struct merge_template;

/* Reads the template at pot; NULL when it does not parse (quiet: msgmerge
 * will say why).  Free with merge_template_free (accepts NULL). */
struct merge_template *merge_template_read(const char *pot);
void merge_template_free(struct merge_template *t);

/* 1 when msgmerge would leave the catalog at po as it is, else 0. */
int merge_is_current(const char *po, const struct merge_template *t);

#endif
