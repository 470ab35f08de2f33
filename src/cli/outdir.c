/*
 * outdir.c - the files a command writes into one output directory
 * (render, icons): made in memory first, then written one by one
 * atomically, so nothing is written when making any of them failed.
 * See cli.h.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cli_outdir_make(const char *command, const char *dir, const char *lang)
{
	struct stat st;
	int err;

	if (mkdir(dir, 0777) == 0)
		return 0;
	err = errno;
	if (err == EEXIST && stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	fprintf(stderr, "privicon %s: %s", command,
	        strcmp(lang, "en") == 0 ? "cannot create directory " : "kan de map niet maken: ");
	cli_put_text(stderr, dir);
	fprintf(stderr, ": %s\n", cli_errno_text(err == EEXIST ? ENOTDIR : err, lang));
	return -1;
}

/* DIR/NAMEEXT, with one slash between. */
static char *join(const char *dir, const char *name, const char *ext)
{
	size_t n = strlen(dir);
	int slash = n > 0 && dir[n - 1] == '/';
	size_t len = n + 1 + strlen(name) + strlen(ext) + 1;
	char *s = malloc(len);
	if (s)
		snprintf(s, len, "%s%s%s%s", dir, slash ? "" : "/", name, ext);
	return s;
}

int cli_outdir_add(cli_outdir *l, const char *dir, const char *name, const char *ext,
                   unsigned char *data, size_t size)
{
	char *path = join(dir, name, ext ? ext : "");
	if (path && l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		cli_outfile *bigger = realloc(l->files, cap * sizeof(*bigger));
		if (!bigger) {
			free(path);
			path = NULL;
		} else {
			l->files = bigger;
			l->cap = cap;
		}
	}
	if (!path) {
		privicon_free(data);
		return -1;
	}
	l->files[l->n++] = (cli_outfile){path, data, size};
	return 0;
}

int cli_outdir_write(const cli_outdir *l, const char *lang)
{
	for (size_t i = 0; i < l->n; i++) {
		if (cli_write_file_in_dir(l->files[i].path, l->files[i].data, l->files[i].size,
		                          lang) != 0)
			return CLI_EXIT_TROUBLE;
		cli_put_text(stdout, l->files[i].path);
		fputc('\n', stdout);
	}
	return fflush(stdout) == 0 && !ferror(stdout) ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
}

void cli_outdir_free(cli_outdir *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->files[i].path);
		privicon_free(l->files[i].data);
	}
	free(l->files);
	*l = (cli_outdir){0};
}
