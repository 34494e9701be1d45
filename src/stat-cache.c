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
	uint64_t h = UINT64_C(0xcbf29ce484222325);

	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		h = (h ^ *p) * UINT64_C(0x100000001b3);
	return h;
}

/* The slot of path (hash h): its entry, or the free slot it would take.
 * Hashes are compared first: paths share long prefixes. */
static size_t slot_of(const struct stat_cache_table *t, const char *path, uint64_t h)
{
	size_t i = (size_t)h & (t->size - 1);

	while (t->slots[i].path && (t->hashes[i] != h || strcmp(t->slots[i].path, path) != 0))
		i = (i + 1) & (t->size - 1);
	return i;
}

static const struct stat_cache_entry *table_get(const struct stat_cache_table *t,
						const char *path)
{
	if (!t->size)
		return NULL;
	const struct stat_cache_entry *e = &t->slots[slot_of(t, path, hash_path(path))];
	return e->path ? e : NULL;
}

/* Adds a copy of entry unless its path is there already. */
static void table_put(struct stat_cache_table *t, const struct stat_cache_entry *entry)
{
	if (2 * (t->count + 1) > t->size) {
		struct stat_cache_table bigger = { NULL, NULL, t->size ? 2 * t->size : 256, t->count };
		bigger.slots = xcalloc(bigger.size, sizeof(*bigger.slots));
		bigger.hashes = xcalloc(bigger.size, sizeof(*bigger.hashes));
		for (size_t i = 0; i < t->size; i++) {
			if (!t->slots[i].path)
				continue;
			size_t j = slot_of(&bigger, t->slots[i].path, t->hashes[i]);
			bigger.slots[j] = t->slots[i];
			bigger.hashes[j] = t->hashes[i];
		}
		free(t->slots);
		free(t->hashes);
		*t = bigger;
	}
	uint64_t h = hash_path(entry->path);
	size_t i = slot_of(t, entry->path, h);
	if (t->slots[i].path)
		return;
	t->slots[i] = *entry;
	t->slots[i].path = xstrdup(entry->path);
	t->hashes[i] = h;
	t->count++;
}

static void table_release(struct stat_cache_table *t)
{
	for (size_t i = 0; i < t->size; i++)
		free(t->slots[i].path);
	free(t->slots);
	free(t->hashes);
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
	table_release(&cache->used);
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

static void use(struct stat_cache *cache, const struct stat_cache_entry *entry)
{
	pthread_mutex_lock(&cache->lock);
	table_put(&cache->used, entry);
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
	struct stat_cache_entry entry = { (char *)path, { 0 }, 0, 0 };

	if (stat_cache_stamp(path, &entry.stamp) < 0)
		return -1;
	const struct stat_cache_entry *kept = table_get(&cache->kept, path);
	/* A mark asked for is kept only by entries made with one. */
	if (kept && same_stamp(&kept->stamp, &entry.stamp) && (!mark || kept->marked >= 0)) {
		*digest = kept->digest;
		*size = kept->stamp.size;
		if (marked)
			*marked = kept->marked > 0;
		use(cache, kept);
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
		use(cache, &entry);
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
	struct stat_cache_entry entry = { (char *)path, *stamp, digest, -1 };

	use(cache, &entry);
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

void stat_cache_write(struct stat_cache *cache, const char *out, int shard, int n_shards)
{
	struct strbuf text = STRBUF_INIT, path = STRBUF_INIT;
	struct sorted_entry *sorted = xcalloc(cache->used.count + 1, sizeof(*sorted));
	size_t n = 0;
	char hex[FOLIO_DIGEST_HEX_LEN];

	for (size_t i = 0; i < cache->used.size; i++)
		if (cache->used.slots[i].path)
			sorted[n++] = (struct sorted_entry){ cache->used.hashes[i],
							     &cache->used.slots[i] };
	qsort(sorted, n, sizeof(*sorted), compare_entries);
	strbuf_addstr(&text, CACHE_HEADER);
	for (size_t i = 0; i < n; i++) {
		const struct stat_cache_entry *e = sorted[i].entry;
		const struct file_stamp *s = &e->stamp;
		digest_hex(e->digest, hex);
		strbuf_add_u64(&text, s->dev);
		strbuf_addch(&text, ' ');
		strbuf_add_u64(&text, s->ino);
		strbuf_addch(&text, ' ');
		strbuf_add_i64(&text, s->size);
		strbuf_addch(&text, ' ');
		strbuf_add_i64(&text, s->mtime_ns);
		strbuf_addch(&text, ' ');
		strbuf_add_i64(&text, s->ctime_ns);
		strbuf_addch(&text, ' ');
		strbuf_add(&text, hex, 16);
		strbuf_addstr(&text, e->marked < 0 ? " - " : e->marked ? " 1 " : " 0 ");
		add_path(&text, e->path);
		strbuf_addch(&text, '\n');
	}
	digest_hex(digest_bytes(text.buf, text.len, 0), hex);
	strbuf_addf(&text, "end %s\n", hex);
	cache_path(&path, out, shard, n_shards);
	atomic_file_write_if_changed(path.buf, text.buf, text.len);
	strbuf_release(&path);
	strbuf_release(&text);
	free(sorted);
	if (n_shards > 1)
		return;
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

/* A number and the space after it, at *p; -1 when there is none. */
static int parse_field(char **p, int is_signed, uint64_t *value)
{
	char *end;

	errno = 0;
	if (!is_signed && **p == '-')
		return -1;
	*value = is_signed ? (uint64_t)strtoll(*p, &end, 10) : strtoull(*p, &end, 10);
	if (errno || end == *p || *end != ' ')
		return -1;
	*p = end + 1;
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

/* The entries of text (len bytes), all or none. */
static void parse_cache(char *text, size_t len, struct stat_cache_table *kept)
{
	size_t header = strlen(CACHE_HEADER);
	uint64_t recorded;
	struct stat_cache_table one = { NULL, NULL, 0, 0 };

	if (len < header || memcmp(text, CACHE_HEADER, header) != 0 || text[len - 1] != '\n'
	    || memchr(text, '\0', len))
		return;
	text[len - 1] = '\0';
	char *last = strrchr(text, '\n');
	if (!last || strncmp(last + 1, "end ", 4) != 0 || digest_parse_hex(last + 5, &recorded) < 0
	    || digest_bytes(text, (size_t)(last + 1 - text), 0) != recorded)
		return;
	*last = '\0';
	for (char *line = text + header, *next; line < last; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = last;
		struct stat_cache_entry e;
		if (parse_line(line, &e) < 0) {
			table_release(&one);
			return;
		}
		table_put(&one, &e);
	}
	for (size_t i = 0; i < one.size; i++)
		if (one.slots[i].path)
			table_put(kept, &one.slots[i]);
	table_release(&one);
}

void stat_cache_read_all(struct stat_cache *cache, const char *out)
{
	DIR *dir = opendir(out);
	struct strbuf path = STRBUF_INIT;

	for (struct dirent *e; dir && (e = readdir(dir));) {
		if (strncmp(e->d_name, CACHE_NAME, sizeof(CACHE_NAME) - 1) != 0
		    || (e->d_name[sizeof(CACHE_NAME) - 1] && e->d_name[sizeof(CACHE_NAME) - 1] != '.'))
			continue;
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", out, e->d_name);
		size_t len;
		char *text = read_file(path.buf, &len);
		if (text)
			parse_cache(text, len, &cache->kept);
		free(text);
	}
	if (dir)
		closedir(dir);
	strbuf_release(&path);
}
