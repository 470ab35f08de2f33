/*
 * icons.c - the icon set for web teams: each icon as SVG or PNG, and the
 * sprite (privicon.h, "Icons").
 */
#include "render/render_job.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo-svg.h>

#include "render/svgids.h"
#include "render/theme.h"
#include "util/lang.h"


/* ---- icons for web teams ---------------------------------------------------------- */

/* "#RRGGBB" into 0xRRGGBB. */
static int parse_color(unsigned *out, const char *s)
{
	unsigned v = 0;
	if (!s || s[0] != '#' || strlen(s) != 7)
		return -1;
	for (int i = 1; i < 7; i++) {
		char c = s[i];
		int d = c >= '0' && c <= '9'   ? c - '0'
		        : c >= 'a' && c <= 'f' ? c - 'a' + 10
		        : c >= 'A' && c <= 'F' ? c - 'A' + 10
		                               : -1;
		if (d < 0)
			return -1;
		v = v * 16 + (unsigned)d;
	}
	*out = v;
	return 0;
}

/* Ends a call of the icon functions: its job, then its renderer. */
static void icons_end(pv_job *j, privicon_renderer *r)
{
	pv_job_end(j);
	pv_renderer_done(r);
}

static const char *icon_title(const pv_icon *icon, const char *lang)
{
	const char *t = pv_lang_is_en(lang) ? icon->description_en : icon->description_nl;
	return t ? t : icon->id;
}

int privicon_icon_ids(char ***out, size_t *count, privicon_diagnostics *diags,
                      const privicon_render_options *opts)
{
	privicon_renderer r;
	pv_job j;
	size_t n, bytes;
	char **ids, *p;
	int rc;

	if (!out || !count)
		return PRIVICON_EINVAL;
	*out = NULL;
	*count = 0;
	rc = pv_renderer_init(&r, diags, NULL, opts);
	if (rc != 0) {
		pv_renderer_done(&r);
		return rc;
	}
	pv_job_begin(&j, &r, diags);
	n = pv_catalogue_icon_count(j.cat);
	bytes = (n + 1) * sizeof(char *);
	for (size_t i = 0; i < n; i++)
		bytes += strlen(pv_catalogue_icon_at(j.cat, i)->id) + 1;
	ids = malloc(bytes);
	if (!ids) {
		icons_end(&j, &r);
		return PRIVICON_ENOMEM;
	}
	p = (char *)(ids + n + 1);
	for (size_t i = 0; i < n; i++) {
		const char *id = pv_catalogue_icon_at(j.cat, i)->id;
		size_t len = strlen(id) + 1;
		memcpy(p, id, len);
		ids[i] = p;
		p += len;
	}
	ids[n] = NULL;
	icons_end(&j, &r);
	*out = ids;
	*count = n;
	return 0;
}

int privicon_render_icon(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                         const char *icon_id, privicon_format format, int size_px,
                         const char *color, const privicon_render_options *opts)
{
	privicon_renderer r;
	pv_job j;
	const pv_icon *icon;
	unsigned rgb;
	int rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (opts && opts->theme) {
		rgb = opts->theme->color[PV_THEME_ICON];
	} else {
		/* The icon colour of themes/default.json. */
		privicon_theme *def = NULL;
		rc = pv_theme_default(&def);
		if (rc != 0)
			return rc;
		rgb = def->color[PV_THEME_ICON];
		privicon_theme_free(def);
	}
	if (!icon_id || (color && parse_color(&rgb, color) != 0) ||
	    (format != PRIVICON_FORMAT_SVG && format != PRIVICON_FORMAT_PNG) ||
	    (format == PRIVICON_FORMAT_PNG && (size_px < 8 || size_px > 1024)))
		return PRIVICON_EINVAL;
	rc = pv_renderer_init(&r, diags, NULL, opts);
	if (rc != 0) {
		pv_renderer_done(&r);
		return rc;
	}
	pv_job_begin(&j, &r, diags);
	icon = pv_catalogue_icon(j.cat, icon_id);
	if (!icon) {
		icons_end(&j, &r);
		return PRIVICON_EINVAL;
	}
	if (format == PRIVICON_FORMAT_SVG) {
		char prefix[256], *svg = NULL;
		snprintf(prefix, sizeof(prefix), "privicon-%s-", icon->id);
		rc = pv_svg_finish_icon(&svg, size, icon->svg, icon->svg_size, prefix,
		                        icon_title(icon, j.lang), color, j.lang, j.err,
		                        sizeof(j.err));
		*out = (unsigned char *)svg;
	} else {
		pv_membuf buf = {0};
		cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size_px, size_px);
		cairo_t *cr = cairo_create(s);
		rc = cairo_status(cr) == CAIRO_STATUS_NO_MEMORY ? PRIVICON_ENOMEM : 0;
		if (rc == 0)
			rc = pv_icon_draw(cr, icon->svg, icon->svg_size, 0, 0, size_px, rgb, j.err,
			                  sizeof(j.err));
		cairo_destroy(cr);
		if (rc == 0) {
			cairo_surface_flush(s);
			cairo_status_t st = cairo_surface_write_to_png_stream(s, pv_membuf_write, &buf);
			if (buf.oom || st == CAIRO_STATUS_NO_MEMORY)
				rc = PRIVICON_ENOMEM;
			else if (st != CAIRO_STATUS_SUCCESS)
				rc = PRIVICON_EIO;
		}
		if (rc == 0)
			rc = pv_job_finish_surface(&j, s, NULL);
		cairo_surface_destroy(s);
		if (rc == 0) {
			*out = buf.data;
			*size = buf.len;
		} else {
			free(buf.data);
		}
	}
	if (rc == PRIVICON_EIO || rc == PRIVICON_EINVALID) {
		char nl[128], en[128];
		snprintf(nl, sizeof(nl), "icoon %s kan niet worden getekend", icon_id);
		snprintf(en, sizeof(en), "cannot draw icon %s", icon_id);
		rc = pv_job_report_err(&j, rc, -1, nl, en);
	}
	icons_end(&j, &r);
	if (rc != 0) {
		free(*out);
		*out = NULL;
		*size = 0;
	}
	return rc;
}

int privicon_render_sprite(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                           const privicon_render_options *opts)
{
	privicon_renderer r;
	pv_job j;
	pv_svg_symbol *symbols;
	char **ids;
	size_t n;
	char *svg = NULL;
	int rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	rc = pv_renderer_init(&r, diags, NULL, opts);
	if (rc != 0) {
		pv_renderer_done(&r);
		return rc;
	}
	pv_job_begin(&j, &r, diags);
	n = pv_catalogue_icon_count(j.cat);
	symbols = calloc(n ? n : 1, sizeof(*symbols));
	ids = calloc(n ? n : 1, sizeof(*ids));
	if (!symbols || !ids)
		rc = PRIVICON_ENOMEM;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const pv_icon *icon = pv_catalogue_icon_at(j.cat, i);
		ids[i] = malloc(strlen(icon->id) + sizeof("privicon-"));
		if (!ids[i]) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		sprintf(ids[i], "privicon-%s", icon->id);
		symbols[i] = (pv_svg_symbol){ids[i], icon_title(icon, j.lang), icon->svg,
		                             icon->svg_size};
	}
	if (rc == 0)
		rc = pv_svg_sprite(&svg, size, symbols, n, j.lang, j.err, sizeof(j.err));
	if (rc == PRIVICON_EINVALID)
		rc = pv_job_report_err(&j, rc, -1, "de sprite kan niet worden gemaakt",
		                "cannot make the sprite");
	for (size_t i = 0; ids && i < n; i++)
		free(ids[i]);
	free(ids);
	free(symbols);
	icons_end(&j, &r);
	if (rc != 0) {
		free(svg);
		*size = 0;
		return rc;
	}
	*out = (unsigned char *)svg;
	return 0;
}
