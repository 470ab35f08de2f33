/*
 * test_render.c - the sheet layout and the renderers: WCAG contrast of the
 * palette, overflow detection, pagination without overlap, every example
 * sheet in both languages, PNG sizes per scale, SVG ids, PDF pages and
 * metadata, icons, determinism, argument checks.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "notice/catalogue.h"
#include "check.h"
#include "render/layout.h"
#include "render/theme.h"
#include "model/model.h"
#include "notice/notice.h"
#include "privicon.h"

#define EXAMPLE SOURCE_DIR "/examples/register.xml"

/* ---- WCAG 2.1 ------------------------------------------------------------ */

static double channel(unsigned v)
{
	double c = v / 255.0;
	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(unsigned rgb)
{
	return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) +
	       0.0722 * channel(rgb & 0xff);
}

static double contrast(unsigned a, unsigned b)
{
	double la = luminance(a), lb = luminance(b);
	if (la < lb) {
		double t = la;
		la = lb;
		lb = t;
	}
	return (la + 0.05) / (lb + 0.05);
}

static void test_palette(void)
{
	/* The formula itself: black on white is 21:1, white on white 1:1. */
	CHECK(fabs(contrast(0x000000, 0xffffff) - 21.0) < 1e-9, "contrast(black, white) = 21");
	CHECK(fabs(contrast(0xffffff, 0xffffff) - 1.0) < 1e-9, "contrast(white, white) = 1");

	/* The sheets take every colour from themes/default.json: one default
	 * theme for the sheets and the page, no second set of constants. */
	privicon_theme *t = NULL;
	pv_layout lo;
	CHECK(pv_theme_default(&t) == 0 && t, "the default theme loads");
	if (!t || pv_layout_init(&lo, NULL, NULL, "nl") != 0) {
		CHECK(0, "a layout starts");
		privicon_theme_free(t);
		return;
	}
	const unsigned *c = t->color;
	CHECK(lo.colors.text == c[PV_THEME_TEXT] && lo.colors.muted == c[PV_THEME_MUTED] &&
	          lo.colors.band == c[PV_THEME_PRIMARY] && lo.colors.band_text == c[PV_THEME_ON_PRIMARY] &&
	          lo.colors.icon == c[PV_THEME_ICON] && lo.colors.attention == c[PV_THEME_ATTENTION] &&
	          lo.colors.background == c[PV_THEME_BACKGROUND] && lo.colors.shade == c[PV_THEME_SURFACE] &&
	          lo.colors.rule == c[PV_THEME_RULE],
	      "a layout starts with the colours of themes/default.json");
	struct {
		const char *what;
		unsigned fg, bg;
		double min;
	} pairs[] = {
		{"body text on white", lo.colors.text, lo.colors.background, 4.5},
		{"body text on shaded rows", lo.colors.text, lo.colors.shade, 4.5},
		{"secondary text on shaded rows", lo.colors.muted, lo.colors.shade, 4.5},
		{"text on the header band", lo.colors.band_text, lo.colors.band, 4.5},
		{"icons on shaded rows", lo.colors.icon, lo.colors.shade, 3.0},
		{"attention icons on shaded rows", lo.colors.attention, lo.colors.shade, 3.0},
	};
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		double r = contrast(pairs[i].fg, pairs[i].bg);
		CHECK(r >= pairs[i].min, "WCAG: %s #%06x on #%06x is %.2f:1 (needs %.1f:1)", pairs[i].what,
		      pairs[i].fg, pairs[i].bg, r, pairs[i].min);
	}
	pv_layout_done(&lo);
	privicon_theme_free(t);
}

/* ---- helpers ------------------------------------------------------------------ */

static privicon_register *load_example(void)
{
	privicon_diagnostics *d = NULL;
	privicon_register *reg = NULL;
	privicon_diagnostics_new(&d);
	int rc = privicon_load_file(&reg, d, EXAMPLE, NULL);
	CHECK(rc == 0 && reg, "examples/register.xml loads (rc %d)", rc);
	privicon_diagnostics_free(d);
	return reg;
}

typedef struct {
	const unsigned char *data;
	size_t len, pos;
} png_reader;

static cairo_status_t read_png(void *closure, unsigned char *data, unsigned int length)
{
	png_reader *r = closure;
	if (r->pos + length > r->len)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(data, r->data + r->pos, length);
	r->pos += length;
	return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *decode_png(const unsigned char *data, size_t len)
{
	png_reader r = {data, len, 0};
	return cairo_image_surface_create_from_png_stream(read_png, &r);
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* ---- layout: overflow is detected, never clipped ------------------------------------ */

static void test_overflow_detection(const privicon_register *reg)
{
	pv_catalogue *cat = NULL;
	pv_layout lo;
	PangoLayout *pl = NULL;
	double h = 0;
	char err[256];
	const pv_font font = {13, 0, 0, 0}, label = {13, 1, 0, 1};

	CHECK(pv_catalogue_load(&cat, NULL, err, sizeof(err)) == 0, "built-in catalogue loads");
	CHECK(pv_layout_init(&lo, cat, reg, "nl") == 0, "layout context");
	lo.cur_activity = "bijstand";
	lo.cur_question = "Welke gegevens?";

	CHECK(pv_layout_text(&pl, &h, &lo, "Uw naam en adres", &font, 200, 0) == 0 && pl && h > 10,
	      "a short caption fits (%.1f px high)", h);
	if (pl)
		g_object_unref(pl);
	pl = NULL;

	/* A compound word wraps between characters instead of running out. */
	CHECK(pv_layout_text(&pl, &h, &lo, "Basisregistratieadressenengebouwen", &font, 60, 0) == 0 &&
	          pl && pango_layout_get_line_count(pl) > 1,
	      "a long Dutch compound wraps inside the word (%d lines)",
	      pl ? pango_layout_get_line_count(pl) : 0);
	if (pl)
		g_object_unref(pl);
	pl = NULL;

	/* Taller than a fixed cell. */
	int rc = pv_layout_text(&pl, &h, &lo, "een tekst die over meer regels loopt dan er passen",
	                        &font, 60, 20);
	CHECK(rc == PRIVICON_ELAYOUT && !pl, "text taller than its cell is PRIVICON_ELAYOUT (%d)", rc);
	CHECK(strstr(lo.error.nl, "bijstand") && strstr(lo.error.nl, "Welke gegevens?") &&
	          strstr(lo.error.en, "bijstand") && strstr(lo.error.en, "Welke gegevens?") &&
	          strcmp(lo.error.activity, "bijstand") == 0,
	      "the message names the activity and the question: %s", lo.error.en);

	/* A label word wider than its cell (labels do not break in words). */
	rc = pv_layout_text(&pl, &h, &lo, "Gegevensbescherming", &label, 50, 0);
	CHECK(rc == PRIVICON_ELAYOUT, "a line wider than its cell is PRIVICON_ELAYOUT (%d): %s", rc,
	      lo.error.en);

	/* One glyph wider than the cell cannot wrap at all. */
	rc = pv_layout_text(&pl, &h, &lo, "W", &font, 3, 0);
	CHECK(rc == PRIVICON_ELAYOUT, "a glyph wider than its cell is PRIVICON_ELAYOUT (%d)", rc);

	CHECK(strcmp(privicon_strerror(PRIVICON_ELAYOUT), privicon_strerror(PRIVICON_EINVAL)) != 0,
	      "PRIVICON_ELAYOUT has its own description: %s", privicon_strerror(PRIVICON_ELAYOUT));
	pv_layout_done(&lo);
	pv_catalogue_free(cat);
}

/* Every band of every page lies inside the page, after the one before it,
 * and holds its ops: nothing overlaps, nothing is cut. */
static size_t parts; /* placements that show part of a band */

/* Whether y falls inside a line of text or an icon of band `b`. */
static int cuts_something(const pv_band *b, double y)
{
	for (size_t i = 0; i < b->n_ops; i++) {
		const pv_op *op = &b->ops[i];
		if (op->kind == PV_OP_ICON && op->y < y - 1e-6 && y < op->y + op->h - 1e-6)
			return 1;
		if (op->kind != PV_OP_TEXT)
			continue;
		PangoLayoutIter *it = pango_layout_get_iter(op->text);
		int hit = 0;
		do {
			int y0, y1;
			pango_layout_iter_get_line_yrange(it, &y0, &y1);
			double a = op->y + (double)y0 / PANGO_SCALE, z = op->y + (double)y1 / PANGO_SCALE;
			if (a < y - 1e-6 && y < z - 1e-6)
				hit = 1;
		} while (!hit && pango_layout_iter_next_line(it));
		pango_layout_iter_free(it);
		if (hit)
			return 1;
	}
	return 0;
}

static int pages_sound(const pv_page *pages, size_t n, double page_h, int tall, char *why,
                       size_t why_size)
{
	for (size_t p = 0; p < n; p++) {
		double prev_end = 0;
		if (!tall && pages[p].height != page_h) {
			snprintf(why, why_size, "page %zu is %.1f px high", p + 1, pages[p].height);
			return 0;
		}
		for (size_t i = 0; i < pages[p].n_placed; i++) {
			const pv_placement *pl = &pages[p].placed[i];
			const pv_band *b = pl->band;
			double h = pl->to - pl->from;
			if (pl->y + 1e-6 < prev_end || pl->y + h > pages[p].height + 1e-6 ||
			    pl->from < 0 || pl->to > b->height + 1e-6 || h <= 0) {
				snprintf(why, why_size, "page %zu band %zu at %.1f..%.1f overlaps or runs off",
				         p + 1, i, pl->y, pl->y + h);
				return 0;
			}
			prev_end = pl->y + h;
			if (pl->from > 0 || pl->to < b->height) {
				parts++;
				if (cuts_something(b, pl->from) || cuts_something(b, pl->to)) {
					snprintf(why, why_size, "page %zu band %zu is cut through a line",
					         p + 1, i);
					return 0;
				}
			}
			for (size_t k = 0; k < b->n_ops; k++) {
				const pv_op *op = &b->ops[k];
				double w = op->w;
				if (op->kind == PV_OP_TEXT) {
					PangoRectangle logical;
					pango_layout_get_extents(op->text, NULL, &logical);
					w = (double)(logical.x + logical.width) / PANGO_SCALE;
				}
				if (op->y < -1e-6 || op->y + op->h > b->height + 1e-6 || op->x < 0 ||
				    op->x + w > PV_SHEET_WIDTH + 1e-6) {
					snprintf(why, why_size, "page %zu band %zu op %zu (kind %d) sticks out",
					         p + 1, i, k, (int)op->kind);
					return 0;
				}
			}
		}
	}
	return 1;
}

/* Words broken over two lines in the texts of `b` (counted into *broken;
 * the first goes into `which`): a line that starts right after a letter
 * rather than after a space, a hyphen or a slash. Print must not
 * hyphenate key terms ("burgerservicenum-mer"). */
static void count_broken_words(const pv_band *b, size_t *broken, char *which, size_t size)
{
	for (size_t k = 0; k < b->n_ops; k++) {
		if (b->ops[k].kind != PV_OP_TEXT)
			continue;
		const char *text = pango_layout_get_text(b->ops[k].text);
		GSList *lines = pango_layout_get_lines_readonly(b->ops[k].text);
		for (GSList *l = lines ? lines->next : NULL; l; l = l->next) {
			const PangoLayoutLine *line = l->data;
			int at = line->start_index;
			/* After a space, a slash or a dot: a break between words.
			 * After a hyphen: only where the hyphen stands alone
			 * ("2020 - 2024"); "e-" / "mail" splits one word. */
			if (at <= 0 || strchr(" /\u00b7", text[at - 1]) || (unsigned char)text[at - 1] >= 0x80 ||
			    (text[at - 1] == '-' && (at < 2 || text[at - 2] == ' ')))
				continue;
			if (*broken == 0)
				snprintf(which, size, "%.40s", text + (at > 20 ? at - 20 : 0));
			(*broken)++;
		}
	}
}

/* The overview's legend: every icon a cell of the table shows is named
 * in words (its catalogue short name) somewhere below. */
static int sheet_has_text(const pv_sheet *sheet, const char *text)
{
	for (size_t b = 0; b < sheet->n_body; b++)
		for (size_t k = 0; k < sheet->body[b].n_ops; k++) {
			const pv_op *op = &sheet->body[b].ops[k];
			if (op->kind == PV_OP_TEXT && strcmp(pango_layout_get_text(op->text), text) == 0)
				return 1;
		}
	return 0;
}

static void check_legend(const pv_sheet *sheet, const char *lang)
{
	size_t shown = 0, unnamed = 0;
	const char *first = "";
	for (size_t b = 0; b < sheet->n_body; b++)
		for (size_t k = 0; k < sheet->body[b].n_ops; k++) {
			const pv_op *op = &sheet->body[b].ops[k];
			if (op->kind != PV_OP_ICON || (op->role != PV_ROLE_CELL && op->role != PV_ROLE_ANSWER))
				continue;
			shown++;
			const char *name = strcmp(lang, "en") == 0 ? op->icon->name_en : op->icon->name_nl;
			if (!name || !sheet_has_text(sheet, name)) {
				if (!unnamed++)
					first = op->icon->id;
			}
		}
	CHECK(shown > 0 && unnamed == 0 &&
	          sheet_has_text(sheet, strcmp(lang, "en") == 0 ? "What the icons mean"
	                                                        : "Wat de pictogrammen betekenen"),
	      "overview (%s): a legend names every icon of the table (%zu shown, %zu without a name, "
	      "first: %s)", lang, shown, unnamed, first);
}

static void test_example_layouts(const privicon_register *reg, const char *lang)
{
	pv_catalogue *cat = NULL;
	pv_notice *notice = NULL;
	pv_layout lo;
	char err[256];
	size_t fitting = 0, three = 0, checked = 0, failures = 0, one_page = 0;

	if (pv_catalogue_load(&cat, NULL, err, sizeof(err)) != 0 ||
	    pv_notice_build(&notice, reg, cat, lang) != 0 || pv_layout_init(&lo, cat, reg, lang) != 0) {
		CHECK(0, "notice of the example (%s)", lang);
		pv_notice_free(notice);
		pv_catalogue_free(cat);
		return;
	}
	for (size_t i = 0; i <= notice->n_activities; i++) {
		size_t which = i < notice->n_activities ? i : PRIVICON_OVERVIEW;
		const char *name = i < notice->n_activities ? reg->activities[i].id : "overview";
		pv_sheet *sheet = NULL;
		int rc = which == PRIVICON_OVERVIEW ? pv_layout_overview(&sheet, &lo, notice)
		                                    : pv_layout_activity(&sheet, &lo, notice, which);
		if (rc != 0) {
			CHECK(0, "%s (%s) lays out without overflow (rc %d: %s)", name, lang, rc,
			      lo.error.en);
			failures++;
			continue;
		}
		for (int tall = 0; tall <= 1; tall++) {
			pv_page *pages = NULL;
			size_t n = 0;
			char why[160] = "";
			rc = pv_sheet_paginate(&pages, &n, sheet, tall, &lo);
			if (rc != 0 || n == 0 || !pages_sound(pages, n, sheet->page_height, tall, why,
			                                      sizeof(why))) {
				CHECK(0, "%s (%s, %s): pages sound (rc %d) %s", name, lang,
				      tall ? "tall" : "A4 pages", rc, why);
				failures++;
			}
			/* Print at 11 pt with a first layer: an activity takes one
			 * A4 page where it fits, else a second with the repeated
			 * header. Since the purposes are on the sheet (issue 17), the
			 * example's largest activity (staff administration: eleven
			 * data categories, two purposes with their laws, five
			 * recipients with roles) takes a third; no other may. */
			if (rc == 0 && !tall && which != PRIVICON_OVERVIEW && n <= 2) {
				fitting++;
				one_page += n == 1;
			} else if (rc == 0 && !tall && which != PRIVICON_OVERVIEW) {
				printf("# %s (%s) takes %zu A4 pages\n", name, lang, n);
				if (n == 3)
					three++;
			}
			checked++;
			pv_pages_free(pages, n);
		}
		if (which == PRIVICON_OVERVIEW)
			check_legend(sheet, lang);
		size_t broken = 0;
		char first_broken[64] = "";
		count_broken_words(&sheet->header, &broken, first_broken, sizeof(first_broken));
		count_broken_words(&sheet->footer, &broken, first_broken, sizeof(first_broken));
		for (size_t b = 0; b < sheet->n_body; b++)
			count_broken_words(&sheet->body[b], &broken, first_broken, sizeof(first_broken));
		CHECK(broken == 0, "%s (%s): no word is broken over two lines (%zu: \"%s\")", name,
		      lang, broken, first_broken);
		CHECK(sheet->title && *sheet->title && sheet->desc && strlen(sheet->desc) > 100,
		      "%s (%s) has a title and a text version (%zu bytes)", name, lang,
		      sheet->desc ? strlen(sheet->desc) : 0);
		pv_sheet_free(sheet);
	}
	CHECK(failures == 0 && checked == 2 * (notice->n_activities + 1),
	      "every sheet of the example (%zu activities + overview) lays out without overflow, "
	      "overlap or cut in %s, on A4 pages and tall",
	      notice->n_activities, lang);
	/* One activity on one A4 page where it fits: a sheet that fits with
	 * the tighter layout (36 px icons) takes one page. With 48 px icons
	 * none of the 19 example sheets did; with the tighter layout 4 in
	 * Dutch and 5 in English do (the number moves with the example). */
	CHECK(one_page >= 1, "in %s at least one example activity fits one A4 page (%zu)", lang,
	      one_page);
	CHECK(fitting + three == notice->n_activities && three <= 1,
	      "every activity sheet takes one or two A4 pages in %s, at most one takes three "
	      "(%zu of %zu in two or fewer)", lang, fitting,
	      notice->n_activities);
	pv_layout_done(&lo);
	pv_notice_free(notice);
	pv_catalogue_free(cat);
}

/* A register with far too much to say: rows grow, a PDF goes on onto more
 * pages, a tall sheet grows, and nothing overlaps. */
static void test_long_content(privicon_register *reg)
{
	pv_catalogue *cat = NULL;
	pv_notice *notice = NULL;
	pv_layout lo;
	char err[256];
	static char long_text[3000];

	memset(long_text, 0, sizeof(long_text));
	for (size_t i = 0; strlen(long_text) + 60 < sizeof(long_text); i++)
		strcat(long_text, i % 3 ? "verwerkingsverantwoordelijkheid en " : "gegevens ");
	if (pv_catalogue_load(&cat, NULL, err, sizeof(err)) != 0 ||
	    pv_notice_build(&notice, reg, cat, "nl") != 0 || pv_layout_init(&lo, cat, reg, "nl") != 0) {
		CHECK(0, "notice for the long-content test");
		pv_notice_free(notice);
		pv_catalogue_free(cat);
		return;
	}
	/* Make every caption of activity 0 long. */
	pv_notice_activity *na = &notice->activities[0];
	for (int q = 0; q < PV_Q_COUNT; q++)
		for (size_t k = 0; k < na->rows[q].n_items; k++) {
			free(na->rows[q].items[k].caption);
			na->rows[q].items[k].caption = strdup(long_text + (k * 97) % 1500);
		}
	pv_sheet *sheet = NULL;
	int rc = pv_layout_activity(&sheet, &lo, notice, 0);
	CHECK(rc == 0, "a sheet with very long captions lays out (rc %d %s)", rc, lo.error.en);
	if (rc == 0) {
		pv_page *pages = NULL;
		size_t n = 0;
		char why[160] = "";
		parts = 0;
		rc = pv_sheet_paginate(&pages, &n, sheet, 0, &lo);
		CHECK(rc == 0 && n > 1 && pages_sound(pages, n, sheet->page_height, 0, why, sizeof(why)),
		      "on A4 it goes on over %zu pages without overlap (rc %d %s) %s", n, rc,
		      rc ? lo.error.en : "", why);
		CHECK(parts >= 2, "a row taller than a page is shown in %zu parts", parts);
		pv_pages_free(pages, n);
		rc = pv_sheet_paginate(&pages, &n, sheet, 1, &lo);
		CHECK(rc == 0 && n == 1 && pages[0].height > 2 * 1123 &&
		          pages_sound(pages, n, sheet->page_height, 1, why, sizeof(why)),
		      "tall it grows to %.0f px without overlap %s", n ? pages[0].height : 0.0, why);
		pv_pages_free(pages, n);
	}
	pv_sheet_free(sheet);
	pv_layout_done(&lo);
	pv_notice_free(notice);
	pv_catalogue_free(cat);
}

/* ---- the public API --------------------------------------------------------------- */

static int png_size(const unsigned char *d, size_t n, unsigned *w, unsigned *h)
{
	if (n < 24 || memcmp(d, "\x89PNG\r\n\x1a\n", 8) != 0 || memcmp(d + 12, "IHDR", 4) != 0)
		return -1;
	*w = (unsigned)d[16] << 24 | (unsigned)d[17] << 16 | (unsigned)d[18] << 8 | d[19];
	*h = (unsigned)d[20] << 24 | (unsigned)d[21] << 16 | (unsigned)d[22] << 8 | d[23];
	return 0;
}

static void test_png(const privicon_register *reg)
{
	unsigned char *a = NULL, *b = NULL;
	size_t na = 0, nb = 0;
	unsigned w, h;
	privicon_render_options o1 = {.lang = "nl", .scale = 1}, o2 = {.lang = "nl", .scale = 2};
	size_t fit = (size_t)-1;

	unsigned h_fit = 0;
	/* The shortest sheet for the exact sizes (at 11 pt print most sheets
	 * are taller than A4; a tall PNG is as high as its content). */
	for (size_t i = 0; i < reg->n_activities; i++) {
		if (privicon_render_sheet(&a, &na, NULL, reg, i, PRIVICON_FORMAT_PNG, &o1) == 0 &&
		    png_size(a, na, &w, &h) == 0 && (fit == (size_t)-1 || h < h_fit)) {
			fit = i;
			h_fit = h;
		}
		privicon_free(a);
		a = NULL;
	}
	CHECK(fit != (size_t)-1, "an example sheet renders as PNG");
	if (fit == (size_t)-1)
		return;
	double t0 = now_ms();
	int rc = privicon_render_sheet(&a, &na, NULL, reg, fit, PRIVICON_FORMAT_PNG, &o1);
	double t1 = now_ms();
	CHECK(rc == 0 && png_size(a, na, &w, &h) == 0 && w == 794 && h == h_fit && h >= 1123,
	      "PNG at scale 1 is 794 wide and at least 1123 high (%u x %u)", w, h);
	rc = privicon_render_sheet(&b, &nb, NULL, reg, fit, PRIVICON_FORMAT_PNG, &o2);
	CHECK(rc == 0 && png_size(b, nb, &w, &h) == 0 && w == 1588 && h == 2 * h_fit,
	      "PNG at scale 2 is twice as large (%u x %u)", w, h);
	printf("# PNG sheet at scale 1: %.1f ms (catalogue, notice, layout, drawing, PNG)\n", t1 - t0);

	/* Not blank: the header band is blue, the body has dark text. */
	cairo_surface_t *s = decode_png(a, na);
	if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
		const unsigned char *px = cairo_image_surface_get_data(s);
		int stride = cairo_image_surface_get_stride(s);
		uint32_t band = *(const uint32_t *)(px + 5 * stride + 5 * 4) & 0xffffff;
		size_t dark = 0;
		for (int y = 200; y < 1000; y++)
			for (int x = 0; x < 794; x++)
				if ((*(const uint32_t *)(px + y * stride + x * 4) & 0xff) < 0x60)
					dark++;
		CHECK(band == 0x154273u, "the header band is lintblauw #154273 (%06x)", band);
		CHECK(dark > 5000, "the body has text and icons (%zu dark pixels)", dark);
	} else {
		CHECK(0, "the PNG decodes");
	}
	cairo_surface_destroy(s);
	privicon_free(a);
	privicon_free(b);

	/* A sheet that does not fit A4 grows, in steps of the scale. */
	rc = privicon_render_sheet(&a, &na, NULL, reg, PRIVICON_OVERVIEW, PRIVICON_FORMAT_PNG, &o1);
	unsigned h1 = 0, h2 = 0;
	CHECK(rc == 0 && png_size(a, na, &w, &h1) == 0 && w == 794 && h1 > 1123,
	      "the overview of %zu activities grows taller than A4 (%u px)", reg->n_activities, h1);
	privicon_free(a);
	rc = privicon_render_sheet(&a, &na, NULL, reg, PRIVICON_OVERVIEW, PRIVICON_FORMAT_PNG, &o2);
	CHECK(rc == 0 && png_size(a, na, &w, &h2) == 0 && w == 1588 && h2 == 2 * h1,
	      "at scale 2 it is twice as large (%u x %u)", w, h2);
	privicon_free(a);
}

/* The ids of an SVG; checks the prefix, uniqueness and that references
 * resolve. Returns the number of ids, or -1. */
static int svg_ids(const unsigned char *svg, size_t n, const char *prefix, char ***ids_out)
{
	xmlDocPtr doc = xmlReadMemory((const char *)svg, (int)n, NULL, NULL, XML_PARSE_NONET);
	char **ids = NULL;
	int count = 0, ok = 1;

	if (!doc)
		return -1;
	/* Walk every element. */
	xmlNodePtr stack[256];
	int sp = 0;
	stack[sp++] = xmlDocGetRootElement(doc);
	while (sp > 0 && ok) {
		xmlNodePtr node = stack[--sp];
		for (; node; node = node->next) {
			if (node->type != XML_ELEMENT_NODE)
				continue;
			for (xmlAttrPtr a = node->properties; a; a = a->next) {
				xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
				const char *s = (const char *)v;
				if (!a->ns && strcmp((const char *)a->name, "id") == 0) {
					if (strncmp(s, prefix, strlen(prefix)) != 0)
						ok = 0;
					ids = realloc(ids, (size_t)(count + 1) * sizeof(*ids));
					ids[count++] = strdup(s);
				} else if (strcmp((const char *)a->name, "href") == 0 && s[0] == '#') {
					if (strncmp(s + 1, prefix, strlen(prefix)) != 0)
						ok = 0;
				} else if (strstr(s, "url(#") && !strstr(s, prefix)) {
					ok = 0;
				}
				xmlFree(v);
			}
			if (node->children && sp < 256)
				stack[sp++] = node->children;
		}
	}
	xmlFreeDoc(doc);
	for (int i = 0; ok && i < count; i++)
		for (int j = i + 1; j < count; j++)
			if (strcmp(ids[i], ids[j]) == 0)
				ok = 0;
	*ids_out = ids;
	return ok ? count : -1;
}

static void free_ids(char **ids, int n)
{
	for (int i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
}

static void test_svg(const privicon_register *reg)
{
	unsigned char *a = NULL, *b = NULL;
	size_t na = 0, nb = 0;
	privicon_render_options o = {.lang = "nl"};
	char pa[128], pb[128];
	char **ia = NULL, **ib = NULL;

	int rc = privicon_render_sheet(&a, &na, NULL, reg, 0, PRIVICON_FORMAT_SVG, &o);
	CHECK(rc == 0 && a, "SVG of activity 0 renders (rc %d)", rc);
	rc = privicon_render_sheet(&b, &nb, NULL, reg, PRIVICON_OVERVIEW, PRIVICON_FORMAT_SVG, &o);
	CHECK(rc == 0 && b, "SVG of the overview renders (rc %d)", rc);
	if (!a || !b) {
		privicon_free(a);
		privicon_free(b);
		return;
	}
	snprintf(pa, sizeof(pa), "pv-%s-", reg->activities[0].id);
	snprintf(pb, sizeof(pb), "pv--overview-");
	int ca = svg_ids(a, na, pa, &ia), cb = svg_ids(b, nb, pb, &ib);
	CHECK(ca > 10, "every id and reference of the sheet starts with %s, ids unique (%d ids)",
	      pa, ca);
	CHECK(cb > 10, "every id and reference of the overview starts with %s (%d ids)", pb, cb);
	int clash = 0;
	for (int i = 0; i < ca; i++)
		for (int j = 0; j < cb; j++)
			if (strcmp(ia[i], ib[j]) == 0)
				clash++;
	CHECK(ca > 0 && cb > 0 && clash == 0, "the two SVGs share no id (%d clashes)", clash);
	free_ids(ia, ca > 0 ? ca : 0);
	free_ids(ib, cb > 0 ? cb : 0);

	const char *s = (const char *)a;
	const char *root = strstr(s, "<svg");
	const char *title = strstr(s, "<title");
	const char *desc = strstr(s, "<desc");
	const char *defs = strstr(s, "<defs");
	CHECK(root && strstr(root, "role=\"img\"") && strstr(s, "width=\"794px\""),
	      "root has role=\"img\" and a width in px");
	CHECK(title && desc && defs && title < desc && desc < defs && root < title,
	      "<title> and <desc> come right after the root element");
	char want[256];
	snprintf(want, sizeof(want), ">%s</title>", reg->activities[0].name.nl);
	CHECK(strstr(s, want) != NULL, "the title is the activity name (%s)", want);
	CHECK(strstr(s, "Welke gegevens?") && strstr(s, "Uw rechten") && strstr(s, "xml:lang=\"nl\""),
	      "the description holds the questions, in Dutch");
	privicon_free(a);
	privicon_free(b);

	/* A custom prefix, and a bad one. */
	o.id_prefix = "page2_";
	rc = privicon_render_sheet(&a, &na, NULL, reg, 0, PRIVICON_FORMAT_SVG, &o);
	CHECK(rc == 0 && (ca = svg_ids(a, na, "page2_", &ia)) > 0, "a custom id prefix is used");
	if (rc == 0)
		free_ids(ia, ca > 0 ? ca : 0);
	privicon_free(a);
	o.id_prefix = "bad prefix\"";
	rc = privicon_render_sheet(&a, &na, NULL, reg, 0, PRIVICON_FORMAT_SVG, &o);
	CHECK(rc == PRIVICON_EINVAL && !a && na == 0, "an id prefix with a quote is refused");
}

/* Whether the bytes hold `needle` (PDFs have binary streams: no strstr). */
static int has(const unsigned char *d, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (memcmp(d + i, needle, k) == 0)
			return 1;
	return 0;
}

/* Object count of "/Type /Page" (not /Pages) in a PDF. */
static int pdf_pages(const unsigned char *d, size_t n)
{
	int count = 0;
	for (size_t i = 0; i + 11 <= n; i++)
		if (memcmp(d + i, "/Type /Page", 11) == 0 && (i + 11 == n || d[i + 11] != 's'))
			count++;
	return count;
}

/* Every in-use xref entry points at its object. */
static int pdf_xref_ok(const unsigned char *d, size_t n)
{
	const char *s = (const char *)d;
	const char *sx = NULL;
	for (size_t i = n > 200 ? n - 200 : 0; i + 9 <= n; i++)
		if (memcmp(d + i, "startxref", 9) == 0)
			sx = s + i;
	if (!sx)
		return 0;
	size_t xref = strtoul(sx + 10, NULL, 10);
	if (xref >= n || strncmp(s + xref, "xref\n0 ", 7) != 0)
		return 0;
	char *end;
	unsigned long count = strtoul(s + xref + 7, &end, 10);
	const char *e = end + 1;
	for (unsigned long i = 0; i < count; i++, e += 20) {
		if (e[17] != 'n')
			continue;
		size_t off = strtoul(e, NULL, 10);
		char head[32];
		int hn = snprintf(head, sizeof(head), "%lu 0 obj", i);
		if (off + (size_t)hn > n || memcmp(d + off, head, (size_t)hn) != 0)
			return 0;
	}
	return 1;
}

static void test_pdf(const privicon_register *reg)
{
	unsigned char *a = NULL, *b = NULL;
	size_t na = 0, nb = 0;
	privicon_render_options o = {.lang = "en"};

	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	int rc = privicon_render_pdf(&a, &na, NULL, reg, &o);
	CHECK(rc == 0 && a && na > 1000 && memcmp(a, "%PDF-", 5) == 0, "the PDF renders (rc %d)", rc);
	if (!a)
		return;
	int pages = pdf_pages(a, na);
	CHECK(pages >= (int)reg->n_activities + 1,
	      "the PDF has a page per activity plus the overview (%d pages, %zu activities)", pages,
	      reg->n_activities);
	CHECK(has(a, na, "/Lang (en-GB)"), "/Lang (en-GB) is in the catalogue");
	CHECK(pdf_xref_ok(a, na), "every xref offset points at its object after the insertion");
	CHECK(has(a, na, "/CreationDate (20231114221320Z)") && has(a, na, "/ModDate (20231114221320Z)"),
	      "CreationDate comes from SOURCE_DATE_EPOCH");
	CHECK(has(a, na, "/Title (Processing of personal data") || has(a, na, "/Title <"),
	      "the PDF has a title");
	CHECK(has(a, na, "/MediaBox [ 0 0 595.28 841.89 ]") ||
	          has(a, na, "/MediaBox [0 0 595.28 841.89]"),
	      "pages are A4 (595.28 x 841.89 pt)");
	CHECK(has(a, na, "/Outlines"), "the PDF has bookmarks");

	rc = privicon_render_pdf(&b, &nb, NULL, reg, &o);
	CHECK(rc == 0 && na == nb && memcmp(a, b, na) == 0,
	      "two PDFs with SOURCE_DATE_EPOCH are the same bytes (%zu, %zu)", na, nb);
	privicon_free(b);
	b = NULL;

	privicon_diagnostics *d = NULL;
	privicon_diagnostics_new(&d);
	setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
	rc = privicon_render_pdf(&b, &nb, d, reg, &o);
	CHECK(rc == PRIVICON_EINVAL && !b && privicon_diagnostics_count(d) == 1,
	      "a malformed SOURCE_DATE_EPOCH is refused with a message (rc %d)", rc);
	privicon_diagnostics_free(d);
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	privicon_free(a);
}

static void test_determinism(const privicon_register *reg)
{
	privicon_format formats[] = {PRIVICON_FORMAT_SVG, PRIVICON_FORMAT_PNG};
	privicon_render_options o = {.lang = "nl", .scale = 2};
	for (int f = 0; f < 2; f++) {
		unsigned char *a = NULL, *b = NULL;
		size_t na = 0, nb = 0;
		int ra = privicon_render_sheet(&a, &na, NULL, reg, 1, formats[f], &o);
		int rb = privicon_render_sheet(&b, &nb, NULL, reg, 1, formats[f], &o);
		CHECK(ra == 0 && rb == 0 && na == nb && memcmp(a, b, na) == 0,
		      "two %s renders of one sheet are the same bytes",
		      formats[f] == PRIVICON_FORMAT_SVG ? "SVG" : "PNG");
		privicon_free(a);
		privicon_free(b);
	}
}

/* A renderer gives the bytes of the one-call functions, sheet after sheet
 * and in any order, and the same PDF. */
static void test_renderer(const privicon_register *reg)
{
	privicon_render_options o = {.lang = "en", .scale = 1};
	privicon_renderer *r = NULL;
	size_t n = privicon_register_activity_count(reg);
	size_t order[] = {n - 1, 0, PRIVICON_OVERVIEW, 1, n - 1};
	privicon_format formats[] = {PRIVICON_FORMAT_PNG, PRIVICON_FORMAT_SVG};
	int same = 1;

	CHECK(privicon_renderer_new(&r, NULL, reg, &o) == 0 && r, "a renderer is made");
	if (!r)
		return;
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		for (int f = 0; f < 2; f++) {
			unsigned char *a = NULL, *b = NULL;
			size_t na = 0, nb = 0;
			int ra = privicon_renderer_sheet(&a, &na, NULL, r, order[i], formats[f]);
			int rb = privicon_render_sheet(&b, &nb, NULL, reg, order[i], formats[f], &o);
			if (ra != 0 || rb != 0 || na != nb || memcmp(a, b, na) != 0)
				same = 0;
			privicon_free(a);
			privicon_free(b);
		}
	}
	CHECK(same, "the renderer's PNG and SVG sheets are the bytes of privicon_render_sheet()");

	unsigned char *a = NULL, *b = NULL;
	size_t na = 0, nb = 0;
	int ra = privicon_renderer_pdf(&a, &na, NULL, r);
	int rb = privicon_render_pdf(&b, &nb, NULL, reg, &o);
	CHECK(ra == 0 && rb == 0 && na == nb && memcmp(a, b, na) == 0,
	      "the renderer's PDF is the bytes of privicon_render_pdf()");
	privicon_free(a);
	privicon_free(b);

	unsigned char *out = NULL;
	size_t size = 0;
	CHECK(privicon_renderer_sheet(&out, &size, NULL, r, n, PRIVICON_FORMAT_SVG) ==
	              PRIVICON_EINVAL && !out,
	      "the renderer refuses an activity past the end");
	privicon_renderer_free(r);
	privicon_renderer_free(NULL);

	privicon_render_options bad = {.lang = "fr"};
	r = NULL;
	CHECK(privicon_renderer_new(&r, NULL, reg, &bad) == PRIVICON_EINVAL && !r,
	      "a renderer with a bad language is refused");
}

static void test_arguments(const privicon_register *reg)
{
	unsigned char *out = (unsigned char *)"x";
	size_t size = 7;
	privicon_render_options bad_scale = {.scale = 5}, bad_lang = {.lang = "de"};

	CHECK(privicon_render_sheet(&out, &size, NULL, reg, reg->n_activities, PRIVICON_FORMAT_SVG,
	                            NULL) == PRIVICON_EINVAL &&
	          out == NULL && size == 0,
	      "an activity out of range is EINVAL and clears the out-parameters");
	CHECK(privicon_render_sheet(&out, &size, NULL, reg, 0, PRIVICON_FORMAT_PDF, NULL) == 0 &&
	          size > 5 && memcmp(out, "%PDF-", 5) == 0,
	      "a single sheet as PDF: that sheet alone");
	privicon_free(out);
	out = NULL;
	CHECK(privicon_render_sheet(&out, &size, NULL, reg, 0,
	                            PRIVICON_FORMAT_PDF | PRIVICON_FORMAT_PNG, NULL) == PRIVICON_EINVAL,
	      "two formats at once are EINVAL");
	CHECK(privicon_render_sheet(&out, &size, NULL, reg, 0, PRIVICON_FORMAT_PNG, &bad_scale) ==
	          PRIVICON_EINVAL,
	      "scale 5 is EINVAL");
	CHECK(privicon_render_sheet(&out, &size, NULL, reg, 0, PRIVICON_FORMAT_PNG, &bad_lang) ==
	          PRIVICON_EINVAL,
	      "language de is EINVAL");
	CHECK(privicon_render_sheet(&out, &size, NULL, NULL, 0, PRIVICON_FORMAT_PNG, NULL) ==
	          PRIVICON_EINVAL,
	      "no register is EINVAL");
	CHECK(privicon_render_icon(&out, &size, NULL, "no-such-icon", PRIVICON_FORMAT_PNG, 48, NULL,
	                           NULL) == PRIVICON_EINVAL,
	      "an unknown icon is EINVAL");
	CHECK(privicon_render_icon(&out, &size, NULL, "data-health", PRIVICON_FORMAT_PNG, 48, "red",
	                           NULL) == PRIVICON_EINVAL,
	      "a colour that is not #RRGGBB is EINVAL");
	privicon_diagnostics *d = NULL;
	privicon_diagnostics_new(&d);
	privicon_render_options missing = {.icons_dir = SOURCE_DIR "/no-such-dir"};
	int rc = privicon_render_sheet(&out, &size, d, reg, 0, PRIVICON_FORMAT_PNG, &missing);
	CHECK(rc != 0 && out == NULL && privicon_diagnostics_count(d) == 1,
	      "a missing icons directory fails with a diagnostic (rc %d: %s)", rc,
	      privicon_diagnostics_count(d) ? privicon_diagnostic_message(d, 0, "en") : "");
	privicon_diagnostics_free(d);
	privicon_free(NULL);
}

static void test_icons(void)
{
	char **ids = NULL;
	size_t n = 0;
	int rc = privicon_icon_ids(&ids, &n, NULL, NULL);
	CHECK(rc == 0 && n > 40 && ids && ids[n] == NULL, "the catalogue lists %zu icons", n);
	if (rc != 0)
		return;
	unsigned char **px = calloc(n, sizeof(*px));
	int stride = 0, bad = 0, same = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char *png = NULL;
		size_t size = 0;
		rc = privicon_render_icon(&png, &size, NULL, ids[i], PRIVICON_FORMAT_PNG, 48, NULL, NULL);
		cairo_surface_t *s = rc == 0 ? decode_png(png, size) : NULL;
		size_t ink = 0;
		if (s && cairo_surface_status(s) == CAIRO_STATUS_SUCCESS &&
		    cairo_image_surface_get_width(s) == 48 && cairo_image_surface_get_height(s) == 48) {
			stride = cairo_image_surface_get_stride(s);
			px[i] = malloc((size_t)stride * 48);
			memcpy(px[i], cairo_image_surface_get_data(s), (size_t)stride * 48);
			for (int k = 0; k < stride * 48; k += 4)
				if (px[i][k + 3] > 0x80) /* alpha */
					ink++;
		}
		if (!px[i] || ink < 40) {
			CHECK(0, "icon %s renders non-empty at 48 px (%zu inked pixels)", ids[i], ink);
			bad++;
		}
		if (s)
			cairo_surface_destroy(s);
		privicon_free(png);
	}
	CHECK(bad == 0, "all %zu icons render non-empty at 48 px", n);
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (px[i] && px[j] && memcmp(px[i], px[j], (size_t)stride * 48) == 0) {
				CHECK(0, "icons %s and %s differ", ids[i], ids[j]);
				same++;
			}
	CHECK(same == 0, "every icon differs from every other at 48 px");
	for (size_t i = 0; i < n; i++)
		free(px[i]);
	free(px);

	unsigned char *svg = NULL;
	size_t size = 0;
	rc = privicon_render_icon(&svg, &size, NULL, "data-health", PRIVICON_FORMAT_SVG, 0,
	                          "#a4262c", &(privicon_render_options){.lang = "en"});
	CHECK(rc == 0 && strstr((char *)svg, "role=\"img\"") && strstr((char *)svg, "<title>") &&
	          strstr((char *)svg, "color=\"#a4262c\"") && strstr((char *)svg, "xml:lang=\"en\""),
	      "an icon SVG has role=\"img\", a <title>, the colour and the language");
	privicon_free(svg);

	rc = privicon_render_sprite(&svg, &size, NULL, NULL);
	size_t symbols = 0;
	for (const char *p = (const char *)svg; rc == 0 && (p = strstr(p, "<symbol id=\"privicon-")); p++)
		symbols++;
	CHECK(rc == 0 && symbols == n, "the sprite has one symbol per icon (%zu of %zu)", symbols, n);
	xmlDocPtr doc = rc == 0 ? xmlReadMemory((char *)svg, (int)size, NULL, NULL, XML_PARSE_NONET) : NULL;
	CHECK(doc != NULL, "the sprite is well-formed XML");
	xmlFreeDoc(doc);
	CHECK(rc == 0 && strstr((char *)svg, "<symbol id=\"privicon-data-health\" viewBox=\"0 0 48 48\"><title>"),
	      "a symbol has a viewBox and a <title> first");
	privicon_free(svg);
	privicon_free(ids);
}

/* A theme's colours reach the sheet: the header band takes its primary. */
static void test_theme(const privicon_register *reg)
{
	static const char json[] =
		"{\"privicon\": {\"color\": {\"primary\": {\"value\": \"#0b3d2e\"},"
		" \"surface\": {\"value\": \"#f4f7f2\"}}}}";
	privicon_theme *theme = NULL;
	privicon_diagnostics *d = NULL;
	unsigned char *png = NULL;
	size_t size = 0;

	privicon_diagnostics_new(&d);
	int rc = privicon_theme_load_memory(&theme, d, "green.json", json, sizeof(json) - 1);
	CHECK(rc == 0, "a green theme loads (rc %d)", rc);
	privicon_render_options o = {.lang = "nl", .theme = theme};
	rc = rc ? rc : privicon_render_sheet(&png, &size, d, reg, 0, PRIVICON_FORMAT_PNG, &o);
	cairo_surface_t *s = rc == 0 ? decode_png(png, size) : NULL;
	uint32_t band = 0;
	if (s && cairo_surface_status(s) == CAIRO_STATUS_SUCCESS)
		band = *(const uint32_t *)(cairo_image_surface_get_data(s) +
		                           5 * cairo_image_surface_get_stride(s) + 5 * 4) & 0xffffff;
	CHECK(band == 0x0b3d2e, "the theme's primary colours the header band (%06x)", band);
	if (s)
		cairo_surface_destroy(s);
	privicon_free(png);
	privicon_theme_free(theme);
	privicon_diagnostics_free(d);
}

static void test_timing(const privicon_register *reg)
{
	privicon_render_options o = {.lang = "nl"};
	double t0 = now_ms();
	size_t n = reg->n_activities;
	for (size_t i = 0; i < n; i++) {
		unsigned char *png = NULL;
		size_t size;
		privicon_render_sheet(&png, &size, NULL, reg, i, PRIVICON_FORMAT_PNG, &o);
		privicon_free(png);
	}
	double t = now_ms() - t0;
	printf("# %zu PNG sheets at scale 1: %.1f ms, %.1f ms per sheet\n", n, t, t / (double)n);
	CHECK(n > 0, "timed %zu sheets", n);
}

int main(void)
{
	test_palette();
	privicon_register *reg = load_example();
	if (!reg)
		return check_exit_status();
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	test_overflow_detection(reg);
	test_example_layouts(reg, "nl");
	test_example_layouts(reg, "en");
	test_long_content(reg);
	test_png(reg);
	test_svg(reg);
	test_pdf(reg);
	test_determinism(reg);
	test_renderer(reg);
	test_arguments(reg);
	test_icons();
	test_theme(reg);
	test_timing(reg);
	privicon_register_free(reg);
	return check_exit_status();
}
