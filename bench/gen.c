/*
 * gen.c - writes a realistic register with N activities for the
 * benchmark (make bench), deterministic for a seed.
 *
 *   gen [-s SEED] N > register.xml
 *
 * The activities come from twelve templates modelled on the activities of
 * examples/register.xml (kept here, not read from there, so the benchmark
 * does not drift when the example changes): public-space reports, social
 * support with health data, social assistance, parking permits, camera
 * surveillance (criminal data from sensors), a newsletter on consent with
 * its acknowledgement, a participation platform kept permanently, taxes
 * with an automated decision, staff administration with transfers to the
 * US, compulsory education (children, Art. 9 and 10 data), passports
 * (biometrics) and job matching (profiling). Between them they cover every
 * legal basis a municipality uses, Art. 9 conditions, Art. 10 data, BSN
 * laws, processors with agreements, other recipients, transfers, DPIAs and
 * Selectielijst gemeenten 2020 result numbers that exist and agree with the
 * stated period.
 *
 * The templates come in rounds of all twelve, each round in an order drawn
 * from the seed, so every size has the same mix (up to the last round)
 * and the time per activity of two sizes compares the same work.
 *
 * Each activity varies a little, drawn from the seed: a unique id
 * (<template>-<n>), the number n in its name, a version from 1 to 12, a
 * status (mostly active, some ended or planned), and optional parts that
 * are present or not: a comment, a location after the department, the
 * link to the legal text, and one or two extra security measures. None of these change what
 * the rules conclude, so every generated register checks clean (the
 * newsletter's acknowledged warning aside), which `make bench` verifies.
 *
 * Template lines: "$ID", "$N", "$V", "$S", "$C" and "$D" are filled in; a
 * line starting with "?x" is optional (x: c comment, l legal text) and
 * loses those two characters when it is kept.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *slug;
	const char *text;
} template;

static const template templates[] = {
	{"melding-openbare-ruimte",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Melding openbare ruimte $N</nl>\n"
	 "    <en>Reporting a problem in a public space $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>U meldt een kapotte lantaarnpaal, een losse stoeptegel of ander probleem op straat. Wij gebruiken uw gegevens om de melding op te lossen en u te vertellen wat wij doen.</nl>\n"
	 "    <en>You report a broken street light, a loose paving stone or another problem in the street. We use your details to fix the problem and to tell you what we do.</en>\n"
	 "  </summary>\n"
	 "  <department>Team Beheer Openbare Ruimte$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"melding-afhandelen\" basis=\"public-task\" category=\"public-service\">\n"
	 "      <description>\n"
	 "        <nl>Wij lossen het probleem op dat u meldt. Wij laten u weten wanneer het klaar is.</nl>\n"
	 "        <en>We fix the problem you report and let you know when it is done.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"160\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"onderhoud-plannen\" basis=\"public-task\" category=\"improve-public-services\">\n"
	 "      <description>\n"
	 "        <nl>Wij kijken waar vaak iets kapot gaat. Zo plannen wij het onderhoud beter. Hiervoor gebruiken wij alleen de plek van de melding, niet uw naam.</nl>\n"
	 "        <en>We look at where things often break, so we can plan maintenance better. For this we only use the place of the report, not your name.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"160\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"residents\"/>\n"
	 "    <subject kind=\"visitors\"/>\n"
	 "    <subject kind=\"users\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"data-subject\" purposes=\"melding-afhandelen\"/>\n"
	 "    <category kind=\"contact\" source=\"data-subject\" purposes=\"melding-afhandelen\"/>\n"
	 "    <category kind=\"location\" source=\"data-subject\" purposes=\"melding-afhandelen onderhoud-plannen\"/>\n"
	 "    <category kind=\"images\" source=\"data-subject\" purposes=\"melding-afhandelen\"/>\n"
	 "    <category kind=\"communication\" source=\"data-subject\" purposes=\"melding-afhandelen\"/>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"processor\" name=\"Leverancier van de meldapp (in Nederland)\" agreement=\"VWO-2024-017\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P5Y\" from=\"case-closed\" selectielijst=\"15.1\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"encryption-in-transit\"/>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"backup\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"no\"/>\n"
	 "</activity>\n"
	},
	{"wmo-ondersteuning",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Hulp en ondersteuning thuis (Wmo) $N</nl>\n"
	 "    <en>Support at home (Social Support Act) $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>U vraagt hulp, bijvoorbeeld bij het huishouden of een aanpassing in uw huis. Wij praten met u over wat u nodig heeft. Daarvoor gebruiken wij ook gegevens over uw gezondheid.</nl>\n"
	 "    <en>You ask for help, for example with housework or an adaptation in your home. We talk with you about what you need. For this we also use data about your health.</en>\n"
	 "  </summary>\n"
	 "  <department>Team Zorg en Ondersteuning$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0035362\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"wmo-onderzoek\" basis=\"public-task\" category=\"public-service\">\n"
	 "      <description>\n"
	 "        <nl>Wij onderzoeken welke hulp u nodig heeft en regelen die hulp.</nl>\n"
	 "        <en>We find out what support you need and arrange it.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Wet maatschappelijke ondersteuning 2015\" bwb=\"BWBR0035362\" article=\"2.3.2\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0035362\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"wmo-eigen-bijdrage\" basis=\"legal-obligation\" category=\"payment\">\n"
	 "      <description>\n"
	 "        <nl>Voor de meeste hulp betaalt u een eigen bijdrage. Het CAK rekent die uit en stuurt de rekening.</nl>\n"
	 "        <en>For most support you pay a personal contribution. The CAK calculates it and sends the bill.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Wet maatschappelijke ondersteuning 2015\" bwb=\"BWBR0035362\" article=\"2.1.4\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0035362\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"wmo-bezwaar\" basis=\"legal-obligation\" category=\"legal-compliance\">\n"
	 "      <description>\n"
	 "        <nl>Bent u het niet eens met ons besluit? Dan kunt u bezwaar maken of naar de rechter gaan. Wij gebruiken uw gegevens dan ook voor die procedure.</nl>\n"
	 "        <en>If you disagree with our decision, you can object or go to court. We then also use your data for that procedure.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Algemene wet bestuursrecht\" bwb=\"BWBR0005537\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005537\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"wmo-acuut-gevaar\" basis=\"vital-interest\" category=\"public-safety\">\n"
	 "      <description>\n"
	 "        <nl>Is uw leven of gezondheid in gevaar en kunt u zelf niets zeggen? Dan geven wij de nodige gegevens aan een huisarts of hulpdienst.</nl>\n"
	 "        <en>If your life or health is in danger and you cannot speak for yourself, we give the data needed to a doctor or the emergency services.</en>\n"
	 "      </description>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"residents\"/>\n"
	 "    <subject kind=\"clients\"/>\n"
	 "    <subject kind=\"elderly\"/>\n"
	 "    <subject kind=\"vulnerable-people\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"address\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"birth-date\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"bsn\" source=\"base-registry\" registry=\"brp\">\n"
	 "      <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0022428\"/>\n"
	 "      <law title=\"Wet maatschappelijke ondersteuning 2015\" bwb=\"BWBR0035362\" article=\"5.2.9\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0035362\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"contact\" source=\"data-subject\"/>\n"
	 "    <category kind=\"household\" source=\"data-subject\" purposes=\"wmo-onderzoek wmo-eigen-bijdrage\"/>\n"
	 "    <category kind=\"family\" source=\"data-subject\" purposes=\"wmo-onderzoek\"/>\n"
	 "    <category kind=\"housing\" source=\"data-subject\" purposes=\"wmo-onderzoek\"/>\n"
	 "    <category kind=\"health\" source=\"data-subject\" purposes=\"wmo-onderzoek\"\n"
	 "              art9-condition=\"health-social-care\">\n"
	 "      <law title=\"Wet maatschappelijke ondersteuning 2015\" bwb=\"BWBR0035362\" article=\"5.1.1\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0035362\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"health\" source=\"other-organisation\" purposes=\"wmo-onderzoek\"\n"
	 "              art9-condition=\"health-social-care\">\n"
	 "      <law title=\"Wet maatschappelijke ondersteuning 2015\" bwb=\"BWBR0035362\" article=\"5.2.5\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0035362\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"health\" source=\"own-records\" purposes=\"wmo-acuut-gevaar\"\n"
	 "              art9-condition=\"vital-interest\"/>\n"
	 "    <category kind=\"health\" source=\"own-records\" purposes=\"wmo-bezwaar\"\n"
	 "              art9-condition=\"legal-claims\"/>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"care-partner\" name=\"Zorgaanbieders die uw hulp leveren\"/>\n"
	 "    <recipient kind=\"care-partner\" name=\"Huisarts of hulpdienst (alleen bij acuut gevaar)\"/>\n"
	 "    <recipient kind=\"public-authority\" name=\"CAK (eigen bijdrage)\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Leverancier van het zaaksysteem sociaal domein\" agreement=\"VWO-2023-009\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P15Y\" from=\"decision\" selectielijst=\"8.1.1\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"multi-factor-authentication\"/>\n"
	 "    <measure kind=\"encryption-at-rest\"/>\n"
	 "    <measure kind=\"logging\"/>\n"
	 "    <measure kind=\"staff-training\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2024-05-14\" reference=\"DPIA-2024-002\"/>\n"
	 "</activity>\n"
	},
	{"bijstand",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Bijstandsuitkering $N</nl>\n"
	 "    <en>Social assistance benefit $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>U heeft te weinig geld om van te leven en vraagt een bijstandsuitkering aan. Wij kijken of u recht heeft op bijstand en hoeveel. Daarvoor bekijken wij uw inkomen en uw bezit.</nl>\n"
	 "    <en>You do not have enough money to live on and apply for social assistance. We check whether you are entitled to it and how much. For this we look at your income and what you own.</en>\n"
	 "  </summary>\n"
	 "  <department>Team Werk en Inkomen$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0015703\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"bijstand-verlenen\" basis=\"legal-obligation\" category=\"public-service\">\n"
	 "      <description>\n"
	 "        <nl>Wij beslissen of u recht heeft op bijstand. Wij betalen de uitkering elke maand uit.</nl>\n"
	 "        <en>We decide whether you are entitled to assistance and pay the benefit every month.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Participatiewet\" bwb=\"BWBR0015703\" article=\"11\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0015703\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"bijstand-controleren\" basis=\"legal-obligation\" category=\"fraud-prevention\">\n"
	 "      <description>\n"
	 "        <nl>Wij controleren of uw gegevens kloppen. Zo krijgt u niet te veel of te weinig geld.</nl>\n"
	 "        <en>We check that your details are right, so you do not get too much or too little.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Participatiewet\" bwb=\"BWBR0015703\" article=\"17\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0015703\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"residents\"/>\n"
	 "    <subject kind=\"applicants\"/>\n"
	 "    <subject kind=\"clients\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"address\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"birth-date\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"bsn\" source=\"base-registry\" registry=\"brp\">\n"
	 "      <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0022428\"/>\n"
	 "      <law title=\"Participatiewet\" bwb=\"BWBR0015703\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0015703\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"household\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"income\" source=\"base-registry\" registry=\"bri\"/>\n"
	 "    <category kind=\"income\" source=\"other-organisation\" purposes=\"bijstand-controleren\"/>\n"
	 "    <category kind=\"financial\" source=\"data-subject\"/>\n"
	 "    <category kind=\"bank-account\" source=\"data-subject\" purposes=\"bijstand-verlenen\"/>\n"
	 "    <category kind=\"housing\" source=\"data-subject\"/>\n"
	 "    <category kind=\"vehicle\" source=\"base-registry\" registry=\"brv\" purposes=\"bijstand-controleren\"/>\n"
	 "    <category kind=\"health\" source=\"data-subject\" purposes=\"bijstand-verlenen\"\n"
	 "              art9-condition=\"employment-social-security\">\n"
	 "      <law title=\"Uitvoeringswet Algemene verordening gegevensbescherming\" bwb=\"BWBR0040940\" article=\"30\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0040940\"/>\n"
	 "    </category>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"public-authority\" name=\"Inlichtingenbureau en UWV (gegevens controleren via Suwinet)\"/>\n"
	 "    <recipient kind=\"public-authority\" name=\"Belastingdienst (loonheffing over uw uitkering)\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Leverancier van de uitkeringssoftware\" agreement=\"VWO-2022-012\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P10Y\" from=\"relationship-ended\" selectielijst=\"8.1\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"encryption-at-rest\"/>\n"
	 "    <measure kind=\"logging\"/>\n"
	 "    <measure kind=\"security-audit\"/>\n"
	 "    <measure kind=\"penetration-testing\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2023-11-02\" reference=\"DPIA-2023-014\"/>\n"
	 "</activity>\n"
	},
	{"parkeervergunning",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Parkeervergunning $N</nl>\n"
	 "    <en>Parking permit $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>U vraagt een parkeervergunning aan voor uw straat. Wij kijken of u in het vergunninggebied woont en of de auto van u is.</nl>\n"
	 "    <en>You apply for a parking permit for your street. We check that you live in the permit area and that the car is yours.</en>\n"
	 "  </summary>\n"
	 "  <department>Team Parkeren$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"vergunning-verlenen\" basis=\"public-task\" category=\"public-service\">\n"
	 "      <description>\n"
	 "        <nl>Wij beslissen over uw aanvraag en zetten het kenteken in het parkeersysteem.</nl>\n"
	 "        <en>We decide on your application and put the licence plate in the parking system.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"225\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"vergunning-betalen\" basis=\"public-task\" category=\"payment\">\n"
	 "      <description>\n"
	 "        <nl>U betaalt voor de vergunning. Wij schrijven het bedrag af van uw rekening als u dat wilt.</nl>\n"
	 "        <en>You pay for the permit. We collect the amount from your account if you wish.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"225\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"applicants\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"data-subject\"/>\n"
	 "    <category kind=\"address\" source=\"base-registry\" registry=\"brp\" purposes=\"vergunning-verlenen\"/>\n"
	 "    <category kind=\"licence-plate\" source=\"data-subject\" purposes=\"vergunning-verlenen\"/>\n"
	 "    <category kind=\"vehicle\" source=\"base-registry\" registry=\"brv\" purposes=\"vergunning-verlenen\"/>\n"
	 "    <category kind=\"bank-account\" source=\"data-subject\" purposes=\"vergunning-betalen\"/>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"processor\" name=\"Leverancier van het parkeersysteem\" agreement=\"VWO-2022-030\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P1Y\" from=\"expiry\" selectielijst=\"11.1.2\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"encryption\"/>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"backup\"/>\n"
	 "    <measure kind=\"security-policy\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"no\" status=\"in-progress\" reference=\"DPIA-2026-011\"/>\n"
	 "</activity>\n"
	},
	{"cameratoezicht",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Cameratoezicht in het centrum $N</nl>\n"
	 "    <en>Camera surveillance in the town centre $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>In het centrum hangen camera's. Zo houden wij de straat veilig. Borden laten zien waar de camera's hangen. De politie kijkt mee.</nl>\n"
	 "    <en>There are cameras in the town centre to keep the streets safe. Signs show where they are. The police watch the images.</en>\n"
	 "  </summary>\n"
	 "  <department>Openbare Orde en Veiligheid$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"openbare-orde\" basis=\"public-task\" category=\"public-safety\">\n"
	 "      <description>\n"
	 "        <nl>De burgemeester zorgt voor rust en veiligheid op straat. Met de camera's ziet de politie snel als er iets gebeurt.</nl>\n"
	 "        <en>The mayor keeps the streets calm and safe. With the cameras the police see quickly when something happens.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"151c\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"residents\"/>\n"
	 "    <subject kind=\"visitors\"/>\n"
	 "    <subject kind=\"non-residents\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"images\" source=\"sensor\"/>\n"
	 "    <category kind=\"criminal\" source=\"sensor\">\n"
	 "      <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"151c\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "      <law title=\"Politiewet 2012\" bwb=\"BWBR0031788\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0031788\"/>\n"
	 "    </category>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"police-justice\" name=\"Politie (kijkt live mee en krijgt beelden bij een incident)\"/>\n"
	 "    <recipient kind=\"police-justice\" name=\"Openbaar Ministerie (beelden als bewijs)\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Leverancier en onderhoud van het camerasysteem\" agreement=\"VWO-2020-006\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P28D\" from=\"collection\" selectielijst=\"12.1.9\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"encryption-at-rest\"/>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"multi-factor-authentication\"/>\n"
	 "    <measure kind=\"logging\"/>\n"
	 "    <measure kind=\"security-audit\"/>\n"
	 "    <measure kind=\"incident-management\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2025-02-11\" reference=\"DPIA-2025-001\"/>\n"
	 "</activity>\n"
	},
	{"nieuwsbrief",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Nieuwsbrief $N</nl>\n"
	 "    <en>Newsletter $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>U meldt zich aan voor onze nieuwsbrief. Wij sturen u elke maand nieuws uit de gemeente. U kunt zich altijd weer afmelden.</nl>\n"
	 "    <en>You sign up for our newsletter. We send you news from the municipality every month. You can unsubscribe at any time.</en>\n"
	 "  </summary>\n"
	 "  <department>Communicatie$D</department>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"nieuwsbrief-sturen\" basis=\"consent\" category=\"communication\">\n"
	 "      <description>\n"
	 "        <nl>Wij sturen u de nieuwsbrief, alleen omdat u daarom vraagt.</nl>\n"
	 "        <en>We send you the newsletter, only because you ask for it.</en>\n"
	 "      </description>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"subscribers\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"contact\" source=\"data-subject\"/>\n"
	 "    <category kind=\"name\" source=\"data-subject\"/>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"processor\" name=\"Verzendservice voor e-mail (in de EU)\" agreement=\"VWO-2025-031\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P2W\" from=\"deregistration\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"encryption-in-transit\"/>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"multi-factor-authentication\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"no\"/>\n"
	 "  <acknowledgement rule=\"consent-public-task\"\n"
	 "                   reason=\"De nieuwsbrief is geen wettelijke taak. Wie zich niet aanmeldt, mist niets: al het nieuws staat ook op de website. Afmelden kan met één klik onder elke nieuwsbrief.\"/>\n"
	 "  <acknowledgement rule=\"retention-selectielijst-missing\"\n"
	 "                   reason=\"Het e-mailadres is alleen een verzendadres. Het wordt twee weken na afmelden verwijderd.\"/>\n"
	 "</activity>\n"
	},
	{"participatieplatform",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Meedenken over uw wijk $N</nl>\n"
	 "    <en>Having your say about your neighbourhood $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>Op ons participatieplatform deelt u ideeën voor uw wijk en reageert u op plannen. Uw bijdragen en de naam die u kiest, zijn voor iedereen te zien.</nl>\n"
	 "    <en>On our participation platform you share ideas for your neighbourhood and comment on plans. Your contributions and the name you choose are visible to everyone.</en>\n"
	 "  </summary>\n"
	 "  <department>Team Participatie$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"meedenken\" basis=\"public-task\" category=\"policy-making\">\n"
	 "      <description>\n"
	 "        <nl>Wij gebruiken uw ideeën en reacties bij het maken van plannen voor de wijk. De gemeenteraad ziet wat inwoners vinden.</nl>\n"
	 "        <en>We use your ideas and comments when we make plans for the neighbourhood. The council sees what residents think.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"150\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"archiveren\" basis=\"legal-obligation\" category=\"record-management\">\n"
	 "      <description>\n"
	 "        <nl>Ideeën van inwoners zijn belangrijk voor de geschiedenis van de gemeente. Daarom bewaren wij ze voor altijd in het archief.</nl>\n"
	 "        <en>Residents' ideas matter for the municipality's history, so we keep them permanently in the archive.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Archiefwet 1995\" bwb=\"BWBR0007376\" article=\"3\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0007376\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"residents\"/>\n"
	 "    <subject kind=\"participants\"/>\n"
	 "    <subject kind=\"users\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"data-subject\"/>\n"
	 "    <category kind=\"contact\" source=\"data-subject\" purposes=\"meedenken\"/>\n"
	 "    <category kind=\"address\" source=\"data-subject\" purposes=\"meedenken\"/>\n"
	 "    <category kind=\"online-identifier\" source=\"data-subject\" purposes=\"meedenken\"/>\n"
	 "    <category kind=\"communication\" source=\"data-subject\" purposes=\"meedenken archiveren\"/>\n"
	 "    <category kind=\"political-opinion\" source=\"data-subject\" purposes=\"meedenken archiveren\"\n"
	 "              art9-condition=\"made-public\"/>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"public\" name=\"Iedereen die het platform bezoekt (uw bijdragen en de naam die u kiest)\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Leverancier van het participatieplatform\" agreement=\"VWO-2024-044\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"permanent\" from=\"collection\" selectielijst=\"6.1.9\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"encryption-in-transit\"/>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"backup\"/>\n"
	 "    <measure kind=\"penetration-testing\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2024-01-22\" reference=\"DPIA-2024-001\"/>\n"
	 "</activity>\n"
	},
	{"werkmatching",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Hulp bij het vinden van werk $N</nl>\n"
	 "    <en>Help with finding work $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>U zoekt werk en krijgt hulp van een werkcoach. Een computerprogramma zoekt vacatures die bij u passen. Uw werkcoach bespreekt die met u. U en uw werkcoach beslissen, niet de computer.</nl>\n"
	 "    <en>You are looking for work and get help from a job coach. A computer program looks for vacancies that suit you. Your coach discusses them with you. You and your coach decide, not the computer.</en>\n"
	 "  </summary>\n"
	 "  <department>Werkbedrijf$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0015703\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"werk-vinden\" basis=\"public-task\" category=\"public-service\">\n"
	 "      <description>\n"
	 "        <nl>Wij helpen u om werk te vinden dat bij u past.</nl>\n"
	 "        <en>We help you find work that suits you.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Participatiewet\" bwb=\"BWBR0015703\" article=\"7\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0015703\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"job-seekers\"/>\n"
	 "    <subject kind=\"clients\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"own-records\"/>\n"
	 "    <category kind=\"contact\" source=\"data-subject\"/>\n"
	 "    <category kind=\"birth-date\" source=\"own-records\"/>\n"
	 "    <category kind=\"bsn\" source=\"own-records\">\n"
	 "      <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0022428\"/>\n"
	 "      <law title=\"Wet structuur uitvoeringsorganisatie werk en inkomen\" bwb=\"BWBR0013060\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0013060\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"work-education\" source=\"data-subject\"/>\n"
	 "    <category kind=\"work-education\" source=\"other-organisation\"/>\n"
	 "    <category kind=\"health\" source=\"data-subject\" art9-condition=\"employment-social-security\">\n"
	 "      <law title=\"Uitvoeringswet Algemene verordening gegevensbescherming\" bwb=\"BWBR0040940\" article=\"30\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0040940\"/>\n"
	 "    </category>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"joint-controller\" name=\"Werkgeversservicepunt Zeekust (samen met UWV en de buurgemeenten)\"\n"
	 "               agreement=\"Samenwerkingsovereenkomst WSP Zeekust 2023, art. 26 AVG\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Leverancier van het matchingsprogramma\" agreement=\"VWO-2025-008\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P10Y\" from=\"relationship-ended\" selectielijst=\"8.3\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"yes\">\n"
	 "    <description>\n"
	 "      <nl>Het programma vergelijkt uw opleiding, werkervaring, wensen en wat u kunt met vacatures. Het maakt een lijst van vacatures die goed bij u passen. Uw werkcoach bekijkt die lijst en bespreekt hem met u.</nl>\n"
	 "      <en>The program compares your education, work experience, wishes and abilities with vacancies and makes a list of good matches. Your job coach reviews the list and discusses it with you.</en>\n"
	 "    </description>\n"
	 "  </profiling>\n"
	 "  <security>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"logging\"/>\n"
	 "    <measure kind=\"security-policy\"/>\n"
	 "    <measure kind=\"staff-training\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2025-04-03\" reference=\"DPIA-2025-004\"/>\n"
	 "</activity>\n"
	},
	{"gemeentelijke-belastingen",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Gemeentelijke belastingen en WOZ-waarde $N</nl>\n"
	 "    <en>Municipal taxes and property value (WOZ) $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>Wij bepalen elk jaar de WOZ-waarde van uw huis of pand. Daarmee berekenen wij uw belastingen, zoals de onroerendezaakbelasting en de afvalstoffenheffing. Een computer maakt de aanslag.</nl>\n"
	 "    <en>Every year we set the value of your home or building (WOZ value). We use it to calculate your taxes, such as property tax and the waste charge. A computer produces the tax bill.</en>\n"
	 "  </summary>\n"
	 "  <department>Belastingen$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0007119\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"woz-bepalen\" basis=\"legal-obligation\" category=\"legal-compliance\">\n"
	 "      <description>\n"
	 "        <nl>Wij stellen de WOZ-waarde van uw woning of pand vast.</nl>\n"
	 "        <en>We set the value of your home or building.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Wet waardering onroerende zaken\" bwb=\"BWBR0007119\" article=\"22\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0007119\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"belasting-heffen\" basis=\"public-task\" category=\"public-service\">\n"
	 "      <description>\n"
	 "        <nl>Wij berekenen de gemeentelijke belastingen en sturen u de aanslag.</nl>\n"
	 "        <en>We calculate the municipal taxes and send you the bill.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Gemeentewet\" bwb=\"BWBR0005416\" article=\"220\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005416\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"belasting-innen\" basis=\"public-task\" category=\"payment\">\n"
	 "      <description>\n"
	 "        <nl>Wij zorgen dat de belasting betaald wordt. Betaalt u niet op tijd? Dan sturen wij een herinnering.</nl>\n"
	 "        <en>We make sure the tax is paid. If you do not pay on time, we send a reminder.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Invorderingswet 1990\" bwb=\"BWBR0004770\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0004770\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"residents\"/>\n"
	 "    <subject kind=\"non-residents\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"name\" source=\"base-registry\" registry=\"hr\" purposes=\"belasting-heffen\"/>\n"
	 "    <category kind=\"address\" source=\"base-registry\" registry=\"bag\"/>\n"
	 "    <category kind=\"bsn\" source=\"base-registry\" registry=\"brp\">\n"
	 "      <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0022428\"/>\n"
	 "      <law title=\"Wet waardering onroerende zaken\" bwb=\"BWBR0007119\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0007119\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"household\" source=\"base-registry\" registry=\"brp\" purposes=\"belasting-heffen\"/>\n"
	 "    <category kind=\"housing\" source=\"base-registry\" registry=\"brk\" purposes=\"woz-bepalen belasting-heffen\"/>\n"
	 "    <category kind=\"housing\" source=\"base-registry\" registry=\"woz\"/>\n"
	 "    <category kind=\"tax\" source=\"own-records\" purposes=\"belasting-heffen belasting-innen\"/>\n"
	 "    <category kind=\"bank-account\" source=\"data-subject\" purposes=\"belasting-innen\"/>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"public-authority\" name=\"Belastingdienst en waterschap (WOZ-waarde, via de Landelijke Voorziening WOZ)\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Leverancier van het belastingsysteem\" agreement=\"VWO-2019-002\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Drukkerij van de aanslagbiljetten\" agreement=\"VWO-2024-052\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P7Y\" from=\"decision\" selectielijst=\"10.1\"/>\n"
	 "  <automated-decision present=\"yes\">\n"
	 "    <logic>\n"
	 "      <nl>De computer berekent uw aanslag met vaste regels. Onroerendezaakbelasting: de WOZ-waarde keer het tarief van dit jaar. Afvalstoffenheffing: het tarief voor het aantal mensen in uw huis volgens de BRP.</nl>\n"
	 "      <en>The computer calculates your tax bill with fixed rules. Property tax: the WOZ value times this year's rate. Waste charge: the rate for the number of people in your home according to the BRP.</en>\n"
	 "    </logic>\n"
	 "    <consequence>\n"
	 "      <nl>U krijgt een aanslag die u moet betalen. Klopt er iets niet? Maak dan bezwaar. Een medewerker bekijkt uw bezwaar.</nl>\n"
	 "      <en>You receive a tax bill you must pay. If something is wrong, object to it. A member of staff reviews your objection.</en>\n"
	 "    </consequence>\n"
	 "    <human-review>\n"
	 "      <nl>Klopt uw aanslag niet? Maak binnen zes weken bezwaar. Een medewerker bekijkt uw aanslag opnieuw en hoort uw kant van het verhaal.</nl>\n"
	 "      <en>Is your tax bill wrong? Object within six weeks. A member of staff looks at your bill again and hears your side of the story.</en>\n"
	 "    </human-review>\n"
	 "  </automated-decision>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"encryption-at-rest\"/>\n"
	 "    <measure kind=\"logging\"/>\n"
	 "    <measure kind=\"backup\"/>\n"
	 "    <measure kind=\"security-audit\"/>\n"
	 "    <measure kind=\"penetration-testing\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2023-02-27\" reference=\"DPIA-2023-003\"/>\n"
	 "</activity>\n"
	},
	{"personeelsadministratie",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Personeelsadministratie $N</nl>\n"
	 "    <en>Staff administration $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>U werkt bij de gemeente. Wij regelen uw contract, uw salaris en uw verlof. Bent u ziek? Dan helpen wij u weer aan het werk, samen met de bedrijfsarts.</nl>\n"
	 "    <en>You work for the municipality. We handle your contract, your salary and your leave. If you are ill, we help you back to work together with the company doctor.</en>\n"
	 "  </summary>\n"
	 "  <department>Personeel en Organisatie$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0005290\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"arbeidsovereenkomst\" basis=\"contract\" category=\"personnel\">\n"
	 "      <description>\n"
	 "        <nl>Wij voeren uw arbeidsovereenkomst uit: salaris, verlof, opleiding en gesprekken over uw werk.</nl>\n"
	 "        <en>We carry out your employment contract: salary, leave, training and reviews.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Burgerlijk Wetboek Boek 7\" bwb=\"BWBR0005290\" article=\"610\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005290\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"loonheffing\" basis=\"legal-obligation\" category=\"legal-compliance\">\n"
	 "      <description>\n"
	 "        <nl>Wij houden belasting en premies in op uw salaris en geven die door aan de Belastingdienst.</nl>\n"
	 "        <en>We withhold tax and contributions from your salary and report them to the Tax Administration.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Wet op de loonbelasting 1964\" bwb=\"BWBR0002471\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0002471\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"verzuim\" basis=\"legal-obligation\" category=\"personnel\">\n"
	 "      <description>\n"
	 "        <nl>Bent u ziek? Dan betalen wij uw loon door en helpen wij u om weer te gaan werken.</nl>\n"
	 "        <en>If you are ill, we keep paying your wages and help you return to work.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Burgerlijk Wetboek Boek 7\" bwb=\"BWBR0005290\" article=\"629\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005290\"/>\n"
	 "      <law title=\"Arbeidsomstandighedenwet\" bwb=\"BWBR0010346\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0010346\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"employees\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"data-subject\"/>\n"
	 "    <category kind=\"contact\" source=\"data-subject\"/>\n"
	 "    <category kind=\"address\" source=\"data-subject\"/>\n"
	 "    <category kind=\"birth-date\" source=\"data-subject\"/>\n"
	 "    <category kind=\"bsn\" source=\"data-subject\" purposes=\"loonheffing verzuim\">\n"
	 "      <law title=\"Wet op de loonbelasting 1964\" bwb=\"BWBR0002471\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0002471\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"bank-account\" source=\"data-subject\" purposes=\"arbeidsovereenkomst\"/>\n"
	 "    <category kind=\"income\" source=\"own-records\" purposes=\"arbeidsovereenkomst loonheffing\"/>\n"
	 "    <category kind=\"tax\" source=\"own-records\" purposes=\"loonheffing\"/>\n"
	 "    <category kind=\"work-education\" source=\"data-subject\" purposes=\"arbeidsovereenkomst\"/>\n"
	 "    <category kind=\"health\" source=\"other-organisation\" purposes=\"verzuim\"\n"
	 "              art9-condition=\"employment-social-security\">\n"
	 "      <law title=\"Uitvoeringswet Algemene verordening gegevensbescherming\" bwb=\"BWBR0040940\" article=\"30\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0040940\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"trade-union\" source=\"data-subject\" purposes=\"arbeidsovereenkomst\"\n"
	 "              art9-condition=\"explicit-consent\"/>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"processor\" name=\"Salarisverwerker (in Nederland)\" agreement=\"VWO-2020-011\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Clouddienst voor e-mail en documenten\" agreement=\"VWO-2022-001\"/>\n"
	 "    <recipient kind=\"processor\" name=\"Aanbieder van e-learning\" agreement=\"VWO-2025-019\"/>\n"
	 "    <recipient kind=\"public-authority\" name=\"Belastingdienst en UWV\"/>\n"
	 "    <recipient kind=\"care-partner\" name=\"Arbodienst en bedrijfsarts\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"yes\">\n"
	 "    <transfer country=\"US\" mechanism=\"adequacy\" recipient=\"Clouddienst voor e-mail en documenten\"/>\n"
	 "    <transfer country=\"US\" mechanism=\"scc\" recipient=\"Aanbieder van e-learning\"/>\n"
	 "  </transfers>\n"
	 "  <retention period=\"P10Y\" from=\"relationship-ended\" selectielijst=\"17.5\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"multi-factor-authentication\"/>\n"
	 "    <measure kind=\"encryption-at-rest\"/>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"logging\"/>\n"
	 "    <measure kind=\"security-policy\"/>\n"
	 "    <measure kind=\"incident-management\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2022-10-17\" reference=\"DPIA-2022-015\"/>\n"
	 "  <acknowledgement rule=\"consent-public-task\"\n"
	 "                   reason=\"Alleen als een medewerker zelf vraagt de vakbondscontributie in te houden op het brutoloon. Wie dat niet vraagt, merkt daar niets van.\"/>\n"
	 "</activity>\n"
	},
	{"leerplicht",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Leerplicht $N</nl>\n"
	 "    <en>Compulsory education $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>Kinderen van 5 tot 16 jaar moeten naar school. De leerplichtambtenaar let daarop. Is een kind vaak niet op school? Dan zoekt de leerplichtambtenaar samen met de ouders en de school naar een oplossing.</nl>\n"
	 "    <en>Children aged 5 to 16 must go to school. The school attendance officer checks this and helps when a child is often absent, together with the parents and the school.</en>\n"
	 "  </summary>\n"
	 "  <department>Team Leerplicht$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0002628\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"leerplicht-toezicht\" basis=\"public-task\" category=\"public-service\">\n"
	 "      <description>\n"
	 "        <nl>Wij letten erop dat elk kind op een school staat ingeschreven en naar school gaat. Wij beslissen ook over vrijstelling.</nl>\n"
	 "        <en>We make sure every child is enrolled at a school and attends it. We also decide on exemptions.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Leerplichtwet 1969\" bwb=\"BWBR0002628\" article=\"16\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0002628\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"children\"/>\n"
	 "    <subject kind=\"parents-guardians\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"birth-date\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"address\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"family\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"bsn\" source=\"base-registry\" registry=\"brp\">\n"
	 "      <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0022428\"/>\n"
	 "      <law title=\"Leerplichtwet 1969\" bwb=\"BWBR0002628\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0002628\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"work-education\" source=\"other-organisation\"/>\n"
	 "    <category kind=\"behaviour\" source=\"other-organisation\"/>\n"
	 "    <category kind=\"health\" source=\"data-subject\" art9-condition=\"substantial-public-interest\">\n"
	 "      <law title=\"Leerplichtwet 1969\" bwb=\"BWBR0002628\" article=\"7\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0002628\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"religion\" source=\"data-subject\" art9-condition=\"substantial-public-interest\">\n"
	 "      <law title=\"Leerplichtwet 1969\" bwb=\"BWBR0002628\" article=\"8\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0002628\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"philosophical-belief\" source=\"data-subject\" art9-condition=\"substantial-public-interest\">\n"
	 "      <law title=\"Leerplichtwet 1969\" bwb=\"BWBR0002628\" article=\"8\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0002628\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"criminal\" source=\"own-records\">\n"
	 "      <law title=\"Leerplichtwet 1969\" bwb=\"BWBR0002628\" article=\"16\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0002628\"/>\n"
	 "    </category>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"police-justice\" name=\"Openbaar Ministerie (bij een proces-verbaal)\"/>\n"
	 "    <recipient kind=\"public-authority\" name=\"Raad voor de Kinderbescherming (alleen als het nodig is)\"/>\n"
	 "    <recipient kind=\"public-authority\" name=\"DUO (register van vrijstellingen)\"/>\n"
	 "    <recipient kind=\"care-partner\" name=\"Jeugdarts van de GGD\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P19Y\" from=\"collection\" selectielijst=\"12.1.3\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"encryption-at-rest\"/>\n"
	 "    <measure kind=\"logging\"/>\n"
	 "    <measure kind=\"staff-training\"/>\n"
	 "    <measure kind=\"incident-management\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2023-06-19\" reference=\"DPIA-2023-008\"/>\n"
	 "</activity>\n"
	},
	{"reisdocument",
	 "<activity id=\"$ID\" version=\"$V\" status=\"$S\">\n"
	 "?c  <!-- $C -->\n"
	 "  <name>\n"
	 "    <nl>Paspoort of identiteitskaart aanvragen $N</nl>\n"
	 "    <en>Applying for a passport or ID card $N</en>\n"
	 "  </name>\n"
	 "  <summary>\n"
	 "    <nl>U vraagt een paspoort of identiteitskaart aan. Wij nemen uw vingerafdrukken en maken een kopie van uw pasfoto. Uw vingerafdrukken wissen wij zodra u het document heeft opgehaald.</nl>\n"
	 "    <en>You apply for a passport or ID card. We take your fingerprints and a copy of your photo. We delete your fingerprints as soon as you have collected the document.</en>\n"
	 "  </summary>\n"
	 "  <department>Burgerzaken$D</department>\n"
	 "?l  <legal-text url=\"https://wetten.overheid.nl/BWBR0005212\"/>\n"
	 "  <purposes>\n"
	 "    <purpose id=\"document-verstrekken\" basis=\"legal-obligation\" category=\"identity-verification\">\n"
	 "      <description>\n"
	 "        <nl>Wij stellen vast wie u bent en vragen uw paspoort of identiteitskaart aan.</nl>\n"
	 "        <en>We establish who you are and order your passport or ID card.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Paspoortwet\" bwb=\"BWBR0005212\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005212\"/>\n"
	 "    </purpose>\n"
	 "    <purpose id=\"misbruik-voorkomen\" basis=\"legal-obligation\" category=\"security\">\n"
	 "      <description>\n"
	 "        <nl>Wij controleren of er een reden is om geen document te geven, bijvoorbeeld omdat een ander document van u als gestolen is gemeld.</nl>\n"
	 "        <en>We check whether there is a reason not to issue a document, for example because another document of yours was reported stolen.</en>\n"
	 "      </description>\n"
	 "      <law title=\"Paspoortwet\" bwb=\"BWBR0005212\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005212\"/>\n"
	 "    </purpose>\n"
	 "  </purposes>\n"
	 "  <data-subjects>\n"
	 "    <subject kind=\"residents\"/>\n"
	 "    <subject kind=\"applicants\"/>\n"
	 "    <subject kind=\"children\"/>\n"
	 "    <subject kind=\"parents-guardians\"/>\n"
	 "  </data-subjects>\n"
	 "  <personal-data>\n"
	 "    <category kind=\"name\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"birth-date\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"nationality\" source=\"base-registry\" registry=\"brp\"/>\n"
	 "    <category kind=\"bsn\" source=\"base-registry\" registry=\"brp\">\n"
	 "      <law title=\"Wet algemene bepalingen burgerservicenummer\" bwb=\"BWBR0022428\" article=\"10\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0022428\"/>\n"
	 "      <law title=\"Paspoortwet\" bwb=\"BWBR0005212\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005212\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"images\" source=\"data-subject\" purposes=\"document-verstrekken\"/>\n"
	 "    <category kind=\"biometric\" source=\"data-subject\" purposes=\"document-verstrekken\"\n"
	 "              art9-condition=\"substantial-public-interest\">\n"
	 "      <law title=\"Paspoortwet\" bwb=\"BWBR0005212\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0005212\"/>\n"
	 "      <law title=\"Uitvoeringswet Algemene verordening gegevensbescherming\" bwb=\"BWBR0040940\" article=\"29\"\n"
	 "           url=\"https://wetten.overheid.nl/BWBR0040940\"/>\n"
	 "    </category>\n"
	 "    <category kind=\"identity-document\" source=\"other-organisation\"/>\n"
	 "  </personal-data>\n"
	 "  <recipients outside-controller=\"yes\" sold=\"no\">\n"
	 "    <recipient kind=\"public-authority\" name=\"Rijksdienst voor Identiteitsgegevens (RvIG), die het document laat maken\"/>\n"
	 "  </recipients>\n"
	 "  <transfers outside-eea=\"no\"/>\n"
	 "  <retention period=\"P16Y\" from=\"decision\" selectielijst=\"5.1.4\"/>\n"
	 "  <automated-decision present=\"no\"/>\n"
	 "  <profiling present=\"no\"/>\n"
	 "  <security>\n"
	 "    <measure kind=\"encryption\"/>\n"
	 "    <measure kind=\"access-control\"/>\n"
	 "    <measure kind=\"logging\"/>\n"
	 "    <measure kind=\"security-audit\"/>\n"
	 "    <measure kind=\"secure-deletion\"/>\n"
	 "  </security>\n"
	 "  <dpia required=\"yes\" status=\"done\" date=\"2021-08-24\" reference=\"DPIA-2021-012\"/>\n"
	 "</activity>\n"
	},
};

#define N_TEMPLATES (sizeof(templates) / sizeof(templates[0]))

static const char *const measures[] = {
	"encryption", "encryption-in-transit", "encryption-at-rest", "access-control",
	"multi-factor-authentication", "pseudonymisation", "logging", "backup",
	"staff-training", "security-audit", "penetration-testing", "secure-deletion",
	"security-policy", "incident-management",
};

#define N_MEASURES (sizeof(measures) / sizeof(measures[0]))

/* splitmix64: small, fast, and the same sequence on every machine. */
static uint64_t rng_state;

static uint64_t rng(void)
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

/* 1 with probability pct / 100. */
static int chance(unsigned pct)
{
	return rng() % 100 < pct;
}

static int put(const char *s, size_t n)
{
	return fwrite(s, 1, n, stdout) == n ? 0 : -1;
}

typedef struct {
	unsigned long n;
	unsigned version;
	const char *status;
	char comment[64];
	char location[32]; /* after the department, or "" */
	const char *slug;
	int keep_comment, keep_legal_text;
	unsigned extra_measures;
} variant;

/* Writes one template line (without its newline) with the values of `v`. */
static int put_line(const char *line, size_t len, const variant *v)
{
	const char *p = line, *end = line + len;
	while (p < end) {
		const char *dollar = memchr(p, '$', (size_t)(end - p));
		if (!dollar)
			return put(p, (size_t)(end - p));
		if (put(p, (size_t)(dollar - p)) != 0)
			return -1;
		char buf[96];
		int w;
		switch (dollar + 1 < end ? dollar[1] : 0) {
		case 'I': /* $ID */
			w = snprintf(buf, sizeof(buf), "%s-%lu", v->slug, v->n);
			p = dollar + 3;
			break;
		case 'N':
			w = snprintf(buf, sizeof(buf), "%lu", v->n);
			p = dollar + 2;
			break;
		case 'V':
			w = snprintf(buf, sizeof(buf), "%u", v->version);
			p = dollar + 2;
			break;
		case 'S':
			w = snprintf(buf, sizeof(buf), "%s", v->status);
			p = dollar + 2;
			break;
		case 'C':
			w = snprintf(buf, sizeof(buf), "%s", v->comment);
			p = dollar + 2;
			break;
		case 'D':
			w = snprintf(buf, sizeof(buf), "%s", v->location);
			p = dollar + 2;
			break;
		default:
			fprintf(stderr, "gen: bad placeholder in template %s\n", v->slug);
			return -1;
		}
		if (put(buf, (size_t)w) != 0)
			return -1;
	}
	return 0;
}

/* Writes `extra` measures that the activity text does not list yet,
 * starting at a random one. */
static int put_extra_measures(const char *text, unsigned extra)
{
	size_t start = (size_t)(rng() % N_MEASURES);
	for (size_t k = 0; k < N_MEASURES && extra > 0; k++) {
		const char *m = measures[(start + k) % N_MEASURES];
		char attr[64];
		snprintf(attr, sizeof(attr), "kind=\"%s\"", m);
		if (strstr(text, attr))
			continue;
		if (printf("    <measure %s/>\n", attr) < 0)
			return -1;
		extra--;
	}
	return 0;
}

/*
 * The template of activity i. The templates come in rounds, every template
 * once per round in an order drawn anew for each round: a register of any
 * size has them all in (nearly) the same proportions, so the time per
 * activity of two sizes compares the same work. Called for i = 0, 1, ...
 */
static const template *template_for(unsigned long i)
{
	static size_t order[N_TEMPLATES];
	size_t k = (size_t)(i % N_TEMPLATES);

	if (k == 0) {
		for (size_t j = 0; j < N_TEMPLATES; j++)
			order[j] = j;
		for (size_t j = N_TEMPLATES - 1; j > 0; j--) {
			size_t r = (size_t)(rng() % (j + 1)), tmp = order[j];
			order[j] = order[r];
			order[r] = tmp;
		}
	}
	return &templates[order[k]];
}

static int put_activity(unsigned long i)
{
	const template *t = template_for(i);
	variant v = {.n = i + 1, .slug = t->slug};
	v.version = 1 + (unsigned)(rng() % 12);
	unsigned s = (unsigned)(rng() % 100);
	v.status = s < 85 ? "active" : s < 95 ? "ended" : "planned";
	snprintf(v.comment, sizeof(v.comment), "Laatst nagekeken op 2026-%02u-%02u.",
	         1 + (unsigned)(rng() % 10), 1 + (unsigned)(rng() % 28));
	v.keep_comment = chance(30);
	if (chance(40))
		snprintf(v.location, sizeof(v.location), ", locatie %u", 1 + (unsigned)(rng() % 40));
	v.keep_legal_text = chance(70);
	v.extra_measures = chance(50) ? 1 + (unsigned)chance(40) : 0;

	const char *p = t->text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		const char *line = p;
		p = nl ? nl + 1 : p + len;
		if (line[0] == '?') {
			int keep = line[1] == 'c' ? v.keep_comment
			           : line[1] == 'l' ? v.keep_legal_text : -1;
			if (keep < 0) {
				fprintf(stderr, "gen: bad optional line in template %s\n", t->slug);
				return -1;
			}
			if (!keep)
				continue;
			line += 2;
			len -= 2;
		}
		if (strncmp(line, "  </security>", 13) == 0 &&
		    put_extra_measures(t->text, v.extra_measures) != 0)
			return -1;
		if (put_line(line, len, &v) != 0 || put("\n", 1) != 0)
			return -1;
	}
	return 0;
}

static int usage(void)
{
	fputs("usage: gen [-s SEED] N\n"
	      "Writes a register with N activities (1 to 10000000) to stdout.\n", stderr);
	return 2;
}

static int parse_ulong(unsigned long *out, const char *s, unsigned long max)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || end == s || *end || s[0] == '-' || v > max)
		return -1;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	unsigned long seed = 1, n;
	int i = 1;
	if (argc - i >= 2 && strcmp(argv[i], "-s") == 0) {
		if (parse_ulong(&seed, argv[i + 1], (unsigned long)-1) != 0)
			return usage();
		i += 2;
	}
	if (argc - i != 1 || parse_ulong(&n, argv[i], 10000000ul) != 0 || n == 0)
		return usage();
	rng_state = (uint64_t)seed;

	static char buf[1 << 16];
	setvbuf(stdout, buf, _IOFBF, sizeof(buf));
	printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	       "<!-- Generated by bench/gen (seed %lu): %lu activities for the benchmark. -->\n"
	       "<register xmlns=\"urn:privicon:register:1\" version=\"2026.4\" date=\"2026-11-01\">\n"
	       "<controller public-authority=\"yes\">\n"
	       "  <name>Gemeente Veldhoven-aan-Zee</name>\n"
	       "  <identifier scheme=\"tooi\">https://identifier.overheid.nl/tooi/id/gemeente/gm9999</identifier>\n"
	       "  <contact email=\"privacy@veldhovenaanzee.example\" phone=\"+31 70 000 0000\"\n"
	       "           web=\"https://www.veldhovenaanzee.example/privacy\"/>\n"
	       "  <dpo name=\"M. de Boer\" email=\"fg@veldhovenaanzee.example\" phone=\"+31 70 000 0001\"/>\n"
	       "</controller>\n",
	       seed, n);
	for (unsigned long k = 0; k < n; k++)
		if (put_activity(k) != 0) {
			perror("gen");
			return 1;
		}
	if (printf("</register>\n") < 0 || fflush(stdout) != 0) {
		perror("gen");
		return 1;
	}
	return 0;
}
