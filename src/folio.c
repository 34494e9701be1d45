/* folio.c: main and the command table.  Everything else lives in the
 * cmd-*.c files and the modules of libfolio.a. */
#include <config.h>

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "commands.h"
#include "diag.h"
#include "fmt-message.h"
#include "fmt.h"
#include "i18n.h"
#include "pseudo.h"
#include "xml-alloc.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static const struct command commands[] = {
	{ "new", cmd_new, N_("create a publisher repository that builds at once") },
	{ "extract", cmd_extract, N_("extract a .pot template from XML sources (ITS 2.0)") },
	{ "explain", cmd_explain, N_("show the ITS 2.0 values of every node, and why") },
	{ "init", cmd_init, N_("create a new language's catalog for a domain") },
	{ "update", cmd_update, N_("re-extract templates and merge them into the catalogs") },
	{ "render", cmd_render, N_("render one edition of an article (text or HTML)") },
	{ "translate", cmd_translate, N_("write an XML document in another language") },
	{ "build", cmd_build, N_("render every edition of every article") },
	{ "check", cmd_check, N_("check that catalogs are complete and valid (the CI gate)") },
	{ "stats", cmd_stats, N_("count messages and words per catalog") },
};
enum { N_COMMANDS = sizeof(commands) / sizeof(commands[0]) };

void print_version(void)
{
	printf("folio %s\n", PACKAGE_VERSION);
}

static void usage(FILE *out)
{
	fprintf(out, _("Usage: folio COMMAND [OPTION]... [ARGUMENT]...\n"
		       "A localisation pipeline for XML articles: extract, translate, render, check.\n"
		       "\n"
		       "Commands:\n"));
	for (int i = 0; i < N_COMMANDS; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
	fprintf(out, _("\n"
		       "'folio COMMAND --help' describes a command.\n"
		       "Exit status: 0 success, 1 a finding (invalid input, failed check),\n"
		       "2 a usage or I/O error.\n"));
}

/* GNU hello's close_stdout: a full disk must not pass for success. */
static int close_stdout(void)
{
	int failed = ferror(stdout);

	if (fclose(stdout) != 0 && !(failed == 0 && errno == EBADF))
		failed = 1;
	if (failed) {
		diag_io_error(NULL, 0, 0, _("write error on standard output: %s"), strerror(errno));
		return FOLIO_EXIT_FAILURE;
	}
	return FOLIO_EXIT_OK;
}

static int dispatch(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return FOLIO_EXIT_FAILURE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
		usage(stdout);
		return FOLIO_EXIT_OK;
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
		print_version();
		return FOLIO_EXIT_OK;
	}
	for (int i = 0; i < N_COMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	diag_error(NULL, 0, 0, _("'%s' is not a folio command; see 'folio --help'"), name);
	return FOLIO_EXIT_FAILURE;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
#if ENABLE_NLS
	bindtextdomain(PACKAGE, LOCALEDIR);
	textdomain(PACKAGE);
#endif
	xml_alloc_install();
	int status = dispatch(argc, argv);
	xmlCleanupParser();
	xml_alloc_release();
	fmt_cleanup();
	fmt_message_cleanup();
	pseudo_cleanup();
	u_cleanup();   /* ICU's caches, so memory checkers see no leftovers */
	int close_status = close_stdout();
	return status != FOLIO_EXIT_OK ? status : close_status;
}
