/*
 * cmd_check.c - `privicon check`: loads each register, runs the rules,
 * and reports every finding as text, JSON or SARIF 2.1.0.
 *
 * Text (the default) goes to stderr, one GNU-style line per finding:
 *     FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]
 * (":COLUMN" only when known, ":LINE" only when known), then one summary
 * line when anything was reported. A clean run prints nothing.
 *
 * JSON goes to stdout (or -o FILE) as one document, keys in this order:
 *
 *   {
 *     "version": 1,                     shape version of this document
 *     "tool": {"name": "privicon", "version": "0.1.0"},
 *     "files": ["a.xml", ...],          every FILE, as given
 *     "diagnostics": [
 *       {
 *         "file": "a.xml",
 *         "line": 12,                   1-based; 0 when not known
 *         "column": 0,                  1-based; 0 when not known
 *         "severity": "error",          "error" | "warning" | "note"
 *         "rule": "schema",
 *         "activity": "parkeervergunning",   or null
 *         "message": "...",             in --lang
 *         "acknowledged": null          or the register's reason
 *       }, ...
 *     ],
 *     "summary": {"errors": 1, "warnings": 0, "acknowledged": 0}
 *   }
 *
 * "severity" is the rule's own severity, also for an acknowledged finding;
 * the summary counts acknowledged findings only under "acknowledged".
 *
 * Exit status: 0 clean (warnings allowed unless --strict), 1 findings,
 * 2 usage or I/O trouble (also when a file could not be read at all).
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cmd_check(int argc, char **argv); /* listed in main.c */

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_SARIF };

enum {
	OPT_FORMAT = 1,
	OPT_LANG,
	OPT_STRICT,
	OPT_MAX_SIZE,
	OPT_SCHEMA,
	OPT_OUTPUT,
	OPT_QUIET,
	OPT_HELP
};

static const cli_option check_options[] = {
	{"format", 0, 1, OPT_FORMAT},
	{"lang", 0, 1, OPT_LANG},
	{"strict", 0, 0, OPT_STRICT},
	{"max-size", 0, 1, OPT_MAX_SIZE},
	{"schema", 0, 1, OPT_SCHEMA},
	{"output", 'o', 1, OPT_OUTPUT},
	{"quiet", 'q', 0, OPT_QUIET},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

static void check_help(void)
{
	fputs("Usage: privicon check [OPTION]... FILE...\n"
	      "Check registers against the schema and the GDPR consistency rules.\n"
	      "\n"
	      "Each finding is one line on stderr:\n"
	      "  FILE:LINE: error: MESSAGE [RULE]\n"
	      "followed by a summary line. Nothing is printed when every register\n"
	      "is clean.\n"
	      "\n"
	      "Options:\n"
	      "  --format FORMAT    text (default), json or sarif (SARIF 2.1.0);\n"
	      "                     json and sarif go to stdout\n"
	      "  --lang LANG        language of the messages: nl (default) or en\n"
	      "  --strict           fail (exit status 1) on warnings too\n"
	      "  --max-size SIZE    refuse files larger than SIZE bytes; K, M, G\n"
	      "                     (or KiB, MiB, GiB) multiply by 1024 (default 256M)\n"
	      "  --schema FILE      validate against FILE, not the built-in schema\n"
	      "  -o, --output FILE  write the report to FILE instead (written\n"
	      "                     atomically: the whole report or nothing)\n"
	      "  -q, --quiet        text: leave out acknowledged warnings (notes);\n"
	      "                     the summary still counts them\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "Exit status: 0 clean (warnings allowed unless --strict), 1 findings,\n"
	      "2 usage or I/O trouble (bad option, missing or unreadable file).\n",
	      stdout);
}

typedef struct {
	enum format format;
	const char *lang;
	int strict;
	privicon_load_options load;
	const char *output;
	int quiet; /* text: no acknowledged notes */
} check_options_t;

/* What was found, over every file. */
typedef struct {
	privicon_diagnostics *diags;
	char **files;      /* the operands */
	size_t n_files;
	size_t *first;     /* first[k]: index of file k's first diagnostic */
	size_t errors, warnings, acknowledged;
	int trouble;       /* a file could not be read at all */
} check_run;

/* ---- shared --------------------------------------------------------- */

static const char *severity_word(privicon_severity s)
{
	switch (s) {
	case PRIVICON_ERROR: return "error";
	case PRIVICON_WARNING: return "warning";
	default: return "note";
	}
}

/* The file a diagnostic belongs to: its own, or the operand it came from
 * (the library may leave it NULL for a finding about the whole file). */
static const char *diag_file(const check_run *run, size_t i)
{
	const char *f = privicon_diagnostic_file(run->diags, i);
	size_t k = run->n_files;

	if (f)
		return f;
	while (k > 0 && run->first[k - 1] > i)
		k--;
	return k > 0 ? run->files[k - 1] : "privicon";
}

static void count_findings(check_run *run)
{
	size_t n = privicon_diagnostics_count(run->diags);

	for (size_t i = 0; i < n; i++) {
		if (privicon_diagnostic_acknowledged(run->diags, i))
			run->acknowledged++;
		else if (privicon_diagnostic_severity(run->diags, i) == PRIVICON_ERROR)
			run->errors++;
		else if (privicon_diagnostic_severity(run->diags, i) == PRIVICON_WARNING)
			run->warnings++;
	}
}

/* ---- text ----------------------------------------------------------- */

static void text_summary(FILE *fp, const check_run *run, const char *lang)
{
	int en = strcmp(lang, "en") == 0;

	if (en)
		fprintf(fp, "%zu %s, %zu %s", run->errors, run->errors == 1 ? "error" : "errors",
		        run->warnings, run->warnings == 1 ? "warning" : "warnings");
	else
		fprintf(fp, "%zu %s, %zu %s", run->errors, run->errors == 1 ? "fout" : "fouten",
		        run->warnings, run->warnings == 1 ? "waarschuwing" : "waarschuwingen");
	if (run->acknowledged) {
		if (en)
			fprintf(fp, ", %zu acknowledged %s", run->acknowledged,
			        run->acknowledged == 1 ? "warning" : "warnings");
		else
			fprintf(fp, ", %zu %s", run->acknowledged,
			        run->acknowledged == 1 ? "erkende waarschuwing"
			                               : "erkende waarschuwingen");
	}
	fputc('\n', fp);
}

/* `quiet` leaves out acknowledged findings; the summary still counts
 * them, and is left out too when nothing else was found. */
static int write_text(FILE *fp, const check_run *run, const char *lang, int quiet)
{
	size_t n = privicon_diagnostics_count(run->diags), shown = 0;

	for (size_t i = 0; i < n; i++) {
		const privicon_diagnostics *d = run->diags;
		int line = privicon_diagnostic_line(d, i);
		int column = privicon_diagnostic_column(d, i);
		const char *ack = privicon_diagnostic_acknowledged(d, i);

		if (ack && quiet)
			continue;
		shown++;

		cli_put_text(fp, diag_file(run, i));
		if (line > 0)
			fprintf(fp, ":%d", line);
		if (line > 0 && column > 0)
			fprintf(fp, ":%d", column);
		fprintf(fp, ": %s: ", ack ? "note" : severity_word(privicon_diagnostic_severity(d, i)));
		cli_put_text(fp, privicon_diagnostic_message(d, i, lang));
		fputs(" [", fp);
		cli_put_text(fp, privicon_diagnostic_rule(d, i));
		fputc(']', fp);
		if (ack) {
			fputs(strcmp(lang, "en") == 0 ? " (acknowledged: " : " (erkend: ", fp);
			cli_put_text(fp, ack);
			fputc(')', fp);
		}
		fputc('\n', fp);
	}
	if (shown)
		text_summary(fp, run, lang);
	return ferror(fp) ? -1 : 0;
}

/* ---- JSON ----------------------------------------------------------- */

static json_t *json_report(const check_run *run, const char *lang)
{
	json_t *root = json_object(), *tool = json_object(), *files = json_array(),
	       *list = json_array(), *summary = json_object();
	size_t n = privicon_diagnostics_count(run->diags);
	int err = 0;

	if (!root || !tool || !files || !list || !summary) {
		json_decref(root);
		json_decref(tool);
		json_decref(files);
		json_decref(list);
		json_decref(summary);
		return NULL;
	}
	/* json_object_set_new takes (and on failure frees) the value, and
	 * fails on a NULL value, so one flag catches every allocation. */
	err |= json_object_set_new(root, "version", json_integer(1));
	err |= json_object_set_new(tool, "name", json_string("privicon"));
	err |= json_object_set_new(tool, "version", json_string(PRIVICON_VERSION));
	err |= json_object_set_new(root, "tool", tool);
	for (size_t k = 0; k < run->n_files; k++)
		err |= json_array_append_new(files, cli_json_string(run->files[k]));
	err |= json_object_set_new(root, "files", files);
	for (size_t i = 0; i < n && !err; i++) {
		const privicon_diagnostics *d = run->diags;
		json_t *o = json_object();
		if (!o) {
			err = -1;
			break;
		}
		err |= json_object_set_new(o, "file", cli_json_string(diag_file(run, i)));
		err |= json_object_set_new(o, "line", json_integer(privicon_diagnostic_line(d, i)));
		err |= json_object_set_new(o, "column",
		                           json_integer(privicon_diagnostic_column(d, i)));
		err |= json_object_set_new(
			o, "severity", json_string(severity_word(privicon_diagnostic_severity(d, i))));
		err |= json_object_set_new(o, "rule", cli_json_string(privicon_diagnostic_rule(d, i)));
		err |= json_object_set_new(o, "activity",
		                           cli_json_string(privicon_diagnostic_activity(d, i)));
		err |= json_object_set_new(o, "message",
		                           cli_json_message(privicon_diagnostic_message(d, i, lang)));
		err |= json_object_set_new(o, "acknowledged",
		                           cli_json_string(privicon_diagnostic_acknowledged(d, i)));
		err |= json_array_append_new(list, o);
	}
	err |= json_object_set_new(root, "diagnostics", list);
	err |= json_object_set_new(summary, "errors", json_integer((json_int_t)run->errors));
	err |= json_object_set_new(summary, "warnings", json_integer((json_int_t)run->warnings));
	err |= json_object_set_new(summary, "acknowledged",
	                           json_integer((json_int_t)run->acknowledged));
	err |= json_object_set_new(root, "summary", summary);
	if (err) {
		json_decref(root);
		return NULL;
	}
	return root;
}

/* ---- SARIF ---------------------------------------------------------- */

/* The rules SARIF describes in tool.driver.rules: those the results use,
 * in catalogue order (SARIF allows a subset), so a rule added to the
 * library changes no report that does not use it. Every id the library
 * emits is in its catalogue (tests/structure.sh checks this). */
typedef struct {
	const privicon_rule_info **items;
	size_t count;
} rule_list;

static int rule_list_build(rule_list *rl, const privicon_diagnostics *d)
{
	size_t n = privicon_rule_count(), nd = privicon_diagnostics_count(d);

	rl->count = 0;
	rl->items = calloc(n + 1, sizeof(*rl->items));
	if (!rl->items)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const privicon_rule_info *r = privicon_rule_at(i);
		for (size_t k = 0; r && k < nd; k++) {
			const char *id = privicon_diagnostic_rule(d, k);
			if (id && strcmp(id, r->id) == 0) {
				rl->items[rl->count++] = r;
				break;
			}
		}
	}
	return 0;
}

static long rule_index(const rule_list *rl, const char *id)
{
	for (size_t i = 0; i < rl->count; i++)
		if (strcmp(rl->items[i]->id, id) == 0)
			return (long)i;
	return -1;
}

static const char *sarif_level(privicon_severity s)
{
	return s == PRIVICON_ERROR ? "error" : s == PRIVICON_WARNING ? "warning" : "note";
}

/* {"text": s} */
static json_t *sarif_text(const char *s)
{
	json_t *o = json_object();
	if (o && json_object_set_new(o, "text", cli_json_message(s ? s : "")) != 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *sarif_rule(const privicon_rule_info *r, int en)
{
	json_t *o = json_object(), *conf = json_object();
	const char *summary = en ? r->summary_en : r->summary_nl;
	const char *help = en ? r->help_en : r->help_nl;
	char *full = NULL;
	int err = 0;

	if (!o || !conf) {
		json_decref(o);
		json_decref(conf);
		return NULL;
	}
	/* The full description adds what the rule rests on. */
	if (r->article && *r->article) {
		size_t len = strlen(summary) + strlen(r->article) + 4;
		full = malloc(len);
		if (full)
			snprintf(full, len, "%s (%s)", summary, r->article);
		else
			err = -1;
	}
	err |= json_object_set_new(o, "id", json_string(r->id));
	err |= json_object_set_new(o, "shortDescription", sarif_text(summary));
	err |= json_object_set_new(o, "fullDescription", sarif_text(full ? full : summary));
	err |= json_object_set_new(o, "help", sarif_text(help));
	err |= json_object_set_new(conf, "level", json_string(sarif_level(r->severity)));
	err |= json_object_set_new(o, "defaultConfiguration", conf);
	if (r->article && *r->article) {
		json_t *props = json_object();
		err |= json_object_set_new(props, "article", cli_json_string(r->article));
		err |= json_object_set_new(o, "properties", props);
	}
	free(full);
	if (err) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* Appends `s` to `buf` with every byte outside RFC 3986's unreserved set
 * (and '/') percent-encoded; `buf` must hold 3 * strlen(s) + 1. */
static void percent_encode(char *buf, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	char *o = buf + strlen(buf);

	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
			*o++ = (char)*p;
		} else {
			*o++ = '%';
			*o++ = hex[*p >> 4];
			*o++ = hex[*p & 15];
		}
	}
	*o = '\0';
}

/*
 * The artifactLocation of `path`: relative to the working directory with
 * uriBaseId %SRCROOT% (what code-scanning services expect), or an
 * absolute file:// URI for a file outside it.
 */
static json_t *sarif_artifact(const char *path)
{
	json_t *o = json_object();
	char *cwd = NULL, *uri = NULL;
	const char *rel = path;
	int absolute = 0, err = 0;

	if (!o)
		return NULL;
	if (path[0] == '/') {
		cwd = getcwd(NULL, 0);
		size_t clen = cwd ? strlen(cwd) : 0;
		if (cwd && clen > 1 && strncmp(path, cwd, clen) == 0 && path[clen] == '/')
			rel = path + clen + 1;
		else
			absolute = 1;
	}
	while (!absolute && rel[0] == '.' && rel[1] == '/') {
		rel += 2;
		while (*rel == '/')
			rel++;
	}
	uri = malloc(strlen(rel) * 3 + sizeof("file://"));
	if (!uri) {
		free(cwd);
		json_decref(o);
		return NULL;
	}
	strcpy(uri, absolute ? "file://" : "");
	percent_encode(uri, rel);
	err |= json_object_set_new(o, "uri", json_string(uri));
	if (!absolute)
		err |= json_object_set_new(o, "uriBaseId", json_string("%SRCROOT%"));
	free(uri);
	free(cwd);
	if (err) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *sarif_result(const check_run *run, size_t i, const rule_list *rl,
                            const char *lang)
{
	const privicon_diagnostics *d = run->diags;
	const char *rule = privicon_diagnostic_rule(d, i);
	const char *ack = privicon_diagnostic_acknowledged(d, i);
	int line = privicon_diagnostic_line(d, i);
	int column = privicon_diagnostic_column(d, i);
	long index = rule_index(rl, rule);
	json_t *o = json_object(), *loc = json_object(), *phys = json_object(),
	       *locs = json_array();
	int err = 0;

	if (!o || !loc || !phys || !locs) {
		json_decref(o);
		json_decref(loc);
		json_decref(phys);
		json_decref(locs);
		return NULL;
	}
	err |= json_object_set_new(o, "ruleId", cli_json_string(rule));
	if (index >= 0)
		err |= json_object_set_new(o, "ruleIndex", json_integer(index));
	err |= json_object_set_new(
		o, "level", json_string(ack ? "note" : sarif_level(privicon_diagnostic_severity(d, i))));
	err |= json_object_set_new(o, "message",
	                           sarif_text(privicon_diagnostic_message(d, i, lang)));
	err |= json_object_set_new(phys, "artifactLocation", sarif_artifact(diag_file(run, i)));
	if (line > 0) {
		json_t *region = json_object();
		err |= json_object_set_new(region, "startLine", json_integer(line));
		if (column > 0)
			err |= json_object_set_new(region, "startColumn", json_integer(column));
		err |= json_object_set_new(phys, "region", region);
	}
	err |= json_object_set_new(loc, "physicalLocation", phys);
	err |= json_array_append_new(locs, loc);
	err |= json_object_set_new(o, "locations", locs);
	if (ack) {
		json_t *sups = json_array(), *sup = json_object();
		err |= json_object_set_new(sup, "kind", json_string("inSource"));
		err |= json_object_set_new(sup, "justification", cli_json_string(ack));
		err |= json_array_append_new(sups, sup);
		err |= json_object_set_new(o, "suppressions", sups);
	}
	if (err) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *sarif_report(const check_run *run, const char *lang)
{
	json_t *root = json_object(), *runs = json_array(), *r = json_object(),
	       *tool = json_object(), *driver = json_object(), *rules = json_array(),
	       *results = json_array();
	size_t n = privicon_diagnostics_count(run->diags);
	int en = strcmp(lang, "en") == 0;
	rule_list rl = {NULL, 0};
	int err = 0;

	if (!root || !runs || !r || !tool || !driver || !rules || !results ||
	    rule_list_build(&rl, run->diags) != 0) {
		json_decref(root);
		json_decref(runs);
		json_decref(r);
		json_decref(tool);
		json_decref(driver);
		json_decref(rules);
		json_decref(results);
		free(rl.items);
		return NULL;
	}
	err |= json_object_set_new(root, "$schema",
	                           json_string("https://json.schemastore.org/sarif-2.1.0.json"));
	err |= json_object_set_new(root, "version", json_string("2.1.0"));
	err |= json_object_set_new(driver, "name", json_string("privicon"));
	err |= json_object_set_new(driver, "version", json_string(PRIVICON_VERSION));
	if (*CLI_INFORMATION_URI)
		err |= json_object_set_new(driver, "informationUri",
		                           json_string(CLI_INFORMATION_URI));
	for (size_t i = 0; i < rl.count && !err; i++)
		err |= json_array_append_new(rules, sarif_rule(rl.items[i], en));
	err |= json_object_set_new(driver, "rules", rules);
	err |= json_object_set_new(tool, "driver", driver);
	err |= json_object_set_new(r, "tool", tool);
	for (size_t i = 0; i < n && !err; i++)
		err |= json_array_append_new(results, sarif_result(run, i, &rl, lang));
	err |= json_object_set_new(r, "results", results);
	err |= json_array_append_new(runs, r);
	err |= json_object_set_new(root, "runs", runs);
	free(rl.items);
	if (err) {
		json_decref(root);
		return NULL;
	}
	return root;
}

/* ---- running -------------------------------------------------------- */

static int parse_args(check_options_t *co, cli_opts *p, int argc, char **argv)
{
	const char *value;
	int id;

	memset(co, 0, sizeof(*co));
	co->format = FORMAT_TEXT;
	co->lang = "nl";
	if (cli_opts_init(p, argc, argv, check_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((id = cli_opts_next(p, &value)) > 0) {
		switch (id) {
		case OPT_FORMAT:
			if (strcmp(value, "text") == 0)
				co->format = FORMAT_TEXT;
			else if (strcmp(value, "json") == 0)
				co->format = FORMAT_JSON;
			else if (strcmp(value, "sarif") == 0)
				co->format = FORMAT_SARIF;
			else
				return cli_usage_error("check",
				                       "unknown format '%s' (use text, json or sarif)",
				                       value);
			break;
		case OPT_LANG:
			if (cli_parse_lang(&co->lang, value) != 0)
				return cli_usage_error("check", "unknown language '%s' (use nl or en)",
				                       value);
			break;
		case OPT_STRICT:
			co->strict = 1;
			break;
		case OPT_MAX_SIZE:
			if (cli_parse_size(&co->load.max_size, value) != 0)
				return cli_usage_error("check",
				                       "bad size '%s' (a positive number of bytes, "
				                       "optionally with K, M or G)",
				                       value);
			break;
		case OPT_SCHEMA:
			co->load.schema_path = value;
			break;
		case OPT_QUIET:
			co->quiet = 1;
			break;
		case OPT_OUTPUT:
			co->output = value;
			break;
		case OPT_HELP:
			check_help();
			return fflush(stdout) == 0 ? -1 : CLI_EXIT_TROUBLE;
		}
	}
	if (id < 0)
		return CLI_EXIT_TROUBLE;
	if (p->n_operands == 0)
		return cli_usage_error("check", "no register file given");
	return 0;
}

/* Adds a diagnostic for a failure the library did not describe itself,
 * so that every file that fails says why. */
static int add_own_diagnostic(check_run *run, const char *file, int status)
{
	if (status == PRIVICON_ETOOBIG)
		return privicon_diagnostics_add(run->diags, file, 0, 0, PRIVICON_ERROR, "file", NULL,
		                                "Het bestand is groter dan de ingestelde grens.",
		                                "The file is larger than the size limit.");
	if (status == PRIVICON_EIO)
		return privicon_diagnostics_add(run->diags, file, 0, 0, PRIVICON_ERROR, "file", NULL,
		                                "Het bestand kan niet worden gelezen.",
		                                "The file cannot be read.");
	return privicon_diagnostics_add(run->diags, file, 0, 0, PRIVICON_ERROR, "schema", NULL,
	                                "Het register bevat fouten.",
	                                "The register has errors.");
}

/* Says, as a note per activity, which activities the rules did not see
 * because they do not follow the schema (their errors come first). */
static int note_not_rule_checked(check_run *run, const char *path, const privicon_register *reg)
{
	for (size_t i = 0; i < privicon_register_left_out_count(reg); i++) {
		const char *id = privicon_register_left_out_id(reg, i);
		char nl[512], en[512];
		snprintf(nl, sizeof(nl), "Activiteit '%.80s' is niet gecontroleerd op de AVG-regels, "
		         "want die volgt het schema niet (zie de fouten hierboven). Verbeter die fouten "
		         "en controleer opnieuw.", id ? id : "?");
		snprintf(en, sizeof(en), "Activity '%.80s' was not checked against the GDPR rules, "
		         "because it does not follow the schema (see the errors above). Fix those errors "
		         "and check again.", id ? id : "?");
		int rc = privicon_diagnostics_add(run->diags, path, privicon_register_left_out_line(reg, i),
		                                  0, PRIVICON_NOTE, "not-rule-checked", id, nl, en);
		if (rc != PRIVICON_OK)
			return rc;
	}
	return PRIVICON_OK;
}

/* Loads and checks one file; returns 0, or -1 on out of memory or an
 * unexpected status (message printed). All errors in one run: an
 * activity with schema errors is left out of the rules (and named in a
 * note), so the rules still check every other activity; errors outside
 * the activities stop the file as before. */
static int check_file(check_run *run, const char *path, const check_options_t *co)
{
	privicon_register *reg = NULL;
	size_t before = privicon_diagnostics_count(run->diags);
	privicon_load_options load = co->load;
	load.keep_valid_activities = 1;
	int status = privicon_load_file(&reg, run->diags, path, &load);

	switch (status) {
	case PRIVICON_OK:
		status = note_not_rule_checked(run, path, reg);
		if (status == PRIVICON_OK)
			status = privicon_check_rules(run->diags, reg);
		privicon_register_free(reg);
		break;
	case PRIVICON_EIO:
	case PRIVICON_ETOOBIG:
		run->trouble = 1;
		/* fall through */
	case PRIVICON_EINVALID:
		status = privicon_diagnostics_count(run->diags) == before
		                 ? add_own_diagnostic(run, path, status)
		                 : PRIVICON_OK;
		break;
	default:
		break;
	}
	if (status != PRIVICON_OK) {
		fputs("privicon: ", stderr);
		cli_put_text(stderr, path);
		fprintf(stderr, ": %s\n", privicon_strerror(status));
		return -1;
	}
	return 0;
}

static int write_report(const check_run *run, const check_options_t *co)
{
	cli_output out;
	json_t *doc = NULL;
	FILE *text_fp;

	if (co->format != FORMAT_TEXT) {
		doc = co->format == FORMAT_JSON ? json_report(run, co->lang)
		                                : sarif_report(run, co->lang);
		if (!doc) {
			cli_error(co->lang, "onvoldoende geheugen", "out of memory");
			return -1;
		}
	}
	/* Text without -o goes to stderr, so that stdout stays free. */
	if (co->format == FORMAT_TEXT && !co->output) {
		text_fp = stderr;
		write_text(text_fp, run, co->lang, co->quiet);
		return 0;
	}
	if (cli_output_open(&out, co->output, co->lang) != 0) {
		json_decref(doc);
		return -1;
	}
	errno = 0;
	int err = doc ? cli_json_write(out.fp, doc) : write_text(out.fp, run, co->lang, co->quiet);
	json_decref(doc);
	if (err) {
		cli_output_fail(&out, errno);
		return -1;
	}
	return cli_output_commit(&out);
}

int cmd_check(int argc, char **argv)
{
	check_options_t co;
	cli_opts p;
	check_run run;
	int rc = parse_args(&co, &p, argc, argv);

	if (rc != 0) {
		cli_opts_free(&p);
		return rc < 0 ? CLI_EXIT_OK : rc;
	}
	memset(&run, 0, sizeof(run));
	run.files = p.operands;
	run.n_files = (size_t)p.n_operands;
	run.first = calloc(run.n_files, sizeof(*run.first));
	if (!run.first || privicon_diagnostics_new(&run.diags) != 0) {
		cli_error(co.lang, "onvoldoende geheugen", "out of memory");
		free(run.first);
		cli_opts_free(&p);
		return CLI_EXIT_TROUBLE;
	}
	rc = CLI_EXIT_OK;
	for (size_t k = 0; k < run.n_files && rc == CLI_EXIT_OK; k++) {
		run.first[k] = privicon_diagnostics_count(run.diags);
		if (check_file(&run, run.files[k], &co) != 0)
			rc = CLI_EXIT_TROUBLE;
	}
	if (rc == CLI_EXIT_OK) {
		count_findings(&run);
		if (write_report(&run, &co) != 0 || run.trouble)
			rc = CLI_EXIT_TROUBLE;
		else if (run.errors || (co.strict && run.warnings))
			rc = CLI_EXIT_FINDINGS;
	}
	privicon_diagnostics_free(run.diags);
	free(run.first);
	cli_opts_free(&p);
	return rc;
}
