/* progress.h: one line on stderr that says how far a long run is
 * ("checking 12/40"), redrawn in place.  It is shown only on a terminal
 * (term_progress) and for runs of at least PROGRESS_MIN items; pipes, files
 * and CI logs never see it.  A diagnostic printed meanwhile clears the
 * line first (diag calls progress_clear). */
#ifndef FOLIO_PROGRESS_H
#define FOLIO_PROGRESS_H

#include <stddef.h>

enum { PROGRESS_MIN = 2 };

struct progress {
	const char *label;   /* borrowed: "checking" */
	size_t total;
	int on;
};

void progress_start(struct progress *p, const char *label, size_t total);
/* done items out of the total so far. */
void progress_show(struct progress *p, size_t done);
/* Clears the line for good. */
void progress_end(struct progress *p);
/* Clears the line if one is shown, so that a message starts on a clean one. */
void progress_clear(void);

#endif
