/* run-tool.h: running one of gettext's programs (msginit, msgmerge) as a
 * child process, without a shell. */
#ifndef FOLIO_RUN_TOOL_H
#define FOLIO_RUN_TOOL_H

#include "strbuf.h"

/* Runs argv[0] (searched in PATH) with argv.  Its standard output and
 * error are collected into messages, so that the caller decides whether
 * the user needs them (a failure) or not.  Returns its exit status, or -1
 * after reporting when it could not run or was killed. */
int run_tool(char *const argv[], struct strbuf *messages);

/* Prints a tool's collected messages to stderr, each line indented under
 * the error that explains them. */
void run_tool_show(const struct strbuf *messages);

#endif
