/* cmd-explain.c: folio explain: the ITS values of every node of a
 * document, and why. */
#include <config.h>

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "explain.h"
#include "html-doc.h"
#include "i18n.h"
#include "its-locate.h"
#include "its-options.h"
#include "its.h"
#include "strbuf.h"

static const char usage_text[] = N_(
	"Usage: folio explain [OPTION]... FILE\n"
	"Show, for every element and attribute of an XML or HTML file in document\n"
	"order, the values of the W3C ITS 2.0 data categories, and why: the rule\n"
	"that set each (file:line), local markup, inheritance from which ancestor,\n"
	"or the default.\n"
	"\n"
	"      --category=NAME        show only this data category (may be repeated):\n"
	"                             translate, localization-note, terminology,\n"
	"                             directionality, language-information,\n"
	"                             elements-within-text, domain, text-analysis,\n"
	"                             locale-filter, provenance, external-resource,\n"
	"                             target-pointer, id-value, preserve-space,\n"
	"                             localization-quality-issue,\n"
	"                             localization-quality-rating, mt-confidence,\n"
	"                             allowed-characters, storage-size\n"
	"      --format=FORMAT        text (default) or w3c: the output format of the\n"
	"                             W3C ITS 2.0 test suite, from the document's own\n"
	"                             rules and --its files only\n"
	"      --its=RULES            apply the ITS rules in RULES (may be repeated)\n"
	"      --rules-dir=DIR        also read rules that documents link from DIR\n"
	"                             (may be repeated)\n"
	"      --html                 read FILE as HTML whatever its name\n"
	"  -h, --help                 show this help and exit\n"
	"  -V, --version              show the version and exit\n"
	"\n"
	"In text format the rules folio knows for the document (as folio extract\n"
	"uses them) apply first.  Files named *.html or *.htm are read as HTML.\n");

static const char *const format_names[] = { "text", "w3c", NULL };

struct explain_options {
	struct cli_list categories;   /* --category names */
	int format;                   /* an enum explain_format */
	struct cli_list its;          /* --its files, applied in this order */
	struct cli_list rules_dirs;
	int html;
	explain_categories selected;
};

#define OPT(field) offsetof(struct explain_options, field)
static const struct cli_option options[] = {
	{ "category", 0, CLI_LIST, OPT(categories), 0, 0, NULL },
	{ "format", 0, CLI_CHOICE, OPT(format), 0, 0, format_names },
	{ "its", 0, CLI_LIST, OPT(its), 0, 0, NULL },
	{ "rules-dir", 0, CLI_LIST, OPT(rules_dirs), 0, 0, NULL },
	{ "html", 0, CLI_FLAG, OPT(html), 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command explain_command = {
	"explain", usage_text, options, 1, 1, N_("give exactly one input file")
};

/* The categories named, the --its files once every --rules-dir is known.
 * Returns 0, or an exit status after reporting. */
static int take_options(struct explain_options *opts, struct its_rules *rules)
{
	for (size_t i = 0; i < opts->categories.n_items; i++) {
		explain_categories bit = explain_category_named(opts->categories.items[i]);
		if (!bit) {
			diag_usage("explain", _("unknown data category"));
			return FOLIO_EXIT_FAILURE;
		}
		opts->selected |= bit;
	}
	if (its_options_load(rules, &opts->its, &opts->rules_dirs) < 0)
		return diag_exit_status(FOLIO_EXIT_FINDING);
	html_doc_force(opts->html);
	return 0;
}

static int explain_file(const char *file, const struct its_rules *rules,
			const struct explain_options *opts)
{
	xmlDoc *doc = source_doc_load(file);
	if (!doc)
		return -1;
	const struct its_rules *sets[2];
	size_t n_sets = 0;
	int failed = 0;
	if (opts->format == EXPLAIN_TEXT) {
		const struct its_rules *located = its_locate(doc, file, &failed);
		if (located)
			sets[n_sets++] = located;
	}
	sets[n_sets++] = rules;
	struct its_annotation *annotation = failed ? NULL
		: its_annotate_with(sets, n_sets, doc, file,
				    opts->format == EXPLAIN_W3C ? ITS_ANNOTATE_PURE : 0);
	int rc = annotation ? 0 : -1;
	if (annotation) {
		struct strbuf out = STRBUF_INIT;
		explain_write(&out, doc, opts->selected, (enum explain_format)opts->format);
		fwrite(out.buf, 1, out.len, stdout);
		strbuf_release(&out);
	}
	its_annotation_free_with_doc(annotation, doc);
	return rc;
}

int cmd_explain(int argc, char **argv)
{
	struct explain_options opts = { { 0 }, EXPLAIN_TEXT, { 0 }, { 0 }, 0, 0 };
	struct its_rules *rules = its_rules_new();
	struct cli_args args;
	int rc = cli_parse(&explain_command, argc, argv, &opts, &args);

	if (rc != CLI_GO_ON)
		goto out;
	rc = take_options(&opts, rules);
	if (rc != 0)
		goto out;
	rc = explain_file(args.items[0], rules, &opts) < 0 ? diag_exit_status(FOLIO_EXIT_FINDING)
		: diag_exit_status(FOLIO_EXIT_OK);
out:
	cli_list_release(&opts.categories);
	cli_list_release(&opts.its);
	cli_list_release(&opts.rules_dirs);
	its_rules_free(rules);
	its_locate_cleanup();
	its_allow_cleanup();
	html_doc_force(0);
	return rc;
}
