/* fmt.h: locale formatting through ICU's C API: dates from a skeleton,
 * numbers in the locale's own numbering system, language names, text
 * direction, quotation marks. */
#ifndef FOLIO_FMT_H
#define FOLIO_FMT_H

#include "strbuf.h"

/* An ISO date "YYYY-MM-DD" as the locale writes skeleton yMMMd (UTC).
 * Returns -1 when iso is not a date. */
int fmt_date(const char *locale, const char *iso, struct strbuf *out);
/* An integer in the locale's default numbering system. */
void fmt_integer(const char *locale, long value, struct strbuf *out);
/* The name of language in itself ("français", "日本語"). */
void fmt_language_name(const char *language, struct strbuf *out);
/* True for right-to-left scripts (ar, he). */
int fmt_is_rtl(const char *locale);
/* The locale's opening and closing quotation marks. */
void fmt_quotes(const char *locale, struct strbuf *open, struct strbuf *close);
/* BCP 47 form of a gettext locale ("pt_BR" to "pt-BR"). */
void fmt_bcp47(const char *locale, struct strbuf *out);

#endif
