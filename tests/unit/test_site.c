/*
 * test_site.c - the static site's parts: name-based UUIDs (RFC 9562
 * vectors), the base URL, the dark palette's contrast, and the file list
 * of a small register (tests/site.sh checks the site through the CLI).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "privicon.h"
#include "notice/catalogue.h"
#include "notice/notice.h"
#include "render/layout.h"
#include "render/qr.h"
#include "render/theme.h"
#include "site/site.h"
#include "util/url.h"
#include "util/uuid.h"

static void test_uuid(void)
{
	/* RFC 9562 appendix A.4: uuid5(DNS namespace, "www.example.com"). */
	static const unsigned char dns[16] = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
	                                      0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
	unsigned char u[16];
	char text[37];
	pv_uuid5(u, dns, "www.example.com", 15);
	pv_uuid_format(text, u);
	CHECK(strcmp(text, "2ed6657d-e927-568b-95e1-2665a8aea6a2") == 0,
	      "uuid5(DNS, www.example.com) is RFC 9562's vector (%s)", text);
	pv_uuid5(u, pv_uuid_ns_url, "urn:privicon:register:1", 23);
	pv_uuid_format(text, u);
	CHECK(text[14] == '5' && strchr("89ab", text[19]), "version 5, RFC variant (%s)", text);
}

static void test_base_url(void)
{
	char *s = NULL;
	CHECK(pv_url_base(&s, "https://www.example.nl/privacy") == 0 && s &&
	          strcmp(s, "https://www.example.nl/privacy/") == 0,
	      "a base URL gets one final slash");
	free(s);
	CHECK(pv_url_base(&s, "http://x.example/") == 0 && s && strcmp(s, "http://x.example/") == 0,
	      "a final slash is kept");
	free(s);
	const char *bad[] = {"ftp://x.example/", "https://", "https:///x", "https://x/a b",
	                     "https://x/\"><script>", "https://x/?q=1", "https://x/#top",
	                     "javascript:alert(1)", "https://x/a\\b"};
	int refused = 1;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		s = NULL;
		if (pv_url_base(&s, bad[i]) != PRIVICON_EINVAL || s)
			refused = 0;
		free(s);
	}
	CHECK(refused, "other schemes, no host, spaces, quotes, <, ?, #, \\ are refused");
	CHECK(pv_url_base(&s, NULL) == 0 && s == NULL, "no base URL is fine");
}

static void test_dark(void)
{
	static const struct {
		pv_theme_color fg, bg;
		double min;
	} pairs[] = {
		{PV_THEME_TEXT, PV_THEME_BACKGROUND, 4.5},  {PV_THEME_TEXT, PV_THEME_SURFACE, 4.5},
		{PV_THEME_MUTED, PV_THEME_BACKGROUND, 4.5}, {PV_THEME_MUTED, PV_THEME_SURFACE, 4.5},
		{PV_THEME_ON_PRIMARY, PV_THEME_PRIMARY, 4.5}, {PV_THEME_LINK, PV_THEME_BACKGROUND, 4.5},
		{PV_THEME_LINK, PV_THEME_SURFACE, 4.5},     {PV_THEME_ATTENTION, PV_THEME_BACKGROUND, 4.5},
		{PV_THEME_ATTENTION, PV_THEME_SURFACE, 4.5}, {PV_THEME_ICON, PV_THEME_BACKGROUND, 3.0},
		{PV_THEME_ICON, PV_THEME_SURFACE, 3.0},     {PV_THEME_FOCUS, PV_THEME_BACKGROUND, 3.0},
		{PV_THEME_FOCUS, PV_THEME_SURFACE, 3.0},
	};
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		double r = pv_contrast_ratio(pv_site_dark.color[pairs[i].fg], pv_site_dark.color[pairs[i].bg]);
		CHECK(r >= pairs[i].min, "dark mode: %s on %s %.2f:1 (at least %.1f:1)",
		      pv_site_dark_names[pairs[i].fg], pv_site_dark_names[pairs[i].bg], r, pairs[i].min);
	}
}

static int has(const privicon_site *s, const char *path)
{
	for (size_t i = 0; i < privicon_site_file_count(s); i++)
		if (strcmp(privicon_site_file_path(s, i), path) == 0)
			return 1;
	return 0;
}

typedef struct {
	size_t calls, last_done, total;
	int in_order;
} progress_seen;

static void count_progress(void *ctx, size_t done, size_t total)
{
	progress_seen *p = ctx;
	p->in_order = (p->calls == 0 || p->in_order) && done == p->last_done + 1 && done <= total;
	p->calls++;
	p->last_done = done;
	p->total = total;
}

static void test_build(void)
{
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	privicon_site *site = NULL;
	privicon_diagnostics_new(&d);
	int rc = privicon_load_file(&reg, d, SOURCE_DIR "/examples/minimal.xml", NULL);
	CHECK(rc == 0, "examples/minimal.xml loads");
	if (rc != 0) {
		privicon_diagnostics_free(d);
		return;
	}
	const char *id = privicon_register_activity_id(reg, 0);
	char page[160], sheet[160];
	snprintf(page, sizeof(page), "en/%s.html", id);
	snprintf(sheet, sizeof(sheet), "nl/%s.pdf", id);
	privicon_site_options o = {.base_url = "https://www.example.nl/privacy"};
	rc = privicon_site_build(&site, d, reg, &o);
	CHECK(rc == 0 && has(site, "index.html") && has(site, "nl/index.html") && has(site, page) &&
	          has(site, sheet) && has(site, "assets/privicon.css") && has(site, "sitemap.xml") &&
	          has(site, "nl/icons/sprite.svg") && has(site, "api/privicon-index.json") &&
	          !has(site, "fragments/nl/index.html"),
	      "the site of minimal.xml: root, index, pages, sheets, stylesheet, sprite, sitemap, API");
	size_t size = 0;
	const unsigned char *data = privicon_site_file_data(site, 0, &size);
	CHECK(data && size > 0 && privicon_site_file_path(site, privicon_site_file_count(site)) == NULL &&
	          privicon_site_file_data(site, (size_t)-1, &size) == NULL && size == 0,
	      "file accessors, out of range gives NULL");
	privicon_site_free(site);
	site = NULL;
	/* Options version 2: the progress callback sees every sheet, in
	 * order, up to the total. */
	progress_seen seen = {0};
	privicon_site_options o2 = {.version = 2, .progress = count_progress, .progress_ctx = &seen};
	rc = privicon_site_build(&site, d, reg, &o2);
	CHECK(rc == 0 && seen.calls == 4 && seen.last_done == 4 && seen.total == 4 && seen.in_order,
	      "progress: called once per sheet (1 activity + overview, 2 languages): %zu calls, %zu/%zu",
	      seen.calls, seen.last_done, seen.total);
	privicon_site_free(site);
	site = NULL;
	o.base_url = "https://x/\"";
	CHECK(privicon_site_build(&site, d, reg, &o) == PRIVICON_EINVAL && !site,
	      "a base URL with a quote: PRIVICON_EINVAL, no site");
	o.base_url = NULL;
	o.fragments = 1;
	rc = privicon_site_build(&site, d, reg, &o);
	CHECK(rc == 0 && has(site, "fragments/nl/index.html") && !has(site, "sitemap.xml"),
	      "--fragments adds fragments; no sitemap without a base URL");
	privicon_site_free(site);
	CHECK(privicon_site_build(NULL, d, reg, &o) == PRIVICON_EINVAL &&
	          privicon_site_build(&site, d, NULL, &o) == PRIVICON_EINVAL,
	      "NULL arguments: PRIVICON_EINVAL");
	privicon_site_free(NULL);
	privicon_register_free(reg);
	privicon_diagnostics_free(d);
}

/* The QR code on a sheet: at least 2 cm (75.6 CSS px at 96 per inch), in
 * the first layer's box, and only with an address. */
static void test_qr_layout(void)
{
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	pv_catalogue *cat = NULL;
	pv_notice *notice = NULL;
	pv_layout lo;
	char err[256];
	privicon_diagnostics_new(&d);
	if (privicon_load_file(&reg, d, SOURCE_DIR "/examples/minimal.xml", NULL) != 0 ||
	    pv_catalogue_load(&cat, NULL, err, sizeof(err)) != 0 ||
	    pv_notice_build(&notice, reg, cat, "nl") != 0 || pv_layout_init(&lo, cat, reg, "nl") != 0) {
		CHECK(0, "set up a layout of minimal.xml");
		return;
	}
	for (int with = 0; with < 2; with++) {
		pv_sheet *sheet = NULL;
		double qr = 0;
		lo.qr_url = with ? "https://www.example.nl/privacy/nl/bibliotheekpas.html" : NULL;
		CHECK(pv_layout_activity(&sheet, &lo, notice, 0) == 0, "lay out the sheet (%s URL)",
		      with ? "with" : "without");
		for (size_t b = 0; sheet && b < sheet->n_body; b++)
			for (size_t k = 0; k < sheet->body[b].n_ops; k++)
				if (sheet->body[b].ops[k].kind == PV_OP_QR)
					qr = sheet->body[b].ops[k].w;
		if (with)
			CHECK(qr >= 2.0 / 2.54 * 96, "the QR code is %.1f px = %.2f cm wide (at least 2 cm)",
			      qr, qr / 96 * 2.54);
		else
			CHECK(qr == 0, "no address, no QR code");
		pv_sheet_free(sheet);
	}
	CHECK(pv_qr_width("https://www.example.nl/privacy/nl/bibliotheekpas.html") == 33,
	      "a 53-byte address is a version 4 code (33 modules, level M)");
	pv_layout_done(&lo);
	pv_notice_free(notice);
	pv_catalogue_free(cat);
	privicon_register_free(reg);
	privicon_diagnostics_free(d);
}

int main(void)
{
	test_uuid();
	test_base_url();
	test_dark();
	test_build();
	test_qr_layout();
	return check_exit_status();
}
