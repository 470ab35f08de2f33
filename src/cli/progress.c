/*
 * progress.c - "12/40" on one terminal line while a command renders many
 * files (render, site). Shown only where a person watches: standard error
 * is a terminal, TERM is not "dumb" and CI is not set (CI logs keep no
 * carriage returns). PRIVICON_PROGRESS=1 shows it anyway, =0 never.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cli_progress_wanted(void)
{
	const char *force = getenv("PRIVICON_PROGRESS");
	if (force && *force)
		return strcmp(force, "0") != 0;
	const char *term = getenv("TERM");
	const char *ci = getenv("CI");
	if ((ci && *ci) || (term && strcmp(term, "dumb") == 0))
		return 0;
	return isatty(STDERR_FILENO);
}

void cli_progress(size_t done, size_t total)
{
	fprintf(stderr, "\r%zu/%zu", done, total);
	fflush(stderr);
}

void cli_progress_end(void)
{
	/* Back to the start of the line and clear it: what follows (the
	 * files written) starts on a clean line. */
	fputs("\r\033[K", stderr);
	fflush(stderr);
}
