/* cmd-build.c: folio build: every article in every language, text and
 * HTML, and an index of them (the engine is build.c). */
#include <config.h>

#include <getopt.h>
#include <stdio.h>

#include "build.h"
#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "i18n.h"
#include "its-locate.h"

static const char usage_text[] = N_(
	"Usage: folio build [OPTION]...\n"
	"Render every article of the content folder in English and in every\n"
	"language of po/LINGUAS, as OUT/LANG/ARTICLE.txt and .html, and write\n"
	"OUT/index.html listing every edition with its completeness, and for each\n"
	"language OUT/LANG/index.html and an Atom feed, OUT/LANG/feed.xml.\n"
	"\n"
	"  -m, --min-complete=PCT  skip editions less translated than PCT (default 0)\n"
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

static const struct option options[] = {
	{ "min-complete", required_argument, NULL, 'm' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "output", required_argument, NULL, 'o' },
	{ "width", required_argument, NULL, 'w' },
	{ "content", required_argument, NULL, 'c' },
	{ "po", required_argument, NULL, 'p' },
	{ "base-url", required_argument, NULL, 'b' },
	{ "allow-unknown-locale", no_argument, NULL, 'u' },
	{ "pseudo", no_argument, NULL, 'P' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

/* What the build did, on one line: fallbacks are never silent. */
static void summarise(const struct build_result *result)
{
	size_t n_built = 0;

	for (size_t i = 0; i < result->n_rows; i++)
		n_built += (size_t)result->rows[i].built;
	diag_note(NULL, 0, 0, _("%zu editions built, %zu skipped; %lu units from language-only "
				"catalogs, %lu untranslated (source text)"),
		  n_built, result->n_rows - n_built, result->n_fallback, result->n_untranslated);
	if (result->n_failed)
		diag_note(NULL, 0, 0, _("%zu editions failed (see the errors above)"),
			  result->n_failed);
}

static int parse_options(int argc, char **argv, struct build_options *opts)
{
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "m:j:o:w:hV", options, NULL)) != -1) {
		switch (c) {
		case 'm':
			if (cli_percent("build", "min-complete", optarg, &opts->min_complete) < 0)
				return FOLIO_EXIT_FAILURE;
			break;
		case 'j':
			if (cli_integer("build", "jobs", optarg, 1, 1024, &opts->jobs) < 0)
				return FOLIO_EXIT_FAILURE;
			break;
		case 'o': opts->out = optarg; break;
		case 'w':
			if (cli_integer("build", "width", optarg, 0, 10000, &opts->width) < 0)
				return FOLIO_EXIT_FAILURE;
			break;
		case 'c': opts->content = optarg; break;
		case 'p': opts->po = optarg; break;
		case 'b':
			if (build_options_base_url(opts, optarg, NULL) < 0)
				return FOLIO_EXIT_FAILURE;
			break;
		case 'u': opts->allow_unknown_locale = 1; break;
		case 'P': opts->pseudo = 1; break;
		case 'h': fputs(_(usage_text), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage("build", _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	if (optind < argc) {
		diag_usage("build", _("unexpected argument '%s'"), argv[optind]);
		return FOLIO_EXIT_FAILURE;
	}
	return -1;
}

int cmd_build(int argc, char **argv)
{
	struct build_options opts = { "content", "po", "editions", 0, 72, 1, 0, 0, NULL };
	int done = parse_options(argc, argv, &opts);

	if (done >= 0)
		return done;
	struct build_result result;
	int rc = build_run(&opts, &result);
	summarise(&result);
	build_result_release(&result);
	its_locate_cleanup();
	return rc;
}
