/* cli.h: the command line, parsed in one place for every command.
 *
 * A command describes its options in a table: each names where its value
 * goes in the command's own options struct (offsetof) and what it takes,
 * so that every command takes the same forms and refuses the same
 * mistakes (a usage error, exit 2): "--width -1", "--width abc",
 * "--min-complete nan", "--format xml".  The options every command has
 * (--quiet, --verbose, --color, --help, --version) are handled here too,
 * and a cmd_* function starts with one call:
 *
 *     int done = cli_parse(&build_command, argc, argv, &opts, &args);
 *     if (done != CLI_GO_ON)
 *             return done; */
#ifndef FOLIO_CLI_H
#define FOLIO_CLI_H

#include <stddef.h>

enum cli_type {
	CLI_FLAG,       /* int, set to 1 */
	CLI_STRING,     /* const char *, pointing into argv */
	CLI_LIST,       /* struct cli_list: every value, in order (a repeatable option) */
	CLI_INTEGER,    /* int in [min, max] */
	CLI_PERCENT,    /* double, finite, in [0, 100] */
	CLI_CHOICE,     /* int: the index of the value in choices */
};

struct cli_option {
	const char *name;               /* the long name, without "--" */
	int short_name;                 /* 0 when there is none */
	enum cli_type type;
	size_t offset;                  /* offsetof(struct COMMAND_options, field) */
	long min, max;                  /* CLI_INTEGER */
	const char *const *choices;     /* CLI_CHOICE: NULL-terminated */
};

struct cli_command {
	const char *name;               /* "build" */
	const char *usage;              /* N_() text for --help, its own options */
	const struct cli_option *options;   /* ends with a NULL name */
	int min_args, max_args;         /* operands; max_args -1: no limit */
	const char *args_error;         /* N_() text when there are too few or too many */
};

/* The values of a repeatable option; the strings point into argv. */
struct cli_list {
	const char **items;
	size_t n_items, alloc;
};
void cli_list_release(struct cli_list *list);

/* Operands left after the options. */
struct cli_args {
	char **items;
	int n_items;
};

enum { CLI_GO_ON = -1 };

/* Parses argv (argv[0] is the command's name) into opts, whose fields the
 * caller has set to their defaults, and the operands into args.  Returns
 * CLI_GO_ON, or the exit status when the command is done: 0 after --help
 * or --version, FOLIO_EXIT_FAILURE after a usage error (reported).  The
 * CLI_LIST fields must be released by the caller in every case. */
int cli_parse(const struct cli_command *command, int argc, char **argv, void *opts,
	      struct cli_args *args);

/* A decimal integer in [min, max] into *out.  Reports against command and
 * option and returns -1 otherwise. */
int cli_integer(const char *command, const char *option, const char *text, long min, long max,
		int *out);
/* A finite percentage in [0, 100] into *out; reports and returns -1. */
int cli_percent(const char *command, const char *option, const char *text, double *out);


#endif
