/*
 * rights.c - rights per legal basis, read from the derived table
 * data/rights.tsv (see tools/derive-rights.sh).
 *
 * The table is small (about 140 lines), so each question scans it again
 * instead of keeping a parsed copy in a global: no state, no locking, and
 * the answer depends only on the table compiled into the library.
 */
#include "notice/rights.h"

#include <string.h>

#include "util/resource.h"

static const char *const right_terms[PV_RIGHT_COUNT] = {
	[PV_RIGHT_ACCESS] = "A15",
	[PV_RIGHT_RECTIFICATION] = "A16",
	[PV_RIGHT_ERASURE] = "A17",
	[PV_RIGHT_RESTRICTION] = "A18",
	[PV_RIGHT_OBJECTION] = "A21",
	[PV_RIGHT_PORTABILITY] = "A20",
	[PV_RIGHT_WITHDRAW_CONSENT] = "A7-3",
	[PV_RIGHT_HUMAN_REVIEW] = "A22",
	[PV_RIGHT_COMPLAINT] = "A77",
};

const char *pv_right_term(pv_right right)
{
	if ((int)right < 0 || right >= PV_RIGHT_COUNT)
		return NULL;
	return right_terms[right];
}

/* Compares a counted field with a NUL-terminated string. */
static int field_is(const char *field, size_t len, const char *s)
{
	return s && strlen(s) == len && memcmp(field, s, len) == 0;
}

static pv_right right_from_field(const char *field, size_t len)
{
	for (int r = 0; r < PV_RIGHT_COUNT; r++)
		if (field_is(field, len, right_terms[r]))
			return (pv_right)r;
	return PV_RIGHT_COUNT;
}

pv_right pv_right_from_term(const char *term)
{
	return term ? right_from_field(term, strlen(term)) : PV_RIGHT_COUNT;
}

/* A legal basis key's GDPR term: the part of its DPV IRI after '#'. */
static const char *basis_term(pv_vocab_key basis)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_LEGAL_BASIS, basis);
	if (!t || !t->iri)
		return NULL;
	const char *hash = strrchr(t->iri, '#');
	return hash ? hash + 1 : NULL;
}

/* A basis the register marks not-stated: only the rights every basis
 * gives (access, rectification, a complaint, ...) are certain. */
static int rights_of_any_basis(pv_rights *out)
{
	const pv_vocab *bases = pv_vocab_get(PV_VOCAB_LEGAL_BASIS);
	pv_rights all = ~(pv_rights)0;
	int stated = 0;
	for (size_t b = 0; b < bases->count; b++) {
		pv_rights one;
		if (!bases->terms[b].iri)
			continue;
		int rc = pv_rights_for_basis(&one, (pv_vocab_key)b);
		if (rc != 0)
			return rc;
		all &= one;
		stated = 1;
	}
	*out = stated ? all : 0;
	return stated ? 0 : PRIVICON_EINVALID;
}

int pv_rights_for_basis(pv_rights *out, pv_vocab_key basis)
{
	const char *want = basis_term(basis);
	if (!out)
		return PRIVICON_EINVAL;
	*out = 0;
	if (pv_vocab_is_not_stated(PV_VOCAB_LEGAL_BASIS, basis))
		return rights_of_any_basis(out);
	if (!want)
		return PRIVICON_EINVAL;

	const unsigned char *data;
	size_t size;
	if (pv_resource_get(&data, &size, "data/rights.tsv") != 0)
		return PRIVICON_EINVALID;

	const char *p = (const char *)data, *end = p + size;
	size_t rows = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		const char *line = p;
		p = nl ? nl + 1 : end;
		if (eol == line || *line == '#')
			continue;
		/* "<basis>\t<right>", both non-empty, nothing else. */
		const char *tab = memchr(line, '\t', (size_t)(eol - line));
		if (!tab || tab == line || tab + 1 == eol ||
		    memchr(tab + 1, '\t', (size_t)(eol - tab - 1)))
			return PRIVICON_EINVALID;
		if (!field_is(line, (size_t)(tab - line), want))
			continue;
		rows++;
		pv_right r = right_from_field(tab + 1, (size_t)(eol - tab - 1));
		if (r != PV_RIGHT_COUNT)
			*out |= 1u << r;
	}
	/* A basis the table does not list would silently show no rights:
	 * treat it as a broken table, not as "no rights". */
	return rows ? 0 : PRIVICON_EINVALID;
}

int pv_rights_for_activity(pv_rights *out, const pv_activity *activity)
{
	if (!out || !activity)
		return PRIVICON_EINVAL;
	*out = 0;
	for (size_t i = 0; i < activity->n_purposes; i++) {
		pv_rights one;
		int rc = pv_rights_for_basis(&one, activity->purposes[i].basis);
		if (rc != 0) {
			*out = 0;
			return rc;
		}
		*out |= one;
	}
	/* Art. 22 is about decisions taken by a computer alone; without one
	 * there is nothing for a person to review. */
	if (activity->automated.present != PV_YES)
		*out &= ~(1u << PV_RIGHT_HUMAN_REVIEW);
	return 0;
}
