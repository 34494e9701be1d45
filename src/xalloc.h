/* xalloc.h: allocation that cannot fail.  Out of memory is the one error
 * folio does not report and recover from: these print a message and exit. */
#ifndef FOLIO_XALLOC_H
#define FOLIO_XALLOC_H

#include <stddef.h>

/* Each returns memory owned by the caller: free with free(). */
void *xmalloc(size_t size);
void *xcalloc(size_t n_items, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);

/* Out of memory, or more than a table can count: the message, exit 2. */
void xalloc_die(void);

/* Grows *ptr to hold at least n_needed items of item_size bytes,
 * doubling *alloc so that appending stays amortised O(1). */
#define FOLIO_GROW(ptr, n_needed, alloc) \
	((ptr) = xgrow((ptr), (n_needed), &(alloc), sizeof(*(ptr))))
void *xgrow(void *ptr, size_t n_needed, size_t *alloc, size_t item_size);

#endif
