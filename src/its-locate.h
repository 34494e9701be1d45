/* its-locate.h: which rules apply to a document, found the way xgettext
 * finds them: locating rules (.loc files) match the file name and the root
 * element and name a rule file.  folio's own locating rules, for its
 * article and edition vocabularies and XHTML, are built in; then come the
 * .loc files gettext and other packages install (GETTEXTDATADIRS, then the
 * system's gettext folders). */
#ifndef FOLIO_ITS_LOCATE_H
#define FOLIO_ITS_LOCATE_H

#include <libxml/tree.h>

#include "its.h"

/* The rules for doc, or NULL when none are known (*failed is set when a
 * rule file could not be loaded; that error is reported).  Borrowed: rule
 * files are loaded once and kept until its_locate_cleanup, which also
 * frees what annotation keeps (its_annotate_cleanup). */
const struct its_rules *its_locate(xmlDoc *doc, const char *file, int *failed);
void its_locate_cleanup(void);

/* A built-in file (rules or locating rules), compiled into the binary from
 * the its/ folder. */
struct its_builtin_file {
	const char *name;
	const char *data;
	size_t len;
};
extern const struct its_builtin_file its_builtin_files[];
extern const size_t its_builtin_n_files;

/* The built-in file called name, or NULL. */
const struct its_builtin_file *its_builtin_find(const char *name);

#endif
