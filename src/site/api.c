/*
 * api.c - the register API of the Logboek Dataverwerkingen draft (Logius,
 * logboek-dataverwerkingen, media/rvva-openapi.json: "Processing
 * Activities Register API v0.1") as static JSON files of the site:
 *
 *   api/processing_activities/<uuid>.json               ProcessingActivity
 *   api/processing_activities/<uuid>/versions/<n>.json  ProcessingActivityVersion
 *   api/entities/<uuid>.json                            Entity
 *   api/privicon-index.json   privicon's own addition: activity id -> uuid,
 *                             version and the address of that version
 *
 * Stable ids: name-based UUIDs (version 5) in privicon's namespace
 *   NS = uuid5(URL namespace, "urn:privicon:register:1")
 * from the controller's key (its identifier as "SCHEME:ID", e.g.
 * "oin:00000001001234567000", or the identifier alone without a scheme;
 * without an identifier, its name):
 *   activity     uuid5(NS, KEY + "/activity/" + activity id)
 *   controller   uuid5(NS, KEY)
 *   recipient    uuid5(NS, KEY + "/recipient/" + the recipient's name)
 * so the same register gives the same ids on every build and machine.
 *
 * Only what the register states: processingOptions (processing
 * operations) and validFrom are left out because the register does not
 * state them; a permanent retention has no ISO 8601 duration and is left
 * out of personalData.retentionPeriod, and so are several periods (or one
 * for some people or data only): the draft has one period for all data. Terms outside the draft's
 * enumerations fall back to the general DPV term the enumeration has
 * (a data subject DPV 2.1 does not list becomes "DataSubject"). The
 * draft's "recipients" is one object although its name is plural; a list
 * of such objects is written, one per named recipient (the public, which
 * is no entity, is left out).
 */
#include "site/site.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "model/model.h"
#include "model/vocab.h"
#include "opendata/export.h"
#include "util/strbuf.h"
#include "util/uuid.h"

/* ---- ids ---------------------------------------------------------------- */

typedef struct {
	unsigned char ns[16];
	char *key; /* the controller's key */
} ids;

static int ids_init(ids *d, const privicon_register *reg)
{
	static const char ns_name[] = "urn:privicon:register:1";
	const pv_controller *c = &reg->controller;
	pv_strbuf b = PV_STRBUF_INIT;

	pv_uuid5(d->ns, pv_uuid_ns_url, ns_name, strlen(ns_name));
	if (c->identifier && *c->identifier) {
		if (c->identifier_scheme && *c->identifier_scheme) {
			pv_strbuf_add(&b, c->identifier_scheme);
			pv_strbuf_add(&b, ":");
		}
		pv_strbuf_add(&b, c->identifier);
	} else {
		pv_strbuf_add(&b, c->name ? c->name : "");
	}
	d->key = pv_strbuf_take(&b);
	return d->key ? 0 : PRIVICON_ENOMEM;
}

/* uuid5(NS, KEY + part + name) as text into buf (37 bytes). */
static int id_of(char buf[37], const ids *d, const char *part, const char *name)
{
	pv_strbuf b = PV_STRBUF_INIT;
	unsigned char u[16];
	pv_strbuf_add(&b, d->key);
	if (part) {
		pv_strbuf_add(&b, part);
		pv_strbuf_add(&b, name);
	}
	if (b.oom) {
		free(b.s);
		return PRIVICON_ENOMEM;
	}
	pv_uuid5(u, d->ns, b.s ? b.s : "", b.len);
	free(b.s);
	pv_uuid_format(buf, u);
	return 0;
}

/* ---- DPV terms as the draft names them ------------------------------------- */

/* The local name of a DPV IRI ("https://w3id.org/dpv#Citizen" -> "Citizen"). */
static const char *local_name(const char *iri)
{
	const char *h = iri ? strrchr(iri, '#') : NULL;
	return h ? h + 1 : NULL;
}

static int in_enum(const char *const *list, const char *s)
{
	for (; s && *list; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

/* The draft's dataSubjects enumeration (DPV 2.1 names). */
static const char *const subject_enum[] = {
	"Adult", "Applicant", "Citizen", "Consumer", "Customer", "DataSubject", "Employee",
	"GuardianOfHuman", "Immigrant", "JobApplicant", "Member", "NonCitizen", "ParentOfHuman",
	"Participant", "Patient", "Student", "Subscriber", "Tourist", "User", "Visitor",
	"VulnerableHuman", NULL};

static const char *subject_term(pv_vocab_key k)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_SUBJECT, k);
	const char *n = t ? local_name(t->iri) : NULL;
	/* DPV 2.3 names that DPV 2.1 (the draft) called otherwise. */
	if (n && strcmp(n, "GuardianOfDataSubject") == 0)
		n = "GuardianOfHuman";
	else if (n && strcmp(n, "VulnerableDataSubject") == 0)
		n = "VulnerableHuman";
	return in_enum(subject_enum, n) ? n : "DataSubject";
}

static void push_unique(pv_jb *jb, json_t *arr, const char *s)
{
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v)
		if (strcmp(json_string_value(v), s) == 0)
			return;
	pv_jb_push(jb, arr, pv_jb_str(jb, s));
}

static void legal_bases(pv_jb *jb, json_t *arr, const pv_activity *a)
{
	for (size_t i = 0; i < a->n_purposes; i++) {
		switch (pv_basis_letter(a->purposes[i].basis)) {
		case PV_BASIS_CONSENT: push_unique(jb, arr, "Consent"); break;
		case PV_BASIS_CONTRACT: push_unique(jb, arr, "Contract"); break;
		case PV_BASIS_LEGAL_OBLIGATION: push_unique(jb, arr, "LegalObligation"); break;
		case PV_BASIS_VITAL_INTEREST: push_unique(jb, arr, "VitalInterest"); break;
		case PV_BASIS_PUBLIC_TASK:
			/* GDPR A6-1-e is narrower than both in DPV. */
			push_unique(jb, arr, "PublicInterest");
			push_unique(jb, arr, "OfficialAuthorityOfController");
			break;
		case PV_BASIS_LEGITIMATE_INTEREST: push_unique(jb, arr, "LegitimateInterest"); break;
		default: break;
		}
	}
}

/* DPV's organisational measures among the register's security measures;
 * the rest are technical (dpv-organisational_measures.csv). */
static const char *const organisational[] = {"LoggingPolicy", "DataProtectionTraining",
                                             "SecurityAudit", "InformationSecurityPolicy",
                                             NULL};

static void measures(pv_jb *jb, json_t *arr, const pv_activity *a)
{
	for (size_t i = 0; i < a->n_measures; i++) {
		const pv_term *t = pv_vocab_term(PV_VOCAB_SECURITY_MEASURE, a->measures[i]);
		const char *n = t ? local_name(t->iri) : NULL;
		if (!n)
			continue;
		json_t *m = pv_jb_obj(jb);
		pv_jb_set(jb, m, "measureType",
		          pv_jb_str(jb, in_enum(organisational, n) ? "Organisational" : "Technical"));
		pv_jb_set(jb, m, "measure", pv_jb_str(jb, n));
		pv_jb_push(jb, arr, m);
	}
}

static const char *legal_role(pv_vocab_key kind)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_RECIPIENT_KIND, kind);
	const char *n = t ? local_name(t->iri) : NULL;
	if (n && (strcmp(n, "DataProcessor") == 0 || strcmp(n, "ThirdParty") == 0 ||
	          strcmp(n, "JointDataControllers") == 0))
		return n;
	return NULL; /* the public: no entity */
}

/* ---- the files -------------------------------------------------------------------- */

static int add_json(privicon_site *site, pv_jb *jb, const char *path, json_t *doc)
{
	char *text = NULL;
	size_t size = 0;
	int rc = jb->status;
	if (rc == 0)
		rc = pv_export_dump(&text, &size, doc);
	json_decref(doc);
	if (rc != 0)
		return rc;
	return pv_site_add(site, path, (unsigned char *)text, size);
}

static int entity(privicon_site *site, const char *uuid, const char *name, const char *email,
                  const char *phone)
{
	pv_jb jb = {0};
	char path[96];
	json_t *e = pv_jb_obj(&jb);
	pv_jb_set(&jb, e, "id", pv_jb_str(&jb, uuid));
	pv_jb_set(&jb, e, "type", pv_jb_str(&jb, "Organisation"));
	pv_jb_set(&jb, e, "name", pv_jb_str(&jb, name ? name : ""));
	if (email && *email)
		pv_jb_set(&jb, e, "email", pv_jb_str(&jb, email));
	if (phone && *phone)
		pv_jb_set(&jb, e, "phonenumber", pv_jb_str(&jb, phone));
	snprintf(path, sizeof(path), "api/entities/%s.json", uuid);
	return add_json(site, &jb, path, e);
}

/* Whether recipient `r` of activity `a` names an entity seen before in
 * the register (so its file is written once). */
static int recipient_seen(const privicon_register *reg, size_t ai, size_t ri)
{
	const char *name = reg->activities[ai].recipients[ri].name;
	for (size_t i = 0; i <= ai; i++) {
		const pv_activity *a = &reg->activities[i];
		for (size_t k = 0; k < a->n_recipients && (i < ai || k < ri); k++)
			if (a->recipients[k].name && legal_role(a->recipients[k].kind) &&
			    strcmp(a->recipients[k].name, name) == 0)
				return 1;
	}
	return 0;
}

static int activity(privicon_site *site, const privicon_register *reg, const ids *d, size_t ai,
                    const char *base, json_t *index)
{
	const pv_activity *a = &reg->activities[ai];
	pv_jb jb = {0};
	char uuid[37], rid[37], path[160];
	int rc;

	if ((rc = id_of(uuid, d, "/activity/", a->id)) != 0)
		return rc;

	json_t *pa = pv_jb_obj(&jb);
	pv_jb_set(&jb, pa, "id", pv_jb_str(&jb, uuid));
	pv_jb_set(&jb, pa, "latestVersion", json_integer(a->version));
	pv_jb_set(&jb, pa, "active",
	          json_boolean(a->status == pv_vocab_find(PV_VOCAB_ACTIVITY_STATUS, "active")));
	snprintf(path, sizeof(path), "api/processing_activities/%s.json", uuid);
	if ((rc = add_json(site, &jb, path, pa)) != 0)
		return rc;

	json_t *v = pv_jb_obj(&jb);
	pv_jb_set(&jb, v, "version", json_integer(a->version));
	pv_jb_set(&jb, v, "name",
	          pv_jb_str(&jb, a->name.nl && *a->name.nl ? a->name.nl
	                         : a->name.en              ? a->name.en
	                                                   : a->id));
	if (a->n_purposes > 0) {
		const pv_term *t = pv_vocab_term(PV_VOCAB_PURPOSE_CATEGORY, a->purposes[0].category);
		if (t && local_name(t->iri))
			pv_jb_set(&jb, v, "purpose", pv_jb_str(&jb, local_name(t->iri)));
	}
	json_t *bases = pv_jb_arr(&jb);
	legal_bases(&jb, bases, a);
	pv_jb_set(&jb, v, "legalBasis", bases);
	json_t *subjects = pv_jb_arr(&jb);
	for (size_t i = 0; i < a->n_subjects; i++)
		push_unique(&jb, subjects, subject_term(a->subjects[i]));
	pv_jb_set(&jb, v, "dataSubjects", subjects);
	json_t *pd = pv_jb_obj(&jb), *cats = pv_jb_arr(&jb);
	for (size_t i = 0; i < a->n_data; i++) {
		const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, a->data[i].kind);
		if (t && local_name(t->iri))
			push_unique(&jb, cats, local_name(t->iri));
	}
	pv_jb_set(&jb, pd, "categories", cats);
	/* The draft has one period for all data: only a lone period for all
	 * data says it. */
	if (a->n_retentions == 1 && a->retentions[0].n_categories == 0 &&
	    !a->retentions[0].applies_to.nl && !a->retentions[0].applies_to.en &&
	    !a->retentions[0].duration.permanent &&
	    a->retentions[0].period && a->retentions[0].period[0] == 'P')
		pv_jb_set(&jb, pd, "retentionPeriod", pv_jb_str(&jb, a->retentions[0].period));
	pv_jb_set(&jb, v, "personalData", pd);
	json_t *ms = pv_jb_arr(&jb);
	measures(&jb, ms, a);
	pv_jb_set(&jb, v, "measures", ms);
	json_t *recipients = pv_jb_arr(&jb);
	for (size_t i = 0; i < a->n_recipients && jb.status == 0; i++) {
		const pv_recipient *r = &a->recipients[i];
		const char *role = legal_role(r->kind);
		if (!role || !r->name || !*r->name)
			continue;
		if ((rc = id_of(rid, d, "/recipient/", r->name)) != 0) {
			json_decref(v);
			json_decref(recipients);
			return rc;
		}
		json_t *o = pv_jb_obj(&jb);
		pv_jb_set(&jb, o, "legalRole", pv_jb_str(&jb, role));
		pv_jb_set(&jb, o, "entityId", pv_jb_str(&jb, rid));
		pv_jb_push(&jb, recipients, o);
		if (!recipient_seen(reg, ai, i) && (rc = entity(site, rid, r->name, NULL, NULL)) != 0) {
			json_decref(v);
			json_decref(recipients);
			return rc;
		}
	}
	pv_jb_set(&jb, v, "recipients", recipients);
	snprintf(path, sizeof(path), "api/processing_activities/%s/versions/%ld.json", uuid,
	         a->version);
	if ((rc = add_json(site, &jb, path, v)) != 0)
		return rc;

	json_t *entry = pv_jb_obj(&jb);
	pv_jb_set(&jb, entry, "activity", pv_jb_str(&jb, a->id));
	pv_jb_set(&jb, entry, "id", pv_jb_str(&jb, uuid));
	pv_jb_set(&jb, entry, "version", json_integer(a->version));
	pv_jb_set(&jb, entry, "path", pv_jb_str(&jb, path));
	if (base) {
		pv_strbuf u = PV_STRBUF_INIT;
		pv_strbuf_add(&u, base);
		pv_strbuf_add(&u, path);
		char *url = pv_strbuf_take(&u);
		pv_jb_set(&jb, entry, "processingActivityId", pv_jb_str(&jb, url));
		free(url);
	}
	pv_jb_push(&jb, index, entry);
	return jb.status;
}

int pv_site_api(privicon_site *site, const privicon_register *reg, const char *base_url)
{
	ids d = {{0}, NULL};
	char cid[37];
	pv_jb jb = {0};
	int rc = ids_init(&d, reg);

	if (rc == 0)
		rc = id_of(cid, &d, NULL, NULL);
	if (rc == 0)
		rc = entity(site, cid, reg->controller.name, reg->controller.email,
		            reg->controller.phone);
	json_t *index = pv_jb_obj(&jb), *list = pv_jb_arr(&jb);
	pv_jb_set(&jb, index, "namespace", pv_jb_str(&jb, "urn:privicon:register:1"));
	pv_jb_set(&jb, index, "controller", pv_jb_str(&jb, cid));
	for (size_t i = 0; rc == 0 && i < reg->n_activities; i++)
		rc = activity(site, reg, &d, i, base_url, list);
	pv_jb_set(&jb, index, "processingActivities", list);
	if (rc == 0)
		rc = add_json(site, &jb, "api/privicon-index.json", index);
	else
		json_decref(index);
	free(d.key);
	return rc;
}
