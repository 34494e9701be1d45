/* merge.c: msgmerge into a temporary file, then rename if changed. */
#include <config.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "merge.h"
#include "run-tool.h"

int merge_catalog(const char *po, const char *pot, const char *compendium, int *changed)
{
	struct atomic_file af;

	*changed = 0;
	if (atomic_file_open(&af, po) < 0)
		return -1;
	atomic_file_close_stream(&af);
	char *argv[12];
	int n = 0;
	argv[n++] = (char *)FOLIO_MSGMERGE;
	argv[n++] = (char *)"--quiet";
	argv[n++] = (char *)"--previous";
	if (compendium) {
		argv[n++] = (char *)"--compendium";
		argv[n++] = (char *)compendium;
	}
	argv[n++] = (char *)"-o";
	argv[n++] = af.tmp_path;
	argv[n++] = (char *)po;
	argv[n++] = (char *)pot;
	argv[n] = NULL;
	if (run_tool(argv) != 0) {
		atomic_file_abort(&af);
		return diag_error(po, 0, 0, _("not updated: msgmerge failed; the catalog is unchanged"));
	}
	return atomic_file_commit_if_changed(&af, NULL, changed);
}
