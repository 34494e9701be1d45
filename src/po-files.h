/* po-files.h: the catalogs named on a command line: PO files, and folders
 * searched recursively for *.po, in a stable (sorted) order. */
#ifndef FOLIO_PO_FILES_H
#define FOLIO_PO_FILES_H

#include <stddef.h>

struct po_files {
	char **paths;
	size_t n_paths, alloc;
};

/* Adds path (a file, or a folder to search).  Reports and returns -1 when
 * it does not exist. */
int po_files_add(struct po_files *files, const char *path);
/* Sorts the list; call once after adding. */
void po_files_sort(struct po_files *files);
void po_files_release(struct po_files *files);

/* "fr" for ".../fr.po"; "" when the name is not LANG.po.  Borrowed. */
const char *po_files_language(const char *path, char *buf, size_t size);
/* The folder name of ".../DOMAIN/fr.po".  Borrowed into buf. */
const char *po_files_domain(const char *path, char *buf, size_t size);

#endif
