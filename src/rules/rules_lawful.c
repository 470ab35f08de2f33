/*
 * rules_lawful.c - is each processing lawful as the register states it:
 * legal bases (Art. 6), the law behind them (Art. 6(3)), special category
 * and criminal data (Art. 9, 10), the BSN (Art. 87, UAVG art. 46),
 * biometrics (UAVG art. 29), consent, and transfers outside the EEA
 * (Art. 44-49).
 */
#include <stdlib.h>
#include <string.h>

#include "rules/rules.h"
#include "util/lang.h"

/* The European Economic Area: the 27 EU member states plus Iceland,
 * Liechtenstein and Norway (ISO 3166-1 alpha-2; Greece is GR). */
static const char eea[][3] = {
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
	"DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
	"PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
};

/* Countries with a European Commission adequacy decision (Art. 45), as of
 * 2025. Canada: commercial organisations under PIPEDA; United States: only
 * organisations certified under the EU-US Data Privacy Framework. A
 * register cannot say which, so both count. */
static const char adequate[][3] = {
	"AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ",
	"KR", "CH", "GB", "UY", "US",
};

static int in_list(const char list[][3], size_t n, const char *country)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], country) == 0)
			return 1;
	return 0;
}

static int in_eea(const char *country)
{
	return in_list(eea, sizeof(eea) / sizeof(eea[0]), country);
}

static const char *key_of(pv_vocab_id vocab, pv_vocab_key k)
{
	const pv_term *t = pv_vocab_term(vocab, k);
	return t ? t->key : "?";
}

/* ---- legal bases ------------------------------------------------------- */

/* Why consent to this controller is rarely free, worded for the people the
 * activity is about (Recital 43: a clear imbalance; for employees also
 * Recital 155 and the EDPB guidelines on consent). */
static void dependence(const pv_activity *a, const char **nl, const char **en)
{
	if (pv_activity_has_subject(a, "employees")) {
		*nl = "Medewerkers zijn afhankelijk van hun werkgever";
		*en = "Employees depend on their employer";
	} else if (pv_activity_has_subject(a, "applicants") ||
	           pv_activity_has_subject(a, "job-seekers")) {
		*nl = "Aanvragers zijn afhankelijk van het besluit van de overheid over hun aanvraag";
		*en = "Applicants depend on the authority's decision on their application";
	} else if (pv_activity_has_subject(a, "clients")) {
		*nl = "Cliënten zijn afhankelijk van de ondersteuning die de overheid geeft";
		*en = "Clients depend on the support the authority provides";
	} else if (pv_activity_has_subject(a, "residents")) {
		*nl = "Inwoners zijn vaak afhankelijk van de gemeente";
		*en = "Residents often depend on the municipality";
	} else {
		*nl = "Wie met een overheid te maken heeft, is vaak van haar afhankelijk";
		*en = "People dealing with a public authority often depend on it";
	}
}

static int check_purpose_basis(pv_rules *r, const pv_activity *a, const pv_purpose *p)
{
	int public_authority = r->reg->controller.public_authority == PV_YES;
	int letter = pv_basis_letter(p->basis);
	const char *basis_nl = pv_vocab_label(PV_VOCAB_LEGAL_BASIS, p->basis, "nl");
	const char *basis_en = pv_vocab_label(PV_VOCAB_LEGAL_BASIS, p->basis, "en");
	int rc = PRIVICON_OK;

	if (public_authority && letter == PV_BASIS_LEGITIMATE_INTEREST && p->outside_public_tasks)
		rc = pv_rules_report(
			r, "legitimate-interest-outside-task", a, p->line,
			pv_strdup_printf("Activiteit '%s', doel '%s': een overheid gebruikt 'gerechtvaardigd "
			             "belang' (art. 6 lid 1 sub f AVG). Dat mag alleen buiten haar publieke "
			             "taken (art. 6 lid 1, tweede alinea). Het register zegt: \"%s\". Klopt "
			             "dat, en is een belangenafweging gemaakt? Bevestig dat met "
			             "<acknowledgement rule=\"legitimate-interest-outside-task\" "
			             "reason=\"...\"/>.",
			             a->id, p->id, p->outside_public_tasks),
			pv_strdup_printf("Activity '%s', purpose '%s': a public authority relies on legitimate "
			             "interest (GDPR Art. 6(1)(f)). That is allowed only outside its public "
			             "tasks (Art. 6(1), second subparagraph). The register says: \"%s\". If "
			             "that is right and the interests have been balanced, confirm it with "
			             "<acknowledgement rule=\"legitimate-interest-outside-task\" "
			             "reason=\"...\"/>.",
			             a->id, p->id, p->outside_public_tasks));
	else if (public_authority && letter == PV_BASIS_LEGITIMATE_INTEREST)
		rc = pv_rules_report(
			r, "legitimate-interest-public-task", a, p->line,
			pv_strdup_printf("Activiteit '%s', doel '%s': een overheid mag 'gerechtvaardigd "
			             "belang' (art. 6 lid 1 sub f AVG) niet gebruiken voor haar publieke "
			             "taken (art. 6 lid 1, tweede alinea). Is dit een publieke taak? Kies "
			             "dan basis=\"public-task\" of basis=\"legal-obligation\" en noem de wet "
			             "met <law title=\"...\" bwb=\"BWBR...\"/>. Valt het doel buiten de "
			             "publieke taken (zoals de eigen gebouwen beveiligen)? Zet dan "
			             "outside-public-tasks=\"reden\" op doel '%s'.",
			             a->id, p->id, p->id),
			pv_strdup_printf("Activity '%s', purpose '%s': a public authority may not rely on "
			             "legitimate interest (GDPR Art. 6(1)(f)) for its public tasks (Art. "
			             "6(1), second subparagraph). Is this a public task? Then choose "
			             "basis=\"public-task\" or basis=\"legal-obligation\" and name the law "
			             "with <law title=\"...\" bwb=\"BWBR...\"/>. Is the purpose outside the "
			             "public tasks (such as protecting the organisation's own buildings)? "
			             "Then set outside-public-tasks=\"reason\" on purpose '%s'.",
			             a->id, p->id, p->id));
	if (rc == PRIVICON_OK &&
	    (letter == PV_BASIS_LEGAL_OBLIGATION || letter == PV_BASIS_PUBLIC_TASK) &&
	    p->n_laws == 0)
		rc = pv_rules_report(
			r, "law-missing", a, p->line,
			pv_strdup_printf("Activiteit '%s', doel '%s': de grondslag is '%s', maar het doel "
			             "noemt niet de wet waar die in staat. Voeg <law title=\"...\" "
			             "bwb=\"BWBR...\" article=\"...\"/> toe aan doel '%s'.",
			             a->id, p->id, basis_nl, p->id),
			pv_strdup_printf("Activity '%s', purpose '%s': the basis is '%s', but the purpose "
			             "does not name the law it rests on. Add <law title=\"...\" "
			             "bwb=\"BWBR...\" article=\"...\"/> to purpose '%s'.",
			             a->id, p->id, basis_en, p->id));
	if (rc == PRIVICON_OK && public_authority && letter == PV_BASIS_CONSENT) {
		const char *dep_nl, *dep_en;
		dependence(a, &dep_nl, &dep_en);
		rc = pv_rules_report(
			r, "consent-public-task", a, p->line,
			pv_strdup_printf("Activiteit '%s', doel '%s': een overheid vraagt toestemming. %s, "
			                 "dus toestemming is zelden echt vrij (overweging 43, art. 7 lid 4 "
			                 "AVG). Gebruik de wettelijke taak als grondslag, of bevestig met "
			                 "<acknowledgement rule=\"consent-public-task\" reason=\"...\"/> dat "
			                 "meedoen vrijwillig is en nee zeggen geen nadeel heeft.",
			                 a->id, p->id, dep_nl),
			pv_strdup_printf("Activity '%s', purpose '%s': a public authority asks for consent. "
			                 "%s, so consent is rarely free (GDPR Recital 43, Art. 7(4)). Use the "
			                 "legal task as basis, or confirm with <acknowledgement "
			                 "rule=\"consent-public-task\" reason=\"...\"/> that taking part is "
			                 "voluntary and saying no has no downside.",
			                 a->id, p->id, dep_en));
	}
	if (rc == PRIVICON_OK && letter == PV_BASIS_CONSENT &&
	    pv_activity_has_subject(a, "children") && !p->parental_consent)
		rc = pv_rules_report(
			r, "art8-parental-consent", a, p->line,
			pv_strdup_printf("Activiteit '%s', doel '%s' rust op toestemming en gaat over "
			                 "kinderen. Voor een kind onder de 16 jaar geeft een ouder of voogd de "
			                 "toestemming (art. 8 AVG, art. 5 UAVG). Zet op doel '%s' "
			                 "parental-consent=\"...\": hoe u die toestemming vraagt en controleert. "
			                 "Zijn alle kinderen 16 jaar of ouder? Schrijf dat dan in "
			                 "parental-consent.",
			                 a->id, p->id, p->id),
			pv_strdup_printf("Activity '%s', purpose '%s' rests on consent and concerns "
			                 "children. For a child under 16 a parent or guardian gives the consent "
			                 "(GDPR Art. 8, UAVG art. 5). Set parental-consent=\"...\" on purpose "
			                 "'%s': how you ask for and check that consent. Are all children 16 or "
			                 "older? Then write that in parental-consent.",
			                 a->id, p->id, p->id));
	return rc;
}

static int check_consent_withdrawal(pv_rules *r, const pv_activity *a)
{
	const pv_controller *c = &r->reg->controller;
	if (c->email || c->web)
		return PRIVICON_OK;
	for (size_t i = 0; i < a->n_purposes; i++) {
		const pv_purpose *p = &a->purposes[i];
		if (pv_basis_letter(p->basis) != PV_BASIS_CONSENT)
			continue;
		/* Once per activity, at its first consent purpose. */
		return pv_rules_report(
			r, "consent-withdrawal", a, p->line,
			pv_strdup_printf("Activiteit '%s', doel '%s' rust op toestemming, maar inwoners "
			             "kunnen die niet makkelijk intrekken: er is geen e-mailadres of "
			             "website. Voeg email=\"...\" of web=\"...\" toe aan <contact> bij "
			             "<controller>.",
			             a->id, p->id),
			pv_strdup_printf("Activity '%s', purpose '%s' rests on consent, but residents "
			             "cannot easily withdraw it: there is no e-mail address or web page. "
			             "Add email=\"...\" or web=\"...\" to the controller's <contact>.",
			             a->id, p->id));
	}
	return PRIVICON_OK;
}

/* ---- Art. 9 and 10 data, the BSN, biometrics ---------------------------- */

/* "explicit-consent (uitdrukkelijke toestemming), ..." for every Art. 9(2)
 * condition, in `lang`; NULL when out of memory. */
static char *condition_options(const char *lang)
{
	const pv_vocab *v = pv_vocab_get(PV_VOCAB_SPECIAL_CONDITION);
	size_t len = 1;
	for (size_t i = 0; i < v->count; i++)
		len += strlen(v->terms[i].key) + strlen(pv_vocab_label(PV_VOCAB_SPECIAL_CONDITION,
		                                                       (pv_vocab_key)i, lang)) + 8;
	char *s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (size_t i = 0; i < v->count; i++) {
		if (i)
			strcat(s, i + 1 == v->count ? (pv_lang_is_en(lang) ? " or " : " of ") : ", ");
		strcat(s, v->terms[i].key);
		strcat(s, " (");
		strcat(s, pv_vocab_label(PV_VOCAB_SPECIAL_CONDITION, (pv_vocab_key)i, lang));
		strcat(s, ")");
	}
	return s;
}

static int check_special(pv_rules *r, const pv_activity *a, const pv_data_use *d)
{
	char *opt_nl = condition_options("nl");
	char *opt_en = condition_options("en");
	int rc = PRIVICON_ENOMEM;
	if (opt_nl && opt_en)
		rc = pv_rules_report(
			r, "special-category-condition", a, d->line,
			pv_strdup_printf("Activiteit '%s': '%s' (%s) is een bijzonder persoonsgegeven. Dat "
			             "mag alleen met een uitzondering uit art. 9 lid 2 AVG. Zet "
			             "art9-condition=\"...\" op deze <category>, met de uitzondering die "
			             "geldt: %s.",
			             a->id, key_of(PV_VOCAB_DATA_CATEGORY, d->kind),
			             pv_vocab_label(PV_VOCAB_DATA_CATEGORY, d->kind, "nl"), opt_nl),
			pv_strdup_printf("Activity '%s': '%s' (%s) is special category data. It may only be "
			             "processed under an Art. 9(2) GDPR condition. Set "
			             "art9-condition=\"...\" on this <category> to the condition that "
			             "applies: %s.",
			             a->id, key_of(PV_VOCAB_DATA_CATEGORY, d->kind),
			             pv_vocab_label(PV_VOCAB_DATA_CATEGORY, d->kind, "en"), opt_en));
	free(opt_nl);
	free(opt_en);
	return rc;
}

/* Does the Art. 9(2) condition fit? Explicit consent given to a public
 * authority is rarely free (Art. 7(4), Recital 43): consent-public-task, a
 * warning. Data the person "manifestly made public" (e) are never data a
 * camera or sensor recorded: art9-condition-fit, an error. */
static int check_condition_fit(pv_rules *r, const pv_activity *a, const pv_data_use *d)
{
	const pv_term *cond = pv_vocab_term(PV_VOCAB_SPECIAL_CONDITION, d->art9);
	const char *kind = key_of(PV_VOCAB_DATA_CATEGORY, d->kind);
	if (cond && cond->flag == 'a' && r->reg->controller.public_authority == PV_YES) {
		const char *dep_nl, *dep_en;
		dependence(a, &dep_nl, &dep_en);
		return pv_rules_report(
			r, "consent-public-task", a, d->line,
			pv_strdup_printf("Activiteit '%s': voor '%s' rust het gebruik op uitdrukkelijke "
			                 "toestemming (art. 9 lid 2 sub a AVG), gegeven aan de organisatie die "
			                 "ook over de persoon beslist. %s, dus die toestemming is zelden vrij (art. 7 lid 4, "
			                 "overweging 43). Kies de uitzondering die bij de wettelijke taak hoort "
			                 "(zoals health-social-care of substantial-public-interest, met de wet), "
			                 "of bevestig met <acknowledgement rule=\"consent-public-task\" "
			                 "reason=\"...\"/> dat nee zeggen geen nadeel heeft.",
			                 a->id, kind, dep_nl),
			pv_strdup_printf("Activity '%s': using '%s' rests on explicit consent (GDPR Art. "
			                 "9(2)(a)), given to the organisation that also decides about the person. %s, so that "
			                 "consent is rarely free (Art. 7(4), Recital 43). Choose the condition "
			                 "that fits the legal task (such as health-social-care or "
			                 "substantial-public-interest, with the law), or confirm with "
			                 "<acknowledgement rule=\"consent-public-task\" reason=\"...\"/> that "
			                 "saying no has no downside.",
			                 a->id, kind, dep_en));
	}
	if (cond && cond->flag == 'e' && d->source == pv_vocab_find(PV_VOCAB_DATA_SOURCE, "sensor"))
		return pv_rules_report(
			r, "art9-condition-fit", a, d->line,
			pv_strdup_printf("Activiteit '%s': '%s' komt van camera's of sensoren, maar de "
			                 "uitzondering is 'door de persoon zelf openbaar gemaakt' (art. 9 lid 2 "
			                 "sub e AVG). Wat een camera of sensor vastlegt of afleidt, heeft de "
			                 "persoon niet zelf openbaar gemaakt. Kies de uitzondering die echt "
			                 "geldt, met de wet, in art9-condition=\"...\", of verwerk deze "
			                 "gegevens niet.",
			                 a->id, kind),
			pv_strdup_printf("Activity '%s': '%s' comes from cameras or sensors, but the "
			                 "condition is 'manifestly made public by the person' (GDPR Art. "
			                 "9(2)(e)). What a camera or sensor records or infers, the person has "
			                 "not made public. Set art9-condition=\"...\" to the condition that "
			                 "really applies, with the law, or do not process these data.",
			                 a->id, kind));
	return PRIVICON_OK;
}

/* UAVG art. 29: biometric data for unique identification only where needed
 * for authentication or security. A category serves the purposes it names
 * in purposes="...", or every purpose of the activity when it names none;
 * each of those must be identity-verification or security. References that
 * do not resolve are dangling-ref's business, not this rule's. */
static int check_biometric(pv_rules *r, const pv_activity *a, const pv_data_use *d)
{
	pv_vocab_key idv = pv_vocab_find(PV_VOCAB_PURPOSE_CATEGORY, "identity-verification");
	pv_vocab_key sec = pv_vocab_find(PV_VOCAB_PURPOSE_CATEGORY, "security");
	size_t n = d->n_purpose_refs ? d->n_purpose_refs : a->n_purposes;
	const pv_purpose *bad = NULL;
	size_t n_bad = 0;
	for (size_t i = 0; i < n; i++) {
		const pv_purpose *p = d->n_purpose_refs ? pv_rules_purpose(r, d->purpose_refs[i])
		                                        : &a->purposes[i];
		if (!p || p->category == idv || p->category == sec)
			continue;
		if (!bad)
			bad = p;
		n_bad++;
	}
	if (!bad)
		return PRIVICON_OK;
	const char *cat = key_of(PV_VOCAB_PURPOSE_CATEGORY, bad->category);
	return pv_rules_report(
		r, "biometric-purpose", a, d->line,
		pv_strdup_printf("Activiteit '%s': biometrische gegevens worden gebruikt voor doel '%s' "
		             "(category=\"%s\")%s. Volgens art. 29 UAVG mag dat alleen om iemand te "
		             "identificeren of voor beveiliging. Beperk purposes=\"...\" op deze "
		             "<category> tot doelen met category=\"identity-verification\" of "
		             "\"security\", of gebruik geen biometrie.",
		             a->id, bad->id, cat, n_bad > 1 ? " en andere doelen" : ""),
		pv_strdup_printf("Activity '%s': biometric data serve purpose '%s' "
		             "(category=\"%s\")%s. Under UAVG art. 29 they may only serve "
		             "identification or security. Limit purposes=\"...\" on this <category> "
		             "to purposes with category=\"identity-verification\" or \"security\", "
		             "or do not use biometrics.",
		             a->id, bad->id, cat, n_bad > 1 ? " and other purposes" : ""));
}

static int check_data(pv_rules *r, const pv_activity *a)
{
	pv_vocab_key biometric = pv_vocab_find(PV_VOCAB_DATA_CATEGORY, "biometric");
	int rc = PRIVICON_OK;
	for (size_t i = 0; i < a->n_data && rc == PRIVICON_OK; i++) {
		const pv_data_use *d = &a->data[i];
		pv_data_class cls = pv_data_class_of(d->kind);
		if (cls == PV_DATA_SPECIAL && d->art9 == PV_VOCAB_NONE)
			rc = check_special(r, a, d);
		else if (cls == PV_DATA_SPECIAL)
			rc = check_condition_fit(r, a, d);
		if (rc == PRIVICON_OK && cls == PV_DATA_CRIMINAL && d->n_laws == 0)
			rc = pv_rules_report(
				r, "criminal-data-basis", a, d->line,
				pv_strdup_printf("Activiteit '%s' gebruikt strafrechtelijke gegevens, maar noemt "
				             "niet de wet die dat toestaat (art. 10 AVG). Voeg aan deze "
				             "<category> een <law> toe, bijvoorbeeld <law title=\"Wet Bibob\" "
				             "bwb=\"BWBR0013798\"/> of <law title=\"Uitvoeringswet AVG\" "
				             "bwb=\"BWBR0040940\" article=\"33\"/>.",
				             a->id),
				pv_strdup_printf("Activity '%s' uses criminal offence data but does not name the "
				             "law that allows it (Art. 10 GDPR). Add a <law> to this "
				             "<category>, for example <law title=\"Wet Bibob\" "
				             "bwb=\"BWBR0013798\"/> or <law title=\"Uitvoeringswet AVG\" "
				             "bwb=\"BWBR0040940\" article=\"33\"/>.",
				             a->id));
		if (rc == PRIVICON_OK && cls == PV_DATA_NATIONAL_ID && d->n_laws == 0)
			rc = pv_rules_report(
				r, "bsn-law", a, d->line,
				pv_strdup_printf("Activiteit '%s' gebruikt het burgerservicenummer (BSN), maar "
				             "noemt niet de wet die dat toestaat. Voeg aan deze <category> een "
				             "<law> toe, bijvoorbeeld <law title=\"Wet algemene bepalingen "
				             "burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"/>.",
				             a->id),
				pv_strdup_printf("Activity '%s' uses the citizen service number (BSN) but does "
				             "not name the law that allows it. Add a <law> to this <category>, "
				             "for example <law title=\"Wet algemene bepalingen "
				             "burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"/>.",
				             a->id));
		if (rc == PRIVICON_OK && d->kind == biometric)
			rc = check_biometric(r, a, d);
	}
	return rc;
}

/* ---- transfers --------------------------------------------------------- */

/* Art. 49(3): an activity with a public-task or legal-obligation purpose
 * is the exercise of public powers; one that rests only on consent,
 * contract or legitimate interest (outside the public tasks) is not. */
static int exercises_public_powers(const pv_activity *a)
{
	for (size_t i = 0; i < a->n_purposes; i++) {
		int letter = pv_basis_letter(a->purposes[i].basis);
		if (letter == PV_BASIS_PUBLIC_TASK || letter == PV_BASIS_LEGAL_OBLIGATION)
			return 1;
	}
	return 0;
}

static int check_transfer(pv_rules *r, const pv_activity *a, const pv_transfer *t)
{
	int line = pv_line_or(t->line, a->transfers_line);
	const char *to = t->recipient ? t->recipient : "";
	/* A country stated as not known in advance is no code to check; an
	 * adequacy decision cannot cover it (below). */
	if (strcmp(t->country, PV_COUNTRY_UNKNOWN) != 0 && !pv_iso3166_alpha2(t->country))
		return pv_rules_report(
			r, "transfer-country", a, line,
			pv_strdup_printf("Activiteit '%s': de doorgifte aan '%s' noemt land '%s', maar dat is "
			                 "geen landcode volgens ISO 3166-1 alpha-2%s. Zet de juiste code in "
			                 "country=\"...\", bijvoorbeeld US, GB of CH.",
			                 a->id, to, t->country,
			                 strcmp(t->country, "UK") == 0 ? " (het Verenigd Koninkrijk is GB)"
			                 : strcmp(t->country, "EL") == 0 ? " (Griekenland is GR)" : ""),
			pv_strdup_printf("Activity '%s': the transfer to '%s' names country '%s', which is "
			                 "not an ISO 3166-1 alpha-2 country code%s. Put the right code in "
			                 "country=\"...\", for example US, GB or CH.",
			                 a->id, to, t->country,
			                 strcmp(t->country, "UK") == 0 ? " (the United Kingdom is GB)"
			                 : strcmp(t->country, "EL") == 0 ? " (Greece is GR)" : ""));
	if (in_eea(t->country))
		return pv_rules_report(
			r, "transfer-inside-eea", a, line,
			pv_strdup_printf("Activiteit '%s': de doorgifte aan '%s' gaat naar %s, en dat land "
			             "ligt in de EER. Dat is geen doorgifte buiten de EER. Haal de "
			             "<transfer> weg en noem '%s' bij <recipients> als die de gegevens "
			             "krijgt.",
			             a->id, to, t->country, to),
			pv_strdup_printf("Activity '%s': the transfer to '%s' goes to %s, which is in the "
			             "EEA. That is not a transfer outside the EEA. Remove the <transfer> "
			             "and list '%s' under <recipients> if it receives the data.",
			             a->id, to, t->country, to));
	if (t->mechanism == PV_VOCAB_NONE)
		return pv_rules_report(
			r, "transfer-mechanism", a, line,
			pv_strdup_printf("Activiteit '%s': gegevens gaan naar '%s' in %s, buiten de EER, "
			             "maar het register noemt geen grondslag voor die doorgifte. Zet "
			             "mechanism=\"...\" op de <transfer>: adequacy (land met een "
			             "adequaatheidsbesluit), scc (modelcontract), bcr (bindende "
			             "bedrijfsvoorschriften) of een uitzondering uit art. 49 AVG "
			             "(derogation-...).",
			             a->id, to, t->country),
			pv_strdup_printf("Activity '%s': data go to '%s' in %s, outside the EEA, but the "
			             "register names no transfer mechanism. Set mechanism=\"...\" on the "
			             "<transfer>: adequacy (a country with an adequacy decision), scc "
			             "(standard contractual clauses), bcr (binding corporate rules) or an "
			             "Art. 49 GDPR derogation (derogation-...).",
			             a->id, to, t->country));
	if ((t->mechanism == pv_vocab_find(PV_VOCAB_TRANSFER_MECHANISM, "derogation-consent") ||
	     t->mechanism == pv_vocab_find(PV_VOCAB_TRANSFER_MECHANISM, "derogation-contract")) &&
	    r->reg->controller.public_authority == PV_YES && exercises_public_powers(a))
		return pv_rules_report(
			r, "art49-3-public-authority", a, line,
			pv_strdup_printf("Activiteit '%s': de doorgifte aan '%s' in %s rust op een "
			                 "uitzondering voor toestemming of een overeenkomst (art. 49 lid 1 sub a "
			                 "of b AVG). Een overheid die haar publieke taak of een wettelijke plicht "
			                 "uitvoert, mag die uitzonderingen niet gebruiken (art. 49 lid 3). Kies "
			                 "mechanism=\"adequacy\", \"scc\", \"bcr\" of "
			                 "\"derogation-public-interest\" (met de wet), of geef de gegevens niet "
			                 "door.",
			                 a->id, to, t->country),
			pv_strdup_printf("Activity '%s': the transfer to '%s' in %s rests on the consent or "
			                 "contract derogation (GDPR Art. 49(1)(a) or (b)). A public authority "
			                 "carrying out its public task or a legal obligation may not use those "
			                 "derogations (Art. 49(3)). Choose mechanism=\"adequacy\", \"scc\", "
			                 "\"bcr\" or \"derogation-public-interest\" (with the law), or do not "
			                 "transfer the data.",
			                 a->id, to, t->country));
	if (t->mechanism == pv_vocab_find(PV_VOCAB_TRANSFER_MECHANISM, "adequacy") &&
	    !in_list(adequate, sizeof(adequate) / sizeof(adequate[0]), t->country))
		return pv_rules_report(
			r, "transfer-mechanism", a, line,
			pv_strdup_printf("Activiteit '%s': de doorgifte aan '%s' rust op een "
			             "adequaatheidsbesluit, maar de Europese Commissie heeft geen "
			             "adequaatheidsbesluit voor %s. Kies mechanism=\"scc\", \"bcr\" of "
			             "een uitzondering uit art. 49 AVG.",
			             a->id, to, t->country),
			pv_strdup_printf("Activity '%s': the transfer to '%s' relies on an adequacy "
			             "decision, but the European Commission has no adequacy decision for "
			             "%s. Choose mechanism=\"scc\", \"bcr\" or an Art. 49 GDPR derogation.",
			             a->id, to, t->country));
	return PRIVICON_OK;
}

int pv_rules_check_lawful(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	for (size_t i = 0; i < a->n_purposes && rc == PRIVICON_OK; i++)
		rc = check_purpose_basis(r, a, &a->purposes[i]);
	if (rc == PRIVICON_OK)
		rc = check_consent_withdrawal(r, a);
	if (rc == PRIVICON_OK)
		rc = check_data(r, a);
	for (size_t i = 0; i < a->n_transfers && rc == PRIVICON_OK; i++)
		rc = check_transfer(r, a, &a->transfers[i]);
	return rc;
}
