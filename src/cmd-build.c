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
	"come from folio.conf, found in this folder or above; options win.  Editions\n"
	"whose inputs did not change since the last build (OUT/.folio.manifest) are\n"
	"not rendered again.\n"
	"\n"
	"  -m, --min-complete=PCT  skip editions less translated than PCT (default 100,\n"
	"                          or what folio.conf or PO/folio-check.conf says,\n"
	"                          as for check)\n"
	"      --config=FILE       per-language and per-domain thresholds, as for check\n"
	"  -j, --jobs=N            render N editions at once (default 1)\n"
	"      --shard=K/N         render only shard K of N of the editions (no index)\n"
	"      --index-only        render nothing; write the index from the manifests\n"
	"                          the shards left in the output folder\n"
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
	{ "shard", 0, CLI_STRING, OPT(shard_spec), 0, 0, NULL },
	{ "index-only", 0, CLI_FLAG, OPT(index_only), 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command build_command = { "build", usage_text, options, 0, 0, NULL };

/* What the build did, on one line: fallbacks are never silent. */
static void summarise(const struct build_result *result)
{
	size_t n_built = result->count[BUILD_BUILT], n_skipped = result->count[BUILD_SKIPPED];
	size_t n_unchanged = result->count[BUILD_UNCHANGED], n_failed = result->count[BUILD_FAILED];

	/* Two messages, so that each count agrees with its own noun. */
	struct strbuf editions = STRBUF_INIT, units = STRBUF_INIT;
	strbuf_addf(&editions, ngettext("%zu edition built, %zu skipped",
					"%zu editions built, %zu skipped", n_built),
		    n_built, n_skipped);
	strbuf_addf(&units, ngettext("%lu unit from language-only catalogs, %lu untranslated "
				     "(source text)", "%lu units from language-only catalogs, %lu "
				     "untranslated (source text)", result->n_fallback),
		    result->n_fallback, result->n_untranslated);
	diag_note(NULL, 0, 0, "%s; %s", editions.buf, units.buf);
	strbuf_release(&editions);
	strbuf_release(&units);
	if (n_unchanged)
		diag_note(NULL, 0, 0, ngettext("%zu edition unchanged since the last build",
					       "%zu editions unchanged since the last build",
					       n_unchanged), n_unchanged);
	if (n_failed)
		diag_note(NULL, 0, 0, ngettext("%zu edition failed (see the errors above)",
					       "%zu editions failed (see the errors above)",
					       n_failed), n_failed);
}

/* --shard and --index-only, checked against each other. */
static int check_shard(struct build_options *opts)
{
	if (opts->shard_spec
	    && cli_shard("build", "shard", opts->shard_spec, &opts->shard, &opts->n_shards) < 0)
		return -1;
	if (opts->index_only && opts->n_shards > 1)
		return diag_usage("build", _("'--index-only' writes the index of every shard: "
					     "give no '--shard'"));
	return 0;
}

int cmd_build(int argc, char **argv)
{
	struct project project;
	if (project_load(&project) < 0) {
		project_release(&project);
		return FOLIO_EXIT_FAILURE;
	}
	struct build_options opts = {
		.content = project.content, .po = project.po, .out = project.output,
		.min_complete = project.min_complete, .width = project.width, .jobs = 1,
		.project = &project, .shard = 1, .n_shards = 1, .base_url = project.base_url,
	};
	struct cli_args args;
	int rc = cli_parse(&build_command, argc, argv, &opts, &args);
	/* The site's address, from folio.conf's [site] base-url or the option. */
	if (rc == CLI_GO_ON && opts.base_url
	    && build_options_base_url(&opts, opts.base_url,
				      opts.base_url == project.base_url ? project.conf : NULL) < 0)
		rc = FOLIO_EXIT_FAILURE;
	if (rc == CLI_GO_ON && check_shard(&opts) < 0)
		rc = FOLIO_EXIT_FAILURE;
	if (rc != CLI_GO_ON) {
		project_release(&project);
		return rc;
	}
	/* check's thresholds, so that what passes the gate is what is published. */
	char *found_config;
	if (check_config_find(&opts.config, opts.po, project.conf, &found_config) < 0) {
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
