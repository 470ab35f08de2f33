/*
 * test_util.c - the helpers of src/util/ that have one home each: the
 * language type, UTF-8 checking, cleaning and clipping, the edit distance,
 * allocate-and-format, number formats.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "privicon.h"
#include "util/format.h"
#include "util/lang.h"
#include "util/text.h"

#define STREQ(a, b) (strcmp((a), (b)) == 0)

static void test_lang(void)
{
	CHECK(pv_lang_of("en") == PV_EN && pv_lang_of("nl") == PV_NL && pv_lang_of(NULL) == PV_NL &&
	          pv_lang_of("EN") == PV_NL && pv_lang_of("") == PV_NL,
	      "lang: only \"en\" is English; anything else is the Dutch default");
	CHECK(pv_lang_known("nl") && pv_lang_known("en") && !pv_lang_known("de") &&
	          !pv_lang_known(NULL) && !pv_lang_known("nl-NL"),
	      "lang: nl and en are known, nothing else");
	CHECK(STREQ(pv_lang_code(PV_EN), "en") && STREQ(pv_lang_code(PV_NL), "nl"),
	      "lang: codes round-trip");
	CHECK(pv_lang_is_en("en") && !pv_lang_is_en("nl"), "lang: pv_lang_is_en");
}

static void test_utf8(void)
{
	int cut = 0;
	const unsigned char ok[] = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
	CHECK(pv_utf8_check(ok, sizeof(ok) - 1, &cut) == sizeof(ok) - 1 && !cut,
	      "utf8: 1-, 2-, 3- and 4-byte characters are valid");
	CHECK(pv_utf8_char_len((const unsigned char *)"\xc0\xaf", 2, NULL) == 0,
	      "utf8: an overlong '/' is refused");
	CHECK(pv_utf8_char_len((const unsigned char *)"\xed\xa0\x80", 3, NULL) == 0,
	      "utf8: a surrogate is refused");
	CHECK(pv_utf8_char_len((const unsigned char *)"\xf4\x90\x80\x80", 4, NULL) == 0,
	      "utf8: a code point past U+10FFFF is refused");
	const unsigned char trunc[] = "ab\xe2\x82";
	CHECK(pv_utf8_check(trunc, 4, &cut) == 2 && cut,
	      "utf8: a character cut off by the end is found at its start, as truncated");
	const unsigned char bad[] = "ab\xff" "cd";
	CHECK(pv_utf8_check(bad, 5, &cut) == 2 && !cut, "utf8: a stray byte is found, not truncated");
	unsigned char longer[40];
	memset(longer, 'x', sizeof(longer));
	longer[33] = 0x80;
	CHECK(pv_utf8_check(longer, sizeof(longer), NULL) == 33,
	      "utf8: the ASCII fast path stops at the right byte");

	char *c = pv_utf8_clean("a\xff" "b\xc3\xa9");
	CHECK(c && STREQ(c, "a\xef\xbf\xbd" "b\xc3\xa9"), "utf8: clean replaces a bad byte by U+FFFD");
	free(c);
	c = privicon_utf8_clean("\xe2\x82");
	CHECK(c && STREQ(c, "\xef\xbf\xbd\xef\xbf\xbd"), "utf8: privicon_utf8_clean replaces a cut character");
	privicon_free(c);
	CHECK(privicon_utf8_clean(NULL) == NULL, "utf8: privicon_utf8_clean(NULL) is NULL");
	CHECK(pv_utf8_count("caf\xc3\xa9") == 4, "utf8: count counts characters, not bytes");
}

static void test_clip(void)
{
	char buf[16];
	CHECK(STREQ(pv_clip(buf, sizeof(buf), "kort", 10), "kort"), "clip: a short text is copied whole");
	CHECK(STREQ(pv_clip(buf, sizeof(buf), NULL, 10), ""), "clip: NULL copies as empty");
	CHECK(STREQ(pv_clip(buf, sizeof(buf), "abcdefghijkl", 5), "abcde..."), "clip: cut at max with ...");
	CHECK(STREQ(pv_clip(buf, sizeof(buf), "abcdefghijklmnopqrstuvwxyz", 100), "abcdefghijkl..."),
	      "clip: never past the buffer");
	/* "é" is two bytes: cutting at 4 bytes would split it. */
	CHECK(STREQ(pv_clip(buf, sizeof(buf), "abc\xc3\xa9xyz", 4), "abc..."),
	      "clip: never splits a UTF-8 character");
	char tiny[3] = "zz";
	CHECK(STREQ(pv_clip(tiny, sizeof(tiny), "abcdef", 10), ""), "clip: a buffer too small for ... is empty");
}

static void test_distance_and_printf(void)
{
	CHECK(pv_edit_distance("health", "health") == 0 && pv_edit_distance("helth", "health") == 1 &&
	          pv_edit_distance("HEALTH", "health") == 0 && pv_edit_distance("", "abc") == 3,
	      "edit distance: insertions, case-insensitive, empty");
	char big[80];
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	CHECK(pv_edit_distance(big, "a") == (size_t)-1, "edit distance: long strings are not compared");
	char *s = pv_strdup_printf("%s %d", "P", 7);
	CHECK(s && STREQ(s, "P 7"), "strdup_printf formats into a new string");
	free(s);
	char n[32];
	CHECK(STREQ(pv_format_count(n, sizeof(n), 1753, PV_NL), "1.753") &&
	          STREQ(pv_format_count(n, sizeof(n), 1753, PV_EN), "1,753"),
	      "format: counts grouped as each language writes them");
	CHECK(STREQ(pv_format_size(n, sizeof(n), 1024, PV_NL), "1 KiB (1.024 bytes)"),
	      "format: sizes in KiB with the exact count");
}

static void test_options(void)
{
	privicon_load_options lo = PRIVICON_LOAD_OPTIONS_INIT;
	privicon_render_options ro;
	privicon_site_options so;
	privicon_export_options eo;
	CHECK(lo.version == PRIVICON_LOAD_OPTIONS_VERSION && lo.max_size == 0,
	      "options: the _INIT macro sets the version and zeroes the rest");
	CHECK(privicon_render_options_init(&ro, PRIVICON_RENDER_OPTIONS_VERSION) == 0 &&
	          ro.version == 1 && ro.lang == NULL &&
	          privicon_site_options_init(&so, 1) == 0 && so.version == 1 &&
	          privicon_export_options_init(&eo, 1) == 0 && eo.version == 1 &&
	          privicon_load_options_init(&lo, 1) == 0,
	      "options: _options_init() for every option struct");
	CHECK(privicon_load_options_init(&lo, 2) == PRIVICON_EINVAL &&
	          privicon_render_options_init(&ro, 0) == PRIVICON_EINVAL &&
	          privicon_export_options_init(NULL, 1) == PRIVICON_EINVAL,
	      "options: an unknown version or NULL is refused");

	static const char reg[] = "<register xmlns=\"urn:privicon:register:1\"/>";
	privicon_diagnostics *d = NULL;
	privicon_register *r = NULL;
	privicon_diagnostics_new(&d);
	lo.version = PRIVICON_LOAD_OPTIONS_VERSION + 1;
	CHECK(privicon_load_memory(&r, d, "x.xml", reg, sizeof(reg) - 1, &lo) == PRIVICON_EINVAL &&
	          r == NULL,
	      "options: a struct from a newer header is refused, not misread");
	privicon_load_options zero;
	memset(&zero, 0, sizeof(zero));
	int rc = privicon_load_memory(&r, d, "x.xml", reg, sizeof(reg) - 1, &zero);
	CHECK(rc != PRIVICON_EINVAL, "options: a zeroed struct (version 0) reads as version 1 (rc %d)", rc);
	privicon_register_free(r);
	privicon_diagnostics_free(d);
}

/* Lower case after a colon where the grammar wants it, a name kept. */
static void test_lower_after_colon(void)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"Wij onderzoeken welke hulp u nodig heeft.", "wij onderzoeken welke hulp u nodig heeft."},
		{"Is uw leven in gevaar? Dan ...", "is uw leven in gevaar? Dan ..."},
		{"If your life is in danger", "if your life is in danger"},
		{"Leverancier van het zaaksysteem", "leverancier van het zaaksysteem"},
		{"BRP-gegevens controleren", "BRP-gegevens controleren"},   /* acronym */
		{"DigiD gebruiken", "DigiD gebruiken"},                     /* capital inside */
		{"GGD's in de regio", "GGD's in de regio"},
		{"Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"}, /* name of two words */
		{"Gemeente Utrecht vraagt", "Gemeente Utrecht vraagt"},
		{"Wmo-consulenten bekijken uw vraag", "Wmo-consulenten bekijken uw vraag"}, /* known */
		{"Europa is ver", "Europa is ver"},
		{"Belastingdienst ontvangt uw inkomen", "Belastingdienst ontvangt uw inkomen"}, /* names[] */
		{"Vluchtelingenwerk (begeleiding)", "Vluchtelingenwerk (begeleiding)"},   /* names[] */
		{"I ask", "I ask"},
		{"A computer does not decide", "a computer does not decide"},
		{"U mag uw gegevens inzien", "u mag uw gegevens inzien"},
		{"A. de Vries", "A. de Vries"},                             /* an initial */
		{"A Computer Company", "A Computer Company"},
		{"\xc3\x89\xc3\xa9n keer", "\xc3\x89\xc3\xa9n keer"}, /* not ASCII: unchanged */
		{"wij al klein", "wij al klein"},
		{"", ""},
		{"A", "A"},
		{"E-mail delivery service", "e-mail delivery service"},
		{"E-learning provider", "e-learning provider"},
		{"E-Boekhouden BV", "E-Boekhouden BV"},
	};
	const char *names[] = {"Belastingdienst", NULL, "Vluchtelingenwerk (begeleiding bij het wonen)"};
	int good = 1;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char buf[128];
		snprintf(buf, sizeof(buf), "%s", cases[i].in);
		pv_text_lower_first(buf, names, 3);
		if (!STREQ(buf, cases[i].out)) {
			printf("# \"%s\" became \"%s\", not \"%s\"\n", cases[i].in, buf, cases[i].out);
			good = 0;
		}
	}
	CHECK(good, "lower after a colon: sentences go on in lower case, names and acronyms keep "
	            "their capitals");
	CHECK(!pv_text_may_lower(NULL, NULL, 0) && pv_text_may_lower("Wij", NULL, 0),
	      "lower after a colon: NULL text and no names");
}

int main(void)
{
	test_options();
	test_lang();
	test_utf8();
	test_clip();
	test_distance_and_printf();
	test_lower_after_colon();
	return check_exit_status();
}
