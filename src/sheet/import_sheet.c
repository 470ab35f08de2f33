/*
 * import_sheet.c - a register kept as a spreadsheet (XLSX, ODS, CSV) to a
 * register document: privicon_import_sheet().
 *
 * The steps: read the workbook into a table (read_csv.c, read_zip.c); find
 * the header row and what each column means (columns.c, or the officer's
 * mapping file); read each row as one activity, mapping free text to the
 * vocabularies with the Dutch and English synonyms of model/vocab.c
 * (through sheet/meaning.c);
 * build the JSON export's shape, and let privicon_import_json() write and
 * load the XML, so the spreadsheet import writes exactly what the JSON
 * import writes.
 *
 * What the officer must decide is reported, never guessed silently: a value
 * that maps to nothing, an assumption (a retention start the cell does not
 * name), a resident text in one language only (marked for translation,
 * not invented), and a required fact the sheet does not state. A yes/no
 * fact the sheet does not state is written as not-stated (never "no",
 * which would tell residents something the register never said); a
 * required fact without such a value (a legal basis, the source of the
 * data) blocks the import: nothing is written.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <jansson.h>
#include <zip.h>

#include "model/vocab.h"
#include "opendata/export.h"
#include "privicon.h"
#include "rules/rules.h"
#include "sheet/columns.h"
#include "sheet/meaning.h"
#include "sheet/table.h"
#include "sheet/values.h"
#include "util/fold.h"
#include "util/strbuf.h"
#include "util/text.h"

#define MAX_KEYS 4
/* What is written for a required text the sheet does not give: a
 * placeholder in the words of `privicon new`, which check reports
 * (rules_placeholder.c) until the officer writes the real text. */
#define DEPARTMENT_TO_FILL "[INVULLEN] afdeling of proceseigenaar"
#define ORGANISATION_TO_FILL "[INVULLEN] naam van de organisatie"

typedef enum {
	ITEM_UNMAPPED, /* a value that maps to nothing: kept in the report */
	ITEM_ASSUMED,  /* the import chose something the sheet does not say */
	ITEM_TRANSLATE,/* a resident text in one language only */
	ITEM_MISSING,  /* a required fact the sheet does not state: written as
	                  not-stated or "[INVULLEN] ...", for check to name */
	ITEM_IGNORED   /* a column the import does not read */
} item_kind;

static const char *const item_kind_names[] = {"unmapped", "assumed", "translate", "missing",
                                              "ignored"};

typedef struct {
	privicon_diagnostics *diags;
	const char *file;
	const char *map_file;           /* the mapping file's name, for its errors */
	json_t *map_columns;            /* the mapping file's "columns", or NULL */
	const pv_table *t;
	size_t header_row;              /* index into t->rows */
	size_t n_cols;
	pv_field *col_field;            /* per column */
	size_t field_col[PV_F_COUNT];   /* the column of each field, or SIZE_MAX */
	json_t *defaults;               /* from the mapping file, or NULL */
	json_t *items;                  /* the report's items */
	int status;                     /* PRIVICON_ENOMEM once something failed */
	int only_lang;                  /* 'n' or 'e': the register is in that language only */
	json_t *publication;            /* {"baseUrl"} from the sheet Organisatie, or NULL */
	/* The controller and register as the sheet and the mapping file state
	 * them, before anything is assumed: what --print-map writes, so a
	 * reused map does not carry an assumption as the officer's word. */
	json_t *stated_controller, *stated_register;
	pv_strbuf note;                 /* the row's values not taken over, for its internal note */
	/* the row being read */
	const pv_row *row;
	const char *activity;
} importer;

#define NO_COL ((size_t)-1)

static void oom(importer *im)
{
	im->status = PRIVICON_ENOMEM;
}

static char *clip_value(char *out, size_t cap, const char *v)
{
	size_t n = strlen(v ? v : "");
	if (n < cap) {
		memcpy(out, v ? v : "", n + 1);
	} else {
		/* Clip at a character boundary and mark it. */
		size_t k = cap > 4 ? cap - 4 : 0;
		while (k && ((unsigned char)v[k] & 0xc0) == 0x80)
			k--;
		memcpy(out, v, k);
		memcpy(out + k, "...", 4);
	}
	for (char *p = out; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	return out;
}

/* The header the sheet gives field `f`, or the export's header. */
static const char *field_header(const importer *im, pv_field f)
{
	size_t c = f >= 0 && f < PV_F_COUNT ? im->field_col[f] : NO_COL;
	const char *h = c != NO_COL ? pv_table_cell(im->t, im->header_row, c) : NULL;
	return h ? h : pv_field_get(f) ? pv_field_get(f)->header : "";
}

/*
 * One item of the report: where (the row being read, the column of `f`),
 * what (`value`), and what the officer must decide (`nl`, `en`). Also a
 * diagnostic: a warning (the register is written all the same).
 */
static void report_at(importer *im, item_kind kind, size_t col, const char *header_text,
                      const char *where_nl, const char *where_en, int general,
                      const char *value, const char *nl, const char *en)
{
	char shown[160], header[100], msg_nl[900], msg_en[900];
	json_t *item;
	int line = im->row ? (int)(im->row->number < 1000000000 ? im->row->number : 0) : 0;
	static const char *const rules[] = {"import-unmapped", "import-assumed", "import-translate",
	                                    "import-missing", "import-ignored"};

	if (im->status)
		return;
	clip_value(shown, sizeof(shown), value);
	clip_value(header, sizeof(header), header_text);
	if (general) {
		snprintf(msg_nl, sizeof(msg_nl), "%s", nl);
		snprintf(msg_en, sizeof(msg_en), "%s", en);
	} else if (value && *value) {
		snprintf(msg_nl, sizeof(msg_nl), "kolom '%s'%s: '%s': %s", header, where_nl, shown, nl);
		snprintf(msg_en, sizeof(msg_en), "column '%s'%s: '%s': %s", header, where_en, shown, en);
	} else {
		snprintf(msg_nl, sizeof(msg_nl), "kolom '%s'%s: %s", header, where_nl, nl);
		snprintf(msg_en, sizeof(msg_en), "column '%s'%s: %s", header, where_en, en);
	}
	/* A value of the row that was not taken over is kept in the activity's
	 * internal note too, so the register itself says what is left to do. */
	if ((kind == ITEM_UNMAPPED || kind == ITEM_MISSING) && value && *value && im->row &&
	    !general)
		pv_strbuf_printf(&im->note, "\n- %s", msg_nl);
	if (privicon_diagnostics_add(im->diags, im->file, line, col != NO_COL ? (int)col + 1 : 0,
	                             PRIVICON_WARNING,
	                             rules[kind], im->activity, msg_nl, msg_en) != PRIVICON_OK) {
		oom(im);
		return;
	}
	item = json_pack("{s:s, s:s, s:s*, s:s, s:{s:s, s:s}}", "kind", item_kind_names[kind],
	                 "column", header, "activity", im->activity, "value", value ? value : "",
	                 "decide", "nl", nl, "en", en);
	if (!item) {
		oom(im);
		return;
	}
	if (line)
		json_object_set_new(item, "row", json_integer(line));
	if (col != NO_COL) {
		char name[16];
		pv_column_name(name, sizeof(name), col);
		json_object_set_new(item, "columnLetter", json_string(name));
	} else if (!general) {
		/* The fact's column is not in the sheet: never a column number. */
		json_object_set_new(item, "columnMissing", json_true());
	}
	if (json_array_append_new(im->items, item) != 0)
		oom(im);
}

static const char *default_of(const importer *im, pv_field f);

static void report(importer *im, item_kind kind, pv_field f, const char *value, const char *nl,
                   const char *en)
{
	size_t col = f >= 0 && f < PV_F_COUNT ? im->field_col[f] : NO_COL;
	const char *where_nl = "", *where_en = "";
	if (f != PV_F_NONE && col == NO_COL) {
		/* Say that the column is not there, so the officer does not look
		 * for it; a value then comes from the mapping file's defaults. */
		const char *d = default_of(im, f);
		int from_default = d && value && strcmp(d, value) == 0;
		where_nl = from_default ? " (niet in het werkblad; standaardwaarde uit het "
		                          "mapping-bestand)"
		                        : " (ontbreekt in het werkblad)";
		where_en = from_default ? " (not in the sheet; default from the mapping file)"
		                        : " (not in the sheet)";
	}
	report_at(im, kind, col, field_header(im, f), where_nl, where_en, f == PV_F_NONE, value,
	          nl, en);
}

/* ---- cells ------------------------------------------------------------- */

/* The default the mapping file gives field `f`, or NULL. */
static const char *default_of(const importer *im, pv_field f)
{
	json_t *v = im->defaults ? json_object_get(im->defaults, pv_field_get(f)->key) : NULL;
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The text of field `f` in the row being read: the cell, else the
 * mapping file's default for the field, else NULL. Blank text is NULL. */
static const char *cell(const importer *im, pv_field f)
{
	size_t c = im->field_col[f];
	const char *v = NULL;
	if (c != NO_COL && c < im->row->n_cells)
		v = im->row->cells[c];
	if (v) {
		const char *p = v;
		while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
			p++;
		if (!*p)
			v = NULL;
	}
	return v ? v : default_of(im, f);
}

/* The keys of vocabulary `id` that `text` names: tried whole, then without
 * a remark in parentheses, then the remark alone, then split at "en",
 * "and", "/" and "&" (every part must match). */
static size_t map_text(importer *im, pv_vocab_id id, const char *text, pv_vocab_key *keys,
                       size_t max)
{
	char part[512];
	size_t n;

	if (id == PV_VOCAB_DATA_CATEGORY)
		text = pv_sheet_after_heading(text); /* "Bijzondere: gezondheid" */
	if ((n = pv_sheet_terms(id, text, keys, max)))
		return n;
	const char *open = strchr(text, '(');
	const char *close = open ? strchr(open, ')') : NULL;
	if (open && close) {
		snprintf(part, sizeof(part), "%.*s%s", (int)(open - text), text, close + 1);
		if ((n = pv_sheet_terms(id, part, keys, max)))
			return n;
		snprintf(part, sizeof(part), "%.*s", (int)(close - open - 1), open + 1);
		if ((n = pv_sheet_terms(id, part, keys, max)))
			return n;
	}
	/* "naam en adres", "foto's/video": every part must map. */
	{
		static const char *const joins[] = {" en ", " and ", " of ", " or ", NULL};
		char work[512];
		size_t total = 0;
		int all = 1;
		pv_strlist parts = {0};
		snprintf(work, sizeof(work), "%s", text);
		for (char *c = work; *c; c++)
			if (*c == '/' || *c == '&' || *c == '+')
				*c = '\n';
		for (const char *const *j = joins; *j; j++) {
			char *hit;
			size_t jl = strlen(*j);
			while ((hit = strstr(work, *j))) {
				hit[0] = '\n';
				memmove(hit + 1, hit + jl, strlen(hit + jl) + 1);
			}
		}
		pv_split_lines(&parts, work);
		if (parts.oom)
			oom(im);
		for (size_t i = 0; parts.n > 1 && i < parts.n && all; i++) {
			pv_vocab_key k[MAX_KEYS];
			size_t got = pv_sheet_terms(id, parts.items[i], k, MAX_KEYS);
			if (!got)
				all = 0;
			for (size_t g = 0; g < got && total < max; g++)
				keys[total++] = k[g];
		}
		n = parts.n;
		pv_strlist_free(&parts);
		if (n > 1 && all)
			return total;
	}
	return 0;
}

/* The one term of vocabulary `id` that `text` names; PV_VOCAB_NONE when
 * it names none, or several different ones ("publieke taak / wettelijke
 * verplichting"): the import never picks one of them. *several is set
 * to 1 in that case (may be NULL). */
static pv_vocab_key map_one(importer *im, pv_vocab_id id, const char *text, int *several)
{
	pv_vocab_key k[MAX_KEYS];
	size_t n = text ? map_text(im, id, text, k, MAX_KEYS) : 0;
	const char *open = text ? strchr(text, '(') : NULL;
	const char *close = open ? strchr(open, ')') : NULL;
	if (several)
		*several = 0;
	/* "Publieke taak (art. 6 lid 1 sub c)": the words and the remark in
	 * parentheses each name a term, and not the same one. */
	if (n && open && close && close > open + 1) {
		char inside[256], outside_text[512];
		pv_vocab_key ik[MAX_KEYS], ok[MAX_KEYS];
		snprintf(inside, sizeof(inside), "%.*s", (int)(close - open - 1), open + 1);
		snprintf(outside_text, sizeof(outside_text), "%.*s%s", (int)(open - text), text, close + 1);
		if (pv_sheet_terms(id, inside, ik, MAX_KEYS) == 1 &&
		    pv_sheet_terms(id, outside_text, ok, MAX_KEYS) == 1 && ik[0] != ok[0])
			k[n < MAX_KEYS ? n++ : 0] = ik[0] != k[0] ? ik[0] : ok[0];
	}
	for (size_t i = 1; i < n; i++)
		if (k[i] != k[0]) {
			if (several)
				*several = 1;
			return PV_VOCAB_NONE;
		}
	return n ? k[0] : PV_VOCAB_NONE;
}

/* A yes/no cell: 1, 0, or -1 when empty or neither. */
static int yes_no(importer *im, pv_field f, const char *text)
{
	char folded[256];
	int v;
	if (!text)
		return -1;
	pv_fold_into(folded, sizeof(folded), text);
	v = pv_yes_no_word(folded);
	if (v < 0)
		report(im, ITEM_UNMAPPED, f, text, "geen ja of nee; vul ja of nee in",
		       "not yes or no; fill in yes or no");
	return v;
}

/*
 * A yes/no fact that may be not stated: "yes", "no" or "not-stated" from
 * the cell ("ja", "nee", "niet vermeld", "onbekend"); NULL when the cell
 * is empty or says neither (reported as unmapped).
 */
static const char *fact_word(importer *im, pv_field f, const char *text)
{
	char folded[256];
	int v;
	if (!text)
		return NULL;
	pv_fold_into(folded, sizeof(folded), text);
	if (pv_not_stated_word(folded))
		return "not-stated";
	v = yes_no(im, f, text);
	return v < 0 ? NULL : v ? "yes" : "no";
}

/* The JSON value of a fact word: true, false or "not-stated". */
static json_t *fact_json(const char *word)
{
	if (strcmp(word, "not-stated") == 0)
		return json_string(word);
	return json_boolean(strcmp(word, "yes") == 0);
}

/* An optional yes/no fact (large scale, new technology, decisions): true or
 * false into `o`, nothing when the cell is empty or says not stated. */
static void optional_fact(importer *im, json_t *o, const char *key, pv_field f)
{
	const char *w = fact_word(im, f, cell(im, f));
	if (w && strcmp(w, "not-stated") != 0 && json_object_set_new(o, key, fact_json(w)) != 0)
		im->status = PRIVICON_ENOMEM;
}

/* The sheet does not state yes/no fact `f`: it is written as not stated
 * and the officer is told, with what to decide. */
static void not_stated(importer *im, pv_field f, const char *what_nl, const char *what_en)
{
	char nl[300], en[300];
	snprintf(nl, sizeof(nl), "het werkblad zegt niet %s: 'niet vermeld' geschreven (nooit "
	         "'nee'); vul ja of nee in als u het weet", what_nl);
	snprintf(en, sizeof(en), "the sheet does not say %s: written as not stated (never 'no'); "
	         "fill in yes or no if you know", what_en);
	report(im, ITEM_ASSUMED, f, NULL, nl, en);
}

/* ---- JSON helpers -------------------------------------------------------- */

static void set(importer *im, json_t *o, const char *key, json_t *v)
{
	if (!v || json_object_set_new(o, key, v) != 0)
		oom(im);
}

static void set_str(importer *im, json_t *o, const char *key, const char *s)
{
	if (s)
		set(im, o, key, json_string(s));
}

static void push(importer *im, json_t *a, json_t *v)
{
	if (!v || json_array_append_new(a, v) != 0)
		oom(im);
}

static const char *key_of(pv_vocab_id id, pv_vocab_key k)
{
	const pv_term *t = pv_vocab_term(id, k);
	return t ? t->key : NULL;
}

/* A resident text in two languages from two cells; a text in one language
 * only is reported for translation, not invented. */
static json_t *localized(importer *im, pv_field f_nl, pv_field f_en, const char *nl,
                         const char *en, int required)
{
	json_t *o = json_object();
	if (!o) {
		oom(im);
		return NULL;
	}
	set_str(im, o, "nl", nl);
	set_str(im, o, "en", en);
	/* A register in one language asks for no translation. */
	if (im->only_lang == 'n' && nl)
		return o;
	if (im->only_lang == 'e' && en)
		return o;
	if ((nl && !en) || (!nl && en))
		report(im, ITEM_TRANSLATE, nl ? f_en : f_nl, nl ? nl : en,
		       nl ? "er is alleen een Nederlandse tekst: laat hem vertalen naar het Engels"
		          : "er is alleen een Engelse tekst: laat hem vertalen naar het Nederlands",
		       nl ? "there is only a Dutch text: have it translated into English"
		          : "there is only an English text: have it translated into Dutch");
	else if (!nl && !en && required)
		report(im, ITEM_UNMAPPED, f_nl, NULL, "leeg: schrijf deze tekst voor inwoners",
		       "empty: write this text for residents");
	return o;
}

/* Whether a folded cell says "nobody": "geen", "nee", "niemand", "n.v.t.". */
static int says_none(const char *text)
{
	char folded[128];
	pv_fold_into(folded, sizeof(folded), text);
	return pv_yes_no_word(folded) == 0 || strcmp(folded, "niemand") == 0 ||
	       strcmp(folded, "nobody") == 0 || strcmp(folded, "alleen intern") == 0 ||
	       strcmp(folded, "geen ontvangers") == 0 || strcmp(folded, "intern") == 0;
}

/* Whether a cell says the register does not state it ("niet vermeld"). */
static int says_not_stated(const char *text)
{
	char folded[128];
	pv_fold_into(folded, sizeof(folded), text);
	return pv_not_stated_word(folded);
}

/* The text after the first word of `text` and the signs after it ("Ja,
 * VS" gives "VS", "Ja (VS)" gives "(VS)"); NULL when nothing follows. */
static const char *after_first_word(const char *text)
{
	const char *p = text + strcspn(text, " ,;:(\n");
	while (*p && strchr(" ,;:-\n\t", *p))
		p++;
	return *p ? p : NULL;
}

/* ---- laws ---------------------------------------------------------------- */

/* Whether `s` starts a web address. */
static int is_web_address(const char *s)
{
	return strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0;
}

/* Whether the `n` bytes at `s` are a BWB number as the schema wants it:
 * BWBR and 7 digits. */
static int is_bwb_number(const char *s, size_t n)
{
	if (n != 11 || strncmp(s, "BWBR", 4) != 0)
		return 0;
	for (size_t i = 4; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* Whether the `n` bytes at `s` are a web address the schema takes:
 * http(s):// and no white space. */
static int is_whole_web_address(const char *s, size_t n)
{
	if (!is_web_address(s))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')
			return 0;
	return 1;
}

/* One law from "Title | article | BWBR0001 | https://..." (the export:
 * only the fields the law has, each known by its form; empty ones are
 * skipped) or free text ("Participatiewet, art. 7 (BWBR0015703)").
 * Full-width ';' and '|' (values.h) are read as ';' and '|'; an article
 * and an address may be as long as the schema allows (200 and 2000
 * characters of UTF-8). */
static json_t *parse_law(importer *im, pv_field f, const char *text)
{
	json_t *law = json_object();
	pv_strbuf title = PV_STRBUF_INIT;
	char article[804] = "", bwb[32] = "", url[8004] = "";

	if (!law) {
		oom(im);
		return NULL;
	}
	if (strchr(text, '|')) {
		const char *p = text;
		for (int i = 0; p; i++) {
			const char *sep = strchr(p, '|');
			size_t n = sep ? (size_t)(sep - p) : strlen(p);
			while (n && (*p == ' ' || *p == '\t')) {
				p++;
				n--;
			}
			while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
				n--;
			if (i == 0) {
				pv_strbuf_addn(&title, p, n);
			} else if (is_bwb_number(p, n) && !bwb[0]) {
				snprintf(bwb, sizeof(bwb), "%.*s", (int)n, p);
			} else if (n && is_whole_web_address(p, n) && n < sizeof(url) && !url[0]) {
				snprintf(url, sizeof(url), "%.*s", (int)n, p);
			} else if (n && n < sizeof(article) && !article[0]) {
				snprintf(article, sizeof(article), "%.*s", (int)n, p);
			} else if (n) {
				char part[300];
				snprintf(part, sizeof(part), "%.*s", (int)(n < 250 ? n : 250), p);
				report(im, ITEM_UNMAPPED, f, part,
				       "dit deel van een wet is niet gelezen (verwacht: titel | artikel | "
				       "BWB-nummer | webadres)",
				       "this part of a law was not read (expected: title | article | BWB "
				       "number | web address)");
			}
			p = sep ? sep + 1 : NULL;
		}
	} else {
		/* Free text: pick out a BWB id, a web address and an article. */
		const char *p = text;
		while (*p) {
			size_t n = strcspn(p, " ,;()");
			if (is_bwb_number(p, n))
				snprintf(bwb, sizeof(bwb), "%.*s", (int)n, p);
			else if ((strncmp(p, "http://", 7) == 0 || strncmp(p, "https://", 8) == 0) &&
			         n < sizeof(url))
				snprintf(url, sizeof(url), "%.*s", (int)n, p);
			else if ((strncmp(p, "art.", 4) == 0 || strncmp(p, "artikel", 7) == 0 ||
			          strncmp(p, "Art.", 4) == 0 || strncmp(p, "Artikel", 7) == 0) &&
			         !article[0]) {
				const char *q = p + n;
				while (*q == ' ')
					q++;
				size_t an = strcspn(q, " ,;()");
				if (n > 4 && p[3] == '.' && p[4])
					snprintf(article, sizeof(article), "%.*s", (int)(n - 4), p + 4);
				else if (an && an < sizeof(article)) {
					snprintf(article, sizeof(article), "%.*s", (int)an, q);
					n = (size_t)(q - p) + an;
				}
			} else {
				if (title.len)
					pv_strbuf_add(&title, " ");
				pv_strbuf_addn(&title, p, n);
			}
			p += n;
			while (*p && strchr(" ,;()", *p))
				p++;
		}
		/* Only a title: kept as written ("Wet (tijdelijk), deel 2"). */
		if (!bwb[0] && !url[0] && !article[0]) {
			title.len = 0;
			pv_strbuf_add(&title, text);
		}
	}
	if (title.oom) {
		free(title.s);
		json_decref(law);
		oom(im);
		return NULL;
	}
	char *fields[] = {title.len ? title.s : NULL, article, bwb, url};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		if (!fields[i])
			continue;
		pv_replace_all(fields[i], PV_CELL_SEMICOLON, ";");
		pv_replace_all(fields[i], PV_CELL_BAR, "|");
	}
	set_str(im, law, "title", title.len ? title.s : (bwb[0] ? bwb : text));
	free(title.s);
	set_str(im, law, "bwb", bwb[0] ? bwb : NULL);
	set_str(im, law, "article", article[0] ? article : NULL);
	set_str(im, law, "url", url[0] ? url : NULL);
	return law;
}

/* The laws of one line: several separated by " ; " (the export) or ";". */
static json_t *parse_laws(importer *im, pv_field f, const char *line)
{
	json_t *laws = json_array();
	pv_strlist parts = {0};
	if (!laws) {
		oom(im);
		return NULL;
	}
	if (!line)
		return laws;
	pv_split_at(&parts, line, ';');
	for (size_t i = 0; i < parts.n; i++) {
		char folded[64];
		pv_fold_into(folded, sizeof(folded), parts.items[i]);
		if (pv_yes_no_word(folded) == 0)
			continue; /* "geen", "n.v.t." */
		if (pv_refers_elsewhere(folded)) {
			report(im, ITEM_UNMAPPED, f, parts.items[i],
			       "verwijst naar een andere plek en noemt geen wet: niet overgenomen; noem "
			       "de wet en het artikel",
			       "points elsewhere and names no law: not taken over; name the law and "
			       "the article");
			continue;
		}
		push(im, laws, parse_law(im, f, parts.items[i]));
	}
	if (parts.oom)
		oom(im);
	pv_strlist_free(&parts);
	return laws;
}

/* Line `i` of an aligned column: the line itself when the column has as
 * many lines as there are items, the only line when it has one (it holds
 * for all), else NULL. */
static const char *aligned(const pv_strlist *l, size_t i, size_t count)
{
	if (l->n == count)
		return l->items[i];
	if (l->n == 1)
		return l->items[0];
	return NULL;
}

/* Line `i` of a column aligned one to one with `count` items (a recipient's
 * English name or role, a data category's own name): NULL when the column
 * does not have exactly that many lines, or when the line says "geen" (the
 * export's filler). */
static const char *line_for(const pv_strlist *l, size_t i, size_t count)
{
	if (l->n != count || i >= l->n || says_none(l->items[i]))
		return NULL;
	return l->items[i];
}

/* Reports a column that should have one line per item (recipient, data
 * category) and has not: its lines are not taken over. */
static void lines_match(importer *im, pv_field f, const pv_strlist *l, size_t count,
                        const char *items_nl, const char *items_en)
{
	char nl[300], en[300];
	if (!l->n || l->n == count)
		return;
	snprintf(nl, sizeof(nl), "het aantal regels past niet bij het aantal %s: zet één regel per "
	         "item, in dezelfde volgorde ('geen' waar niets geldt); niet overgenomen", items_nl);
	snprintf(en, sizeof(en), "the number of lines does not match the number of %s: put one line "
	         "per item, in the same order ('none' where nothing applies); not taken over",
	         items_en);
	report(im, ITEM_UNMAPPED, f, cell(im, f), nl, en);
}

/* Line `i` of `l`, or NULL when there is none or it is the export's filler
 * "geen" (a purpose without an English description). */
static const char *text_or_null(const pv_strlist *l, size_t i)
{
	char folded[16];
	if (i >= l->n)
		return NULL;
	pv_fold_into(folded, sizeof(folded), l->items[i]);
	return strcmp(folded, "geen") == 0 ? NULL : l->items[i];
}

/* ---- purposes ------------------------------------------------------------- */

/* The law column of a row: with one purpose, every line of it is a law of
 * that purpose (joined into one line of laws); with several, a column
 * whose lines do not match the purposes is reported, not guessed. */
static void laws_for_purposes(importer *im, pv_strlist *laws, size_t count)
{
	if (laws->n > 1 && count == 1) {
		pv_strbuf b = PV_STRBUF_INIT;
		for (size_t i = 0; i < laws->n; i++)
			pv_strbuf_printf(&b, "%s%s", i ? " ; " : "", laws->items[i]);
		char *joined = pv_strbuf_take(&b);
		if (!joined) {
			oom(im);
			return;
		}
		pv_strlist_free(laws);
		pv_split_lines(laws, joined);
		free(joined);
	} else if (laws->n > 1 && laws->n != count) {
		report(im, ITEM_UNMAPPED, PV_F_LAW, cell(im, PV_F_LAW),
		       "het aantal regels met wetten past niet bij het aantal doelen: zet de wetten "
		       "van elk doel op de regel van dat doel (meerdere wetten gescheiden door ';')",
		       "the number of lines of laws does not match the number of purposes: put the "
		       "laws of each purpose on that purpose's line (several separated by ';')");
		pv_strlist_free(laws);
	}
}

/* The purpose category that goes with a legal basis when the sheet names
 * none (reported as an assumption). */
static const char *category_for_basis(const char *basis)
{
	if (basis && strcmp(basis, "legal-obligation") == 0)
		return "legal-compliance";
	return "public-service";
}

static void purposes(importer *im, json_t *act, json_t **ids_out)
{
	pv_strlist nl = {0}, en = {0}, ids = {0}, bases = {0}, cats = {0}, laws = {0};
	pv_strlist outside = {0}, parental = {0};
	json_t *list = json_array(), *ids_seen = json_array();
	const char *text_nl = cell(im, PV_F_PURPOSE_NL), *text_en = cell(im, PV_F_PURPOSE_EN);
	size_t count;

	*ids_out = ids_seen;
	if (!list || !ids_seen) {
		json_decref(list);
		oom(im);
		return;
	}
	pv_split_lines(&nl, text_nl);
	pv_split_lines(&en, text_en);
	pv_split_lines(&ids, cell(im, PV_F_PURPOSE_ID));
	pv_split_lines(&bases, cell(im, PV_F_BASIS));
	pv_split_lines(&cats, cell(im, PV_F_PURPOSE_CATEGORY));
	pv_split_lines(&laws, cell(im, PV_F_LAW));
	pv_split_lines(&outside, cell(im, PV_F_PURPOSE_OUTSIDE_TASKS));
	pv_split_lines(&parental, cell(im, PV_F_PURPOSE_PARENTAL_CONSENT));
	count = nl.n > en.n ? nl.n : en.n;
	/* A description over several lines is one purpose unless the other
	 * columns say there are as many purposes (or the ids do), or the
	 * lines are a list ("1. ...", "- ..."): one purpose per item. */
	if (count > 1 && bases.n != count && ids.n != count &&
	    !(nl.listed == nl.n && en.listed == en.n)) {
		char *joined_nl = NULL, *joined_en = NULL;
		pv_strbuf b = PV_STRBUF_INIT;
		for (size_t i = 0; i < nl.n; i++)
			pv_strbuf_printf(&b, "%s%s", i ? " " : "", nl.items[i]);
		joined_nl = pv_strbuf_take(&b);
		for (size_t i = 0; i < en.n; i++)
			pv_strbuf_printf(&b, "%s%s", i ? " " : "", en.items[i]);
		joined_en = pv_strbuf_take(&b);
		pv_strlist_free(&nl);
		pv_strlist_free(&en);
		if (joined_nl)
			pv_split_lines(&nl, joined_nl);
		if (joined_en)
			pv_split_lines(&en, joined_en);
		free(joined_nl);
		free(joined_en);
		count = 1;
	}
	if (count == 0 && (bases.n || laws.n))
		count = bases.n ? bases.n : 1;
	/* No purpose at all: one, with its description still to write and
	 * its basis not stated, so the register loads and check names both. */
	if (count == 0) {
		report(im, ITEM_MISSING, PV_F_PURPOSE_NL, NULL,
		       "geen doel: één doel geschreven met grondslag 'niet vermeld' en een lege "
		       "beschrijving; noem het doel met zijn grondslag",
		       "no purpose: one purpose written with legal basis 'not stated' and an empty "
		       "description; give the purpose with its legal basis");
		count = 1;
	}
	laws_for_purposes(im, &laws, count);
	if (bases.n > 1 && bases.n != count)
		report(im, ITEM_UNMAPPED, PV_F_BASIS, cell(im, PV_F_BASIS),
		       "het aantal grondslagen past niet bij het aantal doelen: zet één grondslag per "
		       "regel, in de volgorde van de doelen",
		       "the number of legal bases does not match the number of purposes: put one "
		       "basis per line, in the order of the purposes");
	for (size_t i = 0; i < count && !im->status; i++) {
		json_t *p = json_object();
		const char *basis_text = aligned(&bases, i, count), *basis = NULL, *cat = NULL;
		const char *cat_text = aligned(&cats, i, count), *id_text = aligned(&ids, i, count);
		const char *law_text = aligned(&laws, i, count), *law_in_basis = NULL;
		char id[72], basis_part[512];
		pv_vocab_key k[MAX_KEYS], bk;
		int several = 0;
		size_t basis_len;

		if (!p) {
			oom(im);
			break;
		}
		if (id_text && pv_is_slug(id_text) && ids.n == count)
			snprintf(id, sizeof(id), "%s", id_text);
		else
			snprintf(id, sizeof(id), "doel-%zu", i + 1);
		set_str(im, p, "id", id);
		push(im, ids_seen, json_string(id));
		/* "Art. 6 lid 1 sub e AVG jo. Wmo 2015": the basis, and the law
		 * when the law column names none. */
		if (basis_text && (law_in_basis = pv_sheet_basis_law(basis_text, &basis_len)) &&
		    basis_len < sizeof(basis_part)) {
			memcpy(basis_part, basis_text, basis_len);
			basis_part[basis_len] = '\0';
			if (law_text)
				report(im, ITEM_UNMAPPED, PV_F_BASIS, law_in_basis,
				       "de grondslag noemt een wet, maar de kolom met de wet noemt al een "
				       "wet; niet overgenomen: zet de wetten samen in die kolom",
				       "the legal basis names a law, but the law column already names one; "
				       "not taken over: put the laws together in that column");
			else
				law_text = law_in_basis;
			basis_text = basis_part;
		}
		if (basis_text && (bk = map_one(im, PV_VOCAB_LEGAL_BASIS, basis_text, &several)) !=
		                      PV_VOCAB_NONE)
			basis = key_of(PV_VOCAB_LEGAL_BASIS, bk);
		else if (basis_text && several)
			report(im, ITEM_MISSING, PV_F_BASIS, basis_text,
			       "deze cel noemt meer dan één grondslag voor één doel; privicon kiest er "
			       "geen: 'niet vermeld' geschreven (basis-not-stated); zet elk doel met "
			       "zijn eigen grondslag op een eigen regel",
			       "this cell names more than one legal basis for one purpose; privicon "
			       "picks none: 'not stated' written (basis-not-stated); put each purpose "
			       "with its own basis on a line of its own");
		else if (basis_text)
			report(im, ITEM_MISSING, PV_F_BASIS, basis_text,
			       "geen grondslag uit art. 6 lid 1 AVG herkend: 'niet vermeld' geschreven "
			       "(basis-not-stated); schrijf bijvoorbeeld 'publieke taak' of 'wettelijke "
			       "verplichting'",
			       "no legal basis of Art. 6(1) GDPR recognised: 'not stated' written "
			       "(basis-not-stated); write for example 'public task' or 'legal "
			       "obligation'");
		else
			report(im, ITEM_MISSING, PV_F_BASIS, NULL,
			       "de grondslag van dit doel ontbreekt (art. 6 lid 1 AVG): 'niet vermeld' "
			       "geschreven (basis-not-stated)",
			       "the legal basis of this purpose is missing (Art. 6(1) GDPR): 'not "
			       "stated' written (basis-not-stated)");
		set_str(im, p, "basis", basis ? basis : "not-stated");
		if (cat_text && map_text(im, PV_VOCAB_PURPOSE_CATEGORY, cat_text, k, MAX_KEYS)) {
			cat = key_of(PV_VOCAB_PURPOSE_CATEGORY, k[0]);
		} else {
			cat = category_for_basis(basis);
			{
				char nl_msg[200], en_msg[200];
				snprintf(nl_msg, sizeof(nl_msg), basis ? "doelcategorie '%s' gekozen bij de "
				         "grondslag; controleer of die past" : "doelcategorie '%s' "
				         "aangenomen; controleer of die past",
				         pv_vocab_label(PV_VOCAB_PURPOSE_CATEGORY,
				                        pv_vocab_find(PV_VOCAB_PURPOSE_CATEGORY, cat), "nl"));
				snprintf(en_msg, sizeof(en_msg), basis ? "purpose category '%s' chosen from "
				         "the legal basis; check that it fits" : "purpose category '%s' "
				         "assumed; check that it fits",
				         pv_vocab_label(PV_VOCAB_PURPOSE_CATEGORY,
				                        pv_vocab_find(PV_VOCAB_PURPOSE_CATEGORY, cat), "en"));
				report(im, ITEM_ASSUMED, PV_F_PURPOSE_CATEGORY, cat_text, nl_msg, en_msg);
			}
		}
		set_str(im, p, "category", cat);
		set(im, p, "description",
		    localized(im, PV_F_PURPOSE_NL, PV_F_PURPOSE_EN, text_or_null(&nl, i),
		              text_or_null(&en, i), 0));
		set(im, p, "laws", parse_laws(im, PV_F_LAW, law_text));
		set_str(im, p, "outsidePublicTasks", line_for(&outside, i, count));
		set_str(im, p, "parentalConsent", line_for(&parental, i, count));
		push(im, list, p);
	}
	lines_match(im, PV_F_PURPOSE_OUTSIDE_TASKS, &outside, count, "doelen", "purposes");
	lines_match(im, PV_F_PURPOSE_PARENTAL_CONSENT, &parental, count, "doelen", "purposes");
	if (nl.oom || en.oom || ids.oom || bases.oom || cats.oom || laws.oom || outside.oom ||
	    parental.oom)
		oom(im);
	pv_strlist_free(&outside);
	pv_strlist_free(&parental);
	pv_strlist_free(&nl);
	pv_strlist_free(&en);
	pv_strlist_free(&ids);
	pv_strlist_free(&bases);
	pv_strlist_free(&cats);
	pv_strlist_free(&laws);
	set(im, act, "purposes", list);
}

/* ---- lists of vocabulary terms ----------------------------------------- */

/* `what` followed by the words the import knows for vocabulary `id`
 * ("...; kies uit: inwoners, aanvragers, ..."), so the officer need not
 * look the list up; not-stated is no choice. `en`: the English labels. */
static void with_choices(char *out, size_t cap, const char *what, pv_vocab_id id, int en)
{
	const pv_vocab *v = pv_vocab_get(id);
	pv_strbuf b = PV_STRBUF_INIT;
	pv_strbuf_add(&b, what);
	pv_strbuf_add(&b, en ? "; choose from: " : "; kies uit: ");
	for (size_t i = 0, n = 0; v && i < v->count; i++) {
		if (pv_vocab_is_not_stated(id, (pv_vocab_key)i))
			continue;
		const char *w = en ? v->terms[i].en : pv_vocab_word(id, (pv_vocab_key)i);
		pv_strbuf_add(&b, n++ ? ", " : "");
		pv_strbuf_add(&b, w ? w : v->terms[i].key);
	}
	snprintf(out, cap, "%s", b.s && !b.oom ? b.s : what);
	free(b.s);
}

/*
 * A group of people named in a phrase ("Inwoners die ondersteuning
 * aanvragen", "Aanvragers parkeervergunning", "Cliënten Wmo"): the first
 * word when it alone names one group. Not when the phrase says whose they
 * are ("Medewerkers van ketenpartners" are not our employees) or holds
 * another group after "en". Returns 1 with the key in keys[0], else 0.
 */
static size_t subject_head(importer *im, const char *phrase, pv_vocab_key *keys)
{
	char first[64], folded[256];
	size_t len = strcspn(phrase, " \t,;:");
	if (len == 0 || len >= sizeof(first) || !phrase[len])
		return 0;
	pv_fold_into(folded, sizeof(folded), phrase);
	static const char *const owners[] = {" van ", " of ", " bij ", " at ", " en ", " and ",
	                                     " or ", " niet ", " not ", " geen ", NULL};
	for (const char *const *o = owners; *o; o++)
		if (strstr(folded, *o))
			return 0;
	snprintf(first, sizeof(first), "%.*s", (int)len, phrase);
	pv_vocab_key k[MAX_KEYS];
	if (map_text(im, PV_VOCAB_DATA_SUBJECT, first, k, MAX_KEYS) != 1 ||
	    pv_vocab_is_not_stated(PV_VOCAB_DATA_SUBJECT, k[0]))
		return 0;
	keys[0] = k[0];
	return 1;
}

/* Appends the keys a list cell names (one item per line, or separated by
 * ';' or ','), each once; unmapped items are reported with the words to
 * choose from. Returns how many items there were. */
static size_t vocab_list(importer *im, pv_field f, const char *text, pv_vocab_id id,
                         json_t *out, const char *unmapped_nl, const char *unmapped_en)
{
	pv_strlist lines = {0};
	size_t items = 0;
	char msg_nl[700], msg_en[700];

	with_choices(msg_nl, sizeof(msg_nl), unmapped_nl, id, 0);
	with_choices(msg_en, sizeof(msg_en), unmapped_en, id, 1);
	pv_split_lines(&lines, text);
	for (size_t i = 0; i < lines.n; i++) {
		pv_strlist parts = {0};
		pv_vocab_key k[MAX_KEYS];
		size_t n = map_text(im, id, lines.items[i], k, MAX_KEYS);
		if (n) {
			parts.n = 0;
		} else {
			pv_split_items(&parts, lines.items[i]);
		}
		for (size_t p = 0; p <= parts.n; p++) {
			if (parts.n) {
				if (p == parts.n)
					break;
				n = map_text(im, id, parts.items[p], k, MAX_KEYS);
			} else if (p > 0) {
				break;
			}
			const char *shown = parts.n ? parts.items[p] : lines.items[i];
			char folded[64];
			pv_fold_into(folded, sizeof(folded), shown);
			if (!n && pv_yes_no_word(folded) == 0)
				continue; /* "geen", "nee" */
			items++;
			if (!n && id == PV_VOCAB_DATA_SUBJECT && (n = subject_head(im, shown, k))) {
				char nl[300], en[300];
				snprintf(nl, sizeof(nl), "gelezen als '%s' (het eerste woord); controleer dat "
				         "de rest de groep niet verandert",
				         pv_vocab_label(id, k[0], "nl"));
				snprintf(en, sizeof(en), "read as '%s' (the first word); check that the rest "
				         "does not change the group",
				         pv_vocab_label(id, k[0], "en"));
				report(im, ITEM_ASSUMED, f, shown, nl, en);
			}
			if (!n)
				report(im, ITEM_UNMAPPED, f, shown, msg_nl, msg_en);
			for (size_t j = 0; j < n; j++) {
				const char *key = key_of(id, k[j]);
				size_t a;
				json_t *v;
				int dup = 0;
				json_array_foreach(out, a, v)
					if (json_is_string(v) && strcmp(json_string_value(v), key) == 0)
						dup = 1;
				if (!dup)
					push(im, out, json_string(key));
			}
		}
		if (parts.oom)
			oom(im);
		pv_strlist_free(&parts);
	}
	if (lines.oom)
		oom(im);
	pv_strlist_free(&lines);
	return items;
}

static void subjects(importer *im, json_t *act)
{
	json_t *list = json_array();
	if (!list) {
		oom(im);
		return;
	}
	vocab_list(im, PV_F_SUBJECTS, cell(im, PV_F_SUBJECTS), PV_VOCAB_DATA_SUBJECT, list,
	           "geen bekende groep betrokkenen", "no known group of data subjects");
	if (json_array_size(list) == 0) {
		report(im, ITEM_MISSING, PV_F_SUBJECTS, NULL,
		       "geen betrokkenen: 'niet vermeld' geschreven (subjects-not-stated); noem van "
		       "wie de gegevens zijn",
		       "no data subjects: 'not stated' written (subjects-not-stated); say whose data "
		       "these are");
		push(im, list, json_string("not-stated"));
	}
	set(im, act, "dataSubjects", list);
	optional_fact(im, act, "largeScale", PV_F_LARGE_SCALE);
}

/* ---- personal data -------------------------------------------------------- */

/* A source cell: the source, and the base registry when it names one
 * ("BRP" is source base-registry, registry brp). */
static int map_source(importer *im, const char *text, const char **source, const char **registry)
{
	pv_vocab_key k;
	*source = NULL;
	*registry = NULL;
	if (!text)
		return 0;
	/* "Betrokkene en BRP" names two sources: which data come from where
	 * is not said, so neither is chosen. */
	if ((k = map_one(im, PV_VOCAB_BASE_REGISTRY, text, NULL)) != PV_VOCAB_NONE) {
		*source = "base-registry";
		*registry = key_of(PV_VOCAB_BASE_REGISTRY, k);
		return 1;
	}
	if ((k = map_one(im, PV_VOCAB_DATA_SOURCE, text, NULL)) != PV_VOCAB_NONE) {
		*source = key_of(PV_VOCAB_DATA_SOURCE, k);
		return 1;
	}
	return 0;
}

/* Adds one data category; takes over `purposes`, `laws` and `label`. */
static void add_data(importer *im, json_t *list, const char *kind, const char *source,
                     const char *registry, const char *art9, json_t *purposes, json_t *laws,
                     json_t *label, const char *area)
{
	json_t *o = json_object(), *v;
	size_t i;

	if (!o) {
		json_decref(purposes);
		json_decref(laws);
		json_decref(label);
		oom(im);
		return;
	}
	set_str(im, o, "kind", kind);
	set_str(im, o, "source", source);
	set_str(im, o, "registry", registry);
	if (purposes)
		set(im, o, "purposes", purposes);
	set_str(im, o, "art9Condition", art9);
	if (label)
		set(im, o, "label", label);
	set(im, o, "laws", laws ? laws : json_array());
	set_str(im, o, "area", area);
	/* The same entry twice ("naam" and "NAW" in one cell) once. */
	json_array_foreach(list, i, v) {
		if (json_equal(v, o)) {
			json_decref(o);
			return;
		}
	}
	push(im, list, o);
}

/* What a camera or sensor observes, from "openbaar toegankelijk" or "niet
 * openbaar toegankelijk" (the export's words) and the like; NULL when
 * `text` is NULL or says neither (reported). */
static const char *area_of(importer *im, const char *text)
{
	char folded[128];
	if (!text)
		return NULL;
	pv_fold_into(folded, sizeof(folded), text);
	if (strstr(folded, "niet openbaar") || strstr(folded, "not public") ||
	    strstr(folded, "besloten") || strstr(folded, "niet publiek"))
		return "not-publicly-accessible";
	if (strstr(folded, "openbaar") || strstr(folded, "publicly") || strstr(folded, "publiek") ||
	    strstr(folded, "openbare ruimte") || strcmp(folded, "public") == 0)
		return "publicly-accessible";
	report(im, ITEM_UNMAPPED, PV_F_DATA_AREA, text,
	       "niet herkend wat de camera of sensor ziet: schrijf 'openbaar toegankelijk' of "
	       "'niet openbaar toegankelijk'",
	       "not recognised what the camera or sensor observes: write 'publicly accessible' or "
	       "'not publicly accessible'");
	return NULL;
}

/* `text` after a leading "ja, " or "yes: " ("Ja, gezondheid" names
 * health); `text` itself when it does not start so. */
static const char *skip_yes(const char *text)
{
	char head[8], first[8];
	size_t n = strcspn(text, ",:;");
	if (n < sizeof(head) && text[n]) {
		memcpy(head, text, n);
		head[n] = '\0';
		pv_fold_into(first, sizeof(first), head);
		if (strcmp(first, "ja") == 0 || strcmp(first, "yes") == 0) {
			text += n + 1;
			while (*text == ' ')
				text++;
		}
	}
	return text;
}

static void personal_data(importer *im, json_t *act, json_t *purpose_ids)
{
	pv_strlist lines = {0}, sources = {0}, registries = {0}, art9s = {0}, refs = {0}, laws = {0};
	pv_strlist labels_nl = {0}, labels_en = {0}, areas = {0};
	json_t *list = json_array();
	const char *special = cell(im, PV_F_SPECIAL);
	size_t count, data_lines;

	if (!list) {
		oom(im);
		return;
	}
	pv_split_lines(&lines, cell(im, PV_F_DATA));
	data_lines = lines.n;
	/* Special categories from their own column join the list (a line from
	 * there is reported against that column). */
	if (special) {
		char folded[64];
		pv_fold_into(folded, sizeof(folded), special);
		int yn = pv_yes_no_word(folded);
		if (yn == 1 && strlen(folded) <= 3)
			report(im, ITEM_UNMAPPED, PV_F_SPECIAL, special,
			       "welke bijzondere persoonsgegevens? Noem de soort (bijvoorbeeld "
			       "gezondheid)",
			       "which special categories? Name the kind (for example health)");
		else if (yn != 0)
			pv_split_lines(&lines, skip_yes(special));
	}
	pv_split_lines(&sources, cell(im, PV_F_DATA_SOURCE));
	pv_split_lines(&registries, cell(im, PV_F_DATA_REGISTRY));
	pv_split_lines(&art9s, cell(im, PV_F_DATA_ART9));
	pv_split_lines(&refs, cell(im, PV_F_DATA_PURPOSES));
	pv_split_lines(&laws, cell(im, PV_F_DATA_LAW));
	pv_split_lines(&labels_nl, cell(im, PV_F_DATA_LABEL_NL));
	pv_split_lines(&labels_en, cell(im, PV_F_DATA_LABEL_EN));
	pv_split_lines(&areas, cell(im, PV_F_DATA_AREA));
	count = lines.n;
	lines_match(im, PV_F_DATA_AREA, &areas, count, "regels met gegevens", "lines of data");
	lines_match(im, PV_F_DATA_LABEL_NL, &labels_nl, count, "regels met gegevens",
	            "lines of data");
	lines_match(im, PV_F_DATA_LABEL_EN, &labels_en, count, "regels met gegevens",
	            "lines of data");
	if (sources.n > 1 && sources.n != count)
		report(im, ITEM_UNMAPPED, PV_F_DATA_SOURCE, cell(im, PV_F_DATA_SOURCE),
		       "het aantal bronnen past niet bij het aantal regels met gegevens: zet één bron "
		       "per regel, of één bron voor alles",
		       "the number of sources does not match the lines of data: put one source per "
		       "line, or one source for all");
	for (size_t i = 0; i < count && !im->status; i++) {
		const char *src_text = aligned(&sources, i, count), *source, *registry;
		const char *reg_text = aligned(&registries, i, count);
		const char *art9_text = aligned(&art9s, i, count), *art9 = NULL;
		const char *ref_text = aligned(&refs, i, count);
		const char *label_nl = line_for(&labels_nl, i, count);
		const char *label_en = line_for(&labels_en, i, count);
		const char *area = area_of(im, line_for(&areas, i, count));
		json_t *label = NULL;
		/* "geen": the export's filler for an item without a value. */
		if (reg_text && says_none(reg_text))
			reg_text = NULL;
		if (art9_text && says_none(art9_text))
			art9_text = NULL;
		if (ref_text && says_none(ref_text))
			ref_text = NULL;
		pv_strlist parts = {0};
		pv_vocab_key k[MAX_KEYS], rk[MAX_KEYS], ak[MAX_KEYS];
		size_t n = map_text(im, PV_VOCAB_DATA_CATEGORY, lines.items[i], k, MAX_KEYS);

		if (!map_source(im, src_text, &source, &registry)) {
			if (src_text)
				report(im, ITEM_MISSING, PV_F_DATA_SOURCE, src_text,
				       "geen bekende bron: 'niet vermeld' geschreven (source-not-stated); "
				       "schrijf bijvoorbeeld 'betrokkene', 'BRP', 'andere organisatie' of "
				       "'camera'",
				       "no known source: 'not stated' written (source-not-stated); write "
				       "for example 'data subject', 'BRP', 'other organisation' or "
				       "'camera'");
			else if (i == 0 || sources.n > 1)
				report(im, ITEM_MISSING, PV_F_DATA_SOURCE, NULL,
				       "de bron van de gegevens ontbreekt (van de inwoner zelf, uit de "
				       "BRP, van een andere organisatie, camera, ...): 'niet vermeld' "
				       "geschreven (source-not-stated); voeg een kolom Bron toe met de bron "
				       "op elke regel van de gegevens; een standaardwaarde in het "
				       "mapping-bestand alleen als elke verwerking in het werkblad dezelfde "
				       "bron heeft",
				       "the source of the data is missing (the resident, the BRP, "
				       "another organisation, a camera, ...): 'not stated' written "
				       "(source-not-stated); add a column Bron (source) with the source on "
				       "each line of the data; a default in the mapping file only when "
				       "every activity in the sheet has the same source");
			source = "not-stated";
		}
		if (reg_text && map_text(im, PV_VOCAB_BASE_REGISTRY, reg_text, rk, MAX_KEYS))
			registry = key_of(PV_VOCAB_BASE_REGISTRY, rk[0]);
		if (art9_text && map_text(im, PV_VOCAB_SPECIAL_CONDITION, art9_text, ak, MAX_KEYS))
			art9 = key_of(PV_VOCAB_SPECIAL_CONDITION, ak[0]);
		else if (art9_text)
			report(im, ITEM_UNMAPPED, PV_F_DATA_ART9, art9_text,
			       "geen uitzondering uit art. 9 lid 2 AVG herkend",
			       "no condition of Art. 9(2) GDPR recognised");
		if (!n)
			pv_split_items(&parts, lines.items[i]);
		/* An own name belongs to one kind: the nearest kind of the line. */
		if ((label_nl || label_en) && n == 1)
			label = localized(im, PV_F_DATA_LABEL_NL, PV_F_DATA_LABEL_EN, label_nl, label_en, 0);
		else if (label_nl || label_en)
			report(im, ITEM_UNMAPPED, label_nl ? PV_F_DATA_LABEL_NL : PV_F_DATA_LABEL_EN,
			       label_nl ? label_nl : label_en,
			       "een eigen naam hoort bij één soort gegevens: zet op die regel alleen de "
			       "soort die het dichtst in de buurt komt; niet overgenomen",
			       "an own name belongs to one kind of data: put only the nearest kind on "
			       "that line; not taken over");
		for (size_t p = 0; p < (n ? 1 : parts.n); p++) {
			size_t got = n;
			pv_vocab_key pk[MAX_KEYS];
			const pv_vocab_key *use = k;
			if (!n) {
				char folded[64];
				got = map_text(im, PV_VOCAB_DATA_CATEGORY, parts.items[p], pk, MAX_KEYS);
				use = pk;
				pv_fold_into(folded, sizeof(folded), parts.items[p]);
				if (!got && pv_yes_no_word(folded) != 0)
					report(im, ITEM_UNMAPPED, i < data_lines ? PV_F_DATA : PV_F_SPECIAL,
					       parts.items[p],
					       "geen bekende soort persoonsgegevens: kies de soort die past, of "
					       "noteer dit gegeven in de interne notitie",
					       "no known kind of personal data: choose the kind that fits, or "
					       "note it in the internal note");
			}
			for (size_t g = 0; g < got; g++) {
				const char *kind = key_of(PV_VOCAB_DATA_CATEGORY, use[g]);
				json_t *prefs = NULL;
				int cls = pv_data_class_of(use[g]);
				if (ref_text) {
					pv_strlist r = {0};
					char *work = strdup(ref_text);
					prefs = json_array();
					if (!work || !prefs) {
						free(work);
						oom(im);
						break;
					}
					for (char *c = work; *c; c++)
						if (*c == ' ')
							*c = ',';
					pv_split_items(&r, work);
					free(work);
					for (size_t x = 0; x < r.n; x++) {
						size_t y;
						json_t *id;
						int known = 0;
						json_array_foreach(purpose_ids, y, id)
							if (strcmp(json_string_value(id), r.items[x]) == 0)
								known = 1;
						if (known)
							push(im, prefs, json_string(r.items[x]));
						else
							report(im, ITEM_UNMAPPED, PV_F_DATA_PURPOSES, r.items[x],
							       "geen doel-id van deze activiteit",
							       "not a purpose id of this activity");
					}
					pv_strlist_free(&r);
				}
				add_data(im, list, kind, source, registry,
				         cls == PV_DATA_SPECIAL ? art9 : NULL, prefs,
				         parse_laws(im, PV_F_DATA_LAW, aligned(&laws, i, count)),
				         label ? json_incref(label) : NULL, area);
			}
		}
		json_decref(label);
		if (parts.oom)
			oom(im);
		pv_strlist_free(&parts);
	}
	if (json_array_size(list) == 0 && !im->status) {
		const char *source = NULL, *registry = NULL;
		report(im, ITEM_MISSING, PV_F_DATA, NULL,
		       "geen persoonsgegevens: 'niet vermeld' geschreven (data-not-stated); noem welke "
		       "gegevens u gebruikt",
		       "no personal data: 'not stated' written (data-not-stated); say which data you "
		       "use");
		if (!map_source(im, sources.n ? sources.items[0] : NULL, &source, &registry))
			source = "not-stated";
		add_data(im, list, "not-stated", source, registry, NULL, NULL, NULL, NULL, NULL);
	}
	if (lines.oom || sources.oom || registries.oom || art9s.oom || refs.oom || laws.oom ||
	    labels_nl.oom || labels_en.oom || areas.oom)
		oom(im);
	pv_strlist_free(&labels_nl);
	pv_strlist_free(&labels_en);
	pv_strlist_free(&areas);
	pv_strlist_free(&lines);
	pv_strlist_free(&sources);
	pv_strlist_free(&registries);
	pv_strlist_free(&art9s);
	pv_strlist_free(&refs);
	pv_strlist_free(&laws);
	set(im, act, "personalData", list);
}

/* ---- recipients ------------------------------------------------------------ */


/* The names in a cell of recipients or processors: after a leading "ja, "
 * ("Ja, Leverancier X"); NULL when the cell only says yes ("Ja": there is
 * one, unnamed; *unnamed is set and the officer is asked to name it, no
 * recipient "Ja" is made). */
static const char *names_after_yes(importer *im, pv_field f, const char *text, int *unnamed)
{
	char folded[64];
	const char *rest;
	if (!text)
		return NULL;
	pv_fold_into(folded, sizeof(folded), text);
	if (pv_yes_no_word(folded) != 1)
		return text;
	rest = skip_yes(text);
	if (rest != text && *rest)
		return rest;
	*unnamed = 1;
	report(im, ITEM_UNMAPPED, f, text,
	       "er is er een, maar wie? Noem de naam (en de soort): niet overgenomen",
	       "there is one, but who? Give the name (and the kind): not taken over");
	return NULL;
}

/* Recipients written on one line ("Belastingdienst, UWV"): a line that
 * names no kind of recipient as a whole is split at ',' and ';' when a
 * part names one (the parts that name none are reported one by one);
 * otherwise it stays (and is reported as it is). */
static void split_recipient_lines(importer *im, pv_strlist *lines)
{
	pv_strlist out = {0};
	for (size_t i = 0; i < lines->n; i++) {
		pv_strlist parts = {0};
		pv_vocab_key k[MAX_KEYS];
		int any = 0;
		if (!strstr(lines->items[i], ": ") &&
		    !map_text(im, PV_VOCAB_RECIPIENT_KIND, lines->items[i], k, MAX_KEYS))
			pv_split_items(&parts, lines->items[i]);
		/* split when any part names a kind; the others are reported
		 * one by one */
		for (size_t p = 0; p < parts.n && !any; p++)
			any = map_text(im, PV_VOCAB_RECIPIENT_KIND, parts.items[p], k, MAX_KEYS) > 0;
		if (parts.n > 1 && any)
			for (size_t p = 0; p < parts.n; p++)
				pv_split_lines(&out, parts.items[p]);
		else
			pv_split_lines(&out, lines->items[i]);
		if (parts.oom)
			oom(im);
		pv_strlist_free(&parts);
	}
	if (out.oom)
		oom(im);
	pv_strlist_free(lines);
	*lines = out;
}

/*
 * "Laposta (verwerker)": the words in brackets are the kind of recipient,
 * not part of its name, when they alone name a kind and the rest does
 * not. Sets *kind and writes the name without them into `name`; returns
 * 1, or 0 when the brackets are no kind (then nothing is set).
 */
static int kind_in_brackets(const char *line, const char **kind, char *name, size_t cap)
{
	const char *open = strchr(line, '('), *close = open ? strchr(open, ')') : NULL;
	char inside[200];
	pv_vocab_key k[MAX_KEYS];
	size_t before;

	if (!open || !close || (size_t)(close - open) > sizeof(inside))
		return 0;
	snprintf(inside, sizeof(inside), "%.*s", (int)(close - open - 1), open + 1);
	for (before = (size_t)(open - line); before && line[before - 1] == ' '; before--)
		;
	if (!before || close[1 + strspn(close + 1, " ")] != '\0')
		return 0;
	snprintf(name, cap, "%.*s", (int)before, line);
	if (!pv_sheet_terms(PV_VOCAB_RECIPIENT_KIND, inside, k, MAX_KEYS) ||
	    pv_sheet_terms(PV_VOCAB_RECIPIENT_KIND, name, k + 1, MAX_KEYS - 1))
		return 0;
	*kind = key_of(PV_VOCAB_RECIPIENT_KIND, k[0]);
	return 1;
}

/* The recipient in `list` named `name` (folded alike), or NULL. */
static json_t *recipient_named(json_t *list, const char *name)
{
	char want[256], have[256];
	size_t i;
	json_t *o;
	pv_fold_into(want, sizeof(want), name);
	json_array_foreach(list, i, o) {
		pv_fold_into(have, sizeof(have), json_string_value(json_object_get(o, "name")));
		if (want[0] && strcmp(want, have) == 0)
			return o;
	}
	return NULL;
}

/*
 * The reference of a processing agreement from a cell of the column
 * 'Verwerkersovereenkomst'. The register's agreement is the agreement's
 * reference (kenmerk): "Ja" or "Ja, 2024" says there is one but gives no
 * reference, so nothing is written (check then warns, processor-
 * agreement) and the cell is reported and kept in the note; "Ja,
 * VWO-2024-017" gives the reference after the yes. NULL for no agreement.
 */
static const char *agreement_reference(importer *im, const char *text)
{
	char first[16], folded[16];
	const char *rest;
	size_t n;

	if (!text || says_none(text))
		return NULL;
	n = strcspn(text, " ,;:(.\n");
	if (n >= sizeof(first))
		return text;
	snprintf(first, sizeof(first), "%.*s", (int)n, text);
	pv_fold_into(folded, sizeof(folded), first);
	if (strcmp(folded, "ja") != 0 && strcmp(folded, "yes") != 0)
		return text;
	rest = after_first_word(text);
	if (rest) {
		static const char *const labels[] = {"kenmerk", "referentie", "reference", "ref",
		                                     "nr", "nummer", NULL};
		for (const char *const *l = labels; *l; l++) {
			size_t ln = strlen(*l);
			if (strncasecmp(rest, *l, ln) == 0 && strchr(" .:", rest[ln])) {
				rest += ln + strspn(rest + ln, " .:");
				break;
			}
		}
	}
	/* A reference is one word with a digit and a letter or a sign in it
	 * ("VWO-2024-017"); a year alone ("2024") is not one. */
	if (rest && *rest && !strpbrk(rest, " \t\n") && strpbrk(rest, "0123456789") &&
	    rest[strspn(rest, "0123456789")] != '\0')
		return rest;
	report(im, ITEM_UNMAPPED, PV_F_AGREEMENT, text,
	       "er is een verwerkersovereenkomst, maar er staat geen kenmerk bij: niet "
	       "overgenomen; schrijf het kenmerk van de overeenkomst (zoals VWO-2024-017)",
	       "there is a processing agreement, but no reference is given: not taken over; "
	       "write the agreement's reference (such as VWO-2024-017)");
	return NULL;
}

static void recipients(importer *im, json_t *act)
{
	pv_strlist lines = {0}, procs = {0}, agreements = {0}, names_en = {0}, roles_nl = {0};
	pv_strlist roles_en = {0};
	json_t *r = json_object(), *list = json_array();
	const char *text = cell(im, PV_F_RECIPIENTS), *proc_text = cell(im, PV_F_PROCESSORS);
	const char *outside_text = cell(im, PV_F_OUTSIDE), *sold_text = cell(im, PV_F_SOLD);
	const char *outside;
	int none = 0, stated_not_stated = 0, unnamed = 0;

	if (!r || !list) {
		json_decref(r);
		json_decref(list);
		oom(im);
		return;
	}
	if (text && says_none(text))
		none = 1;
	else if (text && says_not_stated(text))
		stated_not_stated = 1;
	else
		pv_split_lines(&lines, names_after_yes(im, PV_F_RECIPIENTS, text, &unnamed));
	if (proc_text && !says_none(proc_text))
		pv_split_lines(&procs, names_after_yes(im, PV_F_PROCESSORS, proc_text, &unnamed));
	pv_split_lines(&agreements, cell(im, PV_F_AGREEMENT));
	pv_split_lines(&names_en, cell(im, PV_F_RECIPIENT_NAME_EN));
	pv_split_lines(&roles_nl, cell(im, PV_F_RECIPIENT_ROLE_NL));
	pv_split_lines(&roles_en, cell(im, PV_F_RECIPIENT_ROLE_EN));
	if (!names_en.n && !roles_nl.n && !roles_en.n)
		split_recipient_lines(im, &lines);
	lines_match(im, PV_F_RECIPIENT_NAME_EN, &names_en, lines.n, "ontvangers", "recipients");
	lines_match(im, PV_F_RECIPIENT_ROLE_NL, &roles_nl, lines.n, "ontvangers", "recipients");
	lines_match(im, PV_F_RECIPIENT_ROLE_EN, &roles_en, lines.n, "ontvangers", "recipients");
	for (size_t i = 0; i < lines.n; i++) {
		const char *line = lines.items[i], *colon = strstr(line, ": "), *kind = NULL;
		const char *name = line;
		char head[200], name_buf[400];
		pv_vocab_key k[MAX_KEYS];
		if (colon && (size_t)(colon - line) < sizeof(head)) {
			snprintf(head, sizeof(head), "%.*s", (int)(colon - line), line);
			if (map_text(im, PV_VOCAB_RECIPIENT_KIND, head, k, MAX_KEYS)) {
				kind = key_of(PV_VOCAB_RECIPIENT_KIND, k[0]);
				name = colon + 2;
			}
		}
		if (!kind && kind_in_brackets(line, &kind, name_buf, sizeof(name_buf)))
			name = name_buf;
		if (!kind && map_text(im, PV_VOCAB_RECIPIENT_KIND, line, k, MAX_KEYS))
			kind = key_of(PV_VOCAB_RECIPIENT_KIND, k[0]);
		if (!kind) {
			report(im, ITEM_UNMAPPED, PV_F_RECIPIENTS, line,
			       "niet herkend wat voor ontvanger dit is: schrijf de soort ervoor, "
			       "bijvoorbeeld 'andere overheid: Belastingdienst' of 'verwerker: "
			       "Leverancier X'",
			       "not recognised what kind of recipient this is: put the kind in front, "
			       "for example 'other government body: Tax Administration' or 'processor: "
			       "Supplier X'");
			continue;
		}
		json_t *o = json_object();
		if (!o) {
			oom(im);
			break;
		}
		set_str(im, o, "kind", kind);
		set_str(im, o, "name", name);
		/* The export aligns agreements with the recipients. */
		if (!procs.n && agreements.n == lines.n)
			set_str(im, o, "agreement", agreement_reference(im, agreements.items[i]));
		set_str(im, o, "nameEn", line_for(&names_en, i, lines.n));
		{
			const char *role_nl = line_for(&roles_nl, i, lines.n);
			const char *role_en = line_for(&roles_en, i, lines.n);
			if (role_nl || role_en)
				set(im, o, "role", localized(im, PV_F_RECIPIENT_ROLE_NL,
				                             PV_F_RECIPIENT_ROLE_EN, role_nl, role_en, 0));
		}
		push(im, list, o);
	}
	for (size_t i = 0; i < procs.n; i++) {
		const char *agr = agreement_reference(im, aligned(&agreements, i, procs.n));
		/* The same processor in 'Ontvangers' and 'Verwerker' is one. */
		json_t *o = recipient_named(list, procs.items[i]);
		if (o && strcmp(json_string_value(json_object_get(o, "kind")), "processor") == 0) {
			if (agr && !json_object_get(o, "agreement"))
				set_str(im, o, "agreement", agr);
			continue;
		}
		if (!(o = json_object())) {
			oom(im);
			break;
		}
		set_str(im, o, "kind", "processor");
		set_str(im, o, "name", procs.items[i]);
		set_str(im, o, "agreement", agr);
		push(im, list, o);
	}
	outside = fact_word(im, PV_F_OUTSIDE, outside_text);
	if (!outside && stated_not_stated)
		outside = "not-stated";
	if (!outside) {
		if (json_array_size(list) > 0 || unnamed)
			outside = "yes";
		else if (none)
			outside = "no";
	}
	if (!outside) {
		not_stated(im, text ? PV_F_RECIPIENTS : PV_F_OUTSIDE,
		           "of iemand buiten de organisatie de gegevens krijgt (noem de ontvangers, "
		           "of schrijf 'geen')",
		           "whether anyone outside the organisation receives the data (name the "
		           "recipients, or write 'none')");
		outside = "not-stated";
	}
	set(im, r, "outsideController", fact_json(outside));
	if (sold_text) {
		char folded[64];
		pv_fold_into(folded, sizeof(folded), sold_text);
		if (pv_yes_no_word(folded) == 0 || strcmp(folded, "nooit") == 0 ||
		    strcmp(folded, "never") == 0)
			set_str(im, r, "sold", "no");
		else if (pv_not_stated_word(folded))
			set_str(im, r, "sold", "not-stated");
		else
			report(im, ITEM_UNMAPPED, PV_F_SOLD, sold_text,
			       "alleen 'nee' (nooit verkocht) of 'niet vermeld' kan in het register",
			       "only 'no' (never sold) or 'not stated' can go into the register");
	}
	set(im, r, "list", list);
	set(im, act, "recipients", r);
	if (lines.oom || procs.oom || agreements.oom || names_en.oom || roles_nl.oom || roles_en.oom)
		oom(im);
	pv_strlist_free(&lines);
	pv_strlist_free(&procs);
	pv_strlist_free(&agreements);
	pv_strlist_free(&names_en);
	pv_strlist_free(&roles_nl);
	pv_strlist_free(&roles_en);
}

/* ---- transfers ---------------------------------------------------------- */

/* One transfer from "US | scc | recipient" (the export) or free text
 * ("Verenigde Staten (modelcontract)"). NULL when no country is found. */
static json_t *parse_transfer(importer *im, const char *line, int *reported)
{
	char country_text[128] = "", mech_text[200] = "", recipient[400] = "", folded[128];
	const char *code;
	pv_vocab_key k[MAX_KEYS];
	json_t *o;

	if (strstr(line, " | ")) {
		const char *a = strstr(line, " | "), *b = strstr(a + 3, " | ");
		snprintf(country_text, sizeof(country_text), "%.*s", (int)(a - line), line);
		if (b) {
			snprintf(mech_text, sizeof(mech_text), "%.*s", (int)(b - a - 3), a + 3);
			snprintf(recipient, sizeof(recipient), "%s", b + 3);
		} else {
			snprintf(mech_text, sizeof(mech_text), "%s", a + 3);
		}
	} else {
		const char *open = strchr(line, '(');
		const char *close = open ? strchr(open, ')') : NULL;
		const char *colon = strstr(line, ": ");
		if (open && close) {
			snprintf(country_text, sizeof(country_text), "%.*s", (int)(open - line), line);
			snprintf(mech_text, sizeof(mech_text), "%.*s", (int)(close - open - 1), open + 1);
			/* "VS (Microsoft 365)": words in brackets that name no
			 * mechanism are the recipient */
			if (!map_text(im, PV_VOCAB_TRANSFER_MECHANISM, mech_text, k, MAX_KEYS)) {
				snprintf(recipient, sizeof(recipient), "%s", mech_text);
				mech_text[0] = '\0';
			}
		} else if (colon) {
			snprintf(country_text, sizeof(country_text), "%.*s", (int)(colon - line), line);
			snprintf(mech_text, sizeof(mech_text), "%s", colon + 2);
		} else {
			snprintf(country_text, sizeof(country_text), "%s", line);
		}
	}
	pv_fold_into(folded, sizeof(folded), country_text);
	code = pv_country_code(folded);
	if (!code && strlen(folded) == 2)
		code = NULL;
	if (!code)
		return NULL;
	/* The register names who receives the data abroad; a country alone
	 * ("Ja, Verenigde Staten") does not say it. */
	if (!recipient[0]) {
		report(im, ITEM_UNMAPPED, PV_F_COUNTRIES, line,
		       "niet gezegd wie de gegevens in dat land krijgt: niet overgenomen; schrijf "
		       "'land | doorgiftegrond | ontvanger', bijvoorbeeld 'US | modelcontract | "
		       "Leverancier X'",
		       "not said who receives the data in that country: not taken over; write "
		       "'country | mechanism | recipient', for example 'US | scc | Supplier X'");
		*reported = 1;
		return NULL;
	}
	if (!(o = json_object())) {
		oom(im);
		return NULL;
	}
	set_str(im, o, "country", code);
	if (mech_text[0] && map_text(im, PV_VOCAB_TRANSFER_MECHANISM, mech_text, k, MAX_KEYS))
		set_str(im, o, "mechanism", key_of(PV_VOCAB_TRANSFER_MECHANISM, k[0]));
	else if (mech_text[0])
		report(im, ITEM_UNMAPPED, PV_F_COUNTRIES, mech_text,
		       "geen doorgiftegrond herkend (adequaatheidsbesluit, modelcontract, bindende "
		       "bedrijfsvoorschriften, art. 49)",
		       "no transfer mechanism recognised (adequacy decision, standard contractual "
		       "clauses, binding corporate rules, Art. 49)");
	set_str(im, o, "recipient", recipient[0] ? recipient : NULL);
	return o;
}

/* A country named in `text` (a name in Dutch or English, or an ISO 3166
 * code as written: "DE") into `out`; 0, or -1 when none is named. */
static int country_in(char out[24], const char *text)
{
	char folded[128];
	const char *known;
	size_t n;
	pv_fold_into(folded, sizeof(folded), text);
	if ((known = pv_country_code(folded))) {
		snprintf(out, 24, "%s", known);
		return 0;
	}
	while (*text == ' ')
		text++;
	n = strlen(text);
	while (n && text[n - 1] == ' ')
		n--;
	if (n != 2 || !(text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z'))
		return -1;
	snprintf(out, 24, "%.2s", text);
	return pv_iso3166_alpha2(out) ? 0 : -1;
}

/*
 * The transfers a yes in the column 'Doorgifte buiten de EER' goes on to
 * name: "Ja, VS (Microsoft 365), EU-VS Data Privacy Framework", "Ja
 * (Verenigde Staten, SCC)". Each country is a transfer, with the
 * recipient in brackets after it and the mechanism the cell names (one
 * for all). A country without a recipient is not written (the register
 * needs who receives the data there); every part not taken over is
 * reported and kept in the note.
 */
static void transfers_after_yes(importer *im, const char *rest, json_t *list)
{
	enum { MAX_COUNTRIES = 16 };
	char work[600];
	pv_strlist items = {0};
	const char *mechanism = NULL;
	char codes[MAX_COUNTRIES][24], recipients[MAX_COUNTRIES][200];
	size_t n = 0, len;
	int mechanisms = 0, without_recipient = 0;

	snprintf(work, sizeof(work), "%s", rest);
	len = strlen(work);
	while (len && strchr(" .\n", work[len - 1]))
		work[--len] = '\0';
	/* "(Verenigde Staten, SCC)": the brackets around it all */
	if (work[0] == '(' && len > 1 && work[len - 1] == ')' && !strchr(work + 1, '(')) {
		work[len - 1] = '\0';
		memmove(work, work + 1, len - 1);
	}
	pv_split_items(&items, work);
	for (size_t i = 0; i < items.n; i++) {
		const char *item = items.items[i], *open = strchr(item, '(');
		const char *close = open ? strrchr(open, ')') : NULL;
		char head[200], inside[200] = "";
		pv_vocab_key k[MAX_KEYS];
		if (open && close && (size_t)(open - item) < sizeof(head)) {
			snprintf(head, sizeof(head), "%.*s", (int)(open - item), item);
			snprintf(inside, sizeof(inside), "%.*s", (int)(close - open - 1), open + 1);
		} else {
			snprintf(head, sizeof(head), "%s", item);
		}
		if (n < MAX_COUNTRIES && country_in(codes[n], head) == 0) {
			recipients[n][0] = '\0';
			if (inside[0] && map_text(im, PV_VOCAB_TRANSFER_MECHANISM, inside, k, MAX_KEYS)) {
				const char *m = key_of(PV_VOCAB_TRANSFER_MECHANISM, k[0]);
				mechanisms += !mechanism || strcmp(mechanism, m) != 0;
				mechanism = m;
			} else {
				snprintf(recipients[n], sizeof(recipients[n]), "%s", inside);
			}
			without_recipient |= !recipients[n][0];
			n++;
		} else if (map_text(im, PV_VOCAB_TRANSFER_MECHANISM, item, k, MAX_KEYS)) {
			const char *m = key_of(PV_VOCAB_TRANSFER_MECHANISM, k[0]);
			mechanisms += !mechanism || strcmp(mechanism, m) != 0;
			mechanism = m;
		} else {
			report(im, ITEM_UNMAPPED, PV_F_TRANSFERS, item,
			       "niet overgenomen: geen land, ontvanger of doorgiftegrond herkend",
			       "not taken over: no country, recipient or transfer mechanism "
			       "recognised");
		}
	}
	if (mechanisms > 1) {
		report(im, ITEM_UNMAPPED, PV_F_TRANSFERS, rest,
		       "meer dan één doorgiftegrond: niet gezegd welke bij welk land hoort; de "
		       "doorgiftegrond is niet overgenomen; schrijf per regel 'land | doorgiftegrond "
		       "| ontvanger' in de kolom 'Landen buiten de EER'",
		       "more than one transfer mechanism: not said which goes with which country; "
		       "the mechanism is not taken over; write one 'country | mechanism | "
		       "recipient' per line in the column 'Landen buiten de EER'");
		mechanism = NULL;
	}
	if (!n && mechanism)
		report(im, ITEM_UNMAPPED, PV_F_TRANSFERS, rest,
		       "geen land herkend: de doorgiftegrond is niet overgenomen; schrijf het land "
		       "en de ontvanger, zoals 'Ja, VS (Leverancier X), modelcontract'",
		       "no country recognised: the transfer mechanism is not taken over; write the "
		       "country and the recipient, such as 'Yes, US (Supplier X), SCC'");
	if (without_recipient)
		report(im, ITEM_UNMAPPED, PV_F_TRANSFERS, rest,
		       "niet gezegd wie de gegevens in dat land krijgt: die doorgifte is niet "
		       "overgenomen; schrijf de ontvanger tussen haakjes achter het land, zoals "
		       "'Ja, VS (Leverancier X), modelcontract'",
		       "not said who receives the data in that country: that transfer is not taken "
		       "over; write the recipient in brackets after the country, such as 'Yes, US "
		       "(Supplier X), SCC'");
	for (size_t i = 0; i < n; i++) {
		json_t *o;
		if (!recipients[i][0])
			continue;
		if (!(o = json_object())) {
			oom(im);
			break;
		}
		set_str(im, o, "country", codes[i]);
		set_str(im, o, "mechanism", mechanism);
		set_str(im, o, "recipient", recipients[i]);
		push(im, list, o);
	}
	if (items.oom)
		oom(im);
	pv_strlist_free(&items);
}

static void transfers(importer *im, json_t *act)
{
	json_t *t = json_object(), *list = json_array();
	const char *flag = cell(im, PV_F_TRANSFERS), *countries = cell(im, PV_F_COUNTRIES);
	pv_strlist lines = {0};
	const char *outside = NULL;

	if (!t || !list) {
		json_decref(t);
		json_decref(list);
		oom(im);
		return;
	}
	if (flag) {
		char folded[128];
		pv_fold_into(folded, sizeof(folded), flag);
		int yn = pv_yes_no_word(folded);
		if (pv_not_stated_word(folded))
			outside = "not-stated";
		else if (yn >= 0)
			outside = yn ? "yes" : "no";
		else
			pv_split_lines(&lines, flag); /* countries named in the flag column */
		/* "Ja, VS (Microsoft 365), SCC": the transfers after the yes */
		if (yn == 1 && after_first_word(flag))
			transfers_after_yes(im, after_first_word(flag), list);
	}
	pv_split_lines(&lines, countries);
	for (size_t i = 0; i < lines.n; i++) {
		int reported = 0;
		json_t *tr = parse_transfer(im, lines.items[i], &reported);
		if (tr)
			push(im, list, tr);
		else if (!reported)
			report(im, ITEM_UNMAPPED, countries ? PV_F_COUNTRIES : PV_F_TRANSFERS,
			       lines.items[i], "geen land herkend: schrijf het land (of de ISO-code, "
			       "zoals US) en de doorgiftegrond",
			       "no country recognised: write the country (or its ISO code, such as US) "
			       "and the transfer mechanism");
	}
	if (!outside && json_array_size(list) > 0)
		outside = "yes";
	if (!outside) {
		not_stated(im, PV_F_TRANSFERS, "of gegevens buiten de EER gaan",
		           "whether data leave the EEA");
		outside = "not-stated";
	}
	set(im, t, "outsideEea", fact_json(outside));
	set(im, t, "list", list);
	set(im, act, "transfers", t);
	if (lines.oom)
		oom(im);
	pv_strlist_free(&lines);
}

/* ---- retention ------------------------------------------------------------ */

/*
 * A Selectielijst result in the retention cell itself: taken only when
 * the cell names it as one ("selectielijst 7.3.8") and there is no
 * Selectielijst column; a number in a law citation ("20 jaar (Jeugdwet
 * art. 7.3.8)") never is one, and is reported and kept in the note.
 */
static void retention_result_in_text(importer *im, json_t *r, const char *text, int sl_column)
{
	char sl[32], other[200];
	const char *rest;
	size_t rest_len;
	int named = pv_find_selectielijst_named(sl, sizeof(sl), text, &rest, &rest_len) == 0;

	if (named && !sl_column) {
		set_str(im, r, "selectielijst", sl);
	} else if (named) {
		const char *taken = json_string_value(json_object_get(r, "selectielijst"));
		if (!taken || strcmp(taken, sl) != 0)
			report(im, ITEM_UNMAPPED, PV_F_RETENTION, text,
			       "niet overgenomen: het resultaat van de Selectielijst in deze cel; het "
			       "register neemt dat uit de kolom 'Selectielijst'",
			       "not taken over: the Selectielijst result in this cell; the register "
			       "takes it from the column 'Selectielijst'");
	}
	if (rest) {
		snprintf(other, sizeof(other), "%.*s", (int)(rest_len < 199 ? rest_len : 199), rest);
		report(im, ITEM_UNMAPPED, PV_F_RETENTION, other,
		       "niet overgenomen: een nummer in een wetsverwijzing is geen resultaat van de "
		       "Selectielijst; zet de wet in de kolom 'Wettelijke grondslag', en een "
		       "resultaat van de Selectielijst in een kolom 'Selectielijst'",
		       "not taken over: a number in a law citation is no Selectielijst result; put "
		       "the law in the column 'Wettelijke grondslag' (law), and a Selectielijst "
		       "result in a column 'Selectielijst'");
	}
}

/* One period from the words in `text`, what it counts from and its
 * Selectielijst result; NULL (reported) when no period is recognised. */
static json_t *one_period(importer *im, const char *text, const char *from_text,
                          const char *sl_text)
{
	const char *from = NULL;
	char period[32], folded[1024], sl[32];
	int found;
	json_t *r;

	found = pv_parse_duration(period, sizeof(period), text);
	if (!found) {
		report(im, ITEM_UNMAPPED, PV_F_RETENTION, text,
		       "geen termijn herkend: schrijf bijvoorbeeld '7 jaar', '6 maanden' of "
		       "'permanent'",
		       "no period recognised: write for example '7 years', '6 months' or "
		       "'permanent'");
		return NULL;
	}
	if (found > 1)
		report(im, ITEM_UNMAPPED, PV_F_RETENTION, text,
		       "meer dan één termijn: alleen de eerste is gebruikt; zet elke termijn op een "
		       "eigen regel, met in 'Bewaartermijn geldt voor' voor wie hij geldt",
		       "more than one period: only the first is used; put each period on a line of "
		       "its own, with whom it holds for in 'Bewaartermijn geldt voor'");
	if (from_text) {
		pv_vocab_key k[MAX_KEYS];
		if (map_text(im, PV_VOCAB_RETENTION_START, from_text, k, MAX_KEYS)) {
			from = key_of(PV_VOCAB_RETENTION_START, k[0]);
		} else {
			report(im, ITEM_MISSING, PV_F_RETENTION_FROM, from_text,
			       "niet herkend vanaf wanneer de termijn loopt: 'niet vermeld' geschreven "
			       "(retention-start-not-stated); schrijf bijvoorbeeld 'na ontvangst', 'na "
			       "afhandeling' of 'na het besluit'",
			       "not recognised from when the period runs: 'not stated' written "
			       "(retention-start-not-stated); write for example 'after collection', "
			       "'case closed' or 'after the decision'");
			from = "not-stated";
		}
	}
	if (!from) {
		pv_vocab_key k;
		pv_fold_into(folded, sizeof(folded), text);
		k = pv_sheet_term_within(PV_VOCAB_RETENTION_START, text);
		from = k != PV_VOCAB_NONE ? key_of(PV_VOCAB_RETENTION_START, k) : NULL;
	}
	/* A start the sheet does not give, or gives in words not recognised, is
	 * never guessed: not-stated, and the sheet says so after the period. */
	if (!from && strcmp(period, "permanent") != 0) {
		int has_words = strstr(folded, " na ") || strstr(folded, " vanaf ") ||
		                strstr(folded, " tot ") || strstr(folded, " after ") ||
		                strstr(folded, " from ") || strstr(folded, " until ");
		if (has_words)
			report(im, ITEM_MISSING, PV_F_RETENTION, text,
			       "niet herkend vanaf wanneer de termijn loopt: 'niet vermeld' geschreven "
			       "(retention-start-not-stated); zet het moment in de kolom 'Bewaartermijn "
			       "vanaf', bijvoorbeeld 'na ontvangst', 'na afhandeling' of 'na het "
			       "besluit'",
			       "not recognised from when the period runs: 'not stated' written "
			       "(retention-start-not-stated); put the moment in the column 'Retention "
			       "from', for example 'after collection', 'case closed' or 'after the "
			       "decision'");
		else
			report(im, ITEM_MISSING, PV_F_RETENTION, text,
			       "niet gezegd vanaf wanneer de termijn loopt: 'niet vermeld' geschreven "
			       "(retention-start-not-stated); vul het moment in, bijvoorbeeld 'na "
			       "ontvangst', 'na afhandeling' of 'na het besluit'",
			       "not said from when the period runs: 'not stated' written "
			       "(retention-start-not-stated); fill in the moment, for example 'after "
			       "collection', 'case closed' or 'after the decision'");
		from = "not-stated";
	} else if (!from) {
		from = "not-stated"; /* permanent: no start to count from */
	}
	if (!(r = json_object())) {
		oom(im);
		return NULL;
	}
	set_str(im, r, "period", period);
	set_str(im, r, "from", from);
	if (sl_text && !says_none(sl_text)) {
		if (pv_find_selectielijst(sl, sizeof(sl), sl_text) == 0)
			set_str(im, r, "selectielijst", sl);
		else
			report(im, ITEM_UNMAPPED, PV_F_SELECTIELIJST, sl_text,
			       "geen resultaatnummer van de Selectielijst gemeenten 2020 (zoals 11.1.2)",
			       "no result number of the Selectielijst gemeenten 2020 (such as 11.1.2)");
	}
	retention_result_in_text(im, r, text, sl_text != NULL);
	return r;
}

/* For whom (appliesTo) and for which data (categories) period `r` holds:
 * the lines of the columns 'Bewaartermijn geldt voor' and 'Bewaartermijn
 * voor gegevens' that go with it. */
static void period_scope(importer *im, json_t *r, const char *for_nl, const char *for_en,
                         const char *data)
{
	if (for_nl || for_en)
		set(im, r, "appliesTo",
		    localized(im, PV_F_RETENTION_FOR_NL, PV_F_RETENTION_FOR_EN, for_nl, for_en, 0));
	if (!data)
		return;
	pv_strlist parts = {0};
	json_t *kinds = json_array();
	if (!kinds) {
		oom(im);
		return;
	}
	pv_split_items(&parts, data);
	for (size_t i = 0; i < parts.n; i++) {
		pv_vocab_key k[MAX_KEYS];
		size_t n = map_text(im, PV_VOCAB_DATA_CATEGORY, parts.items[i], k, MAX_KEYS);
		if (!n)
			report(im, ITEM_UNMAPPED, PV_F_RETENTION_DATA, parts.items[i],
			       "geen soort gegevens herkend: de termijn is niet aan deze gegevens "
			       "gekoppeld",
			       "no kind of data recognised: the period is not tied to this data");
		for (size_t j = 0; j < n; j++) {
			json_t *key = json_string(key_of(PV_VOCAB_DATA_CATEGORY, k[j]));
			if (!key || json_array_append_new(kinds, key) != 0)
				oom(im);
		}
	}
	if (parts.oom)
		oom(im);
	pv_strlist_free(&parts);
	if (json_array_size(kinds) > 0)
		set(im, r, "categories", kinds);
	else
		json_decref(kinds);
}

/* The retention: one period, or one per line when every line of the
 * 'Bewaartermijn' cell is a period of its own (issue 17: several periods,
 * each with its own line in the columns next to it). */
static void retention(importer *im, json_t *act)
{
	const char *text = cell(im, PV_F_RETENTION), *from_text = cell(im, PV_F_RETENTION_FROM);
	const char *sl_text = cell(im, PV_F_SELECTIELIJST);
	pv_strlist periods = {0}, froms = {0}, sls = {0}, fors_nl = {0}, fors_en = {0}, datas = {0};
	char probe[32];
	size_t n;
	int each = 1;

	if (!text) {
		if (sl_text || from_text)
			report(im, ITEM_UNMAPPED, PV_F_RETENTION, NULL,
			       "er is geen bewaartermijn: de selectielijst en de ingang zijn niet "
			       "gebruikt",
			       "there is no retention period: the selectielijst and start were not used");
		return;
	}
	pv_split_lines(&periods, text);
	for (size_t i = 0; i < periods.n; i++)
		each &= pv_parse_duration(probe, sizeof(probe), periods.items[i]) == 1;
	n = each && periods.n > 1 ? periods.n : 1;
	if (n > 1) {
		pv_split_lines(&froms, from_text);
		pv_split_lines(&sls, sl_text);
	}
	pv_split_lines(&fors_nl, cell(im, PV_F_RETENTION_FOR_NL));
	pv_split_lines(&fors_en, cell(im, PV_F_RETENTION_FOR_EN));
	pv_split_lines(&datas, cell(im, PV_F_RETENTION_DATA));
	lines_match(im, PV_F_RETENTION_FOR_NL, &fors_nl, n, "bewaartermijnen", "retention periods");
	lines_match(im, PV_F_RETENTION_FOR_EN, &fors_en, n, "bewaartermijnen", "retention periods");
	lines_match(im, PV_F_RETENTION_DATA, &datas, n, "bewaartermijnen", "retention periods");
	json_t *list = n > 1 ? json_array() : NULL;
	if (n > 1 && !list)
		oom(im);
	for (size_t i = 0; i < n && (n == 1 || list); i++) {
		/* "Sollicitanten die niet zijn aangenomen: 4 weken na het besluit":
		 * the words before the colon say for whom, when no column does. */
		const char *words = n > 1 ? periods.items[i] : text;
		const char *for_nl = line_for(&fors_nl, i, n), *colon = strstr(words, ": ");
		char who[512];
		if (n > 1 && !for_nl && !fors_nl.n && colon && (size_t)(colon - words) < sizeof(who)) {
			snprintf(who, sizeof(who), "%.*s", (int)(colon - words), words);
			if (!pv_parse_duration(probe, sizeof(probe), who)) {
				for_nl = who;
				words = colon + 2;
			}
		}
		json_t *r = n > 1 ? one_period(im, words, aligned(&froms, i, n), aligned(&sls, i, n))
		                  : one_period(im, text, from_text, sl_text);
		if (!r)
			continue;
		period_scope(im, r, for_nl, line_for(&fors_en, i, n), line_for(&datas, i, n));
		if (list)
			push(im, list, r);
		else
			set(im, act, "retention", r);
	}
	if (list && json_array_size(list) > 0)
		set(im, act, "retention", list);
	else if (list)
		json_decref(list);
	if (periods.oom || froms.oom || sls.oom || fors_nl.oom || fors_en.oom || datas.oom)
		oom(im);
	pv_strlist_free(&periods);
	pv_strlist_free(&froms);
	pv_strlist_free(&sls);
	pv_strlist_free(&fors_nl);
	pv_strlist_free(&fors_en);
	pv_strlist_free(&datas);
}

/* ---- decisions, security, DPIA ------------------------------------------ */

static void decision(importer *im, json_t *act, int profiling)
{
	pv_field f = profiling ? PV_F_PROFILING : PV_F_AUTOMATED;
	const char *text = cell(im, f);
	const char *present = fact_word(im, f, text);
	json_t *d = json_object();

	if (!d) {
		oom(im);
		return;
	}
	if (!present) {
		not_stated(im, f, profiling ? "of er geprofileerd wordt" : "of er geautomatiseerd "
		                                                            "besloten wordt",
		           profiling ? "whether there is profiling" : "whether decisions are automated");
		present = "not-stated";
	}
	set(im, d, "present", fact_json(present));
	if (!profiling)
		optional_fact(im, d, "decisions", PV_F_DECISIONS);
	if (profiling) {
		const char *nl = cell(im, PV_F_PROFILING_NL), *en = cell(im, PV_F_PROFILING_EN);
		if (nl || en)
			set(im, d, "description",
			    localized(im, PV_F_PROFILING_NL, PV_F_PROFILING_EN, nl, en, 0));
	} else {
		const char *ln = cell(im, PV_F_AUTO_LOGIC_NL), *le = cell(im, PV_F_AUTO_LOGIC_EN);
		const char *cn = cell(im, PV_F_AUTO_CONSEQUENCE_NL);
		const char *ce = cell(im, PV_F_AUTO_CONSEQUENCE_EN);
		if (ln || le)
			set(im, d, "logic", localized(im, PV_F_AUTO_LOGIC_NL, PV_F_AUTO_LOGIC_EN, ln, le, 0));
		const char *hn = cell(im, PV_F_HUMAN_REVIEW_NL), *he = cell(im, PV_F_HUMAN_REVIEW_EN);
		if (cn || ce)
			set(im, d, "consequence", localized(im, PV_F_AUTO_CONSEQUENCE_NL,
			                                    PV_F_AUTO_CONSEQUENCE_EN, cn, ce, 0));
		if (hn || he)
			set(im, d, "humanReview", localized(im, PV_F_HUMAN_REVIEW_NL,
			                                    PV_F_HUMAN_REVIEW_EN, hn, he, 0));
	}
	set(im, act, profiling ? "profiling" : "automatedDecision", d);
}

static void security(importer *im, json_t *act)
{
	const char *text = cell(im, PV_F_SECURITY);
	json_t *list;
	if (!text)
		return;
	if (!(list = json_array())) {
		oom(im);
		return;
	}
	vocab_list(im, PV_F_SECURITY, text, PV_VOCAB_SECURITY_MEASURE, list,
	           "geen bekende beveiligingsmaatregel (of noteer hem in de interne notitie)",
	           "no known security measure (or note it in the internal note)");
	if (json_array_size(list))
		set(im, act, "security", list);
	else
		json_decref(list);
}

/*
 * What a DPIA cell says after its yes or no ("Ja, uitgevoerd op
 * 15-3-2023", "Ja, uitgevoerd 2023"). A full date is the DPIA's date
 * (into `date` when it is not NULL: there is no date column); the status
 * word was read already. Anything else is reported and kept in the note:
 * a year alone is no date (the register would need a day, and inventing
 * one is a guess), and a number is never read as a spreadsheet day.
 */
static void dpia_rest(importer *im, const char *rest, char *date)
{
	/* words that only restate the yes or no ("Ja, nodig", "Nee, niet
	 * nodig") or join a date ("uitgevoerd op ...") */
	static const char *const fillers[] = {"op", "in", "per", "sinds", "dd", "on", "d d",
	                                      "nodig", "vereist", "verplicht", "niet", "required",
	                                      "needed", "not", NULL};
	char work[256];
	pv_strlist words = {0};
	pv_strbuf left = PV_STRBUF_INIT;
	pv_vocab_key k[MAX_KEYS];
	int year = 0;

	snprintf(work, sizeof(work), "%s", rest);
	for (char *c = work; *c; c++)
		if (*c == ',' || *c == ';' || *c == '\n')
			*c = ' ';
	pv_split_at(&words, work, ' ');
	for (size_t i = 0; i < words.n; i++) {
		const char *w = words.items[i];
		char folded[32], d[11];
		int filler = 0;
		pv_fold_into(folded, sizeof(folded), w);
		for (const char *const *f = fillers; *f; f++)
			filler |= strcmp(folded, *f) == 0;
		if (strlen(w) == 4 && strspn(w, "0123456789") == 4)
			year = 1;
		if (date && !date[0] && strpbrk(w, "-/.") && pv_parse_date(d, w) == 0)
			memcpy(date, d, sizeof(d));
		else if (!filler && folded[0])
			pv_strbuf_printf(&left, "%s%s", left.len ? " " : "", w);
	}
	if (words.oom || left.oom)
		oom(im);
	else if (left.len && !pv_sheet_terms(PV_VOCAB_DPIA_STATUS, left.s, k, MAX_KEYS) && year)
		report(im, ITEM_UNMAPPED, PV_F_DPIA, rest,
		       "niet alles overgenomen: het register neemt hieruit alleen ja of nee, de "
		       "status en een volledige datum; een jaartal is geen datum: zet de datum "
		       "(zoals 2023-03-15) in een kolom 'DPIA datum' en het kenmerk in 'DPIA kenmerk'",
		       "not all taken over: the register takes only yes or no, the status and a full "
		       "date from this; a year is no date: put the date (such as 2023-03-15) in a "
		       "column 'DPIA datum' (DPIA date) and the reference in 'DPIA kenmerk'");
	else if (left.len && !pv_sheet_terms(PV_VOCAB_DPIA_STATUS, left.s, k, MAX_KEYS))
		report(im, ITEM_UNMAPPED, PV_F_DPIA, rest,
		       "niet alles overgenomen: het register neemt hieruit alleen ja of nee, de "
		       "status en een volledige datum; zet een datum in een kolom 'DPIA datum', "
		       "het kenmerk in 'DPIA kenmerk' en de uitkomst van een voortoets in 'DPIA "
		       "reden'",
		       "not all taken over: the register takes only yes or no, the status and a full "
		       "date from this; put a date in a column 'DPIA datum' (DPIA date), the "
		       "reference in 'DPIA kenmerk' and the outcome of a pre-screening in 'DPIA "
		       "reden'");
	free(left.s);
	pv_strlist_free(&words);
}

static void dpia(importer *im, json_t *act)
{
	const char *text = cell(im, PV_F_DPIA), *status_text = cell(im, PV_F_DPIA_STATUS);
	const char *date_text = cell(im, PV_F_DPIA_DATE), *ref = cell(im, PV_F_DPIA_REFERENCE);
	const char *reason = cell(im, PV_F_DPIA_REASON), *new_tech = cell(im, PV_F_DPIA_NEW_TECHNOLOGY);
	const char *status = NULL, *required = NULL;
	char folded[256], date[11], date_in_text[11] = "";
	pv_vocab_key k[MAX_KEYS];
	int unclear = 0;
	json_t *d;

	/* No DPIA cell at all: no <dpia> (the register says nothing of it). */
	if (!text && !status_text && !date_text && !ref && !reason && !new_tech)
		return;
	pv_fold_into(folded, sizeof(folded), text ? text : "");
	if (text && pv_not_stated_word(folded))
		required = "not-stated";
	else if (text && pv_yes_no_word(folded) >= 0)
		required = pv_yes_no_word(folded) ? "yes" : "no";
	if (status_text) {
		if (map_text(im, PV_VOCAB_DPIA_STATUS, status_text, k, MAX_KEYS))
			status = key_of(PV_VOCAB_DPIA_STATUS, k[0]);
		else
			report(im, ITEM_UNMAPPED, PV_F_DPIA_STATUS, status_text,
			       "geen status herkend (niet begonnen, bezig, klaar)",
			       "no status recognised (not started, in progress, done)");
	} else if (text) {
		pv_vocab_key s = pv_sheet_term_within(PV_VOCAB_DPIA_STATUS, text);
		status = s != PV_VOCAB_NONE ? key_of(PV_VOCAB_DPIA_STATUS, s) : NULL;
		/* "Nee, niet uitgevoerd", "pre-scan uitgevoerd, DPIA niet nodig":
		 * a status found next to a negation may be denied: none is read. */
		if (status && strcmp(status, "not-started") != 0 && pv_negated(folded)) {
			report(im, ITEM_UNMAPPED, PV_F_DPIA, text,
			       "niet duidelijk of de DPIA klaar is: status niet overgenomen; vul de "
			       "kolom 'DPIA status' in (niet gestart, bezig, uitgevoerd)",
			       "not clear whether the DPIA is done: status not taken over; fill in the "
			       "column 'DPIA status' (not started, in progress, done)");
			status = NULL;
			unclear = 1;
		}
	}
	if (text && required && strcmp(required, "not-stated") != 0 && !unclear &&
	    after_first_word(text))
		dpia_rest(im, after_first_word(text), date_text ? NULL : date_in_text);
	if (!required) {
		if (text)
			report(im, ITEM_UNMAPPED, PV_F_DPIA, text, "geen ja of nee",
			       "not yes or no");
		not_stated(im, PV_F_DPIA, "of een DPIA nodig is", "whether a DPIA is required");
		required = "not-stated";
	}
	if (!(d = json_object())) {
		oom(im);
		return;
	}
	set(im, d, "required", fact_json(required));
	set_str(im, d, "status", status);
	if (date_text) {
		if (pv_parse_date(date, date_text) == 0)
			set_str(im, d, "date", date);
		else
			report(im, ITEM_UNMAPPED, PV_F_DPIA_DATE, date_text,
			       "geen datum herkend (schrijf 2024-03-01 of 1-3-2024)",
			       "no date recognised (write 2024-03-01 or 1-3-2024)");
	} else if (date_in_text[0]) {
		set_str(im, d, "date", date_in_text);
	}
	set_str(im, d, "reference", ref);
	optional_fact(im, d, "newTechnology", PV_F_DPIA_NEW_TECHNOLOGY);
	set_str(im, d, "reason", reason);
	set(im, act, "dpia", d);
}

static void acknowledgements(importer *im, json_t *act)
{
	pv_strlist lines = {0};
	json_t *list = json_array();
	if (!list) {
		oom(im);
		return;
	}
	pv_split_lines(&lines, cell(im, PV_F_ACKNOWLEDGEMENTS));
	for (size_t i = 0; i < lines.n; i++) {
		const char *colon = strstr(lines.items[i], ": ");
		char rule[80];
		if (!colon || (size_t)(colon - lines.items[i]) >= sizeof(rule)) {
			report(im, ITEM_UNMAPPED, PV_F_ACKNOWLEDGEMENTS, lines.items[i],
			       "schrijf 'regel: reden'", "write 'rule: reason'");
			continue;
		}
		snprintf(rule, sizeof(rule), "%.*s", (int)(colon - lines.items[i]), lines.items[i]);
		push(im, list, json_pack("{s:s, s:s}", "rule", rule, "reason", colon + 2));
	}
	if (lines.oom)
		oom(im);
	pv_strlist_free(&lines);
	set(im, act, "acknowledgements", list);
}

/* ---- one row, one activity ------------------------------------------------ */

/* A date of the activity (start, end) as YYYY-MM-DD into `key`. */
static void activity_date(importer *im, json_t *act, const char *key, pv_field f)
{
	const char *text = cell(im, f);
	char date[11];
	if (!text)
		return;
	if (pv_parse_date(date, text) == 0)
		set_str(im, act, key, date);
	else
		report(im, ITEM_UNMAPPED, f, text, "geen datum herkend (schrijf 2024-03-01 of 1-3-2024)",
		       "no date recognised (write 2024-03-01 or 1-3-2024)");
}

static json_t *activity(importer *im, json_t *seen_ids, size_t index)
{
	json_t *act = json_object(), *purpose_ids = NULL;
	const char *id_text = cell(im, PV_F_ID), *name_nl = cell(im, PV_F_NAME_NL);
	const char *name_en = cell(im, PV_F_NAME_EN), *version = cell(im, PV_F_VERSION);
	const char *status_text = cell(im, PV_F_STATUS), *legal = cell(im, PV_F_LEGAL_TEXT);
	const char *dept = cell(im, PV_F_DEPARTMENT);
	char id[80], base[72];
	long v = 1;

	if (!act) {
		oom(im);
		return NULL;
	}
	/* The id: the sheet's own if it is a slug, else made of the name. */
	if (id_text && pv_is_slug(id_text)) {
		snprintf(base, sizeof(base), "%s", id_text);
	} else {
		pv_slugify(base, sizeof(base), id_text ? id_text : name_nl ? name_nl : name_en);
		if (!base[0] || !pv_is_slug(base))
			snprintf(base, sizeof(base), "activiteit-%zu", index + 1);
	}
	snprintf(id, sizeof(id), "%s", base);
	for (size_t n = 2;; n++) {
		size_t i;
		json_t *s;
		int dup = 0;
		json_array_foreach(seen_ids, i, s)
			if (strcmp(json_string_value(s), id) == 0)
				dup = 1;
		if (!dup)
			break;
		snprintf(id, sizeof(id), "%.60s-%zu", base, n);
	}
	push(im, seen_ids, json_string(id));
	im->activity = json_string_value(json_array_get(seen_ids, json_array_size(seen_ids) - 1));
	set_str(im, act, "id", id);
	if (id_text && strcmp(id_text, id) != 0)
		report(im, ITEM_ASSUMED, PV_F_ID, id_text, "als id is gebruikt wat erna staat",
		       "what follows was used as the id");
	if (version) {
		char *end;
		v = strtol(version, &end, 10);
		while (*end == ' ')
			end++;
		if (v < 1 || v > 1000000 || (*end && strcmp(end, ".0") != 0 && strcmp(end, ",0") != 0)) {
			report(im, ITEM_UNMAPPED, PV_F_VERSION, version,
			       "geen versienummer (1, 2, 3, ...): versie 1 gebruikt",
			       "not a version number (1, 2, 3, ...): version 1 used");
			v = 1;
		}
	}
	set(im, act, "version", json_integer(v));
	if (status_text) {
		pv_vocab_key k[MAX_KEYS];
		if (map_text(im, PV_VOCAB_ACTIVITY_STATUS, status_text, k, MAX_KEYS)) {
			set_str(im, act, "status", key_of(PV_VOCAB_ACTIVITY_STATUS, k[0]));
		} else {
			report(im, ITEM_UNMAPPED, PV_F_STATUS, status_text,
			       "geen status herkend (gepland, actief, beëindigd): 'actief' aangenomen",
			       "no status recognised (planned, active, ended): 'active' assumed");
			set_str(im, act, "status", "active");
		}
	} else {
		set_str(im, act, "status", "active");
	}
	activity_date(im, act, "startDate", PV_F_START_DATE);
	activity_date(im, act, "endDate", PV_F_END_DATE);
	set(im, act, "name", localized(im, PV_F_NAME_NL, PV_F_NAME_EN, name_nl, name_en, 1));
	set(im, act, "summary",
	    localized(im, PV_F_SUMMARY_NL, PV_F_SUMMARY_EN, cell(im, PV_F_SUMMARY_NL),
	              cell(im, PV_F_SUMMARY_EN), 1));
	if (!dept) {
		report(im, ITEM_MISSING, PV_F_DEPARTMENT, NULL,
		       "de afdeling (of proceseigenaar) ontbreekt: '" DEPARTMENT_TO_FILL "' geschreven "
		       "(placeholder)",
		       "the department (or process owner) is missing: '" DEPARTMENT_TO_FILL "' "
		       "written (placeholder)");
		dept = DEPARTMENT_TO_FILL;
	} else if (strlen(dept) > 200) {
		report(im, ITEM_UNMAPPED, PV_F_DEPARTMENT, dept,
		       "langer dan 200 tekens: alleen het begin is gebruikt",
		       "longer than 200 characters: only the start was used");
	}
	{
		char short_dept[204];
		size_t n = strlen(dept) > 200 ? 200 : strlen(dept);
		while (n && n < strlen(dept) && ((unsigned char)dept[n] & 0xc0) == 0x80)
			n--;
		snprintf(short_dept, sizeof(short_dept), "%.*s", (int)n, dept);
		for (char *c = short_dept; *c; c++)
			if (*c == '\n')
				*c = ' ';
		set_str(im, act, "department", short_dept);
	}
	if (legal) {
		if (strncmp(legal, "http://", 7) == 0 || strncmp(legal, "https://", 8) == 0)
			set_str(im, act, "legalText", legal);
		else
			report(im, ITEM_UNMAPPED, PV_F_LEGAL_TEXT, legal,
			       "geen webadres (https://...)", "not a web address (https://...)");
	}
	purposes(im, act, &purpose_ids);
	subjects(im, act);
	personal_data(im, act, purpose_ids);
	json_decref(purpose_ids);
	recipients(im, act);
	transfers(im, act);
	retention(im, act);
	decision(im, act, 0);
	decision(im, act, 1);
	security(im, act);
	dpia(im, act);
	acknowledgements(im, act);
	set_str(im, act, "internalNote", cell(im, PV_F_INTERNAL_NOTE));
	return act;
}

/* The longest internal note the register takes (characters). */
#define NOTE_MAX_CHARS 4000
/* The schema's lengths: Text and ShortText (characters). */
#define TEXT_MAX_CHARS 4000
#define SHORT_TEXT_MAX_CHARS 200

/* The byte length of the first `max` characters of UTF-8 `s` with room for
 * "...", or 0 when `s` has at most `max` characters. */
static size_t cut_at(const char *s, size_t max)
{
	size_t i = 0, chars = 0;
	if (pv_utf8_count(s) <= max)
		return 0;
	while (s[i] && chars < max - 3) {
		size_t n = pv_utf8_char_len((const unsigned char *)s + i, strlen(s + i), NULL);
		i += n ? n : 1;
		chars++;
	}
	return i;
}

/*
 * Cuts every text of `v` (an activity, recursively) to the length the
 * schema allows for it, so the written register always loads: names,
 * references and titles to 200 characters, other texts to 4,000. Each cut
 * is reported; the report keeps the start of the value.
 */
static void fit_lengths(importer *im, json_t *v, const char *key)
{
	static const char *const short_keys[] = {"name", "nameEn", "agreement", "recipient", "title",
	                                         "article", "reference", "department", NULL};
	if (json_is_object(v)) {
		const char *k;
		json_t *m;
		json_object_foreach(v, k, m)
			fit_lengths(im, m, k);
	} else if (json_is_array(v)) {
		size_t i;
		json_t *m;
		json_array_foreach(v, i, m)
			fit_lengths(im, m, key);
	} else if (json_is_string(v) && key) {
		size_t max = TEXT_MAX_CHARS, cut;
		for (const char *const *k = short_keys; *k; k++)
			if (strcmp(*k, key) == 0)
				max = SHORT_TEXT_MAX_CHARS;
		if (!(cut = cut_at(json_string_value(v), max)))
			return;
		char nl[300], en[300], start[64], *shorter = malloc(cut + 4);
		if (!shorter) {
			oom(im);
			return;
		}
		memcpy(shorter, json_string_value(v), cut);
		memcpy(shorter + cut, "...", 4);
		clip_value(start, sizeof(start), json_string_value(v));
		snprintf(nl, sizeof(nl), "'%s' is langer dan %zu tekens: ingekort; maak de tekst korter",
		         start, max);
		snprintf(en, sizeof(en), "'%s' is longer than %zu characters: cut short; shorten the text",
		         start, max);
		report(im, ITEM_UNMAPPED, PV_F_NONE, json_string_value(v), nl, en);
		if (json_string_set(v, shorter) != 0)
			oom(im);
		free(shorter);
	}
}

/* Adds the row's values that were not taken over (im->note) to the
 * activity's internal note, after what the sheet's own note says; clipped
 * to what the register takes (the report keeps every value). */
static void note_not_taken_over(importer *im, json_t *act)
{
	const char *own = json_string_value(json_object_get(act, "internalNote"));
	pv_strbuf b = PV_STRBUF_INIT;
	size_t chars = 0, i = 0;
	if (own)
		pv_strbuf_printf(&b, "%s\n\n", own);
	pv_strbuf_printf(&b, "Niet overgenomen uit het werkblad (privicon import, rij %zu):%s",
	                 im->row ? im->row->number : 0, im->note.s);
	if (b.oom || im->note.oom) {
		free(b.s);
		oom(im);
		return;
	}
	/* Cut at a character boundary, ending in "...". */
	while (b.s[i]) {
		size_t n = pv_utf8_char_len((const unsigned char *)b.s + i, b.len - i, NULL);
		if (!n)
			n = 1;
		if (++chars > NOTE_MAX_CHARS - 3) {
			if (pv_utf8_count(b.s + i) > 3) {
				b.s[i] = '\0';
				b.len = i;
				pv_strbuf_add(&b, "...");
			}
			break;
		}
		i += n;
	}
	set_str(im, act, "internalNote", b.s);
	free(b.s);
}

/* ---- the header row and the columns -------------------------------------- */

/* The row (index) among the first ones that names the most fields. */
static size_t find_header_row(const pv_table *t)
{
	return pv_header_row(t, NULL);
}

/* Reports that the column headed `header` is not read, and why. */
static void column_not_read(importer *im, const char *header, const char *why_nl,
                            const char *why_en)
{
	char nl[400], en[400], shown[100];
	clip_value(shown, sizeof(shown), header);
	snprintf(nl, sizeof(nl), "kolom '%s' %s", shown, why_nl);
	snprintf(en, sizeof(en), "column '%s' %s", shown, why_en);
	report(im, ITEM_IGNORED, PV_F_NONE, NULL, nl, en);
}

/* Assigns the columns their fields: from the mapping file's "columns"
 * (header text -> field key, or null to skip), else by meaning. */
static int map_columns(importer *im, json_t *map_columns_obj)
{
	const pv_row *h = &im->t->rows[im->header_row];
	im->n_cols = h->n_cells;
	im->col_field = calloc(im->n_cols ? im->n_cols : 1, sizeof(*im->col_field));
	if (!im->col_field)
		return PRIVICON_ENOMEM;
	for (int f = 0; f < PV_F_COUNT; f++)
		im->field_col[f] = NO_COL;
	im->row = h;
	for (size_t c = 0; c < im->n_cols; c++) {
		const char *header = h->cells[c];
		pv_field f = PV_F_NONE;
		json_t *given = header && map_columns_obj ? json_object_get(map_columns_obj, header)
		                                          : NULL;
		im->col_field[c] = PV_F_NONE;
		if (!header)
			continue;
		if (given) {
			if (json_is_string(given)) {
				f = pv_field_by_key(json_string_value(given));
				if (f == PV_F_NONE) {
					char nl[300], en[300], shown[80];
					clip_value(shown, sizeof(shown), json_string_value(given));
					snprintf(nl, sizeof(nl), "het mapping-bestand noemt onbekend veld '%s' "
					         "voor kolom '%.80s'; zie 'man privicon' voor de velden",
					         shown, header);
					snprintf(en, sizeof(en), "the mapping file names unknown field '%s' for "
					         "column '%.80s'; see 'man privicon' for the fields", shown,
					         header);
					return pv_sheet_fail(im->diags, im->map_file, 0, "import-map", nl, en);
				}
			} else if (json_is_null(given)) {
				continue; /* null: the officer skips this column */
			} else {
				char nl[300], en[300];
				snprintf(nl, sizeof(nl), "in het mapping-bestand staat bij kolom '%.80s' geen "
				         "veldnaam en geen null; schrijf een veld tussen aanhalingstekens "
				         "(\"purpose-nl\") of null om de kolom over te slaan", header);
				snprintf(en, sizeof(en), "the mapping file gives column '%.80s' neither a field "
				         "name nor null; write a field in quotes (\"purpose-nl\") or null to "
				         "skip the column", header);
				return pv_sheet_fail(im->diags, im->map_file, 0, "import-map", nl, en);
			}
		} else {
			f = pv_field_by_header(header);
		}
		if (f == PV_F_NONE) {
			column_not_read(im, header, "niet herkend en niet gelezen; geef in het "
			                "mapping-bestand (--map) aan wat erin staat",
			                "not recognised and not read; say in the mapping file (--map) "
			                "what it holds");
			continue;
		}
		if (im->field_col[f] != NO_COL) {
			column_not_read(im, header, "betekent hetzelfde als een eerdere kolom en is niet "
			                "gelezen",
			                "means the same as an earlier column and was not read");
			continue;
		}
		im->col_field[c] = f;
		im->field_col[f] = c;
	}
	im->row = NULL;
	return im->status;
}

/* ---- the controller and the register ------------------------------------ */

/* The controller's fields on an "Organisatie" sheet: label -> JSON path. */
static const struct {
	const char *label; /* folded */
	const char *object; /* NULL: the controller itself */
	const char *key;
} org_labels[] = {
	{"naam organisatie", NULL, "name"}, {"naam", NULL, "name"}, {"organisatie", NULL, "name"},
	{"name", NULL, "name"}, {"verwerkingsverantwoordelijke", NULL, "name"},
	{"overheid", NULL, "publicAuthority"}, {"overheidsorganisatie", NULL, "publicAuthority"},
	{"public authority", NULL, "publicAuthority"},
	{"e mail", "contact", "email"}, {"email", "contact", "email"},
	{"telefoon", "contact", "phone"}, {"phone", "contact", "phone"},
	{"website", "contact", "web"}, {"webpagina", "contact", "web"}, {"web", "contact", "web"},
	{"fg naam", "dpo", "name"}, {"functionaris gegevensbescherming", "dpo", "name"},
	{"fg", "dpo", "name"}, {"dpo", "dpo", "name"}, {"fg e mail", "dpo", "email"},
	{"dpo email", "dpo", "email"}, {"fg telefoon", "dpo", "phone"},
	{"dpo phone", "dpo", "phone"}, {"kenmerk soort", "identifier", "scheme"},
	{"identifier scheme", "identifier", "scheme"}, {"kenmerk", "identifier", "value"},
	{"identifier", "identifier", "value"}, {"oin", "identifier", "value"},
	{"tooi", "identifier", "value"},
	{"korte naam", "shortName", "nl"}, {"short name", "shortName", "nl"},
	{"korte naam engels", "shortName", "en"}, {"short name english", "shortName", "en"},
	{"land", NULL, "country"}, {"country", NULL, "country"},
	{"publicatieadres", "#publication", "baseUrl"}, {"publicatie adres", "#publication", "baseUrl"},
	{"publication", "#publication", "baseUrl"}, {"publication base url", "#publication", "baseUrl"},
	{"soort organisatie", NULL, "kind"}, {"kind", NULL, "kind"},
	{"toezichthouder", "supervisoryAuthority", "name"},
	{"supervisory authority", "supervisoryAuthority", "name"},
	{"toezichthouder engels", "supervisoryAuthority", "nameEn"},
	{"toezichthouder website", "supervisoryAuthority", "web"},
	{"registerversie", "#register", "version"}, {"versie register", "#register", "version"},
	{"register version", "#register", "version"}, {"registerdatum", "#register", "date"},
	{"datum register", "#register", "date"}, {"register date", "#register", "date"},
	{"talen register", "#register", "languages"}, {"talen", "#register", "languages"},
	{"languages", "#register", "languages"}, {"register languages", "#register", "languages"},
	{"e mail privacy", "contact", "email"}, {"e mailadres", "contact", "email"},
	{"telefoonnummer", "contact", "phone"},
	{"functionaris gegevensbescherming e mail", "dpo", "email"},
	{"functionaris gegevensbescherming telefoon", "dpo", "phone"},
};

#define N_ORG_LABELS (sizeof(org_labels) / sizeof(org_labels[0]))

/* The entry of org_labels that `label` names: as written, else with the
 * same words in any order, case or accents ("E-mail FG" is "FG e-mail");
 * N_ORG_LABELS when none. */
static size_t org_label_of(const char *label)
{
	char folded[128];
	size_t i;
	pv_fold_into(folded, sizeof(folded), label);
	for (i = 0; i < N_ORG_LABELS; i++)
		if (strcmp(folded, org_labels[i].label) == 0)
			return i;
	for (i = 0; i < N_ORG_LABELS; i++)
		if (pv_same_words(label, org_labels[i].label))
			return i;
	return N_ORG_LABELS;
}

/* The languages a register publishes in, from "nl", "Nederlands",
 * "nl en", "Dutch and English": ["nl"], ["en"], or NULL for both (the
 * default) or when nothing is recognised (reported). */
static json_t *register_languages(importer *im, const char *value)
{
	char folded[128];
	int nl = 0, en = 0, other = 0;
	pv_fold_into(folded, sizeof(folded), value);
	for (const char *p = folded; *p;) {
		size_t n = strcspn(p, " ");
		if ((n == 2 && strncmp(p, "nl", 2) == 0) || (n == 10 && strncmp(p, "nederlands", 10) == 0) ||
		    (n == 5 && strncmp(p, "dutch", 5) == 0))
			nl = 1;
		else if ((n == 2 && strncmp(p, "en", 2) == 0) || (n == 6 && strncmp(p, "engels", 6) == 0) ||
		         (n == 7 && strncmp(p, "english", 7) == 0))
			en = 1;
		else if (!(n == 3 && strncmp(p, "and", 3) == 0))
			other = 1;
		p += n;
		while (*p == ' ')
			p++;
	}
	/* "nl en" also folds "en" (and): both languages is the default anyway. */
	if (other || (!nl && !en)) {
		report(im, ITEM_UNMAPPED, PV_F_NONE, value,
		       "talen van het register niet herkend: schrijf 'nl', 'en' of 'nl en'; beide "
		       "talen aangenomen",
		       "languages of the register not recognised: write 'nl', 'en' or 'nl en'; both "
		       "languages assumed");
		return NULL;
	}
	if (nl && en)
		return NULL;
	return json_pack("[s]", nl ? "nl" : "en");
}

/* The country of the controller: a code of two letters ("NL", "be") or
 * the name of a country near by; NULL when not recognised. */
static const char *controller_country(char code[3], const char *value)
{
	static const struct {
		const char *name, *code;
	} names[] = {{"nederland", "NL"}, {"netherlands", "NL"}, {"the netherlands", "NL"},
	             {"belgie", "BE"}, {"belgium", "BE"}, {"duitsland", "DE"},
	             {"germany", "DE"}, {"luxemburg", "LU"}, {"luxembourg", "LU"}};
	char folded[64];
	pv_fold_into(folded, sizeof(folded), value);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(folded, names[i].name) == 0)
			return names[i].code;
	if (strlen(folded) == 2 && folded[0] >= 'a' && folded[0] <= 'z' && folded[1] >= 'a' &&
	    folded[1] <= 'z') {
		code[0] = (char)(folded[0] - 'a' + 'A');
		code[1] = (char)(folded[1] - 'a' + 'A');
		code[2] = '\0';
		return code;
	}
	return NULL;
}

/* Whether `value` has the form the schema wants for field `key` of the
 * controller ("email", "phone", "web", "baseUrl"; other keys always fit),
 * so a badly written contact on the sheet is reported, not a reason for
 * the written register not to load. */
static int contact_fits(const char *key, const char *value)
{
	size_t n = strlen(value);
	if (strcmp(key, "email") == 0) {
		const char *at = strchr(value, '@');
		return n <= 254 && at && at > value && !strchr(at + 1, '@') &&
		       strchr(at + 1, '.') && strchr(at + 1, '.')[1] && !strpbrk(value, " \t\r\n") &&
		       *(at + 1) != '.';
	}
	if (strcmp(key, "phone") == 0) {
		const char *p = value + (*value == '+');
		if (*p < '0' || *p > '9')
			return 0;
		size_t rest = strlen(p + 1);
		return rest >= 5 && rest <= 20 && strspn(p + 1, "0123456789 -") == rest;
	}
	if (strcmp(key, "web") == 0 || strcmp(key, "baseUrl") == 0)
		return n <= 2000 && (strncmp(value, "https://", 8) == 0 || strncmp(value, "http://", 7) == 0) &&
		       !strpbrk(value, " \t\r\n") && value[strncmp(value, "https://", 8) == 0 ? 8 : 7];
	return 1;
}

static void organisation_sheet(importer *im, const pv_table *org, json_t *controller,
                               json_t *reg)
{
	for (size_t r = 0; r < org->n_rows; r++) {
		const char *label = pv_table_cell(org, r, 0), *value = pv_table_cell(org, r, 1);
		size_t hit;
		if (!label || !value)
			continue;
		hit = org_label_of(label);
		if (hit == N_ORG_LABELS) {
			char nl[300], en[300], shown[100];
			clip_value(shown, sizeof(shown), label);
			snprintf(nl, sizeof(nl), "werkblad '%s': '%s' is niet herkend en niet gelezen; zet "
			         "het in het mapping-bestand onder controller (zie 'man privicon')",
			         org->name ? org->name : "Organisatie", shown);
			snprintf(en, sizeof(en), "sheet '%s': '%s' is not recognised and not read; put it "
			         "in the mapping file under controller (see 'man privicon')",
			         org->name ? org->name : "Organisatie", shown);
			report(im, ITEM_IGNORED, PV_F_NONE, value, nl, en);
			continue;
		}
		for (size_t i = hit; i < N_ORG_LABELS; i++) {
			json_t *target = controller;
			if (i != hit)
				continue;
			if (org_labels[i].object && strcmp(org_labels[i].object, "#register") == 0) {
				target = reg;
			} else if (org_labels[i].object &&
			           strcmp(org_labels[i].object, "#publication") == 0) {
				if (!im->publication && !(im->publication = json_object()))
					oom(im);
				target = im->publication;
			} else if (org_labels[i].object) {
				target = json_object_get(controller, org_labels[i].object);
				if (!target) {
					target = json_object();
					set(im, controller, org_labels[i].object, target);
				}
			}
			if (!target)
				break;
			if (strcmp(org_labels[i].key, "publicAuthority") == 0) {
				char f[64];
				pv_fold_into(f, sizeof(f), value);
				int yn = pv_yes_no_word(f);
				if (yn >= 0)
					set(im, target, "publicAuthority", json_boolean(yn));
			} else if (strcmp(org_labels[i].key, "kind") == 0) {
				pv_vocab_key k[MAX_KEYS];
				if (pv_sheet_terms(PV_VOCAB_CONTROLLER_KIND, value, k, MAX_KEYS))
					set_str(im, target, "kind", key_of(PV_VOCAB_CONTROLLER_KIND, k[0]));
				else
					report(im, ITEM_UNMAPPED, PV_F_NONE, value,
					       "soort organisatie niet herkend (gemeente, gemeenschappelijke "
					       "regeling, provincie, waterschap, andere overheid)",
					       "kind of organisation not recognised (municipality, joint "
					       "arrangement, province, water board, other public body)");
			} else if (strcmp(org_labels[i].key, "country") == 0) {
				char buf[3];
				const char *code = controller_country(buf, value);
				if (code)
					set_str(im, target, "country", code);
				else
					report(im, ITEM_UNMAPPED, PV_F_NONE, value,
					       "land van de organisatie niet herkend: schrijf de landcode (NL, "
					       "BE)",
					       "country of the organisation not recognised: write its code (NL, "
					       "BE)");
			} else if (strcmp(org_labels[i].key, "languages") == 0) {
				json_t *langs = register_languages(im, value);
				if (langs)
					set(im, target, "languages", langs);
			} else if (strcmp(org_labels[i].key, "date") == 0) {
				char date[11];
				if (pv_parse_date(date, value) == 0)
					set_str(im, target, "date", date);
			} else if (!contact_fits(org_labels[i].key, value)) {
				report(im, ITEM_UNMAPPED, PV_F_NONE, value,
				       "een e-mailadres, telefoonnummer of webadres op het werkblad "
				       "Organisatie is niet goed geschreven (zoals privacy@gemeente.nl, "
				       "+31 70 123 4567, https://www.gemeente.nl): niet overgenomen",
				       "an e-mail address, phone number or web address on the sheet "
				       "Organisation is not written as expected (such as "
				       "privacy@gemeente.nl, +31 70 123 4567, https://www.gemeente.nl): not "
				       "taken over");
			} else {
				set_str(im, target, org_labels[i].key, value);
			}
			break;
		}
	}
}

/* Copies the members of `from` into `to` (objects merged one level). */
static void merge(importer *im, json_t *to, json_t *from)
{
	const char *key;
	json_t *v;
	json_object_foreach(from, key, v) {
		json_t *have = json_object_get(to, key);
		if (json_is_object(v) && json_is_object(have))
			merge(im, have, v);
		else if (json_object_set(to, key, v) != 0)
			oom(im);
	}
}

static void today(char out[11])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t now = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static json_t *controller_and_register(importer *im, const pv_workbook *wb, json_t *map,
                                       json_t **reg_out)
{
	json_t *controller = json_object(), *reg = json_object();
	char date[11];

	*reg_out = reg;
	if (!controller || !reg) {
		json_decref(controller);
		oom(im);
		return NULL;
	}
	if (wb->organisation.n_rows)
		organisation_sheet(im, &wb->organisation, controller, reg);
	if (map && json_is_object(json_object_get(map, "controller")))
		merge(im, controller, json_object_get(map, "controller"));
	if (map && json_is_object(json_object_get(map, "register")))
		merge(im, reg, json_object_get(map, "register"));
	if (!(im->stated_controller = json_deep_copy(controller)) ||
	    !(im->stated_register = json_deep_copy(reg)))
		oom(im);
	if (!json_is_string(json_object_get(controller, "name")) ||
	    !*json_string_value(json_object_get(controller, "name"))) {
		report(im, ITEM_MISSING, PV_F_NONE, NULL,
		       "de naam van de organisatie ontbreekt: '" ORGANISATION_TO_FILL "' geschreven "
		       "(placeholder); zet hem op een werkblad 'Organisatie' of in het mapping-bestand "
		       "onder controller.name",
		       "the organisation's name is missing: '" ORGANISATION_TO_FILL "' written "
		       "(placeholder); put it on a sheet 'Organisation' or in the mapping file under "
		       "controller.name");
		set_str(im, controller, "name", ORGANISATION_TO_FILL);
	}
	if (!json_is_boolean(json_object_get(controller, "publicAuthority"))) {
		report(im, ITEM_ASSUMED, PV_F_NONE, NULL,
		       "niet gezegd of de organisatie een overheid is: 'ja' aangenomen (een "
		       "gemeente); zet controller.publicAuthority in het mapping-bestand",
		       "not said whether the organisation is a public authority: 'yes' assumed (a "
		       "municipality); set controller.publicAuthority in the mapping file");
		set(im, controller, "publicAuthority", json_true());
	}
	if (!json_is_object(json_object_get(controller, "contact")))
		set(im, controller, "contact", json_object());
	if (!json_object_size(json_object_get(controller, "contact")))
		report(im, ITEM_ASSUMED, PV_F_NONE, NULL,
		       "geen contactgegevens voor privacyvragen: vul e-mail, telefoon of webpagina "
		       "in (controller.contact)",
		       "no contact details for privacy questions: fill in e-mail, phone or web page "
		       "(controller.contact)");
	if (!json_is_string(json_object_get(reg, "version"))) {
		set_str(im, reg, "version", "1");
		report(im, ITEM_ASSUMED, PV_F_NONE, NULL, "registerversie '1' aangenomen",
		       "register version '1' assumed");
	}
	if (!json_is_string(json_object_get(reg, "date"))) {
		today(date);
		set_str(im, reg, "date", date);
		report(im, ITEM_ASSUMED, PV_F_NONE, NULL,
		       "registerdatum: de datum van vandaag aangenomen",
		       "register date: today's date assumed");
	}
	return controller;
}

/*
 * A sheet with texts for residents in one language only (no column for
 * English names, summaries or purposes, as most Dutch registers are kept)
 * is a register in that language: without a word on the register's
 * languages, it is written as such (<register languages="nl">, reported),
 * so its activities render instead of each failing for lack of a
 * translation nobody wrote. Nothing is translated or invented.
 */
static void one_language_sheet(importer *im, json_t *reg)
{
	static const pv_field nl_fields[] = {PV_F_NAME_NL, PV_F_SUMMARY_NL, PV_F_PURPOSE_NL};
	static const pv_field en_fields[] = {PV_F_NAME_EN, PV_F_SUMMARY_EN, PV_F_PURPOSE_EN};
	int has_nl = 0, has_en = 0;
	if (!reg || json_object_get(reg, "languages"))
		return;
	for (size_t i = 0; i < 3; i++) {
		has_nl |= im->field_col[nl_fields[i]] != NO_COL || default_of(im, nl_fields[i]) != NULL;
		has_en |= im->field_col[en_fields[i]] != NO_COL || default_of(im, en_fields[i]) != NULL;
	}
	if (has_nl == has_en)
		return;
	set(im, reg, "languages", json_pack("[s]", has_nl ? "nl" : "en"));
	report(im, ITEM_ASSUMED, PV_F_NONE, NULL,
	       has_nl ? "het werkblad heeft alleen Nederlandse teksten voor inwoners: het register is "
	                "als Nederlandstalig geschreven (languages=\"nl\"); voeg kolommen in het "
	                "Engels toe (zoals 'Naam verwerking (Engels)') om ook in het Engels te "
	                "publiceren"
	              : "het werkblad heeft alleen Engelse teksten voor inwoners: het register is als "
	                "Engelstalig geschreven (languages=\"en\"); voeg Nederlandse kolommen toe om "
	                "ook in het Nederlands te publiceren",
	       has_nl ? "the sheet has texts for residents in Dutch only: the register is written as "
	                "a Dutch register (languages=\"nl\"); add columns in English (such as "
	                "'Name (English)') to publish in English too"
	              : "the sheet has texts for residents in English only: the register is written "
	                "as an English register (languages=\"en\"); add Dutch columns to publish in "
	                "Dutch too");
}

/* ---- the inferred mapping ------------------------------------------------- */

static json_t *inferred_map(importer *im, json_t *controller, json_t *reg, json_t *map)
{
	json_t *out = json_object(), *cols = json_object();
	const pv_row *h = &im->t->rows[im->header_row];
	if (!out || !cols) {
		json_decref(out);
		json_decref(cols);
		return NULL;
	}
	json_object_set_new(out, "format", json_string("privicon-import-map"));
	if (map && json_is_string(json_object_get(map, "sheet")))
		json_object_set(out, "sheet", json_object_get(map, "sheet"));
	json_object_set_new(out, "headerRow", json_integer((json_int_t)h->number));
	for (size_t c = 0; c < im->n_cols; c++) {
		if (!h->cells[c])
			continue;
		pv_field f = im->col_field[c];
		json_object_set_new(cols, h->cells[c],
		                    f == PV_F_NONE ? json_null() : json_string(pv_field_get(f)->key));
	}
	json_object_set_new(out, "columns", cols);
	json_object_set_new(out, "defaults",
	                    map && json_is_object(json_object_get(map, "defaults"))
	                            ? json_deep_copy(json_object_get(map, "defaults"))
	                            : json_object());
	json_object_set(out, "controller", controller);
	json_object_set(out, "register", reg);
	return out;
}

/* Whether the row being read is a template's row of instructions or an
 * example ("Vul hier de naam in", "Voorbeeld: ..."), judged by its name:
 * it is reported and not read, so no example becomes an activity. */
static int template_row(importer *im)
{
	char folded[128];
	const char *name = cell(im, PV_F_NAME_NL);
	if (!name)
		name = cell(im, PV_F_NAME_EN);
	if (!name)
		return 0;
	pv_fold_into(folded, sizeof(folded), name);
	if (!pv_instruction_text(folded))
		return 0;
	report(im, ITEM_IGNORED, im->field_col[PV_F_NAME_NL] != NO_COL ? PV_F_NAME_NL : PV_F_NAME_EN,
	       name, "deze rij lijkt een uitleg of voorbeeld van het model, geen verwerking: niet "
	       "gelezen; haal hem weg of geef de verwerking een eigen naam",
	       "this row looks like an explanation or example of the template, not an activity: "
	       "not read; remove it or give the activity a name of its own");
	return 1;
}

/* ---- privicon_import_sheet --------------------------------------------- */

static int starts_zip(const char *data, size_t size)
{
	return size >= 4 && memcmp(data, "PK\003\004", 4) == 0;
}

privicon_input_kind privicon_import_sniff(const char *data, size_t size)
{
	size_t i = 0;
	if (!data)
		return PRIVICON_INPUT_UNKNOWN;
	if (starts_zip(data, size)) {
		zip_error_t err;
		zip_source_t *src;
		zip_t *z;
		privicon_input_kind kind = PRIVICON_INPUT_UNKNOWN;
		zip_error_init(&err);
		src = zip_source_buffer_create(data, size, 0, &err);
		z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
		zip_error_fini(&err);
		if (!z) {
			zip_source_free(src);
			return PRIVICON_INPUT_UNKNOWN;
		}
		if (zip_name_locate(z, "[Content_Types].xml", 0) >= 0 &&
		    zip_name_locate(z, "xl/workbook.xml", 0) >= 0)
			kind = PRIVICON_INPUT_XLSX;
		else if (zip_name_locate(z, "content.xml", 0) >= 0 &&
		         zip_name_locate(z, "mimetype", 0) >= 0)
			kind = PRIVICON_INPUT_ODS;
		zip_discard(z);
		return kind;
	}
	if (size >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < size && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
		i++;
	if (i < size && data[i] == '{')
		return PRIVICON_INPUT_JSON;
	if (i < size && data[i] == '<')
		return PRIVICON_INPUT_UNKNOWN; /* XML: a register, not a sheet */
	return PRIVICON_INPUT_CSV;
}

static int read_workbook(pv_workbook *wb, privicon_diagnostics *diags, const char *name,
                         const char *data, size_t size)
{
	switch (privicon_import_sniff(data, size)) {
	case PRIVICON_INPUT_XLSX:
		return pv_read_xlsx(wb, diags, name, data, size);
	case PRIVICON_INPUT_ODS:
		return pv_read_ods(wb, diags, name, data, size);
	case PRIVICON_INPUT_CSV:
		return pv_read_csv(wb, diags, name, data, size);
	default:
		return pv_sheet_fail(diags, name, 0, "import-format",
		                     "Dit is geen werkblad (XLSX, ODS of CSV).",
		                     "This is not a spreadsheet (XLSX, ODS or CSV).");
	}
}

/* "The sheet 'X' has no rows below ..." (the sheet named when it has a
 * name: a CSV file has none). */
static void sheet_said(char *nl, size_t nl_cap, char *en, size_t en_cap, const pv_table *t)
{
	if (t->name) {
		snprintf(nl, nl_cap, "Het werkblad '%.80s' heeft geen rijen onder de kopregel: er is "
		         "niets om in te lezen.", t->name);
		snprintf(en, en_cap, "The sheet '%.80s' has no rows below the header row: there is "
		         "nothing to read.", t->name);
	} else {
		snprintf(nl, nl_cap, "Het werkblad heeft geen rijen onder de kopregel: er is niets om "
		         "in te lezen.");
		snprintf(en, en_cap, "The sheet has no rows below the header row: there is nothing to "
		         "read.");
	}
}

/* The keys a mapping file may have at its top; any other (a typo, or a
 * key of another tool) is an error, never silently ignored. */
static int check_map_keys(privicon_diagnostics *diags, const char *map_file, json_t *map)
{
	static const char *const keys[] = {"format", "headerRow", "sheet", "columns",
	                                   "defaults", "controller", "register"};
	const char *key;
	json_t *v;
	json_object_foreach(map, key, v) {
		size_t i = 0;
		while (i < sizeof(keys) / sizeof(keys[0]) && strcmp(key, keys[i]) != 0)
			i++;
		if (i == sizeof(keys) / sizeof(keys[0])) {
			char nl[500], en[500];
			snprintf(nl, sizeof(nl), "het mapping-bestand heeft een onbekende sleutel '%.80s'; "
			         "bekend zijn: format, headerRow, sheet, columns, defaults, controller, "
			         "register (zie 'man privicon')", key);
			snprintf(en, sizeof(en), "the mapping file has an unknown key '%.80s'; known are: "
			         "format, headerRow, sheet, columns, defaults, controller, register (see "
			         "'man privicon')", key);
			return pv_sheet_fail(diags, map_file, 0, "import-map", nl, en);
		}
	}
	v = json_object_get(map, "sheet");
	if (v && (!json_is_string(v) || !*json_string_value(v)))
		return pv_sheet_fail(diags, map_file, 0, "import-map",
		                     "\"sheet\" in het mapping-bestand is geen naam van een werkblad "
		                     "(schrijf hem tussen aanhalingstekens)",
		                     "\"sheet\" in the mapping file is not the name of a sheet (write "
		                     "it in quotes)");
	return PRIVICON_OK;
}

static char *dump(json_t *doc)
{
	return doc ? json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
}

/* Appends a final line break to a jansson dump (owned by malloc). */
static char *with_newline(char *s)
{
	size_t n;
	char *bigger;
	if (!s)
		return NULL;
	n = strlen(s);
	bigger = realloc(s, n + 2);
	if (!bigger) {
		free(s);
		return NULL;
	}
	bigger[n] = '\n';
	bigger[n + 1] = '\0';
	return bigger;
}

int privicon_import_sheet(char **xml, size_t *xml_size, char **report_json, char **map_json,
                          privicon_diagnostics *diags, const char *name, const char *data,
                          size_t size, const privicon_import_options *opts)
{
	pv_workbook wb = {0};
	importer im = {0};
	json_t *map = NULL, *root = NULL, *acts = NULL, *ids = NULL, *controller = NULL;
	json_t *reg = NULL, *rep = NULL;
	int rc;

	if (xml)
		*xml = NULL;
	if (xml_size)
		*xml_size = 0;
	if (report_json)
		*report_json = NULL;
	if (map_json)
		*map_json = NULL;
	if (!diags || (!data && size) ||
	    (opts && opts->version > PRIVICON_IMPORT_OPTIONS_VERSION))
		return PRIVICON_EINVAL;
	if (!name)
		name = "-";
	im.diags = diags;
	im.file = name;
	im.map_file = opts && opts->map_name ? opts->map_name : "map";

	if (opts && opts->map) {
		json_error_t err;
		map = json_loadb(opts->map, opts->map_size, JSON_REJECT_DUPLICATES, &err);
		if (!map || !json_is_object(map)) {
			char nl[400], en[400];
			snprintf(nl, sizeof(nl), "het mapping-bestand is geen JSON-object: %s", err.text);
			snprintf(en, sizeof(en), "the mapping file is not a JSON object: %s", err.text);
			json_decref(map);
			rc = privicon_diagnostics_add(diags, opts->map_name ? opts->map_name : "map",
			                              map ? 0 : err.line, map ? 0 : err.column,
			                              PRIVICON_ERROR, "import-map", NULL, nl, en);
			return rc != PRIVICON_OK ? rc : PRIVICON_EINVALID;
		}
		im.defaults = json_object_get(map, "defaults");
		if (!json_is_object(im.defaults))
			im.defaults = NULL;
		rc = check_map_keys(diags, im.map_file, map);
		if (rc != PRIVICON_OK) {
			json_decref(map);
			return rc;
		}
		wb.want_sheet = json_string_value(json_object_get(map, "sheet"));
		wb.map_file = im.map_file;
	}

	rc = read_workbook(&wb, diags, name, data ? data : "", size);
	if (rc == PRIVICON_OK && wb.activities.n_rows < 2) {
		char nl[400], en[400];
		sheet_said(nl, sizeof(nl), en, sizeof(en), &wb.activities);
		rc = pv_sheet_fail(diags, name, 0, "import-format", nl, en);
	}
	if (rc != PRIVICON_OK)
		goto done;
	if (!(im.items = json_array())) {
		rc = PRIVICON_ENOMEM;
		goto done;
	}
	im.t = &wb.activities;
	im.header_row = find_header_row(im.t);
	{
		json_t *hr = map ? json_object_get(map, "headerRow") : NULL;
		if (json_is_integer(hr)) {
			im.header_row = (size_t)-1;
			for (size_t r = 0; r < im.t->n_rows; r++)
				if ((json_int_t)im.t->rows[r].number == json_integer_value(hr))
					im.header_row = r;
			if (im.header_row == (size_t)-1) {
				rc = pv_sheet_fail(diags, opts && opts->map_name ? opts->map_name : "map", 0,
				                   "import-map",
				                   "headerRow in het mapping-bestand wijst naar een lege of "
				                   "ontbrekende rij.",
				                   "headerRow in the mapping file points to an empty or "
				                   "missing row.");
				goto done;
			}
		}
	}
	im.map_columns = map ? json_object_get(map, "columns") : NULL;
	rc = map_columns(&im, im.map_columns);
	if (rc != PRIVICON_OK)
		goto done;
	if (im.field_col[PV_F_NAME_NL] == NO_COL && im.field_col[PV_F_NAME_EN] == NO_COL &&
	    im.field_col[PV_F_ID] == NO_COL) {
		char nl[700], en[700], sheet[120] = "";
		if (im.t->name)
			snprintf(sheet, sizeof(sheet), " op werkblad '%.80s'", im.t->name);
		snprintf(nl, sizeof(nl), "Geen kolom met de naam van de verwerking gevonden%s. Zet de "
		         "namen van de kolommen in één rij boven de activiteiten (een titel erboven "
		         "mag, binnen de eerste %d rijen), of geef een mapping-bestand (--map) met "
		         "\"columns\"%s; 'privicon import --print-map' laat zien wat herkend is.",
		         sheet, PV_HEADER_SEARCH_ROWS,
		         im.t->name ? " en met \"sheet\" het werkblad van het register" : "");
		if (im.t->name)
			snprintf(sheet, sizeof(sheet), " on sheet '%.80s'", im.t->name);
		snprintf(en, sizeof(en), "No column with the name of the processing activity found%s. "
		         "Put the column names in one row above the activities (a title above it is "
		         "fine, within the first %d rows), or give a mapping file (--map) with "
		         "\"columns\"%s; 'privicon import --print-map' shows what was recognised.",
		         sheet, PV_HEADER_SEARCH_ROWS,
		         im.t->name ? " and with \"sheet\" the register's sheet" : "");
		rc = pv_sheet_fail(diags, name, (int)im.t->rows[im.header_row].number, "import-columns",
		                   nl, en);
		/* Still write the inferred map: it is what the officer corrects. */
	}

	controller = controller_and_register(&im, &wb, map, &reg);
	one_language_sheet(&im, reg);
	{
		json_t *langs = json_object_get(reg, "languages");
		const char *only = json_array_size(langs) == 1
		                           ? json_string_value(json_array_get(langs, 0))
		                           : NULL;
		im.only_lang = only && strcmp(only, "nl") == 0 ? 'n' : only && strcmp(only, "en") == 0 ? 'e' : 0;
	}
	acts = json_array();
	ids = json_array();
	if (!acts || !ids)
		oom(&im);
	for (size_t r = im.header_row + 1; rc == PRIVICON_OK && r < im.t->n_rows && !im.status;
	     r++) {
		im.row = &im.t->rows[r];
		im.activity = NULL;
		/* A row with nothing in the columns read (or only spaces, as a
		 * stray keystroke leaves) is not an activity. */
		int any = 0;
		for (size_t c = 0; c < im.row->n_cells && c < im.n_cols; c++)
			if (im.row->cells[c] && im.col_field[c] != PV_F_NONE &&
			    im.row->cells[c][strspn(im.row->cells[c], " \t\r\n")])
				any = 1;
		if (!any || template_row(&im))
			continue;
		im.note.len = 0;
		if (im.note.s)
			im.note.s[0] = '\0';
		json_t *act = activity(&im, ids, json_array_size(acts));
		push(&im, acts, act);
		/* What stands in columns that are not read is kept in the report,
		 * except in those the mapping file skips (null): the officer
		 * decided. */
		for (size_t c = 0; c < im.row->n_cells && c < im.n_cols; c++)
			if (im.row->cells[c] && im.col_field[c] == PV_F_NONE &&
			    pv_table_cell(im.t, im.header_row, c) &&
			    !json_is_null(im.map_columns ? json_object_get(im.map_columns,
			                                                   pv_table_cell(im.t, im.header_row, c))
			                                 : NULL))
				report_at(&im, ITEM_UNMAPPED, c, pv_table_cell(im.t, im.header_row, c), "", "", 0,
				          im.row->cells[c],
				          "deze kolom is niet gelezen: neem dit over in het register of in "
				          "de interne notitie",
				          "this column is not read: take this over into the register or "
				          "the internal note");
		if (act && im.note.len)
			note_not_taken_over(&im, act);
		if (act)
			fit_lengths(&im, act, NULL);
	}
	im.row = NULL;
	im.activity = NULL;
	if (rc == PRIVICON_OK && !im.status && json_array_size(acts) == 0)
		rc = pv_sheet_fail(diags, name, 0, "import-format",
		                   "Geen enkele rij met een activiteit gevonden.",
		                   "No row with an activity found.");

	if (map_json && !im.status && im.col_field) {
		json_t *m = inferred_map(&im, im.stated_controller, im.stated_register, map);
		*map_json = with_newline(dump(m));
		json_decref(m);
		if (!*map_json)
			oom(&im);
	}
	if (im.status) {
		rc = im.status;
		goto done;
	}
	if (rc == PRIVICON_OK && xml) {
		json_t *pub = im.publication;
		root = json_pack("{s:s, s:i, s:O, s:O, s:O}", "format", PV_EXPORT_FORMAT,
		                 "formatVersion", PV_EXPORT_FORMAT_VERSION, "register", reg,
		                 "controller", controller, "activities", acts);
		if (root && pub && json_object_set(root, "publication", pub) != 0)
			rc = PRIVICON_ENOMEM;
		if (!root)
			rc = PRIVICON_ENOMEM;
		else if (rc == PRIVICON_OK)
			rc = pv_import_json_doc(xml, xml_size, diags, name, root);
	}

done:
	if (report_json && im.items) {
		size_t counts[5] = {0};
		size_t i;
		json_t *it;
		json_array_foreach(im.items, i, it) {
			const char *k = json_string_value(json_object_get(it, "kind"));
			for (size_t x = 0; x < 5; x++)
				if (k && strcmp(k, item_kind_names[x]) == 0)
					counts[x]++;
		}
		rep = json_pack("{s:s, s:s, s:s, s:I, s:b, s:{s:I, s:I, s:I, s:I, s:I}, s:O}",
		                "format", "privicon-import-report", "file", name, "sheetFormat",
		                wb.format == PV_SHEET_XLSX ? "xlsx"
		                : wb.format == PV_SHEET_ODS ? "ods" : "csv",
		                "activities", (json_int_t)(acts ? json_array_size(acts) : 0),
		                "written", rc == PRIVICON_OK && xml && *xml, "counts",
		                "unmapped", (json_int_t)counts[ITEM_UNMAPPED], "assumed",
		                (json_int_t)counts[ITEM_ASSUMED], "translate",
		                (json_int_t)counts[ITEM_TRANSLATE], "missing",
		                (json_int_t)counts[ITEM_MISSING], "ignored",
		                (json_int_t)counts[ITEM_IGNORED], "items", im.items);
		/* The sheet the activities were read from (XLSX, ODS). */
		if (rep && wb.activities.name &&
		    json_object_set_new(rep, "sheet", json_string(wb.activities.name)) != 0)
			rc = PRIVICON_ENOMEM;
		*report_json = with_newline(dump(rep));
		if (!*report_json && rc != PRIVICON_ENOMEM) {
			rc = PRIVICON_ENOMEM;
		}
	}
	if (rc != PRIVICON_OK && xml && *xml) {
		free(*xml);
		*xml = NULL;
		if (xml_size)
			*xml_size = 0;
	}
	json_decref(root);
	json_decref(rep);
	json_decref(acts);
	json_decref(ids);
	json_decref(controller);
	json_decref(reg);
	json_decref(im.items);
	json_decref(im.publication);
	json_decref(im.stated_controller);
	json_decref(im.stated_register);
	free(im.note.s);
	json_decref(map);
	free(im.col_field);
	pv_workbook_free(&wb);
	return rc;
}
