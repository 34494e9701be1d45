/* its-options.h: the ITS options extract, translate and explain share:
 * --rules-dir folders, then --its rule files. */
#ifndef FOLIO_ITS_OPTIONS_H
#define FOLIO_ITS_OPTIONS_H

#include "cli.h"
#include "its.h"

/* Allows every folder of rules_dirs for linked rules, then loads the rule
 * files of its_files into rules, in the order given (they may link into
 * those folders).  Returns -1 after reporting a file that did not load. */
int its_options_load(struct its_rules *rules, const struct cli_list *its_files,
		     const struct cli_list *rules_dirs);

#endif
