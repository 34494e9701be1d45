/* diag.c: error and warning output in file:line:column form. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "diag.h"
#include "i18n.h"
#include "progress.h"
#include "strbuf.h"
#include "term.h"

static unsigned n_errors;
static unsigned n_warnings;
static unsigned n_failures;   /* usage and I/O errors */
static int verbosity;   /* -1 quiet, 0 normal, 1 verbose */
static int silent;      /* nothing printed, errors included */

enum kind { KIND_ERROR, KIND_WARNING, KIND_NOTE };

/* The whole line is formatted first and written with one fwrite: stderr is
 * unbuffered, and a build's --verbose prints a line per edition. */
static void vreport(const char *file, long line, long column,
		    enum kind which, const char *fmt, va_list ap)
{
	int colour = term_color(stderr);
	const char *kind = which == KIND_ERROR ? _("error")
		: which == KIND_WARNING ? _("warning") : _("note");
	const char *on = which == KIND_ERROR ? term_red(colour)
		: which == KIND_WARNING ? term_yellow(colour) : "";
	struct strbuf text = STRBUF_INIT;

	if (silent)
		return;
	fflush(stdout);
	progress_clear();
	strbuf_addstr(&text, file ? file : "folio");
	if (line > 0)
		strbuf_addf(&text, ":%ld", line);
	if (line > 0 && column > 0)
		strbuf_addf(&text, ":%ld", column);
	strbuf_addf(&text, ": %s%s%s: ", on, kind, *on ? term_reset(colour) : "");
	strbuf_vaddf(&text, fmt, ap);
	strbuf_addch(&text, '\n');
	fwrite(text.buf, 1, text.len, stderr);
	strbuf_release(&text);
}

int diag_error(const char *file, long line, long column, const char *fmt, ...)
{
	va_list ap;

	n_errors++;
	va_start(ap, fmt);
	vreport(file, line, column, KIND_ERROR, fmt, ap);
	va_end(ap);
	return -1;
}

int diag_io_error(const char *file, long line, long column, const char *fmt, ...)
{
	va_list ap;

	n_errors++;
	n_failures++;
	va_start(ap, fmt);
	vreport(file, line, column, KIND_ERROR, fmt, ap);
	va_end(ap);
	return -1;
}

void diag_warning(const char *file, long line, long column, const char *fmt, ...)
{
	va_list ap;

	n_warnings++;
	if (verbosity < 0)
		return;
	va_start(ap, fmt);
	vreport(file, line, column, KIND_WARNING, fmt, ap);
	va_end(ap);
}

void diag_note(const char *file, long line, long column, const char *fmt, ...)
{
	va_list ap;

	if (verbosity < 0)
		return;
	va_start(ap, fmt);
	vreport(file, line, column, KIND_NOTE, fmt, ap);
	va_end(ap);
}

void diag_verbose(const char *file, const char *fmt, ...)
{
	va_list ap;

	if (verbosity <= 0)
		return;
	va_start(ap, fmt);
	vreport(file, 0, 0, KIND_NOTE, fmt, ap);
	va_end(ap);
}

int diag_usage(const char *command, const char *fmt, ...)
{
	va_list ap;

	n_errors++;
	n_failures++;
	fflush(stdout);
	progress_clear();
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

int diag_set_silent(int on)
{
	int was = silent;

	silent = on;
	return was;
}

void diag_set_quiet(int on)
{
	verbosity = on ? -1 : 0;
}

void diag_set_verbosity(int level)
{
	verbosity = level;
}

int diag_verbosity(void)
{
	return verbosity;
}
