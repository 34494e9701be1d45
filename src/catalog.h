/* catalog.h: reading a PO file through libgettextpo, with its problems
 * reported and counted, and the per-message facts folio needs. */
#ifndef FOLIO_CATALOG_H
#define FOLIO_CATALOG_H

#include <gettext-po.h>

/* Reads path.  Returns the file (free with po_file_free) or NULL when it
 * cannot be read or does not parse; *n_errors counts the parse errors
 * (reported through diag unless quiet). */
po_file_t catalog_read(const char *path, int quiet, unsigned *n_errors);

enum catalog_state {
	CATALOG_TRANSLATED,
	CATALOG_FUZZY,
	CATALOG_UNTRANSLATED,
	CATALOG_OBSOLETE,
	CATALOG_HEADER,
};

/* What msgfmt --statistics counts a message as: untranslated when its
 * (first) msgstr is empty, else fuzzy when flagged, else translated. */
enum catalog_state catalog_state(po_message_t message);

/* The value of a header field (free with free()), or NULL. */
char *catalog_header_field(po_file_t file, const char *field);

#endif
