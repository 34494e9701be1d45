/* cmd-extract.c: folio extract: XML sources to a .pot template. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "extract.h"
#include "html-doc.h"
#include "i18n.h"
#include "its-locate.h"
#include "its.h"
#include "pot.h"
#include "strbuf.h"

static const char usage_text[] = N_(
	"Usage: folio extract [OPTION]... FILE.xml|FILE.html...\n"
	"Extract the translatable text of XML and HTML files into a .pot template,\n"
	"as W3C ITS 2.0 rules say: built-in rules for folio's article and edition\n"
	"formats and (X)HTML, the rule files gettext installs, --its files, and\n"
	"the document's own rules and markup.\n"
	"\n"
	"  -o, --output=FILE          write the template to FILE (default: standard output)\n"
	"      --its=RULES            apply the ITS rules in RULES after the built-in ones\n"
	"                             (may be repeated)\n"
	"      --rules-dir=DIR        also read rules that documents link (xlink:href)\n"
	"                             from DIR (may be repeated)\n"
	"      --html                 read every FILE as HTML (files named *.html\n"
	"                             or *.htm always are)\n"
	"      --package-name=NAME    the Project-Id-Version of the template\n"
	"      --msgid-bugs-address=ADDRESS\n"
	"                             where translators report problems in messages\n"
	"  -h, --help                 show this help and exit\n"
	"  -V, --version              show the version and exit\n"
	"\n"
	"POT-Creation-Date is taken from SOURCE_DATE_EPOCH when it is set.  An\n"
	"existing template whose messages have not changed is left untouched.\n");

static const struct option options[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "its", required_argument, NULL, 'i' },
	{ "rules-dir", required_argument, NULL, 'r' },
	{ "html", no_argument, NULL, 'H' },
	{ "package-name", required_argument, NULL, 'p' },
	{ "msgid-bugs-address", required_argument, NULL, 'b' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

int cmd_extract(int argc, char **argv)
{
	const char *output = "-";
	struct pot_header header = { NULL, NULL, 0 };
	struct its_rules *rules = its_rules_new();
	struct pot *pot = pot_new();
	struct strbuf project_id = STRBUF_INIT;
	int rc = FOLIO_EXIT_FAILURE;
	int c, any_its = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "o:hV", options, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'i':
			/* Loaded once every --rules-dir is known. */
			any_its = 1;
			break;
		case 'r': its_allow_rules_dir(optarg); break;
		case 'H': html_doc_force(1); break;
		case 'p': header.project_id = optarg; break;
		case 'b': header.bugs_address = optarg; break;
		case 'h':
			fputs(_(usage_text), stdout);
			rc = FOLIO_EXIT_OK;
			goto out;
		case 'V':
			print_version();
			rc = FOLIO_EXIT_OK;
			goto out;
		default:
			diag_usage("extract", _("invalid option"));
			goto out;
		}
	}
	if (optind >= argc) {
		diag_usage("extract", _("no input files"));
		goto out;
	}
	if (any_its && cli_load_its(argc, argv, "o:hV", options, rules) < 0) {
		rc = diag_exit_status(FOLIO_EXIT_FINDING);
		goto out;
	}
	if (pot_creation_date(&header.creation_date) < 0)
		goto out;
	if (!header.project_id && strcmp(output, "-") != 0) {
		/* The domain of po/DOMAIN/DOMAIN.pot names the template. */
		strbuf_add_stem(&project_id, output, ".pot");
		header.project_id = project_id.buf;
	}

	int failed = 0;
	for (int i = optind; i < argc; i++)
		if (extract_file(rules, argv[i], pot) < 0)
			failed = 1;
	/* A template from part of the sources would drop messages. */
	if (failed) {
		rc = diag_exit_status(FOLIO_EXIT_FINDING);
		goto out;
	}
	rc = pot_write(pot, output, &header) < 0 ? FOLIO_EXIT_FAILURE : FOLIO_EXIT_OK;
	rc = diag_exit_status(rc);
out:
	strbuf_release(&project_id);
	pot_free(pot);
	its_rules_free(rules);
	its_locate_cleanup();
	its_allow_cleanup();
	html_doc_force(0);
	return rc;
}
