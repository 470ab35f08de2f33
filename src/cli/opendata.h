/*
 * opendata.h - what `privicon export`, `import` and `diff` share
 * (opendata.c): loading a register and reading a whole file.
 */
#ifndef PRIVICON_CLI_OPENDATA_H
#define PRIVICON_CLI_OPENDATA_H

#include <stddef.h>

#include "cli.h"

/*
 * Loads register `file`; with `rules`, also runs the consistency rules and
 * counts an error among them as a failure. On failure prints the
 * diagnostics and returns CLI_EXIT_FINDINGS (the register has errors) or
 * CLI_EXIT_TROUBLE (the file could not be read, or out of memory); *reg is
 * then NULL. Returns CLI_EXIT_OK with the register in *reg (free it with
 * privicon_register_free()).
 */
int cli_od_load(privicon_register **reg, const char *file, int rules, const char *lang);

/*
 * Reads all of `path` ("-": standard input) into a new NUL-terminated
 * buffer in *data (the caller frees it), at most `max` bytes. Prints
 * "privicon: cannot read PATH: reason" and returns -1 when it cannot.
 */
int cli_od_read_file(char **data, size_t *size, const char *path, size_t max, const char *lang);

#endif
