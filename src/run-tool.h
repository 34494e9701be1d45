/* run-tool.h: running one of gettext's programs (msginit, msgmerge) as a
 * child process, without a shell. */
#ifndef FOLIO_RUN_TOOL_H
#define FOLIO_RUN_TOOL_H

/* Runs argv[0] (searched in PATH) with argv; its output goes to stderr.
 * Returns its exit status, or -1 after reporting when it could not run or
 * was killed. */
int run_tool(char *const argv[]);

#endif
