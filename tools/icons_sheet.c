/*
 * icons_sheet.c - the contact sheet of the icon set (`make icons-sheet`):
 * every icon of a catalogue directory at 48 and 24 px, in colour and in
 * greyscale, grouped by question, written as one PNG.
 *
 *   icons-sheet ICON_DIR OUT.png
 *
 * Colour: the default theme's icon blue, and its attention red for icons
 * that carry the attention marker (as the sheets draw them). Greyscale:
 * the same pixels as a black-and-white printer puts them on paper (the
 * luminance of the colour rendering on white), which is where the marker
 * has to carry "attention" alone. Exit status 0, or 2 with a message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "notice/catalogue.h"
#include "render/sheet.h"

#define ICON_BLUE 0x154273u /* themes/default.json: primary / icon */
#define ATTENTION_RED 0xa4262cu /* themes/default.json: attention */
#define COLS 5
#define CELL_W 232
#define CELL_H 92
#define MARGIN 16
#define TITLE_H 56
#define SECTION_H 30

static void text(cairo_t *cr, double x, double y, const char *s, const char *font,
                 double r, double g, double b)
{
	PangoLayout *pl = pango_cairo_create_layout(cr);
	PangoFontDescription *fd = pango_font_description_from_string(font);
	pango_layout_set_font_description(pl, fd);
	pango_layout_set_text(pl, s, -1);
	cairo_set_source_rgb(cr, r, g, b);
	cairo_move_to(cr, x, y);
	pango_cairo_show_layout(cr, pl);
	pango_font_description_free(fd);
	g_object_unref(pl);
}

/* Turns the pixels of the square (x, y, w, h) into their luminance
 * (Rec. 709 weights on the sRGB values: what a greyscale print keeps). */
static void to_grey(cairo_surface_t *s, int x0, int y0, int w, int h)
{
	unsigned char *d = cairo_image_surface_get_data(s);
	int stride = cairo_image_surface_get_stride(s);
	for (int y = y0; y < y0 + h; y++)
		for (int x = x0; x < x0 + w; x++) {
			unsigned char *p = d + y * stride + x * 4; /* B G R A, opaque */
			unsigned v = (unsigned)(0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2] + 0.5);
			p[0] = p[1] = p[2] = (unsigned char)(v > 255 ? 255 : v);
		}
}

/* Rows the icons of question `q` take. */
static size_t rows_of(const pv_catalogue *cat, const char *q)
{
	size_t n = 0;
	for (size_t i = 0; i < pv_catalogue_icon_count(cat); i++)
		n += strcmp(pv_catalogue_icon_at(cat, i)->question, q) == 0;
	return (n + COLS - 1) / COLS;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: icons-sheet ICON_DIR OUT.png\n");
		return 2;
	}
	pv_catalogue *cat = NULL;
	char err[256];
	if (pv_catalogue_load(&cat, argv[1], err, sizeof(err)) != 0) {
		fprintf(stderr, "icons-sheet: %s: %s\n", argv[1], err);
		return 2;
	}
	size_t nq = pv_catalogue_question_count(cat), rows = 0;
	for (size_t q = 0; q < nq; q++)
		rows += rows_of(cat, pv_catalogue_question_at(cat, q)->id);
	int width = 2 * MARGIN + COLS * CELL_W;
	int height = 2 * MARGIN + TITLE_H + (int)nq * SECTION_H + (int)rows * CELL_H;
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
	cairo_t *cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	text(cr, MARGIN, MARGIN,
	     "privicon icons: 48 px and 24 px in colour, then the same in greyscale",
	     "DejaVu Sans Bold 13px", 0.1, 0.1, 0.1);
	text(cr, MARGIN, MARGIN + 22,
	     "Colour: icon blue #154273, attention red #a4262c for icons with the attention "
	     "marker. Greyscale: the luminance a black-and-white print keeps.",
	     "DejaVu Sans 11px", 0.3, 0.3, 0.3);
	int y = MARGIN + TITLE_H, rc = 0;
	for (size_t q = 0; q < nq && rc == 0; q++) {
		const pv_question_info *qi = pv_catalogue_question_at(cat, q);
		char title[160];
		snprintf(title, sizeof(title), "%s / %s", qi->en, qi->nl);
		cairo_set_source_rgb(cr, 0.76, 0.80, 0.85);
		cairo_rectangle(cr, MARGIN, y + SECTION_H - 4, width - 2 * MARGIN, 1);
		cairo_fill(cr);
		text(cr, MARGIN, y + 6, title, "DejaVu Sans Bold 12px", 0.1, 0.1, 0.1);
		y += SECTION_H;
		size_t k = 0;
		for (size_t i = 0; i < pv_catalogue_icon_count(cat) && rc == 0; i++) {
			const pv_icon *icon = pv_catalogue_icon_at(cat, i);
			if (strcmp(icon->question, qi->id) != 0)
				continue;
			int x = MARGIN + (int)(k % COLS) * CELL_W, cy = y + (int)(k / COLS) * CELL_H;
			unsigned color = pv_icon_marker_of(icon) == PV_MARKER_ATTENTION ? ATTENTION_RED
			                                                                  : ICON_BLUE;
			/* colour 48 | colour 24 | grey 48 | grey 24 */
			const int xs[4] = {x, x + 54, x + 112, x + 166}, sizes[4] = {48, 24, 48, 24};
			for (int v = 0; v < 4 && rc == 0; v++)
				rc = pv_icon_draw(cr, icon->svg, icon->svg_size, xs[v], cy + 4, sizes[v],
				                  color, err, sizeof(err));
			cairo_surface_flush(s);
			to_grey(s, x + 108, cy, 100, 56);
			cairo_surface_mark_dirty(s);
			cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
			cairo_rectangle(cr, x + 105, cy + 4, 1, 48);
			cairo_fill(cr);
			text(cr, x, cy + 58, icon->id, "DejaVu Sans 10px", 0.15, 0.15, 0.15);
			k++;
		}
		y += (int)rows_of(cat, qi->id) * CELL_H;
	}
	cairo_destroy(cr);
	if (rc != 0) {
		fprintf(stderr, "icons-sheet: %s\n", err);
	} else if (cairo_surface_write_to_png(s, argv[2]) != CAIRO_STATUS_SUCCESS) {
		fprintf(stderr, "icons-sheet: cannot write %s\n", argv[2]);
		rc = 2;
	}
	cairo_surface_destroy(s);
	pv_catalogue_free(cat);
	return rc ? 2 : 0;
}
