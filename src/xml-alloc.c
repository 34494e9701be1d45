/* xml-alloc.c: libxml2's small blocks recycled, size class by size class.
 *
 * A document is a tree of a few hundred to a hundred thousand blocks of
 * under 512 bytes (nodes, names, texts), all freed together by
 * xmlFreeDoc just before the next document makes the same blocks again.
 * glibc keeps only 7 freed blocks of a size at hand (its tcache); the
 * rest go to its fast bins, which the next large request consolidates:
 * in profiles a tenth of extraction and of rendering was malloc and free
 * working through them.  Here a freed block goes on a list of its size,
 * which the next request of that size takes from, so that a document is
 * built in the blocks the last one left.
 *
 * Every block is still glibc's, of a size malloc_usable_size tells, so a
 * block may be freed by free() and one from malloc() by xmlFree().  The
 * lists hold at most CACHED_MOST bytes; past that, blocks go back to
 * glibc.  They belong to the thread that installed them: on any other
 * thread every call goes straight to glibc.  So does every call under
 * AddressSanitizer, or with FOLIO_XML_MALLOC=system in the environment
 * (what make check-valgrind sets), so that those tools see every block
 * freed and can tell a use after it. */
#include <config.h>

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlmemory.h>

#include "xml-alloc.h"

#if defined(__SANITIZE_ADDRESS__)
#define WITH_CACHE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WITH_CACHE 0
#endif
#endif
#ifndef WITH_CACHE
#define WITH_CACHE 1
#endif

/* glibc's chunks are multiples of 16 bytes with an 8-byte header: usable
 * sizes are 24, 40, 56, ... 16k + 8.  Class k holds blocks of 16k + 8. */
enum { LARGEST = 16 * 32 + 8, CLASSES = 33, CACHED_MOST = 64 << 20 };

struct free_block {
	struct free_block *next;
};

static struct free_block *lists[CLASSES];
static size_t cached_bytes;
/* Set on the thread that installed the lists: a read of one byte where
 * pthread_self() and pthread_equal() would be two calls per block. */
static _Thread_local unsigned char owning;

static size_t class_of_request(size_t n)
{
	return n <= 24 ? 1 : (n - 8 + 15) >> 4;
}

static void *cached_malloc(size_t n)
{
	if (n > LARGEST || !owning)
		return malloc(n);
	size_t k = class_of_request(n);
	struct free_block *block = lists[k];
	if (!block)
		return malloc(16 * k + 8);
	lists[k] = block->next;
	cached_bytes -= 16 * k + 8;
	return block;
}

static void cached_free(void *p)
{
	if (!p)
		return;
	size_t usable = owning ? malloc_usable_size(p) : 0;
	if (usable < 24 || usable > LARGEST || cached_bytes + usable > CACHED_MOST) {
		free(p);
		return;
	}
	size_t k = (usable - 8) >> 4;
	struct free_block *block = p;
	block->next = lists[k];
	lists[k] = block;
	cached_bytes += 16 * k + 8;
}

static char *cached_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *copy = cached_malloc(n);

	return copy ? memcpy(copy, s, n) : NULL;
}

static int installed;

void xml_alloc_install(void)
{
	const char *choice = getenv("FOLIO_XML_MALLOC");

	if (!WITH_CACHE || (choice && strcmp(choice, "system") == 0))
		return;
	owning = 1;
	if (xmlMemSetup(cached_free, cached_malloc, realloc, cached_strdup) == 0)
		installed = 1;
}

void xml_alloc_release(void)
{
	if (!installed || !owning)
		return;
	for (size_t k = 0; k < CLASSES; k++)
		while (lists[k]) {
			struct free_block *block = lists[k];
			lists[k] = block->next;
			free(block);
		}
	cached_bytes = 0;
}
