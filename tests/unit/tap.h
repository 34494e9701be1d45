/* tap.h: the Test Anything Protocol in a few lines, for the C unit tests.
 * ok() prints "ok N - title" or "not ok N - title"; done_testing() prints the
 * plan and returns the exit status. */
#ifndef FOLIO_TAP_H
#define FOLIO_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count, tap_failed;

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_str(got, want, title) tap_is_str((got), (want), __FILE__, __LINE__, (title))

__attribute__((format(printf, 4, 5)))
static int tap_ok(int pass, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	printf("%s %d - ", pass ? "ok" : "not ok", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!pass) {
		tap_failed++;
		printf("#   failed at %s:%d\n", file, line);
	}
	return pass;
}

static inline int tap_is_str(const char *got, const char *want, const char *file, int line,
			     const char *title)
{
	int pass = got && want && strcmp(got, want) == 0;

	if (!tap_ok(pass, file, line, "%s", title))
		printf("#   got:  '%s'\n#   want: '%s'\n", got ? got : "(null)", want ? want : "(null)");
	return pass;
}

static inline int done_testing(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
