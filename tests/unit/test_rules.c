/*
 * test_rules.c - the GDPR consistency rules on registers built by hand
 * (model.h structs, no XML): a complete register gives no findings; each
 * change gives exactly the one rule it should, at the line it should; the
 * catalogue is complete; acknowledgements work as documented in rules.c.
 * tests/rules.sh runs the same rules on XML registers through the CLI.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "model/model.h"
#include "privicon.h"
#include "model/vocab.h"

#define V(vocab, key) pv_vocab_find(vocab, key)
#define S(s) ((char *)(s))

/* One register: a municipality with a DPO and one complete activity. The
 * line numbers are made up but distinct, so each finding's line says which
 * node it points at. */
typedef struct {
	privicon_register reg;
	pv_activity act[2];
	pv_purpose purposes[3];
	pv_law laws[3];
	pv_data_use data[4];
	char *refs[4];
	pv_vocab_key subjects[3];
	int subject_lines[3];
	pv_recipient recipients[2];
	pv_transfer transfers[2];
	pv_vocab_key measures[2];
	int measure_lines[2];
	pv_acknowledgement acks[3];
	pv_retention retentions[3];
} fixture;

enum {
	L_REGISTER = 2, L_CONTROLLER = 3, L_DPO = 6, L_ACTIVITY = 10, L_NAME = 11,
	L_SUMMARY = 12, L_PURPOSE = 16, L_DESCRIPTION = 17, L_LAW = 18, L_PURPOSE2 = 19,
	L_DATA = 22, L_DATA2 = 23, L_DATA3 = 24, L_RECIPIENTS = 30, L_RECIPIENT = 31,
	L_TRANSFERS = 33, L_TRANSFER = 34, L_RETENTION = 36, L_AUTOMATED = 37,
	L_PROFILING = 38, L_SECURITY = 39, L_DPIA = 42, L_ACK = 43, L_ACTIVITY2 = 50
};

static void fixture_init(fixture *f)
{
	memset(f, 0, sizeof(*f));
	privicon_register *reg = &f->reg;
	reg->file = S("test.xml");
	reg->version = S("1");
	reg->date = S("2024-01-01");
	reg->line = L_REGISTER;
	reg->controller = (pv_controller){
		.name = S("Gemeente Voorbeeld"),
		.public_authority = PV_YES,
		.email = S("privacy@voorbeeld.nl"),
		.phone = S("+31 20 123 4567"),
		.web = S("https://www.voorbeeld.nl/privacy"),
		.dpo_name = S("A. de Vries"),
		.dpo_email = S("fg@voorbeeld.nl"),
		.dpo_line = L_DPO,
		.line = L_CONTROLLER,
	};
	f->laws[0] = (pv_law){.title = S("Gemeentewet"), .bwb = S("BWBR0005416"),
	                      .article = S("149"), .line = L_LAW};
	f->purposes[0] = (pv_purpose){
		.id = S("vergunning"),
		.basis = V(PV_VOCAB_LEGAL_BASIS, "public-task"),
		.category = V(PV_VOCAB_PURPOSE_CATEGORY, "public-service"),
		.description = {S("Uw vergunning verlenen."), S("Granting your permit."), L_DESCRIPTION},
		.laws = &f->laws[0],
		.n_laws = 1,
		.line = L_PURPOSE,
	};
	f->data[0] = (pv_data_use){.kind = V(PV_VOCAB_DATA_CATEGORY, "name"),
	                           .source = V(PV_VOCAB_DATA_SOURCE, "data-subject"),
	                           .registry = PV_VOCAB_NONE, .art9 = PV_VOCAB_NONE,
	                           .line = L_DATA};
	f->data[1] = (pv_data_use){.kind = V(PV_VOCAB_DATA_CATEGORY, "address"),
	                           .source = V(PV_VOCAB_DATA_SOURCE, "base-registry"),
	                           .registry = V(PV_VOCAB_BASE_REGISTRY, "brp"),
	                           .art9 = PV_VOCAB_NONE, .line = L_DATA2};
	f->subjects[0] = V(PV_VOCAB_DATA_SUBJECT, "applicants");
	f->subject_lines[0] = 20;
	f->measures[0] = V(PV_VOCAB_SECURITY_MEASURE, "access-control");
	f->measures[1] = V(PV_VOCAB_SECURITY_MEASURE, "logging");
	f->measure_lines[0] = L_SECURITY + 1;
	f->measure_lines[1] = L_SECURITY + 2;

	f->retentions[0] = (pv_retention){.present = 1, .duration = {.years = 1}, .period = S("P1Y"),
	                                  .from = V(PV_VOCAB_RETENTION_START, "expiry"),
	                                  .selectielijst = S("11.1.2"), .line = L_RETENTION};
	pv_activity *a = &f->act[0];
	*a = (pv_activity){
		.id = S("parkeervergunning"),
		.version = 1,
		.status = V(PV_VOCAB_ACTIVITY_STATUS, "active"),
		.name = {S("Parkeervergunning"), S("Parking permit"), L_NAME},
		.summary = {S("U vraagt een vergunning aan."), S("You apply for a permit."), L_SUMMARY},
		.department = S("Publiekszaken"),
		.purposes = f->purposes,
		.n_purposes = 1,
		.purposes_line = L_PURPOSE - 1,
		.subjects = f->subjects,
		.subject_lines = f->subject_lines,
		.n_subjects = 1,
		.data = f->data,
		.n_data = 2,
		.data_line = L_DATA - 1,
		.recipients_outside = PV_NO,
		.never_sold = 1,
		.recipients = f->recipients,
		.recipients_line = L_RECIPIENTS,
		.transfers_outside_eea = PV_NO,
		.transfers = f->transfers,
		.transfers_line = L_TRANSFERS,
		.retentions = f->retentions,
		.n_retentions = 1,
		.automated = {.present = PV_NO, .line = L_AUTOMATED},
		.profiling = {.present = PV_NO, .line = L_PROFILING},
		.measures = f->measures,
		.measure_lines = f->measure_lines,
		.n_measures = 2,
		.security_line = L_SECURITY,
		.dpia = {.present = 1, .required = PV_NO, .status = PV_VOCAB_NONE, .line = L_DPIA},
		.acks = f->acks,
		.line = L_ACTIVITY,
	};
	reg->activities = f->act;
	reg->n_activities = 1;
}

/* Adds a second purpose (consent) to the activity, for rules that need
 * two. */
static pv_purpose *second_purpose(fixture *f, const char *id, const char *basis,
                                  const char *category)
{
	f->purposes[1] = (pv_purpose){
		.id = S(id),
		.basis = V(PV_VOCAB_LEGAL_BASIS, basis),
		.category = V(PV_VOCAB_PURPOSE_CATEGORY, category),
		.description = {S("Tweede doel."), S("Second purpose."), L_PURPOSE2},
		.line = L_PURPOSE2,
	};
	f->act[0].n_purposes = 2;
	return &f->purposes[1];
}

static pv_data_use *third_category(fixture *f, const char *kind, const char *source)
{
	f->data[2] = (pv_data_use){.kind = V(PV_VOCAB_DATA_CATEGORY, kind),
	                           .source = V(PV_VOCAB_DATA_SOURCE, source),
	                           .registry = PV_VOCAB_NONE, .art9 = PV_VOCAB_NONE,
	                           .line = L_DATA3};
	f->act[0].n_data = 3;
	return &f->data[2];
}

static privicon_diagnostics *run(fixture *f)
{
	privicon_diagnostics *d = NULL;
	if (privicon_diagnostics_new(&d) != PRIVICON_OK)
		return NULL;
	if (privicon_check_rules(d, &f->reg) != PRIVICON_OK) {
		privicon_diagnostics_free(d);
		return NULL;
	}
	return d;
}

static void print_findings(const privicon_diagnostics *d)
{
	for (size_t i = 0; d && i < privicon_diagnostics_count(d); i++)
		printf("#   %d [%s] %s\n", privicon_diagnostic_line(d, i), privicon_diagnostic_rule(d, i),
		       privicon_diagnostic_message(d, i, "en"));
}

/* Exactly one finding, of `rule` at `line`, naming the activity (when
 * `activity`), with the rule's severity and both languages. */
static int only(fixture *f, const char *rule, int line, const char *activity, const char *what)
{
	privicon_diagnostics *d = run(f);
	int ok = d && privicon_diagnostics_count(d) == 1 &&
	         strcmp(privicon_diagnostic_rule(d, 0), rule) == 0 &&
	         privicon_diagnostic_line(d, 0) == line &&
	         strcmp(privicon_diagnostic_file(d, 0), "test.xml") == 0 &&
	         (int)privicon_diagnostic_severity(d, 0) == (int)privicon_rule_find(rule)->severity &&
	         (activity ? privicon_diagnostic_activity(d, 0) &&
	                             strcmp(privicon_diagnostic_activity(d, 0), activity) == 0 &&
	                             strstr(privicon_diagnostic_message(d, 0, "nl"), activity) &&
	                             strstr(privicon_diagnostic_message(d, 0, "en"), activity)
	                   : privicon_diagnostic_activity(d, 0) == NULL) &&
	         strcmp(privicon_diagnostic_message(d, 0, "nl"),
	                privicon_diagnostic_message(d, 0, "en")) != 0;
	CHECK(ok, "%s: only %s at line %d", what, rule, line);
	if (!ok)
		print_findings(d);
	privicon_diagnostics_free(d);
	return ok;
}

/* The message of the single finding, in `lang`, contains `needle`. */
static void says(fixture *f, const char *lang, const char *needle, const char *what)
{
	privicon_diagnostics *d = run(f);
	int ok = d && privicon_diagnostics_count(d) == 1 &&
	         strstr(privicon_diagnostic_message(d, 0, lang), needle);
	CHECK(ok, "%s: the %s message says \"%s\"", what, lang, needle);
	if (!ok)
		print_findings(d);
	privicon_diagnostics_free(d);
}

static void test_catalogue(void)
{
	size_t n = privicon_rule_count();
	int fields = 1, unique = 1;
	for (size_t i = 0; i < n; i++) {
		const privicon_rule_info *r = privicon_rule_at(i);
		fields &= r && r->id && r->article && r->summary_nl && r->summary_en && r->help_nl &&
		          r->help_en && r->id[0] && r->article[0] && r->summary_nl[0] &&
		          r->summary_en[0] && r->help_nl[0] && r->help_en[0] &&
		          strcmp(r->summary_nl, r->summary_en) != 0 && r->triggers_nl &&
		          r->triggers_en && r->triggers_nl[0] && r->triggers_en[0] &&
		          !strchr(r->triggers_nl, '\n') && !strchr(r->triggers_en, '\n') &&
		          (r->severity == PRIVICON_ERROR || r->severity == PRIVICON_WARNING ||
		           r->severity == PRIVICON_NOTE);
		for (size_t j = 0; j < i; j++)
			unique &= strcmp(privicon_rule_at(j)->id, r->id) != 0;
		CHECK(privicon_rule_find(r->id) == r, "privicon_rule_find finds %s", r->id);
	}
	CHECK(fields, "every rule has an id, article, summary, help and one line of triggers "
	              "in nl and en");
	CHECK(unique, "rule ids are unique");
	CHECK(privicon_rule_at(n) == NULL && privicon_rule_find("no-such-rule") == NULL &&
	              privicon_rule_find(NULL) == NULL,
	      "out of range, unknown and NULL give NULL");

	struct {
		const char *id;
		privicon_severity sev;
	} required[] = {
		{"file", PRIVICON_ERROR}, {"xml-syntax", PRIVICON_ERROR},
		{"xml-unsafe", PRIVICON_ERROR}, {"schema", PRIVICON_ERROR},
		{"render", PRIVICON_ERROR}, {"layout-overflow", PRIVICON_ERROR},
		{"font-missing", PRIVICON_WARNING}, {"pdf-language", PRIVICON_WARNING},
		{"theme", PRIVICON_ERROR}, {"theme-token", PRIVICON_WARNING},
		{"export", PRIVICON_ERROR}, {"json-syntax", PRIVICON_ERROR},
		{"json-shape", PRIVICON_ERROR}, {"version-not-raised", PRIVICON_ERROR},
		{"art30-incomplete", PRIVICON_ERROR}, {"art30-retention", PRIVICON_WARNING},
		{"art30-security", PRIVICON_WARNING},
		{"legitimate-interest-public-task", PRIVICON_ERROR}, {"law-missing", PRIVICON_ERROR},
		{"special-category-condition", PRIVICON_ERROR}, {"criminal-data-basis", PRIVICON_ERROR},
		{"bsn-law", PRIVICON_ERROR}, {"biometric-purpose", PRIVICON_ERROR},
		{"consent-public-task", PRIVICON_WARNING}, {"transfer-mechanism", PRIVICON_ERROR},
		{"processor-agreement", PRIVICON_WARNING}, {"dpia-required", PRIVICON_ERROR},
		{"automated-decision-logic", PRIVICON_ERROR},
		{"retention-selectielijst", PRIVICON_WARNING}, {"duplicate-id", PRIVICON_ERROR},
		{"dangling-ref", PRIVICON_ERROR}, {"caption-missing-language", PRIVICON_ERROR},
		{"purpose-without-data", PRIVICON_WARNING},
		{"recipients-contradiction", PRIVICON_ERROR},
		{"transfers-contradiction", PRIVICON_ERROR},
		{"transfer-inside-eea", PRIVICON_WARNING}, {"consent-withdrawal", PRIVICON_WARNING},
		{"profiling-description", PRIVICON_ERROR}, {"dpo-missing", PRIVICON_ERROR},
		{"controller-contact", PRIVICON_ERROR}, {"acknowledgement-invalid", PRIVICON_ERROR},
		{"acknowledgement-unused", PRIVICON_WARNING},
		{"dpia-screening", PRIVICON_WARNING},
		{"legitimate-interest-outside-task", PRIVICON_WARNING},
		{"law-not-basis", PRIVICON_ERROR}, {"art9-law-missing", PRIVICON_ERROR},
		{"art9-condition-fit", PRIVICON_ERROR}, {"art8-parental-consent", PRIVICON_ERROR},
		{"art26-joint-arrangement", PRIVICON_WARNING}, {"transfer-country", PRIVICON_ERROR},
		{"art49-3-public-authority", PRIVICON_ERROR},
		{"art22-3-human-review", PRIVICON_WARNING},
		{"art22-4-special-category", PRIVICON_WARNING},
		{"uavg40-profiling-decision", PRIVICON_WARNING},
		{"retention-selectielijst-missing", PRIVICON_WARNING},
		{"retention-norm", PRIVICON_WARNING},
		{"import-format", PRIVICON_ERROR}, {"import-limit", PRIVICON_ERROR},
		{"import-columns", PRIVICON_ERROR}, {"import-map", PRIVICON_ERROR},
		{"import-missing", PRIVICON_WARNING}, {"import-unmapped", PRIVICON_WARNING},
		{"import-assumed", PRIVICON_WARNING}, {"import-translate", PRIVICON_WARNING},
		{"import-ignored", PRIVICON_WARNING},
		{"art30-not-stated", PRIVICON_WARNING},
		{"basis-not-stated", PRIVICON_ERROR}, {"subjects-not-stated", PRIVICON_ERROR},
		{"data-not-stated", PRIVICON_ERROR}, {"source-not-stated", PRIVICON_WARNING},
		{"retention-start-not-stated", PRIVICON_WARNING},
		{"retention-periods-unclear", PRIVICON_ERROR},
		{"not-rule-checked", PRIVICON_NOTE}, {"placeholder", PRIVICON_ERROR},
	};
	size_t nreq = sizeof(required) / sizeof(required[0]);
	for (size_t i = 0; i < nreq; i++) {
		const privicon_rule_info *r = privicon_rule_find(required[i].id);
		CHECK(r && r->severity == required[i].sev, "%s is in the catalogue as %s",
		      required[i].id, required[i].sev == PRIVICON_ERROR ? "error" : "warning");
	}
	CHECK(n == nreq, "the catalogue has exactly the %zu documented rules (has %zu)", nreq, n);
}

static void test_clean(void)
{
	fixture f;
	fixture_init(&f);
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "the complete register has no findings");
	print_findings(d);
	privicon_diagnostics_free(d);
	CHECK(privicon_check_rules(NULL, &f.reg) == PRIVICON_EINVAL, "NULL diagnostics: EINVAL");
	privicon_diagnostics *e = NULL;
	privicon_diagnostics_new(&e);
	CHECK(privicon_check_rules(e, NULL) == PRIVICON_EINVAL, "NULL register: EINVAL");
	privicon_diagnostics_free(e);
}

static void test_controller(void)
{
	fixture f;
	fixture_init(&f);
	f.reg.controller.email = f.reg.controller.phone = f.reg.controller.web = NULL;
	only(&f, "controller-contact", L_CONTROLLER, NULL, "no contact details");

	fixture_init(&f);
	f.reg.controller.dpo_name = f.reg.controller.dpo_email = NULL;
	only(&f, "dpo-missing", L_CONTROLLER, NULL, "public authority without DPO");
	f.reg.controller.public_authority = PV_NO;
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "no DPO is fine for a private controller");
	privicon_diagnostics_free(d);

	fixture_init(&f);
	f.reg.controller.dpo_email = NULL;
	only(&f, "art30-incomplete", L_DPO, NULL, "DPO without e-mail or phone");
}

static void test_art30(void)
{
	fixture f;
	fixture_init(&f);
	f.act[0].name.nl = f.act[0].name.en = NULL;
	only(&f, "art30-incomplete", L_NAME, "parkeervergunning", "no name");

	fixture_init(&f);
	f.act[0].summary.nl = f.act[0].summary.en = NULL;
	only(&f, "art30-incomplete", L_SUMMARY, "parkeervergunning", "no summary");

	fixture_init(&f);
	f.purposes[0].description.nl = f.purposes[0].description.en = NULL;
	only(&f, "art30-incomplete", L_DESCRIPTION, "parkeervergunning", "no purpose description");

	fixture_init(&f);
	f.act[0].recipients_outside = PV_YES;
	only(&f, "art30-incomplete", L_RECIPIENTS, "parkeervergunning", "recipients yes, none listed");

	fixture_init(&f);
	f.act[0].n_retentions = 0;
	only(&f, "art30-retention", L_ACTIVITY, "parkeervergunning", "no retention");

	fixture_init(&f);
	f.act[0].n_measures = 0;
	f.act[0].security_line = 0;
	only(&f, "art30-security", L_ACTIVITY, "parkeervergunning", "no security");
}

static void test_captions(void)
{
	fixture f;
	fixture_init(&f);
	f.act[0].name.en = NULL;
	only(&f, "caption-missing-language", L_NAME, "parkeervergunning", "name without English");
	says(&f, "en", "no English text", "name without English");
	fixture_init(&f);
	f.act[0].summary.nl = S("");
	only(&f, "caption-missing-language", L_SUMMARY, "parkeervergunning", "empty Dutch summary");
	says(&f, "nl", "geen Nederlandse tekst", "empty Dutch summary");
	fixture_init(&f);
	f.purposes[0].description.nl = NULL;
	only(&f, "caption-missing-language", L_DESCRIPTION, "parkeervergunning",
	     "purpose description without Dutch");
	says(&f, "en", "purpose 'vergunning'", "purpose description without Dutch");

	fixture_init(&f);
	f.act[0].automated = (pv_decision){.present = PV_YES,
	                                   .logic = {S("De computer rekent."), NULL, 60},
	                                   .consequence = {S("U krijgt een brief."),
	                                                   S("You get a letter."), 61},
	                                   .human_review = {S("Bel ons."), S("Call us."), 63},
	                                   .line = L_AUTOMATED};
	f.act[0].dpia = (pv_dpia){.present = 1, .required = PV_YES,
	                          .status = V(PV_VOCAB_DPIA_STATUS, "done"), .line = L_DPIA};
	only(&f, "caption-missing-language", 60, "parkeervergunning", "logic without English");

	fixture_init(&f);
	f.act[0].profiling = (pv_decision){.present = PV_YES,
	                                   .logic = {NULL, S("We score."), 62},
	                                   .line = L_PROFILING};
	only(&f, "caption-missing-language", 62, "parkeervergunning",
	     "profiling description without Dutch");
}

static void test_decisions(void)
{
	fixture f;
	fixture_init(&f);
	f.act[0].automated.present = PV_YES;
	f.act[0].automated.human_review = (pv_text){S("Bel ons."), S("Call us."), 63};
	only(&f, "automated-decision-logic", L_AUTOMATED, "parkeervergunning",
	     "automated decision without logic");
	says(&f, "en", "<logic> (how the computer decides) and <consequence>", "both missing");
	f.act[0].automated.logic = (pv_text){S("Regels."), S("Rules."), 60};
	says(&f, "nl", "<consequence> (wat het besluit", "only the consequence missing");

	fixture_init(&f);
	f.act[0].profiling.present = PV_YES;
	only(&f, "profiling-description", L_PROFILING, "parkeervergunning",
	     "profiling without description");
}

static void test_recipients_transfers(void)
{
	fixture f;
	fixture_init(&f);
	f.recipients[0] = (pv_recipient){.kind = V(PV_VOCAB_RECIPIENT_KIND, "public-authority"),
	                                 .name = S("RDW"), .line = L_RECIPIENT};
	f.act[0].n_recipients = 1;
	only(&f, "recipients-contradiction", L_RECIPIENTS, "parkeervergunning",
	     "no recipients stated, one listed");

	fixture_init(&f);
	f.recipients[0] = (pv_recipient){.kind = V(PV_VOCAB_RECIPIENT_KIND, "processor"),
	                                 .name = S("Parkeer BV"), .line = L_RECIPIENT};
	f.act[0].n_recipients = 1;
	f.act[0].recipients_outside = PV_YES;
	only(&f, "processor-agreement", L_RECIPIENT, "parkeervergunning",
	     "processor without agreement");
	f.recipients[0].agreement = S("VO-2023-12");
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "a processor with an agreement is fine");
	privicon_diagnostics_free(d);

	fixture_init(&f);
	f.act[0].transfers_outside_eea = PV_YES;
	only(&f, "transfers-contradiction", L_TRANSFERS, "parkeervergunning",
	     "outside EEA yes, no transfers");
	fixture_init(&f);
	f.transfers[0] = (pv_transfer){.country = "US", .recipient = S("Cloud Inc."),
	                               .mechanism = V(PV_VOCAB_TRANSFER_MECHANISM, "scc"),
	                               .line = L_TRANSFER};
	f.act[0].n_transfers = 1;
	only(&f, "transfers-contradiction", L_TRANSFERS, "parkeervergunning",
	     "outside EEA no, one transfer");
	f.act[0].transfers_outside_eea = PV_YES;
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "a transfer to the US under SCC is fine");
	privicon_diagnostics_free(d);

	f.transfers[0].mechanism = PV_VOCAB_NONE;
	only(&f, "transfer-mechanism", L_TRANSFER, "parkeervergunning", "transfer without mechanism");
	f.transfers[0].mechanism = V(PV_VOCAB_TRANSFER_MECHANISM, "adequacy");
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "the US under adequacy (DPF) is accepted");
	privicon_diagnostics_free(d);
	memcpy(f.transfers[0].country, "IN", 3);
	only(&f, "transfer-mechanism", L_TRANSFER, "parkeervergunning",
	     "adequacy for a country without a decision");
	says(&f, "en", "no adequacy decision for IN", "adequacy for India");
	memcpy(f.transfers[0].country, "DE", 3);
	only(&f, "transfer-inside-eea", L_TRANSFER, "parkeervergunning", "transfer to Germany");
	memcpy(f.transfers[0].country, "NO", 3);
	only(&f, "transfer-inside-eea", L_TRANSFER, "parkeervergunning", "transfer to Norway (EEA)");
	memcpy(f.transfers[0].country, "CH", 3);
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "Switzerland is outside the EEA, adequate");
	privicon_diagnostics_free(d);
}

static void test_lawful(void)
{
	fixture f;
	fixture_init(&f);
	f.purposes[0].basis = V(PV_VOCAB_LEGAL_BASIS, "legitimate-interest");
	f.purposes[0].n_laws = 0;
	only(&f, "legitimate-interest-public-task", L_PURPOSE, "parkeervergunning",
	     "public authority with legitimate interest");
	f.reg.controller.public_authority = PV_NO;
	f.reg.controller.dpo_name = NULL;
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "legitimate interest is fine for a company");
	privicon_diagnostics_free(d);

	fixture_init(&f);
	f.purposes[0].n_laws = 0;
	only(&f, "law-missing", L_PURPOSE, "parkeervergunning", "public task without law");
	says(&f, "en", "to purpose 'vergunning'", "public task without law");
	f.purposes[0].basis = V(PV_VOCAB_LEGAL_BASIS, "legal-obligation");
	only(&f, "law-missing", L_PURPOSE, "parkeervergunning", "legal obligation without law");

	fixture_init(&f);
	f.purposes[0].basis = V(PV_VOCAB_LEGAL_BASIS, "consent");
	only(&f, "consent-public-task", L_PURPOSE, "parkeervergunning", "public authority with consent");
	f.reg.controller.email = f.reg.controller.web = NULL;
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 2 &&
	              strcmp(privicon_diagnostic_rule(d, 1), "consent-withdrawal") == 0,
	      "consent without e-mail or web: consent-withdrawal as well");
	privicon_diagnostics_free(d);
	f.reg.controller.public_authority = PV_NO;
	f.reg.controller.dpo_name = NULL;
	only(&f, "consent-withdrawal", L_PURPOSE, "parkeervergunning",
	     "consent with only a phone number");

	fixture_init(&f);
	pv_data_use *u = third_category(&f, "health", "data-subject");
	only(&f, "special-category-condition", L_DATA3, "parkeervergunning", "health without Art. 9(2)");
	says(&f, "nl", "substantial-public-interest (zwaarwegend algemeen belang)", "options listed");
	says(&f, "en", "health-social-care (health and social care)", "options listed");
	u->art9 = V(PV_VOCAB_SPECIAL_CONDITION, "substantial-public-interest");
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "health with a condition is fine");
	privicon_diagnostics_free(d);

	fixture_init(&f);
	u = third_category(&f, "criminal", "data-subject");
	only(&f, "criminal-data-basis", L_DATA3, "parkeervergunning", "criminal data without law");
	u->laws = &f.laws[1];
	u->n_laws = 1;
	f.laws[1] = (pv_law){.title = S("Wet Bibob"), .line = L_DATA3 + 1};
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "criminal data with a law are fine");
	privicon_diagnostics_free(d);

	fixture_init(&f);
	u = third_category(&f, "bsn", "base-registry");
	only(&f, "bsn-law", L_DATA3, "parkeervergunning", "BSN without law");
	says(&f, "en", "BWBR0022428", "BSN suggestion");

	fixture_init(&f);
	u = third_category(&f, "biometric", "data-subject");
	u->art9 = V(PV_VOCAB_SPECIAL_CONDITION, "substantial-public-interest");
	f.act[0].dpia = (pv_dpia){.present = 1, .required = PV_YES,
	                          .status = V(PV_VOCAB_DPIA_STATUS, "done"), .line = L_DPIA};
	only(&f, "biometric-purpose", L_DATA3, "parkeervergunning", "biometrics for a permit");
	second_purpose(&f, "toegang", "public-task", "security");
	f.purposes[1].laws = &f.laws[0];
	f.purposes[1].n_laws = 1;
	f.refs[0] = S("toegang");
	u->purpose_refs = f.refs;
	u->n_purpose_refs = 1;
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0,
	      "biometrics limited to a security purpose are fine");
	print_findings(d);
	privicon_diagnostics_free(d);
}

static void test_ids(void)
{
	fixture f;
	fixture_init(&f);
	f.act[1] = f.act[0];
	f.act[1].line = L_ACTIVITY2;
	f.reg.n_activities = 2;
	only(&f, "duplicate-id", L_ACTIVITY2, "parkeervergunning", "two activities, one id");
	says(&f, "en", "(line 10)", "points at the first");

	fixture_init(&f);
	second_purpose(&f, "vergunning", "public-task", "public-service");
	f.purposes[1].laws = &f.laws[0];
	f.purposes[1].n_laws = 1;
	only(&f, "duplicate-id", L_PURPOSE2, "parkeervergunning", "two purposes, one id");

	fixture_init(&f);
	f.refs[0] = S("vergunnig");
	f.data[0].purpose_refs = f.refs;
	f.data[0].n_purpose_refs = 1;
	only(&f, "dangling-ref", L_DATA, "parkeervergunning", "a misspelt purpose reference");
	says(&f, "en", "Choose in purposes=\"...\" from: 'vergunning'", "lists the purposes");

	/* A long list of purposes is cut short in the message. */
	fixture_init(&f);
	pv_purpose many[12];
	char ids[12][16];
	for (int i = 0; i < 12; i++) {
		snprintf(ids[i], sizeof(ids[i]), "p%d", i);
		many[i] = f.purposes[0];
		many[i].id = ids[i];
		many[i].line = 100 + i;
	}
	f.act[0].purposes = many;
	f.act[0].n_purposes = 12;
	f.refs[0] = S("p99");
	f.data[0].purpose_refs = f.refs;
	f.data[0].n_purpose_refs = 1;
	says(&f, "en", "from: 'p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9' and 2 more.",
	     "twelve purposes: ten named, then how many more");
	says(&f, "nl", "'p9' en nog 2.", "twelve purposes, Dutch");

	fixture_init(&f);
	second_purpose(&f, "handhaving", "public-task", "legal-compliance");
	f.purposes[1].laws = &f.laws[0];
	f.purposes[1].n_laws = 1;
	f.refs[0] = S("vergunning");
	f.data[0].purpose_refs = f.refs;
	f.data[0].n_purpose_refs = 1;
	f.data[1].purpose_refs = f.refs;
	f.data[1].n_purpose_refs = 1;
	only(&f, "purpose-without-data", L_PURPOSE2, "parkeervergunning", "a purpose nobody uses");
	f.data[1].n_purpose_refs = 0; /* serves every purpose */
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0,
	      "a category without purposes=\"...\" serves every purpose");
	privicon_diagnostics_free(d);
}

static void test_dpia(void)
{
	fixture f;
	fixture_init(&f);
	third_category(&f, "images", "sensor");
	only(&f, "dpia-required", L_DPIA, "parkeervergunning", "camera images");
	says(&f, "en", "camera surveillance of a publicly accessible place (no. 9)",
	     "names the AP list item");
	says(&f, "en", "the DPIA list of the Dutch Data Protection Authority", "names the AP list");
	f.act[0].large_scale = PV_FACT_YES;
	says(&f, "en", "GDPR Art. 35(3): systematic monitoring of a publicly accessible area",
	     "names Art. 35(3)(c) on a stated large scale");
	f.act[0].large_scale = PV_FACT_NOT_STATED;
	f.data[2].area = PV_AREA_NOT_PUBLIC;
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0,
	      "a camera on a place closed to the public is not AP 9 (one WP248 criterion)");
	privicon_diagnostics_free(d);
	f.data[2].area = PV_AREA_NOT_STATED;
	f.act[0].dpia.reason = S("Voortoets: geen hoog risico.");
	f.act[0].dpia.date = S("2024-02-01");
	only(&f, "dpia-screening", L_DPIA, "parkeervergunning", "a pre-screening answers it");
	f.act[0].dpia.reason = f.act[0].dpia.date = NULL;
	f.act[0].dpia.required = PV_YES;
	f.act[0].dpia.status = V(PV_VOCAB_DPIA_STATUS, "done");
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "a DPIA done clears it");
	privicon_diagnostics_free(d);
	f.act[0].dpia.status = V(PV_VOCAB_DPIA_STATUS, "in-progress");
	only(&f, "dpia-required", L_DPIA, "parkeervergunning", "DPIA in progress, activity active");
	f.act[0].status = V(PV_VOCAB_ACTIVITY_STATUS, "planned");
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "DPIA in progress for a planned activity is fine");
	privicon_diagnostics_free(d);
	f.act[0].dpia = (pv_dpia){0};
	only(&f, "dpia-required", L_ACTIVITY, "parkeervergunning", "no <dpia>: the activity's line");

	/* Two WP248 criteria and nothing on the lists: vulnerable subjects
	 * and sensitive data. */
	fixture_init(&f);
	f.subjects[0] = V(PV_VOCAB_DATA_SUBJECT, "children");
	pv_data_use *u = third_category(&f, "health", "data-subject");
	u->art9 = V(PV_VOCAB_SPECIAL_CONDITION, "health-social-care");
	only(&f, "dpia-required", L_DPIA, "parkeervergunning", "children's health data");
	says(&f, "en", "WP248: special category or criminal data (4) and vulnerable data subjects (7)",
	     "names both criteria");
	f.subjects[0] = V(PV_VOCAB_DATA_SUBJECT, "applicants");
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "one WP248 criterion alone is not enough");
	privicon_diagnostics_free(d);

	/* Residents alone are not large scale; a stated large scale is. */
	f.subjects[0] = V(PV_VOCAB_DATA_SUBJECT, "residents");
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "residents' health data: not large scale by itself");
	privicon_diagnostics_free(d);
	f.act[0].large_scale = PV_FACT_YES;
	says(&f, "en", "Art. 35(3)(b)", "residents' health data on a stated large scale");

	/* Base registries are not "combining datasets"; other organisations are. */
	fixture_init(&f);
	f.subjects[0] = V(PV_VOCAB_DATA_SUBJECT, "residents");
	u = third_category(&f, "income", "base-registry");
	u->registry = V(PV_VOCAB_BASE_REGISTRY, "bri");
	f.data[0].source = V(PV_VOCAB_DATA_SOURCE, "data-subject");
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "BRP + BRI for residents: no DPIA criterion");
	privicon_diagnostics_free(d);
	f.act[0].large_scale = PV_FACT_YES;
	says(&f, "en", "financial situation on a large scale", "income on a stated large scale (AP 5)");
	u->kind = V(PV_VOCAB_DATA_CATEGORY, "household");
	u->source = V(PV_VOCAB_DATA_SOURCE, "other-organisation");
	says(&f, "en", "large scale (5) and matching data from other organisations (6)",
	     "large scale + data of other organisations");

	fixture_init(&f);
	f.act[0].automated = (pv_decision){.present = PV_YES,
	                                   .logic = {S("Regels."), S("Rules."), 60},
	                                   .consequence = {S("Brief."), S("Letter."), 61},
	                                   .human_review = {S("Bel ons."), S("Call us."), 63},
	                                   .line = L_AUTOMATED};
	f.act[0].profiling = (pv_decision){.present = PV_YES,
	                                   .logic = {S("Score."), S("Score."), 62},
	                                   .line = L_PROFILING};
	f.purposes[0].basis = V(PV_VOCAB_LEGAL_BASIS, "contract"); /* not UAVG art. 40's case */
	says(&f, "en", "automated decisions based on profiling (Art. 35(3)(a))", "35(3)(a)");
	f.act[0].dpia.required = PV_YES;
	f.act[0].dpia.status = PV_VOCAB_NONE;
	says(&f, "en", "The DPIA is not done", "required but no status");
}

static void test_retention(void)
{
	fixture f;
	fixture_init(&f);
	f.act[0].retentions[0].selectielijst = S("11.1.19");
	only(&f, "retention-selectielijst", L_RETENTION, "parkeervergunning", "unknown number");
	says(&f, "nl", "11.1.19 bestaat niet", "unknown number, Dutch");
	says(&f, "nl", "Bedoelt u 11.1.15, 11.1.16 of 11.1.17?", "suggestions, Dutch");
	says(&f, "en", "Did you mean 11.1.15, 11.1.16 or 11.1.17?", "suggestions, English");

	fixture_init(&f);
	f.act[0].retentions[0].duration.years = 7;
	only(&f, "retention-selectielijst", L_RETENTION, "parkeervergunning", "7 years against 1");
	says(&f, "nl", "het register zegt 7 jaar bewaren, maar de Selectielijst gemeenten 2020 zegt 1 jaar",
	     "both periods in words");
	says(&f, "en", "keep for 7 years", "English words");
	f.act[0].retentions[0].duration.years = 0;
	f.act[0].retentions[0].duration.months = 12;
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "P12M equals P1Y");
	privicon_diagnostics_free(d);

	fixture_init(&f);
	f.act[0].retentions[0].selectielijst = S("1.1.1");
	only(&f, "retention-selectielijst", L_RETENTION, "parkeervergunning",
	     "1 year where the list says permanent");
	says(&f, "nl", "blijvend worden bewaard", "permanent, Dutch");
	f.act[0].retentions[0] = (pv_retention){.present = 1, .duration = {.permanent = 1}, .period = S("permanent"),
	                                    .selectielijst = S("1.1.1"), .line = L_RETENTION};
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "permanent matches blijvend_bewaren");
	privicon_diagnostics_free(d);
	f.act[0].retentions[0].selectielijst = S("11.1.2");
	only(&f, "retention-selectielijst", L_RETENTION, "parkeervergunning",
	     "permanent where the list says 1 year");
	f.act[0].retentions[0].selectielijst = S("19.2.1");
	only(&f, "retention-selectielijst", L_RETENTION, "parkeervergunning",
	     "permanent where the list says destroy at once");
	f.act[0].retentions[0] = (pv_retention){.present = 1, .duration = {.days = 28}, .period = S("P28D"),
	                                    .selectielijst = S("19.2.1"), .line = L_RETENTION};
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0,
	      "any finite period is accepted where the list sets none (19.2.1)");
	privicon_diagnostics_free(d);
	f.act[0].retentions[0].selectielijst = S("7.1.20");
	only(&f, "retention-selectielijst", L_RETENTION, "parkeervergunning", "withdrawn result");
	says(&f, "nl", "19.1.19", "withdrawn result points to its successor");
	f.act[0].retentions[0].selectielijst = NULL;
	only(&f, "retention-selectielijst-missing", L_RETENTION, "parkeervergunning",
	     "no number: a Dutch public authority is asked for one");
	f.reg.controller.kind = V(PV_VOCAB_CONTROLLER_KIND, "water-board");
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0,
	      "a water board has its own list: no number asked, nothing compared");
	privicon_diagnostics_free(d);
	f.reg.controller.kind = PV_VOCAB_NONE;
	f.act[0].retentions[0].selectielijst = S("47.2.1");
	only(&f, "retention-selectielijst", L_RETENTION, "parkeervergunning", "another list's number");
	says(&f, "en", "47.2.1 is not a number of the Selectielijst gemeenten", "another list's number");
}

/* Several periods per activity: each is checked against the Selectielijst
 * on its own, and its message names it; at most one period may say
 * neither for whom nor for which data; a period's categories exist. */
static void test_retention_periods(void)
{
	fixture f;
	fixture_init(&f);
	f.retentions[1] = (pv_retention){.present = 1, .duration = {.days = 28}, .period = S("P28D"),
	                                 .from = V(PV_VOCAB_RETENTION_START, "decision"),
	                                 .selectielijst = S("17.2.1"), .line = L_RETENTION + 1,
	                                 .applies_to = {S("Sollicitanten die niet zijn aangenomen"),
	                                                S("Applicants who were not hired"), 0}};
	f.act[0].n_retentions = 2;
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "two periods, each matching its result: clean");
	privicon_diagnostics_free(d);

	f.retentions[1].duration = (pv_duration){.years = 1};
	only(&f, "retention-selectielijst", L_RETENTION + 1, "parkeervergunning",
	     "the second period against its own result");
	says(&f, "nl", "de termijn voor 'Sollicitanten die niet zijn aangenomen'",
	     "the message names the period, Dutch");
	says(&f, "en", "the period for 'Applicants who were not hired'",
	     "the message names the period, English");
	f.retentions[1].duration = (pv_duration){.days = 28};

	f.retentions[1].applies_to.en = NULL;
	only(&f, "caption-missing-language", L_RETENTION + 1, "parkeervergunning",
	     "applies-to in one language only");
	f.retentions[1].applies_to.en = S("Applicants who were not hired");

	f.retentions[1].applies_to = (pv_text){0};
	only(&f, "retention-periods-unclear", L_RETENTION + 1, "parkeervergunning",
	     "two periods that say neither for whom nor which data");

	pv_vocab_key kinds[1] = {V(PV_VOCAB_DATA_CATEGORY, "health")};
	f.retentions[1].categories = kinds;
	f.retentions[1].n_categories = 1;
	only(&f, "dangling-ref", L_RETENTION + 1, "parkeervergunning",
	     "a period for data the activity does not list");
	kinds[0] = f.data[0].kind;
	d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 0, "a period for listed data: clean");
	privicon_diagnostics_free(d);
}

static void test_acknowledgements(void)
{
	fixture f;
	fixture_init(&f);
	f.act[0].n_retentions = 0;
	f.acks[0] = (pv_acknowledgement){S("art30-retention"), S("Termijn volgt in Q3."), L_ACK};
	f.act[0].n_acks = 1;
	privicon_diagnostics *d = run(&f);
	CHECK(d && privicon_diagnostics_count(d) == 1 &&
	              strcmp(privicon_diagnostic_rule(d, 0), "art30-retention") == 0 &&
	              privicon_diagnostic_acknowledged(d, 0) &&
	              strcmp(privicon_diagnostic_acknowledged(d, 0), "Termijn volgt in Q3.") == 0 &&
	              privicon_diagnostics_count_severity(d, PRIVICON_WARNING) == 0,
	      "an acknowledged warning is still reported, with the reason, and not counted");
	privicon_diagnostics_free(d);

	fixture_init(&f);
	f.purposes[0].n_laws = 0;
	f.acks[0] = (pv_acknowledgement){S("law-missing"), S("Komt nog."), L_ACK};
	f.act[0].n_acks = 1;
	d = run(&f);
	int ok = d && privicon_diagnostics_count(d) == 2 &&
	         strcmp(privicon_diagnostic_rule(d, 0), "law-missing") == 0 &&
	         !privicon_diagnostic_acknowledged(d, 0) &&
	         strcmp(privicon_diagnostic_rule(d, 1), "acknowledgement-invalid") == 0 &&
	         privicon_diagnostic_line(d, 1) == L_ACK &&
	         privicon_diagnostics_count_severity(d, PRIVICON_ERROR) == 2;
	CHECK(ok, "acknowledging an error is refused and the error stays");
	if (!ok)
		print_findings(d);
	privicon_diagnostics_free(d);

	fixture_init(&f);
	f.acks[0] = (pv_acknowledgement){S("art30-retenton"), S("Typo."), L_ACK};
	f.act[0].n_acks = 1;
	only(&f, "dangling-ref", L_ACK, "parkeervergunning", "acknowledging an unknown rule");
	says(&f, "en", "Did you mean rule=\"art30-retention\"?", "suggests the rule meant");
	f.acks[0].rule = S("completely-different");
	says(&f, "en", "`privicon rules` lists every rule", "no close rule");

	fixture_init(&f);
	f.acks[0] = (pv_acknowledgement){S("consent-public-task"), S("Vrijwillig."), L_ACK};
	f.act[0].n_acks = 1;
	only(&f, "acknowledgement-unused", L_ACK, "parkeervergunning", "an acknowledgement with nothing to do");

	fixture_init(&f);
	f.acks[0] = (pv_acknowledgement){S("acknowledgement-unused"), S("Meta."), L_ACK};
	f.act[0].n_acks = 1;
	only(&f, "acknowledgement-invalid", L_ACK, "parkeervergunning",
	     "acknowledging an acknowledgement rule");

	/* An acknowledgement covers only its own activity. */
	fixture_init(&f);
	f.act[0].n_retentions = 0;
	f.act[1] = f.act[0];
	f.act[1].id = S("tweede");
	f.act[1].line = L_ACTIVITY2;
	f.act[1].n_acks = 0;
	f.acks[0] = (pv_acknowledgement){S("art30-retention"), S("Volgt."), L_ACK};
	f.act[0].n_acks = 1;
	f.reg.n_activities = 2;
	d = run(&f);
	ok = d && privicon_diagnostics_count(d) == 2 && privicon_diagnostic_acknowledged(d, 0) &&
	     !privicon_diagnostic_acknowledged(d, 1) &&
	     strcmp(privicon_diagnostic_activity(d, 1), "tweede") == 0 &&
	     privicon_diagnostics_count_severity(d, PRIVICON_WARNING) == 1;
	CHECK(ok, "an acknowledgement covers only its own activity");
	if (!ok)
		print_findings(d);
	privicon_diagnostics_free(d);
}

static void test_order(void)
{
	fixture f;
	fixture_init(&f);
	f.act[0].n_retentions = 0;             /* activity line 10 */
	f.reg.controller.email = f.reg.controller.phone = f.reg.controller.web = NULL; /* 3 */
	f.purposes[0].n_laws = 0;                            /* 16 */
	f.act[0].name.en = NULL;                             /* 11 */
	privicon_diagnostics *d = run(&f);
	int ok = d && privicon_diagnostics_count(d) == 4;
	for (size_t i = 1; ok && i < privicon_diagnostics_count(d); i++)
		ok = privicon_diagnostic_line(d, i - 1) <= privicon_diagnostic_line(d, i);
	CHECK(ok, "findings come sorted by line");
	if (!ok)
		print_findings(d);
	/* Findings already in the list (e.g. another file's) are kept. */
	size_t before = d ? privicon_diagnostics_count(d) : 0;
	CHECK(d && privicon_check_rules(d, &f.reg) == PRIVICON_OK &&
	              privicon_diagnostics_count(d) == 2 * before,
	      "a second run appends to the same list");
	privicon_diagnostics_free(d);
}

int main(void)
{
	test_catalogue();
	test_clean();
	test_controller();
	test_art30();
	test_captions();
	test_decisions();
	test_recipients_transfers();
	test_lawful();
	test_ids();
	test_dpia();
	test_retention();
	test_retention_periods();
	test_acknowledgements();
	test_order();
	return check_exit_status();
}
