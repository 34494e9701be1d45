/* stat-cache.c: stamps and fingerprints of files, in two hash tables, and
 * their file. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomic-file.h"
#include "digest.h"
#include "sealed-text.h"
#include "stat-cache.h"
#include "strbuf.h"
#include "xalloc.h"

#define CACHE_NAME ".folio.manifest.stat"
#define CACHE_HEADER "folio-stat-cache 2\n"
/* How much older than the look at it a file's change must be to be kept. */
#define RACY_NS INT64_C(1000000000)

/* ---- the tables ------------------------------------------------------- */

static uint64_t hash_path(const char *path)
{
	return digest_bytes(path, strlen(path), 0);
}

static const struct stat_cache_entry *table_get(const struct stat_cache_table *t,
						const char *path, uint64_t h)
{
	struct hash_index_walk w;
	size_t r;

	hash_index_walk(&t->index, h, &w);
	while (hash_index_next(&t->index, &w, &r))
		if (strcmp(t->entries[r].path, path) == 0)
			return &t->entries[r];
	return NULL;
}

/* Adds entry (its path as it is: not copied) unless its path is there
 * already; 1 when added. */
static int table_put(struct stat_cache_table *t, const struct stat_cache_entry *entry,
		     uint64_t h)
{
	if (table_get(t, entry->path, h))
		return 0;
	FOLIO_GROW(t->entries, t->n + 1, t->alloc);
	t->entries[t->n++] = *entry;
	hash_index_add(&t->index, h);
	return 1;
}

static void table_release(struct stat_cache_table *t)
{
	free(t->entries);
	hash_index_release(&t->index);
	memset(t, 0, sizeof(*t));
}

void stat_cache_init(struct stat_cache *cache)
{
	memset(cache, 0, sizeof(*cache));
	pthread_mutex_init(&cache->lock, NULL);
}

void stat_cache_release(struct stat_cache *cache)
{
	table_release(&cache->kept);
	free(cache->kept_used);
	for (size_t i = 0; i < cache->fresh.n; i++)
		free((char *)cache->fresh.entries[i].path);
	table_release(&cache->fresh);
	for (size_t i = 0; i < cache->n_texts; i++)
		free(cache->texts[i]);
	free(cache->texts);
	free(cache->kept_from);
	pthread_mutex_destroy(&cache->lock);
}

/* ---- stamps and fingerprints ------------------------------------------ */

int stat_cache_stamp(const char *path, struct file_stamp *stamp)
{
	struct stat st;

	if (stat(path, &st) != 0)
		return -1;
	if (!S_ISREG(st.st_mode))
		return errno = EINVAL, -1;
	*stamp = (struct file_stamp){
		(uint64_t)st.st_dev, (uint64_t)st.st_ino, (int64_t)st.st_size,
		(int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec,
		(int64_t)st.st_ctim.tv_sec * 1000000000 + st.st_ctim.tv_nsec };
	return 0;
}

static int same_stamp(const struct file_stamp *a, const struct file_stamp *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size
	       && a->mtime_ns == b->mtime_ns && a->ctime_ns == b->ctime_ns;
}

/* Records what this build saw of a file: kept's own entry as it is (a
 * flag, no lookup), or a new one, whose path is copied. */
static void use(struct stat_cache *cache, const struct stat_cache_entry *entry, uint64_t h,
		int is_kept)
{
	pthread_mutex_lock(&cache->lock);
	if (is_kept) {
		size_t r = (size_t)(entry - cache->kept.entries);
		cache->n_kept_used += !cache->kept_used[r];
		cache->kept_used[r] = 1;
	} else if (!table_get(&cache->fresh, entry->path, h)) {
		struct stat_cache_entry copy = *entry;
		copy.path = xstrdup(entry->path);
		table_put(&cache->fresh, &copy, h);
	}
	pthread_mutex_unlock(&cache->lock);
}

static int64_t now_ns(void)
{
	struct timespec now;

	clock_gettime(CLOCK_REALTIME, &now);
	return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

int stat_cache_digest_marked(struct stat_cache *cache, const char *path, uint64_t *digest,
			     int64_t *size, int (*mark)(const char *text, size_t len),
			     int *marked)
{
	int64_t looked_at = now_ns();
	struct stat_cache_entry entry = { path, { 0 }, 0, 0 };

	if (stat_cache_stamp(path, &entry.stamp) < 0)
		return -1;
	uint64_t h = hash_path(path);
	const struct stat_cache_entry *kept = table_get(&cache->kept, path, h);
	/* A mark asked for is kept only by entries made with one. */
	if (kept && same_stamp(&kept->stamp, &entry.stamp) && (!mark || kept->marked >= 0)) {
		*digest = kept->digest;
		*size = kept->stamp.size;
		if (marked)
			*marked = kept->marked > 0;
		use(cache, kept, h, 1);
		return 0;
	}
	size_t len;
	char *text = read_file(path, &len);
	if (!text)
		return -1;
	*digest = entry.digest = digest_bytes(text, len, 0);
	*size = (int64_t)len;
	entry.marked = mark ? mark(text, len) != 0 : -1;
	if (marked)
		*marked = entry.marked > 0;
	free(text);
	/* The stamp from before the read: a change during it shows next time. */
	if (entry.stamp.size == (int64_t)len && entry.stamp.ctime_ns < looked_at - RACY_NS)
		use(cache, &entry, h, 0);
	return 0;
}

int stat_cache_digest(struct stat_cache *cache, const char *path, uint64_t *digest,
		      int64_t *size)
{
	return stat_cache_digest_marked(cache, path, digest, size, NULL, NULL);
}

void stat_cache_add_written(struct stat_cache *cache, const char *path,
			    const struct file_stamp *stamp, uint64_t digest)
{
	struct stat_cache_entry entry = { path, *stamp, digest, -1 };
	uint64_t h = hash_path(path);
	const struct stat_cache_entry *kept = table_get(&cache->kept, path, h);

	/* Written again as it was: kept's entry stands. */
	if (kept && same_stamp(&kept->stamp, stamp) && kept->digest == digest && kept->marked < 0)
		use(cache, kept, h, 1);
	else
		use(cache, &entry, h, 0);
}

/* ---- the file --------------------------------------------------------- */

static void cache_path(struct strbuf *path, const char *out, int shard, int n_shards)
{
	strbuf_addf(path, "%s/" CACHE_NAME, out);
	if (n_shards > 1)
		strbuf_addf(path, ".%d-of-%d", shard, n_shards);
}

/* Paths end their line: a newline or a backslash in one is escaped. */
static void add_path(struct strbuf *out, const char *s)
{
	for (; *s; s++)
		if (*s == '\\')
			strbuf_addstr(out, "\\\\");
		else if (*s == '\n')
			strbuf_addstr(out, "\\n");
		else
			strbuf_addch(out, *s);
}

static int unescape_path(char *s)
{
	char *to = s;

	for (const char *p = s; *p; p++) {
		if (*p != '\\') {
			*to++ = *p;
			continue;
		}
		p++;
		if (*p != '\\' && *p != 'n')
			return -1;
		*to++ = *p == 'n' ? '\n' : '\\';
	}
	*to = '\0';
	return 0;
}

struct sorted_entry {
	uint64_t hash;
	const struct stat_cache_entry *entry;
};

/* By the path's hash, then the path: the same files give the same order,
 * without comparing thousands of paths that share long prefixes. */
static int compare_entries(const void *a, const void *b)
{
	const struct sorted_entry *x = a, *y = b;

	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return strcmp(x->entry->path, y->entry->path);
}

static void add_entry(struct strbuf *text, const struct stat_cache_entry *e)
{
	const struct file_stamp *s = &e->stamp;
	char hex[FOLIO_DIGEST_HEX_LEN];

	digest_hex(e->digest, hex);
	strbuf_add_u64(text, s->dev);
	strbuf_addch(text, ' ');
	strbuf_add_u64(text, s->ino);
	strbuf_addch(text, ' ');
	strbuf_add_i64(text, s->size);
	strbuf_addch(text, ' ');
	strbuf_add_i64(text, s->mtime_ns);
	strbuf_addch(text, ' ');
	strbuf_add_i64(text, s->ctime_ns);
	strbuf_addch(text, ' ');
	strbuf_add(text, hex, 16);
	strbuf_addstr(text, e->marked < 0 ? " - " : e->marked ? " 1 " : " 0 ");
	add_path(text, e->path);
	strbuf_addch(text, '\n');
}

/* The file at path would say what it says: it is the one file the cache
 * was read from, and this build used each of its entries as it was and
 * nothing else.  A build that changed nothing writes nothing. */
static int unchanged(const struct stat_cache *cache, const char *path)
{
	return cache->n_files == 1 && cache->kept_from && strcmp(cache->kept_from, path) == 0
	       && cache->fresh.n == 0 && cache->n_kept_used == cache->kept.n;
}

static void remove_shard_caches(const char *out)
{
	struct strbuf path = STRBUF_INIT;
	DIR *dir = opendir(out);

	for (struct dirent *e; dir && (e = readdir(dir));) {
		if (strncmp(e->d_name, CACHE_NAME ".", sizeof(CACHE_NAME)) != 0)
			continue;
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", out, e->d_name);
		unlink(path.buf);
	}
	if (dir)
		closedir(dir);
	strbuf_release(&path);
}

void stat_cache_write(struct stat_cache *cache, const char *out, int shard, int n_shards)
{
	struct strbuf text = STRBUF_INIT, path = STRBUF_INIT;
	const struct stat_cache_table *kept = &cache->kept, *fresh = &cache->fresh;

	cache_path(&path, out, shard, n_shards);
	if (unchanged(cache, path.buf)) {
		strbuf_release(&path);
		return;
	}
	/* What this build used: kept's entries, unless seen anew, and the new. */
	struct sorted_entry *sorted = xcalloc(cache->n_kept_used + fresh->n + 1, sizeof(*sorted));
	size_t n = 0;
	for (size_t i = 0; i < kept->n; i++) {
		uint64_t h = kept->index.hashes[i];
		if (cache->kept_used[i] && !table_get(fresh, kept->entries[i].path, h))
			sorted[n++] = (struct sorted_entry){ h, &kept->entries[i] };
	}
	for (size_t i = 0; i < fresh->n; i++)
		sorted[n++] = (struct sorted_entry){ fresh->index.hashes[i], &fresh->entries[i] };
	qsort(sorted, n, sizeof(*sorted), compare_entries);
	strbuf_addstr(&text, CACHE_HEADER);
	for (size_t i = 0; i < n; i++)
		add_entry(&text, sorted[i].entry);
	sealed_text_seal(&text);
	atomic_file_write_if_changed(path.buf, text.buf, text.len);
	strbuf_release(&path);
	strbuf_release(&text);
	free(sorted);
	if (n_shards <= 1)
		remove_shard_caches(out);
}

/* A number and the space after it, at *p; -1 when there is none.  By
 * hand, not strtoull: a cache holds five numbers per file, and tens of
 * thousands of files. */
static int parse_field(char **p, int is_signed, uint64_t *value)
{
	const char *s = *p;
	int negative = is_signed && *s == '-';
	uint64_t n = 0;

	s += negative;
	if (*s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++) {
		unsigned digit = (unsigned)(*s - '0');
		if (n > (UINT64_MAX - digit) / 10)
			return -1;
		n = n * 10 + digit;
	}
	if (*s != ' ' || (is_signed && n > (uint64_t)INT64_MAX + negative))
		return -1;
	*value = negative ? (uint64_t)0 - n : n;
	*p = (char *)s + 1;
	return 0;
}

static int parse_line(char *line, struct stat_cache_entry *e)
{
	struct file_stamp *s = &e->stamp;
	uint64_t size, mtime, ctime;
	char *p = line;

	if (parse_field(&p, 0, &s->dev) < 0 || parse_field(&p, 0, &s->ino) < 0
	    || parse_field(&p, 1, &size) < 0 || parse_field(&p, 1, &mtime) < 0
	    || parse_field(&p, 1, &ctime) < 0 || strlen(p) < 20 || p[16] != ' ' || p[18] != ' '
	    || !strchr("-01", p[17]))
		return -1;
	p[16] = '\0';
	if (digest_parse_hex(p, &e->digest) < 0 || unescape_path(p + 19) < 0 || !p[19])
		return -1;
	s->size = (int64_t)size;
	s->mtime_ns = (int64_t)mtime;
	s->ctime_ns = (int64_t)ctime;
	e->marked = p[17] == '-' ? -1 : p[17] - '0';
	e->path = p + 19;
	return 0;
}

/* The entries of text (len bytes), all or none, into kept, pointing
 * into text; 0 when they were taken. */
static int parse_cache(char *text, size_t len, struct stat_cache_table *kept)
{
	size_t n_before = kept->n, n = 0, alloc = 0;
	struct stat_cache_entry *parsed = NULL;
	char *end, *line = sealed_text_open(text, len, CACHE_HEADER, &end);

	if (!line)
		return -1;
	for (char *next; line < end; line = next) {
		next = sealed_text_next(line, end);   /* before the line is cut up */
		FOLIO_GROW(parsed, n + 1, alloc);
		if (parse_line(line, &parsed[n++]) < 0) {
			free(parsed);
			return -1;
		}
	}
	for (size_t i = 0; i < n; i++)
		table_put(kept, &parsed[i], hash_path(parsed[i].path));
	free(parsed);
	return kept->n > n_before || n == 0 ? 0 : -1;
}

void stat_cache_read_all(struct stat_cache *cache, const char *out)
{
	DIR *dir = opendir(out);
	struct strbuf path = STRBUF_INIT;

	for (struct dirent *e; dir && (e = readdir(dir));) {
		if (strncmp(e->d_name, CACHE_NAME, sizeof(CACHE_NAME) - 1) != 0
		    || (e->d_name[sizeof(CACHE_NAME) - 1] && e->d_name[sizeof(CACHE_NAME) - 1] != '.'))
			continue;
		cache->n_files++;
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", out, e->d_name);
		size_t len;
		char *text = read_file(path.buf, &len);
		if (!text || parse_cache(text, len, &cache->kept) < 0) {
			free(text);
			continue;
		}
		FOLIO_GROW(cache->texts, cache->n_texts + 1, cache->texts_alloc);
		cache->texts[cache->n_texts++] = text;
		free(cache->kept_from);
		cache->kept_from = cache->n_texts == 1 ? xstrdup(path.buf) : NULL;
	}
	if (dir)
		closedir(dir);
	strbuf_release(&path);
	cache->kept_used = xcalloc(cache->kept.n + 1, 1);
}
