/*
 * theme.c - the --theme option shared by the commands that draw (see
 * cli.h).
 */
#include "cli.h"

int cli_load_theme(privicon_theme **theme, const char *path, const char *lang)
{
	privicon_diagnostics *diags = NULL;
	int rc;

	*theme = NULL;
	if (!path)
		return 0;
	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		return -1;
	}
	rc = privicon_theme_load_file(theme, diags, path);
	/* Warnings (unknown tokens) are shown; errors stop here. */
	cli_print_diagnostics(diags, path, lang, 0);
	if (rc == PRIVICON_ENOMEM)
		cli_error(lang, "onvoldoende geheugen", "out of memory");
	privicon_diagnostics_free(diags);
	return rc == 0 ? 0 : -1;
}
