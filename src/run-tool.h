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

/* Says the final name of a file wherever the messages name the temporary
 * file the tool wrote ("Created .fr.po.folio-123-Ab12Cd." is about fr.po). */
void run_tool_rename(struct strbuf *messages, const char *temporary, const char *final);

/* Prints a tool's collected messages to stderr, each line indented under
 * the error that explains them. */
void run_tool_show(const struct strbuf *messages);

#endif
