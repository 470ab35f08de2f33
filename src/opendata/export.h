/*
 * export.h - what the open-data modules share (export.c, export_json.c,
 * export_jsonld.c, import_json.c). Internal to libprivicon.
 */
#ifndef PRIVICON_EXPORT_H
#define PRIVICON_EXPORT_H

#include <jansson.h>

#include "model/model.h"
#include "notice/rights.h"

/* The "format" and "formatVersion" of the JSON export. */
#define PV_EXPORT_FORMAT "privicon-register"
#define PV_EXPORT_FORMAT_VERSION 1

/* The prefix of the GDPR terms in DPV (rights, legal bases). */
#define PV_GDPR_NS "https://w3id.org/dpv/legal/eu/gdpr#"

/*
 * Building JSON with one error flag. Every helper is a no-op on NULL input
 * and records a failure in the builder instead of returning it, so that
 * building reads like the outline of the document. json_object_set_new()
 * takes (and on failure frees) the value, so nothing leaks on the error
 * path.
 */
typedef struct {
	int status;   /* first failure: PRIVICON_ENOMEM, PRIVICON_EINVAL, ... */
	int mismatch; /* export_json.c: the Dutch and English notices differ */
} pv_jb;

static inline void pv_jb_fail(pv_jb *b, int status)
{
	if (!b->status)
		b->status = status;
}

/* A string; NULL (a fact the model lacks) is a broken model. */
static inline json_t *pv_jb_str(pv_jb *b, const char *s)
{
	json_t *v = s ? json_string(s) : NULL;
	if (!v)
		pv_jb_fail(b, s ? PRIVICON_ENOMEM : PRIVICON_EINVAL);
	return v;
}

static inline json_t *pv_jb_obj(pv_jb *b)
{
	json_t *v = json_object();
	if (!v)
		pv_jb_fail(b, PRIVICON_ENOMEM);
	return v;
}

static inline json_t *pv_jb_arr(pv_jb *b)
{
	json_t *v = json_array();
	if (!v)
		pv_jb_fail(b, PRIVICON_ENOMEM);
	return v;
}

static inline void pv_jb_set(pv_jb *b, json_t *o, const char *key, json_t *v)
{
	if (!v) {
		pv_jb_fail(b, PRIVICON_ENOMEM);
		return;
	}
	if (json_object_set_new(o, key, v) != 0)
		pv_jb_fail(b, PRIVICON_ENOMEM);
}

static inline void pv_jb_push(pv_jb *b, json_t *a, json_t *v)
{
	if (!v) {
		pv_jb_fail(b, PRIVICON_ENOMEM);
		return;
	}
	if (json_array_append_new(a, v) != 0)
		pv_jb_fail(b, PRIVICON_ENOMEM);
}

/* The key a right has in the export ("access", "withdraw-consent"); NULL
 * for a value outside pv_right. */
const char *pv_right_key(pv_right right);

/* The JSON document of `reg` (export_json.c): every fact of the model and
 * the notice in Dutch and English, in *out, owned by the caller. Returns
 * 0, PRIVICON_ENOMEM, or PRIVICON_EINVALID with a diagnostic (icons
 * missing, notices that disagree). */
int pv_export_json(json_t **out, privicon_diagnostics *diags, const privicon_register *reg,
                   const privicon_export_options *opts);

/* The JSON-LD document of `reg` (export_jsonld.c) in *out, owned by the
 * caller. Returns 0, PRIVICON_ENOMEM, or PRIVICON_EINVAL for a broken
 * model (a vocabulary index out of range, a required string missing). */
int pv_export_jsonld(json_t **out, const privicon_register *reg);

/* The register document for the JSON export `root` (import_json.c), as
 * privicon_import_json() writes it from JSON text: *out (owned by the
 * caller, privicon_free()) holds XML that loads. For importers that build
 * the export's shape themselves (the spreadsheet import), without writing
 * and parsing it as text. */
int pv_import_json_doc(char **out, size_t *size, privicon_diagnostics *diags, const char *name,
                       const json_t *root);

/* Serialises `doc` the way every export is written: two-space indent,
 * keys in insertion order, a final line break. Returns 0 or
 * PRIVICON_ENOMEM; *out is then owned by the caller (privicon_free()). */
int pv_export_dump(char **out, size_t *size, const json_t *doc);

/* A register's declared languages as written in <register languages>
 * ("nl", "en", "nl en"), or NULL when it declares none (then both). */
static inline const char *pv_languages_attr(const privicon_register *reg)
{
	switch (reg->languages) {
	case PV_LANG_NL: return "nl";
	case PV_LANG_EN: return "en";
	default: return NULL;
	}
}

#endif
