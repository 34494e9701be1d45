/* build-pool.c: forked workers, a pipe of fixed-size records, and new
 * workers for the runs of those that died. */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "atomic-file.h"
#include "build-pool.h"
#include "diag.h"
#include "i18n.h"
#include "progress.h"
#include "xalloc.h"

/* A record on the pipe: its fixed fields, then the meta strings' bytes,
 * their lengths in the header. */
struct wire_header {
	uint64_t job;
	int32_t status;
	uint16_t title_len, published_len, description_len;
	double percent, minutes;
	uint64_t n_fallback, n_untranslated;
	int64_t text_size, html_size;
	uint64_t text_digest, html_digest;
	struct file_stamp text_stamp, html_stamp;
};
#define WIRE_ROOM (PIPE_BUF - sizeof(struct wire_header))
_Static_assert(PIPE_BUF > sizeof(struct wire_header) + 256,
	       "a record must cross the pipe in one atomic write");

struct job_range {
	size_t first, last;
	pid_t pid;
};

/* The length of s cut to at most room bytes at the start of a UTF-8
 * character, so that what arrives is still text. */
static size_t fitting(const char *s, size_t room)
{
	size_t len = s ? strlen(s) : 0;

	if (len <= room)
		return len;
	while (room > 0 && ((unsigned char)s[room] & 0xC0) == 0x80)
		room--;
	return room;
}

void build_pool_send(int fd, const struct build_pool_record *record)
{
	char message[PIPE_BUF];
	struct wire_header h;
	const struct render_meta *meta = &record->meta;

	/* Field by field into zeroed memory: no padding byte is sent unset. */
	memset(&h, 0, sizeof(h));
	h.job = record->job;
	h.status = (int32_t)record->status;
	h.percent = record->percent;
	h.minutes = meta->minutes;
	h.n_fallback = record->n_fallback;
	h.n_untranslated = record->n_untranslated;
	h.text_size = record->text_size;
	h.html_size = record->html_size;
	h.text_digest = record->text_digest;
	h.html_digest = record->html_digest;
	h.text_stamp = record->text_stamp;
	h.html_stamp = record->html_stamp;
	/* A date is short; a description gives way first, cut at a character.
	 * A title too long to come whole comes empty: the indexes show the
	 * article's id rather than part of a title. */
	size_t room = WIRE_ROOM;
	h.published_len = (uint16_t)fitting(meta->published, 64);
	room -= h.published_len;
	size_t title = meta->title ? strlen(meta->title) : 0;
	h.title_len = (uint16_t)(title <= room / 2 ? title : 0);
	h.description_len = (uint16_t)fitting(meta->description, room - h.title_len);
	size_t len = sizeof(h);
	memcpy(message, &h, sizeof(h));
	if (h.title_len)
		memcpy(message + len, meta->title, h.title_len);
	len += h.title_len;
	if (h.published_len)
		memcpy(message + len, meta->published, h.published_len);
	len += h.published_len;
	if (h.description_len)
		memcpy(message + len, meta->description, h.description_len);
	len += h.description_len;
	write_all(fd, message, len);
}

void build_pool_records_release(struct build_pool_record *records, size_t n)
{
	for (size_t i = 0; i < n; i++)
		render_meta_release(&records[i].meta);
}

/* The record a whole message holds. */
static void unpack(const char *message, struct build_pool_record *r)
{
	struct wire_header h;
	const char *p = message + sizeof(h);

	memcpy(&h, message, sizeof(h));
	*r = (struct build_pool_record){ .job = (size_t)h.job,
					 .status = (enum build_status)h.status,
					 .percent = h.percent,
					 .n_fallback = (unsigned long)h.n_fallback,
					 .n_untranslated = (unsigned long)h.n_untranslated,
					 .text_size = h.text_size, .html_size = h.html_size,
					 .text_digest = h.text_digest, .html_digest = h.html_digest,
					 .text_stamp = h.text_stamp, .html_stamp = h.html_stamp };
	r->meta.minutes = h.minutes;
	r->meta.title = xstrndup(p, h.title_len);
	p += h.title_len;
	r->meta.published = xstrndup(p, h.published_len);
	p += h.published_len;
	r->meta.description = xstrndup(p, h.description_len);
}

/* The whole record at message into records, unless it is not one
 * of this pool's jobs or is reported already. */
static void take(const struct build_pool *pool, const char *message,
		 struct build_pool_record *records, unsigned char *done, size_t *n_done)
{
	struct build_pool_record r;

	unpack(message, &r);
	if (r.job >= pool->n_jobs || done[r.job]) {
		render_meta_release(&r.meta);
		return;
	}
	records[r.job] = r;
	done[r.job] = 1;
	++*n_done;
	if (pool->progress)
		progress_show(pool->progress, *n_done);
}

/* How long the parent leaves records to gather in the pipe after taking
 * what it held: a worker's write wakes a waiting reader, and a wake-up
 * per edition costs more than the record.  The pipe holds far more than
 * the workers write meanwhile. */
#define GATHER_NANOSECONDS 2000000L

/* Every whole record on fd, as it comes, into records; done marks the
 * jobs reported, *n_done counts them.  On a read error the jobs not
 * reported are blamed on their workers. */
static void collect(const struct build_pool *pool, int fd, struct build_pool_record *records,
		    unsigned char *done, size_t *n_done)
{
	enum { ROOM = 64 * 1024 };
	char *buffer = xmalloc(ROOM);
	size_t have = 0;
	ssize_t n;

	while ((n = read(fd, buffer + have, ROOM - have)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		have += (size_t)n;
		size_t at = 0;
		while (have - at >= sizeof(struct wire_header)) {
			struct wire_header h;
			memcpy(&h, buffer + at, sizeof(h));
			size_t len = sizeof(h) + (size_t)h.title_len + h.published_len
				     + h.description_len;
			if (len > PIPE_BUF)
				goto garbled;   /* not a worker's record: what is left is blamed */
			if (have - at < len)
				break;
			take(pool, buffer + at, records, done, n_done);
			at += len;
		}
		memmove(buffer, buffer + at, have - at);
		have -= at;
		struct timespec pause = { 0, GATHER_NANOSECONDS };
		nanosleep(&pause, NULL);
	}
garbled:
	free(buffer);
}

/* A worker ended: the first job of its run it did not report, if any, is
 * the one it died on; the jobs after it are left in range for a new
 * worker.  Returns 1 when there are such jobs. */
static int blame(struct job_range *range, int wait_status, struct build_pool_record *records,
		 unsigned char *done)
{
	size_t job = range->first;

	while (job < range->last && done[job])
		job++;
	if (job == range->last)
		return 0;
	records[job] = (struct build_pool_record){ .job = job, .status = BUILD_FAILED,
						   .blamed = 1, .wait_status = wait_status };
	done[job] = 1;
	range->first = job + 1;
	return range->first < range->last;
}

/* A run whose worker could not start: its jobs failed. */
static void give_up(const struct job_range *range, struct build_pool_record *records,
		    unsigned char *done)
{
	for (size_t job = range->first; job < range->last; job++) {
		records[job] = (struct build_pool_record){ .job = job, .status = BUILD_FAILED };
		done[job] = 1;
	}
}

static pid_t start_worker(const struct build_pool *pool, const struct job_range *range,
			  int fds[2], void *to_free[2])
{
	pid_t pid = fork();

	if (pid == 0) {
		close(fds[0]);
		int status = pool->run(pool->data, range->first, range->last, fds[1]);
		/* The parent's bookkeeping is not the worker's to keep. */
		free(to_free[0]);
		free(to_free[1]);
		_exit(status);
	}
	if (pid < 0)
		diag_io_error(NULL, 0, 0, _("cannot start a worker: %s"), strerror(errno));
	return pid;
}

/* Runs a worker per range; those that die leave the rest of their run in
 * ranges for the next round.  Returns the worst exit status. */
static int run_round(const struct build_pool *pool, struct job_range *ranges, size_t *n_ranges,
		     struct build_pool_record *records, unsigned char *done, size_t *n_done)
{
	int fds[2], worst = FOLIO_EXIT_OK;
	void *to_free[2] = { ranges, done };

	if (pipe(fds) != 0) {
		diag_io_error(NULL, 0, 0, _("cannot create a pipe: %s"), strerror(errno));
		for (size_t i = 0; i < *n_ranges; i++)
			give_up(&ranges[i], records, done);
		*n_ranges = 0;
		return FOLIO_EXIT_FAILURE;
	}
	fflush(stdout);
	fflush(stderr);
	for (size_t i = 0; i < *n_ranges; i++)
		ranges[i].pid = start_worker(pool, &ranges[i], fds, to_free);
	close(fds[1]);
	collect(pool, fds[0], records, done, n_done);
	close(fds[0]);
	size_t n_next = 0;
	for (size_t i = 0; i < *n_ranges; i++) {
		int status;
		if (ranges[i].pid < 0) {
			give_up(&ranges[i], records, done);
			worst = FOLIO_EXIT_FAILURE;
			continue;
		}
		while (waitpid(ranges[i].pid, &status, 0) < 0 && errno == EINTR)
			;
		if (WIFEXITED(status) && WEXITSTATUS(status) > worst)
			worst = WEXITSTATUS(status);
		if (blame(&ranges[i], status, records, done))
			ranges[n_next++] = ranges[i];
	}
	*n_ranges = n_next;
	return worst;
}

int build_pool_run(const struct build_pool *pool, struct build_pool_record *records)
{
	size_t n_ranges = (size_t)pool->n_workers, n_done = 0;
	int worst = FOLIO_EXIT_OK;

	if (pool->n_jobs == 0)
		return worst;
	if (n_ranges > pool->n_jobs)
		n_ranges = pool->n_jobs;
	struct job_range *ranges = xcalloc(n_ranges, sizeof(*ranges));
	unsigned char *done = xcalloc(pool->n_jobs, 1);
	for (size_t w = 0; w < n_ranges; w++) {
		ranges[w].first = pool->n_jobs * w / n_ranges;
		ranges[w].last = pool->n_jobs * (w + 1) / n_ranges;
	}
	while (n_ranges > 0) {
		int status = run_round(pool, ranges, &n_ranges, records, done, &n_done);
		if (status > worst)
			worst = status;
	}
	free(ranges);
	free(done);
	return worst;
}
