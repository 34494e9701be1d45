/* pseudo.h: pseudo-locales, made from the source text without catalogs, so
 * that a layout can be tried before any translator starts (Android's en-XA
 * and ar-XB):
 *
 *   en-XA  every ASCII letter accented, words made about 40% longer by
 *          repeating their vowels, the unit in brackets so that clipping
 *          shows: "[Ŝééẋ šĥööûļð ƀéé]";
 *   ar-XB  the text presented right to left: the unit inside U+200F RLM,
 *          U+202E RLO ... U+202C PDF, U+200F RLM, so that a right-to-left
 *          layout can be tried with Latin text.
 *
 * Only text changes: markup, entity references and ICU MessageFormat
 * syntax stay byte for byte.  The transliterator is opened on first use
 * and kept until pseudo_cleanup. */
#ifndef FOLIO_PSEUDO_H
#define FOLIO_PSEUDO_H

#include "strbuf.h"

/* True for a tag folio treats as a pseudo-locale ("en-XA", "en_XA",
 * "ar-XB", "ar_XB"; letter case does not matter). */
int pseudo_is_pseudo(const char *tag);

/* The real locale whose ICU formatting a pseudo-locale uses: "en" for
 * en-XA, "ar" for ar-XB; NULL for others.  A static string. */
const char *pseudo_formatting_locale(const char *tag);

/* Appends the pseudo-translation of msgid for tag to out.  msgid is a unit
 * as folio extracts it: text with inline XML markup (<em>..</em>,
 * <a href="...">..</a>, <br/>, entities such as &amp;) and, when is_icu is
 * set, an ICU MessageFormat pattern
 * ("{minutes, plural, one {# min read} other {# min read}}").
 *
 * Only text is transformed: element names, attributes, entity references,
 * ICU argument names, types, styles, selectors, '#' and quoted ICU syntax
 * stay byte for byte, so the result has the msgid's elements
 * (markup_element_names) and, for ICU, the same arguments
 * (icu_pattern_arguments) and plural selectors, and still parses with ICU.
 * In ar-XB the values of ICU arguments ({n}, '#') are taken out of the
 * override again, so that a number keeps its own digit order.  Arguments
 * nested deeper than FOLIO_ICU_MAX_DEPTH are copied as they are.
 *
 * For a tag that is not a pseudo-locale msgid is appended unchanged.
 * Returns 0, or -1 when the transliterator cannot be opened (reported
 * through diag; out is then unchanged). */
int pseudo_translate(const char *tag, const char *msgid, int is_icu, struct strbuf *out);

/* Closes the transliterators kept open.  pseudo_translate opens them again
 * when it is called afterwards. */
void pseudo_cleanup(void);

#endif
