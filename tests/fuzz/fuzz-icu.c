/* fuzz-icu.c: a translator's ICU MessageFormat pattern, as folio check and
 * the renderers see it.  The first byte of the input picks the catalog's
 * language from the project's list; the rest is the msgstr.  The pattern's
 * argument names are scanned (folio's own scanner, which also sees msgids
 * that were never parsed), ICU parses it, and a pattern that parses has its
 * plural selectors checked against the language and is formatted through
 * fmt_message with every argument it names, bound alternately to a number
 * and to a string.
 *
 * A bug is any crash, sanitizer report or leak.  A parse error is an
 * ordinary outcome, and so is fmt_message giving NULL (an argument of a type
 * the pattern does not take).
 */
#include <config.h>

#include <string.h>

#include "fmt-message.h"
#include "fuzz.h"
#include "icu-pattern.h"
#include "strbuf.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

/* Formats pattern with each of the space-separated names bound. */
static void format_with(const char *locale, const char *pattern, const char *names)
{
	struct fmt_arg args[16];
	size_t n_args = 0;
	char *copy = strdup(names);
	char *save = NULL;

	if (!copy)
		abort();
	for (char *name = strtok_r(copy, " ", &save); name && n_args < 16;
	     name = strtok_r(NULL, " ", &save)) {
		args[n_args] = (struct fmt_arg){ name, n_args % 2 ? "text" : NULL, 1.0 + n_args };
		n_args++;
	}
	free(fmt_message(locale, pattern, args, n_args));
	/* A number where the pattern may want a string and the other way. */
	for (size_t i = 0; i < n_args; i++)
		args[i].text = args[i].text ? NULL : "21";
	free(fmt_message(locale, pattern, args, n_args));
	free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *locale = fuzz_locales[data[0] % FUZZ_N_LOCALES];
	char *pattern = fuzz_string(data + 1, size - 1);
	struct strbuf names = STRBUF_INIT, err = STRBUF_INIT;
	long column = 0;

	icu_pattern_arguments(pattern, &names);
	if (icu_pattern_parse(pattern, locale, &column, &err) == 0) {
		icu_pattern_check_plurals(pattern, locale, &err);
		format_with(locale, pattern, names.buf);
	}
	/* fmt_message keeps every pattern it parsed: start afresh each time. */
	fmt_message_cleanup();
	strbuf_release(&names);
	strbuf_release(&err);
	free(pattern);
	return 0;
}
