/*
 * pdftags.c - the structure tree of a tagged PDF (see pdftags.h).
 */
#include "render/pdftags.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privicon.h"

/* An element on the path from the root to an op: its type and what
 * tells two of the same type apart (a band, an op, a number). */
typedef struct {
	const char *type;
	const void *key;
	long num;
} path_elem;

#define MAX_DEPTH 8

struct pv_pdf_tags {
	path_elem open[MAX_DEPTH]; /* the open containers, root first */
	size_t depth;
	const char *leaf;          /* the open leaf, or NULL */
	long sheet;                /* sheets begun */
	pv_pdf_elem *elems;
	size_t n_elems, cap_elems;
};

int pv_pdf_tags_new(pv_pdf_tags **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? 0 : PRIVICON_ENOMEM;
}

void pv_pdf_tags_free(pv_pdf_tags *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n_elems; i++)
		free(t->elems[i].alt);
	free(t->elems);
	free(t);
}

const pv_pdf_elem *pv_pdf_tags_elems(const pv_pdf_tags *t, size_t *n)
{
	*n = t->n_elems;
	return t->elems;
}

static int tag_status(cairo_t *cr)
{
	cairo_status_t st = cairo_status(cr);
	if (st == CAIRO_STATUS_SUCCESS)
		return 0;
	return st == CAIRO_STATUS_NO_MEMORY ? PRIVICON_ENOMEM : PRIVICON_EIO;
}

/* Begins an element and records it (alt copied, lang static). */
static int begin(pv_pdf_tags *t, cairo_t *cr, const char *type, const char *attrs,
                 const char *alt, const char *lang)
{
	if (t->n_elems == t->cap_elems) {
		size_t cap = t->cap_elems ? t->cap_elems * 2 : 64;
		pv_pdf_elem *bigger = realloc(t->elems, cap * sizeof(*bigger));
		if (!bigger)
			return PRIVICON_ENOMEM;
		t->elems = bigger;
		t->cap_elems = cap;
	}
	pv_pdf_elem *e = &t->elems[t->n_elems];
	*e = (pv_pdf_elem){type, NULL, lang};
	if (alt && *alt && !(e->alt = strdup(alt)))
		return PRIVICON_ENOMEM;
	t->n_elems++;
	cairo_tag_begin(cr, type, attrs);
	return tag_status(cr);
}

/* Closes open containers until `depth` are left. */
static int close_to(pv_pdf_tags *t, cairo_t *cr, size_t depth)
{
	while (t->depth > depth) {
		t->depth--;
		cairo_tag_end(cr, t->open[t->depth].type);
	}
	return tag_status(cr);
}

int pv_pdf_tags_sheet(pv_pdf_tags *t, cairo_t *cr)
{
	t->sheet++;
	return close_to(t, cr, t->depth ? 1 : 0); /* keep the Document */
}

int pv_pdf_tags_finish(pv_pdf_tags *t, cairo_t *cr)
{
	if (t->leaf) {
		cairo_tag_end(cr, t->leaf);
		t->leaf = NULL;
	}
	return close_to(t, cr, 0);
}

static void add(path_elem *path, size_t *n, const char *type, const void *key, long num)
{
	path[(*n)++] = (path_elem){type, key, num};
}

/* A question's section: one per band group and question. */
static long question_key(const pv_band *band, const pv_op *op)
{
	return (long)band->group * 64 + op->cell;
}

/* The containers `op` goes in (root first) and its own element type. */
static const char *op_path(const pv_pdf_tags *t, const pv_band *band, const pv_op *op,
                           path_elem *path, size_t *n)
{
	*n = 0;
	add(path, n, "Document", NULL, 0);
	add(path, n, "Sect", NULL, t->sheet);
	if (band->part == PV_PART_FOOTER)
		add(path, n, "Sect", band, -1);
	switch (op->role) {
	case PV_ROLE_TITLE:
		return "H1";
	case PV_ROLE_TEXT:
		return "P";
	case PV_ROLE_LINK:
		add(path, n, "P", op, 0);
		return "Link";
	case PV_ROLE_QUESTION:
		add(path, n, "Sect", NULL, question_key(band, op));
		return "H2";
	case PV_ROLE_ANSWER:
		add(path, n, "Sect", NULL, question_key(band, op));
		add(path, n, "L", NULL, question_key(band, op));
		add(path, n, "LI", op, 0);
		if (op->kind != PV_OP_ICON)
			return "LBody";
		add(path, n, "LBody", op, 0);
		return "Figure";
	case PV_ROLE_NOTE:
		add(path, n, "Sect", NULL, question_key(band, op));
		return "P";
	case PV_ROLE_FIGURE:
		return "Figure";
	case PV_ROLE_COL_HEAD:
	case PV_ROLE_ROW_HEAD:
		add(path, n, "Table", NULL, 0);
		add(path, n, "TR", band, 0);
		return "TH";
	case PV_ROLE_CELL:
		add(path, n, "Table", NULL, 0);
		add(path, n, "TR", band, 0);
		add(path, n, "TD", NULL, op->cell);
		return op->kind == PV_OP_ICON ? "Figure" : "P";
	case PV_ROLE_DECORATION:
		break;
	}
	return NULL;
}

static int same(const path_elem *a, const path_elem *b)
{
	return strcmp(a->type, b->type) == 0 && a->key == b->key && a->num == b->num;
}

int pv_pdf_tags_op_begin(pv_pdf_tags *t, cairo_t *cr, const pv_band *band, const pv_op *op,
                         int first, int last_page, int *open)
{
	path_elem path[MAX_DEPTH];
	size_t n, common = 0;
	const char *leaf;
	char *attrs = NULL;
	int rc, oom = 0;

	*open = 0;
	if (!t || !first || op->role == PV_ROLE_DECORATION || band->part == PV_PART_REPEAT ||
	    (band->part == PV_PART_FOOTER && !last_page))
		return 0;
	leaf = op_path(t, band, op, path, &n);
	if (!leaf)
		return 0;
	if (strcmp(leaf, "Link") == 0) {
		char *uri = pv_pdf_safe_uri(op->uri, &oom);
		if (oom)
			return PRIVICON_ENOMEM;
		if (uri) {
			attrs = malloc(strlen(uri) + sizeof("uri=''"));
			if (!attrs) {
				free(uri);
				return PRIVICON_ENOMEM;
			}
			sprintf(attrs, "uri='%s'", uri);
			free(uri);
		} else {
			leaf = "Span"; /* an address cairo cannot link: text only */
		}
	}
	while (common < n && common < t->depth && same(&path[common], &t->open[common]))
		common++;
	rc = close_to(t, cr, common);
	for (size_t i = common; rc == 0 && i < n; i++) {
		rc = begin(t, cr, path[i].type, NULL, NULL, NULL);
		if (rc == 0)
			t->open[t->depth++] = path[i];
	}
	if (rc == 0)
		rc = begin(t, cr, leaf, attrs, op->alt, op->lang);
	free(attrs);
	if (rc == 0) {
		t->leaf = leaf;
		*open = 1;
	}
	return rc;
}

int pv_pdf_tags_op_end(pv_pdf_tags *t, cairo_t *cr)
{
	if (!t || !t->leaf)
		return 0;
	cairo_tag_end(cr, t->leaf);
	t->leaf = NULL;
	return tag_status(cr);
}

char *pv_pdf_safe_uri(const char *uri, int *oom)
{
	static const char keep[] = "-._~:/?#[]@!$&*+,;=%";
	size_t n;
	char *out, *o;

	*oom = 0;
	if (!uri || (strncmp(uri, "https://", 8) != 0 && strncmp(uri, "http://", 7) != 0))
		return NULL;
	n = strlen(uri);
	if (n >= 2048)
		return NULL;
	out = malloc(3 * n + 1);
	if (!out) {
		*oom = 1;
		return NULL;
	}
	o = out;
	for (const unsigned char *p = (const unsigned char *)uri; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    strchr(keep, *p)) {
			*o++ = (char)*p;
		} else {
			o += sprintf(o, "%%%02X", *p);
		}
	}
	*o = '\0';
	return out;
}
