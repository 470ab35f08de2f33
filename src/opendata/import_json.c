/*
 * import_json.c - the JSON export back to a register document:
 * privicon_import_json().
 *
 * One pass over the JSON does both jobs: each function checks one object
 * of the export's shape (schemas/register.schema.json) and writes the
 * element it stands for, reading the keys by name in the order the XSD
 * wants the elements, so the order of keys in the JSON does not matter.
 * Every problem is reported with its JSON path and the walk goes on, so
 * one run names all of them; the XML is only kept when there were none.
 * The XML is then loaded again (schema and model), as a last check of the
 * things this file leaves to the XSD (e-mail, phone, URL and date
 * patterns, lengths).
 *
 * Paths: "activities[3].retention.period"; array indices count from 0,
 * "$" is the whole document.
 */
#include "opendata/export.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "privicon.h"
#include "model/vocab.h"

/* Enough problems to fix in one go; more would only bury the first. */
#define MAX_PROBLEMS 50

/* Room for a path: the deepest is about
 * "activities[12345].personalData[12345].laws[12345].article". Keys the
 * export does not know are clipped before they are put in a path. */
#define PATH_SIZE 256

typedef struct {
	privicon_diagnostics *diags;
	const char *name;
	xmlTextWriterPtr xml;
	size_t problems;
	int status; /* PRIVICON_ENOMEM once something could not be done */
} walker;

/* ---- problems ---------------------------------------------------------- */

/* Adds "PATH: message" in both languages, as a json-shape error. */
static void problem(walker *w, const char *path, const char *msg_nl, const char *msg_en)
{
	char nl[1200], en[1200];

	w->problems++;
	if (w->problems > MAX_PROBLEMS || w->status)
		return;
	snprintf(nl, sizeof(nl), "%s: %s", path, msg_nl);
	snprintf(en, sizeof(en), "%s: %s", path, msg_en);
	if (privicon_diagnostics_add(w->diags, w->name, 0, 0, PRIVICON_ERROR, "json-shape", NULL, nl,
	                             en) != PRIVICON_OK)
		w->status = PRIVICON_ENOMEM;
}

static void problemf(walker *w, const char *path, const char *fmt_nl, const char *fmt_en, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 5), format(printf, 4, 5)))
#endif
	;

/* The same with a message to format: both formats take the same arguments
 * in the same order. */
static void problemf(walker *w, const char *path, const char *fmt_nl, const char *fmt_en, ...)
{
	char nl[1024], en[1024];
	va_list ap;

	va_start(ap, fmt_en);
	vsnprintf(nl, sizeof(nl), fmt_nl, ap);
	va_end(ap);
	va_start(ap, fmt_en);
	vsnprintf(en, sizeof(en), fmt_en, ap);
	va_end(ap);
	problem(w, path, nl, en);
}

/* A path that does not fit ends in "...": still enough to find the spot. */
static void fit_path(char *out, int n)
{
	if (n < 0 || n >= PATH_SIZE)
		memcpy(out + PATH_SIZE - 4, "...", 4);
}

static void child_path(char *out, const char *path, const char *key)
{
	if (strcmp(path, "$") == 0)
		fit_path(out, snprintf(out, PATH_SIZE, "%s", key));
	else
		fit_path(out, snprintf(out, PATH_SIZE, "%s.%s", path, key));
}

static void index_path(char *out, const char *path, size_t i)
{
	fit_path(out, snprintf(out, PATH_SIZE, "%s[%zu]", path, i));
}

static const char *type_nl(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "een object";
	case JSON_ARRAY: return "een lijst";
	case JSON_STRING: return "een tekst";
	case JSON_INTEGER: return "een geheel getal";
	case JSON_REAL: return "een getal met decimalen";
	case JSON_TRUE:
	case JSON_FALSE: return "true of false";
	default: return "null";
	}
}

static const char *type_en(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: return "an integer";
	case JSON_REAL: return "a number with decimals";
	case JSON_TRUE:
	case JSON_FALSE: return "true or false";
	default: return "null";
	}
}

static void wrong_type(walker *w, const char *path, const json_t *v, const char *want_nl,
                       const char *want_en)
{
	char nl[200], en[200];
	snprintf(nl, sizeof(nl), "verwacht %s, maar dit is %s", want_nl, type_nl(v));
	snprintf(en, sizeof(en), "expected %s, not %s", want_en, type_en(v));
	problem(w, path, nl, en);
}

/* Keys of `o` that are not in `allowed` (NULL-terminated). */
static void unknown_keys(walker *w, const json_t *o, const char *path,
                         const char *const *allowed)
{
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)o, key, v) {
		const char *const *a = allowed;
		char shown[64], p[PATH_SIZE], known[400];
		size_t n = 0;
		while (*a && strcmp(*a, key) != 0)
			a++;
		if (*a)
			continue;
		known[0] = '\0';
		for (a = allowed; *a && n < sizeof(known); a++)
			n += (size_t)snprintf(known + n, sizeof(known) - n, "%s%s",
			                      a == allowed ? "" : ", ", *a);
		snprintf(shown, sizeof(shown), "%.40s%s", key, strlen(key) > 40 ? "..." : "");
		child_path(p, path, shown);
		problemf(w, p, "onbekende sleutel; hier horen: %s",
		         "unknown key; the keys here are: %s", known);
		(void)v;
	}
}

/* ---- reading values ---------------------------------------------------- */

/* The member `key` of object `o`; NULL, with a problem when `required`, if
 * it is missing. A JSON null counts as missing: the export never writes
 * one. */
static json_t *member(walker *w, const json_t *o, const char *path, const char *key,
                      int required)
{
	json_t *v = json_object_get(o, key);
	if (v && !json_is_null(v))
		return v;
	if (required) {
		char p[PATH_SIZE];
		child_path(p, path, key);
		problem(w, p, v ? "mag niet null zijn" : "ontbreekt",
		        v ? "must not be null" : "is missing");
	}
	return NULL;
}

/* Whether `s` holds only characters XML 1.0 allows (jansson has already
 * checked that it is UTF-8): no control characters but tab and line
 * breaks, no U+FFFE or U+FFFF. */
static int xml_safe(const char *s, unsigned *bad)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') {
			*bad = *p;
			return 0;
		}
		if (p[0] == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)) {
			*bad = p[2] == 0xbe ? 0xfffe : 0xffff;
			return 0;
		}
	}
	return 1;
}

static const char *get_string(walker *w, const json_t *o, const char *path, const char *key,
                              int required)
{
	char p[PATH_SIZE];
	json_t *v = member(w, o, path, key, required);
	const char *s;
	unsigned bad;

	if (!v)
		return NULL;
	child_path(p, path, key);
	if (!json_is_string(v)) {
		wrong_type(w, p, v, "een tekst (string)", "a string");
		return NULL;
	}
	s = json_string_value(v);
	if (strlen(s) != json_string_length(v)) {
		problem(w, p, "bevat een NUL-teken", "contains a NUL character");
		return NULL;
	}
	if (!xml_safe(s, &bad)) {
		problemf(w, p, "bevat een teken dat in XML niet mag (U+%04X)",
		         "contains a character XML does not allow (U+%04X)", bad);
		return NULL;
	}
	return s;
}

/* A yes/no fact: JSON true or false. Returns 1, 0, or -1 when missing or
 * not a boolean. */
static int get_bool(walker *w, const json_t *o, const char *path, const char *key)
{
	char p[PATH_SIZE];
	json_t *v = member(w, o, path, key, 1);
	if (!v)
		return -1;
	if (!json_is_boolean(v)) {
		child_path(p, path, key);
		wrong_type(w, p, v, "true of false", "true or false");
		return -1;
	}
	return json_is_true(v);
}

/* A yes/no fact that may be not stated: true, false or "not-stated".
 * Returns the register's word ("yes", "no", "not-stated"), or NULL when
 * missing or of another kind (with a problem). */
static const char *get_yes_no_not_stated(walker *w, const json_t *o, const char *path,
                                         const char *key)
{
	char p[PATH_SIZE];
	json_t *v = member(w, o, path, key, 1);
	if (!v)
		return NULL;
	if (json_is_boolean(v))
		return json_is_true(v) ? "yes" : "no";
	if (json_is_string(v) && strcmp(json_string_value(v), "not-stated") == 0)
		return "not-stated";
	child_path(p, path, key);
	wrong_type(w, p, v, "true, false of \"not-stated\"", "true, false or \"not-stated\"");
	return NULL;
}

static json_t *get_typed(walker *w, const json_t *o, const char *path, const char *key,
                         int required, json_type type)
{
	char p[PATH_SIZE];
	json_t *v = member(w, o, path, key, required);
	if (!v || json_typeof(v) == type)
		return v;
	child_path(p, path, key);
	if (type == JSON_OBJECT)
		wrong_type(w, p, v, "een object", "an object");
	else
		wrong_type(w, p, v, "een lijst (array)", "an array");
	return NULL;
}

/* Every key of vocabulary `id`, comma separated, for a message. */
static void vocab_keys(char *out, size_t size, pv_vocab_id id)
{
	const pv_vocab *v = pv_vocab_get(id);
	size_t n = 0;
	out[0] = '\0';
	for (size_t i = 0; v && i < v->count && n < size; i++)
		n += (size_t)snprintf(out + n, size - n, "%s%s", i ? ", " : "", v->terms[i].key);
}

/* A vocabulary value; NULL (with a problem) for an unknown one. */
static const char *check_vocab(walker *w, const char *path, const char *value, pv_vocab_id id)
{
	char keys[800], shown[64];
	if (!value || pv_vocab_find(id, value) != PV_VOCAB_NONE)
		return value;
	vocab_keys(keys, sizeof(keys), id);
	snprintf(shown, sizeof(shown), "%.40s%s", value, strlen(value) > 40 ? "..." : "");
	problemf(w, path, "onbekende waarde '%s'; kies uit: %s",
	         "unknown value '%s'; choose from: %s", shown, keys);
	return NULL;
}

static const char *get_vocab(walker *w, const json_t *o, const char *path, const char *key,
                             int required, pv_vocab_id id)
{
	char p[PATH_SIZE];
	const char *s = get_string(w, o, path, key, required);
	child_path(p, path, key);
	return check_vocab(w, p, s, id);
}

/* [a-z0-9] at both ends, [a-z0-9-] between, at most 64: the XSD's Slug. */
static int is_slug(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 64 || s[0] == '-' || s[n - 1] == '-')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

static const char *get_slug(walker *w, const json_t *o, const char *path, const char *key)
{
	char p[PATH_SIZE];
	const char *s = get_string(w, o, path, key, 1);
	if (s && !is_slug(s)) {
		child_path(p, path, key);
		problemf(w, p, "'%.80s' is geen geldige id: alleen a-z, 0-9 en '-' (niet aan het "
		               "begin of eind), hoogstens 64 tekens",
		         "'%.80s' is not a valid id: only a-z, 0-9 and '-' (not first or last), at "
		         "most 64 characters",
		         s);
		return NULL;
	}
	return s;
}

/* ---- writing XML -------------------------------------------------------- */

static void xml_check(walker *w, int rc)
{
	if (rc < 0 && !w->status)
		w->status = PRIVICON_ENOMEM;
}

static void start(walker *w, const char *name)
{
	xml_check(w, xmlTextWriterStartElement(w->xml, BAD_CAST name));
}

static void end(walker *w)
{
	xml_check(w, xmlTextWriterEndElement(w->xml));
}

/* An attribute; nothing when the value is missing (optional, or already
 * reported: the document is then thrown away anyway). */
static void attr(walker *w, const char *name, const char *value)
{
	if (value)
		xml_check(w, xmlTextWriterWriteAttribute(w->xml, BAD_CAST name, BAD_CAST value));
}

static void element(walker *w, const char *name, const char *value)
{
	if (value)
		xml_check(w, xmlTextWriterWriteElement(w->xml, BAD_CAST name, BAD_CAST value));
}

static const char *yes_no(int v)
{
	return v < 0 ? NULL : v ? "yes" : "no";
}

/* An optional country code of two capitals (ISO 3166: "NL"); NULL when
 * absent or not such a code (with a problem). */
static const char *get_country(walker *w, const json_t *o, const char *path, const char *key)
{
	const char *c = get_string(w, o, path, key, 0);
	if (c && !(strlen(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z')) {
		char p[PATH_SIZE];
		child_path(p, path, key);
		problemf(w, p, "'%.80s' is geen landcode van twee hoofdletters (ISO 3166, zoals NL)",
		         "'%.80s' is not a two-letter country code (ISO 3166, such as NL)", c);
		return NULL;
	}
	return c;
}

/* ---- the shape ----------------------------------------------------------- */

/* {"nl"?, "en"?} as <NAME><nl/><en/></NAME>. */
static void localized(walker *w, const json_t *parent, const char *path, const char *key,
                      const char *element_name, int required)
{
	static const char *const keys[] = {"nl", "en", NULL};
	char p[PATH_SIZE];
	json_t *o = get_typed(w, parent, path, key, required, JSON_OBJECT);
	if (!o)
		return;
	child_path(p, path, key);
	unknown_keys(w, o, p, keys);
	start(w, element_name);
	element(w, "nl", get_string(w, o, p, "nl", 0));
	element(w, "en", get_string(w, o, p, "en", 0));
	end(w);
}

static void laws(walker *w, const json_t *parent, const char *path)
{
	static const char *const keys[] = {"title", "bwb", "article", "url", NULL};
	char lp[PATH_SIZE], p[PATH_SIZE];
	json_t *list = get_typed(w, parent, path, "laws", 1, JSON_ARRAY), *o;
	size_t i;

	if (!list)
		return;
	child_path(lp, path, "laws");
	json_array_foreach(list, i, o) {
		index_path(p, lp, i);
		if (!json_is_object(o)) {
			wrong_type(w, p, o, "een object", "an object");
			continue;
		}
		unknown_keys(w, o, p, keys);
		start(w, "law");
		attr(w, "title", get_string(w, o, p, "title", 1));
		attr(w, "bwb", get_string(w, o, p, "bwb", 0));
		attr(w, "article", get_string(w, o, p, "article", 0));
		attr(w, "url", get_string(w, o, p, "url", 0));
		end(w);
	}
}

static void controller(walker *w, const json_t *root)
{
	static const char *const keys[] = {"name", "publicAuthority", "country", "identifier",
	                                   "contact", "dpo", "kind", "shortName",
	                                   "supervisoryAuthority", NULL};
	static const char *const authority_keys[] = {"name", "nameEn", "web", NULL};
	static const char *const id_keys[] = {"scheme", "value", NULL};
	static const char *const contact_keys[] = {"email", "phone", "web", NULL};
	static const char *const dpo_keys[] = {"name", "email", "phone", NULL};
	const char *path = "controller";
	char p[PATH_SIZE];
	json_t *c = get_typed(w, root, "$", "controller", 1, JSON_OBJECT), *o;

	if (!c)
		return;
	unknown_keys(w, c, path, keys);
	start(w, "controller");
	attr(w, "kind", get_vocab(w, c, path, "kind", 0, PV_VOCAB_CONTROLLER_KIND));
	attr(w, "public-authority", yes_no(get_bool(w, c, path, "publicAuthority")));
	attr(w, "country", get_country(w, c, path, "country"));
	element(w, "name", get_string(w, c, path, "name", 1));
	if ((o = get_typed(w, c, path, "identifier", 0, JSON_OBJECT))) {
		const char *scheme, *value;
		child_path(p, path, "identifier");
		unknown_keys(w, o, p, id_keys);
		scheme = get_string(w, o, p, "scheme", 1);
		if (scheme && strcmp(scheme, "oin") != 0 && strcmp(scheme, "tooi") != 0) {
			char sp[PATH_SIZE];
			child_path(sp, p, "scheme");
			problemf(w, sp, "onbekende waarde '%.80s'; kies uit: oin, tooi",
			         "unknown value '%.80s'; choose from: oin, tooi", scheme);
		}
		value = get_string(w, o, p, "value", 1);
		start(w, "identifier");
		attr(w, "scheme", scheme);
		if (value)
			xml_check(w, xmlTextWriterWriteString(w->xml, BAD_CAST value));
		end(w);
	}
	if ((o = get_typed(w, c, path, "contact", 1, JSON_OBJECT))) {
		child_path(p, path, "contact");
		unknown_keys(w, o, p, contact_keys);
		start(w, "contact");
		attr(w, "email", get_string(w, o, p, "email", 0));
		attr(w, "phone", get_string(w, o, p, "phone", 0));
		attr(w, "web", get_string(w, o, p, "web", 0));
		end(w);
	}
	if ((o = get_typed(w, c, path, "dpo", 0, JSON_OBJECT))) {
		child_path(p, path, "dpo");
		unknown_keys(w, o, p, dpo_keys);
		start(w, "dpo");
		attr(w, "name", get_string(w, o, p, "name", 1));
		attr(w, "email", get_string(w, o, p, "email", 0));
		attr(w, "phone", get_string(w, o, p, "phone", 0));
		end(w);
	}
	localized(w, c, path, "shortName", "short-name", 0);
	if ((o = get_typed(w, c, path, "supervisoryAuthority", 0, JSON_OBJECT))) {
		child_path(p, path, "supervisoryAuthority");
		unknown_keys(w, o, p, authority_keys);
		start(w, "supervisory-authority");
		attr(w, "name", get_string(w, o, p, "name", 1));
		attr(w, "name-en", get_string(w, o, p, "nameEn", 0));
		attr(w, "web", get_string(w, o, p, "web", 0));
		end(w);
	}
	end(w);
}

static void purposes(walker *w, const json_t *a, const char *path)
{
	static const char *const keys[] = {"id", "basis", "category", "description", "laws",
	                                   "outsidePublicTasks", "parentalConsent", NULL};
	char lp[PATH_SIZE], p[PATH_SIZE];
	json_t *list = get_typed(w, a, path, "purposes", 1, JSON_ARRAY), *o;
	size_t i;

	if (!list)
		return;
	child_path(lp, path, "purposes");
	if (json_array_size(list) == 0)
		problem(w, lp, "noem minstens één doel", "give at least one purpose");
	start(w, "purposes");
	json_array_foreach(list, i, o) {
		index_path(p, lp, i);
		if (!json_is_object(o)) {
			wrong_type(w, p, o, "een object", "an object");
			continue;
		}
		unknown_keys(w, o, p, keys);
		start(w, "purpose");
		attr(w, "id", get_slug(w, o, p, "id"));
		attr(w, "basis", get_vocab(w, o, p, "basis", 1, PV_VOCAB_LEGAL_BASIS));
		attr(w, "category", get_vocab(w, o, p, "category", 1, PV_VOCAB_PURPOSE_CATEGORY));
		attr(w, "parental-consent", get_string(w, o, p, "parentalConsent", 0));
		attr(w, "outside-public-tasks", get_string(w, o, p, "outsidePublicTasks", 0));
		localized(w, o, p, "description", "description", 1);
		laws(w, o, p);
		end(w);
	}
	end(w);
}

/* A JSON array of vocabulary keys, as <outer><inner kind="KEY"/>...</outer>. */
typedef struct {
	const char *key;      /* the JSON member */
	int required;
	const char *outer, *inner;
	pv_vocab_id vocab;
	const char *empty_nl, *empty_en; /* the problem when the array is empty */
} kind_array;

/* An optional yes/no fact (JSON true or false) as "yes" or "no"; NULL when
 * absent (not stated) or on a problem. */
static const char *get_opt_bool(walker *w, const json_t *o, const char *path, const char *key)
{
	return json_object_get(o, key) ? yes_no(get_bool(w, o, path, key)) : NULL;
}

static void kinds(walker *w, const json_t *a, const char *path, const kind_array *k,
                  const char *large_scale)
{
	char lp[PATH_SIZE], p[PATH_SIZE];
	json_t *list = get_typed(w, a, path, k->key, k->required, JSON_ARRAY), *v;
	size_t i;

	if (!list)
		return;
	child_path(lp, path, k->key);
	if (json_array_size(list) == 0)
		problem(w, lp, k->empty_nl, k->empty_en);
	start(w, k->outer);
	attr(w, "large-scale", large_scale);
	json_array_foreach(list, i, v) {
		index_path(p, lp, i);
		if (!json_is_string(v)) {
			wrong_type(w, p, v, "een tekst (string)", "a string");
			continue;
		}
		start(w, k->inner);
		attr(w, "kind", check_vocab(w, p, json_string_value(v), k->vocab));
		end(w);
	}
	end(w);
}

static void subjects(walker *w, const json_t *a, const char *path)
{
	static const kind_array subjects_array = {
		"dataSubjects", 1, "data-subjects", "subject", PV_VOCAB_DATA_SUBJECT,
		"noem minstens één groep mensen", "give at least one data subject"};
	kinds(w, a, path, &subjects_array, get_opt_bool(w, a, path, "largeScale"));
}

/* "a b c" from ["a", "b", "c"]; NULL when absent or on a problem. */
/* A JSON array of purpose ids (vocab < 0) or of keys of vocabulary
 * `vocab`, as one space-separated attribute value; NULL (with a problem)
 * when an item is wrong. The caller frees. */
static char *word_list(walker *w, const json_t *o, const char *path, const char *key, int vocab)
{
	char lp[PATH_SIZE], p[PATH_SIZE];
	json_t *list = get_typed(w, o, path, key, 0, JSON_ARRAY), *v;
	size_t i, len = 0, n_ok = 0;
	char *s;

	if (!list)
		return NULL;
	child_path(lp, path, key);
	json_array_foreach(list, i, v) {
		index_path(p, lp, i);
		if (json_is_string(v) && vocab >= 0) {
			if (!check_vocab(w, p, json_string_value(v), (pv_vocab_id)vocab))
				continue;
		} else if (!json_is_string(v) || !is_slug(json_string_value(v))) {
			if (json_is_string(v))
				problemf(w, p, "'%.80s' is geen geldige id van een doel",
				         "'%.80s' is not a valid purpose id", json_string_value(v));
			else
				wrong_type(w, p, v, "een tekst (string)", "a string");
			continue;
		}
		len += strlen(json_string_value(v)) + 1;
		n_ok++;
	}
	if (n_ok == 0 || n_ok != json_array_size(list))
		return NULL;
	s = malloc(len);
	if (!s) {
		w->status = PRIVICON_ENOMEM;
		return NULL;
	}
	s[0] = '\0';
	json_array_foreach(list, i, v) {
		if (i)
			strcat(s, " ");
		strcat(s, json_string_value(v));
	}
	return s;
}

static void personal_data(walker *w, const json_t *a, const char *path)
{
	static const char *const keys[] = {"kind", "source", "registry", "purposes",
	                                   "art9Condition", "label", "laws", "area", NULL};
	char lp[PATH_SIZE], p[PATH_SIZE];
	json_t *list = get_typed(w, a, path, "personalData", 1, JSON_ARRAY), *o;
	size_t i;

	if (!list)
		return;
	child_path(lp, path, "personalData");
	if (json_array_size(list) == 0)
		problem(w, lp, "noem minstens één soort gegevens", "give at least one data category");
	start(w, "personal-data");
	json_array_foreach(list, i, o) {
		char *refs;
		const char *area;
		index_path(p, lp, i);
		if (!json_is_object(o)) {
			wrong_type(w, p, o, "een object", "an object");
			continue;
		}
		unknown_keys(w, o, p, keys);
		start(w, "category");
		attr(w, "kind", get_vocab(w, o, p, "kind", 1, PV_VOCAB_DATA_CATEGORY));
		attr(w, "source", get_vocab(w, o, p, "source", 1, PV_VOCAB_DATA_SOURCE));
		attr(w, "registry", get_vocab(w, o, p, "registry", 0, PV_VOCAB_BASE_REGISTRY));
		refs = word_list(w, o, p, "purposes", -1);
		attr(w, "purposes", refs);
		free(refs);
		attr(w, "art9-condition",
		     get_vocab(w, o, p, "art9Condition", 0, PV_VOCAB_SPECIAL_CONDITION));
		area = get_string(w, o, p, "area", 0);
		if (area && strcmp(area, "publicly-accessible") != 0 &&
		    strcmp(area, "not-publicly-accessible") != 0) {
			char ap[PATH_SIZE];
			child_path(ap, p, "area");
			problem(w, ap, "kies \"publicly-accessible\" of \"not-publicly-accessible\"",
			        "choose \"publicly-accessible\" or \"not-publicly-accessible\"");
		}
		attr(w, "area", area);
		localized(w, o, p, "label", "label", 0);
		laws(w, o, p);
		end(w);
	}
	end(w);
}

static void recipients(walker *w, const json_t *a, const char *path)
{
	static const char *const keys[] = {"outsideController", "sold", "list", NULL};
	static const char *const item_keys[] = {"kind", "name", "nameEn", "role", "agreement",
	                                        NULL};
	char rp[PATH_SIZE], lp[PATH_SIZE], p[PATH_SIZE];
	json_t *r = get_typed(w, a, path, "recipients", 1, JSON_OBJECT), *list, *o;
	const char *sold;
	size_t i;

	if (!r)
		return;
	child_path(rp, path, "recipients");
	unknown_keys(w, r, rp, keys);
	start(w, "recipients");
	attr(w, "outside-controller", get_yes_no_not_stated(w, r, rp, "outsideController"));
	sold = get_string(w, r, rp, "sold", 0);
	if (sold && strcmp(sold, "no") != 0 && strcmp(sold, "not-stated") != 0) {
		child_path(p, rp, "sold");
		problem(w, p, "alleen \"no\" of \"not-stated\" kan hier staan (of laat 'sold' weg)",
		        "only \"no\" or \"not-stated\" can stand here (or leave 'sold' out)");
	}
	attr(w, "sold", sold);
	list = get_typed(w, r, rp, "list", 1, JSON_ARRAY);
	child_path(lp, rp, "list");
	json_array_foreach(list, i, o) {
		index_path(p, lp, i);
		if (!json_is_object(o)) {
			wrong_type(w, p, o, "een object", "an object");
			continue;
		}
		unknown_keys(w, o, p, item_keys);
		start(w, "recipient");
		attr(w, "kind", get_vocab(w, o, p, "kind", 1, PV_VOCAB_RECIPIENT_KIND));
		attr(w, "name", get_string(w, o, p, "name", 1));
		attr(w, "name-en", get_string(w, o, p, "nameEn", 0));
		attr(w, "agreement", get_string(w, o, p, "agreement", 0));
		localized(w, o, p, "role", "role", 0);
		end(w);
	}
	end(w);
}

static void transfers(walker *w, const json_t *a, const char *path)
{
	static const char *const keys[] = {"outsideEea", "list", NULL};
	static const char *const item_keys[] = {"country", "mechanism", "recipient", NULL};
	char tp[PATH_SIZE], lp[PATH_SIZE], p[PATH_SIZE];
	json_t *t = get_typed(w, a, path, "transfers", 1, JSON_OBJECT), *list, *o;
	size_t i;

	if (!t)
		return;
	child_path(tp, path, "transfers");
	unknown_keys(w, t, tp, keys);
	start(w, "transfers");
	attr(w, "outside-eea", get_yes_no_not_stated(w, t, tp, "outsideEea"));
	list = get_typed(w, t, tp, "list", 1, JSON_ARRAY);
	child_path(lp, tp, "list");
	json_array_foreach(list, i, o) {
		const char *country;
		index_path(p, lp, i);
		if (!json_is_object(o)) {
			wrong_type(w, p, o, "een object", "an object");
			continue;
		}
		unknown_keys(w, o, p, item_keys);
		country = get_string(w, o, p, "country", 1);
		if (country && strcmp(country, PV_COUNTRY_UNKNOWN) != 0 &&
		    !(strlen(country) == 2 && country[0] >= 'A' && country[0] <= 'Z' &&
		      country[1] >= 'A' && country[1] <= 'Z')) {
			char cp[PATH_SIZE];
			child_path(cp, p, "country");
			problemf(w, cp, "'%.80s' is geen landcode van twee hoofdletters (ISO 3166, zoals US) "
			               "en niet \"" PV_COUNTRY_UNKNOWN "\"",
			         "'%.80s' is not a two-letter country code (ISO 3166, such as US) nor \""
			         PV_COUNTRY_UNKNOWN "\"", country);
		}
		start(w, "transfer");
		attr(w, "country", country);
		attr(w, "mechanism", get_vocab(w, o, p, "mechanism", 0, PV_VOCAB_TRANSFER_MECHANISM));
		attr(w, "recipient", get_string(w, o, p, "recipient", 1));
		end(w);
	}
	end(w);
}

/* "permanent" or P[nY][nM][nW][nD] with at least one part: the XSD's
 * Duration (its digit limits are left to the XSD). */
static int is_period(const char *s)
{
	const char *order = "YMWD";
	if (strcmp(s, "permanent") == 0)
		return 1;
	if (*s++ != 'P' || !*s)
		return 0;
	while (*s) {
		const char *unit;
		if (*s < '0' || *s > '9')
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
		unit = *s ? strchr(order, *s) : NULL;
		if (!unit)
			return 0;
		order = unit + 1;
		s++;
	}
	return 1;
}

/* One period: the object at `r`, path `rp`. */
static void retention_period(walker *w, const json_t *r, const char *rp)
{
	static const char *const keys[] = {"period", "from", "selectielijst", "appliesTo",
	                                   "categories", NULL};
	char p[PATH_SIZE];
	const char *period;
	char *kinds;

	unknown_keys(w, r, rp, keys);
	period = get_string(w, r, rp, "period", 1);
	if (period && !is_period(period)) {
		child_path(p, rp, "period");
		problemf(w, p, "'%.80s' is geen termijn: schrijf bijvoorbeeld P7Y (7 jaar), P6M, P4W, "
		               "P30D, of permanent",
		         "'%.80s' is not a period: write for example P7Y (7 years), P6M, P4W, P30D, "
		         "or permanent",
		         period);
	}
	start(w, "retention");
	attr(w, "period", period);
	attr(w, "from", get_vocab(w, r, rp, "from", 1, PV_VOCAB_RETENTION_START));
	attr(w, "selectielijst", get_string(w, r, rp, "selectielijst", 0));
	kinds = word_list(w, r, rp, "categories", PV_VOCAB_DATA_CATEGORY);
	attr(w, "categories", kinds);
	free(kinds);
	localized(w, r, rp, "appliesTo", "applies-to", 0);
	end(w);
}

/* "retention": one period as an object, or several as an array. */
static void retention(walker *w, const json_t *a, const char *path)
{
	char rp[PATH_SIZE], p[PATH_SIZE];
	json_t *r = member(w, a, path, "retention", 0), *o;
	size_t i;

	if (!r)
		return;
	child_path(rp, path, "retention");
	if (json_is_object(r)) {
		retention_period(w, r, rp);
		return;
	}
	if (!json_is_array(r)) {
		wrong_type(w, rp, r, "een object of een lijst (array)", "an object or an array");
		return;
	}
	json_array_foreach(r, i, o) {
		index_path(p, rp, i);
		if (json_is_object(o))
			retention_period(w, o, p);
		else
			wrong_type(w, p, o, "een object", "an object");
	}
}

static void decision(walker *w, const json_t *a, const char *path, int is_profiling)
{
	static const char *const auto_keys[] = {"present", "decisions", "logic", "consequence",
	                                        "humanReview", NULL};
	static const char *const prof_keys[] = {"present", "description", NULL};
	const char *key = is_profiling ? "profiling" : "automatedDecision";
	char dp[PATH_SIZE];
	json_t *d = get_typed(w, a, path, key, 1, JSON_OBJECT);

	if (!d)
		return;
	child_path(dp, path, key);
	unknown_keys(w, d, dp, is_profiling ? prof_keys : auto_keys);
	start(w, is_profiling ? "profiling" : "automated-decision");
	attr(w, "present", get_yes_no_not_stated(w, d, dp, "present"));
	if (!is_profiling && json_object_get(d, "decisions"))
		attr(w, "decisions", yes_no(get_bool(w, d, dp, "decisions")));
	if (is_profiling) {
		localized(w, d, dp, "description", "description", 0);
	} else {
		localized(w, d, dp, "logic", "logic", 0);
		localized(w, d, dp, "consequence", "consequence", 0);
		localized(w, d, dp, "humanReview", "human-review", 0);
	}
	end(w);
}

static void security(walker *w, const json_t *a, const char *path)
{
	static const kind_array security_array = {
		"security", 0, "security", "measure", PV_VOCAB_SECURITY_MEASURE,
		"noem minstens één maatregel, of laat 'security' weg",
		"give at least one measure, or leave 'security' out"};
	kinds(w, a, path, &security_array, NULL);
}

static void dpia(walker *w, const json_t *a, const char *path)
{
	static const char *const keys[] = {"required", "status", "date", "reference",
	                                   "newTechnology", "reason", NULL};
	char dp[PATH_SIZE];
	json_t *d = get_typed(w, a, path, "dpia", 0, JSON_OBJECT);

	if (!d)
		return;
	child_path(dp, path, "dpia");
	unknown_keys(w, d, dp, keys);
	start(w, "dpia");
	attr(w, "required", get_yes_no_not_stated(w, d, dp, "required"));
	attr(w, "status", get_vocab(w, d, dp, "status", 0, PV_VOCAB_DPIA_STATUS));
	attr(w, "date", get_string(w, d, dp, "date", 0));
	attr(w, "reference", get_string(w, d, dp, "reference", 0));
	attr(w, "new-technology", get_opt_bool(w, d, dp, "newTechnology"));
	attr(w, "reason", get_string(w, d, dp, "reason", 0));
	end(w);
}

static void acknowledgements(walker *w, const json_t *a, const char *path)
{
	static const char *const keys[] = {"rule", "reason", NULL};
	char lp[PATH_SIZE], p[PATH_SIZE];
	json_t *list = get_typed(w, a, path, "acknowledgements", 1, JSON_ARRAY), *o;
	size_t i;

	child_path(lp, path, "acknowledgements");
	json_array_foreach(list, i, o) {
		index_path(p, lp, i);
		if (!json_is_object(o)) {
			wrong_type(w, p, o, "een object", "an object");
			continue;
		}
		unknown_keys(w, o, p, keys);
		start(w, "acknowledgement");
		attr(w, "rule", get_slug(w, o, p, "rule"));
		attr(w, "reason", get_string(w, o, p, "reason", 1));
		end(w);
	}
}

static void activity(walker *w, const json_t *a, const char *path)
{
	static const char *const keys[] = {
		"id", "version", "status", "startDate", "endDate", "name", "summary", "department",
		"legalText",
		"purposes", "dataSubjects", "largeScale", "personalData", "recipients", "transfers",
		"retention", "automatedDecision", "profiling", "security", "dpia",
		"acknowledgements", "internalNote", "rights", "notice", NULL};
	char p[PATH_SIZE], num[32] = "";
	const char *legal;
	json_t *v;

	unknown_keys(w, a, path, keys);
	start(w, "activity");
	attr(w, "id", get_slug(w, a, path, "id"));
	if ((v = member(w, a, path, "version", 1))) {
		child_path(p, path, "version");
		if (!json_is_integer(v))
			wrong_type(w, p, v, "een geheel getal", "an integer");
		else if (json_integer_value(v) < 1)
			problem(w, p, "een versie is 1 of hoger", "a version is 1 or more");
		else
			snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
	}
	attr(w, "version", num[0] ? num : NULL);
	attr(w, "status", get_vocab(w, a, path, "status", 1, PV_VOCAB_ACTIVITY_STATUS));
	attr(w, "start-date", get_string(w, a, path, "startDate", 0));
	attr(w, "end-date", get_string(w, a, path, "endDate", 0));
	localized(w, a, path, "name", "name", 1);
	localized(w, a, path, "summary", "summary", 1);
	element(w, "department", get_string(w, a, path, "department", 1));
	legal = get_string(w, a, path, "legalText", 0);
	if (legal) {
		start(w, "legal-text");
		attr(w, "url", legal);
		end(w);
	}
	purposes(w, a, path);
	subjects(w, a, path);
	personal_data(w, a, path);
	recipients(w, a, path);
	transfers(w, a, path);
	retention(w, a, path);
	decision(w, a, path, 0);
	decision(w, a, path, 1);
	security(w, a, path);
	dpia(w, a, path);
	acknowledgements(w, a, path);
	element(w, "internal-note", get_string(w, a, path, "internalNote", 0));
	/* Derived from the facts above: only their shape is checked. */
	get_typed(w, a, path, "rights", 0, JSON_ARRAY);
	get_typed(w, a, path, "notice", 0, JSON_ARRAY);
	end(w);
}

/* register.languages: ["nl"], ["en"] or ["nl", "en"] as "nl", "en" or
 * "nl en"; NULL when absent or on a problem. */
static const char *languages(walker *w, const json_t *reg)
{
	json_t *list = get_typed(w, reg, "register", "languages", 0, JSON_ARRAY), *v;
	int nl = 0, en = 0, bad = 0;
	size_t i;
	if (!list)
		return NULL;
	json_array_foreach(list, i, v) {
		const char *s = json_is_string(v) ? json_string_value(v) : "";
		if (strcmp(s, "nl") == 0 && !nl)
			nl = 1;
		else if (strcmp(s, "en") == 0 && !en)
			en = 1;
		else
			bad = 1;
	}
	if (bad || (!nl && !en)) {
		problem(w, "register.languages", "verwacht [\"nl\"], [\"en\"] of [\"nl\", \"en\"]",
		        "expected [\"nl\"], [\"en\"] or [\"nl\", \"en\"]");
		return NULL;
	}
	return nl && en ? "nl en" : nl ? "nl" : "en";
}

static void document(walker *w, const json_t *root)
{
	static const char *const keys[] = {"format", "formatVersion", "generator", "register",
	                                   "publication", "controller", "activities", NULL};
	static const char *const publication_keys[] = {"baseUrl", NULL};
	static const char *const reg_keys[] = {"version", "date", "languages", NULL};
	json_t *reg, *list, *a, *v;
	const char *format;
	size_t i;

	if (!json_is_object(root)) {
		wrong_type(w, "$", root, "een object", "an object");
		return;
	}
	unknown_keys(w, root, "$", keys);
	format = get_string(w, root, "$", "format", 1);
	if (format && strcmp(format, PV_EXPORT_FORMAT) != 0)
		problem(w, "format", "verwacht \"" PV_EXPORT_FORMAT "\": dit is geen export van privicon",
		        "expected \"" PV_EXPORT_FORMAT "\": this is not a privicon export");
	if ((v = member(w, root, "$", "formatVersion", 1))) {
		if (!json_is_integer(v))
			wrong_type(w, "formatVersion", v, "een geheel getal", "an integer");
		else if (json_integer_value(v) != PV_EXPORT_FORMAT_VERSION)
			problemf(w, "formatVersion",
			         "deze privicon leest versie %d van de export, niet %" JSON_INTEGER_FORMAT,
			         "this privicon reads version %d of the export, not %" JSON_INTEGER_FORMAT,
			         PV_EXPORT_FORMAT_VERSION, json_integer_value(v));
	}
	get_string(w, root, "$", "generator", 0);

	xml_check(w, xmlTextWriterStartDocument(w->xml, NULL, "UTF-8", NULL));
	/* The namespace as the first attribute, as registers are written by
	 * hand; the writer takes xmlns as an attribute like any other. */
	start(w, "register");
	attr(w, "xmlns", PV_REGISTER_NS);
	if ((reg = get_typed(w, root, "$", "register", 1, JSON_OBJECT))) {
		unknown_keys(w, reg, "register", reg_keys);
		attr(w, "version", get_string(w, reg, "register", "version", 1));
		attr(w, "date", get_string(w, reg, "register", "date", 1));
		attr(w, "languages", languages(w, reg));
	}
	controller(w, root);
	if ((v = get_typed(w, root, "$", "publication", 0, JSON_OBJECT))) {
		unknown_keys(w, v, "publication", publication_keys);
		start(w, "publication");
		attr(w, "base-url", get_string(w, v, "publication", "baseUrl", 1));
		end(w);
	}
	if ((list = get_typed(w, root, "$", "activities", 1, JSON_ARRAY))) {
		if (json_array_size(list) == 0)
			problem(w, "activities", "noem minstens één activiteit",
			        "give at least one activity");
		json_array_foreach(list, i, a) {
			char p[PATH_SIZE];
			index_path(p, "activities", i);
			if (!json_is_object(a))
				wrong_type(w, p, a, "een object", "an object");
			else
				activity(w, a, p);
		}
	}
	end(w);
	xml_check(w, xmlTextWriterEndDocument(w->xml));
}

/* ---- privicon_import_json ------------------------------------------------ */

/* The loader's findings on the generated XML, as findings on the JSON:
 * its line numbers would point into a file the user never saw. */
static int relay(privicon_diagnostics *diags, const char *name, const privicon_diagnostics *found)
{
	for (size_t i = 0; i < privicon_diagnostics_count(found); i++) {
		char nl[1200], en[1200];
		snprintf(nl, sizeof(nl), "na omzetting naar XML: %s",
		         privicon_diagnostic_message(found, i, "nl"));
		snprintf(en, sizeof(en), "after conversion to XML: %s",
		         privicon_diagnostic_message(found, i, "en"));
		if (privicon_diagnostics_add(diags, name, 0, 0, privicon_diagnostic_severity(found, i),
		                             privicon_diagnostic_rule(found, i),
		                             privicon_diagnostic_activity(found, i), nl,
		                             en) != PRIVICON_OK)
			return PRIVICON_ENOMEM;
	}
	return PRIVICON_OK;
}

/* Loads the generated document as `privicon check` would (schema, then
 * model). Returns 0, PRIVICON_EINVALID (findings relayed), or ENOMEM. */
static int reload(privicon_diagnostics *diags, const char *name, const char *xml, size_t size)
{
	privicon_diagnostics *found = NULL;
	privicon_register *reg = NULL;
	int rc = privicon_diagnostics_new(&found);

	if (rc != 0)
		return rc;
	rc = privicon_load_memory(&reg, found, name, xml, size, NULL);
	privicon_register_free(reg);
	if (rc != 0 && rc != PRIVICON_ENOMEM) {
		int relayed = relay(diags, name, found);
		rc = relayed != PRIVICON_OK ? relayed : PRIVICON_EINVALID;
	}
	privicon_diagnostics_free(found);
	return rc;
}

int privicon_import_json(char **out, size_t *size, privicon_diagnostics *diags,
                         const char *name, const char *json, size_t json_size)
{
	json_error_t err;
	json_t *root;
	int rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (!diags || (!json && json_size))
		return PRIVICON_EINVAL;
	if (!name)
		name = "-";

	root = json_loadb(json ? json : "", json_size, JSON_REJECT_DUPLICATES, &err);
	if (!root) {
		char nl[400], en[400];
		snprintf(nl, sizeof(nl), "geen geldige JSON: %s", err.text);
		snprintf(en, sizeof(en), "not valid JSON: %s", err.text);
		rc = privicon_diagnostics_add(diags, name, err.line > 0 ? err.line : 0,
		                              err.column > 0 ? err.column : 0, PRIVICON_ERROR,
		                              "json-syntax", NULL, nl, en);
		return rc != PRIVICON_OK ? rc : PRIVICON_EINVALID;
	}
	rc = pv_import_json_doc(out, size, diags, name, root);
	json_decref(root);
	return rc;
}

int pv_import_json_doc(char **out, size_t *size, privicon_diagnostics *diags, const char *name,
                       const json_t *root)
{
	xmlBufferPtr buf;
	walker w = {0};
	int rc;

	if (!out || !size || !diags || !root)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (!name)
		name = "-";
	buf = xmlBufferCreate();
	w.xml = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
	if (!w.xml) {
		xmlBufferFree(buf);
		return PRIVICON_ENOMEM;
	}
	w.diags = diags;
	w.name = name;
	xml_check(&w, xmlTextWriterSetIndent(w.xml, 1));
	xml_check(&w, xmlTextWriterSetIndentString(w.xml, BAD_CAST "  "));
	document(&w, root);
	/* Freeing the writer flushes it into `buf`. */
	xmlFreeTextWriter(w.xml);

	if (!w.status && w.problems > MAX_PROBLEMS) {
		char nl[200], en[200];
		snprintf(nl, sizeof(nl), "en nog %zu problemen; herstel eerst de eerste %d",
		         w.problems - MAX_PROBLEMS, MAX_PROBLEMS);
		snprintf(en, sizeof(en), "and %zu more problems; fix the first %d first",
		         w.problems - MAX_PROBLEMS, MAX_PROBLEMS);
		if (privicon_diagnostics_add(diags, name, 0, 0, PRIVICON_ERROR, "json-shape", NULL, nl,
		                             en) != PRIVICON_OK)
			w.status = PRIVICON_ENOMEM;
	}
	rc = w.status ? w.status : w.problems ? PRIVICON_EINVALID : PRIVICON_OK;
	if (rc == PRIVICON_OK)
		rc = reload(diags, name, (const char *)xmlBufferContent(buf),
		            (size_t)xmlBufferLength(buf));
	if (rc == PRIVICON_OK) {
		size_t len = (size_t)xmlBufferLength(buf);
		*out = malloc(len + 1);
		if (!*out) {
			rc = PRIVICON_ENOMEM;
		} else {
			memcpy(*out, xmlBufferContent(buf), len);
			(*out)[len] = '\0';
			*size = len;
		}
	}
	xmlBufferFree(buf);
	return rc;
}
