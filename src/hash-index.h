/* hash-index.h: an index from 64-bit hashes to the numbers of the records
 * of a dense array, for tables of tens of thousands of records (a build's
 * manifest and stat cache, a template's messages) where a map of string keys would copy every
 * key and miss the cache on every probe.
 *
 * Records are numbered 0, 1, ... in the order they are added; the index
 * keeps only their hashes, so the caller compares the records a hash
 * leads to (a walk may also give, once in four billion, a record whose
 * hash shares the high half of the one asked for).  Records with the same hash come out of a walk in the order
 * they were added, so "the first one added wins" holds as with strmap. */
#ifndef FOLIO_HASH_INDEX_H
#define FOLIO_HASH_INDEX_H

#include <stddef.h>
#include <stdint.h>

struct hash_index {
	uint64_t *slots;     /* the hash's high half << 32 | record + 1; 0: free */
	uint64_t *hashes;    /* per record */
	size_t size, count, alloc;
};

/* Where a walk over the records of one hash stands. */
struct hash_index_walk {
	uint64_t hash;
	size_t slot;
};

/* An empty index (zeroing the struct does the same). */
void hash_index_init(struct hash_index *ix);
void hash_index_release(struct hash_index *ix);

/* Adds the next record, of hash h; returns its number. */
size_t hash_index_add(struct hash_index *ix, uint64_t h);

/* Starts a walk over the records of hash h; each hash_index_next gives
 * one in *record and returns 1, then 0 once there is none left. */
void hash_index_walk(const struct hash_index *ix, uint64_t h, struct hash_index_walk *w);
int hash_index_next(const struct hash_index *ix, struct hash_index_walk *w, size_t *record);

#endif
