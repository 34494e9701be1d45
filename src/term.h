/* term.h: what a terminal gets and a pipe or a file does not: colour and
 * progress.  Colour follows --color (auto, always, never); auto means a
 * terminal, with NO_COLOR (https://no-color.org) unset or empty and TERM
 * not "dumb".  Progress is shown on a terminal only, never when quiet. */
#ifndef FOLIO_TERM_H
#define FOLIO_TERM_H

#include <stdio.h>

enum term_color { TERM_COLOR_AUTO, TERM_COLOR_ALWAYS, TERM_COLOR_NEVER };

void term_set_color(enum term_color when);
/* Whether what is written to out gets colour. */
int term_color(FILE *out);
/* Whether stderr gets a progress line. */
int term_progress(void);

/* SGR sequences, or "" when colour is off. */
const char *term_red(int colour);
const char *term_green(int colour);
const char *term_yellow(int colour);
const char *term_reset(int colour);

#endif
