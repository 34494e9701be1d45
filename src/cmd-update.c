/* cmd-update.c: folio update: re-extract each domain's template from its
 * source and merge it into every catalog of the domain. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>

#include "commands.h"
#include "diag.h"
#include "domain.h"
#include "extract.h"
#include "i18n.h"
#include "its-locate.h"
#include "merge.h"
#include "pot.h"

static const char usage_text[] = N_(
	"Usage: folio update [OPTION]... DOMAIN-DIR...\n"
	"For each domain folder po/DOMAIN: extract the template DOMAIN.pot from\n"
	"content/DOMAIN.xml again (rewritten only when its messages changed),\n"
	"then merge it into every LANG.po of the folder with msgmerge: changed\n"
	"messages become fuzzy with the previous text kept (#|), removed ones\n"
	"obsolete (#~); translations, comments and flags are kept.  A catalog\n"
	"whose merge fails is left exactly as it was.\n"
	"\n"
	"  -C, --compendium=FILE   also take translations from FILE (a translation memory)\n"
	"      --content=DIR       sources are in DIR (default: the content folder beside po/)\n"
	"      --pot-only          update the templates only\n"
	"  -h, --help              show this help and exit\n"
	"  -V, --version           show the version and exit\n");

static const struct option options[] = {
	{ "compendium", required_argument, NULL, 'C' },
	{ "content", required_argument, NULL, 'c' },
	{ "pot-only", no_argument, NULL, 'p' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

struct update_options {
	const char *compendium;
	const char *content_dir;
	int pot_only;
};

static int update_template(const struct domain *d)
{
	struct pot *pot = pot_new();
	struct pot_header header = { d->name, NULL, 0 };
	int rc = pot_creation_date(&header.creation_date);

	if (rc == 0)
		rc = extract_file_as(NULL, d->source, d->source_ref, pot);
	if (rc == 0)
		rc = pot_write(pot, d->pot, &header);
	pot_free(pot);
	return rc;
}

static int update_domain(const char *dir, const struct update_options *opts)
{
	struct domain d;
	int rc = domain_init(&d, dir, opts->content_dir);

	if (rc == 0)
		rc = update_template(&d);
	for (size_t i = 0; rc == 0 && !opts->pot_only && i < d.n_catalogs; i++) {
		int changed;
		if (merge_catalog(d.catalogs[i], d.pot, opts->compendium, &changed) < 0)
			rc = -1;   /* reported; the others are still merged */
		else if (changed)
			printf(_("updated %s\n"), d.catalogs[i]);
	}
	domain_release(&d);
	return rc;
}

int cmd_update(int argc, char **argv)
{
	struct update_options opts = { NULL, NULL, 0 };
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "C:hV", options, NULL)) != -1) {
		switch (c) {
		case 'C': opts.compendium = optarg; break;
		case 'c': opts.content_dir = optarg; break;
		case 'p': opts.pot_only = 1; break;
		case 'h': fputs(_(usage_text), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage("update", _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	if (optind >= argc) {
		diag_usage("update", _("no domain folders"));
		return FOLIO_EXIT_FAILURE;
	}
	int failed = 0;
	for (int i = optind; i < argc; i++)
		if (update_domain(argv[i], &opts) < 0)
			failed = 1;
	its_locate_cleanup();
	return failed ? FOLIO_EXIT_FINDING : FOLIO_EXIT_OK;
}
