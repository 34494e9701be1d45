/* diag.c: error and warning output in file:line:column form. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "diag.h"
#include "i18n.h"
#include "progress.h"
#include "term.h"

static unsigned n_errors;
static unsigned n_warnings;
static unsigned n_failures;   /* usage and I/O errors */
static int verbosity;   /* -1 quiet, 0 normal, 1 verbose */
static int silent;      /* nothing printed, errors included */

enum kind { KIND_ERROR, KIND_WARNING, KIND_NOTE };

/* Appends to a line of SIZE bytes; *used becomes SIZE once it is full. */
static void line_append(char *line, size_t size, size_t *used, const char *fmt, ...)
{
	va_list ap;
	int got;

	if (*used >= size)
		return;
	va_start(ap, fmt);
	got = vsnprintf(line + *used, size - *used, fmt, ap);
	va_end(ap);
	*used = got < 0 || (size_t)got >= size - *used ? size : *used + got;
}

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
	const char *off = *on ? term_reset(colour) : "";
	char text[1536];
	size_t n = 0, room = sizeof text - 1;   /* a byte kept for the newline */
	va_list again;
	int got;

	if (silent)
		return;
	fflush(stdout);
	progress_clear();
	line_append(text, room, &n, "%s", file ? file : "folio");
	if (line > 0)
		line_append(text, room, &n, ":%ld", line);
	if (line > 0 && column > 0)
		line_append(text, room, &n, ":%ld", column);
	line_append(text, room, &n, ": %s%s%s: ", on, kind, off);
	va_copy(again, ap);
	got = n < room ? vsnprintf(text + n, room - n, fmt, ap) : -1;
	if (got >= 0 && (size_t)got < room - n) {
		n += got;
		text[n++] = '\n';
		fwrite(text, 1, n, stderr);
	} else {   /* longer than the buffer: piece by piece */
		fprintf(stderr, "%s", file ? file : "folio");
		if (line > 0)
			fprintf(stderr, ":%ld", line);
		if (line > 0 && column > 0)
			fprintf(stderr, ":%ld", column);
		fprintf(stderr, ": %s%s%s: ", on, kind, off);
		vfprintf(stderr, fmt, again);
		fputc('\n', stderr);
	}
	va_end(again);
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
