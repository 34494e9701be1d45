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

/* "K/N" (shard K of N, 1 <= K <= N) into *shard and *n_shards; reports
 * and returns -1 otherwise. */
int cli_shard(const char *command, const char *option, const char *text, int *shard,
	      int *n_shards);

#endif
