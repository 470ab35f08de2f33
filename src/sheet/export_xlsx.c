/*
 * export_xlsx.c - the register as a spreadsheet: privicon_export_xlsx().
 *
 * The layout is the import's (columns.c): one row per activity, one column
 * per field with the export's header, lists one item per line. Lines of
 * columns that belong together (a purpose's description, id, basis,
 * category and laws; a data category's source, registry, condition,
 * purposes and laws; a recipient and its agreement) are aligned, with
 * "geen" where an item has nothing, so the import pairs them again. A
 * line break inside such an item is written as PV_CELL_LINE_BREAK (a
 * pilcrow, sheet/values.h); a cell with one text keeps its line breaks.
 * Vocabulary terms are written as their Dutch labels, which the import
 * reads back (the alias table of model/vocab.c matches labels as well as keys).
 *
 * The workbook is built from the JSON export, so it holds exactly what
 * that export holds, and written with libxlsxwriter to a temporary file,
 * read back and removed. The creation time is SOURCE_DATE_EPOCH (else
 * 2000-01-01), so the same register gives the same bytes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>
#include <xlsxwriter.h>

#include "model/vocab.h"
#include "privicon.h"
#include "sheet/columns.h"
#include "sheet/values.h"
#include "util/strbuf.h"

#define NONE_TEXT "geen"
/* A transfer country stated as not known in advance (the import reads it
 * back, as it reads "unknown-in-advance"). */
#define UNKNOWN_COUNTRY_TEXT "vooraf onbekend"
/* A fact the register states as not stated. */
#define NOT_STATED_TEXT "niet vermeld"

typedef struct {
	pv_strbuf cells[PV_F_COUNT];
} row_text;

static const char *str(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* The Dutch label of key `key` in vocabulary `id`, or the key itself. */
static const char *label(pv_vocab_id id, const char *key)
{
	pv_vocab_key k = pv_vocab_find(id, key);
	return k == PV_VOCAB_NONE ? key : pv_vocab_label(id, k, "nl");
}

/* Appends `s` as one line of a cell with one item per line: a line break
 * inside it (LF, CRLF or CR) is written as PV_CELL_LINE_BREAK, which the
 * import turns back into a line break; empty becomes "geen" so the lines
 * stay aligned. */
static void line(pv_strbuf *b, const char *s)
{
	if (b->len || b->s)
		pv_strbuf_add(b, "\n");
	if (!s || !*s) {
		pv_strbuf_add(b, NONE_TEXT);
		return;
	}
	for (const char *p = s; *p; p++) {
		if (*p == '\r' && p[1] == '\n')
			p++;
		if (*p == '\n' || *p == '\r')
			pv_strbuf_add(b, PV_CELL_LINE_BREAK);
		else
			pv_strbuf_addn(b, p, 1);
	}
	if (!b->s)
		pv_strbuf_add(b, "");
}

static void text(pv_strbuf *b, const char *s)
{
	if (s)
		pv_strbuf_add(b, s);
}

/* A yes/no fact as the import reads it back: "ja", "nee", or "niet
 * vermeld" (the JSON string "not-stated"); NULL when the fact is absent. */
static const char *yes_no(const json_t *v)
{
	if (json_is_string(v) && strcmp(json_string_value(v), "not-stated") == 0)
		return NOT_STATED_TEXT;
	if (json_is_string(v) && strcmp(json_string_value(v), "no") == 0)
		return "nee";
	if (!json_is_boolean(v))
		return NULL;
	return json_is_true(v) ? "ja" : "nee";
}

/* Field `s` of a law, its ';' and '|' in full-width form (values.h), so
 * they neither split the law nor its fields. */
static void law_field(pv_strbuf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == ';')
			pv_strbuf_add(b, PV_CELL_SEMICOLON);
		else if (*s == '|')
			pv_strbuf_add(b, PV_CELL_BAR);
		else
			pv_strbuf_addn(b, s, 1);
	}
}

/* Whether the import would read more than a title in `title` written
 * alone (free text: "art. 7", a BWB number or a web address in it). */
static int title_looks_like_fields(const char *title)
{
	static const char *const words[] = {"art.", "artikel", "bwbr", "http", "|"};
	char lower[512];
	size_t i;
	for (i = 0; title[i] && i + 1 < sizeof(lower); i++)
		lower[i] = (char)(title[i] >= 'A' && title[i] <= 'Z' ? title[i] - 'A' + 'a' : title[i]);
	lower[i] = '\0';
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strstr(lower, words[i]))
			return 1;
	return 0;
}

/* "Title | article | bwb | url ; ..." for a laws array, with only the
 * fields a law has ("Wmo 2015", "Gemeentewet | 160"; the import knows a
 * BWB number and a web address by their form); NULL when empty. A title
 * alone that the import would read as more gets a " |" after it. */
static char *laws_text(const json_t *laws)
{
	static const char *const fields[] = {"article", "bwb", "url"};
	pv_strbuf b = PV_STRBUF_INIT;
	size_t i;
	json_t *l;
	json_array_foreach(laws, i, l) {
		const char *title = str(l, "title") ? str(l, "title") : "";
		int any = 0;
		if (i)
			pv_strbuf_add(&b, " ; ");
		law_field(&b, title);
		for (size_t f = 0; f < sizeof(fields) / sizeof(fields[0]); f++)
			if (str(l, fields[f]) && *str(l, fields[f])) {
				pv_strbuf_add(&b, " | ");
				law_field(&b, str(l, fields[f]));
				any = 1;
			}
		if (!any && title_looks_like_fields(title))
			pv_strbuf_add(&b, " |");
	}
	if (b.oom) {
		free(b.s);
		return NULL;
	}
	return b.s;
}

/* Whether every line of `b` is "geen": then the column stays empty. */
static void drop_if_all_none(pv_strbuf *b)
{
	const char *p = b->s;
	if (!p)
		return;
	while (*p) {
		size_t n = strcspn(p, "\n");
		if (n != strlen(NONE_TEXT) || strncmp(p, NONE_TEXT, n) != 0)
			return;
		p += n;
		if (*p)
			p++;
	}
	b->len = 0;
	b->s[0] = '\0';
}

/* What a camera or sensor observes, in the words the import reads back. */
static const char *area_text(const char *area)
{
	if (!area)
		return NULL;
	return strcmp(area, "publicly-accessible") == 0 ? "openbaar toegankelijk"
	                                                : "niet openbaar toegankelijk";
}

static void localized(pv_strbuf *nl, pv_strbuf *en, const json_t *o)
{
	text(nl, str(o, "nl"));
	text(en, str(o, "en"));
}

static void fill_row(row_text *r, const json_t *a)
{
	pv_strbuf *c = r->cells;
	size_t i;
	json_t *v, *o;
	char num[32];

	text(&c[PV_F_ID], str(a, "id"));
	snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(json_object_get(a, "version")));
	text(&c[PV_F_VERSION], num);
	text(&c[PV_F_STATUS], label(PV_VOCAB_ACTIVITY_STATUS, str(a, "status")));
	text(&c[PV_F_START_DATE], str(a, "startDate"));
	text(&c[PV_F_END_DATE], str(a, "endDate"));
	localized(&c[PV_F_NAME_NL], &c[PV_F_NAME_EN], json_object_get(a, "name"));
	localized(&c[PV_F_SUMMARY_NL], &c[PV_F_SUMMARY_EN], json_object_get(a, "summary"));
	text(&c[PV_F_DEPARTMENT], str(a, "department"));
	text(&c[PV_F_LEGAL_TEXT], str(a, "legalText"));

	json_array_foreach(json_object_get(a, "purposes"), i, o) {
		char *laws = laws_text(json_object_get(o, "laws"));
		const json_t *d = json_object_get(o, "description");
		line(&c[PV_F_PURPOSE_NL], str(d, "nl"));
		line(&c[PV_F_PURPOSE_EN], str(d, "en"));
		line(&c[PV_F_PURPOSE_ID], str(o, "id"));
		line(&c[PV_F_BASIS], label(PV_VOCAB_LEGAL_BASIS, str(o, "basis")));
		line(&c[PV_F_PURPOSE_CATEGORY], label(PV_VOCAB_PURPOSE_CATEGORY, str(o, "category")));
		line(&c[PV_F_LAW], laws);
		line(&c[PV_F_PURPOSE_OUTSIDE_TASKS], str(o, "outsidePublicTasks"));
		line(&c[PV_F_PURPOSE_PARENTAL_CONSENT], str(o, "parentalConsent"));
		free(laws);
	}
	drop_if_all_none(&c[PV_F_PURPOSE_OUTSIDE_TASKS]);
	drop_if_all_none(&c[PV_F_PURPOSE_PARENTAL_CONSENT]);
	drop_if_all_none(&c[PV_F_PURPOSE_NL]);
	drop_if_all_none(&c[PV_F_PURPOSE_EN]);
	drop_if_all_none(&c[PV_F_LAW]);

	json_array_foreach(json_object_get(a, "dataSubjects"), i, v)
		line(&c[PV_F_SUBJECTS], label(PV_VOCAB_DATA_SUBJECT, json_string_value(v)));
	text(&c[PV_F_LARGE_SCALE], yes_no(json_object_get(a, "largeScale")));

	json_array_foreach(json_object_get(a, "personalData"), i, o) {
		char *laws = laws_text(json_object_get(o, "laws"));
		pv_strbuf refs = PV_STRBUF_INIT;
		size_t k;
		json_t *id;
		json_array_foreach(json_object_get(o, "purposes"), k, id)
			pv_strbuf_printf(&refs, "%s%s", k ? " " : "", json_string_value(id));
		line(&c[PV_F_DATA], label(PV_VOCAB_DATA_CATEGORY, str(o, "kind")));
		line(&c[PV_F_DATA_SOURCE], label(PV_VOCAB_DATA_SOURCE, str(o, "source")));
		line(&c[PV_F_DATA_REGISTRY], str(o, "registry")
		                                     ? label(PV_VOCAB_BASE_REGISTRY, str(o, "registry"))
		                                     : NULL);
		line(&c[PV_F_DATA_ART9], str(o, "art9Condition")
		                                 ? label(PV_VOCAB_SPECIAL_CONDITION,
		                                         str(o, "art9Condition"))
		                                 : NULL);
		line(&c[PV_F_DATA_PURPOSES], refs.s);
		line(&c[PV_F_DATA_LAW], laws);
		line(&c[PV_F_DATA_LABEL_NL], str(json_object_get(o, "label"), "nl"));
		line(&c[PV_F_DATA_LABEL_EN], str(json_object_get(o, "label"), "en"));
		line(&c[PV_F_DATA_AREA], area_text(str(o, "area")));
		free(refs.s);
		free(laws);
	}
	drop_if_all_none(&c[PV_F_DATA_REGISTRY]);
	drop_if_all_none(&c[PV_F_DATA_ART9]);
	drop_if_all_none(&c[PV_F_DATA_PURPOSES]);
	drop_if_all_none(&c[PV_F_DATA_LAW]);
	drop_if_all_none(&c[PV_F_DATA_LABEL_NL]);
	drop_if_all_none(&c[PV_F_DATA_LABEL_EN]);
	drop_if_all_none(&c[PV_F_DATA_AREA]);

	o = json_object_get(a, "recipients");
	json_array_foreach(json_object_get(o, "list"), i, v) {
		pv_strbuf one = PV_STRBUF_INIT;
		pv_strbuf_printf(&one, "%s: %s", label(PV_VOCAB_RECIPIENT_KIND, str(v, "kind")),
		                 str(v, "name") ? str(v, "name") : "");
		line(&c[PV_F_RECIPIENTS], one.s);
		line(&c[PV_F_AGREEMENT], str(v, "agreement"));
		line(&c[PV_F_RECIPIENT_NAME_EN], str(v, "nameEn"));
		line(&c[PV_F_RECIPIENT_ROLE_NL], str(json_object_get(v, "role"), "nl"));
		line(&c[PV_F_RECIPIENT_ROLE_EN], str(json_object_get(v, "role"), "en"));
		free(one.s);
	}
	drop_if_all_none(&c[PV_F_AGREEMENT]);
	drop_if_all_none(&c[PV_F_RECIPIENT_NAME_EN]);
	drop_if_all_none(&c[PV_F_RECIPIENT_ROLE_NL]);
	drop_if_all_none(&c[PV_F_RECIPIENT_ROLE_EN]);
	text(&c[PV_F_OUTSIDE], yes_no(json_object_get(o, "outsideController")));
	text(&c[PV_F_SOLD], yes_no(json_object_get(o, "sold")));

	o = json_object_get(a, "transfers");
	text(&c[PV_F_TRANSFERS], yes_no(json_object_get(o, "outsideEea")));
	json_array_foreach(json_object_get(o, "list"), i, v) {
		pv_strbuf one = PV_STRBUF_INIT;
		const char *country = str(v, "country");
		pv_strbuf_printf(&one, "%s | %s",
		                 country && strcmp(country, "unknown-in-advance") == 0
		                         ? UNKNOWN_COUNTRY_TEXT
		                         : country,
		                 str(v, "mechanism") ? label(PV_VOCAB_TRANSFER_MECHANISM,
		                                             str(v, "mechanism"))
		                                     : NONE_TEXT);
		if (str(v, "recipient"))
			pv_strbuf_printf(&one, " | %s", str(v, "recipient"));
		line(&c[PV_F_COUNTRIES], one.s);
		free(one.s);
	}

	/* One line per retention period; one period is an object (issue 17). */
	if ((o = json_object_get(a, "retention"))) {
		size_t n = json_is_array(o) ? json_array_size(o) : 1;
		for (i = 0; i < n; i++) {
			const json_t *p = json_is_array(o) ? json_array_get(o, i) : o;
			const json_t *to = json_object_get(p, "appliesTo");
			pv_strbuf kinds = PV_STRBUF_INIT;
			size_t k;
			json_array_foreach(json_object_get(p, "categories"), k, v)
				pv_strbuf_printf(&kinds, "%s%s", k ? ", " : "",
				                 label(PV_VOCAB_DATA_CATEGORY, json_string_value(v)));
			line(&c[PV_F_RETENTION], str(p, "period"));
			line(&c[PV_F_RETENTION_FROM], label(PV_VOCAB_RETENTION_START, str(p, "from")));
			line(&c[PV_F_SELECTIELIJST], str(p, "selectielijst"));
			line(&c[PV_F_RETENTION_FOR_NL], str(to, "nl"));
			line(&c[PV_F_RETENTION_FOR_EN], str(to, "en"));
			line(&c[PV_F_RETENTION_DATA], kinds.s);
			free(kinds.s);
		}
		drop_if_all_none(&c[PV_F_SELECTIELIJST]);
		drop_if_all_none(&c[PV_F_RETENTION_FOR_NL]);
		drop_if_all_none(&c[PV_F_RETENTION_FOR_EN]);
		drop_if_all_none(&c[PV_F_RETENTION_DATA]);
	}

	o = json_object_get(a, "automatedDecision");
	text(&c[PV_F_AUTOMATED], yes_no(json_object_get(o, "present")));
	text(&c[PV_F_DECISIONS], yes_no(json_object_get(o, "decisions")));
	localized(&c[PV_F_HUMAN_REVIEW_NL], &c[PV_F_HUMAN_REVIEW_EN], json_object_get(o, "humanReview"));
	localized(&c[PV_F_AUTO_LOGIC_NL], &c[PV_F_AUTO_LOGIC_EN], json_object_get(o, "logic"));
	localized(&c[PV_F_AUTO_CONSEQUENCE_NL], &c[PV_F_AUTO_CONSEQUENCE_EN],
	          json_object_get(o, "consequence"));
	o = json_object_get(a, "profiling");
	text(&c[PV_F_PROFILING], yes_no(json_object_get(o, "present")));
	localized(&c[PV_F_PROFILING_NL], &c[PV_F_PROFILING_EN], json_object_get(o, "description"));

	json_array_foreach(json_object_get(a, "security"), i, v)
		line(&c[PV_F_SECURITY], label(PV_VOCAB_SECURITY_MEASURE, json_string_value(v)));

	if ((o = json_object_get(a, "dpia"))) {
		text(&c[PV_F_DPIA], yes_no(json_object_get(o, "required")));
		if (str(o, "status"))
			text(&c[PV_F_DPIA_STATUS], label(PV_VOCAB_DPIA_STATUS, str(o, "status")));
		text(&c[PV_F_DPIA_DATE], str(o, "date"));
		text(&c[PV_F_DPIA_REFERENCE], str(o, "reference"));
		text(&c[PV_F_DPIA_NEW_TECHNOLOGY], yes_no(json_object_get(o, "newTechnology")));
		text(&c[PV_F_DPIA_REASON], str(o, "reason"));
	}

	json_array_foreach(json_object_get(a, "acknowledgements"), i, v) {
		pv_strbuf one = PV_STRBUF_INIT;
		pv_strbuf_printf(&one, "%s: %s", str(v, "rule"), str(v, "reason"));
		line(&c[PV_F_ACKNOWLEDGEMENTS], one.s);
		free(one.s);
	}
	text(&c[PV_F_INTERNAL_NOTE], str(a, "internalNote"));
}

/* The controller sheet: label, value. */
static int organisation(lxw_worksheet *ws, lxw_format *bold, const json_t *root)
{
	const json_t *c = json_object_get(root, "controller"), *r = json_object_get(root, "register");
	const json_t *contact = json_object_get(c, "contact"), *dpo = json_object_get(c, "dpo");
	const json_t *ident = json_object_get(c, "identifier");
	const json_t *sa = json_object_get(c, "supervisoryAuthority");
	const json_t *langs = json_object_get(r, "languages");
	/* Only a register in one language states its languages ("nl"). */
	const char *languages = json_array_size(langs) == 1
	                                ? json_string_value(json_array_get(langs, 0))
	                                : NULL;
	const char *rows[][2] = {
		{"Naam organisatie", str(c, "name")},
		{"Korte naam", str(json_object_get(c, "shortName"), "nl")},
		{"Korte naam (Engels)", str(json_object_get(c, "shortName"), "en")},
		{"Soort organisatie", str(c, "kind") ? label(PV_VOCAB_CONTROLLER_KIND, str(c, "kind")) : NULL},
		{"Overheid", yes_no(json_object_get(c, "publicAuthority"))},
		{"Land", str(c, "country")},
		{"E-mail", str(contact, "email")},
		{"Telefoon", str(contact, "phone")},
		{"Website", str(contact, "web")},
		{"FG naam", str(dpo, "name")},
		{"FG e-mail", str(dpo, "email")},
		{"FG telefoon", str(dpo, "phone")},
		{"Kenmerk soort", str(ident, "scheme")},
		{"Kenmerk", str(ident, "value")},
		{"Toezichthouder", str(sa, "name")},
		{"Toezichthouder (Engels)", str(sa, "nameEn")},
		{"Toezichthouder website", str(sa, "web")},
		{"Registerversie", str(r, "version")},
		{"Registerdatum", str(r, "date")},
		{"Talen register", languages},
		{"Publicatieadres", str(json_object_get(root, "publication"), "baseUrl")},
	};
	lxw_row_t row = 0;
	worksheet_set_column(ws, 0, 0, 22, NULL);
	worksheet_set_column(ws, 1, 1, 60, NULL);
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		if (!rows[i][1])
			continue;
		if (worksheet_write_string(ws, row, 0, rows[i][0], bold) != LXW_NO_ERROR ||
		    worksheet_write_string(ws, row, 1, rows[i][1], NULL) != LXW_NO_ERROR)
			return -1;
		row++;
	}
	return 0;
}

static int write_workbook(const char *path, const json_t *root)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = NULL};
	lxw_doc_properties props = {
		.title = "Verwerkingsregister",
		.comments = "privicon export --format xlsx",
		.created = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) : (time_t)946684800,
	};
	lxw_workbook *wb = workbook_new_opt(path, &options);
	lxw_worksheet *ws, *org;
	lxw_format *bold, *wrap;
	size_t i;
	json_t *a;
	int failed = 0;

	if (!wb)
		return -1;
	workbook_set_properties(wb, &props);
	ws = workbook_add_worksheet(wb, "Register");
	org = workbook_add_worksheet(wb, "Organisatie");
	bold = workbook_add_format(wb);
	wrap = workbook_add_format(wb);
	if (!ws || !org || !bold || !wrap) {
		workbook_close(wb);
		return -1;
	}
	format_set_bold(bold);
	format_set_text_wrap(wrap);
	format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
	worksheet_freeze_panes(ws, 1, 1);
	lxw_col_t col = 0;
	for (int f = 0; f < PV_F_COUNT; f++) {
		const pv_field_def *def = pv_field_get((pv_field)f);
		if (!def->exported)
			continue;
		failed |= worksheet_write_string(ws, 0, col, def->header, bold) != LXW_NO_ERROR;
		worksheet_set_column(ws, col, col, 28, NULL);
		col++;
	}
	json_array_foreach(json_object_get(root, "activities"), i, a) {
		row_text r;
		memset(&r, 0, sizeof(r));
		fill_row(&r, a);
		col = 0;
		for (int f = 0; f < PV_F_COUNT; f++) {
			if (!pv_field_get((pv_field)f)->exported)
				continue;
			if (r.cells[f].oom)
				failed = 1;
			else if (r.cells[f].len)
				failed |= worksheet_write_string(ws, (lxw_row_t)(i + 1), col, r.cells[f].s,
				                                 wrap) != LXW_NO_ERROR;
			free(r.cells[f].s);
			col++;
		}
	}
	failed |= organisation(org, bold, root) != 0;
	failed |= workbook_close(wb) != LXW_NO_ERROR;
	return failed ? -1 : 0;
}

static int read_back(char **out, size_t *size, const char *path)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	char *buf;
	if (!f)
		return PRIVICON_EIO;
	if (fstat(fileno(f), &st) != 0 || st.st_size <= 0) {
		fclose(f);
		return PRIVICON_EIO;
	}
	buf = malloc((size_t)st.st_size + 1);
	if (!buf) {
		fclose(f);
		return PRIVICON_ENOMEM;
	}
	if (fread(buf, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
		free(buf);
		fclose(f);
		return PRIVICON_EIO;
	}
	fclose(f);
	buf[st.st_size] = '\0';
	*out = buf;
	*size = (size_t)st.st_size;
	return PRIVICON_OK;
}

int privicon_export_xlsx(char **out, size_t *size, privicon_diagnostics *diags,
                         const privicon_register *reg)
{
	char *json = NULL, path[4096];
	size_t json_size = 0;
	json_t *root;
	json_error_t err;
	const char *dir = getenv("TMPDIR");
	int fd, rc;

	if (!out || !size || !reg || !diags)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	rc = privicon_export(&json, &json_size, diags, reg, PRIVICON_EXPORT_JSON, NULL);
	if (rc != PRIVICON_OK)
		return rc;
	root = json_loadb(json, json_size, 0, &err);
	privicon_free(json);
	if (!root)
		return PRIVICON_ENOMEM;
	snprintf(path, sizeof(path), "%s/privicon-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(path);
	if (fd < 0) {
		json_decref(root);
		return PRIVICON_EIO;
	}
	close(fd);
	rc = write_workbook(path, root) == 0 ? read_back(out, size, path) : PRIVICON_EIO;
	unlink(path);
	json_decref(root);
	return rc;
}
