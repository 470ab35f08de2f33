/*
 * fuzz_check.c - libFuzzer harness: load a register from memory, then run
 * every consistency rule on it.
 *
 * Every input is a possible register; most are not well-formed or do not
 * match the schema, which exercises the loader's refusals, the rest reach
 * the model builder and the rules. Whatever the input, the library must
 * return a status, not crash, not leak and not read or write out of bounds
 * (the build adds AddressSanitizer and UndefinedBehaviorSanitizer). Each
 * diagnostic is read back through the public accessors, so a dangling or
 * unterminated string in one is found too.
 *
 * A register that loads also goes through the open-data round trip, whose
 * promise is an oracle: export it as JSON and JSON-LD, import the JSON
 * back into a register document, load that, export it again: the second
 * JSON must be the first byte for byte, and privicon_diff must see no
 * change between the two registers.
 *
 * Built by `make fuzz` with clang -fsanitize=fuzzer; fuzz/driver.c replays
 * a corpus through the same entry point in the gcc sanitizer build.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touches every string of every diagnostic, so ASan sees a bad one. */
static size_t read_diagnostics(const privicon_diagnostics *d)
{
	size_t sum = 0;
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++) {
		const char *s[5] = {
			privicon_diagnostic_file(d, i),
			privicon_diagnostic_rule(d, i),
			privicon_diagnostic_activity(d, i),
			privicon_diagnostic_message(d, i, "nl"),
			privicon_diagnostic_message(d, i, "en"),
		};
		for (size_t k = 0; k < 5; k++)
			if (s[k])
				sum += strlen(s[k]);
		const char *ack = privicon_diagnostic_acknowledged(d, i);
		if (ack)
			sum += strlen(ack);
		sum += (size_t)privicon_diagnostic_line(d, i) + (size_t)privicon_diagnostic_column(d, i);
		sum += (size_t)privicon_diagnostic_severity(d, i);
		/* A rule id the findings name must be in the catalogue or be one
		 * of the loader's own. */
		if (!s[1] || !*s[1] || !s[3] || !s[4])
			abort();
	}
	return sum;
}

static void die(const char *what, int rc, const privicon_diagnostics *d)
{
	fprintf(stderr, "fuzz_check: %s: %s\n", what, privicon_strerror(rc));
	for (size_t i = 0; d && i < privicon_diagnostics_count(d); i++)
		fprintf(stderr, "  %d: [%s] %s\n", privicon_diagnostic_line(d, i),
		        privicon_diagnostic_rule(d, i), privicon_diagnostic_message(d, i, "en"));
	abort();
}

/* Export, import, load, export again: the same JSON, no difference. */
static void round_trip(const privicon_register *reg)
{
	privicon_diagnostics *d = NULL;
	privicon_register *again = NULL;
	privicon_diff *diff = NULL;
	char *json = NULL, *jsonld = NULL, *xml = NULL, *json2 = NULL;
	size_t n = 0, n_ld = 0, n_xml = 0, n2 = 0;
	int rc;

	if (privicon_diagnostics_new(&d) != 0)
		return;
	rc = privicon_export(&json, &n, d, reg, PRIVICON_EXPORT_JSON, NULL);
	if (rc == 0)
		rc = privicon_export(&jsonld, &n_ld, d, reg, PRIVICON_EXPORT_JSONLD, NULL);
	if (rc == PRIVICON_ENOMEM)
		goto done;
	if (rc != 0)
		die("export", rc, d);
	if (strlen(json) != n || strlen(jsonld) != n_ld)
		die("export: the length is not the document's", 0, NULL);
	rc = privicon_import_json(&xml, &n_xml, d, "export.json", json, n);
	if (rc == PRIVICON_ENOMEM)
		goto done;
	if (rc != 0)
		die("import of an export", rc, d);
	rc = privicon_load_memory(&again, d, "import.xml", xml, n_xml, NULL);
	if (rc == PRIVICON_ENOMEM)
		goto done;
	if (rc != 0)
		die("loading an imported export", rc, d);
	rc = privicon_export(&json2, &n2, d, again, PRIVICON_EXPORT_JSON, NULL);
	if (rc == PRIVICON_ENOMEM)
		goto done;
	if (rc != 0)
		die("export of an imported export", rc, d);
	if (n != n2 || memcmp(json, json2, n) != 0) {
		fprintf(stderr, "--- first export\n%s--- after import\n%s", json, json2);
		die("export, import, export does not give the same JSON", 0, NULL);
	}
	rc = privicon_diff_new(&diff, reg, again);
	if (rc == PRIVICON_ENOMEM)
		goto done;
	if (rc != 0)
		die("diff", rc, NULL);
	if (privicon_diff_material_count(diff) || privicon_diff_editorial_count(diff) ||
	    privicon_diff_group_count(diff))
		die("diff sees a change between a register and its round trip", 0, NULL);
done:
	privicon_diff_free(diff);
	privicon_register_free(again);
	privicon_free(json);
	privicon_free(jsonld);
	privicon_free(xml);
	privicon_free(json2);
	privicon_diagnostics_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	volatile size_t sink = 0;

	if (privicon_diagnostics_new(&diags) != 0)
		return 0;
	int rc = privicon_load_memory(&reg, diags, "fuzz.xml", (const char *)data, size, NULL);
	if (rc == 0) {
		if (!reg)
			abort(); /* success promises a register */
		for (size_t i = 0; i < privicon_register_activity_count(reg); i++)
			sink += strlen(privicon_register_activity_id(reg, i));
		if (privicon_check_rules(diags, reg) != 0)
			abort(); /* only ENOMEM may fail, and fuzzing does not run out */
		round_trip(reg);
	} else if (reg) {
		abort(); /* failure promises *out == NULL */
	} else if (rc != PRIVICON_ENOMEM && privicon_diagnostics_count(diags) == 0) {
		abort(); /* every refusal says why */
	}
	sink += read_diagnostics(diags);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
	(void)sink;
	return 0;
}
