/* diag.c: error and warning output in file:line:column form. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "diag.h"
#include "i18n.h"

static unsigned n_errors;
static unsigned n_warnings;
static unsigned n_failures;   /* usage and I/O errors */
static int quiet;

static void vreport(const char *file, long line, long column,
		    const char *kind, const char *fmt, va_list ap)
{
	fflush(stdout);
	fputs(file ? file : "folio", stderr);
	if (line > 0) {
		fprintf(stderr, ":%ld", line);
		if (column > 0)
			fprintf(stderr, ":%ld", column);
	}
	fprintf(stderr, ": %s: ", kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

int diag_error(const char *file, long line, long column, const char *fmt, ...)
{
	va_list ap;

	n_errors++;
	va_start(ap, fmt);
	vreport(file, line, column, _("error"), fmt, ap);
	va_end(ap);
	return -1;
}

int diag_io_error(const char *file, long line, long column, const char *fmt, ...)
{
	va_list ap;

	n_errors++;
	n_failures++;
	va_start(ap, fmt);
	vreport(file, line, column, _("error"), fmt, ap);
	va_end(ap);
	return -1;
}

void diag_warning(const char *file, long line, long column, const char *fmt, ...)
{
	va_list ap;

	n_warnings++;
	if (quiet)
		return;
	va_start(ap, fmt);
	vreport(file, line, column, _("warning"), fmt, ap);
	va_end(ap);
}

void diag_note(const char *file, long line, long column, const char *fmt, ...)
{
	va_list ap;

	if (quiet)
		return;
	va_start(ap, fmt);
	vreport(file, line, column, _("note"), fmt, ap);
	va_end(ap);
}

int diag_usage(const char *command, const char *fmt, ...)
{
	va_list ap;

	n_errors++;
	n_failures++;
	fflush(stdout);
	fprintf(stderr, "folio %s: ", command);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fprintf(stderr, _("Try 'folio %s --help' for more information.\n"), command);
	return -1;
}

unsigned diag_error_count(void)
{
	return n_errors;
}

enum folio_exit diag_exit_status(enum folio_exit at_least)
{
	enum folio_exit status = n_failures ? FOLIO_EXIT_FAILURE
		: n_errors ? FOLIO_EXIT_FINDING : FOLIO_EXIT_OK;

	return status > at_least ? status : at_least;
}

unsigned diag_warning_count(void)
{
	return n_warnings;
}

void diag_set_quiet(int on)
{
	quiet = on;
}
