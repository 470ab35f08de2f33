/*
 * test_load.c - the loading pipeline: a valid register becomes the model
 * with the right fields and lines; every hostile or broken input gives the
 * documented rule id and status, fast, with nothing printed and nothing
 * leaked; schema errors come back in words, with line and activity.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libxml/xmlerror.h>

#include "check.h"
#include "model/model.h"
#include "privicon.h"
#include "load/validate.h"
#include "model/vocab.h"

/* One controller, one complete activity. Lines matter: tests look them up
 * with line_of(). */
static const char REG[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<register xmlns=\"urn:privicon:register:1\" version=\"2024.1\" date=\"2024-03-01\">\n"
	"  <controller public-authority=\"yes\">\n"
	"    <name>Gemeente Voorbeeld</name>\n"
	"    <identifier scheme=\"oin\">00000001234567890000</identifier>\n"
	"    <contact email=\"privacy@voorbeeld.nl\" phone=\"+31 20 123 4567\" web=\"https://www.voorbeeld.nl/privacy\"/>\n"
	"    <dpo name=\"A. de Vries\" email=\"fg@voorbeeld.nl\"/>\n"
	"  </controller>\n"
	"  <activity id=\"parkeervergunning\" version=\"3\" status=\"active\">\n"
	"    <name><nl>Parkeervergunning</nl><en>Parking permit</en></name>\n"
	"    <summary>\n"
	"      <nl>  Wij regelen uw parkeervergunning.  </nl>\n"
	"      <en>We handle your parking permit.</en>\n"
	"    </summary>\n"
	"    <department>Publiekszaken</department>\n"
	"    <legal-text url=\"https://lokaleregelgeving.overheid.nl/CVDR1\"/>\n"
	"    <purposes>\n"
	"      <purpose id=\"vergunning\" basis=\"public-task\" category=\"public-service\">\n"
	"        <description><nl>Vergunning verlenen</nl><en>Grant the permit</en></description>\n"
	"        <law title=\"Wegenverkeerswet 1994\" bwb=\"BWBR0006622\" article=\"18\"/>\n"
	"      </purpose>\n"
	"    </purposes>\n"
	"    <data-subjects>\n"
	"      <subject kind=\"residents\"/>\n"
	"      <subject kind=\"applicants\"/>\n"
	"    </data-subjects>\n"
	"    <personal-data>\n"
	"      <category kind=\"name\" source=\"base-registry\" registry=\"brp\" purposes=\"vergunning\"/>\n"
	"      <category kind=\"bsn\" source=\"base-registry\" registry=\"brp\" purposes=\"vergunning\">\n"
	"        <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\"/>\n"
	"      </category>\n"
	"      <category kind=\"licence-plate\" source=\"data-subject\"/>\n"
	"    </personal-data>\n"
	"    <recipients outside-controller=\"yes\" sold=\"no\">\n"
	"      <recipient kind=\"processor\" name=\"ParkeerIT B.V.\" agreement=\"VWO-2023-12\"/>\n"
	"    </recipients>\n"
	"    <transfers outside-eea=\"no\"/>\n"
	"    <retention period=\"P1Y6M\" from=\"expiry\" selectielijst=\"11.1.2\"/>\n"
	"    <automated-decision present=\"no\"/>\n"
	"    <profiling present=\"no\"/>\n"
	"    <security>\n"
	"      <measure kind=\"encryption\"/>\n"
	"      <measure kind=\"access-control\"/>\n"
	"    </security>\n"
	"    <dpia required=\"no\"/>\n"
	"    <acknowledgement rule=\"processor-agreement\" reason=\"Overeenkomst in behandeling\"/>\n"
	"  </activity>\n"
	"</register>\n";

/* Where unit tests may write files: $TMPDIR, else next to the binary. */
static char tmp_dir[4096];

static void tmp_path(char *dst, size_t cap, const char *name)
{
	snprintf(dst, cap, "%s/%s", tmp_dir, name);
}

static int write_file(const char *path, const char *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	size_t n = fwrite(data, 1, size, f);
	return (fclose(f) == 0 && n == size) ? 0 : -1;
}

/* `s` with the first `from` replaced by `to`; aborts the test run when
 * `from` is missing, so a fixture typo cannot pass silently. */
static char *subst(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	if (!at) {
		printf("FAIL - fixture has no '%s'\n", from);
		exit(1);
	}
	size_t a = (size_t)(at - s), lf = strlen(from), lt = strlen(to), ls = strlen(s);
	char *out = malloc(ls - lf + lt + 1);
	if (!out)
		exit(1);
	memcpy(out, s, a);
	memcpy(out + a, to, lt);
	memcpy(out + a + lt, at + lf, ls - a - lf + 1);
	return out;
}

/* The 1-based line of the first `needle` in `doc`. */
static int line_of(const char *doc, const char *needle)
{
	const char *at = strstr(doc, needle);
	if (!at)
		return -1;
	int line = 1;
	for (const char *p = doc; p < at; p++)
		line += *p == '\n';
	return line;
}

static double now(void)
{
	return (double)clock() / CLOCKS_PER_SEC;
}

typedef struct {
	int rc;
	privicon_diagnostics *d;
	privicon_register *reg;
} result;

static result load_mem(const char *name, const char *data, size_t size,
                       const privicon_load_options *opts)
{
	result r = {0};
	if (privicon_diagnostics_new(&r.d) != 0)
		exit(1);
	r.reg = (privicon_register *)1; /* must be reset to NULL on failure */
	r.rc = privicon_load_memory(&r.reg, r.d, name, data, size, opts);
	return r;
}

static result load_str(const char *xml)
{
	return load_mem("test.xml", xml, strlen(xml), NULL);
}

static result load_path(const char *path, const privicon_load_options *opts)
{
	result r = {0};
	if (privicon_diagnostics_new(&r.d) != 0)
		exit(1);
	r.reg = (privicon_register *)1;
	r.rc = privicon_load_file(&r.reg, r.d, path, opts);
	return r;
}

static void done(result *r)
{
	privicon_register_free(r->reg);
	privicon_diagnostics_free(r->d);
}

/* The first diagnostic with `rule`, or -1. */
static long find_rule(const privicon_diagnostics *d, const char *rule)
{
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++)
		if (strcmp(privicon_diagnostic_rule(d, i), rule) == 0)
			return (long)i;
	return -1;
}

static int any_message_has(const privicon_diagnostics *d, const char *needle)
{
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++)
		if (strstr(privicon_diagnostic_message(d, i, "en"), needle) ||
		    strstr(privicon_diagnostic_message(d, i, "nl"), needle))
			return 1;
	return 0;
}

/* Whether a Dutch message carries English from libxml2: its raw text
 * in "(libxml2: ...)", or words only libxml2 writes. */
static int dutch_has_libxml2_text(const privicon_diagnostics *d)
{
	static const char *const english[] = {"(libxml2:", "XML_PARSE", "Couldn't", "Excessive",
	                                      "too long", "Element '", "Start Tag"};
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++)
		for (size_t k = 0; k < sizeof(english) / sizeof(english[0]); k++)
			if (strstr(privicon_diagnostic_message(d, i, "nl"), english[k]))
				return 1;
	return 0;
}

static size_t longest_message(const privicon_diagnostics *d)
{
	size_t max = 0;
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++) {
		size_t a = strlen(privicon_diagnostic_message(d, i, "en"));
		size_t b = strlen(privicon_diagnostic_message(d, i, "nl"));
		if (a > max)
			max = a;
		if (b > max)
			max = b;
	}
	return max;
}

/* Checks a refused input: status, the rule of the first error, no model. */
static void expect(const char *what, result r, int rc, const char *rule)
{
	CHECK(r.rc == rc, "%s: status %d (got %d)", what, rc, r.rc);
	CHECK(r.reg == NULL, "%s: no register", what);
	const char *got = privicon_diagnostics_count(r.d) ? privicon_diagnostic_rule(r.d, 0) : "(none)";
	CHECK(strcmp(got, rule) == 0, "%s: rule %s (got %s)", what, rule, got);
	CHECK(privicon_diagnostics_count_severity(r.d, PRIVICON_ERROR) >= 1,
	      "%s: at least one error", what);
	if (privicon_diagnostics_count(r.d))
		CHECK(privicon_diagnostic_severity(r.d, 0) == PRIVICON_ERROR &&
		      privicon_diagnostic_message(r.d, 0, "nl")[0] &&
		      privicon_diagnostic_message(r.d, 0, "en")[0] &&
		      strcmp(privicon_diagnostic_message(r.d, 0, "nl"),
		             privicon_diagnostic_message(r.d, 0, "en")) != 0,
		      "%s: an error with a Dutch and an English message", what);
}

#define KEY(vocab, key) pv_vocab_find(vocab, key)
#define STREQ(a, b) ((a) && strcmp((a), (b)) == 0)

static void test_valid(void)
{
	result r = load_mem("registers/voorbeeld.xml", REG, sizeof(REG) - 1, NULL);
	CHECK(r.rc == PRIVICON_OK, "valid register loads (status %d)", r.rc);
	CHECK(privicon_diagnostics_count(r.d) == 0, "valid register: no diagnostics (%zu)",
	      privicon_diagnostics_count(r.d));
	const privicon_register *reg = r.reg;
	if (r.rc != PRIVICON_OK || !reg) {
		for (size_t i = 0; i < privicon_diagnostics_count(r.d); i++)
			printf("# %d: %s\n", privicon_diagnostic_line(r.d, i),
			       privicon_diagnostic_message(r.d, i, "en"));
		done(&r);
		return;
	}
	CHECK(STREQ(reg->file, "registers/voorbeeld.xml"), "file is the name as given");
	CHECK(STREQ(reg->version, "2024.1") && STREQ(reg->date, "2024-03-01"),
	      "register version and date");
	CHECK(reg->line == 2, "register line 2 (%d)", reg->line);

	const pv_controller *c = &reg->controller;
	CHECK(STREQ(c->name, "Gemeente Voorbeeld") && c->public_authority == PV_YES,
	      "controller name and public authority");
	CHECK(STREQ(c->identifier, "00000001234567890000") && STREQ(c->identifier_scheme, "oin"),
	      "controller identifier and scheme");
	CHECK(STREQ(c->email, "privacy@voorbeeld.nl") && STREQ(c->phone, "+31 20 123 4567") &&
	      STREQ(c->web, "https://www.voorbeeld.nl/privacy"), "controller contact");
	CHECK(STREQ(c->dpo_name, "A. de Vries") && STREQ(c->dpo_email, "fg@voorbeeld.nl") &&
	      c->dpo_phone == NULL, "DPO name, e-mail; no phone stated -> NULL");
	CHECK(c->line == line_of(REG, "<controller") && c->dpo_line == line_of(REG, "<dpo"),
	      "controller and DPO lines");

	CHECK(privicon_register_activity_count(reg) == 1, "one activity");
	CHECK(STREQ(privicon_register_activity_id(reg, 0), "parkeervergunning"), "activity id");
	CHECK(privicon_register_activity_id(reg, 1) == NULL, "activity id out of range -> NULL");
	const pv_activity *a = &reg->activities[0];
	CHECK(a->version == 3 && a->status == KEY(PV_VOCAB_ACTIVITY_STATUS, "active"),
	      "activity version and status");
	CHECK(a->line == line_of(REG, "<activity"), "activity line (%d)", a->line);
	CHECK(STREQ(a->name.nl, "Parkeervergunning") && STREQ(a->name.en, "Parking permit"),
	      "activity name nl/en");
	CHECK(STREQ(a->summary.nl, "Wij regelen uw parkeervergunning."),
	      "summary: surrounding white space trimmed, inner text as written");
	CHECK(a->summary.line == line_of(REG, "<summary>"), "summary line");
	CHECK(STREQ(a->department, "Publiekszaken") &&
	      STREQ(a->legal_text_url, "https://lokaleregelgeving.overheid.nl/CVDR1"),
	      "department and legal text");

	CHECK(a->n_purposes == 1 && a->purposes_line == line_of(REG, "<purposes>"), "one purpose");
	const pv_purpose *p = &a->purposes[0];
	CHECK(STREQ(p->id, "vergunning") && p->basis == KEY(PV_VOCAB_LEGAL_BASIS, "public-task") &&
	      p->category == KEY(PV_VOCAB_PURPOSE_CATEGORY, "public-service"),
	      "purpose id, basis, category");
	CHECK(STREQ(p->description.en, "Grant the permit") && p->n_laws == 1 &&
	      STREQ(p->laws[0].title, "Wegenverkeerswet 1994") &&
	      STREQ(p->laws[0].bwb, "BWBR0006622") && STREQ(p->laws[0].article, "18") &&
	      p->laws[0].url == NULL, "purpose description and law");
	CHECK(p->line == line_of(REG, "<purpose ") &&
	      p->laws[0].line == line_of(REG, "<law title=\"Wegen"), "purpose and law lines");

	CHECK(a->n_subjects == 2 && a->subjects[1] == KEY(PV_VOCAB_DATA_SUBJECT, "applicants") &&
	      a->subject_lines[1] == line_of(REG, "<subject kind=\"applicants\""),
	      "data subjects with lines");

	CHECK(a->n_data == 3 && a->data_line == line_of(REG, "<personal-data>"), "three data uses");
	const pv_data_use *d0 = &a->data[0], *d1 = &a->data[1], *d2 = &a->data[2];
	CHECK(d0->kind == KEY(PV_VOCAB_DATA_CATEGORY, "name") &&
	      d0->source == KEY(PV_VOCAB_DATA_SOURCE, "base-registry") &&
	      d0->registry == KEY(PV_VOCAB_BASE_REGISTRY, "brp") && d0->n_purpose_refs == 1 &&
	      STREQ(d0->purpose_refs[0], "vergunning") && d0->art9 == PV_VOCAB_NONE,
	      "data use: kind, source, registry, purposes; no Art. 9 condition -> NONE");
	CHECK(d1->kind == KEY(PV_VOCAB_DATA_CATEGORY, "bsn") && d1->n_laws == 1 &&
	      STREQ(d1->laws[0].bwb, "BWBR0022428"), "BSN with its law");
	CHECK(d2->registry == PV_VOCAB_NONE && d2->n_purpose_refs == 0 && d2->purpose_refs == NULL &&
	      d2->line == line_of(REG, "licence-plate"), "data use without registry or purposes");

	CHECK(a->recipients_outside == PV_YES && a->never_sold == 1 && a->n_recipients == 1 &&
	      a->recipients_line == line_of(REG, "<recipients"), "recipients facts");
	CHECK(a->recipients[0].kind == KEY(PV_VOCAB_RECIPIENT_KIND, "processor") &&
	      STREQ(a->recipients[0].name, "ParkeerIT B.V.") &&
	      STREQ(a->recipients[0].agreement, "VWO-2023-12") &&
	      a->recipients[0].line == line_of(REG, "<recipient "), "recipient");
	CHECK(a->transfers_outside_eea == PV_NO && a->n_transfers == 0 &&
	      a->transfers_line == line_of(REG, "<transfers"), "no transfers outside the EEA");

	CHECK(a->n_retentions == 1, "one retention period");
	const pv_retention *t = &a->retentions[0];
	CHECK(t->present && !t->duration.permanent && t->duration.years == 1 && t->duration.months == 6 && t->duration.weeks == 0 &&
	      t->duration.days == 0 && STREQ(t->period, "P1Y6M"), "retention P1Y6M parsed");
	CHECK(t->from == KEY(PV_VOCAB_RETENTION_START, "expiry") &&
	      STREQ(t->selectielijst, "11.1.2") && t->line == line_of(REG, "<retention"),
	      "retention start, Selectielijst number, line");
	CHECK(a->automated.present == PV_NO && a->profiling.present == PV_NO &&
	      a->automated.line == line_of(REG, "<automated-decision") &&
	      a->profiling.line == line_of(REG, "<profiling"), "automated decision and profiling: no");
	CHECK(a->n_measures == 2 && a->measures[0] == KEY(PV_VOCAB_SECURITY_MEASURE, "encryption") &&
	      a->measure_lines[1] == line_of(REG, "access-control") &&
	      a->security_line == line_of(REG, "<security>"), "security measures");
	CHECK(a->dpia.present && a->dpia.required == PV_NO && a->dpia.status == PV_VOCAB_NONE &&
	      a->dpia.date == NULL, "DPIA not required, no status");
	CHECK(a->n_acks == 1 && STREQ(a->acks[0].rule, "processor-agreement") &&
	      STREQ(a->acks[0].reason, "Overeenkomst in behandeling") &&
	      a->acks[0].line == line_of(REG, "<acknowledgement"), "acknowledgement");
	done(&r);
}

/* The other branches of the builder: permanent retention, transfers,
 * automated decisions with texts, a DPIA with a status, several purposes. */
static void test_valid_variant(void)
{
	char *x1 = subst(REG, "<retention period=\"P1Y6M\" from=\"expiry\" selectielijst=\"11.1.2\"/>",
	                 "<retention period=\"permanent\" from=\"case-closed\"/>");
	char *x2 = subst(x1, "<transfers outside-eea=\"no\"/>",
	                 "<transfers outside-eea=\"yes\"><transfer country=\"US\" mechanism=\"scc\" "
	                 "recipient=\"Cloud Inc.\"/><transfer country=\"CH\" recipient=\"X\"/></transfers>");
	char *x3 = subst(x2, "<automated-decision present=\"no\"/>",
	                 "<automated-decision present=\"yes\"><logic><nl>Regels</nl></logic>"
	                 "<consequence><en>Outcome</en></consequence></automated-decision>");
	char *x4 = subst(x3, "<profiling present=\"no\"/>",
	                 "<profiling present=\"yes\"><description><nl>Profiel</nl></description></profiling>");
	char *x5 = subst(x4, "<dpia required=\"no\"/>",
	                 "<dpia required=\"yes\" status=\"done\" date=\"2023-05-01\" reference=\"DPIA-7\"/>");
	char *x6 = subst(x5, "purposes=\"vergunning\"/>", "purposes=\" vergunning  handhaving \"/>");
	char *x7 = subst(x6, "</purpose>\n    </purposes>",
	                 "</purpose>\n<purpose id=\"handhaving\" basis=\"legal-obligation\" "
	                 "category=\"legal-compliance\"><description/></purpose></purposes>");
	char *x8 = subst(x7, " version=\"3\"", " version=\" 0012 \"");
	result r = load_str(x8);
	CHECK(r.rc == PRIVICON_OK, "variant register loads (status %d)", r.rc);
	if (r.rc == PRIVICON_OK) {
		const pv_activity *a = &r.reg->activities[0];
		CHECK(a->retentions[0].duration.permanent && a->retentions[0].duration.years == 0 &&
		      a->retentions[0].from == KEY(PV_VOCAB_RETENTION_START, "case-closed") &&
		      a->retentions[0].selectielijst == NULL, "permanent retention");
		CHECK(a->transfers_outside_eea == PV_YES && a->n_transfers == 2 &&
		      strcmp(a->transfers[0].country, "US") == 0 &&
		      a->transfers[0].mechanism == KEY(PV_VOCAB_TRANSFER_MECHANISM, "scc") &&
		      STREQ(a->transfers[0].recipient, "Cloud Inc.") &&
		      a->transfers[1].mechanism == PV_VOCAB_NONE, "transfers with and without mechanism");
		CHECK(a->automated.present == PV_YES && STREQ(a->automated.logic.nl, "Regels") &&
		      a->automated.logic.en == NULL && STREQ(a->automated.consequence.en, "Outcome"),
		      "automated decision logic and consequence");
		CHECK(a->profiling.present == PV_YES && STREQ(a->profiling.logic.nl, "Profiel"),
		      "profiling description in logic");
		CHECK(a->dpia.required == PV_YES && a->dpia.status == KEY(PV_VOCAB_DPIA_STATUS, "done") &&
		      STREQ(a->dpia.date, "2023-05-01") && STREQ(a->dpia.reference, "DPIA-7"),
		      "DPIA with status, date, reference");
		CHECK(a->data[0].n_purpose_refs == 2 && STREQ(a->data[0].purpose_refs[1], "handhaving"),
		      "a list of purpose references split on white space");
		CHECK(a->n_purposes == 2 && a->purposes[1].description.nl == NULL &&
		      a->purposes[1].basis == KEY(PV_VOCAB_LEGAL_BASIS, "legal-obligation"),
		      "second purpose, empty description -> NULL texts");
		CHECK(a->version == 12, "version with white space and leading zeros (%ld)", a->version);
	}
	done(&r);
	free(x1), free(x2), free(x3), free(x4), free(x5), free(x6), free(x7), free(x8);
}

/* A register of many activities: the model holds them all in order. */
static void test_many_activities(void)
{
	const char *start = strstr(REG, "  <activity ");
	const char *end = strstr(REG, "</register>");
	size_t head = (size_t)(start - REG), act = (size_t)(end - start);
	enum { N = 300 };
	char *buf = malloc(head + N * (act + 16) + 32);
	if (!buf)
		exit(1);
	memcpy(buf, REG, head);
	size_t len = head;
	for (int i = 0; i < N; i++) {
		char *one = malloc(act + 1);
		memcpy(one, start, act);
		one[act] = '\0';
		char id[32];
		snprintf(id, sizeof(id), "id=\"act-%d\"", i);
		char *renamed = subst(one, "id=\"parkeervergunning\"", id);
		memcpy(buf + len, renamed, strlen(renamed));
		len += strlen(renamed);
		free(one);
		free(renamed);
	}
	memcpy(buf + len, "</register>\n", 13);
	result r = load_str(buf);
	CHECK(r.rc == PRIVICON_OK && privicon_register_activity_count(r.reg) == N,
	      "%d activities load", N);
	if (r.rc == PRIVICON_OK)
		CHECK(STREQ(privicon_register_activity_id(r.reg, N - 1), "act-299") &&
		      r.reg->activities[N - 1].line > r.reg->activities[0].line,
		      "activities in document order with their lines");
	done(&r);

	/* The same mistake in every activity: the first 100 are reported,
	 * a note counts the rest. */
	for (char *p = strstr(buf, "kind=\"bsn\""); p; p = strstr(p + 1, "kind=\"bsn\""))
		memcpy(p, "kind=\"BSN\"", 10);
	r = load_str(buf);
	CHECK(r.rc == PRIVICON_EINVALID &&
	      privicon_diagnostics_count_severity(r.d, PRIVICON_ERROR) == 100 &&
	      privicon_diagnostics_count_severity(r.d, PRIVICON_NOTE) == 1 &&
	      any_message_has(r.d, "200 more schema errors"),
	      "%d schema errors: 100 reported and a note for the rest", N);
	CHECK(STREQ(privicon_diagnostic_activity(r.d, 99), "act-99"),
	      "each error names its own activity");
	done(&r);
	free(buf);
}

/* ---- hostile and broken input ---------------------------------------- */

static void test_entities(void)
{
	result r = load_str("<?xml version=\"1.0\"?>\n<!DOCTYPE register [\n"
	                    "  <!ENTITY x \"hello\">\n]>\n"
	                    "<register xmlns=\"urn:privicon:register:1\">&x;</register>\n");
	expect("internal entity declaration", r, PRIVICON_EINVALID, "xml-unsafe");
	CHECK(any_message_has(r.d, "DOCTYPE") && privicon_diagnostic_line(r.d, 0) == 3,
	      "entity refusal names the DOCTYPE, at the declaration's line");
	done(&r);

	r = load_str("<?xml version=\"1.0\"?>\n<!DOCTYPE register [\n"
	             "  <!ENTITY % p \"<!ENTITY x 'y'>\">\n  %p;\n]>\n"
	             "<register xmlns=\"urn:privicon:register:1\"/>\n");
	expect("parameter entity", r, PRIVICON_EINVALID, "xml-unsafe");
	done(&r);

	r = load_str("<!DOCTYPE register [ %undeclared; ]>\n"
	             "<register xmlns=\"urn:privicon:register:1\"/>\n");
	expect("parameter entity reference", r, PRIVICON_EINVALID, "xml-unsafe");
	done(&r);

	r = load_str("<!DOCTYPE register SYSTEM \"register.dtd\">\n"
	             "<register xmlns=\"urn:privicon:register:1\"/>\n");
	expect("external DTD", r, PRIVICON_EINVALID, "xml-unsafe");
	done(&r);

	r = load_str("<!DOCTYPE register [ <!ATTLIST register version CDATA \"1\"> ]>\n"
	             "<register xmlns=\"urn:privicon:register:1\"/>\n");
	expect("attribute defaults in a DOCTYPE", r, PRIVICON_EINVALID, "xml-unsafe");
	done(&r);

	/* A bare DOCTYPE declares nothing and is accepted. */
	char *bare = subst(REG, "<register ", "<!DOCTYPE register>\n<register ");
	r = load_str(bare);
	CHECK(r.rc == PRIVICON_OK, "a bare <!DOCTYPE register> is harmless and accepted");
	done(&r);
	free(bare);
}

/* The first line of /etc/passwd-like files, to prove none of it leaks. */
static void test_external_entity(void)
{
	const char *target = "/etc/passwd";
	char first[64] = "";
	FILE *f = fopen(target, "r");
	if (f) {
		if (!fgets(first, sizeof(first), f))
			first[0] = '\0';
		fclose(f);
		first[strcspn(first, ":\n")] = '\0'; /* the user name */
	}
	result r = load_str("<?xml version=\"1.0\"?>\n<!DOCTYPE register [\n"
	                    "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
	                    "<register xmlns=\"urn:privicon:register:1\" version=\"&xxe;\">&xxe;</register>\n");
	expect("external entity (file:///etc/passwd)", r, PRIVICON_EINVALID, "xml-unsafe");
	CHECK(!any_message_has(r.d, "root:") && !any_message_has(r.d, ":x:0:0") &&
	      (!first[0] || !any_message_has(r.d, first)),
	      "no content of the referenced file in any message");
	done(&r);

	r = load_str("<?xml version=\"1.0\"?>\n"
	             "<register xmlns=\"urn:privicon:register:1\" "
	             "xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	             "  <xi:include href=\"file:///etc/passwd\" parse=\"text\"/>\n</register>\n");
	expect("XInclude", r, PRIVICON_EINVALID, "xml-unsafe");
	CHECK(privicon_diagnostic_line(r.d, 0) == 3 && !any_message_has(r.d, "root:"),
	      "XInclude refused at its line, nothing included");
	done(&r);

	/* xsi:schemaLocation is a hint editors use; it is never followed. */
	char *xsi = subst(REG, "<register xmlns=\"urn:privicon:register:1\"",
	                  "<register xmlns=\"urn:privicon:register:1\" "
	                  "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	                  "xsi:schemaLocation=\"urn:privicon:register:1 file:///etc/passwd\"");
	r = load_str(xsi);
	CHECK(r.rc == PRIVICON_OK, "xsi:schemaLocation is accepted and not followed");
	done(&r);
	free(xsi);
}

static void test_bombs(void)
{
	/* Billion laughs: ten levels of ten references each. */
	char bomb[4096];
	size_t n = (size_t)snprintf(bomb, sizeof(bomb),
	                            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
	for (int i = 1; i <= 9; i++) {
		n += (size_t)snprintf(bomb + n, sizeof(bomb) - n, " <!ENTITY lol%d \"", i);
		for (int k = 0; k < 10; k++) {
			if (i == 1)
				n += (size_t)snprintf(bomb + n, sizeof(bomb) - n, "&lol;");
			else
				n += (size_t)snprintf(bomb + n, sizeof(bomb) - n, "&lol%d;", i - 1);
		}
		n += (size_t)snprintf(bomb + n, sizeof(bomb) - n, "\">\n");
	}
	snprintf(bomb + n, sizeof(bomb) - n,
	         "]>\n<register xmlns=\"urn:privicon:register:1\">&lol9;</register>\n");
	double t0 = now();
	result r = load_str(bomb);
	double t = now() - t0;
	expect("billion laughs", r, PRIVICON_EINVALID, "xml-unsafe");
	CHECK(t < 0.5, "billion laughs refused fast (%.3f s)", t);
	done(&r);

	/* 100,000 levels of nesting. */
	enum { DEPTH = 100000 };
	const char *open_root = "<register xmlns=\"urn:privicon:register:1\">";
	size_t size = strlen(open_root) + DEPTH * 7 + 32;
	char *deep = malloc(size);
	if (!deep)
		exit(1);
	size_t len = (size_t)snprintf(deep, size, "%s", open_root);
	for (int i = 0; i < DEPTH; i++) {
		memcpy(deep + len, "<a>", 3);
		len += 3;
	}
	for (int i = 0; i < DEPTH; i++) {
		memcpy(deep + len, "</a>", 4);
		len += 4;
	}
	len += (size_t)snprintf(deep + len, size - len, "</register>");
	t0 = now();
	r = load_mem("deep.xml", deep, len, NULL);
	t = now() - t0;
	expect("100,000 levels of nesting", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "nested too deeply") && privicon_diagnostic_line(r.d, 0) == 1,
	      "nesting: a plain message with the line");
	CHECK(any_message_has(r.d, "more than 256 levels") &&
	      any_message_has(r.d, "meer dan 256 niveaus") &&
	      any_message_has(r.d, "this is not a register") &&
	      any_message_has(r.d, "dit is geen register"),
	      "nesting: says how deep, and that this is not a register");
	CHECK(!any_message_has(r.d, "libxml2") && !any_message_has(r.d, "XML_PARSE_HUGE"),
	      "nesting: no libxml2 text in either language");
	CHECK(t < 0.5, "deep nesting refused fast (%.3f s)", t);
	done(&r);
	free(deep);
}

/* A UTF-8 text as UTF-16LE with a byte order mark (ASCII input only). */
static char *to_utf16le(const char *s, size_t *size)
{
	size_t n = strlen(s);
	char *out = malloc(2 + 2 * n);
	if (!out)
		exit(1);
	out[0] = (char)0xFF;
	out[1] = (char)0xFE;
	for (size_t i = 0; i < n; i++) {
		out[2 + 2 * i] = s[i];
		out[3 + 2 * i] = 0;
	}
	*size = 2 + 2 * n;
	return out;
}

static void test_encodings(void)
{
	result r = load_mem("empty.xml", "", 0, NULL);
	expect("empty document", r, PRIVICON_EINVALID, "file");
	CHECK(any_message_has(r.d, "The file is empty") && any_message_has(r.d, "Het bestand is leeg"),
	      "empty: says the file is empty, in both languages");
	done(&r);

	size_t size;
	char *u16 = to_utf16le(REG, &size);
	r = load_mem("u16.xml", u16, size, NULL);
	expect("UTF-16 with byte order mark", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "saved as UTF-16") && any_message_has(r.d, "Save it as UTF-8") &&
	      any_message_has(r.d, "opgeslagen als UTF-16"),
	      "UTF-16: says save it as UTF-8");
	done(&r);
	r = load_mem("u16.xml", u16 + 2, size - 2, NULL);
	expect("UTF-16 without byte order mark", r, PRIVICON_EINVALID, "xml-syntax");
	done(&r);
	free(u16);

	char *decl = subst(REG, "encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
	r = load_str(decl);
	expect("UTF-16 declared", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "UTF-16"), "declared UTF-16 named");
	done(&r);
	free(decl);

	char *latin = subst(REG, "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
	r = load_str(latin);
	expect("ISO-8859-1 declared", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "ISO-8859-1"), "declared encoding named");
	done(&r);
	free(latin);

	char *lower = subst(REG, "encoding=\"UTF-8\"", "encoding='utf-8'");
	r = load_str(lower);
	CHECK(r.rc == PRIVICON_OK, "encoding='utf-8' (any case, any quote) is fine");
	done(&r);
	free(lower);

	char *bom = malloc(sizeof(REG) + 3);
	memcpy(bom, "\xEF\xBB\xBF", 3);
	memcpy(bom + 3, REG, sizeof(REG));
	r = load_str(bom);
	CHECK(r.rc == PRIVICON_OK, "a UTF-8 byte order mark is fine");
	done(&r);
	free(bom);

	char *bad = subst(REG, "Publiekszaken", "Publieksz\xE9ken");
	r = load_str(bad);
	expect("invalid UTF-8 (a Latin-1 byte)", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(privicon_diagnostic_line(r.d, 0) == line_of(REG, "Publiekszaken") &&
	      privicon_diagnostic_column(r.d, 0) == 26, "invalid UTF-8: line %d, column %d",
	      privicon_diagnostic_line(r.d, 0), privicon_diagnostic_column(r.d, 0));
	CHECK(any_message_has(r.d, "0xE9"), "invalid UTF-8: names the byte");
	done(&r);
	free(bad);

	const char overlong[] = "<register xmlns=\"urn:privicon:register:1\">\xC0\xAF</register>";
	r = load_str(overlong);
	expect("overlong UTF-8", r, PRIVICON_EINVALID, "xml-syntax");
	done(&r);

	const char surrogate[] = "<register xmlns=\"urn:privicon:register:1\">\xED\xA0\x80</register>";
	r = load_str(surrogate);
	expect("UTF-8 surrogate", r, PRIVICON_EINVALID, "xml-syntax");
	done(&r);

	char nul[] = "<?xml version=\"1.0\"?>\n<register xmlns=\"urn:privicon:register:1\">\n  ab_cd</register>";
	*strchr(nul, '_') = '\0';
	r = load_mem("nul.xml", nul, sizeof(nul) - 1, NULL);
	expect("NUL byte", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(privicon_diagnostic_line(r.d, 0) == 3 && privicon_diagnostic_column(r.d, 0) == 5,
	      "NUL byte: line 3, column 5");
	done(&r);

	unsigned char garbage[4096];
	unsigned int seed = 12345;
	for (size_t i = 0; i < sizeof(garbage); i++) {
		seed = seed * 1103515245u + 12345u;
		garbage[i] = (unsigned char)(seed >> 16);
	}
	r = load_mem("garbage.bin", (const char *)garbage, sizeof(garbage), NULL);
	expect("binary garbage", r, PRIVICON_EINVALID, "xml-syntax");
	done(&r);

	r = load_str("Dit is geen XML.\n");
	expect("plain text", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "does not contain XML"), "plain text: says it is not XML");
	done(&r);

	r = load_str("<?xml version=\"1.0\"?>\n<register xmlns=\"urn:privicon:register:1\"\x01/>");
	expect("control character", r, PRIVICON_EINVALID, "xml-syntax");
	done(&r);
}

static void test_truncated(void)
{
	/* Cut in the middle of the <law> start tag, then inside <nl> text,
	 * then between elements: each time "the file stops". */
	const char *cuts[] = {"bwb=\"BWBR0022428\"", "regelen uw", "</personal-data>"};
	for (size_t i = 0; i < sizeof(cuts) / sizeof(cuts[0]); i++) {
		size_t size = (size_t)(strstr(REG, cuts[i]) - REG) + 5;
		result r = load_mem("cut.xml", REG, size, NULL);
		expect("truncated file", r, PRIVICON_EINVALID, "xml-syntax");
		CHECK(any_message_has(r.d, "The file stops in the middle of"),
		      "truncated at '%s': says the file stops in the middle", cuts[i]);
		CHECK(privicon_diagnostics_count(r.d) == 1, "truncated: one finding, not a cascade (%zu)",
		      privicon_diagnostics_count(r.d));
		done(&r);
	}
	size_t size = (size_t)(strstr(REG, "<department>") - REG) + 12;
	result r = load_mem("cut.xml", REG, size, NULL);
	CHECK(any_message_has(r.d, "<department>") || any_message_has(r.d, "<activity>"),
	      "truncated: names the open element");
	done(&r);
	/* Cut inside a multi-byte character. */
	const char euro[] = "<register xmlns=\"urn:privicon:register:1\">\xE2\x82";
	r = load_mem("cut.xml", euro, sizeof(euro) - 1, NULL);
	expect("cut in a character", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "cut off"), "cut in a character: says cut off");
	done(&r);
}

static void test_syntax_words(void)
{
	result r = load_str("<?xml version=\"1.0\"?>\n<register xmlns=\"urn:privicon:register:1\">\n"
	                    "<controller></activity>\n</register>\n");
	expect("mismatched tags", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "</activity> does not match the opening tag <controller>") &&
	      privicon_diagnostic_line(r.d, 0) == 3 && privicon_diagnostic_column(r.d, 0) > 0,
	      "mismatched tags in words, with line and column");
	CHECK(!any_message_has(r.d, "libxml2"), "known error: our words only, no libxml2 text");
	done(&r);

	/* An error we have no words for: generic words, libxml2's own text
	 * for experts in English only, the Dutch all Dutch. */
	r = load_str("<?xml version=\"1.0\" standalone=\"maybe\"?>\n"
	             "<register xmlns=\"urn:privicon:register:1\"/>\n");
	expect("error without own words", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(strstr(privicon_diagnostic_message(r.d, 0, "en"), "not well-formed XML here") &&
	      strstr(privicon_diagnostic_message(r.d, 0, "en"), "(libxml2: standalone"),
	      "generic words: libxml2's text follows in English");
	CHECK(strstr(privicon_diagnostic_message(r.d, 0, "nl"), "geen geldige XML") &&
	      strstr(privicon_diagnostic_message(r.d, 0, "nl"), "--lang en") &&
	      !dutch_has_libxml2_text(r.d) && !strstr(privicon_diagnostic_message(r.d, 0, "nl"), "standalone"),
	      "generic words: the Dutch stays Dutch and says where the details are");
	done(&r);

	r = load_str("<register xmlns=\"urn:privicon:register:1\"><!-- zie -- hieronder --></register>");
	expect("double hyphen in a comment", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "Two hyphens in a row (--)") &&
	      any_message_has(r.d, "twee streepjes") && !any_message_has(r.d, "libxml2"),
	      "double hyphen in a comment in words");
	done(&r);

	r = load_str("<register xmlns=\"urn:privicon:register:1\" version=\"Zorg & Welzijn\"/>");
	expect("bare ampersand", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "write &amp;"), "bare & explained");
	done(&r);

	r = load_str("<register xmlns=\"urn:privicon:register:1\" version=\"&nbsp;\"/>");
	expect("unknown entity reference", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "'&nbsp;'"), "unknown reference named");
	done(&r);

	r = load_str("<register xmlns=\"urn:privicon:register:1\"/>\n<register/>\n");
	expect("two roots", r, PRIVICON_EINVALID, "xml-syntax");
	done(&r);

	/* Garbage makes libxml2 complain hundreds of times: only the first
	 * twenty become findings, and a note counts the rest. */
	size_t cap = 64 + 500 * 24;
	char *many = malloc(cap);
	size_t len = (size_t)snprintf(many, cap, "<register xmlns=\"urn:privicon:register:1\">");
	for (int i = 0; i < 500; i++)
		len += (size_t)snprintf(many + len, cap - len, "\n<a b=\"1\" b=\"2\"/>");
	snprintf(many + len, cap - len, "</register>");
	r = load_str(many);
	CHECK(r.rc == PRIVICON_EINVALID, "many syntax errors: invalid");
	size_t errors = privicon_diagnostics_count_severity(r.d, PRIVICON_ERROR);
	CHECK(errors == 20, "many syntax errors: the first 20 reported (%zu)", errors);
	CHECK(privicon_diagnostics_count_severity(r.d, PRIVICON_NOTE) == 1 &&
	      any_message_has(r.d, "480 more"), "many syntax errors: a note counts the rest");
	done(&r);
	free(many);
}

static void test_root(void)
{
	char *x = subst(REG, "<register xmlns=\"urn:privicon:register:1\"",
	                "<registry xmlns=\"urn:privicon:register:1\"");
	char *y = subst(x, "</register>", "</registry>");
	result r = load_str(y);
	expect("wrong root", r, PRIVICON_EINVALID, "schema");
	CHECK(any_message_has(r.d, "The root element is <registry>; a register starts with "
	                      "<register xmlns=\"urn:privicon:register:1\">"), "wrong root named");
	CHECK(privicon_diagnostic_line(r.d, 0) == 2, "wrong root: its line");
	done(&r);
	free(x), free(y);

	x = subst(REG, "<register xmlns=\"urn:privicon:register:1\"",
	          "<register xmlns=\"urn:privicon:register:2\"");
	r = load_str(x);
	expect("wrong namespace", r, PRIVICON_EINVALID, "schema");
	CHECK(any_message_has(r.d, "urn:privicon:register:2"), "wrong namespace named");
	done(&r);
	free(x);

	x = subst(REG, "<register xmlns=\"urn:privicon:register:1\"", "<register");
	r = load_str(x);
	expect("no namespace", r, PRIVICON_EINVALID, "schema");
	CHECK(any_message_has(r.d, "has no namespace"), "missing namespace explained");
	done(&r);
	free(x);

	x = subst(REG, "<register xmlns=\"urn:privicon:register:1\"",
	          "<r:register xmlns:r=\"urn:privicon:register:1\" xmlns=\"urn:privicon:register:1\"");
	char *z = subst(x, "</register>", "</r:register>");
	r = load_str(z);
	CHECK(r.rc == PRIVICON_OK, "a prefixed root in the right namespace is fine");
	done(&r);
	free(x), free(z);
}

static void test_big_values(void)
{
	/* 10 MB in one attribute: refused, fast, and never echoed. */
	size_t big = 10u * 1024u * 1024u;
	const char *head = "<register xmlns=\"urn:privicon:register:1\" version=\"";
	const char *tail = "\" date=\"2024-01-01\"/>";
	size_t size = strlen(head) + big + strlen(tail);
	char *doc = malloc(size + 1);
	if (!doc)
		exit(1);
	memcpy(doc, head, strlen(head));
	memset(doc + strlen(head), 'a', big);
	memcpy(doc + strlen(head) + big, tail, strlen(tail) + 1);
	double t0 = now();
	result r = load_mem("big.xml", doc, size, NULL);
	double t = now() - t0;
	CHECK(r.rc == PRIVICON_EINVALID && r.reg == NULL, "10 MB attribute value refused");
	long i = find_rule(r.d, "xml-syntax");
	if (i < 0)
		i = find_rule(r.d, "schema");
	CHECK(i >= 0, "10 MB attribute: an xml-syntax or schema finding");
	CHECK(longest_message(r.d) < 2000, "10 MB attribute: messages stay short (%zu bytes)",
	      longest_message(r.d));
	CHECK(t < 5.0, "10 MB attribute: done in %.2f s", t);
	done(&r);

	/* 2 MB: under libxml2's limit, over privicon's (1 MB), so refused while
	 * parsing, before a pattern ever sees it. As an attribute and as text. */
	size_t two = 2u * 1024u * 1024u;
	memset(doc + strlen(head), 'a', two);
	memcpy(doc + strlen(head) + two, tail, strlen(tail) + 1);
	t0 = now();
	r = load_str(doc);
	t = now() - t0;
	expect("2 MB attribute value", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(any_message_has(r.d, "longer than privicon reads (1 MiB)") &&
	      any_message_has(r.d, "langer dan privicon leest (1 MiB)") &&
	      any_message_has(r.d, "hoogstens 4.000 tekens") && t < 1.0 &&
	      longest_message(r.d) < 2000, "2 MB attribute: refused in %.3f s, short message", t);
	done(&r);
	char *text = malloc(sizeof(REG) + two);
	const char *at = strstr(REG, "Publiekszaken");
	size_t pre = (size_t)(at - REG);
	memcpy(text, REG, pre);
	memset(text + pre, ' ', two);
	memcpy(text + pre + two, at, sizeof(REG) - pre);
	t0 = now();
	r = load_str(text);
	t = now() - t0;
	expect("2 MB of text", r, PRIVICON_EINVALID, "xml-syntax");
	CHECK(t < 1.0 && privicon_diagnostic_line(r.d, 0) == line_of(REG, "Publiekszaken"),
	      "2 MB of text: refused in %.3f s at its line", t);
	done(&r);
	free(text);

	/* 300 characters where at most 200 fit: the schema's limit, in words. */
	memset(doc + strlen(head), 'a', 300);
	memcpy(doc + strlen(head) + 300, tail, strlen(tail) + 1);
	r = load_str(doc);
	CHECK(r.rc == PRIVICON_EINVALID && any_message_has(r.d, "300 characters, at most 200"),
	      "too long text: length and limit");
	done(&r);
	free(doc);
}

/* ---- sizes and numbers in messages ---------------------------------- */

static void test_sizes(void)
{
	static const struct {
		uintmax_t bytes;
		const char *nl, *en;
	} cases[] = {
		{0, "0 bytes", "0 bytes"},
		{1, "1 byte", "1 byte"},
		{1023, "1.023 bytes", "1,023 bytes"},
		{1024, "1 KiB (1.024 bytes)", "1 KiB (1,024 bytes)"},
		{1753, "1,7 KiB (1.753 bytes)", "1.7 KiB (1,753 bytes)"},
		{2047, "2,0 KiB (2.047 bytes)", "2.0 KiB (2,047 bytes)"},
		{1048575, "1,0 MiB (1.048.575 bytes)", "1.0 MiB (1,048,575 bytes)"},
		{268435456, "256 MiB (268.435.456 bytes)", "256 MiB (268,435,456 bytes)"},
		{1610612736, "1,5 GiB (1.610.612.736 bytes)", "1.5 GiB (1,610,612,736 bytes)"},
		{2147483647, "2,0 GiB (2.147.483.647 bytes)", "2.0 GiB (2,147,483,647 bytes)"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char nl[96], en[96];
		pv_format_size(nl, sizeof(nl), cases[i].bytes, PV_NL);
		pv_format_size(en, sizeof(en), cases[i].bytes, PV_EN);
		CHECK(strcmp(nl, cases[i].nl) == 0 && strcmp(en, cases[i].en) == 0,
		      "size %ju: '%s' / '%s'",
		      cases[i].bytes, nl, en);
	}
	char huge[96];
	pv_format_size(huge, sizeof(huge), UINTMAX_MAX, PV_EN);
	CHECK(strstr(huge, " TiB (18,446,744,073,709,551,615 bytes)") != NULL,
	      "the largest size: TiB, no overflow ('%s')", huge);
	char n[48];
	CHECK(STREQ(pv_format_count(n, sizeof(n), 9223372036854775807u, PV_NL),
	            "9.223.372.036.854.775.807") &&
	      STREQ(pv_format_count(n, sizeof(n), 999, PV_EN), "999") &&
	      STREQ(pv_format_count(n, sizeof(n), 4000, PV_EN), "4,000"),
	      "counts grouped by threes");
	char tiny[5];
	pv_format_size(tiny, sizeof(tiny), 1753, PV_NL);
	CHECK(strlen(tiny) == 4, "a small buffer is cut, not overrun");
}

/* ---- files ------------------------------------------------------------ */

static void test_files(void)
{
	char path[4200];
	privicon_load_options small = {.max_size = 100};
	result r = load_mem("big.xml", REG, sizeof(REG) - 1, &small);
	expect("size cap (memory)", r, PRIVICON_ETOOBIG, "file");
	CHECK(any_message_has(r.d, "100 bytes") && any_message_has(r.d, "too large"),
	      "size cap: size and cap in the message");
	char size_en[64], size_nl[64];
	snprintf(size_en, sizeof(size_en), "The file is too large: %.1f KiB (",
	         (double)(sizeof(REG) - 1) / 1024.0);
	snprintf(size_nl, sizeof(size_nl), "Het bestand is te groot: %.1f KiB (",
	         (double)(sizeof(REG) - 1) / 1024.0);
	char *comma = strchr(size_nl, '.');
	if (comma)
		*comma = ',';
	CHECK(strstr(privicon_diagnostic_message(r.d, 0, "en"), size_en) &&
	      strstr(privicon_diagnostic_message(r.d, 0, "nl"), size_nl),
	      "size cap: KiB with the language's decimal mark");
	done(&r);

	/* The default cap, in the words the message uses. A size over the
	 * cap is refused before a byte is read: REG is far shorter than the
	 * size claimed, and AddressSanitizer would catch any read past it. */
	r = load_mem("huge.xml", REG, PRIVICON_DEFAULT_MAX_SIZE + 1, NULL);
	expect("over the default cap", r, PRIVICON_ETOOBIG, "file");
	CHECK(strstr(privicon_diagnostic_message(r.d, 0, "nl"),
	             "privicon leest bestanden tot 256 MiB (268.435.456 bytes).") &&
	      strstr(privicon_diagnostic_message(r.d, 0, "en"),
	             "privicon reads files up to 256 MiB (268,435,456 bytes)."),
	      "default cap: 256 MiB, bytes grouped as each language writes them");
	done(&r);

	tmp_path(path, sizeof(path), "test_load-register.xml");
	CHECK(write_file(path, REG, sizeof(REG) - 1) == 0, "write a register file");
	chmod(path, 0444);
	r = load_path(path, NULL);
	CHECK(r.rc == PRIVICON_OK && STREQ(r.reg->file, path), "read-only file loads, file = path");
	done(&r);
	FILE *f = fopen(path, "rb");
	char back[sizeof(REG)] = "";
	size_t n = f ? fread(back, 1, sizeof(back), f) : 0;
	if (f)
		fclose(f);
	CHECK(n == sizeof(REG) - 1 && memcmp(back, REG, n) == 0, "input file unchanged");

	r = load_path(path, &small);
	expect("size cap (file)", r, PRIVICON_ETOOBIG, "file");
	CHECK(privicon_diagnostic_file(r.d, 0) && strcmp(privicon_diagnostic_file(r.d, 0), path) == 0,
	      "file diagnostic carries the path");
	done(&r);
	unlink(path);

	tmp_path(path, sizeof(path), "test_load-empty.xml");
	write_file(path, "", 0);
	r = load_path(path, NULL);
	expect("empty file", r, PRIVICON_EINVALID, "file");
	CHECK(any_message_has(r.d, "Het bestand is leeg") && any_message_has(r.d, "The file is empty"),
	      "empty file: says so (a finding, not I/O trouble)");
	done(&r);
	unlink(path);

	tmp_path(path, sizeof(path), "test_load-no-such-file.xml");
	r = load_path(path, NULL);
	expect("missing file", r, PRIVICON_EIO, "file");
	CHECK(any_message_has(r.d, "No such file") && any_message_has(r.d, "niet gevonden"),
	      "missing file: in both languages");
	done(&r);

	r = load_path(tmp_dir, NULL);
	expect("directory", r, PRIVICON_EIO, "file");
	CHECK(any_message_has(r.d, "directory"), "directory named as such");
	done(&r);

	if (access("/dev/null", F_OK) == 0) {
		r = load_path("/dev/null", NULL);
		expect("device", r, PRIVICON_EIO, "file");
		done(&r);
	}
	/* A file whose size stat reports as 0 but that holds more: the read
	 * itself stops at the cap. */
	if (access("/proc/self/maps", R_OK) == 0) {
		r = load_path("/proc/self/maps", &small);
		expect("file larger than its stat size", r, PRIVICON_ETOOBIG, "file");
		CHECK(any_message_has(r.d, "larger than 100 bytes"),
		      "stat size not trusted: 'larger than' the cap");
		done(&r);
	}
}

static void test_schema_option(void)
{
	privicon_load_options o = {.schema_path = SOURCE_DIR "/schemas/register.xsd"};
	result r = load_mem("x.xml", REG, sizeof(REG) - 1, &o);
	CHECK(r.rc == PRIVICON_OK, "schema_path to the project schema works");
	done(&r);

	o.schema_path = SOURCE_DIR "/no-such-schema.xsd";
	r = load_mem("x.xml", REG, sizeof(REG) - 1, &o);
	expect("missing schema file", r, PRIVICON_EIO, "file");
	done(&r);

	char path[4200];
	tmp_path(path, sizeof(path), "test_load-not-a-schema.xsd");
	write_file(path, REG, sizeof(REG) - 1);
	o.schema_path = path;
	r = load_mem("x.xml", REG, sizeof(REG) - 1, &o);
	expect("a schema that is not one", r, PRIVICON_EINVAL, "file");
	done(&r);

	/* A schema libxml2 cannot compile: its own words for the schema's
	 * author, in the English message only. */
	static const char broken_xsd[] =
		"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
		"           targetNamespace=\"urn:privicon:register:1\">\n"
		"  <xs:element name=\"register\" type=\"xs:nosuchtype\"/>\n"
		"</xs:schema>\n";
	write_file(path, broken_xsd, sizeof(broken_xsd) - 1);
	r = load_mem("x.xml", REG, sizeof(REG) - 1, &o);
	expect("a schema that does not compile", r, PRIVICON_EINVAL, "file");
	CHECK(strstr(privicon_diagnostic_message(r.d, 0, "en"), "(libxml2: ") &&
	      strstr(privicon_diagnostic_message(r.d, 0, "nl"), "Het schema is niet bruikbaar") &&
	      !dutch_has_libxml2_text(r.d) && !strstr(privicon_diagnostic_message(r.d, 0, "nl"), "nosuchtype"),
	      "schema that does not compile: libxml2's words in English only");
	done(&r);

	/* A pattern privicon has no words for: the schema's pattern, and
	 * libxml2's text in English only. */
	static const char pattern_xsd[] =
		"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
		"           targetNamespace=\"urn:privicon:register:1\" elementFormDefault=\"qualified\">\n"
		"  <xs:element name=\"register\"><xs:complexType>\n"
		"    <xs:attribute name=\"code\"><xs:simpleType><xs:restriction base=\"xs:string\">\n"
		"      <xs:pattern value=\"[A-Z]{3}\"/>\n"
		"    </xs:restriction></xs:simpleType></xs:attribute>\n"
		"  </xs:complexType></xs:element>\n"
		"</xs:schema>\n";
	write_file(path, pattern_xsd, sizeof(pattern_xsd) - 1);
	static const char coded[] = "<register xmlns=\"urn:privicon:register:1\" code=\"abc\"/>";
	r = load_mem("x.xml", coded, sizeof(coded) - 1, &o);
	expect("a pattern without words", r, PRIVICON_EINVALID, "schema");
	CHECK(strstr(privicon_diagnostic_message(r.d, 0, "en"), "pattern '[A-Z]{3}'") &&
	      strstr(privicon_diagnostic_message(r.d, 0, "en"), "(libxml2: Element '") &&
	      strstr(privicon_diagnostic_message(r.d, 0, "nl"), "patroon '[A-Z]{3}'") &&
	      strstr(privicon_diagnostic_message(r.d, 0, "nl"), "--lang en") &&
	      !dutch_has_libxml2_text(r.d),
	      "pattern without words: libxml2's text in English only, the Dutch all Dutch");
	done(&r);
	unlink(path);
}

static void test_arguments(void)
{
	privicon_diagnostics *d;
	privicon_diagnostics_new(&d);
	privicon_register *reg = (privicon_register *)1;
	CHECK(privicon_load_memory(NULL, d, "x", REG, 10, NULL) == PRIVICON_EINVAL, "NULL out");
	CHECK(privicon_load_memory(&reg, NULL, "x", REG, 10, NULL) == PRIVICON_EINVAL && reg == NULL,
	      "NULL diagnostics; *out reset");
	CHECK(privicon_load_memory(&reg, d, "x", NULL, 10, NULL) == PRIVICON_EINVAL, "NULL data");
	CHECK(privicon_load_file(&reg, d, NULL, NULL) == PRIVICON_EINVAL, "NULL path");
	privicon_diagnostics_free(d);
	privicon_register_free(NULL);
	CHECK(privicon_register_activity_count(NULL) == 0 &&
	      privicon_register_activity_id(NULL, 0) == NULL, "accessors take NULL");

	result r = load_mem(NULL, "<x/>", 4, NULL);
	CHECK(r.rc == PRIVICON_EINVALID && privicon_diagnostic_file(r.d, 0) &&
	      strcmp(privicon_diagnostic_file(r.d, 0), "<memory>") == 0,
	      "no name: diagnostics say <memory>");
	done(&r);
}

/* ---- schema errors in words ------------------------------------------ */

/* Loads REG with one change; expects exactly one schema error. */
static result schema_case(const char *what, const char *from, const char *to)
{
	char *x = subst(REG, from, to);
	result r = load_str(x);
	free(x);
	CHECK(r.rc == PRIVICON_EINVALID && r.reg == NULL, "%s: invalid", what);
	CHECK(privicon_diagnostics_count(r.d) == 1 && find_rule(r.d, "schema") == 0,
	      "%s: one schema error (%zu)", what, privicon_diagnostics_count(r.d));
	if (privicon_diagnostics_count(r.d) != 1)
		for (size_t i = 0; i < privicon_diagnostics_count(r.d); i++)
			printf("# %s\n", privicon_diagnostic_message(r.d, i, "en"));
	return r;
}

static int msg_has(const result *r, const char *lang, const char *needle)
{
	return privicon_diagnostics_count(r->d) > 0 &&
	       strstr(privicon_diagnostic_message(r->d, 0, lang), needle) != NULL;
}

static void test_schema_words(void)
{
	const char *act = "parkeervergunning";
	result r = schema_case("missing yes/no attribute", "<recipients outside-controller=\"yes\"",
	                       "<recipients");
	CHECK(msg_has(&r, "en", "the attribute 'outside-controller' is missing from <recipients>") &&
	      msg_has(&r, "nl", "Activiteit 'parkeervergunning': bij <recipients> ontbreekt het attribuut") &&
	      msg_has(&r, "en", "absence is never read as no") &&
	      msg_has(&r, "nl", "nooit als 'nee'"), "missing yes/no: says absence is never no");
	CHECK(privicon_diagnostic_line(r.d, 0) == line_of(REG, "<recipients") &&
	      STREQ(privicon_diagnostic_activity(r.d, 0), act) &&
	      msg_has(&r, "en", "Activity 'parkeervergunning'"),
	      "missing yes/no: line and activity");
	done(&r);

	r = schema_case("missing present", "<profiling present=\"no\"/>", "<profiling/>");
	CHECK(msg_has(&r, "en", "<profiling present=\"yes\"> or <profiling present=\"no\">"),
	      "missing present: spells out both answers");
	done(&r);

	r = schema_case("missing element", "<transfers outside-eea=\"no\"/>", "");
	CHECK(msg_has(&r, "en", "<activity> is missing <transfers>") &&
	      msg_has(&r, "nl", "in <activity> ontbreekt <transfers>") &&
	      msg_has(&r, "en", "outside-eea=\"no\""), "missing element named, with its yes/no");
	CHECK(privicon_diagnostic_line(r.d, 0) == line_of(REG, "<retention"),
	      "missing element: reported where it was expected");
	done(&r);

	r = schema_case("missing last element", "<profiling present=\"no\"/>\n    <security>\n"
	                "      <measure kind=\"encryption\"/>\n      <measure kind=\"access-control\"/>\n"
	                "    </security>\n    <dpia required=\"no\"/>\n"
	                "    <acknowledgement rule=\"processor-agreement\" reason=\"Overeenkomst in behandeling\"/>\n",
	                "");
	CHECK(msg_has(&r, "en", "<activity> is missing <profiling>. It belongs after <automated-decision>"),
	      "missing element at the end: where it goes");
	CHECK(privicon_diagnostic_line(r.d, 0) == line_of(REG, "<activity"),
	      "missing element at the end: the activity's line");
	done(&r);

	r = schema_case("enumeration typo", "kind=\"bsn\"", "kind=\"bsnn\"");
	CHECK(msg_has(&r, "en", "Activity 'parkeervergunning': the value 'bsnn' of attribute 'kind' of <category> is not allowed") &&
	      msg_has(&r, "nl", "Activiteit 'parkeervergunning': de waarde 'bsnn' van attribuut 'kind' van <category> is niet toegestaan") &&
	      msg_has(&r, "en", "Did you mean 'bsn' (burgerservicenummer)?") && msg_has(&r, "en", "health (gezondheid)"),
	      "enumeration: lists the values and suggests the closest");
	CHECK(privicon_diagnostic_line(r.d, 0) == line_of(REG, "kind=\"bsn\""),
	      "enumeration: line of the element");
	done(&r);

	r = schema_case("yes/no in Dutch", "outside-eea=\"no\"", "outside-eea=\"nee\"");
	CHECK(msg_has(&r, "en", "Did you mean 'no'?") && msg_has(&r, "nl", "Bedoelt u 'no'?"),
	      "nee -> no");
	done(&r);

	r = schema_case("pattern", "period=\"P1Y6M\"", "period=\"7 jaar\"");
	CHECK(msg_has(&r, "en", "'7 jaar'") && msg_has(&r, "en", "ISO 8601 duration like P7Y") &&
	      msg_has(&r, "en", "'permanent'"), "duration pattern explained");
	done(&r);

	r = schema_case("unknown attribute", " status=\"active\"", " status=\"active\" staus=\"x\"");
	CHECK(msg_has(&r, "en", "<activity> has an attribute 'staus' that privicon does not know") &&
	      msg_has(&r, "en", "Did you mean 'status'?") &&
	      msg_has(&r, "en", "Allowed on <activity>: id, version, status"),
	      "unknown attribute: suggestion and the allowed ones");
	done(&r);

	r = schema_case("unknown element", "<profiling present=\"no\"/>",
	                "<profiling present=\"no\"/><profilng/>");
	CHECK(msg_has(&r, "en", "<activity> contains <profilng>, an element privicon does not know") &&
	      msg_has(&r, "en", "Expected here: <security>, <dpia>, <acknowledgement> or "
	                        "<internal-note>"),
	      "unknown element: what may go there");
	done(&r);

	r = schema_case("element in the wrong parent", "<dpia required=\"no\"/>",
	                "<dpia required=\"no\"/><recipient kind=\"processor\" name=\"x\"/>");
	CHECK(msg_has(&r, "en", "<recipient> does not belong in <activity>; it belongs in <recipients>"),
	      "element in the wrong parent: where it belongs");
	done(&r);

	r = schema_case("wrong order", "<name><nl>Parkeervergunning</nl><en>Parking permit</en></name>",
	                "<name><en>Parking permit</en><nl>Parkeervergunning</nl></name>");
	CHECK(msg_has(&r, "en", "<nl> is in the wrong place in <name>. The order in <name> is: <nl>, <en>"),
	      "wrong order: gives the order");
	done(&r);

	r = schema_case("twice", "<transfers outside-eea=\"no\"/>",
	                "<transfers outside-eea=\"no\"/><transfers outside-eea=\"no\"/>");
	CHECK(msg_has(&r, "en", "<transfers> appears more than once in <activity>"), "twice");
	done(&r);

	r = schema_case("empty text", "<department>Publiekszaken</department>",
	                "<department>   </department>");
	CHECK(msg_has(&r, "en", "<department> is empty") && msg_has(&r, "nl", "<department> is leeg"),
	      "empty text");
	done(&r);

	r = schema_case("wrong date", "date=\"2024-03-01\"", "date=\"01-03-2024\"");
	CHECK(msg_has(&r, "en", "YYYY-MM-DD") && msg_has(&r, "en", "Did you mean 2024-03-01?") &&
	      privicon_diagnostic_activity(r.d, 0) == NULL, "date: format and the turned-around date");
	done(&r);

	r = schema_case("version zero", " version=\"3\"", " version=\"0\"");
	CHECK(msg_has(&r, "en", "a whole number of 1 or more"), "positive integer");
	done(&r);

	r = schema_case("loose text", "<name><nl>", "<name>Parkeren<nl>");
	CHECK(msg_has(&r, "en", "<name> contains loose text") && msg_has(&r, "en", "<nl>, <en>"),
	      "loose text: which elements may hold it");
	done(&r);

	r = schema_case("no namespace", "<subject kind=\"residents\"/>",
	                "<subject xmlns=\"\" kind=\"residents\"/>");
	CHECK(msg_has(&r, "en", "<subject> has no namespace"), "element without namespace");
	done(&r);

	/* Several errors: each its own finding, in document order. */
	char *x1 = subst(REG, "kind=\"bsn\"", "kind=\"bsnn\"");
	char *x2 = subst(x1, "<profiling present=\"no\"/>", "<profiling/>");
	r = load_str(x2);
	CHECK(privicon_diagnostics_count(r.d) == 2 &&
	      privicon_diagnostic_line(r.d, 0) < privicon_diagnostic_line(r.d, 1),
	      "two schema errors, two findings in order");
	done(&r);
	free(x1), free(x2);
}

/* Every pattern type gets its own words, never the generic fallback. */
static void test_pattern_words(void)
{
	static const struct {
		const char *what, *from, *to, *words;
	} cases[] = {
		{"Slug", "id=\"vergunning\"", "id=\"Vergunning!\"", "only lowercase letters"},
		{"SlugList", "purposes=\"vergunning\"/>", "purposes=\"Vergunning\"/>", "purpose ids"},
		{"RuleId", "rule=\"processor-agreement\"", "rule=\"Processor Agreement\"", "the id of a rule"},
		{"Duration", "period=\"P1Y6M\"", "period=\"P7\"", "ISO 8601 duration"},
		{"SelectielijstNumber", "selectielijst=\"11.1.2\"", "selectielijst=\"11\"", "Selectielijst"},
		{"CountryCode", "<transfers outside-eea=\"no\"/>",
		 "<transfers outside-eea=\"yes\"><transfer country=\"usa\" recipient=\"x\"/></transfers>",
		 "two capital letters"},
		{"Email", "email=\"fg@voorbeeld.nl\"", "email=\"fg\"", "an e-mail address"},
		{"WebAddress", "url=\"https://lokaleregelgeving", "url=\"www.lokaleregelgeving",
		 "starting with https://"},
		{"Phone", "phone=\"+31 20 123 4567\"", "phone=\"bel ons\"", "a phone number"},
		{"BWB id", "bwb=\"BWBR0006622\"", "bwb=\"BWB6622\"", "BWBR followed by 7 digits"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		result r = schema_case(cases[i].what, cases[i].from, cases[i].to);
		CHECK(msg_has(&r, "en", cases[i].words) && !msg_has(&r, "en", "(libxml2:") &&
		      msg_has(&r, "nl", "Verwacht: "), "%s pattern explained in words", cases[i].what);
		done(&r);
	}
}

/* Lines past 65535, where libxml2 2.9 stops counting in element nodes. */
static void test_big_lines(void)
{
	const char *at = strstr(REG, "  <activity ");
	size_t head = (size_t)(at - REG), pad = 70000;
	char *doc = malloc(sizeof(REG) + pad);
	if (!doc)
		exit(1);
	memcpy(doc, REG, head);
	memset(doc + head, '\n', pad);
	memcpy(doc + head + pad, at, sizeof(REG) - head);
	char *bad = subst(doc, "period=\"P1Y6M\"", "period=\"P7\"");
	result r = load_str(doc);
	CHECK(r.rc == PRIVICON_OK && r.reg->activities[0].retentions[0].line ==
	      line_of(doc, "<retention"), "model line past 65535 exact (%d)",
	      r.rc == PRIVICON_OK ? r.reg->activities[0].retentions[0].line : -1);
	done(&r);
	r = load_str(bad);
	CHECK(privicon_diagnostics_count(r.d) == 1 &&
	      privicon_diagnostic_line(r.d, 0) == line_of(bad, "<retention"),
	      "schema error line past 65535 exact (%d, want %d)", privicon_diagnostic_line(r.d, 0),
	      line_of(bad, "<retention"));
	done(&r);
	free(bad);
	free(doc);
}

/* ---- quiet and tidy ---------------------------------------------------- */

static int custom_calls;
static void custom_generic(void *ctx, const char *msg, ...)
{
	(void)ctx, (void)msg;
	custom_calls++;
}

/* Runs the noisiest inputs with stderr sent to a file: it stays empty.
 * The caller's own libxml2 handler is back in place afterwards. */
static void test_quiet(void)
{
	char path[4200];
	tmp_path(path, sizeof(path), "test_load-stderr.txt");
	fflush(stderr);
	int saved = dup(2);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (saved < 0 || fd < 0) {
		CHECK(0, "redirect stderr");
		return;
	}
	dup2(fd, 2);
	close(fd);
	xmlSetGenericErrorFunc(NULL, custom_generic);

	const char *inputs[] = {
		"<register xmlns=\"urn:privicon:register:1\"><a></b>",
		"<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>",
		"<register xmlns=\"urn:privicon:register:1\" version=\"1\" date=\"x\"><foo/></register>",
		"<<<<>>>>&&&&;;;;",
	};
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		result r = load_str(inputs[i]);
		done(&r);
	}
	char *x = subst(REG, "kind=\"bsn\"", "kind=\"x\"");
	result r = load_str(x);
	done(&r);
	free(x);

	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	struct stat st;
	CHECK(stat(path, &st) == 0 && st.st_size == 0, "nothing printed to stderr (%lld bytes)",
	      (long long)st.st_size);
	CHECK(xmlGenericError == custom_generic && custom_calls == 0,
	      "the caller's libxml2 error handler is restored and was not called");
	xmlSetGenericErrorFunc(NULL, NULL);
	unlink(path);
}

/* Three activities built from REG's one, with ids a, b and c. */
static char *three_activities(void)
{
	const char *start = strstr(REG, "  <activity ");
	const char *end = strstr(REG, "</register>");
	size_t head = (size_t)(start - REG), act = (size_t)(end - start);
	char *buf = malloc(head + 3 * (act + 16) + 32);
	if (!buf)
		exit(1);
	memcpy(buf, REG, head);
	size_t len = head;
	const char *ids[] = {"id=\"a\"", "id=\"b\"", "id=\"c\""};
	for (int i = 0; i < 3; i++) {
		char *one = malloc(act + 1);
		memcpy(one, start, act);
		one[act] = '\0';
		char *renamed = subst(one, "id=\"parkeervergunning\"", ids[i]);
		memcpy(buf + len, renamed, strlen(renamed));
		len += strlen(renamed);
		free(one);
		free(renamed);
	}
	memcpy(buf + len, "</register>\n", 13);
	return buf;
}

static size_t errors_of(const privicon_diagnostics *d, const char *activity)
{
	size_t n = 0;
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++)
		if (privicon_diagnostic_severity(d, i) == PRIVICON_ERROR &&
		    STREQ(privicon_diagnostic_activity(d, i), activity))
			n++;
	return n;
}

/* keep_valid_activities: an activity with schema errors is left out and
 * named; the others load; errors outside activities still stop it all. */
static void test_keep_valid_activities(void)
{
	privicon_load_options keep = {.keep_valid_activities = 1};
	char *three = three_activities();

	/* b lacks <transfers> and has a bad data kind: two errors, one activity. */
	char *broken = strdup(three);
	const char *transfers = "    <transfers outside-eea=\"no\"/>\n";
	char *t = strstr(strstr(broken, "id=\"b\""), transfers);
	memmove(t, t + strlen(transfers), strlen(t + strlen(transfers)) + 1);
	char *k = strstr(strstr(broken, "id=\"b\""), "kind=\"licence-plate\"");
	memcpy(k, "kind=\"licence-PLATE\"", 20);

	result r = load_mem("test.xml", broken, strlen(broken), NULL);
	CHECK(r.rc == PRIVICON_EINVALID && r.reg == NULL,
	      "without keep_valid_activities one broken activity fails the load");
	done(&r);

	r = load_mem("test.xml", broken, strlen(broken), &keep);
	CHECK(r.rc == PRIVICON_OK && r.reg, "with keep_valid_activities the load succeeds");
	if (r.rc == PRIVICON_OK) {
		CHECK(privicon_register_activity_count(r.reg) == 2 &&
		      STREQ(privicon_register_activity_id(r.reg, 0), "a") &&
		      STREQ(privicon_register_activity_id(r.reg, 1), "c"),
		      "the valid activities a and c are in the model, in order");
		CHECK(privicon_register_left_out_count(r.reg) == 1 &&
		      STREQ(privicon_register_left_out_id(r.reg, 0), "b") &&
		      STREQ(privicon_register_left_out_name(r.reg, 0, "nl"), "Parkeervergunning") &&
		      STREQ(privicon_register_left_out_name(r.reg, 0, "en"), "Parking permit") &&
		      privicon_register_left_out_line(r.reg, 0) == line_of(broken, "id=\"b\""),
		      "activity b is left out with its id, names and line");
		CHECK(errors_of(r.d, "b") == 2 &&
		      privicon_diagnostics_count_severity(r.d, PRIVICON_ERROR) == 2,
		      "both errors of b are reported, naming b, and nothing else");
		/* Rules run on what is left. */
		CHECK(privicon_check_rules(r.d, r.reg) == PRIVICON_OK, "rules run on the rest");
	}
	done(&r);

	/* An error outside activities stops everything. */
	char *no_contact = subst(broken, "<contact ", "<kontakt ");
	r = load_mem("test.xml", no_contact, strlen(no_contact), &keep);
	CHECK(r.rc == PRIVICON_EINVALID && r.reg == NULL,
	      "a register-level error fails the load even with keep_valid_activities");
	done(&r);
	free(no_contact);

	/* Every activity broken: nothing to build. */
	char *all = strdup(three);
	for (char *p = strstr(all, "kind=\"bsn\""); p; p = strstr(p + 1, "kind=\"bsn\""))
		memcpy(p, "kind=\"BSN\"", 10);
	r = load_mem("test.xml", all, strlen(all), &keep);
	CHECK(r.rc == PRIVICON_EINVALID && r.reg == NULL &&
	      privicon_diagnostics_count_severity(r.d, PRIVICON_ERROR) == 3,
	      "a register whose every activity has errors fails, each error reported once");
	done(&r);
	free(all);

	/* A valid register loads the same with and without the option. */
	r = load_mem("test.xml", three, strlen(three), &keep);
	CHECK(r.rc == PRIVICON_OK && privicon_register_activity_count(r.reg) == 3 &&
	      privicon_register_left_out_count(r.reg) == 0 && privicon_diagnostics_count(r.d) == 0,
	      "a valid register: nothing left out, nothing said");
	if (r.rc == PRIVICON_OK) {
		/* Leaving out after loading (e.g. for rule errors). */
		CHECK(privicon_register_leave_out(r.reg, "nope") == PRIVICON_EINVAL,
		      "leave_out of an unknown id is EINVAL");
		privicon_diagnostics *d;
		privicon_diagnostics_new(&d);
		privicon_diagnostics_add(d, "test.xml", 3, 0, PRIVICON_ERROR, "bsn-law", "a", "x", "x");
		privicon_diagnostics_add(d, "test.xml", 4, 0, PRIVICON_ERROR, "bsn-law", "a", "y", "y");
		privicon_diagnostics_add(d, "test.xml", 5, 0, PRIVICON_WARNING, "w", "c", "z", "z");
		privicon_diagnostics_add(d, "test.xml", 6, 0, PRIVICON_ERROR, "art30", NULL, "q", "q");
		size_t reg_errors = 99;
		CHECK(privicon_register_leave_out_failing(r.reg, d, &reg_errors) == PRIVICON_OK &&
		      reg_errors == 1 && privicon_register_activity_count(r.reg) == 2 &&
		      STREQ(privicon_register_activity_id(r.reg, 0), "b") &&
		      STREQ(privicon_register_activity_id(r.reg, 1), "c") &&
		      privicon_register_left_out_count(r.reg) == 1 &&
		      STREQ(privicon_register_left_out_id(r.reg, 0), "a"),
		      "leave_out_failing leaves out a (errors), keeps c (a warning), counts the "
		      "register-level error");
		privicon_diagnostics_free(d);
	}
	done(&r);
	free(broken);
	free(three);
}

int main(int argc, char **argv)
{
	const char *t = getenv("TMPDIR");
	if (t && *t) {
		snprintf(tmp_dir, sizeof(tmp_dir), "%s", t);
	} else {
		snprintf(tmp_dir, sizeof(tmp_dir), "%s", argc > 0 ? argv[0] : ".");
		char *slash = strrchr(tmp_dir, '/');
		if (slash)
			*slash = '\0';
		else
			snprintf(tmp_dir, sizeof(tmp_dir), ".");
	}
	test_valid();
	test_valid_variant();
	test_many_activities();
	test_entities();
	test_external_entity();
	test_bombs();
	test_encodings();
	test_truncated();
	test_syntax_words();
	test_root();
	test_big_values();
	test_sizes();
	test_files();
	test_schema_option();
	test_arguments();
	test_schema_words();
	test_pattern_words();
	test_big_lines();
	test_keep_valid_activities();
	test_quiet();
	return check_exit_status();
}
