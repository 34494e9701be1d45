/* diag.h: every message folio prints about input goes through here, in the
 * form compilers use, so that editors and CI can jump to the place:
 *
 *     file:line:column: error: message
 *
 * A line or column of 0 is left out; a NULL file prints the program name. */
#ifndef FOLIO_DIAG_H
#define FOLIO_DIAG_H

/* The process exit codes, one meaning each. */
enum folio_exit {
	FOLIO_EXIT_OK = 0,
	FOLIO_EXIT_FINDING = 1,   /* input invalid, check failed */
	FOLIO_EXIT_FAILURE = 2,   /* usage or I/O error */
};

/* Prints an error and counts it; returns -1 so callers can write
 * `return diag_error(...)`. */
int diag_error(const char *file, long line, long column, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* The same for an error of the system rather than the input: a file that
 * cannot be read or written, a full disk.  It makes the exit status 2. */
int diag_io_error(const char *file, long line, long column, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_warning(const char *file, long line, long column, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_note(const char *file, long line, long column, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* An error about the command line: "folio CMD: message" and a hint. */
int diag_usage(const char *command, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

unsigned diag_error_count(void);
/* The exit status the errors so far call for: FOLIO_EXIT_FAILURE after a
 * usage or I/O error, else FOLIO_EXIT_FINDING after any error, else
 * FOLIO_EXIT_OK; never less than at_least.  Commands end with it, so the
 * rule is kept in one place. */
enum folio_exit diag_exit_status(enum folio_exit at_least);
unsigned diag_warning_count(void);
/* -1 (--quiet): warnings and notes are counted but not printed; 0: they
 * are; 1 (--verbose): diag_verbose's notes too. */
void diag_set_verbosity(int level);
void diag_set_quiet(int quiet);   /* diag_set_verbosity(quiet ? -1 : 0) */
/* Prints nothing at all, errors included, while on: for work done twice,
 * whose findings the second pass reports.  Returns what it was. */
int diag_set_silent(int on);
int diag_verbosity(void);
/* A note on what is being done, printed only when verbose. */
void diag_verbose(const char *file, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
