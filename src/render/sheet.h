/*
 * sheet.h - draws a laid-out sheet (layout.h) onto any cairo context:
 * an image surface (PNG), an SVG surface or a PDF surface. The context's
 * user space is CSS px with (0, 0) at the page's top-left corner; the
 * caller scales it for the surface (2x for PNG, pt for PDF).
 *
 * Icons are drawn with librsvg from the catalogue's SVG source with a
 * user stylesheet that sets currentColor, so they stay vectors in SVG and
 * PDF. Each icon is drawn directly: DESIGN.md measured caching it as a
 * recording surface to be about 40 times slower to paint. What is cached
 * (pv_icon_cache) is the parsed icon: parsing the source took half of the
 * time an icon cost.
 *
 * Ownership: pv_icon_cache_new() returns a cache the caller frees with
 * pv_icon_cache_free(). Its keys are the addresses of the icon sources, so
 * it must not outlive the catalogue whose icons it draws. A cache is used
 * by one thread at a time.
 */
#ifndef PRIVICON_SHEET_H
#define PRIVICON_SHEET_H

#include <stddef.h>

#include <cairo.h>

#include "render/layout.h"
#include "render/pdftags.h"

typedef struct pv_icon_cache pv_icon_cache;

/* An empty cache of parsed icons, by source and colour. Returns 0 or
 * PRIVICON_ENOMEM. */
int pv_icon_cache_new(pv_icon_cache **out);
void pv_icon_cache_free(pv_icon_cache *cache);

/* Draws `page` (its background colour included), its icons parsed once
 * into `icons` (or, when it is NULL, parsed for each drawing). Returns 0,
 * PRIVICON_ENOMEM, PRIVICON_EINVALID (an icon source librsvg cannot
 * read; the reason in `err`) or PRIVICON_EIO (cairo failed; idem). */
int pv_sheet_draw_page(cairo_t *cr, const pv_page *page, pv_icon_cache *icons, char *err,
                       size_t err_size);

/* The same on a PDF surface, with the structure tags of every op
 * (pdftags.h); `last_page` says this is the sheet's last page, where its
 * footer is tagged. Same returns. */
int pv_sheet_draw_tagged_page(cairo_t *cr, const pv_page *page, pv_icon_cache *icons,
                              pv_pdf_tags *tags, int last_page, char *err, size_t err_size);

/* Draws an SVG icon source scaled into the square (x, y, size) with
 * currentColor = `color` (0xRRGGBB). Same returns. */
int pv_icon_draw(cairo_t *cr, const char *svg, size_t svg_size, double x, double y,
                 double size, unsigned color, char *err, size_t err_size);

#endif
