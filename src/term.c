/* term.c: deciding colour and progress from the terminal and the
 * environment, once per stream. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "term.h"

static enum term_color color_when = TERM_COLOR_AUTO;

void term_set_color(enum term_color when)
{
	color_when = when;
}

static int dumb_terminal(void)
{
	const char *term = getenv("TERM");

	return !term || !*term || strcmp(term, "dumb") == 0;
}

/* isatty once per standard stream: diag asks for every line it prints. */
static int is_terminal(int fd)
{
	static int known[3] = { -1, -1, -1 };

	if (fd < 0 || fd > 2)
		return isatty(fd);
	if (known[fd] < 0)
		known[fd] = isatty(fd);
	return known[fd];
}

int term_color(FILE *out)
{
	if (color_when != TERM_COLOR_AUTO)
		return color_when == TERM_COLOR_ALWAYS;
	const char *no_color = getenv("NO_COLOR");
	if ((no_color && *no_color) || dumb_terminal())
		return 0;
	return is_terminal(fileno(out));
}

int term_progress(void)
{
	return diag_verbosity() >= 0 && !dumb_terminal() && is_terminal(STDERR_FILENO);
}

const char *term_red(int colour)
{
	return colour ? "\033[31m" : "";
}

const char *term_green(int colour)
{
	return colour ? "\033[32m" : "";
}

const char *term_yellow(int colour)
{
	return colour ? "\033[33m" : "";
}

const char *term_reset(int colour)
{
	return colour ? "\033[0m" : "";
}
