/* fuzz-conf.c: folio.conf, the project file.  The input is one folio.conf:
 * the INI reader (sections, quoted values, comments, line and column
 * counting) and the check of every key's value, thresholds included.
 *
 * A bug is any crash, sanitizer report or leak; a file that is not valid
 * is reported and refused, which is no bug. */
#include <config.h>

#include "diag.h"
#include "fuzz.h"
#include "project.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	diag_set_quiet(1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	struct project project;

	project_parse(&project, "folio.conf", text);
	project_release(&project);
	free(text);
	return 0;
}
