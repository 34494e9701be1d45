/* mo-file.c: the GNU .mo format, read with bounds checks.
 *
 * Layout (32-bit words in the file's byte order): magic 0x950412de,
 * revision, number of strings N, offset of the original strings' table,
 * offset of the translations' table, then hashing data we do not need.
 * Each table holds N (length, offset) pairs; every string is followed by a
 * NUL that its length does not count. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "mo-file.h"

/* The header words read: magic, revision, N and the two tables. */
enum { MO_MAGIC = 0x950412de, MO_HEADER_WORDS = 5 };

struct mo_reader {
	const unsigned char *data;
	size_t len;
	int swap;     /* the file is little-endian */
};

static uint32_t word_at(const struct mo_reader *r, size_t offset)
{
	const unsigned char *p = r->data + offset;

	if (r->swap)
		return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16
		       | (uint32_t)p[3] << 24;
	return (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16
	       | (uint32_t)p[0] << 24;
}

/* String i of the table at table; NULL when it lies outside the file or
 * lacks its NUL.  *len is its length. */
static const char *string_at(const struct mo_reader *r, uint32_t table, uint32_t i,
			     uint32_t *len)
{
	uint64_t entry = (uint64_t)table + 8 * (uint64_t)i;

	if (entry + 8 > r->len)
		return NULL;
	*len = word_at(r, (size_t)entry);
	uint64_t offset = word_at(r, (size_t)entry + 4);
	if (offset + *len + 1 > r->len || r->data[offset + *len] != '\0')
		return NULL;
	return (const char *)r->data + offset;
}

static int read_strings(const struct mo_reader *r, const char *path, struct strmap *map)
{
	uint32_t n = word_at(r, 8), originals = word_at(r, 12), translations = word_at(r, 16);

	for (uint32_t i = 0; i < n; i++) {
		uint32_t id_len, str_len;
		const char *id = string_at(r, originals, i, &id_len);
		const char *str = string_at(r, translations, i, &str_len);
		if (!id || !str)
			return diag_error(path, 0, 0, _("not a valid .mo file: string %u lies "
							"outside the file"), (unsigned)i);
		/* The header, and plural entries (msgid NUL msgid_plural). */
		if (id_len == 0 || strlen(id) != id_len || strlen(str) != str_len)
			continue;
		strmap_put(map, id, str);
	}
	return 0;
}

int mo_file_read(const char *path, struct strmap *map)
{
	size_t len;
	char *data = read_file(path, &len);

	if (!data)
		return diag_io_error(path, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
	struct mo_reader r = { (const unsigned char *)data, len, 0 };
	int rc;
	if (len < 4 * MO_HEADER_WORDS) {
		rc = diag_error(path, 0, 0, _("not a valid .mo file: too short"));
	} else {
		r.swap = word_at(&r, 0) != MO_MAGIC;
		if (word_at(&r, 0) != MO_MAGIC)
			rc = diag_error(path, 0, 0, _("not a valid .mo file: wrong magic number"));
		else if (word_at(&r, 4) >> 16 > 1)
			rc = diag_error(path, 0, 0, _("not a valid .mo file: unknown revision"));
		else
			rc = read_strings(&r, path, map);
	}
	free(data);
	return rc;
}
