/* build.c: folio build's engine: the plan, the editions to render, the
 * workers' results, the manifest and the index.
 *
 * State lives in three places: the plan (build-plan.h: what the build is
 * made of, fingerprinted), the manifests read from the output folder
 * (build-manifest.h: what earlier builds left), and the result (build.h:
 * one typed record per edition, filled from the manifest for editions
 * not rendered again and from the workers for the others).  The parent
 * alone prints per-edition notes, in job order, so that the output is the
 * same whatever the number of workers. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic-file.h"
#include "build.h"
#include "build-manifest.h"
#include "build-plan.h"
#include "build-pool.h"
#include "check-config.h"
#include "diag.h"
#include "digest.h"
#include "edition.h"
#include "i18n.h"
#include "parallel.h"
#include "progress.h"
#include "project.h"
#include "render.h"
#include "site.h"
#include "xalloc.h"

#define NOT_BUILT ((size_t)-1)

struct build {
	const struct build_options *opts;
	struct build_plan plan;
	struct build_manifest old;   /* what earlier builds recorded */
	size_t *jobs;                /* the plan editions to render */
	size_t n_jobs;
	struct build_output *outputs;  /* per plan edition, text then html */
	struct stat_cache *cache;    /* files' fingerprints by their stamps */
	unsigned char *reached;      /* per grid edition: built, so linked to */
	unsigned char *guessed;      /* per grid edition: reached is a guess that its
	                                rendering settles (settle_links) */
	size_t *edition_of;          /* per grid edition: its plan edition, or NOT_BUILT */
	const struct build_manifest_entry **recorded;  /* per grid edition of the plan's
	                                articles: the manifest's entry made from its
	                                present inputs, or NULL */
	uint64_t *links;             /* per article: fingerprint of its reached languages */
};

/* ---- one edition, in a worker ----------------------------------------- */

/* OUT/LANG/ARTICLE.EXT into path. */
static void output_path(const struct build *b, size_t edition, const char *ext,
			struct strbuf *path)
{
	const struct build_plan_edition *e = &b->plan.editions[edition];

	strbuf_reset(path);
	strbuf_addstr(path, b->opts->out);
	strbuf_addch(path, '/');
	strbuf_addstr(path, b->plan.languages[e->language].dir);
	strbuf_addch(path, '/');
	strbuf_addstr(path, b->plan.article_ids[e->article]);
	strbuf_addch(path, '.');
	strbuf_addstr(path, ext);
}

/* The stamp of an output just written, or size -1. */
static void stamp_output(const char *path, struct file_stamp *stamp)
{
	if (stat_cache_stamp(path, stamp) < 0)
		stamp->size = -1;
}

/* OUT/LANG made if need be, and checked to be a real folder: a language
 * folder that is a link would take editions elsewhere.  *ready remembers
 * it for the worker's next editions in that language. */
static int language_folder(const struct build *b, size_t language, unsigned char *ready)
{
	struct strbuf path = STRBUF_INIT;
	struct stat st;
	int rc = 0;

	if (*ready)
		return 0;
	strbuf_addf(&path, "%s/%s", b->opts->out, b->plan.languages[language].dir);
	if (mkdir(path.buf, 0777) != 0 && errno != EEXIST)
		rc = diag_io_error(path.buf, 0, 0, _("cannot create folder: %s"), strerror(errno));
	else if (lstat(path.buf, &st) != 0 || !S_ISDIR(st.st_mode))
		rc = diag_io_error(path.buf, 0, 0, _("not written: not a folder of the output folder"));
	strbuf_release(&path);
	*ready = rc == 0;
	return rc;
}

static int write_edition(const struct build *b, size_t edition, const struct strbuf *text,
			 const struct strbuf *html, unsigned char *folders_ready,
			 struct build_pool_record *r)
{
	const struct build_plan_edition *e = &b->plan.editions[edition];
	struct strbuf path = STRBUF_INIT;

	if (language_folder(b, e->language, &folders_ready[e->language]) < 0)
		return -1;
	int formats = b->opts->project->formats, rc = 0;
	r->text_stamp.size = r->html_stamp.size = -1;
	output_path(b, edition, "txt", &path);
	if (formats & PROJECT_FORMAT_TEXT
	    && (rc = atomic_file_write_if_changed(path.buf, text->buf, text->len)) == 0)
		stamp_output(path.buf, &r->text_stamp);
	output_path(b, edition, "html", &path);
	if (rc == 0 && (formats & PROJECT_FORMAT_HTML)
	    && (rc = atomic_file_write_if_changed(path.buf, html->buf, html->len)) == 0)
		stamp_output(path.buf, &r->html_stamp);
	strbuf_release(&path);
	return rc;
}

/* A skipped edition is not left published by an earlier build: its files
 * go, in a language folder that is a real folder of the output. */
static void remove_edition(const struct build *b, size_t edition)
{
	static const char *const extensions[] = { "txt", "html" };
	const struct build_plan_edition *e = &b->plan.editions[edition];
	struct strbuf path = STRBUF_INIT;
	struct stat st;

	strbuf_addf(&path, "%s/%s", b->opts->out, b->plan.languages[e->language].dir);
	if (lstat(path.buf, &st) == 0 && S_ISDIR(st.st_mode)) {
		for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++) {
			output_path(b, edition, extensions[i], &path);
			if (unlink(path.buf) != 0 && errno != ENOENT)
				diag_warning(path.buf, 0, 0, _("cannot remove the skipped edition: %s"),
					     strerror(errno));
		}
	}
	strbuf_release(&path);
}

/* The threshold of the edition of article in language: --min-complete,
 * or what the thresholds file says for them. */
static double threshold_of(const struct build *b, size_t article, size_t language)
{
	return check_config_threshold(b->opts->config, b->opts->min_complete,
				      b->plan.article_ids[article], b->plan.languages[language].name);
}

static double threshold(const struct build *b, size_t edition)
{
	const struct build_plan_edition *e = &b->plan.editions[edition];

	return threshold_of(b, e->article, e->language);
}

/* One edition, rendered and written unless below the threshold. */
static void build_one(const struct build *b, struct edition_set *set,
		      struct localise_doc *article, size_t edition, unsigned char *folders_ready,
		      struct build_pool_record *r)
{
	const struct locale *locale = &b->plan.languages[b->plan.editions[edition].language];
	struct strbuf text = STRBUF_INIT, html = STRBUF_INIT;
	struct localise_counts counts;

	if (edition_render(set, article, locale, &text, &html, &counts) == 0) {
		r->percent = localise_percent(&counts);
		r->n_fallback = counts.n_fallback;
		r->n_untranslated = counts.n_units - counts.n_translated;
		r->text_size = (long long)text.len;
		r->text_digest = digest_bytes(text.buf, text.len, 0);
		r->html_size = (long long)html.len;
		r->html_digest = digest_bytes(html.buf, html.len, 0);
		if (r->percent < threshold(b, edition)) {
			remove_edition(b, edition);
			r->status = BUILD_SKIPPED;
		} else if (write_edition(b, edition, &text, &html, folders_ready, r) == 0)
			r->status = BUILD_BUILT;
	}
	strbuf_release(&text);
	strbuf_release(&html);
}

/* The edition set of this build: its template, catalogs and languages. */
static void open_set(const struct build *b, struct edition_set *set, int with_languages)
{
	edition_set_init(set, b->opts->po, b->plan.template_path.buf, b->opts->width,
			 with_languages ? b->plan.languages : NULL,
			 with_languages ? b->plan.n_languages : 0);
	set->template_po_dir = b->plan.template_po.buf;
	set->source_language = b->opts->project->source_language;
	set->base_url = b->opts->base_url;
	set->in_site = 1;
}

/* The languages article's editions link to: those built. */
static void use_reached(const struct build *b, struct edition_set *set, size_t article,
			struct locale *reached)
{
	size_t n = 0;

	for (size_t l = 0; l < b->plan.n_languages; l++)
		if (b->reached[article * b->plan.n_languages + l])
			reached[n++] = b->plan.languages[l];
	set->languages = reached;
	set->n_languages = n;
}

/* The pool's worker: jobs first .. last - 1, each article parsed once. */
static int run_worker(void *data, size_t first, size_t last, int fd)
{
	const struct build *b = data;
	struct edition_set set;
	struct localise_doc article = { 0 };
	struct locale *reached = xcalloc(b->plan.n_languages + 1, sizeof(*reached));
	unsigned char *folders_ready = xcalloc(b->plan.n_languages + 1, 1);
	size_t loaded = (size_t)-1;
	int loaded_ok = 0;

	open_set(b, &set, 1);
	for (size_t job = first; job < last; job++) {
		size_t edition = b->jobs[job];
		size_t index = b->plan.editions[edition].article;
		if (index != loaded) {
			localise_doc_release(&article);
			loaded = index;
			loaded_ok = localise_doc_load(&article, b->plan.articles[index]) == 0;
			use_reached(b, &set, index, reached);
		}
		struct build_pool_record r = { .job = job, .status = BUILD_FAILED };
		set.meta = &r.meta;
		if (loaded_ok)
			build_one(b, &set, &article, edition, folders_ready, &r);
		build_pool_send(fd, &r);
		render_meta_release(&r.meta);
	}
	localise_doc_release(&article);
	edition_set_release(&set);
	free(reached);
	free(folders_ready);
	return diag_exit_status(FOLIO_EXIT_OK);
}

/* The share pool's worker: the translated share of grid editions
 * b->jobs[first .. last - 1], each article parsed once. */
static int run_share_worker(void *data, size_t first, size_t last, int fd)
{
	const struct build *b = data;
	struct edition_set set;
	struct localise_doc article = { 0 };
	size_t loaded = (size_t)-1;
	int loaded_ok = 0;

	/* What is wrong with an article or a catalog, rendering reports. */
	diag_set_silent(1);
	open_set(b, &set, 0);
	for (size_t job = first; job < last; job++) {
		const struct build_plan_edition *e = &b->plan.grid[b->jobs[job]];
		if (e->article != loaded) {
			localise_doc_release(&article);
			loaded = e->article;
			loaded_ok = localise_doc_load(&article, b->plan.articles[loaded]) == 0;
		}
		struct build_pool_record r = { .job = job, .status = BUILD_FAILED };
		if (loaded_ok && edition_share(&set, &article, &b->plan.languages[e->language],
					       &r.percent) == 0)
			r.status = BUILD_BUILT;
		build_pool_send(fd, &r);
	}
	localise_doc_release(&article);
	edition_set_release(&set);
	return FOLIO_EXIT_OK;
}

/* ---- which editions are built, so linked to --------------------------- */

/* The shares of grid editions jobs[0 .. n_jobs - 1], counted by workers,
 * into b->reached. */
static void share_jobs(struct build *b, size_t *jobs, size_t n_jobs)
{
	struct build_pool_record *records = xcalloc(n_jobs + 1, sizeof(*records));

	b->jobs = jobs;
	b->n_jobs = n_jobs;
	struct build_pool pool = { n_jobs, b->opts->jobs, run_share_worker, b, NULL };
	build_pool_run(&pool, records);
	for (size_t j = 0; j < n_jobs; j++) {
		const struct build_plan_edition *e = &b->plan.grid[jobs[j]];
		b->reached[jobs[j]] = records[j].status == BUILD_BUILT
				      && records[j].percent >= threshold_of(b, e->article, e->language);
	}
	build_pool_records_release(records, n_jobs);
	free(records);
	b->jobs = NULL;
	b->n_jobs = 0;
}

/* Each article's links: the fingerprint of the languages it reaches. */
static void fingerprint_links(struct build *b, size_t article)
{
	uint64_t d = digest_string("links", 0);

	for (size_t l = 0; l < b->plan.n_languages; l++)
		if (b->reached[article * b->plan.n_languages + l])
			d = digest_string(b->plan.languages[l].dir, d);
	b->links[article] = d;
}

/* Which editions of the build's articles will be built, each article's
 * editions linking to those.  An edition's share comes from the manifest
 * when an earlier build made it from the same inputs.  One this build
 * renders is guessed (as it was last time, else built) and settled once
 * rendered: rendering it is what counts its share.  One of another shard
 * is counted by workers, without rendering.  Fills b->reached and
 * b->links. */
static void plan_links(struct build *b)
{
	size_t n_languages = b->plan.n_languages, n_grid = b->plan.n_articles * n_languages;
	unsigned char *wanted = xcalloc(b->plan.n_articles + 1, 1);
	size_t *jobs = xcalloc(n_grid + 1, sizeof(*jobs)), n_jobs = 0;

	b->reached = xcalloc(n_grid + 1, 1);
	b->guessed = xcalloc(n_grid + 1, 1);
	b->edition_of = xcalloc(n_grid + 1, sizeof(*b->edition_of));
	b->recorded = xcalloc(n_grid + 1, sizeof(*b->recorded));
	b->links = xcalloc(b->plan.n_articles + 1, sizeof(*b->links));
	for (size_t g = 0; g < n_grid; g++)
		b->edition_of[g] = NOT_BUILT;
	for (size_t i = 0; i < b->plan.n_editions; i++) {
		const struct build_plan_edition *e = &b->plan.editions[i];
		wanted[e->article] = 1;
		b->edition_of[e->article * n_languages + e->language] = i;
	}
	for (size_t g = 0; g < n_grid; g++) {
		const struct build_plan_edition *e = &b->plan.grid[g];
		if (!wanted[e->article])
			continue;
		const char *id = b->plan.article_ids[e->article];
		const char *dir = b->plan.languages[e->language].dir;
		double at_least = threshold_of(b, e->article, e->language);
		const struct build_manifest_entry *entry =
			e->inputs_known ? build_manifest_find(&b->old, id, dir, e->inputs) : NULL;
		b->recorded[g] = entry;
		if (at_least <= 0) {
			b->reached[g] = 1;
		} else if (entry) {
			b->reached[g] = entry->percent >= at_least;
		} else if (b->edition_of[g] != NOT_BUILT && !b->opts->index_only) {
			const struct build_manifest_entry *before = build_manifest_find_any(&b->old, id,
											    dir);
			b->reached[g] = !before || before->percent >= at_least;
			b->guessed[g] = 1;
		} else {
			jobs[n_jobs++] = g;
		}
	}
	/* An index from the manifests renders nothing: an edition they lack
	 * is an error of its own. */
	if (n_jobs && !b->opts->index_only)
		share_jobs(b, jobs, n_jobs);
	for (size_t a = 0; a < b->plan.n_articles; a++)
		if (wanted[a])
			fingerprint_links(b, a);
	free(jobs);
	free(wanted);
}

/* The guesses against what rendering found: where one was wrong, its
 * article's links change, and its editions rendered or left with the old
 * links are made the next jobs.  Returns their number (0: every guess
 * held).  Shares do not change on rendering again, so one round settles
 * all. */
static size_t settle_links(struct build *b, const struct build_result *result)
{
	size_t n_languages = b->plan.n_languages, n_jobs = 0;
	unsigned char *moved = xcalloc(b->plan.n_articles + 1, 1);

	for (size_t g = 0; g < b->plan.n_articles * n_languages; g++) {
		if (!b->guessed[g])
			continue;
		b->guessed[g] = 0;
		enum build_status status = result->editions[b->edition_of[g]].status;
		int built = status == BUILD_BUILT || status == BUILD_UNCHANGED;
		/* A failed edition settles nothing: the index waits for it. */
		if (status != BUILD_FAILED && built != b->reached[g]) {
			b->reached[g] = (unsigned char)built;
			moved[g / n_languages] = 1;
		}
	}
	for (size_t i = 0; i < b->plan.n_editions; i++) {
		const struct build_edition *e = &result->editions[i];
		if (!moved[e->article])
			continue;
		if (e->status == BUILD_BUILT || e->status == BUILD_UNCHANGED)
			b->jobs[n_jobs++] = i;
	}
	for (size_t a = 0; a < b->plan.n_articles; a++)
		if (moved[a])
			fingerprint_links(b, a);
	free(moved);
	b->n_jobs = n_jobs;
	return n_jobs;
}

/* ---- what to render --------------------------------------------------- */

static int same_output(const struct build *b, const struct build_output *recorded,
		       const char *path)
{
	uint64_t digest;
	int64_t size;

	return stat_cache_digest(b->cache, path, &digest, &size) == 0
	       && size == recorded->size && digest == recorded->digest;
}

/* Both outputs of edition i hold what entry recorded. */
static int outputs_in_place(const struct build *b, size_t i,
			    const struct build_manifest_entry *entry)
{
	struct strbuf path = STRBUF_INIT;
	int formats = b->opts->project->formats, same = 1;

	output_path(b, i, "txt", &path);
	if (formats & PROJECT_FORMAT_TEXT)
		same = same_output(b, &entry->text, path.buf);
	output_path(b, i, "html", &path);
	if (formats & PROJECT_FORMAT_HTML)
		same = same && same_output(b, &entry->html, path.buf);
	strbuf_release(&path);
	return same;
}

/* The manifest's entry for edition i made from its present inputs, as
 * plan_links found it. */
static const struct build_manifest_entry *recorded(const struct build *b, size_t i)
{
	const struct build_plan_edition *e = &b->plan.editions[i];

	return b->recorded[e->article * b->plan.n_languages + e->language];
}

static void copy_meta(struct render_meta *to, const struct render_meta *from)
{
	*to = (struct render_meta){ xstrdup(from->title), xstrdup(from->published),
				    from->minutes, xstrdup(from->description) };
}

/* Fills in edition i from the manifest when an earlier build made it from
 * the same inputs and its outputs are as that build left them.  Returns
 * 0 when it needs rendering. */
static int reuse(const struct build *b, size_t i, struct build_edition *out)
{
	const struct build_manifest_entry *entry = recorded(b, i);
	if (!entry || entry->links != b->links[b->plan.editions[i].article])
		return 0;
	int below = entry->percent < threshold(b, i);
	/* An edition skipped now but built before: rendering removes it. */
	if ((entry->status == BUILD_SKIPPED) != below)
		return 0;
	if (entry->status == BUILD_BUILT && !outputs_in_place(b, i, entry))
		return 0;
	b->outputs[2 * i] = entry->text;
	b->outputs[2 * i + 1] = entry->html;
	out->status = below ? BUILD_SKIPPED : BUILD_UNCHANGED;
	out->percent = entry->percent;
	out->n_fallback = entry->n_fallback;
	out->n_untranslated = entry->n_untranslated;
	copy_meta(&out->meta, &entry->meta);
	return 1;
}

struct reuse_run {
	const struct build *b;
	struct build_result *result;
	unsigned char *render;    /* per edition: 1 when it must be rendered */
};

/* Editions first .. last - 1 against the manifest, on a thread of their
 * own: reading the outputs back is most of a build that renders nothing. */
static void check_editions(void *data, size_t first, size_t last)
{
	const struct reuse_run *r = data;

	for (size_t i = first; i < last; i++) {
		const struct build_plan_edition *e = &r->b->plan.editions[i];
		struct build_edition *out = &r->result->editions[i];
		*out = (struct build_edition){ e->article, &r->b->plan.languages[e->language],
					       BUILD_FAILED, 0, 0, 0, { 0 } };
		r->render[i] = !reuse(r->b, i, out);
	}
}

static void plan_jobs(struct build *b, struct build_result *result)
{
	struct reuse_run r = { b, result, xcalloc(b->plan.n_editions + 1, 1) };

	b->jobs = xcalloc(b->plan.n_editions + 1, sizeof(*b->jobs));
	b->outputs = xcalloc(2 * b->plan.n_editions + 1, sizeof(*b->outputs));
	parallel_threads(b->plan.n_editions, b->opts->jobs, check_editions, &r);
	for (size_t i = 0; i < b->plan.n_editions; i++)
		if (r.render[i])
			b->jobs[b->n_jobs++] = i;
	free(r.render);
}

/* ---- the workers' results --------------------------------------------- */

static void blame(const struct build *b, size_t edition, int wait_status)
{
	const struct build_plan_edition *e = &b->plan.editions[edition];
	const char *article = b->plan.articles[e->article];
	const char *lang = b->plan.languages[e->language].dir;

	if (WIFSIGNALED(wait_status))
		diag_io_error(article, 0, 0, _("the edition in '%s' was not built: its worker was "
					       "killed by signal %d (%s)"), lang,
			      WTERMSIG(wait_status), strsignal(WTERMSIG(wait_status)));
	else
		diag_io_error(article, 0, 0, _("the edition in '%s' was not built: its worker "
					       "stopped with exit status %d"), lang,
			      WEXITSTATUS(wait_status));
}

/* The outputs a worker wrote, as it saw them right after writing. */
static void keep_stamps(struct build *b, size_t edition, const struct build_pool_record *r)
{
	struct strbuf path = STRBUF_INIT;

	output_path(b, edition, "txt", &path);
	if (r->text_stamp.size >= 0)
		stat_cache_add_written(b->cache, path.buf, &r->text_stamp, r->text_digest);
	output_path(b, edition, "html", &path);
	if (r->html_stamp.size >= 0)
		stat_cache_add_written(b->cache, path.buf, &r->html_stamp, r->html_digest);
	strbuf_release(&path);
}

static int render_jobs(struct build *b, struct build_result *result)
{
	struct build_pool_record *records = xcalloc(b->n_jobs + 1, sizeof(*records));
	struct progress progress;
	progress_start(&progress, _("building"), b->n_jobs);
	struct build_pool pool = { b->n_jobs, b->opts->jobs, run_worker, b, &progress };
	int worst = build_pool_run(&pool, records);
	progress_end(&progress);

	for (size_t job = 0; job < b->n_jobs; job++) {
		struct build_edition *out = &result->editions[b->jobs[job]];
		out->status = records[job].status;
		out->percent = records[job].percent;
		out->n_fallback = records[job].n_fallback;
		out->n_untranslated = records[job].n_untranslated;
		render_meta_release(&out->meta);  /* of a first rendering, when again */
		out->meta = records[job].meta;   /* now the result's */
		b->outputs[2 * b->jobs[job]] = (struct build_output){ records[job].text_size,
								      records[job].text_digest };
		b->outputs[2 * b->jobs[job] + 1] = (struct build_output){ records[job].html_size,
									  records[job].html_digest };
		if (records[job].blamed)
			blame(b, b->jobs[job], records[job].wait_status);
		if (records[job].status == BUILD_BUILT)
			keep_stamps(b, b->jobs[job], &records[job]);
	}
	free(records);
	return worst;
}

/* Per-edition notes, in job order, and the counts. */
static void report_editions(const struct build *b, struct build_result *result)
{
	static const char *const status_names[FOLIO_BUILD_N_STATUSES] = {
		"built", "unchanged", "skipped", "failed"
	};

	for (size_t i = 0; i < result->n_editions; i++) {
		const struct build_edition *e = &result->editions[i];
		const char *id = b->plan.article_ids[e->article];
		result->count[e->status]++;
		diag_verbose(b->plan.articles[e->article], _("the edition in '%s': %s"),
			     e->locale->dir, status_names[e->status]);
		if (e->status == BUILD_FAILED)
			continue;
		result->n_fallback += e->n_fallback;
		result->n_untranslated += e->n_untranslated;
		if (e->status == BUILD_SKIPPED)
			diag_note(NULL, 0, 0, _("%s in '%s' is %.0f%% translated, below %.0f%%: skipped"),
				  id, e->locale->dir, e->percent, threshold(b, i));
	}
}

/* ---- the record ------------------------------------------------------- */

/* Every edition's record into m. */
static void record_editions(const struct build *b, const struct build_result *result,
			    struct build_manifest *m)
{
	for (size_t i = 0; i < result->n_editions; i++) {
		const struct build_edition *e = &result->editions[i];
		const char *id = b->plan.article_ids[e->article];
		/* A failed edition left its files as they were: so is their record. */
		const struct build_manifest_entry *before =
			e->status == BUILD_FAILED ? build_manifest_find_any(&b->old, id, e->locale->dir)
						  : NULL;
		if (before)
			build_manifest_add(m, before);
		if (e->status == BUILD_FAILED)
			continue;
		struct build_manifest_entry entry = {
			b->plan.article_ids[e->article], e->locale->dir,
			e->status == BUILD_SKIPPED ? BUILD_SKIPPED : BUILD_BUILT, e->percent,
			e->n_fallback, e->n_untranslated, b->plan.editions[i].inputs,
			b->links[e->article], b->outputs[2 * i], b->outputs[2 * i + 1], e->meta };
		if (b->plan.editions[i].inputs_known)
			build_manifest_add(m, &entry);
	}
}

/* The site's pages of the last build, left as they were, into m. */
static void record_old_site(const struct build *b, struct build_manifest *m)
{
	m->has_site = b->old.has_site;
	m->site_inputs = b->old.site_inputs;
	for (size_t i = 0; i < b->old.site_pages.n; i++) {
		const struct site_page *page = &b->old.site_pages.pages[i];
		site_pages_add(&m->site_pages, page->path, page->size, page->digest);
	}
}

/* The pages just written, as they are now, for the stat cache. */
static void keep_pages(const struct build *b, const struct site_pages *pages)
{
	struct strbuf path = STRBUF_INIT;

	for (size_t i = 0; i < pages->n; i++) {
		struct file_stamp stamp;
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", b->opts->out, pages->pages[i].path);
		if (stat_cache_stamp(path.buf, &stamp) == 0 && stamp.size == pages->pages[i].size)
			stat_cache_add_written(b->cache, path.buf, &stamp, pages->pages[i].digest);
	}
	strbuf_release(&path);
}

/* What the site's pages are made of: the plan's shared inputs and what
 * each edition tells of itself. */
static uint64_t site_inputs(const struct build *b, const struct index_row *rows, size_t n_rows)
{
	uint64_t d = digest_number(b->plan.site_inputs, digest_string("site", 0));

	for (size_t i = 0; i < n_rows; i++) {
		const struct index_row *r = &rows[i];
		uint64_t percent, minutes;
		/* The doubles' bits: IEEE 754 on every machine a build runs on. */
		memcpy(&percent, &r->percent, sizeof(percent));
		memcpy(&minutes, &r->meta->minutes, sizeof(minutes));
		d = digest_string(r->article, digest_string(r->locale->dir, d));
		d = digest_number(minutes, digest_number(percent, digest_number((uint64_t)r->built, d)));
		d = digest_string(r->meta->title, digest_string(r->meta->published, d));
		d = digest_string(r->meta->description, d);
	}
	return d;
}

/* The pages as the last build wrote them, with nothing to make them differ
 * now. */
static int site_in_place(const struct build *b, uint64_t inputs)
{
	if (!b->old.has_site || b->old.site_inputs != inputs || !b->plan.site_inputs_known)
		return 0;
	struct strbuf path = STRBUF_INIT;
	int same = 1;
	for (size_t i = 0; same && i < b->old.site_pages.n; i++) {
		const struct site_page *page = &b->old.site_pages.pages[i];
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", b->opts->out, page->path);
		same = same_output(b, &(struct build_output){ page->size, page->digest }, path.buf);
	}
	strbuf_release(&path);
	return same;
}

/* index.html, each language's index and feed, and the sitemap, from every
 * edition's result, rendered or not, into *written (NULL: not wanted);
 * left as they are when the last build made them from the same. */
static int write_index(const struct build *b, const struct build_result *result,
		       struct build_manifest *written)
{
	struct edition_set set;
	struct index_row *rows = xcalloc(result->n_editions + 1, sizeof(*rows));
	size_t n_rows = 0;

	if (!b->opts->base_url)
		diag_note(b->opts->out, 0, 0, _("no base URL (--base-url): links between editions "
						"stay relative, without a canonical link or "
						"sitemap.xml, since search engines take only "
						"absolute addresses"));
	for (size_t i = 0; i < result->n_editions; i++) {
		const struct build_edition *e = &result->editions[i];
		if (e->status != BUILD_FAILED)
			rows[n_rows++] = (struct index_row){ b->plan.article_ids[e->article], e->locale,
							     e->percent, e->status != BUILD_SKIPPED,
							     &e->meta };
	}
	uint64_t inputs = site_inputs(b, rows, n_rows);
	int rc = 0;
	if (written && site_in_place(b, inputs)) {
		record_old_site(b, written);
	} else {
		struct site_pages pages = { NULL, 0, 0 };
		open_set(b, &set, 0);
		struct site site = { b->opts->out, b->opts->base_url, b->plan.languages,
				     b->plan.n_languages, rows, n_rows, &set, &pages };
		rc = site_write(&site);
		edition_set_release(&set);
		if (written && rc == 0 && b->plan.site_inputs_known) {
			written->has_site = 1;
			written->site_inputs = inputs;
			keep_pages(b, &pages);
			written->site_pages = pages;
		} else {
			site_pages_release(&pages);
		}
	}
	free(rows);
	return rc;
}

/* Temporary files of killed builds, in every folder a build writes. */
static void remove_stale(const struct build *b)
{
	struct strbuf path = STRBUF_INIT;

	atomic_file_remove_stale(b->opts->out);
	for (size_t i = 0; i < b->plan.n_languages; i++) {
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", b->opts->out, b->plan.languages[i].dir);
		atomic_file_remove_stale(path.buf);
	}
	strbuf_release(&path);
}

/* ---- the two kinds of build ------------------------------------------- */

static int build_editions(struct build *b, struct build_result *result)
{
	if (mkdir(b->opts->out, 0777) != 0 && errno != EEXIST)
		return diag_io_error(b->opts->out, 0, 0, _("cannot create folder: %s"),
				     strerror(errno)), FOLIO_EXIT_FAILURE;
	remove_stale(b);
	plan_jobs(b, result);
	int worst = render_jobs(b, result);
	if (settle_links(b, result)) {
		int again = render_jobs(b, result);
		worst = again > worst ? again : worst;
	}
	report_editions(b, result);
	struct build_manifest m;
	build_manifest_init(&m);
	record_editions(b, result, &m);
	/* Shards write no pages: the index is --index-only's, once every
	 * shard is in.  An index without editions that failed would be
	 * neither the old one nor a true new one. */
	int whole = b->opts->n_shards <= 1;
	if (whole && result->count[BUILD_FAILED]) {
		diag_note(b->opts->out, 0, 0, ngettext("index.html was not updated: %zu edition "
						       "failed", "index.html was not updated: %zu "
						       "editions failed", result->count[BUILD_FAILED]),
			  result->count[BUILD_FAILED]);
		record_old_site(b, &m);
	} else if (whole) {
		write_index(b, result, &m);
	}
	build_manifest_write(&m, b->opts->out, b->opts->shard, b->opts->n_shards, &b->old);
	build_manifest_release(&m);
	stat_cache_write(b->cache, b->opts->out, b->opts->shard, b->opts->n_shards);
	return worst;
}

/* Every edition from the manifests, as the shards left them; an edition
 * none of them made from the present inputs is an error, and then the
 * index is not written. */
static int index_from_manifests(struct build *b, struct build_result *result)
{
	size_t n_missing = 0;

	for (size_t i = 0; i < b->plan.n_editions; i++) {
		const struct build_plan_edition *e = &b->plan.editions[i];
		struct build_edition *out = &result->editions[i];
		const struct locale *locale = &b->plan.languages[e->language];
		const struct build_manifest_entry *entry = recorded(b, i);
		*out = (struct build_edition){ e->article, locale, BUILD_FAILED, 0, 0, 0, { 0 } };
		/* Made with links to the editions the other shards built, too. */
		if (entry && entry->links == b->links[e->article]
		    && (entry->status == BUILD_SKIPPED || outputs_in_place(b, i, entry))) {
			out->status = entry->status == BUILD_SKIPPED ? BUILD_SKIPPED : BUILD_UNCHANGED;
			out->percent = entry->percent;
			out->n_fallback = entry->n_fallback;
			out->n_untranslated = entry->n_untranslated;
			copy_meta(&out->meta, &entry->meta);
		} else if (n_missing++ < 10) {
			diag_io_error(b->plan.articles[e->article], 0, 0,
				      _("no manifest of '%s' holds the edition in '%s' made from the "
					"present inputs: build its shard first"), b->opts->out,
				      locale->dir);
		}
	}
	if (n_missing > 10)
		diag_note(b->opts->out, 0, 0, ngettext("%zu more edition is missing",
						       "%zu more editions are missing", n_missing - 10),
			  n_missing - 10);
	report_editions(b, result);
	if (n_missing)
		diag_note(b->opts->out, 0, 0, ngettext("index.html was not updated: %zu edition is "
						       "missing", "index.html was not updated: %zu "
						       "editions are missing", n_missing), n_missing);
	else if (write_index(b, result, NULL) < 0)
		return FOLIO_EXIT_FAILURE;
	return FOLIO_EXIT_OK;
}

int build_run(const struct build_options *opts, struct build_result *result)
{
	struct build b;
	struct stat_cache cache;

	memset(&b, 0, sizeof(b));
	b.opts = opts;
	b.cache = &cache;

	memset(result, 0, sizeof(*result));
	stat_cache_init(&cache);
	stat_cache_read_all(&cache, opts->out);
	build_plan_init(&b.plan, opts, &cache);
	build_manifest_init(&b.old);
	build_manifest_read_all(&b.old, opts->out);
	plan_links(&b);
	result->editions = xcalloc(b.plan.n_editions + 1, sizeof(*result->editions));
	result->n_editions = b.plan.n_editions;
	int worst = opts->index_only ? index_from_manifests(&b, result)
				     : build_editions(&b, result);
	build_manifest_release(&b.old);
	free(b.jobs);
	free(b.outputs);
	free(b.reached);
	free(b.guessed);
	free(b.edition_of);
	free(b.recorded);
	free(b.links);
	stat_cache_release(&cache);
	/* The result keeps the names its editions point into. */
	result->article_ids = b.plan.article_ids;
	result->n_articles = b.plan.n_articles;
	result->languages = b.plan.languages;
	result->n_languages = b.plan.n_languages;
	b.plan.article_ids = NULL;
	b.plan.languages = NULL;
	b.plan.n_languages = 0;
	build_plan_release(&b.plan);
	return diag_exit_status((enum folio_exit)worst);
}

void build_result_release(struct build_result *result)
{
	for (size_t i = 0; i < result->n_articles; i++)
		free(result->article_ids[i]);
	free(result->article_ids);
	edition_languages_free(result->languages, result->n_languages);
	for (size_t i = 0; i < result->n_editions; i++)
		render_meta_release(&result->editions[i].meta);
	free(result->editions);
	memset(result, 0, sizeof(*result));
}
