/*
 * rules.c - privicon_check_rules(): runs every consistency rule over a
 * register, applies the register's acknowledgements and hands the findings
 * to the diagnostics list, sorted by line so the output reads top to bottom.
 *
 * Acknowledgements (<acknowledgement rule="x" reason="..."> on an activity):
 *   - mark that activity's findings of rule x as acknowledged; they are
 *     still reported, with the reason, and no longer count (see
 *     privicon_diagnostics_count_severity);
 *   - only warnings can be acknowledged: naming an error rule (or one of
 *     the acknowledgement rules) gives an acknowledgement-invalid error and
 *     the error itself stays;
 *   - naming a rule that does not exist gives dangling-ref;
 *   - one that matches no finding gives an acknowledgement-unused warning,
 *     so a stale acknowledgement does not silently hide the next finding.
 */
#include "rules/rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"
#include "util/text.h"

/* ---- acknowledgements -------------------------------------------------- */

/* The catalogue rule closest to a misspelt id, or NULL when none is close. */
static const char *closest_rule(const char *id)
{
	const char *best = NULL;
	size_t best_d = 4; /* at most three edits away */
	for (size_t i = 0; i < privicon_rule_count(); i++) {
		size_t d = pv_edit_distance(id, privicon_rule_at(i)->id);
		if (d < best_d) {
			best_d = d;
			best = privicon_rule_at(i)->id;
		}
	}
	return best;
}

static int ack_unknown(pv_rules *r, const pv_activity *a, const pv_acknowledgement *k)
{
	const char *near = closest_rule(k->rule);
	char *nl, *en;
	if (near) {
		nl = pv_strdup_printf("Activiteit '%s': <acknowledgement rule=\"%s\"> noemt een regel die "
		                  "niet bestaat. Bedoelt u rule=\"%s\"?",
		                  a->id, k->rule, near);
		en = pv_strdup_printf("Activity '%s': <acknowledgement rule=\"%s\"> names a rule that does "
		                  "not exist. Did you mean rule=\"%s\"?",
		                  a->id, k->rule, near);
	} else {
		nl = pv_strdup_printf("Activiteit '%s': <acknowledgement rule=\"%s\"> noemt een regel die "
		                  "niet bestaat. `privicon rules` toont alle regels.",
		                  a->id, k->rule);
		en = pv_strdup_printf("Activity '%s': <acknowledgement rule=\"%s\"> names a rule that does "
		                  "not exist. `privicon rules` lists every rule.",
		                  a->id, k->rule);
	}
	return pv_rules_report(r, "dangling-ref", a, k->line, nl, en);
}

static int ack_refused(pv_rules *r, const pv_activity *a, const pv_acknowledgement *k)
{
	if (strncmp(k->rule, "acknowledgement-", 16) == 0)
		return pv_rules_report(
			r, "acknowledgement-invalid", a, k->line,
			pv_strdup_printf("Activiteit '%s': <acknowledgement rule=\"%s\"> kan niet. Meldingen "
			             "over erkenningen kunt u niet zelf weer erkennen. Haal deze "
			             "<acknowledgement> weg.",
			             a->id, k->rule),
			pv_strdup_printf("Activity '%s': <acknowledgement rule=\"%s\"> is not possible. "
			             "Findings about acknowledgements cannot be acknowledged themselves. "
			             "Remove this <acknowledgement>.",
			             a->id, k->rule));
	return pv_rules_report(
		r, "acknowledgement-invalid", a, k->line,
		pv_strdup_printf("Activiteit '%s': <acknowledgement rule=\"%s\"> kan niet. %s is een fout, "
		             "en een fout kunt u niet erkennen: alleen waarschuwingen. Los de fout op en "
		             "haal deze <acknowledgement> weg.",
		             a->id, k->rule, k->rule),
		pv_strdup_printf("Activity '%s': <acknowledgement rule=\"%s\"> is not possible. %s is an "
		             "error, and errors cannot be acknowledged. Fix the error and remove this "
		             "<acknowledgement>.",
		             a->id, k->rule, k->rule));
}

static int ack_unused(pv_rules *r, const pv_activity *a, const pv_acknowledgement *k)
{
	return pv_rules_report(
		r, "acknowledgement-unused", a, k->line,
		pv_strdup_printf("Activiteit '%s': <acknowledgement rule=\"%s\"> is niet meer nodig, want "
		             "deze regel geeft hier geen melding meer. Haal de <acknowledgement> weg.",
		             a->id, k->rule),
		pv_strdup_printf("Activity '%s': <acknowledgement rule=\"%s\"> is no longer needed: the "
		             "rule reports nothing here any more. Remove the <acknowledgement>.",
		             a->id, k->rule));
}

/* Applies activity `a`'s acknowledgements to its findings, items[from..).
 * Rules are bucketed by catalogue index, so this is linear in findings
 * plus acknowledgements. The findings about acknowledgements are added
 * after the range and are never acknowledged. */
static int apply_acknowledgements(pv_rules *r, const pv_activity *a, size_t from)
{
	size_t n_rules = privicon_rule_count(), to = r->count;
	int rc = PRIVICON_OK;

	if (a->n_acks == 0)
		return PRIVICON_OK;
	/* reason[i]: the first acknowledgement's reason for catalogue rule i */
	const char **reason = calloc(n_rules, sizeof(*reason));
	unsigned char *matched = calloc(n_rules, 1);
	if (!reason || !matched) {
		free(reason);
		free(matched);
		return PRIVICON_ENOMEM;
	}
	for (size_t j = 0; j < a->n_acks; j++) {
		const pv_acknowledgement *k = &a->acks[j];
		const privicon_rule_info *rule = privicon_rule_find(k->rule);
		if (rule && pv_rule_acknowledgeable(rule) && !reason[pv_rule_index(rule)])
			reason[pv_rule_index(rule)] = k->reason ? k->reason : "";
	}
	for (size_t f = from; f < to; f++) {
		pv_finding *x = &r->items[f];
		size_t i = pv_rule_index(x->rule);
		/* Pointer identity: this activity, even when another one has the
		 * same id by mistake. */
		if (x->activity == a->id && reason[i]) {
			x->ack = reason[i];
			matched[i] = 1;
		}
	}
	for (size_t j = 0; j < a->n_acks && rc == PRIVICON_OK; j++) {
		const pv_acknowledgement *k = &a->acks[j];
		const privicon_rule_info *rule;
		if (!k->rule)
			continue;
		rule = privicon_rule_find(k->rule);
		if (!rule)
			rc = ack_unknown(r, a, k);
		else if (!pv_rule_acknowledgeable(rule))
			rc = ack_refused(r, a, k);
		else if (!matched[pv_rule_index(rule)])
			rc = ack_unused(r, a, k);
	}
	free(reason);
	free(matched);
	return rc;
}

/* ---- running the rules ------------------------------------------------- */

typedef struct {
	pv_finding *f;
	size_t seq;
	size_t rule;
} sort_item;

static int sort_cmp(const void *pa, const void *pb)
{
	const sort_item *a = pa, *b = pb;
	if (a->f->line != b->f->line)
		return a->f->line < b->f->line ? -1 : 1;
	if (a->rule != b->rule)
		return a->rule < b->rule ? -1 : 1;
	return a->seq < b->seq ? -1 : (a->seq > b->seq);
}

static int flush(pv_rules *r, privicon_diagnostics *diags)
{
	if (r->count == 0)
		return PRIVICON_OK;
	sort_item *order = malloc(r->count * sizeof(*order));
	if (!order)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < r->count; i++)
		order[i] = (sort_item){&r->items[i], i, pv_rule_index(r->items[i].rule)};
	qsort(order, r->count, sizeof(*order), sort_cmp);
	int rc = PRIVICON_OK;
	for (size_t i = 0; i < r->count && rc == PRIVICON_OK; i++) {
		const pv_finding *f = order[i].f;
		rc = privicon_diagnostics_add(diags, r->reg->file, f->line, 0, f->rule->severity,
		                              f->rule->id, f->activity, f->nl, f->en);
		if (rc == PRIVICON_OK && f->ack)
			rc = pv_diag_acknowledge(diags, privicon_diagnostics_count(diags) - 1, f->ack);
	}
	free(order);
	return rc;
}

static void rules_clear(pv_rules *r)
{
	for (size_t i = 0; i < r->count; i++) {
		free(r->items[i].nl);
		free(r->items[i].en);
	}
	free(r->items);
	free(r->by_id);
	pv_selectielijst_free(r->selectielijst);
}

int privicon_check_rules(privicon_diagnostics *diags, const privicon_register *reg)
{
	if (!diags || !reg)
		return PRIVICON_EINVAL;
	pv_rules r = {.reg = reg};
	int rc = pv_rules_check_controller(&r);
	if (rc == PRIVICON_OK)
		rc = pv_rules_check_placeholders_controller(&r);
	if (rc == PRIVICON_OK)
		rc = pv_rules_check_ids(&r);
	for (size_t i = 0; i < reg->n_activities && rc == PRIVICON_OK; i++) {
		const pv_activity *a = &reg->activities[i];
		size_t from = r.count;
		rc = pv_rules_index_purposes(&r, a);
		if (rc == PRIVICON_OK)
			rc = pv_rules_check_register(&r, a);
		if (rc == PRIVICON_OK)
			rc = pv_rules_check_lawful(&r, a);
		if (rc == PRIVICON_OK)
			rc = pv_rules_check_dpia(&r, a);
		if (rc == PRIVICON_OK)
			rc = pv_rules_check_retention(&r, a);
		if (rc == PRIVICON_OK)
			rc = pv_rules_check_laws(&r, a);
		if (rc == PRIVICON_OK)
			rc = pv_rules_check_decisions(&r, a);
		if (rc == PRIVICON_OK)
			rc = pv_rules_check_placeholders(&r, a);
		/* duplicate-id findings (from pv_rules_check_ids) come before
		 * `from`; they are errors, which no acknowledgement covers. */
		if (rc == PRIVICON_OK)
			rc = apply_acknowledgements(&r, a, from);
	}
	if (rc == PRIVICON_OK)
		rc = flush(&r, diags);
	rules_clear(&r);
	return rc;
}
