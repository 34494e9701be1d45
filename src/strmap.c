/* strmap.c: string map for catalog lookups. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "text-hash.h"
#include "xalloc.h"

static uint64_t hash(const char *s)
{
	return text_hash(s, strlen(s), 0);
}

void strmap_init(struct strmap *map)
{
	map->size = 64;
	map->count = 0;
	map->keys = xcalloc(map->size, sizeof(char *));
	map->values = xcalloc(map->size, sizeof(char *));
}

void strmap_release(struct strmap *map)
{
	/* A value lives in its key's allocation (strmap_put). */
	for (size_t i = 0; i < map->size; i++)
		free(map->keys[i]);
	free(map->keys);
	free(map->values);
	memset(map, 0, sizeof(*map));
}

static size_t slot_of(const struct strmap *map, const char *key)
{
	size_t slot = hash(key) & (map->size - 1);

	while (map->keys[slot] && strcmp(map->keys[slot], key) != 0)
		slot = (slot + 1) & (map->size - 1);
	return slot;
}

static void grow(struct strmap *map)
{
	struct strmap bigger = { xcalloc(map->size * 2, sizeof(char *)),
				 xcalloc(map->size * 2, sizeof(char *)), map->size * 2, map->count };

	for (size_t i = 0; i < map->size; i++) {
		if (!map->keys[i])
			continue;
		size_t slot = slot_of(&bigger, map->keys[i]);
		bigger.keys[slot] = map->keys[i];
		bigger.values[slot] = map->values[i];
	}
	free(map->keys);
	free(map->values);
	*map = bigger;
}

int strmap_put(struct strmap *map, const char *key, const char *value)
{
	if (2 * (map->count + 1) > map->size)
		grow(map);
	size_t slot = slot_of(map, key);
	if (map->keys[slot])
		return 0;
	/* Key and value in one allocation: catalogs put thousands. */
	size_t key_size = strlen(key) + 1, value_size = strlen(value) + 1;
	char *entry = xmalloc(key_size + value_size);
	memcpy(entry, key, key_size);
	memcpy(entry + key_size, value, value_size);
	map->keys[slot] = entry;
	map->values[slot] = entry + key_size;
	map->count++;
	return 1;
}

const char *strmap_get(const struct strmap *map, const char *key)
{
	if (!map->count)
		return NULL;   /* an empty catalog: no key to hash */
	size_t slot = slot_of(map, key);

	return map->keys[slot] ? map->values[slot] : NULL;
}
