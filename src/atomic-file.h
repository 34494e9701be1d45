/* atomic-file.h: write a file completely or not at all.  Output goes to a
 * temporary file in the target's folder, which replaces the target by
 * rename() only once every write, the flush and the close succeeded; a
 * translator's catalog is never left truncated.
 *
 * Temporary files are named DIR/.BASE.folio-PID-XXXXXX: hidden, never
 * taken for a catalog (they do not end in .po), and telling which process
 * wrote them, so that a later run can remove those of runs that were
 * killed (atomic_file_remove_stale) and never those of a live one.
 *
 * An output that exists and is not a regular file (a FIFO, a device,
 * /dev/stdout on a pipe) is written in place: never read first, never
 * replaced by a regular file. */
#ifndef FOLIO_ATOMIC_FILE_H
#define FOLIO_ATOMIC_FILE_H

#include <stddef.h>
#include <stdio.h>

#include "strbuf.h"

struct atomic_file {
	char *path;       /* the target */
	char *tmp_path;   /* the temporary file beside it; NULL when direct */
	FILE *fp;         /* open until commit or abort */
	int direct;       /* the target is a FIFO or a device: written in place */
};

/* Creates the temporary file (or opens a special target for writing);
 * reports and returns -1 on failure. */
int atomic_file_open(struct atomic_file *af, const char *path);
/* Like open, but always a temporary file, even when the target is not a
 * regular file: for writers that need a file name (libgettextpo, the
 * gettext tools); the caller copies it to a special target itself. */
int atomic_file_open_named(struct atomic_file *af, const char *path);
/* Closes the stream but keeps the temporary file, for writers that want a
 * file name rather than a stream.  Reports and returns -1 on a write
 * error. */
int atomic_file_close_stream(struct atomic_file *af);
/* Flushes, syncs, closes and renames over the target, keeping the
 * target's permissions when it existed.  On any failure reports, removes
 * the temporary file, leaves the target untouched and returns -1. */
int atomic_file_commit(struct atomic_file *af);
/* Like commit, but when the new content equals the target's byte for byte
 * (or per same_content, when given) leaves the target untouched, so that
 * its timestamp does not move.  Sets *changed when given. */
int atomic_file_commit_if_changed(struct atomic_file *af,
				  int (*same_content)(const char *old_path,
						      const char *new_path),
				  int *changed);
/* Writes data to path atomically, unless path already holds exactly data:
 * then nothing is touched (no temporary file, no new timestamp).  A
 * special target is written in place.  Not synced to disk: for outputs a
 * rerun makes again (editions, reports).  Reports and returns -1 on
 * failure, the target untouched. */
int atomic_file_write_if_changed(const char *path, const char *data, size_t len);
/* Removes the temporary file; the target is untouched.  Accepts an af
 * that was never opened or is already finished. */
void atomic_file_abort(struct atomic_file *af);
/* Like commit, but only when the target does not exist yet (link(), not
 * rename(): a file that appeared meanwhile is never overwritten).  Reports
 * and returns -1, the temporary file removed either way. */
int atomic_file_commit_exclusive(struct atomic_file *af);
/* Removes the temporary files in dir left by processes that no longer
 * run.  Quiet: a folder that cannot be read has nothing to remove. */
void atomic_file_remove_stale(const char *dir);

/* Writes all of data to fd, retrying short writes.  Returns -1 with errno
 * set on failure. */
int write_all(int fd, const void *data, size_t len);
/* Appends what fd gives until its end (a pipe's: until every writer
 * closed it).  Returns -1 with errno set on a read error. */
int read_all(int fd, struct strbuf *out);
/* Copies the file at from to the stream out.  Reports and returns -1. */
int copy_file_to(const char *from, FILE *out, const char *out_name);

/* Reads a whole regular file into a NUL-terminated buffer (free with
 * free()).  Never blocks on a FIFO: anything but a regular file fails
 * with errno EISDIR (a folder) or EINVAL (a FIFO, a device, a socket).
 * Returns NULL with errno set on failure, without reporting. */
char *read_file(const char *path, size_t *len);
/* 0 when path is a regular file (after symlinks); else -1 with errno as
 * read_file sets it. */
int check_regular_file(const char *path);
/* strerror, with EINVAL from read_file said as "not a regular file". */
const char *read_file_strerror(int err);

#endif
