/*
 * svgids.c - prefixes ids and references in SVG documents, adds the
 * accessible name and description, builds the icon sprite (svgids.h).
 *
 * A DOM walk rather than text substitution: it finds every attribute
 * whatever order or quoting cairo (or an icon's author) used, and the
 * text of <title> and <desc> is escaped by libxml2.
 */
#include "render/svgids.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "privicon.h"

#define SVG_NS   "http://www.w3.org/2000/svg"
#define XLINK_NS "http://www.w3.org/1999/xlink"

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int fail(char *err, size_t err_size, const char *fmt, ...)
{
	if (err && err_size) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err, err_size, fmt, ap);
		va_end(ap);
	}
	return PRIVICON_EINVALID;
}

static int is_name(const xmlChar *a, const char *b)
{
	return a && strcmp((const char *)a, b) == 0;
}

/* Parses an SVG document: no network, no entities, no DTD; a DOCTYPE is
 * refused (an icon source has no use for one). */
static int parse(xmlDocPtr *out, const char *svg, size_t size, char *err, size_t err_size)
{
	xmlDocPtr doc;
	xmlNodePtr root;

	*out = NULL;
	if (size > (size_t)1 << 30)
		return fail(err, err_size, "SVG document too large");
	doc = xmlReadMemory(svg, (int)size, NULL, "UTF-8",
	                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		const xmlError *e = xmlGetLastError();
		return fail(err, err_size, "SVG is not well-formed: %s",
		            e && e->message ? e->message : "parse error");
	}
	root = xmlDocGetRootElement(doc);
	if (doc->intSubset || doc->extSubset) {
		xmlFreeDoc(doc);
		return fail(err, err_size, "SVG has a DOCTYPE");
	}
	if (!root || !is_name(root->name, "svg") || !root->ns ||
	    !is_name(root->ns->href, SVG_NS)) {
		xmlFreeDoc(doc);
		return fail(err, err_size, "not an SVG document (root is not svg:svg)");
	}
	*out = doc;
	return 0;
}

static int serialize(char **out, size_t *out_size, xmlDocPtr doc)
{
	xmlChar *mem = NULL;
	int len = 0;

	xmlDocDumpMemoryEnc(doc, &mem, &len, "UTF-8");
	if (!mem || len < 0) {
		xmlFree(mem);
		return PRIVICON_ENOMEM;
	}
	*out = malloc((size_t)len + 1);
	if (!*out) {
		xmlFree(mem);
		return PRIVICON_ENOMEM;
	}
	memcpy(*out, mem, (size_t)len);
	(*out)[len] = '\0';
	*out_size = (size_t)len;
	xmlFree(mem);
	return 0;
}

/* ---- prefixing ------------------------------------------------------------ */

/*
 * Two passes over the tree. The first gives every id its new name in
 * document order; the second rewrites ids and references through that map.
 * With `renumber`, the new name is the prefix, the id's leading letters and
 * a counter ("surface37" -> "pv-x-surface2"): cairo numbers surfaces with a
 * process-wide counter, so the second sheet drawn in a process would
 * otherwise differ from the same sheet drawn first - not the same bytes
 * for the same input. Without it (icon sources) the name is prefix + id.
 */
typedef struct {
	const char *prefix;
	int renumber;
	int strict;       /* every reference must resolve */
	xmlHashTablePtr map; /* old id -> new id (malloc'd) */
	unsigned counter;
	int oom;
	int status;
	char *err;
	size_t err_size;
} walk;

static char *concat(const char *a, const char *b, size_t b_len)
{
	size_t na = strlen(a);
	char *s = malloc(na + b_len + 1);
	if (s) {
		memcpy(s, a, na);
		memcpy(s + na, b, b_len);
		s[na + b_len] = '\0';
	}
	return s;
}

static void free_entry(void *payload, const xmlChar *name)
{
	(void)name;
	free(payload);
}

/* Pass 1: a new name for id `v`. */
static void define_id(walk *w, const char *v)
{
	char *name;
	if (w->renumber) {
		char letters[32], num[16];
		size_t n = 0;
		while (n < sizeof(letters) - 1 && ((v[n] >= 'a' && v[n] <= 'z') ||
		                                   (v[n] >= 'A' && v[n] <= 'Z')))
			n++;
		memcpy(letters, v, n);
		letters[n] = '\0';
		snprintf(num, sizeof(num), "%u", ++w->counter);
		size_t len = strlen(w->prefix) + n + strlen(num) + 1;
		name = malloc(len);
		if (name)
			snprintf(name, len, "%s%s%s", w->prefix, n ? letters : "id", num);
	} else {
		name = concat(w->prefix, v, strlen(v));
	}
	if (!name) {
		w->oom = 1;
		return;
	}
	if (xmlHashLookup(w->map, BAD_CAST v)) {
		free(name);
		if (!w->status)
			w->status = fail(w->err, w->err_size, "duplicate id \"%s\"", v);
		return;
	}
	if (xmlHashAddEntry(w->map, BAD_CAST v, name) != 0) {
		free(name);
		w->oom = 1;
	}
}

static void collect_ids(walk *w, xmlNodePtr node)
{
	for (xmlNodePtr n = node; n && !w->oom && !w->status; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (xmlAttrPtr a = n->properties; a; a = a->next) {
			if (a->ns || !is_name(a->name, "id"))
				continue;
			xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
			if (!v) {
				w->oom = 1;
				return;
			}
			define_id(w, (const char *)v);
			xmlFree(v);
		}
		collect_ids(w, n->children);
	}
}

/* The new name of a reference to `id` (not NUL-terminated, `len` bytes):
 * a string the caller frees, or NULL (w->oom or w->status set). */
static char *resolve(walk *w, const char *id, size_t len)
{
	char *key = concat("", id, len);
	const char *name;
	if (!key) {
		w->oom = 1;
		return NULL;
	}
	name = xmlHashLookup(w->map, BAD_CAST key);
	char *out = name ? concat("", name, strlen(name)) : NULL;
	if (!name && w->strict) {
		if (!w->status)
			w->status = fail(w->err, w->err_size, "reference to a missing id \"%s\"", key);
	} else if (!name) {
		/* An icon's reference to something outside it: prefixed
		 * like the ids, harmless. */
		out = concat(w->prefix, key, len);
	}
	if (!out && !w->status)
		w->oom = 1;
	free(key);
	return out;
}

/* `value` with every url(#X) (also url('#X') and url("#X")) resolved;
 * NULL when there is none (or on failure: w->oom / w->status). */
static char *rewrite_urls(walk *w, const char *value)
{
	const char *p = value, *hit;
	size_t len = 0, cap = strlen(value) + 1;
	char *out = malloc(cap);
	int changed = 0;

	if (!out) {
		w->oom = 1;
		return NULL;
	}
	while ((hit = strstr(p, "url(")) != NULL) {
		const char *q = hit + 4;
		/* Copy up to and including "url(" and a quote. */
		if (*q == '\'' || *q == '"')
			q++;
		size_t n = (size_t)(q - p);
		const char *end = q;
		char *name = NULL;
		if (*q == '#') {
			end = q + 1;
			while (*end && *end != ')' && *end != '\'' && *end != '"')
				end++;
			name = resolve(w, q + 1, (size_t)(end - q - 1));
			if (!name) {
				free(out);
				return NULL;
			}
		}
		size_t need = len + n + (name ? strlen(name) + 1 : 0) + strlen(end) + 1;
		if (need > cap) {
			char *bigger = realloc(out, need);
			if (!bigger) {
				free(name);
				free(out);
				w->oom = 1;
				return NULL;
			}
			out = bigger;
			cap = need;
		}
		memcpy(out + len, p, n);
		len += n;
		if (name) {
			out[len++] = '#';
			memcpy(out + len, name, strlen(name));
			len += strlen(name);
			free(name);
			changed = 1;
		}
		p = end;
	}
	memcpy(out + len, p, strlen(p) + 1);
	if (!changed) {
		free(out);
		return NULL;
	}
	return out;
}

static void set_attr_value(walk *w, xmlAttrPtr a, const char *value)
{
	xmlAttrPtr r = a->ns ? xmlSetNsProp(a->parent, a->ns, a->name, BAD_CAST value)
	                     : xmlSetProp(a->parent, a->name, BAD_CAST value);
	if (!r)
		w->oom = 1;
}

static void rewrite_attr(walk *w, xmlAttrPtr a)
{
	xmlChar *value = xmlNodeGetContent((xmlNodePtr)a);
	const char *v = (const char *)value;
	int no_ns = a->ns == NULL;
	int xlink = a->ns && is_name(a->ns->href, XLINK_NS);

	if (!value) {
		w->oom = 1;
		return;
	}
	if (no_ns && is_name(a->name, "id")) {
		const char *name = xmlHashLookup(w->map, value);
		if (name)
			set_attr_value(w, a, name);
	} else if ((no_ns || xlink) && is_name(a->name, "href") && v[0] == '#') {
		char *name = resolve(w, v + 1, strlen(v + 1));
		char *full = name ? concat("#", name, strlen(name)) : NULL;
		if (name && !full)
			w->oom = 1;
		if (full)
			set_attr_value(w, a, full);
		free(name);
		free(full);
	} else if (strstr(v, "url(")) {
		char *nv = rewrite_urls(w, v);
		if (nv) {
			set_attr_value(w, a, nv);
			free(nv);
		}
	}
	xmlFree(value);
}

static void rewrite_tree(walk *w, xmlNodePtr node)
{
	for (xmlNodePtr n = node; n && !w->oom && !w->status; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (xmlAttrPtr a = n->properties; a && !w->oom; a = a->next)
			rewrite_attr(w, a);
		/* CSS in a <style> element may refer to ids too. */
		if (is_name(n->name, "style")) {
			xmlChar *css = xmlNodeGetContent(n);
			char *nv = css ? rewrite_urls(w, (const char *)css) : NULL;
			if (!css)
				w->oom = 1;
			if (nv) {
				xmlNodeSetContent(n, NULL);
				xmlNodeAddContent(n, BAD_CAST nv);
				free(nv);
			}
			xmlFree(css);
			continue;
		}
		rewrite_tree(w, n->children);
	}
}

/* Prefixes every id and reference under `root` (see above). */
static int prefix_ids(xmlNodePtr root, const char *prefix, int renumber, char *err,
                      size_t err_size)
{
	walk w = {.prefix = prefix, .renumber = renumber, .strict = renumber, .err = err,
	          .err_size = err_size};
	int rc;

	w.map = xmlHashCreate(64);
	if (!w.map)
		return PRIVICON_ENOMEM;
	collect_ids(&w, root);
	if (!w.oom && !w.status)
		rewrite_tree(&w, root);
	rc = w.oom ? PRIVICON_ENOMEM : w.status;
	xmlHashFree(w.map, free_entry);
	return rc;
}

/* ---- accessible names ----------------------------------------------------- */

static xmlNodePtr text_element(xmlDocPtr doc, xmlNsPtr ns, const char *name, const char *text,
                               const char *id)
{
	xmlNodePtr n = xmlNewDocNode(doc, ns, BAD_CAST name, NULL);
	if (!n)
		return NULL;
	xmlNodeAddContent(n, BAD_CAST text); /* escapes <, & */
	if ((n->children == NULL && *text) || (id && !xmlSetProp(n, BAD_CAST "id", BAD_CAST id))) {
		xmlFreeNode(n);
		return NULL;
	}
	return n;
}

/* Removes <title> and <desc> children of `root` (they are replaced). */
static void drop_title_desc(xmlNodePtr root)
{
	xmlNodePtr n = root->children;
	while (n) {
		xmlNodePtr next = n->next;
		if (n->type == XML_ELEMENT_NODE &&
		    (is_name(n->name, "title") || is_name(n->name, "desc"))) {
			xmlUnlinkNode(n);
			xmlFreeNode(n);
		}
		n = next;
	}
}

/* Inserts `node` as the first child of `parent`. */
static void add_first(xmlNodePtr parent, xmlNodePtr node)
{
	if (parent->children)
		xmlAddPrevSibling(parent->children, node);
	else
		xmlAddChild(parent, node);
}

static char *join3(const char *a, const char *b)
{
	return concat(a, b, strlen(b));
}

int pv_svg_finish_sheet(char **out, size_t *out_size, const char *svg, size_t size,
                        const char *prefix, const char *title, const char *desc,
                        const char *lang, char *err, size_t err_size)
{
	xmlDocPtr doc;
	xmlNodePtr root, t = NULL, d = NULL;
	char *title_id = NULL, *desc_id = NULL;
	int rc;

	*out = NULL;
	*out_size = 0;
	rc = parse(&doc, svg, size, err, err_size);
	if (rc != 0)
		return rc;
	root = xmlDocGetRootElement(doc);
	rc = prefix_ids(root, prefix, 1, err, err_size);
	if (rc == 0) {
		title_id = join3(prefix, "title");
		desc_id = join3(prefix, "desc");
		if (!title_id || !desc_id)
			rc = PRIVICON_ENOMEM;
	}
	if (rc == 0) {
		t = text_element(doc, root->ns, "title", title, title_id);
		d = text_element(doc, root->ns, "desc", desc, desc_id);
		if (!t || !d)
			rc = PRIVICON_ENOMEM;
	}
	if (rc == 0) {
		drop_title_desc(root);
		add_first(root, d);
		add_first(root, t);
		t = d = NULL;
		xmlNodeSetLang(root, BAD_CAST lang);
		if (!xmlSetProp(root, BAD_CAST "role", BAD_CAST "img") ||
		    !xmlSetProp(root, BAD_CAST "aria-labelledby", BAD_CAST title_id) ||
		    !xmlSetProp(root, BAD_CAST "aria-describedby", BAD_CAST desc_id))
			rc = PRIVICON_ENOMEM;
	}
	if (rc == 0)
		rc = serialize(out, out_size, doc);
	xmlFreeNode(t);
	xmlFreeNode(d);
	free(title_id);
	free(desc_id);
	xmlFreeDoc(doc);
	return rc;
}

int pv_svg_finish_icon(char **out, size_t *out_size, const char *svg, size_t size,
                       const char *prefix, const char *title, const char *color,
                       const char *lang, char *err, size_t err_size)
{
	xmlDocPtr doc;
	xmlNodePtr root, t;
	int rc;

	*out = NULL;
	*out_size = 0;
	rc = parse(&doc, svg, size, err, err_size);
	if (rc != 0)
		return rc;
	root = xmlDocGetRootElement(doc);
	rc = prefix_ids(root, prefix, 0, err, err_size);
	if (rc == 0) {
		drop_title_desc(root);
		t = text_element(doc, root->ns, "title", title, NULL);
		if (!t)
			rc = PRIVICON_ENOMEM;
		else
			add_first(root, t);
	}
	if (rc == 0) {
		xmlNodeSetLang(root, BAD_CAST lang);
		if (!xmlSetProp(root, BAD_CAST "role", BAD_CAST "img") ||
		    (color && !xmlSetProp(root, BAD_CAST "color", BAD_CAST color)))
			rc = PRIVICON_ENOMEM;
	}
	if (rc == 0)
		rc = serialize(out, out_size, doc);
	xmlFreeDoc(doc);
	return rc;
}

/* ---- the sprite ------------------------------------------------------------- */

/* Root attributes that describe the document, not how its shapes are
 * drawn: they stay behind when the content moves into a <symbol>. */
static int is_document_attr(xmlAttrPtr a)
{
	static const char *const names[] = {"width", "height", "viewBox", "version", "id",
	                                    "x", "y", "preserveAspectRatio", "role", "class",
	                                    "baseProfile", "lang"};
	if (a->ns)
		return 1; /* xml:lang, xlink:..., sodipodi:... */
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (is_name(a->name, names[i]))
			return 1;
	return strncmp((const char *)a->name, "aria-", 5) == 0;
}

static int add_symbol(xmlDocPtr sprite, xmlNodePtr sprite_root, const pv_svg_symbol *sym,
                      char *err, size_t err_size)
{
	xmlDocPtr src;
	xmlNodePtr root, symbol, g, t;
	xmlChar *view_box;
	char *prefix;
	int rc;

	rc = parse(&src, sym->svg, sym->svg_size, err, err_size);
	if (rc != 0)
		return rc;
	root = xmlDocGetRootElement(src);
	prefix = join3(sym->id, "-");
	if (!prefix) {
		xmlFreeDoc(src);
		return PRIVICON_ENOMEM;
	}
	rc = prefix_ids(root, prefix, 0, err, err_size);
	free(prefix);
	if (rc != 0) {
		xmlFreeDoc(src);
		return rc;
	}
	drop_title_desc(root);
	symbol = xmlNewChild(sprite_root, sprite_root->ns, BAD_CAST "symbol", NULL);
	g = symbol ? xmlNewDocNode(sprite, sprite_root->ns, BAD_CAST "g", NULL) : NULL;
	t = g ? text_element(sprite, sprite_root->ns, "title", sym->title, NULL) : NULL;
	view_box = xmlGetNoNsProp(root, BAD_CAST "viewBox");
	if (!symbol || !g || !t || !xmlSetProp(symbol, BAD_CAST "id", BAD_CAST sym->id) ||
	    !xmlSetProp(symbol, BAD_CAST "viewBox", view_box ? view_box : BAD_CAST "0 0 48 48")) {
		xmlFree(view_box);
		xmlFreeNode(g);
		xmlFreeNode(t);
		xmlFreeDoc(src);
		return PRIVICON_ENOMEM;
	}
	xmlFree(view_box);
	xmlAddChild(symbol, t);
	xmlAddChild(symbol, g);
	for (xmlAttrPtr a = root->properties; a; a = a->next) {
		if (is_document_attr(a))
			continue;
		xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
		if (!v || !xmlSetProp(g, a->name, v)) {
			xmlFree(v);
			xmlFreeDoc(src);
			return PRIVICON_ENOMEM;
		}
		xmlFree(v);
	}
	for (xmlNodePtr n = root->children; n; n = n->next) {
		xmlNodePtr copy = NULL;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		/* Clone into the sprite under `g`, re-using the sprite's
		 * namespace declarations instead of repeating xmlns on every
		 * element. */
		if (xmlDOMWrapCloneNode(NULL, src, n, &copy, sprite, g, 1, 0) != 0 || !copy) {
			xmlFreeDoc(src);
			return PRIVICON_ENOMEM;
		}
		xmlAddChild(g, copy);
	}
	xmlFreeDoc(src);
	return 0;
}

int pv_svg_sprite(char **out, size_t *out_size, const pv_svg_symbol *symbols, size_t n,
                  const char *lang, char *err, size_t err_size)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, BAD_CAST "svg", NULL) : NULL;
	xmlNsPtr ns = root ? xmlNewNs(root, BAD_CAST SVG_NS, NULL) : NULL;
	int rc = 0;

	*out = NULL;
	*out_size = 0;
	if (!doc || !root || !ns) {
		xmlFreeNode(root);
		xmlFreeDoc(doc);
		return PRIVICON_ENOMEM;
	}
	xmlSetNs(root, ns);
	xmlDocSetRootElement(doc, root);
	xmlNodeSetLang(root, BAD_CAST lang);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		rc = add_symbol(doc, root, &symbols[i], err, err_size);
		if (rc == PRIVICON_EINVALID && err && err_size) {
			/* Name the icon in front of the reason. */
			char reason[256];
			snprintf(reason, sizeof(reason), "%s", err);
			snprintf(err, err_size, "%s: %s", symbols[i].id, reason);
		}
	}
	if (rc == 0)
		rc = serialize(out, out_size, doc);
	xmlFreeDoc(doc);
	return rc;
}
