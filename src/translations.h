/* translations.h: what a language's catalogs say, ready for lookups.
 * Catalogs are read once per language and domain, fuzzy and untranslated
 * entries left out, and the locale chain followed: pt_BR's catalog first,
 * then pt's, then none (the source text); sr_RS@latin's, then sr@latin's,
 * never sr's.  Reading takes po-scan's fast
 * path for ordinary UTF-8 catalogs and libgettextpo for everything else. */
#ifndef FOLIO_TRANSLATIONS_H
#define FOLIO_TRANSLATIONS_H

#include "strmap.h"

struct translations {
	struct strmap own;       /* LANG.po: "msgctxt\004msgid" or "msgid" to msgstr */
	struct strmap fallback;  /* the language-only catalog (pt.po for pt_BR) */
	const char *pseudo;      /* a pseudo-locale's tag: every msgid is made
	                            into its pseudo-translation (pseudo.h), kept
	                            in own once made */
};

/* Loads po_dir/DOMAIN/NAME.po for each catalog of the locale's chain.  A
 * missing catalog is no error (nothing is translated); a NULL locale (the
 * domain's source language) reads none.  A pseudo-locale
 * (en-XA, ar-XB) reads no catalog: its translations are made from the
 * msgids.  Reports and returns -1 when a catalog exists but does not
 * parse. */
struct locale;
int translations_load(struct translations *t, const char *po_dir, const char *domain,
		      const struct locale *locale);
void translations_release(struct translations *t);

/* Reads one catalog's translations into map.  Reports and returns -1 when
 * it does not parse; a missing file is an empty catalog. */
int translations_read_file(const char *path, struct strmap *map);

/* The same through libgettextpo alone: the reference po-scan must agree
 * with. */
int translations_read_with_gettext(const char *path, struct strmap *map);

/* The translation, or NULL (borrowed from t).  *from_fallback (when not
 * NULL) says whether it came from the language-only catalog. */
const char *translations_get(struct translations *t, const char *msgctxt,
			     const char *msgid, int *from_fallback);

/* The line of po_path where msgstr is written (its "msgstr" keyword, the
 * string wrapped or not), for messages about it; 0 when it cannot be told
 * (an unreadable file, a catalog in another encoding). */
long translations_line(const char *po_path, const char *msgstr);

#endif
