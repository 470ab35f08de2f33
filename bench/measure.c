/*
 * measure.c - runs one command once and prints what it cost:
 *
 *   measure CMD [ARG]...
 *   -> "WALL_NS MAXRSS_KB STATUS" on stdout
 *
 * WALL_NS is the wall-clock time from fork to the end of the command
 * (CLOCK_MONOTONIC), MAXRSS_KB the peak resident set size of the command
 * and of every process it waited for (wait4's rusage: what GNU time -v
 * reports as "Maximum resident set size"), STATUS its exit status (128 +
 * the signal number when a signal ended it). The command's stdout and
 * stderr go to /dev/null, so printing costs what writing to a pipe or file
 * costs, not what a terminal costs.
 *
 * bench/run.sh calls it for each run, alternating a tool and its peer so
 * both see the same noise on a shared machine, and takes the median.
 */
#define _DEFAULT_SOURCE /* wait4 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: measure CMD [ARG]...\n", stderr);
		return 2;
	}
	long long start = now_ns();
	pid_t pid = fork();
	if (pid < 0) {
		perror("measure: fork");
		return 2;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		if (null < 0 || dup2(null, STDOUT_FILENO) < 0 || dup2(null, STDERR_FILENO) < 0)
			_exit(127);
		close(null);
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	int status;
	struct rusage ru;
	pid_t got;
	while ((got = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR)
		;
	long long wall = now_ns() - start;
	if (got < 0) {
		perror("measure: wait4");
		return 2;
	}
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	if (printf("%lld %ld %d\n", wall, ru.ru_maxrss, code) < 0 || fflush(stdout) != 0)
		return 2;
	return 0;
}
