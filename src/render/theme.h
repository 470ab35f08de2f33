/*
 * theme.h - design tokens (colours, font family, spacing) for the HTML
 * page and the rendered sheets, read from a JSON file in the NL Design
 * System style (see theme.c for the token set and themes/default.json
 * for the default theme, which is compiled into the library).
 *
 * A loaded theme is always complete and always accessible: every token
 * the file leaves out comes from the default theme, and a theme whose
 * colours miss the WCAG 2.1 AA contrast ratios is refused when it is
 * loaded, so a renderer never has to check again.
 *
 * Ownership: privicon_theme_load_file() / _memory() (privicon.h) and
 * pv_theme_default() return a theme the caller frees with
 * privicon_theme_free(). Its strings belong to it.
 */
#ifndef PRIVICON_THEME_H
#define PRIVICON_THEME_H

#include <stddef.h>

#include "privicon.h"

/* The colour tokens, under "privicon.color." in the file. */
typedef enum {
	PV_THEME_PRIMARY,    /* header band of the page and the sheets */
	PV_THEME_ON_PRIMARY, /* text on the header band */
	PV_THEME_TEXT,       /* body text */
	PV_THEME_MUTED,      /* secondary text: versions, details */
	PV_THEME_BACKGROUND, /* page and sheet background */
	PV_THEME_SURFACE,    /* shaded rows, cards, the footer */
	PV_THEME_ICON,       /* icons */
	PV_THEME_ATTENTION,  /* attention icons, markers and their word */
	PV_THEME_LINK,       /* links */
	PV_THEME_FOCUS,      /* the keyboard focus outline */
	PV_THEME_RULE,       /* separators (decoration: no contrast needed) */
	PV_THEME_COLOR_COUNT
} pv_theme_color;

struct privicon_theme {
	unsigned color[PV_THEME_COLOR_COUNT]; /* 0xRRGGBB */
	char *font_family;  /* a CSS font-family value, checked safe for CSS */
	char *sheet_font;   /* the same list for pango (no quotes), or NULL when
	                       the theme file did not set it: sheets then keep
	                       their fixed font (DejaVu Sans) so the layout is
	                       the same on every machine */
	char space[16];     /* a CSS length, "8px" or "0.5rem" */
	double space_px;    /* the same in px (1 rem = 16 px) */
};

/* The default theme (themes/default.json, compiled in). Returns 0,
 * PRIVICON_ENOMEM, or PRIVICON_EINVALID when the built-in file is missing
 * or broken (a build problem; the test suite checks it). */
int pv_theme_default(privicon_theme **out);

/* The token name of colour `c` ("color.primary"). */
const char *pv_theme_color_name(pv_theme_color c);

/* WCAG 2.1 contrast ratio of two 0xRRGGBB colours (1 to 21). */
double pv_contrast_ratio(unsigned a, unsigned b);

/* A colour as "#rrggbb" into buf (at least 8 bytes). */
void pv_theme_hex(char *buf, unsigned rgb);

#endif
