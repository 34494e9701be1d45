/* test-hash-index.c: records found by their hash, in the order they came,
 * through growth and collisions. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>

#include "hash-index.h"
#include "tap.h"

/* The records of hash h, in walk order, into out; their count. */
static size_t walk_all(const struct hash_index *ix, uint64_t h, size_t *out, size_t max)
{
	struct hash_index_walk w;
	size_t n = 0, r;

	hash_index_walk(ix, h, &w);
	while (hash_index_next(ix, &w, &r) && n < max)
		out[n++] = r;
	return n;
}

int main(void)
{
	struct hash_index ix;
	size_t found[8], r;
	struct hash_index_walk w;

	hash_index_init(&ix);
	hash_index_walk(&ix, 42, &w);
	ok(!hash_index_next(&ix, &w, &r), "an empty index finds nothing");

	/* Many records, so that the index grows several times; every hash
	 * but the duplicated one is distinct. */
	const size_t n = 50000;
	int all = 1;
	for (size_t i = 0; i < n; i++)
		all &= hash_index_add(&ix, UINT64_C(0x9e3779b97f4a7c15) * (i + 1)) == i;
	ok(all, "records are numbered in the order they are added");
	all = 1;
	for (size_t i = 0; i < n; i++)
		all &= walk_all(&ix, UINT64_C(0x9e3779b97f4a7c15) * (i + 1), found, 8) == 1
		       && found[0] == i;
	ok(all, "each of %zu records is found by its hash, alone", n);
	ok(walk_all(&ix, 7, found, 8) == 0, "a hash never added finds nothing");

	/* The same hash three times, with a hash that shares its low bits
	 * (the same home slot) between them. */
	uint64_t same = UINT64_C(0x1234567800000abc), near = UINT64_C(0x8765432100000abc);
	size_t a = hash_index_add(&ix, same), b = hash_index_add(&ix, near);
	size_t c = hash_index_add(&ix, same), d = hash_index_add(&ix, same);
	ok(walk_all(&ix, same, found, 8) == 3 && found[0] == a && found[1] == c && found[2] == d,
	   "records of one hash come out in the order they were added");
	ok(walk_all(&ix, near, found, 8) == 1 && found[0] == b,
	   "a hash sharing the home slot and the low half is told apart");
	for (size_t i = 0; i < 3 * n; i++)
		hash_index_add(&ix, UINT64_C(0xc2b2ae3d27d4eb4f) * (i + 1));
	ok(walk_all(&ix, same, found, 8) == 3 && found[0] == a && found[1] == c && found[2] == d,
	   "and still after the index grew");
	hash_index_release(&ix);
	return done_testing();
}
