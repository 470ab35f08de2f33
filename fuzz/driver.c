/*
 * driver.c - replays files through LLVMFuzzerTestOneInput without
 * libFuzzer, for the gcc sanitizer build (tests/fuzz.sh, `make check`).
 *
 *   fuzz-driver-NAME PATH...
 *
 * Each PATH is a file, or a directory whose regular files are replayed in
 * name order (not recursively). Every input found once by the fuzzer and
 * committed to tests/fuzz-corpus/ thus runs on every `make check`, so a
 * crash that was fixed stays fixed. A sanitizer report aborts the process;
 * otherwise it prints "replayed N inputs" and exits 0. Exit 2 for an
 * unreadable path. The harness's optional LLVMFuzzerInitialize is not
 * used by privicon's harnesses.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads the whole file; NULL on failure (errno set). */
static uint8_t *slurp(const char *path, size_t *size)
{
	FILE *fp = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0;

	if (!fp)
		return NULL;
	for (;;) {
		if (len == cap) {
			size_t ncap = cap ? cap * 2 : 65536;
			uint8_t *bigger = realloc(buf, ncap);
			if (!bigger) {
				free(buf);
				fclose(fp);
				errno = ENOMEM;
				return NULL;
			}
			buf = bigger;
			cap = ncap;
		}
		size_t n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		free(buf);
		fclose(fp);
		errno = EIO;
		return NULL;
	}
	fclose(fp);
	*size = len;
	return buf;
}

static int replay_file(const char *path)
{
	size_t size = 0;
	uint8_t *data = slurp(path, &size);
	if (!data) {
		fprintf(stderr, "fuzz-driver: %s: %s\n", path, strerror(errno));
		return -1;
	}
	/* The input is copied into an allocation of exactly its size, as
	 * libFuzzer does, so a read one past the end is caught. */
	uint8_t *exact = malloc(size ? size : 1);
	if (!exact) {
		free(data);
		fprintf(stderr, "fuzz-driver: out of memory\n");
		return -1;
	}
	memcpy(exact, data, size);
	free(data);
	/* Named first, so that a sanitizer report below says which input. */
	fprintf(stderr, "fuzz-driver: %s\n", path);
	LLVMFuzzerTestOneInput(exact, size);
	free(exact);
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays the regular files of `dir` in name order; adds to *count. */
static int replay_dir(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;

	if (!d) {
		fprintf(stderr, "fuzz-driver: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 256;
			char **bigger = realloc(names, ncap * sizeof(*bigger));
			if (!bigger) {
				rc = -1;
				break;
			}
			names = bigger;
			cap = ncap;
		}
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		if (!(names[n] = malloc(len))) {
			rc = -1;
			break;
		}
		snprintf(names[n], len, "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	if (rc != 0)
		fprintf(stderr, "fuzz-driver: out of memory\n");
	if (n)
		qsort(names, n, sizeof(*names), by_name);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		if (replay_file(names[i]) != 0)
			rc = -1;
		else
			(*count)++;
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	size_t count = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "fuzz-driver: %s: %s\n", argv[i], strerror(errno));
			return 2;
		}
		if (S_ISDIR(st.st_mode) ? replay_dir(argv[i], &count) != 0
		                        : replay_file(argv[i]) != 0)
			return 2;
		if (!S_ISDIR(st.st_mode))
			count++;
	}
	printf("replayed %zu inputs\n", count);
	return 0;
}
