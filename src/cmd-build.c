/* cmd-build.c: folio build: every article in every language, text and
 * HTML, and an index of them.  Editions are independent, so -j N forks N
 * workers (libgettextpo is not thread-safe); each reports its results to
 * the parent on a pipe, and the parent writes the index in a fixed order. */
#include <config.h>

#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic-file.h"
#include "commands.h"
#include "diag.h"
#include "edition.h"
#include "i18n.h"
#include "its-locate.h"
#include "render.h"
#include "xalloc.h"

static const char usage_text[] = N_(
	"Usage: folio build [OPTION]...\n"
	"Render every article of the content folder in English and in every\n"
	"language of po/LINGUAS, as OUT/LANG/ARTICLE.txt and .html, and write\n"
	"OUT/index.html listing every edition with its completeness.\n"
	"\n"
	"  -m, --min-complete=PCT  skip editions less translated than PCT (default 0)\n"
	"  -j, --jobs=N            render N editions at once (default 1)\n"
	"  -o, --output=DIR        where editions go (default: editions)\n"
	"  -w, --width=N           text width in columns (default 72)\n"
	"      --content=DIR       the articles (default: content)\n"
	"      --po=DIR            the catalogs (default: po)\n"
	"  -h, --help              show this help and exit\n"
	"  -V, --version           show the version and exit\n");

static const struct option options[] = {
	{ "min-complete", required_argument, NULL, 'm' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "output", required_argument, NULL, 'o' },
	{ "width", required_argument, NULL, 'w' },
	{ "content", required_argument, NULL, 'c' },
	{ "po", required_argument, NULL, 'p' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

struct build {
	const char *content, *po, *out;
	double min_complete;
	int width, jobs;
	char **articles;
	size_t n_articles;
	char **languages;
	size_t n_languages;
};

static int compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int compare_job(const void *a, const void *b)
{
	unsigned long job_a = strtoul(*(char *const *)a, NULL, 10);
	unsigned long job_b = strtoul(*(char *const *)b, NULL, 10);

	return (job_a > job_b) - (job_a < job_b);
}

/* The articles: the XML files of the content folder in the article
 * vocabulary. */
static void find_articles(struct build *b)
{
	DIR *dir = opendir(b->content);
	size_t alloc = 0;
	struct dirent *entry;

	while (dir && (entry = readdir(dir))) {
		size_t len = strlen(entry->d_name);
		if (len < 5 || strcmp(entry->d_name + len - 4, ".xml") != 0)
			continue;
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", b->content, entry->d_name);
		char *text = read_file(path.buf, NULL);
		if (text && strstr(text, "urn:x-folio:article")) {
			FOLIO_GROW(b->articles, b->n_articles + 1, alloc);
			b->articles[b->n_articles++] = strbuf_detach(&path, NULL);
		}
		free(text);
		strbuf_release(&path);
	}
	if (dir)
		closedir(dir);
	if (b->n_articles)
		qsort(b->articles, b->n_articles, sizeof(char *), compare);
}

static int write_file(const char *path, const struct strbuf *data)
{
	return atomic_file_write_if_changed(path, data->buf, data->len);
}

/* One edition; writes "JOB\tARTICLE-ID\tLANG\tPERCENT\tSTATUS\tFALLBACK\t
 * UNTRANSLATED\n" to report (the job number orders the index). */
static int build_one(const struct build *b, struct edition_set *set, struct localise_doc *article,
		     size_t job, FILE *report)
{
	struct strbuf text = STRBUF_INIT, html = STRBUF_INIT, id = STRBUF_INIT, path = STRBUF_INIT;
	struct localise_counts counts;
	const char *lang = b->languages[job % b->n_languages];
	int rc = 0;

	edition_article_id(article->path, &id);
	if (edition_render(set, article, lang, &text, &html, &counts) < 0) {
		rc = -1;
		goto out;
	}
	double percent = localise_percent(&counts);
	const char *status = "built";
	if (percent < b->min_complete) {
		diag_note(NULL, 0, 0, _("%s in '%s' is %.0f%% translated, below %.0f%%: skipped"),
			  id.buf, lang, percent, b->min_complete);
		status = "skipped";
	} else {
		strbuf_addf(&path, "%s/%s", b->out, lang);
		mkdir(path.buf, 0777);
		strbuf_addf(&path, "/%s.txt", id.buf);
		rc = write_file(path.buf, &text);
		strbuf_setlen(&path, path.len - 4);
		strbuf_addstr(&path, ".html");
		if (rc == 0)
			rc = write_file(path.buf, &html);
	}
	fprintf(report, "%zu\t%s\t%s\t%.1f\t%s\t%u\t%u\n", job, id.buf, lang, percent, status,
		counts.n_fallback, counts.n_units - counts.n_translated);
out:
	strbuf_release(&text);
	strbuf_release(&html);
	strbuf_release(&id);
	strbuf_release(&path);
	return rc;
}

/* Worker w of J takes the w-th of J equal runs of the (article, language)
 * pairs, article by article: each article is parsed once per worker, each
 * language's template entries are read once per worker. */
static int run_worker(const struct build *b, int worker, FILE *report)
{
	size_t n_jobs = b->n_articles * b->n_languages;
	size_t first = n_jobs * (size_t)worker / (size_t)b->jobs;
	size_t last = n_jobs * (size_t)(worker + 1) / (size_t)b->jobs;
	struct strbuf tpl = STRBUF_INIT;
	struct edition_set set;
	struct localise_doc article = { 0 };
	size_t loaded = (size_t)-1;
	int rc = 0;

	strbuf_addf(&tpl, "%s/edition.xml", b->content);
	edition_set_init(&set, b->po, tpl.buf, b->width, (const char *const *)b->languages,
			 b->n_languages);
	for (size_t job = first; job < last; job++) {
		size_t index = job / b->n_languages;
		if (index != loaded) {
			localise_doc_release(&article);
			loaded = index;
			if (localise_doc_load(&article, b->articles[index]) < 0) {
				rc = -1;
				job += b->n_languages - 1 - job % b->n_languages;
				continue;
			}
		}
		if (build_one(b, &set, &article, job, report) < 0)
			rc = -1;
	}
	localise_doc_release(&article);
	edition_set_release(&set);
	strbuf_release(&tpl);
	fflush(report);
	return rc;
}

/* Runs the workers; collects their report lines into lines, sorted. */
static int run_all(const struct build *b, struct strbuf *lines)
{
	int fds[2];
	if (pipe(fds) != 0)
		return diag_io_error(NULL, 0, 0, _("cannot create a pipe"));
	fflush(stdout);
	fflush(stderr);
	for (int worker = 0; worker < b->jobs; worker++) {
		pid_t pid = fork();
		if (pid < 0)
			return diag_io_error(NULL, 0, 0, _("cannot start a worker"));
		if (pid == 0) {
			close(fds[0]);
			FILE *report = fdopen(fds[1], "w");
			/* One write per line: lines from workers never interleave. */
			setvbuf(report, NULL, _IOLBF, 0);
			_exit(run_worker(b, worker, report) == 0 ? 0 : 1);
		}
	}
	close(fds[1]);
	char chunk[4096];
	ssize_t n;
	while ((n = read(fds[0], chunk, sizeof(chunk))) > 0)
		strbuf_add(lines, chunk, (size_t)n);
	close(fds[0]);
	int rc = 0, status;
	while (wait(&status) > 0)
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
			rc = -1;
	return rc;
}

/* The workers' report lines, in job order, as index rows; sums the
 * units that fell back along the locale chain. */
static struct index_row *parse_report(struct strbuf *lines, size_t *n_rows,
				      unsigned long *n_fallback, unsigned long *n_untranslated)
{
	char **line = NULL;
	size_t n = 0, alloc = 0;
	for (char *p = strtok(lines->buf, "\n"); p; p = strtok(NULL, "\n")) {
		FOLIO_GROW(line, n + 1, alloc);
		line[n++] = p;
	}
	if (n)
		qsort(line, n, sizeof(char *), compare_job);
	struct index_row *rows = xcalloc(n ? n : 1, sizeof(*rows));
	*n_rows = 0;
	for (size_t i = 0; i < n; i++) {
		char *field[7] = { line[i] };
		for (int f = 1; f < 7 && field[f - 1]; f++) {
			char *tab = strchr(field[f - 1], '\t');
			if (tab)
				*tab = '\0';
			field[f] = tab ? tab + 1 : NULL;
		}
		if (!field[6])
			continue;
		rows[(*n_rows)++] = (struct index_row){ field[1], field[2], atof(field[3]),
							strcmp(field[4], "built") == 0 };
		*n_fallback += strtoul(field[5], NULL, 10);
		*n_untranslated += strtoul(field[6], NULL, 10);
	}
	free(line);
	return rows;
}

static int write_index(const struct build *b, const struct index_row *rows, size_t n_rows)
{
	struct strbuf tpl = STRBUF_INIT, html = STRBUF_INIT, path = STRBUF_INIT;
	struct edition_set set;
	strbuf_addf(&tpl, "%s/edition.xml", b->content);
	edition_set_init(&set, b->po, tpl.buf, b->width, NULL, 0);
	const struct strmap *labels = edition_labels(&set, "en");
	int rc = -1;
	if (labels) {
		render_index("en", labels, rows, n_rows, &html);
		strbuf_addf(&path, "%s/index.html", b->out);
		rc = write_file(path.buf, &html);
	}
	edition_set_release(&set);
	strbuf_release(&tpl);
	strbuf_release(&html);
	strbuf_release(&path);
	return rc;
}

/* What the build did, on one line: fallbacks are never silent. */
static void summarise(const struct index_row *rows, size_t n_rows, unsigned long n_fallback,
		      unsigned long n_untranslated)
{
	size_t n_built = 0;

	for (size_t i = 0; i < n_rows; i++)
		n_built += (size_t)rows[i].built;
	diag_note(NULL, 0, 0, _("%zu editions built, %zu skipped; %lu units from language-only "
				"catalogs, %lu untranslated (source text)"),
		  n_built, n_rows - n_built, n_fallback, n_untranslated);
}

int cmd_build(int argc, char **argv)
{
	struct build b = { "content", "po", "editions", 0, 72, 1, NULL, 0, NULL, 0 };
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "m:j:o:w:hV", options, NULL)) != -1) {
		switch (c) {
		case 'm': b.min_complete = atof(optarg); break;
		case 'j': b.jobs = atoi(optarg); break;
		case 'o': b.out = optarg; break;
		case 'w': b.width = atoi(optarg); break;
		case 'c': b.content = optarg; break;
		case 'p': b.po = optarg; break;
		case 'h': fputs(_(usage_text), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage("build", _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	if (b.jobs < 1 || b.jobs > 64 || optind < argc) {
		diag_usage("build", _("invalid arguments"));
		return FOLIO_EXIT_FAILURE;
	}
	find_articles(&b);
	b.languages = edition_languages(b.po, &b.n_languages);
	mkdir(b.out, 0777);
	struct strbuf lines = STRBUF_INIT;
	int rc = run_all(&b, &lines) == 0 ? FOLIO_EXIT_OK : FOLIO_EXIT_FINDING;
	size_t n_rows;
	unsigned long n_fallback = 0, n_untranslated = 0;
	struct index_row *rows = parse_report(&lines, &n_rows, &n_fallback, &n_untranslated);
	if (write_index(&b, rows, n_rows) < 0)
		rc = FOLIO_EXIT_FAILURE;
	summarise(rows, n_rows, n_fallback, n_untranslated);
	free(rows);
	strbuf_release(&lines);
	for (size_t i = 0; i < b.n_articles; i++)
		free(b.articles[i]);
	free(b.articles);
	for (size_t i = 0; i < b.n_languages; i++)
		free(b.languages[i]);
	free(b.languages);
	its_locate_cleanup();
	return rc;
}
