/* run-tool.c: posix_spawnp and wait. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "i18n.h"
#include "run-tool.h"

extern char **environ;

int run_tool(char *const argv[])
{
	posix_spawn_file_actions_t actions;
	pid_t pid;

	fflush(stdout);
	/* The tool's messages are for the user, not for folio's stdout. */
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
	int rc = posix_spawnp(&pid, argv[0], &actions, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	if (rc != 0)
		return diag_error(argv[0], 0, 0, _("cannot run: %s"), strerror(rc));
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return diag_error(argv[0], 0, 0, _("cannot wait: %s"), strerror(errno));
	if (!WIFEXITED(status))
		return diag_error(argv[0], 0, 0, _("killed by signal %d"), WTERMSIG(status));
	return WEXITSTATUS(status);
}
