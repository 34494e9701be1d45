/* progress.c: the progress line on stderr. */
#include <config.h>

#include <stdio.h>

#include "progress.h"
#include "term.h"

static int line_shown;   /* a line is on the terminal, not yet cleared */

void progress_start(struct progress *p, const char *label, size_t total)
{
	p->label = label;
	p->total = total;
	p->on = total >= PROGRESS_MIN && term_progress();
	progress_show(p, 0);
}

void progress_show(struct progress *p, size_t done)
{
	if (!p->on)
		return;
	/* "\033[K" erases what a longer line before left. */
	fprintf(stderr, "\r%s %zu/%zu\033[K", p->label, done, p->total);
	fflush(stderr);
	line_shown = 1;
}

void progress_clear(void)
{
	if (!line_shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	line_shown = 0;
}

void progress_end(struct progress *p)
{
	if (p->on)
		progress_clear();
	p->on = 0;
}
