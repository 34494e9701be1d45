/* build-pool.h: jobs shared among worker processes, each job reported
 * back to the parent as one typed record.
 *
 * libgettextpo is not thread-safe, so parallelism is processes.  Jobs are
 * numbered; worker w of J takes the w-th of J equal runs of them, in
 * order, so that a run's jobs can share what they load (an article parsed
 * once, a language's template read once).  A worker sends one record per
 * job it finished, as one write of at most PIPE_BUF bytes: records of
 * different workers never interleave, and a worker that dies leaves no
 * half record.  When a worker ends before its last job (a signal, an exit
 * from inside a library), the first job it did not report is blamed on
 * it, and a new worker takes the jobs after that one: one crash costs one
 * job, never the rest of the run. */
#ifndef FOLIO_BUILD_POOL_H
#define FOLIO_BUILD_POOL_H

#include <stddef.h>
#include <stdint.h>

#include "build.h"
#include "stat-cache.h"

struct progress;

/* What a worker says about one job. */
struct build_pool_record {
	size_t job;
	enum build_status status;
	double percent;                  /* translated share */
	unsigned long n_fallback, n_untranslated;
	long long text_size, html_size;  /* the outputs rendered, when BUILT */
	uint64_t text_digest, html_digest;
	struct file_stamp text_stamp, html_stamp;  /* of the outputs after the write;
	                                              size -1: none */
	struct render_meta meta;         /* when BUILT or SKIPPED: the parent's copy is
	                                    its own (build_pool_records_release); strings
	                                    are cut, at a character, to fit the write */
	int blamed;                      /* set by the parent: the worker ended on it */
	int wait_status;                 /* then: the worker's status from waitpid */
};

struct build_pool {
	size_t n_jobs;
	int n_workers;
	/* Runs in a worker: does jobs first .. last - 1 in order and sends
	 * each one's record with build_pool_send.  Returns the worker's exit
	 * status. */
	int (*run)(void *data, size_t first, size_t last, int fd);
	void *data;
	struct progress *progress;   /* moved on as records come, or NULL */
};

/* Runs every job.  records (n_jobs of them) get each job's record; a job
 * a worker died on is FAILED with blamed set, one whose worker could not
 * start FAILED (reported).  Returns the worst exit status of the
 * workers. */
int build_pool_run(const struct build_pool *pool, struct build_pool_record *records);

/* In a worker: sends one job's record to the parent. */
void build_pool_send(int fd, const struct build_pool_record *record);

/* Frees the strings of n records. */
void build_pool_records_release(struct build_pool_record *records, size_t n);

#endif
