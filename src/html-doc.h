/* html-doc.h: loading HTML safely.  An .html or .htm file (or any file,
 * once html_doc_force is on) is read with libxml2's HTML parser: no
 * network, no DTD, no entities beyond HTML's own.  Its elements are put in
 * the XHTML namespace, as the HTML5 parsing algorithm does, so that ITS
 * selectors (//h:p) and folio's XHTML rules apply unchanged.  HTML is
 * forgiving: the parser's complaints about HTML5 elements it does not
 * know are not errors. */
#ifndef FOLIO_HTML_DOC_H
#define FOLIO_HTML_DOC_H

#include <libxml/tree.h>

/* Parses path as HTML.  Returns the document (free with xmlFreeDoc) or
 * NULL after reporting why. */
xmlDoc *html_doc_load(const char *path);
/* The same from memory; name is used in messages and as the base URL. */
xmlDoc *html_doc_parse(const char *data, size_t len, const char *name);

/* Makes html_doc_wanted true for every file (the --html option). */
void html_doc_force(int on);
/* Is path read as HTML: forced, or named *.html / *.htm? */
int html_doc_wanted(const char *path);

/* An HTML or XML document, as html_doc_wanted says, to be read and not
 * changed (an XML one comes from xml_doc_load_read_only). */
xmlDoc *source_doc_load(const char *path);

#endif
