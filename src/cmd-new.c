/* cmd-new.c: folio new: a publisher repository that works at once. */
#include <config.h>

#include <stdio.h>
#include <unistd.h>

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


int cmd_new(int argc, char **argv)
{
	int done = cli_no_options("new", usage_text, argc, argv);

	if (done >= 0)
		return done;
	if (argc - optind != 1) {
		diag_usage("new", _("expected one folder"));
		return FOLIO_EXIT_FAILURE;
	}
	skeleton_create(argv[optind]);
	return diag_exit_status(FOLIO_EXIT_OK);
}
