/* atomic-file.h: write a file completely or not at all.  Output goes to a
 * temporary file in the target's folder, which replaces the target by
 * rename() only once everything was written and flushed; a translator's
 * catalog is never left truncated. */
#ifndef FOLIO_ATOMIC_FILE_H
#define FOLIO_ATOMIC_FILE_H

#include <stdio.h>

struct atomic_file {
	char *path;       /* the target */
	char *tmp_path;   /* the temporary file beside it */
	FILE *fp;         /* open on tmp_path until commit or abort */
};

/* Creates the temporary file; reports and returns -1 on failure. */
int atomic_file_open(struct atomic_file *af, const char *path);
/* Closes the stream but keeps the temporary file, for writers that want a
 * file name rather than a stream (libgettextpo). */
int atomic_file_close_stream(struct atomic_file *af);
/* Flushes, closes and renames over the target, keeping the target's
 * permissions when it existed.  On any failure reports, removes the
 * temporary file, leaves the target untouched and returns -1. */
int atomic_file_commit(struct atomic_file *af);
/* Like commit, but when the new content equals the target's byte for byte
 * (or per same_content, when given) leaves the target untouched, so that
 * its timestamp does not move.  Sets *changed when given. */
int atomic_file_commit_if_changed(struct atomic_file *af,
				  int (*same_content)(const char *old_path,
						      const char *new_path),
				  int *changed);
/* Writes data to path atomically, unless path already holds exactly data:
 * then nothing is touched (no temporary file, no new timestamp).  Reports
 * and returns -1 on failure, the target untouched. */
int atomic_file_write_if_changed(const char *path, const char *data, size_t len);
/* Removes the temporary file; the target is untouched.  Accepts an af
 * that was never opened or is already finished. */
void atomic_file_abort(struct atomic_file *af);

/* Reads a whole file into a NUL-terminated buffer (free with free()).
 * Returns NULL with errno set on failure, without reporting. */
char *read_file(const char *path, size_t *len);

#endif
