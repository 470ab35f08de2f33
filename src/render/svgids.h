/*
 * svgids.h - post-processing of SVG documents with libxml2.
 *
 * cairo names the parts of an SVG it writes glyph0-1, surface5, clip1,
 * image7, ... in every file, so two sheets inlined in one HTML page would
 * borrow each other's glyphs. Every id and every reference to one
 * (href="#..", xlink:href="#..", url(#..) in any attribute or <style>) is
 * therefore prefixed per file. The same code makes icon sources
 * accessible and builds the sprite.
 *
 * Documents are parsed without network access, entity expansion or DTD
 * loading; a DOCTYPE is refused. Every function returns 0 and a new
 * NUL-terminated document in *out (caller frees with free()), or
 * PRIVICON_ENOMEM, or PRIVICON_EINVALID with the reason in `err`.
 */
#ifndef PRIVICON_SVGIDS_H
#define PRIVICON_SVGIDS_H

#include <stddef.h>

/*
 * A sheet from cairo: renames every id to `prefix` + its leading letters +
 * a counter in document order (cairo's own numbers come from a counter
 * that runs through the process, so they would differ between two
 * renders of one sheet), rewrites every reference to match (and checks
 * that each resolves), sets role="img",
 * aria-labelledby/aria-describedby and xml:lang on the root, and inserts
 * <title>`title`</title><desc>`desc`</desc> right after the root's start.
 */
int pv_svg_finish_sheet(char **out, size_t *out_size, const char *svg, size_t size,
                        const char *prefix, const char *title, const char *desc,
                        const char *lang, char *err, size_t err_size);

/* An icon source for web use: ids prefixed with `prefix`, role="img", a
 * <title> (replacing any), and color="`color`" on the root unless NULL. */
int pv_svg_finish_icon(char **out, size_t *out_size, const char *svg, size_t size,
                       const char *prefix, const char *title, const char *color,
                       const char *lang, char *err, size_t err_size);

typedef struct {
	const char *id;    /* the symbol's id ("privicon-data-location") */
	const char *title; /* its accessible name */
	const char *svg;   /* the icon source */
	size_t svg_size;
} pv_svg_symbol;

/* One SVG with a <symbol> per icon: the source's viewBox (default
 * "0 0 48 48"), a <title>, the source's root presentation attributes on a
 * <g> around its content, its ids prefixed with "<id>-". */
int pv_svg_sprite(char **out, size_t *out_size, const pv_svg_symbol *symbols, size_t n,
                  const char *lang, char *err, size_t err_size);

#endif
