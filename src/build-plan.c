/* build-plan.c: finding the articles and languages, and fingerprinting
 * each edition's inputs. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlversion.h>
#include <unicode/uversion.h>

#include "atomic-file.h"
#include "content-files.h"
#include "build-plan.h"
#include "diag.h"
#include "digest.h"
#include "edition.h"
#include "i18n.h"
#include "its.h"
#include "parallel.h"
#include "project.h"
#include "xalloc.h"

/* Does the document name the XLink namespace, as any its:rules element
 * linking a rules file must? */
static int names_xlink(const char *text, size_t len)
{
	static const char xlink[] = "http://www.w3.org/1999/xlink";

	return memmem(text, len, xlink, sizeof(xlink) - 1) != NULL;
}

/* What one file contributes: its bytes, or that it is missing.  A file
 * that exists but cannot be read makes the edition unknown.  With links,
 * also whether it names the XLink namespace. */
static uint64_t digest_of_file(struct stat_cache *cache, const char *path, uint64_t seed,
			       int *known, int *links)
{
	uint64_t bytes;
	int64_t size;

	if (stat_cache_digest_marked(cache, path, &bytes, &size, links ? names_xlink : NULL,
				     links) < 0) {
		if (errno != ENOENT)
			*known = 0;
		return digest_string("missing", seed);
	}
	return digest_number(bytes, digest_number((uint64_t)size, digest_string("file", seed)));
}

static uint64_t file_digest(struct stat_cache *cache, const char *path, uint64_t seed,
			    int *known)
{
	return digest_of_file(cache, path, seed, known, NULL);
}

/* What a document contributes: its bytes, and those of every rules file it
 * links (its:rules xlink:href), which change what it holds.  Only a
 * document that names the XLink namespace is parsed to find them. */
static uint64_t document_digest(struct stat_cache *cache, const char *path, uint64_t seed,
				int *known)
{
	int links = 0;
	uint64_t d = digest_of_file(cache, path, seed, known, &links);

	if (!links)
		return d;
	char **files;
	size_t n;
	its_linked_files(path, &files, &n);
	for (size_t i = 0; i < n; i++) {
		d = file_digest(cache, files[i], digest_string(files[i], d), known);
		free(files[i]);
	}
	free(files);
	return d;
}

/* The catalogs of locale's chain in folder po/DOMAIN, as translations.c
 * reads them. */
static uint64_t chain_digest(struct stat_cache *cache, const char *po_dir, const char *domain,
			     const struct locale *locale, uint64_t seed, int *known)
{
	struct strbuf path = STRBUF_INIT;

	seed = digest_number(locale->n_chain, seed);
	for (size_t i = 0; i < locale->n_chain && i < 2; i++) {
		strbuf_reset(&path);   /* po/DOMAIN/LANG.po, without printf: per edition */
		strbuf_addstr(&path, po_dir);
		strbuf_addch(&path, '/');
		strbuf_addstr(&path, domain);
		strbuf_addch(&path, '/');
		strbuf_addstr(&path, locale->chain[i]);
		strbuf_addstr(&path, ".po");
		seed = file_digest(cache, path.buf, seed, known);
	}
	strbuf_release(&path);
	return seed;
}

/* What every edition of the build shares: versions, width and languages. */
static uint64_t shared_digest(const struct build_plan *plan)
{
	const char *data_dirs = getenv("GETTEXTDATADIRS");
	uint64_t d = digest_string("folio " PACKAGE_VERSION " icu " U_ICU_VERSION
				   " libxml2 " LIBXML_DOTTED_VERSION, 0);

	d = digest_number((uint64_t)plan->opts->width, d);
	d = digest_number((uint64_t)plan->opts->project->formats, d);
	d = digest_string(plan->opts->project->source_language, d);
	d = digest_string(plan->template_path.buf, digest_string(plan->template_po.buf, d));
	d = digest_string(data_dirs ? data_dirs : "", d);
	d = digest_string(plan->opts->base_url ? plan->opts->base_url : "", d);
	for (size_t i = 0; i < plan->n_languages; i++) {
		const struct locale *l = &plan->languages[i];
		d = digest_string(l->tag, digest_string(l->icu, digest_string(l->dir, d)));
		d = digest_string(l->name, digest_number((uint64_t)l->known, d));
	}
	return d;
}

/* The articles of the content folder, sorted, and room for what each
 * contributes. */
static void find_articles(struct build_plan *plan, uint64_t **digests)
{
	content_articles(plan->opts->content, 0, &plan->articles, &plan->n_articles);
	plan->article_ids = xcalloc(plan->n_articles + 1, sizeof(char *));
	*digests = xcalloc(plan->n_articles + 1, sizeof(**digests));
	for (size_t i = 0; i < plan->n_articles; i++) {
		struct strbuf id = STRBUF_INIT;
		edition_article_id(plan->articles[i], &id);
		plan->article_ids[i] = strbuf_detach(&id, NULL);
	}
}

/* The project's own template, or the installed one: the build says which. */
static void find_template(struct build_plan *plan)
{
	if (project_edition_template(plan->opts->content, plan->opts->po, &plan->template_path,
				     &plan->template_po))
		diag_note(NULL, 0, 0, _("using the installed edition template '%s' and the "
					"catalogs of '%s/edition'"), plan->template_path.buf,
			  plan->template_po.buf);
	else if (access(plan->template_path.buf, F_OK) != 0)
		diag_note(plan->template_path.buf, 0, 0, _("no edition template: the project has "
							   "none, and none is installed in '%s'"),
			  project_data_dir());
}

/* en-XA and ar-XB after the languages of LINGUAS (unless listed there). */
static void add_pseudo_locales(struct build_plan *plan)
{
	static const char *const tags[] = { "en-XA", "ar-XB" };

	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		struct locale loc;
		locale_parse(tags[i], &loc, NULL);
		int listed = 0;
		for (size_t j = 0; j < plan->n_languages; j++)
			listed |= strcmp(plan->languages[j].dir, loc.dir) == 0;
		if (listed) {
			locale_release(&loc);
			continue;
		}
		plan->languages = xrealloc(plan->languages,
					   (plan->n_languages + 1) * sizeof(*plan->languages));
		plan->languages[plan->n_languages++] = loc;
	}
}

int build_plan_shard_of(const char *article_id, const char *language_dir, int n_shards)
{
	uint64_t d = digest_string(language_dir, digest_string(article_id, 0));

	return (int)(d % (uint64_t)n_shards);
}

/* What editions share, worked out once: per article its bytes, per
 * language the template and its catalogs on top of what every edition
 * shares. */
struct plan_digests {
	struct build_plan *plan;
	uint64_t *articles, *languages;
	int *article_known, *language_known;
	unsigned char *wanted;   /* per article: it has editions in the shard */
};

/* Editions first .. last - 1 of the grid: their own catalogs, on a thread
 * of their own. */
static void digest_editions(void *data, size_t first, size_t last)
{
	const struct plan_digests *d = data;
	struct build_plan *plan = d->plan;

	for (size_t i = first; i < last; i++) {
		struct build_plan_edition *e = &plan->grid[i];
		if (!d->wanted[e->article])
			continue;
		int known = d->article_known[e->article] && d->language_known[e->language];
		uint64_t seed = digest_number(d->articles[e->article], d->languages[e->language]);
		e->inputs = chain_digest(plan->cache, plan->opts->po, plan->article_ids[e->article],
					 &plan->languages[e->language], seed, &known);
		e->inputs_known = known;
	}
}

/* The editions of the shard in job order, and every edition of their
 * articles in the grid (their links depend on which of them are built),
 * each with its fingerprint. */
static void plan_editions(struct build_plan *plan)
{
	const struct build_options *opts = plan->opts;
	struct plan_digests d = { plan, NULL, NULL, NULL, NULL, NULL };
	size_t alloc = 0, n_languages = plan->n_languages;

	find_articles(plan, &d.articles);
	d.article_known = xcalloc(plan->n_articles + 1, sizeof(int));
	d.wanted = xcalloc(plan->n_articles + 1, 1);
	plan->grid = xcalloc(plan->n_articles * n_languages + 1, sizeof(*plan->grid));
	for (size_t a = 0; a < plan->n_articles; a++)
		for (size_t l = 0; l < n_languages; l++) {
			plan->grid[a * n_languages + l] = (struct build_plan_edition){ a, l, 0, 0 };
			if (opts->n_shards > 1
			    && build_plan_shard_of(plan->article_ids[a], plan->languages[l].dir,
						   opts->n_shards) != opts->shard - 1)
				continue;
			d.wanted[a] = 1;
			FOLIO_GROW(plan->editions, plan->n_editions + 1, alloc);
			plan->editions[plan->n_editions++] = (struct build_plan_edition){ a, l, 0, 0 };
		}
	for (size_t a = 0; a < plan->n_articles; a++) {
		d.article_known[a] = 1;
		if (d.wanted[a])
			d.articles[a] = document_digest(plan->cache, plan->articles[a],
						    digest_string(plan->article_ids[a], 0),
						    &d.article_known[a]);
	}
	int template_known = 1;
	uint64_t shared = document_digest(plan->cache, plan->template_path.buf, shared_digest(plan),
				      &template_known);
	d.languages = xcalloc(n_languages + 1, sizeof(uint64_t));
	d.language_known = xcalloc(n_languages + 1, sizeof(int));
	for (size_t l = 0; l < n_languages; l++) {
		d.language_known[l] = template_known;
		d.languages[l] = chain_digest(plan->cache, plan->template_po.buf, "edition", &plan->languages[l],
					      shared, &d.language_known[l]);
	}
	/* The site's pages show every language's template entries. */
	plan->site_inputs = shared;
	plan->site_inputs_known = template_known;
	for (size_t l = 0; l < n_languages; l++) {
		plan->site_inputs = digest_number(d.languages[l], plan->site_inputs);
		plan->site_inputs_known &= d.language_known[l];
	}
	/* Reading and fingerprinting the catalogs is most of a build that
	 * renders nothing: as many threads as the build has workers. */
	parallel_threads(plan->n_articles * n_languages, opts->jobs, digest_editions, &d);
	for (size_t i = 0; i < plan->n_editions; i++)
		plan->editions[i] = plan->grid[plan->editions[i].article * n_languages
					       + plan->editions[i].language];
	free(d.articles);
	free(d.article_known);
	free(d.wanted);
	free(d.languages);
	free(d.language_known);
}

void build_plan_init(struct build_plan *plan, const struct build_options *opts,
		     struct stat_cache *cache)
{
	memset(plan, 0, sizeof(*plan));
	plan->opts = opts;
	plan->cache = cache;
	strbuf_init(&plan->template_path);
	strbuf_init(&plan->template_po);
	find_template(plan);
	plan->languages = project_languages(opts->project, opts->po, opts->allow_unknown_locale,
					    &plan->n_languages);
	if (opts->pseudo)
		add_pseudo_locales(plan);
	plan_editions(plan);
}

void build_plan_release(struct build_plan *plan)
{
	for (size_t i = 0; plan->article_ids && i < plan->n_articles; i++)
		free(plan->article_ids[i]);
	content_articles_free(plan->articles, plan->n_articles);
	free(plan->article_ids);
	strbuf_release(&plan->template_path);
	strbuf_release(&plan->template_po);
	edition_languages_free(plan->languages, plan->n_languages);
	free(plan->editions);
	free(plan->grid);
	memset(plan, 0, sizeof(*plan));
}
