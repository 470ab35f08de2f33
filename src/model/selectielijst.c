/*
 * selectielijst.c - the Selectielijst gemeenten 2020 table: loading,
 * finding a result, suggesting near ones. Durations are model/duration.c.
 */
#include "model/selectielijst.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privicon.h"
#include "util/resource.h"

#define SL_RESOURCE "data/selectielijst-2020.tsv"

struct pv_selectielijst {
	char *text;            /* a private copy of the table; fields point in */
	pv_sl_result *results; /* sorted by number */
	size_t count;
};

/* ---- Numbers ----------------------------------------------------------- */

int pv_sl_number_parse(unsigned part[3], const char *number)
{
	part[0] = part[1] = part[2] = 0;
	if (!number)
		return -1;
	const char *p = number;
	int n = 0;
	for (;;) {
		unsigned value = 0;
		int digits = 0;
		while (*p >= '0' && *p <= '9') {
			if (++digits > 3)
				return -1;
			value = value * 10 + (unsigned)(*p++ - '0');
		}
		if (digits == 0 || n == 3)
			return -1;
		part[n++] = value;
		if (*p == '\0')
			break;
		if (*p++ != '.')
			return -1;
	}
	return n >= 2 ? 0 : -1;
}

static int part_cmp(const unsigned a[3], const unsigned b[3])
{
	for (int i = 0; i < 3; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

static int result_cmp(const void *a, const void *b)
{
	return part_cmp(((const pv_sl_result *)a)->part, ((const pv_sl_result *)b)->part);
}

/* ---- Loading --------------------------------------------------------- */

/* Splits `line` at tabs into exactly `n` fields (NUL-terminating each). */
static int split_fields(char *line, char **field, int n)
{
	int i = 0;
	field[i++] = line;
	for (char *p = line; *p; p++) {
		if (*p == '\t') {
			if (i == n)
				return -1;
			*p = '\0';
			field[i++] = p + 1;
		}
	}
	return i == n ? 0 : -1;
}

static int parse_row(pv_sl_result *r, char *line)
{
	char *f[5];
	if (split_fields(line, f, 5) < 0 || pv_sl_number_parse(r->part, f[0]) < 0)
		return -1;
	r->number = f[0];
	if (strcmp(f[1], "blijvend_bewaren") == 0)
		r->waardering = PV_SL_PERMANENT;
	else if (strcmp(f[1], "vernietigen") == 0)
		r->waardering = PV_SL_DESTROY;
	else if (strcmp(f[1], "vervallen") == 0)
		r->waardering = PV_SL_WITHDRAWN;
	else
		return -1;
	r->has_term = f[2][0] != '\0';
	if (r->has_term && (pv_duration_parse(&r->term, f[2]) < 0 || r->term.permanent))
		return -1;
	r->naam = f[3];
	r->omschrijving = f[4];
	return 0;
}

int pv_selectielijst_parse(pv_selectielijst **out, const char *data, size_t size)
{
	*out = NULL;
	if (!data)
		return PRIVICON_EINVAL;
	pv_selectielijst *list = calloc(1, sizeof(*list));
	if (!list)
		return PRIVICON_ENOMEM;
	list->text = malloc(size + 1);
	if (!list->text)
		goto nomem;
	memcpy(list->text, data, size);
	list->text[size] = '\0';
	if (strlen(list->text) != size)
		goto invalid; /* a NUL byte inside the table */

	size_t lines = 1;
	for (size_t i = 0; i < size; i++)
		lines += list->text[i] == '\n';
	list->results = calloc(lines, sizeof(*list->results));
	if (!list->results)
		goto nomem;

	char *line = list->text;
	while (line && *line) {
		char *end = strchr(line, '\n');
		if (end)
			*end = '\0';
		size_t len = strlen(line);
		if (len && line[len - 1] == '\r')
			line[--len] = '\0';
		if (len && line[0] != '#') {
			if (parse_row(&list->results[list->count], line) < 0)
				goto invalid;
			list->count++;
		}
		line = end ? end + 1 : NULL;
	}
	if (list->count == 0)
		goto invalid;
	qsort(list->results, list->count, sizeof(*list->results), result_cmp);
	for (size_t i = 1; i < list->count; i++)
		if (result_cmp(&list->results[i - 1], &list->results[i]) == 0)
			goto invalid;
	*out = list;
	return PRIVICON_OK;
nomem:
	pv_selectielijst_free(list);
	return PRIVICON_ENOMEM;
invalid:
	pv_selectielijst_free(list);
	return PRIVICON_EINVALID;
}

int pv_selectielijst_load(pv_selectielijst **out)
{
	const unsigned char *data;
	size_t size;
	*out = NULL;
	if (pv_resource_get(&data, &size, SL_RESOURCE) < 0)
		return PRIVICON_EINVALID;
	return pv_selectielijst_parse(out, (const char *)data, size);
}

void pv_selectielijst_free(pv_selectielijst *list)
{
	if (!list)
		return;
	free(list->results);
	free(list->text);
	free(list);
}

size_t pv_selectielijst_count(const pv_selectielijst *list)
{
	return list ? list->count : 0;
}

const pv_sl_result *pv_selectielijst_at(const pv_selectielijst *list, size_t i)
{
	return list && i < list->count ? &list->results[i] : NULL;
}

/* ---- Lookup ---------------------------------------------------------- */

const pv_sl_result *pv_selectielijst_find(const pv_selectielijst *list, const char *number)
{
	pv_sl_result key;
	if (!list || pv_sl_number_parse(key.part, number) < 0)
		return NULL;
	return bsearch(&key, list->results, list->count, sizeof(key), result_cmp);
}

/* How far result `r` is from the wanted number, as a sort key: shared
 * leading parts (more is closer), then the distance in each part, then
 * whether it has the same number of parts. */
typedef struct {
	const pv_sl_result *r;
	int shared;
	unsigned dist[3];
	int depth_differs;
} candidate;

static int depth_of(const unsigned part[3])
{
	return part[2] ? 3 : 2;
}

static int candidate_cmp(const void *pa, const void *pb)
{
	const candidate *a = pa, *b = pb;
	if (a->shared != b->shared)
		return a->shared > b->shared ? -1 : 1;
	for (int i = 0; i < 3; i++)
		if (a->dist[i] != b->dist[i])
			return a->dist[i] < b->dist[i] ? -1 : 1;
	if (a->depth_differs != b->depth_differs)
		return a->depth_differs - b->depth_differs;
	return result_cmp(a->r, b->r);
}

static int suggestion_cmp(const void *pa, const void *pb)
{
	return result_cmp(*(const pv_sl_result *const *)pa, *(const pv_sl_result *const *)pb);
}

size_t pv_selectielijst_suggest(const pv_selectielijst *list, const char *number,
                                const pv_sl_result **out, size_t max)
{
	unsigned want[3];
	if (!list || max == 0 || pv_sl_number_parse(want, number) < 0)
		return 0;
	candidate *c = malloc(list->count * sizeof(*c));
	if (!c)
		return 0; /* suggestions are a courtesy: none when memory is short */
	size_t n = 0;
	for (size_t i = 0; i < list->count; i++) {
		const pv_sl_result *r = &list->results[i];
		if (r->waardering == PV_SL_WITHDRAWN || part_cmp(r->part, want) == 0)
			continue;
		candidate *k = &c[n++];
		k->r = r;
		k->shared = 0;
		while (k->shared < 3 && r->part[k->shared] == want[k->shared])
			k->shared++;
		for (int j = 0; j < 3; j++)
			k->dist[j] = r->part[j] > want[j] ? r->part[j] - want[j] : want[j] - r->part[j];
		k->depth_differs = depth_of(r->part) != depth_of(want);
	}
	qsort(c, n, sizeof(*c), candidate_cmp);
	size_t m = n < max ? n : max;
	for (size_t i = 0; i < m; i++)
		out[i] = c[i].r;
	free(c);
	qsort(out, m, sizeof(*out), suggestion_cmp);
	return m;
}
