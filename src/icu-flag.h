/* icu-flag.h: the marks of an ICU MessageFormat message in a catalog.
 *
 * folio extract marks such messages (folio:formatRule) with the extracted
 * comment "#. icu-message-format", which every gettext tool carries from
 * the template into each catalog.  Weblate and the Translate Toolkit look
 * for the flag "#, icu-message-format" instead, which gettext 0.21's tools
 * and libgettextpo drop (msgmerge, msginit, msgcat, po_file_write).  So
 * the comment is the mark folio reads (folio check never depends on the
 * flag), and the flag is written wherever folio writes the entry itself:
 * a template writer that writes its own lines asks icu_flag_wanted, and
 * the catalogs msginit and msgmerge make for folio init and folio update
 * get the flag back from icu_flag_restore_file before they replace a
 * catalog. */
#ifndef FOLIO_ICU_FLAG_H
#define FOLIO_ICU_FLAG_H

#include "strbuf.h"

#define ICU_FLAG "icu-message-format"

/* Whether a message with these extracted comments (its "#." lines without
 * the "#. ", joined by newlines, as libgettextpo gives them; NULL for
 * none) is ICU MessageFormat and gets the flag. */
int icu_flag_wanted(const char *extracted_comments);

/* Adds the flag to every entry of the PO text that has the comment and
 * not the flag: to its "#," line, or as a "#," line of its own before its
 * "#|" lines and its msgid.  Obsolete entries are left alone.  Returns the
 * number of entries marked. */
unsigned icu_flag_restore(const char *text, struct strbuf *out);
/* The same for a file, rewritten in place when anything changed (for a
 * temporary file that is about to replace a catalog).  Reports and returns
 * -1 on an I/O error. */
int icu_flag_restore_file(const char *path);

#endif
