/*
 * test_vocab.c - the vocabularies of src/model/vocab.c against every other place
 * that repeats them:
 *
 *   - schemas/register.xsd: each vocabulary is an xs:simpleType whose
 *     enumerations must be exactly the table's keys (editors autocomplete
 *     from the XSD, the loader maps keys through the table);
 *   - the CSVs in data/dpv-2.3/: every IRI must be a real W3C DPV 2.3 term, and a
 *     data category is special (Art. 9) exactly when DPV says so;
 *   - the XSD documentation: every declaration is documented in nl and en,
 *     and each enumeration names the DPV concept the table gives it.
 *
 * Plus the table's own invariants: kebab-case keys, no duplicates, labels in
 * both languages.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "check.h"
#include "model/vocab.h"

#define XS_NS "http://www.w3.org/2001/XMLSchema"
#define XML_NS "http://www.w3.org/XML/1998/namespace"
#define DPV_SPECIAL "https://w3id.org/dpv#SpecialCategoryPersonalData"
#define DPV_DIR SOURCE_DIR "/data/dpv-2.3"
#define PD_CSV "pd-pd.csv"

/* ---- small helpers ---------------------------------------------------- */

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fprintf(stderr, "test_vocab: out of memory\n");
		exit(2);
	}
	return p;
}

static char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* A sorted set of strings, for the DPV IRIs. */
typedef struct {
	char **v;
	size_t n, cap;
	int sorted;
} strset;

static void strset_add(strset *s, const char *str)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 256;
		char **v = realloc(s->v, cap * sizeof *v);
		if (!v) {
			fprintf(stderr, "test_vocab: out of memory\n");
			exit(2);
		}
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = xstrndup(str, strlen(str));
	s->sorted = 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int strset_has(strset *s, const char *str)
{
	if (!s->sorted) {
		if (s->n)
			qsort(s->v, s->n, sizeof *s->v, cmp_str);
		s->sorted = 1;
	}
	return s->n && bsearch(&str, s->v, s->n, sizeof *s->v, cmp_str) != NULL;
}

/* Distinct members, for the summary line. */
static size_t strset_distinct(strset *s)
{
	size_t d = 0;
	if (s->n && !s->sorted) {
		qsort(s->v, s->n, sizeof *s->v, cmp_str);
		s->sorted = 1;
	}
	for (size_t i = 0; i < s->n; i++)
		if (i == 0 || strcmp(s->v[i], s->v[i - 1]) != 0)
			d++;
	return d;
}

static void strset_free(strset *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}

/* A bounded "a, b, c" list for failure messages; cut with "..." when full. */
typedef struct {
	char buf[1024];
	size_t len;
	int count;
	int cut;
} namelist;

static void namelist_add(namelist *l, const char *fmt, ...)
{
	char item[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(item, sizeof item, fmt, ap);
	va_end(ap);
	l->count++;
	if (l->cut)
		return;
	size_t need = strlen(item) + (l->len ? 2 : 0);
	if (l->len + need + 4 >= sizeof l->buf) {
		memcpy(l->buf + l->len, "...", 4);
		l->len += 3;
		l->cut = 1;
		return;
	}
	l->len += (size_t)snprintf(l->buf + l->len, sizeof l->buf - l->len, "%s%s",
	                           l->len ? ", " : "", item);
}

static const char *namelist_str(const namelist *l)
{
	return l->len ? l->buf : "-";
}

/* Reads a whole file; NULL (and a message) on failure. */
static char *read_file(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return NULL;
	}
	size_t cap = 65536, len = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (len == cap) {
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				fclose(f);
				fprintf(stderr, "test_vocab: out of memory\n");
				exit(2);
			}
			buf = nb;
			cap *= 2;
		}
		size_t got = fread(buf + len, 1, cap - len, f);
		len += got;
		if (got == 0)
			break;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		perror(path);
		free(buf);
		return NULL;
	}
	*size = len;
	return buf;
}

/* ---- CSV (RFC 4180) --------------------------------------------------- */

/*
 * Calls row() for every record of the CSV text data[0..len): fields are
 * separated by commas and records by LF or CRLF; a field in double quotes may
 * hold commas, line breaks and doubled quotes (""), which become one quote.
 * The field strings are only valid during the call. Returns 0, -1 for an
 * unterminated or malformed quoted field, or row()'s non-zero result.
 */
typedef int (*csv_row_fn)(char **fields, size_t n, void *ctx);

typedef struct {
	char **fields;
	size_t n, cap;
	char *text;
	size_t tlen, tcap;
} csv_state;

static void csv_putc(csv_state *st, char c)
{
	if (st->tlen + 1 >= st->tcap) {
		size_t cap = st->tcap ? st->tcap * 2 : 256;
		char *t = realloc(st->text, cap);
		if (!t) {
			fprintf(stderr, "test_vocab: out of memory\n");
			exit(2);
		}
		st->text = t;
		st->tcap = cap;
	}
	st->text[st->tlen++] = c;
}

static void csv_end_field(csv_state *st)
{
	if (st->n == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 16;
		char **f = realloc(st->fields, cap * sizeof *f);
		if (!f) {
			fprintf(stderr, "test_vocab: out of memory\n");
			exit(2);
		}
		st->fields = f;
		st->cap = cap;
	}
	st->fields[st->n++] = xstrndup(st->text ? st->text : "", st->tlen);
	st->tlen = 0;
}

static int csv_end_record(csv_state *st, csv_row_fn row, void *ctx)
{
	int rc = 0;
	/* A blank line is one empty field: not a record. */
	if (!(st->n == 1 && st->fields[0][0] == '\0'))
		rc = row(st->fields, st->n, ctx);
	for (size_t i = 0; i < st->n; i++)
		free(st->fields[i]);
	st->n = 0;
	return rc;
}

static int csv_parse(const char *data, size_t len, csv_row_fn row, void *ctx)
{
	csv_state st = {0};
	size_t i = 0;
	int rc = 0;

	while (i < len && rc == 0) {
		if (data[i] == '"') {
			int closed = 0;
			for (i++; i < len; i++) {
				if (data[i] != '"') {
					csv_putc(&st, data[i]);
				} else if (i + 1 < len && data[i + 1] == '"') {
					csv_putc(&st, '"');
					i++;
				} else {
					closed = 1;
					i++;
					break;
				}
			}
			/* After the closing quote only a separator may follow. */
			if (!closed || (i < len && data[i] != ',' && data[i] != '\n' && data[i] != '\r')) {
				rc = -1;
				break;
			}
		} else {
			while (i < len && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
				csv_putc(&st, data[i++]);
		}
		csv_end_field(&st);
		if (i < len && data[i] == ',') {
			i++;
			if (i == len) { /* "a,b," at the very end: a last empty field */
				csv_end_field(&st);
				rc = csv_end_record(&st, row, ctx);
			}
			continue;
		}
		if (i < len && data[i] == '\r')
			i++;
		if (i < len && data[i] == '\n')
			i++;
		rc = csv_end_record(&st, row, ctx);
	}
	for (size_t k = 0; k < st.n; k++)
		free(st.fields[k]);
	free(st.fields);
	free(st.text);
	return rc;
}

/* The parser on the cases the DPV files rely on. */
typedef struct {
	char got[512];
	size_t len;
} csv_probe;

static int probe_row(char **fields, size_t n, void *ctx)
{
	csv_probe *p = ctx;
	for (size_t i = 0; i < n && p->len < sizeof p->got; i++)
		p->len += (size_t)snprintf(p->got + p->len, sizeof p->got - p->len, "[%s]", fields[i]);
	if (p->len < sizeof p->got)
		p->len += (size_t)snprintf(p->got + p->len, sizeof p->got - p->len, "|");
	return 0;
}

static void test_csv_parser(void)
{
	static const char in[] = "\"a\",\"b, c\",d\r\n"
	                         "\"say \"\"hi\"\"\",,\"two\nlines\"\n"
	                         "\n"
	                         "x,\"\",y,";
	static const char want[] = "[a][b, c][d]|[say \"hi\"][][two\nlines]|[x][][y][]|";
	csv_probe p = {{0}, 0};
	int rc = csv_parse(in, sizeof in - 1, probe_row, &p);
	CHECK(rc == 0 && strcmp(p.got, want) == 0,
	      "CSV parser: quoted commas, doubled quotes, CRLF, line breaks in quotes, empty fields");

	static const char bad[] = "\"open,field\n";
	csv_probe q = {{0}, 0};
	CHECK(csv_parse(bad, sizeof bad - 1, probe_row, &q) == -1,
	      "CSV parser: rejects an unterminated quoted field");
}

/* ---- DPV reference data ---------------------------------------------- */

typedef struct {
	strset iris;         /* every `iri` of every CSV that has the column */
	strset pd;           /* the `iri`s of pd-pd.csv */
	strset pd_special;   /* ... whose row names DPV_SPECIAL */
	size_t files;        /* CSVs with an iri column */
	size_t ragged;       /* rows whose width differs from the header's */
	namelist ragged_at;
} dpv_data;

typedef struct {
	dpv_data *d;
	const char *file;
	int is_pd;
	long iri_col;        /* -1 until the header is read; -2: no iri column */
	size_t width;
	size_t line;
} dpv_file;

/* Whether `field`, a ';'-separated list of IRIs, holds `iri`. */
static int list_has(const char *field, const char *iri)
{
	size_t n = strlen(iri);
	for (const char *p = field; *p;) {
		const char *end = strchr(p, ';');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == n && strncmp(p, iri, n) == 0)
			return 1;
		if (!end)
			break;
		p = end + 1;
	}
	return 0;
}

static int dpv_row(char **fields, size_t n, void *ctx)
{
	dpv_file *f = ctx;
	f->line++;
	if (f->iri_col == -1) {
		f->iri_col = -2;
		f->width = n;
		for (size_t i = 0; i < n; i++)
			if (strcmp(fields[i], "iri") == 0)
				f->iri_col = (long)i;
		if (f->iri_col >= 0)
			f->d->files++;
		return 0;
	}
	if (n != f->width) {
		f->d->ragged++;
		namelist_add(&f->d->ragged_at, "%s record %zu", f->file, f->line);
	}
	if (f->iri_col < 0 || (size_t)f->iri_col >= n)
		return 0;
	const char *iri = fields[f->iri_col];
	strset_add(&f->d->iris, iri);
	if (f->is_pd) {
		strset_add(&f->d->pd, iri);
		for (size_t i = 0; i < n; i++) {
			if ((long)i != f->iri_col && list_has(fields[i], DPV_SPECIAL)) {
				strset_add(&f->d->pd_special, iri);
				break;
			}
		}
	}
	return 0;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int is_csv(const struct dirent *e)
{
	return ends_with(e->d_name, ".csv");
}

/* Loads every CSV in data/dpv-2.3/, in name order so the output is stable;
 * returns -1 when the folder or a file cannot be read. */
static int load_dpv(dpv_data *d)
{
	struct dirent **names;
	int n = scandir(DPV_DIR, &names, is_csv, alphasort);
	if (n < 0) {
		perror(DPV_DIR);
		return -1;
	}
	int rc = 0;
	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		char path[4096];
		size_t size;
		char *text = NULL;
		if (snprintf(path, sizeof path, "%s/%s", DPV_DIR, name) < (int)sizeof path)
			text = read_file(path, &size);
		if (!text) {
			rc = -1;
		} else {
			dpv_file f = {d, name, strcmp(name, PD_CSV) == 0, -1, 0, 0};
			int prc = csv_parse(text, size, dpv_row, &f);
			free(text);
			CHECK(prc == 0, "DPV %s parses as CSV", name);
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

/* ---- the XSD ---------------------------------------------------------- */

static int is_xs(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
	       strcmp((const char *)n->ns->href, XS_NS) == 0 &&
	       strcmp((const char *)n->name, name) == 0;
}

static const xmlNode *first_element(const xmlNode *n)
{
	for (; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

/* The top-level xs:simpleType named `name`, or NULL. */
static const xmlNode *find_simple_type(const xmlDoc *doc, const char *name)
{
	const xmlNode *root = xmlDocGetRootElement(doc);
	for (const xmlNode *n = root ? root->children : NULL; n; n = n->next) {
		if (!is_xs(n, "simpleType"))
			continue;
		xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)"name");
		int match = v && strcmp((const char *)v, name) == 0;
		xmlFree(v);
		if (match)
			return n;
	}
	return NULL;
}

/* The xs:documentation text in `lang` of the annotation that is the first
 * child of `decl`, or NULL; free with xmlFree. */
static xmlChar *documentation(const xmlNode *decl, const char *lang)
{
	const xmlNode *a = first_element(decl->children);
	if (!is_xs(a, "annotation"))
		return NULL;
	for (const xmlNode *d = a->children; d; d = d->next) {
		if (!is_xs(d, "documentation"))
			continue;
		xmlChar *l = xmlGetNsProp(d, (const xmlChar *)"lang", (const xmlChar *)XML_NS);
		int match = l && strcmp((const char *)l, lang) == 0;
		xmlFree(l);
		if (match)
			return xmlNodeGetContent(d);
	}
	return NULL;
}

static int blank(const xmlChar *s)
{
	if (!s)
		return 1;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return 0;
	return 1;
}

/* Every declaration an editor shows help for: elements, attributes,
 * enumeration values, named types. */
static void count_undocumented(const xmlNode *n, size_t *decls, namelist *missing)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *name = xmlGetNoNsProp(n, (const xmlChar *)"name");
		xmlChar *value = xmlGetNoNsProp(n, (const xmlChar *)"value");
		int want = is_xs(n, "element") || is_xs(n, "attribute") || is_xs(n, "enumeration") ||
		           ((is_xs(n, "simpleType") || is_xs(n, "complexType")) && name);
		if (want) {
			(*decls)++;
			xmlChar *nl = documentation(n, "nl");
			xmlChar *en = documentation(n, "en");
			if (blank(nl) || blank(en))
				namelist_add(missing, "%s %s (line %ld)", (const char *)n->name,
				             name ? (const char *)name : value ? (const char *)value : "?",
				             xmlGetLineNo(n));
			xmlFree(nl);
			xmlFree(en);
		}
		xmlFree(name);
		xmlFree(value);
		count_undocumented(n->children, decls, missing);
	}
}

static void test_documentation(const xmlDoc *doc)
{
	const xmlNode *root = xmlDocGetRootElement(doc);
	size_t decls = 0;
	namelist missing = {{0}, 0, 0, 0};

	/* The schema's own annotation may follow comments, not the first child. */
	int schema_doc = 0;
	for (const xmlNode *n = root ? root->children : NULL; n; n = n->next) {
		if (!is_xs(n, "annotation"))
			continue;
		xmlChar *nl = NULL, *en = NULL;
		for (const xmlNode *d = n->children; d; d = d->next) {
			if (!is_xs(d, "documentation"))
				continue;
			xmlChar *l = xmlGetNsProp(d, (const xmlChar *)"lang", (const xmlChar *)XML_NS);
			xmlChar **slot = l && strcmp((const char *)l, "nl") == 0 ? &nl
			               : l && strcmp((const char *)l, "en") == 0 ? &en : NULL;
			if (slot && !*slot)
				*slot = xmlNodeGetContent(d);
			xmlFree(l);
		}
		schema_doc = !blank(nl) && !blank(en);
		xmlFree(nl);
		xmlFree(en);
		break;
	}
	CHECK(schema_doc, "register.xsd has a schema-level annotation in nl and en");

	count_undocumented(root ? root->children : NULL, &decls, &missing);
	CHECK(decls > 0 && missing.count == 0,
	      "register.xsd: all %zu declarations documented in nl and en (missing %d: %s)",
	      decls, missing.count, namelist_str(&missing));
}

/* ---- per vocabulary --------------------------------------------------- */

static int kebab_case(const char *k)
{
	size_t n = k ? strlen(k) : 0;
	if (n == 0 || k[0] == '-' || k[n - 1] == '-')
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = k[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return 0;
		if (c == '-' && k[i + 1] == '-')
			return 0;
	}
	return 1;
}

static int has_text(const char *s)
{
	return s && !blank((const xmlChar *)s);
}

static void test_table(const pv_vocab *v)
{
	namelist bad_keys = {{0}, 0, 0, 0}, dups = {{0}, 0, 0, 0}, labels = {{0}, 0, 0, 0};
	for (size_t i = 0; i < v->count; i++) {
		const pv_term *t = &v->terms[i];
		if (!kebab_case(t->key))
			namelist_add(&bad_keys, "'%s'", t->key ? t->key : "(null)");
		for (size_t j = 0; j < i; j++)
			if (t->key && v->terms[j].key && strcmp(t->key, v->terms[j].key) == 0)
				namelist_add(&dups, "%s", t->key);
		if (!has_text(t->nl))
			namelist_add(&labels, "%s (nl)", t->key ? t->key : "(null)");
		if (!has_text(t->en))
			namelist_add(&labels, "%s (en)", t->key ? t->key : "(null)");
	}
	CHECK(v->count > 0 && bad_keys.count == 0, "%s: %zu keys are kebab-case [a-z0-9-] (bad: %s)",
	      v->name, v->count, namelist_str(&bad_keys));
	CHECK(dups.count == 0, "%s: no duplicate keys (duplicates: %s)", v->name, namelist_str(&dups));
	CHECK(labels.count == 0, "%s: every term has an nl and an en label (missing: %s)", v->name,
	      namelist_str(&labels));
}

/* The enumeration values of simpleType `st`, as a NULL-terminated array of
 * xmlChar strings (free with free_values), each with its node. */
typedef struct {
	xmlChar **value;
	const xmlNode **node;
	size_t n;
} enum_values;

static enum_values collect_enums(const xmlNode *st)
{
	enum_values ev = {NULL, NULL, 0};
	size_t cap = 0;
	for (const xmlNode *r = st ? st->children : NULL; r; r = r->next) {
		if (!is_xs(r, "restriction"))
			continue;
		for (const xmlNode *e = r->children; e; e = e->next) {
			if (!is_xs(e, "enumeration"))
				continue;
			if (ev.n == cap) {
				cap = cap ? cap * 2 : 32;
				xmlChar **v = realloc(ev.value, cap * sizeof *v);
				if (v)
					ev.value = v;
				const xmlNode **nd = realloc(ev.node, cap * sizeof *nd);
				if (nd)
					ev.node = nd;
				if (!v || !nd) {
					fprintf(stderr, "test_vocab: out of memory\n");
					exit(2);
				}
			}
			ev.value[ev.n] = xmlGetNoNsProp(e, (const xmlChar *)"value");
			ev.node[ev.n] = e;
			ev.n++;
		}
	}
	return ev;
}

static void free_enums(enum_values *ev)
{
	for (size_t i = 0; i < ev->n; i++)
		xmlFree(ev->value[i]);
	free(ev->value);
	free(ev->node);
}

static int table_has(const pv_vocab *v, const char *key)
{
	for (size_t i = 0; i < v->count; i++)
		if (v->terms[i].key && strcmp(v->terms[i].key, key) == 0)
			return 1;
	return 0;
}

/* Whether documentation `doc` names exactly `iri` after `label` ("DPV
 * concept: "), or, for iri NULL, names no DPV concept at all. */
static int doc_names_iri(const xmlChar *doc, const char *label, const char *iri)
{
	const char *at = doc ? strstr((const char *)doc, label) : NULL;
	if (!iri)
		return doc && !at;
	if (!at)
		return 0;
	at += strlen(label);
	size_t len = strcspn(at, " \t\r\n");
	return len == strlen(iri) && strncmp(at, iri, len) == 0;
}

static const xmlNode *enum_node(const enum_values *ev, const char *key)
{
	for (size_t i = 0; i < ev->n; i++)
		if (ev->value[i] && strcmp((const char *)ev->value[i], key) == 0)
			return ev->node[i];
	return NULL;
}

static void test_xsd_enums(const xmlDoc *doc, const pv_vocab *v)
{
	const xmlNode *st = find_simple_type(doc, v->name);
	if (!st) {
		CHECK(0, "%s: register.xsd has an xs:simpleType named %s", v->name, v->name);
		return;
	}
	enum_values ev = collect_enums(st);
	namelist missing = {{0}, 0, 0, 0}, extra = {{0}, 0, 0, 0};
	for (size_t i = 0; i < v->count; i++)
		if (!enum_node(&ev, v->terms[i].key))
			namelist_add(&missing, "%s", v->terms[i].key);
	for (size_t i = 0; i < ev.n; i++) {
		const char *val = ev.value[i] ? (const char *)ev.value[i] : "";
		int in_table = table_has(v, val);
		/* A value repeated in the XSD is one too many as well. */
		int repeated = enum_node(&ev, val) != ev.node[i];
		if (!in_table || repeated)
			namelist_add(&extra, "%s", val);
	}
	CHECK(ev.n == v->count && missing.count == 0 && extra.count == 0,
	      "%s: XSD enumeration equals src/model/vocab.c (%zu in XSD, %zu in table; missing in XSD: %s; extra in XSD: %s)",
	      v->name, ev.n, v->count, namelist_str(&missing), namelist_str(&extra));

	/* Each value's help names the table's DPV concept (or none where the
	 * table has none), so the two cannot drift apart unnoticed. */
	namelist stale = {{0}, 0, 0, 0};
	for (size_t i = 0; i < v->count; i++) {
		const pv_term *t = &v->terms[i];
		const xmlNode *e = enum_node(&ev, t->key);
		if (!e)
			continue; /* already reported above */
		xmlChar *nl = documentation(e, "nl");
		xmlChar *en = documentation(e, "en");
		if (!doc_names_iri(nl, "DPV-begrip: ", t->iri) || !doc_names_iri(en, "DPV concept: ", t->iri))
			namelist_add(&stale, "%s", t->key);
		xmlFree(nl);
		xmlFree(en);
	}
	CHECK(stale.count == 0,
	      "%s: XSD documentation of each value names the DPV concept of src/model/vocab.c (stale: %s)",
	      v->name, namelist_str(&stale));
	free_enums(&ev);
}

static void test_iris(dpv_data *d, const pv_vocab *v)
{
	namelist missing = {{0}, 0, 0, 0};
	size_t with_iri = 0;
	for (size_t i = 0; i < v->count; i++) {
		const pv_term *t = &v->terms[i];
		if (!t->iri)
			continue;
		with_iri++;
		if (!strset_has(&d->iris, t->iri))
			namelist_add(&missing, "%s -> %s", t->key, t->iri);
	}
	if (with_iri)
		CHECK(missing.count == 0, "%s: all %zu IRIs exist in DPV 2.3 (not found: %s)", v->name,
		      with_iri, namelist_str(&missing));
}

static const char *class_name(int flag)
{
	switch (flag) {
	case PV_DATA_ORDINARY: return "PV_DATA_ORDINARY";
	case PV_DATA_SPECIAL: return "PV_DATA_SPECIAL";
	case PV_DATA_CRIMINAL: return "PV_DATA_CRIMINAL";
	case PV_DATA_NATIONAL_ID: return "PV_DATA_NATIONAL_ID";
	default: return "unknown class";
	}
}

static void test_special_categories(dpv_data *d)
{
	const pv_vocab *v = pv_vocab_get(PV_VOCAB_DATA_CATEGORY);
	for (size_t i = 0; i < v->count; i++) {
		const pv_term *t = &v->terms[i];
		if (strcmp(t->key, "not-stated") == 0) {
			/* Not a kind of data: no DPV concept, never special. */
			CHECK(!t->iri && t->flag == PV_DATA_ORDINARY,
			      "data category not-stated has no IRI and no special class");
			continue;
		}
		int in_pd = t->iri && strset_has(&d->pd, t->iri);
		int dpv_special = t->iri && strset_has(&d->pd_special, t->iri);
		int table_special = t->flag == PV_DATA_SPECIAL;
		CHECK(in_pd && dpv_special == table_special,
		      "data category %s: DPV %s %s, table says %s", t->key,
		      t->iri ? t->iri : "(no IRI)",
		      !in_pd ? "is not in " PD_CSV
		             : dpv_special ? "is special category" : "is not special category",
		      class_name(t->flag));
	}
}

/* ---- aliases: the officer's words (issue 16) ------------------------------ */

/* Every spelling of a row must lead back to its own key: a spelling shared
 * by two keys of one vocabulary would make "did you mean" and the
 * spreadsheet import pick one at random. */
static void test_alias_spelling(pv_vocab_id id, pv_vocab_key k, const char *spelling, size_t *bad)
{
	pv_vocab_key got = pv_vocab_find_alias(id, spelling);
	if (got != k) {
		(*bad)++;
		const pv_term *t = pv_vocab_term(id, k), *o = pv_vocab_term(id, got);
		CHECK(0, "%s: '%s' leads to %s, not to %s", pv_vocab_get(id)->name, spelling,
		      o ? o->key : "nothing", t ? t->key : "?");
	}
}

static void test_aliases(void)
{
	size_t n = 0, bad = 0, missing = 0, stray = 0;
	const pv_vocab_alias *rows = pv_vocab_aliases(&n);
	CHECK(rows && n > 0, "the alias table has %zu rows", n);
	for (size_t i = 0; i < n; i++) {
		pv_vocab_key k = pv_vocab_find(rows[i].vocab, rows[i].key);
		if (k == PV_VOCAB_NONE || !rows[i].word || !rows[i].word[0]) {
			stray++;
			CHECK(0, "alias row %zu (%s) names a key of its vocabulary and has a word", i, rows[i].key);
			continue;
		}
		test_alias_spelling(rows[i].vocab, k, rows[i].word, &bad);
		char one[128];
		for (const char *s = rows[i].synonyms; s && *s;) {
			const char *bar = strchr(s, '|');
			size_t len = bar ? (size_t)(bar - s) : strlen(s);
			snprintf(one, sizeof(one), "%.*s", (int)len, s);
			test_alias_spelling(rows[i].vocab, k, one, &bad);
			s = bar ? bar + 1 : s + len;
		}
	}
	for (int id = 0; id < PV_VOCAB_COUNT; id++) {
		const pv_vocab *v = pv_vocab_get((pv_vocab_id)id);
		for (size_t k = 0; k < v->count; k++) {
			if (!pv_vocab_word((pv_vocab_id)id, (pv_vocab_key)k)) {
				missing++;
				CHECK(0, "%s '%s' has an officer's word in the alias table", v->name, v->terms[k].key);
			}
			test_alias_spelling((pv_vocab_id)id, (pv_vocab_key)k, v->terms[k].key, &bad);
			test_alias_spelling((pv_vocab_id)id, (pv_vocab_key)k, v->terms[k].nl, &bad);
			test_alias_spelling((pv_vocab_id)id, (pv_vocab_key)k, v->terms[k].en, &bad);
		}
	}
	CHECK(missing == 0 && stray == 0, "every key of every vocabulary has exactly the alias rows it needs");
	CHECK(bad == 0, "no spelling (key, label, word, synonym) leads to two keys of one vocabulary");

	/* What the issue promised, in the officer's words. */
	char f[64];
	CHECK(strcmp(pv_vocab_fold(f, sizeof(f), "Foto’s  É-é_x."), "fotoseex") == 0,
	      "folding ignores case, accents, spaces, hyphens, apostrophes (got '%s')", f);
	pv_vocab_key health = pv_vocab_find(PV_VOCAB_DATA_CATEGORY, "health");
	CHECK(pv_vocab_find_alias(PV_VOCAB_DATA_CATEGORY, "gezondheid") == health,
	      "'gezondheid' is health");
	CHECK(pv_vocab_find_alias(PV_VOCAB_DATA_CATEGORY, "Medische gegevens") == health,
	      "'Medische gegevens' is health");
	CHECK(pv_vocab_guess(PV_VOCAB_DATA_CATEGORY, "gezondhied") == health,
	      "'gezondhied' (a typo) suggests health");
	CHECK(pv_vocab_guess(PV_VOCAB_DATA_CATEGORY, "xyzzy") == PV_VOCAB_NONE,
	      "'xyzzy' suggests nothing");
	CHECK(strcmp(pv_vocab_word(PV_VOCAB_DATA_CATEGORY, health), "gezondheid") == 0,
	      "health is listed as 'health (gezondheid)'");
	CHECK(pv_vocab_find_alias(PV_VOCAB_LEGAL_BASIS, "Publieke taak") ==
	              pv_vocab_find(PV_VOCAB_LEGAL_BASIS, "public-task"),
	      "'Publieke taak' is the legal basis public-task");
	CHECK(pv_vocab_by_type("DataCategory") == PV_VOCAB_DATA_CATEGORY &&
	              pv_vocab_by_type("pv:LegalBasis") == PV_VOCAB_LEGAL_BASIS &&
	              pv_vocab_by_type("YesNo") == PV_VOCAB_COUNT,
	      "vocabularies are found by their XSD type name");
}

int main(void)
{
	test_csv_parser();

	dpv_data dpv;
	memset(&dpv, 0, sizeof dpv);
	int dpv_rc = load_dpv(&dpv);
	CHECK(dpv_rc == 0 && dpv.files > 0 && dpv.pd.n > 0,
	      "read %zu DPV CSV files with an iri column: %zu distinct IRIs, %zu in " PD_CSV
	      " (%zu special category)",
	      dpv.files, strset_distinct(&dpv.iris), dpv.pd.n, dpv.pd_special.n);
	CHECK(dpv.ragged == 0, "every DPV CSV record has as many fields as its header (%zu do not: %s)",
	      dpv.ragged, namelist_str(&dpv.ragged_at));

	/* Our own schema, but read the way the loader reads registers: no
	 * network, no entity expansion, no DTD. */
	xmlDoc *doc = xmlReadFile(SOURCE_DIR "/schemas/register.xsd", NULL,
	                          XML_PARSE_NONET | XML_PARSE_NOCDATA);
	CHECK(doc != NULL, "schemas/register.xsd parses");

	for (int id = 0; id < PV_VOCAB_COUNT; id++) {
		const pv_vocab *v = pv_vocab_get((pv_vocab_id)id);
		if (!v || !v->name || !v->terms) {
			CHECK(0, "vocabulary %d has a table", id);
			continue;
		}
		test_table(v);
		if (doc)
			test_xsd_enums(doc, v);
		test_iris(&dpv, v);
	}
	test_special_categories(&dpv);
	test_aliases();
	if (doc)
		test_documentation(doc);

	xmlFreeDoc(doc);
	xmlCleanupParser();
	strset_free(&dpv.iris);
	strset_free(&dpv.pd);
	strset_free(&dpv.pd_special);
	return check_exit_status();
}
