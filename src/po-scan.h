/* po-scan.h: a fast reader for the common case of a PO catalog, for the
 * render path, where every edition reads its article's catalog.
 *
 * libgettextpo's reader converts every character through iconv and costs
 * about 15 million instructions for a 60 KB catalog; rendering hundreds of
 * articles in dozens of languages spends most of its time there.  This
 * scanner reads well-formed UTF-8 catalogs directly.  It is deliberately
 * strict: anything it does not fully understand (another charset, a syntax
 * error, an unknown escape, a duplicate message) makes it answer
 * PO_SCAN_UNSURE, and the caller reads the file with libgettextpo, which
 * reports the problem with gettext's own messages.  It never decides alone
 * that a catalog is broken. */
#ifndef FOLIO_PO_SCAN_H
#define FOLIO_PO_SCAN_H

#include <stddef.h>

#include "strmap.h"

enum po_scan_result {
	PO_SCAN_OK,        /* map holds the catalog's translations */
	PO_SCAN_UNSURE,    /* read the file with libgettextpo instead */
};

/* Fills map, which must be empty (else PO_SCAN_UNSURE), with every
 * translated message of the catalog text (len bytes, followed by a NUL as
 * read_file and strbuf leave it): not fuzzy, not obsolete, not plural,
 * msgstr not empty, keyed as "msgctxt\004msgid" or "msgid".  The header
 * is not a message.  On PO_SCAN_OK every key and value is well-formed
 * UTF-8.  On PO_SCAN_UNSURE the map may hold part of the catalog: clear
 * it. */
enum po_scan_result po_scan(const char *text, size_t len, struct strmap *map);

#endif
