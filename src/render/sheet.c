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

static int draw_op(cairo_t *cr, const pv_op *op, double top, pv_icon_cache *icons, char *err,
                   size_t err_size)
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
		cairo_move_to(cr, op->x, top + op->y);
		/* Not pango_cairo_update_layout(): the layout was measured in
		 * the layout's own context and must be drawn exactly so. */
		pango_cairo_show_layout(cr, op->text);
		cairo_new_path(cr);
		break;
	case PV_OP_ICON:
		return draw_icon_op(cr, op, top, icons, err, err_size);
	}
	return cairo_failed(cr, err, err_size);
}

int pv_sheet_draw_page(cairo_t *cr, const pv_page *page, pv_icon_cache *icons, char *err,
                       size_t err_size)
{
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
		for (size_t k = 0; rc == 0 && k < b->n_ops; k++)
			rc = draw_op(cr, &b->ops[k], pl->y - pl->from, icons, err, err_size);
		if (part)
			cairo_restore(cr);
	}
	cairo_restore(cr);
	if (rc == 0)
		rc = cairo_failed(cr, err, err_size);
	return rc;
}
