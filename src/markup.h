/* markup.h: inline markup as text.  An extracted message keeps the inline
 * elements of its source (<em>, <a href="...">) as markup, the way
 * xgettext and itstool write them, so that the renderer can put them back. */
#ifndef FOLIO_MARKUP_H
#define FOLIO_MARKUP_H

#include <libxml/tree.h>

#include "strbuf.h"

/* Appends the content of element (its children, not its own tags) to out.
 * Text is escaped (& < > become entities) unless escape is 0; attribute
 * values are always escaped.  Comments and processing instructions are
 * left out. */
void markup_serialise_children(struct strbuf *out, const xmlNode *element, int escape);

/* "<name attr=\"value\"" without the closing '>' (so callers can end it
 * with '>' or "/>"), and "</name>". */
void markup_open_tag(struct strbuf *out, const xmlNode *element);
void markup_close_tag(struct strbuf *out, const xmlNode *element);

/* Appends the names of the elements in the node list starting at first
 * and below it, sorted and space-separated: two fragments with the same
 * elements in another order give the same string. */
void markup_element_names(const xmlNode *first, struct strbuf *out);

/* Appends text escaped for XML character data (in_attribute also escapes
 * the double quote and the whitespace characters an attribute would
 * normalise). */
void markup_escape(struct strbuf *out, const char *text, int in_attribute);

#endif
