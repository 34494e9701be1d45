/* stat-cache.h: a file's fingerprint without reading it again.
 *
 * A build fingerprints every input and every output it checks: at
 * thousands of articles, reading them back is most of a build that renders
 * nothing.  The cache keeps, per file, its stat (device, inode, size,
 * modification and change times, to the nanosecond) with the fingerprint of
 * its bytes; a file whose stat is as kept has the kept fingerprint, as git's
 * index and make assume.  Writing a file changes its change time, which no
 * program can set back, so an edit is never taken for the old bytes:
 *   - a file read is kept only when its change time is more than a second
 *     older than the moment it was looked at, since timestamps are coarser
 *     than the writes that may follow within the same tick;
 *   - a file the build wrote itself is kept with the stat it had right
 *     after the write (stat_cache_add_written).
 * The cache is a file of the output folder beside the manifest
 * (".folio.manifest.stat", one per shard too), rewritten after each build
 * with the files that build used; a cache that is missing or damaged is
 * only slower.  Lookups may run on several threads at once. */
#ifndef FOLIO_STAT_CACHE_H
#define FOLIO_STAT_CACHE_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "hash-index.h"

struct file_stamp {
	uint64_t dev, ino;
	int64_t size, mtime_ns, ctime_ns;
};

struct stat_cache_entry {
	const char *path;      /* in a text the cache read, or fresh's own copy */
	struct file_stamp stamp;
	uint64_t digest;       /* digest_bytes of its bytes, seed 0 */
	int marked;            /* what stat_cache_digest_marked's mark said of them */
};

/* Entries in the order they came, indexed by the hash of their path. */
struct stat_cache_table {
	struct stat_cache_entry *entries;
	size_t n, alloc;
	struct hash_index index;
};

struct stat_cache {
	struct stat_cache_table kept;     /* read from the output folder: read only */
	unsigned char *kept_used;         /* per entry of kept: this build used it */
	size_t n_kept_used;
	struct stat_cache_table fresh;    /* what this build saw that kept had not;
					     each path its own copy */
	char **texts;                     /* the files read, kept's paths point into */
	size_t n_texts, texts_alloc;
	char *kept_from;                  /* the one file kept came from, or NULL */
	int n_files;                      /* cache files found */
	pthread_mutex_t lock;             /* of kept_used and fresh */
};

void stat_cache_init(struct stat_cache *cache);
void stat_cache_release(struct stat_cache *cache);

/* The stamp of path; -1 with errno when it cannot be stat'ed or is not a
 * regular file (EINVAL). */
int stat_cache_stamp(const char *path, struct file_stamp *stamp);

/* The fingerprint of path's bytes into *digest and their number into *size:
 * from the cache when its stamp is as kept, else by reading it.  Returns
 * -1 with errno (ENOENT: missing; EINVAL: not a regular file) when it
 * cannot be read. */
int stat_cache_digest(struct stat_cache *cache, const char *path, uint64_t *digest,
		      int64_t *size);

/* The same, with mark(text, len) asked of the bytes when they are read and
 * its answer kept with them: *marked is it, read now or kept.  For what a
 * file's bytes tell beyond their fingerprint (does an article link other
 * files?), so that a file that tells nothing need not be read to know it. */
int stat_cache_digest_marked(struct stat_cache *cache, const char *path, uint64_t *digest,
			     int64_t *size, int (*mark)(const char *text, size_t len),
			     int *marked);

/* A file this build wrote, with its stamp right after the write and the
 * fingerprint of what it wrote. */
void stat_cache_add_written(struct stat_cache *cache, const char *path,
			    const struct file_stamp *stamp, uint64_t digest);

/* Reads the caches of folder out; what cannot be read is left out. */
void stat_cache_read_all(struct stat_cache *cache, const char *out);

/* Writes the files this build used as out's cache for shard of n_shards
 * (1 of 1: the whole build's, which also removes the shards').  A cache
 * that cannot be written is reported, as any file of the output folder. */
void stat_cache_write(struct stat_cache *cache, const char *out, int shard, int n_shards);

#endif
