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
	if (rc == PRIVICON_OK && public_authority && letter == PV_BASIS_CONSENT)
		rc = pv_rules_report(
			r, "consent-public-task", a, p->line,
			pv_strdup_printf("Activiteit '%s', doel '%s': een overheid vraagt toestemming. "
			             "Inwoners zijn vaak afhankelijk van de gemeente, dus toestemming is "
			             "zelden echt vrij. Gebruik de wettelijke taak als grondslag, of "
			             "bevestig met <acknowledgement rule=\"consent-public-task\" "
			             "reason=\"...\"/> dat meedoen vrijwillig is en nee zeggen geen "
			             "nadeel heeft.",
			             a->id, p->id),
			pv_strdup_printf("Activity '%s', purpose '%s': a public authority asks for consent. "
			             "Residents often depend on the municipality, so consent is rarely "
			             "free. Use the legal task as basis, or confirm with "
			             "<acknowledgement rule=\"consent-public-task\" reason=\"...\"/> that "
			             "taking part is voluntary and saying no has no downside.",
			             a->id, p->id));
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
			strcat(s, i + 1 == v->count ? (strcmp(lang, "en") == 0 ? " or " : " of ") : ", ");
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

static int check_transfer(pv_rules *r, const pv_activity *a, const pv_transfer *t)
{
	int line = pv_line_or(t->line, a->transfers_line);
	const char *to = t->recipient ? t->recipient : "";
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
