/*
 * catalogue.c - loads icons/catalogue.json and the icon sources it names,
 * checks every field, and indexes the icons by id and by (question,
 * concept).
 *
 * The parsed JSON document stays alive inside the catalogue: the strings
 * of pv_icon and pv_question_info point into it, so nothing is copied and
 * one json_decref() releases them all. Icon sources come from the
 * resources compiled into the library (never freed) or, with a directory,
 * from files read into buffers the catalogue owns.
 */
#include "notice/catalogue.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privicon.h"
#include "util/resource.h"
#include "model/vocab.h"

/* A catalogue or icon file larger than this is a mistake, not an icon. */
#define MAX_FILE_SIZE ((size_t)4 * 1024 * 1024)

/* The questions in the order a resident asks them; notice.h numbers them
 * the same way (pv_question). */
static const char *const question_ids[] = {
	"data", "why", "source", "recipients", "retention", "decision", "security", "rights",
};
#define N_QUESTIONS (sizeof(question_ids) / sizeof(question_ids[0]))

/* The parameters a caption or description template may use. */
static const char *const template_params[] = {
	"label", "duration", "from", "country", "recipient", "purpose", "controller", "authority",
};

typedef struct {
	const char *question;
	const char *concept;
	size_t icon;
} concept_entry;

struct pv_catalogue {
	json_t *root;
	pv_icon *icons;
	char **owned_svg;  /* per icon: the buffer read from a directory, or NULL */
	size_t n_icons;
	size_t *by_id;     /* icon indices sorted by id */
	concept_entry *by_concept; /* sorted by (question, concept) */
	size_t n_concepts;
	pv_question_info questions[N_QUESTIONS];
};

typedef struct {
	char *err;
	size_t err_size;
	const char *source; /* the catalogue's name in messages */
} loader;

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int fail(const loader *ld, int status, const char *fmt, ...)
{
	if (ld->err && ld->err_size > 0) {
		int n = snprintf(ld->err, ld->err_size, "%s: ", ld->source);
		if (n >= 0 && (size_t)n < ld->err_size) {
			va_list ap;
			va_start(ap, fmt);
			vsnprintf(ld->err + n, ld->err_size - (size_t)n, fmt, ap);
			va_end(ap);
		}
	}
	return status;
}

/* ---- reading files ----------------------------------------------------- */

/* Reads `path` into a NUL-terminated buffer the caller frees. */
static int read_file(const loader *ld, const char *path, char **out, size_t *size)
{
	*out = NULL;
	*size = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return fail(ld, PRIVICON_EIO, "cannot open %s (%s)",
		            strcmp(path, ld->source) == 0 ? "it" : path, strerror(errno));
	size_t cap = 8192, len = 0;
	char *buf = malloc(cap);
	if (!buf) {
		fclose(f);
		return PRIVICON_ENOMEM;
	}
	for (;;) {
		if (cap - len < 2) {
			if (cap > MAX_FILE_SIZE) {
				free(buf);
				fclose(f);
				return fail(ld, PRIVICON_EINVALID, "%s is larger than %zu bytes",
				            strcmp(path, ld->source) == 0 ? "it" : path, MAX_FILE_SIZE);
			}
			char *bigger = realloc(buf, cap * 2);
			if (!bigger) {
				free(buf);
				fclose(f);
				return PRIVICON_ENOMEM;
			}
			buf = bigger;
			cap *= 2;
		}
		size_t n = fread(buf + len, 1, cap - len - 1, f);
		len += n;
		if (n == 0)
			break;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return fail(ld, PRIVICON_EIO, "cannot read %s",
		            strcmp(path, ld->source) == 0 ? "it" : path);
	}
	buf[len] = '\0';
	*out = buf;
	*size = len;
	return 0;
}

static char *join_path(const char *dir, const char *file)
{
	size_t a = strlen(dir), b = strlen(file);
	char *p = malloc(a + b + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, a);
	p[a] = '/';
	memcpy(p + a + 1, file, b + 1);
	return p;
}

/* ---- field checks -------------------------------------------------------- */

static int is_slug(const char *s)
{
	if (!*s)
		return 0;
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
			return 0;
	return 1;
}

/* A plain file name inside the icon directory: no path, no hidden file. */
static int is_svg_file_name(const char *s)
{
	size_t n = strlen(s);
	if (n <= 4 || s[0] == '.' || strcmp(s + n - 4, ".svg") != 0)
		return 0;
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.'))
			return 0;
	return 1;
}

static int question_index(const char *id)
{
	for (size_t i = 0; i < N_QUESTIONS; i++)
		if (strcmp(question_ids[i], id) == 0)
			return (int)i;
	return -1;
}

/* The vocabulary whose XSD type is `name`, or -1. */
static int vocab_named(const char *name)
{
	for (int v = 0; v < PV_VOCAB_COUNT; v++) {
		const pv_vocab *vocab = pv_vocab_get((pv_vocab_id)v);
		if (vocab && strcmp(vocab->name, name) == 0)
			return v;
	}
	return -1;
}

/* Checks a template's {params}: each names a known parameter; braces
 * are balanced and not nested. Returns NULL or what is wrong. */
static const char *template_problem(const char *t, char *param, size_t param_size)
{
	for (const char *p = t; *p; p++) {
		if (*p == '}')
			return "has a '}' without a '{'";
		if (*p != '{')
			continue;
		const char *close = strchr(p + 1, '}');
		const char *open = strchr(p + 1, '{');
		if (!close || (open && open < close))
			return "has a '{' without a '}'";
		size_t len = (size_t)(close - p - 1);
		int known = 0;
		for (size_t i = 0; i < sizeof(template_params) / sizeof(template_params[0]); i++)
			if (strlen(template_params[i]) == len &&
			    memcmp(template_params[i], p + 1, len) == 0)
				known = 1;
		if (!known) {
			snprintf(param, param_size, "%.*s", (int)(len > 40 ? 40 : len), p + 1);
			return "uses an unknown parameter";
		}
		p = close;
	}
	return NULL;
}

/* The non-empty string member `key` of `obj`, or NULL with a message. */
static int get_string(const loader *ld, const char *what, json_t *obj, const char *key,
                      const char **out)
{
	json_t *v = json_object_get(obj, key);
	if (!v)
		return fail(ld, PRIVICON_EINVALID, "%s: field \"%s\" is missing", what, key);
	if (!json_is_string(v))
		return fail(ld, PRIVICON_EINVALID, "%s: field \"%s\" must be a string", what, key);
	if (json_string_length(v) == 0)
		return fail(ld, PRIVICON_EINVALID, "%s: field \"%s\" is empty", what, key);
	if (strlen(json_string_value(v)) != json_string_length(v))
		return fail(ld, PRIVICON_EINVALID, "%s: field \"%s\" contains a NUL character",
		            what, key);
	*out = json_string_value(v);
	return 0;
}

/* Like get_string, but absent or null gives NULL. */
static int get_optional_string(const loader *ld, const char *what, json_t *obj,
                               const char *key, const char **out)
{
	json_t *v = json_object_get(obj, key);
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	return get_string(ld, what, obj, key, out);
}

/* Rejects members other than `allowed` (a NULL-terminated list), so a
 * misspelt field name is reported instead of silently ignored. */
static int check_keys(const loader *ld, const char *what, json_t *obj,
                      const char *const *allowed)
{
	const char *key;
	json_t *value;
	json_object_foreach(obj, key, value) {
		int ok = 0;
		for (const char *const *a = allowed; *a; a++)
			if (strcmp(*a, key) == 0)
				ok = 1;
		if (!ok)
			return fail(ld, PRIVICON_EINVALID, "%s: unknown field \"%s\"", what, key);
	}
	return 0;
}

/* An {"nl": "...", "en": "..."} template pair; messages name the field
 * as "caption.nl". */
static int get_texts(const loader *ld, const char *what, json_t *obj, const char *key,
                     const char **nl, const char **en)
{
	static const char *const langs[] = {"nl", "en"};
	const char **out[] = {nl, en};
	json_t *v = json_object_get(obj, key);
	if (!v)
		return fail(ld, PRIVICON_EINVALID, "%s: field \"%s\" is missing", what, key);
	if (!json_is_object(v) || json_object_size(v) != 2)
		return fail(ld, PRIVICON_EINVALID,
		            "%s: field \"%s\" must be an object with just \"nl\" and \"en\"", what,
		            key);
	for (int i = 0; i < 2; i++) {
		json_t *t = json_object_get(v, langs[i]);
		if (!t)
			return fail(ld, PRIVICON_EINVALID, "%s: field \"%s.%s\" is missing", what, key,
			            langs[i]);
		if (!json_is_string(t) || json_string_length(t) == 0 ||
		    strlen(json_string_value(t)) != json_string_length(t))
			return fail(ld, PRIVICON_EINVALID,
			            "%s: field \"%s.%s\" must be a non-empty string", what, key,
			            langs[i]);
		*out[i] = json_string_value(t);
		char param[48] = "";
		const char *problem = template_problem(*out[i], param, sizeof(param));
		if (problem)
			return fail(ld, PRIVICON_EINVALID, "%s: field \"%s.%s\" %s%s%s%s", what, key,
			            langs[i], problem, *param ? " {" : "", param, *param ? "}" : "");
	}
	return 0;
}

/* ---- loading ------------------------------------------------------------- */

static int load_questions(pv_catalogue *cat, const loader *ld, json_t *arr)
{
	static const char *const keys[] = {"id", "nl", "en", "icon", NULL};
	if (!json_is_array(arr))
		return fail(ld, PRIVICON_EINVALID, "field \"questions\" must be an array");
	if (json_array_size(arr) != N_QUESTIONS)
		return fail(ld, PRIVICON_EINVALID,
		            "field \"questions\" must list the %zu questions, it lists %zu",
		            N_QUESTIONS, json_array_size(arr));
	for (size_t i = 0; i < N_QUESTIONS; i++) {
		json_t *q = json_array_get(arr, i);
		char what[64];
		snprintf(what, sizeof(what), "questions[%zu]", i);
		if (!json_is_object(q))
			return fail(ld, PRIVICON_EINVALID, "%s must be an object", what);
		pv_question_info *info = &cat->questions[i];
		int rc = check_keys(ld, what, q, keys);
		if (rc == 0)
			rc = get_string(ld, what, q, "id", &info->id);
		if (rc == 0 && strcmp(info->id, question_ids[i]) != 0)
			return fail(ld, PRIVICON_EINVALID,
			            "%s: the question must be \"%s\" here (the order is %s, %s, %s, "
			            "%s, %s, %s, %s, %s), not \"%s\"",
			            what, question_ids[i], question_ids[0], question_ids[1],
			            question_ids[2], question_ids[3], question_ids[4], question_ids[5],
			            question_ids[6], question_ids[7], info->id);
		snprintf(what, sizeof(what), "question \"%s\"", question_ids[i]);
		if (rc == 0)
			rc = get_string(ld, what, q, "nl", &info->nl);
		if (rc == 0)
			rc = get_string(ld, what, q, "en", &info->en);
		if (rc == 0)
			rc = get_string(ld, what, q, "icon", &info->icon);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* Finds the icon source: the built-in resource, or DIR/<file>. */
static int load_svg(pv_catalogue *cat, const loader *ld, size_t i, const char *dir)
{
	pv_icon *icon = &cat->icons[i];
	if (!dir) {
		char path[300];
		const unsigned char *data;
		size_t size;
		int n = snprintf(path, sizeof(path), "icons/%s", icon->file);
		if (n < 0 || (size_t)n >= sizeof(path) || pv_resource_get(&data, &size, path) != 0)
			return fail(ld, PRIVICON_EINVALID, "icon \"%s\": file \"%s\" is not built in",
			            icon->id, icon->file);
		icon->svg = (const char *)data;
		icon->svg_size = size;
	} else {
		char *path = join_path(dir, icon->file);
		if (!path)
			return PRIVICON_ENOMEM;
		char *buf;
		size_t size;
		int rc = read_file(ld, path, &buf, &size);
		free(path);
		if (rc == PRIVICON_EIO)
			/* A catalogue that names a missing file is malformed. */
			return fail(ld, PRIVICON_EINVALID, "icon \"%s\": cannot read file \"%s\"",
			            icon->id, icon->file);
		if (rc != 0)
			return rc;
		cat->owned_svg[i] = buf;
		icon->svg = buf;
		icon->svg_size = size;
	}
	if (icon->svg_size == 0)
		return fail(ld, PRIVICON_EINVALID, "icon \"%s\": file is empty", icon->id);
	if (!strstr(icon->svg, "<svg"))
		return fail(ld, PRIVICON_EINVALID, "icon \"%s\": file is not an SVG image (no <svg>)",
		            icon->id);
	return 0;
}

static int load_icon(pv_catalogue *cat, const loader *ld, size_t i, json_t *obj,
                     const char *dir)
{
	static const char *const keys[] = {"id", "question", "file", "name", "concepts",
	                                   "vocabulary", "dpv", "caption", "description", NULL};
	pv_icon *icon = &cat->icons[i];
	char what[160];
	snprintf(what, sizeof(what), "icons[%zu]", i);
	if (!json_is_object(obj))
		return fail(ld, PRIVICON_EINVALID, "%s must be an object", what);
	int rc = get_string(ld, what, obj, "id", &icon->id);
	if (rc != 0)
		return rc;
	if (!is_slug(icon->id))
		return fail(ld, PRIVICON_EINVALID,
		            "%s: id \"%s\" may only hold a-z, 0-9 and '-'", what, icon->id);
	snprintf(what, sizeof(what), "icon \"%s\"", icon->id);
	if ((rc = check_keys(ld, what, obj, keys)) != 0 ||
	    (rc = get_string(ld, what, obj, "question", &icon->question)) != 0 ||
	    (rc = get_string(ld, what, obj, "file", &icon->file)) != 0 ||
	    (rc = get_optional_string(ld, what, obj, "vocabulary", &icon->vocabulary)) != 0 ||
	    (rc = get_optional_string(ld, what, obj, "dpv", &icon->dpv)) != 0 ||
	    (rc = get_texts(ld, what, obj, "caption", &icon->caption_nl, &icon->caption_en)) != 0 ||
	    (rc = get_texts(ld, what, obj, "description", &icon->description_nl,
	                    &icon->description_en)) != 0)
		return rc;
	/* The short name (the overview's legend) is optional, so an icon
	 * directory made before it still loads. */
	if (json_object_get(obj, "name") &&
	    (rc = get_texts(ld, what, obj, "name", &icon->name_nl, &icon->name_en)) != 0)
		return rc;
	if (question_index(icon->question) < 0)
		return fail(ld, PRIVICON_EINVALID, "%s: field \"question\": unknown question \"%s\"",
		            what, icon->question);
	if (!is_svg_file_name(icon->file))
		return fail(ld, PRIVICON_EINVALID,
		            "%s: field \"file\" must be a file name ending in .svg, not \"%s\"", what,
		            icon->file);
	int vocab = icon->vocabulary ? vocab_named(icon->vocabulary) : -1;
	if (icon->vocabulary && vocab < 0)
		return fail(ld, PRIVICON_EINVALID,
		            "%s: field \"vocabulary\": unknown vocabulary \"%s\"", what,
		            icon->vocabulary);

	json_t *concepts = json_object_get(obj, "concepts");
	if (concepts && !json_is_array(concepts))
		return fail(ld, PRIVICON_EINVALID, "%s: field \"concepts\" must be an array", what);
	size_t n = concepts ? json_array_size(concepts) : 0;
	if (n > 0) {
		icon->concepts = calloc(n, sizeof(*icon->concepts));
		if (!icon->concepts)
			return PRIVICON_ENOMEM;
	}
	for (size_t c = 0; c < n; c++) {
		json_t *v = json_array_get(concepts, c);
		if (!json_is_string(v) || json_string_length(v) == 0 ||
		    strlen(json_string_value(v)) != json_string_length(v))
			return fail(ld, PRIVICON_EINVALID,
			            "%s: field \"concepts\": entry %zu must be a non-empty string",
			            what, c);
		const char *concept = json_string_value(v);
		if (vocab >= 0 && pv_vocab_find((pv_vocab_id)vocab, concept) == PV_VOCAB_NONE)
			return fail(ld, PRIVICON_EINVALID,
			            "%s: field \"concepts\": \"%s\" is not a key of vocabulary %s",
			            what, concept, icon->vocabulary);
		icon->concepts[c] = concept;
		icon->n_concepts = c + 1;
	}
	return load_svg(cat, ld, i, dir);
}

static int cmp_concept(const void *a, const void *b)
{
	const concept_entry *x = a, *y = b;
	int c = strcmp(x->question, y->question);
	return c ? c : strcmp(x->concept, y->concept);
}

/* Builds both indexes and reports duplicates: two icons with one id, or
 * two icons of one question standing for the same concept. */
static int index_icons(pv_catalogue *cat, const loader *ld)
{
	cat->by_id = malloc(cat->n_icons * sizeof(*cat->by_id));
	if (!cat->by_id)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < cat->n_icons; i++)
		cat->by_id[i] = i;
	/* Sorting indices by the ids they point at needs the catalogue;
	 * qsort has no context argument in C11, so insertion sort keeps
	 * this reentrant (catalogues hold a few hundred icons at most). */
	for (size_t i = 1; i < cat->n_icons; i++) {
		size_t v = cat->by_id[i], j = i;
		while (j > 0 && strcmp(cat->icons[cat->by_id[j - 1]].id, cat->icons[v].id) > 0) {
			cat->by_id[j] = cat->by_id[j - 1];
			j--;
		}
		cat->by_id[j] = v;
	}
	for (size_t i = 1; i < cat->n_icons; i++)
		if (strcmp(cat->icons[cat->by_id[i - 1]].id, cat->icons[cat->by_id[i]].id) == 0)
			return fail(ld, PRIVICON_EINVALID, "icon \"%s\" is listed twice",
			            cat->icons[cat->by_id[i]].id);

	size_t total = 0;
	for (size_t i = 0; i < cat->n_icons; i++)
		total += cat->icons[i].n_concepts;
	if (total > 0) {
		cat->by_concept = malloc(total * sizeof(*cat->by_concept));
		if (!cat->by_concept)
			return PRIVICON_ENOMEM;
	}
	for (size_t i = 0; i < cat->n_icons; i++)
		for (size_t c = 0; c < cat->icons[i].n_concepts; c++)
			cat->by_concept[cat->n_concepts++] = (concept_entry){
				cat->icons[i].question, cat->icons[i].concepts[c], i};
	if (cat->n_concepts > 1)
		qsort(cat->by_concept, cat->n_concepts, sizeof(*cat->by_concept), cmp_concept);
	for (size_t i = 1; i < cat->n_concepts; i++) {
		const concept_entry *x = &cat->by_concept[i - 1], *y = &cat->by_concept[i];
		if (cmp_concept(x, y) == 0) {
			/* Name the two icons in catalogue order, whatever qsort did. */
			size_t a = x->icon < y->icon ? x->icon : y->icon;
			size_t b = x->icon < y->icon ? y->icon : x->icon;
			return fail(ld, PRIVICON_EINVALID,
			            "icons \"%s\" and \"%s\" both stand for \"%s\" in question \"%s\"",
			            cat->icons[a].id, cat->icons[b].id, x->concept, x->question);
		}
	}
	return 0;
}

static int load_document(pv_catalogue *cat, const loader *ld, const char *data, size_t size,
                         const char *dir)
{
	static const char *const keys[] = {"version", "questions", "icons", NULL};
	json_error_t jerr;
	cat->root = json_loadb(data, size, JSON_REJECT_DUPLICATES, &jerr);
	if (!cat->root)
		return fail(ld, PRIVICON_EINVALID, "line %d, column %d: %s", jerr.line, jerr.column,
		            jerr.text);
	if (!json_is_object(cat->root))
		return fail(ld, PRIVICON_EINVALID, "the top level must be an object");
	int rc = check_keys(ld, "the top level", cat->root, keys);
	if (rc != 0)
		return rc;
	json_t *version = json_object_get(cat->root, "version");
	if (!json_is_integer(version) || json_integer_value(version) != 1)
		return fail(ld, PRIVICON_EINVALID, "field \"version\" must be the number 1");
	if ((rc = load_questions(cat, ld, json_object_get(cat->root, "questions"))) != 0)
		return rc;

	json_t *icons = json_object_get(cat->root, "icons");
	if (!json_is_array(icons) || json_array_size(icons) == 0)
		return fail(ld, PRIVICON_EINVALID, "field \"icons\" must be a non-empty array");
	size_t n = json_array_size(icons);
	cat->icons = calloc(n, sizeof(*cat->icons));
	cat->owned_svg = calloc(n, sizeof(*cat->owned_svg));
	if (!cat->icons || !cat->owned_svg)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		/* Count the icon first so pv_catalogue_free releases its
		 * concepts and source if it fails halfway. */
		cat->n_icons = i + 1;
		if ((rc = load_icon(cat, ld, i, json_array_get(icons, i), dir)) != 0)
			return rc;
	}
	if ((rc = index_icons(cat, ld)) != 0)
		return rc;
	for (size_t q = 0; q < N_QUESTIONS; q++)
		if (!pv_catalogue_icon(cat, cat->questions[q].icon))
			return fail(ld, PRIVICON_EINVALID,
			            "question \"%s\": field \"icon\": there is no icon \"%s\"",
			            cat->questions[q].id, cat->questions[q].icon);
	return 0;
}

int pv_catalogue_load(pv_catalogue **out, const char *dir, char *err, size_t err_size)
{
	if (err && err_size > 0)
		err[0] = '\0';
	if (!out)
		return PRIVICON_EINVAL;
	*out = NULL;
	char *path = dir ? join_path(dir, "catalogue.json") : NULL;
	if (dir && !path)
		return PRIVICON_ENOMEM;
	loader ld = {err, err_size, path ? path : "icons/catalogue.json (built in)"};

	const char *data;
	char *buf = NULL;
	size_t size;
	int rc = 0;
	if (dir) {
		rc = read_file(&ld, path, &buf, &size);
		data = buf;
	} else {
		const unsigned char *res;
		if (pv_resource_get(&res, &size, "icons/catalogue.json") != 0)
			rc = fail(&ld, PRIVICON_EIO, "not compiled into this build");
		data = (const char *)res;
	}
	pv_catalogue *cat = NULL;
	if (rc == 0) {
		cat = calloc(1, sizeof(*cat));
		if (!cat)
			rc = PRIVICON_ENOMEM;
	}
	if (rc == 0)
		rc = load_document(cat, &ld, data, size, dir);
	if (rc == PRIVICON_ENOMEM)
		fail(&ld, rc, "out of memory");
	free(buf);
	free(path);
	if (rc != 0) {
		pv_catalogue_free(cat);
		return rc;
	}
	*out = cat;
	return 0;
}

void pv_catalogue_free(pv_catalogue *cat)
{
	if (!cat)
		return;
	for (size_t i = 0; i < cat->n_icons; i++) {
		free(cat->icons[i].concepts);
		free(cat->owned_svg[i]);
	}
	free(cat->icons);
	free(cat->owned_svg);
	free(cat->by_id);
	free(cat->by_concept);
	json_decref(cat->root);
	free(cat);
}

/* ---- lookups ------------------------------------------------------------- */

pv_icon_marker pv_icon_marker_of(const pv_icon *icon)
{
	if (!icon || !icon->svg)
		return PV_MARKER_NONE;
	if (strstr(icon->svg, "class=\"marker-attention\""))
		return PV_MARKER_ATTENTION;
	if (strstr(icon->svg, "class=\"marker-reassuring\""))
		return PV_MARKER_REASSURING;
	return PV_MARKER_NONE;
}

size_t pv_catalogue_icon_count(const pv_catalogue *cat)
{
	return cat ? cat->n_icons : 0;
}

const pv_icon *pv_catalogue_icon_at(const pv_catalogue *cat, size_t i)
{
	return cat && i < cat->n_icons ? &cat->icons[i] : NULL;
}

const pv_icon *pv_catalogue_icon(const pv_catalogue *cat, const char *id)
{
	if (!cat || !id || !cat->by_id)
		return NULL;
	size_t lo = 0, hi = cat->n_icons;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const pv_icon *icon = &cat->icons[cat->by_id[mid]];
		int c = strcmp(id, icon->id);
		if (c == 0)
			return icon;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const pv_icon *pv_catalogue_icon_for(const pv_catalogue *cat, const char *question,
                                     const char *concept)
{
	if (!cat || !question || !concept || cat->n_concepts == 0)
		return NULL;
	concept_entry key = {question, concept, 0};
	const concept_entry *hit = bsearch(&key, cat->by_concept, cat->n_concepts,
	                                   sizeof(key), cmp_concept);
	return hit ? &cat->icons[hit->icon] : NULL;
}

size_t pv_catalogue_question_count(const pv_catalogue *cat)
{
	return cat ? N_QUESTIONS : 0;
}

const pv_question_info *pv_catalogue_question_at(const pv_catalogue *cat, size_t i)
{
	return cat && i < N_QUESTIONS ? &cat->questions[i] : NULL;
}

const pv_question_info *pv_catalogue_question(const pv_catalogue *cat, const char *id)
{
	int i = id ? question_index(id) : -1;
	return cat && i >= 0 ? &cat->questions[i] : NULL;
}
