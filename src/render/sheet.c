/*
 * sheet.c - draws laid-out sheets and icons onto cairo (see sheet.h).
 */
#include "render/sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "privicon.h"
#include "render/qr.h"

static void set_color(cairo_t *cr, unsigned rgb)
{
	cairo_set_source_rgb(cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
	                     (rgb & 0xff) / 255.0);
}

static int cairo_failed(cairo_t *cr, char *err, size_t err_size)
{
	cairo_status_t st = cairo_status(cr);
	if (st == CAIRO_STATUS_SUCCESS)
		return 0;
	if (err && err_size)
		snprintf(err, err_size, "cairo: %s", cairo_status_to_string(st));
	return st == CAIRO_STATUS_NO_MEMORY ? PRIVICON_ENOMEM : PRIVICON_EIO;
}

/* Parses an icon source with a user stylesheet that sets currentColor. */
static RsvgHandle *icon_parse(const char *svg, size_t svg_size, unsigned color, GError **error)
{
	char css[32];
	int n = snprintf(css, sizeof(css), "svg{color:#%06x}", color & 0xffffffu);
	RsvgHandle *h = rsvg_handle_new_from_data((const guint8 *)svg, svg_size, error);

	if (h && !rsvg_handle_set_stylesheet(h, (const guint8 *)css, (gsize)n, error)) {
		g_object_unref(h);
		h = NULL;
	}
	return h;
}

/* Draws a parsed icon (h NULL: it could not be parsed) into the square
 * (x, y, size); takes `error` (the parser's, or NULL). */
static int icon_render(cairo_t *cr, RsvgHandle *h, double x, double y, double size,
                       GError *error, char *err, size_t err_size)
{
	RsvgRectangle viewport = {x, y, size, size};
	int rc = 0;

	if (h) {
		cairo_save(cr);
		if (!rsvg_handle_render_document(h, cr, &viewport, &error))
			rc = PRIVICON_EINVALID;
		cairo_restore(cr);
	} else {
		rc = PRIVICON_EINVALID;
	}
	if (rc != 0) {
		if (err && err_size)
			snprintf(err, err_size, "librsvg: %s", error ? error->message : "cannot draw");
		if (error)
			g_error_free(error);
		return rc;
	}
	return cairo_failed(cr, err, err_size);
}

int pv_icon_draw(cairo_t *cr, const char *svg, size_t svg_size, double x, double y,
                 double size, unsigned color, char *err, size_t err_size)
{
	GError *error = NULL;
	RsvgHandle *h = icon_parse(svg, svg_size, color, &error);
	int rc = icon_render(cr, h, x, y, size, error, err, err_size);

	if (h)
		g_object_unref(h);
	return rc;
}

/* ---- parsed icons ------------------------------------------------------- */

typedef struct {
	const char *svg; /* the source's address: the key, with the colour */
	unsigned color;
	RsvgHandle *handle;
} cached_icon;

struct pv_icon_cache {
	cached_icon *icons;
	size_t n, cap;
};

int pv_icon_cache_new(pv_icon_cache **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? 0 : PRIVICON_ENOMEM;
}

void pv_icon_cache_free(pv_icon_cache *cache)
{
	if (!cache)
		return;
	for (size_t i = 0; i < cache->n; i++)
		g_object_unref(cache->icons[i].handle);
	free(cache->icons);
	free(cache);
}

/* The parsed icon for (svg, color), parsed now if it is not cached yet.
 * NULL with *error set when librsvg cannot read it (not cached: the next
 * sheet reports it again), NULL without on out of memory. */
static RsvgHandle *cached_handle(pv_icon_cache *cache, const char *svg, size_t svg_size,
                                 unsigned color, GError **error)
{
	for (size_t i = 0; i < cache->n; i++)
		if (cache->icons[i].svg == svg && cache->icons[i].color == color)
			return cache->icons[i].handle;
	if (cache->n == cache->cap) {
		size_t cap = cache->cap ? cache->cap * 2 : 32;
		cached_icon *bigger = realloc(cache->icons, cap * sizeof(*bigger));
		if (!bigger)
			return NULL;
		cache->icons = bigger;
		cache->cap = cap;
	}
	RsvgHandle *h = icon_parse(svg, svg_size, color, error);
	if (h)
		cache->icons[cache->n++] = (cached_icon){svg, color, h};
	return h;
}

static int draw_icon_op(cairo_t *cr, const pv_op *op, double top, pv_icon_cache *cache,
                        char *err, size_t err_size)
{
	GError *error = NULL;
	RsvgHandle *h;

	if (!cache)
		return pv_icon_draw(cr, op->icon->svg, op->icon->svg_size, op->x, top + op->y, op->w,
		                    op->color, err, err_size);
	h = cached_handle(cache, op->icon->svg, op->icon->svg_size, op->color, &error);
	if (!h && !error)
		return PRIVICON_ENOMEM;
	return icon_render(cr, h, op->x, top + op->y, op->w, error, err, err_size);
}

/*
 * For a tagged PDF: gives the space at each line break its glyph. pango
 * draws that space as PANGO_GLYPH_EMPTY, so cairo 1.16 writes it as a
 * cluster without glyphs, "/Span << /ActualText <feff0020> >> BDC EMC",
 * nested inside the text's marked content. Valid PDF, but poppler's
 * structure reader (MarkedContentOutputDev, poppler 22.12) ends the text
 * of the element at the first nested EMC, so a screen reader built on it
 * heard only the first line of every text. With the space's own glyph
 * (drawn at width 0, as before: nothing visible changes) cairo maps it
 * through the font's ToUnicode like any other character.
 */
static void fill_wrapped_spaces(PangoLayout *pl)
{
	const char *text = pango_layout_get_text(pl);

	for (GSList *l = pango_layout_get_lines(pl); l; l = l->next) {
		PangoLayoutLine *line = l->data;
		for (GSList *r = line->runs; r; r = r->next) {
			PangoGlyphItem *run = r->data;
			PangoGlyphString *gs = run->glyphs;
			hb_codepoint_t space = 0;
			int have = -1;
			for (int i = 0; i < gs->num_glyphs; i++) {
				const char *c = text + run->item->offset + gs->log_clusters[i];
				if (gs->glyphs[i].glyph != PANGO_GLYPH_EMPTY || *c != ' ')
					continue;
				if (have < 0) {
					hb_font_t *hb = pango_font_get_hb_font(run->item->analysis.font);
					have = hb && hb_font_get_nominal_glyph(hb, ' ', &space);
				}
				if (have)
					gs->glyphs[i].glyph = space;
			}
		}
	}
}

/*
 * For a tagged PDF: draws `pl` without ligatures when that leaves every
 * line as it was measured. A ligature ("fi" as one glyph) is one glyph
 * for two characters, which cairo 1.16 writes as a nested
 * "/Span << /ActualText (fi) >> BDC ... EMC": the same reader problem as
 * the line-break space (fill_wrapped_spaces). Kept when turning them off
 * would move a line break or change the size (then the ligature stays and
 * only poppler-based readers stumble).
 */
static void drop_ligatures(PangoLayout *pl)
{
	enum { MAX_LINES = 64 };
	int starts[MAX_LINES];
	PangoRectangle before, after;
	int lines = pango_layout_get_line_count(pl), same;
	PangoAttrList *old = pango_layout_get_attributes(pl);
	PangoAttrList *attrs;
	PangoAttribute *no_liga;

	if (lines > MAX_LINES)
		return;
	for (int i = 0; i < lines; i++)
		starts[i] = pango_layout_get_line_readonly(pl, i)->start_index;
	pango_layout_get_extents(pl, NULL, &before);
	attrs = old ? pango_attr_list_copy(old) : pango_attr_list_new();
	no_liga = pango_attr_font_features_new("liga 0, clig 0");
	if (!attrs || !no_liga) {
		if (attrs)
			pango_attr_list_unref(attrs);
		if (no_liga)
			pango_attribute_destroy(no_liga);
		return;
	}
	if (old)
		pango_attr_list_ref(old);
	pango_attr_list_insert(attrs, no_liga); /* takes no_liga */
	pango_layout_set_attributes(pl, attrs);
	pango_attr_list_unref(attrs);
	pango_layout_get_extents(pl, NULL, &after);
	/* The same lines and height; a line may end a hair shorter or
	 * longer, which pango would have wrapped had it not fitted. */
	same = pango_layout_get_line_count(pl) == lines && after.height == before.height;
	for (int i = 0; same && i < lines; i++)
		same = pango_layout_get_line_readonly(pl, i)->start_index == starts[i];
	if (!same)
		pango_layout_set_attributes(pl, old);
	if (old)
		pango_attr_list_unref(old);
}

/*
 * For a tagged PDF: the hyphens pango adds where it breaks a word inside
 * (a long Dutch compound). pango draws the hyphen as a second glyph of
 * the word's last character, which cairo 1.16 writes as a nested
 * ActualText span (see fill_wrapped_spaces), and a reader would read
 * "burgerservicenum-mer". So the hyphen is taken out of the text and
 * drawn on its own, outside the text's element, like any decoration:
 * the page looks the same, the reader reads "burgerservicenummer".
 */
#define MAX_HYPHENS 64

typedef struct {
	PangoFont *font; /* the run's, owned by the layout */
	PangoGlyphInfo glyph;
	double x, y;     /* the glyph's origin on the baseline */
} added_hyphen;

typedef struct {
	added_hyphen h[MAX_HYPHENS];
	int n;
} added_hyphens;

static PangoGlyph hyphen_glyph(PangoFont *font)
{
	hb_font_t *hb = pango_font_get_hb_font(font);
	hb_codepoint_t g = 0;
	if (hb && (hb_font_get_nominal_glyph(hb, 0x2010, &g) || hb_font_get_nominal_glyph(hb, '-', &g)))
		return g;
	return PANGO_GLYPH_EMPTY;
}

static void take_added_hyphens(PangoLayout *pl, double x0, double y0, added_hyphens *out)
{
	PangoLayoutIter *it = pango_layout_get_iter(pl);

	out->n = 0;
	do {
		PangoLayoutRun *run = pango_layout_iter_get_run(it);
		if (!run || !(run->item->analysis.flags & PANGO_ANALYSIS_FLAG_NEED_HYPHEN) ||
		    run->item->analysis.level % 2 != 0 || run->glyphs->num_glyphs < 2 ||
		    out->n == MAX_HYPHENS)
			continue;
		PangoGlyphString *gs = run->glyphs;
		int last = gs->num_glyphs - 1, x = 0;
		PangoGlyph hyphen = hyphen_glyph(run->item->analysis.font);
		/* The hyphen: the last glyph, in the cluster of the one before. */
		if (gs->log_clusters[last] != gs->log_clusters[last - 1] || hyphen == PANGO_GLYPH_EMPTY ||
		    (gs->glyphs[last].glyph != hyphen && gs->glyphs[last].glyph != PANGO_GLYPH_EMPTY))
			continue;
		PangoRectangle r;
		pango_layout_iter_get_run_extents(it, NULL, &r);
		for (int i = 0; i < last; i++)
			x += gs->glyphs[i].geometry.width;
		added_hyphen *h = &out->h[out->n++];
		h->font = run->item->analysis.font;
		h->glyph = gs->glyphs[last];
		h->glyph.glyph = hyphen;
		h->x = x0 + (double)(r.x + x) / PANGO_SCALE;
		h->y = y0 + (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
		gs->glyphs[last].glyph = PANGO_GLYPH_EMPTY;
	} while (pango_layout_iter_next_run(it));
	pango_layout_iter_free(it);
}

/* Draws the hyphens take_added_hyphens() took out, in `color`. */
static int draw_added_hyphens(cairo_t *cr, const added_hyphens *hy, unsigned color)
{
	PangoGlyphString *one;

	if (hy->n == 0)
		return 0;
	if (!(one = pango_glyph_string_new()))
		return PRIVICON_ENOMEM;
	pango_glyph_string_set_size(one, 1);
	set_color(cr, color);
	for (int i = 0; i < hy->n; i++) {
		one->glyphs[0] = hy->h[i].glyph;
		one->log_clusters[0] = 0;
		cairo_move_to(cr, hy->h[i].x, hy->h[i].y);
		pango_cairo_show_glyph_string(cr, hy->h[i].font, one);
	}
	cairo_new_path(cr);
	pango_glyph_string_free(one);
	return 0;
}

static int draw_op(cairo_t *cr, const pv_op *op, double top, pv_icon_cache *icons,
                   added_hyphens *hyphens, char *err, size_t err_size)
{
	switch (op->kind) {
	case PV_OP_RECT:
		set_color(cr, op->color);
		cairo_rectangle(cr, op->x, top + op->y, op->w, op->h);
		cairo_fill(cr);
		break;
	case PV_OP_LINE:
		set_color(cr, op->color);
		cairo_rectangle(cr, op->x, top + op->y, op->w, op->h);
		cairo_fill(cr);
		break;
	case PV_OP_TEXT:
		set_color(cr, op->color);
		if (hyphens) {
			drop_ligatures(op->text);
			fill_wrapped_spaces(op->text);
			take_added_hyphens(op->text, op->x, top + op->y, hyphens);
		}
		cairo_move_to(cr, op->x, top + op->y);
		/* Not pango_cairo_update_layout(): the layout was measured in
		 * the layout's own context and must be drawn exactly so. */
		pango_cairo_show_layout(cr, op->text);
		cairo_new_path(cr);
		break;
	case PV_OP_ICON:
		return draw_icon_op(cr, op, top, icons, err, err_size);
	case PV_OP_NONE:
		break;
	case PV_OP_QR: {
		/* Dark on white whatever the theme: scanners expect it. */
		int rc = pv_qr_draw(cr, op->qr, op->x, top + op->y, op->w, 0x000000, 0xffffff);
		if (rc == PRIVICON_EINVAL && err && err_size)
			snprintf(err, err_size, "the address is too long for a QR code: %s", op->qr);
		if (rc != 0)
			return rc;
		break;
	}
	}
	return cairo_failed(cr, err, err_size);
}

/* Whether `op` is tagged in placement `pl`: the part of a band cut over
 * pages that shows its top (a text drawn on two pages is read once). */
static int tagged_here(const pv_placement *pl, const pv_op *op)
{
	return (pl->from <= 0 || op->y >= pl->from) &&
	       (pl->to >= pl->band->height || op->y < pl->to);
}

static int draw_page(cairo_t *cr, const pv_page *page, pv_icon_cache *icons,
                     pv_pdf_tags *tags, int last_page, char *err, size_t err_size)
{
	added_hyphens hyphens;
	int rc = 0;

	cairo_save(cr);
	set_color(cr, page->background);
	cairo_rectangle(cr, 0, 0, PV_SHEET_WIDTH, page->height);
	cairo_fill(cr);
	for (size_t i = 0; rc == 0 && i < page->n_placed; i++) {
		const pv_placement *pl = &page->placed[i];
		const pv_band *b = pl->band;
		int part = pl->from > 0 || pl->to < b->height;
		if (part) {
			/* A part of a band cut between lines of text: the clip
			 * only hides what the next page shows. */
			cairo_save(cr);
			cairo_rectangle(cr, 0, pl->y, PV_SHEET_WIDTH, pl->to - pl->from);
			cairo_clip(cr);
		}
		for (size_t k = 0; rc == 0 && k < b->n_ops; k++) {
			const pv_op *op = &b->ops[k];
			int open = 0;
			if (tags)
				rc = pv_pdf_tags_op_begin(tags, cr, b, op, tagged_here(pl, op), last_page,
				                          &open);
			hyphens.n = 0;
			if (rc == 0)
				rc = draw_op(cr, op, pl->y - pl->from, icons, tags ? &hyphens : NULL, err,
				             err_size);
			if (rc == 0 && open)
				rc = pv_pdf_tags_op_end(tags, cr);
			if (rc == 0)
				rc = draw_added_hyphens(cr, &hyphens, op->color);
		}
		if (part)
			cairo_restore(cr);
	}
	cairo_restore(cr);
	if (rc == 0)
		rc = cairo_failed(cr, err, err_size);
	return rc;
}

int pv_sheet_draw_page(cairo_t *cr, const pv_page *page, pv_icon_cache *icons, char *err,
                       size_t err_size)
{
	return draw_page(cr, page, icons, NULL, 0, err, err_size);
}

int pv_sheet_draw_tagged_page(cairo_t *cr, const pv_page *page, pv_icon_cache *icons,
                              pv_pdf_tags *tags, int last_page, char *err, size_t err_size)
{
	int rc = draw_page(cr, page, icons, tags, last_page, err, err_size);
	if (rc != 0 && err && err_size && !err[0])
		snprintf(err, err_size, "cairo: %s", cairo_status_to_string(cairo_status(cr)));
	return rc;
}
