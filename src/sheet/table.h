/*
 * table.h - a spreadsheet read into memory: rows of cells, each cell UTF-8
 * text or empty. Every reader (CSV, XLSX, ODS) fills one, under the same
 * limits, so a hostile file costs bounded time and memory whatever its
 * format. Internal to libprivicon.
 */
#ifndef PRIVICON_SHEET_TABLE_H
#define PRIVICON_SHEET_TABLE_H

#include <stddef.h>

#include "privicon.h"

/* Limits. A municipality's register has a few hundred rows and a few
 * dozen columns; these are far beyond that and still cheap. */
#define PV_TABLE_MAX_ROWS ((size_t)50000)
#define PV_TABLE_MAX_COLS ((size_t)1024)
#define PV_TABLE_MAX_CELL ((size_t)32 * 1024)            /* bytes of one cell */
#define PV_TABLE_MAX_TEXT ((size_t)64 * 1024 * 1024)     /* bytes of all cells */
/* A zip part (XLSX, ODS) inflates to at most this many bytes, and at most
 * this many times its compressed size when above a mebibyte. */
#define PV_ZIP_MAX_PART ((size_t)48 * 1024 * 1024)
#define PV_ZIP_MAX_RATIO 200
#define PV_ZIP_MAX_ENTRIES 10000

typedef struct {
	char **cells;   /* NULL for an empty cell */
	size_t n_cells;
	size_t number;  /* 1-based row number as the spreadsheet shows it */
} pv_row;

typedef struct {
	pv_row *rows;   /* only rows with at least one cell, in order */
	size_t n_rows;
	size_t cap_rows;
	size_t text_bytes;
	char *name;     /* the sheet's name, or NULL (CSV) */
} pv_table;

/* Which limit a pv_table_put() broke. */
typedef enum {
	PV_LIMIT_NONE = 0,
	PV_LIMIT_ROWS,
	PV_LIMIT_COLS,
	PV_LIMIT_CELL,
	PV_LIMIT_TEXT
} pv_table_limit;

/*
 * Stores `len` bytes of `text` in the cell at 0-based `row` and `col`.
 * Rows must come in ascending order (a cell in an earlier row than the
 * last one stored is refused as PV_LIMIT_ROWS). Empty text stores nothing.
 * Returns 0, PRIVICON_ENOMEM, or PRIVICON_ETOOBIG with *limit set.
 */
int pv_table_put(pv_table *t, size_t row, size_t col, const char *text, size_t len,
                 pv_table_limit *limit);

/* The cell text, or NULL when empty or out of range. */
const char *pv_table_cell(const pv_table *t, size_t row_index, size_t col);

void pv_table_free(pv_table *t);

/* A diagnostic for a broken limit (rule import-limit), under `file`;
 * returns PRIVICON_EINVALID, or PRIVICON_ENOMEM. */
int pv_table_limit_error(privicon_diagnostics *diags, const char *file, pv_table_limit limit,
                         size_t row);

/* What the readers found: the activities and, when the workbook has a
 * sheet named for it, the controller's details. */
typedef enum { PV_SHEET_CSV, PV_SHEET_XLSX, PV_SHEET_ODS } pv_sheet_format;

typedef struct {
	pv_sheet_format format;
	pv_table activities;
	pv_table organisation;   /* n_rows 0 when there is none */
	/* Set by the caller: the sheet the mapping file names for the
	 * activities ("sheet"; case, accents and spaces do not matter), or
	 * NULL to take the sheet whose header row names the most columns; and
	 * the mapping file's name, for the error when the workbook has no
	 * such sheet (a CSV file has one sheet and ignores it). */
	const char *want_sheet;
	const char *map_file;
} pv_workbook;

void pv_workbook_free(pv_workbook *wb);

/* The readers. Each fills `wb` (zeroed by the caller) from `data`, adds
 * problems to `diags` under `file` and returns 0, PRIVICON_EINVALID or
 * PRIVICON_ENOMEM. */
int pv_read_csv(pv_workbook *wb, privicon_diagnostics *diags, const char *file,
                const char *data, size_t size);
int pv_read_xlsx(pv_workbook *wb, privicon_diagnostics *diags, const char *file,
                 const char *data, size_t size);
int pv_read_ods(pv_workbook *wb, privicon_diagnostics *diags, const char *file,
                const char *data, size_t size);

/* Adds an error with rule `rule` under `file` and returns
 * PRIVICON_EINVALID (or PRIVICON_ENOMEM when it could not be added). */
int pv_sheet_fail(privicon_diagnostics *diags, const char *file, int line, const char *rule,
                  const char *nl, const char *en);

#endif
