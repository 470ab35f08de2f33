/*
 * test_duration_guess.c - the retention periods an officer writes, and
 * the ISO 8601 form privicon suggests for them (issue 16).
 */
#include <string.h>

#include "check.h"
#include "model/duration.h"

static void expect(const char *text, const char *want)
{
	char buf[48] = "";
	int got = pv_duration_guess(buf, sizeof(buf), text);
	if (want) {
		pv_duration d;
		CHECK(got == 1 && strcmp(buf, want) == 0 && pv_duration_parse(&d, buf) == 0,
		      "'%s' suggests %s (got %s)", text, want, got ? buf : "nothing");
	} else {
		CHECK(got == 0, "'%s' suggests nothing (got %s)", text, got ? buf : "nothing");
	}
}

int main(void)
{
	/* The spellings named in the issue. */
	expect("5 jaar", "P5Y");
	expect("P5J", "P5Y");
	expect("vijf jaar", "P5Y");
	expect("6 maanden", "P6M");
	/* More of the same family. */
	expect("1 jaar en 6 maanden", "P1Y6M");
	expect("P1J6M", "P1Y6M");
	expect("anderhalf jaar", "P1Y6M");
	expect("een half jaar", "P6M");
	expect("2,5 jaar", "P2Y6M");
	expect("10 jr.", "P10Y");
	expect("twee weken", "P2W");
	expect("30 dagen", "P30D");
	expect("Zeven Jaar", "P7Y");
	expect("7 years", "P7Y");
	expect("5Y", "P5Y");
	expect("p7y", "P7Y");
	expect("zes maanden na afsluiting", "P6M");
	expect("één jaar", "P1Y");
	expect("blijvend", "permanent");
	expect("Blijvend bewaren", "permanent");
	expect("Permanent", "permanent");
	/* Nothing to suggest: already right, unclear, or not a period. */
	expect("P5Y", NULL);
	expect("permanent", NULL);
	expect("5 jaar 5 jaar", NULL);
	expect("zomaar", NULL);
	expect("5", NULL);
	expect("jaar", NULL);
	expect("", NULL);
	expect("5 jaar of blijvend", NULL);
	expect("1234 jaar", NULL);
	expect("9999999 dagen", NULL);
	expect("een heel lang verhaal over jaren en maanden dat nergens op slaat en veel te lang is voor een termijn", NULL);
	return check_exit_status();
}
