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
#include "sealed-text.h"
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
}

void build_manifest_release(struct build_manifest *m)
{
	free(m->entries);
	site_pages_release(&m->site_pages);
	hash_index_release(&m->index);
	for (size_t i = 0; i < m->n_texts; i++)
		free(m->texts[i]);
	free(m->texts);
	free(m->read_from);
	memset(m, 0, sizeof(*m));
}

static uint64_t edition_hash(const char *article_id, const char *language_dir)
{
	return digest_string(language_dir, digest_string(article_id, 0));
}

/* Adds entry to m's list, not to its index. */
static struct build_manifest_entry *append(struct build_manifest *m,
					   const struct build_manifest_entry *entry)
{
	static char empty[1];

	FOLIO_GROW(m->entries, m->n_entries + 1, m->alloc);
	struct build_manifest_entry *e = &m->entries[m->n_entries++];
	*e = *entry;
	if (!e->meta.title)
		e->meta.title = empty;
	if (!e->meta.published)
		e->meta.published = empty;
	if (!e->meta.description)
		e->meta.description = empty;
	return e;
}

void build_manifest_add(struct build_manifest *m, const struct build_manifest_entry *entry)
{
	const struct build_manifest_entry *e = append(m, entry);

	hash_index_add(&m->index, edition_hash(e->article_id, e->language_dir));
}

/* The first entry for the edition, with these inputs unless any_inputs. */
static const struct build_manifest_entry *find(const struct build_manifest *m,
					       const char *article_id, const char *language_dir,
					       int any_inputs, uint64_t inputs)
{
	struct hash_index_walk w;
	size_t r;

	hash_index_walk(&m->index, edition_hash(article_id, language_dir), &w);
	while (hash_index_next(&m->index, &w, &r)) {
		const struct build_manifest_entry *e = &m->entries[r];
		if ((any_inputs || e->inputs == inputs) && strcmp(e->article_id, article_id) == 0
		    && strcmp(e->language_dir, language_dir) == 0)
			return e;
	}
	return NULL;
}

const struct build_manifest_entry *build_manifest_find(const struct build_manifest *m,
						       const char *article_id,
						       const char *language_dir, uint64_t inputs)
{
	return find(m, article_id, language_dir, 0, inputs);
}

const struct build_manifest_entry *build_manifest_find_any(const struct build_manifest *m,
							   const char *article_id,
							   const char *language_dir)
{
	return find(m, article_id, language_dir, 1, 0);
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

static int same_string(const char *a, const char *b)
{
	return a == b || strcmp(a, b) == 0;
}

static int same_entry(const struct build_manifest_entry *a, const struct build_manifest_entry *b)
{
	return a->status == b->status && a->percent == b->percent
	       && a->n_fallback == b->n_fallback && a->n_untranslated == b->n_untranslated
	       && a->inputs == b->inputs && a->links == b->links
	       && a->text.size == b->text.size && a->text.digest == b->text.digest
	       && a->html.size == b->html.size && a->html.digest == b->html.digest
	       && a->meta.minutes == b->meta.minutes && same_string(a->article_id, b->article_id)
	       && same_string(a->language_dir, b->language_dir)
	       && same_string(a->meta.title, b->meta.title)
	       && same_string(a->meta.published, b->meta.published)
	       && same_string(a->meta.description, b->meta.description);
}

/* m would be written as the file old was read from, alone, is. */
static int same_as_read(const struct build_manifest *m, const struct build_manifest *old,
			const char *path)
{
	if (!old || old->n_files != 1 || !old->read_from || strcmp(old->read_from, path) != 0
	    || m->n_entries != old->n_entries || m->has_site != old->has_site
	    || (m->has_site && (m->site_inputs != old->site_inputs
				|| m->site_pages.n != old->site_pages.n)))
		return 0;
	for (size_t i = 0; i < m->n_entries; i++)
		if (!same_entry(&m->entries[i], &old->entries[i]))
			return 0;
	for (size_t i = 0; m->has_site && i < m->site_pages.n; i++) {
		const struct site_page *a = &m->site_pages.pages[i], *b = &old->site_pages.pages[i];
		if (a->size != b->size || a->digest != b->digest || strcmp(a->path, b->path) != 0)
			return 0;
	}
	return 1;
}

int build_manifest_write(const struct build_manifest *m, const char *out, int shard,
			 int n_shards, const struct build_manifest *old)
{
	struct strbuf text = STRBUF_INIT, path = STRBUF_INIT;
	char hex[FOLIO_DIGEST_HEX_LEN];

	manifest_path(&path, out, shard, n_shards);
	if (same_as_read(m, old, path.buf)) {
		strbuf_release(&path);
		return 0;
	}

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
	sealed_text_seal(&text);
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
	char *to = strchr(s, '\\');   /* most fields have no escape */

	if (!to)
		return 0;
	for (const char *p = to; *p; p++) {
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

/* The entries of text (len bytes) into m's list (not its index: m only
 * holds them until they are all known good), pointing into text, or -1
 * when any part of it is not as build_manifest_write writes it. */
static int parse_manifest(char *text, size_t len, struct build_manifest *m)
{
	char *end, *line = sealed_text_open(text, len, MANIFEST_HEADER, &end);

	if (!line)
		return -1;
	for (char *next; line < end; line = next) {
		next = sealed_text_next(line, end);   /* before the line is cut up */
		if (*line == '/') {
			if (parse_site_line(line, m) < 0)
				return -1;
			continue;
		}
		struct build_manifest_entry e;
		memset(&e, 0, sizeof(e));
		if (parse_entry(line, &e) < 0)
			return -1;
		append(m, &e);
	}
	return 0;
}

/* 0 when the manifest at path was read whole into m. */
static int read_one(struct build_manifest *m, const char *path)
{
	size_t len;
	char *text = read_file(path, &len);

	if (!text) {
		if (errno != ENOENT)
			diag_warning(path, 0, 0, _("cannot read the manifest (%s); every edition it "
						   "lists is rendered again"), read_file_strerror(errno));
		return -1;
	}
	/* All of it or nothing: parsed apart, then added. */
	struct build_manifest one;
	build_manifest_init(&one);
	if (parse_manifest(text, len, &one) < 0) {
		diag_warning(path, 0, 0, _("the manifest is damaged; every edition it lists is "
					   "rendered again"));
		free(text);
		build_manifest_release(&one);
		return -1;
	}
	for (size_t i = 0; i < one.n_entries; i++)
		build_manifest_add(m, &one.entries[i]);
	FOLIO_GROW(m->texts, m->n_texts + 1, m->texts_alloc);
	m->texts[m->n_texts++] = text;
	/* A whole build's pages: shards write none. */
	if (one.has_site && !m->has_site) {
		m->has_site = 1;
		m->site_inputs = one.site_inputs;
		m->site_pages = one.site_pages;
		memset(&one.site_pages, 0, sizeof(one.site_pages));
	}
	build_manifest_release(&one);
	return 0;
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
	m->n_files += (int)n_names;
	for (size_t i = 0; i < n_names; i++) {
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", out, names[i]);
		if (read_one(m, path.buf) == 0 && n_names == 1)
			m->read_from = xstrdup(path.buf);
		strbuf_release(&path);
		free(names[i]);
	}
	free(names);
}
