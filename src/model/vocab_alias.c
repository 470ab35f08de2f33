/*
 * vocab_alias.c - Dutch and English synonyms of the vocabulary terms (see
 * vocab_alias.h). Aliases are written folded (lower case, no accents, no
 * punctuation); keys may name several terms, separated by spaces.
 */
#include "model/vocab_alias.h"

#include <stdlib.h>
#include <string.h>

#include "util/fold.h"

typedef struct {
	pv_vocab_id vocab;
	const char *alias; /* folded */
	const char *keys;  /* one or more keys of `vocab`, space-separated */
} alias_entry;

#define LB PV_VOCAB_LEGAL_BASIS
#define SC PV_VOCAB_SPECIAL_CONDITION
#define PC PV_VOCAB_PURPOSE_CATEGORY
#define DC PV_VOCAB_DATA_CATEGORY
#define DS PV_VOCAB_DATA_SOURCE
#define BR PV_VOCAB_BASE_REGISTRY
#define SU PV_VOCAB_DATA_SUBJECT
#define RK PV_VOCAB_RECIPIENT_KIND
#define TM PV_VOCAB_TRANSFER_MECHANISM
#define SM PV_VOCAB_SECURITY_MEASURE
#define RS PV_VOCAB_RETENTION_START
#define AS PV_VOCAB_ACTIVITY_STATUS
#define DP PV_VOCAB_DPIA_STATUS

static const alias_entry aliases[] = {
	/* legal bases, Art. 6(1) */
	{LB, "toestemming betrokkene", "consent"},
	{LB, "toestemming van de betrokkene", "consent"},
	{LB, "uitvoering overeenkomst", "contract"},
	{LB, "uitvoering van een overeenkomst", "contract"},
	{LB, "noodzakelijk voor de uitvoering van een overeenkomst", "contract"},
	{LB, "wettelijke verplichting", "legal-obligation"},
	{LB, "wettelijke verplichtingen", "legal-obligation"},
	{LB, "voldoen aan een wettelijke verplichting", "legal-obligation"},
	{LB, "vitale belangen", "vital-interest"},
	{LB, "vital interests", "vital-interest"},
	{LB, "algemeen belang", "public-task"},
	{LB, "taak van algemeen belang", "public-task"},
	{LB, "algemeen belang of openbaar gezag", "public-task"},
	{LB, "taak van algemeen belang of openbaar gezag", "public-task"},
	{LB, "openbaar gezag", "public-task"},
	{LB, "uitoefening openbaar gezag", "public-task"},
	{LB, "publiekrechtelijke taak", "public-task"},
	{LB, "publieke taak", "public-task"},
	{LB, "public interest", "public-task"},
	{LB, "official authority", "public-task"},
	{LB, "gerechtvaardigde belangen", "legitimate-interest"},
	{LB, "gerechtvaardigd belang", "legitimate-interest"},
	{LB, "legitimate interests", "legitimate-interest"},

	/* Art. 9(2) conditions */
	{SC, "toestemming", "explicit-consent"},
	{SC, "arbeidsrecht en sociale zekerheid", "employment-social-security"},
	{SC, "sociale zekerheid", "employment-social-security"},
	{SC, "zwaarwegend algemeen belang", "substantial-public-interest"},
	{SC, "gezondheidszorg", "health-social-care"},
	{SC, "zorg", "health-social-care"},
	{SC, "archivering onderzoek en statistiek", "archiving-research-statistics"},

	/* data categories */
	{DC, "naam", "name"}, {DC, "namen", "name"}, {DC, "naamgegevens", "name"},
	{DC, "voornaam", "name"}, {DC, "achternaam", "name"}, {DC, "voorletters", "name"},
	{DC, "naw", "name address"}, {DC, "naw gegevens", "name address"},
	{DC, "naam en adres", "name address"},
	{DC, "contactgegevens", "contact"}, {DC, "telefoonnummer", "contact"},
	{DC, "e mailadres", "contact"}, {DC, "emailadres", "contact"}, {DC, "e mail", "contact"},
	{DC, "email", "contact"}, {DC, "email address", "contact"}, {DC, "phone number", "contact"},
	{DC, "contact details", "contact"},
	{DC, "adresgegevens", "address"}, {DC, "woonadres", "address"}, {DC, "postadres", "address"},
	{DC, "adres", "address"},
	{DC, "geboortedatum", "birth-date"}, {DC, "date of birth", "birth-date"},
	{DC, "burgerservicenummer", "bsn"}, {DC, "bsn", "bsn"}, {DC, "sofinummer", "bsn"},
	{DC, "citizen service number", "bsn"},
	{DC, "identiteitsbewijs", "identity-document"}, {DC, "paspoort", "identity-document"},
	{DC, "id kaart", "identity-document"}, {DC, "identiteitskaart", "identity-document"},
	{DC, "kopie identiteitsbewijs", "identity-document"},
	{DC, "nationaliteit", "nationality"},
	{DC, "burgerlijke staat", "marital-status"},
	{DC, "gezinssamenstelling", "household"}, {DC, "samenstelling huishouden", "household"},
	{DC, "huishoudsamenstelling", "household"}, {DC, "huishouden", "household"},
	{DC, "gezinsgegevens", "family"}, {DC, "familiegegevens", "family"}, {DC, "gezin", "family"},
	{DC, "financiele gegevens", "financial"}, {DC, "financien", "financial"},
	{DC, "schulden", "financial"}, {DC, "vermogen", "financial"},
	{DC, "betalingsgegevens", "financial"}, {DC, "financial data", "financial"},
	{DC, "inkomensgegevens", "income"}, {DC, "inkomen", "income"}, {DC, "salaris", "income"},
	{DC, "bankrekeningnummer", "bank-account"}, {DC, "rekeningnummer", "bank-account"},
	{DC, "iban", "bank-account"}, {DC, "bankgegevens", "bank-account"},
	{DC, "belastinggegevens", "tax"}, {DC, "fiscale gegevens", "tax"},
	{DC, "woongegevens", "housing"}, {DC, "huisvesting", "housing"},
	{DC, "opleiding", "work-education"}, {DC, "opleidingsgegevens", "work-education"},
	{DC, "werkgegevens", "work-education"}, {DC, "arbeidsverleden", "work-education"},
	{DC, "beroep", "work-education"}, {DC, "cv", "work-education"},
	{DC, "locatiegegevens", "location"}, {DC, "gps", "location"},
	{DC, "foto", "images"}, {DC, "foto s", "images"}, {DC, "pasfoto", "images"},
	{DC, "camerabeelden", "images"}, {DC, "beeldmateriaal", "images"},
	{DC, "videobeelden", "images"}, {DC, "photos", "images"},
	{DC, "kentekens", "licence-plate"}, {DC, "license plate", "licence-plate"},
	{DC, "voertuiggegevens", "vehicle"},
	{DC, "ip adres", "online-identifier"}, {DC, "ip adressen", "online-identifier"},
	{DC, "ip address", "online-identifier"}, {DC, "cookies", "online-identifier"},
	{DC, "correspondentie", "communication"}, {DC, "berichten", "communication"},
	{DC, "communicatie", "communication"}, {DC, "gespreksverslagen", "communication"},
	{DC, "gedragsgegevens", "behaviour"},
	{DC, "gezondheidsgegevens", "health"}, {DC, "medische gegevens", "health"},
	{DC, "medische informatie", "health"}, {DC, "health data", "health"},
	{DC, "medical data", "health"}, {DC, "gegevens over gezondheid", "health"},
	{DC, "ras of etnische afkomst", "racial-ethnic-origin"},
	{DC, "etnische afkomst", "racial-ethnic-origin"}, {DC, "ras", "racial-ethnic-origin"},
	{DC, "etniciteit", "racial-ethnic-origin"},
	{DC, "politieke opvattingen", "political-opinion"},
	{DC, "politieke voorkeur", "political-opinion"},
	{DC, "religie", "religion"}, {DC, "godsdienst", "religion"},
	{DC, "religieuze overtuiging", "religion"},
	{DC, "levensbeschouwing", "philosophical-belief"},
	{DC, "levensbeschouwelijke overtuiging", "philosophical-belief"},
	{DC, "lidmaatschap vakbond", "trade-union"}, {DC, "vakbondslidmaatschap", "trade-union"},
	{DC, "vingerafdruk", "biometric"}, {DC, "vingerafdrukken", "biometric"},
	{DC, "biometrische gegevens", "biometric"},
	{DC, "seksuele gerichtheid", "sex-life"}, {DC, "seksuele geaardheid", "sex-life"},
	{DC, "strafrechtelijk verleden", "criminal"}, {DC, "justitiele gegevens", "criminal"},
	{DC, "strafblad", "criminal"}, {DC, "criminal data", "criminal"},
	{DC, "strafrechtelijke persoonsgegevens", "criminal"},

	/* data sources */
	{DS, "betrokkene", "data-subject"}, {DS, "betrokkene zelf", "data-subject"},
	{DS, "van de betrokkene", "data-subject"}, {DS, "aanvrager", "data-subject"},
	{DS, "inwoner", "data-subject"}, {DS, "zelf", "data-subject"},
	{DS, "data subject", "data-subject"},
	{DS, "basisregistratie", "base-registry"}, {DS, "brp", "base-registry"},
	{DS, "derden", "other-organisation"}, {DS, "ketenpartners", "other-organisation"},
	{DS, "andere organisatie", "other-organisation"},
	{DS, "camera", "sensor"}, {DS, "sensoren", "sensor"},
	{DS, "openbare bronnen", "public-source"},
	{DS, "eigen administratie", "own-records"},

	/* base registries */
	{BR, "basisregistratie personen", "brp"}, {BR, "gba", "brp"},
	{BR, "kadaster", "brk"}, {BR, "rdw", "brv"}, {BR, "handelsregister", "hr"},
	{BR, "kvk", "hr"},

	/* data subjects */
	{SU, "inwoner", "residents"}, {SU, "burgers", "residents"}, {SU, "bewoners", "residents"},
	{SU, "ingezetenen", "residents"}, {SU, "citizens", "residents"},
	{SU, "aanvrager", "applicants"},
	{SU, "minderjarigen", "children"}, {SU, "jeugdigen", "children"}, {SU, "minors", "children"},
	{SU, "ouders", "parents-guardians"}, {SU, "voogden", "parents-guardians"},
	{SU, "ouders verzorgers", "parents-guardians"},
	{SU, "wettelijk vertegenwoordigers", "parents-guardians"},
	{SU, "werknemers", "employees"}, {SU, "personeel", "employees"},
	{SU, "personeelsleden", "employees"}, {SU, "ambtenaren", "employees"},
	{SU, "medewerker", "employees"}, {SU, "staff", "employees"},
	{SU, "sollicitanten", "job-seekers"}, {SU, "sollicitant", "job-seekers"},
	{SU, "job applicants", "job-seekers"},
	{SU, "clienten", "clients"}, {SU, "client", "clients"}, {SU, "klanten", "clients"},
	{SU, "bezoeker", "visitors"},
	{SU, "kwetsbare personen", "vulnerable-people"},
	{SU, "senioren", "elderly"},
	{SU, "niet ingezetenen", "non-residents"},

	/* recipients */
	{RK, "verwerker", "processor"}, {RK, "verwerkers", "processor"},
	{RK, "leverancier", "processor"}, {RK, "leveranciers", "processor"},
	{RK, "softwareleverancier", "processor"}, {RK, "processor", "processor"},
	{RK, "belastingdienst", "public-authority"}, {RK, "uwv", "public-authority"},
	{RK, "svb", "public-authority"}, {RK, "duo", "public-authority"},
	{RK, "cbs", "public-authority"}, {RK, "rdw", "public-authority"},
	{RK, "ind", "public-authority"}, {RK, "cak", "public-authority"},
	{RK, "kadaster", "public-authority"}, {RK, "rijksoverheid", "public-authority"},
	{RK, "andere overheden", "public-authority"},
	{RK, "overheidsinstanties", "public-authority"},
	{RK, "andere gemeenten", "public-authority"},
	{RK, "zorgaanbieders", "care-partner"}, {RK, "zorgaanbieder", "care-partner"},
	{RK, "zorgverleners", "care-partner"}, {RK, "ggd", "care-partner"},
	{RK, "huisarts", "care-partner"},
	{RK, "maatschappelijke partners", "social-partner"}, {RK, "wijkteam", "social-partner"},
	{RK, "woningcorporatie", "social-partner"},
	{RK, "woningcorporaties", "social-partner"},
	{RK, "politie", "police-justice"}, {RK, "justitie", "police-justice"},
	{RK, "openbaar ministerie", "police-justice"}, {RK, "rechtbank", "police-justice"},
	{RK, "gezamenlijke verwerkingsverantwoordelijke", "joint-controller"},
	{RK, "openbaar", "public"}, {RK, "iedereen", "public"}, {RK, "publicatie", "public"},

	/* transfer mechanisms */
	{TM, "adequaatheidsbesluit", "adequacy"}, {TM, "adequaatheid", "adequacy"},
	{TM, "passend beschermingsniveau", "adequacy"},
	{TM, "modelcontract", "scc"}, {TM, "modelcontractbepalingen", "scc"},
	{TM, "standaardcontractbepalingen", "scc"},
	{TM, "standard contractual clauses", "scc"},
	{TM, "bindende bedrijfsvoorschriften", "bcr"},

	/* security measures */
	{SM, "encryptie", "encryption"},
	{SM, "tls", "encryption-in-transit"}, {SM, "https", "encryption-in-transit"},
	{SM, "beveiligde verbinding", "encryption-in-transit"},
	{SM, "versleutelde opslag", "encryption-at-rest"},
	{SM, "toegangsbeheer", "access-control"}, {SM, "toegangsbeveiliging", "access-control"},
	{SM, "autorisatie", "access-control"}, {SM, "autorisaties", "access-control"},
	{SM, "autorisatiebeheer", "access-control"}, {SM, "rollen en rechten", "access-control"},
	{SM, "tweefactorauthenticatie", "multi-factor-authentication"},
	{SM, "twee factor authenticatie", "multi-factor-authentication"},
	{SM, "2fa", "multi-factor-authentication"}, {SM, "mfa", "multi-factor-authentication"},
	{SM, "pseudonimisering", "pseudonymisation"}, {SM, "pseudonimiseren", "pseudonymisation"},
	{SM, "anonimisering", "anonymisation"}, {SM, "anonimiseren", "anonymisation"},
	{SM, "loggen", "logging"}, {SM, "logbestanden", "logging"}, {SM, "audit trail", "logging"},
	{SM, "back up", "backup"}, {SM, "back ups", "backup"}, {SM, "backups", "backup"},
	{SM, "reservekopie", "backup"},
	{SM, "bewustwording", "staff-training"}, {SM, "privacytraining", "staff-training"},
	{SM, "training", "staff-training"}, {SM, "awareness", "staff-training"},
	{SM, "audit", "security-audit"}, {SM, "audits", "security-audit"},
	{SM, "pentest", "penetration-testing"}, {SM, "penetratietest", "penetration-testing"},
	{SM, "veilige vernietiging", "secure-deletion"},
	{SM, "bio", "security-policy"}, {SM, "baseline informatiebeveiliging overheid", "security-policy"},
	{SM, "informatiebeveiligingsbeleid", "security-policy"},
	{SM, "incidentmanagement", "incident-management"},
	{SM, "datalekprocedure", "incident-management"},

	/* retention starts */
	{RS, "ontvangst", "collection"}, {RS, "na verzameling", "collection"},
	{RS, "na verkrijging", "collection"},
	{RS, "na afhandeling", "case-closed"}, {RS, "afhandeling", "case-closed"},
	{RS, "na afsluiting", "case-closed"}, {RS, "afsluiting dossier", "case-closed"},
	{RS, "sluiten dossier", "case-closed"}, {RS, "after closing", "case-closed"},
	{RS, "na besluit", "decision"}, {RS, "besluit", "decision"}, {RS, "beschikking", "decision"},
	{RS, "einde dienstverband", "relationship-ended"},
	{RS, "uitdiensttreding", "relationship-ended"}, {RS, "einde relatie", "relationship-ended"},
	{RS, "einde overeenkomst", "relationship-ended"},
	{RS, "einde contract", "relationship-ended"},
	{RS, "verlopen", "expiry"}, {RS, "vervallen", "expiry"}, {RS, "verloopdatum", "expiry"},
	{RS, "uitschrijving", "deregistration"}, {RS, "overlijden", "deregistration"},
	{RS, "evenement", "event"},

	/* activity status */
	{AS, "lopend", "active"}, {AS, "in gebruik", "active"}, {AS, "actueel", "active"},
	{AS, "toekomstig", "planned"}, {AS, "gestopt", "ended"}, {AS, "beeindigd", "ended"},
	{AS, "vervallen", "ended"},

	/* DPIA status */
	{DP, "gestart", "in-progress"}, {DP, "in uitvoering", "in-progress"},
	{DP, "loopt", "in-progress"}, {DP, "uitgevoerd", "done"}, {DP, "afgerond", "done"},
	{DP, "gereed", "done"}, {DP, "ja uitgevoerd", "done"},
};

/* One folded name of a term: an alias, the key, or a label. */
typedef struct {
	pv_vocab_id vocab;
	char *folded;
	pv_vocab_key keys[3];
	size_t n_keys;
} name_entry;

struct pv_vocab_matcher {
	name_entry *names;
	size_t n;
};

void pv_vocab_matcher_free(pv_vocab_matcher *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++)
		free(m->names[i].folded);
	free(m->names);
	free(m);
}

static int add_name(pv_vocab_matcher *m, pv_vocab_id vocab, const char *text, int fold,
                    const pv_vocab_key *keys, size_t n_keys)
{
	name_entry *e = &m->names[m->n];
	e->folded = fold ? pv_fold(text) : strdup(text);
	if (!e->folded)
		return -1;
	e->vocab = vocab;
	memcpy(e->keys, keys, n_keys * sizeof(*keys));
	e->n_keys = n_keys;
	m->n++;
	return 0;
}

int pv_vocab_matcher_new(pv_vocab_matcher **out)
{
	size_t cap = sizeof(aliases) / sizeof(aliases[0]);
	pv_vocab_matcher *m;

	*out = NULL;
	for (int v = 0; v < PV_VOCAB_COUNT; v++)
		cap += 3 * pv_vocab_get((pv_vocab_id)v)->count;
	m = calloc(1, sizeof(*m));
	if (!m || !(m->names = calloc(cap, sizeof(*m->names)))) {
		free(m);
		return -1;
	}
	/* Keys and labels first: an alias never overrides a term's own name. */
	for (int v = 0; v < PV_VOCAB_COUNT; v++) {
		const pv_vocab *voc = pv_vocab_get((pv_vocab_id)v);
		for (size_t i = 0; i < voc->count; i++) {
			pv_vocab_key k = (pv_vocab_key)i;
			if (add_name(m, (pv_vocab_id)v, voc->terms[i].key, 1, &k, 1) != 0 ||
			    add_name(m, (pv_vocab_id)v, voc->terms[i].nl, 1, &k, 1) != 0 ||
			    add_name(m, (pv_vocab_id)v, voc->terms[i].en, 1, &k, 1) != 0) {
				pv_vocab_matcher_free(m);
				return -1;
			}
		}
	}
	for (size_t a = 0; a < sizeof(aliases) / sizeof(aliases[0]); a++) {
		pv_vocab_key keys[3];
		size_t n = 0;
		char buf[128];
		const char *p = aliases[a].keys;
		while (*p && n < 3) {
			size_t len = strcspn(p, " ");
			if (len >= sizeof(buf))
				len = sizeof(buf) - 1;
			memcpy(buf, p, len);
			buf[len] = '\0';
			keys[n] = pv_vocab_find(aliases[a].vocab, buf);
			if (keys[n] != PV_VOCAB_NONE)
				n++;
			p += len;
			while (*p == ' ')
				p++;
		}
		if (n && add_name(m, aliases[a].vocab, aliases[a].alias, 0, keys, n) != 0) {
			pv_vocab_matcher_free(m);
			return -1;
		}
	}
	*out = m;
	return 0;
}

/* "6 1 c", "art 6 lid 1 sub c", "artikel 6 lid 1 onder c avg", "6 1c":
 * the letter after article `article` paragraph `para`, or 0. */
static int article_letter(const char *folded, const char *article, const char *para)
{
	static const char *const filler[] = {"art", "artikel", "lid", "sub", "onder", "letter",
	                                     "avg", "gdpr", "ava", "van", "de", "the", "para",
	                                     "paragraph", NULL};
	char joined[32] = "";
	size_t jl = 0;
	const char *p = folded;

	while (*p) {
		size_t len = strcspn(p, " ");
		int skip = 0;
		for (const char *const *f = filler; *f; f++)
			if (strlen(*f) == len && strncmp(*f, p, len) == 0)
				skip = 1;
		if (!skip) {
			if (jl + len >= sizeof(joined))
				return 0;
			memcpy(joined + jl, p, len);
			jl += len;
			joined[jl] = '\0';
		}
		p += len;
		while (*p == ' ')
			p++;
	}
	size_t al = strlen(article), pl = strlen(para);
	if (jl == al + pl + 1 && strncmp(joined, article, al) == 0 &&
	    strncmp(joined + al, para, pl) == 0 && joined[jl - 1] >= 'a' && joined[jl - 1] <= 'j')
		return joined[jl - 1];
	return 0;
}

static size_t by_letter(pv_vocab_id id, int letter, pv_vocab_key *keys, size_t max)
{
	const pv_vocab *v = pv_vocab_get(id);
	for (size_t i = 0; i < v->count && max; i++)
		if (v->terms[i].flag == letter) {
			keys[0] = (pv_vocab_key)i;
			return 1;
		}
	return 0;
}

size_t pv_vocab_match(const pv_vocab_matcher *m, pv_vocab_id id, const char *folded,
                      pv_vocab_key *keys, size_t max)
{
	if (!m || !folded || !*folded || !max)
		return 0;
	for (size_t i = 0; i < m->n; i++) {
		const name_entry *e = &m->names[i];
		if (e->vocab == id && strcmp(e->folded, folded) == 0) {
			size_t n = e->n_keys < max ? e->n_keys : max;
			memcpy(keys, e->keys, n * sizeof(*keys));
			return n;
		}
	}
	if (id == PV_VOCAB_LEGAL_BASIS) {
		int letter = article_letter(folded, "6", "1");
		if (letter && letter <= 'f')
			return by_letter(id, letter, keys, max);
	}
	if (id == PV_VOCAB_SPECIAL_CONDITION) {
		int letter = article_letter(folded, "9", "2");
		if (letter)
			return by_letter(id, letter, keys, max);
	}
	return 0;
}

/* Whether `needle` occurs in `hay` as whole words. */
static int has_words(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (!n)
		return 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		if ((p == hay || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

pv_vocab_key pv_vocab_match_within(const pv_vocab_matcher *m, pv_vocab_id id,
                                   const char *folded)
{
	pv_vocab_key best = PV_VOCAB_NONE;
	size_t best_len = 0;
	if (!m || !folded)
		return PV_VOCAB_NONE;
	for (size_t i = 0; i < m->n; i++) {
		const name_entry *e = &m->names[i];
		size_t len = strlen(e->folded);
		if (e->vocab == id && len > best_len && has_words(folded, e->folded)) {
			best = e->keys[0];
			best_len = len;
		}
	}
	return best;
}

int pv_yes_no_word(const char *folded)
{
	static const char *const yes[] = {"ja", "yes", "j", "y", "true", "waar", "wel", NULL};
	static const char *const no[] = {"nee", "no", "n", "false", "onwaar", "geen", "niet",
	                                 "none", "niet van toepassing", "nvt", "n v t", "n a",
	                                 "niet nodig", "niet vereist", "not required", NULL};
	char first[32];
	size_t len;

	if (!folded || !*folded)
		return -1;
	for (const char *const *w = no; *w; w++)
		if (strcmp(folded, *w) == 0)
			return 0;
	len = strcspn(folded, " ");
	if (len >= sizeof(first))
		return -1;
	memcpy(first, folded, len);
	first[len] = '\0';
	for (const char *const *w = yes; *w; w++)
		if (strcmp(first, *w) == 0)
			return 1;
	if (strcmp(first, "nee") == 0 || strcmp(first, "no") == 0 || strcmp(first, "geen") == 0)
		return 0;
	return -1;
}
