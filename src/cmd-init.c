/* cmd-init.c: folio init: a new translator's catalog for a domain. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "commands.h"
#include "diag.h"
#include "domain.h"
#include "i18n.h"
#include "locale-tag.h"
#include "run-tool.h"
#include "strbuf.h"

static const char usage_text[] = N_(
	"Usage: folio init [OPTION]... LANG DOMAIN-DIR\n"
	"Create DOMAIN-DIR/LANG.po, a new catalog for the language LANG (BCP 47\n"
	"such as pt-BR, or POSIX such as pt_BR), from the domain's template\n"
	"DOMAIN-DIR/DOMAIN.pot.  The header gets Language, the language's\n"
	"Plural-Forms (from gettext's msginit and CLDR) and UTF-8.  An existing\n"
	"catalog is never overwritten.\n"
	"\n"
	"  -h, --help      show this help and exit\n"
	"  -V, --version   show the version and exit\n");

static const struct option options[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

/* msginit knows the plural forms of a few dozen languages itself and the
 * rest from CLDR's plurals.xml (Debian's unicode-cldr-core). */
static void point_msginit_at_cldr(void)
{
	if (!getenv("GETTEXTCLDRDIR") && access(FOLIO_CLDR_DIR "/common/supplemental/plurals.xml",
						 R_OK) == 0)
		setenv("GETTEXTCLDRDIR", FOLIO_CLDR_DIR, 1);
}

static int create_catalog(const char *language, const struct domain *d, const char *po)
{
	struct strbuf locale = STRBUF_INIT;
	struct atomic_file af;

	if (atomic_file_open(&af, po) < 0)
		return -1;
	atomic_file_close_stream(&af);
	strbuf_addf(&locale, "--locale=%s.UTF-8", language);
	char *argv[] = { "msginit", "--no-translator", locale.buf, "-i", d->pot,
			 "-o", af.tmp_path, NULL };
	point_msginit_at_cldr();
	int rc = run_tool(argv);
	strbuf_release(&locale);
	if (rc != 0) {
		atomic_file_abort(&af);
		return diag_error(po, 0, 0, _("msginit failed; nothing was created"));
	}
	size_t len;
	char *text = read_file(af.tmp_path, &len);
	if (text && !strstr(text, "\"Plural-Forms: "))
		diag_warning(po, 0, 0, _("no plural forms are known for '%s'; add Plural-Forms to "
					 "the header by hand"), language);
	free(text);
	/* link() fails when the catalog appeared meanwhile: never overwrite. */
	if (link(af.tmp_path, po) != 0) {
		atomic_file_abort(&af);
		return diag_error(po, 0, 0, _("cannot create catalog"));
	}
	atomic_file_abort(&af);
	return 0;
}

int cmd_init(int argc, char **argv)
{
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "hV", options, NULL)) != -1) {
		switch (c) {
		case 'h': fputs(_(usage_text), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage("init", _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	if (argc - optind != 2) {
		diag_usage("init", _("expected a language and a domain folder"));
		return FOLIO_EXIT_FAILURE;
	}
	struct strbuf language = STRBUF_INIT;
	if (locale_tag_to_gettext(argv[optind], &language) < 0) {
		diag_usage("init", _("'%s' is not a language tag"), argv[optind]);
		return FOLIO_EXIT_FAILURE;
	}
	struct domain d;
	int rc = FOLIO_EXIT_FAILURE;
	if (domain_init(&d, argv[optind + 1], NULL) == 0) {
		struct strbuf po = STRBUF_INIT;
		strbuf_addf(&po, "%s/%s.po", d.dir, language.buf);
		if (access(d.pot, R_OK) != 0)
			diag_error(d.pot, 0, 0, _("no template; run 'folio update %s' first"), d.dir);
		else if (access(po.buf, F_OK) == 0)
			rc = (diag_error(po.buf, 0, 0, _("the catalog exists already; not overwritten")),
			      FOLIO_EXIT_FINDING);
		else if (create_catalog(language.buf, &d, po.buf) == 0) {
			printf(_("created %s\n"), po.buf);
			rc = FOLIO_EXIT_OK;
		}
		strbuf_release(&po);
	}
	domain_release(&d);
	strbuf_release(&language);
	return rc;
}
