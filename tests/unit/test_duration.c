/*
 * test_duration.c - the one duration module (model/duration.h): order and
 * equality agree by construction, words in both languages. Parsing is
 * covered in test_selectielijst.c, which predates the module.
 */
#include <string.h>

#include "check.h"
#include "model/duration.h"

static pv_duration dur(const char *text)
{
	pv_duration d;
	pv_duration_parse(&d, text);
	return d;
}

int main(void)
{
	/* Every pair of a grid: compare() is 0 exactly when equal(), and the
	 * order is antisymmetric. P16M and P487D are the same number of days
	 * (16 months of 365.2425/12 days) but not the same period. */
	const char *grid[] = {"P1Y", "P12M", "P365D", "P52W", "P4W", "P28D", "P1M", "P30D",
	                      "P16M", "P487D", "P1Y4M", "P7Y", "P84M", "permanent", "P0D"};
	size_t n = sizeof(grid) / sizeof(grid[0]), agree = 0, anti = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++) {
			pv_duration a = dur(grid[i]), b = dur(grid[j]);
			int c = pv_duration_compare(&a, &b), e = pv_duration_equal(&a, &b);
			agree += (c == 0) == (e != 0);
			int r = pv_duration_compare(&b, &a);
			anti += (c > 0 && r < 0) || (c < 0 && r > 0) || (c == 0 && r == 0);
		}
	CHECK(agree == n * n, "compare is 0 exactly when equal (%zu of %zu pairs)", agree, n * n);
	CHECK(anti == n * n, "compare is antisymmetric (%zu of %zu pairs)", anti, n * n);

	pv_duration a = dur("P16M"), b = dur("P487D"), p = dur("permanent"), y = dur("P100Y");
	CHECK(pv_duration_compare(&a, &b) != 0, "P16M and P487D are not the same period");
	CHECK(pv_duration_compare(&p, &y) > 0, "permanent is longer than P100Y");
	a = dur("P4W");
	b = dur("P1M");
	CHECK(pv_duration_compare(&a, &b) < 0, "P4W is shorter than P1M");

	char buf[64];
	a = dur("P1Y6M");
	CHECK(strcmp(pv_duration_format(buf, sizeof(buf), &a, "nl"), "1 jaar en 6 maanden") == 0,
	      "words nl: %s", buf);
	CHECK(strcmp(pv_duration_format(buf, sizeof(buf), &a, "en"), "1 year and 6 months") == 0,
	      "words en: %s", buf);
	a = dur("P18M");
	CHECK(strcmp(pv_duration_format(buf, sizeof(buf), &a, "nl"), "18 maanden") == 0,
	      "words keep the period as written: %s", buf);
	return check_exit_status();
}
