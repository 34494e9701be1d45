/* icu-ask.c: prints what ICU itself says for one formatting request, so
 * that the shell tests compute their expectations from ICU on this machine
 * instead of hand-typed strings (ICU versions differ: see
 * LIBRARY-NOTES.md).  It asks through tests/icu-oracle.c, never through
 * folio's src/fmt.c, which is what the tests check.  A test helper, built
 * by make check and not installed.
 *
 * Usage: icu-ask REQUEST LOCALE ARGUMENT...; exit 0 with the answer on
 * stdout, 1 when ICU reports an error, 2 for a bad request. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uclean.h>
#include <unicode/uloc.h>

#include "icu-oracle.h"

enum ask_exit {
	ASK_OK = 0,
	ASK_ICU_ERROR = 1,
	ASK_FAILURE = 2,   /* usage or I/O error, as folio's own */
};

static const char usage[] =
	"usage: icu-ask date LOCALE YYYY-MM-DD    yMMMd, UTC\n"
	"       icu-ask integer LOCALE N           default numbering system\n"
	"       icu-ask list LOCALE ITEM...        and, wide\n"
	"       icu-ask upper LOCALE TEXT\n"
	"       icu-ask plural LOCALE N            cardinal plural category\n"
	"       icu-ask quotes LOCALE              open and close marks, one a line\n"
	"       icu-ask inner-quotes LOCALE        the same for a quotation inside another\n"
	"       icu-ask columns LOCALE < TEXT      widest line, in grapheme-cluster columns\n"
	"       icu-ask visual LOCALE < TEXT       each line in display order (ubidi)\n"
	"       icu-ask paper LOCALE               paper width and height in mm\n"
	"       icu-ask underfull LOCALE WIDTH UNWRAPPED < TEXT\n"
	"                                          lines broken before they were full\n";

/* Prints answer and frees it; NULL is ICU's error. */
static int print_answer(char *answer)
{
	if (!answer) {
		fputs("icu-ask: ICU reports an error\n", stderr);
		return ASK_ICU_ERROR;
	}
	puts(answer);
	free(answer);
	return ASK_OK;
}

static int bad_argument(const char *argument)
{
	fprintf(stderr, "icu-ask: bad argument '%s'\n", argument);
	return ASK_FAILURE;
}

static int ask_date(const char *locale, char **args, int n_args)
{
	int year, month, day, end = 0;

	(void)n_args;
	if (sscanf(args[0], "%4d-%2d-%2d%n", &year, &month, &day, &end) != 3 || args[0][end])
		return bad_argument(args[0]);
	return print_answer(oracle_date(locale, year, month, day));
}

static int ask_integer(const char *locale, char **args, int n_args)
{
	char *end;

	(void)n_args;
	errno = 0;
	long value = strtol(args[0], &end, 10);
	if (errno || end == args[0] || *end)
		return bad_argument(args[0]);
	return print_answer(oracle_integer(locale, value));
}

static int ask_list(const char *locale, char **args, int n_args)
{
	return print_answer(oracle_list(locale, (const char *const *)args, (size_t)n_args));
}

static int ask_upper(const char *locale, char **args, int n_args)
{
	(void)n_args;
	return print_answer(oracle_upper(locale, args[0]));
}

static int ask_plural(const char *locale, char **args, int n_args)
{
	char *end;

	(void)n_args;
	errno = 0;
	double number = strtod(args[0], &end);
	if (errno || end == args[0] || *end)
		return bad_argument(args[0]);
	return print_answer(oracle_plural(locale, number));
}

static int ask_quotes(const char *locale, char **args, int n_args)
{
	(void)args;
	(void)n_args;
	int rc = print_answer(oracle_quote(locale, 0));
	return rc ? rc : print_answer(oracle_quote(locale, 1));
}

/* The widest line of standard input, in grapheme-cluster columns. */
static int ask_columns(const char *locale, char **args, int n_args)
{
	char *line = NULL;
	size_t size = 0;
	ssize_t len;
	long widest = 0;

	(void)args;
	(void)n_args;
	while ((len = getline(&line, &size, stdin)) > 0) {
		if (line[len - 1] == '\n')
			line[len - 1] = '\0';
		long columns = oracle_columns(locale, line);
		if (columns < 0) {
			free(line);
			return print_answer(NULL);
		}
		if (columns > widest)
			widest = columns;
	}
	free(line);
	printf("%ld\n", widest);
	return ASK_OK;
}

/* Does a line of paragraphs hold first, then (with a space or not) second? */
static int continues(const char *paragraphs, const char *first, const char *second)
{
	size_t n = strlen(first);

	for (const char *p = strstr(paragraphs, first); p; p = strstr(p + 1, first)) {
		const char *rest = p + n;
		if (*rest == ' ')
			rest++;
		if (strncmp(rest, second, strlen(second)) == 0 && !memchr(p, '\n', (size_t)(rest - p)))
			return 1;
	}
	return 0;
}

/* Lines of a wrapped text (standard input) that were broken early: the
 * next line of the same paragraph (as the unwrapped text in the file
 * args[1] shows) would have lent its first segment, with a space, within
 * width columns. */
static int ask_underfull(const char *locale, char **args, int n_args)
{
	char *line = NULL, *previous = NULL, *paragraphs = NULL;
	size_t size = 0, paragraphs_size = 0;
	ssize_t len;
	long width = atol(args[0]), count = 0, previous_columns = 0;
	FILE *unwrapped = fopen(args[1], "r");

	(void)n_args;
	if (!unwrapped || getdelim(&paragraphs, &paragraphs_size, '\0', unwrapped) < 0) {
		perror(args[1]);
		return ASK_FAILURE;
	}
	fclose(unwrapped);
	while ((len = getline(&line, &size, stdin)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		const char *body = line + strspn(line, " ");
		if (previous && *body && continues(paragraphs, previous + strspn(previous, " "), body)) {
			char *segment = oracle_first_segment(locale, body);
			long lent = segment ? oracle_columns(locale, segment) : -1;
			if (lent > 0 && previous_columns + 1 + lent <= width) {
				count++;
				fprintf(stderr, "underfull (%ld + %ld): %s\n", previous_columns, lent,
					previous);
			}
			free(segment);
		}
		free(previous);
		previous = *body ? strdup(line) : NULL;
		previous_columns = previous ? oracle_columns(locale, line) : 0;
	}
	free(line);
	free(previous);
	free(paragraphs);
	printf("%ld\n", count);
	return ASK_OK;
}

/* Each line of standard input in display order. */
static int ask_visual(const char *locale, char **args, int n_args)
{
	char *line = NULL;
	size_t size = 0;
	ssize_t len;
	int rc = ASK_OK;

	(void)locale;
	(void)args;
	(void)n_args;
	while (rc == ASK_OK && (len = getline(&line, &size, stdin)) > 0) {
		if (line[len - 1] == '\n')
			line[len - 1] = '\0';
		rc = print_answer(oracle_visual(line));
	}
	free(line);
	return rc;
}

static int ask_inner_quotes(const char *locale, char **args, int n_args)
{
	(void)args;
	(void)n_args;
	int rc = print_answer(oracle_alt_quote(locale, 0));
	return rc ? rc : print_answer(oracle_alt_quote(locale, 1));
}

static int ask_paper(const char *locale, char **args, int n_args)
{
	(void)args;
	(void)n_args;
	return print_answer(oracle_paper(locale));
}

static const struct request {
	const char *name;
	int min_args, max_args;        /* after the locale */
	int (*ask)(const char *locale, char **args, int n_args);
} requests[] = {
	{ "date", 1, 1, ask_date },
	{ "integer", 1, 1, ask_integer },
	{ "list", 1, 8, ask_list },
	{ "upper", 1, 1, ask_upper },
	{ "plural", 1, 1, ask_plural },
	{ "quotes", 0, 0, ask_quotes },
	{ "columns", 0, 0, ask_columns },
	{ "inner-quotes", 0, 0, ask_inner_quotes },
	{ "underfull", 2, 2, ask_underfull },
	{ "visual", 0, 0, ask_visual },
	{ "paper", 0, 0, ask_paper },
};

/* A BCP 47 tag ("sr-Latn", "en-US-u-nu-arab") to ICU's id, by ICU's own
 * parser; other forms ("pt_BR") pass as they are. */
static const char *icu_id(const char *locale, char *buf, size_t size)
{
	UErrorCode status = U_ZERO_ERROR;

	if (!strchr(locale, '-'))
		return locale;
	uloc_forLanguageTag(locale, buf, (int32_t)size, NULL, &status);
	return U_SUCCESS(status) ? buf : locale;
}

int main(int argc, char **argv)
{
	int rc = -1;
	char id[ULOC_FULLNAME_CAPACITY];

	for (size_t i = 0; argc >= 3 && i < sizeof(requests) / sizeof(requests[0]); i++) {
		const struct request *request = &requests[i];
		int n_args = argc - 3;
		if (strcmp(argv[1], request->name) == 0 && n_args >= request->min_args
		    && n_args <= request->max_args)
			rc = request->ask(icu_id(argv[2], id, sizeof(id)), argv + 3, n_args);
	}
	if (rc == -1 || rc == ASK_FAILURE) {
		fputs(usage, stderr);
		rc = ASK_FAILURE;
	}
	u_cleanup();   /* ICU's caches, so memory checkers see no leftovers */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("icu-ask: standard output");
		rc = ASK_FAILURE;
	}
	return rc;
}
