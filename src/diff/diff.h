/*
 * diff.h - the table that classes each kind of register change as
 * material or editorial (diff.c). Internal to libprivicon; the unit test
 * and the documentation read it.
 */
#ifndef PRIVICON_DIFF_H
#define PRIVICON_DIFF_H

#include <stddef.h>

#include "model/model.h"

typedef struct {
	const char *kind;    /* stable id, e.g. "recipient-added" */
	int material;        /* 1 material, 0 editorial */
	const char *what_en; /* one line: what the change is, for the docs */
} pv_change_rule;

size_t pv_change_rule_count(void);
/* Rule `i` (0 <= i < count), or NULL. */
const pv_change_rule *pv_change_rule_at(size_t i);
/* The rule for `kind`, or NULL when the table does not have it. */
const pv_change_rule *pv_change_rule_find(const char *kind);

/* How two retention periods compare: <0 when `a` is shorter, 0 equally
 * long, >0 longer. Permanent is longer than any period; a missing one
 * (NULL or not present) is shorter than any stated one. Years count as
 * 365.2425 days and months as a twelfth of that, so P1Y equals P12M. */
int pv_retention_compare(const pv_retention *a, const pv_retention *b);

#endif
