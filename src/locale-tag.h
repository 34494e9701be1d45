/* locale-tag.h: language tags as users type them (BCP 47 "pt-BR", POSIX
 * "pt_BR.UTF-8", gettext's "sr@latin") parsed once into every form folio
 * needs: BCP 47 for HTML, ICU's id for formatters, gettext's name for
 * catalogs.
 *
 * Every tag that enters folio (po/LINGUAS, --locale, init, a catalog's
 * file name) passes locale_tag_check before it becomes part of a path or
 * reaches ICU: ICU crashes on some malformed ids, and "../x" in LINGUAS
 * must not write outside the output folder. */
#ifndef FOLIO_LOCALE_TAG_H
#define FOLIO_LOCALE_TAG_H

#include "strbuf.h"

/* 0 when tag is a well-formed language tag, optionally with a POSIX
 * codeset and modifier ("sr_RS.UTF-8@latin"): subtags of letters and
 * digits, at most 8 each, the first 2-3 or 5-8 letters, all of it parsed
 * by ICU's BCP 47 parser, no path characters.  Else -1, with the reason
 * appended to err when err is not NULL. */
int locale_tag_check(const char *tag, struct strbuf *err);

/* The articles' language when neither folio.conf nor their xml:lang
 * says otherwise. */
#define FOLIO_DEFAULT_SOURCE_LANGUAGE "en"

/* A language tag parsed once, in every form folio needs. */
struct locale {
	char *tag;       /* canonical BCP 47: HTML lang and hreflang ("sr-Latn-RS",
	                    "en-US-u-nu-arab") */
	char *icu;       /* ICU's id, keywords and all, for every formatter
	                    ("sr_Latn_RS", "en_US@numbers=arab"); "" is the root */
	char *name;      /* gettext's name: the catalog LANG.po and the header's
	                    Language ("sr_RS@latin", "zh_Hant", "pt_BR") */
	char *dir;       /* the editions' folder: name, and the tag's -u- extension
	                    when it has one ("en_US-u-nu-arab") */
	char *chain[2];  /* the catalogs to look in, most specific first: name,
	                    then name without its region; never without script */
	size_t n_chain;
	int known;       /* ICU has data for its language (and script) */
};

/* Parses text (BCP 47 "sr-Latn-RS", "en-US-u-nu-arab", or gettext's
 * "sr_RS@latin", "pt_BR.UTF-8") after locale_tag_check.  Script modifiers
 * map to scripts (@latin is Latn, @cyrillic Cyrl), so "sr@latin" and
 * "sr-Latn" are one locale.  Returns 0, or -1 with the reason appended to
 * err (not a tag).  A tag whose language ICU has no data for parses, with
 * known 0: the caller decides.  Release with locale_release. */
int locale_parse(const char *text, struct locale *loc, struct strbuf *err);
void locale_release(struct locale *loc);
/* Leaves only the locale's own catalog in its chain: no language-only
 * fallback (folio.conf's "fallback = source"). */
void locale_drop_fallback(struct locale *loc);
/* Formats as ICU's root locale: for a tag ICU does not know, when the user
 * asked for it. */
void locale_use_root(struct locale *loc);

#endif
