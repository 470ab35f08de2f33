/*
 * rules_catalogue.c - every rule privicon reports, with its stable id,
 * default severity, the article it rests on, a one-line summary and what to
 * do about it, in Dutch and English. `privicon rules` lists it and SARIF
 * output carries it as the tool's rule metadata.
 *
 * Ids never change meaning: registers name them in acknowledgements and CI
 * configurations filter on them. Add new rules; do not rename old ones.
 *
 * Decisions recorded here:
 *   - One severity per id. Art. 30(1) facts the GDPR asks "where possible"
 *     (retention, security) have their own warning ids (art30-retention,
 *     art30-security) instead of warning findings under the error id
 *     art30-incomplete, so they can be acknowledged and SARIF's level is
 *     right.
 *   - The loader's ids (file, xml-syntax, xml-unsafe, schema) are listed so
 *     SARIF can describe them; they are errors and cannot be acknowledged.
 */
#include <string.h>

#include "rules/rules.h"

#define E PRIVICON_ERROR
#define W PRIVICON_WARNING

static const privicon_rule_info rules[] = {
	/* ---- loading (reported by the loader) ---- */
	{"file", E, "register format",
	 "Het bestand kan niet worden gelezen.",
	 "The file cannot be read.",
	 "Controleer de bestandsnaam. Het moet een gewoon bestand zijn, niet leeg, en kleiner dan de maximale grootte.",
	 "Check the file name. It must be a regular file, not empty, and smaller than the size limit."},
	{"xml-syntax", E, "XML 1.0",
	 "Het bestand is geen correcte XML.",
	 "The file is not well-formed XML.",
	 "Herstel de XML op de genoemde regel: sluit elke tag, zet waarden tussen aanhalingstekens en sla het bestand op als UTF-8.",
	 "Repair the XML at the line given: close every tag, quote every value and save the file as UTF-8."},
	{"xml-unsafe", E, "XML 1.0; privicon security policy",
	 "Het bestand gebruikt XML-onderdelen die onveilig zijn (entiteiten, externe verwijzingen of XInclude).",
	 "The file uses unsafe XML features (entities, external references or XInclude).",
	 "Haal de DOCTYPE met entiteiten, externe verwijzingen en XInclude weg. Een register heeft ze niet nodig.",
	 "Remove the DOCTYPE with entities, external references and XInclude. A register does not need them."},
	{"schema", E, "register schema (schemas/register.xsd)",
	 "Het bestand volgt het registerschema niet.",
	 "The file does not follow the register schema.",
	 "Pas het element op de genoemde regel aan zoals de melding zegt. Een editor die het schema kent, vult elementen en waarden voor u aan.",
	 "Change the element at the line given as the message says. An editor that knows the schema completes elements and values for you."},

	/* ---- producing outputs (reported by render, html, site, export,
	 * import, diff and themes, not by check) ---- */
	{"render", E, "privicon output",
	 "Een blad, pagina of PDF kan niet worden gemaakt.",
	 "A sheet, page or PDF cannot be made.",
	 "Lees de melding: meestal ontbreken de iconen (--icons) of is er te weinig geheugen of schijfruimte.",
	 "Read the message: usually the icons are missing (--icons) or memory or disk space ran out."},
	{"layout-overflow", E, "privicon output",
	 "Een tekst past niet op het blad.",
	 "A text does not fit on the sheet.",
	 "Maak de genoemde tekst korter, of meld het als fout in privicon.",
	 "Shorten the text named, or report it as a bug in privicon."},
	{"font-missing", W, "privicon output",
	 "Het lettertype van de bladen is niet geïnstalleerd; de bladen zien er anders uit.",
	 "The sheets' font is not installed; the sheets look different.",
	 "Installeer het lettertype (voor DejaVu Sans: pakket fonts-dejavu-core).",
	 "Install the font (for DejaVu Sans: package fonts-dejavu-core)."},
	{"pdf-language", W, "EN 301 549 / WCAG 2.1 SC 3.1.1",
	 "De taal van de PDF kon niet worden ingesteld.",
	 "The PDF's language could not be set.",
	 "Meld het als fout in privicon, met de versie van cairo.",
	 "Report it as a bug in privicon, with the version of cairo."},
	{"theme", E, "WCAG 2.1 SC 1.4.3, 1.4.11",
	 "Het thema kan niet worden gebruikt (een kleur, lettertype of maat klopt niet, of het contrast is te laag).",
	 "The theme cannot be used (a colour, font or size is wrong, or the contrast is too low).",
	 "Herstel het genoemde token in het themabestand.",
	 "Repair the token named in the theme file."},
	{"theme-token", W, "privicon themes",
	 "Een token in het thema wordt niet gebruikt.",
	 "A token in the theme is not used.",
	 "Controleer de naam van het token; privicon kent de tokens in themes/default.json.",
	 "Check the token's name; privicon knows the tokens of themes/default.json."},
	{"export", E, "privicon open data",
	 "De export kan niet worden gemaakt.",
	 "The export cannot be made.",
	 "Lees de melding: meestal ontbreken de iconen (--icons).",
	 "Read the message: usually the icons are missing (--icons)."},
	{"json-syntax", E, "RFC 8259",
	 "Het JSON-bestand is geen geldige JSON.",
	 "The JSON file is not valid JSON.",
	 "Herstel de JSON op de genoemde regel.",
	 "Repair the JSON at the line given."},
	{"json-shape", E, "schemas/register.schema.json",
	 "Het JSON-bestand heeft niet de vorm van een privicon-export.",
	 "The JSON file does not have the shape of a privicon export.",
	 "Gebruik een bestand dat privicon export heeft gemaakt, of pas het aan volgens schemas/register.schema.json.",
	 "Use a file made by privicon export, or change it to follow schemas/register.schema.json."},
	{"version-not-raised", E, "Logboek Dataverwerkingen (versioned processing activities)",
	 "Een activiteit is wezenlijk gewijzigd maar haar versie is niet verhoogd.",
	 "An activity changed materially but its version was not raised.",
	 "Verhoog version=\"...\" van de activiteit, zodat logboeken naar de juiste versie verwijzen.",
	 "Raise the activity's version=\"...\", so that processing logs point to the right version."},

	/* ---- the controller ---- */
	{"controller-contact", E, "GDPR Art. 13(1)(a), 30(1)(a)",
	 "De organisatie heeft geen e-mailadres, telefoonnummer of website voor vragen.",
	 "The controller has no e-mail address, phone number or web page for questions.",
	 "Vul <contact> bij <controller> aan met email=\"...\", phone=\"...\" of web=\"...\", zodat inwoners weten waar ze terechtkunnen.",
	 "Add email=\"...\", phone=\"...\" or web=\"...\" to the controller's <contact>, so residents know where to turn."},
	{"dpo-missing", E, "GDPR Art. 37(1)(a)",
	 "Een overheidsorgaan heeft geen functionaris gegevensbescherming (FG) in het register.",
	 "A public authority names no data protection officer (DPO).",
	 "Voeg <dpo name=\"...\" email=\"...\"/> toe aan <controller>. Elke overheid moet een FG aanwijzen.",
	 "Add <dpo name=\"...\" email=\"...\"/> to <controller>. Every public authority must designate a DPO."},

	/* ---- Art. 30 facts and explicit statements ---- */
	{"art30-incomplete", E, "GDPR Art. 30(1)",
	 "Een gegeven dat het register volgens art. 30 AVG moet bevatten, ontbreekt.",
	 "A fact the register must contain under GDPR Art. 30 is missing.",
	 "Vul het ontbrekende gegeven aan dat de melding noemt: de omschrijving van een doel of activiteit, de ontvangers, of de contactgegevens van de FG.",
	 "Add the missing fact the message names: the description of a purpose or activity, the recipients, or the DPO's contact details."},
	{"art30-retention", W, "GDPR Art. 30(1)(f), 5(1)(e)",
	 "Een activiteit zegt niet hoe lang de gegevens worden bewaard.",
	 "An activity does not say how long the data are kept.",
	 "Voeg <retention period=\"P7Y\" from=\"case-closed\"/> toe met de echte bewaartermijn, en waar het kan het resultaatnummer uit de Selectielijst (selectielijst=\"11.1.2\").",
	 "Add <retention period=\"P7Y\" from=\"case-closed\"/> with the real retention period and, where possible, the Selectielijst result number (selectielijst=\"11.1.2\")."},
	{"art30-security", W, "GDPR Art. 30(1)(g), 32",
	 "Een activiteit noemt geen beveiligingsmaatregelen.",
	 "An activity names no security measures.",
	 "Voeg <security> toe met de maatregelen die gelden, bijvoorbeeld <measure kind=\"access-control\"/> en <measure kind=\"logging\"/>.",
	 "Add <security> with the measures that apply, for example <measure kind=\"access-control\"/> and <measure kind=\"logging\"/>."},
	{"recipients-contradiction", E, "GDPR Art. 30(1)(d), 13(1)(e)",
	 "Het register zegt dat niemand buiten de organisatie de gegevens krijgt, maar noemt toch ontvangers.",
	 "The register says nobody outside the controller receives the data, yet lists recipients.",
	 "Zet outside-controller=\"yes\" als de genoemde ontvangers de gegevens echt krijgen, of haal de ontvangers weg als dat niet zo is.",
	 "Set outside-controller=\"yes\" if the listed recipients really receive the data, or remove them if they do not."},
	{"transfers-contradiction", E, "GDPR Art. 30(1)(e), 13(1)(f)",
	 "Wat het register zegt over doorgifte buiten de EER klopt niet met de doorgiften die het noemt.",
	 "What the register says about transfers outside the EEA does not match the transfers it lists.",
	 "Zet outside-eea=\"yes\" en noem elke doorgifte met <transfer>, of zet outside-eea=\"no\" en haal de doorgiften weg.",
	 "Set outside-eea=\"yes\" and list each transfer with <transfer>, or set outside-eea=\"no\" and remove the transfers."},
	{"processor-agreement", W, "GDPR Art. 28(3)",
	 "Een verwerker heeft geen verwerkersovereenkomst in het register.",
	 "A processor has no processing agreement in the register.",
	 "Voeg agreement=\"...\" toe aan de <recipient> met het kenmerk van de verwerkersovereenkomst.",
	 "Add agreement=\"...\" to the <recipient> with the reference of the processing agreement."},
	{"automated-decision-logic", E, "GDPR Art. 13(2)(f), 22",
	 "Een geautomatiseerd besluit heeft geen uitleg over hoe het werkt of wat het betekent.",
	 "An automated decision lacks an explanation of its logic or its consequences.",
	 "Voeg <logic> (hoe de computer beslist) en <consequence> (wat dat voor de inwoner betekent) toe aan <automated-decision>, in het Nederlands en het Engels.",
	 "Add <logic> (how the computer decides) and <consequence> (what it means for the resident) to <automated-decision>, in Dutch and English."},
	{"profiling-description", E, "GDPR Art. 13(2)(f), 4(4)",
	 "Er is profilering, maar het register legt niet uit wat er gebeurt.",
	 "Profiling takes place, but the register does not explain it.",
	 "Voeg <description> toe aan <profiling>: welke kenmerken worden beoordeeld en waarvoor, in het Nederlands en het Engels.",
	 "Add <description> to <profiling>: which traits are assessed and what for, in Dutch and English."},
	{"caption-missing-language", E, "privicon notices in nl and en; GDPR Art. 12(1)",
	 "Een tekst voor inwoners staat er maar in een taal.",
	 "A text for residents is given in one language only.",
	 "Voeg de ontbrekende vertaling toe: <nl> voor Nederlands of <en> voor Engels.",
	 "Add the missing translation: <nl> for Dutch or <en> for English."},

	/* ---- lawfulness ---- */
	{"legitimate-interest-public-task", E, "GDPR Art. 6(1) second subparagraph",
	 "Een overheid gebruikt gerechtvaardigd belang als grondslag, en het register zegt niet dat het doel buiten de publieke taken valt.",
	 "A public authority relies on legitimate interest, and the register does not say the purpose lies outside its public tasks.",
	 "Een overheid mag gerechtvaardigd belang niet gebruiken voor haar publieke taken. Kies basis=\"public-task\" of basis=\"legal-obligation\" en noem de wet met <law>. Valt het doel buiten de publieke taken (eigen gebouwen beveiligen, personeelskantine)? Zet dan outside-public-tasks=\"reden\" op het doel.",
	 "A public authority may not rely on legitimate interest for its public tasks. Choose basis=\"public-task\" or basis=\"legal-obligation\" and name the law with <law>. Is the purpose outside the public tasks (protecting its own buildings, a staff canteen)? Then set outside-public-tasks=\"reason\" on the purpose."},
	{"legitimate-interest-outside-task", W, "GDPR Art. 6(1)(f) and second subparagraph",
	 "Een overheid gebruikt gerechtvaardigd belang voor een doel dat volgens het register buiten haar publieke taken valt.",
	 "A public authority relies on legitimate interest for a purpose the register says lies outside its public tasks.",
	 "Controleer dat het doel echt geen publieke taak is en dat de belangen zijn afgewogen. Bevestig dat met <acknowledgement rule=\"legitimate-interest-outside-task\" reason=\"...\"/>.",
	 "Check that the purpose really is no public task and that the interests have been balanced. Confirm it with <acknowledgement rule=\"legitimate-interest-outside-task\" reason=\"...\"/>."},
	{"law-missing", E, "GDPR Art. 6(3)",
	 "Een doel met als grondslag een wettelijke plicht of publieke taak noemt de wet niet.",
	 "A purpose based on a legal obligation or public task does not name the law.",
	 "Voeg <law title=\"...\" bwb=\"BWBR...\" article=\"...\"/> toe aan het doel: de wet waar de plicht of taak in staat.",
	 "Add <law title=\"...\" bwb=\"BWBR...\" article=\"...\"/> to the purpose: the law that sets the obligation or task."},
	{"consent-public-task", W, "GDPR Recital 43, Art. 7(4)",
	 "Een overheid vraagt toestemming als grondslag.",
	 "A public authority relies on consent.",
	 "Toestemming is bij een overheid zelden vrij gegeven. Kies de wettelijke taak als grondslag, of bevestig met <acknowledgement rule=\"consent-public-task\" reason=\"...\"/> dat meedoen echt vrijwillig is.",
	 "Consent given to a public authority is rarely free. Use the legal task as basis, or confirm with <acknowledgement rule=\"consent-public-task\" reason=\"...\"/> that taking part is truly voluntary."},
	{"consent-withdrawal", W, "GDPR Art. 7(3), 13(2)(c)",
	 "Inwoners kunnen hun toestemming niet makkelijk intrekken: er is geen e-mailadres of website.",
	 "Residents cannot easily withdraw consent: there is no e-mail address or web page.",
	 "Voeg email=\"...\" of web=\"...\" toe aan <contact> bij <controller>, zodat inwoners hun toestemming net zo makkelijk kunnen intrekken als geven.",
	 "Add email=\"...\" or web=\"...\" to the controller's <contact>, so withdrawing consent is as easy as giving it."},
	{"special-category-condition", E, "GDPR Art. 9(1)-(2); UAVG art. 22-30",
	 "Bijzondere persoonsgegevens zonder uitzondering uit art. 9 lid 2 AVG.",
	 "Special category data without an Art. 9(2) GDPR condition.",
	 "Zet art9-condition=\"...\" op de <category>, met de uitzondering die geldt, bijvoorbeeld substantial-public-interest of health-social-care.",
	 "Set art9-condition=\"...\" on the <category> to the condition that applies, for example substantial-public-interest or health-social-care."},
	{"criminal-data-basis", E, "GDPR Art. 10; UAVG art. 31-33",
	 "Strafrechtelijke gegevens zonder de wet die het gebruik toestaat.",
	 "Criminal offence data without the law that allows their use.",
	 "Voeg aan de <category kind=\"criminal\"> een <law> toe met de wet die dit toestaat, bijvoorbeeld de Wet Bibob of art. 33 UAVG.",
	 "Add a <law> to the <category kind=\"criminal\"> naming the law that allows it, for example the Bibob Act or UAVG art. 33."},
	{"bsn-law", E, "GDPR Art. 87; UAVG art. 46",
	 "Het burgerservicenummer (BSN) wordt gebruikt zonder de wet die dat toestaat.",
	 "The citizen service number (BSN) is used without the law that allows it.",
	 "Voeg aan de <category kind=\"bsn\"> een <law> toe, bijvoorbeeld <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"/>.",
	 "Add a <law> to the <category kind=\"bsn\">, for example <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"/>."},
	{"biometric-purpose", E, "GDPR Art. 9(1); UAVG art. 29",
	 "Biometrische gegevens voor een ander doel dan identificatie of beveiliging.",
	 "Biometric data used for something other than identification or security.",
	 "Biometrische gegevens mogen alleen worden gebruikt om iemand te identificeren of voor beveiliging. Beperk de <category kind=\"biometric\"> met purposes=\"...\" tot doelen met category=\"identity-verification\" of \"security\", of gebruik geen biometrie.",
	 "Biometric data may only serve identification or security. Limit the <category kind=\"biometric\"> with purposes=\"...\" to purposes with category=\"identity-verification\" or \"security\", or do not use biometrics."},
	{"transfer-mechanism", E, "GDPR Art. 44-49",
	 "Doorgifte buiten de EER zonder geldige grondslag voor doorgifte.",
	 "A transfer outside the EEA without a valid transfer mechanism.",
	 "Zet mechanism=\"...\" op de <transfer>: adequacy (alleen voor landen met een adequaatheidsbesluit), scc, bcr of een uitzondering uit art. 49 AVG.",
	 "Set mechanism=\"...\" on the <transfer>: adequacy (only for countries with an adequacy decision), scc, bcr or an Art. 49 GDPR derogation."},
	{"transfer-inside-eea", W, "GDPR Art. 44; EEA Agreement",
	 "Een doorgifte naar een land binnen de EER staat bij de doorgiften buiten de EER.",
	 "A transfer to a country inside the EEA is listed as a transfer outside the EEA.",
	 "Haal de <transfer> weg: binnen de EER gelden dezelfde regels. Noem de partij als ontvanger bij <recipients> als die de gegevens krijgt.",
	 "Remove the <transfer>: the same rules apply inside the EEA. List the party under <recipients> if it receives the data."},
	{"dpia-required", E, "GDPR Art. 35(1), 35(3); AP DPIA list (Stcrt. 2019, 64418); WP248 rev.01",
	 "De activiteit heeft waarschijnlijk een DPIA nodig, en het register noemt geen DPIA die klaar is en geen voortoets.",
	 "The activity probably needs a DPIA, and the register records neither a finished DPIA nor a pre-screening.",
	 "Voer een DPIA uit voordat de verwerking begint en leg die vast met <dpia required=\"yes\" status=\"done\" date=\"...\" reference=\"...\"/>. Bleek uit een voortoets dat geen DPIA nodig is? Leg dat vast met <dpia required=\"no\" reason=\"...\" date=\"...\"/>.",
	 "Carry out a DPIA before the processing starts and record it with <dpia required=\"yes\" status=\"done\" date=\"...\" reference=\"...\"/>. Did a pre-screening find that no DPIA is needed? Record that with <dpia required=\"no\" reason=\"...\" date=\"...\"/>."},
	{"dpia-screening", W, "GDPR Art. 35(1), 35(3); AP DPIA list (Stcrt. 2019, 64418); WP248 rev.01",
	 "Volgens de DPIA-voortoets is geen DPIA nodig, maar het register toont criteria die op een hoog risico kunnen wijzen.",
	 "The DPIA pre-screening says no DPIA is needed, but the register shows criteria that can point to a high risk.",
	 "Ga na of de voortoets de genoemde criteria heeft gewogen. Zo ja, bevestig dat met <acknowledgement rule=\"dpia-screening\" reason=\"...\"/>; zo nee, voer een DPIA uit.",
	 "Check that the pre-screening weighed the criteria named. If so, confirm it with <acknowledgement rule=\"dpia-screening\" reason=\"...\"/>; if not, carry out a DPIA."},
	{"law-not-basis", E, "GDPR Art. 6(3), 9(2)(b)(g)(h)(i), 10, 87; UAVG art. 22, 31, 46",
	 "De genoemde wet is alleen de AVG, de UAVG of de Wbp: die wijzen een grondslag aan, maar regelen de taak, de plicht of het gebruik zelf niet.",
	 "The law cited is only the GDPR, the UAVG or the Wbp: they point to a basis but do not create the task, the obligation or the permission.",
	 "Noem de wet die de taak, plicht of het gebruik echt regelt, met het artikel: bijvoorbeeld de Gemeentewet, de Participatiewet, de Wmo 2015, de Wet algemene bepalingen burgerservicenummer (BSN), art. 32 of 33 UAVG of de Wet Bibob (strafrechtelijke gegevens), of art. 23 tot en met 30 UAVG (bijzondere gegevens).",
	 "Cite the law that really creates the task, obligation or permission, with its article: for example the Gemeentewet, the Participatiewet, the Wmo 2015, the Wet algemene bepalingen burgerservicenummer (BSN), UAVG art. 32 or 33 or the Wet Bibob (criminal data), or UAVG art. 23 to 30 (special categories)."},
	{"art9-law-missing", E, "GDPR Art. 9(2)(b), (g), (h), (i)",
	 "Bijzondere persoonsgegevens rusten op een uitzondering die een wet vraagt, maar het register noemt geen wet.",
	 "Special category data rest on a condition that needs a law, but the register names none.",
	 "Voeg een <law> toe aan de <category> of aan het doel: de wet die het gebruik regelt, zoals de Wmo 2015, de Jeugdwet, de Participatiewet of art. 23 tot en met 30 UAVG.",
	 "Add a <law> to the <category> or to the purpose: the law that provides for the use, such as the Wmo 2015, the Jeugdwet, the Participatiewet or UAVG art. 23 to 30."},
	{"art9-condition-fit", E, "GDPR Art. 9(2)(e)",
	 "De uitzondering 'zelf openbaar gemaakt' staat bij gegevens van camera's of sensoren.",
	 "The condition 'manifestly made public' is given for data from cameras or sensors.",
	 "Wat een camera of sensor vastlegt, heeft de persoon niet zelf openbaar gemaakt. Kies de uitzondering die echt geldt, met de wet.",
	 "What a camera or sensor records, the person has not made public. Choose the condition that really applies, with the law."},
	{"art8-parental-consent", E, "GDPR Art. 8; UAVG art. 5",
	 "Toestemming van kinderen, en het register zegt niet hoe een ouder of voogd toestemming geeft.",
	 "Consent of children, and the register does not say how a parent or guardian consents.",
	 "Zet parental-consent=\"...\" op het doel: hoe u de toestemming van een ouder of voogd vraagt en controleert voor kinderen onder de 16 jaar.",
	 "Set parental-consent=\"...\" on the purpose: how you ask for and check the consent of a parent or guardian for children under 16."},
	{"art26-joint-arrangement", W, "GDPR Art. 26",
	 "Een partner die samen met u verantwoordelijk is, heeft geen regeling in het register.",
	 "A joint controller has no arrangement in the register.",
	 "Voeg agreement=\"...\" toe aan de <recipient kind=\"joint-controller\"> met het kenmerk van de regeling (gemeenschappelijke regeling, convenant).",
	 "Add agreement=\"...\" to the <recipient kind=\"joint-controller\"> with the reference of the arrangement (joint arrangement, covenant)."},
	{"transfer-country", E, "GDPR Art. 30(1)(e), 44; ISO 3166-1",
	 "Het land van een doorgifte is geen landcode volgens ISO 3166-1.",
	 "The country of a transfer is not an ISO 3166-1 country code.",
	 "Zet de code van twee letters uit ISO 3166-1 alpha-2 in country=\"...\": GB voor het Verenigd Koninkrijk, US voor de Verenigde Staten.",
	 "Put the two-letter ISO 3166-1 alpha-2 code in country=\"...\": GB for the United Kingdom, US for the United States."},
	{"art49-3-public-authority", E, "GDPR Art. 49(1)(a), (b), 49(3)",
	 "Een overheid gebruikt voor een doorgifte de uitzondering voor toestemming of een overeenkomst bij haar publieke taak.",
	 "A public authority uses the consent or contract derogation for a transfer in its public task.",
	 "Kies mechanism=\"adequacy\", \"scc\", \"bcr\" of \"derogation-public-interest\", of geef de gegevens niet door.",
	 "Choose mechanism=\"adequacy\", \"scc\", \"bcr\" or \"derogation-public-interest\", or do not transfer the data."},
	{"art22-3-human-review", W, "GDPR Art. 22(3)",
	 "Een computer beslist, en het register zegt niet hoe een inwoner een mens naar het besluit laat kijken.",
	 "A computer decides, and the register does not say how a resident gets a person to look at the decision.",
	 "Voeg <human-review> toe aan <automated-decision>: hoe een inwoner een mens laat kijken, zijn standpunt geeft en het besluit aanvecht.",
	 "Add <human-review> to <automated-decision>: how a resident gets a person to look, gives their view and contests the decision."},
	{"art22-4-special-category", W, "GDPR Art. 22(4)",
	 "Een computer beslist in een activiteit met bijzondere persoonsgegevens, zonder uitdrukkelijke toestemming of zwaarwegend algemeen belang.",
	 "A computer decides in an activity with special category data, without explicit consent or substantial public interest.",
	 "Laat een mens beslissen, of bevestig met <acknowledgement rule=\"art22-4-special-category\" reason=\"...\"/> dat het besluit deze gegevens niet gebruikt.",
	 "Let a person decide, or confirm with <acknowledgement rule=\"art22-4-special-category\" reason=\"...\"/> that the decision does not use these data."},
	{"uavg40-profiling-decision", W, "GDPR Art. 22(2)(b); UAVG art. 40",
	 "Een computer beslist op basis van profilering, zonder toestemming of overeenkomst: art. 40 UAVG dekt dat niet.",
	 "A computer decides based on profiling, without consent or contract: UAVG art. 40 does not cover that.",
	 "Noem de wet die dit besluit specifiek toestaat en bevestig met <acknowledgement rule=\"uavg40-profiling-decision\" reason=\"...\"/>, of laat een mens beslissen.",
	 "Name the law that specifically allows this decision and confirm with <acknowledgement rule=\"uavg40-profiling-decision\" reason=\"...\"/>, or let a person decide."},
	{"retention-selectielijst", W, "GDPR Art. 5(1)(e); Archiefwet 1995 art. 5; Selectielijst gemeenten 2020",
	 "De bewaartermijn klopt niet met de Selectielijst gemeenten 2020, of het resultaatnummer bestaat niet.",
	 "The retention period does not match the Selectielijst gemeenten 2020, or the result number does not exist.",
	 "Gebruik een resultaatnummer dat in de Selectielijst staat en neem de bewaartermijn van dat resultaat over (blijvend bewaren: period=\"permanent\").",
	 "Use a result number from the Selectielijst and take over that result's retention period (blijvend bewaren: period=\"permanent\")."},
	{"purpose-without-data", W, "GDPR Art. 5(1)(b)-(c), 30(1)(b)-(c)",
	 "Een doel heeft geen gegevens: geen enkele categorie verwijst ernaar.",
	 "A purpose has no data: no data category refers to it.",
	 "Noem het doel in purposes=\"...\" van de categorieën die ervoor nodig zijn, of haal het doel weg als het niet meer geldt.",
	 "Name the purpose in purposes=\"...\" of the categories it needs, or remove the purpose if it no longer applies."},

	/* ---- ids, references and acknowledgements ---- */
	{"duplicate-id", E, "register format",
	 "Een id komt twee keer voor.",
	 "An id is used twice.",
	 "Geef elke activiteit een eigen id, en elk doel binnen een activiteit.",
	 "Give every activity its own id, and every purpose within an activity."},
	{"dangling-ref", E, "register format",
	 "Een verwijzing wijst naar iets dat niet bestaat.",
	 "A reference points to something that does not exist.",
	 "Verbeter de verwijzing: purposes=\"...\" noemt ids van doelen in dezelfde activiteit, en rule=\"...\" noemt een regel uit `privicon rules`.",
	 "Correct the reference: purposes=\"...\" names ids of purposes in the same activity, and rule=\"...\" names a rule from `privicon rules`."},
	{"acknowledgement-invalid", E, "privicon acknowledgements",
	 "Een fout kan niet worden erkend met <acknowledgement>.",
	 "An error cannot be acknowledged with <acknowledgement>.",
	 "Alleen waarschuwingen kunt u erkennen. Los de fout op en haal de <acknowledgement> weg.",
	 "Only warnings can be acknowledged. Fix the error and remove the <acknowledgement>."},
	{"acknowledgement-unused", W, "privicon acknowledgements",
	 "Een <acknowledgement> is niet meer nodig: de regel geeft geen melding meer.",
	 "An <acknowledgement> is no longer needed: its rule no longer reports anything.",
	 "Haal de <acknowledgement> weg, zodat een nieuwe melding van die regel weer opvalt.",
	 "Remove the <acknowledgement>, so a new finding of that rule stands out again."},
};

#define N_RULES (sizeof(rules) / sizeof(rules[0]))

size_t privicon_rule_count(void)
{
	return N_RULES;
}

const privicon_rule_info *privicon_rule_at(size_t i)
{
	return i < N_RULES ? &rules[i] : NULL;
}

const privicon_rule_info *privicon_rule_find(const char *id)
{
	for (size_t i = 0; id && i < N_RULES; i++)
		if (strcmp(rules[i].id, id) == 0)
			return &rules[i];
	return NULL;
}

size_t pv_rule_index(const privicon_rule_info *rule)
{
	return (size_t)(rule - rules);
}

int pv_rule_acknowledgeable(const privicon_rule_info *rule)
{
	if (!rule || rule->severity == PRIVICON_ERROR)
		return 0;
	return strncmp(rule->id, "acknowledgement-", 16) != 0;
}
