/*
 * read_csv.c - CSV as spreadsheets write it, read with libcsv: the
 * separator sniffed from the header line (semicolon, as Dutch Excel
 * writes it, comma or tab), UTF-8 with or without a byte order mark, or
 * Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)"),
 * quoted fields with line breaks. NUL bytes are refused: no text file
 * has them, and they would cut a cell short unseen.
 */
#include "sheet/table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "util/text.h"

/* Windows-1252 0x80..0x9F as Unicode code points (0: undefined). */
static const unsigned short cp1252_high[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/* `data` from Windows-1252 to UTF-8; a new buffer, or NULL (ENOMEM).
 * Undefined bytes become U+FFFD. */
static char *from_cp1252(const char *data, size_t size, size_t *out_size)
{
	char *out = malloc(size * 3 + 1), *o = out;
	if (!out)
		return NULL;
	for (size_t i = 0; i < size; i++) {
		unsigned c = (unsigned char)data[i];
		if (c >= 0x80 && c < 0xa0)
			c = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xfffd;
		if (c < 0x80) {
			*o++ = (char)c;
		} else if (c < 0x800) {
			*o++ = (char)(0xc0 | (c >> 6));
			*o++ = (char)(0x80 | (c & 0x3f));
		} else {
			*o++ = (char)(0xe0 | (c >> 12));
			*o++ = (char)(0x80 | ((c >> 6) & 0x3f));
			*o++ = (char)(0x80 | (c & 0x3f));
		}
	}
	*o = '\0';
	*out_size = (size_t)(o - out);
	return out;
}

/* The separator: of ';', ',' and tab, the one found most often outside
 * quotes on the first line; ';' on a tie (Dutch Excel). */
static unsigned char sniff_separator(const char *data, size_t size)
{
	size_t semi = 0, comma = 0, tab = 0;
	int quoted = 0;
	for (size_t i = 0; i < size; i++) {
		char c = data[i];
		if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '\n' || c == '\r'))
			break;
		else if (!quoted && c == ';')
			semi++;
		else if (!quoted && c == ',')
			comma++;
		else if (!quoted && c == '\t')
			tab++;
	}
	if (tab > semi && tab > comma)
		return '\t';
	if (comma > semi)
		return ',';
	return ';';
}

typedef struct {
	pv_table *t;
	size_t row, col;
	int status;
	pv_table_limit limit;
	char *clean; /* scratch for line-break normalisation */
	size_t clean_cap;
} csv_state;

static void on_field(void *field, size_t len, void *data)
{
	csv_state *s = data;
	const char *text = field;
	size_t n = 0;

	if (s->status)
		return;
	if (len > PV_TABLE_MAX_CELL) {
		s->status = PRIVICON_ETOOBIG;
		s->limit = PV_LIMIT_CELL;
		return;
	}
	if (len + 1 > s->clean_cap) {
		char *bigger = realloc(s->clean, len + 1);
		if (!bigger) {
			s->status = PRIVICON_ENOMEM;
			return;
		}
		s->clean = bigger;
		s->clean_cap = len + 1;
	}
	/* CR LF and lone CR inside a quoted cell become LF. */
	for (size_t i = 0; i < len; i++) {
		if (text && text[i] == '\r') {
			s->clean[n++] = '\n';
			if (i + 1 < len && text[i + 1] == '\n')
				i++;
		} else if (text) {
			s->clean[n++] = text[i];
		}
	}
	s->status = pv_table_put(s->t, s->row, s->col, s->clean, n, &s->limit);
	s->col++;
}

static void on_row(int c, void *data)
{
	csv_state *s = data;
	(void)c;
	s->row++;
	s->col = 0;
}

static int is_space(unsigned char c)
{
	return c == ' ';
}

static int is_term(unsigned char c)
{
	return c == '\n' || c == '\r';
}

int pv_read_csv(pv_workbook *wb, privicon_diagnostics *diags, const char *file,
                const char *data, size_t size)
{
	struct csv_parser p;
	csv_state s = {0};
	char *converted = NULL;
	const char *nul;
	int truncated = 0;

	wb->format = PV_SHEET_CSV;
	if ((nul = memchr(data, '\0', size))) {
		char nl[200], en[200];
		snprintf(nl, sizeof(nl), "Het bestand bevat een NUL-byte (op positie %zu); dat is "
		         "geen CSV. Sla het werkblad opnieuw op als CSV.", (size_t)(nul - data));
		snprintf(en, sizeof(en), "The file contains a NUL byte (at offset %zu); that is not "
		         "CSV. Save the sheet as CSV again.", (size_t)(nul - data));
		return pv_sheet_fail(diags, file, 0, "import-format", nl, en);
	}
	if (size >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		size -= 3;
	} else if (pv_utf8_check((const unsigned char *)data, size, &truncated) != size) {
		converted = from_cp1252(data, size, &size);
		if (!converted)
			return PRIVICON_ENOMEM;
		data = converted;
	}
	if (pv_utf8_check((const unsigned char *)data, size, &truncated) != size) {
		free(converted);
		return pv_sheet_fail(diags, file, 0, "encoding",
		                     "Het bestand begint met een byte order mark voor UTF-8, maar is "
		                     "geen geldige UTF-8. Sla het opnieuw op als CSV UTF-8.",
		                     "The file starts with a UTF-8 byte order mark but is not valid "
		                     "UTF-8. Save it again as CSV UTF-8.");
	}
	if (csv_init(&p, CSV_APPEND_NULL) != 0) {
		free(converted);
		return PRIVICON_ENOMEM;
	}
	csv_set_delim(&p, sniff_separator(data, size));
	csv_set_space_func(&p, is_space);
	csv_set_term_func(&p, is_term);
	s.t = &wb->activities;
	if (csv_parse(&p, data, size, on_field, on_row, &s) != size && !s.status)
		s.status = csv_error(&p) == CSV_ENOMEM ? PRIVICON_ENOMEM : PRIVICON_EINVALID;
	if (!s.status)
		csv_fini(&p, on_field, on_row, &s);
	csv_free(&p);
	free(s.clean);
	free(converted);
	if (s.status == PRIVICON_ETOOBIG)
		return pv_table_limit_error(diags, file, s.limit, s.row + 1);
	if (s.status == PRIVICON_EINVALID)
		return pv_sheet_fail(diags, file, (int)(s.row + 1), "import-format",
		                     "Het bestand is geen leesbare CSV.",
		                     "The file is not readable CSV.");
	return s.status;
}
