/*
 * test_notice.c - the notice step: which icons each question shows, the
 * filled-in captions, the reassuring icons only where the register states
 * the fact, the rights derived from the legal bases, and durations in
 * words.
 *
 * Part 1 builds registers in memory and uses the small test catalogue in
 * tests/data/catalogue (its captions are known here). Part 2 loads the
 * example registers and uses the built-in catalogue.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notice/catalogue.h"
#include "check.h"
#include "model/model.h"
#include "notice/notice.h"
#include "privicon.h"
#include "notice/rights.h"
#include "model/vocab.h"

#define TEST_CATALOGUE SOURCE_DIR "/tests/data/catalogue"

/* ---- helpers ------------------------------------------------------------------ */

static pv_vocab_key key(pv_vocab_id vocab, const char *k)
{
	pv_vocab_key v = pv_vocab_find(vocab, k);
	if (v == PV_VOCAB_NONE) {
		printf("FAIL - test setup: no key %s in vocabulary %d\n", k, (int)vocab);
		exit(1);
	}
	return v;
}

/* The icon ids of a row, comma-separated, for comparing with one string. */
static const char *ids(const pv_notice_row *row)
{
	static char buf[1024];
	buf[0] = '\0';
	for (size_t i = 0; i < row->n_items; i++) {
		if (i)
			strncat(buf, ",", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, row->items[i].icon_id, sizeof(buf) - strlen(buf) - 1);
	}
	return buf;
}

static const pv_notice_item *item(const pv_notice_row *row, const char *icon_id)
{
	for (size_t i = 0; i < row->n_items; i++)
		if (strcmp(row->items[i].icon_id, icon_id) == 0)
			return &row->items[i];
	return NULL;
}

/* The tone of an item, or -1 when the row lacks it. */
static int tone_of(const pv_notice_row *row, const char *icon_id)
{
	const pv_notice_item *it = item(row, icon_id);
	return it ? (int)it->tone : -1;
}

static const char *caption(const pv_notice_row *row, const char *icon_id)
{
	const pv_notice_item *it = item(row, icon_id);
	return it ? it->caption : "(no such item)";
}

static const pv_notice_activity *activity(const pv_notice *n, const char *id)
{
	for (size_t i = 0; i < n->n_activities; i++)
		if (strcmp(n->activities[i].activity->id, id) == 0)
			return &n->activities[i];
	return NULL;
}

/* Invariants every notice keeps: the eight rows in order with a title and
 * a question icon from the catalogue, every item's icon of that question
 * (or the question's own icon), every caption and description non-empty
 * and filled in. Returns the number of problems, printed as comments. */
static int invariants(const pv_notice *n, const pv_catalogue *cat)
{
	int problems = 0;
	for (size_t a = 0; a < n->n_activities; a++) {
		const pv_notice_activity *act = &n->activities[a];
		if (!act->name || !*act->name || !act->summary) {
			printf("# %s: no name or summary\n", act->activity->id);
			problems++;
		}
		for (int q = 0; q < PV_Q_COUNT; q++) {
			const pv_notice_row *row = &act->rows[q];
			const pv_question_info *info = pv_catalogue_question_at(cat, (size_t)q);
			if (row->question != (pv_question)q || !row->title || !info ||
			    strcmp(row->icon_id, info->icon) != 0 ||
			    strcmp(row->title, strcmp(n->lang, "en") == 0 ? info->en : info->nl) != 0) {
				printf("# %s: row %d is not question %d\n", act->activity->id, q, q);
				problems++;
			}
			if (row->n_items == 0) {
				printf("# %s: row %s is empty\n", act->activity->id, info ? info->id : "?");
				problems++;
			}
			for (size_t i = 0; i < row->n_items; i++) {
				const pv_notice_item *it = &row->items[i];
				const pv_icon *icon = pv_catalogue_icon(cat, it->icon_id);
				if (!icon || (strcmp(icon->question, info->id) != 0 &&
				              strcmp(it->icon_id, info->icon) != 0)) {
					printf("# %s: item %s is not an icon of %s\n", act->activity->id,
					       it->icon_id, info->id);
					problems++;
				}
				const char *texts[] = {it->caption, it->description};
				for (int t = 0; t < 2; t++)
					if (!texts[t] || !*texts[t] || strchr(texts[t], '{') ||
					    strchr(texts[t], '}')) {
						printf("# %s: %s: text not filled in: \"%s\"\n",
						       act->activity->id, it->icon_id,
						       texts[t] ? texts[t] : "(null)");
						problems++;
					}
			}
		}
	}
	return problems;
}

/* Two notices say exactly the same. */
static int same(const pv_notice *x, const pv_notice *y)
{
	if (x->n_activities != y->n_activities)
		return 0;
	for (size_t a = 0; a < x->n_activities; a++)
		for (int q = 0; q < PV_Q_COUNT; q++) {
			const pv_notice_row *r = &x->activities[a].rows[q], *s = &y->activities[a].rows[q];
			if (r->n_items != s->n_items)
				return 0;
			for (size_t i = 0; i < r->n_items; i++)
				if (strcmp(r->items[i].icon_id, s->items[i].icon_id) != 0 ||
				    strcmp(r->items[i].caption, s->items[i].caption) != 0 ||
				    strcmp(r->items[i].description, s->items[i].description) != 0 ||
				    r->items[i].tone != s->items[i].tone)
					return 0;
		}
	return 1;
}

/* ---- part 1: registers in memory ------------------------------------------------ */

/* Care support: several data categories sharing an icon, health data,
 * two legal bases, base registries, named recipients, sold="no", stays
 * in the EEA, a retention period, measures sharing an icon. */
static void make_care(pv_activity *a)
{
	static pv_retention seven_years;
	seven_years = (pv_retention){.present = 1, .duration = {.years = 7}, .period = "P7Y",
	                             .from = key(PV_VOCAB_RETENTION_START, "case-closed")};
	static pv_law wmo = {"Wet maatschappelijke ondersteuning 2015", NULL, "2.3.2", NULL, 1};
	static pv_law archief = {"Archiefwet 1995", NULL, "art. 3", NULL, 1};
	static pv_purpose purposes[2];
	purposes[0] = (pv_purpose){"beoordelen", key(PV_VOCAB_LEGAL_BASIS, "public-task"),
	                           key(PV_VOCAB_PURPOSE_CATEGORY, "public-service"),
	                           {"Wij beoordelen uw aanvraag voor ondersteuning.",
	                            "We assess your request for support.", 1},
	                           &wmo, 1, 1, NULL, NULL};
	purposes[1] = (pv_purpose){"archief", key(PV_VOCAB_LEGAL_BASIS, "legal-obligation"),
	                           key(PV_VOCAB_PURPOSE_CATEGORY, "record-management"),
	                           {"Wij bewaren het dossier", NULL, 1}, &archief, 1, 1, NULL, NULL};
	static pv_data_use data[6];
	const char *kinds[] = {"name", "address", "birth-date", "bsn", "health", "address"};
	const char *sources[] = {"data-subject", "base-registry", "base-registry",
	                         "base-registry", "data-subject", "base-registry"};
	const char *registries[] = {NULL, "brp", "brp", "brp", NULL, "bag"};
	for (int i = 0; i < 6; i++)
		data[i] = (pv_data_use){
			.kind = key(PV_VOCAB_DATA_CATEGORY, kinds[i]),
			.source = key(PV_VOCAB_DATA_SOURCE, sources[i]),
			.registry = registries[i] ? key(PV_VOCAB_BASE_REGISTRY, registries[i])
			                          : PV_VOCAB_NONE,
			.art9 = PV_VOCAB_NONE,
			.line = 10 + i,
		};
	data[4].art9 = key(PV_VOCAB_SPECIAL_CONDITION, "health-social-care");
	static pv_recipient recipients[3];
	recipients[0] = (pv_recipient){.kind = key(PV_VOCAB_RECIPIENT_KIND, "care-partner"),
	                               .name = "Zorggroep Noord", .agreement = NULL, .line = 20};
	recipients[1] = (pv_recipient){.kind = key(PV_VOCAB_RECIPIENT_KIND, "processor"),
	                               .name = "Softwarebedrijf BV", .agreement = "VWO-2023-7", .line = 21};
	recipients[2] = (pv_recipient){.kind = key(PV_VOCAB_RECIPIENT_KIND, "care-partner"),
	                               .name = "Thuiszorg Zuid", .agreement = NULL, .line = 22};
	static pv_vocab_key measures[3];
	measures[0] = key(PV_VOCAB_SECURITY_MEASURE, "access-control");
	measures[1] = key(PV_VOCAB_SECURITY_MEASURE, "encryption");
	measures[2] = key(PV_VOCAB_SECURITY_MEASURE, "logging");

	*a = (pv_activity){
		.id = "zorg",
		.version = 1,
		.name = {"Hulp bij het huishouden", "Help with the household", 2},
		.summary = {"Wij helpen u thuis.", "We help you at home.", 3},
		.purposes = purposes,
		.n_purposes = 2,
		.data = data,
		.n_data = 6,
		.recipients_outside = PV_YES,
		.never_sold = 1,
		.recipients = recipients,
		.n_recipients = 3,
		.transfers_outside_eea = PV_NO,
		.retentions = &seven_years,
		.n_retentions = 1,
		.automated = {.present = PV_NO, .decisions = PV_DECISIONS_YES},
		.profiling = {.present = PV_NO},
		.measures = measures,
		.n_measures = 3,
		.security_line = 30,
	};
}

/* A newsletter: consent, nobody outside the controller, no sold
 * attribute, sent through a service in the United States, no retention, no
 * measures, profiling. Only a Dutch name. */
static void make_newsletter(pv_activity *a)
{
	static pv_purpose purposes[1];
	purposes[0] = (pv_purpose){"sturen", key(PV_VOCAB_LEGAL_BASIS, "consent"),
	                           key(PV_VOCAB_PURPOSE_CATEGORY, "communication"),
	                           {"Wij sturen u de nieuwsbrief.", "We send you the newsletter.", 1},
	                           NULL, 0, 1, NULL, NULL};
	static pv_data_use data[1];
	data[0] = (pv_data_use){.kind = key(PV_VOCAB_DATA_CATEGORY, "name"),
	                        .source = key(PV_VOCAB_DATA_SOURCE, "data-subject"),
	                        .registry = PV_VOCAB_NONE, .art9 = PV_VOCAB_NONE};
	static pv_transfer transfers[2];
	transfers[0] = (pv_transfer){"US", key(PV_VOCAB_TRANSFER_MECHANISM, "scc"),
	                             "Mailservice Inc", 5};
	transfers[1] = (pv_transfer){"XK", PV_VOCAB_NONE, "Mailservice Inc", 6};
	*a = (pv_activity){
		.id = "nieuws",
		.version = 1,
		.name = {"Nieuwsbrief", NULL, 2},
		.summary = {"De nieuwsbrief van de gemeente.", "", 3},
		.purposes = purposes,
		.n_purposes = 1,
		.data = data,
		.n_data = 1,
		.recipients_outside = PV_NO,
		.transfers_outside_eea = PV_YES,
		.transfers = transfers,
		.n_transfers = 2,
		.automated = {.present = PV_NO},
		.profiling = {.present = PV_YES,
		              .logic = {"Wij kijken welke berichten u opent.",
		                        "We look at which messages you open.", 8}},
	};
}

/* Taxes: an automated decision, criminal data, police as recipient
 * without a sold attribute, permanent retention, the location icon. */
static void make_taxes(pv_activity *a)
{
	static pv_retention permanent;
	permanent = (pv_retention){.present = 1, .duration = {.permanent = 1}, .period = "permanent",
	                           .from = key(PV_VOCAB_RETENTION_START, "decision")};
	static pv_purpose purposes[2];
	purposes[0] = (pv_purpose){"aanslag", key(PV_VOCAB_LEGAL_BASIS, "legal-obligation"),
	                           key(PV_VOCAB_PURPOSE_CATEGORY, "legal-compliance"),
	                           {"Wij sturen de aanslag.", "We send the assessment.", 1},
	                           NULL, 0, 1, NULL, NULL};
	purposes[1] = (pv_purpose){"innen", key(PV_VOCAB_LEGAL_BASIS, "public-task"),
	                           key(PV_VOCAB_PURPOSE_CATEGORY, "payment"),
	                           {"Wij innen de belasting.", "We collect the tax.", 1},
	                           NULL, 0, 1, NULL, NULL};
	static pv_data_use data[2];
	data[0] = (pv_data_use){.kind = key(PV_VOCAB_DATA_CATEGORY, "criminal"),
	                        .source = key(PV_VOCAB_DATA_SOURCE, "sensor"),
	                        .registry = PV_VOCAB_NONE, .art9 = PV_VOCAB_NONE};
	data[1] = (pv_data_use){.kind = key(PV_VOCAB_DATA_CATEGORY, "location"),
	                        .source = key(PV_VOCAB_DATA_SOURCE, "base-registry"),
	                        .registry = PV_VOCAB_NONE, .art9 = PV_VOCAB_NONE};
	static pv_recipient recipients[1];
	recipients[0] = (pv_recipient){.kind = key(PV_VOCAB_RECIPIENT_KIND, "police-justice"),
	                               .name = "Politie Eenheid Noord", .agreement = NULL, .line = 20};
	static pv_vocab_key measures[1];
	measures[0] = key(PV_VOCAB_SECURITY_MEASURE, "logging");
	*a = (pv_activity){
		.id = "belasting",
		.version = 1,
		.name = {"Belastingen", "Taxes", 2},
		.summary = {"Wij heffen belasting.", "We levy taxes.", 3},
		.purposes = purposes,
		.n_purposes = 2,
		.data = data,
		.n_data = 2,
		.recipients_outside = PV_YES,
		.recipients = recipients,
		.n_recipients = 1,
		.transfers_outside_eea = PV_NO,
		.retentions = &permanent,
		.n_retentions = 1,
		.automated = {.present = PV_YES,
		              .logic = {"De computer berekent de aanslag uit de WOZ-waarde", NULL, 1},
		              .consequence = {"U krijgt een aanslag.", "You receive an assessment.", 1}},
		.profiling = {.present = PV_NO},
		.measures = measures,
		.n_measures = 1,
	};
}

static void test_in_memory(void)
{
	pv_catalogue *cat = NULL;
	char err[512];
	if (pv_catalogue_load(&cat, TEST_CATALOGUE, err, sizeof(err)) != 0) {
		CHECK(0, "test catalogue loads: %s", err);
		return;
	}
	pv_activity acts[3];
	make_care(&acts[0]);
	make_newsletter(&acts[1]);
	make_taxes(&acts[2]);
	privicon_register reg = {.file = "test.xml", .version = "1", .date = "2024-01-01",
	                         .activities = acts, .n_activities = 3};

	pv_notice *nl = NULL, *en = NULL;
	int rc = pv_notice_build(&nl, &reg, cat, "nl");
	CHECK(rc == 0 && nl, "notice in nl builds (rc %d)", rc);
	rc = pv_notice_build(&en, &reg, cat, "en");
	CHECK(rc == 0 && en, "notice in en builds (rc %d)", rc);
	if (!nl || !en)
		goto out;
	CHECK(invariants(nl, cat) == 0 && invariants(en, cat) == 0,
	      "rows in order, captions filled in (nl and en)");
	CHECK(strcmp(nl->lang, "nl") == 0 && nl->reg == &reg && nl->n_activities == 3,
	      "the notice records language, register and activities");

	/* -- care -- */
	const pv_notice_activity *c = &nl->activities[0];
	const pv_notice_row *r = &c->rows[PV_Q_DATA];
	CHECK(strcmp(ids(r), "data-identity,data-bsn,data-health") == 0,
	      "data: one item per icon, in register order (%s)", ids(r));
	CHECK(strcmp(caption(r, "data-identity"), "Uw naam, adres en geboortedatum") == 0,
	      "data: categories sharing an icon share a caption (%s)",
	      caption(r, "data-identity"));
	CHECK(strcmp(caption(r, "data-health"), "Extra gevoelig: uw gezondheid") == 0 &&
	          tone_of(r, "data-health") == PV_TONE_ATTENTION,
	      "data: health is marked sensitive, attention (%s)", caption(r, "data-health"));
	CHECK(strcmp(caption(r, "data-bsn"), "Uw burgerservicenummer (BSN)") == 0 &&
	          tone_of(r, "data-bsn") == PV_TONE_NEUTRAL,
	      "data: the BSN is not an Art. 9 kind (%s)", caption(r, "data-bsn"));
	CHECK(strcmp(caption(&en->activities[0].rows[PV_Q_DATA], "data-health"),
	             "Extra sensitive: your health") == 0,
	      "data: en marker (%s)", caption(&en->activities[0].rows[PV_Q_DATA], "data-health"));

	r = &c->rows[PV_Q_WHY];
	CHECK(strcmp(ids(r), "why-public-task,why-legal-obligation") == 0,
	      "why: one item per legal basis (%s)", ids(r));
	const pv_notice_item *it = item(r, "why-public-task");
	CHECK(it && strcmp(it->caption,
	                   "Wij beoordelen uw aanvraag voor ondersteuning (Wet maatschappelijke "
	                   "ondersteuning 2015, art. 2.3.2). Voor een taak van de gemeente.") == 0,
	      "why: the caption says the purpose with its law, then the basis (%s)",
	      it ? it->caption : "");
	CHECK(it && strcmp(it->description,
	                   "publieke taak: Wij beoordelen uw aanvraag voor ondersteuning.") == 0,
	      "why: the description is the template's (%s)", it ? it->description : "");
	it = item(r, "why-legal-obligation");
	CHECK(it && strstr(it->caption, "Wij bewaren het dossier (Archiefwet 1995, art. 3)."),
	      "why: an article written as \"art. 3\" is not prefixed twice (%s)",
	      it ? it->caption : "");
	it = item(&en->activities[0].rows[PV_Q_WHY], "why-legal-obligation");
	CHECK(it && strstr(it->caption, "Wij bewaren het dossier"),
	      "why: a purpose without English falls back to Dutch");

	r = &c->rows[PV_Q_SOURCE];
	CHECK(strcmp(ids(r), "source-data-subject,source-base-registry") == 0,
	      "source: one item per distinct source (%s)", ids(r));
	CHECK(strcmp(caption(r, "source-base-registry"),
	             "Uit de Basisregistratie Personen (BRP) en de Basisregistratie Adressen en "
	             "Gebouwen (BAG)") == 0,
	      "source: base registries named (%s)", caption(r, "source-base-registry"));

	r = &c->rows[PV_Q_RECIPIENTS];
	CHECK(strcmp(ids(r), "recipient-care-partner,recipient-processor,recipient-never-sold,"
	                     "recipient-stays-in-eu") == 0,
	      "recipients: kinds, never sold, stays in the EU (%s)", ids(r));
	CHECK(strcmp(caption(r, "recipient-care-partner"),
	             "Uw gegevens gaan naar zorgpartners: Zorggroep Noord en Thuiszorg Zuid") == 0,
	      "recipients: names listed (%s)", caption(r, "recipient-care-partner"));
	CHECK(tone_of(r, "recipient-never-sold") == PV_TONE_REASSURING &&
	          tone_of(r, "recipient-stays-in-eu") == PV_TONE_REASSURING,
	      "recipients: stated facts reassure");
	CHECK(!item(r, "recipient-nobody-else"), "recipients: outside-controller=yes: no "
	                                         "\"nobody else\"");

	r = &c->rows[PV_Q_RETENTION];
	CHECK(strcmp(ids(r), "retention-period") == 0 &&
	          strcmp(r->items[0].caption,
	                 "Wij bewaren uw gegevens 7 jaar na afhandeling van uw zaak") == 0,
	      "retention: P7Y in words (%s)", r->n_items ? r->items[0].caption : "");
	CHECK(strcmp(caption(&en->activities[0].rows[PV_Q_RETENTION], "retention-period"),
	             "We keep your data for 7 years after your case is closed") == 0,
	      "retention: en (%s)",
	      caption(&en->activities[0].rows[PV_Q_RETENTION], "retention-period"));

	r = &c->rows[PV_Q_DECISION];
	CHECK(strcmp(ids(r), "decision-person-decides,decision-no-profiling") == 0 &&
	          r->items[0].tone == PV_TONE_REASSURING && r->items[1].tone == PV_TONE_REASSURING,
	      "decision: explicit no's reassure (%s)", ids(r));

	r = &c->rows[PV_Q_SECURITY];
	CHECK(strcmp(ids(r), "security-access,security-encryption") == 0,
	      "security: measures sharing an icon merge (%s)", ids(r));
	CHECK(strcmp(caption(r, "security-access"),
	             "Beveiligd: alleen bevoegde medewerkers en wie kijkt, wordt vastgelegd") == 0,
	      "security: merged caption (%s)", caption(r, "security-access"));

	r = &c->rows[PV_Q_RIGHTS];
	CHECK(strcmp(ids(r), "right-a15,right-a16,right-a18,right-a21,right-a77") == 0,
	      "rights: public task + legal obligation, no automated decision (%s)", ids(r));

	/* -- newsletter -- */
	c = &nl->activities[1];
	r = &c->rows[PV_Q_RECIPIENTS];
	CHECK(strcmp(ids(r), "recipient-nobody-else,recipient-leaves-eu") == 0,
	      "recipients: nobody else, no never-sold without sold=\"no\", leaves the EU (%s)",
	      ids(r));
	it = item(r, "recipient-leaves-eu");
	CHECK(it && it->tone == PV_TONE_ATTENTION &&
	          strcmp(it->caption, "Uw gegevens gaan naar de Verenigde Staten en XK") == 0,
	      "recipients: leaving the EU is attention, countries in words, unknown code as is "
	      "(%s)", it ? it->caption : "");
	CHECK(it && strcmp(it->description,
	                   "Naar Mailservice Inc in de Verenigde Staten en XK. Naar Mailservice "
	                   "Inc in de Verenigde Staten (modelcontract van de Europese Commissie). "
	                   "Naar Mailservice Inc in XK.") == 0,
	      "recipients: the description names recipients and mechanisms (%s)",
	      it ? it->description : "");
	CHECK(tone_of(r, "recipient-nobody-else") == PV_TONE_REASSURING,
	      "recipients: nobody else reassures");
	r = &c->rows[PV_Q_RETENTION];
	CHECK(strcmp(ids(r), "retention-not-stated") == 0 &&
	          strcmp(r->items[0].caption,
	                 "Hoe lang wij uw gegevens bewaren, staat niet in het register") == 0 &&
	          r->items[0].tone == PV_TONE_NEUTRAL,
	      "retention: not stated is said, neutral, no promise");
	r = &c->rows[PV_Q_DECISION];
	CHECK(strcmp(ids(r), "decision-no-automated,decision-profiling") == 0 &&
	          r->items[0].tone == PV_TONE_REASSURING && r->items[1].tone == PV_TONE_ATTENTION &&
	          strstr(r->items[1].description, "Wij kijken welke berichten u opent."),
	      "decision: profiling is attention, described (%s)", ids(r));
	r = &c->rows[PV_Q_SECURITY];
	CHECK(strcmp(ids(r), "question-security") == 0 &&
	          strcmp(r->items[0].caption, "Het register noemt geen maatregelen.") == 0 &&
	          r->items[0].tone == PV_TONE_NEUTRAL,
	      "security: no measures stated is said with the question's icon (%s)", ids(r));
	r = &c->rows[PV_Q_RIGHTS];
	CHECK(strcmp(ids(r), "right-a15,right-a16,right-a17,right-a18,right-a20,right-a7-3,"
	                     "right-a77") == 0,
	      "rights: consent gives erasure, portability and withdrawal (%s)", ids(r));
	CHECK(strcmp(en->activities[1].name, "Nieuwsbrief") == 0 &&
	          strcmp(en->activities[1].summary, "De nieuwsbrief van de gemeente.") == 0,
	      "name and summary fall back to the other language");
	CHECK(strcmp(caption(&en->activities[1].rows[PV_Q_RECIPIENTS], "recipient-leaves-eu"),
	             "Your data go to the United States and XK") == 0,
	      "countries in English");

	/* -- taxes -- */
	c = &nl->activities[2];
	r = &c->rows[PV_Q_DATA];
	CHECK(strcmp(ids(r), "data-criminal,data-location") == 0 &&
	          r->items[0].tone == PV_TONE_ATTENTION &&
	          strcmp(r->items[0].caption, "Extra gevoelig: uw strafrechtelijke gegevens") == 0 &&
	          strcmp(r->items[1].caption, "Waar u bent: locatie") == 0,
	      "data: criminal data marked, attention (%s)", r->n_items ? r->items[0].caption : "");
	r = &c->rows[PV_Q_SOURCE];
	CHECK(strcmp(caption(r, "source-base-registry"), "Uit een basisregistratie") == 0,
	      "source: a base registry without a name reads well (%s)",
	      caption(r, "source-base-registry"));
	r = &c->rows[PV_Q_RECIPIENTS];
	CHECK(strcmp(ids(r), "recipient-police-justice,recipient-stays-in-eu") == 0,
	      "recipients: no sold attribute, no never-sold; no nobody-else (%s)", ids(r));
	r = &c->rows[PV_Q_RETENTION];
	CHECK(strcmp(ids(r), "retention-permanent") == 0 &&
	          strcmp(r->items[0].caption, "Wij bewaren uw gegevens permanent in het archief") == 0,
	      "retention: permanent (%s)", r->n_items ? r->items[0].caption : "");
	r = &c->rows[PV_Q_DECISION];
	it = item(r, "decision-automated");
	CHECK(strcmp(ids(r), "decision-automated,decision-no-profiling") == 0 && it &&
	          it->tone == PV_TONE_ATTENTION &&
	          strstr(it->description, "De computer berekent de aanslag uit de WOZ-waarde. U "
	                                  "krijgt een aanslag."),
	      "decision: automated is attention, with logic and consequence (%s)", ids(r));
	r = &c->rows[PV_Q_RIGHTS];
	CHECK(strcmp(ids(r), "right-a15,right-a16,right-a18,right-a21,right-a22,right-a77") == 0,
	      "rights: an automated decision adds human review where the basis gives it (%s)",
	      ids(r));

	/* Deterministic: a second build says the same. */
	pv_notice *again = NULL;
	rc = pv_notice_build(&again, &reg, cat, "nl");
	CHECK(rc == 0 && again && same(nl, again), "the same input gives the same notice");
	pv_notice_free(again);
	CHECK(!same(nl, en), "nl and en differ");

	/* Bad arguments. */
	pv_notice *bad = (pv_notice *)&bad;
	CHECK(pv_notice_build(&bad, &reg, cat, "de") == PRIVICON_EINVAL && !bad,
	      "unknown language: EINVAL");
	CHECK(pv_notice_build(&bad, NULL, cat, "nl") == PRIVICON_EINVAL, "no register: EINVAL");
	CHECK(pv_notice_build(NULL, &reg, cat, "nl") == PRIVICON_EINVAL, "no out: EINVAL");

	/* A category the catalogue has no icon for: EINVAL, nothing leaks. */
	acts[2].data[1].kind = key(PV_VOCAB_DATA_CATEGORY, "genetic");
	rc = pv_notice_build(&bad, &reg, cat, "nl");
	CHECK(rc == PRIVICON_EINVAL && !bad, "an icon the catalogue lacks: EINVAL (rc %d)", rc);

out:
	pv_notice_free(nl);
	pv_notice_free(en);
	pv_catalogue_free(cat);
}


/* ---- part 2: the example registers, the built-in catalogue ------------------------- */

static privicon_register *load(const char *path)
{
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	if (privicon_diagnostics_new(&diags) != 0)
		return NULL;
	int rc = privicon_load_file(&reg, diags, path, NULL);
	CHECK(rc == 0 && reg, "%s loads (rc %d)", path + strlen(SOURCE_DIR) + 1, rc);
	for (size_t i = 0; rc != 0 && i < privicon_diagnostics_count(diags); i++)
		printf("# %d: %s\n", privicon_diagnostic_line(diags, i),
		       privicon_diagnostic_message(diags, i, "en"));
	privicon_diagnostics_free(diags);
	return reg;
}

static int has_basis(const pv_activity *a, const char *basis)
{
	for (size_t i = 0; i < a->n_purposes; i++)
		if (a->purposes[i].basis == key(PV_VOCAB_LEGAL_BASIS, basis))
			return 1;
	return 0;
}

static int is_one_of(const char *id, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(id, *list) == 0)
			return 1;
	return 0;
}

/* What every notice of a real register must bear out, checked against the
 * facts of the model: the reassuring icons exactly where the register
 * states the fact, attention where the GDPR asks for it. Returns the number
 * of problems, each printed as a comment. */
static int stated_facts(const pv_notice *n, const pv_catalogue *cat)
{
	static const char *const reassuring[] = {
		"recipient-nobody-else", "recipient-never-sold", "recipient-stays-in-eu",
		"decision-person-decides", "decision-no-automated", "decision-no-profiling", NULL};
	static const char *const attention[] = {"recipient-leaves-eu", "decision-automated",
	                                        "decision-profiling", NULL};
	const char *sensitive = strcmp(n->lang, "en") == 0 ? "sensitive" : "gevoelig";
	int problems = 0;
#define EXPECT(cond, ...)                                                                   \
	do {                                                                               \
		if (!(cond)) {                                                             \
			printf("# %s: ", a->id);                                           \
			printf(__VA_ARGS__);                                               \
			printf("\n");                                                      \
			problems++;                                                        \
		}                                                                          \
	} while (0)
	for (size_t i = 0; i < n->n_activities; i++) {
		const pv_notice_activity *act = &n->activities[i];
		const pv_activity *a = act->activity;
		const pv_notice_row *rec = &act->rows[PV_Q_RECIPIENTS];
		EXPECT(!!item(rec, "recipient-nobody-else") == (a->recipients_outside == PV_NO),
		       "nobody-else iff outside-controller=\"no\"");
		EXPECT(!!item(rec, "recipient-never-sold") == !!a->never_sold,
		       "never-sold iff sold=\"no\"");
		EXPECT(!!item(rec, "recipient-stays-in-eu") == (a->transfers_outside_eea == PV_NO),
		       "stays-in-eu iff outside-eea=\"no\"");
		EXPECT(!!item(rec, "recipient-leaves-eu") == (a->transfers_outside_eea == PV_YES),
		       "leaves-eu iff outside-eea=\"yes\"");
		const pv_notice_row *dec = &act->rows[PV_Q_DECISION];
		EXPECT(dec->n_items == 2, "two decision items");
		EXPECT(!!item(dec, "decision-automated") == (a->automated.present == PV_YES),
		       "automated iff present=\"yes\"");
		EXPECT(!!item(dec, "decision-profiling") == (a->profiling.present == PV_YES),
		       "profiling iff present=\"yes\"");
		const pv_notice_row *ret = &act->rows[PV_Q_RETENTION];
		EXPECT(ret->n_items == (a->n_retentions ? a->n_retentions : 1), "an item per period");
		for (size_t k = 0; k < ret->n_items && k < 1; k++)
			EXPECT(strcmp(ret->items[k].icon_id,
			              a->n_retentions == 0 ? "retention-not-stated"
			              : a->retentions[0].duration.permanent ? "retention-permanent"
			                                                    : "retention-period") == 0 ||
			           a->n_retentions > 1,
			       "retention icon");
		size_t bases = 0;
		for (size_t p = 0; p < a->n_purposes; p++) {
			int seen = 0;
			for (size_t q = 0; q < p; q++)
				seen |= a->purposes[q].basis == a->purposes[p].basis;
			bases += !seen;
		}
		EXPECT(act->rows[PV_Q_WHY].n_items == bases, "one why item per basis");
		const pv_notice_row *rights = &act->rows[PV_Q_RIGHTS];
		EXPECT(!!item(rights, "right-withdraw-consent") == has_basis(a, "consent"),
		       "withdraw consent iff consent");
		EXPECT(item(rights, "right-complaint") && item(rights, "right-access"),
		       "access and complaint");
		EXPECT(!item(rights, "right-information"), "information rights are not listed");
		if (a->automated.present != PV_YES)
			EXPECT(!item(rights, "right-human-review"), "no human review without automation");

		/* Sensitive data: every Art. 9/10 category sits in an attention
		 * item whose caption says so; no other data item is attention. */
		const pv_notice_row *data = &act->rows[PV_Q_DATA];
		const char *marker = strcmp(n->lang, "en") == 0 ? "Sensitive" : "Gevoelig";
		for (size_t k = 0; k < data->n_items; k++) {
			const pv_notice_item *it = &data->items[k];
			if (it->tone == PV_TONE_ATTENTION)
				EXPECT(strstr(it->caption, sensitive) || strstr(it->caption, marker),
				       "%s: attention caption marks sensitivity: %s", it->icon_id,
				       it->caption);
		}
		for (size_t k = 0; k < data->n_items; k++) {
			/* Attention exactly when the item's icon stands for an Art.
			 * 9/10 category the activity uses. */
			int special = 0;
			for (size_t d = 0; d < a->n_data; d++) {
				pv_data_class cls = pv_data_class_of(a->data[d].kind);
				const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, a->data[d].kind);
				const pv_icon *icon = pv_catalogue_icon_for(cat, "data", t->key);
				if ((cls == PV_DATA_SPECIAL || cls == PV_DATA_CRIMINAL) && icon &&
				    strcmp(icon->id, data->items[k].icon_id) == 0)
					special = 1;
			}
			EXPECT((data->items[k].tone == PV_TONE_ATTENTION) == special,
			       "%s: attention iff Art. 9/10 data", data->items[k].icon_id);
		}

		for (int q = 0; q < PV_Q_COUNT; q++)
			for (size_t k = 0; k < act->rows[q].n_items; k++) {
				const pv_notice_item *it = &act->rows[q].items[k];
				if (it->tone == PV_TONE_REASSURING)
					EXPECT(is_one_of(it->icon_id, reassuring), "%s reassures",
					       it->icon_id);
				if (it->tone == PV_TONE_ATTENTION)
					EXPECT(q == PV_Q_DATA || is_one_of(it->icon_id, attention),
					       "%s is attention", it->icon_id);
				if (is_one_of(it->icon_id, reassuring))
					EXPECT(it->tone == PV_TONE_REASSURING, "%s must reassure",
					       it->icon_id);
				if (is_one_of(it->icon_id, attention))
					EXPECT(it->tone == PV_TONE_ATTENTION, "%s must be attention",
					       it->icon_id);
			}
	}
#undef EXPECT
	return problems;
}


static const pv_notice_row *row_of(const pv_notice *n, const char *activity_id, pv_question q)
{
	const pv_notice_activity *act = activity(n, activity_id);
	static const pv_notice_row empty;
	if (!act)
		printf("# no activity %s\n", activity_id);
	return act ? &act->rows[q] : &empty;
}

static int has(const pv_notice *n, const char *activity_id, pv_question q, const char *icon_id)
{
	return item(row_of(n, activity_id, q), icon_id) != NULL;
}

static pv_tone tone(const pv_notice *n, const char *activity_id, pv_question q,
                    const char *icon_id)
{
	const pv_notice_item *it = item(row_of(n, activity_id, q), icon_id);
	return it ? it->tone : (pv_tone)-1;
}

/* The text of an item: caption and description, for "does it say X". */
static int says(const pv_notice *n, const char *activity_id, pv_question q, const char *icon_id,
                const char *text)
{
	const pv_notice_item *it = item(row_of(n, activity_id, q), icon_id);
	return it && (strstr(it->caption, text) || strstr(it->description, text));
}

static void test_examples(void)
{
	pv_catalogue *cat = NULL;
	char err[512];
	if (pv_catalogue_load(&cat, NULL, err, sizeof(err)) != 0) {
		CHECK(0, "built-in catalogue loads: %s", err);
		return;
	}
	privicon_register *reg = load(SOURCE_DIR "/examples/register.xml");
	privicon_register *min = load(SOURCE_DIR "/examples/minimal.xml");
	if (!reg || !min)
		goto out;
	static const char *const langs[] = {"nl", "en"};
	for (int l = 0; l < 2; l++) {
		const char *lang = langs[l];
		int en = l == 1;
		pv_notice *n = NULL, *m = NULL;
		int rc = pv_notice_build(&n, reg, cat, lang);
		CHECK(rc == 0 && n, "[%s] notice of examples/register.xml builds (rc %d)", lang, rc);
		rc = pv_notice_build(&m, min, cat, lang);
		CHECK(rc == 0 && m, "[%s] notice of examples/minimal.xml builds (rc %d)", lang, rc);
		if (!n || !m) {
			pv_notice_free(n);
			pv_notice_free(m);
			continue;
		}
		const pv_notice_row *r;
		CHECK(n->n_activities == privicon_register_activity_count(reg) &&
		          n->n_activities >= 14,
		      "[%s] one notice per activity (%zu)", lang, n->n_activities);
		int p = invariants(n, cat) + invariants(m, cat);
		CHECK(p == 0, "[%s] every activity: 8 questions in order, no empty row, every "
		              "caption filled in (%d problems)", lang, p);
		p = stated_facts(n, cat) + stated_facts(m, cat);
		CHECK(p == 0, "[%s] every activity: reassuring icons exactly where the register "
		              "states the fact, attention where due (%d problems)", lang, p);

		CHECK(has(n, "cameratoezicht", PV_Q_RECIPIENTS, "recipient-police-justice") &&
		          says(n, "cameratoezicht", PV_Q_RECIPIENTS, "recipient-police-justice",
		               strcmp(lang, "en") == 0 ? "Public Prosecution Service"
		                                       : "Openbaar Ministerie"),
		      "[%s] cameratoezicht: police and justice, named in the sheet's language", lang);
		CHECK(says(n, "participatieplatform", PV_Q_RECIPIENTS, "recipient-stays-in-eu",
		           strcmp(lang, "en") == 0 ? "except what is public"
		                                   : "behalve wat openbaar is") &&
		          !says(n, "wmo-ondersteuning", PV_Q_RECIPIENTS, "recipient-stays-in-eu",
		                strcmp(lang, "en") == 0 ? "except" : "behalve"),
		      "[%s] published data: 'stays in Europe' says it does not hold for what is "
		      "public, and only there", lang);
		CHECK(tone(n, "cameratoezicht", PV_Q_DATA, "data-criminal") == PV_TONE_ATTENTION,
		      "[%s] cameratoezicht: criminal data is attention", lang);
		CHECK(has(n, "cameratoezicht", PV_Q_SOURCE, "source-sensor"),
		      "[%s] cameratoezicht: from cameras", lang);
		CHECK(says(n, "cameratoezicht", PV_Q_RETENTION, "retention-period",
		           en ? "28 days" : "28 dagen"),
		      "[%s] cameratoezicht: 28 days", lang);

		CHECK(has(n, "verhuizing", PV_Q_SOURCE, "source-base-registry") &&
		          says(n, "verhuizing", PV_Q_SOURCE, "source-base-registry",
		               en ? "the Personal Records Database (BRP)"
		                  : "de Basisregistratie Personen (BRP)"),
		      "[%s] verhuizing: from the base registry, the BRP named", lang);
		CHECK(!has(n, "verhuizing", PV_Q_RECIPIENTS, "recipient-never-sold") &&
		          !has(n, "verhuizing", PV_Q_RECIPIENTS, "recipient-nobody-else"),
		      "[%s] verhuizing: no sold attribute, outside-controller=yes: neither "
		      "never-sold nor nobody-else", lang);
		CHECK(!has(n, "verhuizing", PV_Q_RIGHTS, "right-objection") &&
		          !has(n, "verhuizing", PV_Q_RIGHTS, "right-erasure"),
		      "[%s] verhuizing: a legal obligation gives no objection, no erasure", lang);

		CHECK(tone(n, "wmo-ondersteuning", PV_Q_DATA, "data-health") == PV_TONE_ATTENTION &&
		          says(n, "wmo-ondersteuning", PV_Q_DATA, "data-health",
		               en ? "sensitive" : "gevoelig"),
		      "[%s] wmo-ondersteuning: health is attention and marked", lang);
		CHECK(says(n, "wmo-ondersteuning", PV_Q_WHY, "why-public-task",
		           "Wet maatschappelijke ondersteuning 2015, "),
		      "[%s] wmo-ondersteuning: the law is named", lang);
		r = row_of(n, "wmo-ondersteuning", PV_Q_DATA);
		CHECK(strcmp(caption(r, "data-family"), en ? "Your household and family"
		                                            : "Uw huishouden, gezin en familie") == 0,
		      "[%s] wmo-ondersteuning: categories sharing an icon, one caption (%s)", lang,
		      caption(r, "data-family"));
		CHECK(has(n, "wmo-ondersteuning", PV_Q_WHY, "why-vital-interest"),
		      "[%s] wmo-ondersteuning: vital interest", lang);

		CHECK(has(n, "nieuwsbrief", PV_Q_WHY, "why-consent") &&
		          has(n, "nieuwsbrief", PV_Q_RIGHTS, "right-withdraw-consent"),
		      "[%s] nieuwsbrief: consent, and it can be withdrawn", lang);
		CHECK(says(n, "nieuwsbrief", PV_Q_RETENTION, "retention-period",
		           en ? "2 weeks" : "2 weken"),
		      "[%s] nieuwsbrief: 2 weeks", lang);

		CHECK(tone(n, "gemeentelijke-belastingen", PV_Q_DECISION, "decision-automated") ==
		              PV_TONE_ATTENTION &&
		          says(n, "gemeentelijke-belastingen", PV_Q_DECISION, "decision-automated",
		               en ? "WOZ value times" : "WOZ-waarde keer"),
		      "[%s] gemeentelijke-belastingen: automated, with its logic", lang);
		CHECK(has(n, "gemeentelijke-belastingen", PV_Q_RIGHTS, "right-human-review"),
		      "[%s] gemeentelijke-belastingen: human review (public task gives A22)", lang);
		r = row_of(n, "gemeentelijke-belastingen", PV_Q_RETENTION);
		CHECK(r->n_items == 1 &&
		          strcmp(r->items[0].caption,
		                 en ? "We keep your data for 7 years after the decision"
		                    : "Wij bewaren uw gegevens 7 jaar na het besluit") == 0,
		      "[%s] gemeentelijke-belastingen: P7Y in words (%s)", lang,
		      r->n_items ? r->items[0].caption : "");

		CHECK(tone(n, "personeelsadministratie", PV_Q_RECIPIENTS, "recipient-leaves-eu") ==
		              PV_TONE_ATTENTION &&
		          says(n, "personeelsadministratie", PV_Q_RECIPIENTS, "recipient-leaves-eu",
		               en ? "the United States" : "de Verenigde Staten") &&
		          says(n, "personeelsadministratie", PV_Q_RECIPIENTS, "recipient-leaves-eu",
		               en ? "standard contractual clauses"
		                  : "modelcontract van de Europese Commissie"),
		      "[%s] personeelsadministratie: leaves the EEA for the United States, with "
		      "the mechanism", lang);
		CHECK(has(n, "personeelsadministratie", PV_Q_WHY, "why-contract"),
		      "[%s] personeelsadministratie: contract", lang);

		CHECK(has(n, "huwelijk", PV_Q_RECIPIENTS, "recipient-nobody-else") &&
		          has(n, "huwelijk", PV_Q_RECIPIENTS, "recipient-never-sold"),
		      "[%s] huwelijk: nobody else, never sold", lang);
		CHECK(says(n, "huwelijk", PV_Q_RETENTION, "retention-period",
		           en ? "1 year and 6 months" : "1 jaar en 6 maanden"),
		      "[%s] huwelijk: 1 year and 6 months", lang);
		CHECK(has(n, "participatieplatform", PV_Q_RETENTION, "retention-permanent") &&
		          has(n, "participatieplatform", PV_Q_RECIPIENTS, "recipient-public"),
		      "[%s] participatieplatform: published, kept permanently", lang);
		CHECK(tone(n, "werkmatching", PV_Q_DECISION, "decision-profiling") ==
		              PV_TONE_ATTENTION &&
		          has(n, "werkmatching", PV_Q_DECISION, "decision-no-automated"),
		      "[%s] werkmatching: profiling, but a person decides", lang);

		const pv_notice_row *mr = row_of(m, "bibliotheekpas", PV_Q_RIGHTS);
		CHECK(strcmp(ids(mr), "right-access,right-rectification,right-erasure,"
		                      "right-restriction,right-portability,right-complaint") == 0,
		      "[%s] bibliotheekpas: the rights a contract gives, in order (%s)", lang,
		      ids(mr));
		CHECK(has(m, "bibliotheekpas", PV_Q_RECIPIENTS, "recipient-nobody-else") &&
		          has(m, "bibliotheekpas", PV_Q_WHY, "why-contract"),
		      "[%s] bibliotheekpas: contract, nobody else", lang);
		CHECK(strcmp(activity(m, "bibliotheekpas")->name, en ? "Library card" : "Bibliotheekpas") == 0,
		      "[%s] bibliotheekpas: name in the notice language", lang);

		pv_notice *again = NULL;
		CHECK(pv_notice_build(&again, reg, cat, lang) == 0 && same(n, again),
		      "[%s] the register's notice is the same when built again", lang);
		pv_notice_free(again);
		pv_notice_free(n);
		pv_notice_free(m);
	}
out:
	privicon_register_free(reg);
	privicon_register_free(min);
	pv_catalogue_free(cat);
}

/* The reassuring-icon principle on a register loaded from text: the
 * minimal register with recipients outside the controller and no sold
 * attribute says neither "nobody else" nor "never sold". */
static void test_stated_facts_only(void)
{
	FILE *f = fopen(SOURCE_DIR "/examples/minimal.xml", "rb");
	static char xml[65536], changed[70000];
	size_t len = f ? fread(xml, 1, sizeof(xml) - 1, f) : 0;
	if (f)
		fclose(f);
	xml[len] = '\0';
	const char *from = "<recipients outside-controller=\"no\" sold=\"no\"/>";
	const char *to = "<recipients outside-controller=\"yes\"><recipient kind=\"processor\" "
	                 "name=\"Bibliotheeksysteem BV\" agreement=\"VWO-1\"/></recipients>";
	char *at = strstr(xml, from);
	CHECK(at != NULL, "examples/minimal.xml states outside-controller=\"no\" sold=\"no\"");
	if (!at)
		return;
	snprintf(changed, sizeof(changed), "%.*s%s%s", (int)(at - xml), xml, to, at + strlen(from));

	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	pv_catalogue *cat = NULL;
	pv_notice *n = NULL;
	char err[512];
	privicon_diagnostics_new(&diags);
	int rc = privicon_load_memory(&reg, diags, "changed.xml", changed, strlen(changed), NULL);
	CHECK(rc == 0 && reg, "the changed register loads (rc %d)", rc);
	if (reg && pv_catalogue_load(&cat, NULL, err, sizeof(err)) == 0 &&
	    pv_notice_build(&n, reg, cat, "nl") == 0) {
		const pv_notice_row *r = &n->activities[0].rows[PV_Q_RECIPIENTS];
		CHECK(strcmp(ids(r), "recipient-processor,recipient-stays-in-eu") == 0,
		      "outside-controller=\"yes\", no sold: no nobody-else, no never-sold (%s)",
		      ids(r));
		CHECK(strstr(caption(r, "recipient-processor"), "Bibliotheeksysteem BV") != NULL,
		      "the processor is named (%s)", caption(r, "recipient-processor"));
		CHECK(stated_facts(n, cat) == 0, "the changed register keeps the principle");
	} else {
		CHECK(0, "the changed register's notice builds");
	}
	pv_notice_free(n);
	pv_catalogue_free(cat);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
}

/* A source the register marks not-stated: the sheet says so, neutral,
 * names the data it holds for, and claims no source; the rights of a
 * basis marked not-stated are only those every basis gives. */
static void test_source_not_stated(void)
{
	FILE *f = fopen(SOURCE_DIR "/examples/minimal.xml", "rb");
	static char xml[65536], changed[70000];
	size_t len = f ? fread(xml, 1, sizeof(xml) - 1, f) : 0;
	if (f)
		fclose(f);
	xml[len] = '\0';
	const char *from = "<category kind=\"contact\" source=\"data-subject\"/>";
	const char *to = "<category kind=\"contact\" source=\"not-stated\"/>";
	char *at = strstr(xml, from);
	CHECK(at != NULL, "examples/minimal.xml has a contact category from the data subject");
	if (!at)
		return;
	snprintf(changed, sizeof(changed), "%.*s%s%s", (int)(at - xml), xml, to, at + strlen(from));

	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	pv_catalogue *cat = NULL;
	char err[512];
	privicon_diagnostics_new(&diags);
	int rc = privicon_load_memory(&reg, diags, "source.xml", changed, strlen(changed), NULL);
	CHECK(rc == 0 && reg, "a register with source=\"not-stated\" loads (rc %d)", rc);
	if (!reg || pv_catalogue_load(&cat, NULL, err, sizeof(err)) != 0) {
		CHECK(0, "catalogue loads");
		privicon_diagnostics_free(diags);
		return;
	}
	for (int en = 0; en < 2; en++) {
		pv_notice *n = NULL;
		if (pv_notice_build(&n, reg, cat, en ? "en" : "nl") != 0) {
			CHECK(0, "the notice builds (%s)", en ? "en" : "nl");
			continue;
		}
		const pv_notice_row *r = &n->activities[0].rows[PV_Q_SOURCE];
		const pv_notice_item *it = item(r, "source-not-stated");
		CHECK(strcmp(ids(r), "source-data-subject,source-not-stated") == 0,
		      "source: the stated source and the not-stated one, nothing else (%s)", ids(r));
		CHECK(it && it->tone == PV_TONE_NEUTRAL &&
		          strstr(it->caption, en ? "not stated in the register"
		                                 : "niet vermeld in het register"),
		      "source not stated: said so, neutral (%s)", it ? it->caption : "");
		CHECK(it && strstr(it->description, en ? "This covers: contact details."
		                                       : "Het gaat om: contactgegevens."),
		      "source not stated: the description names the data (%s)",
		      it ? it->description : "");
		CHECK(stated_facts(n, cat) == 0, "source not stated keeps the principle");
		pv_notice_free(n);
	}
	pv_catalogue_free(cat);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
}

/* The first layer says only what the rows say: its attention items are
 * row items (same icon), every attention row item is represented, the
 * quiet line holds exactly the reassuring items, and every activity has
 * its retention and what the resident can do. */
static void test_glance(void)
{
	pv_catalogue *cat = NULL;
	char err[512];
	privicon_register *reg = load(SOURCE_DIR "/examples/register.xml");
	if (!reg || pv_catalogue_load(&cat, NULL, err, sizeof(err)) != 0) {
		CHECK(0, "glance: example and catalogue load");
		privicon_register_free(reg);
		return;
	}
	for (int l = 0; l < 2; l++) {
		const char *lang = l ? "en" : "nl";
		pv_notice *n = NULL;
		size_t bad = 0, with_attention = 0;
		if (pv_notice_build(&n, reg, cat, lang) != 0) {
			CHECK(0, "[%s] glance: notice builds", lang);
			continue;
		}
		for (size_t i = 0; i < n->n_activities; i++) {
			const pv_notice_activity *na = &n->activities[i];
			const pv_notice_glance *g = &na->glance;
			size_t attention_rows = 0, reassuring = 0, parts = 0;
			for (int q = 0; q < PV_Q_COUNT; q++)
				for (size_t k = 0; k < na->rows[q].n_items; k++) {
					attention_rows += na->rows[q].items[k].tone == PV_TONE_ATTENTION;
					reassuring += na->rows[q].items[k].tone == PV_TONE_REASSURING;
				}
			for (size_t a = 0; a < g->n_attention; a++) {
				int found = 0;
				for (int q = 0; q < PV_Q_COUNT; q++)
					for (size_t k = 0; k < na->rows[q].n_items; k++)
						found |= strcmp(na->rows[q].items[k].icon_id,
						                g->attention[a].icon_id) == 0;
				bad += !found;
			}
			if (g->reassuring) {
				parts = 1;
				for (const char *p = g->reassuring; (p = strstr(p, "; ")); p++)
					parts++;
			}
			bad += parts != reassuring;
			bad += attention_rows > 0 && g->n_attention == 0;
			bad += attention_rows == 0 && g->n_attention > 0 &&
			       strcmp(g->attention[0].icon_id, "recipient-public") != 0;
			bad += !g->retention || !*g->retention || !g->actions ||
			       !strstr(g->actions, l ? "What you can do: " : "Wat u kunt doen: ");
			with_attention += g->n_attention > 0;
		}
		CHECK(bad == 0 && with_attention > 0,
		      "[%s] every first layer says only what its rows say (%zu problems; %zu of %zu "
		      "activities with attention items)",
		      lang, bad, with_attention, n->n_activities);
		pv_notice_free(n);
	}
	pv_catalogue_free(cat);
	privicon_register_free(reg);
}

/* ---- durations and rights ------------------------------------------------------- */

static void test_durations(void)
{
	static const struct {
		int present, permanent, y, m, w, d;
		const char *nl, *en;
	} cases[] = {
		{1, 0, 7, 0, 0, 0, "7 jaar", "7 years"},
		{1, 0, 1, 0, 0, 0, "1 jaar", "1 year"},
		{1, 0, 0, 6, 0, 0, "6 maanden", "6 months"},
		{1, 0, 0, 1, 0, 0, "1 maand", "1 month"},
		{1, 0, 0, 0, 2, 0, "2 weken", "2 weeks"},
		{1, 0, 0, 0, 1, 0, "1 week", "1 week"},
		{1, 0, 0, 0, 0, 30, "30 dagen", "30 days"},
		{1, 0, 0, 0, 0, 1, "1 dag", "1 day"},
		{1, 0, 1, 6, 0, 0, "1 jaar en 6 maanden", "1 year and 6 months"},
		{1, 0, 2, 3, 0, 4, "2 jaar, 3 maanden en 4 dagen", "2 years, 3 months and 4 days"},
		{1, 1, 0, 0, 0, 0, "permanent", "permanently"},
		{1, 0, 0, 0, 0, 0, "0 dagen", "0 days"},
		{0, 0, 0, 0, 0, 0, "", ""},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		pv_retention r = {.present = cases[i].present,
		                  .duration = {.permanent = cases[i].permanent, .years = cases[i].y,
		                               .months = cases[i].m, .weeks = cases[i].w,
		                               .days = cases[i].d}};
		char *nl = pv_duration_words(&r, "nl"), *en = pv_duration_words(&r, "en");
		CHECK(nl && en && strcmp(nl, cases[i].nl) == 0 && strcmp(en, cases[i].en) == 0,
		      "duration \"%s\" / \"%s\" (got \"%s\" / \"%s\")", cases[i].nl, cases[i].en,
		      nl ? nl : "(null)", en ? en : "(null)");
		free(nl);
		free(en);
	}
}

/* The rights each basis gives, read straight from the DPV CSV, must equal
 * what rights.c answers from the derived table: data/rights.tsv is up to
 * date and faithful. */
static void test_rights_against_csv(void)
{
	FILE *f = fopen(SOURCE_DIR "/data/dpv-2.3/gdpr-legal_basis_rights_mapping.csv", "r");
	if (!f) {
		CHECK(0, "the DPV mapping CSV is readable");
		return;
	}
	const pv_vocab *bases = pv_vocab_get(PV_VOCAB_LEGAL_BASIS);
	pv_rights expected[16] = {0};
	char line[512];
	while (fgets(line, sizeof(line), f)) {
		char basis[128], right[128];
		if (sscanf(line, "\"https://w3id.org/dpv/legal/eu/gdpr#%127[^\"]\","
		                 "\"https://w3id.org/dpv/legal/eu/gdpr#%127[^\"]\"",
		           basis, right) != 2)
			continue;
		for (size_t b = 0; b < bases->count && b < 16; b++) {
			const char *iri = bases->terms[b].iri;
			if (iri && strcmp(strrchr(iri, '#') + 1, basis) == 0) {
				pv_right r = pv_right_from_term(right);
				if (r != PV_RIGHT_COUNT)
					expected[b] |= 1u << r;
			}
		}
	}
	fclose(f);
	/* not-stated: only what every basis gives (access, rectification,
	 * a complaint), never a right one basis lacks. */
	pv_rights common = ~(pv_rights)0;
	for (size_t b = 0; b < bases->count && b < 16; b++)
		if (bases->terms[b].iri)
			common &= expected[b];
	for (size_t b = 0; b < bases->count && b < 16; b++)
		if (!bases->terms[b].iri)
			expected[b] = common;
	CHECK(common & (1u << pv_right_from_term("A15")),
	      "not-stated basis: the right of access holds for every basis");
	CHECK(!(common & (1u << pv_right_from_term("A7-3"))),
	      "not-stated basis: withdrawing consent is not a right every basis gives");
	for (size_t b = 0; b < bases->count && b < 16; b++) {
		pv_rights got = 0;
		int rc = pv_rights_for_basis(&got, (pv_vocab_key)b);
		CHECK(rc == 0 && got == expected[b] && got != 0,
		      "rights of %s match the DPV mapping (0x%x, expected 0x%x)", bases->terms[b].key,
		      got, expected[b]);
	}
	pv_rights got;
	CHECK(pv_rights_for_basis(&got, 99) == PRIVICON_EINVAL, "unknown basis: EINVAL");

	/* Legal facts the mapping must bear out (GDPR Art. 7(3), 17(3)(b), 21(1)). */
	pv_rights consent, obligation, task;
	pv_rights_for_basis(&consent, key(PV_VOCAB_LEGAL_BASIS, "consent"));
	pv_rights_for_basis(&obligation, key(PV_VOCAB_LEGAL_BASIS, "legal-obligation"));
	pv_rights_for_basis(&task, key(PV_VOCAB_LEGAL_BASIS, "public-task"));
	CHECK((consent >> PV_RIGHT_WITHDRAW_CONSENT) & 1, "consent can be withdrawn");
	CHECK(!((task >> PV_RIGHT_WITHDRAW_CONSENT) & 1), "public task: nothing to withdraw");
	CHECK(!((obligation >> PV_RIGHT_OBJECTION) & 1) && ((task >> PV_RIGHT_OBJECTION) & 1),
	      "objection for public task, not for a legal obligation");
	CHECK(!((obligation >> PV_RIGHT_ERASURE) & 1), "no erasure under a legal obligation");
	int all_complaint = 1;
	for (size_t b = 0; b < bases->count; b++) {
		pv_rights_for_basis(&got, (pv_vocab_key)b);
		all_complaint &= (got >> PV_RIGHT_COMPLAINT) & 1;
	}
	CHECK(all_complaint, "every basis gives the complaint to the Autoriteit Persoonsgegevens");
	CHECK(pv_right_from_term("A13") == PV_RIGHT_COUNT && pv_right_from_term("A7-3") ==
	                                                         PV_RIGHT_WITHDRAW_CONSENT,
	      "information rights (A13) are not shown; A7-3 is withdraw consent");
}

int main(void)
{
	test_durations();
	test_rights_against_csv();
	test_in_memory();
	test_examples();
	test_stated_facts_only();
	test_source_not_stated();
	test_glance();
	return check_exit_status();
}
