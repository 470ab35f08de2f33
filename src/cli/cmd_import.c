/*
 * cmd_import.c - `privicon import`: a JSON export (privicon export
 * --format json), or a register kept as a spreadsheet (XLSX, ODS, CSV), to
 * a register document, written atomically. Which it is, the content says
 * (privicon_import_sniff), not the file name.
 *
 * For a spreadsheet, everything the officer must decide is printed on
 * stderr, GNU style with the row as line and the column as column:
 *     reg.xlsx:7:12: warning: kolom 'Ontvangers': 'Ombudsman': ... [import-unmapped]
 * and, with --report FILE, written as JSON. --print-map writes the mapping
 * the import used (columns to fields) for the officer to correct and pass
 * back with --map.
 *
 * Problems in the JSON are printed GNU style with the JSON path:
 *     reg.json: error: activities[3].retention.period: expected a string, not an integer [json-shape]
 *     reg.json:12:5: error: not valid JSON: ... [json-syntax]
 * and nothing is written (exit 1). An unreadable file is exit 2.
 */
#include "cli.h"
#include "opendata.h"

#include <stdlib.h>
#include <string.h>

int cmd_import(int argc, char **argv); /* listed in main.c */

enum { OPT_LANG = 1, OPT_OUTPUT, OPT_MAX_SIZE, OPT_MAP, OPT_PRINT_MAP, OPT_REPORT, OPT_HELP };

static const cli_option import_options[] = {
	{"lang", 0, 1, OPT_LANG},
	{"output", 'o', 1, OPT_OUTPUT},
	{"max-size", 0, 1, OPT_MAX_SIZE},
	{"map", 0, 1, OPT_MAP},
	{"print-map", 0, 0, OPT_PRINT_MAP},
	{"report", 0, 1, OPT_REPORT},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

static void import_help(void)
{
	fputs("Usage: privicon import [OPTION]... -o FILE.xml FILE\n"
	      "Turn FILE into a register: UTF-8 XML indented by two spaces. FILE is\n"
	      "a spreadsheet (.xlsx, .ods, or .csv as Dutch Excel writes it) with one\n"
	      "row per activity, or a JSON export ('privicon export --format json');\n"
	      "the content decides, not the name. FILE '-' is standard input; without\n"
	      "-o the register goes to stdout.\n"
	      "\n"
	      "Spreadsheet columns are found by their Dutch or English headers (naam\n"
	      "verwerking, doel, grondslag, categorieen betrokkenen, persoonsgegevens,\n"
	      "ontvangers, verwerker, bewaartermijn, ...); values are mapped with Dutch\n"
	      "and English synonyms. What the officer must decide (a value that maps to\n"
	      "nothing, an assumption, a text in one language only, a column not read)\n"
	      "is printed on stderr with row and column. A fact the sheet does not\n"
	      "state is never guessed: a yes/no fact, a legal basis, a source, data\n"
	      "subjects or data become 'not-stated', a department or organisation name\n"
	      "'[INVULLEN] ...'; the register is written all the same and 'privicon\n"
	      "check' names each one. privicon never writes 'no' for what the sheet\n"
	      "does not say. The controller comes from a sheet 'Organisatie' or from\n"
	      "the mapping file.\n"
	      "\n"
	      "Three steps from a spreadsheet to sheets:\n"
	      "  privicon import --print-map register.xlsx > map.json   (check, correct)\n"
	      "  privicon import --map map.json -o register.xml register.xlsx\n"
	      "  privicon check register.xml && privicon render -o out register.xml\n"
	      "\n"
	      "For a JSON export: exporting the register gives the same JSON again;\n"
	      "the rights and the notice in the JSON are not read back.\n"
	      "\n"
	      "Each problem in the JSON is printed with its path, e.g.\n"
	      "  reg.json: error: activities[3].retention.period: expected a string,\n"
	      "  not an integer [json-shape]\n"
	      "(array indices count from 0) and nothing is written. The result is\n"
	      "checked against the register schema before it is written; run\n"
	      "'privicon check' on it for the GDPR rules.\n"
	      "\n"
	      "Options:\n"
	      "  -o, --output FILE  write the register to FILE (atomically: all or nothing)\n"
	      "  --lang LANG        language of the messages: nl (default) or en\n"
	      "  --max-size SIZE    refuse a FILE larger than SIZE bytes; K, M, G\n"
	      "                     (or KiB, MiB, GiB) multiply by 1024 (default 256M)\n"
	      "  --map FILE         a mapping file (JSON): which column holds which\n"
	      "                     fact, defaults, the controller (man privicon)\n"
	      "  --print-map        write the mapping the import used to stdout (or -o)\n"
	      "                     instead of the register\n"
	      "  --report FILE      also write the import report to FILE as JSON\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "Exit status: 0 written, 1 the file has problems (not a readable sheet\n"
	      "or JSON, a limit broken, a required fact left open: nothing written),\n"
	      "2 usage or I/O trouble (bad option, missing or unreadable file).\n",
	      stdout);
}

/* Writes `text` (may be NULL) to `path` atomically; 0 or -1. */
static int write_text(const char *path, const char *text, const char *lang)
{
	return cli_write_file_atomic(path, text ? text : "", text ? strlen(text) : 0, lang);
}

int cmd_import(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *output = NULL, *file, *map_file = NULL;
	const char *report_file = NULL, *name;
	size_t max = PRIVICON_DEFAULT_MAX_SIZE, in_size = 0, xml_size = 0, map_size = 0;
	privicon_diagnostics *diags = NULL;
	char *in = NULL, *xml = NULL, *map = NULL, *report = NULL, *map_out = NULL;
	int opt, rc, status = CLI_EXIT_TROUBLE, print_map = 0;

	if (cli_opts_init(&p, argc, argv, import_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((opt = cli_opts_next(&p, &value)) > 0) {
		switch (opt) {
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0) {
				cli_usage_error(p.command, "unknown language '%s' (use nl or en)", value);
				goto done;
			}
			break;
		case OPT_OUTPUT:
			output = value;
			break;
		case OPT_MAX_SIZE:
			if (cli_parse_size(&max, value) != 0) {
				cli_usage_error(p.command,
				                "bad size '%s' (a positive number of bytes, optionally with "
				                "K, M or G)",
				                value);
				goto done;
			}
			break;
		case OPT_MAP:
			map_file = value;
			break;
		case OPT_PRINT_MAP:
			print_map = 1;
			break;
		case OPT_REPORT:
			report_file = value;
			break;
		case OPT_HELP:
			import_help();
			status = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
	}
	if (opt < 0)
		goto done;
	if (p.n_operands != 1) {
		if (p.n_operands == 0)
			cli_usage_error(p.command, "no FILE given");
		else
			cli_usage_error(p.command, "give one FILE, not %d", p.n_operands);
		goto done;
	}
	file = p.operands[0];
	name = strcmp(file, "-") == 0 ? "stdin" : file;

	if (cli_od_read_file(&in, &in_size, file, max, lang) != 0)
		goto done;
	if (map_file && cli_od_read_file(&map, &map_size, map_file, max, lang) != 0)
		goto done;
	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	if (privicon_import_sniff(in, in_size) == PRIVICON_INPUT_JSON) {
		if (map_file || print_map || report_file) {
			cli_usage_error(p.command, "--map, --print-map and --report are for "
			                "spreadsheets; '%s' is JSON", file);
			goto done;
		}
		rc = privicon_import_json(&xml, &xml_size, diags, name, in, in_size);
	} else {
		privicon_import_options io = PRIVICON_IMPORT_OPTIONS_INIT;
		io.map = map;
		io.map_size = map_size;
		io.map_name = map_file;
		rc = privicon_import_sheet(print_map ? NULL : &xml, &xml_size,
		                           report_file ? &report : NULL, print_map ? &map_out : NULL,
		                           diags, name, in, in_size, &io);
		/* The report and the map are written whatever the outcome: they
		 * are what the officer works from. */
		if (report_file && report && write_text(report_file, report, lang) != 0)
			goto done;
		if (print_map && map_out && rc != PRIVICON_ENOMEM) {
			cli_print_diagnostics(diags, file, lang, 1);
			status = write_text(output, map_out, lang) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
		/* With the count at the end, as check prints it. */
		if (rc == PRIVICON_OK)
			cli_print_diagnostics(diags, file, lang, 1);
	}
	if (rc == PRIVICON_ENOMEM) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	if (rc != 0) {
		cli_print_diagnostics(diags, file, lang, 1);
		status = rc == PRIVICON_EINVALID ? CLI_EXIT_FINDINGS : CLI_EXIT_TROUBLE;
		goto done;
	}
	if (cli_write_file_atomic(output, xml, xml_size, lang) != 0)
		goto done;
	status = CLI_EXIT_OK;

done:
	free(in);
	free(map);
	privicon_free(xml);
	privicon_free(report);
	privicon_free(map_out);
	privicon_diagnostics_free(diags);
	cli_opts_free(&p);
	return status;
}
