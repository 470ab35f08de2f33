/*
 * rules_dpia.c - dpia-required: the activity shows what makes a DPIA
 * mandatory and the register does not record one that is done.
 *
 * A DPIA is required when any of these holds (each derived from the
 * register only; what the register cannot express is not guessed):
 *
 * GDPR Art. 35(3)
 *   (a) automated decision AND profiling: systematic, extensive evaluation
 *       of people with decisions that affect them;
 *   (b) special category or criminal data on a large scale ("large scale":
 *       a public authority processing data of its residents);
 *   (c) systematic monitoring of a publicly accessible area: images,
 *       licence plates, location or behaviour collected by sensors.
 *
 * The Dutch DPA's list (Autoriteit Persoonsgegevens, Stcrt. 2019, 64418)
 *   2  black lists: criminal data shared with a third party (any
 *      recipient other than a processor);
 *   3  fraud prevention: a fraud-prevention purpose processing special or
 *      criminal data, on a large scale, or with sensors;
 *   4  credit scores: profiling with financial data (financial, income,
 *      bank account, tax);
 *   5  financial situation: financial or income data on a large scale;
 *   6  genetic data on a large scale;
 *   (7 health data on a large scale is Art. 35(3)(b) above)
 *   8  cooperation: a joint controller, or special or criminal data shared
 *      with social partners or police and justice (e.g. a Zorg- en
 *      Veiligheidshuis);
 *   9/10 camera surveillance: images or licence plates from sensors;
 *   11 employee monitoring: employees with data from sensors, or their
 *      location or behaviour;
 *   12 location data from sensors;
 *   14 internet of things: any other kind of data from sensors;
 *   15 profiling on a large scale;
 *   16 observing behaviour: behaviour data on a large scale, from sensors
 *      or with profiling;
 *   17 biometric data.
 *   Not derivable: 1 covert investigation and 13 communication data (the
 *   register cannot tell monitoring messages from answering a letter).
 *
 * Otherwise two or more criteria of the EDPB-endorsed WP248 rev.01:
 *   1 evaluation or scoring: profiling;
 *   2 automated decision with legal or similar effect: automated decision;
 *   3 systematic monitoring: data from sensors;
 *   4 sensitive data: special category or criminal data (financial,
 *     location and communication data count only through the AP list
 *     above, or nearly every municipal payment and contact would count);
 *   5 large scale: a public authority processing data of its residents;
 *   6 matching or combining datasets: data from two or more other
 *     sources (each base registry, other organisations, public sources);
 *   7 vulnerable data subjects: children, vulnerable people, the elderly,
 *     asylum seekers (employees are left out: nearly every personnel
 *     activity would count);
 *   8 innovative technology: sensors or biometrics;
 *   9 preventing use of a right or service: in the register this is the
 *     automated decision of criterion 2, so it is not counted twice.
 *
 * Recorded as done: <dpia required="yes" status="done">. A planned
 * activity with required="yes" is fine whatever the status: the DPIA comes
 * before the processing, which has not started.
 */
#include <stdlib.h>
#include <string.h>

#include "rules/rules.h"

#define MAX_REASONS 32

typedef struct {
	const char *nl[MAX_REASONS];
	const char *en[MAX_REASONS];
	size_t n;
} reasons;

static void add(reasons *rs, const char *nl, const char *en)
{
	for (size_t i = 0; i < rs->n; i++)
		if (strcmp(rs->en[i], en) == 0)
			return;
	if (rs->n < MAX_REASONS) {
		rs->nl[rs->n] = nl;
		rs->en[rs->n] = en;
		rs->n++;
	}
}

static int has_data_from_sensor(const pv_activity *a, const char *kind)
{
	pv_vocab_key sensor = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "sensor");
	pv_vocab_key k = pv_vocab_find(PV_VOCAB_DATA_CATEGORY, kind);
	for (size_t i = 0; i < a->n_data; i++)
		if (a->data[i].source == sensor && a->data[i].kind == k)
			return 1;
	return 0;
}

static int has_third_party_recipient(const pv_activity *a)
{
	pv_vocab_key processor = pv_vocab_find(PV_VOCAB_RECIPIENT_KIND, "processor");
	for (size_t i = 0; i < a->n_recipients; i++)
		if (a->recipients[i].kind != processor)
			return 1;
	return 0;
}

/* Distinct sources outside the controller and the data subject: each base
 * registry on its own (an unnamed one counts once), other organisations,
 * public sources. */
static int external_sources(const pv_activity *a)
{
	pv_vocab_key base = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "base-registry");
	pv_vocab_key other = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "other-organisation");
	pv_vocab_key pub = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "public-source");
	size_t n_reg = pv_vocab_get(PV_VOCAB_BASE_REGISTRY)->count;
	int seen_reg[32] = {0}, unnamed = 0, seen_other = 0, seen_pub = 0;
	for (size_t i = 0; i < a->n_data; i++) {
		const pv_data_use *d = &a->data[i];
		if (d->source == base) {
			if (d->registry >= 0 && (size_t)d->registry < n_reg && d->registry < 32)
				seen_reg[d->registry] = 1;
			else
				unnamed = 1;
		} else if (d->source == other) {
			seen_other = 1;
		} else if (d->source == pub) {
			seen_pub = 1;
		}
	}
	int n = unnamed + seen_other + seen_pub;
	for (size_t i = 0; i < 32; i++)
		n += seen_reg[i];
	return n;
}

static void mandatory_reasons(const pv_rules *r, const pv_activity *a, reasons *rs)
{
	int automated = a->automated.present == PV_YES;
	int profiling = a->profiling.present == PV_YES;
	int sensitive = pv_activity_has_class(a, PV_DATA_SPECIAL) ||
	                pv_activity_has_class(a, PV_DATA_CRIMINAL);
	int criminal = pv_activity_has_class(a, PV_DATA_CRIMINAL);
	int large = r->reg->controller.public_authority == PV_YES &&
	            pv_activity_has_subject(a, "residents");
	int sensors = pv_activity_has_source(a, "sensor");
	int financial = pv_activity_has_kind(a, "financial") || pv_activity_has_kind(a, "income") ||
	                pv_activity_has_kind(a, "bank-account") || pv_activity_has_kind(a, "tax");
	int behaviour = pv_activity_has_kind(a, "behaviour");

	if (automated && profiling)
		add(rs, "geautomatiseerde besluiten op basis van profilering (art. 35 lid 3 a AVG)",
		    "automated decisions based on profiling (Art. 35(3)(a) GDPR)");
	if (sensitive && large)
		add(rs, "bijzondere of strafrechtelijke gegevens op grote schaal (art. 35 lid 3 b AVG)",
		    "special category or criminal data on a large scale (Art. 35(3)(b) GDPR)");
	if (has_data_from_sensor(a, "images") || has_data_from_sensor(a, "licence-plate") ||
	    has_data_from_sensor(a, "location") || has_data_from_sensor(a, "behaviour"))
		add(rs, "stelselmatige monitoring van openbare ruimte (art. 35 lid 3 c AVG)",
		    "systematic monitoring of a public area (Art. 35(3)(c) GDPR)");

	if (criminal && has_third_party_recipient(a))
		add(rs, "strafrechtelijke gegevens gedeeld met derden (DPIA-lijst AP, nr. 2)",
		    "criminal data shared with third parties (Dutch DPA list, no. 2)");
	if (pv_activity_has_recipient(a, "joint-controller") ||
	    (sensitive && (pv_activity_has_recipient(a, "social-partner") ||
	                   pv_activity_has_recipient(a, "police-justice"))))
		add(rs, "samenwerkingsverband (DPIA-lijst AP, nr. 8)",
		    "a cooperation of organisations (Dutch DPA list, no. 8)");
	pv_vocab_key fraud = pv_vocab_find(PV_VOCAB_PURPOSE_CATEGORY, "fraud-prevention");
	for (size_t i = 0; i < a->n_purposes; i++)
		if (a->purposes[i].category == fraud && (sensitive || large || sensors))
			add(rs, "fraudebestrijding (DPIA-lijst AP, nr. 3)",
			    "fraud prevention (Dutch DPA list, no. 3)");
	if (profiling && financial)
		add(rs, "kredietwaardigheid of financiële situatie beoordelen (DPIA-lijst AP, nr. 4)",
		    "assessing creditworthiness or financial situation (Dutch DPA list, no. 4)");
	if (large && (pv_activity_has_kind(a, "financial") || pv_activity_has_kind(a, "income")))
		add(rs, "financiële situatie op grote schaal (DPIA-lijst AP, nr. 5)",
		    "financial situation on a large scale (Dutch DPA list, no. 5)");
	if (large && pv_activity_has_kind(a, "genetic"))
		add(rs, "genetische gegevens op grote schaal (DPIA-lijst AP, nr. 6)",
		    "genetic data on a large scale (Dutch DPA list, no. 6)");
	if (has_data_from_sensor(a, "images") || has_data_from_sensor(a, "licence-plate"))
		add(rs, "cameratoezicht (DPIA-lijst AP, nr. 9)", "camera surveillance (Dutch DPA list, no. 9)");
	if (pv_activity_has_subject(a, "employees") &&
	    (sensors || behaviour || pv_activity_has_kind(a, "location")))
		add(rs, "controle van medewerkers (DPIA-lijst AP, nr. 11)",
		    "monitoring employees (Dutch DPA list, no. 11)");
	if (has_data_from_sensor(a, "location"))
		add(rs, "locatiegegevens (DPIA-lijst AP, nr. 12)", "location data (Dutch DPA list, no. 12)");
	pv_vocab_key sensor = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "sensor");
	for (size_t i = 0; i < a->n_data; i++) {
		const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, a->data[i].kind);
		if (a->data[i].source == sensor && t && strcmp(t->key, "images") != 0 &&
		    strcmp(t->key, "licence-plate") != 0 && strcmp(t->key, "location") != 0)
			add(rs, "gegevens van sensoren, internet of things (DPIA-lijst AP, nr. 14)",
			    "data from sensors, internet of things (Dutch DPA list, no. 14)");
	}
	if (profiling && large)
		add(rs, "profilering op grote schaal (DPIA-lijst AP, nr. 15)",
		    "profiling on a large scale (Dutch DPA list, no. 15)");
	if (behaviour && (large || sensors || profiling))
		add(rs, "gedrag observeren (DPIA-lijst AP, nr. 16)",
		    "observing behaviour (Dutch DPA list, no. 16)");
	if (pv_activity_has_kind(a, "biometric"))
		add(rs, "biometrische gegevens (DPIA-lijst AP, nr. 17)",
		    "biometric data (Dutch DPA list, no. 17)");
}

static void wp248_criteria(const pv_rules *r, const pv_activity *a, reasons *rs)
{
	if (a->profiling.present == PV_YES)
		add(rs, "beoordelen of profileren", "evaluation or scoring");
	if (a->automated.present == PV_YES)
		add(rs, "geautomatiseerd besluit met gevolgen", "automated decision with effect");
	if (pv_activity_has_source(a, "sensor"))
		add(rs, "stelselmatige monitoring", "systematic monitoring");
	if (pv_activity_has_class(a, PV_DATA_SPECIAL) || pv_activity_has_class(a, PV_DATA_CRIMINAL))
		add(rs, "gevoelige gegevens", "sensitive data");
	if (r->reg->controller.public_authority == PV_YES && pv_activity_has_subject(a, "residents"))
		add(rs, "grote schaal (inwoners)", "large scale (residents)");
	if (external_sources(a) >= 2)
		add(rs, "gegevens uit verschillende bronnen gecombineerd", "combining datasets");
	if (pv_activity_has_subject(a, "children") || pv_activity_has_subject(a, "vulnerable-people") ||
	    pv_activity_has_subject(a, "elderly") || pv_activity_has_subject(a, "asylum-seekers"))
		add(rs, "kwetsbare betrokkenen", "vulnerable data subjects");
	if (pv_activity_has_source(a, "sensor") || pv_activity_has_kind(a, "biometric"))
		add(rs, "nieuwe technologie", "innovative technology");
}

static char *join(const reasons *rs, const char *const *list, const char *and_word)
{
	size_t len = 1;
	for (size_t i = 0; i < rs->n; i++)
		len += strlen(list[i]) + strlen(and_word) + 3;
	char *s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (size_t i = 0; i < rs->n; i++) {
		if (i)
			strcat(s, i + 1 == rs->n ? and_word : "; ");
		strcat(s, list[i]);
	}
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

int pv_rules_check_dpia(pv_rules *r, const pv_activity *a)
{
	if (dpia_recorded(a))
		return PRIVICON_OK;
	reasons rs = {0};
	mandatory_reasons(r, a, &rs);
	int wp248 = 0;
	if (rs.n == 0) {
		wp248_criteria(r, a, &rs);
		if (rs.n < 2)
			return PRIVICON_OK;
		wp248 = 1;
	}
	char *why_nl = join(&rs, rs.nl, " en ");
	char *why_en = join(&rs, rs.en, " and ");
	if (!why_nl || !why_en) {
		free(why_nl);
		free(why_en);
		return PRIVICON_ENOMEM;
	}
	const pv_dpia *d = &a->dpia;
	const char *state_nl, *state_en;
	if (!d->present) {
		state_nl = "Het register noemt geen DPIA.";
		state_en = "The register records no DPIA.";
	} else if (d->required == PV_NO) {
		state_nl = "Het register zegt dat geen DPIA nodig is (required=\"no\").";
		state_en = "The register says no DPIA is needed (required=\"no\").";
	} else {
		state_nl = "De DPIA is nog niet klaar, maar de verwerking is al begonnen.";
		state_en = "The DPIA is not done, but the processing has already started.";
	}
	int rc = pv_rules_report(
		r, "dpia-required", a, pv_line_or(d->present ? d->line : 0, a->line),
		pv_strdup_printf("Activiteit '%s' heeft een DPIA nodig vanwege %s%s. %s Voer een DPIA uit "
		             "en leg die vast met <dpia required=\"yes\" status=\"done\" "
		             "date=\"...\" reference=\"...\"/>.",
		             a->id, wp248 ? "deze criteria van de EDPB-richtsnoeren (WP248): " : "",
		             why_nl, state_nl),
		pv_strdup_printf("Activity '%s' needs a DPIA because of %s%s. %s Carry out a DPIA and "
		             "record it with <dpia required=\"yes\" status=\"done\" date=\"...\" "
		             "reference=\"...\"/>.",
		             a->id, wp248 ? "these criteria of the EDPB guidelines (WP248): " : "",
		             why_en, state_en));
	free(why_nl);
	free(why_en);
	return rc;
}
