/*
 * cmd_import.c - `privicon import`: a JSON export (privicon export
 * --format json) back to a register document, written atomically.
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

enum { OPT_LANG = 1, OPT_OUTPUT, OPT_MAX_SIZE, OPT_HELP };

static const cli_option import_options[] = {
	{"lang", 0, 1, OPT_LANG},
	{"output", 'o', 1, OPT_OUTPUT},
	{"max-size", 0, 1, OPT_MAX_SIZE},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

static void import_help(void)
{
	fputs("Usage: privicon import [OPTION]... -o FILE.xml FILE.json\n"
	      "Turn a JSON export ('privicon export --format json') back into a\n"
	      "register: UTF-8 XML indented by two spaces. Exporting that register\n"
	      "gives the same JSON again. The rights and the notice in the JSON are\n"
	      "not read back: they follow from the facts. FILE.json '-' is standard\n"
	      "input; without -o the register goes to stdout.\n"
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
	      "  --max-size SIZE    refuse JSON larger than SIZE bytes; K, M, G\n"
	      "                     (or KiB, MiB, GiB) multiply by 1024 (default 256M)\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "Exit status: 0 written, 1 the JSON has problems (nothing written),\n"
	      "2 usage or I/O trouble (bad option, missing or unreadable file).\n",
	      stdout);
}

int cmd_import(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *output = NULL, *file;
	size_t max = PRIVICON_DEFAULT_MAX_SIZE, json_size = 0, xml_size = 0;
	privicon_diagnostics *diags = NULL;
	char *json = NULL, *xml = NULL;
	int opt, rc, status = CLI_EXIT_TROUBLE;

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
			cli_usage_error(p.command, "no JSON FILE given");
		else
			cli_usage_error(p.command, "give one JSON FILE, not %d", p.n_operands);
		goto done;
	}
	file = p.operands[0];

	if (cli_od_read_file(&json, &json_size, file, max, lang) != 0)
		goto done;
	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	rc = privicon_import_json(&xml, &xml_size, diags, strcmp(file, "-") == 0 ? "stdin" : file,
	                          json, json_size);
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
	free(json);
	privicon_free(xml);
	privicon_diagnostics_free(diags);
	cli_opts_free(&p);
	return status;
}
