/* fmt-message.h: ICU MessageFormat with named arguments.  ICU binds names
 * only through its C++ API, so this one module is C++ behind a C
 * interface (fmt-message.cc). */
#ifndef FOLIO_FMT_MESSAGE_H
#define FOLIO_FMT_MESSAGE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct fmt_arg {
	const char *name;
	const char *text;   /* a string argument, or NULL for a number */
	double number;
};

/* Formats pattern for locale with the arguments; returns the UTF-8 result
 * (free with free()) or NULL when the pattern does not parse or format. */
char *fmt_message(const char *locale, const char *pattern, const struct fmt_arg *args,
		  size_t n_args);
/* Frees the patterns kept parsed per locale. */
void fmt_message_cleanup(void);

#ifdef __cplusplus
}
#endif

#endif
