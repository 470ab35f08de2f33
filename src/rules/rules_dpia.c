/*
 * rules_dpia.c - dpia-required and dpia-screening: the activity shows what
 * makes a DPIA mandatory, and the register records neither a DPIA that is
 * done nor a pre-screening that concluded none is needed.
 *
 * Each criterion is derived from what the register states, never from a
 * guess. What the register can state for this (all optional):
 *   <data-subjects large-scale="yes|no">   scale (Recital 91; WP248 no. 5)
 *   <category source="sensor" area="publicly-accessible|not-publicly-accessible">
 *   <dpia new-technology="yes|no">          WP248 no. 8
 *   <controller country="..">               which national list applies
 * Guards against false alarms (issue #12):
 *   - residents are not "large scale" by themselves: only large-scale="yes";
 *   - base registries (BRP, BAG, ...) used as the law requires are not
 *     "combining datasets"; only data from other organisations counts;
 *   - behaviour data count only when observed systematically: from
 *     sensors, with profiling, or on a stated large scale (one nuisance
 *     report is case work);
 *   - a camera on a place closed to the public (area="not-publicly-
 *     accessible") does not monitor a publicly accessible area;
 *   - a joint controller alone is not a cooperation in the sense of the AP
 *     list: only with special category or criminal data;
 *   - a plain camera is not "new technology": only new-technology="yes".
 *
 * GDPR Art. 35(3)
 *   (a) automated decision AND profiling;
 *   (b) special category or criminal data on a large scale;
 *   (c) systematic monitoring (sensors) of a publicly accessible area on a
 *       large scale.
 *
 * The DPIA list of the Autoriteit Persoonsgegevens (Stcrt. 2019, 64418),
 * for controllers established in the Netherlands (country NL or not stated):
 *   2  black lists: criminal data shared with a third party;
 *   3  fraud prevention with special or criminal data, large scale or sensors;
 *   4  credit scores: profiling with financial data;
 *   5  financial situation on a large scale;
 *   6  genetic data on a large scale;
 *   8  cooperation: special or criminal data shared with a joint
 *      controller, social partners or police and justice;
 *   9  camera surveillance of a publicly accessible place;
 *   11 employee monitoring: sensors, or location or behaviour with
 *      profiling or on a large scale;
 *   12 location data from sensors;
 *   14 internet of things: other data from sensors;
 *   15 profiling on a large scale;
 *   16 observing behaviour: from sensors, with profiling or large scale;
 *   17 biometric data.
 *   Not derivable: 1 covert investigation, 7 (is Art. 35(3)(b)), 10
 *   flexible cameras, 13 communication data.
 *
 * Otherwise two or more criteria of the EDPB-endorsed WP248 rev.01:
 *   1 profiling; 2 automated decision; 3 systematic monitoring (sensors);
 *   4 special category or criminal data; 5 large scale (stated);
 *   6 matching: data from other organisations combined with data from
 *   another source, on a large scale or with profiling; 7 vulnerable subjects (children, vulnerable people,
 *   the elderly, asylum seekers); 8 new technology (stated).
 *
 * Answered by: <dpia required="yes" status="done">; a planned activity with
 * required="yes" (the DPIA comes before the processing); or a recorded
 * pre-screening <dpia required="no" reason="..." date="..."> - then the
 * finding is dpia-screening, a warning naming the same criteria, which the
 * officer can acknowledge once the screening has weighed them.
 */
#include <stdlib.h>
#include <string.h>

#include "rules/rules.h"

#define MAX_REASONS 32

/* Which list a criterion comes from; the message groups them so. */
typedef enum { FROM_GDPR, FROM_AP, FROM_WP248 } list_id;

typedef struct {
	const char *nl[MAX_REASONS];
	const char *en[MAX_REASONS];
	list_id from[MAX_REASONS];
	size_t n;
} reasons;

static void add(reasons *rs, list_id from, const char *nl, const char *en)
{
	for (size_t i = 0; i < rs->n; i++)
		if (strcmp(rs->en[i], en) == 0)
			return;
	if (rs->n < MAX_REASONS) {
		rs->nl[rs->n] = nl;
		rs->en[rs->n] = en;
		rs->from[rs->n] = from;
		rs->n++;
	}
}

/* Data of `kind` from sensors; with `public_only`, only those not stated
 * to observe a place closed to the public. */
static int from_sensor(const pv_activity *a, const char *kind, int public_only)
{
	pv_vocab_key sensor = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "sensor");
	pv_vocab_key k = pv_vocab_find(PV_VOCAB_DATA_CATEGORY, kind);
	for (size_t i = 0; i < a->n_data; i++)
		if (a->data[i].source == sensor && a->data[i].kind == k &&
		    !(public_only && a->data[i].area == PV_AREA_NOT_PUBLIC))
			return 1;
	return 0;
}

static int public_monitoring(const pv_activity *a)
{
	return from_sensor(a, "images", 1) || from_sensor(a, "licence-plate", 1) ||
	       from_sensor(a, "location", 1) || from_sensor(a, "behaviour", 1);
}

static int has_third_party_recipient(const pv_activity *a)
{
	pv_vocab_key processor = pv_vocab_find(PV_VOCAB_RECIPIENT_KIND, "processor");
	for (size_t i = 0; i < a->n_recipients; i++)
		if (a->recipients[i].kind != processor)
			return 1;
	return 0;
}

/* WP248 no. 6: data from other organisations matched with data from any
 * other source, on a stated large scale or for profiling (receiving one
 * document from another organisation for one case is case work, not
 * matching datasets). Base registries the law tells a municipality to use
 * are not another organisation's dataset in this sense. */
static int matches_other_organisations(const pv_activity *a)
{
	if (a->large_scale != PV_FACT_YES && a->profiling.present != PV_YES)
		return 0;
	pv_vocab_key other = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "other-organisation");
	int from_other = 0, from_elsewhere = 0;
	for (size_t i = 0; i < a->n_data; i++) {
		if (a->data[i].source == other)
			from_other = 1;
		else
			from_elsewhere = 1;
	}
	return from_other && from_elsewhere;
}

/* The AP list applies to controllers established in the Netherlands: a
 * register that states no country is read as Dutch (privicon is built for
 * Dutch municipalities; the Selectielijst makes the same assumption). */
static int dutch_controller(const pv_rules *r)
{
	const char *c = r->reg->controller.country;
	return c[0] == '\0' || strcmp(c, "NL") == 0;
}

static void mandatory_reasons(const pv_rules *r, const pv_activity *a, reasons *rs)
{
	int automated = a->automated.present == PV_YES;
	int profiling = a->profiling.present == PV_YES;
	int sensitive = pv_activity_has_class(a, PV_DATA_SPECIAL) ||
	                pv_activity_has_class(a, PV_DATA_CRIMINAL);
	int criminal = pv_activity_has_class(a, PV_DATA_CRIMINAL);
	int large = a->large_scale == PV_FACT_YES;
	int sensors = pv_activity_has_source(a, "sensor");
	int financial = pv_activity_has_kind(a, "financial") || pv_activity_has_kind(a, "income") ||
	                pv_activity_has_kind(a, "bank-account") || pv_activity_has_kind(a, "tax");
	int behaviour = pv_activity_has_kind(a, "behaviour");

	if (automated && profiling)
		add(rs, FROM_GDPR, "geautomatiseerde besluiten op basis van profilering (art. 35 lid 3 sub a)",
		    "automated decisions based on profiling (Art. 35(3)(a))");
	if (sensitive && large)
		add(rs, FROM_GDPR, "bijzondere of strafrechtelijke gegevens op grote schaal (art. 35 lid 3 sub b)",
		    "special category or criminal data on a large scale (Art. 35(3)(b))");
	if (large && public_monitoring(a))
		add(rs, FROM_GDPR, "stelselmatige monitoring van een openbaar toegankelijke ruimte op grote schaal (art. 35 lid 3 sub c)",
		    "systematic monitoring of a publicly accessible area on a large scale (Art. 35(3)(c))");

	if (!dutch_controller(r))
		return;
	if (criminal && has_third_party_recipient(a))
		add(rs, FROM_AP, "strafrechtelijke gegevens gedeeld met derden (nr. 2)",
		    "criminal data shared with third parties (no. 2)");
	pv_vocab_key fraud = pv_vocab_find(PV_VOCAB_PURPOSE_CATEGORY, "fraud-prevention");
	for (size_t i = 0; i < a->n_purposes; i++)
		if (a->purposes[i].category == fraud && (sensitive || large || sensors))
			add(rs, FROM_AP, "fraudebestrijding (nr. 3)", "fraud prevention (no. 3)");
	if (profiling && financial)
		add(rs, FROM_AP, "kredietwaardigheid of financiële situatie beoordelen (nr. 4)",
		    "assessing creditworthiness or financial situation (no. 4)");
	if (large && (pv_activity_has_kind(a, "financial") || pv_activity_has_kind(a, "income")))
		add(rs, FROM_AP, "financiële situatie op grote schaal (nr. 5)",
		    "financial situation on a large scale (no. 5)");
	if (large && pv_activity_has_kind(a, "genetic"))
		add(rs, FROM_AP, "genetische gegevens op grote schaal (nr. 6)",
		    "genetic data on a large scale (no. 6)");
	if (sensitive && (pv_activity_has_recipient(a, "joint-controller") ||
	                  pv_activity_has_recipient(a, "social-partner") ||
	                  pv_activity_has_recipient(a, "police-justice")))
		add(rs, FROM_AP, "bijzondere of strafrechtelijke gegevens in een samenwerkingsverband (nr. 8)",
		    "special category or criminal data in a cooperation of organisations (no. 8)");
	if (from_sensor(a, "images", 1) || from_sensor(a, "licence-plate", 1))
		add(rs, FROM_AP, "cameratoezicht op een openbaar toegankelijke plek (nr. 9)",
		    "camera surveillance of a publicly accessible place (no. 9)");
	if (pv_activity_has_subject(a, "employees") &&
	    (sensors || ((behaviour || pv_activity_has_kind(a, "location")) && (profiling || large))))
		add(rs, FROM_AP, "stelselmatige controle van medewerkers (nr. 11)",
		    "systematic monitoring of employees (no. 11)");
	if (from_sensor(a, "location", 0))
		add(rs, FROM_AP, "locatiegegevens van sensoren (nr. 12)",
		    "location data from sensors (no. 12)");
	pv_vocab_key sensor = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "sensor");
	for (size_t i = 0; i < a->n_data; i++) {
		const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, a->data[i].kind);
		if (a->data[i].source == sensor && t && strcmp(t->key, "images") != 0 &&
		    strcmp(t->key, "licence-plate") != 0 && strcmp(t->key, "location") != 0)
			add(rs, FROM_AP, "gegevens van sensoren, internet of things (nr. 14)",
			    "data from sensors, internet of things (no. 14)");
	}
	if (profiling && large)
		add(rs, FROM_AP, "profilering op grote schaal (nr. 15)",
		    "profiling on a large scale (no. 15)");
	if (behaviour && (large || sensors || profiling))
		add(rs, FROM_AP, "stelselmatig gedrag observeren (nr. 16)",
		    "systematically observing behaviour (no. 16)");
	if (pv_activity_has_kind(a, "biometric"))
		add(rs, FROM_AP, "biometrische gegevens (nr. 17)", "biometric data (no. 17)");
}

static void wp248_criteria(const pv_activity *a, reasons *rs)
{
	if (a->profiling.present == PV_YES)
		add(rs, FROM_WP248, "beoordelen of profileren (1)", "evaluation or scoring (1)");
	if (a->automated.present == PV_YES)
		add(rs, FROM_WP248, "geautomatiseerd besluit met gevolgen (2)",
		    "automated decision with legal or similar effect (2)");
	if (pv_activity_has_source(a, "sensor"))
		add(rs, FROM_WP248, "stelselmatige monitoring met camera's of sensoren (3)",
		    "systematic monitoring with cameras or sensors (3)");
	if (pv_activity_has_class(a, PV_DATA_SPECIAL) || pv_activity_has_class(a, PV_DATA_CRIMINAL))
		add(rs, FROM_WP248, "bijzondere of strafrechtelijke gegevens (4)",
		    "special category or criminal data (4)");
	if (a->large_scale == PV_FACT_YES)
		add(rs, FROM_WP248, "grote schaal (5)", "large scale (5)");
	if (matches_other_organisations(a))
		add(rs, FROM_WP248, "gegevens van andere organisaties gekoppeld (6)",
		    "matching data from other organisations (6)");
	if (pv_activity_has_subject(a, "children") || pv_activity_has_subject(a, "vulnerable-people") ||
	    pv_activity_has_subject(a, "elderly") || pv_activity_has_subject(a, "asylum-seekers"))
		add(rs, FROM_WP248, "kwetsbare betrokkenen (7)", "vulnerable data subjects (7)");
	if (a->dpia.new_technology == PV_FACT_YES)
		add(rs, FROM_WP248, "nieuwe technologie (8)", "new technology (8)");
}

/* "art. 35 lid 3 AVG: x; DPIA-lijst ...: y en z" - the criteria that
 * fired, grouped by the list they come from. NULL when out of memory. */
static char *describe(const reasons *rs, int en, int dutch)
{
	static const char *const head_nl[] = {
		"art. 35 lid 3 AVG: ",
		"de DPIA-lijst van de Autoriteit Persoonsgegevens (voor Nederlandse organisaties): ",
		"twee of meer criteria uit de EDPB-richtsnoeren WP248: ",
	};
	static const char *const head_en[] = {
		"GDPR Art. 35(3): ",
		"the DPIA list of the Dutch Data Protection Authority (for Dutch controllers): ",
		"two or more criteria of the EDPB guidelines WP248: ",
	};
	size_t len = 1;
	for (size_t i = 0; i < rs->n; i++)
		len += strlen(en ? rs->en[i] : rs->nl[i]) + 8;
	for (size_t i = 0; i < 3; i++)
		len += strlen(en ? head_en[i] : head_nl[i]) + 4;
	len += 160;
	char *s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (int from = FROM_GDPR; from <= FROM_WP248; from++) {
		size_t n = 0, shown = 0;
		for (size_t i = 0; i < rs->n; i++)
			n += rs->from[i] == (list_id)from;
		if (!n)
			continue;
		if (s[0])
			strcat(s, "; ");
		strcat(s, en ? head_en[from] : head_nl[from]);
		for (size_t i = 0; i < rs->n; i++) {
			if (rs->from[i] != (list_id)from)
				continue;
			if (shown)
				strcat(s, shown + 1 == n ? (en ? " and " : " en ") : ", ");
			strcat(s, en ? rs->en[i] : rs->nl[i]);
			shown++;
		}
	}
	if (!dutch)
		strcat(s, en ? " (the DPIA list of the Dutch Data Protection Authority is not applied: "
		               "the controller is not established in the Netherlands)"
		             : " (de DPIA-lijst van de Autoriteit Persoonsgegevens is niet gebruikt: de "
		               "organisatie is niet in Nederland gevestigd)");
	return s;
}

/* Whether the register records the DPIA the triggers ask for. */
static int dpia_recorded(const pv_activity *a)
{
	const pv_dpia *d = &a->dpia;
	if (!d->present || d->required != PV_YES)
		return 0;
	const pv_term *status = pv_vocab_term(PV_VOCAB_DPIA_STATUS, d->status);
	const pv_term *act = pv_vocab_term(PV_VOCAB_ACTIVITY_STATUS, a->status);
	if (act && strcmp(act->key, "planned") == 0)
		return 1;
	return status && strcmp(status->key, "done") == 0;
}

/* A pre-screening that concluded no DPIA is needed: required="no" with the
 * reason and the date of the screening. */
static int screened(const pv_dpia *d)
{
	return d->present && d->required == PV_NO && d->reason && d->reason[0] && d->date;
}

static int report_screening(pv_rules *r, const pv_activity *a, const char *why_nl,
                            const char *why_en)
{
	const pv_dpia *d = &a->dpia;
	return pv_rules_report(
		r, "dpia-screening", a, pv_line_or(d->line, a->line),
		pv_strdup_printf("Activiteit '%s': volgens de DPIA-voortoets van %s is geen DPIA nodig "
		             "(\"%s\"). Het register toont wel deze criteria: %s. Ga na of de "
		             "voortoets deze criteria heeft gewogen (art. 35 lid 1 AVG). Zo ja, "
		             "bevestig dat met <acknowledgement rule=\"dpia-screening\" "
		             "reason=\"...\"/>; zo nee, voer een DPIA uit.",
		             a->id, d->date, d->reason, why_nl),
		pv_strdup_printf("Activity '%s': the DPIA pre-screening of %s says no DPIA is needed "
		             "(\"%s\"). The register does show these criteria: %s. Check that the "
		             "screening weighed them (GDPR Art. 35(1)). If so, confirm it with "
		             "<acknowledgement rule=\"dpia-screening\" reason=\"...\"/>; if not, "
		             "carry out a DPIA.",
		             a->id, d->date, d->reason, why_en));
}

int pv_rules_check_dpia(pv_rules *r, const pv_activity *a)
{
	if (dpia_recorded(a))
		return PRIVICON_OK;
	reasons rs = {0};
	mandatory_reasons(r, a, &rs);
	if (rs.n == 0) {
		wp248_criteria(a, &rs);
		if (rs.n < 2)
			return PRIVICON_OK;
	}
	int dutch = dutch_controller(r);
	char *why_nl = describe(&rs, 0, dutch);
	char *why_en = describe(&rs, 1, dutch);
	int rc;
	const pv_dpia *d = &a->dpia;
	if (!why_nl || !why_en) {
		rc = PRIVICON_ENOMEM;
	} else if (screened(d)) {
		rc = report_screening(r, a, why_nl, why_en);
	} else {
		const char *state_nl, *state_en;
		if (!d->present) {
			state_nl = "Het register noemt geen DPIA.";
			state_en = "The register records no DPIA.";
		} else if (d->required == PV_NO) {
			state_nl = "Het register zegt dat geen DPIA nodig is (required=\"no\"), maar "
			           "noemt geen voortoets met reden en datum.";
			state_en = "The register says no DPIA is needed (required=\"no\"), but records "
			           "no pre-screening with reason and date.";
		} else if (d->required == PV_NOT_STATED) {
			state_nl = "Het register vermeldt niet of een DPIA nodig is "
			           "(required=\"not-stated\").";
			state_en = "The register does not state whether a DPIA is needed "
			           "(required=\"not-stated\").";
		} else {
			state_nl = "De DPIA is nog niet klaar, maar de verwerking is al begonnen.";
			state_en = "The DPIA is not done, but the processing has already started.";
		}
		rc = pv_rules_report(
			r, "dpia-required", a, pv_line_or(d->present ? d->line : 0, a->line),
			pv_strdup_printf("Activiteit '%s' heeft waarschijnlijk een DPIA nodig (art. 35 AVG) "
			             "vanwege %s. %s Voer een DPIA uit en leg die vast met <dpia "
			             "required=\"yes\" status=\"done\" date=\"...\" reference=\"...\"/>. "
			             "Bleek uit een voortoets dat geen DPIA nodig is? Leg dat vast met "
			             "<dpia required=\"no\" reason=\"...\" date=\"...\"/>.",
			             a->id, why_nl, state_nl),
			pv_strdup_printf("Activity '%s' probably needs a DPIA (GDPR Art. 35) because of %s. "
			             "%s Carry out a DPIA and record it with <dpia required=\"yes\" "
			             "status=\"done\" date=\"...\" reference=\"...\"/>. Did a "
			             "pre-screening find that no DPIA is needed? Record that with <dpia "
			             "required=\"no\" reason=\"...\" date=\"...\"/>.",
			             a->id, why_en, state_en));
	}
	free(why_nl);
	free(why_en);
	return rc;
}
