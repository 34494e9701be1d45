/* parallel.h: items shared among worker processes whose output reads as
 * if one process had done them all, in order.
 *
 * Worker w of J takes the w-th of J equal runs of the items.  Its
 * standard output and error go to two temporary files of its own, which
 * the parent copies to its own, worker after worker, once all have ended:
 * whatever the number of workers, each stream holds the same lines in the
 * same order.  For commands whose items are independent and whose state
 * is not thread-safe (libgettextpo): folio update's domains. */
#ifndef FOLIO_PARALLEL_H
#define FOLIO_PARALLEL_H

#include <stddef.h>

/* Runs run(data, first, last) over items 0 .. n_items - 1 in n_workers
 * processes (in this one when n_workers is 1); run returns an exit status.
 * A worker that dies is reported with the name of the first item of its
 * run (names may be NULL).  Returns the worst exit status. */
int parallel_run(size_t n_items, const char *const *names, int n_workers,
		 int (*run)(void *data, size_t first, size_t last), void *data);

/* Runs run(data, first, last) over items 0 .. n_items - 1 in n_threads
 * threads of this process (equal runs, as above), and returns once all
 * are done.  For work that touches no library state: reading and
 * fingerprinting files.  A thread that cannot start leaves its run to
 * this one. */
void parallel_threads(size_t n_items, int n_threads,
		      void (*run)(void *data, size_t first, size_t last), void *data);

#endif
