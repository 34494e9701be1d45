/* cmd-check.c: folio check: the CI gate. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "check-config.h"
#include "cli.h"
#include "check.h"
#include "commands.h"
#include "diag.h"
#include "i18n.h"
#include "its-locate.h"
#include "po-files.h"
#include "project.h"
#include "report.h"
#include "strbuf.h"
#include "xalloc.h"

static const char usage_text[] = N_(
	"Usage: folio check [OPTION]... [PATH]...\n"
	"Check that every catalog (PATH is a .po file or a folder searched for\n"
	"them; default: the project's po/) is complete and valid: it parses, its\n"
	"header fits its language, its ICU MessageFormat patterns and inline\n"
	"markup match their msgids, gettext's format checks pass, it matches its\n"
	"template, and the template matches its source.  Exit 0 when all pass,\n"
	"1 otherwise.\n"
	"\n"
	"  -m, --min-complete=PCT   required translated percentage (default 100)\n"
	"  -c, --config=FILE        per-language and per-domain thresholds\n"
	"                           (default: PATH/folio-check.conf when present,\n"
	"                           else the [check] section of folio.conf)\n"
	"      --strict             warnings fail too\n"
	"  -f, --format=FORMAT      text (default), json, junit or github\n"
	"  -o, --output=FILE        write the report to FILE\n"
	"  -h, --help               show this help and exit\n"
	"  -V, --version            show the version and exit\n");

static const struct option options[] = {
	{ "min-complete", required_argument, NULL, 'm' },
	{ "config", required_argument, NULL, 'c' },
	{ "strict", no_argument, NULL, 's' },
	{ "format", required_argument, NULL, 'f' },
	{ "output", required_argument, NULL, 'o' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void (*const formats[])(FILE *, const struct check_report *) = {
	report_json, report_junit, report_github,
};
static const char *const format_names[] = { "json", "junit", "github" };

static int parse_format(const char *name)
{
	if (strcmp(name, "text") == 0)
		return -1;
	for (int i = 0; i < 3; i++)
		if (strcmp(name, format_names[i]) == 0)
			return i;
	return -2;
}

/* PATH/folio-check.conf, the file of folio before folio.conf, when it is
 * there (to be checked); else folio.conf, checked when it was read. */
static char *default_config(const char *path, const struct project *project, int *checked)
{
	struct strbuf conf = STRBUF_INIT;

	strbuf_addf(&conf, "%s/folio-check.conf", path);
	*checked = 0;
	if (access(conf.buf, R_OK) == 0)
		return strbuf_detach(&conf, NULL);
	strbuf_release(&conf);
	*checked = 1;
	return project->conf ? xstrdup(project->conf) : NULL;
}

/* The edition template's catalogs are the installed ones when the
 * project has none of its own: check says so, as build does. */
static void note_installed_template(const struct project *project)
{
	struct strbuf tpl = STRBUF_INIT, tpl_po = STRBUF_INIT;

	if (project_edition_template(project->content, project->po, &tpl, &tpl_po)
	    && strcmp(tpl_po.buf, project->po) != 0)
		diag_note(NULL, 0, 0, _("the edition template is the installed '%s'; its catalogs "
					"in '%s/edition' are not checked"), tpl.buf, tpl_po.buf);
	strbuf_release(&tpl);
	strbuf_release(&tpl_po);
}

/* -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, struct check_options *opts, int *format,
			 const char **output)
{
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "m:c:f:o:hV", options, NULL)) != -1) {
		switch (c) {
		case 'm':
			if (cli_percent("check", "min-complete", optarg, &opts->min_complete) < 0)
				return FOLIO_EXIT_FAILURE;
			break;
		case 'c': opts->config = optarg; break;
		case 's': opts->strict = 1; break;
		case 'f':
			*format = parse_format(optarg);
			if (*format == -2) {
				diag_usage("check", _("unknown format '%s'"), optarg);
				return FOLIO_EXIT_FAILURE;
			}
			break;
		case 'o': *output = optarg; break;
		case 'h': fputs(_(usage_text), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage("check", _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	return -1;
}

static int write_report(const struct check_report *report, int format, const char *output)
{
	struct atomic_file af = { 0 };
	FILE *out = stdout;
	int rc = FOLIO_EXIT_OK;

	if (output) {
		if (atomic_file_open(&af, output) < 0)
			return FOLIO_EXIT_FAILURE;
		out = af.fp;
	}
	if (format < 0)
		report_text(out, report, !output && isatty(STDOUT_FILENO));
	else
		formats[format](out, report);
	for (size_t i = 0; i < report->n_catalogs; i++)
		if (!report->catalogs[i].passed)
			rc = FOLIO_EXIT_FINDING;
	if (output && atomic_file_commit(&af) < 0)
		rc = FOLIO_EXIT_FAILURE;
	return rc;
}

int cmd_check(int argc, char **argv)
{
	struct project project;
	struct check_options opts = { 100.0, NULL, 0, NULL, NULL, NULL };
	const char *output = NULL;
	int format = -1;

	int rc = project_load(&project) < 0 ? FOLIO_EXIT_FAILURE
		: parse_options(argc, argv, &opts, &format, &output);
	if (rc >= 0) {
		project_release(&project);
		return rc;
	}
	opts.source_language = project.source_language;
	if (project.conf) {
		opts.content_dir = project.content;
		opts.content_ref = project.content_ref;
	}
	char *default_paths[] = { project.po, NULL };
	char **paths = optind < argc ? argv + optind : default_paths;
	int n_paths = optind < argc ? argc - optind : 1;
	int checked = 1;
	char *found_config = opts.config ? NULL : default_config(paths[0], &project, &checked);
	if (found_config)
		opts.config = found_config;
	if (opts.config && !(found_config && checked) && check_config_validate(opts.config) < 0) {
		free(found_config);
		project_release(&project);
		return FOLIO_EXIT_FAILURE;
	}
	if (optind == argc)
		note_installed_template(&project);

	struct po_files files = { 0 };
	rc = FOLIO_EXIT_OK;
	for (int i = 0; i < n_paths; i++)
		if (po_files_add(&files, paths[i]) < 0)
			rc = FOLIO_EXIT_FAILURE;
	po_files_sort(&files);
	struct check_report report = { 0 };
	for (size_t i = 0; rc == FOLIO_EXIT_OK && i < files.n_paths; i++)
		check_catalog(files.paths[i], &opts, &report);
	if (rc == FOLIO_EXIT_OK)
		rc = write_report(&report, format, output);
	check_report_release(&report);
	po_files_release(&files);
	free(found_config);
	project_release(&project);
	its_locate_cleanup();
	return diag_exit_status(rc);
}
