/*
 * export_unchecked.c - a test tool: the JSON export of a register that
 * passes the schema, without the consistency rules, so a test can read
 * every activity of a register that `check` still finds fault with (an
 * imported register before the officer completes it). `privicon export`
 * leaves such activities out, as open data should.
 *
 *   export-unchecked FILE.xml > FILE.json
 *
 * Exit 0 written, 1 the register does not load, 2 usage or out of memory.
 * Built by `make test` for tests/import.sh; not installed.
 */
#include <privicon.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	char *doc = NULL;
	size_t size = 0;
	int status = 2;

	if (argc != 2) {
		fputs("usage: export-unchecked FILE.xml\n", stderr);
		return 2;
	}
	if (privicon_diagnostics_new(&diags) != 0)
		return 2;
	if (privicon_load_file(&reg, diags, argv[1], NULL) != 0) {
		for (size_t i = 0; i < privicon_diagnostics_count(diags); i++)
			fprintf(stderr, "%s\n", privicon_diagnostic_message(diags, i, "en"));
		status = 1;
	} else if (privicon_export(&doc, &size, diags, reg, PRIVICON_EXPORT_JSON, NULL) == 0 &&
	           fwrite(doc, 1, size, stdout) == size && fflush(stdout) == 0) {
		status = 0;
	}
	privicon_free(doc);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
	return status;
}
