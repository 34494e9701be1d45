/* utf8.h: UTF-8 validity, quickly where the text is ASCII. */
#ifndef FOLIO_UTF8_H
#define FOLIO_UTF8_H

#include <stddef.h>

/* True when s[0, len) is well-formed UTF-8, as libunistring's u8_check
 * says (no overlong forms, surrogates or points past U+10FFFF); runs of
 * ASCII are passed over many bytes at a time (ascii-word.h), the rest
 * checked a character at a time by libunistring. */
int utf8_valid(const char *s, size_t len);

#endif
