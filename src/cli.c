/* cli.c: one getopt_long loop for every command, driven by its table of
 * options, and the strict parsing of option values: the whole text, in
 * range. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "i18n.h"
#include "strbuf.h"
#include "term.h"
#include "xalloc.h"

/* The options of every command, after the command's own. */
static const char common_usage[] = N_(
	"\n"
	"Options of every command:\n"
	"  -q, --quiet         print errors only, no warnings, notes or progress\n"
	"  -v, --verbose       also say what is being done, file by file\n"
	"      --color=WHEN    colour the output: auto (on a terminal, the default),\n"
	"                      always or never; NO_COLOR and TERM=dumb turn auto off\n");

static const char *const color_choices[] = { "auto", "always", "never", NULL };

enum common_option {
	COMMON_QUIET = 1000, COMMON_VERBOSE, COMMON_COLOR, COMMON_HELP, COMMON_VERSION,
	COMMON_OWN   /* the command's own options: COMMON_OWN + index */
};

static const struct option common_options[] = {
	{ "quiet", no_argument, NULL, COMMON_QUIET },
	{ "verbose", no_argument, NULL, COMMON_VERBOSE },
	{ "color", required_argument, NULL, COMMON_COLOR },
	{ "help", no_argument, NULL, COMMON_HELP },
	{ "version", no_argument, NULL, COMMON_VERSION },
};
enum { N_COMMON = sizeof(common_options) / sizeof(common_options[0]) };

void cli_list_release(struct cli_list *list)
{
	free(list->items);
	memset(list, 0, sizeof(*list));
}

int cli_integer(const char *command, const char *option, const char *text, long min, long max,
		int *out)
{
	char *end;

	errno = 0;
	long value = strtol(text, &end, 10);
	if (errno || end == text || *end || value < min || value > max)
		return diag_usage(command, _("'--%s' takes a whole number from %ld to %ld, not '%s'"),
				  option, min, max, text);
	*out = (int)value;
	return 0;
}

int cli_percent(const char *command, const char *option, const char *text, double *out)
{
	char *end;

	errno = 0;
	double value = strtod(text, &end);
	if (errno || end == text || *end || !isfinite(value) || value < 0 || value > 100)
		return diag_usage(command, _("'--%s' takes a percentage from 0 to 100, not '%s'"),
				  option, text);
	*out = value;
	return 0;
}

static int choice(const char *command, const char *option, const char *const *choices,
		  const char *text, int *out)
{
	for (int i = 0; choices[i]; i++)
		if (strcmp(text, choices[i]) == 0) {
			*out = i;
			return 0;
		}
	/* "format" keeps the message it always had. */
	if (strcmp(option, "format") == 0)
		return diag_usage(command, _("unknown format '%s'"), text);
	struct strbuf names = STRBUF_INIT;
	for (int i = 0; choices[i]; i++)
		strbuf_addf(&names, "%s'%s'", i ? ", " : "", choices[i]);
	diag_usage(command, _("'--%s' takes one of %s, not '%s'"), option, names.buf, text);
	strbuf_release(&names);
	return -1;
}

/* Stores one option's value into the command's struct. */
static int store(const struct cli_command *command, const struct cli_option *o, void *opts,
		 const char *value)
{
	char *field = (char *)opts + o->offset;

	switch (o->type) {
	case CLI_FLAG:
		*(int *)field = 1;
		return 0;
	case CLI_STRING:
		*(const char **)field = value;
		return 0;
	case CLI_LIST: {
		struct cli_list *list = (struct cli_list *)field;
		FOLIO_GROW(list->items, list->n_items + 1, list->alloc);
		list->items[list->n_items++] = value;
		return 0;
	}
	case CLI_INTEGER:
		return cli_integer(command->name, o->name, value, o->min, o->max, (int *)field);
	case CLI_PERCENT:
		return cli_percent(command->name, o->name, value, (double *)field);
	case CLI_CHOICE:
		return choice(command->name, o->name, o->choices, value, (int *)field);
	}
	return -1;
}

/* getopt_long's tables from the command's: its own options, then the
 * common ones; *shorts gets the short ones (free both with free()). */
static struct option *long_options(const struct cli_command *command, char **shorts)
{
	size_t n = 0;

	while (command->options[n].name)
		n++;
	struct option *longs = xcalloc(n + N_COMMON + 1, sizeof(*longs));
	*shorts = xmalloc(2 * n + sizeof("qvhV"));
	char *s = *shorts;
	for (size_t i = 0; i < n; i++) {
		const struct cli_option *o = &command->options[i];
		longs[i].name = o->name;
		longs[i].has_arg = o->type == CLI_FLAG ? no_argument : required_argument;
		longs[i].val = COMMON_OWN + (int)i;
		if (o->short_name) {
			*s++ = (char)o->short_name;
			if (o->type != CLI_FLAG)
				*s++ = ':';
		}
	}
	memcpy(longs + n, common_options, sizeof(common_options));
	strcpy(s, "qvhV");
	return longs;
}

static const struct cli_option *find_short(const struct cli_command *command, int c)
{
	for (const struct cli_option *o = command->options; o->name; o++)
		if (o->short_name == c)
			return o;
	return NULL;
}

/* One option getopt_long returned: -1 to go on, else the exit status. */
static int take(const struct cli_command *command, int c, void *opts)
{
	const struct cli_option *own = c >= COMMON_OWN ? &command->options[c - COMMON_OWN]
		: find_short(command, c);
	int when;

	if (own)
		return store(command, own, opts, optarg) < 0 ? FOLIO_EXIT_FAILURE : CLI_GO_ON;
	switch (c) {
	case 'q': case COMMON_QUIET: diag_set_verbosity(-1); return CLI_GO_ON;
	case 'v': case COMMON_VERBOSE: diag_set_verbosity(1); return CLI_GO_ON;
	case COMMON_COLOR:
		if (choice(command->name, "color", color_choices, optarg, &when) < 0)
			return FOLIO_EXIT_FAILURE;
		term_set_color((enum term_color)when);
		return CLI_GO_ON;
	case 'h': case COMMON_HELP:
		fputs(_(command->usage), stdout);
		fputs(_(common_usage), stdout);
		return FOLIO_EXIT_OK;
	case 'V': case COMMON_VERSION:
		print_version();
		return FOLIO_EXIT_OK;
	default:
		diag_usage(command->name, _("invalid option"));
		return FOLIO_EXIT_FAILURE;
	}
}

static int check_operands(const struct cli_command *command, const struct cli_args *args)
{
	if (command->max_args == 0 && args->n_items > 0)
		return diag_usage(command->name, _("unexpected argument '%s'"), args->items[0]);
	if (args->n_items < command->min_args
	    || (command->max_args >= 0 && args->n_items > command->max_args))
		return diag_usage(command->name, "%s", _(command->args_error));
	return 0;
}

int cli_parse(const struct cli_command *command, int argc, char **argv, void *opts,
	      struct cli_args *args)
{
	char *shorts;
	struct option *longs = long_options(command, &shorts);
	int c, done = CLI_GO_ON;

	optind = 1;
	while (done == CLI_GO_ON && (c = getopt_long(argc, argv, shorts, longs, NULL)) != -1)
		done = take(command, c, opts);
	free(longs);
	free(shorts);
	if (done != CLI_GO_ON)
		return done;
	args->items = argv + optind;
	args->n_items = argc - optind;
	return check_operands(command, args) < 0 ? FOLIO_EXIT_FAILURE : CLI_GO_ON;
}
