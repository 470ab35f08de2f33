/*
 * test_theme.c - design tokens: the default theme, the token syntax
 * ("value", "$value", references, font lists), the checks on every value
 * that reaches CSS, the WCAG contrast checks, and the theme reaching the
 * rendered sheets.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>

#include "check.h"
#include "render/layout.h"
#include "privicon.h"
#include "util/resource.h"
#include "render/theme.h"

/* Loads `json`; returns the status, the theme in *out (or NULL) and the
 * English messages joined in msgs. */
static int load(privicon_theme **out, const char *json, char *msgs, size_t size)
{
	privicon_diagnostics *d = NULL;
	privicon_theme *t = NULL;
	if (privicon_diagnostics_new(&d) != 0) {
		printf("FAIL - out of memory\n");
		exit(1);
	}
	int rc = privicon_theme_load_memory(&t, d, "t.json", json, strlen(json));
	msgs[0] = '\0';
	for (size_t i = 0; i < privicon_diagnostics_count(d); i++) {
		size_t n = strlen(msgs);
		snprintf(msgs + n, size - n, "%s%s: %s [%s]", n ? " | " : "",
		         privicon_diagnostic_severity(d, i) == PRIVICON_ERROR ? "error" : "warning",
		         privicon_diagnostic_message(d, i, "en"), privicon_diagnostic_rule(d, i));
	}
	privicon_diagnostics_free(d);
	if (out)
		*out = t;
	else
		privicon_theme_free(t);
	return rc;
}

/* A theme that must be refused with `text` in its messages. */
static void refused(const char *what, const char *json, const char *text)
{
	char msgs[4096];
	privicon_theme *t = NULL;
	int rc = load(&t, json, msgs, sizeof(msgs));
	CHECK(rc == PRIVICON_EINVALID && !t && strstr(msgs, text), "refused: %s (%s)", what,
	      msgs);
	privicon_theme_free(t);
}

static void test_contrast(void)
{
	CHECK(pv_contrast_ratio(0x000000, 0xffffff) > 20.99 &&
	          pv_contrast_ratio(0x000000, 0xffffff) < 21.01,
	      "contrast black on white is 21:1");
	CHECK(pv_contrast_ratio(0xffffff, 0x000000) == pv_contrast_ratio(0x000000, 0xffffff),
	      "contrast is symmetric");
	CHECK(pv_contrast_ratio(0x123456, 0x123456) == 1.0, "contrast of a colour with itself is 1:1");
	double r = pv_contrast_ratio(0x777777, 0xffffff);
	CHECK(r > 4.47 && r < 4.49, "contrast #777777 on white is 4.48:1 (got %.3f)", r);
	r = pv_contrast_ratio(0x767676, 0xffffff);
	CHECK(r >= 4.5 && r < 4.6, "contrast #767676 on white passes 4.5:1 (got %.3f)", r);
}

static void test_default(void)
{
	privicon_theme *t = NULL;
	int rc = pv_theme_default(&t);
	CHECK(rc == 0 && t, "the built-in default theme loads");
	if (!t)
		return;
	/* The default palette (themes/default.json), which the sheets and
	 * the page both use: lintblauw band and icons, dark text. */
	CHECK(t->color[PV_THEME_PRIMARY] == 0x154273u, "default primary is lintblauw #154273");
	CHECK(t->color[PV_THEME_ON_PRIMARY] == 0xffffffu, "default on-primary is white");
	CHECK(t->color[PV_THEME_TEXT] == 0x1b1b1bu, "default text is #1b1b1b");
	CHECK(t->color[PV_THEME_BACKGROUND] == 0xffffffu, "default background is white");
	CHECK(t->color[PV_THEME_ICON] == t->color[PV_THEME_PRIMARY], "default icons are primary");
	CHECK(t->color[PV_THEME_LINK] == t->color[PV_THEME_PRIMARY],
	      "default link refers to primary ({privicon.color.primary})");
	CHECK(t->font_family && strstr(t->font_family, "system-ui") &&
	          strstr(t->font_family, "sans-serif"),
	      "default font is a system font stack");
	CHECK(t->sheet_font == NULL, "the default theme leaves the sheets their fixed font");
	CHECK(strcmp(t->space, "8px") == 0 && t->space_px == 8, "default space unit is 8px");
	privicon_theme_free(t);

	/* Loaded as a user theme, the shipped file gives no message at all. */
	const unsigned char *data;
	size_t size;
	char msgs[4096];
	CHECK(pv_resource_get(&data, &size, "themes/default.json") == 0,
	      "themes/default.json is compiled in");
	char *copy = malloc(size + 1);
	if (copy) {
		memcpy(copy, data, size);
		copy[size] = '\0';
		rc = load(&t, copy, msgs, sizeof(msgs));
		CHECK(rc == 0 && msgs[0] == '\0', "themes/default.json loads clean (%s)", msgs);
		CHECK(t && t->sheet_font && strstr(t->sheet_font, "Segoe UI") &&
		          !strchr(t->sheet_font, '\''),
		      "a theme file's font reaches the sheets, without quotes");
		privicon_theme_free(t);
		free(copy);
	}
}

static void test_tokens(void)
{
	char msgs[4096];
	privicon_theme *t = NULL;
	int rc = load(&t,
	              "{\"brand\": {\"plum\": {\"$value\": \"#7a1f5c\", \"$type\": \"color\"}},"
	              " \"privicon\": {\"$description\": \"x\", \"color\": {"
	              "   \"primary\": {\"$value\": \"{brand.plum}\"},"
	              "   \"link\": {\"value\": \"{privicon.color.primary}\"},"
	              "   \"icon\": {\"value\": \"#7A1F5C\"},"
	              "   \"surface\": {\"value\": \"#fff\", \"comment\": \"a short hex\"}},"
	              " \"font-family\": {\"value\": [\"Fira Sans\", \"sans-serif\"]},"
	              " \"space\": {\"unit\": {\"value\": 10}}}}",
	              msgs, sizeof(msgs));
	CHECK(rc == 0 && t && msgs[0] == '\0', "W3C $value, references, lists and numbers load (%s)",
	      msgs);
	if (t) {
		CHECK(t->color[PV_THEME_PRIMARY] == 0x7a1f5c, "a reference to another group resolves");
		CHECK(t->color[PV_THEME_LINK] == 0x7a1f5c, "a reference to a reference resolves");
		CHECK(t->color[PV_THEME_ICON] == 0x7a1f5c, "upper-case hex is read");
		CHECK(t->color[PV_THEME_SURFACE] == 0xffffff, "#fff is #ffffff");
		CHECK(t->color[PV_THEME_TEXT] == 0x1b1b1bu, "a token left out comes from the default");
		CHECK(strcmp(t->font_family, "\"Fira Sans\", sans-serif") == 0,
		      "a font list becomes CSS with quoted names (%s)", t->font_family);
		CHECK(t->sheet_font && strcmp(t->sheet_font, "Fira Sans, sans-serif") == 0,
		      "and a pango family list (%s)", t->sheet_font ? t->sheet_font : "NULL");
		CHECK(strcmp(t->space, "10px") == 0 && t->space_px == 10, "a bare number is px (%s)",
		      t->space);
	}
	privicon_theme_free(t);

	rc = load(&t, "{\"privicon\": {\"space\": {\"unit\": {\"value\": \"0.5rem\"}}}}", msgs,
	          sizeof(msgs));
	CHECK(rc == 0 && t && t->space_px == 8 && strcmp(t->space, "0.5rem") == 0,
	      "0.5rem is 8 px");
	privicon_theme_free(t);

	rc = load(&t, "{\"privicon\": {\"colour\": {\"text\": {\"value\": \"#000\"}},"
	              " \"color\": {\"text\": {\"value\": \"#000000\"}, \"band\": 3}},"
	              " \"nl\": {\"color\": {\"value\": \"red\"}}}",
	          msgs, sizeof(msgs));
	CHECK(rc == 0 && t && t->color[PV_THEME_TEXT] == 0,
	      "unknown tokens do not stop a theme");
	CHECK(strstr(msgs, "warning: privicon.colour.text: unknown token") &&
	          strstr(msgs, "warning: privicon.color.band: not a token") && !strstr(msgs, "nl."),
	      "unknown privicon tokens are warnings, other groups are ignored (%s)", msgs);
	privicon_theme_free(t);

	rc = load(&t, "{\"nl\": {}}", msgs, sizeof(msgs));
	CHECK(rc == 0 && t && t->color[PV_THEME_PRIMARY] == 0x154273u &&
	          strstr(msgs, "no \"privicon\" group"),
	      "a file without privicon tokens: the default theme and a warning");
	privicon_theme_free(t);
}

static void test_refused(void)
{
	refused("a colour name", "{\"privicon\":{\"color\":{\"primary\":{\"value\":\"blue\"}}}}",
	        "error: privicon.color.primary: expected a colour like #1a5fb4, got 'blue' [theme]");
	refused("rgb()", "{\"privicon\":{\"color\":{\"text\":{\"value\":\"rgb(0,0,0)\"}}}}",
	        "got 'rgb(0,0,0)'");
	refused("#rrggbbaa", "{\"privicon\":{\"color\":{\"text\":{\"value\":\"#000000ff\"}}}}",
	        "got '#000000ff'");
	refused("a bad hex digit", "{\"privicon\":{\"color\":{\"text\":{\"value\":\"#00000g\"}}}}",
	        "got '#00000g'");
	refused("a number as colour", "{\"privicon\":{\"color\":{\"text\":{\"value\":12}}}}",
	        "expected a colour like #1a5fb4, got 12");
	refused("CSS in a font", "{\"privicon\":{\"font-family\":{\"value\":\"a;}body{color:red\"}}}",
	        "privicon.font-family: expected a list of font families");
	refused("</style> in a font",
	        "{\"privicon\":{\"font-family\":{\"value\":\"x</style><script>\"}}}",
	        "privicon.font-family");
	refused("a backslash in a font", "{\"privicon\":{\"font-family\":{\"value\":\"a\\\\62 c\"}}}",
	        "privicon.font-family");
	refused("an unbalanced quote", "{\"privicon\":{\"font-family\":{\"value\":\"'Fira Sans\"}}}",
	        "privicon.font-family");
	refused("an empty family", "{\"privicon\":{\"font-family\":{\"value\":\"Arial,,serif\"}}}",
	        "privicon.font-family");
	refused("an empty font", "{\"privicon\":{\"font-family\":{\"value\":\"\"}}}",
	        "privicon.font-family");
	refused("a font list with a number", "{\"privicon\":{\"font-family\":{\"value\":[\"A\", 1]}}}",
	        "privicon.font-family");
	refused("1px", "{\"privicon\":{\"space\":{\"unit\":{\"value\":\"1px\"}}}}",
	        "privicon.space.unit: expected a length from 2px to 32px or 0.125rem to 2rem, got '1px'");
	refused("33px", "{\"privicon\":{\"space\":{\"unit\":{\"value\":\"33px\"}}}}", "got '33px'");
	refused("3rem", "{\"privicon\":{\"space\":{\"unit\":{\"value\":\"3rem\"}}}}", "got '3rem'");
	refused("em", "{\"privicon\":{\"space\":{\"unit\":{\"value\":\"1em\"}}}}", "got '1em'");
	refused("a space inside", "{\"privicon\":{\"space\":{\"unit\":{\"value\":\"8 px\"}}}}",
	        "got '8 px'");
	refused("calc()", "{\"privicon\":{\"space\":{\"unit\":{\"value\":\"calc(8px)\"}}}}",
	        "got 'calc(8px)'");
	refused("a dangling reference", "{\"privicon\":{\"color\":{\"text\":{\"value\":\"{a.b}\"}}}}",
	        "privicon.color.text: refers to {a.b}, which the file does not define");
	refused("a circular reference",
	        "{\"privicon\":{\"color\":{\"text\":{\"value\":\"{privicon.color.muted}\"},"
	        "\"muted\":{\"value\":\"{privicon.color.text}\"}}}}",
	        "too deep or circular");
	refused("duplicate keys", "{\"privicon\":{},\"privicon\":{}}", "not valid JSON");
	refused("not JSON", "{\"privicon\": [", "not valid JSON");
	refused("an array", "[1, 2]", "not a JSON object of tokens");
	/* Contrast: the message names both tokens, both colours and the ratio. */
	refused("grey text", "{\"privicon\":{\"color\":{\"text\":{\"value\":\"#777777\"}}}}",
	        "privicon.color.text (#777777) on privicon.color.background (#ffffff): contrast "
	        "4.47:1 is too low; WCAG 2.1 AA needs at least 4.5:1 for text");
	refused("white on yellow band",
	        "{\"privicon\":{\"color\":{\"primary\":{\"value\":\"#ffd700\"}}}}",
	        "privicon.color.on-primary (#ffffff) on privicon.color.primary (#ffd700)");
	refused("pale icons", "{\"privicon\":{\"color\":{\"icon\":{\"value\":\"#a0b4c8\"}}}}",
	        "needs at least 3.0:1 for icons");
	refused("a dark background",
	        "{\"privicon\":{\"color\":{\"background\":{\"value\":\"#000000\"}}}}",
	        "privicon.color.text (#1b1b1b) on privicon.color.background (#000000)");
	refused("a pale focus outline",
	        "{\"privicon\":{\"color\":{\"focus\":{\"value\":\"#eeeeee\"}}}}",
	        "for the focus outline");

	/* A dark theme that keeps every pair readable is accepted. */
	char msgs[4096];
	privicon_theme *t = NULL;
	int rc = load(&t,
	              "{\"privicon\":{\"color\":{\"background\":{\"value\":\"#121212\"},"
	              "\"surface\":{\"value\":\"#1e1e1e\"},\"text\":{\"value\":\"#f0f0f0\"},"
	              "\"muted\":{\"value\":\"#c8c8c8\"},\"primary\":{\"value\":\"#0b2a4a\"},"
	              "\"icon\":{\"value\":\"#8ab4f8\"},\"link\":{\"value\":\"#8ab4f8\"},"
	              "\"attention\":{\"value\":\"#ff8a80\"},\"focus\":{\"value\":\"#ffffff\"}}}}",
	              msgs, sizeof(msgs));
	CHECK(rc == 0 && t, "a readable dark theme is accepted (%s)", msgs);
	privicon_theme_free(t);

	/* Over 1 MiB. */
	size_t big = 1024 * 1024 + 2;
	char *s = malloc(big + 1);
	if (s) {
		memset(s, ' ', big);
		s[0] = '{';
		s[big - 1] = '}';
		s[big] = '\0';
		privicon_diagnostics *d = NULL;
		privicon_diagnostics_new(&d);
		rc = privicon_theme_load_memory(&t, d, "big.json", s, big);
		CHECK(rc == PRIVICON_ETOOBIG && !t && d && privicon_diagnostics_count(d) == 1,
		      "a theme over 1 MiB is refused");
		privicon_diagnostics_free(d);
		free(s);
	}
	privicon_diagnostics *d = NULL;
	privicon_diagnostics_new(&d);
	rc = privicon_theme_load_file(&t, d, SOURCE_DIR "/tests/no-such-theme.json");
	CHECK(rc == PRIVICON_EIO && !t && d && privicon_diagnostics_count(d) == 1 &&
	          strstr(privicon_diagnostic_message(d, 0, "en"), "cannot read the theme file"),
	      "a missing theme file is PRIVICON_EIO with a message");
	privicon_diagnostics_free(d);
	rc = privicon_theme_load_file(&t, NULL, SOURCE_DIR "/themes/default.json");
	CHECK(rc == 0 && t, "themes/default.json loads from the file");
	privicon_theme_free(t);
	CHECK(privicon_theme_load_memory(NULL, NULL, "x", "{}", 2) == PRIVICON_EINVAL,
	      "NULL out is PRIVICON_EINVAL");
	privicon_theme_free(NULL);
}

/* ---- the theme on a sheet -------------------------------------------------- */

typedef struct {
	const unsigned char *data;
	size_t size, pos;
} reader;

static cairo_status_t read_png(void *closure, unsigned char *buf, unsigned int length)
{
	reader *r = closure;
	if (r->pos + length > r->size)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(buf, r->data + r->pos, length);
	r->pos += length;
	return CAIRO_STATUS_SUCCESS;
}

/* The colour of pixel (x, y) of a PNG in memory, or -1. */
static long pixel(const unsigned char *png, size_t size, int x, int y)
{
	reader r = {png, size, 0};
	cairo_surface_t *s = cairo_image_surface_create_from_png_stream(read_png, &r);
	long v = -1;
	if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS && x < cairo_image_surface_get_width(s) &&
	    y < cairo_image_surface_get_height(s)) {
		cairo_surface_flush(s);
		const unsigned char *row =
			cairo_image_surface_get_data(s) + (size_t)y * cairo_image_surface_get_stride(s);
		v = (long)(*(const uint32_t *)(row + 4 * x) & 0xffffff);
	}
	cairo_surface_destroy(s);
	return v;
}

static void test_sheet(void)
{
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	privicon_theme *t = NULL;
	unsigned char *png = NULL;
	size_t size = 0;
	char msgs[4096];

	privicon_diagnostics_new(&d);
	int rc = privicon_load_file(&reg, d, SOURCE_DIR "/examples/minimal.xml", NULL);
	CHECK(rc == 0 && reg, "examples/minimal.xml loads");
	rc = load(&t, "{\"privicon\":{\"color\":{\"primary\":{\"value\":\"#7a1f5c\"},"
	              "\"background\":{\"value\":\"#fffdf5\"}}}}",
	          msgs, sizeof(msgs));
	CHECK(rc == 0 && t, "a theme with a plum band and a cream page loads (%s)", msgs);
	if (reg && t) {
		privicon_render_options ro = {.lang = "nl"};
		rc = privicon_render_sheet(&png, &size, d, reg, 0, PRIVICON_FORMAT_PNG, &ro);
		CHECK(rc == 0 && pixel(png, size, 5, 5) == (long)0x154273u,
		      "without a theme the sheet's band is the default colour (#%06lx)",
		      pixel(png, size, 5, 5));
		privicon_free(png);
		ro.theme = t;
		rc = privicon_render_sheet(&png, &size, d, reg, 0, PRIVICON_FORMAT_PNG, &ro);
		long band = pixel(png, size, 5, 5);
		CHECK(rc == 0 && band == 0x7a1f5c, "with the theme the band is #7a1f5c (got #%06lx)",
		      band);
		/* Bottom-left corner: page background, below the footer. */
		long bg = pixel(png, size, 1, 1100);
		CHECK(bg == 0xfffdf5, "with the theme the page is #fffdf5 (got #%06lx)", bg);
		privicon_free(png);
	}
	privicon_theme_free(t);
	privicon_register_free(reg);
	privicon_diagnostics_free(d);
}

int main(void)
{
	test_contrast();
	test_default();
	test_tokens();
	test_refused();
	test_sheet();
	return check_exit_status();
}
