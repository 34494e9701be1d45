/* build.c: the worker pool of folio build.
 *
 * Jobs are numbered article by article, language by language; worker w of
 * J takes the w-th of J equal runs of them, so each article is parsed once
 * per worker and each language's template entries read once per worker.
 * Records cross the pipe as one write each (shorter than PIPE_BUF, so
 * records of different workers never interleave), fields separated by tabs
 * and escaped, so that any file name survives.  The parent writes the
 * index in job order, whatever the number of workers. */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic-file.h"
#include "build.h"
#include "check-config.h"
#include "content-files.h"
#include "diag.h"
#include "edition.h"
#include "i18n.h"
#include "progress.h"
#include "project.h"
#include "site.h"
#include "xalloc.h"

enum record_status { RECORD_BUILT, RECORD_SKIPPED, RECORD_FAILED };

struct build_record {
	size_t job;
	char *article, *lang;
	double percent;
	enum record_status status;
	unsigned long n_fallback, n_untranslated;
	struct render_meta meta;   /* what the site's pages tell of the edition */
};

struct build {
	const struct build_options *opts;
	char **articles;
	size_t n_articles;
	struct locale *languages;
	size_t n_languages;
	struct strbuf template_path, template_po;   /* the edition template, its catalogs */
};

struct job_range {
	size_t first, last;
	pid_t pid;
};

static const char *const status_names[] = { "built", "skipped", "failed" };

/* The articles: the XML files of the content folder in the article
 * vocabulary. */
static void find_articles(struct build *b)
{
	content_articles(b->opts->content, 0, &b->articles, &b->n_articles);
}

/* The project's own template, or the installed one: the build says which. */
static void find_template(struct build *b)
{
	if (project_edition_template(b->opts->content, b->opts->po, &b->template_path,
				     &b->template_po))
		diag_note(NULL, 0, 0, _("using the installed edition template '%s' and the "
					"catalogs of '%s/edition'"), b->template_path.buf,
			  b->template_po.buf);
	else if (access(b->template_path.buf, F_OK) != 0)
		diag_note(b->template_path.buf, 0, 0, _("no edition template: the project has "
							"none, and none is installed in '%s'"),
			  project_data_dir());
}

/* ---- records ---------------------------------------------------------- */

static void add_escaped(struct strbuf *out, const char *s)
{
	for (; *s; s++) {
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

/* Undoes add_escaped in place. */
static char *unescape(char *s)
{
	char *to = s;

	for (const char *p = s; *p; p++) {
		if (*p == '\\' && p[1]) {
			p++;
			*to++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p;
		} else {
			*to++ = *p;
		}
	}
	*to = '\0';
	return s;
}

/* The edition's metadata fields: all of them (what 1), without the
 * description (0) or without title and description (-1). */
static void add_meta(struct strbuf *out, const struct render_meta *meta, int what)
{
	strbuf_addch(out, '\t');
	add_escaped(out, what >= 0 && meta->title ? meta->title : "");
	strbuf_addch(out, '\t');
	add_escaped(out, meta->published ? meta->published : "");
	strbuf_addf(out, "\t%.2f\t", meta->minutes);
	add_escaped(out, what > 0 && meta->description ? meta->description : "");
}

static void send_record(int fd, const struct build_record *r)
{
	struct strbuf line = STRBUF_INIT;

	strbuf_addf(&line, "%zu\t", r->job);
	add_escaped(&line, r->article);
	strbuf_addch(&line, '\t');
	add_escaped(&line, r->lang);
	strbuf_addf(&line, "\t%.1f\t%s\t%lu\t%lu", r->percent, status_names[r->status],
		    r->n_fallback, r->n_untranslated);
	size_t fixed = line.len;
	add_meta(&line, &r->meta, 1);
	/* File names are at most NAME_MAX bytes, languages 64: one atomic write,
	 * without the description, or the title, when they would not fit. */
	for (int keep = 0; line.len >= PIPE_BUF && keep < 2; keep++) {
		strbuf_setlen(&line, fixed);
		add_meta(&line, &r->meta, keep == 0 ? 0 : -1);
	}
	strbuf_addch(&line, '\n');
	if (line.len <= PIPE_BUF)
		write_all(fd, line.buf, line.len);
	strbuf_release(&line);
}

static int parse_record(char *line, struct build_record *r)
{
	char *field[11] = { line };

	for (int f = 1; f < 11; f++) {
		char *tab = strchr(field[f - 1], '\t');
		if (!tab)
			return -1;
		*tab = '\0';
		field[f] = tab + 1;
	}
	r->job = strtoul(field[0], NULL, 10);
	r->article = xstrdup(unescape(field[1]));
	r->lang = xstrdup(unescape(field[2]));
	r->percent = atof(field[3]);
	r->status = RECORD_FAILED;
	for (int s = 0; s < 3; s++)
		if (strcmp(field[4], status_names[s]) == 0)
			r->status = (enum record_status)s;
	r->n_fallback = strtoul(field[5], NULL, 10);
	r->n_untranslated = strtoul(field[6], NULL, 10);
	r->meta = (struct render_meta){ xstrdup(unescape(field[7])), xstrdup(unescape(field[8])),
					atof(field[9]), xstrdup(unescape(field[10])) };
	return 0;
}

static void add_record(struct build_result *result, size_t *alloc, const struct build_record *r)
{
	FOLIO_GROW(result->records, result->n_records + 1, *alloc);
	result->records[result->n_records++] = *r;
}

/* ---- workers ---------------------------------------------------------- */

static int write_edition(const struct build *b, const char *lang, const char *id,
			 const struct strbuf *text, const struct strbuf *html)
{
	struct strbuf path = STRBUF_INIT;

	strbuf_addf(&path, "%s/%s", b->opts->out, lang);
	struct stat st;
	if (mkdir(path.buf, 0777) != 0 && errno != EEXIST) {
		diag_io_error(path.buf, 0, 0, _("cannot create folder: %s"), strerror(errno));
		strbuf_release(&path);
		return -1;
	}
	/* A language folder that is a link would take editions elsewhere. */
	if (lstat(path.buf, &st) != 0 || !S_ISDIR(st.st_mode)) {
		diag_io_error(path.buf, 0, 0, _("not written: not a folder of the output folder"));
		strbuf_release(&path);
		return -1;
	}
	int formats = b->opts->project->formats, rc = 0;
	strbuf_addf(&path, "/%s.txt", id);
	if (formats & PROJECT_FORMAT_TEXT)
		rc = atomic_file_write_if_changed(path.buf, text->buf, text->len);
	strbuf_setlen(&path, path.len - 4);
	strbuf_addstr(&path, ".html");
	if (rc == 0 && (formats & PROJECT_FORMAT_HTML))
		rc = atomic_file_write_if_changed(path.buf, html->buf, html->len);
	strbuf_release(&path);
	return rc;
}

/* A skipped edition is not left published by an earlier build: its files
 * go, in a language folder that is a real folder of the output. */
static void remove_edition(const struct build *b, const char *lang, const char *id)
{
	static const char *const extensions[] = { ".txt", ".html" };
	struct strbuf path = STRBUF_INIT;
	struct stat st;

	strbuf_addf(&path, "%s/%s", b->opts->out, lang);
	if (lstat(path.buf, &st) == 0 && S_ISDIR(st.st_mode)) {
		strbuf_addf(&path, "/%s", id);
		size_t stem = path.len;
		for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++) {
			strbuf_setlen(&path, stem);
			strbuf_addstr(&path, extensions[i]);
			if (unlink(path.buf) != 0 && errno != ENOENT)
				diag_warning(path.buf, 0, 0, _("cannot remove the skipped edition: %s"),
					     strerror(errno));
		}
	}
	strbuf_release(&path);
}

/* One edition, rendered and written unless below the threshold. */
static void build_one(const struct build *b, struct edition_set *set, struct localise_doc *article,
		      const struct locale *locale, struct build_record *r)
{
	struct strbuf text = STRBUF_INIT, html = STRBUF_INIT;
	struct localise_counts counts;

	if (edition_render(set, article, locale, &text, &html, &counts) < 0) {
		r->status = RECORD_FAILED;
	} else {
		r->percent = localise_percent(&counts);
		r->n_fallback = counts.n_fallback;
		r->n_untranslated = counts.n_units - counts.n_translated;
		double threshold = check_config_threshold(b->opts->config, b->opts->min_complete,
							  r->article, locale->name);
		if (r->percent < threshold) {
			diag_note(NULL, 0, 0, _("%s in '%s' is %.0f%% translated, below %.0f%%: skipped"),
				  r->article, r->lang, r->percent, threshold);
			remove_edition(b, r->lang, r->article);
			r->status = RECORD_SKIPPED;
		} else {
			r->status = write_edition(b, r->lang, r->article, &text, &html) == 0
				? RECORD_BUILT : RECORD_FAILED;
		}
	}
	strbuf_release(&text);
	strbuf_release(&html);
}

/* The edition set of this build: its template, catalogs and languages. */
static void open_set(const struct build *b, struct edition_set *set, int with_languages)
{
	edition_set_init(set, b->opts->po, b->template_path.buf, b->opts->width,
			 with_languages ? b->languages : NULL, with_languages ? b->n_languages : 0);
	set->template_po_dir = b->template_po.buf;
	set->source_language = b->opts->project->source_language;
}

/* Editions link only to the languages that will be built: those whose
 * share of article reaches its threshold, counted before rendering.
 * *reached holds them (shallow copies of the build's). */
static void languages_reached(const struct build *b, struct edition_set *set,
			      struct localise_doc *article, const char *id, struct locale **reached)
{
	size_t n = 0;

	*reached = xrealloc(*reached, (b->n_languages ? b->n_languages : 1) * sizeof(**reached));
	for (size_t i = 0; i < b->n_languages; i++) {
		double threshold = check_config_threshold(b->opts->config, b->opts->min_complete, id,
							  b->languages[i].name);
		double percent = 100;
		/* A catalog that does not parse fails its edition: kept here. */
		if (threshold <= 0 || edition_share(set, article, &b->languages[i], &percent) < 0
		    || percent >= threshold)
			(*reached)[n++] = b->languages[i];
	}
	set->languages = *reached;
	set->n_languages = n;
}

static int run_worker(const struct build *b, size_t first, size_t last, int fd)
{
	struct strbuf id = STRBUF_INIT;
	struct edition_set set;
	struct localise_doc article = { 0 };
	struct locale *reached = NULL;
	size_t loaded = (size_t)-1;
	int loaded_ok = 0;

	open_set(b, &set, 1);
	set.base_url = b->opts->base_url;
	set.in_site = 1;
	for (size_t job = first; job < last; job++) {
		size_t index = job / b->n_languages;
		if (index != loaded) {
			localise_doc_release(&article);
			loaded = index;
			loaded_ok = localise_doc_load(&article, b->articles[index]) == 0;
			strbuf_reset(&id);
			edition_article_id(b->articles[index], &id);
			if (loaded_ok)
				languages_reached(b, &set, &article, id.buf, &reached);
		}
		const struct locale *locale = &b->languages[job % b->n_languages];
		struct build_record r = { job, id.buf, locale->dir, 0, RECORD_FAILED, 0, 0, { 0 } };
		set.meta = &r.meta;
		if (loaded_ok)
			build_one(b, &set, &article, locale, &r);
		send_record(fd, &r);
		render_meta_release(&r.meta);
	}
	localise_doc_release(&article);
	edition_set_release(&set);
	free(reached);
	strbuf_release(&id);
	return diag_exit_status(FOLIO_EXIT_OK);
}

/* ---- the pool --------------------------------------------------------- */

/* The complete records in data, taken out of it. */
static void take_records(struct strbuf *data, struct build_result *result, size_t *alloc,
			 unsigned char *done)
{
	char *line = data->buf, *end;

	for (; (end = strchr(line, '\n')); line = end + 1) {
		*end = '\0';
		struct build_record r;
		if (parse_record(line, &r) == 0) {
			done[r.job] = 1;
			add_record(result, alloc, &r);
			diag_verbose(r.article, _("the edition in '%s': %s"), r.lang,
				     status_names[r.status]);
		}
	}
	size_t rest = data->len - (size_t)(line - data->buf);
	memmove(data->buf, line, rest);
	strbuf_setlen(data, rest);
}

/* Records as they come, so that the progress line moves with them. */
static void collect(int fd, struct build_result *result, size_t *alloc, unsigned char *done,
		    struct progress *progress)
{
	struct strbuf data = STRBUF_INIT;
	char chunk[4096];
	ssize_t n;

	/* On a read error, the jobs not reported are blamed on their workers. */
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		strbuf_add(&data, chunk, (size_t)n);
		take_records(&data, result, alloc, done);
		progress_show(progress, result->n_records);
	}
	strbuf_release(&data);
}

/* A worker ended: the first job of its run it did not report, if any, is
 * the one it died on; the jobs after it go to a new worker.  Returns 1
 * when there are such jobs. */
static int blame(const struct build *b, struct job_range *range, int status,
		 const unsigned char *done, struct build_result *result, size_t *alloc)
{
	size_t job = range->first;

	while (job < range->last && done[job])
		job++;
	if (job == range->last)
		return 0;
	struct strbuf id = STRBUF_INIT;
	edition_article_id(b->articles[job / b->n_languages], &id);
	const char *lang = b->languages[job % b->n_languages].dir;
	if (WIFSIGNALED(status))
		diag_io_error(b->articles[job / b->n_languages], 0, 0,
			      _("the edition in '%s' was not built: its worker was killed by signal "
				"%d (%s)"), lang, WTERMSIG(status), strsignal(WTERMSIG(status)));
	else
		diag_io_error(b->articles[job / b->n_languages], 0, 0,
			      _("the edition in '%s' was not built: its worker stopped with exit "
				"status %d"), lang, WEXITSTATUS(status));
	struct build_record r = { job, strbuf_detach(&id, NULL), xstrdup(lang), 0, RECORD_FAILED,
				  0, 0, { 0 } };
	add_record(result, alloc, &r);
	range->first = job + 1;
	return range->first < range->last;
}

/* Runs the workers of ranges; those that die leave the rest of their run
 * in ranges for the next round.  Returns the worst exit status. */
static int run_round(const struct build *b, struct job_range *ranges, size_t *n_ranges,
		     unsigned char *done, struct build_result *result, size_t *alloc,
		     struct progress *progress)
{
	int fds[2], worst = FOLIO_EXIT_OK;

	if (pipe(fds) != 0) {
		*n_ranges = 0;
		return diag_io_error(NULL, 0, 0, _("cannot create a pipe: %s"), strerror(errno)),
		       FOLIO_EXIT_FAILURE;
	}
	fflush(stdout);
	fflush(stderr);
	for (size_t i = 0; i < *n_ranges; i++) {
		ranges[i].pid = fork();
		if (ranges[i].pid == 0) {
			close(fds[0]);
			int status = run_worker(b, ranges[i].first, ranges[i].last, fds[1]);
			/* The parent's bookkeeping is not the worker's to keep. */
			free(ranges);
			free(done);
			build_result_release(result);
			_exit(status);
		}
		if (ranges[i].pid < 0) {
			diag_io_error(NULL, 0, 0, _("cannot start a worker: %s"), strerror(errno));
			worst = FOLIO_EXIT_FAILURE;
		}
	}
	close(fds[1]);
	collect(fds[0], result, alloc, done, progress);
	close(fds[0]);
	size_t n_next = 0;
	for (size_t i = 0; i < *n_ranges; i++) {
		int status;
		if (ranges[i].pid < 0)
			continue;
		while (waitpid(ranges[i].pid, &status, 0) < 0 && errno == EINTR)
			;
		if (WIFEXITED(status) && WEXITSTATUS(status) > worst)
			worst = WEXITSTATUS(status);
		/* A worker that ended before its last job (a signal, or an exit
		 * from inside a library) is blamed for the job it was on. */
		if (blame(b, &ranges[i], status, done, result, alloc))
			ranges[n_next++] = ranges[i];
	}
	*n_ranges = n_next;
	return worst;
}

static int compare_records(const void *a, const void *b)
{
	const struct build_record *x = a, *y = b;

	return (x->job > y->job) - (x->job < y->job);
}

static int run_all(const struct build *b, struct build_result *result)
{
	size_t n_jobs = b->n_articles * b->n_languages, alloc = 0;
	size_t n_ranges = (size_t)b->opts->jobs;
	struct job_range *ranges = xcalloc(n_ranges, sizeof(*ranges));
	unsigned char *done = xcalloc(n_jobs ? n_jobs : 1, 1);
	int worst = FOLIO_EXIT_OK;
	struct progress progress;

	progress_start(&progress, _("building"), n_jobs);
	for (size_t w = 0; w < n_ranges; w++) {
		ranges[w].first = n_jobs * w / n_ranges;
		ranges[w].last = n_jobs * (w + 1) / n_ranges;
	}
	while (n_ranges > 0) {
		int status = run_round(b, ranges, &n_ranges, done, result, &alloc, &progress);
		if (status > worst)
			worst = status;
	}
	progress_end(&progress);
	free(ranges);
	free(done);
	if (result->n_records)
		qsort(result->records, result->n_records, sizeof(*result->records),
		      compare_records);
	return worst;
}

/* ---- results ---------------------------------------------------------- */

static const struct locale *locale_of_dir(const struct build *b, const char *dir)
{
	for (size_t i = 0; i < b->n_languages; i++)
		if (strcmp(b->languages[i].dir, dir) == 0)
			return &b->languages[i];
	return NULL;
}

static void make_rows(const struct build *b, struct build_result *result)
{
	result->rows = xcalloc(result->n_records ? result->n_records : 1, sizeof(*result->rows));
	for (size_t i = 0; i < result->n_records; i++) {
		const struct build_record *r = &result->records[i];
		if (r->status == RECORD_FAILED) {
			result->n_failed++;
			continue;
		}
		const struct locale *locale = locale_of_dir(b, r->lang);
		if (!locale)
			continue;
		result->rows[result->n_rows++] = (struct index_row){ r->article, locale, r->percent,
								      r->status == RECORD_BUILT,
								      &r->meta };
		result->n_fallback += r->n_fallback;
		result->n_untranslated += r->n_untranslated;
	}
}

static int write_index(const struct build *b, const struct build_result *result)
{
	struct edition_set set;

	open_set(b, &set, 0);
	struct site site = { b->opts->out, b->opts->base_url, b->languages, b->n_languages,
			     result->rows, result->n_rows, &set };
	int rc = site_write(&site);
	edition_set_release(&set);
	return rc;
}

/* en-XA and ar-XB after the languages of LINGUAS (unless listed there). */
static void add_pseudo_locales(struct build *b)
{
	static const char *const tags[] = { "en-XA", "ar-XB" };

	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		struct locale loc;
		locale_parse(tags[i], &loc, NULL);
		int listed = 0;
		for (size_t j = 0; j < b->n_languages; j++)
			listed |= strcmp(b->languages[j].dir, loc.dir) == 0;
		if (listed) {
			locale_release(&loc);
			continue;
		}
		b->languages = xrealloc(b->languages, (b->n_languages + 1) * sizeof(*b->languages));
		b->languages[b->n_languages++] = loc;
	}
}

/* Temporary files of killed builds, in every folder a build writes. */
static void remove_stale(const struct build *b)
{
	struct strbuf path = STRBUF_INIT;

	atomic_file_remove_stale(b->opts->out);
	for (size_t i = 0; i < b->n_languages; i++) {
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", b->opts->out, b->languages[i].dir);
		atomic_file_remove_stale(path.buf);
	}
	strbuf_release(&path);
}

int build_run(const struct build_options *opts, struct build_result *result)
{
	struct build b = { opts, NULL, 0, NULL, 0, STRBUF_INIT, STRBUF_INIT };
	int worst = FOLIO_EXIT_OK;

	memset(result, 0, sizeof(*result));
	find_articles(&b);
	find_template(&b);
	b.languages = project_languages(opts->project, opts->po, opts->allow_unknown_locale,
					&b.n_languages);
	if (opts->pseudo)
		add_pseudo_locales(&b);
	if (mkdir(opts->out, 0777) != 0 && errno != EEXIST) {
		diag_io_error(opts->out, 0, 0, _("cannot create folder: %s"), strerror(errno));
	} else {
		remove_stale(&b);
		worst = run_all(&b, result);
		make_rows(&b, result);
		/* An index without editions that failed would be neither the old
		 * one nor a true new one. */
		if (result->n_failed)
			diag_note(opts->out, 0, 0, ngettext("index.html was not updated: %zu edition "
							    "failed", "index.html was not updated: %zu "
							    "editions failed", result->n_failed),
				  result->n_failed);
		else
			write_index(&b, result);
	}
	content_articles_free(b.articles, b.n_articles);
	edition_languages_free(b.languages, b.n_languages);
	strbuf_release(&b.template_path);
	strbuf_release(&b.template_po);
	return diag_exit_status((enum folio_exit)worst);
}

void build_result_release(struct build_result *result)
{
	for (size_t i = 0; i < result->n_records; i++) {
		free(result->records[i].article);
		free(result->records[i].lang);
		render_meta_release(&result->records[i].meta);
	}
	free(result->records);
	free(result->rows);
	memset(result, 0, sizeof(*result));
}
