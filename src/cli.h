/* cli.h: option values checked in one place, so that every command takes
 * the same forms and refuses the same mistakes (a usage error, exit 2):
 * "--width -1", "--width abc", "--min-complete nan". */
#ifndef FOLIO_CLI_H
#define FOLIO_CLI_H

/* A decimal integer in [min, max] into *out.  Reports against command and
 * option and returns -1 otherwise. */
int cli_integer(const char *command, const char *option, const char *text, long min, long max,
		int *out);
/* A finite percentage in [0, 100] into *out; reports and returns -1. */
int cli_percent(const char *command, const char *option, const char *text, double *out);

struct option;
struct its_rules;
/* Loads the files of every option whose getopt value is 'i' (--its), in
 * the order given, into rules: a second getopt pass, run once every
 * --rules-dir is known.  short_options and options are the command's.
 * Reports and returns -1 when a file does not load. */
int cli_load_its(int argc, char **argv, const char *short_options,
		 const struct option *options, struct its_rules *rules);

#endif
