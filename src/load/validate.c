/*
 * validate.c - XSD validation of a register, and the rephrasing of each
 * libxml2 schema error into words a privacy officer understands.
 *
 * libxml2 reports errors such as
 *   Element '{urn:privicon:register:1}recipients': The attribute
 *   'outside-controller' is required but missing.
 * We take the error apart (element, attribute, kind of problem, value) and
 * say the same thing in Dutch and English, naming the activity the element
 * sits in and what the schema expects there. What the schema expects (the
 * order of children, the allowed attributes, the type of a value) is read
 * from the schema document itself, so the wording follows the schema when
 * it changes; only the explanation of each pattern type is written here.
 * Anything we do not recognise keeps a generic wording plus the raw
 * libxml2 message, so no finding is ever lost; that text is English, so it
 * goes only into the English message, and the Dutch one stays all Dutch.
 */
#include "load/validate.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemas.h>

#include "model/duration.h"
#include "model/vocab.h"
#include "util/text.h"

#define XSD_NS "http://www.w3.org/2001/XMLSchema"

/* Upper bounds for the wording: values are clipped, lists are short. */
#define MSG_MAX 4096
#define VALUE_MAX 80
#define RAW_MAX 300
#define NAMES_MAX 48
#define PATH_MAX_DEPTH 64
#define SCHEMA_PARSE_ERRORS_MAX 20

struct pv_schema {
	xmlDocPtr doc;          /* the XSD source, read by the wording */
	xmlSchemaPtr compiled;
};

/* ---- small string helpers ------------------------------------------- */

typedef struct {
	char s[MSG_MAX];
	size_t n;
} sbuf;

static void sb_add(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Appends; output that does not fit is cut (messages are bounded). */
static void sb_add(sbuf *b, const char *fmt, ...)
{
	if (b->n >= sizeof(b->s) - 1)
		return;
	va_list ap;
	va_start(ap, fmt);
	int w = vsnprintf(b->s + b->n, sizeof(b->s) - b->n, fmt, ap);
	va_end(ap);
	if (w < 0)
		return;
	b->n += (size_t)w;
	if (b->n > sizeof(b->s) - 1)
		b->n = sizeof(b->s) - 1;
}

/* A number that libxml2 or the schema gives as text, grouped as the
 * language writes it; anything but plain digits is copied as it is. */
static char *format_number_text(char *dst, size_t cap, const char *s, pv_lang lang)
{
	size_t len = strlen(s);
	int digits = len > 0 && len <= 18;
	for (size_t i = 0; digits && i < len; i++)
		digits = s[i] >= '0' && s[i] <= '9';
	if (!digits)
		return pv_clip(dst, cap, s, cap > 4 ? cap - 4 : 0);
	return pv_format_count(dst, cap, strtoumax(s, NULL, 10), lang);
}

/* Copies s[0..len) into dst as a string, clipped to VALUE_MAX. */
static char *copy_span(char *dst, size_t cap, const char *s, size_t len)
{
	char tmp[VALUE_MAX + 8];
	size_t n = len < VALUE_MAX + 4 ? len : VALUE_MAX + 4;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	if (len > n) {
		/* Make pv_clip see that the value goes on. */
		tmp[VALUE_MAX + 1] = 'x';
		tmp[VALUE_MAX + 2] = '\0';
	}
	return pv_clip(dst, cap, tmp, VALUE_MAX);
}

static int streq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* Case-insensitive ASCII equality (no locale). */
static int strcasecmp_ascii_eq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return *a == *b;
}

/* A list of names (pointers owned elsewhere, usually the schema doc). */
typedef struct {
	const char *v[NAMES_MAX];
	size_t n;
} names;

static void names_add(names *l, const char *s)
{
	if (!s || l->n >= NAMES_MAX)
		return;
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return;
	l->v[l->n++] = s;
}

static int names_has(const names *l, const char *s)
{
	for (size_t i = 0; s && i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

/* The closest name to `s`, when close enough to be a likely typo. */
static const char *closest(const names *l, const char *s)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < l->n; i++) {
		size_t d = pv_edit_distance(s, l->v[i]);
		if (d < best_d) {
			best_d = d;
			best = l->v[i];
		}
	}
	if (!best || best_d == 0)
		return best_d == 0 ? best : NULL;
	return best_d <= pv_typo_limit(strlen(best)) ? best : NULL;
}

/* Appends "<a>, <b> or <c>" (elements) or "a, b, c" (values). */
static void sb_list(sbuf *b, const names *l, int elements, const char *last_sep)
{
	for (size_t i = 0; i < l->n; i++) {
		if (i > 0)
			sb_add(b, "%s", i + 1 == l->n && last_sep ? last_sep : ", ");
		sb_add(b, elements ? "<%s>" : "%s", l->v[i]);
	}
}

/* ---- reading the schema document ------------------------------------ */

static int is_xs(const xmlNode *n, const char *local)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && streq((const char *)n->ns->href, XSD_NS) &&
	       streq((const char *)n->name, local);
}

/* The value of an unqualified attribute without allocating, or NULL. The
 * loader refuses entities, so a value is one text node (or none). */
static const char *local_part(const char *qname)
{
	const char *c = qname ? strchr(qname, ':') : NULL;
	return c ? c + 1 : qname;
}

/* Whether the QName in attribute value `qname` of `ctx` names something in
 * the XSD namespace (a built-in type such as xs:date). */
static int qname_is_xsd(const xmlNode *ctx, const char *qname)
{
	const char *c = strchr(qname, ':');
	char prefix[64];
	const xmlChar *pfx = NULL;
	if (c) {
		size_t len = (size_t)(c - qname);
		if (len >= sizeof(prefix))
			return 0;
		memcpy(prefix, qname, len);
		prefix[len] = '\0';
		pfx = (const xmlChar *)prefix;
	}
	xmlNsPtr ns = xmlSearchNs(ctx->doc, (xmlNodePtr)ctx, pfx);
	return ns && streq((const char *)ns->href, XSD_NS);
}

static const xmlNode *schema_root(const pv_schema *s)
{
	return xmlDocGetRootElement(s->doc);
}

/* A top-level xs:<kind name="name">. */
static const xmlNode *global_decl(const pv_schema *s, const char *kind, const char *name)
{
	const xmlNode *root = schema_root(s);
	for (const xmlNode *n = root ? root->children : NULL; n; n = n->next)
		if (is_xs(n, kind) && streq(pv_xml_attr(n, "name"), name))
			return n;
	return NULL;
}

/* Pre-order successor of `n` inside the subtree of `top`; does not
 * descend into `n` when `descend` is 0. Iterative: no recursion. */
static const xmlNode *next_in(const xmlNode *n, const xmlNode *top, int descend)
{
	if (descend && n->children)
		return n->children;
	while (n && n != top) {
		if (n->next)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

/* The element declaration an xs:element stands for (follows @ref). */
static const xmlNode *resolve_ref(const pv_schema *s, const xmlNode *decl)
{
	const char *ref = pv_xml_attr(decl, "ref");
	if (!ref)
		return decl;
	const xmlNode *g = global_decl(s, "element", local_part(ref));
	return g ? g : decl;
}

static const char *decl_name(const pv_schema *s, const xmlNode *decl)
{
	const xmlNode *d = resolve_ref(s, decl);
	return pv_xml_attr(d, "name");
}

/* The complex type of an element declaration, or NULL for simple content
 * of a simple type. *type_name gets the local name of a named type. */
static const xmlNode *decl_type(const pv_schema *s, const xmlNode *decl, const char **type_name)
{
	decl = resolve_ref(s, decl);
	if (type_name)
		*type_name = NULL;
	const char *t = pv_xml_attr(decl, "type");
	if (t) {
		if (type_name)
			*type_name = local_part(t);
		if (qname_is_xsd(decl, t))
			return NULL;
		return global_decl(s, "complexType", local_part(t));
	}
	for (const xmlNode *c = decl->children; c; c = c->next)
		if (is_xs(c, "complexType"))
			return c;
	return NULL;
}

/* The declaration of child element `name` in the content model of complex
 * type `ct` (not looking inside nested element declarations). */
static const xmlNode *child_decl(const pv_schema *s, const xmlNode *ct, const char *name)
{
	for (const xmlNode *n = ct ? ct->children : NULL; n; ) {
		int is_el = is_xs(n, "element");
		if (is_el && streq(decl_name(s, n), name))
			return n;
		n = next_in(n, ct, !is_el && n->type == XML_ELEMENT_NODE);
	}
	return NULL;
}

static void child_names(const pv_schema *s, const xmlNode *ct, names *out)
{
	for (const xmlNode *n = ct ? ct->children : NULL; n; ) {
		int is_el = is_xs(n, "element");
		if (is_el)
			names_add(out, decl_name(s, n));
		n = next_in(n, ct, !is_el && n->type == XML_ELEMENT_NODE);
	}
}

/* The declaration of attribute `name` of complex type `ct`. */
static const xmlNode *attr_decl(const xmlNode *ct, const char *name)
{
	for (const xmlNode *n = ct ? ct->children : NULL; n; ) {
		int is_el = is_xs(n, "element");
		if (is_xs(n, "attribute") && streq(pv_xml_attr(n, "name"), name))
			return n;
		n = next_in(n, ct, !is_el && n->type == XML_ELEMENT_NODE);
	}
	return NULL;
}

static void attr_names(const xmlNode *ct, names *out)
{
	for (const xmlNode *n = ct ? ct->children : NULL; n; ) {
		int is_el = is_xs(n, "element");
		if (is_xs(n, "attribute"))
			names_add(out, pv_xml_attr(n, "name"));
		n = next_in(n, ct, !is_el && n->type == XML_ELEMENT_NODE);
	}
}

/* The local name of the (named) type of an attribute declaration, NULL
 * when it is anonymous. */
static const char *attr_type(const xmlNode *adecl)
{
	const char *t = pv_xml_attr(adecl, "type");
	return t ? local_part(t) : NULL;
}

/* The value of facet `facet` (e.g. maxLength) of named simple type
 * `type`, following restriction bases inside the schema. */
static const char *facet_value(const pv_schema *s, const char *type, const char *facet)
{
	for (int hops = 0; type && hops < 8; hops++) {
		const xmlNode *st = global_decl(s, "simpleType", type);
		const xmlNode *r = NULL;
		for (const xmlNode *c = st ? st->children : NULL; c && !r; c = c->next)
			if (is_xs(c, "restriction"))
				r = c;
		if (!r)
			return NULL;
		for (const xmlNode *f = r->children; f; f = f->next)
			if (is_xs(f, facet))
				return pv_xml_attr(f, "value");
		const char *base = pv_xml_attr(r, "base");
		type = base && !qname_is_xsd(r, base) ? local_part(base) : NULL;
	}
	return NULL;
}

/* The enumeration values of named simple type `type`. */
static void enum_values(const pv_schema *s, const char *type, names *out)
{
	const xmlNode *st = type ? global_decl(s, "simpleType", type) : NULL;
	for (const xmlNode *n = st ? st->children : NULL; n; ) {
		if (is_xs(n, "enumeration"))
			names_add(out, pv_xml_attr(n, "value"));
		n = next_in(n, st, n->type == XML_ELEMENT_NODE);
	}
}

/* The declaration of instance element `inst`, found by walking its path
 * from the root through the schema's content models, or NULL. */
static const xmlNode *instance_decl(const pv_schema *s, const xmlNode *inst)
{
	const xmlNode *path[PATH_MAX_DEPTH];
	size_t depth = 0;
	for (const xmlNode *n = inst; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		if (depth == PATH_MAX_DEPTH)
			return NULL;
		path[depth++] = n;
	}
	if (depth == 0)
		return NULL;
	const xmlNode *decl = global_decl(s, "element", (const char *)path[depth - 1]->name);
	for (size_t i = depth - 1; decl && i > 0; i--) {
		const xmlNode *ct = decl_type(s, decl, NULL);
		decl = child_decl(s, ct, (const char *)path[i - 1]->name);
	}
	return decl ? resolve_ref(s, decl) : NULL;
}

/* Every element name the schema declares (for "did you mean"). */
static void all_element_names(const pv_schema *s, names *out)
{
	const xmlNode *root = schema_root(s);
	for (const xmlNode *n = root ? root->children : NULL; n; ) {
		if (is_xs(n, "element"))
			names_add(out, pv_xml_attr(n, "name"));
		n = next_in(n, root, n->type == XML_ELEMENT_NODE);
	}
}

/* The names of the elements in which an element called `name` may stand. */
static void parents_of(const pv_schema *s, const char *name, names *out)
{
	const xmlNode *root = schema_root(s);
	for (const xmlNode *n = root ? root->children : NULL; n; ) {
		if (is_xs(n, "element") && streq(pv_xml_attr(n, "name"), name)) {
			/* The owner: an enclosing element (anonymous type) or a
			 * named complex type, used by elements elsewhere. */
			const xmlNode *o = n->parent;
			while (o && o != root && !is_xs(o, "element") &&
			       !(is_xs(o, "complexType") && pv_xml_attr(o, "name")))
				o = o->parent;
			if (o && is_xs(o, "element")) {
				names_add(out, pv_xml_attr(o, "name"));
			} else if (o && o != root) {
				const char *tname = pv_xml_attr(o, "name");
				for (const xmlNode *m = root->children; m; ) {
					if (is_xs(m, "element") &&
					    streq(local_part(pv_xml_attr(m, "type")), tname))
						names_add(out, pv_xml_attr(m, "name"));
					m = next_in(m, root, m->type == XML_ELEMENT_NODE);
				}
			}
		}
		n = next_in(n, root, n->type == XML_ELEMENT_NODE);
	}
}

/* Whether the declaration allows at most one occurrence. */
static int decl_single(const xmlNode *decl)
{
	const char *max = pv_xml_attr(decl, "maxOccurs");
	return !max || streq(max, "1");
}

static int decl_optional(const xmlNode *decl)
{
	return streq(pv_xml_attr(decl, "minOccurs"), "0");
}

/* ---- instance helpers ----------------------------------------------- */

static int in_register_ns(const xmlNode *n)
{
	return n && n->ns && streq((const char *)n->ns->href, PV_REGISTER_NS);
}

/* ---- explanations of value types ------------------------------------ */

/* What a value of a pattern type looks like, in words. Matched by the type
 * name the schema gives the attribute or element, or, for an anonymous
 * type, by its pattern. tests/unit/test_load.c breaks each one. */
static const struct {
	const char *type;
	const char *pattern;
	const char *nl;
	const char *en;
} type_words[] = {
	{"Slug", NULL,
	 "alleen kleine letters, cijfers en streepjes (-), beginnend en eindigend met een letter of cijfer, hoogstens 64 tekens, bijvoorbeeld 'parkeervergunning'",
	 "only lowercase letters, digits and hyphens (-), starting and ending with a letter or digit, at most 64 characters, e.g. 'parking-permit'"},
	{"SlugList", NULL,
	 "een of meer ids van doelen, gescheiden door spaties; elk id heeft alleen kleine letters, cijfers en streepjes",
	 "one or more purpose ids separated by spaces; each id has only lowercase letters, digits and hyphens"},
	{"RuleId", NULL,
	 "de id van een regel, bijvoorbeeld 'processor-agreement' (kleine letters, cijfers en streepjes)",
	 "the id of a rule, e.g. 'processor-agreement' (lowercase letters, digits and hyphens)"},
	{"Duration", NULL,
	 "een ISO 8601-duur zoals P7Y (7 jaar), P6M (6 maanden), P1Y6M, P4W (4 weken) of P30D (30 dagen), of het woord 'permanent'",
	 "an ISO 8601 duration like P7Y (7 years), P6M (6 months), P1Y6M, P4W (4 weeks) or P30D (30 days), or the word 'permanent'"},
	{"SelectielijstNumber", NULL,
	 "een resultaatnummer uit de Selectielijst gemeenten, zoals 11.1.2 (getallen met punten ertussen)",
	 "a result number from the Selectielijst gemeenten, like 11.1.2 (numbers separated by dots)"},
	{"CountryCode", NULL,
	 "twee hoofdletters (ISO 3166), bijvoorbeeld US of GB",
	 "two capital letters (ISO 3166), e.g. US or GB"},
	{"TransferCountry", NULL,
	 "twee hoofdletters (ISO 3166), bijvoorbeeld US of GB, of 'unknown-in-advance' als het land vooraf niet bekend is",
	 "two capital letters (ISO 3166), e.g. US or GB, or 'unknown-in-advance' when the country is not known beforehand"},
	{"Email", NULL,
	 "een e-mailadres zoals privacy@gemeente.nl",
	 "an e-mail address like privacy@gemeente.nl"},
	{"WebAddress", NULL,
	 "een webadres dat begint met https://, zonder spaties",
	 "a web address starting with https://, without spaces"},
	{"Phone", NULL,
	 "een telefoonnummer van cijfers, spaties en streepjes, eventueel met + ervoor, bijvoorbeeld +31 20 123 4567",
	 "a phone number of digits, spaces and hyphens, optionally starting with +, e.g. +31 20 123 4567"},
	{NULL, "BWBR[0-9]{7}",
	 "BWBR gevolgd door 7 cijfers, bijvoorbeeld BWBR0011468 (zie wetten.overheid.nl)",
	 "BWBR followed by 7 digits, e.g. BWBR0011468 (see wetten.overheid.nl)"},
	{"date", NULL,
	 "een datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-01",
	 "a date written as YYYY-MM-DD, e.g. 2024-03-01"},
	{"positiveInteger", NULL,
	 "een geheel getal van 1 of meer (1, 2, 3, ...)",
	 "a whole number of 1 or more (1, 2, 3, ...)"},
};

static int words_for(const char *type, const char *pattern, const char **nl, const char **en)
{
	for (size_t i = 0; i < sizeof(type_words) / sizeof(type_words[0]); i++) {
		if ((type && type_words[i].type && strcmp(type, type_words[i].type) == 0) ||
		    (pattern && type_words[i].pattern && strcmp(pattern, type_words[i].pattern) == 0)) {
			*nl = type_words[i].nl;
			*en = type_words[i].en;
			return 1;
		}
	}
	return 0;
}

/* Text types: a value that breaks them is empty or only spaces. */
static int is_text_type(const char *type)
{
	return streq(type, "Text") || streq(type, "ShortText");
}

/* ---- one schema error ------------------------------------------------ */

/* The parts of a libxml2 schema error message. */
typedef struct {
	char elem[VALUE_MAX + 8];   /* local name */
	char elem_ns[VALUE_MAX + 8];
	int has_ns;
	char attr[VALUE_MAX + 8];   /* "" for the element itself */
	const char *body;           /* points into the raw message */
} msg_parts;

/* Splits "Element '{ns}name', attribute 'a': body". */
static int split_message(const char *m, msg_parts *p)
{
	memset(p, 0, sizeof(*p));
	static const char head[] = "Element '";
	if (strncmp(m, head, sizeof(head) - 1) != 0)
		return 0;
	const char *q = m + sizeof(head) - 1;
	const char *end = strchr(q, '\'');
	if (!end)
		return 0;
	const char *local = q;
	if (*q == '{') {
		const char *close = memchr(q, '}', (size_t)(end - q));
		if (!close)
			return 0;
		copy_span(p->elem_ns, sizeof(p->elem_ns), q + 1, (size_t)(close - q - 1));
		p->has_ns = 1;
		local = close + 1;
	}
	copy_span(p->elem, sizeof(p->elem), local, (size_t)(end - local));
	q = end + 1;
	static const char attr_head[] = ", attribute '";
	if (strncmp(q, attr_head, sizeof(attr_head) - 1) == 0) {
		q += sizeof(attr_head) - 1;
		end = strchr(q, '\'');
		if (!end)
			return 0;
		const char *a = q;
		int xml_ns = 0;
		if (*a == '{') {
			static const char xml[] = "{http://www.w3.org/XML/1998/namespace}";
			xml_ns = strncmp(a, xml, sizeof(xml) - 1) == 0;
			const char *close = memchr(a, '}', (size_t)(end - a));
			if (close)
				a = close + 1;
		}
		/* xml:lang and kin keep their prefix; it is how people write them. */
		size_t off = xml_ns ? 4 : 0;
		if (xml_ns)
			memcpy(p->attr, "xml:", 4);
		copy_span(p->attr + off, sizeof(p->attr) - off, a, (size_t)(end - a));
		q = end + 1;
	}
	if (strncmp(q, ": ", 2) != 0)
		return 0;
	p->body = q + 2;
	return 1;
}

/* Finds the text between `before` and the next `after` in `s`. */
static int between(const char *s, const char *before, const char *after, char *dst, size_t cap)
{
	const char *a = strstr(s, before);
	if (!a)
		return 0;
	a += strlen(before);
	const char *b = strstr(a, after);
	if (!b)
		return 0;
	copy_span(dst, cap, a, (size_t)(b - a));
	return 1;
}

/* Like between(), but the value ends at the LAST `after`: values may hold
 * quotes, libxml2's fixed text after them does not. */
static int between_last(const char *s, const char *before, const char *after, char *dst,
                        size_t cap)
{
	const char *a = strstr(s, before);
	if (!a)
		return 0;
	a += strlen(before);
	const char *b = NULL;
	for (const char *t = strstr(a, after); t; t = strstr(t + 1, after))
		b = t;
	if (!b)
		return 0;
	copy_span(dst, cap, a, (size_t)(b - a));
	return 1;
}

/* Parses "( {ns}a, {ns}b )" after "Expected is" into element names. The
 * names are copied into `store` (one buffer, NUL-separated). */
static void expected_list(const char *body, names *out, char *store, size_t cap)
{
	const char *e = strstr(body, "Expected is");
	if (!e)
		return;
	const char *open = strchr(e, '(');
	const char *close = open ? strchr(open, ')') : NULL;
	if (!open || !close)
		return;
	size_t used = 0;
	const char *p = open + 1;
	while (p < close) {
		while (p < close && (*p == ' ' || *p == ','))
			p++;
		const char *start = p;
		while (p < close && *p != ',' && *p != ' ')
			p++;
		if (p == start)
			break;
		const char *name = start;
		const char *brace = memchr(start, '}', (size_t)(p - start));
		if (brace)
			name = brace + 1;
		size_t len = (size_t)(p - name);
		if (len == 0 || used + len + 1 > cap)
			break;
		memcpy(store + used, name, len);
		store[used + len] = '\0';
		names_add(out, store + used);
		used += len + 1;
	}
}

/* The validation state shared with the libxml2 error callback. */
typedef struct {
	const pv_schema *schema;
	privicon_diagnostics *diags;
	const char *file;
	size_t reported;   /* diagnostics added */
	size_t suppressed; /* errors over the cap */
	int errors;        /* errors seen (reported or not) */
	int oom;
	/* Value errors already reported for the current node, so that the
	 * follow-up errors libxml2 gives for the same value are dropped. */
	const void *last_node;
	char seen_attrs[8][VALUE_MAX + 8];
	size_t n_seen;
} vstate;

static int seen_value_error(vstate *st, const void *node, const char *attr)
{
	if (node != st->last_node) {
		st->last_node = node;
		st->n_seen = 0;
	}
	for (size_t i = 0; i < st->n_seen; i++)
		if (strcmp(st->seen_attrs[i], attr) == 0)
			return 1;
	if (st->n_seen < sizeof(st->seen_attrs) / sizeof(st->seen_attrs[0])) {
		pv_clip(st->seen_attrs[st->n_seen], sizeof(st->seen_attrs[0]), attr, VALUE_MAX);
		st->n_seen++;
	}
	return 0;
}

/* "attribute 'a' of <e>" or "<e>", in both languages. */
static void what_nl(sbuf *b, const msg_parts *p)
{
	if (p->attr[0])
		sb_add(b, "attribuut '%s' van <%s>", p->attr, p->elem);
	else
		sb_add(b, "<%s>", p->elem);
}

static void what_en(sbuf *b, const msg_parts *p)
{
	if (p->attr[0])
		sb_add(b, "attribute '%s' of <%s>", p->attr, p->elem);
	else
		sb_add(b, "<%s>", p->elem);
}

/* The yes/no help: required yes/no facts are never assumed. Where the
 * schema allows it, not-stated is the honest answer when the source is
 * silent. */
static void yesno_help(sbuf *nl, sbuf *en, const char *elem, const char *attr, int not_stated)
{
	sb_add(nl, " Vul <%s %s=\"yes\"> of <%s %s=\"no\"> in", elem, attr, elem, attr);
	if (not_stated)
		sb_add(nl, " (of %s=\"not-stated\" als de bron het niet zegt)", attr);
	sb_add(nl, "; privicon leest een ontbrekend gegeven nooit als 'nee'.");
	sb_add(en, " State <%s %s=\"yes\"> or <%s %s=\"no\">", elem, attr, elem, attr);
	if (not_stated)
		sb_add(en, " (or %s=\"not-stated\" when the source does not say)", attr);
	sb_add(en, "; absence is never read as no.");
}

static int is_yesno_type(const char *type)
{
	return streq(type, "YesNo") || streq(type, "YesNoNotStated");
}

/* The required yes/no attribute of complex type `ct`, if any; *not_stated
 * tells whether it also takes not-stated. */
static const char *required_yesno(const xmlNode *ct, int *not_stated)
{
	*not_stated = 0;
	for (const xmlNode *n = ct ? ct->children : NULL; n; ) {
		int is_el = is_xs(n, "element");
		if (is_xs(n, "attribute") && is_yesno_type(attr_type(n)) &&
		    streq(pv_xml_attr(n, "use"), "required")) {
			*not_stated = streq(attr_type(n), "YesNoNotStated");
			return pv_xml_attr(n, "name");
		}
		n = next_in(n, ct, !is_el && n->type == XML_ELEMENT_NODE);
	}
	return NULL;
}

/* Context of one error: the instance element and its declaration. */
typedef struct {
	const vstate *st;
	const xmlNode *elem;      /* instance element (may be NULL) */
	const xmlNode *decl;      /* its declaration (may be NULL) */
	const xmlNode *ct;        /* its complex type (may be NULL) */
	const char *type;         /* its named type, or NULL */
} ectx;

/* The missing-child message. */
static void say_missing_child(sbuf *nl, sbuf *en, const ectx *c, const msg_parts *p)
{
	names exp = {0};
	char store[1024];
	expected_list(p->body, &exp, store, sizeof(store));
	const pv_schema *s = c->st->schema;
	/* "Expected is one of (a, b)" lists optional ones too; the missing
	 * one is the first that is required. */
	const char *missing = exp.n ? exp.v[0] : NULL;
	const xmlNode *mdecl = NULL;
	for (size_t i = 0; i < exp.n; i++) {
		const xmlNode *d = child_decl(s, c->ct, exp.v[i]);
		if (d && !decl_optional(d)) {
			missing = exp.v[i];
			mdecl = d;
			break;
		}
	}
	if (!missing) {
		sb_add(nl, "<%s> is niet compleet: er ontbreekt een element.", p->elem);
		sb_add(en, "<%s> is incomplete: an element is missing.", p->elem);
		return;
	}
	if (!mdecl)
		mdecl = child_decl(s, c->ct, missing);
	sb_add(nl, "In <%s> ontbreekt <%s>.", p->elem, missing);
	sb_add(en, "<%s> is missing <%s>.", p->elem, missing);

	/* Where it goes: after the nearest earlier sibling that is present. */
	names order = {0};
	child_names(s, c->ct, &order);
	const char *after = NULL;
	for (size_t i = 0; i < order.n && strcmp(order.v[i], missing) != 0; i++) {
		for (const xmlNode *k = c->elem ? c->elem->children : NULL; k; k = k->next)
			if (k->type == XML_ELEMENT_NODE && streq((const char *)k->name, order.v[i]))
				after = order.v[i];
	}
	if (after) {
		sb_add(nl, " Het hoort na <%s>.", after);
		sb_add(en, " It belongs after <%s>.", after);
	} else if (c->elem) {
		sb_add(nl, " Het staat als eerste in <%s>.", p->elem);
		sb_add(en, " It comes first in <%s>.", p->elem);
	}
	int yn_ns;
	const char *yn = required_yesno(mdecl ? decl_type(s, mdecl, NULL) : NULL, &yn_ns);
	if (yn)
		yesno_help(nl, en, missing, yn, yn_ns);
	if (exp.n > 1) {
		sb_add(nl, " Op deze plek mag ook: ");
		sb_add(en, " Also possible here: ");
		names others = {0};
		for (size_t i = 0; i < exp.n; i++)
			if (strcmp(exp.v[i], missing) != 0)
				names_add(&others, exp.v[i]);
		sb_list(nl, &others, 1, " of ");
		sb_list(en, &others, 1, " or ");
		sb_add(nl, ".");
		sb_add(en, ".");
	}
}

/* The first required element in `exp` that instance `parent` lacks. */
static const char *absent_required(const pv_schema *s, const xmlNode *pct, const xmlNode *parent,
                                   const names *exp)
{
	for (size_t i = 0; i < exp->n; i++) {
		const xmlNode *d = child_decl(s, pct, exp->v[i]);
		if (!d || decl_optional(d))
			continue;
		int present = 0;
		for (const xmlNode *k = parent->children; k && !present; k = k->next)
			present = k->type == XML_ELEMENT_NODE && in_register_ns(k) &&
			          streq((const char *)k->name, exp->v[i]);
		if (!present)
			return exp->v[i];
	}
	return NULL;
}

/* The unexpected-element message. */
static void say_unexpected(sbuf *nl, sbuf *en, const ectx *c, const msg_parts *p)
{
	const pv_schema *s = c->st->schema;
	const xmlNode *parent = c->elem ? c->elem->parent : NULL;
	const char *pname = parent && parent->type == XML_ELEMENT_NODE
	                    ? (const char *)parent->name : NULL;
	const xmlNode *pdecl = parent && parent->type == XML_ELEMENT_NODE
	                       ? instance_decl(s, parent) : NULL;
	const xmlNode *pct = pdecl ? decl_type(s, pdecl, NULL) : NULL;
	names exp = {0};
	char store[1024];
	expected_list(p->body, &exp, store, sizeof(store));
	const char *missing;

	if (!p->has_ns || strcmp(p->elem_ns, PV_REGISTER_NS) != 0) {
		if (!p->has_ns) {
			sb_add(nl, "<%s> heeft geen namespace, daardoor herkent privicon het niet. In een "
			       "register hoort elk element bij de namespace %s; haal xmlns=\"\" (of het "
			       "voorvoegsel) weg.", p->elem, PV_REGISTER_NS);
			sb_add(en, "<%s> has no namespace, so privicon does not recognise it. In a "
			       "register every element is in the namespace %s; remove xmlns=\"\" (or "
			       "the prefix).", p->elem, PV_REGISTER_NS);
		} else {
			sb_add(nl, "<%s> hoort bij de namespace '%s', die een register niet gebruikt. "
			       "Haal het weg, of gebruik de namespace %s.", p->elem, p->elem_ns,
			       PV_REGISTER_NS);
			sb_add(en, "<%s> is in the namespace '%s', which a register does not use. "
			       "Remove it, or use the namespace %s.", p->elem, p->elem_ns,
			       PV_REGISTER_NS);
		}
	} else if (pct && child_decl(s, pct, p->elem) && (missing = absent_required(s, pct, parent,
	                                                                           &exp))) {
		/* Usually an element in the "wrong place" sits after a gap: the
		 * required element expected here is not in the parent at all. */
		sb_add(nl, "In <%s> ontbreekt <%s>; het hoort vóór <%s>.", pname, missing, p->elem);
		sb_add(en, "<%s> is missing <%s>; it belongs before <%s>.", pname, missing, p->elem);
		int yn_ns;
		const char *yn = required_yesno(decl_type(s, child_decl(s, pct, missing), NULL),
		                                &yn_ns);
		if (yn)
			yesno_help(nl, en, missing, yn, yn_ns);
		return;
	} else if (pct && child_decl(s, pct, p->elem)) {
		/* A child <parent> may have: in the wrong place, or too often. */
		const xmlNode *d = child_decl(s, pct, p->elem);
		const xmlNode *prev = c->elem ? xmlPreviousElementSibling((xmlNodePtr)c->elem) : NULL;
		int twice = 0;
		for (const xmlNode *k = prev; k; k = xmlPreviousElementSibling((xmlNodePtr)k))
			if (streq((const char *)k->name, p->elem))
				twice = 1;
		if (twice && decl_single(d)) {
			sb_add(nl, "<%s> staat meer dan één keer in <%s>; het mag er maar één keer in staan.",
			       p->elem, pname);
			sb_add(en, "<%s> appears more than once in <%s>; it may appear only once.",
			       p->elem, pname);
		} else {
			names order = {0};
			child_names(s, pct, &order);
			sb_add(nl, "<%s> staat op de verkeerde plek in <%s>. De volgorde in <%s> is: ",
			       p->elem, pname, pname);
			sb_add(en, "<%s> is in the wrong place in <%s>. The order in <%s> is: ",
			       p->elem, pname, pname);
			sb_list(nl, &order, 1, NULL);
			sb_list(en, &order, 1, NULL);
			sb_add(nl, ".");
			sb_add(en, ".");
			if (!exp.n)
				return; /* the order says it all */
		}
	} else {
		names all = {0};
		all_element_names(s, &all);
		if (names_has(&all, p->elem)) {
			names where = {0};
			parents_of(s, p->elem, &where);
			sb_add(nl, "<%s> hoort niet in <%s>", p->elem, pname ? pname : "?");
			sb_add(en, "<%s> does not belong in <%s>", p->elem, pname ? pname : "?");
			if (where.n) {
				sb_add(nl, ", maar in ");
				sb_add(en, "; it belongs in ");
				sb_list(nl, &where, 1, " of ");
				sb_list(en, &where, 1, " or ");
			}
			sb_add(nl, ".");
			sb_add(en, ".");
		} else {
			sb_add(nl, "<%s> bevat <%s>; dat element kent privicon niet.", pname ? pname : "?",
			       p->elem);
			sb_add(en, "<%s> contains <%s>, an element privicon does not know.",
			       pname ? pname : "?", p->elem);
			names here = {0};
			child_names(s, pct, &here);
			const char *guess = closest(&here, p->elem);
			if (!guess)
				guess = closest(&all, p->elem);
			if (guess) {
				sb_add(nl, " Bedoelt u <%s>?", guess);
				sb_add(en, " Did you mean <%s>?", guess);
			}
		}
	}
	if (exp.n) {
		sb_add(nl, " Op deze plek verwacht privicon ");
		sb_add(en, " Expected here: ");
		sb_list(nl, &exp, 1, " of ");
		sb_list(en, &exp, 1, " or ");
		sb_add(nl, ".");
		sb_add(en, ".");
	} else if (pname) {
		sb_add(nl, " Hier mag in <%s> niets meer volgen.", pname);
		sb_add(en, " Nothing more may follow here in <%s>.", pname);
	}
}

/* The named type of the attribute or element text in error. */
static const char *value_type(const ectx *c, const msg_parts *p)
{
	if (p->attr[0])
		return attr_type(attr_decl(c->ct, p->attr));
	if (c->ct) {
		/* simpleContent: the base of the extension. */
		for (const xmlNode *n = c->ct->children; n; ) {
			if (is_xs(n, "extension") || is_xs(n, "restriction"))
				return local_part(pv_xml_attr(n, "base"));
			n = next_in(n, c->ct, n->type == XML_ELEMENT_NODE);
		}
		return NULL;
	}
	return c->type;
}

static void say_empty(sbuf *nl, sbuf *en, const msg_parts *p)
{
	if (p->attr[0]) {
		sb_add(nl, "Attribuut '%s' van <%s> is leeg; vul een tekst in.", p->attr, p->elem);
		sb_add(en, "Attribute '%s' of <%s> is empty; write a text.", p->attr, p->elem);
	} else {
		sb_add(nl, "<%s> is leeg; vul een tekst in.", p->elem);
		sb_add(en, "<%s> is empty; write a text.", p->elem);
	}
}

/* Suggests yes/no for common ways of writing them. */
static const char *yesno_guess(const char *v)
{
	static const char *const yes[] = {"ja", "j", "y", "true", "1", "waar", "yes"};
	static const char *const no[] = {"nee", "n", "false", "0", "onwaar", "neen", "no"};
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (strcasecmp_ascii_eq(v, yes[i]))
			return "yes";
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (strcasecmp_ascii_eq(v, no[i]))
			return "no";
	return NULL;
}

/* Parses libxml2's "{'a', 'b', 'c'}" into values (copied into `store`). */
static void enum_set(const char *body, names *out, char *store, size_t cap)
{
	const char *open = strstr(body, "of the set {");
	if (!open)
		return;
	const char *p = open + strlen("of the set {");
	size_t used = 0;
	while (*p == '\'') {
		const char *start = p + 1;
		const char *end = strchr(start, '\'');
		if (!end)
			break;
		size_t len = (size_t)(end - start);
		if (used + len + 1 > cap)
			break;
		memcpy(store + used, start, len);
		store[used + len] = '\0';
		names_add(out, store + used);
		used += len + 1;
		p = end + 1;
		if (strncmp(p, ", ", 2) != 0)
			break;
		p += 2;
	}
}

/* A date written day-month-year, turned around as a suggestion. */
static int date_guess(const char *v, char *dst, size_t cap)
{
	int d, m, y;
	char sep1, sep2, extra;
	if (sscanf(v, "%2d%c%2d%c%4d%c", &d, &sep1, &m, &sep2, &y, &extra) != 5)
		return 0;
	if ((sep1 != '-' && sep1 != '/' && sep1 != '.') || sep2 != sep1 || y < 1000 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	snprintf(dst, cap, "%04d-%02d-%02d", y, m, d);
	return 1;
}

/* Whether the officer's word says more than the key ("back-up" does not
 * add to "backup"). */
static int word_adds(const char *word, const char *key)
{
	char fw[96], fk[96];
	return word && key && strcmp(pv_vocab_fold(fw, sizeof(fw), word), pv_vocab_fold(fk, sizeof(fk), key)) != 0;
}

/* "'health' (gezondheid)": a vocabulary key with the officer's word. */
static void sb_vocab_value(sbuf *b, pv_vocab_id vocab, pv_vocab_key k)
{
	const pv_term *t = pv_vocab_term(vocab, k);
	const char *word = pv_vocab_word(vocab, k);
	sb_add(b, "'%s'", t ? t->key : "?");
	if (t && word_adds(word, t->key))
		sb_add(b, " (%s)", word);
}

/* "name (naam), contact (contactgegevens), ...": the allowed keys, each
 * with the officer's word where it differs from the key. */
static void sb_vocab_list(sbuf *b, pv_vocab_id vocab, const names *allowed)
{
	for (size_t i = 0; i < allowed->n; i++) {
		pv_vocab_key k = pv_vocab_find(vocab, allowed->v[i]);
		const char *word = pv_vocab_word(vocab, k);
		sb_add(b, "%s%s", i ? ", " : "", allowed->v[i]);
		if (word_adds(word, allowed->v[i]))
			sb_add(b, " (%s)", word);
	}
}

/* Errors about a value: enumeration, pattern, length, type. */
static void say_value(sbuf *nl, sbuf *en, const ectx *c, const msg_parts *p, int *raw)
{
	const char *b = p->body;
	const char *type = value_type(c, p);
	char value[VALUE_MAX + 8] = "";
	const char *w_nl, *w_en;

	if (strncmp(b, "[facet 'enumeration']", 21) == 0) {
		between_last(b, "The value '", "' is not an element of the set", value, sizeof(value));
		names allowed = {0};
		char store[2048];
		enum_set(b, &allowed, store, sizeof(store));
		pv_vocab_id vocab = pv_vocab_by_type(type);
		sb_add(nl, "De waarde '%s' van ", value);
		what_nl(nl, p);
		sb_add(nl, " is niet toegestaan.");
		sb_add(en, "The value '%s' of ", value);
		what_en(en, p);
		sb_add(en, " is not allowed.");
		int not_stated = names_has(&allowed, "not-stated");
		int yesno = allowed.n == 2 + (size_t)not_stated && names_has(&allowed, "yes") &&
		            names_has(&allowed, "no");
		if (vocab != PV_VOCAB_COUNT) {
			/* The officer's own word ("gezondheid") leads to the key. */
			pv_vocab_key k = pv_vocab_guess(vocab, value);
			if (k != PV_VOCAB_NONE) {
				sb_add(nl, " Bedoelt u ");
				sb_vocab_value(nl, vocab, k);
				sb_add(nl, "?");
				sb_add(en, " Did you mean ");
				sb_vocab_value(en, vocab, k);
				sb_add(en, "?");
			}
			sb_add(nl, " Toegestaan: ");
			sb_vocab_list(nl, vocab, &allowed);
			sb_add(en, " Allowed: ");
			sb_vocab_list(en, vocab, &allowed);
		} else {
			const char *guess = yesno ? yesno_guess(value) : closest(&allowed, value);
			if (guess) {
				sb_add(nl, " Bedoelt u '%s'?", guess);
				sb_add(en, " Did you mean '%s'?", guess);
			}
			sb_add(nl, " Toegestaan: ");
			sb_list(nl, &allowed, 0, NULL);
			sb_add(en, " Allowed: ");
			sb_list(en, &allowed, 0, NULL);
		}
		sb_add(nl, ".");
		sb_add(en, ".");
		if (yesno && not_stated) {
			sb_add(nl, " Schrijf yes of no (in het Engels), of not-stated als de bron het "
			       "niet zegt.");
			sb_add(en, " Write yes or no, or not-stated when the source does not say.");
		} else if (yesno) {
			sb_add(nl, " Schrijf yes of no (in het Engels).");
			sb_add(en, " Write yes or no.");
		}
		return;
	}
	if (strncmp(b, "[facet 'pattern']", 17) == 0) {
		char pattern[VALUE_MAX + 8] = "";
		between_last(b, "The value '", "' is not accepted by the pattern", value, sizeof(value));
		between_last(b, "by the pattern '", "'", pattern, sizeof(pattern));
		if (is_text_type(type)) {
			say_empty(nl, en, p);
			return;
		}
		sb_add(nl, "De waarde '%s' van ", value);
		what_nl(nl, p);
		sb_add(en, "The value '%s' of ", value);
		what_en(en, p);
		if (words_for(type, pattern, &w_nl, &w_en)) {
			sb_add(nl, " is niet goed geschreven. Verwacht: %s.", w_nl);
			sb_add(en, " is not written correctly. Expected: %s.", w_en);
			char guess[48];
			if (streq(type, "Duration") && pv_duration_guess(guess, sizeof(guess), value)) {
				sb_add(nl, " Bedoelt u %s?", guess);
				sb_add(en, " Did you mean %s?", guess);
			}
		} else {
			sb_add(nl, " heeft niet de vorm die het schema vraagt (patroon '%s').", pattern);
			sb_add(en, " does not have the form the schema asks for (pattern '%s').", pattern);
			*raw = 1;
		}
		return;
	}
	if (strncmp(b, "[facet 'minLength']", 19) == 0) {
		char have[32] = "", min[32] = "";
		between(b, "has a length of '", "'", have, sizeof(have));
		between(b, "minimum length of '", "'", min, sizeof(min));
		if (is_text_type(type) || streq(have, "0")) {
			say_empty(nl, en, p);
			return;
		}
		char have_nl[48], have_en[48], min_nl[48], min_en[48];
		format_number_text(have_nl, sizeof(have_nl), have, PV_NL);
		format_number_text(have_en, sizeof(have_en), have, PV_EN);
		format_number_text(min_nl, sizeof(min_nl), min, PV_NL);
		format_number_text(min_en, sizeof(min_en), min, PV_EN);
		sb_add(nl, "De waarde van ");
		what_nl(nl, p);
		sb_add(nl, " is te kort: %s tekens, er zijn er minstens %s nodig.", have_nl, min_nl);
		sb_add(en, "The value of ");
		what_en(en, p);
		sb_add(en, " is too short: %s characters, at least %s are needed.", have_en, min_en);
		if (words_for(type, NULL, &w_nl, &w_en)) {
			sb_add(nl, " Verwacht: %s.", w_nl);
			sb_add(en, " Expected: %s.", w_en);
		}
		return;
	}
	if (strncmp(b, "[facet 'maxLength']", 19) == 0) {
		char have[32] = "", max[32] = "";
		between(b, "has a length of '", "'", have, sizeof(have));
		between(b, "maximum length of '", "'", max, sizeof(max));
		/* libxml2 cuts its messages at 64 kB: a huge value pushes the
		 * numbers out. Then count ourselves and ask the schema. */
		if (!max[0]) {
			const char *m = facet_value(c->st->schema, type, "maxLength");
			pv_clip(max, sizeof(max), m ? m : "?", 20);
		}
		if (!have[0]) {
			const char *v = p->attr[0] ? pv_xml_attr(c->elem, p->attr) : NULL;
			if (v)
				snprintf(have, sizeof(have), "%zu", pv_utf8_count(v));
			else
				pv_clip(have, sizeof(have), "?", 20);
		}
		char have_nl[48], have_en[48], max_nl[48], max_en[48];
		format_number_text(have_nl, sizeof(have_nl), have, PV_NL);
		format_number_text(have_en, sizeof(have_en), have, PV_EN);
		format_number_text(max_nl, sizeof(max_nl), max, PV_NL);
		format_number_text(max_en, sizeof(max_en), max, PV_EN);
		sb_add(nl, "De tekst van ");
		what_nl(nl, p);
		sb_add(nl, " is te lang: %s tekens, hoogstens %s zijn toegestaan.", have_nl, max_nl);
		sb_add(en, "The text of ");
		what_en(en, p);
		sb_add(en, " is too long: %s characters, at most %s are allowed.", have_en, max_en);
		return;
	}
	/* "'v' is not a valid value of the atomic type 'xs:date'." */
	char tname[VALUE_MAX + 8] = "";
	between_last(b, "'", "' is not a valid value of the", value, sizeof(value));
	if (between(b, " type '", "'", tname, sizeof(tname))) {
		const char *t = strrchr(tname, '}');
		t = t ? t + 1 : local_part(tname);
		memmove(tname, t, strlen(t) + 1);
	} else if (type) {
		pv_clip(tname, sizeof(tname), type, VALUE_MAX);
	}
	if (streq(tname, "date")) {
		char guess[32];
		sb_add(nl, "De datum '%s' van ", value);
		what_nl(nl, p);
		sb_add(nl, " is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-01.");
		sb_add(en, "The date '%s' of ", value);
		what_en(en, p);
		sb_add(en, " is not a valid date. Write it as YYYY-MM-DD, e.g. 2024-03-01.");
		if (date_guess(value, guess, sizeof(guess))) {
			sb_add(nl, " Bedoelt u %s?", guess);
			sb_add(en, " Did you mean %s?", guess);
		}
		return;
	}
	sb_add(nl, "De waarde '%s' van ", value);
	what_nl(nl, p);
	sb_add(en, "The value '%s' of ", value);
	what_en(en, p);
	if (words_for(tname, NULL, &w_nl, &w_en) || words_for(type, NULL, &w_nl, &w_en)) {
		sb_add(nl, " is niet geldig. Verwacht: %s.", w_nl);
		sb_add(en, " is not valid. Expected: %s.", w_en);
	} else {
		sb_add(nl, " is niet geldig.");
		sb_add(en, " is not valid.");
		*raw = 1;
	}
}

static void say_missing_attr(sbuf *nl, sbuf *en, const ectx *c, const msg_parts *p)
{
	char attr[VALUE_MAX + 8] = "";
	between(p->body, "The attribute '", "'", attr, sizeof(attr));
	sb_add(nl, "Bij <%s> ontbreekt het attribuut '%s'.", p->elem, attr);
	sb_add(en, "The attribute '%s' is missing from <%s>.", attr, p->elem);
	const char *type = attr_type(attr_decl(c->ct, attr));
	const char *w_nl, *w_en;
	names allowed = {0};
	enum_values(c->st->schema, type, &allowed);
	if (is_yesno_type(type)) {
		yesno_help(nl, en, p->elem, attr, streq(type, "YesNoNotStated"));
	} else if (allowed.n) {
		sb_add(nl, " Mogelijke waarden: ");
		sb_list(nl, &allowed, 0, NULL);
		sb_add(nl, ".");
		sb_add(en, " Possible values: ");
		sb_list(en, &allowed, 0, NULL);
		sb_add(en, ".");
	} else if (words_for(type, NULL, &w_nl, &w_en)) {
		sb_add(nl, " Verwacht: %s.", w_nl);
		sb_add(en, " Expected: %s.", w_en);
	}
}

static void say_unknown_attr(sbuf *nl, sbuf *en, const ectx *c, const msg_parts *p)
{
	char attr[VALUE_MAX + 8] = "";
	if (!p->attr[0])
		between(p->body, "The attribute '", "'", attr, sizeof(attr));
	else
		pv_clip(attr, sizeof(attr), p->attr, VALUE_MAX);
	names allowed = {0};
	attr_names(c->ct, &allowed);
	sb_add(nl, "<%s> heeft een attribuut '%s' dat privicon niet kent.", p->elem, attr);
	sb_add(en, "<%s> has an attribute '%s' that privicon does not know.", p->elem, attr);
	const char *guess = closest(&allowed, attr);
	if (guess) {
		sb_add(nl, " Bedoelt u '%s'?", guess);
		sb_add(en, " Did you mean '%s'?", guess);
	}
	if (allowed.n) {
		sb_add(nl, " Toegestaan bij <%s>: ", p->elem);
		sb_list(nl, &allowed, 0, NULL);
		sb_add(nl, ".");
		sb_add(en, " Allowed on <%s>: ", p->elem);
		sb_list(en, &allowed, 0, NULL);
		sb_add(en, ".");
	} else if (c->decl) {
		sb_add(nl, " <%s> heeft geen attributen.", p->elem);
		sb_add(en, " <%s> takes no attributes.", p->elem);
	}
}

static void say_loose_text(sbuf *nl, sbuf *en, const ectx *c, const msg_parts *p)
{
	names kids = {0};
	child_names(c->st->schema, c->ct, &kids);
	sb_add(nl, "<%s> bevat losse tekst, maar mag alleen elementen bevatten", p->elem);
	sb_add(en, "<%s> contains loose text, but may only contain elements", p->elem);
	if (kids.n) {
		sb_add(nl, " (");
		sb_list(nl, &kids, 1, NULL);
		sb_add(nl, ")");
		sb_add(en, " (");
		sb_list(en, &kids, 1, NULL);
		sb_add(en, ")");
	}
	sb_add(nl, ". Zet de tekst in het juiste element.");
	sb_add(en, ". Put the text inside the right element.");
}

static void say_text_only(sbuf *nl, sbuf *en, const ectx *c, const msg_parts *p)
{
	const xmlNode *kid = c->elem ? xmlFirstElementChild((xmlNodePtr)c->elem) : NULL;
	if (kid) {
		sb_add(nl, "<%s> mag alleen tekst bevatten, geen elementen zoals <%s>.", p->elem,
		       (const char *)kid->name);
		sb_add(en, "<%s> may only contain text, not elements such as <%s>.", p->elem,
		       (const char *)kid->name);
	} else {
		sb_add(nl, "<%s> mag alleen tekst bevatten, geen elementen.", p->elem);
		sb_add(en, "<%s> may only contain text, not elements.", p->elem);
	}
}

static void say_empty_type(sbuf *nl, sbuf *en, const ectx *c, const msg_parts *p)
{
	names attrs = {0};
	attr_names(c->ct, &attrs);
	sb_add(nl, "<%s> bevat niets tussen de tags", p->elem);
	sb_add(en, "<%s> holds nothing between its tags", p->elem);
	if (attrs.n) {
		sb_add(nl, "; de gegevens staan in attributen (");
		sb_list(nl, &attrs, 0, NULL);
		sb_add(nl, ")");
		sb_add(en, "; its facts go in attributes (");
		sb_list(en, &attrs, 0, NULL);
		sb_add(en, ")");
	}
	sb_add(nl, ". Schrijf het als <%s ... />.", p->elem);
	sb_add(en, ". Write it as <%s ... />.", p->elem);
}

/*
 * libxml2's own message, one line, clipped: for experts, where our words
 * are generic. It is English, so it goes only into the English message;
 * the Dutch one says where to find it, and stays all Dutch.
 */
static void add_raw(sbuf *nl, sbuf *en, const char *raw)
{
	char clip[RAW_MAX + 8];
	pv_clip(clip, sizeof(clip), raw, RAW_MAX);
	size_t len = strlen(clip);
	while (len > 0 && (clip[len - 1] == '\n' || clip[len - 1] == ' '))
		clip[--len] = '\0';
	for (char *q = clip; *q; q++)
		if (*q == '\n')
			*q = ' ';
	sb_add(nl, " De technische melding van libxml2 staat in de Engelse tekst (--lang en).");
	sb_add(en, " (libxml2: %s)", clip);
}

/* Lowercases the first letter of a sentence ("De waarde" -> "de waarde"),
 * but not of an abbreviation ("XML", "BSN") or a name in <tags>. */
static void lower_first(char *s)
{
	if (isupper((unsigned char)s[0]) && islower((unsigned char)s[1]))
		s[0] = (char)tolower((unsigned char)s[0]);
}

static int starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int is_value_error(const char *body)
{
	return starts(body, "[facet '") || strstr(body, "is not a valid value of the") != NULL;
}

static void on_valid_error(void *data, PV_XML_ERROR *err)
{
	vstate *st = data;
	if (!err || err->level < XML_ERR_ERROR)
		return;
	if (err->code == XML_ERR_NO_MEMORY) {
		st->oom = 1;
		return;
	}
	st->errors++;
	if (st->oom)
		return;
	const char *msg = err->message ? err->message : "";
	const xmlNode *node = err->node;
	const xmlNode *elem = node;
	if (elem && elem->type == XML_ATTRIBUTE_NODE)
		elem = elem->parent;
	if (elem && elem->type != XML_ELEMENT_NODE)
		elem = NULL;

	msg_parts p;
	int parsed = split_message(msg, &p);
	if (parsed && is_value_error(p.body) && seen_value_error(st, elem, p.attr))
		return;
	if (st->reported >= PV_MAX_SCHEMA_ERRORS) {
		st->suppressed++;
		return;
	}

	ectx c = {.st = st, .elem = elem};
	if (elem) {
		c.decl = instance_decl(st->schema, elem);
		c.ct = c.decl ? decl_type(st->schema, c.decl, &c.type) : NULL;
	}
	const char *activity = pv_enclosing_activity(elem);
	char act[VALUE_MAX + 8];
	if (activity)
		pv_clip(act, sizeof(act), activity, VALUE_MAX);

	sbuf nl, en;
	sbuf *bnl = &nl, *ben = &en;
	bnl->n = ben->n = 0;
	bnl->s[0] = ben->s[0] = '\0';
	if (activity) {
		sb_add(bnl, "Activiteit '%s': ", act);
		sb_add(ben, "Activity '%s': ", act);
	}
	size_t nl_start = bnl->n, en_start = ben->n;
	int raw = 0;
	if (!parsed) {
		sb_add(bnl, "Het bestand klopt niet met het schema.");
		sb_add(ben, "The file does not match the schema.");
		raw = 1;
	} else if (starts(p.body, "Missing child element(s)")) {
		say_missing_child(bnl, ben, &c, &p);
	} else if (starts(p.body, "This element is not expected")) {
		say_unexpected(bnl, ben, &c, &p);
	} else if (starts(p.body, "The attribute '") && strstr(p.body, "' is required but missing")) {
		say_missing_attr(bnl, ben, &c, &p);
	} else if (starts(p.body, "The attribute '") && strstr(p.body, "' is not allowed")) {
		say_unknown_attr(bnl, ben, &c, &p);
	} else if (is_value_error(p.body)) {
		say_value(bnl, ben, &c, &p, &raw);
	} else if (strstr(p.body, "Character content other than whitespace is not allowed")) {
		say_loose_text(bnl, ben, &c, &p);
	} else if (strstr(p.body, "Element content is not allowed") &&
	           (strstr(p.body, "simple") != NULL)) {
		say_text_only(bnl, ben, &c, &p);
		/* libxml2 goes on to judge the (now empty) text: say it once. */
		seen_value_error(st, elem, "");
	} else if (strstr(p.body, "content type is empty")) {
		say_empty_type(bnl, ben, &c, &p);
	} else {
		what_nl(bnl, &p);
		sb_add(bnl, " klopt niet met het schema.");
		what_en(ben, &p);
		sb_add(ben, " does not match the schema.");
		raw = 1;
	}
	/* After "Activiteit 'x': " the sentence goes on in lowercase, as in
	 * the rules' messages; without that prefix it starts with a capital. */
	if (activity) {
		lower_first(bnl->s + nl_start);
		lower_first(ben->s + en_start);
	} else {
		if (bnl->n && islower((unsigned char)bnl->s[0]))
			bnl->s[0] = (char)toupper((unsigned char)bnl->s[0]);
		if (ben->n && islower((unsigned char)ben->s[0]))
			ben->s[0] = (char)toupper((unsigned char)ben->s[0]);
	}
	if (raw)
		add_raw(bnl, ben, msg);

	int line = elem ? pv_node_line(elem) : 0;
	if (line == 0 && err->line > 0)
		line = err->line;
	int rc = privicon_diagnostics_add(st->diags, st->file, line, 0, PRIVICON_ERROR, "schema",
	                                  activity ? act : NULL, bnl->s, ben->s);
	if (rc == PRIVICON_ENOMEM)
		st->oom = 1;
	else
		st->reported++;
}

int pv_schema_validate(const pv_schema *schema, privicon_diagnostics *diags, const char *file,
                       xmlDocPtr doc)
{
	if (!schema || !diags || !doc)
		return PRIVICON_EINVAL;
	xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema->compiled);
	if (!v)
		return PRIVICON_ENOMEM;
	vstate st = {.schema = schema, .diags = diags, .file = file};
	xmlSchemaSetValidStructuredErrors(v, on_valid_error, &st);
	int rc = xmlSchemaValidateDoc(v, doc);
	xmlSchemaFreeValidCtxt(v);
	if (st.oom)
		return PRIVICON_ENOMEM;
	if (rc == 0 && st.errors == 0)
		return PRIVICON_OK;
	if (st.reported == 0) {
		/* libxml2 failed without saying why (an internal error). */
		if (privicon_diagnostics_add(diags, file, 0, 0, PRIVICON_ERROR, "schema", NULL,
		                             "privicon kon het bestand niet aan het schema toetsen.",
		                             "privicon could not check the file against the schema.") != 0)
			return PRIVICON_ENOMEM;
	}
	if (st.suppressed) {
		char nl[200], en[200], n_nl[48], n_en[48];
		pv_format_count(n_nl, sizeof(n_nl), st.suppressed, PV_NL);
		pv_format_count(n_en, sizeof(n_en), st.suppressed, PV_EN);
		if (st.suppressed == 1) {
			snprintf(nl, sizeof(nl), "Nog 1 fout tegen het schema wordt niet getoond; "
			         "verbeter eerst de fouten hierboven.");
			snprintf(en, sizeof(en), "1 more schema error is not shown; fix the ones above "
			         "first.");
		} else {
			snprintf(nl, sizeof(nl), "Nog %s fouten tegen het schema worden niet getoond; "
			         "verbeter eerst de fouten hierboven.", n_nl);
			snprintf(en, sizeof(en), "%s more schema errors are not shown; fix the ones "
			         "above first.", n_en);
		}
		if (privicon_diagnostics_add(diags, file, 0, 0, PRIVICON_NOTE, "schema", NULL, nl,
		                             en) != 0)
			return PRIVICON_ENOMEM;
	}
	return PRIVICON_EINVALID;
}

/* ---- compiling the schema -------------------------------------------- */

typedef struct {
	privicon_diagnostics *diags;
	const char *name;
	size_t reported;
	int errors;
	int oom;
} pstate;

static void on_schema_error(void *data, PV_XML_ERROR *err)
{
	pstate *ps = data;
	if (!err || err->level < XML_ERR_ERROR)
		return;
	if (err->code == XML_ERR_NO_MEMORY) {
		ps->oom = 1;
		return;
	}
	ps->errors++;
	if (ps->oom || ps->reported >= SCHEMA_PARSE_ERRORS_MAX)
		return;
	sbuf *nl = calloc(1, sizeof(*nl)), *en = calloc(1, sizeof(*en));
	if (!nl || !en) {
		free(nl);
		free(en);
		ps->oom = 1;
		return;
	}
	sb_add(nl, "Het schema is niet bruikbaar.");
	sb_add(en, "The schema cannot be used.");
	add_raw(nl, en, err->message ? err->message : "");
	int line = err->node ? pv_node_line(err->node) : 0;
	if (line == 0)
		line = err->line;
	if (privicon_diagnostics_add(ps->diags, ps->name, line, 0, PRIVICON_ERROR, "file", NULL,
	                             nl->s, en->s) != 0)
		ps->oom = 1;
	else
		ps->reported++;
	free(nl);
	free(en);
}

static int schema_problem(privicon_diagnostics *diags, const char *name, int line,
                          const char *nl, const char *en)
{
	int rc = privicon_diagnostics_add(diags, name, line, 0, PRIVICON_ERROR, "file", NULL, nl, en);
	return rc == 0 ? PRIVICON_EINVAL : rc;
}

int pv_schema_new(pv_schema **out, privicon_diagnostics *diags, const char *schema_name,
                  xmlDocPtr schema_doc)
{
	if (!out || !diags || !schema_doc) {
		pv_doc_free(schema_doc);
		return PRIVICON_EINVAL;
	}
	*out = NULL;
	const xmlNode *root = xmlDocGetRootElement(schema_doc);
	if (!is_xs(root, "schema")) {
		int line = root ? pv_node_line(root) : 0;
		pv_doc_free(schema_doc);
		return schema_problem(diags, schema_name, line,
		                      "Dit is geen XML Schema: het hoofdelement is geen <xs:schema>.",
		                      "This is not an XML Schema: the root element is not <xs:schema>.");
	}
	/* libxml2 reads included and imported schemas itself, with entity
	 * substitution on; privicon reads a schema as one self-contained file. */
	for (const xmlNode *n = root->children; n; n = n->next) {
		if (is_xs(n, "include") || is_xs(n, "import") || is_xs(n, "redefine") ||
		    is_xs(n, "override")) {
			int line = pv_node_line(n);
			pv_doc_free(schema_doc);
			return schema_problem(diags, schema_name, line,
			                      "Het schema verwijst naar een ander schema (xs:include of "
			                      "xs:import); privicon leest alleen een schema dat in één "
			                      "bestand staat.",
			                      "The schema refers to another schema (xs:include or "
			                      "xs:import); privicon reads only a schema that is one "
			                      "self-contained file.");
		}
	}
	xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewDocParserCtxt(schema_doc);
	if (!pctxt) {
		pv_doc_free(schema_doc);
		return PRIVICON_ENOMEM;
	}
	pstate ps = {.diags = diags, .name = schema_name};
	xmlSchemaSetParserStructuredErrors(pctxt, on_schema_error, &ps);
	xmlSchemaPtr compiled = xmlSchemaParse(pctxt);
	xmlSchemaFreeParserCtxt(pctxt);
	if (!compiled || ps.oom || ps.errors) {
		xmlSchemaFree(compiled);
		pv_doc_free(schema_doc);
		if (ps.oom)
			return PRIVICON_ENOMEM;
		if (ps.reported == 0)
			return schema_problem(diags, schema_name, 0, "Het schema is niet bruikbaar.",
			                      "The schema cannot be used.");
		return PRIVICON_EINVAL;
	}
	pv_schema *s = calloc(1, sizeof(*s));
	if (!s) {
		xmlSchemaFree(compiled);
		pv_doc_free(schema_doc);
		return PRIVICON_ENOMEM;
	}
	s->doc = schema_doc;
	s->compiled = compiled;
	*out = s;
	return PRIVICON_OK;
}

void pv_schema_free(pv_schema *schema)
{
	if (!schema)
		return;
	xmlSchemaFree(schema->compiled);
	pv_doc_free(schema->doc);
	free(schema);
}
