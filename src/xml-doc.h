/* xml-doc.h: loading XML safely.  Every document folio reads, source or
 * rules, comes through here: no network, no external entities, no DTD
 * loading, libxml2's amplification limits kept, and every parser message
 * reported as file:line:column through diag. */
#ifndef FOLIO_XML_DOC_H
#define FOLIO_XML_DOC_H

#include <libxml/tree.h>

/* Parses path.  Returns the document (free with xmlFreeDoc) or NULL after
 * reporting why; a document with any parse error is rejected whole. */
xmlDoc *xml_doc_load(const char *path);
/* The same from memory; name is used in messages and as the base URL. */
xmlDoc *xml_doc_parse(const char *data, size_t len, const char *name);

/* The same for a document that is only read, never changed (extraction,
 * folio explain): libxml2 keeps short texts inside their nodes
 * (XML_PARSE_COMPACT), fewer allocations, and a tree that must not be
 * modified. */
xmlDoc *xml_doc_load_read_only(const char *path);

/* The same, keeping CDATA sections as they are: for documents that are
 * written back out. */
xmlDoc *xml_doc_parse_keeping_cdata(const char *data, size_t len, const char *name);

/* Reads path whole and hands it to parse (xml_doc_parse, html_doc_parse);
 * reports a file that cannot be read or is too large. */
xmlDoc *xml_doc_read(const char *path,
		     xmlDoc *(*parse)(const char *data, size_t len, const char *name));

/* Installs the deny-all external entity loader; idempotent. */
void xml_doc_init(void);

#endif
