/* cmd-check.c: folio check: the CI gate. */
#include <config.h>

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "check-config.h"
#include "cli.h"
#include "check.h"
#include "check-project.h"
#include "commands.h"
#include "diag.h"
#include "i18n.h"
#include "its-locate.h"
#include "po-files.h"
#include "progress.h"
#include "project.h"
#include "report.h"
#include "strbuf.h"
#include "term.h"

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

struct check_command_options {
	struct check_options check;
	const char *output;
	int format;              /* index in format_names */
};

static const char *const format_names[] = { "text", "json", "junit", "github", NULL };
static void (*const formats[])(FILE *, const struct check_report *) = {
	NULL, report_json, report_junit, report_github,
};

#define OPT(field) offsetof(struct check_command_options, field)
static const struct cli_option options[] = {
	{ "min-complete", 'm', CLI_PERCENT, OPT(check.min_complete), 0, 0, NULL },
	{ "config", 'c', CLI_STRING, OPT(check.config), 0, 0, NULL },
	{ "strict", 0, CLI_FLAG, OPT(check.strict), 0, 0, NULL },
	{ "format", 'f', CLI_CHOICE, OPT(format), 0, 0, format_names },
	{ "output", 'o', CLI_STRING, OPT(output), 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command check_command = { "check", usage_text, options, 0, -1, NULL };

/* The checks of every catalog under paths, then what the project lacks. */
static int check_all(char **paths, int n_paths, const struct check_options *opts,
		     struct check_report *report)
{
	struct po_files files = { 0 };
	int rc = FOLIO_EXIT_OK;

	for (int i = 0; i < n_paths; i++)
		if (po_files_add(&files, paths[i]) < 0)
			rc = FOLIO_EXIT_FAILURE;
	po_files_sort(&files);
	struct progress progress;
	progress_start(&progress, _("checking"), rc == FOLIO_EXIT_OK ? files.n_paths : 0);
	for (size_t i = 0; rc == FOLIO_EXIT_OK && i < files.n_paths; i++) {
		diag_verbose(files.paths[i], _("checking"));
		check_catalog(files.paths[i], opts, report);
		progress_show(&progress, i + 1);
	}
	progress_end(&progress);
	for (int i = 0; rc == FOLIO_EXIT_OK && i < n_paths; i++)
		if (check_project_applies(paths[i]))
			check_project(paths[i], opts, report);
	po_files_release(&files);
	return rc;
}

/* The report on stdout or into --output; FOLIO_EXIT_FINDING when a
 * catalog failed. */
static int write_report(const struct check_command_options *cmd,
			const struct check_report *report)
{
	struct atomic_file af = { 0 };
	FILE *out = stdout;

	if (cmd->output) {
		if (atomic_file_open(&af, cmd->output) < 0)
			return FOLIO_EXIT_FAILURE;
		out = af.fp;
	}
	if (cmd->format == 0)
		report_text(out, report, !cmd->output && term_color(stdout));
	else
		formats[cmd->format](out, report);
	if (cmd->output && atomic_file_commit(&af) < 0)
		return FOLIO_EXIT_FAILURE;
	for (size_t i = 0; i < report->n_catalogs; i++)
		if (!report->catalogs[i].passed)
			return FOLIO_EXIT_FINDING;
	return FOLIO_EXIT_OK;
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

/* The thresholds: --config, else the catalog folder's folio-check.conf,
 * else folio.conf's [check]; NULL when there are none.  -1 after
 * reporting a bad file. */
static int find_config(struct check_command_options *cmd, const char *path,
		       const struct project *project, char **found)
{
	int checked = 0;

	*found = cmd->check.config ? NULL : check_config_default(path, project->conf, &checked);
	if (*found)
		cmd->check.config = *found;
	if (cmd->check.config && !(*found && checked) && check_config_validate(cmd->check.config) < 0)
		return -1;
	return 0;
}

int cmd_check(int argc, char **argv)
{
	struct check_command_options cmd = { { 100.0, NULL, 0, NULL, NULL, NULL }, NULL, 0 };
	struct project project;
	struct cli_args args;
	char *found_config = NULL;

	if (project_load(&project) < 0) {
		project_release(&project);
		return FOLIO_EXIT_FAILURE;
	}
	int rc = cli_parse(&check_command, argc, argv, &cmd, &args);
	if (rc != CLI_GO_ON) {
		project_release(&project);
		return rc;
	}
	cmd.check.source_language = project.source_language;
	if (project.conf) {
		cmd.check.content_dir = project.content;
		cmd.check.content_ref = project.content_ref;
	}
	char *default_paths[] = { project.po, NULL };
	char **paths = args.n_items ? args.items : default_paths;
	int n_paths = args.n_items ? args.n_items : 1;
	struct check_report report = { 0 };
	if (find_config(&cmd, paths[0], &project, &found_config) < 0) {
		rc = FOLIO_EXIT_FAILURE;
	} else {
		if (!args.n_items)
			note_installed_template(&project);
		rc = check_all(paths, n_paths, &cmd.check, &report);
		if (rc == FOLIO_EXIT_OK)
			rc = write_report(&cmd, &report);
	}
	check_report_release(&report);
	free(found_config);
	project_release(&project);
	its_locate_cleanup();
	return diag_exit_status(rc);
}
