/*
 * test_selectielijst.c - the Selectielijst gemeenten 2020 table compiled
 * into the library (lookup, suggestions, malformed tables) and retention
 * durations (parsing, comparing, words).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "privicon.h"
#include "model/selectielijst.h"

static void test_durations(void)
{
	pv_duration d, e;
	CHECK(pv_duration_parse(&d, "P7Y") == 0 && d.years == 7 && !d.permanent, "P7Y parses");
	CHECK(pv_duration_parse(&d, "P1Y6M") == 0 && d.years == 1 && d.months == 6, "P1Y6M parses");
	CHECK(pv_duration_parse(&d, "P42D") == 0 && d.days == 42, "P42D parses");
	CHECK(pv_duration_parse(&d, "P2W") == 0 && d.weeks == 2, "P2W parses");
	CHECK(pv_duration_parse(&d, "P1Y2M3W4D") == 0 && d.years == 1 && d.months == 2 &&
	              d.weeks == 3 && d.days == 4,
	      "P1Y2M3W4D parses");
	CHECK(pv_duration_parse(&d, "permanent") == 0 && d.permanent, "permanent parses");
	const char *bad[] = {"", "P", "7Y", "PT1H", "P1M1Y", "P1Y1Y", "P1234567Y", "P1Y2",
	                     "p1y", "P-1Y", "P1.5Y", "Permanent", "P Y"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(pv_duration_parse(&d, bad[i]) == -1 && !d.permanent && d.years == 0,
		      "'%s' is refused and leaves a zero duration", bad[i]);
	CHECK(pv_duration_parse(&d, NULL) == -1, "NULL is refused");

	struct {
		const char *a, *b;
		int equal;
	} pairs[] = {
		{"P1Y", "P12M", 1},  {"P1Y6M", "P18M", 1}, {"P2W", "P14D", 1},
		{"P1Y", "P365D", 0}, {"P7Y", "P10Y", 0},   {"permanent", "permanent", 1},
		{"permanent", "P100Y", 0}, {"P1M", "P30D", 0}, {"P0D", "P0Y", 1},
		{"P5Y", "P5Y", 1},
	};
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		pv_duration_parse(&d, pairs[i].a);
		pv_duration_parse(&e, pairs[i].b);
		CHECK(pv_duration_equal(&d, &e) == pairs[i].equal &&
		              pv_duration_equal(&e, &d) == pairs[i].equal,
		      "%s %s %s", pairs[i].a, pairs[i].equal ? "==" : "!=", pairs[i].b);
	}

	struct {
		const char *d, *nl, *en;
	} words[] = {
		{"P7Y", "7 jaar", "7 years"},
		{"P1Y", "1 jaar", "1 year"},
		{"P1Y6M", "1 jaar en 6 maanden", "1 year and 6 months"},
		{"P1M", "1 maand", "1 month"},
		{"P18M", "18 maanden", "18 months"},
		{"P1W", "1 week", "1 week"},
		{"P42D", "42 dagen", "42 days"},
		{"P1D", "1 dag", "1 day"},
		{"P1Y2M3W4D", "1 jaar, 2 maanden, 3 weken en 4 dagen",
		 "1 year, 2 months, 3 weeks and 4 days"},
		{"P0Y", "0 dagen", "0 days"},
		{"permanent", "permanent", "permanent"},
	};
	char buf[64];
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		pv_duration_parse(&d, words[i].d);
		CHECK(strcmp(pv_duration_format(buf, sizeof(buf), &d, "nl"), words[i].nl) == 0,
		      "%s in Dutch is '%s' (got '%s')", words[i].d, words[i].nl, buf);
		CHECK(strcmp(pv_duration_format(buf, sizeof(buf), &d, "en"), words[i].en) == 0,
		      "%s in English is '%s' (got '%s')", words[i].d, words[i].en, buf);
	}
	char small[6];
	pv_duration_parse(&d, "P1Y2M3W4D");
	pv_duration_format(small, sizeof(small), &d, "nl");
	CHECK(strlen(small) == sizeof(small) - 1, "words are truncated to the buffer ('%s')", small);
}

static void test_numbers(void)
{
	unsigned p[3];
	CHECK(pv_sl_number_parse(p, "11.1.2") == 0 && p[0] == 11 && p[1] == 1 && p[2] == 2,
	      "11.1.2 splits into 11, 1, 2");
	CHECK(pv_sl_number_parse(p, "1.5") == 0 && p[0] == 1 && p[1] == 5 && p[2] == 0,
	      "1.5 splits into 1, 5");
	const char *bad[] = {"", "11", "11.", ".1", "1..2", "1.2.3.4", "1234.1", "a.b", "1.2a", "1,2"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(pv_sl_number_parse(p, bad[i]) == -1, "'%s' is not a result number", bad[i]);
}

/* Whether result number a comes strictly before b. */
static int before(const unsigned a[3], const unsigned b[3])
{
	for (int i = 0; i < 3; i++)
		if (a[i] != b[i])
			return a[i] < b[i];
	return 0;
}

static void test_builtin(void)
{
	pv_selectielijst *sl = NULL;
	CHECK(pv_selectielijst_load(&sl) == PRIVICON_OK && sl, "the built-in table loads");
	if (!sl)
		return;
	/* The source (resultaten.json) has 346 results: 89 blijvend_bewaren,
	 * 255 vernietigen, 2 with an empty waardering (withdrawn). */
	size_t n = pv_selectielijst_count(sl), keep = 0, destroy = 0, gone = 0, sorted = 1;
	CHECK(n == 346, "346 results (got %zu)", n);
	for (size_t i = 0; i < n; i++) {
		const pv_sl_result *r = pv_selectielijst_at(sl, i);
		keep += r->waardering == PV_SL_PERMANENT;
		destroy += r->waardering == PV_SL_DESTROY;
		gone += r->waardering == PV_SL_WITHDRAWN;
		if (i && !before(pv_selectielijst_at(sl, i - 1)->part, r->part))
			sorted = 0;
		if (r->waardering != PV_SL_DESTROY && r->has_term)
			sorted = 0;
	}
	CHECK(keep == 89 && destroy == 255 && gone == 2,
	      "89 permanent, 255 destroyed, 2 withdrawn (got %zu, %zu, %zu)", keep, destroy, gone);
	CHECK(sorted, "results are in number order and only 'vernietigen' has a period");
	CHECK(pv_selectielijst_at(sl, n) == NULL, "at(count) is NULL");

	const pv_sl_result *r = pv_selectielijst_find(sl, "11.1.2");
	CHECK(r && r->waardering == PV_SL_DESTROY && r->has_term && r->term.years == 1 &&
	              strcmp(r->naam, "Verleend") == 0 &&
	              strcmp(r->omschrijving, "Toestemming voor een afgebakende periode") == 0,
	      "11.1.2 is Verleend, destroy after 1 year");
	r = pv_selectielijst_find(sl, "1.1.1");
	CHECK(r && r->waardering == PV_SL_PERMANENT && !r->has_term, "1.1.1 is kept permanently");
	r = pv_selectielijst_find(sl, "19.2.1");
	CHECK(r && r->waardering == PV_SL_DESTROY && !r->has_term,
	      "19.2.1 is destroyed without a period (process term nihil)");
	r = pv_selectielijst_find(sl, "7.1.20");
	CHECK(r && r->waardering == PV_SL_WITHDRAWN && strstr(r->omschrijving, "19.1.19"),
	      "7.1.20 is withdrawn and points to 19.1.19");
	r = pv_selectielijst_find(sl, "3.1.4");
	CHECK(r && r->term.years == 20, "3.1.4 (jeugdhulp) is 20 years");
	r = pv_selectielijst_find(sl, "19.1.22");
	CHECK(r && r->term.days == 91, "19.1.22 is 91 days");
	r = pv_selectielijst_find(sl, "1.1");
	CHECK(r && strcmp(r->number, "1.1") == 0, "the generic result 1.1 exists");
	CHECK(pv_selectielijst_find(sl, "11.01.2") == pv_selectielijst_find(sl, "11.1.2"),
	      "numbers compare by value (11.01.2 is 11.1.2)");
	CHECK(!pv_selectielijst_find(sl, "11.1.99") && !pv_selectielijst_find(sl, "99.1") &&
	              !pv_selectielijst_find(sl, "x") && !pv_selectielijst_find(sl, NULL),
	      "unknown and malformed numbers are not found");
	/* Every result is found by its own number. */
	size_t found = 0;
	for (size_t i = 0; i < n; i++)
		found += pv_selectielijst_find(sl, pv_selectielijst_at(sl, i)->number) ==
		         pv_selectielijst_at(sl, i);
	CHECK(found == n, "each of the %zu results is found by binary search", n);

	const pv_sl_result *near[3];
	size_t k = pv_selectielijst_suggest(sl, "11.1.19", near, 3);
	CHECK(k == 3 && strcmp(near[0]->number, "11.1.15") == 0 &&
	              strcmp(near[1]->number, "11.1.16") == 0 &&
	              strcmp(near[2]->number, "11.1.17") == 0,
	      "11.1.19 suggests 11.1.15, 11.1.16, 11.1.17");
	k = pv_selectielijst_suggest(sl, "19.1.25", near, 3);
	CHECK(k == 3 && strcmp(near[0]->number, "19.1.22") == 0 &&
	              strcmp(near[2]->number, "19.1.24") == 0,
	      "19.1.25 suggests 19.1.22 to 19.1.24");
	k = pv_selectielijst_suggest(sl, "11.5", near, 3);
	CHECK(k == 3 && near[0]->part[0] == 11 && near[2]->part[0] == 11 &&
	              strcmp(near[2]->number, "11.4") == 0,
	      "11.5 suggests results of process 11, 11.4 among them (got %s)", k ? near[k - 1]->number : "-");
	k = pv_selectielijst_suggest(sl, "19.1.14", near, 2);
	CHECK(k == 2 && strcmp(near[0]->number, "19.1.12") == 0 &&
	              strcmp(near[1]->number, "19.1.15") == 0,
	      "suggestions skip the withdrawn 19.1.13 and the number itself (got %s, %s)",
	      k > 0 ? near[0]->number : "-", k > 1 ? near[1]->number : "-");
	k = pv_selectielijst_suggest(sl, "30.1.1", near, 1);
	CHECK(k == 1 && near[0]->part[0] == 29, "30.1.1 suggests a result of process 29");
	CHECK(pv_selectielijst_suggest(sl, "bad", near, 3) == 0, "no suggestions for a malformed number");
	CHECK(pv_selectielijst_suggest(sl, "1.1", near, 0) == 0, "max 0 gives none");

	/* Cost of loading, which decides whether to cache: one load per
	 * privicon_check_rules() call is fine when this is small. */
	clock_t t0 = clock();
	int loops = 200, ok = 1;
	for (int i = 0; i < loops; i++) {
		pv_selectielijst *again = NULL;
		ok &= pv_selectielijst_load(&again) == PRIVICON_OK;
		pv_selectielijst_free(again);
	}
	double us = (double)(clock() - t0) * 1e6 / CLOCKS_PER_SEC / loops;
	printf("# loading the table takes %.1f us\n", us);
	CHECK(ok && us < 5000, "loading the table takes under 5 ms (%.1f us)", us);
	pv_selectielijst_free(sl);
}

static void test_parse(void)
{
	pv_selectielijst *sl = NULL;
	const char good[] = "# comment\n"
	                    "2.1\tvernietigen\tP10Y\tVastgesteld\t\n"
	                    "\n"
	                    "1.1.1\tblijvend_bewaren\t\tIngericht\tGemeentewapen\r\n"
	                    "1.1\tvervallen\t\tIngericht\tVervallen";
	CHECK(pv_selectielijst_parse(&sl, good, strlen(good)) == PRIVICON_OK && sl &&
	              pv_selectielijst_count(sl) == 3,
	      "a small table parses (comments, blank line, CRLF, no final newline)");
	if (sl) {
		CHECK(strcmp(pv_selectielijst_at(sl, 0)->number, "1.1") == 0 &&
		              strcmp(pv_selectielijst_at(sl, 2)->number, "2.1") == 0,
		      "rows are sorted by number");
		CHECK(strcmp(pv_selectielijst_at(sl, 1)->omschrijving, "Gemeentewapen") == 0,
		      "the CR is not part of the last field");
	}
	pv_selectielijst_free(sl);

	const char *bad[] = {
		"",
		"# only a comment\n",
		"1.1\tvernietigen\tP10Y\tX\n",               /* 4 fields */
		"1.1\tvernietigen\tP10Y\tX\tY\tZ\n",         /* 6 fields */
		"1.1\tbewaren\tP10Y\tX\t\n",                 /* unknown waardering */
		"1.1\tvernietigen\t10 jaar\tX\t\n",          /* bad duration */
		"1.1\tvernietigen\tpermanent\tX\t\n",        /* permanent is no term */
		"1\tvernietigen\tP10Y\tX\t\n",               /* bad number */
		"1.1\tvernietigen\tP1Y\tX\t\n1.01\tvernietigen\tP1Y\tY\t\n", /* duplicate */
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		sl = (pv_selectielijst *)1;
		CHECK(pv_selectielijst_parse(&sl, bad[i], strlen(bad[i])) == PRIVICON_EINVALID &&
		              sl == NULL,
		      "malformed table %zu is refused", i);
	}
	const char nul[] = "1.1\tvernietigen\tP1Y\tX\0\t\n";
	CHECK(pv_selectielijst_parse(&sl, nul, sizeof(nul) - 1) == PRIVICON_EINVALID,
	      "a NUL byte is refused");
}

int main(void)
{
	test_durations();
	test_numbers();
	test_builtin();
	test_parse();
	return check_exit_status();
}
