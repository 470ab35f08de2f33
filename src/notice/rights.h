/*
 * rights.h - the data subject rights a resident can exercise for an
 * activity, derived from the legal bases of its purposes.
 *
 * The source is data/rights.tsv (compiled into the library), which
 * tools/derive-rights.sh derives from the W3C DPV mapping
 * gdpr-legal_basis_rights_mapping.csv: no right is typed by hand. The
 * mapping also lists the information rights (Art. 13 and 14); the notice
 * itself fulfils those, so they are not rights to exercise and are not in
 * the set below.
 */
#ifndef PRIVICON_RIGHTS_H
#define PRIVICON_RIGHTS_H

#include "model/model.h"

/* The rights a notice shows, in the order it shows them. */
typedef enum {
	PV_RIGHT_ACCESS,           /* Art. 15 */
	PV_RIGHT_RECTIFICATION,    /* Art. 16 */
	PV_RIGHT_ERASURE,          /* Art. 17 */
	PV_RIGHT_RESTRICTION,      /* Art. 18 */
	PV_RIGHT_OBJECTION,        /* Art. 21 */
	PV_RIGHT_PORTABILITY,      /* Art. 20 */
	PV_RIGHT_WITHDRAW_CONSENT, /* Art. 7(3) */
	PV_RIGHT_HUMAN_REVIEW,     /* Art. 22 */
	PV_RIGHT_COMPLAINT,        /* Art. 77 */
	PV_RIGHT_COUNT
} pv_right;

/* A set of rights: bit (1u << right) is set when the right applies. */
typedef unsigned pv_rights;

/* The GDPR term of a right as DPV spells it ("A15", "A7-3"), or NULL. */
const char *pv_right_term(pv_right right);

/* The right whose DPV term is `term`, or PV_RIGHT_COUNT when the notice
 * does not show it (e.g. "A13"). */
pv_right pv_right_from_term(const char *term);

/* The rights legal basis `basis` (a PV_VOCAB_LEGAL_BASIS key) gives per
 * the mapping; for "not-stated", only the rights every basis gives.
 * Returns 0, PRIVICON_EINVAL for an unknown basis, or
 * PRIVICON_EINVALID when the built-in table is missing or malformed. */
int pv_rights_for_basis(pv_rights *out, pv_vocab_key basis);

/* The rights of `activity`: the union over its purposes' legal bases.
 * Art. 22 (a person reviews an automated decision) only counts when the
 * activity states an automated decision. Same return values. */
int pv_rights_for_activity(pv_rights *out, const pv_activity *activity);

#endif
