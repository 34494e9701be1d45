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
#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "domain.h"
#include "extract.h"
#include "i18n.h"
#include "its-locate.h"
#include "merge.h"
#include "merge-current.h"
#include "parallel.h"
#include "pot.h"

static const char usage_text[] = N_(
	"Usage: folio update [OPTION]... DOMAIN-DIR...\n"
	"For each domain folder po/DOMAIN: extract the template DOMAIN.pot from\n"
	"content/DOMAIN.xml again (rewritten only when its messages changed),\n"
	"then merge it into every LANG.po of the folder with msgmerge: changed\n"
	"messages become fuzzy with the previous text kept (#|), removed ones\n"
	"obsolete (#~); translations, comments and flags are kept.  A catalog\n"
	"whose merge fails is left exactly as it was; one whose messages already\n"
	"are the template's is not merged again.\n"
	"\n"
	"  -C, --compendium=FILE   also take translations from FILE (a translation memory)\n"
	"      --content=DIR       sources are in DIR (default: the content folder beside po/)\n"
	"      --pot-only          update the templates only\n"
	"  -j, --jobs=N            update N domains at once (default 1)\n"
	"  -v, --verbose           name every catalog left as it was, already merged\n"
	"  -h, --help              show this help and exit\n"
	"  -V, --version           show the version and exit\n");

static const struct option options[] = {
	{ "compendium", required_argument, NULL, 'C' },
	{ "content", required_argument, NULL, 'c' },
	{ "pot-only", no_argument, NULL, 'p' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

struct update_options {
	const char *compendium;
	const char *content_dir;
	int pot_only;
	int jobs;
	int verbose;
	char **domains;
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

/* Merges every catalog of the domain, whatever happened to the ones
 * before it (each failure is reported on its own), but those msgmerge
 * would leave as they are.  A compendium may fill in any untranslated
 * message: then every catalog is merged. */
static void merge_domain(const struct domain *d, const struct update_options *opts)
{
	struct merge_template *pot = opts->compendium ? NULL : merge_template_read(d->pot);

	for (size_t i = 0; i < d->n_catalogs; i++) {
		int changed;
		if (pot && merge_is_current(d->catalogs[i], pot)) {
			if (opts->verbose)
				printf(_("%s: already merged against its template\n"), d->catalogs[i]);
		} else if (merge_catalog(d->catalogs[i], d->pot, opts->compendium, &changed) == MERGE_OK
			   && changed) {
			printf(_("updated %s\n"), d->catalogs[i]);
		}
	}
	merge_template_free(pot);
}

static void update_domain(const char *dir, const struct update_options *opts)
{
	int lock = lock_domain(dir);
	if (lock < 0)
		return;
	atomic_file_remove_stale(dir);
	struct domain d;
	if (domain_init(&d, dir, opts->content_dir) == 0 && update_template(&d) == 0) {
		if (!opts->pot_only)
			merge_domain(&d, opts);
	} else if (d.n_catalogs && !opts->pot_only) {
		diag_note(d.dir, 0, 0, _("the template was not updated: no catalog was merged"));
	}
	domain_release(&d);
	close(lock);
}

/* Domains first .. last - 1, in order: one worker's share. */
static int update_domains(void *data, size_t first, size_t last)
{
	const struct update_options *opts = data;

	for (size_t i = first; i < last; i++)
		update_domain(opts->domains[i], opts);
	return diag_exit_status(FOLIO_EXIT_OK);
}

int cmd_update(int argc, char **argv)
{
	struct update_options opts = { NULL, NULL, 0, 1, 0, NULL };
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "C:j:vhV", options, NULL)) != -1) {
		switch (c) {
		case 'C': opts.compendium = optarg; break;
		case 'c': opts.content_dir = optarg; break;
		case 'p': opts.pot_only = 1; break;
		case 'j':
			if (cli_integer("update", "jobs", optarg, 1, 1024, &opts.jobs) < 0)
				return FOLIO_EXIT_FAILURE;
			break;
		case 'v': opts.verbose = 1; break;
		case 'h': fputs(_(usage_text), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage("update", _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	if (optind >= argc) {
		diag_usage("update", _("no domain folders"));
		return FOLIO_EXIT_FAILURE;
	}
	opts.domains = argv + optind;
	int worst = parallel_run((size_t)(argc - optind), (const char *const *)opts.domains,
				 opts.jobs, update_domains, &opts);
	its_locate_cleanup();
	return diag_exit_status((enum folio_exit)worst);
}
