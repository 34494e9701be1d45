/* commands.h: every folio subcommand.
 *
 * To add a command:
 *   1. write src/cmd-NAME.c exporting int cmd_NAME(int argc, char **argv),
 *      with its getopt_long table and usage text beside it;
 *   2. declare it here and add a row to the table in src/folio.c;
 *   3. list the file in the Makefile fragment of its part (mk/NAME.am);
 *   4. document it in README.md (the --help test compares the two);
 *   5. add tests/tNNNN-NAME.sh.
 * A command returns an enum folio_exit value; only main exits. */
#ifndef FOLIO_COMMANDS_H
#define FOLIO_COMMANDS_H

int cmd_new(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_update(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_translate(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_check(int argc, char **argv);

/* Prints "folio CMD VERSION" for every command's --version. */
void print_version(void);

#endif
