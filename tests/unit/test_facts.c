/*
 * test_facts.c - the facts real registers hold (issue 17, item 4): each
 * construct is loaded from a small register in memory, then checked where
 * a resident meets it (the notice, with the built-in catalogue), in the
 * JSON export and its import (export -> import -> export gives the same
 * bytes), and in the diff (the change kind and its class).
 *
 * Every register here is the same one-activity register with pieces put
 * in at fixed places (see reg()), so each test shows only what it is about.
 */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "diff/diff.h"
#include "model/model.h"
#include "notice/catalogue.h"
#include "notice/notice.h"
#include "privicon.h"

/* ---- registers in memory ------------------------------------------------ */

/* The pieces a test puts into the register; NULL leaves a piece out. */
typedef struct {
	const char *register_attrs;   /* on <register> */
	const char *controller_attrs; /* on <controller> */
	const char *controller_tail;  /* after <dpo> */
	const char *data;             /* the <category> elements */
	const char *recipients;       /* the whole <recipients> element */
	const char *transfers;        /* the whole <transfers> element */
	const char *retention;        /* the <retention> element(s) */
	const char *activity_tail;    /* after <dpia> */
} pieces;

static char *reg_xml(const pieces *p)
{
	static const char fmt[] =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<register xmlns=\"urn:privicon:register:1\" version=\"1\" date=\"2026-11-01\"%s>\n"
		"<controller public-authority=\"yes\"%s>\n"
		"<name>Gemeente Test</name>\n"
		"<contact email=\"privacy@test.example\"/>\n"
		"<dpo name=\"A. Test\" email=\"fg@test.example\"/>\n"
		"%s\n"
		"</controller>\n"
		"<activity id=\"a\" version=\"1\" status=\"active\">\n"
		"<name><nl>Naam</nl><en>Name</en></name>\n"
		"<summary><nl>Samenvatting.</nl><en>Summary.</en></summary>\n"
		"<department>Team</department>\n"
		"<purposes><purpose id=\"p\" basis=\"public-task\" category=\"public-service\">"
		"<description><nl>Doel.</nl><en>Purpose.</en></description>"
		"<law title=\"Gemeentewet\"/></purpose></purposes>\n"
		"<data-subjects><subject kind=\"residents\"/></data-subjects>\n"
		"<personal-data>%s</personal-data>\n"
		"%s\n%s\n%s\n"
		"<automated-decision present=\"no\"/>\n"
		"<profiling present=\"no\"/>\n"
		"<security><measure kind=\"access-control\"/></security>\n"
		"<dpia required=\"no\"/>\n"
		"%s\n"
		"</activity>\n"
		"</register>\n";
	size_t n = sizeof(fmt) + 8192;
	char *s = malloc(n);
	if (!s)
		return NULL;
	snprintf(s, n, fmt, p->register_attrs ? p->register_attrs : "",
	         p->controller_attrs ? p->controller_attrs : "",
	         p->controller_tail ? p->controller_tail : "",
	         p->data ? p->data : "<category kind=\"name\" source=\"data-subject\"/>",
	         p->recipients ? p->recipients : "<recipients outside-controller=\"no\"/>",
	         p->transfers ? p->transfers : "<transfers outside-eea=\"no\"/>",
	         p->retention ? p->retention
	                      : "<retention period=\"P1Y\" from=\"case-closed\" selectielijst=\"20.1\"/>",
	         p->activity_tail ? p->activity_tail : "");
	return s;
}

/* The register, or NULL with its diagnostics printed as comments. */
static privicon_register *load_xml(const char *xml, const char *what)
{
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	if (!xml || privicon_diagnostics_new(&diags) != 0)
		return NULL;
	int rc = privicon_load_memory(&reg, diags, "test.xml", xml, strlen(xml), NULL);
	CHECK(rc == 0 && reg, "%s: the register loads (rc %d)", what, rc);
	for (size_t i = 0; rc != 0 && i < privicon_diagnostics_count(diags); i++)
		printf("# %d: %s\n", privicon_diagnostic_line(diags, i),
		       privicon_diagnostic_message(diags, i, "en"));
	privicon_diagnostics_free(diags);
	return reg;
}

static privicon_register *load(const pieces *p, const char *what)
{
	char *xml = reg_xml(p);
	privicon_register *reg = load_xml(xml, what);
	free(xml);
	return reg;
}

/* Whether the register fails to load (the schema refuses it). */
static int refused(const pieces *p)
{
	char *xml = reg_xml(p);
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	int rc = -1;
	if (xml && privicon_diagnostics_new(&diags) == 0)
		rc = privicon_load_memory(&reg, diags, "test.xml", xml, strlen(xml), NULL);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
	free(xml);
	return rc == PRIVICON_EINVALID;
}

/* The rule ids `privicon check` reports, comma separated ("" for none). */
static const char *rule_ids(const privicon_register *reg)
{
	static char buf[1024];
	privicon_diagnostics *diags = NULL;
	buf[0] = '\0';
	if (privicon_diagnostics_new(&diags) != 0)
		return "(oom)";
	privicon_check_rules(diags, reg);
	for (size_t i = 0; i < privicon_diagnostics_count(diags); i++) {
		if (buf[0])
			strncat(buf, ",", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, privicon_diagnostic_rule(diags, i), sizeof(buf) - strlen(buf) - 1);
	}
	privicon_diagnostics_free(diags);
	return buf;
}

/* ---- the notice ------------------------------------------------------------ */

static pv_catalogue *catalogue;

/* Every caption (and, with `descriptions`, every description) of question
 * `q` of the only activity, joined by " | ", in `lang`. */
static const char *row_text(const privicon_register *reg, pv_question q, const char *lang,
                            int descriptions)
{
	/* A few buffers in turn, so two results can be compared. */
	static char bufs[4][4096];
	static int next;
	char *buf = bufs[next++ % 4];
	pv_notice *n = NULL;
	buf[0] = '\0';
	if (pv_notice_build(&n, reg, catalogue, lang) != 0 || n->n_activities != 1) {
		pv_notice_free(n);
		return "(no notice)";
	}
	const pv_notice_row *row = &n->activities[0].rows[q];
	for (size_t i = 0; i < row->n_items; i++) {
		const char *t = descriptions ? row->items[i].description : row->items[i].caption;
		if (i)
			strncat(buf, " | ", sizeof(bufs[0]) - strlen(buf) - 1);
		strncat(buf, t, sizeof(bufs[0]) - strlen(buf) - 1);
	}
	pv_notice_free(n);
	return buf;
}

static int has(const char *text, const char *part)
{
	int yes = strstr(text, part) != NULL;
	if (!yes)
		printf("# \"%s\" not in \"%s\"\n", part, text);
	return yes;
}

static int lacks(const char *text, const char *part)
{
	int no = strstr(text, part) == NULL;
	if (!no)
		printf("# \"%s\" unexpectedly in \"%s\"\n", part, text);
	return no;
}

/* ---- export, import, diff ------------------------------------------------- */

/* The JSON export; the caller frees it. */
static char *export_json(const privicon_register *reg)
{
	char *out = NULL;
	size_t size = 0;
	if (privicon_export(&out, &size, NULL, reg, PRIVICON_EXPORT_JSON, NULL) != 0)
		return NULL;
	return out;
}

/* The JSON-LD export; the caller frees it. */
static char *export_jsonld(const privicon_register *reg)
{
	char *out = NULL;
	size_t size = 0;
	if (privicon_export(&out, &size, NULL, reg, PRIVICON_EXPORT_JSONLD, NULL) != 0)
		return NULL;
	return out;
}

/* Export -> import -> export gives the same bytes, and `key` is in the
 * export. */
static void round_trip(const privicon_register *reg, const char *key, const char *what)
{
	char *json = export_json(reg), *xml = NULL, *again = NULL;
	size_t size = 0;
	privicon_diagnostics *diags = NULL;
	privicon_register *back = NULL;
	CHECK(json && strstr(json, key), "%s: the JSON export holds %s", what, key);
	if (json && privicon_diagnostics_new(&diags) == 0 &&
	    privicon_import_json(&xml, &size, diags, "test.json", json, strlen(json)) == 0) {
		back = load_xml(xml, what);
		again = back ? export_json(back) : NULL;
	}
	for (size_t i = 0; diags && i < privicon_diagnostics_count(diags); i++)
		printf("# import: %s\n", privicon_diagnostic_message(diags, i, "en"));
	CHECK(json && again && strcmp(json, again) == 0,
	      "%s: export -> import -> export gives the same JSON", what);
	free(json);
	free(xml);
	free(again);
	privicon_register_free(back);
	privicon_diagnostics_free(diags);
}

/* The change kinds between `a` and `b`, comma separated, each followed by
 * "!" when material. */
static const char *changes(const pieces *a, const pieces *b)
{
	static char buf[1024];
	privicon_register *ra = load(a, "diff: old"), *rb = load(b, "diff: new");
	privicon_diff *d = NULL;
	strcpy(buf, "(no diff)");
	if (ra && rb && privicon_diff_new(&d, ra, rb) == 0) {
		buf[0] = '\0';
		for (size_t g = 0; g < privicon_diff_group_count(d); g++)
			for (size_t i = 0; i < privicon_diff_change_count(d, g); i++) {
				const char *kind = privicon_diff_change_kind(d, g, i);
				const pv_change_rule *rule = pv_change_rule_find(kind);
				if (strcmp(kind, "version-changed") == 0)
					continue;
				if (buf[0])
					strncat(buf, ",", sizeof(buf) - strlen(buf) - 1);
				strncat(buf, kind, sizeof(buf) - strlen(buf) - 1);
				if (rule && rule->material)
					strncat(buf, "!", sizeof(buf) - strlen(buf) - 1);
			}
	}
	privicon_diff_free(d);
	privicon_register_free(ra);
	privicon_register_free(rb);
	return buf;
}

static void expect_changes(const pieces *a, const pieces *b, const char *want, const char *what)
{
	char got[1024];
	snprintf(got, sizeof(got), "%s", changes(a, b));
	CHECK(strcmp(got, want) == 0, "%s (%s)", what, got);
}

/* ---- the controller's kind and the supervisory authority ----------------- */

static void test_controller(void)
{
	pieces plain = {0};
	pieces ggd = {
		.controller_attrs = " kind=\"joint-arrangement\"",
		.controller_tail = "<short-name><nl>de GGD</nl><en>the GGD</en></short-name>",
	};
	pieces water = {.controller_attrs = " kind=\"water-board\""};
	pieces flemish = {
		.controller_tail = "<supervisory-authority name=\"Vlaamse Toezichtcommissie\" "
		                   "name-en=\"Flemish Supervisory Commission\" "
		                   "web=\"https://www.vlaamsetoezichtcommissie.be\"/>",
	};
	privicon_register *r;

	if ((r = load(&plain, "controller: none stated"))) {
		CHECK(has(row_text(r, PV_Q_WHY, "nl", 0), "Dit is een taak van de gemeente"),
		      "controller: without kind a task is the municipality's (nl)");
		CHECK(has(row_text(r, PV_Q_RIGHTS, "nl", 0),
		          "klacht indienen bij de Autoriteit Persoonsgegevens"),
		      "controller: without an authority the rights row names the AP (nl)");
		CHECK(has(row_text(r, PV_Q_RIGHTS, "en", 0),
		          "complain to the Dutch Data Protection Authority"),
		      "controller: without an authority the rights row names the AP (en)");
		privicon_register_free(r);
	}
	if ((r = load(&ggd, "controller: GGD"))) {
		CHECK(has(row_text(r, PV_Q_WHY, "nl", 0), "Dit is een taak van de GGD") &&
		          lacks(row_text(r, PV_Q_WHY, "nl", 1), "gemeente"),
		      "controller: a GGD's sheet says 'een taak van de GGD', nowhere 'gemeente'");
		CHECK(has(row_text(r, PV_Q_WHY, "en", 0), "This is a task of the GGD"),
		      "controller: a GGD's sheet says 'a task of the GGD' (en)");
		CHECK(strcmp(rule_ids(r), "") == 0, "controller: a GGD register checks clean (%s)",
		      rule_ids(r));
		round_trip(r, "\"shortName\"", "controller: GGD");
		privicon_register_free(r);
	}
	if ((r = load(&water, "controller: water board"))) {
		CHECK(has(row_text(r, PV_Q_WHY, "nl", 0), "een taak van het waterschap") &&
		          has(row_text(r, PV_Q_WHY, "en", 0), "a task of the water board"),
		      "controller: kind alone names a water board (nl, en)");
		round_trip(r, "\"kind\": \"water-board\"", "controller: water board");
		privicon_register_free(r);
	}
	if ((r = load(&flemish, "controller: Flemish authority"))) {
		const char *nl = row_text(r, PV_Q_RIGHTS, "nl", 0);
		CHECK(has(nl, "bij de toezichthouder (Vlaamse Toezichtcommissie)") &&
		          lacks(nl, "Autoriteit Persoonsgegevens"),
		      "controller: the rights row names the register's authority, not the AP (nl)");
		CHECK(has(row_text(r, PV_Q_RIGHTS, "en", 0), "(Flemish Supervisory Commission)"),
		      "controller: the authority's English name in English");
		unsigned char *html = NULL;
		size_t size = 0;
		privicon_render_options o = {.lang = "nl"};
		CHECK(privicon_render_html(&html, &size, NULL, r, &o) == 0 && html &&
		          memmem(html, size, "klagen bij de toezichthouder (Vlaamse", 37) &&
		          !memmem(html, size, "Autoriteit Persoonsgegevens", 27),
		      "controller: the HTML page (first layer too) names the register's authority");
		privicon_free(html);
		round_trip(r, "\"supervisoryAuthority\"", "controller: authority");
		privicon_register_free(r);
	}
	CHECK(refused(&(pieces){.controller_attrs = " kind=\"county\""}),
	      "controller: a kind outside the vocabulary is refused by the schema");
	expect_changes(&plain, &ggd,
	               "controller-kind-changed,controller-kind-changed,controller-kind-changed",
	               "diff: kind and short name (nl, en) are editorial controller-kind-changed");
	expect_changes(&plain, &flemish,
	               "supervisory-authority-changed,supervisory-authority-changed,"
	               "supervisory-authority-changed",
	               "diff: a new authority is editorial supervisory-authority-changed");
}

/* ---- transfers to a country not known in advance ------------------------- */

static void test_unknown_country(void)
{
	pieces card = {
		.recipients = "<recipients outside-controller=\"yes\">"
		              "<recipient kind=\"processor\" name=\"Betaaldienst BV\" agreement=\"V-1\"/>"
		              "</recipients>",
		.transfers = "<transfers outside-eea=\"yes\"><transfer country=\"unknown-in-advance\" "
		             "mechanism=\"scc\" recipient=\"Kaartuitgevers\"/></transfers>",
	};
	pieces us = card;
	us.transfers = "<transfers outside-eea=\"yes\"><transfer country=\"US\" "
	               "mechanism=\"scc\" recipient=\"Kaartuitgevers\"/></transfers>";
	privicon_register *r = load(&card, "transfer: country unknown");
	if (r) {
		const char *nl = row_text(r, PV_Q_RECIPIENTS, "nl", 0);
		const char *en = row_text(r, PV_Q_RECIPIENTS, "en", 0);
		CHECK(has(nl, "naar landen die vooraf niet bekend zijn") && lacks(nl, "unknown") &&
		          lacks(nl, "Europa (EER)"),
		      "transfer: the sheet says the countries are not known in advance (nl)");
		CHECK(has(en, "countries not known in advance") && lacks(en, "stays in Europe"),
		      "transfer: the sheet says the countries are not known in advance (en)");
		CHECK(strcmp(rule_ids(r), "") == 0,
		      "transfer: an unknown country with standard clauses checks clean (%s)",
		      rule_ids(r));
		char *json = export_json(r);
		CHECK(json && strstr(json, "\"country\": \"unknown-in-advance\""),
		      "transfer: the export states the country as unknown in advance");
		free(json);
		char *ld = export_jsonld(r);
		CHECK(ld &&
		          !strstr(ld, "dpv:hasThirdCountry") && !strstr(ld, "loc#unknown"),
		      "transfer: JSON-LD invents no DPV location for an unknown country");
		privicon_free(ld);
		round_trip(r, "unknown-in-advance", "transfer: country unknown");
		privicon_register_free(r);
	}
	pieces adequacy = card;
	adequacy.transfers = "<transfers outside-eea=\"yes\"><transfer country=\"unknown-in-advance\" "
	                     "mechanism=\"adequacy\" recipient=\"Kaartuitgevers\"/></transfers>";
	if ((r = load(&adequacy, "transfer: unknown country on adequacy"))) {
		CHECK(strstr(rule_ids(r), "transfer-mechanism") != NULL,
		      "transfer: an adequacy decision cannot cover a country not known in advance");
		privicon_register_free(r);
	}
	CHECK(refused(&(pieces){.transfers = "<transfers outside-eea=\"yes\"><transfer "
	                                     "country=\"anywhere\" mechanism=\"scc\" "
	                                     "recipient=\"X\"/></transfers>"}),
	      "transfer: a country that is neither a code nor unknown-in-advance is refused");
	expect_changes(&us, &card, "transfer-added!,transfer-removed!",
	               "diff: a known country becoming unknown is material");
}

/* ---- recipients: new kinds, role, English name, a clean list -------------- */

static void test_recipients(void)
{
	pieces plain = {
		.recipients = "<recipients outside-controller=\"yes\">"
		              "<recipient kind=\"independent-controller\" name=\"Pensioenfonds ABP\"/>"
		              "<recipient kind=\"third-party\" name=\"Woningcorporatie die de woning "
		              "verhuurt\"/>"
		              "<recipient kind=\"processor\" name=\"Leverancier van het zaaksysteem\" "
		              "agreement=\"V-1\"/>"
		              "<recipient kind=\"public-authority\" name=\"Belastingdienst\"/>"
		              "<recipient kind=\"care-partner\" name=\"Politie (alleen bij gevaar)\"/>"
		              "<recipient kind=\"care-partner\" name=\"Jeugdarts van de GGD\"/>"
		              "<recipient kind=\"public-authority\" name=\"Inlichtingenbureau en "
		              "UWV\"/>"
		              "<recipient kind=\"processor\" name=\"E-mailservice voor "
		              "nieuwsbrieven\" agreement=\"V-2\"/>"
		              "</recipients>",
	};
	pieces worded = plain;
	worded.recipients =
		"<recipients outside-controller=\"yes\">"
		"<recipient kind=\"independent-controller\" name=\"Pensioenfonds ABP\" "
		"name-en=\"ABP pension fund\"><role><nl>Voert uw pensioen uit.</nl>"
		"<en>Runs your pension.</en></role></recipient>"
		"<recipient kind=\"third-party\" name=\"Woningcorporatie die de woning verhuurt\"/>"
		"<recipient kind=\"processor\" name=\"Leverancier van het zaaksysteem\" "
		"agreement=\"V-1\"/>"
		"<recipient kind=\"public-authority\" name=\"Belastingdienst\"/>"
		"<recipient kind=\"care-partner\" name=\"Politie (alleen bij gevaar)\"/>"
		"<recipient kind=\"care-partner\" name=\"Jeugdarts van de GGD\"/>"
		"<recipient kind=\"public-authority\" name=\"Inlichtingenbureau en UWV\"/>"
		"<recipient kind=\"processor\" name=\"E-mailservice voor nieuwsbrieven\" "
		"agreement=\"V-2\"/>"
		"</recipients>";
	pieces half = plain;
	half.recipients = "<recipients outside-controller=\"yes\">"
	                  "<recipient kind=\"third-party\" name=\"Club\"><role><nl>organiseert "
	                  "het toernooi</nl></role></recipient></recipients>";
	privicon_register *r = load(&worded, "recipients");
	if (r) {
		const char *nl = row_text(r, PV_Q_RECIPIENTS, "nl", 0);
		const char *en = row_text(r, PV_Q_RECIPIENTS, "en", 0);
		CHECK(has(nl, "Een organisatie die zelf verantwoordelijk is: Pensioenfonds ABP (voert "
		              "uw pensioen uit)"),
		      "recipients: an independent controller with its role, lower case in brackets");
		CHECK(has(en, "An organisation responsible in its own right: ABP pension fund (runs "
		              "your pension)"),
		      "recipients: the English name and role in English");
		CHECK(has(nl, "Een andere organisatie: woningcorporatie die de woning verhuurt"),
		      "recipients: a third party; a description goes on in lower case after the colon");
		CHECK(has(nl, "werkt: leverancier van het zaaksysteem") &&
		          has(nl, "Een andere overheid: Belastingdienst") &&
		          has(nl, "Een zorgpartner: Politie (alleen bij gevaar)"),
		      "recipients: proper names keep their capital, descriptions do not");
		CHECK(has(nl, "jeugdarts van de GGD") && has(nl, "Inlichtingenbureau en UWV") &&
		          has(nl, "e-mailservice voor nieuwsbrieven"),
		      "recipients: an acronym after an article keeps a description ('van de GGD'), "
		      "names joined by 'en' stay names, 'E-mail...' goes on in lower case");
		CHECK(strcmp(rule_ids(r), "") == 0, "recipients: the new kinds check clean (%s)",
		      rule_ids(r));
		round_trip(r, "\"role\"", "recipients");
		char *ld = export_jsonld(r);
		CHECK(ld &&
		          strstr(ld, "\"dpv:DataController\"") && strstr(ld, "\"dpv:ThirdParty\""),
		      "recipients: JSON-LD types an independent controller and a third party by DPV");
		privicon_free(ld);
		privicon_register_free(r);
	}
	if ((r = load(&half, "recipients: role in Dutch only"))) {
		CHECK(strstr(rule_ids(r), "caption-missing-language") != NULL,
		      "recipients: a role without English is caption-missing-language");
		privicon_register_free(r);
	}
	expect_changes(&plain, &worded,
	               "recipient-wording-changed,recipient-wording-changed,"
	               "recipient-wording-changed",
	               "diff: an English name and a role (nl, en) are editorial wording changes");
	CHECK(refused(&(pieces){.recipients = "<recipients outside-controller=\"yes\">"
	                                      "<recipient kind=\"friend\" name=\"X\"/></recipients>"}),
	      "recipients: a kind outside the vocabulary is refused");
}

/* ---- data outside the vocabulary; a photo you hand in, camera images ------- */

static void test_own_data(void)
{
	pieces own = {
		.data = "<category kind=\"name\" source=\"data-subject\"/>"
		        "<category kind=\"marital-status\" source=\"data-subject\"><label>"
		        "<nl>Uw geslacht</nl><en>Your gender</en></label></category>"
		        "<category kind=\"behaviour\" source=\"data-subject\"><label>"
		        "<nl>Uw antwoorden op de enquête</nl><en>Your survey answers</en></label>"
		        "</category>"
		        "<category kind=\"religion\" source=\"data-subject\" "
		        "art9-condition=\"made-public\"><label><nl>Lid van een kerk</nl>"
		        "<en>Church membership</en></label></category>",
	};
	pieces own_en = own;
	own_en.data = "<category kind=\"name\" source=\"data-subject\"/>"
	              "<category kind=\"marital-status\" source=\"data-subject\"><label>"
	              "<nl>Uw geslacht</nl><en>Your sex</en></label></category>"
	              "<category kind=\"behaviour\" source=\"data-subject\"><label>"
	              "<nl>Uw antwoorden op de enquête</nl><en>Your survey answers</en></label>"
	              "</category>"
	              "<category kind=\"religion\" source=\"data-subject\" "
	              "art9-condition=\"made-public\"><label><nl>Lid van een kerk</nl>"
	              "<en>Church membership</en></label></category>";
	pieces pictures = {
		.data = "<category kind=\"photo\" source=\"data-subject\"/>"
		        "<category kind=\"camera-images\" source=\"sensor\"/>",
	};
	privicon_register *r = load(&own, "own data");
	if (r) {
		const char *nl = row_text(r, PV_Q_DATA, "nl", 0);
		const char *en = row_text(r, PV_Q_DATA, "en", 0);
		CHECK(has(nl, "Wie u bent: uw naam | Uw geslacht | Uw antwoorden op de enquête"),
		      "own data: each label is an item of its own, in register order (nl)");
		CHECK(lacks(nl, "burgerlijke staat") && lacks(nl, "gedrag") && lacks(nl, "geloof"),
		      "own data: the nearest kind's words are not said (nothing overstated)");
		CHECK(has(en, "Your gender | Your survey answers"),
		      "own data: the English labels in English");
		CHECK(has(nl, "Extra gevoelig: lid van een kerk"),
		      "own data: a label whose nearest kind is Art. 9 data is marked sensitive");
		CHECK(has(row_text(r, PV_Q_DATA, "nl", 1), "dichtst bij ligt: burgerlijke staat"),
		      "own data: the description says whose icon it is");
		CHECK(strcmp(rule_ids(r), "") == 0, "own data: checks clean (%s)", rule_ids(r));
		round_trip(r, "\"label\"", "own data");
		char *ld = export_jsonld(r);
		CHECK(ld &&
		          strstr(ld, "\"pv:nearestKind\": \"behaviour\"") &&
		          !strstr(ld, "pd:Behavioural") && !strstr(ld, "pd:MaritalStatus"),
		      "own data: JSON-LD claims no DPV category for data outside the vocabulary");
		privicon_free(ld);
		privicon_register_free(r);
	}
	pieces no_condition = own;
	no_condition.data = "<category kind=\"religion\" source=\"data-subject\"><label>"
	                    "<nl>Lid van een kerk</nl><en>Church membership</en></label></category>";
	if ((r = load(&no_condition, "own data: Art. 9 nearest kind"))) {
		CHECK(strstr(rule_ids(r), "special-category-condition") != NULL,
		      "own data: the nearest kind's rules hold (Art. 9 needs a condition)");
		privicon_register_free(r);
	}
	pieces half = own;
	half.data = "<category kind=\"behaviour\" source=\"data-subject\"><label>"
	            "<nl>Uw antwoorden</nl></label></category>";
	if ((r = load(&half, "own data: Dutch only"))) {
		CHECK(strstr(rule_ids(r), "caption-missing-language") != NULL,
		      "own data: a label without English is caption-missing-language");
		privicon_register_free(r);
	}
	if ((r = load(&pictures, "photo and camera images"))) {
		const char *nl = row_text(r, PV_Q_DATA, "nl", 0);
		CHECK(has(nl, "Een foto van u die u zelf inlevert | Camerabeelden waarop u te zien bent") &&
		          lacks(nl, "Foto's en camerabeelden"),
		      "photo and camera images: two items, neither says both");
		round_trip(r, "\"camera-images\"", "photo and camera images");
		privicon_register_free(r);
	}
	expect_changes(&own, &own_en, "data-label-changed",
	               "diff: a label's translation edited is editorial data-label-changed");
	expect_changes(&(pieces){0}, &own, "data-added!,data-added!,data-added!",
	               "diff: categories with their own labels are new data (material)");
}

/* ---- the languages a register publishes in --------------------------------- */

static void test_languages(void)
{
	pieces dutch = {
		.register_attrs = " languages=\"nl\"",
		.data = "<category kind=\"behaviour\" source=\"data-subject\"><label>"
		        "<nl>Uw antwoorden</nl></label></category>",
	};
	pieces both = dutch;
	both.register_attrs = NULL;
	privicon_register *r = load(&dutch, "languages: Dutch only");
	if (r) {
		CHECK(strcmp(rule_ids(r), "") == 0,
		      "languages: a Dutch-only register needs no English (%s)", rule_ids(r));
		CHECK(privicon_register_has_language(r, "nl") && !privicon_register_has_language(r, "en"),
		      "languages: the register publishes in Dutch only");
		privicon_diagnostics *diags = NULL;
		unsigned char *out = NULL;
		size_t size = 0;
		privicon_render_options en = {.lang = "en"}, nl = {.lang = "nl"};
		privicon_diagnostics_new(&diags);
		int rc = privicon_render_html(&out, &size, diags, r, &en);
		CHECK(rc == PRIVICON_EINVALID && !out && privicon_diagnostics_count(diags) == 1 &&
		          strstr(privicon_diagnostic_message(diags, 0, "en"), "Dutch only"),
		      "languages: an English page of a Dutch-only register is refused, saying why");
		rc = privicon_render_sheet(&out, &size, NULL, r, 0, PRIVICON_FORMAT_SVG, &en);
		CHECK(rc == PRIVICON_EINVALID && !out, "languages: so is an English sheet");
		rc = privicon_render_sheet(&out, &size, NULL, r, 0, PRIVICON_FORMAT_SVG, &nl);
		CHECK(rc == 0 && out, "languages: the Dutch sheet renders");
		privicon_free(out);
		privicon_diagnostics_free(diags);
		round_trip(r, "\"languages\"", "languages");
		privicon_register_free(r);
	}
	if ((r = load(&both, "languages: both by default"))) {
		CHECK(strstr(rule_ids(r), "caption-missing-language") != NULL,
		      "languages: without languages=\"nl\" a missing English text is an error");
		privicon_register_free(r);
	}
	CHECK(refused(&(pieces){.register_attrs = " languages=\"de\""}),
	      "languages: a language other than nl and en is refused");
	expect_changes(&both, &dutch, "languages-changed", "diff: the languages are editorial");
}

/* ---- the internal note ---------------------------------------------------- */

static void test_internal_note(void)
{
	static const char secret[] = "Geheime afspraak 4711 met het archief";
	pieces note = {.activity_tail = "<internal-note>Geheime afspraak 4711 met het archief"
	                                "</internal-note>"};
	pieces edited = {.activity_tail = "<internal-note>Andere afspraak</internal-note>"};
	pieces none = {0};
	privicon_register *r = load(&note, "note");
	if (!r)
		return;
	int shown = 0;
	static const char *const langs[] = {"nl", "en"};
	for (int l = 0; l < 2; l++)
		for (int q = 0; q < PV_Q_COUNT; q++)
			shown += !lacks(row_text(r, (pv_question)q, langs[l], 0), "4711") +
			         !lacks(row_text(r, (pv_question)q, langs[l], 1), "4711");
	CHECK(shown == 0, "note: no caption or description of the notice shows the internal note");
	for (int l = 0; l < 2; l++) {
		unsigned char *html = NULL;
		size_t size = 0;
		privicon_render_options o = {.lang = langs[l]};
		int rc = privicon_render_html(&html, &size, NULL, r, &o);
		CHECK(rc == 0 && html && !memmem(html, size, "4711", 4),
		      "note: the HTML page (%s) does not show the internal note", langs[l]);
		privicon_free(html);
		unsigned char *svg = NULL;
		o.scale = 1;
		rc = privicon_render_sheet(&svg, &size, NULL, r, 0, PRIVICON_FORMAT_SVG, &o);
		CHECK(rc == 0 && svg && !memmem(svg, size, "4711", 4),
		      "note: the SVG sheet (%s) does not carry the internal note", langs[l]);
		privicon_free(svg);
	}
	round_trip(r, secret, "note");
	privicon_register_free(r);
	expect_changes(&none, &note, "internal-note-changed", "diff: a note added is editorial");
	expect_changes(&note, &edited, "internal-note-changed", "diff: a note edited is editorial");
	expect_changes(&note, &none, "internal-note-changed", "diff: a note removed is editorial");
}

/* ---- several retention periods per activity ------------------------------ */

#define PERIOD_REJECTED                                                                  \
	"<retention period=\"P4W\" from=\"decision\" selectielijst=\"17.2.1\">"           \
	"<applies-to><nl>Sollicitanten die niet zijn aangenomen</nl>"                      \
	"<en>Applicants who were not hired</en></applies-to></retention>"
#define PERIOD_ALL "<retention period=\"P1Y\" from=\"case-closed\" selectielijst=\"20.1\"/>"

static void test_retention_periods(void)
{
	const char *data = "<category kind=\"name\" source=\"data-subject\"/>"
	                   "<category kind=\"contact\" source=\"data-subject\"/>";
	pieces one = {.data = data};
	pieces several = {.data = data, .retention = PERIOD_ALL "\n" PERIOD_REJECTED};
	pieces by_data = {
		.data = data,
		.retention = PERIOD_REJECTED "\n"
		             "<retention period=\"P1Y\" from=\"case-closed\" selectielijst=\"20.1\" "
		             "categories=\"contact\"/>",
	};
	privicon_register *r;

	if ((r = load(&one, "retention: one period"))) {
		CHECK(strcmp(row_text(r, PV_Q_RETENTION, "nl", 0),
		             "Wij bewaren uw gegevens 1 jaar na afhandeling van uw zaak") == 0,
		      "retention: a lone period reads as before (%s)", row_text(r, PV_Q_RETENTION, "nl", 0));
		char *json = export_json(r);
		CHECK(json && strstr(json, "\"retention\": {"),
		      "retention: a lone period exports as one object, as before");
		free(json);
		privicon_register_free(r);
	}
	if ((r = load(&several, "retention: several periods"))) {
		const char *nl = row_text(r, PV_Q_RETENTION, "nl", 0);
		CHECK(has(nl, "Sollicitanten die niet zijn aangenomen: 4 weken na het besluit | ") &&
		          has(nl, "In alle andere gevallen: 1 jaar na afhandeling van uw zaak"),
		      "retention: each period with its condition, the others last (nl)");
		CHECK(has(row_text(r, PV_Q_RETENTION, "en", 0),
		          "Applicants who were not hired: 4 weeks after the decision | In all other "
		          "cases: 1 year"),
		      "retention: each period with its condition (en)");
		pv_notice *n = NULL;
		CHECK(pv_notice_build(&n, r, catalogue, "nl") == 0 && n->activities[0].glance.retention &&
		          has(n->activities[0].glance.retention,
		              "Wij bewaren niet alle gegevens even lang. Sollicitanten die niet zijn "
		              "aangenomen: 4 weken na het besluit."),
		      "retention: the first layer says the periods differ, then each one");
		pv_notice_free(n);
		CHECK(strcmp(rule_ids(r), "") == 0, "retention: periods matching their results check "
		      "clean (%s)", rule_ids(r));
		round_trip(r, "\"appliesTo\"", "retention: several periods");
		privicon_register_free(r);
	}
	if ((r = load(&by_data, "retention: a period per data category"))) {
		CHECK(has(row_text(r, PV_Q_RETENTION, "nl", 0), "Contactgegevens: 1 jaar") &&
		          has(row_text(r, PV_Q_RETENTION, "en", 0), "Contact details: 1 year"),
		      "retention: a period for some data names them");
		round_trip(r, "\"categories\"", "retention: categories");
		privicon_register_free(r);
	}
	pieces mismatch = several;
	mismatch.retention = PERIOD_ALL "\n"
		"<retention period=\"P1Y\" from=\"decision\" selectielijst=\"17.2.1\">"
		"<applies-to><nl>Afgewezen</nl><en>Rejected</en></applies-to></retention>";
	if ((r = load(&mismatch, "retention: a period against its result"))) {
		CHECK(strcmp(rule_ids(r), "retention-selectielijst") == 0,
		      "retention: each period is checked against its own Selectielijst result (%s)",
		      rule_ids(r));
		privicon_register_free(r);
	}
	CHECK(refused(&(pieces){.retention = "<retention period=\"P1Y\" from=\"decision\" "
	                                     "categories=\"shoe-size\"/>"}),
	      "retention: a category outside the vocabulary is refused by the schema");
	expect_changes(&one, &several, "retention-period-added!",
	               "diff: another period is a material retention-period-added");
	expect_changes(&several, &one, "retention-period-removed!",
	               "diff: a dropped period is a material retention-period-removed");
	expect_changes(&one, &(pieces){.data = data, .retention = PERIOD_REJECTED},
	               "retention-shorter!,retention-start-changed!,selectielijst-changed,"
	               "retention-scope-changed!",
	               "diff: the lone period now for some people only: scope changed");
}

int main(void)
{
	char err[512];
	if (pv_catalogue_load(&catalogue, NULL, err, sizeof(err)) != 0) {
		CHECK(0, "built-in catalogue loads: %s", err);
		return check_exit_status();
	}
	test_controller();
	test_unknown_country();
	test_internal_note();
	test_recipients();
	test_own_data();
	test_languages();
	test_retention_periods();
	pv_catalogue_free(catalogue);
	return check_exit_status();
}
