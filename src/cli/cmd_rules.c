/*
 * cmd_rules.c - `privicon rules`: lists the GDPR consistency rules from
 * the library's catalogue, so a privacy officer can see what `check`
 * looks for and a pipeline can look a rule id up.
 *
 * Text: two lines per rule on stdout,
 *     ID  SEVERITY  SUMMARY [ARTICLE]
 *         fires when: TRIGGERS
 * with the id and severity columns padded to line up; the second line is
 * indented, so `grep -v '^ '` keeps the one-line listing.
 *
 * JSON, keys in this order:
 *   {"version": 1,
 *    "rules": [{"id": "bsn-law", "severity": "error",
 *               "article": "Art. 87 AVG, art. 46 UAVG",
 *               "summary": "...", "help": "...", "triggers": "..."}, ...]}
 * summary and help in --lang; article "" when the rule rests on no article.
 */
#include "cli.h"

#include <string.h>

int cmd_rules(int argc, char **argv); /* listed in main.c */

enum { OPT_FORMAT = 1, OPT_LANG, OPT_HELP };

static const cli_option rules_options[] = {
	{"format", 0, 1, OPT_FORMAT},
	{"lang", 0, 1, OPT_LANG},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

static void rules_help(void)
{
	fputs("Usage: privicon rules [OPTION]...\n"
	      "List the GDPR consistency rules that 'privicon check' applies: each\n"
	      "rule's id, default severity, one-line summary and the article it\n"
	      "rests on, and under it, indented, what in the register makes it fire.\n"
	      "\n"
	      "Options:\n"
	      "  --format FORMAT   text (default) or json\n"
	      "  --lang LANG       language of the summaries: nl (default) or en\n"
	      "  -h, --help        show this help and exit\n",
	      stdout);
}

static const char *severity_word(privicon_severity s)
{
	switch (s) {
	case PRIVICON_ERROR: return "error";
	case PRIVICON_WARNING: return "warning";
	default: return "note";
	}
}

static void write_text(FILE *fp, int en)
{
	size_t n = privicon_rule_count(), width = 0;

	for (size_t i = 0; i < n; i++) {
		const privicon_rule_info *r = privicon_rule_at(i);
		if (r && strlen(r->id) > width)
			width = strlen(r->id);
	}
	for (size_t i = 0; i < n; i++) {
		const privicon_rule_info *r = privicon_rule_at(i);
		if (!r)
			continue;
		fprintf(fp, "%-*s  %-7s  %s", (int)width, r->id, severity_word(r->severity),
		        en ? r->summary_en : r->summary_nl);
		if (r->article && *r->article)
			fprintf(fp, " [%s]", r->article);
		fputc('\n', fp);
		if (r->triggers_en && r->triggers_nl)
			fprintf(fp, "    %s %s\n", en ? "fires when:" : "meldt als:",
			        en ? r->triggers_en : r->triggers_nl);
	}
}

static json_t *json_rules(int en)
{
	json_t *root = json_object(), *list = json_array();
	size_t n = privicon_rule_count();
	int err = 0;

	if (!root || !list) {
		json_decref(root);
		json_decref(list);
		return NULL;
	}
	err |= json_object_set_new(root, "version", json_integer(1));
	for (size_t i = 0; i < n && !err; i++) {
		const privicon_rule_info *r = privicon_rule_at(i);
		json_t *o;
		if (!r)
			continue;
		o = json_object();
		err |= json_object_set_new(o, "id", cli_json_string(r->id));
		err |= json_object_set_new(o, "severity", json_string(severity_word(r->severity)));
		err |= json_object_set_new(o, "article", cli_json_string(r->article ? r->article : ""));
		err |= json_object_set_new(o, "summary",
		                           cli_json_string(en ? r->summary_en : r->summary_nl));
		err |= json_object_set_new(o, "help", cli_json_string(en ? r->help_en : r->help_nl));
		err |= json_object_set_new(o, "triggers",
		                           cli_json_string(en ? r->triggers_en : r->triggers_nl));
		err |= json_array_append_new(list, o);
	}
	err |= json_object_set_new(root, "rules", list);
	if (err) {
		json_decref(root);
		return NULL;
	}
	return root;
}

int cmd_rules(int argc, char **argv)
{
	const char *value, *lang = "nl";
	int id, json = 0, rc = CLI_EXIT_OK;
	cli_output out;
	cli_opts p;

	if (cli_opts_init(&p, argc, argv, rules_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((id = cli_opts_next(&p, &value)) > 0) {
		switch (id) {
		case OPT_FORMAT:
			if (strcmp(value, "text") == 0)
				json = 0;
			else if (strcmp(value, "json") == 0)
				json = 1;
			else
				rc = cli_usage_error("rules", "unknown format '%s' (use text or json)",
				                     value);
			break;
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0)
				rc = cli_usage_error("rules", "unknown language '%s' (use nl or en)",
				                     value);
			break;
		case OPT_HELP:
			rules_help();
			cli_opts_free(&p);
			return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
		}
		if (rc != CLI_EXIT_OK)
			break;
	}
	if (id < 0)
		rc = CLI_EXIT_TROUBLE;
	else if (rc == CLI_EXIT_OK && p.n_operands > 0)
		rc = cli_usage_error("rules", "unexpected argument '%s'", p.operands[0]);
	cli_opts_free(&p);
	if (rc != CLI_EXIT_OK)
		return rc;

	cli_output_open(&out, NULL, lang);
	if (json) {
		json_t *doc = json_rules(strcmp(lang, "en") == 0);
		if (!doc) {
			cli_error(lang, "onvoldoende geheugen", "out of memory");
			return CLI_EXIT_TROUBLE;
		}
		rc = cli_json_write(out.fp, doc);
		json_decref(doc);
	} else {
		write_text(out.fp, strcmp(lang, "en") == 0);
	}
	return cli_output_commit(&out) == 0 && rc == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
}
