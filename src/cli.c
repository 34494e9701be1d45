/* cli.c: parsing option values strictly: the whole text, in range. */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "cli.h"
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

/* Digits only (no sign, no space) into *value; *end after them. */
static int whole_number(const char *text, const char **end, long *value)
{
	char *after;

	if (!isdigit((unsigned char)*text))
		return -1;
	errno = 0;
	*value = strtol(text, &after, 10);
	*end = after;
	return errno ? -1 : 0;
}

int cli_shard(const char *command, const char *option, const char *text, int *shard,
	      int *n_shards)
{
	const char *slash, *end;
	long k, n;

	if (whole_number(text, &slash, &k) < 0 || *slash != '/'
	    || whole_number(slash + 1, &end, &n) < 0 || *end || n > 100000 || k < 1 || k > n)
		return diag_usage(command, _("'--%s' takes K/N, shard K of N with 1 <= K <= N <= "
					     "100000, not '%s'"), option, text);
	*shard = (int)k;
	*n_shards = (int)n;
	return 0;
}
