/*
 * opendata.h - what `privicon export`, `import` and `diff` share
 * (opendata.c): reading a whole file.
 */
#ifndef PRIVICON_CLI_OPENDATA_H
#define PRIVICON_CLI_OPENDATA_H

#include <stddef.h>

#include "cli.h"

/*
 * Reads all of `path` ("-": standard input) into a new NUL-terminated
 * buffer in *data (the caller frees it), at most `max` bytes. Prints
 * "privicon: cannot read PATH: reason" and returns -1 when it cannot.
 */
int cli_od_read_file(char **data, size_t *size, const char *path, size_t max, const char *lang);

#endif
