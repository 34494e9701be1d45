/* changed-file.h: a file written as a stream and compared, as it comes,
 * with the file it would replace.  While the two agree nothing is
 * written: a run that makes the same text again neither writes the file
 * nor moves its timestamp, and holds no copy of either in memory.  At
 * the first difference a temporary file is made beside the target (as
 * atomic-file.h makes them), given the bytes already compared, which the
 * old file holds, and then the rest of the stream; commit renames it
 * over the target.
 *
 * One span of the stream may be marked as not compared (a template's
 * creation date): the old file's bytes there are taken as equal, and the
 * stream's own are what a written file holds.
 *
 * A target that is not a regular file (a FIFO, a device) is written in
 * place, never read. */
#ifndef FOLIO_CHANGED_FILE_H
#define FOLIO_CHANGED_FILE_H

#include <stddef.h>
#include <sys/types.h>

#include "atomic-file.h"
#include "strbuf.h"

struct changed_file {
	char *path;
	int old_fd;              /* the target, while it is compared; else -1 */
	off_t old_size;
	off_t offset;            /* bytes of the stream so far */
	off_t ignore_from, ignore_to;
	struct strbuf ignored;   /* the stream's bytes in that span */
	struct strbuf scratch;   /* the old file's bytes being compared */
	struct atomic_file af;   /* open once writing */
	int writing;
	int failed;              /* reported already: commit gives up */
};

/* Starts a stream to path.  Reports and returns -1 on failure. */
int changed_file_open(struct changed_file *cf, const char *path);
/* Marks bytes [from, to) of the stream, not written yet, as not
 * compared. */
void changed_file_ignore(struct changed_file *cf, off_t from, off_t to);
/* The next len bytes of the stream.  Reports and returns -1 on failure
 * (then commit fails too). */
int changed_file_write(struct changed_file *cf, const void *data, size_t len);
/* Ends the stream: when it differed from the target, the temporary file
 * is synced and renamed over it, *changed (when given) set to 1; when
 * not, nothing is touched and *changed is 0.  Reports and returns -1 on
 * failure, the target untouched. */
int changed_file_commit(struct changed_file *cf, int *changed);
/* Gives the stream up: the target is untouched.  Accepts a cf already
 * committed or aborted. */
void changed_file_abort(struct changed_file *cf);

#endif
