/*
 * test_export.c - the open-data export and import at the library level:
 *   - schemas/register.schema.json lists the same vocabulary keys, in the
 *     same order, as src/model/vocab.c (the one definition);
 *   - the JSON export of a register built by hand: keys in their fixed
 *     order, optional facts left out rather than null, rights and notice;
 *   - the JSON-LD export: DPV IRIs from vocab.c; no DPV term for not-stated;
 *   - the examples round-trip: export, import, load, export;
 *   - privicon_import_json() names each problem by its JSON path.
 * tests/opendata.sh checks the same through the CLI, with ajv and jsonld.js.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "check.h"
#include "model/model.h"
#include "privicon.h"
#include "model/vocab.h"

#define SCHEMA SOURCE_DIR "/schemas/register.schema.json"

/* ---- the schema's vocabularies ------------------------------------------------ */

static void test_schema_vocabularies(void)
{
	json_error_t err;
	json_t *schema = json_load_file(SCHEMA, 0, &err), *defs;

	CHECK(schema != NULL, "schema: %s parses (%s)", SCHEMA, schema ? "" : err.text);
	if (!schema)
		return;
	defs = json_object_get(schema, "$defs");
	CHECK(strcmp(json_string_value(json_object_get(schema, "$schema")),
	             "https://json-schema.org/draft/2020-12/schema") == 0,
	      "schema: JSON Schema 2020-12");
	for (int id = 0; id < PV_VOCAB_COUNT; id++) {
		const pv_vocab *v = pv_vocab_get((pv_vocab_id)id);
		json_t *e = json_object_get(json_object_get(defs, v->name), "enum");
		int same = json_is_array(e) && json_array_size(e) == v->count;
		for (size_t i = 0; same && i < v->count; i++)
			same = json_is_string(json_array_get(e, i)) &&
			       strcmp(json_string_value(json_array_get(e, i)), v->terms[i].key) == 0;
		CHECK(same, "schema: $defs/%s lists the %zu keys of vocab.c in order", v->name,
		      v->count);
	}
	json_decref(schema);
}

/* ---- a register built by hand -------------------------------------------------- */

static pv_vocab_key key(pv_vocab_id vocab, const char *k)
{
	pv_vocab_key v = pv_vocab_find(vocab, k);
	if (v == PV_VOCAB_NONE) {
		printf("FAIL - test setup: no key %s\n", k);
		exit(1);
	}
	return v;
}

/* One activity with only what the schema requires: no retention, no
 * security, no DPIA, no sold="no", no legal text. Static storage: the
 * register is never freed with privicon_register_free(). */
static privicon_register *hand_built(void)
{
	static pv_purpose purpose;
	static pv_vocab_key subjects[1];
	static pv_data_use data[1];
	static pv_activity act;
	static privicon_register reg;

	purpose.id = "p";
	purpose.basis = key(PV_VOCAB_LEGAL_BASIS, "consent");
	purpose.category = key(PV_VOCAB_PURPOSE_CATEGORY, "communication");
	purpose.description.nl = "Wij sturen u de nieuwsbrief.";
	subjects[0] = key(PV_VOCAB_DATA_SUBJECT, "subscribers");
	data[0].kind = key(PV_VOCAB_DATA_CATEGORY, "contact");
	data[0].source = key(PV_VOCAB_DATA_SOURCE, "data-subject");
	data[0].registry = PV_VOCAB_NONE;
	data[0].art9 = PV_VOCAB_NONE;

	act.id = "nieuwsbrief";
	act.version = 4;
	act.status = key(PV_VOCAB_ACTIVITY_STATUS, "active");
	act.name.nl = "Nieuwsbrief";
	act.name.en = "Newsletter";
	act.summary.en = "We send you news.";
	act.department = "Communicatie";
	act.purposes = &purpose;
	act.n_purposes = 1;
	act.subjects = subjects;
	act.n_subjects = 1;
	act.data = data;
	act.n_data = 1;
	act.recipients_outside = PV_NO;
	act.transfers_outside_eea = PV_NO;
	act.dpia.status = PV_VOCAB_NONE;
	act.automated.present = PV_NO;
	act.profiling.present = PV_NO;

	reg.file = "hand.xml";
	reg.version = "7";
	reg.date = "2026-01-31";
	reg.controller.name = "Gemeente Hand";
	reg.controller.public_authority = PV_YES;
	reg.controller.email = "privacy@hand.example";
	reg.controller.kind = PV_VOCAB_NONE; /* not stated, as the builder leaves it */
	reg.activities = &act;
	reg.n_activities = 1;
	return &reg;
}

/* The keys of an object, comma-separated, in order. */
static const char *keys_of(const json_t *o)
{
	static char buf[1024];
	const char *k;
	json_t *v;
	buf[0] = '\0';
	json_object_foreach((json_t *)o, k, v) {
		if (buf[0])
			strncat(buf, ",", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, k, sizeof(buf) - strlen(buf) - 1);
		(void)v;
	}
	return buf;
}

static void test_hand_built(void)
{
	privicon_register *reg = hand_built();
	char *out = NULL;
	size_t size = 0;
	json_error_t err;
	json_t *doc, *a, *notice;

	CHECK(privicon_export(&out, &size, NULL, reg, PRIVICON_EXPORT_JSON, NULL) == 0 && out,
	      "hand-built: JSON export");
	if (!out)
		return;
	CHECK(size == strlen(out) && out[size - 1] == '\n', "hand-built: size and final newline");
	doc = json_loads(out, JSON_REJECT_DUPLICATES, &err);
	CHECK(doc != NULL, "hand-built: the export is JSON");
	CHECK(strcmp(keys_of(doc), "format,formatVersion,generator,register,controller,activities") == 0,
	      "hand-built: top-level keys in order (%s)", keys_of(doc));
	CHECK(strcmp(keys_of(json_object_get(doc, "controller")), "name,publicAuthority,contact") == 0,
	      "hand-built: controller without identifier and DPO (%s)",
	      keys_of(json_object_get(doc, "controller")));
	a = json_array_get(json_object_get(doc, "activities"), 0);
	CHECK(strcmp(keys_of(a),
	             "id,version,status,name,summary,department,purposes,dataSubjects,personalData,"
	             "recipients,transfers,automatedDecision,profiling,acknowledgements,rights,"
	             "notice") == 0,
	      "hand-built: unstated facts are left out, not null (%s)", keys_of(a));
	CHECK(strcmp(keys_of(json_object_get(a, "summary")), "en") == 0,
	      "hand-built: a text in one language has one key");
	CHECK(strcmp(keys_of(json_object_get(a, "recipients")), "outsideController,list") == 0 &&
	              json_is_false(json_object_get(json_object_get(a, "recipients"),
	                                            "outsideController")),
	      "hand-built: no sold key when the register does not say so");
	CHECK(json_integer_value(json_object_get(a, "version")) == 4, "hand-built: version 4");
	/* Consent gives, among others, withdrawing consent; no automated
	 * decision, so no human review. */
	json_t *rights = json_object_get(a, "rights");
	int withdraw = 0, review = 0;
	for (size_t i = 0; i < json_array_size(rights); i++) {
		const char *r = json_string_value(json_object_get(json_array_get(rights, i), "right"));
		withdraw |= strcmp(r, "withdraw-consent") == 0;
		review |= strcmp(r, "human-review") == 0;
	}
	CHECK(withdraw && !review, "hand-built: rights follow the legal basis and the decision");
	notice = json_object_get(a, "notice");
	CHECK(json_array_size(notice) == 8, "hand-built: the notice has the eight questions");
	json_t *retention = json_array_get(notice, 4);
	CHECK(strcmp(json_string_value(json_object_get(retention, "question")), "retention") == 0 &&
	              strcmp(json_string_value(json_object_get(
	                             json_array_get(json_object_get(retention, "items"), 0), "icon")),
	                     "retention-not-stated") == 0,
	      "hand-built: no retention stated, and the notice says so");
	json_t *title = json_object_get(json_array_get(notice, 0), "title");
	CHECK(strcmp(json_string_value(json_object_get(title, "nl")), "Welke gegevens?") == 0 &&
	              strcmp(json_string_value(json_object_get(title, "en")), "What data?") == 0,
	      "hand-built: question titles in both languages");
	json_decref(doc);
	privicon_free(out);

	/* JSON-LD of the same register. */
	out = NULL;
	CHECK(privicon_export(&out, &size, NULL, reg, PRIVICON_EXPORT_JSONLD, NULL) == 0 && out,
	      "hand-built: JSON-LD export");
	doc = out ? json_loads(out, 0, &err) : NULL;
	a = json_array_get(json_object_get(doc, "dpv:hasProcess"), 0);
	CHECK(strcmp(json_string_value(json_object_get(json_object_get(doc, "@context"), "dpv")),
	             "https://w3id.org/dpv#") == 0,
	      "jsonld: the dpv prefix");
	CHECK(strcmp(json_string_value(json_object_get(
	                     json_array_get(json_object_get(a, "dpv:hasPersonalData"), 0), "@id")),
	             "pd:Contact") == 0,
	      "jsonld: data category as its DPV IRI (pd:Contact)");
	CHECK(strcmp(json_string_value(json_object_get(
	                     json_array_get(json_object_get(a, "dpv:hasLegalBasis"), 0), "@id")),
	             "eu-gdpr:A6-1-a") == 0,
	      "jsonld: legal basis as its GDPR IRI (eu-gdpr:A6-1-a)");
	CHECK(strcmp(json_string_value(json_object_get(
	                     json_array_get(json_object_get(a, "dpv:hasDataSubject"), 0), "@id")),
	             "dpv:Subscriber") == 0,
	      "jsonld: data subject as its DPV IRI");
	CHECK(json_object_get(a, "dpv:hasStorageCondition") == NULL &&
	              json_object_get(a, "dpv:hasTechnicalOrganisationalMeasure") == NULL,
	      "jsonld: no retention and no measures stated, none made up");
	json_decref(doc);
	privicon_free(out);

	out = NULL;
	CHECK(privicon_export(&out, &size, NULL, reg, (privicon_export_format)9, NULL) ==
	                      PRIVICON_EINVAL &&
	              out == NULL && size == 0,
	      "export: an unknown format is refused");
	CHECK(privicon_export(&out, &size, NULL, NULL, PRIVICON_EXPORT_JSON, NULL) ==
	              PRIVICON_EINVAL,
	      "export: no register is refused");
}

/* ---- round trip of the examples -------------------------------------------------- */

static char *export_file(const char *path, privicon_register **keep)
{
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	char *out = NULL;
	size_t size;
	if (privicon_diagnostics_new(&d) != 0)
		exit(1);
	if (privicon_load_file(&reg, d, path, NULL) == 0)
		privicon_export(&out, &size, d, reg, PRIVICON_EXPORT_JSON, NULL);
	privicon_diagnostics_free(d);
	if (keep)
		*keep = reg;
	else
		privicon_register_free(reg);
	return out;
}

static void test_round_trip(const char *path)
{
	privicon_register *reg = NULL, *again = NULL;
	privicon_diagnostics *d = NULL;
	char *json = export_file(path, &reg), *xml = NULL, *json2 = NULL;
	size_t xml_size = 0, size2;
	json_error_t err;
	json_t *doc;

	CHECK(json != NULL, "round trip: %s exports", path);
	if (!json)
		return;
	doc = json_loads(json, 0, &err);
	CHECK(json_array_size(json_object_get(doc, "activities")) ==
	              privicon_register_activity_count(reg),
	      "round trip: %s: every activity exported", path);
	json_decref(doc);
	privicon_diagnostics_new(&d);
	CHECK(privicon_import_json(&xml, &xml_size, d, "x.json", json, strlen(json)) == 0 && xml,
	      "round trip: %s imports (%zu diagnostics)", path, privicon_diagnostics_count(d));
	if (xml && privicon_load_memory(&again, d, "x.xml", xml, xml_size, NULL) == 0)
		privicon_export(&json2, &size2, d, again, PRIVICON_EXPORT_JSON, NULL);
	CHECK(json2 && strcmp(json, json2) == 0, "round trip: %s: export, import, export is equal",
	      path);
	CHECK(xml && strncmp(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                          "<register xmlns=\"urn:privicon:register:1\"", 80) == 0 &&
	              strstr(xml, "\n  <controller") && strstr(xml, "\n    <name>"),
	      "round trip: %s: UTF-8 XML indented by two spaces", path);
	privicon_diagnostics_free(d);
	privicon_register_free(reg);
	privicon_register_free(again);
	privicon_free(xml);
	privicon_free(json);
	privicon_free(json2);
}

/* Text that XML and JSON escape differently survives the trip: markup
 * characters, quotes, a tab, line breaks inside a text and inside an
 * attribute, non-ASCII. */
static void test_round_trip_text(void)
{
	static const char xml[] =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<register xmlns=\"urn:privicon:register:1\" version=\"a &amp; b\" date=\"2026-11-01\">\n"
		"  <controller public-authority=\"yes\"><name>Gemeente &lt;Test&gt;</name>"
		"<contact email=\"p@t.example\"/><dpo name=\"A. &quot;Jansen&quot;\"/></controller>\n"
		"  <activity id=\"a\" version=\"1\" status=\"active\">\n"
		"    <name><nl>Naam \"één\" 'twee' &#8364;</nl></name>\n"
		"    <summary><nl>Regel één\n      regel twee\ttab &amp; &lt;b&gt;</nl></summary>\n"
		"    <department>Team</department>\n"
		"    <purposes><purpose id=\"p\" basis=\"consent\" category=\"communication\">"
		"<description><en>Why</en></description></purpose></purposes>\n"
		"    <data-subjects><subject kind=\"residents\"/></data-subjects>\n"
		"    <personal-data><category kind=\"contact\" source=\"data-subject\"/></personal-data>\n"
		"    <recipients outside-controller=\"no\"/><transfers outside-eea=\"no\"/>\n"
		"    <automated-decision present=\"no\"/><profiling present=\"no\"/>\n"
		"    <acknowledgement rule=\"consent-public-task\" reason=\"een&#10;twee &amp; &quot;drie&quot;\"/>\n"
		"  </activity>\n"
		"</register>\n";
	privicon_diagnostics *d = NULL;
	privicon_register *a = NULL, *b = NULL;
	char *j1 = NULL, *j2 = NULL, *x = NULL;
	size_t n;

	privicon_diagnostics_new(&d);
	CHECK(privicon_load_memory(&a, d, "t.xml", xml, strlen(xml), NULL) == 0,
	      "text round trip: the register loads");
	if (a && privicon_export(&j1, &n, d, a, PRIVICON_EXPORT_JSON, NULL) == 0 &&
	    privicon_import_json(&x, &n, d, "t.json", j1, strlen(j1)) == 0 &&
	    privicon_load_memory(&b, d, "t2.xml", x, n, NULL) == 0)
		privicon_export(&j2, &n, d, b, PRIVICON_EXPORT_JSON, NULL);
	CHECK(j1 && j2 && strcmp(j1, j2) == 0, "text round trip: export, import, export is equal");
	CHECK(b && strcmp(b->activities[0].summary.nl, "Regel één\n      regel twee\ttab & <b>") == 0 &&
	              strcmp(b->activities[0].acks[0].reason, "een\ntwee & \"drie\"") == 0 &&
	              strcmp(b->version, "a & b") == 0,
	      "text round trip: line breaks, tabs and markup characters kept");
	privicon_register_free(a);
	privicon_register_free(b);
	privicon_free(j1);
	privicon_free(j2);
	privicon_free(x);
	privicon_diagnostics_free(d);
}

/* ---- not-stated in JSON-LD ------------------------------------------------------ */

/* A legal basis, data subject, data category (also of a retention period)
 * and data source the register gives as not-stated: JSON-LD claims no DPV
 * term for them and says "not-stated" in the pv: namespace. */
static void test_jsonld_not_stated(void)
{
	static const char xml[] =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<register xmlns=\"urn:privicon:register:1\" version=\"1\" date=\"2026-11-01\">\n"
		"  <controller public-authority=\"yes\"><name>Gemeente Test</name>"
		"<contact email=\"p@t.example\"/></controller>\n"
		"  <activity id=\"a\" version=\"1\" status=\"active\">\n"
		"    <name><nl>Naam</nl><en>Name</en></name>\n"
		"    <summary><nl>Samenvatting</nl><en>Summary</en></summary>\n"
		"    <department>Team</department>\n"
		"    <purposes><purpose id=\"p\" basis=\"not-stated\" category=\"public-service\">"
		"<description><nl>Waarom</nl><en>Why</en></description></purpose></purposes>\n"
		"    <data-subjects><subject kind=\"residents\"/><subject kind=\"not-stated\"/></data-subjects>\n"
		"    <personal-data><category kind=\"not-stated\" source=\"not-stated\"/>"
		"<category kind=\"contact\" source=\"data-subject\"/></personal-data>\n"
		"    <recipients outside-controller=\"no\"/><transfers outside-eea=\"no\"/>\n"
		"    <retention period=\"P1Y\" from=\"collection\" categories=\"not-stated\"/>\n"
		"    <retention period=\"P2Y\" from=\"collection\"/>\n"
		"    <automated-decision present=\"no\"/><profiling present=\"no\"/>\n"
		"  </activity>\n"
		"</register>\n";
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	char *out = NULL;
	size_t n;
	json_error_t err;
	json_t *doc = NULL, *a, *p, *uses, *periods;

	privicon_diagnostics_new(&d);
	CHECK(privicon_load_memory(&reg, d, "ns.xml", xml, strlen(xml), NULL) == 0,
	      "jsonld not-stated: the register loads (%zu diagnostics)", privicon_diagnostics_count(d));
	if (reg && privicon_export(&out, &n, d, reg, PRIVICON_EXPORT_JSONLD, NULL) == 0)
		doc = json_loads(out, 0, &err);
	CHECK(doc != NULL, "jsonld not-stated: exported");
	a = json_array_get(json_object_get(doc, "dpv:hasProcess"), 0);
	p = json_array_get(json_object_get(a, "dpv:hasPurpose"), 0);
	CHECK(p && !json_object_get(p, "dpv:hasLegalBasis") &&
	              strcmp(json_string_value(json_object_get(p, "pv:legalBasis")), "not-stated") == 0,
	      "jsonld not-stated: a basis not stated has no DPV basis, pv:legalBasis says not-stated");
	CHECK(json_array_size(json_object_get(a, "dpv:hasLegalBasis")) == 0,
	      "jsonld not-stated: the activity claims no legal basis");
	CHECK(json_array_size(json_object_get(a, "dpv:hasDataSubject")) == 1 &&
	              json_array_size(json_object_get(a, "pv:dataSubject")) == 1 &&
	              strcmp(json_string_value(json_array_get(json_object_get(a, "pv:dataSubject"), 0)),
	                     "not-stated") == 0,
	      "jsonld not-stated: one DPV data subject (residents), pv:dataSubject says not-stated");
	uses = json_object_get(a, "pv:personalDataUse");
	CHECK(!json_object_get(json_array_get(uses, 0), "dpv:hasPersonalData") &&
	              strcmp(json_string_value(json_object_get(json_array_get(uses, 0),
	                                                       "pv:dataCategory")),
	                     "not-stated") == 0 &&
	              strcmp(json_string_value(json_object_get(json_array_get(uses, 0), "pv:source")),
	                     "not-stated") == 0,
	      "jsonld not-stated: data not stated has no DPV category; pv:dataCategory and pv:source say not-stated");
	CHECK(json_array_size(json_object_get(a, "dpv:hasPersonalData")) == 1,
	      "jsonld not-stated: the activity lists only the stated category");
	periods = json_object_get(a, "dpv:hasStorageCondition");
	CHECK(json_array_size(json_object_get(json_array_get(periods, 0), "dpv:hasPersonalData")) == 0 &&
	              strcmp(json_string_value(json_array_get(
	                             json_object_get(json_array_get(periods, 0), "pv:dataCategory"), 0)),
	                     "not-stated") == 0 &&
	              !json_object_get(json_array_get(periods, 1), "pv:dataCategory"),
	      "jsonld not-stated: a period for data not stated says so, not 'for all data'");
	CHECK(out && !strstr(out, "NotStated") && !strstr(out, "#not-stated") &&
	              !strstr(out, ":not-stated"),
	      "jsonld not-stated: no IRI made up for not-stated");
	json_decref(doc);
	privicon_free(out);
	privicon_register_free(reg);
	privicon_diagnostics_free(d);
}

/* ---- import problems --------------------------------------------------------------- */

/* Imports `json`; returns the status and the English messages, joined by
 * "|", in *msgs (static). */
static int import(const char *json, const char **msgs, const char **rule, int *line)
{
	static char buf[4096];
	static char rule_buf[64];
	privicon_diagnostics *d = NULL;
	char *xml = NULL;
	size_t size = 0;
	int rc;

	privicon_diagnostics_new(&d);
	rc = privicon_import_json(&xml, &size, d, "in.json", json, strlen(json));
	buf[0] = '\0';
	rule_buf[0] = '\0';
	*line = 0;
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++) {
		if (buf[0])
			strncat(buf, "|", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, privicon_diagnostic_message(d, i, "en"), sizeof(buf) - strlen(buf) - 1);
		if (i == 0) {
			snprintf(rule_buf, sizeof(rule_buf), "%s", privicon_diagnostic_rule(d, i));
			*line = privicon_diagnostic_line(d, i);
		}
	}
	if (rc != 0 && (xml || size))
		rc = 99; /* nothing may come out on failure */
	privicon_free(xml);
	privicon_diagnostics_free(d);
	*msgs = buf;
	*rule = rule_buf;
	return rc;
}

static void test_import_problems(void)
{
	const char *msgs, *rule;
	int line;
	char *json = export_file(SOURCE_DIR "/examples/minimal.xml", NULL);
	json_error_t err;
	json_t *doc;
	char *text;

	CHECK(import("{\n  \"format\": \"privicon-register\",\n  oops\n}", &msgs, &rule, &line) ==
	              PRIVICON_EINVALID &&
	              strcmp(rule, "json-syntax") == 0 && line == 3,
	      "import: a syntax error is json-syntax on line 3 (%s, line %d: %s)", rule, line, msgs);
	CHECK(import("[1, 2]", &msgs, &rule, &line) == PRIVICON_EINVALID &&
	              strcmp(msgs, "$: expected an object, not an array") == 0,
	      "import: the document must be an object (%s)", msgs);
	CHECK(import("{\"format\": \"privicon-register\", \"format\": \"x\"}", &msgs, &rule, &line) ==
	              PRIVICON_EINVALID &&
	              strcmp(rule, "json-syntax") == 0,
	      "import: a duplicate key is refused (%s)", msgs);
	if (!json)
		return;

	/* Several problems at once, each with its path. */
	doc = json_loads(json, 0, &err);
	json_t *a = json_array_get(json_object_get(doc, "activities"), 0);
	json_object_set_new(json_object_get(a, "retention"), "period", json_integer(7));
	json_object_set_new(a, "version", json_integer(0));
	json_object_del(json_object_get(doc, "controller"), "name");
	json_array_append_new(json_object_get(a, "dataSubjects"), json_string("aliens"));
	json_object_set_new(json_object_get(a, "transfers"), "cloud", json_true());
	json_object_set_new(json_array_get(json_object_get(a, "purposes"), 0), "id",
	                    json_string("Not A Slug"));
	json_object_set_new(json_object_get(a, "name"), "nl", json_string("bell \x07"));
	text = json_dumps(doc, 0);
	json_decref(doc);
	CHECK(import(text, &msgs, &rule, &line) == PRIVICON_EINVALID && strcmp(rule, "json-shape") == 0,
	      "import: shape problems are json-shape");
	static const char *const want[] = {
		"controller.name: is missing",
		"activities[0].version: a version is 1 or more",
		"activities[0].name.nl: contains a character XML does not allow (U+0007)",
		"activities[0].purposes[0].id: 'Not A Slug' is not a valid id",
		"activities[0].dataSubjects[1]: unknown value 'aliens'; choose from: residents,",
		"activities[0].transfers.cloud: unknown key; the keys here are: outsideEea, list",
		"activities[0].retention.period: expected a string, not an integer",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		CHECK(strstr(msgs, want[i]) != NULL, "import: reports \"%s\"", want[i]);
	free(text);
	privicon_free(json);
}

int main(void)
{
	test_schema_vocabularies();
	test_hand_built();
	test_round_trip(SOURCE_DIR "/examples/minimal.xml");
	test_round_trip(SOURCE_DIR "/examples/register.xml");
	test_round_trip_text();
	test_jsonld_not_stated();
	test_import_problems();
	return check_exit_status();
}
