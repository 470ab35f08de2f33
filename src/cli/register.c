/*
 * register.c - what the commands that read one register share: taking the
 * register FILE operand and loading it (see cli.h).
 */
#include <string.h>

#include "cli.h"

int cli_one_register(const cli_opts *p, const char **file)
{
	if (p->n_operands == 0) {
		cli_usage_error(p->command, "no register FILE given");
		return -1;
	}
	if (p->n_operands > 1) {
		cli_usage_error(p->command, "give one register FILE, not %d", p->n_operands);
		return -1;
	}
	*file = p->operands[0];
	return 0;
}

/* Says, after the diagnostics, which activities are left out and why. */
static void say_left_out(const privicon_register *reg, const char *file, const char *lang)
{
	int en = lang && strcmp(lang, "en") == 0;
	for (size_t i = 0; i < privicon_register_left_out_count(reg); i++) {
		const char *id = privicon_register_left_out_id(reg, i);
		const char *name = privicon_register_left_out_name(reg, i, lang);
		fputs("privicon: ", stderr);
		cli_put_text(stderr, file);
		fputs(en ? ": activity '" : ": verwerking '", stderr);
		cli_put_text(stderr, id ? id : "?");
		fputs("'", stderr);
		if (name && *name) {
			fputs(" (", stderr);
			cli_put_text(stderr, name);
			fputs(")", stderr);
		}
		fputs(en ? " is left out because it has errors (see above); the other activities "
		           "are made.\n"
		         : " is weggelaten, want die heeft fouten (zie hierboven); de andere "
		           "verwerkingen zijn wel gemaakt.\n",
		      stderr);
	}
}

/* Loads from `file`, or from `data` (size bytes) named `file` when data
 * is not NULL; the rest as cli_load_register(). */
static int load_register(privicon_register **reg, const char *file, const char *data,
                         size_t size, const privicon_load_options *opts, int rules,
                         const char *lang, const char *sheet_lang)
{
	privicon_diagnostics *diags = NULL;
	int rc, status;

	*reg = NULL;
	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		return CLI_EXIT_TROUBLE;
	}
	rc = data ? privicon_load_memory(reg, diags, file, data, size, opts)
	          : privicon_load_file(reg, diags, file, opts);
	if (rc == 0 && rules)
		rc = privicon_check_rules(diags, *reg);
	if (rc == 0 && privicon_diagnostics_count_severity(diags, PRIVICON_ERROR) == 0 &&
	    privicon_register_left_out_count(*reg) == 0) {
		privicon_diagnostics_free(diags);
		return CLI_EXIT_OK;
	}
	size_t register_errors = 0;
	if (rc == 0 && opts && opts->keep_valid_activities) {
		/* One activity's error does not hide the others: leave out each
		 * activity with an error (a rule's too), keep the rest, unless an
		 * error belongs to the register as a whole. */
		rc = privicon_register_leave_out_failing(*reg, diags, &register_errors);
		if (rc == 0 && register_errors == 0 && privicon_register_activity_count(*reg) > 0) {
			cli_print_diagnostics(diags, file, lang, 1);
			/* "the other activities are made" only when they can be: a
			 * register without texts in the sheets' language is refused
			 * whole by the caller, with its own message. */
			if (!sheet_lang || privicon_register_has_language(*reg, sheet_lang))
				say_left_out(*reg, file, lang);
			privicon_diagnostics_free(diags);
			return CLI_EXIT_OK;
		}
	}
	if (rc == PRIVICON_ENOMEM) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
	} else if (privicon_diagnostics_count(diags) == 0) {
		/* Every failure should say why, even one the loader left silent. */
		fputs("privicon: ", stderr);
		cli_put_text(stderr, file);
		fprintf(stderr, ": %s\n", privicon_strerror(rc));
	} else {
		cli_print_diagnostics(diags, file, lang, 1);
		/* A command that makes what it can says why it made nothing. */
		if (rc == 0 && opts && opts->keep_valid_activities) {
			int en = lang && strcmp(lang, "en") == 0;
			fputs("privicon: ", stderr);
			cli_put_text(stderr, file);
			if (register_errors > 0)
				fputs(en ? ": nothing is made: an error outside the activities (the "
				           "organisation or the register itself, see above) holds for all "
				           "of them.\n"
				         : ": er is niets gemaakt: een fout buiten de verwerkingen (bij de "
				           "organisatie of het register zelf, zie hierboven) geldt voor alle "
				           "verwerkingen.\n",
				      stderr);
			else
				fputs(en ? ": nothing is made: every activity has errors (see above).\n"
				         : ": er is niets gemaakt: elke verwerking heeft fouten (zie "
				           "hierboven).\n",
				      stderr);
		}
	}
	status = rc == 0 || rc == PRIVICON_EINVALID ? CLI_EXIT_FINDINGS : CLI_EXIT_TROUBLE;
	privicon_register_free(*reg);
	*reg = NULL;
	privicon_diagnostics_free(diags);
	return status;
}

int cli_load_register(privicon_register **reg, const char *file,
                      const privicon_load_options *opts, int rules, const char *lang)
{
	return load_register(reg, file, NULL, 0, opts, rules, lang, NULL);
}

int cli_load_register_sheets(privicon_register **reg, const char *file,
                             const privicon_load_options *opts, const char *lang)
{
	return load_register(reg, file, NULL, 0, opts, 1, lang, lang);
}

int cli_load_register_memory(privicon_register **reg, const char *name, const char *data,
                             size_t size, const privicon_load_options *opts, int rules,
                             const char *lang)
{
	return load_register(reg, name, data ? data : "", size, opts, rules, lang, NULL);
}
