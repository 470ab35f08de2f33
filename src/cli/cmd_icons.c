/*
 * cmd_icons.c - `privicon icons`: the icon set for web teams.
 *
 *   DIR/<id>.svg             the icon source with role="img" and a <title>
 *   DIR/<id>-<px>.png        per size (default 24 and 48), transparent
 *   DIR/privicon-sprite.svg  one <symbol id="privicon-<id>"> per icon
 *
 * Everything is rendered into memory first, then each file is written
 * atomically and its path printed on stdout, one per line.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

int cmd_icons(int argc, char **argv); /* listed in main.c */

enum { OPT_FORMAT = 1, OPT_SIZE, OPT_COLOR, OPT_LANG, OPT_ICONS, OPT_OUTPUT, OPT_HELP,
       OPT_TEST_KIT, OPT_TEST_RESULTS };

static const cli_option icons_options[] = {
	{"format", 0, 1, OPT_FORMAT},
	{"size", 0, 1, OPT_SIZE},
	{"color", 0, 1, OPT_COLOR},
	{"lang", 0, 1, OPT_LANG},
	{"icons", 0, 1, OPT_ICONS},
	{"output", 'o', 1, OPT_OUTPUT},
	{"help", 'h', 0, OPT_HELP},
	{"test-kit", 0, 0, OPT_TEST_KIT},
	{"test-results", 0, 1, OPT_TEST_RESULTS},
	{NULL, 0, 0, 0},
};

#define MAX_SIZES 16

static void icons_help(void)
{
	fputs("Usage: privicon icons [OPTION]... -o DIR\n"
	      "Write every icon for use on web pages:\n"
	      "  DIR/<id>.svg             the icon with role=\"img\" and a <title>\n"
	      "  DIR/<id>-<px>.png        one PNG per size, transparent background\n"
	      "  DIR/privicon-sprite.svg  one <symbol id=\"privicon-<id>\"> per icon, for\n"
	      "                           <svg><use href=\"privicon-sprite.svg#privicon-<id>\"/></svg>\n"
	      "\n"
	      "Options:\n"
	      "  --format LIST      svg, png or svg,png (default); the sprite comes with svg\n"
	      "  --size PX,...      PNG sizes in pixels, 8 to 1024 (default 24,48)\n"
	      "  --color #RRGGBB    icon colour (PNG default #154273; SVG default:\n"
	      "                     currentColor, the colour of the surrounding text)\n"
	      "  --lang LANG        language of the titles and messages: nl (default) or en\n"
	      "  --icons DIR        use DIR/catalogue.json and its icons instead of the\n"
	      "                     built-in ones\n"
	      "  -o, --output DIR   the directory to write to; created if missing (its\n"
	      "                     parent must exist)\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "Comprehension test with residents (ISO 9186-1):\n"
	      "  --test-kit -o DIR  write the test kit instead of the icon set:\n"
	      "                     kaarten.pdf (cards without captions), antwoordblad.pdf\n"
	      "                     (answer sheet), instructie.txt (for the interviewer, in\n"
	      "                     Dutch), resultaten.csv (template for the results)\n"
	      "  --test-results FILE.csv\n"
	      "                     print per icon the share of participants who understood\n"
	      "                     it, and the icons below the level (66%% understood, at\n"
	      "                     most 5%% opposite answers)\n"
	      "\n"
	      "Exit status: 0 written (--test-results: every icon meets the level),\n"
	      "1 --test-results: icons below the level, 2 usage or I/O trouble.\n",
	      stdout);
}

static int parse_formats(const char *value, int *svg, int *png)
{
	const char *p = value;
	*svg = *png = 0;
	while (1) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		if (n == 3 && strncmp(p, "svg", 3) == 0)
			*svg = 1;
		else if (n == 3 && strncmp(p, "png", 3) == 0)
			*png = 1;
		else
			return -1;
		if (!comma)
			return 0;
		p = comma + 1;
	}
}

/* "24,48" into sizes[]; each 8..1024, at most MAX_SIZES, no repeats. */
static int parse_sizes(const char *value, int *sizes, int *n)
{
	const char *p = value;
	*n = 0;
	while (1) {
		int v = 0, digits = 0;
		while (*p >= '0' && *p <= '9' && digits < 5) {
			v = v * 10 + (*p++ - '0');
			digits++;
		}
		if (digits == 0 || v < 8 || v > 1024 || *n == MAX_SIZES || (*p && *p != ','))
			return -1;
		for (int i = 0; i < *n; i++)
			if (sizes[i] == v)
				return -1;
		sizes[(*n)++] = v;
		if (!*p)
			return 0;
		p++;
	}
}

static int valid_color(const char *s)
{
	if (strlen(s) != 7 || s[0] != '#')
		return 0;
	for (int i = 1; i < 7; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]))
			return 0;
	return 1;
}

static int safe_name(const char *s)
{
	if (!s || !*s || *s == '.' || *s == '-' || strlen(s) > 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

static void print_diagnostics(const privicon_diagnostics *d, const char *lang)
{
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++) {
		const char *f = privicon_diagnostic_file(d, i);
		fputs("privicon icons: ", stderr);
		if (f) {
			cli_put_text(stderr, f);
			fputs(": ", stderr);
		}
		cli_put_text(stderr, privicon_diagnostic_message(d, i, lang));
		fputs(" [", stderr);
		cli_put_text(stderr, privicon_diagnostic_rule(d, i));
		fputs("]\n", stderr);
	}
}

/* Renders every file into `files`; prints why on failure. */
static int render_icons(cli_outdir *files, privicon_diagnostics *diags, int svg, int png,
                        const int *sizes, int n_sizes, const char *color,
                        const privicon_render_options *ro, const char *dir)
{
	char **ids = NULL, name[128];
	size_t n = 0;
	unsigned char *data;
	size_t size;
	int rc = privicon_icon_ids(&ids, &n, diags, ro);

	for (size_t i = 0; rc == 0 && i < n; i++) {
		if (!safe_name(ids[i])) {
			fputs("privicon icons: icon id is not a safe file name: ", stderr);
			cli_put_text(stderr, ids[i]);
			fputc('\n', stderr);
			privicon_free(ids);
			return PRIVICON_EINVALID;
		}
		if (svg) {
			rc = privicon_render_icon(&data, &size, diags, ids[i], PRIVICON_FORMAT_SVG, 0,
			                          color, ro);
			snprintf(name, sizeof(name), "%s.svg", ids[i]);
			if (rc == 0 && cli_outdir_add(files, dir, name, NULL, data, size) != 0)
				rc = PRIVICON_ENOMEM;
		}
		for (int k = 0; rc == 0 && png && k < n_sizes; k++) {
			rc = privicon_render_icon(&data, &size, diags, ids[i], PRIVICON_FORMAT_PNG,
			                          sizes[k], color, ro);
			snprintf(name, sizeof(name), "%s-%d.png", ids[i], sizes[k]);
			if (rc == 0 && cli_outdir_add(files, dir, name, NULL, data, size) != 0)
				rc = PRIVICON_ENOMEM;
		}
	}
	if (rc == 0 && svg) {
		rc = privicon_render_sprite(&data, &size, diags, ro);
		if (rc == 0 && cli_outdir_add(files, dir, "privicon-sprite.svg", NULL, data, size) != 0)
			rc = PRIVICON_ENOMEM;
	}
	privicon_free(ids);
	if (rc != 0) {
		fprintf(stderr, "privicon icons: %s\n", privicon_strerror(rc));
		print_diagnostics(diags, ro->lang);
	}
	return rc;
}

/* The test kit's four files. */
static int render_test_kit(cli_outdir *files, privicon_diagnostics *diags,
                           const privicon_render_options *ro, const char *dir)
{
	static const struct {
		privicon_kit_part part;
		const char *name;
	} parts[] = {
		{PRIVICON_KIT_CARDS, "kaarten.pdf"},
		{PRIVICON_KIT_ANSWER_SHEET, "antwoordblad.pdf"},
		{PRIVICON_KIT_INSTRUCTIONS, "instructie.txt"},
		{PRIVICON_KIT_RESULTS_TEMPLATE, "resultaten.csv"},
	};
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < sizeof(parts) / sizeof(parts[0]); i++) {
		unsigned char *data;
		size_t size;
		rc = privicon_render_test_kit(&data, &size, diags, parts[i].part, ro);
		if (rc == 0 && cli_outdir_add(files, dir, parts[i].name, NULL, data, size) != 0)
			rc = PRIVICON_ENOMEM;
	}
	if (rc != 0) {
		fprintf(stderr, "privicon icons: %s\n", privicon_strerror(rc));
		print_diagnostics(diags, ro->lang);
	}
	return rc;
}

/* --test-results FILE: the table on stdout; 0 all icons meet the level,
 * 1 some do not, 2 trouble. */
#define MAX_RESULTS_SIZE (16u << 20)
static int test_results(const char *path, const char *lang, privicon_diagnostics *diags)
{
	FILE *fp = fopen(path, "rb");
	char *data = NULL, *report = NULL;
	size_t n = 0, below = 0;
	int rc;

	if (!fp) {
		int err = errno;
		fputs("privicon icons: ", stderr);
		cli_put_text(stderr, path);
		fprintf(stderr, ": %s\n", cli_errno_text(err, lang));
		return CLI_EXIT_TROUBLE;
	}
	data = malloc(MAX_RESULTS_SIZE + 1);
	if (data)
		n = fread(data, 1, MAX_RESULTS_SIZE + 1, fp);
	int bad = !data || ferror(fp) || n > MAX_RESULTS_SIZE;
	fclose(fp);
	if (bad) {
		cli_error(lang, "het resultatenbestand kan niet worden gelezen (of is groter dan 16 MiB)",
		          "the results file cannot be read (or is larger than 16 MiB)");
		free(data);
		return CLI_EXIT_TROUBLE;
	}
	rc = privicon_test_results(&report, &below, diags, data, n, lang);
	free(data);
	if (rc != 0) {
		for (size_t i = 0; i < privicon_diagnostics_count(diags); i++) {
			cli_put_text(stderr, path);
			fprintf(stderr, ":%d: %s: ", privicon_diagnostic_line(diags, i),
			        strcmp(lang, "en") == 0 ? "error" : "fout");
			cli_put_text(stderr, privicon_diagnostic_message(diags, i, lang));
			fputs(" [file]\n", stderr);
		}
		if (privicon_diagnostics_count(diags) == 0)
			fprintf(stderr, "privicon icons: %s\n", privicon_strerror(rc));
		return CLI_EXIT_TROUBLE;
	}
	fputs(report, stdout);
	privicon_free(report);
	if (fflush(stdout) != 0)
		return CLI_EXIT_TROUBLE;
	return below ? CLI_EXIT_FINDINGS : CLI_EXIT_OK;
}

int cmd_icons(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *dir = NULL, *icons = NULL, *color = NULL;
	const char *results = NULL;
	int test_kit = 0;
	int svg = 1, png = 1, sizes[MAX_SIZES] = {24, 48}, n_sizes = 2;
	int opt, status = CLI_EXIT_TROUBLE;
	privicon_diagnostics *diags = NULL;
	cli_outdir files = {0};

	if (cli_opts_init(&p, argc, argv, icons_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((opt = cli_opts_next(&p, &value)) > 0) {
		switch (opt) {
		case OPT_FORMAT:
			if (parse_formats(value, &svg, &png) != 0) {
				cli_usage_error(p.command, "bad --format '%s' (svg, png or svg,png)", value);
				goto done;
			}
			break;
		case OPT_SIZE:
			if (parse_sizes(value, sizes, &n_sizes) != 0) {
				cli_usage_error(p.command,
				                "bad --size '%s' (pixel sizes 8 to 1024, comma-separated, "
				                "at most %d)",
				                value, MAX_SIZES);
				goto done;
			}
			break;
		case OPT_COLOR:
			if (!valid_color(value)) {
				cli_usage_error(p.command, "bad --color '%s' (#RRGGBB)", value);
				goto done;
			}
			color = value;
			break;
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0) {
				cli_usage_error(p.command, "bad --lang '%s' (nl or en)", value);
				goto done;
			}
			break;
		case OPT_ICONS:
			icons = value;
			break;
		case OPT_OUTPUT:
			dir = value;
			break;
		case OPT_TEST_KIT:
			test_kit = 1;
			break;
		case OPT_TEST_RESULTS:
			results = value;
			break;
		case OPT_HELP:
			icons_help();
			status = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
	}
	if (opt < 0)
		goto done;
	if (results) {
		if (test_kit || dir || p.n_operands > 0) {
			cli_usage_error(p.command, "--test-results takes no other operand, -o or --test-kit");
			goto done;
		}
		if (privicon_diagnostics_new(&diags) != 0) {
			cli_error(lang, "onvoldoende geheugen", "out of memory");
			goto done;
		}
		status = test_results(results, lang, diags);
		goto done;
	}
	if (!dir || !*dir) {
		cli_usage_error(p.command, "no output directory (-o DIR)");
		goto done;
	}
	if (p.n_operands > 0) {
		cli_usage_error(p.command, "unexpected argument '%s'", p.operands[0]);
		goto done;
	}
	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	if (cli_outdir_make("icons", dir, lang) != 0)
		goto done;
	privicon_render_options ro = {.lang = lang, .icons_dir = icons};
	if (test_kit ? render_test_kit(&files, diags, &ro, dir) != 0
	             : render_icons(&files, diags, svg, png, sizes, n_sizes, color, &ro, dir) != 0)
		goto done;
	status = cli_outdir_write(&files, lang);

done:
	cli_outdir_free(&files);
	privicon_diagnostics_free(diags);
	cli_opts_free(&p);
	return status;
}
