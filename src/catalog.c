/* catalog.c: libgettextpo reading.  A syntax error is reported as an ERROR
 * and the library still returns a partial file, so errors are counted in
 * the handler and a file with any is rejected here. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include "atomic-file.h"
#include "catalog.h"
#include "diag.h"
#include "i18n.h"
#include "po-xerror.h"
#include "xalloc.h"

/* The charset a header declares ("ISO-8859-1"), or NULL (free with free()). */
static char *declared_charset(po_file_t file)
{
	char *type = catalog_header_field(file, "Content-Type");
	const char *at = type ? strstr(type, "charset=") : NULL;
	char *charset = NULL;

	if (at) {
		at += 8;
		size_t len = strcspn(at, " \t;\r\n");
		charset = strndup(at, len);
	}
	free(type);
	return charset;
}

static char *convert(iconv_t cd, const char *text)
{
	size_t in_left = strlen(text), out_size = 4 * in_left + 1, out_left = out_size - 1;
	char *out = xmalloc(out_size), *in = (char *)text, *to = out;

	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &in, &in_left, &to, &out_left) == (size_t)-1) {
		free(out);
		return NULL;
	}
	*to = '\0';
	return out;
}

typedef const char *(*po_getter)(po_message_t);
typedef void (*po_setter)(po_message_t, const char *);

static void convert_field(iconv_t cd, po_message_t message, po_getter get, po_setter set)
{
	const char *text = get(message);
	char *converted = text ? convert(cd, text) : NULL;

	if (converted)
		set(message, converted);
	free(converted);
}

/* libgettextpo keeps a catalog's strings in the charset its header
 * declares; everything in folio is UTF-8, so a catalog in ISO-8859-1 (which
 * gettext's tools accept) is converted once, here.  The header still says
 * what the file is, for check's header-charset finding. */
static void to_utf8(po_file_t file)
{
	char *charset = declared_charset(file);

	if (!charset || strcasecmp(charset, "UTF-8") == 0 || strcasecmp(charset, "CHARSET") == 0
	    || strcasecmp(charset, "ASCII") == 0) {
		free(charset);
		return;
	}
	iconv_t cd = iconv_open("UTF-8", charset);
	free(charset);
	if (cd == (iconv_t)-1)
		return;   /* libgettextpo warned about the charset already */
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;
	while ((message = po_next_message(iterator))) {
		if (catalog_state(message) == CATALOG_HEADER)
			continue;
		convert_field(cd, message, po_message_msgctxt, po_message_set_msgctxt);
		convert_field(cd, message, po_message_msgid, po_message_set_msgid);
		if (!po_message_msgid_plural(message)) {
			convert_field(cd, message, po_message_msgstr, po_message_set_msgstr);
			continue;
		}
		/* Each plural form on its own: msgstr would be the first only. */
		convert_field(cd, message, po_message_msgid_plural, po_message_set_msgid_plural);
		for (int i = 0; po_message_msgstr_plural(message, i); i++) {
			char *converted = convert(cd, po_message_msgstr_plural(message, i));
			if (converted)
				po_message_set_msgstr_plural(message, i, converted);
			free(converted);
		}
	}
	po_message_iterator_free(iterator);
	iconv_close(cd);
}

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
			/* Not a finding in the catalog: said even when quiet. */
			*n_errors = 1;
			diag_io_error(path, 0, 0, _("cannot read file: %s"),
				      strerror(errno ? errno : EIO));
		}
		return NULL;
	}
	if (*n_errors) {
		po_file_free(file);
		return NULL;
	}
	to_utf8(file);
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
