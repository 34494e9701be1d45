/* arena.c: a bump allocator over a list of blocks. */
#include <config.h>

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

struct arena_block {
	struct arena_block *next;
	alignas(max_align_t) unsigned char data[];
};

enum { ARENA_BLOCK_SIZE = 32768, ARENA_MAX_DOUBLINGS = 6 };   /* 32 KB to 2 MB */

/* size bytes, aligned for any type, not zeroed. */
static void *bump(struct arena *arena, size_t size)
{
	size_t align = alignof(max_align_t);

	size = (size + align - 1) & ~(align - 1);
	if (!arena->head || arena->used + size > arena->size) {
		size_t doublings = arena->grown < ARENA_MAX_DOUBLINGS ? arena->grown
								     : ARENA_MAX_DOUBLINGS;
		size_t block_size = (size_t)ARENA_BLOCK_SIZE << doublings;
		size_t capacity = size > block_size ? size : block_size;
		struct arena_block *block = xmalloc(sizeof(*block) + capacity);
		block->next = arena->head;
		arena->head = block;
		arena->used = 0;
		arena->size = capacity;
		arena->grown++;
	}
	void *result = arena->head->data + arena->used;
	arena->used += size;
	return result;
}

void *arena_alloc(struct arena *arena, size_t size)
{
	void *result = bump(arena, size);

	memset(result, 0, size);
	return result;
}

char *arena_strdup(struct arena *arena, const char *s)
{
	size_t len = strlen(s);
	char *copy = bump(arena, len + 1);

	memcpy(copy, s, len + 1);
	return copy;
}

void arena_release(struct arena *arena)
{
	struct arena_block *block = arena->head;

	while (block) {
		struct arena_block *next = block->next;
		free(block);
		block = next;
	}
	arena->head = NULL;
	arena->used = arena->size = arena->grown = 0;
}
