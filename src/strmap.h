/* strmap.h: a string-to-string hash map (open addressing, FNV-1a). */
#ifndef FOLIO_STRMAP_H
#define FOLIO_STRMAP_H

#include <stddef.h>

struct strmap {
	char **keys, **values;
	size_t size, count;
};

void strmap_init(struct strmap *map);
void strmap_release(struct strmap *map);
/* Copies key and value; an existing key keeps its first value.  Returns 1
 * when key was new, 0 when it was there already. */
int strmap_put(struct strmap *map, const char *key, const char *value);
/* Borrowed, or NULL. */
const char *strmap_get(const struct strmap *map, const char *key);

#endif
