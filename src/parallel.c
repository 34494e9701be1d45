/* parallel.c: fork, capture, wait, replay. */
#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "i18n.h"
#include "parallel.h"
#include "xalloc.h"

struct worker {
	size_t first, last;
	pid_t pid;
	FILE *out, *err;      /* what it printed, unlinked temporary files */
};

static void start(struct worker *w, int (*run)(void *, size_t, size_t), void *data,
		  struct worker *all)
{
	w->out = tmpfile();
	w->err = tmpfile();
	if (!w->out || !w->err) {
		diag_io_error(NULL, 0, 0, _("cannot create a temporary file: %s"), strerror(errno));
		w->pid = -1;
		return;
	}
	w->pid = fork();
	if (w->pid == 0) {
		dup2(fileno(w->out), STDOUT_FILENO);
		dup2(fileno(w->err), STDERR_FILENO);
		int status = run(data, w->first, w->last);
		fflush(stdout);
		fflush(stderr);
		free(all);   /* the parent's bookkeeping is not the worker's to keep */
		_exit(status);
	}
	if (w->pid < 0)
		diag_io_error(NULL, 0, 0, _("cannot start a worker: %s"), strerror(errno));
}

static void replay(FILE *from, FILE *to)
{
	char buf[8192];
	size_t n;

	rewind(from);
	while ((n = fread(buf, 1, sizeof(buf), from)) > 0)
		fwrite(buf, 1, n, to);
	fflush(to);
}

/* Waits for w, shows what it printed; returns its exit status. */
static int finish(struct worker *w, const char *const *names)
{
	int status = 0, rc = FOLIO_EXIT_FAILURE;

	if (w->pid > 0) {
		while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
			;
		replay(w->out, stdout);
		replay(w->err, stderr);
		if (WIFEXITED(status))
			rc = WEXITSTATUS(status);
		else
			diag_io_error(names ? names[w->first] : NULL, 0, 0,
				      _("the worker that took this and the next %zu items was killed "
					"by signal %d (%s)"), w->last - w->first - 1, WTERMSIG(status),
				      strsignal(WTERMSIG(status)));
	}
	if (w->out)
		fclose(w->out);
	if (w->err)
		fclose(w->err);
	return rc;
}

int parallel_run(size_t n_items, const char *const *names, int n_workers,
		 int (*run)(void *data, size_t first, size_t last), void *data)
{
	size_t n = n_workers < 1 ? 1 : (size_t)n_workers;
	int worst = FOLIO_EXIT_OK;

	if (n > n_items)
		n = n_items;
	if (n <= 1)
		return n_items ? run(data, 0, n_items) : FOLIO_EXIT_OK;
	struct worker *workers = xcalloc(n, sizeof(*workers));
	fflush(stdout);
	fflush(stderr);
	for (size_t i = 0; i < n; i++) {
		workers[i].first = n_items * i / n;
		workers[i].last = n_items * (i + 1) / n;
		start(&workers[i], run, data, workers);
	}
	for (size_t i = 0; i < n; i++) {
		int status = finish(&workers[i], names);
		if (status > worst)
			worst = status;
	}
	free(workers);
	return worst;
}

struct thread_run {
	void (*run)(void *, size_t, size_t);
	void *data;
	size_t first, last;
	pthread_t thread;
	int started;
};

static void *thread_main(void *arg)
{
	struct thread_run *r = arg;

	r->run(r->data, r->first, r->last);
	return NULL;
}

void parallel_threads(size_t n_items, int n_threads,
		      void (*run)(void *data, size_t first, size_t last), void *data)
{
	size_t n = n_threads < 1 ? 1 : (size_t)n_threads;

	if (n > n_items)
		n = n_items;
	if (n <= 1) {
		if (n_items)
			run(data, 0, n_items);
		return;
	}
	struct thread_run *runs = xcalloc(n, sizeof(*runs));
	for (size_t i = 0; i < n; i++) {
		runs[i] = (struct thread_run){ run, data, n_items * i / n, n_items * (i + 1) / n,
					       0, 0 };
		runs[i].started = i > 0 && pthread_create(&runs[i].thread, NULL, thread_main,
							   &runs[i]) == 0;
	}
	for (size_t i = 0; i < n; i++) {
		if (runs[i].started)
			pthread_join(runs[i].thread, NULL);
		else
			run(data, runs[i].first, runs[i].last);
	}
	free(runs);
}
