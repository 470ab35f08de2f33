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
 * An activity without a number is not checked here (the number is
 * optional; art30-retention covers a missing retention).
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

/* "11.1.1 (Verleend: Toestemming voor een kortdurende activiteit)" */
static void describe(char *buf, size_t size, const pv_sl_result *res)
{
	if (res->omschrijving[0])
		snprintf(buf, size, "%s (%s: %s)", res->number, res->naam, res->omschrijving);
	else
		snprintf(buf, size, "%s (%s)", res->number, res->naam);
}

static int unknown_number(pv_rules *r, const pv_activity *a, const pv_selectielijst *sl)
{
	const pv_retention *ret = &a->retention;
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
			pv_strdup_printf("Activiteit '%s': resultaat %s bestaat niet in de Selectielijst "
			             "gemeenten 2020. Zoek het juiste resultaatnummer op en zet dat in "
			             "selectielijst=\"...\".",
			             a->id, ret->selectielijst),
			pv_strdup_printf("Activity '%s': result %s does not exist in the Selectielijst "
			             "gemeenten 2020. Look up the right result number and put it in "
			             "selectielijst=\"...\".",
			             a->id, ret->selectielijst));
	return pv_rules_report(
		r, "retention-selectielijst", a, ret->line,
		pv_strdup_printf("Activiteit '%s': resultaat %s bestaat niet in de Selectielijst "
		             "gemeenten 2020. Bedoelt u %s? Zet het juiste nummer in "
		             "selectielijst=\"...\".",
		             a->id, ret->selectielijst, list_nl),
		pv_strdup_printf("Activity '%s': result %s does not exist in the Selectielijst "
		             "gemeenten 2020. Did you mean %s? Put the right number in "
		             "selectielijst=\"...\".",
		             a->id, ret->selectielijst, list_en));
}

int pv_rules_check_retention(pv_rules *r, const pv_activity *a)
{
	const pv_retention *ret = &a->retention;
	if (!ret->present || !ret->selectielijst)
		return PRIVICON_OK;
	int rc;
	const pv_selectielijst *sl = table(r, &rc);
	if (!sl)
		return rc;
	const pv_sl_result *res = pv_selectielijst_find(sl, ret->selectielijst);
	if (!res)
		return unknown_number(r, a, sl);

	char what[512];
	describe(what, sizeof(what), res);
	if (res->waardering == PV_SL_WITHDRAWN)
		return pv_rules_report(
			r, "retention-selectielijst", a, ret->line,
			pv_strdup_printf("Activiteit '%s': resultaat %s is vervallen in de Selectielijst "
			             "gemeenten 2020 (\"%s\"). Kies een resultaat dat nog geldt.",
			             a->id, res->number, res->omschrijving),
			pv_strdup_printf("Activity '%s': result %s has been withdrawn from the "
			             "Selectielijst gemeenten 2020 (\"%s\"). Choose a result that "
			             "still applies.",
			             a->id, res->number, res->omschrijving));

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
			pv_strdup_printf("Activiteit '%s': volgens de Selectielijst gemeenten 2020 moet "
			             "resultaat %s blijvend worden bewaard, maar het register zegt %s. "
			             "Zet period=\"permanent\", of kies het resultaat dat bij deze "
			             "bewaartermijn hoort.",
			             a->id, what, stated_nl),
			pv_strdup_printf("Activity '%s': under the Selectielijst gemeenten 2020, result %s "
			             "must be kept permanently, but the register says keep %s. Set "
			             "period=\"permanent\", or choose the result that matches this period.",
			             a->id, what, keep_en));
	}
	/* vernietigen */
	if (!res->has_term) {
		if (!stated.permanent)
			return PRIVICON_OK;
		return pv_rules_report(
			r, "retention-selectielijst", a, ret->line,
			pv_strdup_printf("Activiteit '%s': volgens de Selectielijst gemeenten 2020 moeten de "
			             "gegevens van resultaat %s direct na afloop worden vernietigd, maar "
			             "het register zegt permanent. Zet de echte bewaartermijn in "
			             "period=\"...\", of kies een ander resultaat.",
			             a->id, what),
			pv_strdup_printf("Activity '%s': under the Selectielijst gemeenten 2020, the data of "
			             "result %s must be destroyed right after the process, but the "
			             "register says permanent. Put the real period in period=\"...\", or "
			             "choose another result.",
			             a->id, what));
	}
	if (pv_duration_equal(&stated, &res->term))
		return PRIVICON_OK;
	pv_duration_format(list_nl, sizeof(list_nl), &res->term, "nl");
	pv_duration_format(list_en, sizeof(list_en), &res->term, "en");
	return pv_rules_report(
		r, "retention-selectielijst", a, ret->line,
		pv_strdup_printf("Activiteit '%s': het register zegt %s bewaren, maar de Selectielijst "
		             "gemeenten 2020 zegt %s voor resultaat %s. Pas period=\"...\" aan, of "
		             "kies het resultaat dat bij %s hoort.",
		             a->id, stated_nl, list_nl, what, stated_nl),
		pv_strdup_printf("Activity '%s': the register says keep %s, but the Selectielijst "
		             "gemeenten 2020 says %s for result %s. Change period=\"...\", or choose "
		             "the result that matches %s.",
		             a->id, keep_en, list_en, what, stated_en));
}
