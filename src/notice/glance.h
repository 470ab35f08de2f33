/*
 * glance.h - the first layer of a notice, "In het kort" / "At a glance":
 * what a resident should see before the eight questions.
 *
 *   attention   at most PV_GLANCE_MAX items, in this order: sensitive
 *               (Art. 9 or Art. 10) data, data leaving the EEA, a computer
 *               decides or profiles, publication. Each is taken from the
 *               item of the row that says it (same icon, same words), so
 *               the first layer never says more than the rows.
 *   retention   the retention row's captions, one sentence each.
 *   actions     "Wat u kunt doen: ..." - the rights of the activity
 *               (rights.h) as short verbs in one sentence, and where to ask
 *               (the controller's e-mail or web address when stated).
 *   reassuring  the reassuring items of the rows (each guarded by an
 *               explicit statement of the register) as one quiet sentence,
 *               or NULL when the register states none. An absence is never
 *               reassuring, so nothing is added here that a row lacks.
 *   not_stated  the rows' "not stated" items outside the retention row
 *               (e.g. protection not stated), or NULL.
 *
 * The texts and headings are in the notice's language; every renderer
 * (sheet, HTML) shows them as they are, so all surfaces say the same.
 *
 * Ownership: the strings are owned by the glance (pv_glance_free); item
 * icon ids point into the catalogue.
 */
#ifndef PRIVICON_GLANCE_H
#define PRIVICON_GLANCE_H

#include <stddef.h>

#include "notice/notice.h"

/* Fills `out` from the activity's rows (already built) and the register
 * facts behind them; `authority` is the supervisory authority as the rights
 * row names it ("de Autoriteit Persoonsgegevens"). Returns 0 or
 * PRIVICON_ENOMEM (then `out` is freed and zeroed). */
int pv_glance_build(pv_notice_glance *out, const pv_notice_activity *na,
                    const privicon_register *reg, const char *lang, const char *authority);
void pv_glance_free(pv_notice_glance *glance);

#endif
