/* catalog.c: libgettextpo reading.  A syntax error is reported as an ERROR
 * and the library still returns a partial file, so errors are counted in
 * the handler and a file with any is rejected here. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "catalog.h"
#include "diag.h"
#include "i18n.h"
#include "po-xerror.h"

po_file_t catalog_read(const char *path, int quiet, unsigned *n_errors)
{
	po_xerror_reset();
	/* libgettextpo would wait on a FIFO and fail late on a folder. */
	if (check_regular_file(path) < 0) {
		*n_errors = 1;
		diag_io_error(path, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
		return NULL;
	}
	po_xerror_set_silent(quiet);
	errno = 0;
	po_file_t file = po_file_read(path, po_xerror_handler());
	po_xerror_set_silent(0);
	*n_errors = po_xerror_count();
	if (!file) {
		if (*n_errors == 0) {
			*n_errors = 1;
			if (!quiet)
				diag_io_error(path, 0, 0, _("cannot read file: %s"),
					   strerror(errno ? errno : EIO));
		}
		return NULL;
	}
	if (*n_errors) {
		po_file_free(file);
		return NULL;
	}
	return file;
}

enum catalog_state catalog_state(po_message_t message)
{
	if (po_message_is_obsolete(message))
		return CATALOG_OBSOLETE;
	if (!po_message_msgctxt(message) && po_message_msgid(message)[0] == '\0')
		return CATALOG_HEADER;
	/* msgfmt looks at the first form only, even for plural messages. */
	const char *first = po_message_msgid_plural(message)
		? po_message_msgstr_plural(message, 0) : po_message_msgstr(message);
	if (!first || first[0] == '\0')
		return CATALOG_UNTRANSLATED;
	return po_message_is_fuzzy(message) ? CATALOG_FUZZY : CATALOG_TRANSLATED;
}

char *catalog_header_field(po_file_t file, const char *field)
{
	const char *header = po_file_domain_header(file, NULL);

	if (!header)
		return NULL;
	char *value = po_header_field(header, field);
	free((char *)header);   /* a fresh allocation on every call */
	return value;
}
