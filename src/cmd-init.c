/* cmd-init.c: folio init: a new translator's catalog for a domain. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic-file.h"
#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "domain.h"
#include "i18n.h"
#include "icu-flag.h"
#include "its-locate.h"
#include "locale-tag.h"
#include "merge.h"
#include "project.h"
#include "run-tool.h"
#include "strbuf.h"
#include "strmap.h"

static const char usage_text[] = N_(
	"Usage: folio init [OPTION]... LANG [DOMAIN-DIR]\n"
	"Create DOMAIN-DIR/LANG.po, a new catalog for the language LANG (BCP 47\n"
	"such as pt-BR, or POSIX such as pt_BR), from the domain's template\n"
	"DOMAIN-DIR/DOMAIN.pot.  The header gets Language, the language's\n"
	"Plural-Forms (from gettext's msginit and CLDR) and UTF-8.  An existing\n"
	"catalog is never overwritten.  Without DOMAIN-DIR, every domain of the\n"
	"project (each article and template of its content folder) gets one; a\n"
	"missing template is extracted first, existing catalogs are kept, and\n"
	"LANG is added to po/LINGUAS.\n"
	"\n"
	"  -h, --help      show this help and exit\n"
	"  -V, --version   show the version and exit\n");

static const struct cli_option options[] = {
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command init_command = {
	"init", usage_text, options, 1, 2,
	N_("expected a language and at most one domain folder")
};

/* msginit knows the plural forms of a few dozen languages itself and the
 * rest from CLDR's plurals.xml (Debian's unicode-cldr-core). */
static void point_msginit_at_cldr(void)
{
	if (!getenv("GETTEXTCLDRDIR") && access(FOLIO_CLDR_DIR "/common/supplemental/plurals.xml",
						 R_OK) == 0)
		setenv("GETTEXTCLDRDIR", FOLIO_CLDR_DIR, 1);
}


/* msginit's output must hold every message of the template before it
 * becomes the catalog: like msgmerge, it exits 0 after a failed write. */
static int verify_created(const char *po, const char *created, const char *pot)
{
	struct strmap pot_keys, new_keys;
	size_t n_pot, n_new;
	int rc = 0;

	strmap_init(&pot_keys);
	strmap_init(&new_keys);
	if (merge_read_keys(created, &new_keys, &n_new) < 0
	    || merge_read_keys(pot, &pot_keys, &n_pot) < 0 || n_new != n_pot)
		rc = diag_io_error(po, 0, 0, _("msginit's output is incomplete (is the disk full?); "
					       "nothing was created"));
	strmap_release(&pot_keys);
	strmap_release(&new_keys);
	return rc;
}

static int create_catalog(const char *language, const struct domain *d, const char *po)
{
	struct strbuf locale = STRBUF_INIT, messages = STRBUF_INIT;
	struct atomic_file af;

	if (atomic_file_open_named(&af, po) < 0)
		return -1;
	if (atomic_file_close_stream(&af) < 0) {
		atomic_file_abort(&af);
		return -1;
	}
	/* POSIX order: ll_CC.UTF-8@modifier ("sr_RS.UTF-8@latin"). */
	size_t base = strcspn(language, "@");
	strbuf_addf(&locale, "--locale=%.*s.UTF-8%s", (int)base, language, language + base);
	char *argv[] = { "msginit", "--no-translator", locale.buf, "-i", d->pot,
			 "-o", af.tmp_path, NULL };
	point_msginit_at_cldr();
	int rc = run_tool(argv, &messages);
	strbuf_release(&locale);
	run_tool_rename(&messages, af.tmp_path, po);
	if (rc != 0) {
		diag_io_error(po, 0, 0, _("msginit failed; nothing was created"));
		run_tool_show(&messages);
	} else if (verify_created(po, af.tmp_path, d->pot) < 0) {
		run_tool_show(&messages);
		rc = -1;
	} else if (icu_flag_restore_file(af.tmp_path) < 0) {
		rc = -1;
	} else if (diag_verbosity() > 0) {
		run_tool_show(&messages);
	}
	strbuf_release(&messages);
	if (rc != 0) {
		atomic_file_abort(&af);
		return -1;
	}
	size_t len;
	char *text = read_file(af.tmp_path, &len);
	if (text && !strstr(text, "\"Plural-Forms: "))
		diag_warning(po, 0, 0, _("no plural forms are known for '%s'; add Plural-Forms to "
					 "the header by hand"), language);
	free(text);
	/* Never over a catalog that appeared meanwhile. */
	return atomic_file_commit_exclusive(&af);
}

/* One domain's catalog; in_project: an existing one is no error, and a
 * missing template is extracted first. */
static void init_domain(const struct locale *loc, struct domain *d, int in_project)
{
	struct strbuf po = STRBUF_INIT;

	if (in_project && access(d->pot, F_OK) != 0 && domain_write_template(d) < 0)
		return;   /* reported */
	strbuf_addf(&po, "%s/%s.po", d->dir, loc->name);
	if (access(d->pot, R_OK) != 0)
		diag_io_error(d->pot, 0, 0, _("no template; run 'folio update %s' first"), d->dir);
	else if (access(po.buf, F_OK) == 0 && in_project)
		diag_note(po.buf, 0, 0, _("the catalog exists already; kept"));
	else if (access(po.buf, F_OK) == 0)
		diag_error(po.buf, 0, 0, _("the catalog exists already; not overwritten"));
	else if (create_catalog(loc->name, d, po.buf) == 0 && diag_verbosity() >= 0)
		printf(_("created %s\n"), po.buf);
	strbuf_release(&po);
}

/* Every domain of the project, each folder made when missing. */
static void init_project(const struct locale *loc)
{
	struct project project;
	if (project_load(&project) == 0) {
		size_t n;
		char **names = project_domains(&project, &n);
		for (size_t i = 0; i < n; i++) {
			struct domain d = { 0 };
			struct strbuf dir = STRBUF_INIT;
			strbuf_addf(&dir, "%s/%s", project.po, names[i]);
			if (mkdir(dir.buf, 0777) != 0 && errno != EEXIST)
				diag_io_error(dir.buf, 0, 0, _("cannot create folder: %s"),
					      strerror(errno));
			else if (domain_init_in_project(&d, &project, dir.buf) == 0)
				init_domain(loc, &d, 1);
			domain_release(&d);
			strbuf_release(&dir);
		}
		project_domains_free(names, n);
		/* A new language is to be published: LINGUAS lists it. */
		if (n && diag_error_count() == 0)
			project_add_language(&project, loc);
	}
	project_release(&project);
}

int cmd_init(int argc, char **argv)
{
	struct cli_args args;
	int done = cli_parse(&init_command, argc, argv, NULL, &args);

	if (done != CLI_GO_ON)
		return done;
	const char *language = args.items[0];
	struct strbuf reason = STRBUF_INIT;
	struct locale loc;
	if (locale_parse(language, &loc, &reason) < 0) {
		diag_usage("init", _("'%s' is not a language tag: %s"), language, reason.buf);
		strbuf_release(&reason);
		return FOLIO_EXIT_FAILURE;
	}
	strbuf_release(&reason);
	if (args.n_items == 1) {
		init_project(&loc);
	} else {
		struct domain d;
		if (domain_init(&d, args.items[1], NULL) == 0)
			init_domain(&loc, &d, 0);
		domain_release(&d);
	}
	locale_release(&loc);
	its_locate_cleanup();
	return diag_exit_status(FOLIO_EXIT_OK);
}
