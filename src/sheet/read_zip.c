/*
 * read_zip.c - XLSX (Office Open XML) and ODS (OpenDocument) workbooks:
 * the zip container read with libzip, each XML part parsed with the
 * register loader's safe parser (no entities, no DTD, no network).
 *
 * A zip bomb is refused before it is inflated where its sizes say so, and
 * while it is inflated where they lie: a part may inflate to at most
 * PV_ZIP_MAX_PART bytes and, above a mebibyte, to at most PV_ZIP_MAX_RATIO
 * times its compressed size. Repeated rows and cells (ODS
 * number-rows-repeated, number-columns-repeated) cost nothing while they
 * are empty and count against the table's limits when they are not.
 */
#include "sheet/table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "load/safexml.h"
#include "load/xmldoc.h"
#include "sheet/columns.h"
#include "util/fold.h"
#include "util/strbuf.h"
#include "util/text.h"

#define NS_SSML "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

/* ---- the container ------------------------------------------------------ */

typedef struct {
	zip_t *zip;
	zip_source_t *src;
	privicon_diagnostics *diags;
	const char *file;
} container;

static int open_container(container *c, privicon_diagnostics *diags, const char *file,
                          const char *data, size_t size)
{
	zip_error_t err;
	zip_int64_t entries;

	c->diags = diags;
	c->file = file;
	zip_error_init(&err);
	c->src = zip_source_buffer_create(data, size, 0, &err);
	if (!c->src) {
		zip_error_fini(&err);
		return PRIVICON_ENOMEM;
	}
	c->zip = zip_open_from_source(c->src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
	zip_error_fini(&err);
	if (!c->zip) {
		zip_source_free(c->src);
		c->src = NULL;
		return pv_sheet_fail(diags, file, 0, "import-format",
		                     "Het bestand is geen geldig zip-bestand, dus geen XLSX of ODS. "
		                     "Sla het werkblad opnieuw op.",
		                     "The file is not a valid zip file, so neither XLSX nor ODS. "
		                     "Save the sheet again.");
	}
	entries = zip_get_num_entries(c->zip, 0);
	if (entries < 0 || entries > (zip_int64_t)PV_ZIP_MAX_ENTRIES) {
		char nl[200], en[200];
		snprintf(nl, sizeof(nl), "Het zip-bestand heeft meer dan %d onderdelen; zo is geen "
		         "werkblad opgebouwd.", (int)PV_ZIP_MAX_ENTRIES);
		snprintf(en, sizeof(en), "The zip file has more than %d parts; no spreadsheet is "
		         "built like that.", (int)PV_ZIP_MAX_ENTRIES);
		return pv_sheet_fail(diags, file, 0, "import-limit", nl, en);
	}
	return PRIVICON_OK;
}

static void close_container(container *c)
{
	if (c->zip)
		zip_discard(c->zip); /* frees the source too */
	else if (c->src)
		zip_source_free(c->src);
}

static int bomb(container *c, const char *part)
{
	char nl[400], en[400];
	snprintf(nl, sizeof(nl), "Onderdeel %.100s pakt uit tot meer dan %zu MiB, of meer dan "
	         "%d keer zijn ingepakte grootte: een zip-bom of geen werkblad. Het is niet "
	         "gelezen.", part, PV_ZIP_MAX_PART / (1024 * 1024), PV_ZIP_MAX_RATIO);
	snprintf(en, sizeof(en), "Part %.100s inflates to more than %zu MiB, or more than %d "
	         "times its compressed size: a zip bomb or not a spreadsheet. It was not read.",
	         part, PV_ZIP_MAX_PART / (1024 * 1024), PV_ZIP_MAX_RATIO);
	return pv_sheet_fail(c->diags, c->file, 0, "import-limit", nl, en);
}

/* Reads part `name` into *out (NUL-terminated, caller frees). Returns 0,
 * PRIVICON_EINVALID (missing when `required`, a bomb, broken), 1 when
 * missing and not required, or PRIVICON_ENOMEM. */
static int read_part(container *c, const char *name, int required, char **out, size_t *size)
{
	zip_stat_t st;
	zip_file_t *zf;
	char *buf;
	size_t cap, len = 0;
	zip_uint64_t comp;

	*out = NULL;
	*size = 0;
	zip_stat_init(&st);
	if (zip_stat(c->zip, name, 0, &st) != 0) {
		char nl[300], en[300];
		if (!required)
			return 1;
		snprintf(nl, sizeof(nl), "Onderdeel %.100s ontbreekt: dit is geen volledig werkblad.",
		         name);
		snprintf(en, sizeof(en), "Part %.100s is missing: this is not a complete "
		         "spreadsheet.", name);
		return pv_sheet_fail(c->diags, c->file, 0, "import-format", nl, en);
	}
	comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
	if ((st.valid & ZIP_STAT_SIZE) &&
	    (st.size > PV_ZIP_MAX_PART ||
	     (st.size > 1024 * 1024 && st.size / (comp ? comp : 1) > PV_ZIP_MAX_RATIO)))
		return bomb(c, name);
	/* Never trust the stated size: read at most the limit, and stop when
	 * the ratio to the compressed size goes past the bound. */
	cap = (st.valid & ZIP_STAT_SIZE) ? (size_t)st.size + 1 : 65536;
	buf = malloc(cap + 1);
	if (!buf)
		return PRIVICON_ENOMEM;
	zf = zip_fopen(c->zip, name, 0);
	if (!zf) {
		free(buf);
		return pv_sheet_fail(c->diags, c->file, 0, "import-format",
		                     "Een onderdeel van het zip-bestand is niet te lezen (versleuteld "
		                     "of beschadigd).",
		                     "A part of the zip file cannot be read (encrypted or damaged).");
	}
	for (;;) {
		zip_int64_t n;
		if (len == cap) {
			size_t bigger = cap * 2;
			char *grown;
			if (cap >= PV_ZIP_MAX_PART + 1 ||
			    (len > 1024 * 1024 && len / (comp ? comp : 1) > PV_ZIP_MAX_RATIO)) {
				zip_fclose(zf);
				free(buf);
				return bomb(c, name);
			}
			if (bigger > PV_ZIP_MAX_PART + 1)
				bigger = PV_ZIP_MAX_PART + 1;
			grown = realloc(buf, bigger + 1);
			if (!grown) {
				zip_fclose(zf);
				free(buf);
				return PRIVICON_ENOMEM;
			}
			buf = grown;
			cap = bigger;
		}
		n = zip_fread(zf, buf + len, cap - len);
		if (n < 0) {
			zip_fclose(zf);
			free(buf);
			return pv_sheet_fail(c->diags, c->file, 0, "import-format",
			                     "Een onderdeel van het zip-bestand is beschadigd.",
			                     "A part of the zip file is damaged.");
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > PV_ZIP_MAX_PART ||
		    (len > 1024 * 1024 && len / (comp ? comp : 1) > PV_ZIP_MAX_RATIO)) {
			zip_fclose(zf);
			free(buf);
			return bomb(c, name);
		}
	}
	zip_fclose(zf);
	buf[len] = '\0';
	*out = buf;
	*size = len;
	return PRIVICON_OK;
}

/* Reads and parses part `name` safely into *doc. Same returns as
 * read_part(). */
static int parse_part(container *c, const char *name, int required, xmlDocPtr *doc)
{
	char *data, label[400];
	size_t size;
	int rc;

	*doc = NULL;
	rc = read_part(c, name, required, &data, &size);
	if (rc != PRIVICON_OK)
		return rc;
	snprintf(label, sizeof(label), "%s[%s]", c->file, name);
	rc = pv_parse_xml_safe(doc, c->diags, label, data, size);
	free(data);
	return rc;
}

/* ---- small tree helpers ----------------------------------------------- */

static int is_el(const xmlNode *n, const char *ns, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0 &&
	       n->ns && n->ns->href && strcmp((const char *)n->ns->href, ns) == 0;
}

static const char *ns_attr(const xmlNode *n, const char *ns, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (strcmp((const char *)a->name, name) == 0 && a->ns && a->ns->href &&
		    strcmp((const char *)a->ns->href, ns) == 0 && a->children &&
		    a->children->content)
			return (const char *)a->children->content;
	return NULL;
}

/* The first child element of `n` named `name` in `ns`. */
static xmlNode *child(const xmlNode *n, const char *ns, const char *name)
{
	for (xmlNode *k = n ? n->children : NULL; k; k = k->next)
		if (is_el(k, ns, name))
			return k;
	return NULL;
}

/* An attribute without namespace, "" when absent. */
static const char *attr(const xmlNode *n, const char *name)
{
	const char *v = pv_xml_attr(n, name);
	return v ? v : "";
}

/* A count from an attribute such as number-columns-repeated: 1 when
 * missing or malformed, at most `cap` + 1 (enough to break a limit). */
static size_t repeat_count(const char *s, size_t cap)
{
	size_t n = 0;
	if (!s || !*s)
		return 1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return 1;
		n = n * 10 + (size_t)(*s - '0');
		if (n > cap)
			return cap + 1;
	}
	return n ? n : 1;
}

/* Excel escapes some characters as _xHHHH_ in strings; a carriage return
 * (_x000D_) before a line break is the common one. Drops it in place. */
static void drop_escaped_cr(char *s)
{
	char *w = s;
	for (char *r = s; *r;) {
		if (strncmp(r, "_x000D_", 7) == 0) {
			r += 7;
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
}

/* ---- XLSX ------------------------------------------------------------- */

typedef struct {
	char **items;
	size_t n;
} shared_strings;

static void free_shared(shared_strings *ss)
{
	for (size_t i = 0; i < ss->n; i++)
		free(ss->items[i]);
	free(ss->items);
}

/* The text of every <t> under `n` (rich text runs joined; phonetic runs,
 * <rPh>, left out). */
static void collect_t(const xmlNode *n, pv_strbuf *b)
{
	for (const xmlNode *k = n->children; k; k = k->next) {
		if (is_el(k, NS_SSML, "t")) {
			xmlChar *t = xmlNodeGetContent(k);
			if (t) {
				pv_strbuf_add(b, (const char *)t);
				xmlFree(t);
			} else {
				b->oom = 1;
			}
		} else if (is_el(k, NS_SSML, "r")) {
			collect_t(k, b);
		}
	}
}

static int read_shared(container *c, shared_strings *ss)
{
	xmlDocPtr doc;
	size_t count = 0, i = 0;
	int rc = parse_part(c, "xl/sharedStrings.xml", 0, &doc);

	if (rc == 1)
		return PRIVICON_OK;
	if (rc != PRIVICON_OK)
		return rc;
	const xmlNode *root = xmlDocGetRootElement(doc);
	for (const xmlNode *k = root ? root->children : NULL; k; k = k->next)
		if (is_el(k, NS_SSML, "si"))
			count++;
	ss->items = calloc(count ? count : 1, sizeof(*ss->items));
	if (!ss->items) {
		pv_doc_free(doc);
		return PRIVICON_ENOMEM;
	}
	for (const xmlNode *k = root ? root->children : NULL; k; k = k->next) {
		if (!is_el(k, NS_SSML, "si"))
			continue;
		pv_strbuf b = PV_STRBUF_INIT;
		collect_t(k, &b);
		if (b.oom) {
			free(b.s);
			pv_doc_free(doc);
			return PRIVICON_ENOMEM;
		}
		ss->items[i] = b.s ? b.s : NULL;
		if (ss->items[i])
			drop_escaped_cr(ss->items[i]);
		i++;
		ss->n = i;
	}
	pv_doc_free(doc);
	return PRIVICON_OK;
}

/* "BC12" -> column 54 (0-based), row 11; -1 when malformed. */
static int cell_ref(const char *r, size_t *col, size_t *row)
{
	size_t c = 0, w = 0;
	const char *p = r;
	while (*p >= 'A' && *p <= 'Z') {
		c = c * 26 + (size_t)(*p - 'A' + 1);
		if (c > PV_TABLE_MAX_COLS + 1)
			c = PV_TABLE_MAX_COLS + 1;
		p++;
	}
	if (p == r || c == 0)
		return -1;
	while (*p >= '0' && *p <= '9') {
		w = w * 10 + (size_t)(*p - '0');
		if (w > 100000000)
			return -1;
		p++;
	}
	if (*p || w == 0)
		return -1;
	*col = c - 1;
	*row = w - 1;
	return 0;
}

static int read_xlsx_sheet(container *c, const char *part, const shared_strings *ss,
                           pv_table *t)
{
	xmlDocPtr doc;
	int rc = parse_part(c, part, 1, &doc);
	size_t row = 0;
	pv_table_limit limit = PV_LIMIT_NONE;

	if (rc != PRIVICON_OK)
		return rc;
	xmlNode *data = child(xmlDocGetRootElement(doc), NS_SSML, "sheetData");
	for (xmlNode *r = data ? data->children : NULL; r && !rc; r = r->next) {
		size_t col = 0, rr, cc;
		if (!is_el(r, NS_SSML, "row"))
			continue;
		const char *rn = attr(r, "r");
		if (*rn) {
			size_t n = repeat_count(rn, 100000000);
			if (n == 0 || n < row + 1) {
				rc = pv_table_limit_error(c->diags, c->file, PV_LIMIT_ROWS, n);
				break;
			}
			row = n - 1;
		}
		for (xmlNode *k = r->children; k && !rc; k = k->next) {
			if (!is_el(k, NS_SSML, "c"))
				continue;
			const char *ref = attr(k, "r"), *type = attr(k, "t");
			if (*ref && cell_ref(ref, &cc, &rr) == 0)
				col = cc;
			char *owned = NULL;
			const char *text = NULL;
			if (strcmp(type, "inlineStr") == 0) {
				pv_strbuf b = PV_STRBUF_INIT;
				xmlNode *is = child(k, NS_SSML, "is");
				if (is)
					collect_t(is, &b);
				if (b.oom) {
					free(b.s);
					rc = PRIVICON_ENOMEM;
					break;
				}
				owned = b.s;
				text = owned;
			} else {
				xmlNode *v = child(k, NS_SSML, "v");
				xmlChar *content = v ? xmlNodeGetContent(v) : NULL;
				owned = (char *)content;
				if (content && strcmp(type, "s") == 0) {
					char *end;
					unsigned long long idx = strtoull((const char *)content, &end, 10);
					text = (content[0] >= '0' && content[0] <= '9' && !*end && idx < ss->n)
					               ? ss->items[idx] : NULL;
				} else if (content && strcmp(type, "b") == 0) {
					text = strcmp((const char *)content, "1") == 0 ? "ja" : "nee";
				} else if (strcmp(type, "e") != 0) {
					text = (const char *)content;
				}
			}
			if (text) {
				if (owned == text)
					drop_escaped_cr(owned);
				rc = pv_table_put(t, row, col, text, strlen(text), &limit);
			}
			if (owned)
				xmlFree(owned);
			col++;
		}
		row++;
	}
	pv_doc_free(doc);
	if (rc == PRIVICON_ETOOBIG)
		return pv_table_limit_error(c->diags, c->file, limit, row + 1);
	return rc;
}

/* The worksheets in workbook order: names and part paths (xl/...). */
typedef struct {
	char *name;
	char *part;
} sheet_ref;

static int list_xlsx_sheets(container *c, sheet_ref **out, size_t *n_out)
{
	xmlDocPtr wb = NULL, rels = NULL;
	sheet_ref *list = NULL;
	size_t n = 0, cap = 0;
	int rc = parse_part(c, "xl/workbook.xml", 1, &wb);

	*out = NULL;
	*n_out = 0;
	if (rc == PRIVICON_OK)
		rc = parse_part(c, "xl/_rels/workbook.xml.rels", 1, &rels);
	if (rc != PRIVICON_OK) {
		pv_doc_free(wb);
		return rc;
	}
	xmlNode *sheets = child(xmlDocGetRootElement(wb), NS_SSML, "sheets");
	for (xmlNode *s = sheets ? sheets->children : NULL; s; s = s->next) {
		const char *id;
		if (!is_el(s, NS_SSML, "sheet") || !(id = ns_attr(s, NS_REL, "id")))
			continue;
		for (xmlNode *r = xmlDocGetRootElement(rels)->children; r; r = r->next) {
			if (!is_el(r, NS_PKG_REL, "Relationship") || strcmp(attr(r, "Id"), id) != 0)
				continue;
			const char *target = attr(r, "Target");
			if (n == cap) {
				size_t bigger = cap ? cap * 2 : 4;
				sheet_ref *grown = realloc(list, bigger * sizeof(*grown));
				if (!grown) {
					rc = PRIVICON_ENOMEM;
					goto done;
				}
				list = grown;
				cap = bigger;
			}
			list[n].name = strdup(attr(s, "name"));
			/* Targets are relative to xl/, or absolute from the root. */
			list[n].part = target[0] == '/' ? strdup(target + 1)
			                                : pv_strdup_printf("xl/%s", target);
			if (!list[n].name || !list[n].part) {
				free(list[n].name);
				free(list[n].part);
				rc = PRIVICON_ENOMEM;
				goto done;
			}
			n++;
			break;
		}
	}
done:
	pv_doc_free(wb);
	pv_doc_free(rels);
	if (rc != PRIVICON_OK) {
		for (size_t i = 0; i < n; i++) {
			free(list[i].name);
			free(list[i].part);
		}
		free(list);
		return rc;
	}
	*out = list;
	*n_out = n;
	return PRIVICON_OK;
}

/* A workbook's activities are on the sheet whose header row names the
 * most columns of a register: often the first, but a sheet of
 * instructions or a legend may come before it. The first this many
 * sheets (other than the controller's) are looked at, and no more once
 * one names GOOD_HEADER columns: a register's header row does, a legend
 * (one column name per row) does not. */
#define MAX_ACTIVITY_SHEETS 8
#define GOOD_HEADER 8

/* Whether another sheet should be read in search of the activities. */
static int look_further(const pv_table *best)
{
	size_t count;
	pv_header_row(best, &count);
	return count < GOOD_HEADER;
}

/* Makes `other` the activities when its header row names more columns
 * than that of `*best`; what is not kept stays in `other` (to be freed). */
static void keep_better(pv_table *best, pv_table *other)
{
	size_t best_count, other_count;
	pv_header_row(best, &best_count);
	pv_header_row(other, &other_count);
	if (other_count > best_count) {
		pv_table swap = *best;
		*best = *other;
		*other = swap;
	}
}

/* Whether a sheet's name says it holds the controller's details. */
static int is_organisation_sheet(const char *name)
{
	char f[64];
	pv_fold_into(f, sizeof(f), name);
	return strcmp(f, "organisatie") == 0 || strcmp(f, "organisation") == 0 ||
	       strcmp(f, "verwerkingsverantwoordelijke") == 0 || strcmp(f, "controller") == 0;
}

/* Whether sheet `name` is the one the mapping file names. */
static int is_wanted_sheet(const pv_workbook *wb, const char *name)
{
	char a[128], b[128];
	pv_fold_into(a, sizeof(a), name ? name : "");
	pv_fold_into(b, sizeof(b), wb->want_sheet);
	return strcmp(a, b) == 0;
}

/* Adds `name` to the list of the workbook's sheets, for a message. */
static void list_sheet(pv_strbuf *names, const char *name)
{
	pv_strbuf_printf(names, "%s'%.80s'", names->len ? ", " : "", name ? name : "");
}

/* The error when the sheet the mapping file names is not in the
 * workbook: against the mapping file, naming the sheets there are. */
static int wanted_sheet_missing(const pv_workbook *wb, privicon_diagnostics *diags,
                                const char *file, const pv_strbuf *names)
{
	char nl[1200], en[1200];
	if (names->oom)
		return PRIVICON_ENOMEM;
	snprintf(nl, sizeof(nl), "het werkblad '%.80s' (\"sheet\") staat niet in %.200s; de "
	         "werkbladen zijn: %.800s", wb->want_sheet, file, names->s ? names->s : "");
	snprintf(en, sizeof(en), "the sheet '%.80s' (\"sheet\") is not in %.200s; its sheets "
	         "are: %.800s", wb->want_sheet, file, names->s ? names->s : "");
	return pv_sheet_fail(diags, wb->map_file ? wb->map_file : "map", 0, "import-map", nl, en);
}

int pv_read_xlsx(pv_workbook *wb, privicon_diagnostics *diags, const char *file,
                 const char *data, size_t size)
{
	container c = {0};
	shared_strings ss = {0};
	sheet_ref *sheets = NULL;
	size_t n_sheets = 0;
	pv_strbuf names = PV_STRBUF_INIT;
	int rc;

	wb->format = PV_SHEET_XLSX;
	rc = open_container(&c, diags, file, data, size);
	if (rc == PRIVICON_OK)
		rc = list_xlsx_sheets(&c, &sheets, &n_sheets);
	if (rc == PRIVICON_OK && n_sheets == 0)
		rc = pv_sheet_fail(diags, file, 0, "import-format",
		                   "Het werkboek heeft geen werkblad.", "The workbook has no sheet.");
	if (rc == PRIVICON_OK)
		rc = read_shared(&c, &ss);
	for (size_t i = 0, candidates = 0; rc == PRIVICON_OK && i < n_sheets; i++) {
		pv_table *t = NULL, other = {0};
		int organisation = i > 0 && !wb->organisation.name && is_organisation_sheet(sheets[i].name);
		if (wb->want_sheet) {
			list_sheet(&names, sheets[i].name);
			if (!wb->activities.name && is_wanted_sheet(wb, sheets[i].name))
				t = &wb->activities;
			else if (!wb->organisation.name && is_organisation_sheet(sheets[i].name))
				t = &wb->organisation;
		} else if (organisation)
			t = &wb->organisation;
		else if (candidates == 0 || (candidates < MAX_ACTIVITY_SHEETS &&
		                             look_further(&wb->activities)))
			t = candidates++ == 0 ? &wb->activities : &other;
		if (!t)
			continue;
		if (!(t->name = strdup(sheets[i].name)))
			rc = PRIVICON_ENOMEM;
		else
			rc = read_xlsx_sheet(&c, sheets[i].part, &ss, t);
		if (t == &other) {
			if (rc == PRIVICON_OK)
				keep_better(&wb->activities, &other);
			pv_table_free(&other);
		}
	}
	if (rc == PRIVICON_OK && wb->want_sheet && !wb->activities.name)
		rc = wanted_sheet_missing(wb, diags, file, &names);
	free(names.s);
	for (size_t i = 0; i < n_sheets; i++) {
		free(sheets[i].name);
		free(sheets[i].part);
	}
	free(sheets);
	free_shared(&ss);
	close_container(&c);
	return rc;
}

/* ---- ODS -------------------------------------------------------------- */

/* The text of an ODS cell: its paragraphs joined by line breaks, with
 * <text:s c="N"/> as N spaces (at most 64), tabs and line breaks kept. */
static void ods_text(const xmlNode *n, pv_strbuf *b, int depth)
{
	if (depth > 32)
		return;
	for (const xmlNode *k = n->children; k; k = k->next) {
		if (k->type == XML_TEXT_NODE && k->content) {
			pv_strbuf_add(b, (const char *)k->content);
		} else if (is_el(k, NS_TEXT, "s")) {
			size_t count = repeat_count(ns_attr(k, NS_TEXT, "c"), 64);
			for (size_t i = 0; i < count && i < 64; i++)
				pv_strbuf_add(b, " ");
		} else if (is_el(k, NS_TEXT, "tab")) {
			pv_strbuf_add(b, "\t");
		} else if (is_el(k, NS_TEXT, "line-break")) {
			pv_strbuf_add(b, "\n");
		} else if (is_el(k, NS_TEXT, "p") || is_el(k, NS_TEXT, "h")) {
			if (b->len)
				pv_strbuf_add(b, "\n");
			ods_text(k, b, depth + 1);
		} else if (k->type == XML_ELEMENT_NODE && k->ns && k->ns->href &&
		           strcmp((const char *)k->ns->href, NS_TEXT) == 0) {
			ods_text(k, b, depth + 1); /* span, a, ... */
		}
	}
}

typedef struct {
	container *c;
	pv_table *t;
	size_t row;
	pv_table_limit limit;
} ods_walk;

static int ods_row(ods_walk *w, const xmlNode *r)
{
	size_t repeat = repeat_count(ns_attr(r, NS_TABLE, "number-rows-repeated"),
	                             PV_TABLE_MAX_ROWS * 20);
	size_t col = 0, first_row = w->row;
	int rc = PRIVICON_OK, any = 0;

	for (const xmlNode *k = r->children; k && !rc; k = k->next) {
		if (!is_el(k, NS_TABLE, "table-cell") && !is_el(k, NS_TABLE, "covered-table-cell"))
			continue;
		size_t span = repeat_count(ns_attr(k, NS_TABLE, "number-columns-repeated"),
		                           PV_TABLE_MAX_COLS);
		pv_strbuf b = PV_STRBUF_INIT;
		const char *date = ns_attr(k, NS_OFFICE, "date-value");
		if (date)
			pv_strbuf_add(&b, date);
		else
			ods_text(k, &b, 0);
		if (b.oom) {
			free(b.s);
			return PRIVICON_ENOMEM;
		}
		if (b.len) {
			any = 1;
			for (size_t rep = 0; rep < repeat && !rc; rep++)
				for (size_t i = 0; i < span && !rc; i++)
					rc = pv_table_put(w->t, first_row + rep, col + i, b.s, b.len,
					                  &w->limit);
		}
		free(b.s);
		col += span;
		if (col > PV_TABLE_MAX_COLS * 64 && !rc)
			break; /* only empty cells can be this far out */
	}
	(void)any;
	w->row += repeat;
	return rc;
}

static int ods_rows(ods_walk *w, const xmlNode *parent, int depth)
{
	int rc = PRIVICON_OK;
	if (depth > 8)
		return PRIVICON_OK;
	for (const xmlNode *k = parent->children; k && !rc; k = k->next) {
		if (is_el(k, NS_TABLE, "table-row"))
			rc = ods_row(w, k);
		else if (is_el(k, NS_TABLE, "table-header-rows") || is_el(k, NS_TABLE, "table-rows") ||
		         is_el(k, NS_TABLE, "table-row-group"))
			rc = ods_rows(w, k, depth + 1);
	}
	return rc;
}

int pv_read_ods(pv_workbook *wb, privicon_diagnostics *diags, const char *file,
                const char *data, size_t size)
{
	container c = {0};
	xmlDocPtr doc = NULL;
	int rc, first = 1;
	size_t candidates = 0;
	pv_strbuf names = PV_STRBUF_INIT;

	wb->format = PV_SHEET_ODS;
	rc = open_container(&c, diags, file, data, size);
	if (rc == PRIVICON_OK)
		rc = parse_part(&c, "content.xml", 1, &doc);
	if (rc == PRIVICON_OK) {
		xmlNode *body = child(xmlDocGetRootElement(doc), NS_OFFICE, "body");
		xmlNode *ss = child(body, NS_OFFICE, "spreadsheet");
		for (xmlNode *tab = ss ? ss->children : NULL; tab && !rc; tab = tab->next) {
			pv_table *t = NULL;
			const char *name;
			if (!is_el(tab, NS_TABLE, "table"))
				continue;
			pv_table other = {0};
			name = ns_attr(tab, NS_TABLE, "name");
			if (wb->want_sheet) {
				list_sheet(&names, name);
				if (!wb->activities.name && is_wanted_sheet(wb, name))
					t = &wb->activities;
				else if (!wb->organisation.name && name && is_organisation_sheet(name))
					t = &wb->organisation;
			} else if (!first && !wb->organisation.name && name && is_organisation_sheet(name))
				t = &wb->organisation;
			else if (first || (candidates < MAX_ACTIVITY_SHEETS &&
			                   look_further(&wb->activities))) {
				candidates++;
				t = first ? &wb->activities : &other;
			}
			first = 0;
			if (!t)
				continue;
			if (!(t->name = strdup(name ? name : "")))
				rc = PRIVICON_ENOMEM;
			if (!rc) {
				ods_walk w = {&c, t, 0, PV_LIMIT_NONE};
				rc = ods_rows(&w, tab, 0);
				if (rc == PRIVICON_ETOOBIG)
					rc = pv_table_limit_error(diags, file, w.limit, w.row + 1);
			}
			if (t == &other) {
				if (!rc)
					keep_better(&wb->activities, &other);
				pv_table_free(&other);
			}
		}
		if (!rc && first)
			rc = pv_sheet_fail(diags, file, 0, "import-format",
			                   "Het werkboek heeft geen werkblad.", "The workbook has no sheet.");
		else if (!rc && wb->want_sheet && !wb->activities.name)
			rc = wanted_sheet_missing(wb, diags, file, &names);
	}
	free(names.s);
	pv_doc_free(doc);
	close_container(&c);
	return rc;
}
