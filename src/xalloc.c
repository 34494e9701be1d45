/* xalloc.c: allocation wrappers that exit on out of memory.  This is the
 * documented exception to "only main ends the process": no caller could do
 * anything useful with a NULL here. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "xalloc.h"

void xalloc_die(void)
{
	fprintf(stderr, "folio: %s\n", _("out of memory"));
	exit(2);
}

static void *check(void *ptr)
{
	if (!ptr)
		xalloc_die();
	return ptr;
}

void *xmalloc(size_t size)
{
	return check(malloc(size ? size : 1));
}

void *xcalloc(size_t n_items, size_t size)
{
	return check(calloc(n_items ? n_items : 1, size ? size : 1));
}

void *xrealloc(void *ptr, size_t size)
{
	return check(realloc(ptr, size ? size : 1));
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t len)
{
	char *copy = xmalloc(len + 1);

	memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}

void *xgrow(void *ptr, size_t n_needed, size_t *alloc, size_t item_size)
{
	if (n_needed <= *alloc)
		return ptr;
	size_t n = *alloc ? *alloc : 8;
	while (n < n_needed)
		n *= 2;
	if (n > (size_t)-1 / item_size)
		check(NULL);
	*alloc = n;
	return xrealloc(ptr, n * item_size);
}
