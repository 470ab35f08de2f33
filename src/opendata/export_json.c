/*
 * export_json.c - the register as open data: the JSON document of the
 * export (export.c dispatches privicon_export()).
 *
 * The JSON export holds every fact of the model (source lines aside) and,
 * per activity, what follows from the facts: the rights and the notice.
 * schemas/register.schema.json describes it; this is its outline, with the
 * keys in the order they are written:
 *
 *   {
 *     "format": "privicon-register", "formatVersion": 1,
 *     "generator": "privicon 0.1.0",
 *     "register": {"version": "1", "date": "2026-11-01",
 *                  "languages"?: ["nl"] (only for a register in one language)},
 *     "publication"?: {"baseUrl"},
 *     "controller": {
 *       "name", "publicAuthority" (bool), "country"?: "NL",
 *       "identifier"?: {"scheme": "oin"|"tooi", "value"},
 *       "contact": {"email"?, "phone"?, "web"?},
 *       "dpo"?: {"name", "email"?, "phone"?},
 *       "kind"?: "municipality"|"joint-arrangement"|..., "shortName"?: {"nl"?, "en"?},
 *       "supervisoryAuthority"?: {"name", "nameEn"?, "web"?}
 *     },
 *     "activities": [{
 *       "id", "version" (integer >= 1), "status", "startDate"?, "endDate"?,
 *       "name": {"nl"?, "en"?}, "summary": {"nl"?, "en"?},
 *       "department", "legalText"? (URL),
 *       "purposes": [{"id", "basis", "category", "description": {..},
 *                     "laws": [{"title", "bwb"?, "article"?, "url"?}],
 *                     "outsidePublicTasks"?: "...", "parentalConsent"?: "..."}],
 *       "dataSubjects": ["residents", ...], "largeScale"? (bool),
 *       "personalData": [{"kind", "source", "registry"?, "purposes"?: [ids],
 *                         "art9Condition"?, "label"?: {..} (own name; kind is
 *                         then the nearest kind), "laws": [..],
 *                         "area"?: "publicly-accessible"|"not-publicly-accessible"}],
 *       "recipients": {"outsideController" (yes/no), "sold"?: "no"|"not-stated",
 *                      "list": [{"kind", "name", "nameEn"?, "role"?: {..},
 *                                "agreement"?}]},
 *       "transfers": {"outsideEea" (yes/no),
 *                     "list": [{"country" ("US" or "unknown-in-advance"),
 *                               "mechanism"?, "recipient"}]},
 *       "retention"?: {"period": "P7Y"|"permanent", "from", "selectielijst"?,
 *                      "appliesTo"?: {..}, "categories"?: [kinds]}
 *                     (several periods: an array of such objects),
 *       "automatedDecision": {"present" (yes/no), "decisions"? (bool), "logic"?: {..},
 *                             "consequence"?: {..}, "humanReview"?: {..}},
 *       "profiling": {"present" (yes/no), "description"?: {..}},
 *       "security"?: ["encryption", ...],
 *       "dpia"?: {"required" (yes/no), "status"?, "date"?, "reference"?,
 *                 "newTechnology"? (bool), "reason"?},
 *       "acknowledgements": [{"rule", "reason"}],
 *       "internalNote"?: "text never shown to residents",
 *       (yes/no: JSON true or false, or the string "not-stated")
 *       "rights": [{"right": "access", "gdpr": "A15", "iri": "https://..."}],
 *       "notice": [{"question": "data", "title": {"nl", "en"},
 *                   "icon": "question-data",
 *                   "items": [{"icon", "tone": "neutral"|"reassuring"|"attention",
 *                              "caption": {"nl", "en"},
 *                              "description": {"nl", "en"}}]}]
 *     }]
 *   }
 *
 * A key marked ? is left out when the register does not state the fact,
 * never written as null: absence is not a statement. Vocabulary values
 * are the register's keys (src/vocab.c).
 *
 * Stable output: every object is built in the order above and dumped with
 * JSON_PRESERVE_ORDER, so the same register gives the same bytes.
 */
#include "opendata/export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notice/catalogue.h"
#include "notice/notice.h"
#include "privicon.h"
#include "model/vocab.h"

/* ---- building JSON (helpers in export.h) ----------------------------- */

static void set_str(pv_jb *b, json_t *o, const char *key, const char *s)
{
	if (!s) {
		pv_jb_fail(b, PRIVICON_EINVAL);
		return;
	}
	pv_jb_set(b, o, key, pv_jb_str(b, s));
}

/* Optional facts: left out when the register does not state them. */
static void set_opt(pv_jb *b, json_t *o, const char *key, const char *s)
{
	if (s)
		pv_jb_set(b, o, key, pv_jb_str(b, s));
}

/* A vocabulary value: the key of term `key`; a required one must exist. */
static json_t *vocab(pv_jb *b, pv_vocab_id id, pv_vocab_key key)
{
	const pv_term *t = pv_vocab_term(id, key);
	if (!t) {
		pv_jb_fail(b, PRIVICON_EINVAL);
		return NULL;
	}
	return pv_jb_str(b, t->key);
}

static void set_vocab(pv_jb *b, json_t *o, const char *key, pv_vocab_id id, pv_vocab_key k)
{
	json_t *v = vocab(b, id, k);
	if (v)
		pv_jb_set(b, o, key, v);
}

static void set_opt_vocab(pv_jb *b, json_t *o, const char *key, pv_vocab_id id,
                          pv_vocab_key k)
{
	if (k != PV_VOCAB_NONE)
		set_vocab(b, o, key, id, k);
}

static json_t *text(pv_jb *b, const pv_text *t)
{
	json_t *o = pv_jb_obj(b);
	if (!o)
		return NULL;
	set_opt(b, o, "nl", t->nl);
	set_opt(b, o, "en", t->en);
	return o;
}

/* A text that may be left out as a whole: only when it holds something. */
static void set_opt_text(pv_jb *b, json_t *o, const char *key, const pv_text *t)
{
	if (t->nl || t->en)
		pv_jb_set(b, o, key, text(b, t));
}

static json_t *laws(pv_jb *b, const pv_law *l, size_t n)
{
	json_t *a = pv_jb_arr(b);
	for (size_t i = 0; a && i < n; i++) {
		json_t *o = pv_jb_obj(b);
		if (!o)
			break;
		set_str(b, o, "title", l[i].title);
		set_opt(b, o, "bwb", l[i].bwb);
		set_opt(b, o, "article", l[i].article);
		set_opt(b, o, "url", l[i].url);
		pv_jb_push(b, a, o);
	}
	return a;
}

/* ---- the facts -------------------------------------------------------- */

static json_t *controller(pv_jb *b, const privicon_register *reg)
{
	const pv_controller *c = &reg->controller;
	json_t *o = pv_jb_obj(b), *contact;
	if (!o)
		return NULL;
	set_str(b, o, "name", c->name);
	pv_jb_set(b, o, "publicAuthority", json_boolean(c->public_authority == PV_YES));
	set_opt(b, o, "country", c->country[0] ? c->country : NULL);
	if (c->identifier) {
		json_t *id = pv_jb_obj(b);
		if (id) {
			set_str(b, id, "scheme", c->identifier_scheme);
			set_str(b, id, "value", c->identifier);
		}
		pv_jb_set(b, o, "identifier", id);
	}
	contact = pv_jb_obj(b);
	if (contact) {
		set_opt(b, contact, "email", c->email);
		set_opt(b, contact, "phone", c->phone);
		set_opt(b, contact, "web", c->web);
	}
	pv_jb_set(b, o, "contact", contact);
	if (c->dpo_name) {
		json_t *dpo = pv_jb_obj(b);
		if (dpo) {
			set_str(b, dpo, "name", c->dpo_name);
			set_opt(b, dpo, "email", c->dpo_email);
			set_opt(b, dpo, "phone", c->dpo_phone);
		}
		pv_jb_set(b, o, "dpo", dpo);
	}
	set_opt_vocab(b, o, "kind", PV_VOCAB_CONTROLLER_KIND, c->kind);
	set_opt_text(b, o, "shortName", &c->short_name);
	if (c->authority_name) {
		json_t *sa = pv_jb_obj(b);
		if (sa) {
			set_str(b, sa, "name", c->authority_name);
			set_opt(b, sa, "nameEn", c->authority_name_en);
			set_opt(b, sa, "web", c->authority_web);
		}
		pv_jb_set(b, o, "supervisoryAuthority", sa);
	}
	return o;
}

static json_t *purposes(pv_jb *b, const pv_activity *a)
{
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_purposes; i++) {
		const pv_purpose *p = &a->purposes[i];
		json_t *o = pv_jb_obj(b);
		if (!o)
			break;
		set_str(b, o, "id", p->id);
		set_vocab(b, o, "basis", PV_VOCAB_LEGAL_BASIS, p->basis);
		set_vocab(b, o, "category", PV_VOCAB_PURPOSE_CATEGORY, p->category);
		pv_jb_set(b, o, "description", text(b, &p->description));
		pv_jb_set(b, o, "laws", laws(b, p->laws, p->n_laws));
		set_opt(b, o, "outsidePublicTasks", p->outside_public_tasks);
		set_opt(b, o, "parentalConsent", p->parental_consent);
		pv_jb_push(b, list, o);
	}
	return list;
}

/* An optional yes/no fact: true or false, nothing when not stated. */
static void set_opt_fact(pv_jb *b, json_t *o, const char *key, pv_fact f)
{
	if (f != PV_FACT_NOT_STATED)
		pv_jb_set(b, o, key, json_boolean(f == PV_FACT_YES));
}

static json_t *personal_data(pv_jb *b, const pv_activity *a)
{
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_data; i++) {
		const pv_data_use *d = &a->data[i];
		json_t *o = pv_jb_obj(b);
		if (!o)
			break;
		set_vocab(b, o, "kind", PV_VOCAB_DATA_CATEGORY, d->kind);
		set_vocab(b, o, "source", PV_VOCAB_DATA_SOURCE, d->source);
		set_opt_vocab(b, o, "registry", PV_VOCAB_BASE_REGISTRY, d->registry);
		if (d->n_purpose_refs) {
			json_t *refs = pv_jb_arr(b);
			for (size_t k = 0; refs && k < d->n_purpose_refs; k++)
				pv_jb_push(b, refs, pv_jb_str(b, d->purpose_refs[k]));
			pv_jb_set(b, o, "purposes", refs);
		}
		set_opt_vocab(b, o, "art9Condition", PV_VOCAB_SPECIAL_CONDITION, d->art9);
		set_opt_text(b, o, "label", &d->label);
		pv_jb_set(b, o, "laws", laws(b, d->laws, d->n_laws));
		if (d->area != PV_AREA_NOT_STATED)
			set_str(b, o, "area", d->area == PV_AREA_PUBLIC ? "publicly-accessible"
			                                               : "not-publicly-accessible");
		pv_jb_push(b, list, o);
	}
	return list;
}

/* A yes/no fact: true, false, or the string "not-stated". */
static json_t *yes_no_json(pv_yesno v)
{
	return v == PV_NOT_STATED ? json_string("not-stated") : json_boolean(v == PV_YES);
}

static json_t *recipients(pv_jb *b, const pv_activity *a)
{
	json_t *o = pv_jb_obj(b), *list = pv_jb_arr(b);
	if (!o || !list) {
		json_decref(o);
		json_decref(list);
		return NULL;
	}
	pv_jb_set(b, o, "outsideController", yes_no_json(a->recipients_outside));
	/* As the register writes it: sold="no", "not-stated" or nothing. */
	if (a->never_sold)
		set_str(b, o, "sold", "no");
	else if (a->sold_not_stated)
		set_str(b, o, "sold", "not-stated");
	for (size_t i = 0; i < a->n_recipients; i++) {
		const pv_recipient *r = &a->recipients[i];
		json_t *ro = pv_jb_obj(b);
		if (!ro)
			break;
		set_vocab(b, ro, "kind", PV_VOCAB_RECIPIENT_KIND, r->kind);
		set_str(b, ro, "name", r->name);
		set_opt(b, ro, "nameEn", r->name_en);
		set_opt_text(b, ro, "role", &r->role);
		set_opt(b, ro, "agreement", r->agreement);
		pv_jb_push(b, list, ro);
	}
	pv_jb_set(b, o, "list", list);
	return o;
}

static json_t *transfers(pv_jb *b, const pv_activity *a)
{
	json_t *o = pv_jb_obj(b), *list = pv_jb_arr(b);
	if (!o || !list) {
		json_decref(o);
		json_decref(list);
		return NULL;
	}
	pv_jb_set(b, o, "outsideEea", yes_no_json(a->transfers_outside_eea));
	for (size_t i = 0; i < a->n_transfers; i++) {
		const pv_transfer *t = &a->transfers[i];
		json_t *to = pv_jb_obj(b);
		if (!to)
			break;
		set_str(b, to, "country", t->country);
		set_opt_vocab(b, to, "mechanism", PV_VOCAB_TRANSFER_MECHANISM, t->mechanism);
		set_str(b, to, "recipient", t->recipient);
		pv_jb_push(b, list, to);
	}
	pv_jb_set(b, o, "list", list);
	return o;
}

static json_t *retention(pv_jb *b, const pv_retention *r)
{
	json_t *o = pv_jb_obj(b);
	if (!o)
		return NULL;
	set_str(b, o, "period", r->period);
	set_vocab(b, o, "from", PV_VOCAB_RETENTION_START, r->from);
	set_opt(b, o, "selectielijst", r->selectielijst);
	if (r->applies_to.nl || r->applies_to.en)
		pv_jb_set(b, o, "appliesTo", text(b, &r->applies_to));
	if (r->n_categories > 0) {
		json_t *kinds = pv_jb_arr(b);
		for (size_t i = 0; kinds && i < r->n_categories; i++)
			pv_jb_push(b, kinds, vocab(b, PV_VOCAB_DATA_CATEGORY, r->categories[i]));
		pv_jb_set(b, o, "categories", kinds);
	}
	return o;
}

/* One period as an object, as always; several as an array of them. */
static json_t *retentions(pv_jb *b, const pv_activity *a)
{
	if (a->n_retentions == 1)
		return retention(b, &a->retentions[0]);
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_retentions; i++)
		pv_jb_push(b, list, retention(b, &a->retentions[i]));
	return list;
}

static json_t *decision(pv_jb *b, const pv_decision *d, int is_profiling)
{
	json_t *o = pv_jb_obj(b);
	if (!o)
		return NULL;
	pv_jb_set(b, o, "present", yes_no_json(d->present));
	if (!is_profiling && d->decisions != PV_DECISIONS_NOT_STATED)
		pv_jb_set(b, o, "decisions", json_boolean(d->decisions == PV_DECISIONS_YES));
	if (is_profiling) {
		/* The model keeps profiling's <description> in `logic`. */
		set_opt_text(b, o, "description", &d->logic);
	} else {
		set_opt_text(b, o, "logic", &d->logic);
		set_opt_text(b, o, "consequence", &d->consequence);
		set_opt_text(b, o, "humanReview", &d->human_review);
	}
	return o;
}

static json_t *security(pv_jb *b, const pv_activity *a)
{
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_measures; i++)
		pv_jb_push(b, list, vocab(b, PV_VOCAB_SECURITY_MEASURE, a->measures[i]));
	return list;
}

static json_t *dpia(pv_jb *b, const pv_dpia *d)
{
	json_t *o = pv_jb_obj(b);
	if (!o)
		return NULL;
	pv_jb_set(b, o, "required", yes_no_json(d->required));
	set_opt_vocab(b, o, "status", PV_VOCAB_DPIA_STATUS, d->status);
	set_opt(b, o, "date", d->date);
	set_opt(b, o, "reference", d->reference);
	set_opt_fact(b, o, "newTechnology", d->new_technology);
	set_opt(b, o, "reason", d->reason);
	return o;
}

static json_t *acknowledgements(pv_jb *b, const pv_activity *a)
{
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_acks; i++) {
		json_t *o = pv_jb_obj(b);
		if (!o)
			break;
		set_str(b, o, "rule", a->acks[i].rule);
		set_str(b, o, "reason", a->acks[i].reason);
		pv_jb_push(b, list, o);
	}
	return list;
}

/* ---- what follows from the facts ------------------------------------ */

static const char *const right_keys[PV_RIGHT_COUNT] = {
	[PV_RIGHT_ACCESS] = "access",
	[PV_RIGHT_RECTIFICATION] = "rectification",
	[PV_RIGHT_ERASURE] = "erasure",
	[PV_RIGHT_RESTRICTION] = "restriction",
	[PV_RIGHT_OBJECTION] = "objection",
	[PV_RIGHT_PORTABILITY] = "portability",
	[PV_RIGHT_WITHDRAW_CONSENT] = "withdraw-consent",
	[PV_RIGHT_HUMAN_REVIEW] = "human-review",
	[PV_RIGHT_COMPLAINT] = "complaint",
};

const char *pv_right_key(pv_right right)
{
	if ((int)right < 0 || right >= PV_RIGHT_COUNT)
		return NULL;
	return right_keys[right];
}

static json_t *rights(pv_jb *b, const pv_activity *a)
{
	pv_rights set_bits;
	int rc = pv_rights_for_activity(&set_bits, a);
	json_t *list;

	if (rc != 0) {
		pv_jb_fail(b, rc);
		return NULL;
	}
	list = pv_jb_arr(b);
	for (int r = 0; list && r < PV_RIGHT_COUNT; r++) {
		char iri[128];
		json_t *o;
		if (!(set_bits & (1u << r)))
			continue;
		o = pv_jb_obj(b);
		if (!o)
			break;
		snprintf(iri, sizeof(iri), "%s%s", PV_GDPR_NS, pv_right_term((pv_right)r));
		set_str(b, o, "right", right_keys[r]);
		set_str(b, o, "gdpr", pv_right_term((pv_right)r));
		set_str(b, o, "iri", iri);
		pv_jb_push(b, list, o);
	}
	return list;
}

static const char *tone_word(pv_tone tone)
{
	switch (tone) {
	case PV_TONE_REASSURING: return "reassuring";
	case PV_TONE_ATTENTION: return "attention";
	default: return "neutral";
	}
}

static json_t *pair(pv_jb *b, const char *nl, const char *en)
{
	json_t *o = pv_jb_obj(b);
	if (!o)
		return NULL;
	set_str(b, o, "nl", nl);
	set_str(b, o, "en", en);
	return o;
}

/*
 * The notice of activity `a` from the Dutch and the English notice. They
 * come from the same facts, so their rows hold the same icons in the same
 * order; a difference would be a bug in the notice, and is refused rather
 * than exported as a mismatched pair.
 */
static json_t *notice(pv_jb *b, const pv_notice_activity *nl, const pv_notice_activity *en,
                      const pv_catalogue *cat)
{
	json_t *list = pv_jb_arr(b);
	for (int q = 0; list && q < PV_Q_COUNT; q++) {
		const pv_notice_row *rn = &nl->rows[q], *re = &en->rows[q];
		const pv_question_info *info = pv_catalogue_question_at(cat, (size_t)q);
		json_t *o, *items;
		if (!info || rn->n_items != re->n_items) {
			b->mismatch = 1;
			pv_jb_fail(b, PRIVICON_EINVALID);
			break;
		}
		o = pv_jb_obj(b);
		if (!o)
			break;
		set_str(b, o, "question", info->id);
		pv_jb_set(b, o, "title", pair(b, info->nl, info->en));
		set_str(b, o, "icon", info->icon);
		items = pv_jb_arr(b);
		for (size_t i = 0; items && i < rn->n_items; i++) {
			const pv_notice_item *in = &rn->items[i], *ie = &re->items[i];
			json_t *io;
			if (strcmp(in->icon_id, ie->icon_id) != 0 || in->tone != ie->tone) {
				b->mismatch = 1;
				pv_jb_fail(b, PRIVICON_EINVALID);
				break;
			}
			io = pv_jb_obj(b);
			if (!io)
				break;
			set_str(b, io, "icon", in->icon_id);
			set_str(b, io, "tone", tone_word(in->tone));
			pv_jb_set(b, io, "caption", pair(b, in->caption, ie->caption));
			pv_jb_set(b, io, "description", pair(b, in->description, ie->description));
			pv_jb_push(b, items, io);
		}
		pv_jb_set(b, o, "items", items);
		pv_jb_push(b, list, o);
	}
	return list;
}

static json_t *activity(pv_jb *b, const pv_activity *a, const pv_notice_activity *nl,
                        const pv_notice_activity *en, const pv_catalogue *cat)
{
	json_t *o = pv_jb_obj(b), *subjects;
	if (!o)
		return NULL;
	set_str(b, o, "id", a->id);
	pv_jb_set(b, o, "version", json_integer((json_int_t)a->version));
	set_vocab(b, o, "status", PV_VOCAB_ACTIVITY_STATUS, a->status);
	set_opt(b, o, "startDate", a->start_date);
	set_opt(b, o, "endDate", a->end_date);
	pv_jb_set(b, o, "name", text(b, &a->name));
	pv_jb_set(b, o, "summary", text(b, &a->summary));
	set_str(b, o, "department", a->department);
	set_opt(b, o, "legalText", a->legal_text_url);
	pv_jb_set(b, o, "purposes", purposes(b, a));
	subjects = pv_jb_arr(b);
	for (size_t i = 0; subjects && i < a->n_subjects; i++)
		pv_jb_push(b, subjects, vocab(b, PV_VOCAB_DATA_SUBJECT, a->subjects[i]));
	pv_jb_set(b, o, "dataSubjects", subjects);
	set_opt_fact(b, o, "largeScale", a->large_scale);
	pv_jb_set(b, o, "personalData", personal_data(b, a));
	pv_jb_set(b, o, "recipients", recipients(b, a));
	pv_jb_set(b, o, "transfers", transfers(b, a));
	if (a->n_retentions > 0)
		pv_jb_set(b, o, "retention", retentions(b, a));
	pv_jb_set(b, o, "automatedDecision", decision(b, &a->automated, 0));
	pv_jb_set(b, o, "profiling", decision(b, &a->profiling, 1));
	/* The schema requires at least one <measure> in <security>, so an
	 * activity without measures has no <security> element at all. */
	if (a->n_measures)
		pv_jb_set(b, o, "security", security(b, a));
	if (a->dpia.present)
		pv_jb_set(b, o, "dpia", dpia(b, &a->dpia));
	pv_jb_set(b, o, "acknowledgements", acknowledgements(b, a));
	set_opt(b, o, "internalNote", a->internal_note);
	pv_jb_set(b, o, "rights", rights(b, a));
	pv_jb_set(b, o, "notice", notice(b, nl, en, cat));
	return o;
}

static json_t *export_json(pv_jb *b, const privicon_register *reg, const pv_notice *nl,
                           const pv_notice *en, const pv_catalogue *cat)
{
	json_t *root = pv_jb_obj(b), *r, *list;
	if (!root)
		return NULL;
	set_str(b, root, "format", PV_EXPORT_FORMAT);
	pv_jb_set(b, root, "formatVersion", json_integer(PV_EXPORT_FORMAT_VERSION));
	set_str(b, root, "generator", "privicon " PRIVICON_VERSION);
	r = pv_jb_obj(b);
	if (r) {
		set_str(b, r, "version", reg->version);
		set_str(b, r, "date", reg->date);
		const char *langs = pv_languages_attr(reg);
		if (langs) {
			json_t *l = pv_jb_arr(b);
			pv_jb_push(b, l, pv_jb_str(b, langs));
			pv_jb_set(b, r, "languages", l);
		}
	}
	pv_jb_set(b, root, "register", r);
	if (reg->publication_base_url) {
		json_t *pub = pv_jb_obj(b);
		set_str(b, pub, "baseUrl", reg->publication_base_url);
		pv_jb_set(b, root, "publication", pub);
	}
	pv_jb_set(b, root, "controller", controller(b, reg));
	list = pv_jb_arr(b);
	for (size_t i = 0; list && i < reg->n_activities && !b->status; i++)
		pv_jb_push(b, list, activity(b, &reg->activities[i], &nl->activities[i],
		                       &en->activities[i], cat));
	pv_jb_set(b, root, "activities", list);
	if (b->status) {
		json_decref(root);
		return NULL;
	}
	return root;
}

/* ---- the JSON document ---------------------------------------------------- */

static int report(privicon_diagnostics *diags, const char *file, int rc, const char *detail_nl,
                  const char *detail_en)
{
	char nl[600], en[600];
	if (!diags || rc == PRIVICON_ENOMEM || rc == PRIVICON_EINVAL)
		return rc;
	snprintf(nl, sizeof(nl), "de export kan niet worden gemaakt: %s", detail_nl);
	snprintf(en, sizeof(en), "cannot make the export: %s", detail_en);
	if (privicon_diagnostics_add(diags, file, 0, 0, PRIVICON_ERROR, "export", NULL, nl, en) != 0)
		return PRIVICON_ENOMEM;
	return rc;
}

int pv_export_json(json_t **out, privicon_diagnostics *diags, const privicon_register *reg,
                   const privicon_export_options *opts)
{
	pv_catalogue *cat = NULL;
	pv_notice *nl = NULL, *en = NULL;
	json_t *doc = NULL;
	char err[400] = "";
	int rc;

	*out = NULL;

	rc = pv_catalogue_load(&cat, opts ? opts->icons_dir : NULL, err, sizeof(err));
	if (rc != 0)
		return report(diags, reg->file, rc, err[0] ? err : "de iconen ontbreken",
		              err[0] ? err : "the icons are missing");
	rc = pv_notice_build(&nl, reg, cat, "nl");
	if (rc == 0)
		rc = pv_notice_build(&en, reg, cat, "en");
	if (rc == 0 && (nl->n_activities != reg->n_activities ||
	                en->n_activities != reg->n_activities))
		rc = PRIVICON_EINVALID;
	if (rc == 0) {
		pv_jb b = {0};
		doc = export_json(&b, reg, nl, en, cat);
		rc = b.status;
		if (b.mismatch)
			rc = report(diags, reg->file, rc,
			            "de Nederlandse en de Engelse tekst van de iconen lopen uiteen",
			            "the Dutch and the English notice differ");
		else if (rc == PRIVICON_EINVALID)
			rc = report(diags, reg->file, rc, "de tabel met rechten is beschadigd",
			            "the table of rights is damaged");
	} else if (rc == PRIVICON_EINVAL || rc == PRIVICON_EINVALID) {
		/* An icon the catalogue lacks (a --icons directory of another
		 * version): the notice cannot be made. */
		rc = report(diags, reg->file, PRIVICON_EINVALID,
		            "de iconencatalogus mist een icoon dat het register nodig heeft",
		            "the icon catalogue lacks an icon the register needs");
	}
	if (rc == 0)
		*out = doc;
	else
		json_decref(doc);
	pv_notice_free(nl);
	pv_notice_free(en);
	pv_catalogue_free(cat);
	return rc;
}
