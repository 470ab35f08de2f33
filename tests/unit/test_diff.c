/*
 * test_diff.c - privicon diff's classification: the table of change kinds
 * (material or editorial), retention comparison, and the kinds each kind
 * of edit produces. Every row of the table must be produced by some edit
 * below and every kind produced must be in the table, so the table and
 * the code cannot drift apart.
 *
 * Registers are written as XML and loaded with privicon_load_memory(): a
 * base register with every optional element, and one edit at a time.
 * Each edit is diffed both ways (base -> edited and edited -> base), which
 * covers the added/removed and on/off pairs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "diff/diff.h"
#include "model/model.h"
#include "privicon.h"

static const char base_xml[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<register xmlns=\"urn:privicon:register:1\" version=\"1\" date=\"2026-11-01\">\n"
	"  <controller public-authority=\"yes\">\n"
	"    <name>Gemeente Test</name>\n"
	"    <identifier scheme=\"oin\">00000001234567890000</identifier>\n"
	"    <contact email=\"privacy@test.example\" phone=\"+31 70 000 0000\" web=\"https://test.example/privacy\"/>\n"
	"    <dpo name=\"A. Jansen\" email=\"fg@test.example\"/>\n"
	"  </controller>\n"
	"  <activity id=\"a\" version=\"2\" status=\"active\">\n"
	"    <name><nl>Activiteit A</nl><en>Activity A</en></name>\n"
	"    <summary><nl>Samenvatting A.</nl><en>Summary A.</en></summary>\n"
	"    <department>Team A</department>\n"
	"    <legal-text url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	"    <purposes>\n"
	"      <purpose id=\"p1\" basis=\"public-task\" category=\"public-service\">\n"
	"        <description><nl>Doel een.</nl><en>Purpose one.</en></description>\n"
	"        <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"160\"/>\n"
	"      </purpose>\n"
	"      <purpose id=\"p2\" basis=\"legal-obligation\" category=\"legal-compliance\">\n"
	"        <description><nl>Doel twee.</nl><en>Purpose two.</en></description>\n"
	"        <law title=\"Participatiewet\" bwb=\"BWBR0015703\"/>\n"
	"      </purpose>\n"
	"    </purposes>\n"
	"    <data-subjects>\n"
	"      <subject kind=\"residents\"/>\n"
	"      <subject kind=\"applicants\"/>\n"
	"    </data-subjects>\n"
	"    <personal-data>\n"
	"      <category kind=\"name\" source=\"base-registry\" registry=\"brp\" purposes=\"p1 p2\"/>\n"
	"      <category kind=\"health\" source=\"data-subject\" purposes=\"p2\" art9-condition=\"health-social-care\"/>\n"
	"      <category kind=\"bsn\" source=\"base-registry\" registry=\"brp\">\n"
	"        <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\"/>\n"
	"      </category>\n"
	"    </personal-data>\n"
	"    <recipients outside-controller=\"yes\" sold=\"no\">\n"
	"      <recipient kind=\"processor\" name=\"Leverancier\" agreement=\"VWO-1\"/>\n"
	"      <recipient kind=\"public-authority\" name=\"UWV\"/>\n"
	"    </recipients>\n"
	"    <transfers outside-eea=\"yes\">\n"
	"      <transfer country=\"US\" mechanism=\"scc\" recipient=\"Cloud Inc.\"/>\n"
	"    </transfers>\n"
	"    <retention period=\"P7Y\" from=\"decision\" selectielijst=\"1.1.1\"/>\n"
	"    <automated-decision present=\"yes\">\n"
	"      <logic><nl>Logica.</nl><en>Logic.</en></logic>\n"
	"      <consequence><nl>Gevolg.</nl><en>Consequence.</en></consequence>\n"
	"    </automated-decision>\n"
	"    <profiling present=\"yes\">\n"
	"      <description><nl>Profiel.</nl><en>Profile.</en></description>\n"
	"    </profiling>\n"
	"    <security>\n"
	"      <measure kind=\"encryption\"/>\n"
	"      <measure kind=\"logging\"/>\n"
	"    </security>\n"
	"    <dpia required=\"yes\" status=\"done\" date=\"2025-01-01\" reference=\"DPIA-1\"/>\n"
	"    <acknowledgement rule=\"consent-public-task\" reason=\"Vrijwillig.\"/>\n"
	"  </activity>\n"
	"  <activity id=\"b\" version=\"1\" status=\"active\">\n"
	"    <name><nl>Activiteit B</nl><en>Activity B</en></name>\n"
	"    <summary><nl>Samenvatting B.</nl><en>Summary B.</en></summary>\n"
	"    <department>Team B</department>\n"
	"    <purposes>\n"
	"      <purpose id=\"q\" basis=\"contract\" category=\"public-service\">\n"
	"        <description><nl>Doel.</nl></description>\n"
	"      </purpose>\n"
	"    </purposes>\n"
	"    <data-subjects><subject kind=\"residents\"/></data-subjects>\n"
	"    <personal-data><category kind=\"contact\" source=\"data-subject\"/></personal-data>\n"
	"    <recipients outside-controller=\"no\"/>\n"
	"    <transfers outside-eea=\"no\"/>\n"
	"    <automated-decision present=\"no\"/>\n"
	"    <profiling present=\"no\"/>\n"
	"  </activity>\n"
	"</register>\n";

/* ---- helpers ------------------------------------------------------------- */

/* `s` with the first `from` replaced by `to`; exits when `from` is absent
 * (a broken test, not a failing one). The caller frees. */
static char *subst(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	size_t n;
	char *out;
	if (!at) {
		printf("FAIL - test setup: '%s' not in the register\n", from);
		exit(1);
	}
	n = strlen(s) - strlen(from) + strlen(to) + 1;
	out = malloc(n);
	if (!out)
		exit(1);
	snprintf(out, n, "%.*s%s%s", (int)(at - s), s, to, at + strlen(from));
	return out;
}

static privicon_register *load(const char *xml, const char *what)
{
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	if (privicon_diagnostics_new(&d) != 0)
		exit(1);
	if (privicon_load_memory(&reg, d, "test.xml", xml, strlen(xml), NULL) != 0) {
		printf("FAIL - test setup: %s does not load:", what);
		for (size_t i = 0; i < privicon_diagnostics_count(d); i++)
			printf(" %s", privicon_diagnostic_message(d, i, "en"));
		printf("\n");
		exit(1);
	}
	privicon_diagnostics_free(d);
	return reg;
}

/* Every change kind of a diff, space-separated, in order. */
static void kinds_of(char *buf, size_t size, const privicon_diff *d)
{
	buf[0] = '\0';
	for (size_t g = 0; g < privicon_diff_group_count(d); g++)
		for (size_t i = 0; i < privicon_diff_change_count(d, g); i++) {
			if (buf[0])
				strncat(buf, " ", size - strlen(buf) - 1);
			strncat(buf, privicon_diff_change_kind(d, g, i), size - strlen(buf) - 1);
		}
}

/* The kinds seen over all edits, to prove the table is covered. */
static const char *seen[256];
static size_t n_seen;

static void see(const privicon_diff *d)
{
	for (size_t g = 0; g < privicon_diff_group_count(d); g++)
		for (size_t i = 0; i < privicon_diff_change_count(d, g); i++) {
			const char *k = privicon_diff_change_kind(d, g, i);
			size_t j = 0;
			while (j < n_seen && strcmp(seen[j], k) != 0)
				j++;
			if (j == n_seen && n_seen < sizeof(seen) / sizeof(seen[0]))
				seen[n_seen++] = pv_change_rule_find(k) ? pv_change_rule_find(k)->kind : k;
		}
}

/*
 * Diffs base -> edited (checking the kinds produced, exactly) and
 * edited -> base (checking the reverse kinds). A NULL `back` skips the
 * reverse check (it is still recorded for coverage).
 */
static void edit(const char *what, const char *edited_xml, const char *forth, const char *back)
{
	privicon_register *a = load(base_xml, "the base register");
	privicon_register *b = load(edited_xml, what);
	privicon_diff *d = NULL;
	char got[2048];

	CHECK(privicon_diff_new(&d, a, b) == 0, "%s: diff", what);
	kinds_of(got, sizeof(got), d);
	CHECK(strcmp(got, forth) == 0, "%s: %s (got: %s)", what, forth, got);
	see(d);
	privicon_diff_free(d);
	d = NULL;
	CHECK(privicon_diff_new(&d, b, a) == 0, "%s, reversed: diff", what);
	kinds_of(got, sizeof(got), d);
	if (back)
		CHECK(strcmp(got, back) == 0, "%s, reversed: %s (got: %s)", what, back, got);
	see(d);
	privicon_diff_free(d);
	privicon_register_free(a);
	privicon_register_free(b);
}

/* edit() with one substitution in the base register. */
static void edit1(const char *what, const char *from, const char *to, const char *forth,
                  const char *back)
{
	char *x = subst(base_xml, from, to);
	edit(what, x, forth, back);
	free(x);
}

/* ---- the table ----------------------------------------------------------------- */

static int is_material(const char *kind)
{
	const pv_change_rule *r = pv_change_rule_find(kind);
	return r ? r->material : -1;
}

static void test_table(void)
{
	size_t n = pv_change_rule_count();
	int unique = 1, named = 1;

	CHECK(n > 40, "table: %zu kinds of change", n);
	for (size_t i = 0; i < n; i++) {
		const pv_change_rule *r = pv_change_rule_at(i);
		for (size_t j = i + 1; j < n; j++)
			if (strcmp(r->kind, pv_change_rule_at(j)->kind) == 0)
				unique = 0;
		for (const char *p = r->kind; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || *p == '-' || (*p >= '0' && *p <= '9')))
				named = 0;
		if (!r->what_en || !*r->what_en || (r->material != 0 && r->material != 1))
			named = 0;
	}
	CHECK(unique, "table: every kind once");
	CHECK(named, "table: kebab-case kinds, each with a description and a class");
	CHECK(pv_change_rule_at(n) == NULL && pv_change_rule_find("no-such-kind") == NULL,
	      "table: out of range and unknown kinds give NULL");

	/* What the issue fixes. */
	static const char *const material[] = {
		"activity-added", "activity-removed", "data-added", "data-removed",
		"recipient-added", "recipient-removed", "transfer-added", "transfer-removed",
		"outside-eea-changed", "retention-longer", "retention-shorter",
		"legal-basis-changed", "automated-decision-on", "automated-decision-off",
		"profiling-on", "profiling-off", "measure-removed", "purpose-added",
	};
	static const char *const editorial[] = {
		"measure-added", "summary-changed", "name-changed", "version-changed",
		"purpose-description-changed", "retention-rewritten", "register-version-changed",
	};
	for (size_t i = 0; i < sizeof(material) / sizeof(material[0]); i++)
		CHECK(is_material(material[i]) == 1, "table: %s is material", material[i]);
	for (size_t i = 0; i < sizeof(editorial) / sizeof(editorial[0]); i++)
		CHECK(is_material(editorial[i]) == 0, "table: %s is editorial", editorial[i]);
}

/* ---- retention ------------------------------------------------------------------- */

static pv_retention ret(const char *period, int y, int m, int w, int d)
{
	pv_retention r;
	memset(&r, 0, sizeof(r));
	r.present = 1;
	r.period = (char *)period;
	r.duration.permanent = strcmp(period, "permanent") == 0;
	r.duration.years = y;
	r.duration.months = m;
	r.duration.weeks = w;
	r.duration.days = d;
	return r;
}

static void test_retention(void)
{
	pv_retention y1 = ret("P1Y", 1, 0, 0, 0), m12 = ret("P12M", 0, 12, 0, 0);
	pv_retention w4 = ret("P4W", 0, 0, 4, 0), d28 = ret("P28D", 0, 0, 0, 28);
	pv_retention m3 = ret("P3M", 0, 3, 0, 0), m1 = ret("P1M", 0, 1, 0, 0);
	pv_retention d30 = ret("P30D", 0, 0, 0, 30), y100 = ret("P100Y", 100, 0, 0, 0);
	pv_retention perm = ret("permanent", 0, 0, 0, 0), none;
	memset(&none, 0, sizeof(none));

	CHECK(pv_retention_compare(&y1, &m12) == 0, "retention: P1Y is as long as P12M");
	CHECK(pv_retention_compare(&w4, &d28) == 0, "retention: P4W is as long as P28D");
	CHECK(pv_retention_compare(&w4, &m3) < 0, "retention: P4W is shorter than P3M");
	CHECK(pv_retention_compare(&m3, &w4) > 0, "retention: P3M is longer than P4W");
	CHECK(pv_retention_compare(&m1, &d30) > 0, "retention: P1M is longer than P30D");
	CHECK(pv_retention_compare(&perm, &y100) > 0, "retention: permanent is longer than P100Y");
	CHECK(pv_retention_compare(&perm, &perm) == 0, "retention: permanent equals permanent");
	CHECK(pv_retention_compare(&none, &d30) < 0 && pv_retention_compare(&d30, &none) > 0,
	      "retention: none stated counts as shorter than any stated");
}

/* ---- edits ------------------------------------------------------------------------ */

static void test_edits(void)
{
	edit("identical", base_xml, "", "");

	/* The register and its controller. */
	edit1("register version", "version=\"1\" date", "version=\"2\" date",
	      "register-version-changed", "register-version-changed");
	edit1("register date", "date=\"2026-11-01\"", "date=\"2026-12-01\"",
	      "register-date-changed", "register-date-changed");
	edit1("DPO e-mail", "fg@test.example", "dpo@test.example", "controller-changed",
	      "controller-changed");

	/* Activities. */
	edit1("activity b removed", strstr(base_xml, "  <activity id=\"b\""), "</register>\n",
	      "activity-removed", "activity-added");
	edit1("status", "version=\"2\" status=\"active\"", "version=\"3\" status=\"ended\"",
	      "version-changed status-changed", "version-changed status-changed");
	edit1("name", "<nl>Activiteit A</nl>", "<nl>Activiteit Aa</nl>",
	      "name-changed one-language-edited", "name-changed one-language-edited");
	edit1("summary", "<en>Summary A.</en>", "<en>Summary A, edited.</en>",
	      "summary-changed one-language-edited", "summary-changed one-language-edited");
	edit1("department", "Team A", "Team C", "department-changed", "department-changed");
	edit1("legal text", "BWBR0005416\"/>\n    <purposes>", "BWBR0005417\"/>\n    <purposes>",
	      "legal-text-changed", "legal-text-changed");

	/* Purposes. */
	edit1("purpose added",
	      "    </purposes>\n    <data-subjects>\n      <subject kind=\"residents\"/>\n      <subject kind=\"applicants\"/>",
	      "      <purpose id=\"p3\" basis=\"public-task\" category=\"research\">\n"
	      "        <description><nl>Doel drie.</nl></description>\n"
	      "      </purpose>\n"
	      "    </purposes>\n    <data-subjects>\n      <subject kind=\"residents\"/>\n      <subject kind=\"applicants\"/>",
	      "purpose-added", "purpose-removed");
	edit1("legal basis", "id=\"p1\" basis=\"public-task\"", "id=\"p1\" basis=\"consent\"",
	      "legal-basis-changed", "legal-basis-changed");
	edit1("purpose category", "category=\"legal-compliance\"", "category=\"fraud-prevention\"",
	      "purpose-category-changed", "purpose-category-changed");
	edit1("purpose description", "<nl>Doel een.</nl>", "<nl>Doel een, anders.</nl>",
	      "purpose-description-changed one-language-edited",
	      "purpose-description-changed one-language-edited");
	edit1("law article", "article=\"160\"", "article=\"161\"", "law-added law-removed",
	      "law-added law-removed");

	/* Data subjects and data. */
	edit1("data subject", "<subject kind=\"applicants\"/>", "<subject kind=\"children\"/>",
	      "data-subject-added data-subject-removed", "data-subject-added data-subject-removed");
	edit1("data category", "kind=\"bsn\"", "kind=\"income\"", "data-added data-removed",
	      "data-added data-removed");
	edit1("data source", "kind=\"name\" source=\"base-registry\" registry=\"brp\"",
	      "kind=\"name\" source=\"data-subject\"", "data-source-changed",
	      "data-source-changed");
	edit1("data purposes", "purposes=\"p1 p2\"", "purposes=\"p1\"", "data-purposes-changed",
	      "data-purposes-changed");
	edit1("art9 condition", "art9-condition=\"health-social-care\"",
	      "art9-condition=\"explicit-consent\"", "art9-condition-changed",
	      "art9-condition-changed");

	/* Recipients. */
	edit1("recipient", "name=\"UWV\"", "name=\"SVB\"", "recipient-added recipient-removed",
	      "recipient-added recipient-removed");
	edit1("recipient kind", "kind=\"public-authority\" name=\"UWV\"",
	      "kind=\"social-partner\" name=\"UWV\"", "recipient-kind-changed",
	      "recipient-kind-changed");
	edit1("agreement", "agreement=\"VWO-1\"", "agreement=\"VWO-2\"",
	      "recipient-agreement-changed", "recipient-agreement-changed");
	edit1("never sold", "outside-controller=\"yes\" sold=\"no\"", "outside-controller=\"yes\"",
	      "never-sold-removed", "never-sold-added");
	edit1("sharing", "outside-controller=\"yes\" sold=\"no\"",
	      "outside-controller=\"no\" sold=\"no\"", "sharing-changed", "sharing-changed");

	/* Transfers. */
	edit1("transfer mechanism", "mechanism=\"scc\"", "mechanism=\"bcr\"",
	      "transfer-mechanism-changed", "transfer-mechanism-changed");
	edit1("transfer", "<transfers outside-eea=\"yes\">\n      <transfer country=\"US\" mechanism=\"scc\" recipient=\"Cloud Inc.\"/>\n    </transfers>",
	      "<transfers outside-eea=\"no\"/>", "outside-eea-changed transfer-removed",
	      "outside-eea-changed transfer-added");

	/* Retention. */
	edit1("retention longer", "period=\"P7Y\"", "period=\"P10Y\"", "retention-longer",
	      "retention-shorter");
	edit1("retention rewritten", "period=\"P7Y\"", "period=\"P84M\"", "retention-rewritten",
	      "retention-rewritten");
	edit1("retention start", "from=\"decision\"", "from=\"case-closed\"",
	      "retention-start-changed", "retention-start-changed");
	edit1("selectielijst", "selectielijst=\"1.1.1\"", "selectielijst=\"1.1.2\"",
	      "selectielijst-changed", "selectielijst-changed");
	edit1("retention gone", "    <retention period=\"P7Y\" from=\"decision\" selectielijst=\"1.1.1\"/>\n",
	      "", "retention-removed", "retention-added");

	/* Decisions. */
	edit1("automated decision",
	      "<automated-decision present=\"yes\">\n      <logic><nl>Logica.</nl><en>Logic.</en></logic>\n"
	      "      <consequence><nl>Gevolg.</nl><en>Consequence.</en></consequence>\n    </automated-decision>",
	      "<automated-decision present=\"no\"/>", "automated-decision-off",
	      "automated-decision-on");
	edit1("automated decision text", "<nl>Logica.</nl>", "<nl>Andere logica.</nl>",
	      "automated-decision-text-changed one-language-edited",
	      "automated-decision-text-changed one-language-edited");
	edit1("profiling",
	      "<profiling present=\"yes\">\n      <description><nl>Profiel.</nl><en>Profile.</en></description>\n    </profiling>",
	      "<profiling present=\"no\"/>", "profiling-off", "profiling-on");
	edit1("profiling text", "<en>Profile.</en>", "<en>Another profile.</en>",
	      "profiling-text-changed one-language-edited",
	      "profiling-text-changed one-language-edited");

	/* Security, DPIA, acknowledgements. */
	edit1("measure", "<measure kind=\"logging\"/>", "<measure kind=\"backup\"/>",
	      "measure-added measure-removed", "measure-added measure-removed");
	edit1("dpia required", "<dpia required=\"yes\"", "<dpia required=\"no\"",
	      "dpia-required-changed", "dpia-required-changed");
	edit1("dpia details", "status=\"done\" date=\"2025-01-01\"",
	      "status=\"in-progress\" date=\"2025-02-01\"", "dpia-changed dpia-changed",
	      "dpia-changed dpia-changed");
	edit1("acknowledgement reason", "reason=\"Vrijwillig.\"", "reason=\"Echt vrijwillig.\"",
	      "acknowledgement-changed", "acknowledgement-changed");
	edit1("acknowledgement", "rule=\"consent-public-task\"", "rule=\"processor-agreement\"",
	      "acknowledgement-added acknowledgement-removed",
	      "acknowledgement-added acknowledgement-removed");

	edit1("recipient role", "name=\"UWV\"/>",
	      "name=\"UWV\"><role><nl>betaalt</nl><en>pays</en></role></recipient>",
	      "recipient-wording-changed recipient-wording-changed",
	      "recipient-wording-changed recipient-wording-changed");
	edit1("data label",
	      "<category kind=\"contact\" source=\"data-subject\"/>",
	      "<category kind=\"contact\" source=\"data-subject\"><label><nl>Voorkeur</nl>"
	      "<en>Preference</en></label></category>",
	      "data-added data-removed", "data-added data-removed");
	{
		/* Both versions carry the label; only its English changes. */
		char *x = subst(base_xml, "<category kind=\"contact\" source=\"data-subject\"/>",
		                "<category kind=\"contact\" source=\"data-subject\"><label><nl>Voorkeur"
		                "</nl><en>Preference</en></label></category>");
		char *y = subst(base_xml, "<category kind=\"contact\" source=\"data-subject\"/>",
		                "<category kind=\"contact\" source=\"data-subject\"><label><nl>Voorkeur"
		                "</nl><en>Choice</en></label></category>");
		privicon_register *a = load(x, "label (old)"), *b = load(y, "label (new)");
		privicon_diff *d = NULL;
		char got[256] = "";
		if (a && b && privicon_diff_new(&d, a, b) == 0)
			kinds_of(got, sizeof(got), d);
		CHECK(strcmp(got, "data-label-changed") == 0,
		      "data label translation: data-label-changed (got: %s)", got);
		if (d)
			see(d);
		privicon_diff_free(d);
		privicon_register_free(a);
		privicon_register_free(b);
		free(x);
		free(y);
	}
	edit1("internal note", "reason=\"Vrijwillig.\"/>\n",
	      "reason=\"Vrijwillig.\"/>\n    <internal-note>Nagevraagd.</internal-note>\n",
	      "internal-note-changed", "internal-note-changed");

	edit1("languages", "date=\"", "languages=\"nl en\" date=\"", "", "");
	{
		char *x = subst(base_xml, "date=\"", "languages=\"nl\" date=\"");
		privicon_register *a = load(base_xml, "base"), *b = load(x, "languages nl");
		privicon_diff *d = NULL;
		char got[256] = "";
		if (a && b && privicon_diff_new(&d, a, b) == 0)
			kinds_of(got, sizeof(got), d);
		CHECK(strstr(got, "languages-changed") != NULL,
		      "languages: Dutch only is languages-changed (got: %s)", got);
		if (d)
			see(d);
		privicon_diff_free(d);
		privicon_register_free(a);
		privicon_register_free(b);
		free(x);
	}
	/* The controller (issue 17: what real registers hold). */
	edit1("controller kind", "<controller public-authority=\"yes\">",
	      "<controller kind=\"water-board\" public-authority=\"yes\">", "controller-kind-changed",
	      "controller-kind-changed");
	edit1("supervisory authority", "<dpo name=\"A. Jansen\" email=\"fg@test.example\"/>\n",
	      "<dpo name=\"A. Jansen\" email=\"fg@test.example\"/>\n"
	      "<supervisory-authority name=\"Vlaamse Toezichtcommissie\"/>\n",
	      "supervisory-authority-changed", "supervisory-authority-changed");
	/* Not-stated, decisions about people, activity dates (issue 17). */
	edit1("not-stated", "outside-controller=\"yes\" sold=\"no\"",
	      "outside-controller=\"not-stated\" sold=\"not-stated\"",
	      "not-stated-changed not-stated-changed", "not-stated-changed not-stated-changed");
	edit1("decisions", "<automated-decision present=\"no\"/>",
	      "<automated-decision present=\"no\" decisions=\"no\"/>", "decisions-changed",
	      "decisions-changed");
	edit1("dates", "version=\"2\" status=\"active\"",
	      "version=\"2\" status=\"active\" start-date=\"2025-01-01\"",
	      "activity-dates-changed", "activity-dates-changed");

	/* Several retention periods (issue 17 item 4). */
	edit1("retention period added", "<retention period=\"P7Y\" from=\"decision\" selectielijst=\"1.1.1\"/>",
	      "<retention period=\"P7Y\" from=\"decision\" selectielijst=\"1.1.1\"/>\n"
	      "<retention period=\"P4W\" from=\"decision\"><applies-to><nl>Afgewezen.</nl>"
	      "<en>Rejected.</en></applies-to></retention>",
	      "retention-period-added", "retention-period-removed");
	edit1("retention scope", "selectielijst=\"1.1.1\"/>",
	      "selectielijst=\"1.1.1\" categories=\"health\"/>", "retention-scope-changed",
	      "retention-scope-changed");
	{
		/* Reworded in one language only: a translation fixed, editorial. */
		char *x = subst(base_xml, "selectielijst=\"1.1.1\"/>",
		                "selectielijst=\"1.1.1\"><applies-to><nl>Afgewezen.</nl>"
		                "<en>Rejected.</en></applies-to></retention>");
		char *y = subst(x, "<en>Rejected.</en>", "<en>Not hired.</en>");
		privicon_register *a = load(x, "applies-to"), *b = load(y, "applies-to reworded");
		privicon_diff *d = NULL;
		char got[512] = "";
		CHECK(a && b && privicon_diff_new(&d, a, b) == 0, "applies-to reworded: diff");
		if (d)
			kinds_of(got, sizeof(got), d);
		CHECK(strcmp(got, "retention-applies-to-reworded") == 0 &&
		          is_material("retention-applies-to-reworded") == 0,
		      "applies-to reworded in one language: editorial (got: %s)", got);
		if (d)
			see(d);
		privicon_diff_free(d);
		privicon_register_free(a);
		privicon_register_free(b);
		free(x);
		free(y);
	}

	/* Every row of the table is produced by an edit above, and every kind
	 * produced is in the table. */
	for (size_t i = 0; i < pv_change_rule_count(); i++) {
		const char *k = pv_change_rule_at(i)->kind;
		size_t j = 0;
		while (j < n_seen && strcmp(seen[j], k) != 0)
			j++;
		CHECK(j < n_seen, "coverage: some edit produces %s", k);
	}
	for (size_t j = 0; j < n_seen; j++)
		CHECK(pv_change_rule_find(seen[j]) != NULL, "coverage: %s is in the table", seen[j]);
}

/* ---- versions, counts, words -------------------------------------------------------- */

static void test_versions_and_words(void)
{
	char *x = subst(base_xml, "<recipient kind=\"public-authority\" name=\"UWV\"/>",
	                "<recipient kind=\"public-authority\" name=\"UWV\"/>\n"
	                "      <recipient kind=\"processor\" name=\"Beveiligingsbedrijf X\"/>");
	char *y = subst(x, "period=\"P7Y\"", "period=\"P10Y\"");
	char *z = subst(y, "id=\"a\" version=\"2\"", "id=\"a\" version=\"3\"");
	char *e = subst(base_xml, "<measure kind=\"logging\"/>",
	                "<measure kind=\"logging\"/><measure kind=\"backup\"/>");
	privicon_register *base = load(base_xml, "base"), *same_version = load(y, "no bump");
	privicon_register *bumped = load(z, "bumped"), *editorial = load(e, "editorial");
	privicon_diff *d = NULL;

	CHECK(privicon_diff_new(&d, base, same_version) == 0, "versions: diff");
	CHECK(privicon_diff_group_count(d) == 1, "versions: one changed activity");
	CHECK(privicon_diff_material_count(d) == 2 && privicon_diff_editorial_count(d) == 0,
	      "versions: two material changes, no editorial");
	CHECK(privicon_diff_version_error_count(d) == 1 &&
	              privicon_diff_group_version_needed(d, 0) == 3,
	      "versions: a material change without a higher version needs version 3");
	CHECK(strcmp(privicon_diff_group_version_message(d, 0, "nl"),
	             "Verhoog de versie van activiteit 'a' naar 3.") == 0,
	      "versions: the Dutch reminder");
	CHECK(strcmp(privicon_diff_group_version_message(d, 0, "en"),
	             "Raise the version of activity 'a' to 3.") == 0,
	      "versions: the English reminder");
	CHECK(strcmp(privicon_diff_change_message(d, 0, 0, "nl"),
	             "nieuwe ontvanger: Beveiligingsbedrijf X (leverancier die voor ons werkt)") == 0,
	      "words: nieuwe ontvanger (got: %s)", privicon_diff_change_message(d, 0, 0, "nl"));
	CHECK(strcmp(privicon_diff_change_message(d, 0, 1, "nl"),
	             "bewaartermijn langer: van 7 jaar naar 10 jaar") == 0,
	      "words: bewaartermijn langer (got: %s)", privicon_diff_change_message(d, 0, 1, "nl"));
	CHECK(strcmp(privicon_diff_change_old(d, 0, 1), "P7Y") == 0 &&
	              strcmp(privicon_diff_change_new(d, 0, 1), "P10Y") == 0,
	      "values: the periods as written");
	CHECK(strcmp(privicon_diff_group_activity(d, 0), "a") == 0 &&
	              strcmp(privicon_diff_group_name(d, 0, "en"), "Activity A") == 0 &&
	              privicon_diff_group_old_version(d, 0) == 2 &&
	              privicon_diff_group_new_version(d, 0) == 2 && privicon_diff_group_line(d, 0) > 0,
	      "groups: id, name, versions and line");
	privicon_diff_free(d);

	d = NULL;
	CHECK(privicon_diff_new(&d, base, bumped) == 0 && privicon_diff_version_error_count(d) == 0 &&
	              privicon_diff_group_version_message(d, 0, "nl") == NULL &&
	              privicon_diff_material_count(d) == 2 && privicon_diff_editorial_count(d) == 1,
	      "versions: with version 3 the same changes need no reminder");
	privicon_diff_free(d);

	d = NULL;
	CHECK(privicon_diff_new(&d, base, editorial) == 0 && privicon_diff_material_count(d) == 0 &&
	              privicon_diff_version_error_count(d) == 0,
	      "versions: an editorial change needs no higher version");
	privicon_diff_free(d);

	d = NULL;
	CHECK(privicon_diff_new(&d, bumped, same_version) == 0 &&
	              privicon_diff_version_error_count(d) == 1 &&
	              privicon_diff_group_version_needed(d, 0) == 4,
	      "versions: a version that goes down is an error, even with only reductions");
	privicon_diff_free(d);

	d = NULL;
	CHECK(privicon_diff_new(&d, base, same_version) == 0 &&
	              privicon_diff_change_kind(d, 5, 0) == NULL &&
	              privicon_diff_change_kind(d, 0, 99) == NULL &&
	              privicon_diff_group_name(d, 9, "nl") == NULL &&
	              privicon_diff_change_count(d, 9) == 0,
	      "accessors: out of range gives NULL or 0");
	privicon_diff_free(d);
	CHECK(privicon_diff_new(&d, NULL, base) == PRIVICON_EINVAL && d == NULL &&
	              privicon_diff_new(NULL, base, base) == PRIVICON_EINVAL,
	      "arguments: NULL registers are refused");
	privicon_diff_free(NULL);

	/* Sensitive data are named as such. */
	char *s = subst(base_xml, "kind=\"bsn\"", "kind=\"criminal\"");
	privicon_register *crim = load(s, "criminal");
	d = NULL;
	CHECK(privicon_diff_new(&d, base, crim) == 0, "sensitive: diff");
	for (size_t i = 0; i < privicon_diff_change_count(d, 0); i++)
		if (strcmp(privicon_diff_change_kind(d, 0, i), "data-added") == 0)
			CHECK(strcmp(privicon_diff_change_sensitive(d, 0, i), "criminal") == 0 &&
			              strstr(privicon_diff_change_message(d, 0, i, "nl"),
			                     "nieuwe gevoelige gegevens: strafrechtelijke gegevens"),
			      "sensitive: criminal data added is marked (%s)",
			      privicon_diff_change_message(d, 0, i, "nl"));
	privicon_diff_free(d);
	privicon_register_free(crim);
	free(s);

	privicon_register_free(base);
	privicon_register_free(same_version);
	privicon_register_free(bumped);
	privicon_register_free(editorial);
	free(x);
	free(y);
	free(z);
	free(e);
}

int main(void)
{
	test_table();
	test_retention();
	test_edits();
	test_versions_and_words();
	return check_exit_status();
}
