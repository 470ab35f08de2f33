/*
 * site.h - the static site of a register (privicon_site_build() in
 * privicon.h): what its parts share. site.c makes the pages, the sheets,
 * the icons, the stylesheet and the sitemap; api.c the register API of
 * the Logboek Dataverwerkingen draft as static JSON.
 *
 * Ownership: a privicon_site owns every path and every buffer in it;
 * pv_site_add() takes the buffer it is given, also when it fails.
 */
#ifndef PRIVICON_SITE_H
#define PRIVICON_SITE_H

#include <stddef.h>

#include "privicon.h"
#include "render/theme.h"

typedef struct {
	char *path;          /* relative to the site's directory: "nl/x.html" */
	unsigned char *data; /* malloc'ed */
	size_t size;
} pv_site_file;

struct privicon_site {
	pv_site_file *files;
	size_t n, cap;
};

/* Adds `path` with `data` (taken: freed on failure). 0 or PRIVICON_ENOMEM. */
int pv_site_add(privicon_site *site, const char *path, unsigned char *data, size_t size);

/* Adds `path` with a copy of the NUL-terminated string `text`, or takes
 * the string when `take` is set. 0 or PRIVICON_ENOMEM. */
int pv_site_add_text(privicon_site *site, const char *path, char *text, int take);

/* The colours of dark mode (prefers-color-scheme: dark) in the site's
 * stylesheet, and the names of their custom properties (--pv-NAME). The
 * pairs meet the contrast ratios a theme must meet (test_site.c). */
typedef struct {
	unsigned color[PV_THEME_COLOR_COUNT];
} pv_site_palette;
extern const pv_site_palette pv_site_dark;
extern const char *const pv_site_dark_names[PV_THEME_COLOR_COUNT];

/* The register API files (api.c): api/processing_activities/<uuid>.json,
 * .../<uuid>/versions/<n>.json and api/entities/<uuid>.json. */
int pv_site_api(privicon_site *site, const privicon_register *reg, const char *base_url);

#endif
