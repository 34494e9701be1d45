/* extract-its.h: what the ITS data categories beyond Translate and
 * Localization Note give a template.  ID Value becomes the msgctxt where
 * gettext's contextRule gives none, so equal sentences in different places
 * keep their own translations and fuzzy matching cannot cross them;
 * Terminology, Domain and Locale Filter become extracted comments, which
 * every msgmerge carries over from the template, and so do Storage Size and
 * Allowed Characters, which folio check tests translations against. */
#ifndef FOLIO_EXTRACT_ITS_H
#define FOLIO_EXTRACT_ITS_H

#include <libxml/tree.h>

#include "strbuf.h"

/* How the constraints start their "#." lines:
 *   its:storageSize=25 storageEncoding=UTF-8 lineBreakType=lf
 *   its:allowedCharacters=[a-zA-Z ] */
#define FOLIO_ITS_STORAGE_SIZE_MARK "its:storageSize="
#define FOLIO_ITS_ALLOWED_CHARACTERS_MARK "its:allowedCharacters="

/* Appends text as one comment line, whitespace collapsed; nothing when
 * it is blank. */
void extract_comment_line(struct strbuf *comments, const char *text);
/* The msgctxt of a unit, or NULL: gettext's context, else its ID value.
 * Borrowed: valid while the annotation is. */
const char *extract_context(const xmlNode *unit);
/* Appends the unit's terms (with their information), its domain and the
 * languages it is for, one "#." line each. */
void extract_its_comments(const xmlNode *unit, struct strbuf *comments);

#endif
