/*
 * selectielijst.h - the Selectielijst gemeenten en intergemeentelijke
 * organen 2020 (the Dutch municipal retention schedule). Internal to
 * libprivicon.
 *
 * The table is data/selectielijst-2020.tsv, derived from VNG Realisatie's
 * resultaten.json by tools/derive-selectielijst.sh and compiled into the
 * library as a resource. Parsing it takes a few microseconds (see
 * tests/unit/test_selectielijst.c), so each privicon_check_rules() call
 * loads its own copy when a register names a result number: no global
 * state, nothing to lock.
 */
#ifndef PRIVICON_SELECTIELIJST_H
#define PRIVICON_SELECTIELIJST_H

#include <stddef.h>

#include "model/duration.h"

/* ---- The Selectielijst ----------------------------------------------- */

typedef enum {
	PV_SL_PERMANENT = 1, /* blijvend_bewaren: keep permanently (archive) */
	PV_SL_DESTROY,       /* vernietigen: destroy after the bewaartermijn */
	PV_SL_WITHDRAWN      /* vervallen: the result no longer exists */
} pv_sl_waardering;

typedef struct {
	const char *number;       /* "11.1.2" */
	unsigned part[3];         /* 11, 1, 2; 0 for a missing third part */
	pv_sl_waardering waardering;
	int has_term;             /* 0: no bewaartermijn (blijvend_bewaren,
	                             vervallen, or destroyed at once) */
	pv_duration term;         /* the bewaartermijn when has_term */
	const char *naam;         /* "Verleend" */
	const char *omschrijving; /* "" for a generic result */
} pv_sl_result;

typedef struct pv_selectielijst pv_selectielijst;

/* Loads the table compiled into the library. Returns 0 and a list the
 * caller frees with pv_selectielijst_free(), PRIVICON_ENOMEM, or
 * PRIVICON_EINVALID when the resource is missing or malformed. */
int pv_selectielijst_load(pv_selectielijst **out);

/* The same for a table in memory (tests): lines "number TAB waardering TAB
 * bewaartermijn TAB naam TAB omschrijving", '#' lines and empty lines
 * ignored. Rows need not be sorted; a duplicate number is malformed. */
int pv_selectielijst_parse(pv_selectielijst **out, const char *data, size_t size);

void pv_selectielijst_free(pv_selectielijst *list);

size_t pv_selectielijst_count(const pv_selectielijst *list);
/* Result `i` in number order, or NULL. */
const pv_sl_result *pv_selectielijst_at(const pv_selectielijst *list, size_t i);

/* Splits "11.1.2" into its parts (two or three numbers of at most three
 * digits, as the schema allows; "011.1.2" is 11.1.2). Returns 0, or -1. */
int pv_sl_number_parse(unsigned part[3], const char *number);

/* The result with this number (compared by value, so "11.01.2" finds
 * 11.1.2), or NULL. Binary search. */
const pv_sl_result *pv_selectielijst_find(const pv_selectielijst *list, const char *number);

/* Up to `max` existing results closest to `number` (which need not exist),
 * in number order, stored in `out`; returns how many. Closest means: the
 * longest shared leading parts first ("11.1.19" prefers 11.1.x to 11.2.x),
 * then the smallest numeric distance part by part, then the same number of
 * parts. Withdrawn results are never suggested. */
size_t pv_selectielijst_suggest(const pv_selectielijst *list, const char *number,
                                const pv_sl_result **out, size_t max);

#endif
