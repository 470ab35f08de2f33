/*
 * sheet.h - draws a laid-out sheet (layout.h) onto any cairo context:
 * an image surface (PNG), an SVG surface or a PDF surface. The context's
 * user space is CSS px with (0, 0) at the page's top-left corner; the
 * caller scales it for the surface (2x for PNG, pt for PDF).
 *
 * Icons are drawn with librsvg from the catalogue's SVG source with a
 * user stylesheet that sets currentColor, so they stay vectors in SVG and
 * PDF. Each icon is parsed and drawn directly: DESIGN.md measured caching
 * it as a recording surface to be about 40 times slower to paint.
 */
#ifndef PRIVICON_SHEET_H
#define PRIVICON_SHEET_H

#include <stddef.h>

#include <cairo.h>

#include "layout.h"

/* Draws `page` (its background colour included). Returns 0,
 * PRIVICON_ENOMEM, PRIVICON_EINVALID (an icon source librsvg cannot
 * read; the reason in `err`) or PRIVICON_EIO (cairo failed; idem). */
int pv_sheet_draw_page(cairo_t *cr, const pv_page *page, char *err, size_t err_size);

/* Draws an SVG icon source scaled into the square (x, y, size) with
 * currentColor = `color` (0xRRGGBB). Same returns. */
int pv_icon_draw(cairo_t *cr, const char *svg, size_t svg_size, double x, double y,
                 double size, unsigned color, char *err, size_t err_size);

#endif
