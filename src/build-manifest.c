/* build-manifest.c: the manifest's lines, written and read back strictly. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "build-manifest.h"
#include "diag.h"
#include "digest.h"
#include "i18n.h"
#include "xalloc.h"

#define MANIFEST_NAME ".folio.manifest"
#define MANIFEST_HEADER "folio-manifest 2\n"
#define MANIFEST_FIELDS 16

static const char *const status_names[FOLIO_BUILD_N_STATUSES] = {
	"built", "unchanged", "skipped", "failed"
};

void build_manifest_init(struct build_manifest *m)
{
	memset(m, 0, sizeof(*m));
	strmap_init(&m->index);
}

void build_manifest_release(struct build_manifest *m)
{
	for (size_t i = 0; i < m->n_entries; i++) {
		free(m->entries[i].article_id);
		free(m->entries[i].language_dir);
		render_meta_release(&m->entries[i].meta);
	}
	free(m->entries);
	site_pages_release(&m->site_pages);
	strmap_release(&m->index);
	memset(m, 0, sizeof(*m));
}

static void index_key(struct strbuf *key, const char *article_id, const char *language_dir,
		      uint64_t inputs)
{
	char hex[FOLIO_DIGEST_HEX_LEN];

	digest_hex(inputs, hex);
	strbuf_reset(key);
	strbuf_addstr(key, article_id);
	strbuf_addch(key, '\t');
	strbuf_addstr(key, language_dir);
	strbuf_addch(key, '\t');
	strbuf_add(key, hex, 16);
}

void build_manifest_add(struct build_manifest *m, const struct build_manifest_entry *entry)
{
	FOLIO_GROW(m->entries, m->n_entries + 1, m->alloc);
	struct build_manifest_entry *copy = &m->entries[m->n_entries];
	*copy = *entry;
	copy->article_id = xstrdup(entry->article_id);
	copy->language_dir = xstrdup(entry->language_dir);
	copy->meta.title = xstrdup(entry->meta.title ? entry->meta.title : "");
	copy->meta.published = xstrdup(entry->meta.published ? entry->meta.published : "");
	copy->meta.description = xstrdup(entry->meta.description ? entry->meta.description : "");
	struct strbuf key = STRBUF_INIT, number = STRBUF_INIT;
	index_key(&key, entry->article_id, entry->language_dir, entry->inputs);
	strbuf_add_u64(&number, m->n_entries++);
	strmap_put(&m->index, key.buf, number.buf);
	strbuf_setlen(&key, key.len - FOLIO_DIGEST_HEX_LEN);
	strmap_put(&m->index, key.buf, number.buf);
	strbuf_release(&key);
	strbuf_release(&number);
}

const struct build_manifest_entry *build_manifest_find(const struct build_manifest *m,
						       const char *article_id,
						       const char *language_dir, uint64_t inputs)
{
	struct strbuf key = STRBUF_INIT;

	index_key(&key, article_id, language_dir, inputs);
	const char *number = strmap_get(&m->index, key.buf);
	strbuf_release(&key);
	return number ? &m->entries[strtoul(number, NULL, 10)] : NULL;
}

const struct build_manifest_entry *build_manifest_find_any(const struct build_manifest *m,
							   const char *article_id,
							   const char *language_dir)
{
	struct strbuf key = STRBUF_INIT;

	strbuf_addstr(&key, article_id);
	strbuf_addch(&key, '\t');
	strbuf_addstr(&key, language_dir);
	const char *number = strmap_get(&m->index, key.buf);
	strbuf_release(&key);
	return number ? &m->entries[strtoul(number, NULL, 10)] : NULL;
}

/* ---- writing ---------------------------------------------------------- */

/* Article ids are file names: a tab or a newline in one must not split
 * its line. */
static void add_escaped(struct strbuf *out, const char *s)
{
	size_t plain = strcspn(s, "\\\t\n");

	strbuf_add(out, s, plain);
	for (s += plain; *s; s++) {
		if (*s == '\\')
			strbuf_addstr(out, "\\\\");
		else if (*s == '\t')
			strbuf_addstr(out, "\\t");
		else if (*s == '\n')
			strbuf_addstr(out, "\\n");
		else
			strbuf_addch(out, *s);
	}
}

/* A share or a time, exactly: whole numbers (most shares are 100) without
 * printf, others in the 17 digits that read back as the same double. */
static void add_number(struct strbuf *out, double value)
{
	if (value >= 0 && value < 1e15 && value == (double)(uint64_t)value)
		strbuf_add_u64(out, (uint64_t)value);
	else
		strbuf_addf(out, "%.17g", value);
}

static void add_entry(struct strbuf *out, const struct build_manifest_entry *e)
{
	char hex[FOLIO_DIGEST_HEX_LEN], links_hex[FOLIO_DIGEST_HEX_LEN];
	char text_hex[FOLIO_DIGEST_HEX_LEN], html_hex[FOLIO_DIGEST_HEX_LEN];

	digest_hex(e->inputs, hex);
	digest_hex(e->links, links_hex);
	digest_hex(e->text.digest, text_hex);
	digest_hex(e->html.digest, html_hex);
	add_escaped(out, e->article_id);
	strbuf_addch(out, '\t');
	add_escaped(out, e->language_dir);
	strbuf_addch(out, '\t');
	strbuf_addstr(out, status_names[e->status]);
	strbuf_addch(out, '\t');
	add_number(out, e->percent);
	strbuf_addch(out, '\t');
	/* Numbers by hand: printf is most of writing a manifest of thousands. */
	strbuf_add_u64(out, e->n_fallback);
	strbuf_addch(out, '\t');
	strbuf_add_u64(out, e->n_untranslated);
	strbuf_addch(out, '\t');
	strbuf_add(out, hex, 16);
	strbuf_addch(out, '\t');
	strbuf_add(out, links_hex, 16);
	strbuf_addch(out, '\t');
	strbuf_add_i64(out, e->text.size);
	strbuf_addch(out, '\t');
	strbuf_add(out, text_hex, 16);
	strbuf_addch(out, '\t');
	strbuf_add_i64(out, e->html.size);
	strbuf_addch(out, '\t');
	strbuf_add(out, html_hex, 16);
	strbuf_addch(out, '\t');
	add_number(out, e->meta.minutes);
	strbuf_addch(out, '\t');
	add_escaped(out, e->meta.title);
	strbuf_addch(out, '\t');
	add_escaped(out, e->meta.published);
	strbuf_addch(out, '\t');
	add_escaped(out, e->meta.description);
	strbuf_addch(out, '\n');
}

static void manifest_path(struct strbuf *path, const char *out, int shard, int n_shards)
{
	strbuf_addf(path, "%s/" MANIFEST_NAME, out);
	if (n_shards > 1)
		strbuf_addf(path, ".%d-of-%d", shard, n_shards);
}

/* 1 when name is a manifest's: ".folio.manifest" or ".folio.manifest.K-of-N". */
static int is_manifest_name(const char *name, int *is_shard)
{
	int k, n, end = 0;

	*is_shard = 0;
	if (strcmp(name, MANIFEST_NAME) == 0)
		return 1;
	if (strncmp(name, MANIFEST_NAME ".", sizeof(MANIFEST_NAME)) != 0)
		return 0;
	const char *rest = name + sizeof(MANIFEST_NAME);
	if (sscanf(rest, "%d-of-%d%n", &k, &n, &end) != 2 || rest[end] || k < 1 || k > n)
		return 0;
	*is_shard = 1;
	return 1;
}

/* A whole build's manifest replaces those of shards. */
static void remove_shard_manifests(const char *out)
{
	DIR *dir = opendir(out);
	struct dirent *entry;

	while (dir && (entry = readdir(dir))) {
		int is_shard;
		if (!is_manifest_name(entry->d_name, &is_shard) || !is_shard)
			continue;
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", out, entry->d_name);
		unlink(path.buf);
		strbuf_release(&path);
	}
	if (dir)
		closedir(dir);
}

int build_manifest_write(const struct build_manifest *m, const char *out, int shard,
			 int n_shards)
{
	struct strbuf text = STRBUF_INIT, path = STRBUF_INIT;
	char hex[FOLIO_DIGEST_HEX_LEN];

	strbuf_addstr(&text, MANIFEST_HEADER);
	for (size_t i = 0; i < m->n_entries; i++)
		add_entry(&text, &m->entries[i]);
	/* Article ids never hold a '/': these lines are no edition's. */
	if (m->has_site) {
		digest_hex(m->site_inputs, hex);
		strbuf_addf(&text, "/site\t%s\n", hex);
	}
	for (size_t i = 0; m->has_site && i < m->site_pages.n; i++) {
		const struct site_page *page = &m->site_pages.pages[i];
		digest_hex(page->digest, hex);
		strbuf_addstr(&text, "/page\t");
		add_escaped(&text, page->path);
		strbuf_addf(&text, "\t%lld\t%s\n", (long long)page->size, hex);
	}
	digest_hex(digest_bytes(text.buf, text.len, 0), hex);
	strbuf_addf(&text, "end %s\n", hex);
	manifest_path(&path, out, shard, n_shards);
	int rc = atomic_file_write_if_changed(path.buf, text.buf, text.len);
	if (rc == 0 && n_shards <= 1)
		remove_shard_manifests(out);
	strbuf_release(&text);
	strbuf_release(&path);
	return rc;
}

/* ---- reading ---------------------------------------------------------- */

/* Undoes add_escaped in place; -1 on an escape it never writes. */
static int unescape(char *s)
{
	char *to = s;

	for (const char *p = s; *p; p++) {
		if (*p != '\\') {
			*to++ = *p;
			continue;
		}
		p++;
		if (*p == '\\' || *p == 't' || *p == 'n')
			*to++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : '\\';
		else
			return -1;
	}
	*to = '\0';
	return 0;
}

static int parse_number(const char *text, unsigned long *out)
{
	char *end;

	errno = 0;
	*out = strtoul(text, &end, 10);
	return errno || end == text || *end || *text == '-' ? -1 : 0;
}

static int parse_output(const char *size, const char *digest, struct build_output *output)
{
	unsigned long n;

	if (parse_number(size, &n) < 0)
		return -1;
	output->size = (long long)n;
	return digest_parse_hex(digest, &output->digest);
}

static int parse_entry(char *line, struct build_manifest_entry *e)
{
	char *field[MANIFEST_FIELDS] = { line };

	for (int f = 1; f < MANIFEST_FIELDS; f++) {
		char *tab = strchr(field[f - 1], '\t');
		if (!tab)
			return -1;
		*tab = '\0';
		field[f] = tab + 1;
	}
	if (strchr(field[MANIFEST_FIELDS - 1], '\t') || unescape(field[0]) < 0
	    || unescape(field[1]) < 0 || !*field[0] || !*field[1] || unescape(field[13]) < 0
	    || unescape(field[14]) < 0 || unescape(field[15]) < 0)
		return -1;
	e->article_id = field[0];
	e->language_dir = field[1];
	if (strcmp(field[2], status_names[BUILD_BUILT]) == 0)
		e->status = BUILD_BUILT;
	else if (strcmp(field[2], status_names[BUILD_SKIPPED]) == 0)
		e->status = BUILD_SKIPPED;
	else
		return -1;
	char *end;
	e->percent = strtod(field[3], &end);
	if (end == field[3] || *end || !(e->percent >= 0 && e->percent <= 100))
		return -1;
	if (parse_number(field[4], &e->n_fallback) < 0
	    || parse_number(field[5], &e->n_untranslated) < 0
	    || digest_parse_hex(field[6], &e->inputs) < 0
	    || digest_parse_hex(field[7], &e->links) < 0
	    || parse_output(field[8], field[9], &e->text) < 0
	    || parse_output(field[10], field[11], &e->html) < 0)
		return -1;
	e->meta.minutes = strtod(field[12], &end);
	if (end == field[12] || *end || !(e->meta.minutes >= 0))
		return -1;
	e->meta.title = field[13];
	e->meta.published = field[14];
	e->meta.description = field[15];
	return 0;
}

/* "/site\tHEX" or "/page\tPATH\tSIZE\tHEX" into m. */
static int parse_site_line(char *line, struct build_manifest *m)
{
	char *field[4] = { line };
	int n = 1;

	for (char *tab; n < 4 && (tab = strchr(field[n - 1], '\t')); n++) {
		*tab = '\0';
		field[n] = tab + 1;
	}
	if (n == 2 && strcmp(field[0], "/site") == 0 && !m->has_site
	    && digest_parse_hex(field[1], &m->site_inputs) == 0)
		return m->has_site = 1, 0;
	unsigned long size;
	uint64_t digest;
	if (n != 4 || strcmp(field[0], "/page") != 0 || !m->has_site || strchr(field[3], '\t')
	    || unescape(field[1]) < 0 || !*field[1] || parse_number(field[2], &size) < 0
	    || digest_parse_hex(field[3], &digest) < 0)
		return -1;
	site_pages_add(&m->site_pages, field[1], (int64_t)size, digest);
	return 0;
}

/* The entries of text (len bytes) into m, or -1 when any part of it is
 * not as build_manifest_write writes it. */
static int parse_manifest(char *text, size_t len, struct build_manifest *m)
{
	size_t header = strlen(MANIFEST_HEADER);
	uint64_t recorded;

	if (len < header || memcmp(text, MANIFEST_HEADER, header) != 0 || text[len - 1] != '\n')
		return -1;
	text[len - 1] = '\0';
	char *last = strrchr(text, '\n');
	if (!last || strncmp(last + 1, "end ", 4) != 0 || digest_parse_hex(last + 5, &recorded) < 0
	    || digest_bytes(text, (size_t)(last + 1 - text), 0) != recorded)
		return -1;
	*last = '\0';
	for (char *line = text + header, *next; line < last; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = last;
		if (*line == '/') {
			if (parse_site_line(line, m) < 0)
				return -1;
			continue;
		}
		struct build_manifest_entry e;
		memset(&e, 0, sizeof(e));
		if (parse_entry(line, &e) < 0)
			return -1;
		build_manifest_add(m, &e);
	}
	return 0;
}

static void read_one(struct build_manifest *m, const char *path)
{
	size_t len;
	char *text = read_file(path, &len);

	if (!text) {
		if (errno != ENOENT)
			diag_warning(path, 0, 0, _("cannot read the manifest (%s); every edition it "
						   "lists is rendered again"), read_file_strerror(errno));
		return;
	}
	/* All of it or nothing: parsed apart, then added. */
	struct build_manifest one;
	build_manifest_init(&one);
	if (memchr(text, '\0', len) || parse_manifest(text, len, &one) < 0)
		diag_warning(path, 0, 0, _("the manifest is damaged; every edition it lists is "
					   "rendered again"));
	else {
		for (size_t i = 0; i < one.n_entries; i++)
			build_manifest_add(m, &one.entries[i]);
		/* A whole build's pages: shards write none. */
		if (one.has_site && !m->has_site) {
			m->has_site = 1;
			m->site_inputs = one.site_inputs;
			m->site_pages = one.site_pages;
			memset(&one.site_pages, 0, sizeof(one.site_pages));
		}
	}
	build_manifest_release(&one);
	free(text);
}

void build_manifest_read_all(struct build_manifest *m, const char *out)
{
	DIR *dir = opendir(out);
	struct dirent *entry;
	char **names = NULL;
	size_t n_names = 0, alloc = 0;

	while (dir && (entry = readdir(dir))) {
		int is_shard;
		if (!is_manifest_name(entry->d_name, &is_shard))
			continue;
		FOLIO_GROW(names, n_names + 1, alloc);
		names[n_names++] = xstrdup(entry->d_name);
	}
	if (dir)
		closedir(dir);
	/* In name order, so that warnings come out the same every time. */
	strings_sort(names, n_names);
	for (size_t i = 0; i < n_names; i++) {
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", out, names[i]);
		read_one(m, path.buf);
		strbuf_release(&path);
		free(names[i]);
	}
	free(names);
}
