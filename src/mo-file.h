/* mo-file.h: reading a compiled catalog (.mo) by path.  libintl opens .mo
 * files only through a text domain and a locale folder, so the format,
 * small and documented in the gettext manual ("The Format of GNU MO
 * Files"), is read here, every offset and length checked against the
 * file's size before it is used. */
#ifndef FOLIO_MO_FILE_H
#define FOLIO_MO_FILE_H

#include "strmap.h"

/* Puts each translation of path into map under "msgctxt\004msgid" or
 * "msgid", as translations_read_file does for a .po: the header and
 * plural entries are left out.  Both byte orders are read.  Reports and
 * returns -1 when the file cannot be read (exit status 2) or is not a .mo
 * file (a finding). */
int mo_file_read(const char *path, struct strmap *map);

#endif
