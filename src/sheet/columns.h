/*
 * columns.h - the columns of a register kept as a spreadsheet: one field
 * per fact, each with the header the spreadsheet export writes and the
 * Dutch and English headers real registers use for it. The import finds
 * a sheet's columns by meaning with this table; the export writes its
 * headers from it, so export -> import reads every column back.
 * Internal to libprivicon.
 */
#ifndef PRIVICON_SHEET_COLUMNS_H
#define PRIVICON_SHEET_COLUMNS_H

#include <stddef.h>

#include "sheet/table.h"

typedef enum {
	PV_F_NONE = -1,
	PV_F_ID = 0,
	PV_F_VERSION,
	PV_F_STATUS,
	PV_F_START_DATE,
	PV_F_END_DATE,
	PV_F_NAME_NL,
	PV_F_NAME_EN,
	PV_F_SUMMARY_NL,
	PV_F_SUMMARY_EN,
	PV_F_DEPARTMENT,
	PV_F_LEGAL_TEXT,
	PV_F_PURPOSE_NL,
	PV_F_PURPOSE_EN,
	PV_F_PURPOSE_ID,
	PV_F_BASIS,
	PV_F_PURPOSE_CATEGORY,
	PV_F_LAW,
	PV_F_PURPOSE_OUTSIDE_TASKS,
	PV_F_PURPOSE_PARENTAL_CONSENT,
	PV_F_SUBJECTS,
	PV_F_LARGE_SCALE,
	PV_F_DATA,
	PV_F_SPECIAL,
	PV_F_DATA_SOURCE,
	PV_F_DATA_REGISTRY,
	PV_F_DATA_ART9,
	PV_F_DATA_PURPOSES,
	PV_F_DATA_LAW,
	PV_F_DATA_LABEL_NL,
	PV_F_DATA_LABEL_EN,
	PV_F_DATA_AREA,
	PV_F_RECIPIENTS,
	PV_F_OUTSIDE,
	PV_F_SOLD,
	PV_F_PROCESSORS,
	PV_F_AGREEMENT,
	PV_F_RECIPIENT_NAME_EN,
	PV_F_RECIPIENT_ROLE_NL,
	PV_F_RECIPIENT_ROLE_EN,
	PV_F_TRANSFERS,
	PV_F_COUNTRIES,
	PV_F_RETENTION,
	PV_F_RETENTION_FROM,
	PV_F_SELECTIELIJST,
	PV_F_RETENTION_FOR_NL,
	PV_F_RETENTION_FOR_EN,
	PV_F_RETENTION_DATA,
	PV_F_AUTOMATED,
	PV_F_DECISIONS,
	PV_F_AUTO_LOGIC_NL,
	PV_F_AUTO_LOGIC_EN,
	PV_F_AUTO_CONSEQUENCE_NL,
	PV_F_AUTO_CONSEQUENCE_EN,
	PV_F_HUMAN_REVIEW_NL,
	PV_F_HUMAN_REVIEW_EN,
	PV_F_PROFILING,
	PV_F_PROFILING_NL,
	PV_F_PROFILING_EN,
	PV_F_SECURITY,
	PV_F_DPIA,
	PV_F_DPIA_STATUS,
	PV_F_DPIA_DATE,
	PV_F_DPIA_REFERENCE,
	PV_F_DPIA_NEW_TECHNOLOGY,
	PV_F_DPIA_REASON,
	PV_F_ACKNOWLEDGEMENTS,
	PV_F_INTERNAL_NOTE,
	PV_F_COUNT
} pv_field;

typedef struct {
	const char *key;      /* the name in a mapping file (--map), e.g. "basis" */
	const char *header;   /* the header the export writes (Dutch) */
	int exported;         /* 1: the export writes this column */
	const char *const *synonyms; /* more headers, Dutch and English; NULL-terminated */
} pv_field_def;

/* The definition of `f`; NULL when out of range. */
const pv_field_def *pv_field_get(pv_field f);

/* The field a mapping file's key names, or PV_F_NONE. */
pv_field pv_field_by_key(const char *key);

/*
 * The field a header names, by meaning: case, accents, punctuation, word
 * order and small words ("de", "van", "(en)") do not matter. A header that
 * names a field exactly wins; else the field whose longest known header
 * is wholly contained in it, if only one field has one that long.
 * PV_F_NONE when nothing fits.
 */
pv_field pv_field_by_header(const char *header);

/* Whether `a` and `b` (headers, labels) have the same meaningful words:
 * case, accents, punctuation, word order and small words do not matter
 * ("E-mail FG" and "FG e-mail"). 0 when either has none. */
int pv_same_words(const char *a, const char *b);

/* The header row is looked for among a sheet's first rows (a title or a
 * municipality's logo line often comes first); a header cell is a few
 * words, at most this many bytes. */
#define PV_HEADER_SEARCH_ROWS 10
#define PV_HEADER_MAX_BYTES 160

/* The row (index into t->rows) among the first ones that names the most
 * fields, and into *count (may be NULL) how many it names; 0 and 0 when
 * none names any. */
size_t pv_header_row(const pv_table *t, size_t *count);

/* The spreadsheet column name of 0-based `col` ("A", "AB") into `out`. */
void pv_column_name(char *out, size_t cap, size_t col);

#endif
