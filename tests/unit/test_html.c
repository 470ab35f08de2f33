/*
 * test_html.c - the HTML page: escaping, icons copied safely from their
 * sources, and the page of the example register against its notice (every
 * caption and description of the notice is on the page, escaped, once per
 * item), deterministic bytes, the language, the theme.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notice/catalogue.h"
#include "check.h"
#include "render/html.h"
#include "notice/notice.h"
#include "privicon.h"
#include "render/theme.h"

static void test_escape(void)
{
	char *s = pv_html_escape("a & b < c > d \" e ' f");
	CHECK(s && strcmp(s, "a &amp; b &lt; c &gt; d &quot; e &#39; f") == 0,
	      "& < > \" ' are escaped (%s)", s ? s : "NULL");
	free(s);
	s = pv_html_escape("Gemeente Ede");
	CHECK(s && strcmp(s, "Gemeente Ede") == 0, "plain text stays as it is");
	free(s);
	s = pv_html_escape("\xc3\xab&\xc3\xab");
	CHECK(s && strcmp(s, "\xc3\xab&amp;\xc3\xab") == 0, "UTF-8 passes through");
	free(s);
	s = pv_html_escape(NULL);
	CHECK(s && *s == '\0', "NULL escapes to \"\"");
	free(s);
}

/* pv_html_icon on a made-up source; returns the status, the SVG in *out. */
static int icon(char **out, const char *svg, const char *title, char *err, size_t err_size)
{
	pv_icon ic = {.id = "test-icon", .svg = svg, .svg_size = strlen(svg)};
	size_t len = 0;
	*out = NULL;
	err[0] = '\0';
	return pv_html_icon(out, &len, &ic, "p", title, err, err_size);
}

#define SVG_OPEN "<svg xmlns=\"http://www.w3.org/2000/svg\" "

static void test_icon(void)
{
	char *out, err[256];
	int rc;

	rc = icon(&out,
	          SVG_OPEN "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 48 48\" "
	                   "fill=\"none\" stroke=\"#ff0000\" stroke-width=\"2\" onload=\"alert(1)\">"
	                   "<title>Location</title><desc>d</desc>"
	                   "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/>"
	                   "</linearGradient></defs>"
	                   "<path d=\"M1 1h2\" fill=\"url(#g)\" class=\"x\" style=\"fill:red\" "
	                   "onclick=\"x()\"/><use xlink:href=\"#g\"/><circle cx=\"1\" cy=\"1\" r=\"1\" "
	                   "fill=\"black\"/></svg>",
	          "Icoon: A & \"B\"", err, sizeof(err));
	CHECK(rc == 0 && out, "an icon with ids, references and colours is copied (%s)", err);
	if (out) {
		CHECK(strncmp(out, "<svg class=\"pv-icon\" role=\"img\" aria-labelledby=\"p\" width=\"48\" "
		                   "height=\"48\" viewBox=\"0 0 48 48\" fill=\"none\" "
		                   "stroke=\"currentColor\" stroke-width=\"2\">",
		              strlen("<svg class=\"pv-icon\" role=\"img\" aria-labelledby=\"p\" width=\"48\" "
		                     "height=\"48\" viewBox=\"0 0 48 48\" fill=\"none\" "
		                     "stroke=\"currentColor\" stroke-width=\"2\">")) == 0,
		      "root: role=img, labelled by its title, 48 px, colours currentColor (%s)", out);
		CHECK(strstr(out, "<title id=\"p\">Icoon: A &amp; &quot;B&quot;</title>") != NULL,
		      "our own <title>, escaped");
		CHECK(!strstr(out, "Location") && !strstr(out, "<desc"), "the source's title and desc are dropped");
		CHECK(strstr(out, "<linearGradient id=\"p_g\">") && strstr(out, "fill=\"url(#p_g)\"") &&
		          strstr(out, "<use href=\"#p_g\"/>"),
		      "ids and references are prefixed (%s)", out);
		CHECK(!strstr(out, "onload") && !strstr(out, "onclick") && !strstr(out, "style=") &&
		          !strstr(out, "class=\"x\""),
		      "event handlers, style and class are dropped");
		CHECK(strstr(out, "stop-color=\"currentColor\"") && strstr(out, "fill=\"currentColor\"/>") &&
		          !strstr(out, "red") && !strstr(out, "black"),
		      "every colour becomes currentColor");
		CHECK(strcmp(out + strlen(out) - 6, "</svg>") == 0, "the element is closed");
	}
	free(out);

	rc = icon(&out, SVG_OPEN "viewBox=\"0 0 48 48\"><path d=\"M0 0\"/></svg>", NULL, err,
	          sizeof(err));
	CHECK(rc == 0 && out && strstr(out, "aria-hidden=\"true\"") && !strstr(out, "role=") &&
	          !strstr(out, "<title"),
	      "without a title: a decorative icon, aria-hidden");
	free(out);

	static const struct {
		const char *what, *svg, *reason;
	} bad[] = {
		{"a script", SVG_OPEN "><script>alert(1)</script></svg>", "script"},
		{"foreignObject", SVG_OPEN "><foreignObject/></svg>", "foreignObject"},
		{"an image", SVG_OPEN "><image href=\"x.png\"/></svg>", "image"},
		{"a style element", SVG_OPEN "><style>*{}</style></svg>", "style"},
		{"a link", SVG_OPEN "><a href=\"https://x\"><path d=\"M0 0\"/></a></svg>", " a"},
		{"an external use", SVG_OPEN "><use href=\"https://x/s.svg#a\"/></svg>", "outside the icon"},
		{"an external url()", SVG_OPEN "><path fill=\"url(https://x/#a)\"/></svg>", "outside the icon"},
		{"a DOCTYPE", "<!DOCTYPE svg><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "DOCTYPE"},
		{"not SVG", "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "not an SVG"},
		{"no namespace", "<svg><path/></svg>", "not an SVG"},
		{"not XML", "<svg", "not well-formed"},
		{"an odd id", SVG_OPEN "><path id=\"a b\"/></svg>", "unusual characters"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		rc = icon(&out, bad[i].svg, "t", err, sizeof(err));
		CHECK(rc == PRIVICON_EINVALID && strstr(err, "icon test-icon: ") && strstr(err, bad[i].reason),
		      "refused: %s (%s)", bad[i].what, err);
		free(out);
	}
	pv_icon ic = {.id = "x", .svg = "<svg/>", .svg_size = 6};
	size_t len = 0;
	out = NULL;
	CHECK(pv_html_icon(&out, &len, &ic, "bad id", "t", err, sizeof(err)) == PRIVICON_EINVAL,
	      "an id with a space is PRIVICON_EINVAL");
	free(out);
}

/* Occurrences of `needle` in `hay`. */
static size_t count(const char *hay, const char *needle)
{
	size_t n = 0, k = strlen(needle);
	for (const char *p = strstr(hay, needle); p; p = strstr(p + k, needle))
		n++;
	return n;
}

static char *render(const privicon_register *reg, const char *lang, const privicon_theme *theme)
{
	unsigned char *out = NULL;
	size_t size = 0;
	privicon_diagnostics *d = NULL;
	privicon_diagnostics_new(&d);
	privicon_render_options ro = {.lang = lang, .theme = theme};
	int rc = privicon_render_html(&out, &size, d, reg, &ro);
	CHECK(rc == 0 && out && size == strlen((char *)out), "the %s page renders (%zu bytes)", lang,
	      size);
	privicon_diagnostics_free(d);
	return (char *)out;
}

static void test_page(void)
{
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	pv_catalogue *cat = NULL;
	pv_notice *notice = NULL;
	char err[512];

	privicon_diagnostics_new(&d);
	int rc = privicon_load_file(&reg, d, SOURCE_DIR "/examples/register.xml", NULL);
	CHECK(rc == 0 && reg, "examples/register.xml loads");
	privicon_diagnostics_free(d);
	if (!reg)
		return;
	rc = pv_catalogue_load(&cat, NULL, err, sizeof(err));
	CHECK(rc == 0, "the built-in catalogue loads (%s)", err);

	for (int l = 0; l < 2 && cat; l++) {
		const char *lang = l ? "en" : "nl";
		char *page = render(reg, lang, NULL);
		if (!page)
			continue;
		char want[64];
		snprintf(want, sizeof(want), "<!doctype html>\n<html lang=\"%s\">\n", lang);
		CHECK(strncmp(page, want, strlen(want)) == 0, "%s: doctype and <html lang=\"%s\">", lang,
		      lang);
		CHECK(count(page, "<style>") == 1 && count(page, "<script") == 0,
		      "%s: one <style>, no <script>", lang);
		rc = pv_notice_build(&notice, reg, cat, lang);
		CHECK(rc == 0, "%s: the notice builds", lang);
		size_t items = 0, found = 0, details = 0, found_details = 0;
		for (size_t i = 0; notice && i < notice->n_activities; i++) {
			for (int q = 0; q < PV_Q_COUNT; q++) {
				const pv_notice_row *row = &notice->activities[i].rows[q];
				for (size_t k = 0; k < row->n_items; k++) {
					const pv_notice_item *it = &row->items[k];
					char *cap = pv_html_escape(it->caption);
					char *desc = pv_html_escape(it->description);
					char *tagged = NULL;
					items++;
					if (cap && (tagged = malloc(strlen(cap) + 64))) {
						/* The caption closes its paragraph right after the text. */
						sprintf(tagged, "%s</p>", cap);
						found += strstr(page, tagged) != NULL;
					}
					if (desc && *desc && strcmp(it->description, it->caption) != 0) {
						details++;
						found_details += strstr(page, desc) != NULL;
					}
					free(tagged);
					free(cap);
					free(desc);
				}
			}
		}
		CHECK(items > 100 && found == items, "%s: all %zu captions of the notice are on the page (%zu)",
		      lang, items, found);
		CHECK(details > 0 && found_details == details,
		      "%s: all %zu descriptions are on the page as text (%zu)", lang, details, found_details);
		/* The first layer repeats the items that deserve attention. */
		size_t glance_items = 0, glance_found = 0;
		for (size_t i = 0; notice && i < notice->n_activities; i++) {
			const pv_notice_glance *g = &notice->activities[i].glance;
			glance_items += g->n_attention;
			char *ret = pv_html_escape(g->retention ? g->retention : "");
			char *act = pv_html_escape(g->actions ? g->actions : "");
			glance_found += ret && act && strstr(page, ret) && strstr(page, act);
			free(ret);
			free(act);
		}
		CHECK(count(page, "<section class=\"pv-glance\"") == notice->n_activities &&
		          glance_found == notice->n_activities,
		      "%s: every activity starts with its first layer (retention, what you can do)",
		      lang);
		CHECK(count(page, "<li class=\"pv-item") == items + glance_items,
		      "%s: one list item per notice item and first-layer item (%zu)", lang,
		      count(page, "<li class=\"pv-item"));
		CHECK(count(page, "role=\"img\"") == items + glance_items,
		      "%s: one named icon per item", lang);
		CHECK(count(page, "<section class=\"pv-activity\"") == notice->n_activities &&
		          count(page, "<h3 id=") >= notice->n_activities * PV_Q_COUNT,
		      "%s: one section per activity, eight questions each", lang);
		pv_notice_free(notice);
		notice = NULL;

		char *again = render(reg, lang, NULL);
		CHECK(again && strcmp(page, again) == 0, "%s: the same input gives the same bytes", lang);
		privicon_free(again);
		privicon_free(page);
	}
	pv_catalogue_free(cat);
	privicon_register_free(reg);
}

static void test_theme_and_errors(void)
{
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	privicon_theme *t = NULL;
	unsigned char *out = NULL;
	size_t size = 0;
	const char *json = "{\"privicon\":{\"color\":{\"primary\":{\"value\":\"#7a1f5c\"}},"
	                   "\"font-family\":{\"value\":\"Fira Sans, sans-serif\"},"
	                   "\"space\":{\"unit\":{\"value\":\"12px\"}}}}";

	privicon_diagnostics_new(&d);
	int rc = privicon_load_file(&reg, d, SOURCE_DIR "/examples/minimal.xml", NULL);
	CHECK(rc == 0 && reg, "examples/minimal.xml loads");
	rc = privicon_theme_load_memory(&t, d, "t.json", json, strlen(json));
	CHECK(rc == 0 && t, "a theme loads");
	if (reg && t) {
		char *page = render(reg, "nl", t);
		CHECK(page && strstr(page, "--pv-primary:#7a1f5c;") &&
		          strstr(page, "--pv-font:Fira Sans, sans-serif;") && strstr(page, "--pv-space:12px}"),
		      "the theme's tokens are the page's CSS variables");
		CHECK(page && strstr(page, "--pv-text:#1b1b1b;"), "tokens it leaves out are the default's");
		privicon_free(page);
	}
	privicon_render_options ro = {.lang = "fr"};
	CHECK(privicon_render_html(&out, &size, d, reg, &ro) == PRIVICON_EINVAL && !out && !size,
	      "an unknown language is PRIVICON_EINVAL");
	CHECK(privicon_render_html(&out, &size, d, NULL, NULL) == PRIVICON_EINVAL,
	      "no register is PRIVICON_EINVAL");
	CHECK(privicon_render_html(NULL, &size, d, reg, NULL) == PRIVICON_EINVAL,
	      "no out pointer is PRIVICON_EINVAL");
	size_t before = privicon_diagnostics_count(d);
	ro = (privicon_render_options){.icons_dir = SOURCE_DIR "/tests/no-such-icons"};
	rc = privicon_render_html(&out, &size, d, reg, &ro);
	CHECK((rc == PRIVICON_EINVALID || rc == PRIVICON_EIO) && !out &&
	          privicon_diagnostics_count(d) == before + 1,
	      "a missing icons directory fails with a diagnostic (%d)", rc);
	privicon_theme_free(t);
	privicon_register_free(reg);
	privicon_diagnostics_free(d);
}

int main(void)
{
	test_escape();
	test_icon();
	test_page();
	test_theme_and_errors();
	return check_exit_status();
}
