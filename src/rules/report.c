/*
 * report.c - what every check calls: recording a finding
 * (pv_rules_report), the purposes of the activity being checked by id, and
 * small questions about texts. The checks (rules_*.c) call this file; the
 * runner (rules.c) calls the checks; nothing here calls back into either.
 */
#include "rules/rules.h"

#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

int pv_rules_report(pv_rules *r, const char *rule_id, const pv_activity *a, int line,
                    char *nl, char *en)
{
	const privicon_rule_info *rule = privicon_rule_find(rule_id);
	if (!nl || !en || !rule) {
		free(nl);
		free(en);
		return rule ? PRIVICON_ENOMEM : PRIVICON_EINVAL;
	}
	if (r->count == r->capacity) {
		size_t cap = r->capacity ? r->capacity * 2 : 16;
		pv_finding *items = realloc(r->items, cap * sizeof(*items));
		if (!items) {
			free(nl);
			free(en);
			return PRIVICON_ENOMEM;
		}
		r->items = items;
		r->capacity = cap;
	}
	int fallback = a ? a->line : r->reg->controller.line;
	r->items[r->count++] = (pv_finding){
		.rule = rule,
		.activity = a ? a->id : NULL,
		.line = pv_line_or(line, fallback),
		.nl = nl,
		.en = en,
	};
	return PRIVICON_OK;
}

int pv_text_missing(const pv_text *t)
{
	int nl = t->nl && t->nl[0];
	int en = t->en && t->en[0];
	if (!nl && !en)
		return 1;
	return (!nl || !en) ? 2 : 0;
}

/* ---- the purposes of the activity being checked ----------------------- */

static int purpose_cmp(const void *pa, const void *pb)
{
	const pv_purpose *a = *(const pv_purpose *const *)pa, *b = *(const pv_purpose *const *)pb;
	int c = strcmp(a->id ? a->id : "", b->id ? b->id : "");
	if (c)
		return c;
	return a < b ? -1 : (a > b); /* same id: keep document order */
}

int pv_rules_index_purposes(pv_rules *r, const pv_activity *a)
{
	if (a->n_purposes > r->by_id_capacity) {
		const pv_purpose **p = realloc(r->by_id, a->n_purposes * sizeof(*p));
		if (!p)
			return PRIVICON_ENOMEM;
		r->by_id = p;
		r->by_id_capacity = a->n_purposes;
	}
	for (size_t i = 0; i < a->n_purposes; i++)
		r->by_id[i] = &a->purposes[i];
	r->n_by_id = a->n_purposes;
	if (r->n_by_id > 1)
		qsort(r->by_id, r->n_by_id, sizeof(*r->by_id), purpose_cmp);
	return PRIVICON_OK;
}

const pv_purpose *pv_rules_purpose(const pv_rules *r, const char *id)
{
	size_t lo = 0, hi = r->n_by_id;
	if (!id)
		return NULL;
	/* Lower bound, so a doubled id finds its first occurrence. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *m = r->by_id[mid]->id ? r->by_id[mid]->id : "";
		if (strcmp(m, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < r->n_by_id && r->by_id[lo]->id && strcmp(r->by_id[lo]->id, id) == 0)
		return r->by_id[lo];
	return NULL;
}
