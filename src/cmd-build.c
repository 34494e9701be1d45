/* cmd-build.c: folio build: every article in every language, text and
 * HTML, and an index of them (the engine is build.c). */
#include <config.h>

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "build.h"
#include "check-config.h"
#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "i18n.h"
#include "its-locate.h"
#include "project.h"
#include "strbuf.h"

static const char usage_text[] = N_(
	"Usage: folio build [OPTION]...\n"
	"Render every article of the content folder in the source language and in\n"
	"every language of po/LINGUAS, as OUT/LANG/ARTICLE.txt and .html, and write\n"
	"OUT/index.html listing every edition with its completeness, and for each\n"
	"language OUT/LANG/index.html and an Atom feed, OUT/LANG/feed.xml.  Defaults\n"
	"come from folio.conf, found in this folder or above; options win.\n"
	"\n"
	"  -m, --min-complete=PCT  skip editions less translated than PCT (default 100,\n"
	"                          or what folio.conf or PO/folio-check.conf says,\n"
	"                          as for check)\n"
	"      --config=FILE       per-language and per-domain thresholds, as for check\n"
	"  -j, --jobs=N            render N editions at once (default 1)\n"
	"  -o, --output=DIR        where editions go (default: editions)\n"
	"  -w, --width=N           text width in columns (default 72)\n"
	"      --content=DIR       the articles (default: content)\n"
	"      --po=DIR            the catalogs (default: po)\n"
	"      --base-url=URL      the site's address (https://example.org/editions):\n"
	"                          absolute hreflang, canonical links and sitemap.xml\n"
	"      --pseudo            also build the pseudo-locales en-XA (accented, longer)\n"
	"                          and ar-XB (right to left), made from the source\n"
	"      --allow-unknown-locale\n"
	"                          format LINGUAS tags ICU has no data for as its root locale\n"
	"  -h, --help              show this help and exit\n"
	"  -V, --version           show the version and exit\n");

#define OPT(field) offsetof(struct build_options, field)
static const struct cli_option options[] = {
	{ "min-complete", 'm', CLI_PERCENT, OPT(min_complete), 0, 0, NULL },
	{ "config", 0, CLI_STRING, OPT(config), 0, 0, NULL },
	{ "jobs", 'j', CLI_INTEGER, OPT(jobs), 1, 1024, NULL },
	{ "output", 'o', CLI_STRING, OPT(out), 0, 0, NULL },
	{ "width", 'w', CLI_INTEGER, OPT(width), 0, 10000, NULL },
	{ "content", 0, CLI_STRING, OPT(content), 0, 0, NULL },
	{ "po", 0, CLI_STRING, OPT(po), 0, 0, NULL },
	{ "base-url", 0, CLI_STRING, OPT(base_url), 0, 0, NULL },
	{ "allow-unknown-locale", 0, CLI_FLAG, OPT(allow_unknown_locale), 0, 0, NULL },
	{ "pseudo", 0, CLI_FLAG, OPT(pseudo), 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command build_command = { "build", usage_text, options, 0, 0, NULL };

/* What the build did, on one line: fallbacks are never silent. */
static void summarise(const struct build_result *result)
{
	size_t n_built = 0;

	for (size_t i = 0; i < result->n_rows; i++)
		n_built += (size_t)result->rows[i].built;
	/* Two messages, so that each count agrees with its own noun. */
	struct strbuf editions = STRBUF_INIT, units = STRBUF_INIT;
	strbuf_addf(&editions, ngettext("%zu edition built, %zu skipped",
					"%zu editions built, %zu skipped", n_built),
		    n_built, result->n_rows - n_built);
	strbuf_addf(&units, ngettext("%lu unit from language-only catalogs, %lu untranslated "
				     "(source text)", "%lu units from language-only catalogs, %lu "
				     "untranslated (source text)", result->n_fallback),
		    result->n_fallback, result->n_untranslated);
	diag_note(NULL, 0, 0, "%s; %s", editions.buf, units.buf);
	strbuf_release(&editions);
	strbuf_release(&units);
	if (result->n_failed)
		diag_note(NULL, 0, 0, ngettext("%zu edition failed (see the errors above)",
					       "%zu editions failed (see the errors above)",
					       result->n_failed), result->n_failed);
}

int cmd_build(int argc, char **argv)
{
	struct project project;
	if (project_load(&project) < 0) {
		project_release(&project);
		return FOLIO_EXIT_FAILURE;
	}
	struct build_options opts = { project.content, project.po, project.output,
				      project.min_complete, NULL, project.width, 1, 0, 0, &project,
				      project.base_url };
	struct cli_args args;
	int rc = cli_parse(&build_command, argc, argv, &opts, &args);
	/* The site's address, from folio.conf's [site] base-url or the option. */
	if (rc == CLI_GO_ON && opts.base_url
	    && build_options_base_url(&opts, opts.base_url,
				      opts.base_url == project.base_url ? project.conf : NULL) < 0)
		rc = FOLIO_EXIT_FAILURE;
	if (rc != CLI_GO_ON) {
		project_release(&project);
		return rc;
	}
	/* check's thresholds, so that what passes the gate is what is published. */
	int checked = 0;
	char *found_config = opts.config ? NULL
		: check_config_default(opts.po, project.conf, &checked);
	if (found_config)
		opts.config = found_config;
	if (opts.config && !(found_config && checked) && check_config_validate(opts.config) < 0) {
		rc = FOLIO_EXIT_FAILURE;   /* as check says it */
	} else {
		struct build_result result;
		rc = build_run(&opts, &result);
		summarise(&result);
		build_result_release(&result);
	}
	free(found_config);
	project_release(&project);
	its_locate_cleanup();
	return rc;
}
