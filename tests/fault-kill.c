/* fault-kill.c: run a command and kill it with SIGKILL at a random moment,
 * for the fault tests (tests/t8001-kill.sh).
 *
 *   fault-kill -t COMMAND [ARG]...
 *       run COMMAND to its end; print "exited STATUS USEC" (USEC: how long
 *       it ran, which sets the range of the kill delays).
 *   fault-kill [-g] MAX-USEC COMMAND [ARG]...
 *       start COMMAND, wait a random time below MAX-USEC, send it SIGKILL
 *       (with -g, to its whole process group: the tools it runs die too);
 *       print "killed USEC PID..." or, when it ended first,
 *       "exited STATUS USEC PID...".
 *
 * COMMAND's output goes to /dev/null.  fault-kill is the subreaper of what
 * COMMAND starts, so it waits for every process the killed command left
 * behind (a msgmerge, a build worker) before it returns: the next round of
 * a test never races with the remains of the last one.  The PIDs printed
 * are every process it reaped, the ones whose temporary files a killed run
 * may leave.  The delays come from FOLIO_KILL_SEED when it is set (for
 * replaying a failure), otherwise from the clock and the process id.
 * Exit status: 0 when the command was killed, 3 when it ended first, 4 on
 * a usage or system error. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { KILLED = 0, ENDED = 3, FAILED = 4 };

static long long now_usec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static unsigned long long random_below(unsigned long long max)
{
	static unsigned long long state;
	const char *seed = getenv("FOLIO_KILL_SEED");

	if (max == 0)
		return 0;
	if (!state)
		state = seed && *seed ? strtoull(seed, NULL, 10) * 2654435761u + 1
				      : (unsigned long long)now_usec() ^ ((unsigned long long)getpid() << 32);
	/* xorshift64*: plenty for spreading kill moments. */
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (state * 2685821657736338717ull >> 11) % max;
}

static pid_t start(char **argv, int own_group)
{
	pid_t pid = fork();

	if (pid != 0)
		return pid;
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	if (own_group)
		setpgid(0, 0);
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {
		dup2(null, STDOUT_FILENO);
		dup2(null, STDERR_FILENO);
	}
	execvp(argv[0], argv);
	_exit(127);
}

/* Wait until DEADLINE or until CHILD ends, whichever comes first; tell
 * which.  CHILD is not reaped: a zombie keeps its PID from being reused
 * before the kill. */
static int ended_before(pid_t child, long long deadline)
{
	for (;;) {
		siginfo_t info;
		info.si_pid = 0;
		if (waitid(P_PID, child, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid != 0)
			return 1;
		long long left = deadline - now_usec();
		if (left <= 0)
			return 0;
		struct timespec ts = { left / 1000000, left % 1000000 * 1000 };
		sigset_t chld;
		sigemptyset(&chld);
		sigaddset(&chld, SIGCHLD);
		sigtimedwait(&chld, NULL, &ts);
	}
}

/* Reap the command and everything reparented to us; note each PID. */
static int reap_all(pid_t child, int *child_status, char *pids, size_t size)
{
	size_t used = 0;
	int status;
	pid_t pid;

	pids[0] = '\0';
	while ((pid = waitpid(-1, &status, 0)) != 0) {
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			return errno == ECHILD ? 0 : -1;
		}
		if (pid == child)
			*child_status = status;
		int n = snprintf(pids + used, size - used, " %ld", (long)pid);
		if (n > 0 && (size_t)n < size - used)
			used += (size_t)n;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int timing = 0, group = 0, opt;

	while ((opt = getopt(argc, argv, "+tg")) != -1) {
		switch (opt) {
		case 't': timing = 1; break;
		case 'g': group = 1; break;
		default: return FAILED;
		}
	}
	unsigned long long max = 0;
	if (!timing) {
		if (optind >= argc)
			goto usage;
		max = strtoull(argv[optind++], NULL, 10);
	}
	if (optind >= argc)
		goto usage;
	if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) {
		perror("fault-kill: prctl");
		return FAILED;
	}
	/* SIGCHLD stays pending for sigtimedwait. */
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	long long delay = (long long)random_below(max);
	long long started = now_usec();
	pid_t child = start(argv + optind, group);
	if (child < 0) {
		perror("fault-kill: fork");
		return FAILED;
	}
	if (group)
		setpgid(child, child);   /* whichever of the two runs first */
	int killed = 0, status = 0;
	if (!timing && !ended_before(child, started + delay)) {
		kill(group ? -child : child, SIGKILL);
		killed = 1;
	}
	char pids[4096];
	if (reap_all(child, &status, pids, sizeof(pids)) < 0) {
		perror("fault-kill: waitpid");
		return FAILED;
	}
	long long ran = now_usec() - started;
	if (killed && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) {
		printf("killed %lld%s\n", delay, pids);
		return KILLED;
	}
	printf("exited %d %lld%s\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
	       timing ? ran : delay, pids);
	return ENDED;
usage:
	fputs("usage: fault-kill -t COMMAND [ARG]...\n"
	      "       fault-kill [-g] MAX-USEC COMMAND [ARG]...\n", stderr);
	return FAILED;
}
