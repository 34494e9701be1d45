/* cli.c: parsing option values strictly: the whole text, in range. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>

#include "cli.h"
#include "diag.h"
#include "i18n.h"
#include "its.h"

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

int cli_load_its(int argc, char **argv, const char *short_options,
		 const struct option *options, struct its_rules *rules)
{
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, short_options, options, NULL)) != -1)
		if (c == 'i' && its_rules_load_file(rules, optarg) < 0)
			return -1;
	return 0;
}
