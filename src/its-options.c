/* its-options.c: --rules-dir and --its, as every command takes them. */
#include <config.h>

#include "its-options.h"

int its_options_load(struct its_rules *rules, const struct cli_list *its_files,
		     const struct cli_list *rules_dirs)
{
	for (size_t i = 0; i < rules_dirs->n_items; i++)
		its_allow_rules_dir(rules_dirs->items[i]);
	for (size_t i = 0; i < its_files->n_items; i++)
		if (its_rules_load_file(rules, its_files->items[i]) < 0)
			return -1;
	return 0;
}
