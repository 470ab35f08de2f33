/*
 * cli.h - what the privicon command-line tool's files share: the
 * subcommand signature, a small option parser, the language and size
 * options, and the output helpers (atomic files, safe text, JSON).
 *
 * The CLI is a thin layer over libprivicon: each subcommand lives in its
 * own cmd_NAME.c and is listed once in the table in main.c.
 *
 * Exit statuses (every subcommand):
 *   CLI_EXIT_OK       0  done, nothing wrong
 *   CLI_EXIT_FINDINGS 1  the input has findings (errors; warnings with --strict)
 *   CLI_EXIT_TROUBLE  2  usage or I/O trouble (bad option, unreadable file, ...)
 */
#ifndef PRIVICON_CLI_H
#define PRIVICON_CLI_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "privicon.h"

enum {
	CLI_EXIT_OK = 0,
	CLI_EXIT_FINDINGS = 1,
	CLI_EXIT_TROUBLE = 2
};

/* The project's home page for SARIF's tool.driver.informationUri. Left
 * empty while the project has no public address: the key is then omitted
 * instead of pointing at an address that does not exist. */
#ifndef CLI_INFORMATION_URI
#define CLI_INFORMATION_URI ""
#endif

/* A subcommand: argv[0] is the command's name; returns an exit status.
 * Each cmd_NAME.c declares its own int cmd_NAME(int argc, char **argv)
 * and is listed by one line in CLI_COMMANDS in main.c. */
typedef int (*cli_command_fn)(int argc, char **argv);

/* ---- options (opts.c) ------------------------------------------------
 *
 * GNU-style options: "--name=value", "--name value", "-x value", "-xvalue",
 * options and operands in any order, "--" ends the options. Errors are
 * reported on stderr as "privicon COMMAND: ..." followed by a hint to
 * run "privicon COMMAND --help".
 */

typedef struct {
	const char *long_name; /* without "--", or NULL */
	char short_name;       /* or 0 */
	int takes_value;
	int id;                /* returned by cli_opts_next; positive */
} cli_option;

enum {
	CLI_OPT_DONE = 0,    /* no more options */
	CLI_OPT_ERROR = -1,  /* bad option (message printed) */
	CLI_OPT_NOMEM = -2   /* out of memory (message printed) */
};

typedef struct {
	int argc;
	char **argv;
	const char *command;     /* for messages */
	const cli_option *options; /* ends with an all-zero entry */
	int next;                /* next argv index */
	int only_operands;       /* after "--" */
	char **operands;         /* the non-option arguments, in order */
	int n_operands;
} cli_opts;

/* Starts parsing argv[1..argc-1]; `options` ends with a zero entry. */
int cli_opts_init(cli_opts *p, int argc, char **argv, const cli_option *options);
/* Returns the id of the next option (its value, if it takes one, in
 * *value), CLI_OPT_DONE when argv is used up, or an error. Operands are
 * collected into p->operands on the way. */
int cli_opts_next(cli_opts *p, const char **value);
void cli_opts_free(cli_opts *p);

/* Prints "privicon COMMAND: MESSAGE" and the --help hint on stderr;
 * returns CLI_EXIT_TROUBLE. */
int cli_usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Parses a --lang value; stores "nl" or "en" (static) in *lang. 0 or -1. */
int cli_parse_lang(const char **lang, const char *value);
/* Parses a size: bytes, or a number with K, M, G (or KiB, MiB, GiB;
 * powers of 1024). Zero, signs, fractions and garbage are refused. 0 or -1. */
int cli_parse_size(size_t *out, const char *value);

/* ---- output (output.c) ------------------------------------------------ */

/*
 * A destination for a command's output: stdout, or a file written
 * atomically. cli_output_open(out, path) with a path creates a temporary
 * file next to `path` (same directory, so the rename cannot cross file
 * systems); cli_output_commit() flushes, syncs and renames it into place,
 * so readers see either the old file or the whole new one, never a part.
 * cli_output_abort() removes the temporary file. Both close the stream.
 * The temporary file is ".NAME.tmp" next to NAME, locked while it is
 * written: a run killed half-way (kill -9) can leave one behind, hidden
 * and never mistaken for an output, and the next run that writes NAME
 * removes it (see open_temp in output.c).
 * A `path` that is a directory is refused; a symbolic link, a device or a
 * pipe (-o /dev/stdout) is written directly, since renaming over it would
 * replace the link or the device. Errors are printed ("privicon: cannot
 * write FILE: reason", in `lang`); cli_output_fail() prints one for a
 * failed write and aborts.
 */
typedef struct {
	FILE *fp;
	char *path;     /* NULL for stdout */
	char *tmp_path; /* NULL for stdout, a link, a device or a pipe */
	int lock_fd;    /* holds the temporary file's lock; -1 when none */
	const char *lang;
} cli_output;

int cli_output_open(cli_output *out, const char *path, const char *lang);
/* Records `path` (an operand: cli_opts_next() calls this for each) as an
 * input of the command: cli_output_open() and the cli_write_file_*()
 * functions then refuse to replace it, with a message. */
void cli_protect_input(const char *path);
int cli_output_commit(cli_output *out);
void cli_output_abort(cli_output *out);
/* Reports that writing to `out` failed with `err` (errno; 0: unknown),
 * then aborts it. */
void cli_output_fail(cli_output *out, int err);

/* Writes a whole buffer to `path` atomically (open, write, commit). */
int cli_write_file_atomic(const char *path, const void *data, size_t size,
                          const char *lang);
/* The same for a file a command names itself inside an output directory
 * (render, icons): whatever is at `path`, a symbolic link included, is
 * replaced and never written through, so no output lands outside the
 * directory. */
int cli_write_file_in_dir(const char *path, const void *data, size_t size,
                          const char *lang);

/* Why a file could not be written or a directory made (an errno), in
 * `lang`: Dutch words for the usual causes, else strerror(). Static. */
const char *cli_errno_text(int err, const char *lang);

/* Prints a runtime error in the chosen language on stderr:
 * "privicon: MESSAGE". */
void cli_error(const char *lang, const char *msg_nl, const char *msg_en);

/* Writes `s` to `fp` for a terminal or a log: control characters (which a
 * hostile file name or message could carry) become \xHH, and a line break
 * becomes a space, so one diagnostic stays one line. */
void cli_put_text(FILE *fp, const char *s);

/* ---- one register (register.c) ---- */

/* The one register FILE among the operands, in *file; when there is none
 * or more than one, prints a usage error and returns -1. */
int cli_one_register(const cli_opts *p, const char **file);

/*
 * Loads register `file` with `opts` (NULL: the defaults); with `rules`,
 * also runs the consistency rules and counts an error among them as a
 * failure. On failure prints the diagnostics and returns CLI_EXIT_FINDINGS
 * (the register has errors) or CLI_EXIT_TROUBLE (the file could not be
 * read, or out of memory); *reg is then NULL. Returns CLI_EXIT_OK with the
 * register in *reg (free it with privicon_register_free()); warnings of a
 * register without errors are not printed.
 * With opts->keep_valid_activities, an activity with errors (schema or
 * rules) is left out instead: the diagnostics are printed, each left-out
 * activity is named, and CLI_EXIT_OK comes back with the rest; the caller
 * exits CLI_EXIT_FINDINGS when privicon_register_left_out_count() is not
 * 0. Errors outside activities still fail as above.
 */
int cli_load_register(privicon_register **reg, const char *file,
                      const privicon_load_options *opts, int rules, const char *lang);
/* The same with the rules, for a command that makes notices in `lang`
 * (render, html, site): the left-out activities are named only when the
 * register has texts in `lang`, since otherwise nothing is made. */
int cli_load_register_sheets(privicon_register **reg, const char *file,
                             const privicon_load_options *opts, const char *lang);
/* The same for a register already in memory (standard input, a pipe);
 * `name` is what the messages call it. */
int cli_load_register_memory(privicon_register **reg, const char *name, const char *data,
                             size_t size, const privicon_load_options *opts, int rules,
                             const char *lang);

/* ---- a theme (theme.c) ---- */

/* Loads the theme FILE of --theme into *theme (the caller frees it with
 * privicon_theme_free()); prints its warnings and errors as diagnostics.
 * A NULL `path` leaves *theme NULL. 0, or -1 when the theme is refused or
 * memory ran out (printed). */
int cli_load_theme(privicon_theme **theme, const char *path, const char *lang);

/* ---- an output directory (outdir.c) ---- */

/* Creates `dir` unless it is a directory already (its parent must exist);
 * on failure prints "privicon COMMAND: kan de map niet maken: DIR: reason"
 * and returns -1. */
int cli_outdir_make(const char *command, const char *dir, const char *lang);

/* One file to write: `path` and `data` are owned by the list. */
typedef struct {
	char *path;
	unsigned char *data; /* from the library: privicon_free() */
	size_t size;
} cli_outfile;

/* The files of one run, written only when all of them were made. Start
 * from {0}; free with cli_outdir_free(). */
typedef struct {
	cli_outfile *files;
	size_t n, cap;
} cli_outdir;

/* Adds DIR/NAMEEXT (`ext` may be NULL) with `data`, which the list takes
 * (freed at once on failure). 0, or -1 when out of memory. */
int cli_outdir_add(cli_outdir *l, const char *dir, const char *name, const char *ext,
                   unsigned char *data, size_t size);

/* Writes each file atomically (cli_write_file_in_dir) and prints its path
 * on stdout; stops at the first failure. CLI_EXIT_OK or CLI_EXIT_TROUBLE. */
int cli_outdir_write(const cli_outdir *l, const char *lang);

void cli_outdir_free(cli_outdir *l);

/* Prints every diagnostic GNU style on stderr, as `privicon check` does
 * ("FILE:LINE:COLUMN: error: MESSAGE [RULE]", acknowledged findings as
 * notes with their reason); with `summary`, and when there was anything to
 * print, ends with a count ("1 fout, 0 waarschuwingen"). `file` stands in
 * for a diagnostic without a file of its own. (diagnostics.c) */
void cli_print_diagnostics(const privicon_diagnostics *d, const char *file, const char *lang,
                           int summary);

/* A JSON string for `s` (cleaned as above), or JSON null when s is NULL.
 * NULL only on out of memory. */
json_t *cli_json_string(const char *s);
/* The same for a message: trailing white space and line breaks dropped. */
json_t *cli_json_message(const char *s);
/* Writes `root` with JSON_INDENT(2) and a final newline. 0 or -1. */
int cli_json_write(FILE *fp, const json_t *root);

/* Progress on a terminal (progress.c): whether to show it (stderr is a
 * terminal, not CI; PRIVICON_PROGRESS=1/0 overrides), "done/total" on one
 * line, and clearing that line at the end. */
int cli_progress_wanted(void);
void cli_progress(size_t done, size_t total);
void cli_progress_end(void);

#endif
