/*
 * diagnostics.c - printing a register's diagnostics GNU style on stderr,
 * for the commands that load a register before they write something
 * (render, html, export, import, diff); see cli.h.
 */
#include "cli.h"

#include <string.h>

static const char *severity_word(privicon_severity sev, const char *ack)
{
	if (ack)
		return "note";
	if (sev == PRIVICON_ERROR)
		return "error";
	if (sev == PRIVICON_WARNING)
		return "warning";
	return "note";
}

void cli_print_diagnostics(const privicon_diagnostics *d, const char *file, const char *lang,
                           int summary)
{
	size_t n = privicon_diagnostics_count(d), errors = 0, warnings = 0;
	int en = strcmp(lang, "en") == 0;

	for (size_t i = 0; i < n; i++) {
		const char *f = privicon_diagnostic_file(d, i);
		int line = privicon_diagnostic_line(d, i), column = privicon_diagnostic_column(d, i);
		const char *ack = privicon_diagnostic_acknowledged(d, i);
		privicon_severity sev = privicon_diagnostic_severity(d, i);

		if (!ack && sev == PRIVICON_ERROR)
			errors++;
		else if (!ack && sev == PRIVICON_WARNING)
			warnings++;
		cli_put_text(stderr, f ? f : file);
		if (line > 0)
			fprintf(stderr, ":%d", line);
		if (line > 0 && column > 0)
			fprintf(stderr, ":%d", column);
		fprintf(stderr, ": %s: ", severity_word(sev, ack));
		cli_put_text(stderr, privicon_diagnostic_message(d, i, lang));
		fputs(" [", stderr);
		cli_put_text(stderr, privicon_diagnostic_rule(d, i));
		fputc(']', stderr);
		if (ack) {
			fputs(en ? " (acknowledged: " : " (erkend: ", stderr);
			cli_put_text(stderr, ack);
			fputc(')', stderr);
		}
		fputc('\n', stderr);
	}
	if (!n || !summary)
		return;
	if (en)
		fprintf(stderr, "%zu %s, %zu %s\n", errors, errors == 1 ? "error" : "errors", warnings,
		        warnings == 1 ? "warning" : "warnings");
	else
		fprintf(stderr, "%zu %s, %zu %s\n", errors, errors == 1 ? "fout" : "fouten", warnings,
		        warnings == 1 ? "waarschuwing" : "waarschuwingen");
}
