/*
 * rules_register.c - rules about the register's own shape: the controller's
 * contact details and DPO, unique ids and references that resolve, every
 * resident-facing text in Dutch and English, the Art. 30(1) facts, and the
 * explicit yes/no statements agreeing with what is listed under them.
 *
 * A text with no language at all is a missing fact (art30-incomplete, or
 * automated-decision-logic / profiling-description for those texts); a text
 * in one language only is caption-missing-language. So one gap gives one
 * finding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/rules.h"
#include "util/lang.h"

/* ---- the controller ---------------------------------------------------- */

int pv_rules_check_controller(pv_rules *r)
{
	const pv_controller *c = &r->reg->controller;
	const char *name = c->name ? c->name : "";
	int rc = PRIVICON_OK;

	if (!c->email && !c->phone && !c->web)
		rc = pv_rules_report(
			r, "controller-contact", NULL, c->line,
			pv_strdup_printf("%s heeft geen e-mailadres, telefoonnummer of website in het "
			             "register. Inwoners moeten weten waar ze met vragen terechtkunnen. "
			             "Voeg email=\"...\", phone=\"...\" of web=\"...\" toe aan <contact>.",
			             name),
			pv_strdup_printf("%s has no e-mail address, phone number or web page in the "
			             "register. Residents must know where to turn with questions. Add "
			             "email=\"...\", phone=\"...\" or web=\"...\" to <contact>.",
			             name));
	if (rc == PRIVICON_OK && c->public_authority == PV_YES && !c->dpo_name)
		rc = pv_rules_report(
			r, "dpo-missing", NULL, c->line,
			pv_strdup_printf("%s is een overheidsorgaan en moet een functionaris "
			             "gegevensbescherming (FG) hebben, maar het register noemt er geen. "
			             "Voeg <dpo name=\"...\" email=\"...\"/> toe aan <controller>.",
			             name),
			pv_strdup_printf("%s is a public authority and must have a data protection officer "
			             "(DPO), but the register names none. Add <dpo name=\"...\" "
			             "email=\"...\"/> to <controller>.",
			             name));
	if (rc == PRIVICON_OK && c->dpo_name && !c->dpo_email && !c->dpo_phone)
		rc = pv_rules_report(
			r, "art30-incomplete", NULL, pv_line_or(c->dpo_line, c->line),
			pv_strdup_printf("De functionaris gegevensbescherming '%s' heeft geen e-mailadres of "
			             "telefoonnummer. Inwoners moeten de FG kunnen bereiken. Voeg "
			             "email=\"...\" of phone=\"...\" toe aan <dpo>.",
			             c->dpo_name),
			pv_strdup_printf("The data protection officer '%s' has no e-mail address or phone "
			             "number. Residents must be able to reach the DPO. Add email=\"...\" "
			             "or phone=\"...\" to <dpo>.",
			             c->dpo_name));
	return rc;
}

/* ---- ids and references ------------------------------------------------ */

typedef struct {
	const char *id;
	size_t index;
} id_entry;

/* By id, then document order. */
static int id_entry_cmp(const void *pa, const void *pb)
{
	const id_entry *a = pa, *b = pb;
	int c = strcmp(a->id, b->id);
	return c ? c : (a->index < b->index ? -1 : (a->index > b->index));
}

/* Sorting beats comparing every pair once a register has thousands of
 * activities. */
int pv_rules_check_ids(pv_rules *r)
{
	const privicon_register *reg = r->reg;
	size_t n = reg->n_activities;
	int rc = PRIVICON_OK;
	if (n < 2)
		return PRIVICON_OK;
	id_entry *order = malloc(n * sizeof(*order));
	if (!order)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < n; i++)
		order[i] = (id_entry){reg->activities[i].id ? reg->activities[i].id : "", i};
	qsort(order, n, sizeof(*order), id_entry_cmp);
	size_t first = 0; /* the first activity with the current id */
	for (size_t k = 1; k < n && rc == PRIVICON_OK; k++) {
		if (strcmp(order[k].id, order[first].id) != 0) {
			first = k;
			continue;
		}
		const pv_activity *a = &reg->activities[order[k].index];
		const pv_activity *b = &reg->activities[order[first].index];
		rc = pv_rules_report(
			r, "duplicate-id", a, a->line,
			pv_strdup_printf("Activiteit '%s' bestaat al (regel %d). Geef elke activiteit "
			             "een eigen id; de id is ook de bestandsnaam van de kaart.",
			             order[k].id, b->line),
			pv_strdup_printf("Activity '%s' already exists (line %d). Give every activity "
			             "its own id; the id is also the file name of its sheet.",
			             order[k].id, b->line));
	}
	free(order);
	return rc;
}

/* "'p1', 'p2'" for messages: at most the first ten purposes, then how
 * many more ("en nog 5" / "and 5 more"), so a huge activity does not make
 * a huge message. NULL when out of memory. */
static char *purpose_list(const pv_activity *a, const char *lang)
{
	enum { SHOWN = 10 };
	size_t n = a->n_purposes < SHOWN ? a->n_purposes : SHOWN;
	size_t len = 48;
	for (size_t i = 0; i < n; i++)
		len += strlen(a->purposes[i].id ? a->purposes[i].id : "") + 4;
	char *s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(s, ", ");
		strcat(s, "'");
		strcat(s, a->purposes[i].id ? a->purposes[i].id : "");
		strcat(s, "'");
	}
	if (a->n_purposes > n)
		snprintf(s + strlen(s), len - strlen(s),
		         pv_lang_is_en(lang) ? " and %zu more" : " en nog %zu",
		         a->n_purposes - n);
	return s;
}

/* A purpose id used twice in one activity: every later one is reported
 * against the first (r->by_id is sorted by id, then document order). */
static int check_purpose_ids(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	size_t first = 0;
	for (size_t k = 1; k < r->n_by_id && rc == PRIVICON_OK; k++) {
		const pv_purpose *p = r->by_id[k], *q = r->by_id[first];
		if (!p->id || !q->id || strcmp(p->id, q->id) != 0) {
			first = k;
			continue;
		}
		rc = pv_rules_report(
			r, "duplicate-id", a, p->line,
			pv_strdup_printf("Activiteit '%s': doel '%s' bestaat al in deze activiteit "
			             "(regel %d). Geef elk doel een eigen id.",
			             a->id, p->id, q->line),
			pv_strdup_printf("Activity '%s': purpose '%s' already exists in this activity "
			             "(line %d). Give every purpose its own id.",
			             a->id, p->id, q->line));
	}
	return rc;
}

static int check_purpose_refs(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	int any_refs = 0, all_refs = 1;
	/* used[i]: purpose i (the first with its id) serves some category */
	unsigned char *used = calloc(a->n_purposes ? a->n_purposes : 1, 1);
	if (!used)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < a->n_data && rc == PRIVICON_OK; i++) {
		const pv_data_use *d = &a->data[i];
		const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, d->kind);
		const char *kind = t ? t->key : "?";
		any_refs |= d->n_purpose_refs > 0;
		all_refs &= d->n_purpose_refs > 0;
		for (size_t j = 0; j < d->n_purpose_refs && rc == PRIVICON_OK; j++) {
			const pv_purpose *p = pv_rules_purpose(r, d->purpose_refs[j]);
			if (p) {
				used[p - a->purposes] = 1;
				continue;
			}
			char *known_nl = purpose_list(a, "nl");
			char *known_en = purpose_list(a, "en");
			if (!known_nl || !known_en) {
				free(known_nl);
				free(known_en);
				rc = PRIVICON_ENOMEM;
				break;
			}
			rc = pv_rules_report(
				r, "dangling-ref", a, d->line,
				pv_strdup_printf("Activiteit '%s': de categorie '%s' verwijst naar doel '%s', "
				             "maar dat doel bestaat niet in deze activiteit. Kies in "
				             "purposes=\"...\" uit: %s.",
				             a->id, kind, d->purpose_refs[j], known_nl),
				pv_strdup_printf("Activity '%s': category '%s' refers to purpose '%s', but "
				             "this activity has no such purpose. Choose in purposes=\"...\" "
				             "from: %s.",
				             a->id, kind, d->purpose_refs[j], known_en));
			free(known_nl);
			free(known_en);
		}
	}
	/* A purpose no category serves, once the activity links data to
	 * purposes: either the purpose is stale or a link is missing. A
	 * category without purposes="..." serves every purpose, so then none
	 * is without data. A purpose whose id is doubled is duplicate-id's
	 * business. */
	for (size_t p = 0; any_refs && all_refs && p < a->n_purposes && rc == PRIVICON_OK; p++) {
		const pv_purpose *pp = &a->purposes[p];
		if (used[p] || pv_rules_purpose(r, pp->id) != pp)
			continue;
		rc = pv_rules_report(
			r, "purpose-without-data", a, pp->line,
			pv_strdup_printf("Activiteit '%s': geen enkele categorie gegevens verwijst naar "
			             "doel '%s'. Voeg '%s' toe aan purposes=\"...\" van de "
			             "categorieën die voor dit doel nodig zijn, of haal het doel weg.",
			             a->id, pp->id, pp->id),
			pv_strdup_printf("Activity '%s': no data category refers to purpose '%s'. Add "
			             "'%s' to purposes=\"...\" of the categories this purpose needs, "
			             "or remove the purpose.",
			             a->id, pp->id, pp->id));
	}
	free(used);
	return rc;
}

/* ---- texts in Dutch and English ---------------------------------------- */

/* Reports a text that lacks exactly one language. `what_nl`/`what_en`
 * describe the text, e.g. "de naam (<name>)". */
static int check_caption(pv_rules *r, const pv_activity *a, const pv_text *t, int fallback,
                         const char *what_nl, const char *what_en)
{
	if (pv_text_missing(t) != 2)
		return PRIVICON_OK;
	int lacks_en = !(t->en && t->en[0]);
	/* Only the languages the register publishes in (<register
	 * languages>): a register kept in Dutch only needs no English. */
	if (!privicon_register_has_language(r->reg, lacks_en ? "en" : "nl"))
		return PRIVICON_OK;
	return pv_rules_report(
		r, "caption-missing-language", a, pv_line_or(t->line, fallback),
		pv_strdup_printf("Activiteit '%s': %s heeft geen %s tekst. Voeg %s toe, zodat elke "
		             "inwoner het kan lezen.",
		             a->id, what_nl, lacks_en ? "Engelse" : "Nederlandse",
		             lacks_en ? "<en>...</en>" : "<nl>...</nl>"),
		pv_strdup_printf("Activity '%s': %s has no %s text. Add %s, so every resident can "
		             "read it.",
		             a->id, what_en, lacks_en ? "English" : "Dutch",
		             lacks_en ? "<en>...</en>" : "<nl>...</nl>"));
}

/* check_caption() for a text of a named part: `what_nl`/`what_en` are
 * formats with one %s, filled with `name`. */
static int check_caption_of(pv_rules *r, const pv_activity *a, const pv_text *t, int fallback,
                            const char *what_nl, const char *what_en, const char *name)
{
	if (pv_text_missing(t) != 2)
		return PRIVICON_OK;
	char *nl = pv_strdup_printf(what_nl, name), *en = pv_strdup_printf(what_en, name);
	int rc = nl && en ? check_caption(r, a, t, fallback, nl, en) : PRIVICON_ENOMEM;
	free(nl);
	free(en);
	return rc;
}

static int check_texts(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	if (pv_text_missing(&a->name) == 1)
		rc = pv_rules_report(
			r, "art30-incomplete", a, pv_line_or(a->name.line, a->line),
			pv_strdup_printf("Activiteit '%s' heeft geen naam. Voeg in <name> de naam toe in "
			             "<nl> en <en>.",
			             a->id),
			pv_strdup_printf("Activity '%s' has no name. Add the name in <nl> and <en> to "
			             "<name>.",
			             a->id));
	if (rc == PRIVICON_OK && pv_text_missing(&a->summary) == 1)
		rc = pv_rules_report(
			r, "art30-incomplete", a, pv_line_or(a->summary.line, a->line),
			pv_strdup_printf("Activiteit '%s' heeft geen samenvatting. Zet in <summary> in een "
			             "of twee zinnen wat er gebeurt, in <nl> en <en>.",
			             a->id),
			pv_strdup_printf("Activity '%s' has no summary. Say in one or two sentences what "
			             "happens, in <nl> and <en> in <summary>.",
			             a->id));
	if (rc == PRIVICON_OK)
		rc = check_caption(r, a, &a->name, a->line, "de naam (<name>)", "the name (<name>)");
	if (rc == PRIVICON_OK)
		rc = check_caption(r, a, &a->summary, a->line, "de samenvatting (<summary>)",
		                   "the summary (<summary>)");
	for (size_t i = 0; i < a->n_purposes && rc == PRIVICON_OK; i++) {
		const pv_purpose *p = &a->purposes[i];
		if (pv_text_missing(&p->description) == 1) {
			rc = pv_rules_report(
				r, "art30-incomplete", a, pv_line_or(p->description.line, p->line),
				pv_strdup_printf("Activiteit '%s': doel '%s' heeft geen omschrijving. Het "
				             "register moet van elk doel zeggen waarvoor het is. Voeg <nl> "
				             "en <en> toe aan <description>.",
				             a->id, p->id),
				pv_strdup_printf("Activity '%s': purpose '%s' has no description. The register "
				             "must say what each purpose is for. Add <nl> and <en> to "
				             "<description>.",
				             a->id, p->id));
			continue;
		}
		rc = check_caption_of(r, a, &p->description, p->line,
		                      "de omschrijving van doel '%s' (<description>)",
		                      "the description of purpose '%s' (<description>)", p->id);
	}
	const pv_decision *ad = &a->automated, *pf = &a->profiling;
	if (rc == PRIVICON_OK)
		rc = check_caption(r, a, &ad->logic, ad->line,
		                   "de uitleg van het geautomatiseerde besluit (<logic>)",
		                   "the logic of the automated decision (<logic>)");
	if (rc == PRIVICON_OK)
		rc = check_caption(r, a, &ad->consequence, ad->line,
		                   "de gevolgen van het geautomatiseerde besluit (<consequence>)",
		                   "the consequence of the automated decision (<consequence>)");
	if (rc == PRIVICON_OK)
		rc = check_caption(r, a, &pf->logic, pf->line,
		                   "de uitleg over profilering (<description> in <profiling>)",
		                   "the profiling description (<description> in <profiling>)");
	for (size_t i = 0; i < a->n_data && rc == PRIVICON_OK; i++) {
		const pv_data_use *d = &a->data[i];
		const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, d->kind);
		rc = check_caption_of(r, a, &d->label, d->line,
		                      "de eigen naam van gegevens van soort '%s' (<label>)",
		                      "the own name of data of kind '%s' (<label>)", t ? t->key : "?");
	}
	for (size_t i = 0; i < a->n_recipients && rc == PRIVICON_OK; i++) {
		const pv_recipient *rec = &a->recipients[i];
		rc = check_caption_of(r, a, &rec->role, rec->line, "de rol van ontvanger '%s' (<role>)",
		                      "the role of recipient '%s' (<role>)",
		                      rec->name ? rec->name : "");
	}
	for (size_t i = 0; i < a->n_retentions && rc == PRIVICON_OK; i++)
		rc = check_caption(r, a, &a->retentions[i].applies_to, a->retentions[i].line,
		                   "voor wie een bewaartermijn geldt (<applies-to> in <retention>)",
		                   "whom a retention period holds for (<applies-to> in <retention>)");
	return rc;
}

/* ---- Art. 30 facts and yes/no statements --------------------------------- */

static int check_recipients(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	int line = pv_line_or(a->recipients_line, a->line);
	if (a->recipients_outside == PV_YES && a->n_recipients == 0)
		rc = pv_rules_report(
			r, "art30-incomplete", a, line,
			pv_strdup_printf("Activiteit '%s': het register zegt dat anderen de gegevens krijgen "
			             "(outside-controller=\"yes\"), maar noemt geen ontvangers. Voeg voor "
			             "elke ontvanger <recipient kind=\"...\" name=\"...\"/> toe, of zet "
			             "outside-controller=\"no\" als niemand buiten de organisatie ze krijgt.",
			             a->id),
			pv_strdup_printf("Activity '%s': the register says others receive the data "
			             "(outside-controller=\"yes\") but lists no recipients. Add "
			             "<recipient kind=\"...\" name=\"...\"/> for each recipient, or set "
			             "outside-controller=\"no\" if nobody outside the controller gets them.",
			             a->id));
	if (rc == PRIVICON_OK && a->recipients_outside == PV_NO && a->n_recipients > 0) {
		const char *first = a->recipients[0].name ? a->recipients[0].name : "";
		int many = a->n_recipients > 1;
		rc = pv_rules_report(
			r, "recipients-contradiction", a, line,
			pv_strdup_printf("Activiteit '%s': het register zegt dat niemand buiten de "
			             "organisatie de gegevens krijgt (outside-controller=\"no\"), maar "
			             "noemt toch %s'%s'. Zet outside-controller=\"yes\" als %s de "
			             "gegevens krijgt, of haal %s weg.",
			             a->id, many ? "ontvangers, zoals " : "een ontvanger: ", first,
			             many ? "een van hen" : "die", many ? "de ontvangers" : "de ontvanger"),
			pv_strdup_printf("Activity '%s': the register says nobody outside the controller "
			             "receives the data (outside-controller=\"no\"), yet lists %s'%s'. "
			             "Set outside-controller=\"yes\" if %s the data, or remove %s.",
			             a->id, many ? "recipients, such as " : "a recipient: ", first,
			             many ? "any of them receives" : "it receives",
			             many ? "the recipients" : "the recipient"));
	}
	pv_vocab_key processor = pv_vocab_find(PV_VOCAB_RECIPIENT_KIND, "processor");
	for (size_t i = 0; i < a->n_recipients && rc == PRIVICON_OK; i++) {
		const pv_recipient *p = &a->recipients[i];
		if (p->kind != processor || (p->agreement && p->agreement[0]))
			continue;
		rc = pv_rules_report(
			r, "processor-agreement", a, pv_line_or(p->line, line),
			pv_strdup_printf("Activiteit '%s': verwerker '%s' heeft geen verwerkersovereenkomst "
			             "in het register. Voeg agreement=\"...\" toe met het kenmerk van de "
			             "overeenkomst.",
			             a->id, p->name ? p->name : ""),
			pv_strdup_printf("Activity '%s': processor '%s' has no processing agreement in the "
			             "register. Add agreement=\"...\" with the agreement's reference.",
			             a->id, p->name ? p->name : ""));
	}
	pv_vocab_key joint = pv_vocab_find(PV_VOCAB_RECIPIENT_KIND, "joint-controller");
	for (size_t i = 0; i < a->n_recipients && rc == PRIVICON_OK; i++) {
		const pv_recipient *p = &a->recipients[i];
		if (p->kind != joint || (p->agreement && p->agreement[0]))
			continue;
		rc = pv_rules_report(
			r, "art26-joint-arrangement", a, pv_line_or(p->line, line),
			pv_strdup_printf("Activiteit '%s': '%s' is samen met u verantwoordelijk, maar het "
			                 "register noemt geen regeling waarin staat wie wat doet (art. 26 AVG), "
			                 "zoals de gemeenschappelijke regeling of het convenant. Voeg "
			                 "agreement=\"...\" toe met het kenmerk van die regeling.",
			                 a->id, p->name ? p->name : ""),
			pv_strdup_printf("Activity '%s': '%s' is a joint controller, but the register names "
			                 "no arrangement that sets out who does what (GDPR Art. 26), such as the "
			                 "joint arrangement (gemeenschappelijke regeling) or covenant. Add "
			                 "agreement=\"...\" with the arrangement's reference.",
			                 a->id, p->name ? p->name : ""));
	}
	return rc;
}

static int check_transfers(pv_rules *r, const pv_activity *a)
{
	int line = pv_line_or(a->transfers_line, a->line);
	if (a->transfers_outside_eea == PV_NO && a->n_transfers > 0) {
		int many = a->n_transfers > 1;
		return pv_rules_report(
			r, "transfers-contradiction", a, line,
			pv_strdup_printf("Activiteit '%s': het register zegt dat de gegevens de EER niet "
			             "verlaten (outside-eea=\"no\"), maar noemt toch %s naar %s. Zet "
			             "outside-eea=\"yes\" als dat klopt, of haal %s weg.",
			             a->id, many ? "doorgiften, zoals" : "een doorgifte",
			             a->transfers[0].country, many ? "de doorgiften" : "de doorgifte"),
			pv_strdup_printf("Activity '%s': the register says the data stay in the EEA "
			             "(outside-eea=\"no\"), yet lists %s to %s. Set outside-eea=\"yes\" "
			             "if that is right, or remove %s.",
			             a->id, many ? "transfers, such as one" : "a transfer",
			             a->transfers[0].country, many ? "the transfers" : "the transfer"));
	}
	if (a->transfers_outside_eea == PV_YES && a->n_transfers == 0)
		return pv_rules_report(
			r, "transfers-contradiction", a, line,
			pv_strdup_printf("Activiteit '%s': het register zegt dat gegevens buiten de EER gaan "
			             "(outside-eea=\"yes\"), maar noemt geen doorgifte. Voeg <transfer "
			             "country=\"..\" recipient=\"...\" mechanism=\"...\"/> toe, of zet "
			             "outside-eea=\"no\".",
			             a->id),
			pv_strdup_printf("Activity '%s': the register says data leave the EEA "
			             "(outside-eea=\"yes\") but lists no transfer. Add <transfer "
			             "country=\"..\" recipient=\"...\" mechanism=\"...\"/>, or set "
			             "outside-eea=\"no\".",
			             a->id));
	return PRIVICON_OK;
}

static int check_decisions(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	const pv_decision *ad = &a->automated;
	if (ad->present == PV_YES) {
		int no_logic = pv_text_missing(&ad->logic) == 1;
		int no_cons = pv_text_missing(&ad->consequence) == 1;
		if (no_logic || no_cons) {
			const char *nl = no_logic && no_cons
			                         ? "<logic> (hoe de computer beslist) en <consequence> (wat "
			                           "het besluit voor de inwoner betekent)"
			                 : no_logic ? "<logic> (hoe de computer beslist)"
			                            : "<consequence> (wat het besluit voor de inwoner betekent)";
			const char *en = no_logic && no_cons
			                         ? "<logic> (how the computer decides) and <consequence> "
			                           "(what the decision means for the resident)"
			                 : no_logic ? "<logic> (how the computer decides)"
			                            : "<consequence> (what the decision means for the resident)";
			rc = pv_rules_report(
				r, "automated-decision-logic", a, pv_line_or(ad->line, a->line),
				pv_strdup_printf("Activiteit '%s' neemt besluiten zonder tussenkomst van een mens, "
				             "maar legt niet uit hoe. Inwoners hebben recht op die uitleg. "
				             "Voeg aan <automated-decision> toe: %s, in <nl> en <en>.",
				             a->id, nl),
				pv_strdup_printf("Activity '%s' makes decisions without a person involved but does "
				             "not explain them. Residents have a right to that explanation. Add "
				             "to <automated-decision>: %s, in <nl> and <en>.",
				             a->id, en));
		}
	}
	const pv_decision *pf = &a->profiling;
	if (rc == PRIVICON_OK && pf->present == PV_YES && pv_text_missing(&pf->logic) == 1)
		rc = pv_rules_report(
			r, "profiling-description", a, pv_line_or(pf->line, a->line),
			pv_strdup_printf("Activiteit '%s' maakt profielen van mensen (profiling "
			             "present=\"yes\"), maar legt niet uit wat er gebeurt. Voeg "
			             "<description> toe aan <profiling>: welke kenmerken worden "
			             "beoordeeld en waarvoor, in <nl> en <en>.",
			             a->id),
			pv_strdup_printf("Activity '%s' profiles people (profiling present=\"yes\") but "
			             "does not explain it. Add <description> to <profiling>: which "
			             "traits are assessed and what for, in <nl> and <en>.",
			             a->id));
	return rc;
}

static int check_retention_security(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	if (a->n_retentions == 0)
		rc = pv_rules_report(
			r, "art30-retention", a, a->line,
			pv_strdup_printf("Activiteit '%s' zegt niet hoe lang de gegevens worden bewaard. "
			             "Voeg <retention period=\"...\" from=\"...\"/> toe na <transfers>, "
			             "met de bewaartermijn (bijvoorbeeld P7Y voor 7 jaar) en, als dat kan, "
			             "het resultaatnummer uit de Selectielijst.",
			             a->id),
			pv_strdup_printf("Activity '%s' does not say how long the data are kept. Add "
			             "<retention period=\"...\" from=\"...\"/> after <transfers>, with the "
			             "period (for example P7Y for 7 years) and, where possible, the "
			             "Selectielijst result number.",
			             a->id));
	if (rc == PRIVICON_OK && a->n_measures == 0)
		rc = pv_rules_report(
			r, "art30-security", a, a->line,
			pv_strdup_printf("Activiteit '%s' noemt geen beveiligingsmaatregelen. Voeg <security> "
			             "toe na <profiling>, met de maatregelen die gelden, bijvoorbeeld "
			             "<measure kind=\"access-control\"/>.",
			             a->id),
			pv_strdup_printf("Activity '%s' names no security measures. Add <security> after "
			             "<profiling> with the measures that apply, for example <measure "
			             "kind=\"access-control\"/>.",
			             a->id));
	return rc;
}

/* ---- not-stated: honest, but incomplete ---------------------------------- */

/* One warning per yes/no fact the register marks not-stated: an honest
 * answer that renders as such, but an Art. 30 register should know it. */
static int check_not_stated(pv_rules *r, const pv_activity *a)
{
	static const struct {
		const char *attr, *nl, *en;
	} facts[] = {
		{"<recipients outside-controller>", "of anderen buiten de organisatie de gegevens krijgen",
		 "whether others outside the organisation receive the data"},
		{"<recipients sold>", "of de gegevens worden verkocht", "whether the data are sold"},
		{"<transfers outside-eea>", "of de gegevens buiten de EER gaan",
		 "whether the data leave the EEA"},
		{"<automated-decision present>", "of een computer zelf besluiten neemt",
		 "whether a computer takes decisions on its own"},
		{"<profiling present>", "of er geprofileerd wordt", "whether profiling is used"},
		{"<dpia required>", "of een DPIA nodig is", "whether a DPIA is required"},
	};
	const int stated[] = {
		a->recipients_outside == PV_NOT_STATED,
		a->sold_not_stated,
		a->transfers_outside_eea == PV_NOT_STATED,
		a->automated.present == PV_NOT_STATED,
		a->profiling.present == PV_NOT_STATED,
		a->dpia.present && a->dpia.required == PV_NOT_STATED,
	};
	const int lines[] = {a->recipients_line, a->recipients_line, a->transfers_line,
	                     a->automated.line, a->profiling.line, a->dpia.line};
	int rc = PRIVICON_OK;
	for (size_t i = 0; rc == PRIVICON_OK && i < sizeof(facts) / sizeof(facts[0]); i++) {
		if (!stated[i])
			continue;
		rc = pv_rules_report(
			r, "art30-not-stated", a, pv_line_or(lines[i], a->line),
			pv_strdup_printf("Activiteit '%s': het register vermeldt niet %s (%s is "
			                 "not-stated). Inwoners zien 'Niet vermeld in het register'. Vul "
			                 "yes of no in zodra u het weet.",
			                 a->id, facts[i].nl, facts[i].attr),
			pv_strdup_printf("Activity '%s': the register does not state %s (%s is "
			                 "not-stated). Residents see 'Not stated in the register'. State yes "
			                 "or no once you know.",
			                 a->id, facts[i].en, facts[i].attr));
	}
	return rc;
}

/*
 * The four required facts a register may mark not-stated while the officer
 * finds out (what an import writes for an empty cell): an honest answer,
 * never a guess. Without a legal basis, the data subjects or the data a
 * notice cannot be given (Art. 13(1)(c), 30(1)(c)): an error, so render
 * leaves the activity out. Without the source the sheet says "not stated"
 * (Art. 14(2)(f)): a warning, once per activity.
 */
static int check_required_not_stated(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	for (size_t i = 0; rc == PRIVICON_OK && i < a->n_purposes; i++) {
		const pv_purpose *p = &a->purposes[i];
		if (!pv_vocab_is_not_stated(PV_VOCAB_LEGAL_BASIS, p->basis))
			continue;
		rc = pv_rules_report(
			r, "basis-not-stated", a, pv_line_or(p->line, a->line),
			pv_strdup_printf("Activiteit '%s', doel '%s': het register vermeldt de grondslag "
			                 "niet (basis=\"not-stated\"). Inwoners hebben recht op de "
			                 "grondslag, dus er komt geen privacykaart. Vul de grondslag in "
			                 "(bijvoorbeeld public-task met de wet).",
			                 a->id, p->id),
			pv_strdup_printf("Activity '%s', purpose '%s': the register does not state the "
			                 "legal basis (basis=\"not-stated\"). Residents are entitled to "
			                 "the basis, so no notice sheet is made. Fill in the basis (for "
			                 "example public-task with the law).",
			                 a->id, p->id));
	}
	for (size_t i = 0; rc == PRIVICON_OK && i < a->n_subjects; i++) {
		if (!pv_vocab_is_not_stated(PV_VOCAB_DATA_SUBJECT, a->subjects[i]))
			continue;
		rc = pv_rules_report(
			r, "subjects-not-stated", a,
			pv_line_or(a->subject_lines ? a->subject_lines[i] : 0, a->line),
			pv_strdup_printf("Activiteit '%s': het register vermeldt niet over wie de "
			                 "gegevens gaan (<subject kind=\"not-stated\">), dus er komt "
			                 "geen privacykaart. Noem de groepen betrokkenen.",
			                 a->id),
			pv_strdup_printf("Activity '%s': the register does not state whom the data are "
			                 "about (<subject kind=\"not-stated\">), so no notice sheet is "
			                 "made. Name the groups of data subjects.",
			                 a->id));
		break; /* once per activity */
	}
	for (size_t i = 0; rc == PRIVICON_OK && i < a->n_data; i++) {
		if (!pv_vocab_is_not_stated(PV_VOCAB_DATA_CATEGORY, a->data[i].kind))
			continue;
		rc = pv_rules_report(
			r, "data-not-stated", a, pv_line_or(a->data[i].line, a->line),
			pv_strdup_printf("Activiteit '%s': het register vermeldt niet welke "
			                 "persoonsgegevens worden gebruikt (<category kind=\"not-stated\">), "
			                 "dus er komt geen privacykaart. Noem de soorten gegevens.",
			                 a->id),
			pv_strdup_printf("Activity '%s': the register does not state which personal data "
			                 "are used (<category kind=\"not-stated\">), so no notice sheet "
			                 "is made. Name the kinds of data.",
			                 a->id));
		break;
	}
	for (size_t i = 0; rc == PRIVICON_OK && i < a->n_retentions; i++) {
		const pv_retention *t = &a->retentions[i];
		if (!pv_vocab_is_not_stated(PV_VOCAB_RETENTION_START, t->from) ||
		    t->duration.permanent)
			continue;
		rc = pv_rules_report(
			r, "retention-start-not-stated", a, pv_line_or(t->line, a->line),
			pv_strdup_printf("Activiteit '%s': het register vermeldt niet vanaf wanneer de "
			                 "bewaartermijn telt (from=\"not-stated\"). Inwoners zien de "
			                 "termijn met '(vanaf wanneer staat niet in het register)'. Vul "
			                 "het moment in, bijvoorbeeld from=\"collection\" of "
			                 "from=\"case-closed\".",
			                 a->id),
			pv_strdup_printf("Activity '%s': the register does not state from when the "
			                 "retention period counts (from=\"not-stated\"). Residents see the "
			                 "period with '(from when is not stated in the register)'. Fill in "
			                 "the moment, for example from=\"collection\" or "
			                 "from=\"case-closed\".",
			                 a->id));
	}
	size_t unsourced = 0, first = 0;
	for (size_t i = 0; i < a->n_data; i++)
		if (pv_vocab_is_not_stated(PV_VOCAB_DATA_SOURCE, a->data[i].source) && !unsourced++)
			first = i;
	if (rc == PRIVICON_OK && unsourced)
		rc = pv_rules_report(
			r, "source-not-stated", a, pv_line_or(a->data[first].line, a->line),
			pv_strdup_printf("Activiteit '%s': het register vermeldt bij %zu %s niet waar ze "
			                 "vandaan komen (source=\"not-stated\"). Inwoners zien 'Niet "
			                 "vermeld in het register'. Vul de bron in zodra u die weet.",
			                 a->id, unsourced,
			                 unsourced == 1 ? "soort gegevens" : "soorten gegevens"),
			pv_strdup_printf("Activity '%s': the register does not state where %zu %s come "
			                 "from (source=\"not-stated\"). Residents see 'Not stated in the "
			                 "register'. Fill in the source once you know.",
			                 a->id, unsourced,
			                 unsourced == 1 ? "kind of data" : "kinds of data"));
	return rc;
}

int pv_rules_check_register(pv_rules *r, const pv_activity *a)
{
	int rc0 = check_not_stated(r, a);
	if (rc0 == PRIVICON_OK)
		rc0 = check_required_not_stated(r, a);
	if (rc0 != PRIVICON_OK)
		return rc0;
	int rc = check_purpose_ids(r, a);
	if (rc == PRIVICON_OK)
		rc = check_purpose_refs(r, a);
	if (rc == PRIVICON_OK)
		rc = check_texts(r, a);
	if (rc == PRIVICON_OK)
		rc = check_recipients(r, a);
	if (rc == PRIVICON_OK)
		rc = check_transfers(r, a);
	if (rc == PRIVICON_OK)
		rc = check_decisions(r, a);
	if (rc == PRIVICON_OK)
		rc = check_retention_security(r, a);
	return rc;
}
