/* translations.h: what a language's catalogs say, ready for lookups.
 * Catalogs are read once per language and domain (libgettextpo), fuzzy
 * and untranslated entries left out, and the locale chain followed:
 * pt_BR's catalog first, then pt's, then none (the source text). */
#ifndef FOLIO_TRANSLATIONS_H
#define FOLIO_TRANSLATIONS_H

#include "strmap.h"

struct translations {
	struct strmap map;      /* "msgctxt\004msgid" or "msgid" to msgstr */
	char *files;            /* the catalogs read, for messages */
};

/* Loads po_dir/DOMAIN/LANG.po, then its language-only fallback.  A missing
 * catalog is no error (nothing is translated).  Returns -1 when a catalog
 * exists but does not parse. */
int translations_load(struct translations *t, const char *po_dir, const char *domain,
		      const char *lang);
void translations_release(struct translations *t);
/* The translation, or NULL. */
const char *translations_get(const struct translations *t, const char *msgctxt,
			     const char *msgid);

#endif
