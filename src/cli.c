/* cli.c: parsing option values strictly: the whole text, in range. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "i18n.h"

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

int cli_no_options(const char *command, const char *usage, int argc, char **argv)
{
	static const struct option options[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "hV", options, NULL)) != -1) {
		switch (c) {
		case 'h': fputs(_(usage), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage(command, _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	return -1;
}
