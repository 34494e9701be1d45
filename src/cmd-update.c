/* cmd-update.c: folio update: re-extract each domain's template from its
 * source and merge it into every catalog of the domain. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
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
#include "progress.h"
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

struct update_options {
	const char *compendium;
	const char *content_dir;
	int pot_only;
	const struct project *project;   /* every domain of it when none is named */
};

#define OPT(field) offsetof(struct update_options, field)
static const struct cli_option options[] = {
	{ "compendium", 'C', CLI_STRING, OPT(compendium), 0, 0, NULL },
	{ "content", 0, CLI_STRING, OPT(content_dir), 0, 0, NULL },
	{ "pot-only", 0, CLI_FLAG, OPT(pot_only), 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command update_command = {
	"update", usage_text, options, 0, -1, NULL
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
			diag_verbose(d.catalogs[i], _("merging '%s'"), d.pot);
			if (merge_catalog(d.catalogs[i], d.pot, opts->compendium, &changed) == MERGE_OK
			    && changed && diag_verbosity() >= 0) {
				progress_clear();
				printf(_("updated %s\n"), d.catalogs[i]);
			}
		}
	} else if (d.n_catalogs && !opts->pot_only) {
		diag_note(d.dir, 0, 0, _("the template was not updated: no catalog was merged"));
	}
	domain_release(&d);
	close(lock);
}

/* Every domain of the project, each folder made when missing. */
static void update_project(struct project *project, struct update_options *opts,
			   struct progress *progress)
{
	size_t n;
	char **names = project_domains(project, &n);
	struct strbuf dir = STRBUF_INIT;

	progress_start(progress, _("updating"), n);
	for (size_t i = 0; i < n; i++) {
		strbuf_reset(&dir);
		strbuf_addf(&dir, "%s/%s", project->po, names[i]);
		/* A new article gets its domain folder. */
		if (mkdir(dir.buf, 0777) != 0 && errno != EEXIST)
			diag_io_error(dir.buf, 0, 0, _("cannot create folder: %s"), strerror(errno));
		else
			update_domain(dir.buf, opts);
		progress_show(progress, i + 1);
	}
	strbuf_release(&dir);
	project_domains_free(names, n);
}

int cmd_update(int argc, char **argv)
{
	struct project project;
	struct update_options opts = { NULL, NULL, 0, &project };
	struct cli_args args;
	struct progress progress;

	if (project_load(&project) < 0) {
		project_release(&project);
		return FOLIO_EXIT_FAILURE;
	}
	int done = cli_parse(&update_command, argc, argv, &opts, &args);
	if (done != CLI_GO_ON) {
		project_release(&project);
		return done;
	}
	if (args.n_items) {
		progress_start(&progress, _("updating"), (size_t)args.n_items);
		for (int i = 0; i < args.n_items; i++) {
			update_domain(args.items[i], &opts);
			progress_show(&progress, (size_t)i + 1);
		}
	} else {
		if (opts.content_dir)
			project_set_content(&project, opts.content_dir);
		update_project(&project, &opts, &progress);
	}
	progress_end(&progress);
	project_release(&project);
	its_locate_cleanup();
	return diag_exit_status(FOLIO_EXIT_OK);
}
