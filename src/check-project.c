/* check-project.c: missing catalogs and missing domains.  The languages
 * come from LINGUAS as build reads them (a tag per word, '#' a comment);
 * a word that is not a language tag is build's to report, not ours. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic-file.h"
#include "check-config.h"
#include "check-project.h"
#include "content-files.h"
#include "edition.h"
#include "i18n.h"
#include "locale-tag.h"
#include "strbuf.h"
#include "xalloc.h"

struct language {
	char *name;      /* its catalog's name: pt_BR */
	long line;       /* in LINGUAS */
};

struct project {
	struct strbuf po_dir, linguas, content_dir;
	struct language *languages;
	size_t n_languages, alloc;
};

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int has_linguas(const char *dir)
{
	struct strbuf path = STRBUF_INIT;

	strbuf_addf(&path, "%s/LINGUAS", dir);
	int found = access(path.buf, F_OK) == 0;
	strbuf_release(&path);
	return found;
}

/* The folder above path ("." for a bare name, "./.." for "."). */
static void parent_of(const char *path, struct strbuf *out)
{
	size_t len = strlen(path);

	while (len > 1 && path[len - 1] == '/')
		len--;
	size_t base = len;
	while (base > 0 && path[base - 1] != '/')
		base--;
	if ((len - base == 1 && path[base] == '.')
	    || (len - base == 2 && path[base] == '.' && path[base + 1] == '.')) {
		strbuf_add(out, path, len);
		strbuf_addstr(out, "/..");
		return;
	}
	while (len > 0 && path[len - 1] != '/')
		len--;
	while (len > 1 && path[len - 1] == '/')
		len--;
	if (len == 0)
		strbuf_addch(out, '.');
	else
		strbuf_add(out, path, len);
}

int check_project_applies(const char *path)
{
	if (!is_dir(path))
		return 0;
	if (has_linguas(path))
		return 1;
	struct strbuf parent = STRBUF_INIT;
	parent_of(path, &parent);
	int found = has_linguas(parent.buf);
	strbuf_release(&parent);
	return found;
}

static void read_languages(struct project *p)
{
	char *text = read_file(p->linguas.buf, NULL);
	long line_no = 0;

	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		line_no++;
		char *comment = strchr(line, '#');
		if (comment)
			*comment = '\0';
		for (char *tag = strtok(line, " \t\r"); tag; tag = strtok(NULL, " \t\r")) {
			struct locale loc;
			if (locale_parse(tag, &loc, NULL) < 0)
				continue;
			FOLIO_GROW(p->languages, p->n_languages + 1, p->alloc);
			p->languages[p->n_languages++] = (struct language){ xstrdup(loc.name), line_no };
			locale_release(&loc);
		}
	}
	free(text);
}

static void project_release(struct project *p)
{
	for (size_t i = 0; i < p->n_languages; i++)
		free(p->languages[i].name);
	free(p->languages);
	strbuf_release(&p->po_dir);
	strbuf_release(&p->linguas);
	strbuf_release(&p->content_dir);
}

/* A missing catalog counts as 0%: it fails unless its threshold is 0. */
static void check_catalogs(const struct project *p, const char *domain,
			   const struct check_options *opts, struct check_report *report)
{
	struct strbuf po = STRBUF_INIT;

	for (size_t i = 0; i < p->n_languages; i++) {
		const struct language *lang = &p->languages[i];
		strbuf_reset(&po);
		strbuf_addf(&po, "%s/%s/%s.po", p->po_dir.buf, domain, lang->name);
		if (access(po.buf, F_OK) == 0)
			continue;
		struct check_catalog *c = check_report_add_catalog(report, po.buf);
		c->missing = 1;
		c->min_complete = check_config_threshold(opts->config, opts->min_complete, domain,
							 lang->name);
		check_report_add(report, p->linguas.buf, lang->line, "missing-catalog",
				 c->min_complete > 0 ? CHECK_ERROR : CHECK_WARNING,
				 _("'%s' has no catalog '%s' (0%% translated); run 'folio init %s "
				   "%s/%s'"), lang->name, po.buf, lang->name, p->po_dir.buf, domain);
		check_report_close_catalog(report, c, opts->strict);
	}
	strbuf_release(&po);
}

/* Every article has a domain folder, and every domain a catalog for every
 * language; one domain when only it was asked for. */
static void check_domains(const struct project *p, const char *only,
			  const struct check_options *opts, struct check_report *report)
{
	char **articles;
	size_t n_articles;
	struct strbuf dir = STRBUF_INIT, id = STRBUF_INIT;

	/* One domain asked for: its article alone, not a listing of them all
	 * (a check of thousands of domains would list them thousands of times). */
	if (only) {
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s.xml", p->content_dir.buf, only);
		articles = xcalloc(1, sizeof(*articles));
		n_articles = content_is_article(path.buf);
		articles[0] = strbuf_detach(&path, NULL);
		if (!n_articles)
			free(articles[0]);
	} else {
		content_articles(p->content_dir.buf, 1, &articles, &n_articles);
	}
	for (size_t i = 0; i < n_articles; i++) {
		strbuf_reset(&id);
		edition_article_id(articles[i], &id);
		if (only && strcmp(only, id.buf) != 0)
			continue;
		strbuf_reset(&dir);
		strbuf_addf(&dir, "%s/%s", p->po_dir.buf, id.buf);
		if (is_dir(dir.buf)) {
			check_catalogs(p, id.buf, opts, report);
			continue;
		}
		strbuf_addch(&dir, '/');
		struct check_catalog *c = check_report_add_catalog(report, dir.buf);
		snprintf(c->domain, sizeof(c->domain), "%s", id.buf);
		c->min_complete = check_config_threshold(opts->config, opts->min_complete, id.buf, "");
		check_report_add(report, articles[i], 0, "missing-domain", CHECK_ERROR,
				 _("the article has no domain folder '%s'; create it and run "
				   "'folio update %s'"), dir.buf, dir.buf);
		check_report_close_catalog(report, c, opts->strict);
	}
	/* The edition template's domain, when the project has its own. */
	strbuf_reset(&dir);
	strbuf_addf(&dir, "%s/edition", p->po_dir.buf);
	if ((!only || strcmp(only, "edition") == 0) && is_dir(dir.buf))
		check_catalogs(p, "edition", opts, report);
	content_articles_free(articles, n_articles);
	strbuf_release(&dir);
	strbuf_release(&id);
}

void check_project(const char *path, const struct check_options *opts,
		   struct check_report *report)
{
	struct project p = { STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, NULL, 0, 0 };
	const char *only = NULL;
	struct strbuf name = STRBUF_INIT;

	if (has_linguas(path)) {
		size_t len = strlen(path);
		while (len > 1 && path[len - 1] == '/')
			len--;
		strbuf_add(&p.po_dir, path, len);
	} else {
		parent_of(path, &p.po_dir);
		size_t len = strlen(path);
		while (len > 1 && path[len - 1] == '/')
			len--;
		struct strbuf trimmed = STRBUF_INIT;
		strbuf_add(&trimmed, path, len);
		strbuf_add_stem(&name, trimmed.buf, "");
		strbuf_release(&trimmed);
		only = name.buf;
	}
	strbuf_addf(&p.linguas, "%s/LINGUAS", p.po_dir.buf);
	/* folio.conf's content folder, else content/ beside po/, named as the
	 * user would: "content", not "po/../content". */
	struct strbuf parent = STRBUF_INIT;
	parent_of(p.po_dir.buf, &parent);
	if (opts->content_dir)
		strbuf_addstr(&p.content_dir, opts->content_dir);
	else if (strcmp(parent.buf, ".") == 0 && p.po_dir.buf[0] != '.')
		strbuf_addstr(&p.content_dir, "content");
	else
		strbuf_addf(&p.content_dir, "%s/content", parent.buf);
	strbuf_release(&parent);
	read_languages(&p);
	check_domains(&p, only, opts, report);
	project_release(&p);
	strbuf_release(&name);
}
