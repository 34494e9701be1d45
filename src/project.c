/* project.c: finding folio.conf and reading it into a struct project.
 * Each key has a row in one table: its section, its name and the
 * function that checks and stores its value. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic-file.h"
#include "check-config.h"
#include "diag.h"
#include "edition.h"
#include "i18n.h"
#include "ini.h"
#include "locale-tag.h"
#include "project.h"
#include "xalloc.h"

#define PROJECT_FILE "folio.conf"

void project_path(const char *base, const char *path, struct strbuf *out)
{
	if (path[0] == '/' || strcmp(base, ".") == 0)
		strbuf_addstr(out, path);
	else
		strbuf_addf(out, "%s/%s", base, path);
}

static void set_path(const struct project *p, char **field, const char *value)
{
	struct strbuf path = STRBUF_INIT;

	project_path(p->root, value, &path);
	free(*field);
	*field = strbuf_detach(&path, NULL);
}

/* ---- values ----------------------------------------------------------- */

static int bad_value(const struct project *p, const struct ini_entry *e, const char *expected)
{
	return diag_error(p->conf, e->line, e->value_column, _("'%s' takes %s, not '%s'"), e->key,
			  expected, e->value);
}

static int set_source_language(struct project *p, const struct ini_entry *e)
{
	struct strbuf reason = STRBUF_INIT;
	int rc = locale_tag_check(e->value, &reason);

	if (rc < 0)
		diag_error(p->conf, e->line, e->value_column, _("'%s' is not a language tag (%s)"),
			   e->value, reason.buf);
	else {
		free(p->source_language);
		p->source_language = xstrdup(e->value);
	}
	strbuf_release(&reason);
	return rc;
}

static int set_folder(struct project *p, const struct ini_entry *e)
{
	char **fields[] = { &p->content, &p->po, &p->output };
	const char *names[] = { "content", "po", "output" };

	if (!e->value[0])
		return bad_value(p, e, _("a folder"));
	for (int i = 0; i < 3; i++)
		if (strcmp(e->key, names[i]) == 0)
			set_path(p, fields[i], e->value);
	if (strcmp(e->key, "content") == 0) {
		free(p->content_ref);
		p->content_ref = xstrdup(e->value);
	}
	return 0;
}

static int set_languages(struct project *p, const struct ini_entry *e)
{
	free(p->languages);
	p->languages = xstrdup(e->value);
	p->languages_line = e->line;
	return 0;
}

static int set_formats(struct project *p, const struct ini_entry *e)
{
	struct strbuf list = STRBUF_INIT;
	int formats = 0;

	strbuf_addstr(&list, e->value);
	for (char *word = strtok(list.buf, " ,\t"); word; word = strtok(NULL, " ,\t")) {
		if (strcmp(word, "text") == 0)
			formats |= PROJECT_FORMAT_TEXT;
		else if (strcmp(word, "html") == 0)
			formats |= PROJECT_FORMAT_HTML;
		else
			formats = -1;
		if (formats < 0)
			break;
	}
	strbuf_release(&list);
	if (formats <= 0)
		return bad_value(p, e, _("'text', 'html' or both"));
	p->formats = formats;
	return 0;
}

static int set_width(struct project *p, const struct ini_entry *e)
{
	char *end;
	long width = strtol(e->value, &end, 10);

	if (end == e->value || *end || width < 0 || width > 10000)
		return bad_value(p, e, _("a whole number from 0 to 10000"));
	p->width = (int)width;
	return 0;
}

static int set_min_complete(struct project *p, const struct ini_entry *e)
{
	char *end;
	double value = strtod(e->value, &end);

	if (end == e->value || *end || !isfinite(value) || value < 0 || value > 100)
		return bad_value(p, e, _("a percentage from 0 to 100"));
	p->min_complete = value;
	return 0;
}

static int set_fallback(struct project *p, const struct ini_entry *e)
{
	if (strcmp(e->value, "chain") != 0 && strcmp(e->value, "source") != 0)
		return bad_value(p, e, _("'chain' or 'source'"));
	p->language_fallback = strcmp(e->value, "chain") == 0;
	return 0;
}

static int set_base_url(struct project *p, const struct ini_entry *e)
{
	if (strncmp(e->value, "https://", 8) != 0 && strncmp(e->value, "http://", 7) != 0
	    && e->value[0] != '/')
		return bad_value(p, e, _("an http(s) address or a path starting with '/'"));
	free(p->base_url);
	p->base_url = xstrdup(e->value);
	return 0;
}

struct key {
	const char *section, *name;
	int (*set)(struct project *p, const struct ini_entry *e);
};

static const struct key keys[] = {
	{ "project", "source-language", set_source_language },
	{ "project", "content", set_folder },
	{ "project", "po", set_folder },
	{ "project", "output", set_folder },
	{ "project", "languages", set_languages },
	{ "build", "formats", set_formats },
	{ "build", "width", set_width },
	{ "build", "min-complete", set_min_complete },
	{ "build", "fallback", set_fallback },
	{ "site", "base-url", set_base_url },
};

static int visit(const struct ini_entry *e, void *data)
{
	struct project *p = data;
	int known_section = strcmp(e->section, "check") == 0;

	/* Thresholds are check-config's to read; it checks them here too. */
	if (known_section)
		return check_config_entry(p->conf, e);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (strcmp(e->section, keys[i].section) != 0)
			continue;
		known_section = 1;
		if (strcmp(e->key, keys[i].name) == 0)
			return keys[i].set(p, e);
	}
	if (!e->section[0])
		diag_warning(p->conf, e->line, e->column, _("'%s' is in no section; ignored"),
			     e->key);
	else if (known_section)
		diag_warning(p->conf, e->line, e->column, _("unknown key '%s' in [%s]; ignored"),
			     e->key, e->section);
	else
		diag_warning(p->conf, e->line, e->column, _("unknown section '[%s]'; ignored"),
			     e->section);
	return 0;
}

/* ---- finding it ------------------------------------------------------- */

/* The folder of the nearest folio.conf from the working folder up, as
 * "." or "../..", or NULL. */
static char *find_root(void)
{
	struct strbuf dir = STRBUF_INIT, path = STRBUF_INIT;
	struct stat here, up;

	strbuf_addch(&dir, '.');
	for (int depth = 0; depth < 256; depth++) {
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/" PROJECT_FILE, dir.buf);
		if (access(path.buf, F_OK) == 0) {
			strbuf_release(&path);
			return strbuf_detach(&dir, NULL);
		}
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/..", dir.buf);
		/* The root is its own parent. */
		if (stat(dir.buf, &here) != 0 || stat(path.buf, &up) != 0
		    || (here.st_dev == up.st_dev && here.st_ino == up.st_ino))
			break;
		strbuf_reset(&dir);
		strbuf_addstr(&dir, depth == 0 ? ".." : path.buf);
	}
	strbuf_release(&dir);
	strbuf_release(&path);
	return NULL;
}

/* p as a project rooted at root with no folio.conf read yet. */
static void set_defaults(struct project *p, char *root)
{
	memset(p, 0, sizeof(*p));
	p->root = root;
	p->source_language = xstrdup(FOLIO_DEFAULT_SOURCE_LANGUAGE);
	set_path(p, &p->content, "content");
	p->content_ref = xstrdup("content");
	set_path(p, &p->po, "po");
	set_path(p, &p->output, "editions");
	p->formats = PROJECT_FORMAT_TEXT | PROJECT_FORMAT_HTML;
	p->width = 72;
	p->min_complete = 100;   /* as check: what passes the gate is published */
	p->language_fallback = 1;
}

int project_parse(struct project *p, const char *conf, const char *text)
{
	set_defaults(p, xstrdup("."));
	p->conf = xstrdup(conf);
	return ini_parse(p->conf, text, visit, p);
}

int project_load(struct project *p)
{
	char *root = find_root();

	set_defaults(p, root ? root : xstrdup("."));
	if (!root)
		return 0;
	struct strbuf conf = STRBUF_INIT;
	project_path(p->root, PROJECT_FILE, &conf);
	p->conf = strbuf_detach(&conf, NULL);
	char *text = read_file(p->conf, NULL);
	if (!text)
		return diag_io_error(p->conf, 0, 0, _("cannot read file: %s"),
				     read_file_strerror(errno));
	int rc = ini_parse(p->conf, text, visit, p);
	free(text);
	return rc;
}

void project_set_content(struct project *p, const char *dir)
{
	free(p->content);
	free(p->content_ref);
	p->content = xstrdup(dir);
	p->content_ref = xstrdup(dir);
}

void project_release(struct project *p)
{
	free(p->root);
	free(p->conf);
	free(p->source_language);
	free(p->content);
	free(p->content_ref);
	free(p->po);
	free(p->output);
	free(p->languages);
	free(p->base_url);
	memset(p, 0, sizeof(*p));
}

/* ---- installed data --------------------------------------------------- */

const char *project_data_dir(void)
{
	const char *dir = getenv("FOLIO_DATADIR");

	return dir && *dir ? dir : FOLIO_DATA_DIR;
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int project_edition_template(const char *content_dir, const char *po_dir,
			     struct strbuf *template_path, struct strbuf *template_po)
{
	struct strbuf own = STRBUF_INIT;

	strbuf_addf(&own, "%s/edition.xml", content_dir);
	struct strbuf installed = STRBUF_INIT;
	strbuf_addf(&installed, "%s/content/edition.xml", project_data_dir());
	/* Without either, the project's own is the one to ask for. */
	if (access(own.buf, F_OK) == 0 || access(installed.buf, F_OK) != 0) {
		strbuf_release(&installed);
		strbuf_addstr(template_path, own.buf);
		strbuf_addstr(template_po, po_dir);
		strbuf_release(&own);
		return 0;
	}
	strbuf_addstr(template_path, installed.buf);
	strbuf_release(&installed);
	strbuf_reset(&own);
	strbuf_addf(&own, "%s/edition", po_dir);
	if (is_dir(own.buf))
		strbuf_addstr(template_po, po_dir);
	else
		strbuf_addf(template_po, "%s/po", project_data_dir());
	strbuf_release(&own);
	return 1;
}

struct locale *project_languages(const struct project *p, const char *po_dir, int allow_unknown,
				 size_t *n)
{
	struct locale *list = p->languages
		? edition_languages_listed(p->source_language, p->languages, p->conf,
					   p->languages_line, allow_unknown, n)
		: edition_languages(p->source_language, po_dir, allow_unknown, n);

	for (size_t i = 0; !p->language_fallback && i < *n; i++)
		locale_drop_fallback(&list[i]);
	return list;
}

/* Whether a tag of text (LINGUAS: tags separated by blanks, '#' comments)
 * is the locale's catalog name. */
static int lists_language(const char *text, const struct locale *loc)
{
	struct strbuf copy = STRBUF_INIT;
	int found = 0;

	strbuf_addstr(&copy, text);
	for (char *line = copy.buf, *next; !found && line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		line[strcspn(line, "#")] = '\0';
		for (char *tag = strtok(line, " \t\r"); !found && tag; tag = strtok(NULL, " \t\r")) {
			struct locale other;
			if (locale_parse(tag, &other, NULL) == 0) {
				found = strcmp(other.name, loc->name) == 0;
				locale_release(&other);
			}
		}
	}
	strbuf_release(&copy);
	return found;
}

int project_add_language(const struct project *p, const struct locale *loc)
{
	/* The source language's editions are built without being listed. */
	if (lists_language(p->source_language, loc))
		return 0;
	if (p->languages) {
		if (!lists_language(p->languages, loc))
			diag_note(p->conf, p->languages_line, 0, _("add '%s' to 'languages' to publish "
								    "its editions"), loc->tag);
		return 0;
	}
	struct strbuf path = STRBUF_INIT;
	strbuf_addf(&path, "%s/LINGUAS", p->po);
	size_t len = 0;
	char *text = read_file(path.buf, &len);
	int rc = 0;
	if (!text && errno != ENOENT) {
		rc = diag_io_error(path.buf, 0, 0, _("cannot read file: %s"),
				   read_file_strerror(errno));
	} else if (!text || !lists_language(text, loc)) {
		struct strbuf data = STRBUF_INIT;
		strbuf_add(&data, text ? text : "", len);
		if (data.len && data.buf[data.len - 1] != '\n')
			strbuf_addch(&data, '\n');
		strbuf_addf(&data, "%s\n", loc->name);
		struct atomic_file af;
		rc = atomic_file_open(&af, path.buf);
		if (rc == 0 && fwrite(data.buf, 1, data.len, af.fp) != data.len) {
			atomic_file_abort(&af);
			rc = diag_io_error(path.buf, 0, 0, _("cannot write file: %s"), strerror(errno));
		} else if (rc == 0) {
			rc = atomic_file_commit(&af);
		}
		if (rc == 0) {
			printf(_("added %s to %s\n"), loc->name, path.buf);
			rc = 1;
		}
		strbuf_release(&data);
	}
	free(text);
	strbuf_release(&path);
	return rc;
}

/* ---- domains ---------------------------------------------------------- */

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* An article or the edition template: a source that has a domain. */
static int has_domain(const char *path)
{
	char *text = read_file(path, NULL);
	int found = text && (strstr(text, "urn:x-folio:article") || strstr(text, "urn:x-folio:edition"));

	free(text);
	return found;
}

char **project_domains(const struct project *p, size_t *n)
{
	DIR *dir = opendir(p->content);
	char **names = NULL;
	size_t alloc = 0;
	struct dirent *entry;

	*n = 0;
	if (!dir) {
		diag_io_error(p->content, 0, 0, _("cannot open folder: %s"), strerror(errno));
		return NULL;
	}
	while ((entry = readdir(dir))) {
		size_t len = strlen(entry->d_name);
		if (entry->d_name[0] == '.' || len < 5 || strcmp(entry->d_name + len - 4, ".xml") != 0)
			continue;
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", p->content, entry->d_name);
		if (check_regular_file(path.buf) == 0 && has_domain(path.buf)) {
			FOLIO_GROW(names, *n + 1, alloc);
			names[(*n)++] = xstrndup(entry->d_name, len - 4);
		}
		strbuf_release(&path);
	}
	closedir(dir);
	if (*n)
		qsort(names, *n, sizeof(char *), compare_names);
	return names;
}

void project_domains_free(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
