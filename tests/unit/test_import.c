/*
 * test_import.c - the spreadsheet import's parts: headers and values by
 * meaning (columns.c, vocab_alias.c, values.c), and hostile workbooks
 * built here with libzip: zip bombs by size and by ratio, entities and
 * DTDs in a part, absurd row, column and repeat counts. Each hostile file
 * must be refused with a diagnostic, in bounded time. And a workbook laid
 * out as a municipality keeps it (built here with libxlsxwriter): a merged
 * title, a merged row of group headers, Dutch headers in odd order, empty
 * rows between the activities, a sheet "Organisatie".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>
#include <zip.h>

#include "check.h"
#include "model/vocab.h"
#include "privicon.h"
#include "sheet/columns.h"
#include "sheet/meaning.h"
#include "sheet/values.h"
#include "util/fold.h"

/* ---- meaning ---------------------------------------------------------- */

static void test_headers(void)
{
	static const struct {
		const char *header;
		pv_field field;
	} cases[] = {
		{"Naam van de verwerking", PV_F_NAME_NL},
		{"Verwerkingsactiviteit", PV_F_NAME_NL},
		{"Doel(en)", PV_F_PURPOSE_NL},
		{"Grondslag", PV_F_BASIS},
		{"Rechtsgrond", PV_F_BASIS},
		{"Categorieën betrokkenen", PV_F_SUBJECTS},
		{"BETROKKENEN, CATEGORIEËN", PV_F_SUBJECTS},
		{"Categorieën van persoonsgegevens", PV_F_DATA},
		{"Bijzondere persoonsgegevens", PV_F_SPECIAL},
		{"Ontvangers", PV_F_RECIPIENTS},
		{"Verwerker(s)", PV_F_PROCESSORS},
		{"Verwerkersovereenkomst", PV_F_AGREEMENT},
		{"Doorgifte buiten de EER / derde landen", PV_F_TRANSFERS},
		{"Bewaartermijn", PV_F_RETENTION},
		{"Beveiligingsmaatregelen", PV_F_SECURITY},
		{"DPIA", PV_F_DPIA},
		{"Afdeling / proceseigenaar", PV_F_DEPARTMENT},
		{"Geautomatiseerde besluitvorming", PV_F_AUTOMATED},
		{"Profilering", PV_F_PROFILING},
		{"Wettelijke grondslag / wet", PV_F_LAW},
		{"Selectielijst", PV_F_SELECTIELIJST},
		{"Legal basis", PV_F_BASIS},
		{"Categories of data subjects", PV_F_SUBJECTS},
		{"Retention period", PV_F_RETENTION},
		{"Kleur van de map", PV_F_NONE},
		{"Opmerkingen", PV_F_INTERNAL_NOTE},
		{"Interne notitie", PV_F_INTERNAL_NOTE},
		{"Rol van de ontvanger", PV_F_RECIPIENT_ROLE_NL},
		{"Ontvangers (Engels)", PV_F_RECIPIENT_NAME_EN},
		{"Eigen naam gegeven", PV_F_DATA_LABEL_NL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		pv_field got = pv_field_by_header(cases[i].header);
		CHECK(got == cases[i].field, "header '%s' is field %s", cases[i].header,
		      cases[i].field == PV_F_NONE ? "(none)" : pv_field_get(cases[i].field)->key);
	}
	/* Every header the export writes reads back as its own field. */
	int all = 1;
	for (int f = 0; f < PV_F_COUNT; f++)
		if (pv_field_by_header(pv_field_get((pv_field)f)->header) != (pv_field)f) {
			all = 0;
			printf("# export header '%s' reads back wrongly\n", pv_field_get((pv_field)f)->header);
		}
	CHECK(all, "every export header reads back as its own field");
}

static const char *match_one(pv_vocab_id id, const char *text)
{
	pv_vocab_key k[4];
	size_t n = pv_sheet_terms(id, text, k, 4);
	return n ? pv_vocab_term(id, k[0])->key : "(none)";
}

static void test_values(void)
{
	static const struct {
		pv_vocab_id id;
		const char *text, *key;
	} cases[] = {
		{PV_VOCAB_DATA_CATEGORY, "Gezondheidsgegevens", "health"},
		{PV_VOCAB_DATA_CATEGORY, "medische gegevens", "health"},
		{PV_VOCAB_DATA_CATEGORY, "BSN", "bsn"},
		{PV_VOCAB_DATA_CATEGORY, "Burgerservicenummer", "bsn"},
		{PV_VOCAB_LEGAL_BASIS, "wettelijke verplichting", "legal-obligation"},
		{PV_VOCAB_LEGAL_BASIS, "art. 6 lid 1 sub c", "legal-obligation"},
		{PV_VOCAB_LEGAL_BASIS, "Artikel 6 lid 1 onder e AVG", "public-task"},
		{PV_VOCAB_LEGAL_BASIS, "6(1)(f) GDPR", "legitimate-interest"},
		{PV_VOCAB_LEGAL_BASIS, "Taak van algemeen belang", "public-task"},
		{PV_VOCAB_SPECIAL_CONDITION, "art. 9 lid 2 sub h", "health-social-care"},
		{PV_VOCAB_DATA_SUBJECT, "Cliënten", "clients"},
		{PV_VOCAB_RECIPIENT_KIND, "Belastingdienst", "public-authority"},
		{PV_VOCAB_SECURITY_MEASURE, "2FA", "multi-factor-authentication"},
		{PV_VOCAB_LEGAL_BASIS, "vanwege de wet", "(none)"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(strcmp(match_one(cases[i].id, cases[i].text), cases[i].key) == 0,
		      "'%s' maps to %s", cases[i].text, cases[i].key);
	/* Every key and both labels of every term read back as that term. */
	int all = 1;
	for (int v = 0; v < PV_VOCAB_COUNT; v++) {
		const pv_vocab *voc = pv_vocab_get((pv_vocab_id)v);
		for (size_t t = 0; t < voc->count; t++) {
			const char *names[3] = {voc->terms[t].key, voc->terms[t].nl, voc->terms[t].en};
			for (int n = 0; n < 3; n++)
				if (strcmp(match_one((pv_vocab_id)v, names[n]), voc->terms[t].key) != 0) {
					all = 0;
					printf("# %s: '%s' does not read back as %s\n", voc->name, names[n],
					       voc->terms[t].key);
				}
		}
	}
	CHECK(all, "every vocabulary key and label reads back as its term");
	pv_vocab_key nk[4];
	size_t n = pv_sheet_terms(PV_VOCAB_DATA_CATEGORY, "NAW-gegevens", nk, 4);
	CHECK(n == 2 && nk[0] == pv_vocab_find(PV_VOCAB_DATA_CATEGORY, "name") &&
	          nk[1] == pv_vocab_find(PV_VOCAB_DATA_CATEGORY, "address"),
	      "'NAW-gegevens' is name and address");
	CHECK(pv_sheet_term_within(PV_VOCAB_RETENTION_START, "zeven jaar na afhandeling") ==
	          pv_vocab_find(PV_VOCAB_RETENTION_START, "case-closed"),
	      "'zeven jaar na afhandeling' names case-closed");

	static const struct {
		const char *text, *period;
	} durations[] = {
		{"7 jaar", "P7Y"}, {"zeven jaar na afhandeling", "P7Y"}, {"1,5 jaar", "P18M"},
		{"18 maanden", "P18M"}, {"10 years after the decision", "P10Y"}, {"P5Y", "P5Y"},
		{"p6m", "P6M"}, {"permanent", "permanent"}, {"Blijvend bewaren", "permanent"},
		{"een half jaar", "P6M"}, {"twee weken", "P2W"}, {"tot het einde", ""},
	};
	for (size_t i = 0; i < sizeof(durations) / sizeof(durations[0]); i++) {
		char out[32];
		pv_parse_duration(out, sizeof(out), durations[i].text);
		CHECK(strcmp(out, durations[i].period) == 0, "'%s' is '%s' (got '%s')",
		      durations[i].text, durations[i].period, out);
	}
	char date[11];
	CHECK(pv_parse_date(date, "1-3-2024") == 0 && strcmp(date, "2024-03-01") == 0,
	      "Dutch date 1-3-2024 is 2024-03-01");
	CHECK(pv_parse_date(date, "45352") == 0 && strcmp(date, "2024-03-01") == 0,
	      "spreadsheet day 45352 is 2024-03-01");
	CHECK(pv_parse_date(date, "31-2-2024") != 0, "31 February is no date");
	CHECK(pv_country_code("vooraf onbekend") && strcmp(pv_country_code("vooraf onbekend"),
	                                                   "unknown-in-advance") == 0 &&
	      pv_country_code("wereldwijd") &&
	      strcmp(pv_country_code("wereldwijd"), "unknown-in-advance") == 0,
	      "a country not known in advance is stated as such, no country invented");
}

/* ---- the wording of real registers (issue 13) ---------------------------- */

/* `text` split by pv_split_lines, joined with " | " into `out`. */
static const char *lines_of(char *out, size_t cap, const char *text)
{
	pv_strlist l = {0};
	size_t n = 0;
	pv_split_lines(&l, text);
	out[0] = '\0';
	for (size_t i = 0; i < l.n && n < cap; i++)
		n += (size_t)snprintf(out + n, cap - n, "%s%s", i ? " | " : "", l.items[i]);
	pv_strlist_free(&l);
	return out;
}

static void test_real_wording(void)
{
	/* Headers of the model register many Dutch municipalities start from,
	 * of Flemish registers and of EU institutions' records. */
	static const struct {
		const char *header;
		pv_field field;
	} headers[] = {
		{"Doel(en) van de verwerking", PV_F_PURPOSE_NL},
		{"Proceseigenaar", PV_F_DEPARTMENT},
		{"Dienst", PV_F_DEPARTMENT},
		{"Verwerkingsdoeleinde", PV_F_PURPOSE_NL},
		{"Categorie betrokkenen", PV_F_SUBJECTS},
		{"Wettelijke basis", PV_F_LAW},
		{"Gevoelige gegevens", PV_F_SPECIAL},
		{"Bewaringstermijn", PV_F_RETENTION},
		{"Doorgifte aan derde landen", PV_F_TRANSFERS},
		{"Doorgifte naar derde landen", PV_F_TRANSFERS},
		{"Name of the processing operation", PV_F_NAME_EN},
		{"Purpose of the processing", PV_F_PURPOSE_EN},
		{"Time limit for keeping the data", PV_F_RETENTION},
		{"Recipients of the data", PV_F_RECIPIENTS},
		{"Transfers to third countries or international organisations", PV_F_TRANSFERS},
		/* An internal remark is never a text for residents. */
		{"Toelichting", PV_F_INTERNAL_NOTE},
		/* Not a column of the register's facts: not read, reported. */
		{"Verwerkingsverantwoordelijke", PV_F_NONE},
	};
	for (size_t i = 0; i < sizeof(headers) / sizeof(headers[0]); i++) {
		pv_field got = pv_field_by_header(headers[i].header);
		CHECK(got == headers[i].field, "real header '%s' is field %s", headers[i].header,
		      headers[i].field == PV_F_NONE ? "(none)" : pv_field_get(headers[i].field)->key);
	}

	static const struct {
		pv_vocab_id id;
		const char *text, *key;
	} values[] = {
		{PV_VOCAB_LEGAL_BASIS, "AVG art. 6.1.c", "legal-obligation"},
		{PV_VOCAB_LEGAL_BASIS, "art. 6.1.e AVG", "public-task"},
		{PV_VOCAB_LEGAL_BASIS, "6 lid 1 c", "legal-obligation"},
		{PV_VOCAB_LEGAL_BASIS, "Article 6(1)(e) GDPR", "public-task"},
		{PV_VOCAB_LEGAL_BASIS, "artikel 6, eerste lid, onder e, AVG", "public-task"},
		{PV_VOCAB_LEGAL_BASIS, "Contractuele overeenkomst", "contract"},
		{PV_VOCAB_LEGAL_BASIS, "Consent of the data subject", "consent"},
		/* EU institutions: Art. 5(1) of Regulation 2018/1725 has its own
		 * order; never read as Art. 6(1) GDPR's letters. */
		{PV_VOCAB_LEGAL_BASIS, "Article 5(1)(a) of Regulation (EU) 2018/1725", "public-task"},
		{PV_VOCAB_LEGAL_BASIS, "Article 5(1)(d) of Regulation (EU) 2018/1725", "consent"},
		{PV_VOCAB_LEGAL_BASIS, "Article 6(1)(a) of Regulation (EU) 2018/1725", "(none)"},
		/* A law title or "Wet" alone names no basis: a legal obligation or
		 * a public task laid down in a law. */
		{PV_VOCAB_LEGAL_BASIS, "Wet", "(none)"},
		{PV_VOCAB_LEGAL_BASIS, "law", "(none)"},
		{PV_VOCAB_LEGAL_BASIS, "Wet maatschappelijke ondersteuning 2015", "(none)"},
		{PV_VOCAB_LEGAL_BASIS, "AVG", "(none)"},
		{PV_VOCAB_LEGAL_BASIS, "Zie privacyverklaring", "(none)"},
		{PV_VOCAB_DATA_CATEGORY, "Beeldopnamen", "images"},
		/* A Belgian national number is not a Dutch BSN. */
		{PV_VOCAB_DATA_CATEGORY, "Rijksregisternummer", "(none)"},
		{PV_VOCAB_DATA_CATEGORY, "Identificatiegegevens", "(none)"},
		{PV_VOCAB_RECIPIENT_KIND, "Zorgverstrekkers", "care-partner"},
	};
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++)
		CHECK(strcmp(match_one(values[i].id, values[i].text), values[i].key) == 0,
		      "real value '%s' maps to %s (got %s)", values[i].text, values[i].key,
		      match_one(values[i].id, values[i].text));
	pv_vocab_key nk[4];
	size_t n = pv_sheet_terms(PV_VOCAB_DATA_CATEGORY, "NAW", nk, 4);
	CHECK(n == 2 && nk[0] == pv_vocab_find(PV_VOCAB_DATA_CATEGORY, "name") &&
	          nk[1] == pv_vocab_find(PV_VOCAB_DATA_CATEGORY, "address"),
	      "'NAW' is name and address, as 'NAW-gegevens'");

	/* A basis cell that names the law with it. */
	static const struct {
		const char *text, *basis, *law;
	} joined[] = {
		{"Art. 6 lid 1 sub e AVG jo. art. 2.3.2 Wmo 2015", "Art. 6 lid 1 sub e AVG",
		 "art. 2.3.2 Wmo 2015"},
		{"Wettelijke verplichting juncto Participatiewet", "Wettelijke verplichting",
		 "Participatiewet"},
		/* (the law's closing parenthesis is a separator to the law parser) */
		{"Publieke taak (jo. Jeugdwet)", "Publieke taak", "Jeugdwet)"},
		/* not a law: an Art. 9 condition, a second basis, the GDPR itself */
		{"Art. 6 lid 1 sub e jo. art. 9 lid 2 sub h AVG", NULL, NULL},
		{"Publieke taak jo. wettelijke verplichting", NULL, NULL},
		{"Art. 6 lid 1 sub e jo. AVG", NULL, NULL},
		/* the basis part must name a basis */
		{"Wet jo. Wmo 2015", NULL, NULL},
		{"Wmo 2015", NULL, NULL},
	};
	for (size_t i = 0; i < sizeof(joined) / sizeof(joined[0]); i++) {
		size_t bl = 0;
		const char *law = pv_sheet_basis_law(joined[i].text, &bl);
		int ok = joined[i].law ? law && strcmp(law, joined[i].law) == 0 &&
		                             bl == strlen(joined[i].basis) &&
		                             strncmp(joined[i].text, joined[i].basis, bl) == 0
		                       : law == NULL;
		CHECK(ok, "'%s': basis '%s', law '%s'", joined[i].text,
		      joined[i].basis ? joined[i].basis : "(none)", joined[i].law ? joined[i].law : "(none)");
	}

	CHECK(strcmp(pv_sheet_after_heading("Bijzondere: gezondheid"), "gezondheid") == 0 &&
	          strcmp(pv_sheet_after_heading("Bijzondere persoonsgegevens: BSN"), "BSN") == 0 &&
	          strcmp(pv_sheet_after_heading("Leverancier: X"), "Leverancier: X") == 0,
	      "a heading such as 'Bijzondere:' is taken off a list item, other colons stay");
	CHECK(pv_refers_elsewhere("zie privacyverklaring") && pv_refers_elsewhere("see annex 2") &&
	          pv_refers_elsewhere("conform de wettelijke termijn") &&
	          !pv_refers_elsewhere("gemeentewet") && !pv_refers_elsewhere("ziekenhuis"),
	      "'zie ...' points elsewhere and states no value");
	CHECK(pv_yes_no_word("not applicable") == 0 && pv_yes_no_word("n v t") == 0 &&
	          pv_yes_no_word("n a") == 0,
	      "'not applicable', 'n.v.t.', 'N/A' say no");
	CHECK(pv_yes_no_word("nee behalve bij fraudevermoeden politie") == -1 &&
	          pv_yes_no_word("geen tenzij de rechter erom vraagt") == -1 &&
	          pv_yes_no_word("ja maar alleen bij bezwaar") == -1 &&
	          pv_yes_no_word("nee data blijven in de eer") == 0,
	      "'nee, behalve ...', 'geen, tenzij ...', 'ja, maar ...' are no plain yes or no");
	CHECK(pv_instruction_text("vul hier de naam van de verwerking in") &&
	          pv_instruction_text("voorbeeld parkeervergunning") &&
	          !pv_instruction_text("vulkanische as meting") && !pv_instruction_text("parkeren"),
	      "a template's instruction or example row is told from an activity's name");
	CHECK(pv_negated("nee niet uitgevoerd") && pv_negated("dpia nog niet gestart") &&
	          !pv_negated("ja uitgevoerd in 2023"),
	      "a negation next to a status is seen");

	/* Lists inside cells: bullets and numbers are no part of the values. */
	static const struct {
		const char *text, *want;
	} lists[] = {
		{"- NAW-gegevens\n- BSN", "NAW-gegevens | BSN"},
		{"\xe2\x80\xa2 Zorgaanbieders\n\xe2\x80\xa2 CAK", "Zorgaanbieders | CAK"},
		{"\xe2\x80\x93 naam\n\xe2\x80\x93 adres", "naam | adres"},
		{"1. Aanvragen beoordelen 2. Voorziening leveren", "Aanvragen beoordelen | Voorziening leveren"},
		{"1) naam 2) adres 3) BSN", "naam | adres | BSN"},
		{"\xe2\x80\xa2 naam \xe2\x80\xa2 adres", "naam | adres"},
		/* not a list: numbers inside the text stay */
		{"art. 2.3.2 Wmo 2015", "art. 2.3.2 Wmo 2015"},
		{"Selectielijst 2020 cat. 1. 2. 3", "Selectielijst 2020 cat. 1. 2. 3"},
		{"10 jaar na afhandeling", "10 jaar na afhandeling"},
	};
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		char got[256];
		lines_of(got, sizeof(got), lists[i].text);
		CHECK(strcmp(got, lists[i].want) == 0, "list %zu is '%s' (got '%s')", i, lists[i].want,
		      got);
	}
	pv_strlist l = {0};
	pv_split_lines(&l, "1. Beoordelen\n2. Leveren");
	CHECK(l.n == 2 && l.listed == 2, "numbered lines are counted as list items");
	pv_strlist_free(&l);
	pv_split_lines(&l, "Beoordelen of u recht heeft\nop ondersteuning");
	CHECK(l.n == 2 && l.listed == 0, "a text over two lines is no list");
	pv_strlist_free(&l);
}

/* ---- hostile workbooks ------------------------------------------------ */

typedef struct {
	const char *name;
	const char *data;
	size_t size;
} part;

/* A zip of `parts` in *out (malloc'd); 0 or -1. */
static int make_zip(char **out, size_t *size, const part *parts, size_t n)
{
	char path[] = "/tmp/privicon-test-zip-XXXXXX";
	int fd = mkstemp(path), err = 0;
	zip_t *z;
	FILE *f;
	long len;

	if (fd < 0)
		return -1;
	close(fd);
	z = zip_open(path, ZIP_TRUNCATE, &err);
	if (!z) {
		unlink(path);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		zip_source_t *s = zip_source_buffer(z, parts[i].data, parts[i].size, 0);
		if (!s || zip_file_add(z, parts[i].name, s, ZIP_FL_OVERWRITE) < 0) {
			zip_source_free(s);
			zip_discard(z);
			unlink(path);
			return -1;
		}
	}
	if (zip_close(z) != 0) {
		zip_discard(z);
		unlink(path);
		return -1;
	}
	f = fopen(path, "rb");
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	*out = malloc((size_t)len);
	*size = fread(*out, 1, (size_t)len, f);
	fclose(f);
	unlink(path);
	return 0;
}

#define CT "[Content_Types].xml"
#define CT_XML "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
#define WB_XML "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Register\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
#define RELS_XML "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"x\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
#define SHEET_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
#define SHEET_TAIL "</sheetData></worksheet>"

/* With PRIVICON_TEST_DUMP=DIR, each hostile file is also written to DIR
 * (how tests/fuzz-corpus/import/ got its hostile inputs). */
static void dump(const char *what, const char *data, size_t size)
{
	const char *dir = getenv("PRIVICON_TEST_DUMP");
	char path[512];
	FILE *f;
	if (!dir)
		return;
	snprintf(path, sizeof(path), "%s/", dir);
	for (const char *p = what; *p && strlen(path) < sizeof(path) - 8; p++) {
		size_t n = strlen(path);
		path[n] = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ? *p : '-';
		path[n + 1] = '\0';
	}
	if ((f = fopen(path, "wb"))) {
		fwrite(data, 1, size, f);
		fclose(f);
	}
}

/* Imports `data`; returns the status, and in `rule` the rule of the
 * first error. Fails the check when it takes more than 5 seconds. */
static int import(const char *what, const char *data, size_t size, char *rule, size_t cap)
{
	privicon_diagnostics *d = NULL;
	char *xml = NULL;
	size_t xml_size = 0;
	struct timespec a, b;
	int rc;

	dump(what, data, size);
	privicon_diagnostics_new(&d);
	clock_gettime(CLOCK_MONOTONIC, &a);
	rc = privicon_import_sheet(&xml, &xml_size, NULL, NULL, d, what, data, size, NULL);
	clock_gettime(CLOCK_MONOTONIC, &b);
	double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	CHECK(s < 5.0, "%s: refused in %.2f s", what, s);
	rule[0] = '\0';
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++)
		if (privicon_diagnostic_severity(d, i) == PRIVICON_ERROR) {
			snprintf(rule, cap, "%s", privicon_diagnostic_rule(d, i));
			break;
		}
	privicon_free(xml);
	privicon_diagnostics_free(d);
	return rc;
}

static void hostile_xlsx(const char *what, const char *sheet, size_t sheet_size,
                         const char *shared, const char *want_rule)
{
	part parts[5] = {
		{CT, CT_XML, strlen(CT_XML)},
		{"xl/workbook.xml", WB_XML, strlen(WB_XML)},
		{"xl/_rels/workbook.xml.rels", RELS_XML, strlen(RELS_XML)},
		{"xl/worksheets/sheet1.xml", sheet, sheet_size},
		{"xl/sharedStrings.xml", shared, shared ? strlen(shared) : 0},
	};
	char *zip = NULL, rule[64];
	size_t size = 0;
	if (make_zip(&zip, &size, parts, shared ? 5 : 4) != 0) {
		CHECK(0, "%s: could not build the zip", what);
		return;
	}
	CHECK(privicon_import_sniff(zip, size) == PRIVICON_INPUT_XLSX, "%s: sniffed as XLSX", what);
	int rc = import(what, zip, size, rule, sizeof(rule));
	CHECK(rc == PRIVICON_EINVALID && strcmp(rule, want_rule) == 0,
	      "%s: refused as %s (rc %d, rule '%s')", what, want_rule, rc, rule);
	free(zip);
}

static void test_hostile(void)
{
	/* A well-formed sheet of 60 MiB: past the part limit. */
	size_t big = (size_t)60 * 1024 * 1024;
	char *sheet = malloc(big);
	memset(sheet, ' ', big);
	memcpy(sheet, SHEET_HEAD, strlen(SHEET_HEAD));
	memcpy(sheet + big - strlen(SHEET_TAIL), SHEET_TAIL, strlen(SHEET_TAIL));
	hostile_xlsx("zip bomb (60 MiB part)", sheet, big, NULL, "import-limit");
	/* 4 MiB of blanks: compresses a thousandfold, past the ratio. */
	memcpy(sheet + 4 * 1024 * 1024 - strlen(SHEET_TAIL), SHEET_TAIL, strlen(SHEET_TAIL));
	hostile_xlsx("zip bomb (ratio)", sheet, 4 * 1024 * 1024, NULL, "import-limit");
	free(sheet);

	const char *ok_sheet = SHEET_HEAD "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" SHEET_TAIL;
	hostile_xlsx("entity in sharedStrings.xml", ok_sheet, strlen(ok_sheet),
	             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY a "
	             "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><sst xmlns=\"http://"
	             "schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&b;</t></si></sst>",
	             "xml-unsafe");
	hostile_xlsx("external DTD in sharedStrings.xml", ok_sheet, strlen(ok_sheet),
	             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst SYSTEM "
	             "\"http://example.invalid/x.dtd\"><sst xmlns=\"http://schemas.openxmlformats."
	             "org/spreadsheetml/2006/main\"/>",
	             "xml-unsafe");
	const char *wide = SHEET_HEAD "<row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>" SHEET_TAIL;
	hostile_xlsx("cell in column XFD", wide, strlen(wide), NULL, "import-limit");

	/* 50,001 rows with a cell each. */
	size_t cap = 50002 * 64 + 512, len = 0;
	char *rows = malloc(cap);
	len += (size_t)snprintf(rows + len, cap - len, "%s", SHEET_HEAD);
	for (int r = 1; r <= 50001; r++)
		len += (size_t)snprintf(rows + len, cap - len,
		                        "<row r=\"%d\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>", r);
	len += (size_t)snprintf(rows + len, cap - len, "%s", SHEET_TAIL);
	hostile_xlsx("50,001 rows", rows, len, NULL, "import-limit");
	free(rows);

	/* ODS: a cell repeated a billion times across, and down. */
	static const char *const ods_bodies[] = {
		"<table:table-row><table:table-cell table:number-columns-repeated=\"1000000000\">"
		"<text:p>x</text:p></table:table-cell></table:table-row>",
		"<table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell>"
		"<text:p>x</text:p></table:table-cell></table:table-row>",
	};
	static const char *const ods_what[] = {"ODS cell repeated 10^9 times across",
	                                       "ODS row repeated 10^9 times down"};
	for (int i = 0; i < 2; i++) {
		char content[2048], *zip = NULL, rule[64];
		size_t size = 0;
		snprintf(content, sizeof(content),
		         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
		         "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
		         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
		         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
		         "<office:spreadsheet><table:table table:name=\"R\">%s</table:table>"
		         "</office:spreadsheet></office:body></office:document-content>",
		         ods_bodies[i]);
		part parts[2] = {
			{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", 46},
			{"content.xml", content, strlen(content)},
		};
		if (make_zip(&zip, &size, parts, 2) != 0) {
			CHECK(0, "%s: could not build the zip", ods_what[i]);
			continue;
		}
		CHECK(privicon_import_sniff(zip, size) == PRIVICON_INPUT_ODS, "%s: sniffed as ODS",
		      ods_what[i]);
		int rc = import(ods_what[i], zip, size, rule, sizeof(rule));
		CHECK(rc == PRIVICON_EINVALID && strcmp(rule, "import-limit") == 0,
		      "%s: refused as import-limit (rc %d, rule '%s')", ods_what[i], rc, rule);
		free(zip);
	}

	/* Not a zip after all: a damaged one. */
	char rule[64];
	const char damaged[] = "PK\003\004garbage that is no zip at all";
	CHECK(privicon_import_sniff(damaged, sizeof(damaged) - 1) == PRIVICON_INPUT_UNKNOWN,
	      "a damaged zip is not sniffed as a spreadsheet");
	int rc = import("damaged zip", damaged, sizeof(damaged) - 1, rule, sizeof(rule));
	CHECK(rc == PRIVICON_EINVALID && strcmp(rule, "import-format") == 0,
	      "a damaged zip is refused as import-format (rc %d, rule '%s')", rc, rule);
}

/* ---- a municipality's workbook ----------------------------------------- */

/* The bytes of the file at `path` in *out (malloc'd); 0 or -1. */
static int slurp(const char *path, char **out, size_t *size)
{
	FILE *f = fopen(path, "rb");
	long len;
	if (!f)
		return -1;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	*out = malloc(len > 0 ? (size_t)len : 1);
	*size = *out ? fread(*out, 1, (size_t)len, f) : 0;
	fclose(f);
	return *out && *size == (size_t)len ? 0 : -1;
}

static size_t count_of(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

static void test_municipality_xlsx(void)
{
	char path[] = "/tmp/privicon-test-xlsx-XXXXXX";
	int fd = mkstemp(path);
	lxw_workbook *wb;
	lxw_worksheet *ws, *org;
	char *data = NULL, *xml = NULL, *report = NULL;
	size_t size = 0, xml_size = 0;
	privicon_diagnostics *d = NULL;
	static const char *const head[] = {
		"Bewaartermijn", "Rechtsgrond", "Naam van de verwerking", "Categorieën persoonsgegevens",
		"Betrokkenen", "Bron", "Afdeling / proceseigenaar", "Doel(en)"};
	static const char *const rows[][8] = {
		{"7 jaar na afhandeling", "Art. 6 lid 1 sub e AVG", "Meldingen openbare ruimte",
		 "NAW-gegevens, e-mailadres", "Inwoners", "Betrokkene", "Beheer Openbare Ruimte",
		 "Meldingen afhandelen"},
		{"permanent", "wettelijke verplichting", "Huwelijk en partnerschap", "Naam; BSN",
		 "Inwoners", "BRP", "Burgerzaken", "Huwelijk voltrekken"},
	};

	if (fd < 0) {
		CHECK(0, "a temporary file for the workbook");
		return;
	}
	close(fd);
	wb = workbook_new(path);
	ws = wb ? workbook_add_worksheet(wb, "Verwerkingen") : NULL;
	org = wb ? workbook_add_worksheet(wb, "Organisatie") : NULL;
	if (!ws || !org) {
		CHECK(0, "the workbook is built");
		unlink(path);
		return;
	}
	/* A merged title, an empty row, merged group headers, then the headers. */
	worksheet_merge_range(ws, 0, 0, 0, 7, "Verwerkingsregister Gemeente Voorbeeld 2026", NULL);
	worksheet_merge_range(ws, 2, 0, 2, 2, "Verwerking", NULL);
	worksheet_merge_range(ws, 2, 3, 2, 7, "Gegevens", NULL);
	for (lxw_col_t c = 0; c < 8; c++)
		worksheet_write_string(ws, 3, c, head[c], NULL);
	/* Activities on rows 5 and 7, an empty row between and a blank one after. */
	for (lxw_col_t c = 0; c < 8; c++) {
		worksheet_write_string(ws, 4, c, rows[0][c], NULL);
		worksheet_write_string(ws, 6, c, rows[1][c], NULL);
	}
	worksheet_write_string(ws, 7, 2, " ", NULL);
	worksheet_write_string(org, 0, 0, "Naam organisatie", NULL);
	worksheet_write_string(org, 0, 1, "Gemeente Voorbeeld", NULL);
	worksheet_write_string(org, 1, 0, "E-mail", NULL);
	worksheet_write_string(org, 1, 1, "privacy@voorbeeld.example", NULL);
	/* Written as people do: reported, not taken over, the register loads. */
	worksheet_write_string(org, 2, 0, "Website", NULL);
	worksheet_write_string(org, 2, 1, "www.voorbeeld.example", NULL);
	/* Labels in another word order or case than the import's own: read
	 * by meaning, as column headers are; one it does not know is reported. */
	worksheet_write_string(org, 3, 0, "Functionaris Gegevensbescherming", NULL);
	worksheet_write_string(org, 3, 1, "J. de Vries", NULL);
	worksheet_write_string(org, 4, 0, "E-mail FG", NULL);
	worksheet_write_string(org, 4, 1, "fg@voorbeeld.example", NULL);
	worksheet_write_string(org, 5, 0, "Kleur huisstijl", NULL);
	worksheet_write_string(org, 5, 1, "blauw", NULL);
	if (workbook_close(wb) != LXW_NO_ERROR || slurp(path, &data, &size) != 0) {
		CHECK(0, "the workbook is written");
		unlink(path);
		free(data);
		return;
	}
	unlink(path);
	privicon_diagnostics_new(&d);
	int rc = privicon_import_sheet(&xml, &xml_size, &report, NULL, d, "gemeente.xlsx", data,
	                               size, NULL);
	CHECK(rc == PRIVICON_OK && xml, "a municipality's workbook imports (rc %d)", rc);
	for (size_t i = 0; rc != PRIVICON_OK && i < privicon_diagnostics_count(d); i++)
		if (privicon_diagnostic_severity(d, i) == PRIVICON_ERROR)
			printf("# %s\n", privicon_diagnostic_message(d, i, "en"));
	if (xml) {
		CHECK(count_of(xml, "<activity ") == 2, "two activities: the title, group headers and "
		      "empty rows are not activities (%zu)", count_of(xml, "<activity "));
		CHECK(strstr(xml, "id=\"meldingen-openbare-ruimte\"") &&
		      strstr(xml, "id=\"huwelijk-en-partnerschap\""), "ids made of the names");
		CHECK(strstr(xml, "basis=\"public-task\"") && strstr(xml, "basis=\"legal-obligation\""),
		      "bases read from 'Art. 6 lid 1 sub e AVG' and 'wettelijke verplichting'");
		CHECK(strstr(xml, "period=\"P7Y\" from=\"case-closed\"") &&
		      strstr(xml, "period=\"permanent\""), "retention '7 jaar na afhandeling', 'permanent'");
		CHECK(strstr(xml, "registry=\"brp\""), "'BRP' as the source is the base registry");
		CHECK(strstr(xml, "languages=\"nl\""), "a workbook in Dutch only is a register in Dutch");
		CHECK(strstr(xml, "email=\"privacy@voorbeeld.example\"") && !strstr(xml, "www.voorbeeld"),
		      "a web address without https:// is not taken over (the register must load)");
		/* The permanent period counts from nothing: its start not-stated. */
		CHECK(count_of(xml, "=\"not-stated\"") - count_of(xml, "from=\"not-stated\"") == 8 &&
		          !strstr(xml, "present=\"no\"") && !strstr(xml, "outside-eea=\"no\""),
		      "the yes/no facts the workbook does not state are not-stated, never 'no' (%zu)",
		      count_of(xml, "=\"not-stated\""));
		CHECK(strstr(xml, "period=\"permanent\" from=\"not-stated\""),
		      "a permanent period gets no invented start");
		CHECK(strstr(xml, "<dpo name=\"J. de Vries\" email=\"fg@voorbeeld.example\""),
		      "'E-mail FG' on the sheet Organisatie is the FG's e-mail ('FG e-mail')");
		privicon_register *reg = NULL;
		privicon_diagnostics *d2 = NULL;
		privicon_diagnostics_new(&d2);
		CHECK(privicon_load_memory(&reg, d2, "imported.xml", xml, xml_size, NULL) == PRIVICON_OK,
		      "the written register loads");
		privicon_register_free(reg);
		privicon_diagnostics_free(d2);
	}
	CHECK(report && strstr(report, "\"row\": 3") == NULL,
	      "nothing is reported on the row of group headers");
	CHECK(report && strstr(report, "\"value\": \"www.voorbeeld.example\""),
	      "the badly written web address is in the report");
	CHECK(report && strstr(report, "\"value\": \"blauw\"") && strstr(report, "Kleur huisstijl"),
	      "a label on the sheet Organisatie that is not known is in the report");
	privicon_free(xml);
	privicon_free(report);
	privicon_diagnostics_free(d);
	free(data);
}

/* ---- which sheet holds the register ---------------------------------------- */

#define ODS_ROW(a, b, c, d) \
	"<table:table-row><table:table-cell><text:p>" a "</text:p></table:table-cell>" \
	"<table:table-cell><text:p>" b "</text:p></table:table-cell>" \
	"<table:table-cell><text:p>" c "</text:p></table:table-cell>" \
	"<table:table-cell><text:p>" d "</text:p></table:table-cell></table:table-row>"

/* A legend sheet before the register (as in the model register many
 * municipalities start from) is not taken for the register. */
static void test_sheet_choice(void)
{
	static const char content[] =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
		"xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
		"xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
		"xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
		"<office:spreadsheet><table:table table:name=\"Legenda\">"
		ODS_ROW("Kolom", "Uitleg", "", "")
		ODS_ROW("Naam verwerking", "de naam", "", "")
		ODS_ROW("Grondslag", "art. 6 AVG", "", "")
		"</table:table><table:table table:name=\"Register\">"
		ODS_ROW("Verwerkingsregister", "", "", "")
		ODS_ROW("Naam verwerking", "Doel", "Grondslag", "Bewaartermijn")
		ODS_ROW("Meldingen", "Meldingen afhandelen", "publieke taak", "1 jaar")
		"</table:table></office:spreadsheet></office:body></office:document-content>";
	part parts[2] = {
		{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", 46},
		{"content.xml", content, sizeof(content) - 1},
	};
	char *zip = NULL, *map = NULL;
	size_t size = 0;
	privicon_diagnostics *d = NULL;
	if (make_zip(&zip, &size, parts, 2) != 0 || privicon_diagnostics_new(&d) != 0) {
		CHECK(0, "sheet choice: could not build the ODS");
		free(zip);
		return;
	}
	privicon_import_sheet(NULL, NULL, NULL, &map, d, "legend.ods", zip, size, NULL);
	CHECK(map && strstr(map, "\"Bewaartermijn\"") && strstr(map, "\"headerRow\": 2") &&
	          !strstr(map, "Uitleg"),
	      "ODS: the register sheet after a legend sheet is read, header row 2");
	privicon_free(map);
	privicon_diagnostics_free(d);
	free(zip);
}

int main(void)
{
	test_headers();
	test_values();
	test_real_wording();
	test_hostile();
	test_sheet_choice();
	test_municipality_xlsx();
	return check_exit_status();
}
