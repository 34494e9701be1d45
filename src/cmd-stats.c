/* cmd-stats.c: folio stats: messages and words per catalog. */
#include <config.h>

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "i18n.h"
#include "json.h"
#include "po-files.h"
#include "stats.h"

static const char usage_text[] = N_(
	"Usage: folio stats [OPTION]... PATH...\n"
	"Count, for each catalog (PATH is a .po file or a folder searched for\n"
	"them), its translated, fuzzy, untranslated and obsolete messages, as\n"
	"msgfmt --statistics counts them, and the source words of each (ICU word\n"
	"segmentation, the unit translators are paid by).\n"
	"\n"
	"  -f, --format=FORMAT   text (default) or json\n"
	"  -h, --help            show this help and exit\n"
	"  -V, --version         show the version and exit\n");

struct stats_options {
	int json;   /* index in format_names */
};

static const char *const format_names[] = { "text", "json", NULL };

static const struct cli_option options[] = {
	{ "format", 'f', CLI_CHOICE, offsetof(struct stats_options, json), 0, 0, format_names },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command stats_command = {
	"stats", usage_text, options, 1, -1, N_("no catalogs given")
};

static void print_json_counts(const char *name, const struct stats_counts *c, int last)
{
	printf("      \"%s\": { \"translated\": %lu, \"fuzzy\": %lu, \"untranslated\": %lu, "
	       "\"obsolete\": %lu }%s\n", name, c->translated, c->fuzzy, c->untranslated,
	       c->obsolete, last ? "" : ",");
}

static void print_json(const char *path, const struct stats *s, int first)
{
	printf("%s    {\n      \"file\": ", first ? "" : ",\n");
	json_write_string(stdout, path);
	printf(",\n      \"translated\": %lu, \"fuzzy\": %lu, \"untranslated\": %lu, "
	       "\"obsolete\": %lu,\n      \"percent\": %.1f,\n",
	       s->messages.translated, s->messages.fuzzy, s->messages.untranslated,
	       s->messages.obsolete, stats_percent(&s->messages));
	print_json_counts("words", &s->words, 1);
	printf("    }");
}

static void print_text(const char *path, const struct stats *s)
{
	printf("%-40s %5.1f%% %6lu %6lu %6lu %6lu   %7lu %7lu %7lu\n", path,
	       stats_percent(&s->messages), s->messages.translated, s->messages.fuzzy,
	       s->messages.untranslated, s->messages.obsolete, s->words.translated,
	       s->words.fuzzy, s->words.untranslated);
}

int cmd_stats(int argc, char **argv)
{
	struct stats_options opts = { 0 };
	struct cli_args args;
	int done = cli_parse(&stats_command, argc, argv, &opts, &args);

	if (done != CLI_GO_ON)
		return done;
	int json = opts.json;
	struct po_files files = { 0 };
	int rc = FOLIO_EXIT_OK;
	for (int i = 0; i < args.n_items; i++)
		if (po_files_add(&files, args.items[i]) < 0)
			rc = FOLIO_EXIT_FAILURE;
	po_files_sort(&files);
	if (json)
		printf("{\n  \"catalogs\": [\n");
	else
		printf("%-40s %6s %6s %6s %6s %6s   %7s %7s %7s\n", _("catalog"), "%", _("done"),
		       _("fuzzy"), _("todo"), _("obs."), _("words"), _("fuzzy"), _("todo"));
	int first = 1;
	for (size_t i = 0; i < files.n_paths; i++) {
		unsigned n_errors;
		diag_verbose(files.paths[i], _("counting"));
		po_file_t file = catalog_read(files.paths[i], 0, &n_errors);
		if (!file) {
			rc = FOLIO_EXIT_FINDING;
			continue;
		}
		struct stats s;
		stats_count(file, &s);
		if (json)
			print_json(files.paths[i], &s, first);
		else
			print_text(files.paths[i], &s);
		first = 0;
		po_file_free(file);
	}
	if (json)
		printf("\n  ]\n}\n");
	po_files_release(&files);
	return diag_exit_status(rc);
}
