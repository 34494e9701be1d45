/* changed-file.c: compare while the stream agrees with the old file,
 * write from the first difference.  The old file is read at the
 * stream's pace, a chunk at a time, so neither text is ever held whole. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "changed-file.h"
#include "diag.h"
#include "i18n.h"
#include "xalloc.h"

enum { COPY_CHUNK = 64 * 1024 };

int changed_file_open(struct changed_file *cf, const char *path)
{
	struct stat st;

	memset(cf, 0, sizeof(*cf));
	cf->path = xstrdup(path);
	cf->old_fd = -1;
	cf->ignore_from = cf->ignore_to = -1;
	strbuf_init(&cf->ignored);
	strbuf_init(&cf->scratch);
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		cf->old_fd = open(path, O_RDONLY | O_CLOEXEC);
	if (cf->old_fd >= 0) {
		cf->old_size = st.st_size;
		return 0;
	}
	/* Nothing to compare with: written from the start. */
	if (atomic_file_open(&cf->af, path) < 0) {
		changed_file_abort(cf);
		return -1;
	}
	cf->writing = 1;
	return 0;
}

void changed_file_ignore(struct changed_file *cf, off_t from, off_t to)
{
	cf->ignore_from = from;
	cf->ignore_to = to;
}

/* Reads exactly len bytes of fd at where; 0 when it could. */
static int read_at(int fd, off_t where, char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = pread(fd, buf, len, where);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = 0;   /* the end: the file shrank meanwhile */
			return -1;
		}
		buf += n;
		where += n;
		len -= (size_t)n;
	}
	return 0;
}

static int write_error(struct changed_file *cf, int err)
{
	cf->failed = 1;
	return diag_io_error(cf->path, 0, 0, _("write error: %s"), strerror(err));
}

/* Bytes [from, to) of the old file into the temporary one. */
static int copy_old(struct changed_file *cf, off_t from, off_t to)
{
	char *buf = xmalloc(COPY_CHUNK);
	int rc = 0;

	while (rc == 0 && from < to) {
		size_t len = to - from < COPY_CHUNK ? (size_t)(to - from) : COPY_CHUNK;
		if (read_at(cf->old_fd, from, buf, len) < 0) {
			cf->failed = 1;
			rc = diag_io_error(cf->path, 0, 0, _("cannot read file: %s"),
					   errno ? strerror(errno) : _("it shrank while read"));
		} else if (fwrite(buf, 1, len, cf->af.fp) != len) {
			rc = write_error(cf, errno);
		}
		from += (off_t)len;
	}
	free(buf);
	return rc;
}

/* The first difference: the temporary file made and given what the
 * stream agreed on so far, the old file's bytes with the stream's own in
 * the span not compared. */
static int start_writing(struct changed_file *cf)
{
	if (atomic_file_open(&cf->af, cf->path) < 0) {
		cf->failed = 1;
		return -1;
	}
	cf->writing = 1;
	off_t done = cf->offset, from = cf->ignore_from, to = cf->ignore_to;
	int rc;
	if (from >= 0 && from < done) {
		off_t own_end = to < done ? to : done;
		rc = copy_old(cf, 0, from);
		if (rc == 0 && fwrite(cf->ignored.buf, 1, (size_t)(own_end - from), cf->af.fp)
				       != (size_t)(own_end - from))
			rc = write_error(cf, errno);
		if (rc == 0)
			rc = copy_old(cf, own_end, done);
	} else {
		rc = copy_old(cf, 0, done);
	}
	close(cf->old_fd);
	cf->old_fd = -1;
	return rc;
}

/* The part of the span not compared that the next len bytes of the
 * stream cover, as offsets into them; 0 when they cover none. */
static int ignored_part(const struct changed_file *cf, size_t len, size_t *from, size_t *to)
{
	off_t start = cf->offset, end = start + (off_t)len;
	off_t a = start > cf->ignore_from ? start : cf->ignore_from;
	off_t b = end < cf->ignore_to ? end : cf->ignore_to;

	if (cf->ignore_from < 0 || a >= b)
		return 0;
	*from = (size_t)(a - start);
	*to = (size_t)(b - start);
	return 1;
}

/* data holds what the old file holds at the stream's offset; the
 * stream's bytes in the span not compared are kept for start_writing. */
static int agrees(struct changed_file *cf, const char *data, size_t len)
{
	size_t from, to;
	int ignoring = ignored_part(cf, len, &from, &to);

	if (ignoring)
		strbuf_add(&cf->ignored, data + from, to - from);
	if (cf->offset + (off_t)len > cf->old_size)
		return 0;
	strbuf_reset(&cf->scratch);
	strbuf_grow(&cf->scratch, len);
	char *old = cf->scratch.buf;
	if (read_at(cf->old_fd, cf->offset, old, len) < 0)
		return 0;
	/* The span not compared: the old bytes count as the stream's. */
	if (ignoring)
		memcpy(old + from, data + from, to - from);
	return memcmp(old, data, len) == 0;
}

int changed_file_write(struct changed_file *cf, const void *data, size_t len)
{
	if (cf->failed)
		return -1;
	if (!cf->writing) {
		if (agrees(cf, data, len)) {
			cf->offset += (off_t)len;
			return 0;
		}
		if (start_writing(cf) < 0)
			return -1;
	}
	if (len && fwrite(data, 1, len, cf->af.fp) != len)
		return write_error(cf, errno);
	cf->offset += (off_t)len;
	return 0;
}

static void clear(struct changed_file *cf)
{
	if (cf->old_fd >= 0)
		close(cf->old_fd);
	cf->old_fd = -1;
	free(cf->path);
	cf->path = NULL;
	strbuf_release(&cf->ignored);
	strbuf_release(&cf->scratch);
	cf->writing = 0;
}

int changed_file_commit(struct changed_file *cf, int *changed)
{
	if (changed)
		*changed = 0;
	if (cf->failed) {
		changed_file_abort(cf);
		return -1;
	}
	if (!cf->writing && cf->offset == cf->old_size) {
		clear(cf);
		return 0;
	}
	/* An old file longer than the stream differs at its end. */
	if (!cf->writing && start_writing(cf) < 0) {
		changed_file_abort(cf);
		return -1;
	}
	cf->writing = 0;
	int rc = atomic_file_commit(&cf->af);
	if (rc == 0 && changed)
		*changed = 1;
	clear(cf);
	return rc;
}

void changed_file_abort(struct changed_file *cf)
{
	if (cf->writing)
		atomic_file_abort(&cf->af);
	clear(cf);
}
