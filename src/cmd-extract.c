/* cmd-extract.c: folio extract: XML and HTML sources to a .pot template. */
#include <config.h>

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "extract.h"
#include "html-doc.h"
#include "i18n.h"
#include "its-locate.h"
#include "its-options.h"
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

struct extract_options {
	const char *output;
	struct cli_list its;          /* --its files, applied in this order */
	struct cli_list rules_dirs;
	int html;
	struct pot_header header;
};

#define OPT(field) offsetof(struct extract_options, field)
static const struct cli_option options[] = {
	{ "output", 'o', CLI_STRING, OPT(output), 0, 0, NULL },
	{ "its", 0, CLI_LIST, OPT(its), 0, 0, NULL },
	{ "rules-dir", 0, CLI_LIST, OPT(rules_dirs), 0, 0, NULL },
	{ "html", 0, CLI_FLAG, OPT(html), 0, 0, NULL },
	{ "package-name", 0, CLI_STRING, OPT(header.project_id), 0, 0, NULL },
	{ "msgid-bugs-address", 0, CLI_STRING, OPT(header.bugs_address), 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command extract_command = {
	"extract", usage_text, options, 1, -1, N_("no input files")
};

int cmd_extract(int argc, char **argv)
{
	struct extract_options opts = { "-", { 0 }, { 0 }, 0, { NULL, NULL, 0 } };
	struct its_rules *rules = its_rules_new();
	struct pot *pot = pot_new();
	struct strbuf project_id = STRBUF_INIT;
	struct cli_args args;
	int rc = cli_parse(&extract_command, argc, argv, &opts, &args);

	if (rc != CLI_GO_ON)
		goto out;
	rc = FOLIO_EXIT_FAILURE;
	html_doc_force(opts.html);
	if (its_options_load(rules, &opts.its, &opts.rules_dirs) < 0) {
		rc = diag_exit_status(FOLIO_EXIT_FINDING);
		goto out;
	}
	struct pot_header header = opts.header;
	const char *output = opts.output;
	if (pot_creation_date(&header.creation_date) < 0)
		goto out;
	if (!header.project_id && strcmp(output, "-") != 0) {
		/* The domain of po/DOMAIN/DOMAIN.pot names the template. */
		strbuf_add_stem(&project_id, output, ".pot");
		header.project_id = project_id.buf;
	}

	int failed = 0;
	for (int i = 0; i < args.n_items; i++) {
		diag_verbose(args.items[i], _("extracting"));
		if (extract_file(rules, args.items[i], pot) < 0)
			failed = 1;
	}
	/* A template from part of the sources would drop messages. */
	if (failed) {
		rc = diag_exit_status(FOLIO_EXIT_FINDING);
		goto out;
	}
	rc = pot_write(pot, output, &header) < 0 ? FOLIO_EXIT_FAILURE : FOLIO_EXIT_OK;
	rc = diag_exit_status(rc);
out:
	cli_list_release(&opts.its);
	cli_list_release(&opts.rules_dirs);
	strbuf_release(&project_id);
	pot_free(pot);
	its_rules_free(rules);
	its_locate_cleanup();
	its_allow_cleanup();
	html_doc_force(0);
	return rc;
}
