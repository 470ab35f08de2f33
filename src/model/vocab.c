/*
 * vocab.c - the one definition of every register vocabulary.
 * IRIs are W3C Data Privacy Vocabulary (DPV) 2.3 terms.
 */
#include "model/vocab.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/text.h"
#include "util/lang.h"

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
	/* The register says its source does not state the basis: no Art. 6(1)
	 * letter, no DPV concept; check reports it (basis-not-stated). */
	{"not-stated", NULL, "niet vermeld in het register", "not stated in the register", 0},
};

static const pv_term special_conditions[] = {
	{"explicit-consent", GDPR "A9-2-a", "uitdrukkelijke toestemming", "explicit consent", 'a'},
	{"employment-social-security", GDPR "A9-2-b", "werk en sociale zekerheid", "employment and social security", 'b'},
	{"vital-interest", GDPR "A9-2-c", "vitaal belang", "vital interest", 'c'},
	{"non-profit-body", GDPR "A9-2-d", "stichting of vereniging zonder winstoogmerk", "non-profit body", 'd'},
	{"made-public", GDPR "A9-2-e", "door uzelf openbaar gemaakt", "made public by you", 'e'},
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
	{"photo", PD "Picture", "foto die u inlevert", "photo you hand in", PV_DATA_ORDINARY},
	{"camera-images", PD "Picture", "camerabeelden", "camera images", PV_DATA_ORDINARY},
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
	{"not-stated", NULL, "niet vermeld in het register", "not stated in the register", PV_DATA_ORDINARY}, /* data-not-stated */
};

/* DPV 2.3 has data source concepts (dpv:DataSource and kin) outside the
 * reference files shipped with the project, so sources carry no IRI here. */
static const pv_term data_sources[] = {
	{"data-subject", NULL, "van uzelf", "from you", 0},
	{"base-registry", NULL, "uit een basisregistratie", "from a base registry", 0},
	{"other-organisation", NULL, "van een andere organisatie", "from another organisation", 0},
	{"sensor", NULL, "van camera's of sensoren", "from cameras or sensors", 0},
	{"public-source", NULL, "uit openbare bronnen", "from public sources", 0},
	{"own-records", NULL, "uit onze eigen administratie", "from our own records", 0},
	{"not-stated", NULL, "niet vermeld in het register", "not stated in the register", 0}, /* source-not-stated */
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
	{"not-stated", NULL, "niet vermeld in het register", "not stated in the register", 0}, /* subjects-not-stated */
};

static const pv_term recipient_kinds[] = {
	{"processor", DPV "DataProcessor", "leverancier die voor ons werkt", "supplier working for us", 0},
	{"public-authority", DPV "ThirdParty", "andere overheid", "other government body", 0},
	{"care-partner", DPV "ThirdParty", "zorgpartner", "care partner", 0},
	{"social-partner", DPV "ThirdParty", "maatschappelijke partner", "community partner", 0},
	{"police-justice", DPV "ThirdParty", "politie en justitie", "police and justice", 0},
	{"joint-controller", DPV "JointDataControllers", "partner die samen met ons verantwoordelijk is", "partner responsible together with us", 0},
	{"public", DPV "Recipient", "iedereen (openbaar)", "the public", 0},
	{"independent-controller", DPV "DataController", "organisatie die zelf verantwoordelijk is", "organisation responsible in its own right", 0},
	{"third-party", DPV "ThirdParty", "andere organisatie", "other organisation", 0},
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
	{"encryption-in-transit", DPV "EncryptionInTransfer", "versleuteld verzenden", "sent encrypted", 0},
	{"encryption-at-rest", DPV "EncryptionAtRest", "versleuteld opslaan", "stored encrypted", 0},
	{"access-control", DPV "AccessControlMethod", "alleen bevoegde medewerkers", "only authorised staff", 0},
	{"multi-factor-authentication", DPV "MultiFactorAuthentication", "inloggen met twee stappen", "logging in with two steps", 0},
	{"pseudonymisation", DPV "Pseudonymisation", "namen vervangen door codes", "names replaced by codes", 0},
	{"anonymisation", DPV "Anonymisation", "anoniem gemaakt", "made anonymous", 0},
	{"logging", DPV "LoggingPolicy", "wie kijkt, wordt vastgelegd", "who looks is recorded", 0},
	{"backup", DPV "DataBackupProtocols", "reservekopieën", "backups", 0},
	{"staff-training", DPV "DataProtectionTraining", "medewerkers getraind in privacy", "staff trained in privacy", 0},
	{"security-audit", DPV "SecurityAudit", "beveiliging gecontroleerd", "security checked", 0},
	{"penetration-testing", DPV "PenetrationTestingMethods", "systemen getest op inbraak", "systems tested against break-ins", 0},
	{"secure-deletion", DPV "DataSanitisationTechnique", "veilig verwijderen", "deleted safely", 0},
	{"security-policy", DPV "InformationSecurityPolicy", "beveiligingsbeleid (BIO)", "security policy (BIO)", 0},
	{"incident-management", DPV "IncidentManagementProcedures", "aanpak bij datalekken", "plan for data breaches", 0},
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
	/* The register does not say from when the period counts: the sheet
	 * says so after the period (notice.c), check warns
	 * (retention-start-not-stated). */
	{"not-stated", NULL, "vanaf een moment dat niet in het register staat",
	 "from a moment not stated in the register", 0},
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

/* Public bodies that keep a register; DPV 2.3 (as shipped) has no terms
 * for kinds of public bodies. */
static const pv_term controller_kinds[] = {
	{"municipality", NULL, "gemeente", "municipality", 0},
	{"joint-arrangement", NULL, "gemeenschappelijke regeling", "joint arrangement", 0},
	{"province", NULL, "provincie", "province", 0},
	{"water-board", NULL, "waterschap", "water board", 0},
	{"other-public-body", NULL, "overheidsorganisatie", "public body", 0},
};

/* ---- aliases: the officer's words for each key ------------------------
 *
 * One row per key of every vocabulary: the short Dutch word an officer
 * uses (shown in lists as "health (gezondheid)") and more spellings in
 * Dutch and English, separated by '|'. pv_vocab_find_alias() matches them
 * (and the key and both labels) without regard to case, accents, spaces,
 * hyphens or underscores. Used by the schema messages ("Bedoelt u
 * 'health' (gezondheid)?") and by the spreadsheet import. Within one
 * vocabulary no spelling may lead to two keys (tests/unit/test_vocab.c). */
static const pv_vocab_alias aliases[] = {
	{PV_VOCAB_LEGAL_BASIS, "consent", "toestemming", "instemming|opt-in|agreement|toestemming betrokkene|toestemming van de betrokkene"},
	{PV_VOCAB_LEGAL_BASIS, "contract", "overeenkomst", "contractueel|uitvoering overeenkomst|agreement contract|uitvoering van een overeenkomst|noodzakelijk voor de uitvoering van een overeenkomst"},
	{PV_VOCAB_LEGAL_BASIS, "legal-obligation", "wettelijke verplichting", "wettelijke plicht|wettelijk verplicht|wet|law|legal duty|wettelijke verplichtingen|voldoen aan een wettelijke verplichting"},
	{PV_VOCAB_LEGAL_BASIS, "vital-interest", "vitaal belang", "vitale belangen|levensbelang|vital interests"},
	{PV_VOCAB_LEGAL_BASIS, "public-task", "publieke taak", "algemeen belang|openbaar gezag|publiekrechtelijke taak|taak van algemeen belang|public interest|official authority|algemeen belang of openbaar gezag|taak van algemeen belang of openbaar gezag|uitoefening openbaar gezag"},
	{PV_VOCAB_LEGAL_BASIS, "legitimate-interest", "gerechtvaardigd belang", "gerechtvaardigde belangen|legitimate interests"},
	{PV_VOCAB_LEGAL_BASIS, "not-stated", "niet vermeld", "onbekend|niet bekend|not stated|unknown|grondslag onbekend|grondslag niet vermeld|basis not stated"},

	{PV_VOCAB_SPECIAL_CONDITION, "explicit-consent", "uitdrukkelijke toestemming", "expliciete toestemming|toestemming"},
	{PV_VOCAB_SPECIAL_CONDITION, "employment-social-security", "arbeid en sociale zekerheid", "werk en sociale zekerheid|arbeidsrecht|employment|arbeidsrecht en sociale zekerheid|sociale zekerheid"},
	{PV_VOCAB_SPECIAL_CONDITION, "vital-interest", "vitaal belang", "vitale belangen|vital interests"},
	{PV_VOCAB_SPECIAL_CONDITION, "non-profit-body", "stichting of vereniging", "vereniging|stichting|non-profit"},
	{PV_VOCAB_SPECIAL_CONDITION, "made-public", "openbaar gemaakt", "zelf openbaar gemaakt|publiek gemaakt|manifestly made public"},
	{PV_VOCAB_SPECIAL_CONDITION, "legal-claims", "rechtsvordering", "rechtszaak|rechtsvorderingen|juridische claim"},
	{PV_VOCAB_SPECIAL_CONDITION, "substantial-public-interest", "zwaarwegend algemeen belang", "zwaarwegend belang|public interest"},
	{PV_VOCAB_SPECIAL_CONDITION, "health-social-care", "zorg", "gezondheidszorg|zorg en ondersteuning|sociale zorg|health care|social care"},
	{PV_VOCAB_SPECIAL_CONDITION, "public-health", "volksgezondheid", "publieke gezondheid"},
	{PV_VOCAB_SPECIAL_CONDITION, "archiving-research-statistics", "archief en onderzoek", "archivering|archief|wetenschappelijk onderzoek|statistiek|archiving|research|statistics|archivering onderzoek en statistiek"},

	{PV_VOCAB_PURPOSE_CATEGORY, "public-service", "dienstverlening", "dienst|service provision|service"},
	{PV_VOCAB_PURPOSE_CATEGORY, "legal-compliance", "wettelijke taak", "wettelijke taak uitvoeren|naleving|compliance"},
	{PV_VOCAB_PURPOSE_CATEGORY, "public-safety", "openbare veiligheid", "veiligheid|openbare orde|handhaving|public order"},
	{PV_VOCAB_PURPOSE_CATEGORY, "official-statistics", "statistiek", "statistieken|statistics"},
	{PV_VOCAB_PURPOSE_CATEGORY, "communication", "communicatie", "informeren|voorlichting|nieuwsbrief|informing"},
	{PV_VOCAB_PURPOSE_CATEGORY, "personnel", "personeelszaken", "personeel|hrm|p&o|human resources|hr"},
	{PV_VOCAB_PURPOSE_CATEGORY, "payment", "betalingen", "betaling|betalen|facturering|invordering|payments|billing"},
	{PV_VOCAB_PURPOSE_CATEGORY, "fraud-prevention", "fraudebestrijding", "fraude voorkomen|fraude|fraud"},
	{PV_VOCAB_PURPOSE_CATEGORY, "public-benefit", "algemeen belang", "maatschappelijk belang|common good"},
	{PV_VOCAB_PURPOSE_CATEGORY, "improve-public-services", "dienstverlening verbeteren", "diensten verbeteren|kwaliteitsverbetering|improving services"},
	{PV_VOCAB_PURPOSE_CATEGORY, "policy-making", "beleid", "beleid maken|beleidsvorming|beleidsontwikkeling|policy"},
	{PV_VOCAB_PURPOSE_CATEGORY, "identity-verification", "identiteit vaststellen", "identiteit controleren|identificatie|identification"},
	{PV_VOCAB_PURPOSE_CATEGORY, "research", "onderzoek", "wetenschappelijk onderzoek|scientific research"},
	{PV_VOCAB_PURPOSE_CATEGORY, "record-management", "archivering", "archiveren|archief|documentbeheer|records|archiving"},
	{PV_VOCAB_PURPOSE_CATEGORY, "security", "beveiliging", "informatiebeveiliging|security enforcement"},

	{PV_VOCAB_DATA_CATEGORY, "name", "naam", "namen|naw|voornaam|achternaam|full name|naamgegevens|voorletters"},
	{PV_VOCAB_DATA_CATEGORY, "contact", "contactgegevens", "e-mailadres|telefoonnummer|email|phone|contact details|email address|phone number"},
	{PV_VOCAB_DATA_CATEGORY, "address", "adres", "adresgegevens|woonadres|postadres|physical address"},
	{PV_VOCAB_DATA_CATEGORY, "birth-date", "geboortedatum", "geboortedag|leeftijd|date of birth|dob|birthdate"},
	{PV_VOCAB_DATA_CATEGORY, "bsn", "burgerservicenummer", "bsn-nummer|sofinummer|citizen service number|national id"},
	{PV_VOCAB_DATA_CATEGORY, "identity-document", "identiteitsbewijs", "paspoort|id-kaart|identiteitskaart|rijbewijs|passport|id card|kopie identiteitsbewijs"},
	{PV_VOCAB_DATA_CATEGORY, "nationality", "nationaliteit", "staatsburgerschap|citizenship"},
	{PV_VOCAB_DATA_CATEGORY, "marital-status", "burgerlijke staat", "huwelijk|getrouwd|partnerschap|civil status"},
	{PV_VOCAB_DATA_CATEGORY, "household", "huishouden", "huishoudsamenstelling|gezinssamenstelling|huisgenoten|household composition|samenstelling huishouden"},
	{PV_VOCAB_DATA_CATEGORY, "family", "familie", "gezin|gezin en familie|familieleden|kinderen|relatives|gezinsgegevens|familiegegevens"},
	{PV_VOCAB_DATA_CATEGORY, "financial", "financiële gegevens", "financieel|financiën|schulden|vermogen|finance|finances|financial data|betalingsgegevens"},
	{PV_VOCAB_DATA_CATEGORY, "income", "inkomen", "inkomsten|salaris|loon|uitkering|salary|wages|inkomensgegevens"},
	{PV_VOCAB_DATA_CATEGORY, "bank-account", "bankrekening", "rekeningnummer|iban|bankrekeningnummer|bank account number|bankgegevens"},
	{PV_VOCAB_DATA_CATEGORY, "tax", "belasting", "belastinggegevens|belastingen|aanslag|tax data|taxes|fiscale gegevens"},
	{PV_VOCAB_DATA_CATEGORY, "housing", "woonsituatie", "huisvesting|woning|wonen|residency|woongegevens"},
	{PV_VOCAB_DATA_CATEGORY, "work-education", "werk en opleiding", "werk|opleiding|beroep|werkgever|diploma|onderwijs|employment|education|professional|opleidingsgegevens|werkgegevens|arbeidsverleden|cv"},
	{PV_VOCAB_DATA_CATEGORY, "location", "locatie", "locatiegegevens|plaats|gps|geolocatie|geolocation"},
	{PV_VOCAB_DATA_CATEGORY, "images", "beelden", "foto|foto's|video|beeldmateriaal|photos|pictures|video footage|cctv"},
	{PV_VOCAB_DATA_CATEGORY, "photo", "ingeleverde foto", "foto die u inlevert|pasfoto|pasfoto van de aanvrager|handed-in photo|photo handed in"},
	{PV_VOCAB_DATA_CATEGORY, "camera-images", "beelden van camera's", "camerabeelden|videobeelden|bewakingsbeelden|beelden van cameratoezicht|surveillance footage|camera footage"},
	{PV_VOCAB_DATA_CATEGORY, "licence-plate", "kenteken", "kentekens|nummerplaat|license plate|licence plates|number plate"},
	{PV_VOCAB_DATA_CATEGORY, "vehicle", "voertuig", "auto|voertuiggegevens|car|vehicles"},
	{PV_VOCAB_DATA_CATEGORY, "online-identifier", "online gegevens", "ip-adres|cookies|cookie|online identifiers|ip address|ip adressen"},
	{PV_VOCAB_DATA_CATEGORY, "communication", "berichten", "correspondentie|berichten en gesprekken|gesprekken|e-mails|communicatie|messages|correspondence|gespreksverslagen"},
	{PV_VOCAB_DATA_CATEGORY, "behaviour", "gedrag", "gedragsgegevens|behavior|behavioural data"},
	{PV_VOCAB_DATA_CATEGORY, "health", "gezondheid", "gezondheidsgegevens|medisch|medische gegevens|zorg|beperking|handicap|medical|health data|medische informatie|medical data|gegevens over gezondheid"},
	{PV_VOCAB_DATA_CATEGORY, "racial-ethnic-origin", "afkomst", "etniciteit|ras|etnische afkomst|ethnicity|race|ethnic origin|ras of etnische afkomst"},
	{PV_VOCAB_DATA_CATEGORY, "political-opinion", "politieke opvatting", "politieke mening|politieke voorkeur|politiek|political opinions|politics|politieke opvattingen"},
	{PV_VOCAB_DATA_CATEGORY, "religion", "godsdienst", "geloof|religie|levensbeschouwing|religious belief|faith|religieuze overtuiging"},
	{PV_VOCAB_DATA_CATEGORY, "philosophical-belief", "levensovertuiging", "overtuiging|philosophical beliefs|beliefs|levensbeschouwelijke overtuiging"},
	{PV_VOCAB_DATA_CATEGORY, "trade-union", "vakbond", "vakbondslidmaatschap|lid van een vakbond|trade union membership|union membership|lidmaatschap vakbond"},
	{PV_VOCAB_DATA_CATEGORY, "genetic", "genetische gegevens", "genetisch|dna|genetic data"},
	{PV_VOCAB_DATA_CATEGORY, "biometric", "biometrische gegevens", "biometrie|vingerafdruk|vingerafdrukken|gezichtsherkenning|fingerprint|fingerprints|biometrics"},
	{PV_VOCAB_DATA_CATEGORY, "sex-life", "seksueel leven", "seksuele geaardheid|seksualiteit|sexual orientation|sexuality|seksuele gerichtheid"},
	{PV_VOCAB_DATA_CATEGORY, "criminal", "strafrechtelijke gegevens", "strafrechtelijk|strafblad|justitiële gegevens|veroordelingen|criminal records|convictions|criminal data|strafrechtelijk verleden|strafrechtelijke persoonsgegevens"},
	{PV_VOCAB_DATA_CATEGORY, "not-stated", "niet vermeld", "onbekend|niet bekend|not stated|unknown|gegevens niet vermeld|data not stated"},

	{PV_VOCAB_DATA_SOURCE, "data-subject", "betrokkene", "van u zelf|de inwoner|inwoner|aanvrager|zelf|self|from you|the resident|betrokkene zelf|van de betrokkene|van de inwoner zelf|van de inwoner|de inwoner zelf|inwoner zelf|van de aanvrager|de aanvrager zelf|aanvrager zelf|van de betrokkene zelf|from the resident|from the data subject|the data subject|data subject"},
	{PV_VOCAB_DATA_SOURCE, "base-registry", "basisregistratie", "basisregistraties|brp|base registries|register"},
	{PV_VOCAB_DATA_SOURCE, "other-organisation", "andere organisatie", "derde|derden|andere instantie|ketenpartner|other organization|third party|ketenpartners"},
	{PV_VOCAB_DATA_SOURCE, "sensor", "sensor", "sensoren|camera|camera's|meetapparatuur|sensors|cameras"},
	{PV_VOCAB_DATA_SOURCE, "public-source", "openbare bron", "openbare bronnen|internet|publieke bron|public sources"},
	{PV_VOCAB_DATA_SOURCE, "own-records", "eigen administratie", "eigen registratie|eigen systemen|eigen gegevens|own administration"},
	{PV_VOCAB_DATA_SOURCE, "not-stated", "niet vermeld", "onbekend|niet bekend|not stated|unknown|bron onbekend|bron niet vermeld|source not stated|source unknown"},

	{PV_VOCAB_BASE_REGISTRY, "brp", "Basisregistratie Personen", "gba|bevolkingsregister|personal records database"},
	{PV_VOCAB_BASE_REGISTRY, "bag", "Basisregistratie Adressen en Gebouwen", "adressen en gebouwen|addresses and buildings"},
	{PV_VOCAB_BASE_REGISTRY, "brk", "Basisregistratie Kadaster", "kadaster|land registry"},
	{PV_VOCAB_BASE_REGISTRY, "brv", "Basisregistratie Voertuigen", "rdw|kentekenregister|vehicle register"},
	{PV_VOCAB_BASE_REGISTRY, "hr", "Handelsregister", "kvk|kamer van koophandel|trade register|nhr"},
	{PV_VOCAB_BASE_REGISTRY, "bri", "Basisregistratie Inkomen", "belastingdienst|inkomensregister|income register"},
	{PV_VOCAB_BASE_REGISTRY, "woz", "Basisregistratie WOZ", "waarde onroerende zaken|wozwaarde|property valuation"},

	{PV_VOCAB_DATA_SUBJECT, "residents", "inwoners", "inwoner|burgers|burger|bewoners|citizens|resident|ingezetenen"},
	{PV_VOCAB_DATA_SUBJECT, "applicants", "aanvragers", "aanvrager|applicant"},
	{PV_VOCAB_DATA_SUBJECT, "children", "kinderen", "kind|minderjarigen|jeugd|jongeren|minors|child|jeugdigen"},
	{PV_VOCAB_DATA_SUBJECT, "parents-guardians", "ouders en voogden", "ouders|ouder|voogden|verzorgers|parents|guardians|ouders verzorgers|wettelijk vertegenwoordigers"},
	{PV_VOCAB_DATA_SUBJECT, "employees", "medewerkers", "medewerker|personeel|werknemers|ambtenaren|staff|employee|personeelsleden"},
	{PV_VOCAB_DATA_SUBJECT, "job-seekers", "werkzoekenden", "sollicitanten|werkzoekende|job applicants|applicants for jobs|sollicitant"},
	{PV_VOCAB_DATA_SUBJECT, "clients", "cliënten", "client|cliënt|klanten|klant|customers"},
	{PV_VOCAB_DATA_SUBJECT, "visitors", "bezoekers", "bezoeker|gasten|visitor"},
	{PV_VOCAB_DATA_SUBJECT, "subscribers", "abonnees", "abonnee|subscriber"},
	{PV_VOCAB_DATA_SUBJECT, "participants", "deelnemers", "deelnemer|participant"},
	{PV_VOCAB_DATA_SUBJECT, "users", "gebruikers", "gebruiker|user"},
	{PV_VOCAB_DATA_SUBJECT, "vulnerable-people", "kwetsbare personen", "kwetsbare mensen|kwetsbaren|vulnerable persons"},
	{PV_VOCAB_DATA_SUBJECT, "elderly", "ouderen", "senioren|older people|seniors"},
	{PV_VOCAB_DATA_SUBJECT, "asylum-seekers", "asielzoekers", "asielzoeker|asylum seeker"}, /* not statushouders: they hold a permit */
	{PV_VOCAB_DATA_SUBJECT, "non-residents", "niet-inwoners", "niet-ingezetenen|buitenlanders|niet ingezetenen"},
	{PV_VOCAB_DATA_SUBJECT, "not-stated", "niet vermeld", "onbekend|niet bekend|not stated|unknown|betrokkenen niet vermeld|subjects not stated"},

	{PV_VOCAB_RECIPIENT_KIND, "processor", "verwerker", "verwerkers|leverancier|leveranciers|dienstverlener|processors|supplier|softwareleverancier"},
	{PV_VOCAB_RECIPIENT_KIND, "public-authority", "andere overheid", "overheid|overheidsinstantie|bestuursorgaan|uwv|svb|belastingdienst|government|authority|duo|cbs|rdw|ind|cak|kadaster|rijksoverheid|andere overheden|overheidsinstanties|andere gemeenten"},
	{PV_VOCAB_RECIPIENT_KIND, "care-partner", "zorgpartner", "zorgpartners|zorgaanbieder|zorgaanbieders|zorgverlener|care provider|zorgverleners|ggd|huisarts"},
	{PV_VOCAB_RECIPIENT_KIND, "social-partner", "maatschappelijke partner", "maatschappelijke partners|welzijnsorganisatie|woningcorporatie|social partner|social partners|community partners|wijkteam|woningcorporaties"},
	{PV_VOCAB_RECIPIENT_KIND, "police-justice", "politie en justitie", "politie|justitie|openbaar ministerie|police|justice|rechtbank"},
	{PV_VOCAB_RECIPIENT_KIND, "joint-controller", "gezamenlijke verwerkingsverantwoordelijke", "gezamenlijk verantwoordelijke|gezamenlijke verantwoordelijke|joint controllers|joint controller"},
	{PV_VOCAB_RECIPIENT_KIND, "public", "openbaar", "iedereen|publiek|openbaarmaking|publicatie|publication|everyone"},
	{PV_VOCAB_RECIPIENT_KIND, "independent-controller", "zelfstandige verwerkingsverantwoordelijke", "zelfstandig verantwoordelijke|verwerkingsverantwoordelijke|eigen verantwoordelijkheid|controller|data controller"},
	{PV_VOCAB_RECIPIENT_KIND, "third-party", "derde", "derden|andere organisatie|third parties|other organisation"},

	{PV_VOCAB_TRANSFER_MECHANISM, "adequacy", "adequaatheidsbesluit", "passend beschermingsniveau|adequaat|adequacy decision|adequaatheid|eu-us data privacy framework|eu-vs data privacy framework|data privacy framework|dpf|eu-us dpf|eu-vs dpf"},
	{PV_VOCAB_TRANSFER_MECHANISM, "scc", "modelcontractbepalingen", "modelcontract|standaardcontractbepalingen|standard contractual clauses|sccs|standaardcontract|modelcontracten|modelclausules|standard clauses"},
	{PV_VOCAB_TRANSFER_MECHANISM, "bcr", "bindende bedrijfsvoorschriften", "binding corporate rules"},
	{PV_VOCAB_TRANSFER_MECHANISM, "derogation-consent", "uitdrukkelijke toestemming", "toestemming|explicit consent|consent"},
	{PV_VOCAB_TRANSFER_MECHANISM, "derogation-contract", "nodig voor overeenkomst", "overeenkomst|contract"},
	{PV_VOCAB_TRANSFER_MECHANISM, "derogation-public-interest", "gewichtig algemeen belang", "algemeen belang|public interest"},
	{PV_VOCAB_TRANSFER_MECHANISM, "derogation-legal-claims", "rechtsvordering", "rechtszaak|legal claim"},

	{PV_VOCAB_SECURITY_MEASURE, "encryption", "versleuteling", "versleuteld|encryptie|crypto|encrypted"},
	{PV_VOCAB_SECURITY_MEASURE, "encryption-in-transit", "versleuteld verzenden", "versleuteld transport|tls|https|encryption in transfer|encryption in transit|beveiligde verbinding"},
	{PV_VOCAB_SECURITY_MEASURE, "encryption-at-rest", "versleuteld opslaan", "versleutelde opslag|schijfversleuteling|disk encryption|encryption at rest"},
	{PV_VOCAB_SECURITY_MEASURE, "access-control", "toegangsbeheer", "autorisatie|autorisaties|toegangscontrole|rechtenbeheer|authorisation|authorization|toegangsbeveiliging|autorisatiebeheer|rollen en rechten|access control"},
	{PV_VOCAB_SECURITY_MEASURE, "multi-factor-authentication", "tweestapsverificatie", "twee-factor-authenticatie|2fa|mfa|meerfactorauthenticatie|two-factor authentication|multi-factor authentication"},
	{PV_VOCAB_SECURITY_MEASURE, "pseudonymisation", "pseudonimisering", "pseudonimiseren|pseudonymization"},
	{PV_VOCAB_SECURITY_MEASURE, "anonymisation", "anonimisering", "anonimiseren|anoniem|anonymization"},
	{PV_VOCAB_SECURITY_MEASURE, "logging", "logging", "loggen|logbestanden|audit trail|audit log|access logging"},
	{PV_VOCAB_SECURITY_MEASURE, "backup", "back-up", "reservekopie|reservekopieën|back-ups|backups"},
	{PV_VOCAB_SECURITY_MEASURE, "staff-training", "training", "bewustwording|privacytraining|opleiding medewerkers|awareness|training"},
	{PV_VOCAB_SECURITY_MEASURE, "security-audit", "audit", "beveiligingsaudit|controle|ens-audit|audits|security audits"},
	{PV_VOCAB_SECURITY_MEASURE, "penetration-testing", "pentest", "penetratietest|pentesten|penetratietesten|pen test|penetration testing"},
	{PV_VOCAB_SECURITY_MEASURE, "secure-deletion", "veilig verwijderen", "vernietiging|vernietigen|wissen|data sanitisation|veilige vernietiging|secure deletion"},
	{PV_VOCAB_SECURITY_MEASURE, "security-policy", "beveiligingsbeleid", "bio|informatiebeveiligingsbeleid|baseline informatiebeveiliging overheid|information security policy"},
	{PV_VOCAB_SECURITY_MEASURE, "incident-management", "incidentbeheer", "datalekprocedure|datalekken|meldplicht datalekken|data breach procedure|incident management"},

	{PV_VOCAB_RETENTION_START, "collection", "ontvangst", "na ontvangst|verzameling|verkrijging|received|collected|na verzameling|na verkrijging|opname|na opname|na de opname|recording|after recording"},
	{PV_VOCAB_RETENTION_START, "case-closed", "afhandeling", "na afhandeling|zaak afgesloten|afsluiting dossier|einde zaak|case closed|na afsluiting|sluiten dossier|after closing"},
	{PV_VOCAB_RETENTION_START, "decision", "besluit", "na het besluit|beschikking|datum besluit|decided|na besluit"},
	{PV_VOCAB_RETENTION_START, "relationship-ended", "einde relatie", "einde dienstverband|uit dienst|einde overeenkomst|end of relationship|uitdiensttreding|einde contract"},
	{PV_VOCAB_RETENTION_START, "expiry", "vervaldatum", "verlopen|na verlopen|einde geldigheid|expired|vervallen|verloopdatum|einde vergunning|na einde vergunning|einde van de vergunning|na afloop vergunning"},
	{PV_VOCAB_RETENTION_START, "deregistration", "uitschrijving", "uitschrijven|vertrek|overlijden|deregistered"},
	{PV_VOCAB_RETENTION_START, "event", "evenement", "na het evenement|gebeurtenis"},
	{PV_VOCAB_RETENTION_START, "not-stated", "niet vermeld", "onbekend|niet bekend|not stated|unknown"},

	{PV_VOCAB_ACTIVITY_STATUS, "planned", "gepland", "voorgenomen|in voorbereiding|concept|toekomstig"},
	{PV_VOCAB_ACTIVITY_STATUS, "active", "actief", "lopend|in gebruik|in use|current|actueel"},
	{PV_VOCAB_ACTIVITY_STATUS, "ended", "beëindigd", "gestopt|afgelopen|be-eindigd|stopped|finished|vervallen"},

	{PV_VOCAB_DPIA_STATUS, "not-started", "niet gestart", "niet begonnen|nog niet|todo|to do"},
	{PV_VOCAB_DPIA_STATUS, "in-progress", "bezig", "in uitvoering|loopt|lopend|ongoing|gestart"},
	{PV_VOCAB_DPIA_STATUS, "done", "uitgevoerd", "klaar|afgerond|gereed|gedaan|completed|finished|complete|ja uitgevoerd"},

	{PV_VOCAB_CONTROLLER_KIND, "municipality", "gemeente", "college van b en w|college van burgemeester en wethouders|gemeentebestuur"},
	{PV_VOCAB_CONTROLLER_KIND, "joint-arrangement", "gemeenschappelijke regeling", "gr|ggd|veiligheidsregio|belastingsamenwerking|joint arrangement"},
	{PV_VOCAB_CONTROLLER_KIND, "province", "provincie", "gedeputeerde staten|provincial"},
	{PV_VOCAB_CONTROLLER_KIND, "water-board", "waterschap", "hoogheemraadschap|waterboard"},
	{PV_VOCAB_CONTROLLER_KIND, "other-public-body", "andere overheid", "zbo|zelfstandig bestuursorgaan|overheidsorganisatie|public body"},
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
	[PV_VOCAB_CONTROLLER_KIND] = {"ControllerKind", controller_kinds, N(controller_kinds)},
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
	return pv_lang_is_en(lang) ? t->en : t->nl;
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

int pv_vocab_is_not_stated(pv_vocab_id id, pv_vocab_key key)
{
	const pv_term *t = pv_vocab_term(id, key);
	return t && strcmp(t->key, "not-stated") == 0;
}

/* ---- aliases ------------------------------------------------------------ */

#define FOLD_MAX 96

const pv_vocab_alias *pv_vocab_aliases(size_t *count)
{
	if (count)
		*count = N(aliases);
	return aliases;
}

pv_vocab_id pv_vocab_by_type(const char *type_name)
{
	if (!type_name)
		return PV_VOCAB_COUNT;
	const char *colon = strchr(type_name, ':');
	if (colon)
		type_name = colon + 1;
	for (int i = 0; i < PV_VOCAB_COUNT; i++)
		if (strcmp(vocabs[i].name, type_name) == 0)
			return (pv_vocab_id)i;
	return PV_VOCAB_COUNT;
}

static const pv_vocab_alias *alias_row(pv_vocab_id id, pv_vocab_key key)
{
	const pv_term *t = pv_vocab_term(id, key);
	if (!t)
		return NULL;
	for (size_t i = 0; i < N(aliases); i++)
		if (aliases[i].vocab == id && strcmp(aliases[i].key, t->key) == 0)
			return &aliases[i];
	return NULL;
}

const char *pv_vocab_word(pv_vocab_id id, pv_vocab_key key)
{
	const pv_vocab_alias *a = alias_row(id, key);
	return a ? a->word : NULL;
}

/* The base letter of a two-byte UTF-8 Latin-1 letter (U+00C0..U+00FF), or 0. */
static char latin1_base(unsigned char b1, unsigned char b2)
{
	static const char map[] = /* U+00C0 .. U+00FF */
		"aaaaaaaceeeeiiiidnooooo ouuuuyts"
		"aaaaaaaceeeeiiiidnooooo ouuuuyty";
	unsigned cp = ((unsigned)(b1 & 0x1f) << 6) | (b2 & 0x3f);
	if (b1 != 0xc3 || (b2 & 0xc0) != 0x80 || cp < 0xc0)
		return 0;
	char c = map[cp - 0xc0];
	return c == ' ' ? 0 : c;
}

char *pv_vocab_fold(char *dst, size_t cap, const char *text)
{
	size_t n = 0;
	if (!dst || cap == 0)
		return dst;
	for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p && n + 1 < cap; p++) {
		if (*p == ' ' || *p == '-' || *p == '_' || *p == '.' || *p == '\'' || *p == '\t')
			continue;
		if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99)) { /* ‘ ’ */
			p += 2;
			continue;
		}
		if (*p >= 0x80) {
			char base = p[1] ? latin1_base(p[0], p[1]) : 0;
			if (base) {
				dst[n++] = base;
				p++;
				continue;
			}
			dst[n++] = (char)*p;
			continue;
		}
		dst[n++] = (char)tolower(*p);
	}
	dst[n] = '\0';
	return dst;
}

/* Calls `visit` with each folded spelling of term `t` (key, labels, word,
 * synonyms); stops and returns 1 when it returns nonzero. */
static int each_spelling(pv_vocab_id id, const pv_term *t,
                         int (*visit)(const char *folded, void *ctx), void *ctx)
{
	char f[FOLD_MAX];
	const char *plain[] = {t->key, t->nl, t->en};
	for (size_t i = 0; i < N(plain); i++)
		if (visit(pv_vocab_fold(f, sizeof(f), plain[i]), ctx))
			return 1;
	const pv_vocab_alias *a = NULL;
	for (size_t i = 0; i < N(aliases) && !a; i++)
		if (aliases[i].vocab == id && strcmp(aliases[i].key, t->key) == 0)
			a = &aliases[i];
	if (!a)
		return 0;
	if (visit(pv_vocab_fold(f, sizeof(f), a->word), ctx))
		return 1;
	for (const char *s = a->synonyms; s && *s;) {
		const char *bar = strchr(s, '|');
		size_t len = bar ? (size_t)(bar - s) : strlen(s);
		char one[FOLD_MAX];
		if (len >= sizeof(one))
			len = sizeof(one) - 1;
		memcpy(one, s, len);
		one[len] = '\0';
		if (visit(pv_vocab_fold(f, sizeof(f), one), ctx))
			return 1;
		s = bar ? bar + 1 : s + len;
	}
	return 0;
}

struct match_ctx {
	const char *want; /* folded text */
	size_t best;      /* smallest distance so far */
	size_t limit;     /* typo limit of the spelling that gave `best` */
};

static int visit_equal(const char *folded, void *ctx)
{
	return folded[0] && strcmp(folded, ((struct match_ctx *)ctx)->want) == 0;
}

static int visit_near(const char *folded, void *ctx)
{
	struct match_ctx *m = ctx;
	size_t d = folded[0] ? pv_edit_distance(m->want, folded) : (size_t)-1;
	if (d < m->best) {
		m->best = d;
		m->limit = pv_typo_limit(strlen(folded));
	}
	return 0;
}

/*
 * Every folded spelling of every term, sorted per vocabulary, built once:
 * a spreadsheet import looks up tens of cells per row, and folding every
 * spelling of a vocabulary for each lookup cost a 1,000-row import about
 * half a second. Read-only once built (pthread_once), so threads share it.
 */
typedef struct {
	const char *folded;
	pv_vocab_key key;
} folded_spelling;

static struct {
	folded_spelling *items; /* one array for all vocabularies */
	size_t start[PV_VOCAB_COUNT + 1];
	char *text;             /* the folded spellings, NUL-separated */
	int ready;              /* 1 once built; 0: look up the slow way */
} folded_index;
static pthread_once_t folded_once = PTHREAD_ONCE_INIT;

struct collect_ctx {
	size_t n, bytes;        /* counted, or filled so far */
	folded_spelling *items; /* NULL while counting */
	char *text;
	pv_vocab_key key;
};

static int visit_collect(const char *folded, void *ctx)
{
	struct collect_ctx *c = ctx;
	size_t len = strlen(folded);
	if (!len)
		return 0;
	if (c->items) {
		memcpy(c->text + c->bytes, folded, len + 1);
		c->items[c->n].folded = c->text + c->bytes;
		c->items[c->n].key = c->key;
	}
	c->n++;
	c->bytes += len + 1;
	return 0;
}

static int cmp_folded(const void *a, const void *b)
{
	const folded_spelling *x = a, *y = b;
	int d = strcmp(x->folded, y->folded);
	return d ? d : (x->key > y->key) - (x->key < y->key);
}

static void build_folded_index(void)
{
	struct collect_ctx c = {0, 0, NULL, NULL, 0};
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1) {
			c.items = malloc((c.n ? c.n : 1) * sizeof(*c.items));
			c.text = malloc(c.bytes ? c.bytes : 1);
			if (!c.items || !c.text) {
				free(c.items);
				free(c.text);
				return; /* out of memory: lookups take the slow way */
			}
			c.n = c.bytes = 0;
		}
		for (int id = 0; id < PV_VOCAB_COUNT; id++) {
			const pv_vocab *v = pv_vocab_get((pv_vocab_id)id);
			if (pass == 1)
				folded_index.start[id] = c.n;
			for (size_t i = 0; v && i < v->count; i++) {
				c.key = (pv_vocab_key)i;
				each_spelling((pv_vocab_id)id, &v->terms[i], visit_collect, &c);
			}
		}
	}
	folded_index.start[PV_VOCAB_COUNT] = c.n;
	for (int id = 0; id < PV_VOCAB_COUNT; id++)
		qsort(c.items + folded_index.start[id], folded_index.start[id + 1] - folded_index.start[id],
		      sizeof(*c.items), cmp_folded);
	folded_index.items = c.items;
	folded_index.text = c.text;
	folded_index.ready = 1;
}

pv_vocab_key pv_vocab_find_alias(pv_vocab_id id, const char *text)
{
	const pv_vocab *v = pv_vocab_get(id);
	char want[FOLD_MAX];
	if (!v || !text || !pv_vocab_fold(want, sizeof(want), text)[0])
		return PV_VOCAB_NONE;
	pthread_once(&folded_once, build_folded_index);
	if (folded_index.ready) {
		/* The first of the sorted spellings equal to `want`: the lowest key,
		 * as the walk over the terms below would find. */
		size_t lo = folded_index.start[id], hi = folded_index.start[id + 1];
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (strcmp(folded_index.items[mid].folded, want) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < folded_index.start[id + 1] && strcmp(folded_index.items[lo].folded, want) == 0)
			return folded_index.items[lo].key;
		return PV_VOCAB_NONE;
	}
	struct match_ctx m = {want, 0, 0};
	for (size_t i = 0; i < v->count; i++)
		if (each_spelling(id, &v->terms[i], visit_equal, &m))
			return (pv_vocab_key)i;
	return PV_VOCAB_NONE;
}

pv_vocab_key pv_vocab_guess(pv_vocab_id id, const char *text)
{
	pv_vocab_key exact = pv_vocab_find_alias(id, text);
	if (exact != PV_VOCAB_NONE)
		return exact;
	const pv_vocab *v = pv_vocab_get(id);
	char want[FOLD_MAX];
	if (!v || !text || !pv_vocab_fold(want, sizeof(want), text)[0])
		return PV_VOCAB_NONE;
	pv_vocab_key best = PV_VOCAB_NONE;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < v->count; i++) {
		struct match_ctx m = {want, (size_t)-1, 0};
		each_spelling(id, &v->terms[i], visit_near, &m);
		if (m.best <= m.limit && m.best < best_d) {
			best_d = m.best;
			best = (pv_vocab_key)i;
		}
	}
	return best;
}
