/*
 * export_jsonld.c - the register as JSON-LD with W3C DPV 2.3 terms.
 *
 * One node for the register (dpv:RecordsOfActivities) with the controller
 * (dpv:DataController) and every activity (dpv:PersonalDataProcess, which
 * DPV 2.3 recommends over dpv:PersonalDataHandling) nested in it. Where a
 * vocabulary term has a DPV IRI (src/vocab.c), the export uses it:
 *
 *   purpose category   @type of the purpose node       dpv:ServiceProvision
 *   legal basis        dpv:hasLegalBasis               eu-gdpr:A6-1-e
 *   Art. 9(2) cond.    dpv:hasLegalBasis of a data use eu-gdpr:A9-2-h
 *   data category      dpv:hasPersonalData             pd:Name
 *   data subject       dpv:hasDataSubject              dpv:Citizen
 *   recipient kind     @type of the recipient node     dpv:DataProcessor
 *   transfer mechanism dpv:hasLegalBasis of a transfer eu-gdpr:A46-2-c
 *   security measure   dpv:hasTechnicalOrganisationalMeasure  dpv:Encryption
 *   right              dpv:hasRight                    eu-gdpr:A15
 *   retention          dpv:hasStorageCondition -> dpv:StorageDuration ->
 *                      dpv:hasDuration (dpv:TemporalDuration with an
 *                      xsd:duration rdf:value, or dpv:EndlessDuration);
 *                      one per period, each with pv:appliesTo (text) and
 *                      dpv:hasPersonalData (the categories it holds for)
 *   transfer country   dpv:hasThirdCountry             loc:US
 *   controller country dpv:hasCountry                  loc:NL
 *   large scale (yes)  dpv:hasScale                    dpv:LargeScaleProcessing
 *   new technology     dpv:hasContext                  dpv:InnovativeUseOfNewTechnologies
 *   (yes, of the DPIA)
 *
 * The facts DPV has no term for (the data source, a base registry, what a
 * retention counts from, statuses, yes/no statements, the DPIA, the
 * register's own acknowledgements) use terms in urn:privicon:register:1#
 * (prefix pv), with the register's own keys as values, so nothing is lost.
 * Texts carry their language ("@language": "nl" / "en"); texts the register
 * keeps in an attribute (the reasons, parental consent) have no language.
 *
 * Only what the register states is said. A yes/no fact stated as
 * not-stated is the string "not-stated", never false; an optional fact the
 * register leaves out is left out (pv:largeScale, pv:newTechnology,
 * pv:decisionsAboutPeople, pv:area); a DPV term is claimed only for "yes".
 * A legal basis, data subject or data category the register gives as
 * "not-stated" has no DPV term: no dpv: property is written for it, and the
 * key is said in pv:legalBasis, pv:dataSubject or pv:dataCategory (a
 * source is always the key, in pv:source).
 *
 * The activity's <internal-note> is not exported: it is for the register's
 * keepers, never for residents, and this export is published as open data.
 * The JSON export (export_json.c) keeps it, for the round trip through
 * privicon import.
 *
 * Every key is a compact IRI with a prefix the context defines, and every
 * value object is explicit, so expansion keeps every term:
 * tests/js/jsonld-expand.mjs checks that with jsonld.js. Nodes are blank
 * nodes (_:controller, _:activity-<id>, _:activity-<id>-purpose-<id>): the
 * register has no base IRI of its own.
 */
#include "opendata/export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privicon.h"
#include "model/vocab.h"

static const struct {
	const char *prefix, *ns;
} prefixes[] = {
	{"dpv", "https://w3id.org/dpv#"},
	{"pd", "https://w3id.org/dpv/pd#"},
	{"eu-gdpr", PV_GDPR_NS},
	{"loc", "https://w3id.org/dpv/loc#"},
	{"dct", "http://purl.org/dc/terms/"},
	{"schema", "https://schema.org/"},
	{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"xsd", "http://www.w3.org/2001/XMLSchema#"},
	{"pv", "urn:privicon:register:1#"},
};

#define N_PREFIXES (sizeof(prefixes) / sizeof(prefixes[0]))

/* `iri` as a compact IRI ("pd:Name") when a prefix covers it, else as is. */
static json_t *compact(pv_jb *b, const char *iri)
{
	char buf[256];
	for (size_t i = 0; i < N_PREFIXES; i++) {
		size_t n = strlen(prefixes[i].ns);
		if (strncmp(iri, prefixes[i].ns, n) == 0 &&
		    (size_t)snprintf(buf, sizeof(buf), "%s:%s", prefixes[i].prefix, iri + n) <
		            sizeof(buf))
			return pv_jb_str(b, buf);
	}
	return pv_jb_str(b, iri);
}

/* {"@id": IRI}, compacted. */
static json_t *ref(pv_jb *b, const char *iri)
{
	json_t *o = pv_jb_obj(b);
	if (o)
		pv_jb_set(b, o, "@id", compact(b, iri));
	return o;
}

/* {"@id": "_:name"} for a blank node named in this document. */
static json_t *node_ref(pv_jb *b, const char *id)
{
	json_t *o = pv_jb_obj(b);
	if (o)
		pv_jb_set(b, o, "@id", pv_jb_str(b, id));
	return o;
}

/* {"@value": s, "@type": type} */
static json_t *typed(pv_jb *b, const char *s, const char *type)
{
	json_t *o = pv_jb_obj(b);
	if (!o)
		return NULL;
	pv_jb_set(b, o, "@value", pv_jb_str(b, s));
	pv_jb_set(b, o, "@type", pv_jb_str(b, type));
	return o;
}

static json_t *lang_string(pv_jb *b, const char *s, const char *lang)
{
	json_t *o = pv_jb_obj(b);
	if (!o)
		return NULL;
	pv_jb_set(b, o, "@value", pv_jb_str(b, s));
	pv_jb_set(b, o, "@language", pv_jb_str(b, lang));
	return o;
}

/* A text as language-tagged strings; left out when it has neither. */
static void set_text(pv_jb *b, json_t *o, const char *key, const pv_text *t)
{
	json_t *a;
	if (!t->nl && !t->en)
		return;
	a = pv_jb_arr(b);
	if (t->nl)
		pv_jb_push(b, a, lang_string(b, t->nl, "nl"));
	if (t->en)
		pv_jb_push(b, a, lang_string(b, t->en, "en"));
	pv_jb_set(b, o, key, a);
}

static void set_opt(pv_jb *b, json_t *o, const char *key, const char *s)
{
	if (s)
		pv_jb_set(b, o, key, pv_jb_str(b, s));
}

static const pv_term *term(pv_jb *b, pv_vocab_id id, pv_vocab_key key)
{
	const pv_term *t = pv_vocab_term(id, key);
	if (!t)
		pv_jb_fail(b, PRIVICON_EINVAL);
	return t;
}

/* A vocabulary value without a DPV IRI: the register's key as a literal. */
static void set_key(pv_jb *b, json_t *o, const char *prop, pv_vocab_id id, pv_vocab_key key)
{
	const pv_term *t = term(b, id, key);
	if (t)
		pv_jb_set(b, o, prop, pv_jb_str(b, t->key));
}

static void set_opt_key(pv_jb *b, json_t *o, const char *prop, pv_vocab_id id,
                        pv_vocab_key key)
{
	if (key != PV_VOCAB_NONE)
		set_key(b, o, prop, id, key);
}

/* A reference to the DPV IRI of a term; NULL for a term without one (the
 * caller writes its key instead). */
static json_t *term_ref(pv_jb *b, pv_vocab_id id, pv_vocab_key key)
{
	const pv_term *t = term(b, id, key);
	return t && t->iri ? ref(b, t->iri) : NULL;
}

/* Appends {"@id": iri} to `a` unless an equal reference is there already. */
static void push_unique_ref(pv_jb *b, json_t *a, const char *iri)
{
	json_t *r = ref(b, iri), *v;
	size_t i;
	if (!r)
		return;
	json_array_foreach(a, i, v) {
		if (json_equal(v, r)) {
			json_decref(r);
			return;
		}
	}
	pv_jb_push(b, a, r);
}

/* ---- nodes ------------------------------------------------------------ */

static json_t *contact_point(pv_jb *b, const char *email, const char *phone, const char *web)
{
	json_t *o;
	if (!email && !phone && !web)
		return NULL;
	o = pv_jb_obj(b);
	if (!o)
		return NULL;
	pv_jb_set(b, o, "@type", pv_jb_str(b, "schema:ContactPoint"));
	set_opt(b, o, "schema:email", email);
	set_opt(b, o, "schema:telephone", phone);
	if (web)
		pv_jb_set(b, o, "schema:url", node_ref(b, web));
	return o;
}

static json_t *controller(pv_jb *b, const pv_controller *c)
{
	json_t *o = pv_jb_obj(b), *cp;
	if (!o)
		return NULL;
	pv_jb_set(b, o, "@id", pv_jb_str(b, "_:controller"));
	pv_jb_set(b, o, "@type", pv_jb_str(b, "dpv:DataController"));
	pv_jb_set(b, o, "dpv:hasName", pv_jb_str(b, c->name));
	pv_jb_set(b, o, "pv:publicAuthority", json_boolean(c->public_authority == PV_YES));
	if (c->country[0]) {
		char iri[64];
		snprintf(iri, sizeof(iri), "https://w3id.org/dpv/loc#%s", c->country);
		pv_jb_set(b, o, "dpv:hasCountry", ref(b, iri));
		pv_jb_set(b, o, "pv:country", pv_jb_str(b, c->country));
	}
	if (c->identifier) {
		pv_jb_set(b, o, "dpv:hasIdentifier", pv_jb_str(b, c->identifier));
		pv_jb_set(b, o, "pv:identifierScheme", pv_jb_str(b, c->identifier_scheme));
	}
	/* <contact> is required, but each of its attributes is optional. */
	cp = contact_point(b, c->email, c->phone, c->web);
	if (cp)
		pv_jb_set(b, o, "dpv:hasContact", cp);
	if (c->dpo_name) {
		json_t *dpo = pv_jb_obj(b);
		if (dpo) {
			pv_jb_set(b, dpo, "@type", pv_jb_str(b, "dpv:DataProtectionOfficer"));
			pv_jb_set(b, dpo, "dpv:hasName", pv_jb_str(b, c->dpo_name));
			cp = contact_point(b, c->dpo_email, c->dpo_phone, NULL);
			if (cp)
				pv_jb_set(b, dpo, "dpv:hasContact", cp);
		}
		pv_jb_set(b, o, "dpv:hasDataProtectionOfficer", dpo);
	}
	set_opt_key(b, o, "pv:controllerKind", PV_VOCAB_CONTROLLER_KIND, c->kind);
	set_text(b, o, "pv:shortName", &c->short_name);
	if (c->authority_name) {
		json_t *sa = pv_jb_obj(b);
		if (sa) {
			pv_jb_set(b, sa, "@type", pv_jb_str(b, "pv:SupervisoryAuthority"));
			pv_jb_set(b, sa, "dpv:hasName", pv_jb_str(b, c->authority_name));
			set_opt(b, sa, "pv:nameEn", c->authority_name_en);
			if (c->authority_web)
				pv_jb_set(b, sa, "schema:url", node_ref(b, c->authority_web));
		}
		pv_jb_set(b, o, "pv:supervisoryAuthority", sa);
	}
	return o;
}

static json_t *laws(pv_jb *b, const pv_law *l, size_t n)
{
	json_t *a = pv_jb_arr(b);
	for (size_t i = 0; a && i < n; i++) {
		json_t *o = pv_jb_obj(b);
		if (!o)
			break;
		pv_jb_set(b, o, "@type", pv_jb_str(b, "dpv:Law"));
		pv_jb_set(b, o, "dct:title", pv_jb_str(b, l[i].title));
		set_opt(b, o, "pv:bwb", l[i].bwb);
		set_opt(b, o, "pv:article", l[i].article);
		if (l[i].url)
			pv_jb_set(b, o, "schema:url", node_ref(b, l[i].url));
		pv_jb_push(b, a, o);
	}
	return a;
}

/* "_:activity-<id>" or "_:activity-<id>-purpose-<pid>": ids are slugs. */
static json_t *blank_id(pv_jb *b, const char *activity, const char *purpose)
{
	size_t n = strlen("_:activity--purpose-") + strlen(activity) +
	           (purpose ? strlen(purpose) : 0) + 1;
	char *s = malloc(n);
	json_t *v;
	if (!s) {
		pv_jb_fail(b, PRIVICON_ENOMEM);
		return NULL;
	}
	if (purpose)
		snprintf(s, n, "_:activity-%s-purpose-%s", activity, purpose);
	else
		snprintf(s, n, "_:activity-%s", activity);
	v = pv_jb_str(b, s);
	free(s);
	return v;
}

static json_t *purposes(pv_jb *b, const pv_activity *a)
{
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_purposes; i++) {
		const pv_purpose *p = &a->purposes[i];
		const pv_term *cat = term(b, PV_VOCAB_PURPOSE_CATEGORY, p->category);
		json_t *o = pv_jb_obj(b), *basis;
		if (!o || !cat)
			break;
		pv_jb_set(b, o, "@id", blank_id(b, a->id, p->id));
		if (cat->iri)
			pv_jb_set(b, o, "@type", compact(b, cat->iri));
		pv_jb_set(b, o, "dct:identifier", pv_jb_str(b, p->id));
		set_text(b, o, "dct:description", &p->description);
		basis = term_ref(b, PV_VOCAB_LEGAL_BASIS, p->basis);
		if (basis)
			pv_jb_set(b, o, "dpv:hasLegalBasis", basis);
		else /* no DPV term ("not-stated"): the register's key, no claim */
			set_key(b, o, "pv:legalBasis", PV_VOCAB_LEGAL_BASIS, p->basis);
		if (p->n_laws)
			pv_jb_set(b, o, "dpv:hasApplicableLaw", laws(b, p->laws, p->n_laws));
		set_opt(b, o, "pv:outsidePublicTasks", p->outside_public_tasks);
		set_opt(b, o, "pv:parentalConsent", p->parental_consent);
		pv_jb_push(b, list, o);
	}
	return list;
}

static json_t *data_uses(pv_jb *b, const pv_activity *a)
{
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_data; i++) {
		const pv_data_use *d = &a->data[i];
		json_t *o = pv_jb_obj(b), *r;
		if (!o)
			break;
		if (d->label.nl || d->label.en) {
			/* Data outside the vocabulary: its own name, and the
			 * nearest kind only as what it is (no DPV claim). */
			set_text(b, o, "pv:label", &d->label);
			set_key(b, o, "pv:nearestKind", PV_VOCAB_DATA_CATEGORY, d->kind);
		} else if ((r = term_ref(b, PV_VOCAB_DATA_CATEGORY, d->kind))) {
			pv_jb_set(b, o, "dpv:hasPersonalData", r);
		} else {
			/* No DPV term ("not-stated"): the register's key. */
			set_key(b, o, "pv:dataCategory", PV_VOCAB_DATA_CATEGORY, d->kind);
		}
		set_key(b, o, "pv:source", PV_VOCAB_DATA_SOURCE, d->source);
		set_opt_key(b, o, "pv:registry", PV_VOCAB_BASE_REGISTRY, d->registry);
		if (d->n_purpose_refs) {
			json_t *refs = pv_jb_arr(b);
			for (size_t k = 0; refs && k < d->n_purpose_refs; k++) {
				json_t *pr = pv_jb_obj(b);
				if (pr)
					pv_jb_set(b, pr, "@id", blank_id(b, a->id, d->purpose_refs[k]));
				pv_jb_push(b, refs, pr);
			}
			pv_jb_set(b, o, "dpv:hasPurpose", refs);
		}
		if (d->art9 != PV_VOCAB_NONE) {
			r = term_ref(b, PV_VOCAB_SPECIAL_CONDITION, d->art9);
			if (r)
				pv_jb_set(b, o, "dpv:hasLegalBasis", r);
		}
		if (d->n_laws)
			pv_jb_set(b, o, "dpv:hasApplicableLaw", laws(b, d->laws, d->n_laws));
		if (d->area != PV_AREA_NOT_STATED)
			pv_jb_set(b, o, "pv:area",
			          pv_jb_str(b, d->area == PV_AREA_PUBLIC ? "publicly-accessible"
			                                                 : "not-publicly-accessible"));
		pv_jb_push(b, list, o);
	}
	return list;
}

static json_t *recipients(pv_jb *b, const pv_activity *a)
{
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_recipients; i++) {
		const pv_recipient *r = &a->recipients[i];
		const pv_term *t = term(b, PV_VOCAB_RECIPIENT_KIND, r->kind);
		json_t *o = pv_jb_obj(b);
		if (!o || !t)
			break;
		if (t->iri)
			pv_jb_set(b, o, "@type", compact(b, t->iri));
		pv_jb_set(b, o, "dpv:hasName", pv_jb_str(b, r->name));
		pv_jb_set(b, o, "pv:recipientKind", pv_jb_str(b, t->key));
		set_opt(b, o, "pv:nameEn", r->name_en);
		set_text(b, o, "pv:role", &r->role);
		set_opt(b, o, "pv:agreement", r->agreement);
		pv_jb_push(b, list, o);
	}
	return list;
}

static json_t *transfers(pv_jb *b, const pv_activity *a)
{
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_transfers; i++) {
		const pv_transfer *t = &a->transfers[i];
		char country[64];
		json_t *o = pv_jb_obj(b), *rec;
		if (!o)
			break;
		/* A country not known in advance has no DPV location. */
		if (strcmp(t->country, PV_COUNTRY_UNKNOWN) != 0) {
			snprintf(country, sizeof(country), "https://w3id.org/dpv/loc#%s", t->country);
			pv_jb_set(b, o, "dpv:hasThirdCountry", ref(b, country));
		}
		pv_jb_set(b, o, "pv:country", pv_jb_str(b, t->country));
		rec = pv_jb_obj(b);
		if (rec) {
			pv_jb_set(b, rec, "@type", pv_jb_str(b, "dpv:Recipient"));
			pv_jb_set(b, rec, "dpv:hasName", pv_jb_str(b, t->recipient));
		}
		pv_jb_set(b, o, "dpv:hasRecipient", rec);
		if (t->mechanism != PV_VOCAB_NONE) {
			json_t *m = term_ref(b, PV_VOCAB_TRANSFER_MECHANISM, t->mechanism);
			if (m)
				pv_jb_set(b, o, "dpv:hasLegalBasis", m);
		}
		pv_jb_push(b, list, o);
	}
	return list;
}

static json_t *storage(pv_jb *b, const pv_retention *r)
{
	json_t *o = pv_jb_obj(b), *dur;
	if (!o)
		return NULL;
	pv_jb_set(b, o, "@type", pv_jb_str(b, "dpv:StorageDuration"));
	dur = pv_jb_obj(b);
	if (dur) {
		if (r->duration.permanent) {
			pv_jb_set(b, dur, "@type", pv_jb_str(b, "dpv:EndlessDuration"));
		} else {
			pv_jb_set(b, dur, "@type", pv_jb_str(b, "dpv:TemporalDuration"));
			pv_jb_set(b, dur, "rdf:value", typed(b, r->period, "xsd:duration"));
		}
	}
	pv_jb_set(b, o, "dpv:hasDuration", dur);
	pv_jb_set(b, o, "pv:period", pv_jb_str(b, r->period));
	set_key(b, o, "pv:retentionStart", PV_VOCAB_RETENTION_START, r->from);
	set_opt(b, o, "pv:selectielijst", r->selectielijst);
	set_text(b, o, "pv:appliesTo", &r->applies_to);
	if (r->n_categories > 0) {
		json_t *kinds = pv_jb_arr(b), *own = NULL;
		for (size_t i = 0; kinds && i < r->n_categories; i++) {
			json_t *ref = term_ref(b, PV_VOCAB_DATA_CATEGORY, r->categories[i]);
			if (ref) {
				pv_jb_push(b, kinds, ref);
			} else { /* "not-stated": the key, no DPV claim */
				const pv_term *t = term(b, PV_VOCAB_DATA_CATEGORY, r->categories[i]);
				if (t && !own)
					own = pv_jb_arr(b);
				if (t && own)
					pv_jb_push(b, own, pv_jb_str(b, t->key));
			}
		}
		pv_jb_set(b, o, "dpv:hasPersonalData", kinds);
		if (own)
			pv_jb_set(b, o, "pv:dataCategory", own);
	}
	return o;
}

/* One storage condition per period: one as an object, several as a list. */
static json_t *storages(pv_jb *b, const pv_activity *a)
{
	if (a->n_retentions == 1)
		return storage(b, &a->retentions[0]);
	json_t *list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_retentions; i++)
		pv_jb_push(b, list, storage(b, &a->retentions[i]));
	return list;
}

/* A yes/no fact: true, false, or the string "not-stated" (never false). */
static json_t *yes_no_value(pv_yesno v)
{
	return v == PV_NOT_STATED ? json_string("not-stated") : json_boolean(v == PV_YES);
}

/* An optional yes/no fact: true or false; left out when not stated. */
static void set_opt_fact(pv_jb *b, json_t *o, const char *key, pv_fact f)
{
	if (f != PV_FACT_NOT_STATED)
		pv_jb_set(b, o, key, json_boolean(f == PV_FACT_YES));
}

static json_t *dpia(pv_jb *b, const pv_dpia *d)
{
	json_t *o = pv_jb_obj(b);
	if (!o)
		return NULL;
	pv_jb_set(b, o, "pv:required", yes_no_value(d->required));
	set_opt_key(b, o, "pv:dpiaStatus", PV_VOCAB_DPIA_STATUS, d->status);
	if (d->date)
		pv_jb_set(b, o, "dct:date", typed(b, d->date, "xsd:date"));
	set_opt(b, o, "pv:reference", d->reference);
	set_opt_fact(b, o, "pv:newTechnology", d->new_technology);
	set_opt(b, o, "pv:dpiaReason", d->reason);
	return o;
}

static json_t *rights(pv_jb *b, const pv_activity *a)
{
	pv_rights bits;
	json_t *list;
	int rc = pv_rights_for_activity(&bits, a);
	if (rc != 0) {
		pv_jb_fail(b, rc);
		return NULL;
	}
	list = pv_jb_arr(b);
	for (int r = 0; list && r < PV_RIGHT_COUNT; r++) {
		char iri[128];
		if (!(bits & (1u << r)))
			continue;
		snprintf(iri, sizeof(iri), "%s%s", PV_GDPR_NS, pv_right_term((pv_right)r));
		pv_jb_push(b, list, ref(b, iri));
	}
	return list;
}

static json_t *activity(pv_jb *b, const pv_activity *a)
{
	json_t *o = pv_jb_obj(b), *list;
	if (!o)
		return NULL;
	pv_jb_set(b, o, "@id", blank_id(b, a->id, NULL));
	pv_jb_set(b, o, "@type", pv_jb_str(b, "dpv:PersonalDataProcess"));
	pv_jb_set(b, o, "dct:identifier", pv_jb_str(b, a->id));
	pv_jb_set(b, o, "pv:version", json_integer((json_int_t)a->version));
	set_key(b, o, "pv:status", PV_VOCAB_ACTIVITY_STATUS, a->status);
	if (a->start_date)
		pv_jb_set(b, o, "pv:startDate", typed(b, a->start_date, "xsd:date"));
	if (a->end_date)
		pv_jb_set(b, o, "pv:endDate", typed(b, a->end_date, "xsd:date"));
	set_text(b, o, "dct:title", &a->name);
	set_text(b, o, "dct:description", &a->summary);
	pv_jb_set(b, o, "pv:department", pv_jb_str(b, a->department));
	if (a->legal_text_url)
		pv_jb_set(b, o, "pv:legalText", node_ref(b, a->legal_text_url));
	pv_jb_set(b, o, "dpv:hasDataController", node_ref(b, "_:controller"));
	pv_jb_set(b, o, "dpv:hasPurpose", purposes(b, a));

	/* The activity's legal bases and data categories once each, as DPV
	 * readers expect them on the process itself. */
	list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_purposes; i++) {
		const pv_term *t = term(b, PV_VOCAB_LEGAL_BASIS, a->purposes[i].basis);
		if (t && t->iri)
			push_unique_ref(b, list, t->iri);
	}
	pv_jb_set(b, o, "dpv:hasLegalBasis", list);
	list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_subjects; i++) {
		const pv_term *t = term(b, PV_VOCAB_DATA_SUBJECT, a->subjects[i]);
		if (t && t->iri)
			push_unique_ref(b, list, t->iri);
	}
	pv_jb_set(b, o, "dpv:hasDataSubject", list);
	/* Subjects without a DPV term ("not-stated"): the register's keys. */
	list = NULL;
	for (size_t i = 0; i < a->n_subjects; i++) {
		const pv_term *t = term(b, PV_VOCAB_DATA_SUBJECT, a->subjects[i]);
		if (!t || t->iri)
			continue;
		if (!list)
			list = pv_jb_arr(b);
		pv_jb_push(b, list, pv_jb_str(b, t->key));
	}
	if (list)
		pv_jb_set(b, o, "pv:dataSubject", list);
	set_opt_fact(b, o, "pv:largeScale", a->large_scale);
	if (a->large_scale == PV_FACT_YES)
		pv_jb_set(b, o, "dpv:hasScale", ref(b, "https://w3id.org/dpv#LargeScaleProcessing"));
	list = pv_jb_arr(b);
	for (size_t i = 0; list && i < a->n_data; i++) {
		const pv_term *t = term(b, PV_VOCAB_DATA_CATEGORY, a->data[i].kind);
		if (a->data[i].label.nl || a->data[i].label.en)
			continue; /* its own label: see pv:personalDataUse */
		if (t && t->iri)
			push_unique_ref(b, list, t->iri);
	}
	pv_jb_set(b, o, "dpv:hasPersonalData", list);
	pv_jb_set(b, o, "pv:personalDataUse", data_uses(b, a));

	pv_jb_set(b, o, "pv:outsideController", yes_no_value(a->recipients_outside));
	if (a->never_sold)
		pv_jb_set(b, o, "pv:sold", pv_jb_str(b, "no"));
	else if (a->sold_not_stated)
		pv_jb_set(b, o, "pv:sold", pv_jb_str(b, "not-stated"));
	if (a->n_recipients)
		pv_jb_set(b, o, "dpv:hasRecipient", recipients(b, a));
	pv_jb_set(b, o, "pv:outsideEea", yes_no_value(a->transfers_outside_eea));
	if (a->n_transfers)
		pv_jb_set(b, o, "pv:transfer", transfers(b, a));
	if (a->n_retentions > 0)
		pv_jb_set(b, o, "dpv:hasStorageCondition", storages(b, a));

	pv_jb_set(b, o, "pv:automatedDecision", yes_no_value(a->automated.present));
	if (a->automated.decisions != PV_DECISIONS_NOT_STATED)
		pv_jb_set(b, o, "pv:decisionsAboutPeople",
		          json_boolean(a->automated.decisions == PV_DECISIONS_YES));
	set_text(b, o, "pv:automatedDecisionLogic", &a->automated.logic);
	set_text(b, o, "pv:automatedDecisionConsequence", &a->automated.consequence);
	set_text(b, o, "pv:humanReview", &a->automated.human_review);
	pv_jb_set(b, o, "pv:profiling", yes_no_value(a->profiling.present));
	set_text(b, o, "pv:profilingDescription", &a->profiling.logic);

	if (a->n_measures) {
		list = pv_jb_arr(b);
		for (size_t i = 0; list && i < a->n_measures; i++) {
			json_t *m = term_ref(b, PV_VOCAB_SECURITY_MEASURE, a->measures[i]);
			if (m)
				pv_jb_push(b, list, m);
		}
		pv_jb_set(b, o, "dpv:hasTechnicalOrganisationalMeasure", list);
	}
	if (a->dpia.present) {
		pv_jb_set(b, o, "pv:dpia", dpia(b, &a->dpia));
		if (a->dpia.new_technology == PV_FACT_YES)
			pv_jb_set(b, o, "dpv:hasContext",
			          ref(b, "https://w3id.org/dpv#InnovativeUseOfNewTechnologies"));
	}
	if (a->n_acks) {
		list = pv_jb_arr(b);
		for (size_t i = 0; list && i < a->n_acks; i++) {
			json_t *k = pv_jb_obj(b);
			if (!k)
				break;
			pv_jb_set(b, k, "pv:rule", pv_jb_str(b, a->acks[i].rule));
			pv_jb_set(b, k, "pv:reason", pv_jb_str(b, a->acks[i].reason));
			pv_jb_push(b, list, k);
		}
		pv_jb_set(b, o, "pv:acknowledgement", list);
	}
	pv_jb_set(b, o, "dpv:hasRight", rights(b, a));
	/* No <internal-note>: never for residents (see the top of the file). */
	return o;
}

static json_t *context(pv_jb *b)
{
	json_t *o = pv_jb_obj(b);
	for (size_t i = 0; o && i < N_PREFIXES; i++)
		pv_jb_set(b, o, prefixes[i].prefix, pv_jb_str(b, prefixes[i].ns));
	return o;
}

int pv_export_jsonld(json_t **out, const privicon_register *reg)
{
	pv_jb b = {0};
	json_t *root, *list;

	*out = NULL;
	if (!reg)
		return PRIVICON_EINVAL;
	root = pv_jb_obj(&b);
	if (!root)
		return PRIVICON_ENOMEM;
	pv_jb_set(&b, root, "@context", context(&b));
	pv_jb_set(&b, root, "@id", pv_jb_str(&b, "_:register"));
	pv_jb_set(&b, root, "@type", pv_jb_str(&b, "dpv:RecordsOfActivities"));
	pv_jb_set(&b, root, "pv:registerVersion", pv_jb_str(&b, reg->version));
	pv_jb_set(&b, root, "dct:date", typed(&b, reg->date, "xsd:date"));
	if (pv_languages_attr(reg))
		pv_jb_set(&b, root, "dct:language", pv_jb_str(&b, pv_languages_attr(reg)));
	pv_jb_set(&b, root, "pv:generator", pv_jb_str(&b, "privicon " PRIVICON_VERSION));
	if (reg->publication_base_url)
		pv_jb_set(&b, root, "pv:publicationBaseUrl", node_ref(&b, reg->publication_base_url));
	pv_jb_set(&b, root, "dpv:hasDataController", controller(&b, &reg->controller));
	list = pv_jb_arr(&b);
	for (size_t i = 0; list && i < reg->n_activities && !b.status; i++)
		pv_jb_push(&b, list, activity(&b, &reg->activities[i]));
	pv_jb_set(&b, root, "dpv:hasProcess", list);
	if (b.status) {
		json_decref(root);
		return b.status;
	}
	*out = root;
	return PRIVICON_OK;
}
