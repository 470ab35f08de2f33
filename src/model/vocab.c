/*
 * vocab.c - the one definition of every register vocabulary.
 * IRIs are W3C Data Privacy Vocabulary (DPV) 2.3 terms.
 */
#include "model/vocab.h"

#include <string.h>

#define DPV "https://w3id.org/dpv#"
#define PD "https://w3id.org/dpv/pd#"
#define GDPR "https://w3id.org/dpv/legal/eu/gdpr#"
#define N(a) (sizeof(a) / sizeof((a)[0]))

static const pv_term legal_bases[] = {
	{"consent", GDPR "A6-1-a", "toestemming", "consent", 'a'},
	{"contract", GDPR "A6-1-b", "overeenkomst", "contract", 'b'},
	{"legal-obligation", GDPR "A6-1-c", "wettelijke plicht", "legal obligation", 'c'},
	{"vital-interest", GDPR "A6-1-d", "vitaal belang", "vital interest", 'd'},
	{"public-task", GDPR "A6-1-e", "publieke taak", "public task", 'e'},
	{"legitimate-interest", GDPR "A6-1-f", "gerechtvaardigd belang", "legitimate interest", 'f'},
};

static const pv_term special_conditions[] = {
	{"explicit-consent", GDPR "A9-2-a", "uitdrukkelijke toestemming", "explicit consent", 'a'},
	{"employment-social-security", GDPR "A9-2-b", "werk en sociale zekerheid", "employment and social security", 'b'},
	{"vital-interest", GDPR "A9-2-c", "vitaal belang", "vital interest", 'c'},
	{"non-profit-body", GDPR "A9-2-d", "stichting of vereniging zonder winstoogmerk", "non-profit body", 'd'},
	{"made-public", GDPR "A9-2-e", "door u zelf openbaar gemaakt", "made public by you", 'e'},
	{"legal-claims", GDPR "A9-2-f", "rechtszaak", "legal claims", 'f'},
	{"substantial-public-interest", GDPR "A9-2-g", "zwaarwegend algemeen belang", "substantial public interest", 'g'},
	{"health-social-care", GDPR "A9-2-h", "zorg en ondersteuning", "health and social care", 'h'},
	{"public-health", GDPR "A9-2-i", "volksgezondheid", "public health", 'i'},
	{"archiving-research-statistics", GDPR "A9-2-j", "archief, onderzoek en statistiek", "archiving, research and statistics", 'j'},
};

static const pv_term purpose_categories[] = {
	{"public-service", DPV "ServiceProvision", "dienstverlening", "public service", 0},
	{"legal-compliance", DPV "LegalCompliance", "wettelijke taak uitvoeren", "legal compliance", 0},
	{"public-safety", DPV "ProtectionOfPublicSecurity", "openbare veiligheid", "public safety", 0},
	{"official-statistics", DPV "ProvideOfficialStatistics", "statistiek", "official statistics", 0},
	{"communication", DPV "CommunicationManagement", "informeren", "communication", 0},
	{"personnel", DPV "HumanResourceManagement", "personeelszaken", "personnel management", 0},
	{"payment", DPV "PaymentManagement", "betalingen", "payments", 0},
	{"fraud-prevention", DPV "FraudPreventionAndDetection", "fraude voorkomen", "fraud prevention", 0},
	{"public-benefit", DPV "PublicBenefit", "algemeen belang", "public benefit", 0},
	{"improve-public-services", DPV "ImprovePublicServices", "diensten verbeteren", "improving public services", 0},
	{"policy-making", DPV "PublicPolicyMaking", "beleid maken", "policy making", 0},
	{"identity-verification", DPV "IdentityVerification", "identiteit controleren", "identity verification", 0},
	{"research", DPV "ScientificResearch", "onderzoek", "research", 0},
	{"record-management", DPV "RecordManagement", "archiveren", "record management", 0},
	{"security", DPV "EnforceSecurity", "beveiliging", "security", 0},
};

static const pv_term data_categories[] = {
	{"name", PD "Name", "naam", "name", PV_DATA_ORDINARY},
	{"contact", PD "Contact", "contactgegevens", "contact details", PV_DATA_ORDINARY},
	{"address", PD "PhysicalAddress", "adres", "address", PV_DATA_ORDINARY},
	{"birth-date", PD "BirthDate", "geboortedatum", "date of birth", PV_DATA_ORDINARY},
	{"bsn", PD "OfficialID", "burgerservicenummer (BSN)", "citizen service number (BSN)", PV_DATA_NATIONAL_ID},
	{"identity-document", PD "PersonalDocuments", "identiteitsbewijs", "identity document", PV_DATA_ORDINARY},
	{"nationality", PD "Nationality", "nationaliteit", "nationality", PV_DATA_ORDINARY},
	{"marital-status", PD "MaritalStatus", "burgerlijke staat", "marital status", PV_DATA_ORDINARY},
	{"household", PD "Household", "huishouden", "household", PV_DATA_ORDINARY},
	{"family", PD "Family", "gezin en familie", "family", PV_DATA_ORDINARY},
	{"financial", PD "Financial", "financiële gegevens", "financial data", PV_DATA_ORDINARY},
	{"income", PD "Income", "inkomen", "income", PV_DATA_ORDINARY},
	{"bank-account", PD "BankAccount", "bankrekening", "bank account", PV_DATA_ORDINARY},
	{"tax", PD "Tax", "belastinggegevens", "tax data", PV_DATA_ORDINARY},
	{"housing", PD "Residency", "woonsituatie", "housing situation", PV_DATA_ORDINARY},
	{"work-education", PD "Professional", "werk en opleiding", "work and education", PV_DATA_ORDINARY},
	{"location", PD "Location", "locatie", "location", PV_DATA_ORDINARY},
	{"images", PD "Picture", "foto's en camerabeelden", "photos and camera images", PV_DATA_ORDINARY},
	{"licence-plate", PD "VehicalLicenseNumber", "kenteken", "licence plate", PV_DATA_ORDINARY},
	{"vehicle", PD "Vehicle", "voertuig", "vehicle", PV_DATA_ORDINARY},
	{"online-identifier", PD "IPAddress", "online gegevens (zoals IP-adres)", "online identifiers (such as IP address)", PV_DATA_ORDINARY},
	{"communication", PD "Communication", "berichten en gesprekken", "messages and conversations", PV_DATA_ORDINARY},
	{"behaviour", PD "Behavioural", "gedrag", "behaviour", PV_DATA_ORDINARY},
	{"health", PD "Health", "gezondheid", "health", PV_DATA_SPECIAL},
	{"racial-ethnic-origin", PD "EthnicOrigin", "afkomst", "racial or ethnic origin", PV_DATA_SPECIAL},
	{"political-opinion", PD "PoliticalOpinion", "politieke mening", "political opinions", PV_DATA_SPECIAL},
	{"religion", PD "ReligiousBelief", "geloof", "religious beliefs", PV_DATA_SPECIAL},
	{"philosophical-belief", PD "PhilosophicalBelief", "levensovertuiging", "philosophical beliefs", PV_DATA_SPECIAL},
	{"trade-union", PD "TradeUnionMembership", "lid van een vakbond", "trade union membership", PV_DATA_SPECIAL},
	{"genetic", PD "Genetic", "genetische gegevens", "genetic data", PV_DATA_SPECIAL},
	{"biometric", PD "Biometric", "biometrische gegevens (zoals vingerafdruk)", "biometric data (such as fingerprints)", PV_DATA_SPECIAL},
	{"sex-life", PD "Sexual", "seksueel leven of geaardheid", "sex life or sexual orientation", PV_DATA_SPECIAL},
	{"criminal", PD "Criminal", "strafrechtelijke gegevens", "criminal records", PV_DATA_CRIMINAL},
};

/* DPV 2.3 has data source concepts (dpv:DataSource and kin) outside the
 * reference files shipped with the project, so sources carry no IRI here. */
static const pv_term data_sources[] = {
	{"data-subject", NULL, "van u zelf", "from you", 0},
	{"base-registry", NULL, "uit een basisregistratie", "from a base registry", 0},
	{"other-organisation", NULL, "van een andere organisatie", "from another organisation", 0},
	{"sensor", NULL, "van camera's of sensoren", "from cameras or sensors", 0},
	{"public-source", NULL, "uit openbare bronnen", "from public sources", 0},
	{"own-records", NULL, "uit onze eigen administratie", "from our own records", 0},
};

/* Dutch base registries: no DPV counterpart. */
static const pv_term base_registries[] = {
	{"brp", NULL, "Basisregistratie Personen (BRP)", "Personal Records Database (BRP)", 0},
	{"bag", NULL, "Basisregistratie Adressen en Gebouwen (BAG)", "Addresses and Buildings Register (BAG)", 0},
	{"brk", NULL, "Basisregistratie Kadaster (BRK)", "Land Registry (BRK)", 0},
	{"brv", NULL, "Basisregistratie Voertuigen (RDW)", "Vehicle Register (RDW)", 0},
	{"hr", NULL, "Handelsregister (KVK)", "Trade Register (KVK)", 0},
	{"bri", NULL, "Basisregistratie Inkomen (Belastingdienst)", "Income Register (Tax Administration)", 0},
	{"woz", NULL, "Basisregistratie WOZ", "Property Valuation Register (WOZ)", 0},
};

static const pv_term data_subjects[] = {
	{"residents", DPV "Citizen", "inwoners", "residents", 0},
	{"applicants", DPV "Applicant", "aanvragers", "applicants", 0},
	{"children", DPV "Child", "kinderen", "children", 0},
	{"parents-guardians", DPV "GuardianOfDataSubject", "ouders en voogden", "parents and guardians", 0},
	{"employees", DPV "Employee", "medewerkers", "employees", 0},
	{"job-seekers", DPV "JobApplicant", "werkzoekenden", "job seekers", 0},
	{"clients", DPV "Client", "cliënten", "clients", 0},
	{"visitors", DPV "Visitor", "bezoekers", "visitors", 0},
	{"subscribers", DPV "Subscriber", "abonnees", "subscribers", 0},
	{"participants", DPV "Participant", "deelnemers", "participants", 0},
	{"users", DPV "User", "gebruikers", "users", 0},
	{"vulnerable-people", DPV "VulnerableDataSubject", "kwetsbare mensen", "vulnerable people", 0},
	{"elderly", DPV "ElderlyDataSubject", "ouderen", "older people", 0},
	{"asylum-seekers", DPV "AsylumSeeker", "asielzoekers", "asylum seekers", 0},
	{"non-residents", DPV "NonCitizen", "niet-inwoners", "non-residents", 0},
};

static const pv_term recipient_kinds[] = {
	{"processor", DPV "DataProcessor", "leverancier die voor ons werkt", "supplier working for us", 0},
	{"public-authority", DPV "ThirdParty", "andere overheid", "other government body", 0},
	{"care-partner", DPV "ThirdParty", "zorgpartner", "care partner", 0},
	{"social-partner", DPV "ThirdParty", "maatschappelijke partner", "social partner", 0},
	{"police-justice", DPV "ThirdParty", "politie en justitie", "police and justice", 0},
	{"joint-controller", DPV "JointDataControllers", "partner die samen met ons verantwoordelijk is", "joint controller", 0},
	{"public", DPV "Recipient", "iedereen (openbaar)", "the public", 0},
};

static const pv_term transfer_mechanisms[] = {
	{"adequacy", GDPR "A45-3", "land met passend beschermingsniveau", "adequacy decision", 0},
	{"scc", GDPR "A46-2-c", "modelcontract van de Europese Commissie", "standard contractual clauses", 0},
	{"bcr", GDPR "BindingCorporateRules", "bindende bedrijfsvoorschriften", "binding corporate rules", 0},
	{"derogation-consent", GDPR "A49-1-a", "uw uitdrukkelijke toestemming", "explicit consent", 0},
	{"derogation-contract", GDPR "A49-1-b", "nodig voor een overeenkomst met u", "necessary for a contract", 0},
	{"derogation-public-interest", GDPR "A49-1-d", "gewichtig algemeen belang", "important public interest", 0},
	{"derogation-legal-claims", GDPR "A49-1-e", "rechtszaak", "legal claims", 0},
};

static const pv_term security_measures[] = {
	{"encryption", DPV "Encryption", "versleuteling", "encryption", 0},
	{"encryption-in-transit", DPV "EncryptionInTransfer", "versleuteld verzenden", "encryption in transit", 0},
	{"encryption-at-rest", DPV "EncryptionAtRest", "versleuteld opslaan", "encryption at rest", 0},
	{"access-control", DPV "AccessControlMethod", "alleen bevoegde medewerkers", "access control", 0},
	{"multi-factor-authentication", DPV "MultiFactorAuthentication", "inloggen met twee stappen", "multi-factor authentication", 0},
	{"pseudonymisation", DPV "Pseudonymisation", "namen vervangen door codes", "pseudonymisation", 0},
	{"anonymisation", DPV "Anonymisation", "anoniem gemaakt", "anonymisation", 0},
	{"logging", DPV "LoggingPolicy", "wie kijkt, wordt vastgelegd", "access logging", 0},
	{"backup", DPV "DataBackupProtocols", "reservekopieën", "backups", 0},
	{"staff-training", DPV "DataProtectionTraining", "medewerkers getraind in privacy", "staff trained in privacy", 0},
	{"security-audit", DPV "SecurityAudit", "beveiliging gecontroleerd", "security audits", 0},
	{"penetration-testing", DPV "PenetrationTestingMethods", "systemen getest op inbraak", "penetration testing", 0},
	{"secure-deletion", DPV "DataSanitisationTechnique", "veilig verwijderen", "secure deletion", 0},
	{"security-policy", DPV "InformationSecurityPolicy", "beveiligingsbeleid (BIO)", "information security policy", 0},
	{"incident-management", DPV "IncidentManagementProcedures", "aanpak bij datalekken", "incident management", 0},
};

/* DPV 2.3 expresses durations with dpv:StorageDuration and no vocabulary of
 * start events, so retention starts carry no IRI. */
static const pv_term retention_starts[] = {
	{"collection", NULL, "na ontvangst", "after collection", 0},
	{"case-closed", NULL, "na afhandeling van uw zaak", "after your case is closed", 0},
	{"decision", NULL, "na het besluit", "after the decision", 0},
	{"relationship-ended", NULL, "na het einde van de relatie", "after the relationship ends", 0},
	{"expiry", NULL, "na het verlopen", "after expiry", 0},
	{"deregistration", NULL, "na uitschrijving", "after deregistration", 0},
	{"event", NULL, "na het evenement", "after the event", 0},
};

static const pv_term activity_statuses[] = {
	{"planned", NULL, "gepland", "planned", 0},
	{"active", NULL, "actief", "active", 0},
	{"ended", NULL, "beëindigd", "ended", 0},
};

static const pv_term dpia_statuses[] = {
	{"not-started", NULL, "niet begonnen", "not started", 0},
	{"in-progress", NULL, "bezig", "in progress", 0},
	{"done", NULL, "klaar", "done", 0},
};

static const pv_vocab vocabs[PV_VOCAB_COUNT] = {
	[PV_VOCAB_LEGAL_BASIS] = {"LegalBasis", legal_bases, N(legal_bases)},
	[PV_VOCAB_SPECIAL_CONDITION] = {"SpecialCondition", special_conditions, N(special_conditions)},
	[PV_VOCAB_PURPOSE_CATEGORY] = {"PurposeCategory", purpose_categories, N(purpose_categories)},
	[PV_VOCAB_DATA_CATEGORY] = {"DataCategory", data_categories, N(data_categories)},
	[PV_VOCAB_DATA_SOURCE] = {"DataSource", data_sources, N(data_sources)},
	[PV_VOCAB_BASE_REGISTRY] = {"BaseRegistry", base_registries, N(base_registries)},
	[PV_VOCAB_DATA_SUBJECT] = {"DataSubjectKind", data_subjects, N(data_subjects)},
	[PV_VOCAB_RECIPIENT_KIND] = {"RecipientKind", recipient_kinds, N(recipient_kinds)},
	[PV_VOCAB_TRANSFER_MECHANISM] = {"TransferMechanism", transfer_mechanisms, N(transfer_mechanisms)},
	[PV_VOCAB_SECURITY_MEASURE] = {"SecurityMeasure", security_measures, N(security_measures)},
	[PV_VOCAB_RETENTION_START] = {"RetentionStart", retention_starts, N(retention_starts)},
	[PV_VOCAB_ACTIVITY_STATUS] = {"ActivityStatus", activity_statuses, N(activity_statuses)},
	[PV_VOCAB_DPIA_STATUS] = {"DpiaStatus", dpia_statuses, N(dpia_statuses)},
};

const pv_vocab *pv_vocab_get(pv_vocab_id id)
{
	if ((int)id < 0 || id >= PV_VOCAB_COUNT)
		return NULL;
	return &vocabs[id];
}

pv_vocab_key pv_vocab_find(pv_vocab_id id, const char *key)
{
	const pv_vocab *v = pv_vocab_get(id);
	if (!v || !key)
		return PV_VOCAB_NONE;
	for (size_t i = 0; i < v->count; i++)
		if (strcmp(v->terms[i].key, key) == 0)
			return (pv_vocab_key)i;
	return PV_VOCAB_NONE;
}

const pv_term *pv_vocab_term(pv_vocab_id id, pv_vocab_key key)
{
	const pv_vocab *v = pv_vocab_get(id);
	if (!v || key < 0 || (size_t)key >= v->count)
		return NULL;
	return &v->terms[key];
}

const char *pv_vocab_label(pv_vocab_id id, pv_vocab_key key, const char *lang)
{
	const pv_term *t = pv_vocab_term(id, key);
	if (!t)
		return "";
	return (lang && strcmp(lang, "en") == 0) ? t->en : t->nl;
}

pv_data_class pv_data_class_of(pv_vocab_key data_category)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, data_category);
	return t ? (pv_data_class)t->flag : PV_DATA_ORDINARY;
}

int pv_basis_letter(pv_vocab_key legal_basis)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_LEGAL_BASIS, legal_basis);
	return t ? t->flag : 0;
}
