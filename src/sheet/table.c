/*
 * table.c - the in-memory spreadsheet every reader fills (see table.h).
 */
#include "sheet/table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int pv_sheet_fail(privicon_diagnostics *diags, const char *file, int line, const char *rule,
                  const char *nl, const char *en)
{
	if (privicon_diagnostics_add(diags, file, line, 0, PRIVICON_ERROR, rule, NULL, nl, en) !=
	    PRIVICON_OK)
		return PRIVICON_ENOMEM;
	return PRIVICON_EINVALID;
}

static pv_row *row_for(pv_table *t, size_t row, pv_table_limit *limit)
{
	if (t->n_rows && t->rows[t->n_rows - 1].number == row + 1)
		return &t->rows[t->n_rows - 1];
	if ((t->n_rows && t->rows[t->n_rows - 1].number > row + 1) || t->n_rows >= PV_TABLE_MAX_ROWS) {
		*limit = PV_LIMIT_ROWS;
		return NULL;
	}
	if (t->n_rows == t->cap_rows) {
		size_t cap = t->cap_rows ? t->cap_rows * 2 : 64;
		pv_row *bigger = realloc(t->rows, cap * sizeof(*bigger));
		if (!bigger)
			return NULL;
		t->rows = bigger;
		t->cap_rows = cap;
	}
	pv_row *r = &t->rows[t->n_rows++];
	memset(r, 0, sizeof(*r));
	r->number = row + 1;
	return r;
}

int pv_table_put(pv_table *t, size_t row, size_t col, const char *text, size_t len,
                 pv_table_limit *limit)
{
	pv_row *r;
	char *copy;

	*limit = PV_LIMIT_NONE;
	if (len == 0)
		return PRIVICON_OK;
	if (col >= PV_TABLE_MAX_COLS)
		*limit = PV_LIMIT_COLS;
	else if (len > PV_TABLE_MAX_CELL)
		*limit = PV_LIMIT_CELL;
	else if (t->text_bytes + len > PV_TABLE_MAX_TEXT)
		*limit = PV_LIMIT_TEXT;
	if (*limit)
		return PRIVICON_ETOOBIG;
	r = row_for(t, row, limit);
	if (!r)
		return *limit ? PRIVICON_ETOOBIG : PRIVICON_ENOMEM;
	if (col >= r->n_cells) {
		char **bigger = realloc(r->cells, (col + 1) * sizeof(*bigger));
		if (!bigger)
			return PRIVICON_ENOMEM;
		memset(bigger + r->n_cells, 0, (col + 1 - r->n_cells) * sizeof(*bigger));
		r->cells = bigger;
		r->n_cells = col + 1;
	}
	copy = malloc(len + 1);
	if (!copy)
		return PRIVICON_ENOMEM;
	memcpy(copy, text, len);
	copy[len] = '\0';
	free(r->cells[col]);
	r->cells[col] = copy;
	t->text_bytes += len;
	return PRIVICON_OK;
}

const char *pv_table_cell(const pv_table *t, size_t row_index, size_t col)
{
	if (row_index >= t->n_rows || col >= t->rows[row_index].n_cells)
		return NULL;
	return t->rows[row_index].cells[col];
}

void pv_table_free(pv_table *t)
{
	for (size_t i = 0; i < t->n_rows; i++) {
		for (size_t c = 0; c < t->rows[i].n_cells; c++)
			free(t->rows[i].cells[c]);
		free(t->rows[i].cells);
	}
	free(t->rows);
	free(t->name);
	memset(t, 0, sizeof(*t));
}

void pv_workbook_free(pv_workbook *wb)
{
	pv_table_free(&wb->activities);
	pv_table_free(&wb->organisation);
}

int pv_table_limit_error(privicon_diagnostics *diags, const char *file, pv_table_limit limit,
                         size_t row)
{
	char nl[300], en[300];
	switch (limit) {
	case PV_LIMIT_ROWS:
		snprintf(nl, sizeof(nl), "Het werkblad heeft meer dan %zu rijen (of rijen in de "
		         "verkeerde volgorde); zo groot is geen register.", PV_TABLE_MAX_ROWS);
		snprintf(en, sizeof(en), "The sheet has more than %zu rows (or rows out of order); "
		         "no register is that large.", PV_TABLE_MAX_ROWS);
		break;
	case PV_LIMIT_COLS:
		snprintf(nl, sizeof(nl), "Rij %zu heeft meer dan %zu kolommen; zo breed is geen "
		         "register.", row, PV_TABLE_MAX_COLS);
		snprintf(en, sizeof(en), "Row %zu has more than %zu columns; no register is that "
		         "wide.", row, PV_TABLE_MAX_COLS);
		break;
	case PV_LIMIT_CELL:
		snprintf(nl, sizeof(nl), "Een cel in rij %zu is langer dan %zu KiB; zo lang is geen "
		         "tekst in een register.", row, PV_TABLE_MAX_CELL / 1024);
		snprintf(en, sizeof(en), "A cell in row %zu is longer than %zu KiB; no text in a "
		         "register is that long.", row, PV_TABLE_MAX_CELL / 1024);
		break;
	default:
		snprintf(nl, sizeof(nl), "De cellen samen zijn groter dan %zu MiB; zo groot is "
		         "geen register.", PV_TABLE_MAX_TEXT / (1024 * 1024));
		snprintf(en, sizeof(en), "The cells together are larger than %zu MiB; no register "
		         "is that large.", PV_TABLE_MAX_TEXT / (1024 * 1024));
		break;
	}
	return pv_sheet_fail(diags, file, (int)(row > 0 && row < 1000000000 ? row : 0),
	                     "import-limit", nl, en);
}
