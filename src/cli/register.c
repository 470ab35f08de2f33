/*
 * register.c - what the commands that read one register share: taking the
 * register FILE operand and loading it (see cli.h).
 */
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

int cli_load_register(privicon_register **reg, const char *file,
                      const privicon_load_options *opts, int rules, const char *lang)
{
	privicon_diagnostics *diags = NULL;
	int rc, status;

	*reg = NULL;
	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		return CLI_EXIT_TROUBLE;
	}
	rc = privicon_load_file(reg, diags, file, opts);
	if (rc == 0 && rules)
		rc = privicon_check_rules(diags, *reg);
	if (rc == 0 && privicon_diagnostics_count_severity(diags, PRIVICON_ERROR) == 0) {
		privicon_diagnostics_free(diags);
		return CLI_EXIT_OK;
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
	}
	status = rc == 0 || rc == PRIVICON_EINVALID ? CLI_EXIT_FINDINGS : CLI_EXIT_TROUBLE;
	privicon_register_free(*reg);
	*reg = NULL;
	privicon_diagnostics_free(diags);
	return status;
}
