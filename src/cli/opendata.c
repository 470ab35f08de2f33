/*
 * opendata.c - helpers shared by cmd_export.c, cmd_import.c and
 * cmd_diff.c (see opendata.h).
 */
#include "opendata.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* "privicon: cannot read PATH: REASON" in the chosen language. */
static void read_error(const char *path, const char *lang, const char *nl, const char *en)
{
	int is_en = strcmp(lang, "en") == 0;
	fputs(is_en ? "privicon: cannot read " : "privicon: kan niet lezen: ", stderr);
	cli_put_text(stderr, path);
	fputs(": ", stderr);
	cli_put_text(stderr, is_en ? en : nl);
	fputc('\n', stderr);
}

int cli_od_read_file(char **data, size_t *size, const char *path, size_t max, const char *lang)
{
	int is_stdin = strcmp(path, "-") == 0;
	FILE *fp = is_stdin ? stdin : fopen(path, "rb");
	struct stat st;
	size_t len = 0, cap = 65536;
	char *buf;

	*data = NULL;
	*size = 0;
	if (!fp) {
		read_error(path, lang, errno == ENOENT ? "het bestand bestaat niet" : strerror(errno),
		           strerror(errno));
		return -1;
	}
	if (!is_stdin && (fstat(fileno(fp), &st) != 0 || S_ISDIR(st.st_mode))) {
		read_error(path, lang, "dit is een map, geen bestand", "it is a directory, not a file");
		fclose(fp);
		return -1;
	}
	buf = malloc(cap + 1);
	while (buf) {
		size_t got;
		if (len == cap) {
			char *bigger;
			if (cap > max) {
				free(buf);
				buf = NULL;
				read_error(path, lang, "het bestand is groter dan de grens",
				           "the file is larger than the limit");
				if (!is_stdin)
					fclose(fp);
				return -1;
			}
			cap *= 2;
			bigger = realloc(buf, cap + 1);
			if (!bigger) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = bigger;
		}
		got = fread(buf + len, 1, cap - len, fp);
		len += got;
		if (got == 0)
			break;
	}
	if (!buf) {
		read_error(path, lang, "onvoldoende geheugen", "out of memory");
		if (!is_stdin)
			fclose(fp);
		return -1;
	}
	if (ferror(fp) || len > max) {
		read_error(path, lang,
		           len > max ? "het bestand is groter dan de grens" : "leesfout",
		           len > max ? "the file is larger than the limit" : "read error");
		free(buf);
		if (!is_stdin)
			fclose(fp);
		return -1;
	}
	if (!is_stdin)
		fclose(fp);
	buf[len] = '\0';
	*data = buf;
	*size = len;
	return 0;
}
