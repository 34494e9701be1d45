/* run-tool.c: posix_spawnp, the tool's output collected through a pipe,
 * and wait. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "run-tool.h"

extern char **environ;


int run_tool(char *const argv[], struct strbuf *messages)
{
	posix_spawn_file_actions_t actions;
	pid_t pid;
	int fds[2];

	fflush(stdout);
	if (pipe2(fds, O_CLOEXEC) != 0)
		return diag_io_error(argv[0], 0, 0, _("cannot run: %s"), strerror(errno));
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
	posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
	int rc = posix_spawnp(&pid, argv[0], &actions, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	close(fds[1]);
	if (rc != 0) {
		close(fds[0]);
		return diag_io_error(argv[0], 0, 0, _("cannot run: %s"), strerror(rc));
	}
	read_all(fds[0], messages);   /* a read error only loses messages */
	close(fds[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return diag_io_error(argv[0], 0, 0, _("cannot wait: %s"), strerror(errno));
	if (!WIFEXITED(status))
		return diag_io_error(argv[0], 0, 0, _("killed by signal %d"), WTERMSIG(status));
	return WEXITSTATUS(status);
}

void run_tool_show(const struct strbuf *messages)
{
	fflush(stdout);
	for (const char *p = messages->buf; *p;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		fprintf(stderr, "    %.*s\n", (int)len, p);
		p += len + (end != NULL);
	}
}

void run_tool_rename(struct strbuf *messages, const char *temporary, const char *final)
{
	struct strbuf renamed = STRBUF_INIT;
	size_t len = strlen(temporary);
	const char *p = messages->buf, *hit;

	if (!len)
		return;
	while ((hit = strstr(p, temporary))) {
		strbuf_add(&renamed, p, (size_t)(hit - p));
		strbuf_addstr(&renamed, final);
		p = hit + len;
	}
	strbuf_addstr(&renamed, p);
	strbuf_reset(messages);
	strbuf_add(messages, renamed.buf, renamed.len);
	strbuf_release(&renamed);
}
