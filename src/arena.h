/* arena.h: many small allocations freed at once.  The ITS annotation of a
 * document lives in one arena and goes away with it. */
#ifndef FOLIO_ARENA_H
#define FOLIO_ARENA_H

#include <stddef.h>

struct arena_block;
struct arena {
	struct arena_block *head;
	size_t used;      /* bytes used in head */
	size_t size;      /* bytes available in head */
	size_t grown;     /* blocks made so far: each is twice the last, up to
	                     a cap, so that a template of 100,000 messages
	                     takes a few hundred blocks, not thousands */
};

#define ARENA_INIT { NULL, 0, 0, 0 }

/* Zero-filled, aligned for any type; lives until arena_release. */
void *arena_alloc(struct arena *arena, size_t size);
char *arena_strdup(struct arena *arena, const char *s);
void arena_release(struct arena *arena);

#endif
