/*
 * pdfpatch.c - additions to a PDF cairo wrote (see pdfpatch.h).
 */
#include "render/pdfpatch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "privicon.h"

/* Parses a non-negative decimal at `p` (at most 10 digits). */
static int parse_offset(const unsigned char *p, const unsigned char *end, size_t *out)
{
	size_t v = 0;
	int n = 0;
	while (p < end && *p >= '0' && *p <= '9' && n < 11) {
		v = v * 10 + (size_t)(*p - '0');
		p++;
		n++;
	}
	if (n == 0 || n > 10)
		return -1;
	*out = v;
	return 0;
}

static const unsigned char *find_bytes(const unsigned char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

/* Does the xref entry of object `obj` point at "obj 0 obj"? */
static int entry_ok(const unsigned char *pdf, size_t len, size_t off, size_t obj)
{
	char head[32];
	int n = snprintf(head, sizeof(head), "%zu 0 obj", obj);
	return off + (size_t)n <= len && memcmp(pdf + off, head, (size_t)n) == 0;
}

/* ---- the cross-reference table ------------------------------------------ */

typedef struct {
	size_t xref;                   /* offset of "xref" */
	size_t count;                  /* entries */
	size_t entries;                /* offset of the first entry */
	size_t startxref;              /* offset of "startxref" */
} xref_table;

/* Reads the one classic cross-reference table cairo writes and checks
 * that every entry in use points at its object. 0, or 1 (another shape). */
static int read_xref(const unsigned char *d, size_t len, xref_table *x)
{
	const unsigned char *p, *end = d + len, *sx = NULL;
	size_t tail = len > 1024 ? len - 1024 : 0, first;

	for (p = d + tail; (p = find_bytes(p, (size_t)(end - p), "startxref")) != NULL; p++)
		sx = p;
	if (!sx)
		return 1;
	x->startxref = (size_t)(sx - d);
	p = sx + strlen("startxref");
	while (p < end && (*p == '\r' || *p == '\n' || *p == ' '))
		p++;
	if (parse_offset(p, end, &x->xref) != 0 || x->xref + 5 > len ||
	    memcmp(d + x->xref, "xref\n", 5) != 0)
		return 1;
	p = d + x->xref + 5;
	if (parse_offset(p, end, &first) != 0 || first != 0)
		return 1;
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	if (p >= end || *p++ != ' ' || parse_offset(p, end, &x->count) != 0)
		return 1;
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	if (p >= end || *p++ != '\n')
		return 1;
	x->entries = (size_t)(p - d);
	if (x->count > (len - x->entries) / 20 || len - x->entries - x->count * 20 < 7 ||
	    memcmp(p + x->count * 20, "trailer", 7) != 0 || x->entries + x->count * 20 > x->startxref)
		return 1;
	for (size_t i = 0; i < x->count; i++) {
		const unsigned char *e = p + i * 20;
		size_t off;
		if (e[10] != ' ' || e[16] != ' ' || (e[17] != 'n' && e[17] != 'f') ||
		    parse_offset(e, e + 10, &off) != 0)
			return 1;
		if (e[17] == 'n' && (off >= x->xref || !entry_ok(d, len, off, i)))
			return 1;
	}
	return 0;
}

/* ---- strings -------------------------------------------------------------- */

/* A language tag: letters, digits and '-', at most 35 characters. */
static int lang_ok(const char *tag)
{
	size_t n = strlen(tag);
	if (n == 0 || n > 35)
		return 0;
	for (const char *c = tag; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		      (*c >= '0' && *c <= '9') || *c == '-'))
			return 0;
	return 1;
}

char *pv_pdf_text_string(const char *utf8)
{
	glong n = 0;
	gunichar2 *u;
	char *out, *o;

	if (!utf8 || !g_utf8_validate(utf8, -1, NULL))
		return NULL;
	u = g_utf8_to_utf16(utf8, -1, NULL, &n, NULL);
	if (!u)
		return NULL;
	out = malloc(sizeof("<FEFF>") + (size_t)n * 4);
	if (out) {
		o = out + sprintf(out, "<FEFF");
		for (glong i = 0; i < n; i++)
			o += sprintf(o, "%04X", (unsigned)u[i]);
		strcpy(o, ">");
	}
	g_free(u);
	return out;
}

/* ---- insertions -------------------------------------------------------- */

typedef struct {
	size_t at;  /* offset in the old file */
	char *text; /* owned */
	size_t len;
} insertion;

typedef struct {
	insertion *v;
	size_t n, cap;
	size_t total;
} insertions;

static void insertions_free(insertions *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
}

/* Adds `text` (taken; NULL means out of memory) at `at`. */
static int insert(insertions *l, size_t at, char *text)
{
	if (!text)
		return PRIVICON_ENOMEM;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		insertion *bigger = realloc(l->v, cap * sizeof(*bigger));
		if (!bigger) {
			free(text);
			return PRIVICON_ENOMEM;
		}
		l->v = bigger;
		l->cap = cap;
	}
	l->v[l->n] = (insertion){at, text, strlen(text)};
	l->total += l->v[l->n].len;
	l->n++;
	return 0;
}

/* How far an object at old offset `off` moves: the insertions before it. */
static size_t shift(const insertions *l, size_t off)
{
	size_t lo = 0, hi = l->n, s = 0;
	/* insertions are in file order; find how many are before `off` */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (l->v[mid].at < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = 0; i < lo; i++)
		s += l->v[i].len;
	return s;
}

static char *dup_printf(const char *fmt, const char *a, const char *b)
{
	int n = snprintf(NULL, 0, fmt, a, b);
	char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (s)
		snprintf(s, (size_t)n + 1, fmt, a, b);
	return s;
}

/* What a structure element gets: " /Alt <...>" and/or " /Lang (..)". */
static char *elem_extra(const pv_pdf_elem *e)
{
	char *alt = NULL, *s, lang[64] = "";
	if (e->alt && *e->alt && !(alt = pv_pdf_text_string(e->alt)))
		return NULL;
	if (e->lang)
		snprintf(lang, sizeof(lang), " /Lang (%s)", e->lang);
	s = dup_printf(alt ? " /Alt %s%s" : "%s%s", alt ? alt : "", lang);
	free(alt);
	return s;
}

/* ---- the objects ---------------------------------------------------------- */

typedef struct {
	size_t off, num;
} obj_pos;

static int by_offset(const void *a, const void *b)
{
	const obj_pos *x = a, *y = b;
	return x->off < y->off ? -1 : x->off > y->off;
}

/* Whether the dictionary at `o` (bounded by `end`) starts with
 * "<< /Type /`type`" followed by a delimiter. */
static int starts_type(const unsigned char *o, const unsigned char *end, const char *type)
{
	size_t n = strlen(type);
	if ((size_t)(end - o) < 10 + n + 1 || memcmp(o, "<< /Type /", 10) != 0 ||
	    memcmp(o + 10, type, n) != 0)
		return 0;
	unsigned char c = o[10 + n];
	return c == ' ' || c == '\n' || c == '\r' || c == '/' || c == '>';
}

/* The insertions `patch` asks for, object by object in file order.
 * 0, 1 (the file does not match), PRIVICON_ENOMEM. */
static int plan(insertions *ins, const unsigned char *d, const xref_table *x,
                const pv_pdf_patch *patch)
{
	obj_pos *objs = malloc((x->count ? x->count : 1) * sizeof(*objs));
	size_t n = 0, k = 0;
	int rc = 0;

	if (!objs)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < x->count; i++) {
		const unsigned char *e = d + x->entries + i * 20;
		size_t off;
		if (e[17] == 'n' && parse_offset(e, e + 10, &off) == 0)
			objs[n++] = (obj_pos){off, i};
	}
	qsort(objs, n, sizeof(*objs), by_offset);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		size_t limit = i + 1 < n ? objs[i + 1].off : x->xref;
		const unsigned char *o = d + objs[i].off, *end = d + limit;
		const unsigned char *dict = find_bytes(o, (size_t)(end - o), " obj\n");
		if (!dict)
			continue;
		dict += 5;
		size_t at = (size_t)(dict - d) + 2; /* after "<<" */
		if (starts_type(dict, end, "Catalog") && (patch->lang || patch->display_doc_title)) {
			char lang[64] = "";
			if (patch->lang)
				snprintf(lang, sizeof(lang), " /Lang (%s)", patch->lang);
			if (find_bytes(dict, (size_t)(end - dict), "/Lang") ||
			    find_bytes(dict, (size_t)(end - dict), "/ViewerPreferences"))
				rc = 1;
			else
				rc = insert(ins, at,
				            dup_printf("%s%s", lang,
				                       patch->display_doc_title
				                           ? " /ViewerPreferences << /DisplayDocTitle true >>"
				                           : ""));
		} else if (starts_type(dict, end, "Page") && patch->tabs_structure) {
			if (find_bytes(dict, (size_t)(end - dict), "/Tabs"))
				rc = 1;
			else
				rc = insert(ins, at, dup_printf("%s%s", " /Tabs /S", ""));
		} else if (starts_type(dict, end, "StructElem") && patch->n_elems) {
			const pv_pdf_elem *e = k < patch->n_elems ? &patch->elems[k] : NULL;
			const unsigned char *s = find_bytes(dict, (size_t)(end - dict), "/S /");
			size_t tl = e ? strlen(e->type) : 0;
			k++;
			if (!e || !s || (size_t)(end - s) < 4 + tl + 1 || memcmp(s + 4, e->type, tl) != 0 ||
			    !(s[4 + tl] == '\n' || s[4 + tl] == ' ' || s[4 + tl] == '\r')) {
				rc = 1;
				break;
			}
			if ((e->alt && *e->alt) || e->lang)
				rc = insert(ins, at, elem_extra(e));
		}
	}
	if (rc == 0 && k != patch->n_elems)
		rc = 1;
	free(objs);
	return rc;
}

int pv_pdf_patch_apply(unsigned char **data, size_t *len, const pv_pdf_patch *patch)
{
	const unsigned char *d = *data;
	insertions ins = {0};
	xref_table x;
	int rc;

	if (read_xref(d, *len, &x) != 0 || (patch->lang && !lang_ok(patch->lang)))
		return 1;
	for (size_t i = 0; i < patch->n_elems; i++)
		if (!patch->elems[i].type || (patch->elems[i].lang && !lang_ok(patch->elems[i].lang)))
			return 1;
	rc = plan(&ins, d, &x, patch);
	if (rc != 0 || ins.n == 0) {
		insertions_free(&ins);
		return rc;
	}

	/* The new file: the old one with the insertions, then the offsets. */
	size_t alloc = *len + ins.total + 16; /* startxref may grow a digit */
	unsigned char *nd = malloc(alloc);
	if (!nd) {
		insertions_free(&ins);
		return PRIVICON_ENOMEM;
	}
	size_t from = 0, o = 0;
	for (size_t i = 0; i < ins.n; i++) {
		memcpy(nd + o, d + from, ins.v[i].at - from);
		o += ins.v[i].at - from;
		memcpy(nd + o, ins.v[i].text, ins.v[i].len);
		o += ins.v[i].len;
		from = ins.v[i].at;
	}
	memcpy(nd + o, d + from, *len - from);
	size_t nlen = *len + ins.total;
	size_t nxref = x.xref + ins.total;
	unsigned char *nentries = nd + x.entries + ins.total;
	for (size_t i = 0; i < x.count; i++) {
		unsigned char *e = nentries + i * 20;
		size_t off;
		char digits[16];
		if (e[17] != 'n')
			continue;
		parse_offset(e, e + 10, &off);
		snprintf(digits, sizeof(digits), "%010zu", off + shift(&ins, off));
		memcpy(e, digits, 10);
	}
	/* startxref: its number may grow by a digit, at the end of the file */
	unsigned char *num = nd + x.startxref + ins.total + strlen("startxref");
	while (num < nd + nlen && (*num == '\r' || *num == '\n' || *num == ' '))
		num++;
	unsigned char *num_end = num;
	while (num_end < nd + nlen && *num_end >= '0' && *num_end <= '9')
		num_end++;
	char digits[24];
	int n_digits = snprintf(digits, sizeof(digits), "%zu", nxref);
	size_t rest = (size_t)(nd + nlen - num_end);
	memmove(num + n_digits, num_end, rest);
	memcpy(num, digits, (size_t)n_digits);
	nlen = (size_t)(num - nd) + (size_t)n_digits + rest;
	insertions_free(&ins);

	/* Read it back as a reader would; keep the original otherwise. */
	xref_table check;
	if (read_xref(nd, nlen, &check) != 0 || check.count != x.count || check.xref != nxref) {
		free(nd);
		return 1;
	}
	free(*data);
	*data = nd;
	*len = nlen;
	return 0;
}
