/*
 * fuzz_import.c - libFuzzer harness: import a spreadsheet from memory.
 *
 * Every input is a possible XLSX, ODS or CSV file (the content decides,
 * as in `privicon import`). Whatever it is, the library must return a
 * status without crashing, leaking, or reading or writing out of bounds,
 * within the limits on zip parts, rows, columns and cells. Each
 * diagnostic, the report and the mapping are read back, so a dangling or
 * unterminated string is found too. A register that is written must load.
 *
 * Built by `make fuzz` with clang -fsanitize=fuzzer; fuzz/driver.c replays
 * tests/fuzz-corpus/import through the same entry point under gcc's
 * sanitizers (tests/fuzz.sh).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	privicon_diagnostics *d = NULL;
	char *xml = NULL, *report = NULL, *map = NULL;
	size_t xml_size = 0, sum = 0;
	int rc;

	if (privicon_diagnostics_new(&d) != 0)
		return 0;
	(void)privicon_import_sniff((const char *)data, size);
	rc = privicon_import_sheet(&xml, &xml_size, &report, &map, d, "fuzz", (const char *)data,
	                           size, NULL);
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++) {
		const char *m = privicon_diagnostic_message(d, i, "nl");
		const char *e = privicon_diagnostic_message(d, i, "en");
		sum += (m ? strlen(m) : 0) + (e ? strlen(e) : 0);
	}
	if (report)
		sum += strlen(report);
	if (map)
		sum += strlen(map);
	if (rc == PRIVICON_OK) {
		privicon_register *reg = NULL;
		privicon_diagnostics *d2 = NULL;
		if (!xml || strlen(xml) != xml_size)
			abort();
		if (privicon_diagnostics_new(&d2) == 0) {
			/* What the import writes always loads. */
			if (privicon_load_memory(&reg, d2, "fuzz.xml", xml, xml_size, NULL) != PRIVICON_OK)
				abort();
			privicon_register_free(reg);
			privicon_diagnostics_free(d2);
		}
	}
	privicon_free(xml);
	privicon_free(report);
	privicon_free(map);
	privicon_diagnostics_free(d);
	return sum == (size_t)-1;
}
