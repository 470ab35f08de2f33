/*
 * rules_retention.c - retention-selectielijst: the result number an
 * activity names exists in the Selectielijst gemeenten 2020, and the period
 * agrees with it.
 *
 *   - unknown number: warning with up to three nearby numbers that exist;
 *   - withdrawn result (vervallen): warning with the list's own note
 *     (e.g. "dit is resultaat 19.1.19 geworden");
 *   - blijvend_bewaren: the period must be permanent;
 *   - vernietigen with a bewaartermijn: the period must equal it
 *     (P1Y == P12M; see pv_duration_equal);
 *   - vernietigen without a bewaartermijn (three results whose process term
 *     is "nihil": destroyed right after the process, e.g. 19.2.1 licence
 *     plate scans): any finite period is accepted, since the list sets no
 *     number; only "permanent" contradicts it.
 * A number whose process (the first part) the list does not have, such as
 * a Flemish archive number, is "not a number of the Selectielijst gemeenten
 * 2020", without suggestions. Only municipalities and joint arrangements
 * established in the Netherlands are checked against this list (a province
 * or water board has its own; <controller kind>, <controller country>).
 *
 * retention-selectielijst-missing (warning): a Dutch public authority
 * states a retention without a result number; for "permanent" the message
 * says that only a result marked blijvend bewaren allows it (Archiefwet
 * 1995 art. 5).
 *
 * An activity may keep several periods (<retention> repeats, each with
 * <applies-to> and/or categories="..."): every rule above holds for each
 * period on its own, and a message names the period when there are
 * several. retention-periods-unclear (error): two or more periods that
 * say neither for whom nor for which data; dangling-ref: a period names a
 * data category the activity does not list.
 *
 * retention-norm (warning): a known legal norm for the period. Now one:
 * camera images of public-order surveillance (images from sensors, a
 * public-safety purpose, a place not stated closed to the public) are
 * destroyed after four weeks (Gemeentewet art. 151c), unless needed
 * for an investigation - hence a warning the officer can acknowledge.
 */
#include <stdio.h>
#include <string.h>

#include "rules/rules.h"

static pv_selectielijst *table(pv_rules *r, int *rc)
{
	if (r->selectielijst_status == 0) {
		int st = pv_selectielijst_load(&r->selectielijst);
		/* A table missing from the binary is a broken build, not a
		 * problem in the register: say so with EIO, not EINVALID. */
		if (st != PRIVICON_OK && st != PRIVICON_ENOMEM)
			st = PRIVICON_EIO;
		r->selectielijst_status = st == PRIVICON_OK ? 1 : st;
	}
	*rc = r->selectielijst_status == 1 ? PRIVICON_OK : r->selectielijst_status;
	return r->selectielijst;
}

/* Who a message is about: "Activiteit 'x'" for an activity with one
 * period; with several, the period too: "Activiteit 'x', de termijn voor
 * Sollicitanten die niet zijn aangenomen". */
typedef struct {
	char nl[400], en[400];
} who;

/* What period `ret` holds for, in `lang`: its applies-to text, else its
 * categories' keys; "" for a period that names neither. */
static void period_subject(char *buf, size_t size, const pv_retention *ret, const char *lang)
{
	const char *text = pv_text_in(&ret->applies_to, lang);
	buf[0] = '\0';
	if (text && *text) {
		snprintf(buf, size, "%s", text);
		return;
	}
	for (size_t i = 0; i < ret->n_categories; i++) {
		const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, ret->categories[i]);
		size_t len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", i ? " " : "", t ? t->key : "?");
	}
}

static int name_period(who *w, const pv_activity *a, const pv_retention *ret)
{
	char nl[300], en[300];
	period_subject(nl, sizeof(nl), ret, "nl");
	period_subject(en, sizeof(en), ret, "en");
	if (a->n_retentions < 2) {
		snprintf(w->nl, sizeof(w->nl), "Activiteit '%s'", a->id);
		snprintf(w->en, sizeof(w->en), "Activity '%s'", a->id);
	} else if (nl[0]) {
		snprintf(w->nl, sizeof(w->nl), "Activiteit '%s', de termijn voor '%s'", a->id, nl);
		snprintf(w->en, sizeof(w->en), "Activity '%s', the period for '%s'", a->id, en);
	} else {
		snprintf(w->nl, sizeof(w->nl), "Activiteit '%s', de termijn voor alle andere gevallen",
		         a->id);
		snprintf(w->en, sizeof(w->en), "Activity '%s', the period for all other cases", a->id);
	}
	return PRIVICON_OK;
}

/* Several periods: each says what it holds for (at most one, "all other
 * cases", says nothing), and each category it names is one the activity
 * processes. */
static int check_periods(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	const pv_retention *open = NULL;
	for (size_t i = 0; i < a->n_retentions && rc == PRIVICON_OK; i++) {
		const pv_retention *ret = &a->retentions[i];
		for (size_t k = 0; k < ret->n_categories && rc == PRIVICON_OK; k++) {
			if (pv_activity_has_kind_key(a, ret->categories[k]))
				continue;
			const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, ret->categories[k]);
			const char *kind = t ? t->key : "?";
			rc = pv_rules_report(
				r, "dangling-ref", a, ret->line,
				pv_strdup_printf("Activiteit '%s': de bewaartermijn noemt categorie '%s' in "
				                 "categories=\"...\", maar de activiteit noemt die gegevens "
				                 "niet in <personal-data>. Haal '%s' weg, of voeg de categorie "
				                 "toe aan <personal-data>.",
				                 a->id, kind, kind),
				pv_strdup_printf("Activity '%s': the retention names category '%s' in "
				                 "categories=\"...\", but the activity does not list that data "
				                 "in <personal-data>. Remove '%s', or add the category to "
				                 "<personal-data>.",
				                 a->id, kind, kind));
		}
		if (rc != PRIVICON_OK || ret->n_categories > 0 || pv_text_missing(&ret->applies_to) != 1)
			continue;
		if (!open) {
			open = ret;
			continue;
		}
		char nl[64], en[64];
		pv_duration_format(nl, sizeof(nl), &ret->duration, "nl");
		pv_duration_format(en, sizeof(en), &ret->duration, "en");
		rc = pv_rules_report(
			r, "retention-periods-unclear", a, ret->line,
			pv_strdup_printf("Activiteit '%s' heeft meer bewaartermijnen zonder te zeggen "
			                 "waarvoor ze gelden (regel %d en deze, %s). Een inwoner weet dan "
			                 "niet welke termijn voor hem geldt. Zet in elke termijn behalve "
			                 "hooguit een <applies-to> (voor wie of in welk geval) of "
			                 "categories=\"...\" (welke gegevens).",
			                 a->id, open->line, nl),
			pv_strdup_printf("Activity '%s' has several retention periods that do not say what "
			                 "they hold for (line %d and this one, %s). A resident cannot tell "
			                 "which period applies. Give every period but at most one an "
			                 "<applies-to> (for whom or in which case) or categories=\"...\" "
			                 "(which data).",
			                 a->id, open->line, en));
	}
	return rc;
}

/* "11.1.1 (Verleend: Toestemming voor een kortdurende activiteit)" */
static void describe(char *buf, size_t size, const pv_sl_result *res)
{
	if (res->omschrijving[0])
		snprintf(buf, size, "%s (%s: %s)", res->number, res->naam, res->omschrijving);
	else
		snprintf(buf, size, "%s (%s)", res->number, res->naam);
}

/* Whether the list has a result in the number's process (first part). */
static int known_process(const pv_selectielijst *sl, const char *number)
{
	unsigned want[3], part[3];
	if (pv_sl_number_parse(want, number) != 0)
		return 0;
	for (size_t i = 0; i < pv_selectielijst_count(sl); i++)
		if (pv_sl_number_parse(part, pv_selectielijst_at(sl, i)->number) == 0 &&
		    part[0] == want[0])
			return 1;
	return 0;
}

static int unknown_number(pv_rules *r, const pv_activity *a, const pv_retention *ret,
                          const who *w, const pv_selectielijst *sl)
{
	if (!known_process(sl, ret->selectielijst))
		return pv_rules_report(
			r, "retention-selectielijst", a, ret->line,
			pv_strdup_printf("%s: %s is geen nummer uit de Selectielijst gemeenten "
			                 "en intergemeentelijke organen 2020: die lijst heeft geen proces dat zo "
			                 "begint. Komt het nummer uit een andere lijst (zoals een Vlaamse "
			                 "selectielijst)? Zet dan het resultaatnummer uit de Selectielijst "
			                 "gemeenten 2020 in selectielijst=\"...\", of laat het weg.",
			                 w->nl, ret->selectielijst),
			pv_strdup_printf("%s: %s is not a number of the Selectielijst gemeenten en "
			                 "intergemeentelijke organen 2020: that list has no process starting "
			                 "so. Is it a number from another list (such as a Flemish retention "
			                 "schedule)? Then put the result number of the Selectielijst gemeenten "
			                 "2020 in selectielijst=\"...\", or leave it out.",
			                 w->en, ret->selectielijst));
	const pv_sl_result *near[3];
	size_t n = pv_selectielijst_suggest(sl, ret->selectielijst, near, 3);
	char list_nl[256] = "", list_en[256] = "";
	for (size_t i = 0; i < n; i++) {
		const char *sep_nl = i == 0 ? "" : (i + 1 == n ? " of " : ", ");
		const char *sep_en = i == 0 ? "" : (i + 1 == n ? " or " : ", ");
		size_t l = strlen(list_nl);
		snprintf(list_nl + l, sizeof(list_nl) - l, "%s%s", sep_nl, near[i]->number);
		l = strlen(list_en);
		snprintf(list_en + l, sizeof(list_en) - l, "%s%s", sep_en, near[i]->number);
	}
	if (n == 0)
		return pv_rules_report(
			r, "retention-selectielijst", a, ret->line,
			pv_strdup_printf("%s: resultaat %s bestaat niet in de Selectielijst "
			             "gemeenten 2020. Zoek het juiste resultaatnummer op en zet dat in "
			             "selectielijst=\"...\".",
			             w->nl, ret->selectielijst),
			pv_strdup_printf("%s: result %s does not exist in the Selectielijst "
			             "gemeenten 2020. Look up the right result number and put it in "
			             "selectielijst=\"...\".",
			             w->en, ret->selectielijst));
	return pv_rules_report(
		r, "retention-selectielijst", a, ret->line,
		pv_strdup_printf("%s: resultaat %s bestaat niet in de Selectielijst "
		             "gemeenten 2020. Bedoelt u %s? Zet het juiste nummer in "
		             "selectielijst=\"...\".",
		             w->nl, ret->selectielijst, list_nl),
		pv_strdup_printf("%s: result %s does not exist in the Selectielijst "
		             "gemeenten 2020. Did you mean %s? Put the right number in "
		             "selectielijst=\"...\".",
		             w->en, ret->selectielijst, list_en));
}

/* The Selectielijst gemeenten en intergemeentelijke organen applies to
 * Dutch municipalities and their joint arrangements (a GGD, a RUD); a
 * province, a water board or another public body has its own list, and a
 * controller outside the Netherlands none of these. No kind stated: a
 * municipality, as everywhere in privicon. */
static int municipal_list_applies(const privicon_register *reg)
{
	const char *country = reg->controller.country;
	if (country[0] && strcmp(country, "NL") != 0)
		return 0;
	const pv_term *kind = pv_vocab_term(PV_VOCAB_CONTROLLER_KIND, reg->controller.kind);
	return !kind || strcmp(kind->key, "municipality") == 0 ||
	       strcmp(kind->key, "joint-arrangement") == 0;
}

static int missing_number(pv_rules *r, const pv_activity *a, const pv_retention *ret,
                          const who *w)
{
	if (r->reg->controller.public_authority != PV_YES)
		return PRIVICON_OK;
	if (ret->duration.permanent)
		return pv_rules_report(
			r, "retention-selectielijst-missing", a, ret->line,
			pv_strdup_printf("%s: het register zegt dat de gegevens permanent "
			                 "worden bewaard, maar noemt geen resultaat uit de Selectielijst "
			                 "gemeenten 2020. Blijvend bewaren mag alleen voor een resultaat dat de "
			                 "selectielijst zo waardeert (Archiefwet 1995 art. 5; art. 5 lid 1 sub e "
			                 "AVG). Zet dat resultaatnummer in selectielijst=\"...\", of noem de "
			                 "echte bewaartermijn.",
			                 w->nl),
			pv_strdup_printf("%s: the register says the data are kept permanently, but "
			                 "names no result of the Selectielijst gemeenten 2020. Permanent "
			                 "keeping is allowed only for a result the list marks so (blijvend "
			                 "bewaren; Archiefwet 1995 art. 5; GDPR Art. 5(1)(e)). Put that result "
			                 "number in selectielijst=\"...\", or state the real period.",
			                 w->en));
	return pv_rules_report(
		r, "retention-selectielijst-missing", a, ret->line,
		pv_strdup_printf("%s: de bewaartermijn noemt geen resultaat uit de "
		                 "Selectielijst gemeenten 2020. De selectielijst bepaalt hoe lang een "
		                 "gemeente archiefstukken bewaart (Archiefwet 1995 art. 5). Zet het "
		                 "resultaatnummer in selectielijst=\"...\". Hoort de verwerking bij geen "
		                 "resultaat? Bevestig dat met <acknowledgement "
		                 "rule=\"retention-selectielijst-missing\" reason=\"...\"/>.",
		                 w->nl),
		pv_strdup_printf("%s: the retention names no result of the Selectielijst "
		                 "gemeenten 2020. That list sets how long a municipality keeps its records "
		                 "(Archiefwet 1995 art. 5). Put the result number in "
		                 "selectielijst=\"...\". Does the processing belong to no result? Confirm "
		                 "that with <acknowledgement rule=\"retention-selectielijst-missing\" "
		                 "reason=\"...\"/>.",
		                 w->en));
}

/* Whether period `ret` holds for data of kind `kind`: it names that kind,
 * or names no kinds at all. */
static int holds_for(const pv_retention *ret, pv_vocab_key kind)
{
	for (size_t i = 0; i < ret->n_categories; i++)
		if (ret->categories[i] == kind)
			return 1;
	return ret->n_categories == 0;
}

/* Camera images of public-order surveillance: at most four weeks, for
 * every period that holds for the images. */
static int check_norms(pv_rules *r, const pv_activity *a, const pv_retention *ret,
                       const who *w)
{
	pv_vocab_key images = pv_vocab_find(PV_VOCAB_DATA_CATEGORY, "images");
	pv_vocab_key sensor = pv_vocab_find(PV_VOCAB_DATA_SOURCE, "sensor");
	pv_vocab_key safety = pv_vocab_find(PV_VOCAB_PURPOSE_CATEGORY, "public-safety");
	int camera = 0, public_order = 0;
	for (size_t i = 0; i < a->n_data; i++)
		if (a->data[i].kind == images && a->data[i].source == sensor &&
		    a->data[i].area != PV_AREA_NOT_PUBLIC)
			camera = 1;
	for (size_t i = 0; i < a->n_purposes; i++)
		if (a->purposes[i].category == safety)
			public_order = 1;
	const pv_duration four_weeks = {.weeks = 4};
	if (!ret->present || !camera || !public_order || !holds_for(ret, images) ||
	    pv_duration_compare(&ret->duration, &four_weeks) <= 0)
		return PRIVICON_OK;
	char nl[64], en[64];
	pv_duration_format(nl, sizeof(nl), &ret->duration, "nl");
	pv_duration_format(en, sizeof(en), &ret->duration, "en");
	return pv_rules_report(
		r, "retention-norm", a, ret->line,
		pv_strdup_printf("%s: camerabeelden van toezicht op de openbare orde worden "
		                 "na vier weken vernietigd, tenzij ze nodig zijn voor een onderzoek (art. "
		                 "151c Gemeentewet). Het register zegt %s. Zet period=\"P4W\", of bevestig "
		                 "met <acknowledgement rule=\"retention-norm\" reason=\"...\"/> waarom "
		                 "langer nodig is.",
		                 w->nl, nl),
		pv_strdup_printf("%s: camera images of public-order surveillance are destroyed "
		                 "after four weeks unless needed for an investigation (Gemeentewet art. "
		                 "151c). The register says %s. Set period=\"P4W\", or confirm with "
		                 "<acknowledgement rule=\"retention-norm\" reason=\"...\"/> why longer "
		                 "is needed.",
		                 w->en, en));
}

/* One period against the norms and the Selectielijst. */
static int check_period(pv_rules *r, const pv_activity *a, const pv_retention *ret)
{
	who w0;
	const who *w = &w0;
	int rc = name_period(&w0, a, ret);
	if (rc == PRIVICON_OK)
		rc = check_norms(r, a, ret, w);
	if (rc != PRIVICON_OK || !ret->present)
		return rc;
	if (!ret->selectielijst)
		return missing_number(r, a, ret, w);
	const pv_selectielijst *sl = table(r, &rc);
	if (!sl)
		return rc;
	const pv_sl_result *res = pv_selectielijst_find(sl, ret->selectielijst);
	if (!res)
		return unknown_number(r, a, ret, w, sl);

	char what[512];
	describe(what, sizeof(what), res);
	if (res->waardering == PV_SL_WITHDRAWN)
		return pv_rules_report(
			r, "retention-selectielijst", a, ret->line,
			pv_strdup_printf("%s: resultaat %s is vervallen in de Selectielijst "
			             "gemeenten 2020 (\"%s\"). Kies een resultaat dat nog geldt.",
			             w->nl, res->number, res->omschrijving),
			pv_strdup_printf("%s: result %s has been withdrawn from the "
			             "Selectielijst gemeenten 2020 (\"%s\"). Choose a result that "
			             "still applies.",
			             w->en, res->number, res->omschrijving));

	pv_duration stated = ret->duration;
	/* stated_en is "7 years" or "permanent"; keep_en reads after "keep". */
	char stated_nl[64], stated_en[64], keep_en[72], list_nl[64], list_en[64];
	pv_duration_format(stated_nl, sizeof(stated_nl), &stated, "nl");
	pv_duration_format(stated_en, sizeof(stated_en), &stated, "en");
	snprintf(keep_en, sizeof(keep_en), stated.permanent ? "permanently" : "for %s", stated_en);

	if (res->waardering == PV_SL_PERMANENT) {
		if (stated.permanent)
			return PRIVICON_OK;
		return pv_rules_report(
			r, "retention-selectielijst", a, ret->line,
			pv_strdup_printf("%s: volgens de Selectielijst gemeenten 2020 moet "
			             "resultaat %s blijvend worden bewaard, maar het register zegt %s. "
			             "Zet period=\"permanent\", of kies het resultaat dat bij deze "
			             "bewaartermijn hoort.",
			             w->nl, what, stated_nl),
			pv_strdup_printf("%s: under the Selectielijst gemeenten 2020, result %s "
			             "must be kept permanently, but the register says keep %s. Set "
			             "period=\"permanent\", or choose the result that matches this period.",
			             w->en, what, keep_en));
	}
	/* vernietigen */
	if (!res->has_term) {
		if (!stated.permanent)
			return PRIVICON_OK;
		return pv_rules_report(
			r, "retention-selectielijst", a, ret->line,
			pv_strdup_printf("%s: volgens de Selectielijst gemeenten 2020 moeten de "
			             "gegevens van resultaat %s direct na afloop worden vernietigd, maar "
			             "het register zegt permanent. Zet de echte bewaartermijn in "
			             "period=\"...\", of kies een ander resultaat.",
			             w->nl, what),
			pv_strdup_printf("%s: under the Selectielijst gemeenten 2020, the data of "
			             "result %s must be destroyed right after the process, but the "
			             "register says permanent. Put the real period in period=\"...\", or "
			             "choose another result.",
			             w->en, what));
	}
	if (pv_duration_equal(&stated, &res->term))
		return PRIVICON_OK;
	pv_duration_format(list_nl, sizeof(list_nl), &res->term, "nl");
	pv_duration_format(list_en, sizeof(list_en), &res->term, "en");
	return pv_rules_report(
		r, "retention-selectielijst", a, ret->line,
		pv_strdup_printf("%s: het register zegt %s bewaren, maar de Selectielijst "
		             "gemeenten 2020 zegt %s voor resultaat %s. Pas period=\"...\" aan, of "
		             "kies het resultaat dat bij %s hoort.",
		             w->nl, stated_nl, list_nl, what, stated_nl),
		pv_strdup_printf("%s: the register says keep %s, but the Selectielijst "
		             "gemeenten 2020 says %s for result %s. Change period=\"...\", or choose "
		             "the result that matches %s.",
		             w->en, keep_en, list_en, what, stated_en));
}

int pv_rules_check_retention(pv_rules *r, const pv_activity *a)
{
	int rc = check_periods(r, a);
	if (!municipal_list_applies(r->reg))
		return rc;
	for (size_t i = 0; i < a->n_retentions && rc == PRIVICON_OK; i++)
		rc = check_period(r, a, &a->retentions[i]);
	return rc;
}
