/* cmd-new.c: folio new: a publisher repository that works at once. */
#include <config.h>

#include <stdio.h>

#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "i18n.h"
#include "skeleton.h"

static const char usage_text[] = N_(
	"Usage: folio new [OPTION]... DIR\n"
	"Create a publisher repository in DIR (a new or empty folder): folio.conf,\n"
	"content/welcome.xml (an article to start from), po/LINGUAS, a .gitignore\n"
	"for the editions and a CI workflow that runs 'folio check'.  'folio build'\n"
	"works in it at once, with the installed edition template.\n"
	"\n"
	"  -h, --help      show this help and exit\n"
	"  -V, --version   show the version and exit\n");


static const struct cli_option options[] = {
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command new_command = {
	"new", usage_text, options, 1, 1, N_("expected one folder")
};

int cmd_new(int argc, char **argv)
{
	struct cli_args args;
	int done = cli_parse(&new_command, argc, argv, NULL, &args);

	if (done != CLI_GO_ON)
		return done;
	skeleton_create(args.items[0]);
	return diag_exit_status(FOLIO_EXIT_OK);
}
