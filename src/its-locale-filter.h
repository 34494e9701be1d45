/* its-locale-filter.h: does a Locale Filter let a unit into a language?
 * The list holds extended language ranges ("*", "fr", "*-CH", "en-CA"),
 * matched as RFC 4647 extended filtering does, case-insensitively; an
 * empty list matches nothing.  type is "include" or "exclude". */
#ifndef FOLIO_ITS_LOCALE_FILTER_H
#define FOLIO_ITS_LOCALE_FILTER_H

/* True when a unit with this filter belongs in the edition for tag (BCP
 * 47, "pt-BR"). */
int its_locale_filter_allows(const char *list, const char *type, const char *tag);

#endif
