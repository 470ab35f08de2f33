/*
 * rules.h - the GDPR consistency rules, internal interface between the
 * rule modules. Internal to libprivicon.
 *
 *   rules.c            privicon_check_rules(): runs every check, applies the
 *                      register's acknowledgements, hands the findings to
 *                      the diagnostics list sorted by line
 *   report.c           what the checks call: pv_rules_report() and
 *                      helpers (no call back into the runner)
 *   rules_catalogue.c  the catalogue: id, severity, article, summary, help
 *   rules_register.c   controller, ids and references, texts in nl and en,
 *                      the Art. 30 facts and the yes/no statements
 *   rules_lawful.c     legal bases, laws, Art. 9 and 10 data, the BSN,
 *                      biometrics, consent, transfers
 *   rules_dpia.c       when a DPIA is required
 *   rules_retention.c  retention against the Selectielijst gemeenten 2020
 *   rules_laws.c       is the cited law a real basis (not the GDPR or a
 *                      UAVG gateway article)
 *   rules_decisions.c  automated decisions (Art. 22, UAVG art. 40)
 *   rules_placeholder.c  placeholders of `privicon new` still to fill in
 *   countries.c        the ISO 3166-1 alpha-2 codes
 *
 * Every finding has the severity its rule has in the catalogue: a rule id
 * means one severity, so SARIF's default level is true and whether a
 * finding can be acknowledged depends only on its rule.
 */
#ifndef PRIVICON_RULES_H
#define PRIVICON_RULES_H

#include <stddef.h>

#include "model/model.h"
#include "privicon.h"
#include "model/selectielijst.h"
#include "util/text.h"

typedef struct {
	const privicon_rule_info *rule;
	const char *activity; /* borrowed from the register; NULL: controller */
	int line;
	char *nl, *en;        /* owned */
	const char *ack;      /* the acknowledgement's reason (borrowed), or NULL */
} pv_finding;

typedef struct {
	const privicon_register *reg;
	pv_finding *items;
	size_t count, capacity;
	pv_selectielijst *selectielijst; /* loaded on first use */
	int selectielijst_status;        /* 0: not tried; 1: loaded; else the error */
	/* The purposes of the activity being checked, sorted by id (then by
	 * position), so references resolve in O(log n) even in huge files. */
	const pv_purpose **by_id;
	size_t n_by_id, by_id_capacity;
} pv_rules;

/* Records a finding of rule `rule_id` about activity `a` (NULL for the
 * controller) at `line` (0: the activity's line). Takes ownership of `nl`
 * and `en`, which come from pv_strdup_printf(); either being NULL means an
 * allocation failed. Returns 0, PRIVICON_ENOMEM, or PRIVICON_EINVAL for a
 * rule id missing from the catalogue (a bug). */
int pv_rules_report(pv_rules *r, const char *rule_id, const pv_activity *a, int line,
                    char *nl, char *en);


/* The purpose of the activity being checked with this id (the first one
 * when the id is used twice), or NULL. */
const pv_purpose *pv_rules_purpose(const pv_rules *r, const char *id);

/* Indexes the purposes of `a` for pv_rules_purpose(). Returns 0 or
 * PRIVICON_ENOMEM. */
int pv_rules_index_purposes(pv_rules *r, const pv_activity *a);

/* 1 when the text has neither language, 2 when it lacks exactly one. */
int pv_text_missing(const pv_text *t);

/* The first line that is set: the node's own, else the fallback. */
static inline int pv_line_or(int line, int fallback)
{
	return line > 0 ? line : fallback;
}


/* The checks. Each returns 0 or PRIVICON_ENOMEM / PRIVICON_EINVAL. */
int pv_rules_check_controller(pv_rules *r);
int pv_rules_check_ids(pv_rules *r);
int pv_rules_check_register(pv_rules *r, const pv_activity *a);
int pv_rules_check_lawful(pv_rules *r, const pv_activity *a);
int pv_rules_check_dpia(pv_rules *r, const pv_activity *a);
int pv_rules_check_retention(pv_rules *r, const pv_activity *a);
int pv_rules_check_laws(pv_rules *r, const pv_activity *a);
int pv_rules_check_decisions(pv_rules *r, const pv_activity *a);
/* Placeholders of `privicon new` left in the controller or an activity. */
int pv_rules_check_placeholders_controller(pv_rules *r);
int pv_rules_check_placeholders(pv_rules *r, const pv_activity *a);

/* Whether `code` is an officially assigned ISO 3166-1 alpha-2 code. */
int pv_iso3166_alpha2(const char *code);

/* The position of `rule` in the catalogue (privicon_rule_at order). */
size_t pv_rule_index(const privicon_rule_info *rule);

/* Whether a finding of this rule may be acknowledged in the register:
 * warnings and notes may, errors may not, and neither may the findings
 * about acknowledgements themselves. */
int pv_rule_acknowledgeable(const privicon_rule_info *rule);

#endif
