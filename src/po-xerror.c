/* po-xerror.c: libgettextpo error callbacks.  A FATAL severity means the
 * library cannot continue and the callback must not return: the one other
 * documented place, beside xalloc, where folio exits outside main. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "po-xerror.h"

static unsigned n_errors;
static int silent;
static char *first_text;
static long first_line;

static void report(int severity, po_message_t message, const char *filename,
		   size_t lineno, size_t column, const char *text)
{
	(void)message;
	if (severity == PO_SEVERITY_WARNING) {
		if (!silent)
			diag_warning(filename, (long)lineno, (long)column, "%s", text);
		return;
	}
	if (n_errors++ == 0) {
		free(first_text);
		first_text = strdup(text ? text : "");
		first_line = (long)lineno;
	}
	if (!silent || severity == PO_SEVERITY_FATAL_ERROR)
		diag_error(filename, (long)lineno, (long)column, "%s", text);
}

static void xerror(int severity, po_message_t message, const char *filename,
		   size_t lineno, size_t column, int multiline_p, const char *text)
{
	(void)multiline_p;
	report(severity, message, filename, lineno, column, text);
	if (severity == PO_SEVERITY_FATAL_ERROR)
		exit(FOLIO_EXIT_FAILURE);
}

static void xerror2(int severity,
		    po_message_t message1, const char *filename1, size_t lineno1,
		    size_t column1, int multiline_p1, const char *text1,
		    po_message_t message2, const char *filename2, size_t lineno2,
		    size_t column2, int multiline_p2, const char *text2)
{
	(void)multiline_p1;
	(void)multiline_p2;
	int first = severity == PO_SEVERITY_FATAL_ERROR ? PO_SEVERITY_ERROR : severity;
	report(first, message1, filename1, lineno1, column1, text1);
	if (!silent)
		diag_note(filename2, (long)lineno2, (long)column2, "%s", text2);
	(void)message2;
	if (severity == PO_SEVERITY_FATAL_ERROR)
		exit(FOLIO_EXIT_FAILURE);
}

static const struct po_xerror_handler handler = { xerror, xerror2 };

po_xerror_handler_t po_xerror_handler(void)
{
	return &handler;
}

void po_xerror_reset(void)
{
	n_errors = 0;
	free(first_text);
	first_text = NULL;
	first_line = 0;
}

const char *po_xerror_first(long *line)
{
	*line = first_line;
	return first_text;
}

unsigned po_xerror_count(void)
{
	return n_errors;
}

void po_xerror_set_silent(int on)
{
	silent = on;
}
