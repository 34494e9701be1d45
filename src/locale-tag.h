/* locale-tag.h: language tags as users type them (BCP 47 "pt-BR", POSIX
 * "pt_BR.UTF-8") to the form gettext names catalogs with ("pt_BR"). */
#ifndef FOLIO_LOCALE_TAG_H
#define FOLIO_LOCALE_TAG_H

#include "strbuf.h"

/* Appends the gettext form of tag to out: language, then "_REGION" when
 * there is a region; a script subtag is dropped (zh-Hans-CN is zh_CN).
 * Returns -1 without appending when tag is not a language tag. */
int locale_tag_to_gettext(const char *tag, struct strbuf *out);

#endif
