/* hash-index.c: open addressing with linear probing over packed slots. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "hash-index.h"
#include "xalloc.h"

#define TAG(h) ((h) >> 32)

void hash_index_init(struct hash_index *ix)
{
	memset(ix, 0, sizeof(*ix));
}

void hash_index_release(struct hash_index *ix)
{
	free(ix->slots);
	free(ix->hashes);
	memset(ix, 0, sizeof(*ix));
}

static void place(uint64_t *slots, size_t size, uint64_t h, size_t record)
{
	size_t i = (size_t)h & (size - 1);

	while (slots[i])
		i = (i + 1) & (size - 1);
	slots[i] = TAG(h) << 32 | (uint64_t)(record + 1);
}

/* Twice as many slots, the records placed again in the order they came,
 * so that a walk still gives records of one hash in that order. */
static void grow(struct hash_index *ix)
{
	size_t size = ix->size ? 2 * ix->size : 1024;
	uint64_t *slots = xcalloc(size, sizeof(*slots));

	for (size_t r = 0; r < ix->count; r++)
		place(slots, size, ix->hashes[r], r);
	free(ix->slots);
	ix->slots = slots;
	ix->size = size;
}

size_t hash_index_add(struct hash_index *ix, uint64_t h)
{
	if (ix->count + 1 > UINT32_MAX - 1)
		xalloc_die();   /* record numbers are 32 bits in a slot */
	if (2 * (ix->count + 1) > ix->size)
		grow(ix);
	FOLIO_GROW(ix->hashes, ix->count + 1, ix->alloc);
	ix->hashes[ix->count] = h;
	place(ix->slots, ix->size, h, ix->count);
	return ix->count++;
}

void hash_index_walk(const struct hash_index *ix, uint64_t h, struct hash_index_walk *w)
{
	w->hash = h;
	w->slot = ix->size ? (size_t)h & (ix->size - 1) : 0;
}

int hash_index_next(const struct hash_index *ix, struct hash_index_walk *w, size_t *record)
{
	if (!ix->size)
		return 0;
	for (uint64_t s; (s = ix->slots[w->slot]); ) {
		w->slot = (w->slot + 1) & (ix->size - 1);
		size_t r = (size_t)(s & UINT32_MAX) - 1;
		/* The high half alone: the caller compares the record anyway,
		 * and the full hash would be one more load from memory. */
		if (s >> 32 == TAG(w->hash)) {
			*record = r;
			return 1;
		}
	}
	return 0;
}
