/* locale-tag.h: language tags as users type them (BCP 47 "pt-BR", POSIX
 * "pt_BR.UTF-8") to the form gettext names catalogs with ("pt_BR").
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

/* Appends the gettext form of tag to out: language, then "_REGION" when
 * there is a region; a script subtag is dropped (zh-Hans-CN is zh_CN).
 * Returns -1 without appending when tag fails locale_tag_check. */
int locale_tag_to_gettext(const char *tag, struct strbuf *out);

#endif
