/*
 * cmd_export.c - `privicon export`: the register as open data, JSON
 * (every fact plus the notice; schemas/register.schema.json) or JSON-LD
 * (W3C DPV terms), or a spreadsheet (XLSX) in the layout `privicon import`
 * reads. The register is checked first, as `privicon check`
 * does: an activity with errors is left out of JSON and JSON-LD (they are
 * published). The spreadsheet is the officer's working copy: it keeps
 * every activity the schema accepts, also one the rules still find fault
 * with (a basis not stated yet, a placeholder), so an imported register
 * goes round whole.
 */
#include "cli.h"
#include "opendata.h"

#include <stdlib.h>
#include <string.h>

int cmd_export(int argc, char **argv); /* listed in main.c */

enum { OPT_FORMAT = 1, OPT_LANG, OPT_ICONS, OPT_OUTPUT, OPT_STRICT, OPT_HELP };

static const cli_option export_options[] = {
	{"format", 0, 1, OPT_FORMAT},
	{"lang", 0, 1, OPT_LANG},
	{"icons", 0, 1, OPT_ICONS},
	{"output", 'o', 1, OPT_OUTPUT},
	{"strict", 0, 0, OPT_STRICT},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

static void export_help(void)
{
	fputs("Usage: privicon export [OPTION]... FILE\n"
	      "Write register FILE as open data on stdout (or to -o FILE).\n"
	      "\n"
	      "  json    every fact of the register, plus per activity the rights and\n"
	      "          the notice (the eight questions with their icons and captions\n"
	      "          in Dutch and English); described by schemas/register.schema.json;\n"
	      "          'privicon import' turns it back into a register\n"
	      "  jsonld  JSON-LD with W3C Data Privacy Vocabulary (DPV 2.3) terms\n"
	      "  xlsx    a spreadsheet (Excel, LibreOffice) with one row per activity\n"
	      "          in the column layout 'privicon import' reads, and a sheet\n"
	      "          'Organisatie'; for an auditor or the FG (use -o FILE.xlsx);\n"
	      "          it keeps activities with rule errors (a working copy)\n"
	      "\n"
	      "The register is checked first; its errors are printed (as 'privicon\n"
	      "check' does). An activity with errors is left out and named on stderr;\n"
	      "the rest is written (exit status 1). Errors outside activities stop\n"
	      "everything, as does any error with --strict.\n"
	      "\n"
	      "Options:\n"
	      "  --format FORMAT    json (default), jsonld or xlsx\n"
	      "  --lang LANG        language of the messages: nl (default) or en\n"
	      "                     (the export itself holds both languages)\n"
	      "  --icons DIR        captions from DIR/catalogue.json instead of the\n"
	      "                     built-in icon catalogue\n"
	      "  --strict           all or nothing: when any activity has an error, write\n"
	      "                     nothing (default: leave that activity out)\n"
	      "  -o, --output FILE  write to FILE instead (atomically: all or nothing)\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "Exit status: 0 written, 1 the register has errors (activities left out,\n"
	      "or nothing written), 2 usage or I/O trouble.\n",
	      stdout);
}

int cmd_export(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *output = NULL, *file = NULL;
	privicon_export_format format = PRIVICON_EXPORT_JSON;
	int xlsx = 0;
	privicon_export_options eo = PRIVICON_EXPORT_OPTIONS_INIT;
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	char *doc = NULL;
	size_t size = 0;
	int opt, rc, status = CLI_EXIT_TROUBLE;
	privicon_load_options load_opts = {.version = PRIVICON_LOAD_OPTIONS_VERSION,
	                                   .keep_valid_activities = 1};

	if (cli_opts_init(&p, argc, argv, export_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((opt = cli_opts_next(&p, &value)) > 0) {
		switch (opt) {
		case OPT_FORMAT:
			if (strcmp(value, "json") == 0) {
				format = PRIVICON_EXPORT_JSON;
			} else if (strcmp(value, "jsonld") == 0) {
				format = PRIVICON_EXPORT_JSONLD;
			} else if (strcmp(value, "xlsx") == 0) {
				xlsx = 1;
			} else {
				cli_usage_error(p.command, "unknown format '%s' (use json, jsonld or xlsx)",
				                value);
				goto done;
			}
			break;
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0) {
				cli_usage_error(p.command, "unknown language '%s' (use nl or en)", value);
				goto done;
			}
			break;
		case OPT_ICONS:
			eo.icons_dir = value;
			break;
		case OPT_OUTPUT:
			output = value;
			break;
		case OPT_STRICT:
			load_opts.keep_valid_activities = 0;
			break;
		case OPT_HELP:
			export_help();
			status = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
	}
	if (opt < 0)
		goto done;
	if (cli_one_register(&p, &file) != 0)
		goto done;

	status = cli_load_register(&reg, file, &load_opts, !xlsx, lang);
	if (status != CLI_EXIT_OK)
		goto done;
	status = CLI_EXIT_TROUBLE;
	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	rc = xlsx ? privicon_export_xlsx(&doc, &size, diags, reg)
	          : privicon_export(&doc, &size, diags, reg, format, &eo);
	if (rc != 0) {
		if (rc == PRIVICON_ENOMEM)
			cli_error(lang, "onvoldoende geheugen", "out of memory");
		else if (privicon_diagnostics_count(diags))
			cli_print_diagnostics(diags, file, lang, 1);
		else
			cli_error(lang, privicon_strerror(rc), privicon_strerror(rc));
		goto done;
	}
	/* No -o: stdout (cli_output treats a NULL path so). */
	if (cli_write_file_atomic(output, doc, size, lang) != 0)
		goto done;
	/* Written, but not every activity: a finding. */
	status = privicon_register_left_out_count(reg) > 0 ? CLI_EXIT_FINDINGS : CLI_EXIT_OK;

done:
	privicon_free(doc);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
	cli_opts_free(&p);
	return status;
}
