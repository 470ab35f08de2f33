/*
 * cmd_new.c - `privicon new -o register.xml`: starts a register for a
 * municipality. It asks nothing. It fills in what needs no answer from
 * the officer (the namespace and xsi:schemaLocation, the controller's kind
 * and the Dutch supervisory authority, the register's version and date)
 * and marks everything else so that `privicon check` names it:
 *   - texts to write are "[INVULLEN] ..." (Dutch texts) and "[FILL IN] ..."
 *     (English texts): the rule `placeholder` reports each one left;
 *   - the yes/no facts are not-stated: `art30-not-stated` warns for each;
 *   - the example activity's id is "invullen-verwerking": `placeholder`
 *     asks for an id of its own and to review the example values (legal
 *     basis, purpose category, data subjects, data) the schema needs;
 *   - contact details, the DPO, retention and security measures are left
 *     out, with a comment showing how to write them: controller-contact,
 *     dpo-missing, art30-retention and art30-security name them.
 * The file follows the schema, so `check` goes straight to that list.
 *
 * The comments are in the language of --lang; the resident-facing texts
 * have a Dutch and an English placeholder either way. The date is today
 * (UTC), or the day of SOURCE_DATE_EPOCH. The file is written atomically
 * and never replaces an existing file without --force.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

int cmd_new(int argc, char **argv); /* listed in main.c */

enum { OPT_OUTPUT = 1, OPT_NAME, OPT_LANG, OPT_FORCE, OPT_HELP };

static const cli_option new_options[] = {
	{"output", 'o', 1, OPT_OUTPUT},
	{"name", 0, 1, OPT_NAME},
	{"lang", 0, 1, OPT_LANG},
	{"force", 'f', 0, OPT_FORCE},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

static void new_help(void)
{
	fputs("Usage: privicon new [OPTION]... -o FILE\n"
	      "Start a register for a municipality in FILE. Nothing is asked: what\n"
	      "can be filled in is (namespace, schema location, controller kind,\n"
	      "supervisory authority, one example activity); the rest is marked with\n"
	      "[INVULLEN] / [FILL IN] or not-stated, and 'privicon check FILE' lists\n"
	      "every place still to fill in.\n"
	      "\n"
	      "Options:\n"
	      "  -o, --output FILE  the register to write (required)\n"
	      "  --name NAME        the municipality's name, e.g. \"Gemeente Voorbeeld\"\n"
	      "  --lang LANG        language of the comments in the file and of the\n"
	      "                     messages: nl (default) or en\n"
	      "  -f, --force        replace FILE when it exists (default: refuse)\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "Exit status: 0 written, 2 usage or I/O trouble (FILE exists, cannot\n"
	      "be written, bad option).\n",
	      stdout);
}

/*
 * The template. A line that starts with "nl|" or "en|" is written only
 * for that language of the comments (--lang), without the prefix; the
 * others for both. @NAME@ is the controller's name (escaped), @DATE@ the
 * date (YYYY-MM-DD). Every placeholder starts with [INVULLEN] or
 * [FILL IN] (src/rules/rules_placeholder.c reports them).
 */
static const char template_text[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<!--\n"
	"nl|  Verwerkingsregister (AVG art. 30), begonnen met 'privicon new'.\n"
	"en|  Register of processing activities (GDPR Art. 30), started with\n"
	"en|  'privicon new'.\n"
	"\n"
	"nl|  Wat nog moet:\n"
	"nl|  - Vervang elke tekst met [INVULLEN] (Nederlands) of [FILL IN] (Engels)\n"
	"nl|    door de echte tekst. Schrijf voor inwoners: korte zinnen, spreek ze aan\n"
	"nl|    met 'u'.\n"
	"nl|  - not-stated betekent: het register zegt het (nog) niet. Vul yes of no\n"
	"nl|    in zodra u het weet; privicon toont not-stated als 'Niet vermeld'.\n"
	"nl|  - Kijk de voorbeeldwaarden na (grondslag, soort doel, betrokkenen,\n"
	"nl|    gegevens): privicon new heeft ze alleen ingevuld omdat het schema een\n"
	"nl|    waarde vraagt.\n"
	"nl|  'privicon check' noemt elke plek die nog open is. Uitleg bij elk element\n"
	"nl|  staat in het schema; uw editor toont die (zie docs/editors.md van privicon).\n"
	"en|  Still to do:\n"
	"en|  - Replace every text with [INVULLEN] (Dutch) or [FILL IN] (English)\n"
	"en|    with the real text. Write for residents: short sentences.\n"
	"en|  - not-stated means: the register does not say (yet). State yes or no\n"
	"en|    once you know; privicon shows not-stated as 'Not stated'.\n"
	"en|  - Review the example values (legal basis, kind of purpose, data\n"
	"en|    subjects, data): privicon new filled them in only because the schema\n"
	"en|    asks for a value.\n"
	"en|  'privicon check' names every place still open. The schema explains\n"
	"en|  each element; your editor shows it (see docs/editors.md in privicon).\n"
	"-->\n"
	"<register xmlns=\"urn:privicon:register:1\"\n"
	"          xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
	"          xsi:schemaLocation=\"urn:privicon:register:1 urn:privicon:register:1\"\n"
	"          version=\"1\" date=\"@DATE@\">\n"
	"\n"
	"nl|  <!-- De organisatie die verantwoordelijk is: een gemeente. -->\n"
	"en|  <!-- The organisation responsible: a municipality. -->\n"
	"  <controller kind=\"municipality\" public-authority=\"yes\" country=\"NL\">\n"
	"    <name>@NAME@</name>\n"
	"nl|    <!-- [INVULLEN] Waar inwoners terechtkunnen met vragen, bijvoorbeeld:\n"
	"nl|         <contact email=\"privacy@gemeente.nl\" phone=\"14 0123\"\n"
	"nl|                  web=\"https://www.gemeente.nl/privacy\"/> -->\n"
	"en|    <!-- [FILL IN] Where residents turn with questions, for example:\n"
	"en|         <contact email=\"privacy@municipality.nl\" phone=\"14 0123\"\n"
	"en|                  web=\"https://www.municipality.nl/privacy\"/> -->\n"
	"    <contact/>\n"
	"nl|    <!-- [INVULLEN] De functionaris gegevensbescherming (FG), na <contact>:\n"
	"nl|         <dpo name=\"...\" email=\"fg@gemeente.nl\"/> -->\n"
	"nl|    <!-- Waar inwoners een klacht kunnen indienen. -->\n"
	"en|    <!-- [FILL IN] The data protection officer (DPO), after <contact>:\n"
	"en|         <dpo name=\"...\" email=\"dpo@municipality.nl\"/> -->\n"
	"en|    <!-- Where residents can complain. -->\n"
	"    <supervisory-authority name=\"Autoriteit Persoonsgegevens\"\n"
	"                           name-en=\"Dutch Data Protection Authority\"\n"
	"                           web=\"https://www.autoriteitpersoonsgegevens.nl\"/>\n"
	"  </controller>\n"
	"\n"
	"nl|  <!-- Een verwerking. Kopieer dit blok voor elke verwerking. id: een eigen\n"
	"nl|       code van kleine letters, cijfers en streepjes (ook de bestandsnaam van\n"
	"nl|       de kaart); version: verhoog die bij elke wezenlijke wijziging. -->\n"
	"en|  <!-- One processing activity. Copy this block for each activity. id: a\n"
	"en|       code of its own in lower-case letters, digits and hyphens (also the\n"
	"en|       file name of its sheet); version: raise it on every material change. -->\n"
	"  <activity id=\"invullen-verwerking\" version=\"1\" status=\"planned\">\n"
	"    <name>\n"
	"      <nl>[INVULLEN] Naam van de verwerking</nl>\n"
	"      <en>[FILL IN] Name of the processing activity</en>\n"
	"    </name>\n"
	"    <summary>\n"
	"      <nl>[INVULLEN] Een of twee zinnen voor inwoners: wat doen wij met uw gegevens?</nl>\n"
	"      <en>[FILL IN] One or two sentences for residents: what do we do with your data?</en>\n"
	"    </summary>\n"
	"nl|    <department>[INVULLEN] Afdeling of team</department>\n"
	"en|    <department>[FILL IN] Department or team</department>\n"
	"    <purposes>\n"
	"nl|      <!-- Voorbeeldwaarden: kies de grondslag (basis) en het soort doel\n"
	"nl|           (category) die echt gelden. -->\n"
	"nl|      <purpose id=\"doel\" basis=\"public-task\" category=\"public-service\">\n"
	"en|      <!-- Example values: choose the legal basis (basis) and the kind of\n"
	"en|           purpose (category) that really apply. -->\n"
	"en|      <purpose id=\"purpose\" basis=\"public-task\" category=\"public-service\">\n"
	"        <description>\n"
	"          <nl>[INVULLEN] Waarom gebruiken wij de gegevens?</nl>\n"
	"          <en>[FILL IN] Why do we use the data?</en>\n"
	"        </description>\n"
	"nl|        <law title=\"[INVULLEN] Wet waarop de taak rust, bijvoorbeeld Gemeentewet\"/>\n"
	"en|        <law title=\"[FILL IN] The law the task rests on, for example Gemeentewet\"/>\n"
	"      </purpose>\n"
	"    </purposes>\n"
	"nl|    <!-- Voorbeeldwaarde: van wie zijn de gegevens? -->\n"
	"en|    <!-- Example value: whose data are these? -->\n"
	"    <data-subjects>\n"
	"      <subject kind=\"residents\"/>\n"
	"    </data-subjects>\n"
	"nl|    <!-- Voorbeeldwaarden: welke gegevens, en waar komen ze vandaan? -->\n"
	"en|    <!-- Example values: which data, and where do they come from? -->\n"
	"    <personal-data>\n"
	"      <category kind=\"name\" source=\"data-subject\"/>\n"
	"    </personal-data>\n"
	"nl|    <!-- Krijgen anderen de gegevens? yes (noem ze met <recipient>) of no. -->\n"
	"en|    <!-- Do others receive the data? yes (list each <recipient>) or no. -->\n"
	"    <recipients outside-controller=\"not-stated\"/>\n"
	"nl|    <!-- Gaan de gegevens buiten de EER? yes (noem elke <transfer>) of no. -->\n"
	"en|    <!-- Do the data leave the EEA? yes (list each <transfer>) or no. -->\n"
	"    <transfers outside-eea=\"not-stated\"/>\n"
	"nl|    <!-- [INVULLEN] Hoe lang? bijvoorbeeld\n"
	"en|    <!-- [FILL IN] How long? for example\n"
	"         <retention period=\"P7Y\" from=\"case-closed\" selectielijst=\"...\"/> -->\n"
	"nl|    <!-- Neemt een computer zelf besluiten? Is er profilering? yes of no. -->\n"
	"en|    <!-- Does a computer take decisions by itself? Is there profiling? yes or no. -->\n"
	"    <automated-decision present=\"not-stated\"/>\n"
	"    <profiling present=\"not-stated\"/>\n"
	"nl|    <!-- [INVULLEN] Hoe beschermd? bijvoorbeeld\n"
	"en|    <!-- [FILL IN] How protected? for example\n"
	"         <security><measure kind=\"access-control\"/></security> -->\n"
	"nl|    <!-- Is een DPIA nodig? yes of no. -->\n"
	"en|    <!-- Is a DPIA required? yes or no. -->\n"
	"    <dpia required=\"not-stated\"/>\n"
	"  </activity>\n"
	"\n"
	"</register>\n";

/* The register's date: the day of SOURCE_DATE_EPOCH when set (for
 * reproducible files), else today, in UTC. 0, or -1 for a bad epoch. */
static int register_date(char *out, size_t cap)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	struct tm tm;

	if (epoch && *epoch) {
		char *end;
		errno = 0;
		long long v = strtoll(epoch, &end, 10);
		if (errno || *end || v < 0)
			return -1;
		t = (time_t)v;
	}
	if (!gmtime_r(&t, &tm) || strftime(out, cap, "%Y-%m-%d", &tm) == 0)
		return -1;
	return 0;
}

/* Whether `name` can be the controller's <name> (ShortText): valid UTF-8,
 * 1 to 200 characters, not only white space, no control characters (XML
 * does not allow most, and a name has no line breaks). */
static int name_ok(const char *name)
{
	size_t chars = 0;
	int visible = 0;
	char *clean = privicon_utf8_clean(name);
	int utf8 = clean && strcmp(clean, name) == 0;

	privicon_free(clean);
	if (!utf8)
		return 0;

	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		if (*p < 0x20 || *p == 0x7f)
			return 0;
		if ((*p & 0xC0) != 0x80)
			chars++;
		if (*p != ' ')
			visible = 1;
	}
	return visible && chars <= 200;
}

/* Writes `s` as XML text (& < > escaped). */
static void put_xml_text(FILE *fp, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		default: fputc(*s, fp); break;
		}
	}
}

/* Writes the template for `lang` with @NAME@ and @DATE@ filled in. */
static void write_template(FILE *fp, const char *lang, const char *name, const char *date)
{
	int line_start = 1, skip = 0;

	for (const char *p = template_text; *p;) {
		if (line_start) {
			line_start = 0;
			skip = 0;
			if ((p[0] == 'n' || p[0] == 'e') && p[1] && p[2] == '|') {
				skip = strncmp(p, lang, 2) != 0;
				p += 3;
			}
		}
		if (*p == '\n')
			line_start = 1;
		if (skip) {
			p++;
		} else if (strncmp(p, "@NAME@", 6) == 0) {
			put_xml_text(fp, name);
			p += 6;
		} else if (strncmp(p, "@DATE@", 6) == 0) {
			fputs(date, fp);
			p += 6;
		} else {
			fputc(*p++, fp);
		}
	}
}

int cmd_new(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *output = NULL, *name = NULL;
	int opt, force = 0, status = CLI_EXIT_TROUBLE;
	char date[16];
	struct stat st;
	cli_output out;

	if (cli_opts_init(&p, argc, argv, new_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((opt = cli_opts_next(&p, &value)) > 0) {
		switch (opt) {
		case OPT_OUTPUT:
			output = value;
			break;
		case OPT_NAME:
			name = value;
			break;
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0) {
				cli_usage_error(p.command, "unknown language '%s' (use nl or en)", value);
				goto done;
			}
			break;
		case OPT_FORCE:
			force = 1;
			break;
		case OPT_HELP:
			new_help();
			status = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
	}
	if (opt < 0)
		goto done;
	if (p.n_operands > 0) {
		cli_usage_error(p.command, "unexpected operand '%s' (write the file with -o FILE)",
		                p.operands[0]);
		goto done;
	}
	if (!output) {
		cli_usage_error(p.command, "no output file given (use -o register.xml)");
		goto done;
	}
	if (name && !name_ok(name)) {
		cli_usage_error(p.command, "--name must be 1 to 200 characters of UTF-8 text on "
		                           "one line, not only spaces");
		goto done;
	}
	if (register_date(date, sizeof(date)) != 0) {
		cli_usage_error(p.command, "SOURCE_DATE_EPOCH is not a number of seconds");
		goto done;
	}
	if (!force && lstat(output, &st) == 0) {
		fputs("privicon new: ", stderr);
		cli_put_text(stderr, output);
		fputs(strcmp(lang, "en") == 0
		              ? ": the file exists already; privicon new does not replace it "
		                "(use --force to replace it)\n"
		              : ": het bestand bestaat al; privicon new vervangt het niet "
		                "(gebruik --force om het te vervangen)\n",
		      stderr);
		goto done;
	}
	if (!name)
		name = strcmp(lang, "en") == 0 ? "[FILL IN] Name of the municipality, e.g. Gemeente Voorbeeld"
		                               : "[INVULLEN] Naam van de gemeente, bijvoorbeeld Gemeente Voorbeeld";
	if (cli_output_open(&out, output, lang) != 0)
		goto done;
	errno = 0;
	write_template(out.fp, lang, name, date);
	if (ferror(out.fp)) {
		cli_output_fail(&out, errno);
		goto done;
	}
	if (cli_output_commit(&out) != 0)
		goto done;
	/* What was written on stdout (as render prints its files), the next
	 * step on stderr. */
	cli_put_text(stdout, output);
	fputc('\n', stdout);
	fputs(strcmp(lang, "en") == 0 ? "Next: privicon check --lang en " : "Volgende stap: privicon check ",
	      stderr);
	cli_put_text(stderr, output);
	fputs(strcmp(lang, "en") == 0 ? " lists what is still to fill in.\n"
	                              : " noemt wat u nog moet invullen.\n",
	      stderr);
	if (fflush(stdout) != 0)
		goto done;
	status = CLI_EXIT_OK;
done:
	cli_opts_free(&p);
	return status;
}
