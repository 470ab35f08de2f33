/*
 * rules_decisions.c - automated decisions (GDPR Art. 22, UAVG art. 40):
 *
 *   art22-3-human-review      an automated decision, and the register does
 *                             not say how a resident gets a person to look
 *                             at it again (<human-review>);
 *   art22-4-special-category  an automated decision in an activity with
 *                             special category data whose Art. 9(2)
 *                             condition is neither (a) explicit consent nor
 *                             (g) substantial public interest;
 *   uavg40-profiling-decision an automated decision based on profiling,
 *                             without consent or a contract: UAVG art. 40
 *                             exempts only decisions not based on
 *                             profiling, so Art. 22(2)(b) needs a law that
 *                             allows this decision specifically.
 *
 * All three are warnings: the register cannot say which data feed the
 * decision (special data may serve another purpose of the activity), nor
 * whether a sector law allows the profiling, nor whether the objection
 * procedure (bezwaar, Awb) is the human review. The officer checks and
 * acknowledges.
 */
#include <string.h>

#include "rules/rules.h"

static int check_human_review(pv_rules *r, const pv_activity *a)
{
	if (pv_text_missing(&a->automated.human_review) != 1)
		return PRIVICON_OK;
	return pv_rules_report(
		r, "art22-3-human-review", a, pv_line_or(a->automated.line, a->line),
		pv_strdup_printf("Activiteit '%s': een computer neemt besluiten, maar het register zegt "
		                 "niet hoe een inwoner een mens naar het besluit laat kijken, zijn "
		                 "standpunt geeft en het besluit aanvecht (art. 22 lid 3 AVG). Voeg "
		                 "<human-review><nl>...</nl><en>...</en></human-review> toe aan "
		                 "<automated-decision>.",
		                 a->id),
		pv_strdup_printf("Activity '%s': a computer takes decisions, but the register does not "
		                 "say how a resident gets a person to look at the decision, gives their "
		                 "view and contests it (GDPR Art. 22(3)). Add <human-review><nl>...</nl>"
		                 "<en>...</en></human-review> to <automated-decision>.",
		                 a->id));
}

static int check_special(pv_rules *r, const pv_activity *a)
{
	for (size_t i = 0; i < a->n_data; i++) {
		const pv_data_use *d = &a->data[i];
		const pv_term *cond = pv_vocab_term(PV_VOCAB_SPECIAL_CONDITION, d->art9);
		if (pv_data_class_of(d->kind) != PV_DATA_SPECIAL || !cond || cond->flag == 'a' ||
		    cond->flag == 'g')
			continue;
		const char *kind = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, d->kind)->key;
		return pv_rules_report(
			r, "art22-4-special-category", a, d->line,
			pv_strdup_printf("Activiteit '%s': een computer neemt besluiten, en de activiteit "
			                 "gebruikt bijzondere persoonsgegevens ('%s', art9-condition=\"%s\"). "
			                 "Een geautomatiseerd besluit mag niet op zulke gegevens rusten, behalve "
			                 "met uitdrukkelijke toestemming (art. 9 lid 2 sub a) of om redenen van "
			                 "zwaarwegend algemeen belang op grond van een wet (sub g) (art. 22 lid 4 "
			                 "AVG). Gebruikt het besluit deze gegevens niet, bevestig dat dan met "
			                 "<acknowledgement rule=\"art22-4-special-category\" reason=\"...\"/>; "
			                 "anders laat een mens beslissen.",
			                 a->id, kind, cond->key),
			pv_strdup_printf("Activity '%s': a computer takes decisions, and the activity uses "
			                 "special category data ('%s', art9-condition=\"%s\"). An automated "
			                 "decision may not rest on such data except with explicit consent (Art. "
			                 "9(2)(a)) or for reasons of substantial public interest on the basis of "
			                 "law (point (g)) (GDPR Art. 22(4)). If the decision does not use these "
			                 "data, confirm it with <acknowledgement "
			                 "rule=\"art22-4-special-category\" reason=\"...\"/>; otherwise let a "
			                 "person decide.",
			                 a->id, kind, cond->key));
	}
	return PRIVICON_OK;
}

static int check_profiling(pv_rules *r, const pv_activity *a)
{
	if (a->profiling.present != PV_YES)
		return PRIVICON_OK;
	for (size_t i = 0; i < a->n_purposes; i++) {
		int letter = pv_basis_letter(a->purposes[i].basis);
		if (letter == PV_BASIS_CONSENT || letter == PV_BASIS_CONTRACT)
			return PRIVICON_OK;
	}
	return pv_rules_report(
		r, "uavg40-profiling-decision", a, pv_line_or(a->automated.line, a->line),
		pv_strdup_printf("Activiteit '%s': een computer neemt besluiten op basis van "
		                 "profilering. Art. 40 UAVG staat geautomatiseerde besluiten alleen toe als "
		                 "ze niet op profilering berusten. Dit besluit mag dus alleen als een wet "
		                 "het specifiek toestaat, met passende waarborgen (art. 22 lid 2 sub b "
		                 "AVG). Noem die wet bij het doel en bevestig met <acknowledgement "
		                 "rule=\"uavg40-profiling-decision\" reason=\"...\"/>, of laat een mens "
		                 "beslissen.",
		                 a->id),
		pv_strdup_printf("Activity '%s': a computer takes decisions based on profiling. UAVG "
		                 "art. 40 allows automated decisions only when they are not based on "
		                 "profiling. So this decision is allowed only when a law specifically "
		                 "provides for it, with suitable safeguards (GDPR Art. 22(2)(b)). Name "
		                 "that law on the purpose and confirm with <acknowledgement "
		                 "rule=\"uavg40-profiling-decision\" reason=\"...\"/>, or let a person "
		                 "decide.",
		                 a->id));
}

int pv_rules_check_decisions(pv_rules *r, const pv_activity *a)
{
	if (a->automated.present != PV_YES)
		return PRIVICON_OK;
	int rc = check_human_review(r, a);
	if (rc == PRIVICON_OK)
		rc = check_special(r, a);
	if (rc == PRIVICON_OK)
		rc = check_profiling(r, a);
	return rc;
}
