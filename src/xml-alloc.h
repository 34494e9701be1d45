/* xml-alloc.h: libxml2's small blocks recycled by size (see xml-alloc.c). */
#ifndef FOLIO_XML_ALLOC_H
#define FOLIO_XML_ALLOC_H

/* Makes libxml2 allocate through the recycling lists; called before any
 * other libxml2 call. */
void xml_alloc_install(void);

/* Gives the recycled blocks back to glibc (from the installing thread). */
void xml_alloc_release(void);

#endif
