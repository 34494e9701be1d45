/* cmd-explain.c: folio explain: the ITS values of every node of a
 * document, and why. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "explain.h"
#include "html-doc.h"
#include "i18n.h"
#include "its-locate.h"
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

static const struct option options[] = {
	{ "category", required_argument, NULL, 'c' },
	{ "format", required_argument, NULL, 'f' },
	{ "its", required_argument, NULL, 'i' },
	{ "rules-dir", required_argument, NULL, 'r' },
	{ "html", no_argument, NULL, 'H' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

struct explain_options {
	explain_categories categories;
	enum explain_format format;
	int any_its;
};

/* Returns 0, 1 after --help or --version, -1 after a usage error. */
static int parse_options(int argc, char **argv, struct explain_options *opts)
{
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "hV", options, NULL)) != -1) {
		switch (c) {
		case 'c': {
			explain_categories bit = explain_category_named(optarg);
			if (!bit) {
				diag_usage("explain", _("unknown data category"));
				return -1;
			}
			opts->categories |= bit;
			break;
		}
		case 'f':
			if (strcmp(optarg, "text") == 0) {
				opts->format = EXPLAIN_TEXT;
			} else if (strcmp(optarg, "w3c") == 0) {
				opts->format = EXPLAIN_W3C;
			} else {
				diag_usage("explain", _("invalid format"));
				return -1;
			}
			break;
		case 'i': opts->any_its = 1; break;
		case 'r': its_allow_rules_dir(optarg); break;
		case 'H': html_doc_force(1); break;
		case 'h': fputs(_(usage_text), stdout); return 1;
		case 'V': print_version(); return 1;
		default: diag_usage("explain", _("invalid option")); return -1;
		}
	}
	if (optind + 1 != argc) {
		diag_usage("explain", _("give exactly one input file"));
		return -1;
	}
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
		explain_write(&out, doc, opts->categories, opts->format);
		fwrite(out.buf, 1, out.len, stdout);
		strbuf_release(&out);
	}
	its_annotation_free(annotation);
	xmlFreeDoc(doc);
	return rc;
}

int cmd_explain(int argc, char **argv)
{
	struct explain_options opts = { 0, EXPLAIN_TEXT, 0 };
	struct its_rules *rules = its_rules_new();
	int rc = FOLIO_EXIT_FAILURE;

	int parsed = parse_options(argc, argv, &opts);
	if (parsed != 0) {
		rc = parsed > 0 ? FOLIO_EXIT_OK : FOLIO_EXIT_FAILURE;
		goto out;
	}
	if ((opts.any_its && cli_load_its(argc, argv, "hV", options, rules) < 0)
	    || explain_file(argv[argc - 1], rules, &opts) < 0) {
		rc = diag_exit_status(FOLIO_EXIT_FINDING);
		goto out;
	}
	rc = diag_exit_status(FOLIO_EXIT_OK);
out:
	its_rules_free(rules);
	its_locate_cleanup();
	its_allow_cleanup();
	html_doc_force(0);
	return rc;
}
