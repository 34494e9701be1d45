/* cmd-update.c: folio update: re-extract each domain's template from its
 * source and merge it into every catalog of the domain. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic-file.h"
#include "commands.h"
#include "diag.h"
#include "domain.h"
#include "extract.h"
#include "i18n.h"
#include "its-locate.h"
#include "merge.h"
#include "project.h"

static const char usage_text[] = N_(
	"Usage: folio update [OPTION]... [DOMAIN-DIR]...\n"
	"For each domain folder po/DOMAIN (default: every article and template of\n"
	"the project's content folder): extract the template DOMAIN.pot from\n"
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
	const struct project *project;   /* every domain of it when none is named */
};

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
/* The sources are in --content, else the project's content folder (when
 * there is a folio.conf), else content/ beside po/. */
static void update_domain(const char *dir, const struct update_options *opts)
{
	struct domain d;
	int lock = lock_domain(dir);
	if (lock < 0)
		return;
	atomic_file_remove_stale(dir);
	int rc = opts->project->conf && !opts->content_dir
		? domain_init_in_project(&d, opts->project, dir)
		: domain_init(&d, dir, opts->content_dir);
	if (rc == 0 && domain_write_template(&d) == 0) {
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

/* -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, struct update_options *opts)
{
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "C:hV", options, NULL)) != -1) {
		switch (c) {
		case 'C': opts->compendium = optarg; break;
		case 'c': opts->content_dir = optarg; break;
		case 'p': opts->pot_only = 1; break;
		case 'h': fputs(_(usage_text), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage("update", _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	return -1;
}

int cmd_update(int argc, char **argv)
{
	struct project project;
	struct update_options opts = { NULL, NULL, 0, &project };
	int rc = project_load(&project) < 0 ? FOLIO_EXIT_FAILURE
		: parse_options(argc, argv, &opts);

	if (rc < 0 && optind < argc) {
		for (int i = optind; i < argc; i++)
			update_domain(argv[i], &opts);
	} else if (rc < 0) {
		if (opts.content_dir)
			project_set_content(&project, opts.content_dir);
		size_t n;
		char **names = project_domains(&project, &n);
		struct strbuf dir = STRBUF_INIT;
		for (size_t i = 0; i < n; i++) {
			strbuf_reset(&dir);
			strbuf_addf(&dir, "%s/%s", project.po, names[i]);
			/* A new article gets its domain folder. */
			if (mkdir(dir.buf, 0777) != 0 && errno != EEXIST)
				diag_io_error(dir.buf, 0, 0, _("cannot create folder: %s"),
					      strerror(errno));
			else
				update_domain(dir.buf, &opts);
		}
		strbuf_release(&dir);
		project_domains_free(names, n);
	}
	project_release(&project);
	its_locate_cleanup();
	return rc >= 0 ? rc : (int)diag_exit_status(FOLIO_EXIT_OK);
}
