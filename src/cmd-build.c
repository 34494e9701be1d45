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
#include "markup.h"
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
	struct atomic_file af;

	if (atomic_file_open(&af, path) < 0)
		return -1;
	fwrite(data->buf, 1, data->len, af.fp);
	return atomic_file_commit_if_changed(&af, NULL, NULL);
}

/* One edition; writes "ARTICLE-ID\tLANG\tPERCENT\tSTATUS\n" to report. */
static int build_one(const struct build *b, const char *article, const char *lang, FILE *report)
{
	struct strbuf text = STRBUF_INIT, html = STRBUF_INIT, id = STRBUF_INIT, path = STRBUF_INIT;
	struct strbuf tpl = STRBUF_INIT;
	double percent = 0;
	int rc = 0;

	strbuf_addf(&tpl, "%s/edition.xml", b->content);
	edition_article_id(article, &id);
	struct edition_request req = { article, lang, b->po, tpl.buf, b->width,
				       (const char *const *)b->languages, b->n_languages };
	if (edition_render(&req, &text, &html, &percent) < 0) {
		rc = -1;
	} else if (percent < b->min_complete) {
		diag_note(NULL, 0, 0, _("%s in '%s' is %.0f%% translated, below %.0f%%: skipped"),
			  id.buf, lang, percent, b->min_complete);
		fprintf(report, "%s\t%s\t%.1f\tskipped\n", id.buf, lang, percent);
	} else {
		strbuf_addf(&path, "%s/%s", b->out, lang);
		mkdir(path.buf, 0777);
		strbuf_addf(&path, "/%s.txt", id.buf);
		rc = write_file(path.buf, &text);
		strbuf_setlen(&path, path.len - 4);
		strbuf_addstr(&path, ".html");
		if (rc == 0)
			rc = write_file(path.buf, &html);
		fprintf(report, "%s\t%s\t%.1f\tbuilt\n", id.buf, lang, percent);
	}
	strbuf_release(&text);
	strbuf_release(&html);
	strbuf_release(&id);
	strbuf_release(&path);
	strbuf_release(&tpl);
	return rc;
}

static int run_worker(const struct build *b, int worker, FILE *report)
{
	int rc = 0;
	size_t n_jobs = b->n_articles * b->n_languages;

	for (size_t job = (size_t)worker; job < n_jobs; job += (size_t)b->jobs)
		if (build_one(b, b->articles[job / b->n_languages],
			      b->languages[job % b->n_languages], report) < 0)
			rc = -1;
	fflush(report);
	return rc;
}

/* Runs the workers; collects their report lines into lines, sorted. */
static int run_all(const struct build *b, struct strbuf *lines)
{
	int fds[2];
	if (pipe(fds) != 0)
		return diag_error(NULL, 0, 0, _("cannot create a pipe"));
	fflush(stdout);
	fflush(stderr);
	for (int worker = 0; worker < b->jobs; worker++) {
		pid_t pid = fork();
		if (pid < 0)
			return diag_error(NULL, 0, 0, _("cannot start a worker"));
		if (pid == 0) {
			close(fds[0]);
			FILE *report = fdopen(fds[1], "w");
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

static void write_index(const struct build *b, struct strbuf *lines)
{
	char **rows = NULL;
	size_t n = 0, alloc = 0;
	for (char *line = strtok(lines->buf, "\n"); line; line = strtok(NULL, "\n")) {
		FOLIO_GROW(rows, n + 1, alloc);
		rows[n++] = line;
	}
	if (n)
		qsort(rows, n, sizeof(char *), compare);
	struct strbuf html = STRBUF_INIT, path = STRBUF_INIT;
	strbuf_addstr(&html, "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n"
		      "<meta charset=\"utf-8\"/>\n<title>Editions</title>\n<style>"
		      "body{font:1rem/1.5 system-ui,sans-serif;max-inline-size:48rem;margin:2rem auto;"
		      "padding-inline:1rem}table{border-collapse:collapse;inline-size:100%}"
		      "th,td{text-align:start;padding:.3rem .6rem;border-block-end:1px solid #ddd}"
		      "</style>\n</head>\n<body>\n<h1>Editions</h1>\n<table>\n"
		      "<tr><th>Article</th><th>Language</th><th>Translated</th><th>Files</th></tr>\n");
	for (size_t i = 0; i < n; i++) {
		char *fields[4] = { rows[i], NULL, NULL, NULL };
		for (int f = 1; f < 4; f++) {
			char *tab = fields[f - 1] ? strchr(fields[f - 1], '\t') : NULL;
			if (tab)
				*tab = '\0';
			fields[f] = tab ? tab + 1 : NULL;
		}
		if (!fields[3])
			continue;
		strbuf_addstr(&html, "<tr><td>");
		markup_escape(&html, fields[0], 0);
		strbuf_addstr(&html, "</td><td>");
		markup_escape(&html, fields[1], 0);
		strbuf_addf(&html, "</td><td>%s%%</td><td>", fields[2]);
		if (strcmp(fields[3], "built") == 0) {
			strbuf_addstr(&html, "<a href=\"");
			markup_escape(&html, fields[1], 1);
			strbuf_addch(&html, '/');
			markup_escape(&html, fields[0], 1);
			strbuf_addstr(&html, ".html\">HTML</a> <a href=\"");
			markup_escape(&html, fields[1], 1);
			strbuf_addch(&html, '/');
			markup_escape(&html, fields[0], 1);
			strbuf_addstr(&html, ".txt\">text</a>");
		} else {
			strbuf_addstr(&html, "skipped");
		}
		strbuf_addstr(&html, "</td></tr>\n");
	}
	strbuf_addstr(&html, "</table>\n</body>\n</html>\n");
	strbuf_addf(&path, "%s/index.html", b->out);
	write_file(path.buf, &html);
	strbuf_release(&html);
	strbuf_release(&path);
	free(rows);
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
	write_index(&b, &lines);
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
