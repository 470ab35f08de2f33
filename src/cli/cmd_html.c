/*
 * cmd_html.c - `privicon html`: the notice of one register as one
 * self-contained, accessible HTML page.
 *
 * The theme (--theme) is read first: a bad one is a usage problem (exit
 * 2) and is reported before the register is looked at. The register is
 * then loaded and checked: when it has errors they are printed as
 * `privicon check` prints them and nothing is written (exit 1). The page
 * is rendered into memory and written atomically (a temporary file next
 * to FILE.html, renamed into place); its path is printed on stdout.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int cmd_html(int argc, char **argv); /* listed in main.c */

enum { OPT_LANG = 1, OPT_THEME, OPT_ICONS, OPT_OUTPUT, OPT_STRICT, OPT_HELP };

static const cli_option html_options[] = {
	{"lang", 0, 1, OPT_LANG},
	{"theme", 0, 1, OPT_THEME},
	{"icons", 0, 1, OPT_ICONS},
	{"output", 'o', 1, OPT_OUTPUT},
	{"strict", 0, 0, OPT_STRICT},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

static void html_help(void)
{
	fputs("Usage: privicon html [OPTION]... -o FILE.html FILE\n"
	      "Write the notice of register FILE as one self-contained, accessible web\n"
	      "page: per activity the eight questions with inline SVG icons and their\n"
	      "captions as text, links to the legal texts, and the privacy contact. No\n"
	      "scripts and no external requests: the file can be published as it is.\n"
	      "\n"
	      "The register is checked first; its errors are printed (as 'privicon\n"
	      "check' does). An activity with errors is left out, named on stderr and\n"
	      "in the page's contents; the rest is written (exit status 1). Errors\n"
	      "outside activities stop everything, as does any error with --strict.\n"
	      "The page is written atomically; its path is printed on stdout.\n"
	      "\n"
	      "Options:\n"
	      "  --lang LANG          language of the page and messages: nl (default) or en\n"
	      "  --theme TOKENS.json  design tokens (NL Design System style) for colours,\n"
	      "                       font and spacing; see themes/default.json. A theme\n"
	      "                       below WCAG 2.1 AA contrast is refused\n"
	      "  --icons DIR          use DIR/catalogue.json and its icons instead of the\n"
	      "                       built-in ones\n"
	      "  --strict             all or nothing: when any activity has an error,\n"
	      "                       write nothing (default: leave that activity out)\n"
	      "  -o, --output FILE    the page to write ('-' for stdout)\n"
	      "  -h, --help           show this help and exit\n"
	      "\n"
	      "Exit status: 0 written, 1 the register has errors (activities left out,\n"
	      "or nothing written), 2 usage or I/O trouble (a bad theme included).\n",
	      stdout);
}

int cmd_html(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *output = NULL, *icons = NULL, *theme_path = NULL, *file;
	int opt, status = CLI_EXIT_TROUBLE, loaded, rc;
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	privicon_theme *theme = NULL;
	unsigned char *html = NULL;
	size_t size = 0;
	privicon_load_options load_opts = {.version = PRIVICON_LOAD_OPTIONS_VERSION,
	                                   .keep_valid_activities = 1};

	if (cli_opts_init(&p, argc, argv, html_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((opt = cli_opts_next(&p, &value)) > 0) {
		switch (opt) {
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0) {
				cli_usage_error(p.command, "bad --lang '%s' (nl or en)", value);
				goto done;
			}
			break;
		case OPT_THEME:
			theme_path = value;
			break;
		case OPT_ICONS:
			icons = value;
			break;
		case OPT_OUTPUT:
			output = value;
			break;
		case OPT_STRICT:
			load_opts.keep_valid_activities = 0;
			break;
		case OPT_HELP:
			html_help();
			status = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
	}
	if (opt < 0)
		goto done;
	if (!output || !*output) {
		cli_usage_error(p.command, "no output file (-o FILE.html)");
		goto done;
	}
	if (cli_one_register(&p, &file) != 0)
		goto done;
	if (strcmp(output, "-") == 0)
		output = NULL;

	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	if (cli_load_theme(&theme, theme_path, lang) != 0)
		goto done;

	loaded = cli_load_register_sheets(&reg, file, &load_opts, lang);
	if (loaded != CLI_EXIT_OK) {
		status = loaded;
		goto done;
	}

	privicon_render_options ro = {.lang = lang, .icons_dir = icons, .theme = theme};
	rc = privicon_render_html(&html, &size, diags, reg, &ro);
	if (rc != 0) {
		if (rc == PRIVICON_ENOMEM)
			cli_error(lang, "onvoldoende geheugen", "out of memory");
		else
			fprintf(stderr, "privicon html: %s\n", privicon_strerror(rc));
		cli_print_diagnostics(diags, file, lang, 0);
		goto done;
	}
	if (output) {
		if (cli_write_file_atomic(output, html, size, lang) != 0)
			goto done;
		cli_put_text(stdout, output);
		fputc('\n', stdout);
		status = fflush(stdout) == 0 && !ferror(stdout) ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
	} else {
		cli_output o;
		if (cli_output_open(&o, NULL, lang) != 0)
			goto done;
		if (fwrite(html, 1, size, o.fp) != size) {
			cli_output_fail(&o, errno);
			goto done;
		}
		status = cli_output_commit(&o) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
	}
	if (status == CLI_EXIT_OK && privicon_register_left_out_count(reg) > 0)
		status = CLI_EXIT_FINDINGS; /* written, but not every activity */

done:
	privicon_free(html);
	privicon_theme_free(theme);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
	cli_opts_free(&p);
	return status;
}
