/* cmd-update.c: folio update: re-extract each domain's template from its
 * source and merge it into every catalog of the domain. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "atomic-file.h"
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

/* One update at a time per domain folder: a second run waits for the
 * first, so two never merge the same catalog at once.  The lock goes with
 * the process, however it ends. */
static int lock_domain(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0) {
		diag_io_error(dir, 0, 0, _("cannot open folder: %s"), strerror(errno));
		return -1;
	}
	while (flock(fd, LOCK_EX) != 0)
		if (errno != EINTR) {
			diag_io_error(dir, 0, 0, _("cannot lock folder: %s"), strerror(errno));
			close(fd);
			return -1;
		}
	return fd;
}

/* Every catalog of the domain is merged, whatever happened to the ones
 * before it; each failure is reported on its own. */
static void update_domain(const char *dir, const struct update_options *opts)
{
	int lock = lock_domain(dir);
	if (lock < 0)
		return;
	atomic_file_remove_stale(dir);
	struct domain d;
	if (domain_init(&d, dir, opts->content_dir) == 0 && update_template(&d) == 0) {
		for (size_t i = 0; !opts->pot_only && i < d.n_catalogs; i++) {
			int changed;
			if (merge_catalog(d.catalogs[i], d.pot, opts->compendium, &changed) == MERGE_OK
			    && changed)
				printf(_("updated %s\n"), d.catalogs[i]);
		}
	} else if (d.n_catalogs && !opts->pot_only) {
		diag_note(d.dir, 0, 0, _("the template was not updated: no catalog was merged"));
	}
	domain_release(&d);
	close(lock);
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
	for (int i = optind; i < argc; i++)
		update_domain(argv[i], &opts);
	its_locate_cleanup();
	return diag_exit_status(FOLIO_EXIT_OK);
}
