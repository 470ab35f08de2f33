/*
 * render.c - the public rendering API (privicon.h, "Rendering"): the
 * renderer, and notice sheets as SVG, PNG and PDF. The icon set is
 * icons.c; PNG encoding png.c; the PDF metadata cairo cannot write
 * pdfmeta.c; what they share render_job.h.
 *
 * A renderer (privicon_renderer_new) holds what the sheets of one
 * register share: the catalogue, the layout engine with its pango context
 * and the parsed icons; the privicon_render_*() functions build one for
 * the call. Each sheet builds its own notice and layout and renders into
 * memory through cairo's stream writers. No global state: what a renderer
 * keeps does not change what it draws, so the same input gives the same
 * bytes, in any order and on any thread.
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

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include "notice/catalogue.h"
#include "render/layout.h"
#include "model/model.h"
#include "notice/notice.h"
#include "render/sheet.h"
#include "render/svgids.h"
#include "render/theme.h"
#include "util/url.h"
#include "util/lang.h"

/* A4 in PDF points; the 794 x 1123 px sheet is scaled by 72/96 within a
 * hair (the height ratio, the smaller of the two, so nothing is cut). */
#define PDF_WIDTH_PT  595.28
#define PDF_HEIGHT_PT 841.89
#define PDF_SCALE     (PDF_HEIGHT_PT / PV_SHEET_HEIGHT)


/* The tallest image cairo (and pixman) can make, in pixels. */
#define PNG_MAX_HEIGHT 32767

/* ---- the renderer and a rendering job ---------------------------------------- */


/* Adds an error diagnostic about `activity` (an index, or -1). */
int pv_job_report(pv_job *j, int rc, long activity, const char *rule, const char *nl,
                  const char *en)
{
	const pv_activity *a = NULL;
	if (j->reported)
		return rc;
	j->reported = 1;
	if (j->reg && activity >= 0 && (size_t)activity < j->reg->n_activities)
		a = &j->reg->activities[activity];
	if (j->diags &&
	    privicon_diagnostics_add(j->diags, j->reg ? j->reg->file : NULL, a ? a->line : 0, 0,
	                             PRIVICON_ERROR, rule, a ? a->id : NULL, nl, en) != 0)
		return PRIVICON_ENOMEM;
	return rc;
}

/* Reports a failure with the reason in j->err (cairo, librsvg, libxml2
 * messages are English; the Dutch line says what failed in Dutch). */
int pv_job_report_err(pv_job *j, int rc, long activity, const char *what_nl, const char *what_en)
{
	char nl[768], en[768];
	if (rc == PRIVICON_ENOMEM || rc == PRIVICON_EINVAL)
		return rc;
	snprintf(nl, sizeof(nl), "%s: %s", what_nl, j->err[0] ? j->err : "onbekende fout");
	snprintf(en, sizeof(en), "%s: %s", what_en, j->err[0] ? j->err : "unknown error");
	return pv_job_report(j, rc, activity, "render", nl, en);
}

static int valid_lang(const char *lang)
{
	return !lang || pv_lang_known(lang);
}

/* [A-Za-z][A-Za-z0-9_-]*: safe in an id, a URL fragment and CSS. */
static int valid_prefix(const char *p)
{
	if (!p || !((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) || strlen(p) > 200)
		return 0;
	for (; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		      (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
			return 0;
	return 1;
}

void pv_job_begin(pv_job *j, privicon_renderer *r, privicon_diagnostics *diags)
{
	memset(j, 0, sizeof(*j));
	j->r = r;
	j->diags = diags;
	j->reg = r->reg;
	j->lang = r->lang;
	j->scale = r->scale;
	j->id_prefix = r->id_prefix;
	j->cat = r->cat;
	j->lo = &r->lo;
}

/* The notice, for sheets. It covers the one activity `only`, or every
 * activity when it is PRIVICON_OVERVIEW (the overview, the PDF): building
 * the notice of the whole register for each sheet made rendering a
 * register quadratic in its size. */
int pv_job_notice(pv_job *j, size_t only)
{
	int rc;

	j->notice_one = only != PRIVICON_OVERVIEW;
	rc = j->notice_one ? pv_notice_build_one(&j->notice, j->reg, j->cat, j->lang, only)
	                   : pv_notice_build(&j->notice, j->reg, j->cat, j->lang);
	if (rc == PRIVICON_EINVAL) {
		snprintf(j->err, sizeof(j->err), "the icon catalogue lacks an icon the notice needs");
		return pv_job_report_err(j, PRIVICON_EINVALID, -1, "de iconen passen niet bij de tekst",
		                  "the icons do not match the notice");
	}
	return rc;
}

void pv_job_end(pv_job *j)
{
	pv_notice_free(j->notice);
	memset(j, 0, sizeof(*j));
}

/* The layout engine with the theme, and a warning when its font is
 * missing. */
static int renderer_layout(privicon_renderer *r, privicon_diagnostics *diags,
                           const privicon_theme *theme)
{
	char family[128], nl[600], en[600];
	int rc = pv_icon_cache_new(&r->icons);

	if (rc == 0)
		rc = pv_layout_init(&r->lo, r->cat, r->reg, r->lang);
	if (rc != 0)
		return rc;
	r->lo_ready = 1;
	if (theme && (rc = pv_layout_set_theme(&r->lo, theme)) != 0)
		return rc;
	if (!pv_layout_font_family(family, sizeof(family), &r->lo) && diags) {
		snprintf(nl, sizeof(nl),
		         "het lettertype '%.200s' ontbreekt (voor DejaVu Sans: pakket "
		         "fonts-dejavu-core); de bladen gebruiken '%s' en zien er op deze computer "
		         "anders uit",
		         r->lo.font_family, family);
		snprintf(en, sizeof(en),
		         "the font '%.200s' is not installed (for DejaVu Sans: package "
		         "fonts-dejavu-core); the sheets use '%s' and look different on this computer",
		         r->lo.font_family, family);
		if (privicon_diagnostics_add(diags, r->reg->file, 0, 0, PRIVICON_WARNING, "font-missing",
		                             NULL, nl, en) != 0)
			return PRIVICON_ENOMEM;
	}
	return 0;
}

/* Sets up `r` for `reg` (NULL: icons only). On failure the caller still
 * calls pv_renderer_done(). */
int pv_renderer_init(privicon_renderer *r, privicon_diagnostics *diags,
                         const privicon_register *reg, const privicon_render_options *opts)
{
	const char *lang = opts && opts->lang ? opts->lang : "nl";
	const char *prefix = opts ? opts->id_prefix : NULL;
	int scale = opts && opts->scale ? opts->scale : 1;
	pv_job j;
	int rc;

	memset(r, 0, sizeof(*r));
	if (!valid_lang(lang) || scale < 1 || scale > 4 || (prefix && !valid_prefix(prefix)) ||
	    (opts && opts->version > PRIVICON_RENDER_OPTIONS_VERSION))
		return PRIVICON_EINVAL;
	if (reg && (rc = pv_notice_check_language(diags, reg, lang)) != 0)
		return rc;
	r->reg = reg;
	r->lang = pv_lang_is_en(lang) ? "en" : "nl";
	r->scale = scale;
	if (prefix && !(r->id_prefix = strdup(prefix)))
		return PRIVICON_ENOMEM;
	if (opts && opts->base_url) {
		if ((rc = pv_url_base(&r->base_url, opts->base_url)) != 0)
			return rc;
	} else if (reg && reg->publication_base_url &&
	           pv_url_base(&r->base_url, reg->publication_base_url) == PRIVICON_ENOMEM) {
		return PRIVICON_ENOMEM; /* the schema checked it; a bad one gives no QR code */
	}
	pv_job_begin(&j, r, diags);
	rc = pv_catalogue_load(&r->cat, opts ? opts->icons_dir : NULL, j.err, sizeof(j.err));
	if (rc != 0)
		return pv_job_report_err(&j, rc, -1, "de iconen kunnen niet worden geladen",
		                  "cannot load the icons");
	return reg ? renderer_layout(r, diags, opts ? opts->theme : NULL) : 0;
}

void pv_renderer_done(privicon_renderer *r)
{
	pv_icon_cache_free(r->icons);
	if (r->lo_ready)
		pv_layout_done(&r->lo);
	pv_catalogue_free(r->cat);
	free(r->id_prefix);
	free(r->base_url);
	memset(r, 0, sizeof(*r));
}

int privicon_renderer_new(privicon_renderer **out, privicon_diagnostics *diags,
                          const privicon_register *reg, const privicon_render_options *opts)
{
	privicon_renderer *r;
	int rc;

	if (!out)
		return PRIVICON_EINVAL;
	*out = NULL;
	if (!reg)
		return PRIVICON_EINVAL;
	r = malloc(sizeof(*r));
	if (!r)
		return PRIVICON_ENOMEM;
	rc = pv_renderer_init(r, diags, reg, opts);
	if (rc != 0) {
		pv_renderer_done(r);
		free(r);
		return rc;
	}
	*out = r;
	return 0;
}

void privicon_renderer_free(privicon_renderer *r)
{
	if (!r)
		return;
	pv_renderer_done(r);
	free(r);
}

/* Lays out sheet `which` (an activity index or PRIVICON_OVERVIEW). With a
 * base URL an activity's sheet carries the address of its page (and its
 * QR code): the renderer's qr_url, which lives until the next sheet. */
static int layout_sheet(pv_sheet **out, pv_job *j, size_t which)
{
	privicon_renderer *r = j->r;
	j->lo->qr_url = NULL;
	if (r->base_url && which != PRIVICON_OVERVIEW) {
		int n = snprintf(r->qr_url, sizeof(r->qr_url), "%s%s/%s.html", r->base_url, j->lang,
		                 j->reg->activities[which].id);
		if (n > 0 && (size_t)n < sizeof(r->qr_url))
			j->lo->qr_url = r->qr_url;
	}
	int rc = which == PRIVICON_OVERVIEW ? pv_layout_overview(out, j->lo, j->notice)
	                                    : pv_layout_activity(out, j->lo, j->notice,
	                                                         j->notice_one ? 0 : which);
	if (rc == PRIVICON_ELAYOUT)
		return pv_job_report(j, rc, which == PRIVICON_OVERVIEW ? -1 : (long)which, "layout-overflow",
		              j->lo->error.nl, j->lo->error.en);
	if (rc == PRIVICON_EINVAL) {
		snprintf(j->err, sizeof(j->err), "the icon catalogue lacks an icon the sheet needs");
		return pv_job_report_err(j, PRIVICON_EINVALID, -1, "de iconen passen niet bij de tekst",
		                  "the icons do not match the notice");
	}
	return rc;
}

static int paginate(pv_page **pages, size_t *n, pv_job *j, const pv_sheet *sheet, int tall,
                    size_t which)
{
	int rc = pv_sheet_paginate(pages, n, sheet, tall, j->lo);
	if (rc == PRIVICON_ELAYOUT)
		return pv_job_report(j, rc, which == PRIVICON_OVERVIEW ? -1 : (long)which, "layout-overflow",
		              j->lo->error.nl, j->lo->error.en);
	return rc;
}

/* Finishes a surface and turns its status into a return code. */
int pv_job_finish_surface(pv_job *j, cairo_surface_t *s, const pv_membuf *buf)
{
	cairo_status_t st;
	cairo_surface_finish(s);
	st = cairo_surface_status(s);
	if (buf && buf->oom)
		return PRIVICON_ENOMEM;
	if (st == CAIRO_STATUS_NO_MEMORY)
		return PRIVICON_ENOMEM;
	if (st != CAIRO_STATUS_SUCCESS) {
		snprintf(j->err, sizeof(j->err), "cairo: %s", cairo_status_to_string(st));
		return PRIVICON_EIO;
	}
	return 0;
}

/* ---- SVG and PNG sheets ----------------------------------------------------------- */

static int draw_to_surface(pv_job *j, cairo_surface_t *surface, const pv_page *page, double scale)
{
	cairo_t *cr = cairo_create(surface);
	int rc;

	if (cairo_status(cr) == CAIRO_STATUS_NO_MEMORY) {
		cairo_destroy(cr);
		return PRIVICON_ENOMEM;
	}
	cairo_scale(cr, scale, scale);
	rc = pv_sheet_draw_page(cr, page, j->r->icons, j->err, sizeof(j->err));
	cairo_destroy(cr);
	return rc;
}

static int sheet_svg(unsigned char **out, size_t *size, pv_job *j, const pv_sheet *sheet,
                     const pv_page *page, const char *prefix)
{
	pv_membuf buf = {0};
	cairo_surface_t *s;
	char *svg = NULL;
	int rc;

	s = cairo_svg_surface_create_for_stream(pv_membuf_write, &buf, sheet->width, page->height);
	/* cairo's default unit is pt: 794 would then mean 794 pt, not px. */
	cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PX);
	rc = draw_to_surface(j, s, page, 1.0);
	if (rc == 0)
		rc = pv_job_finish_surface(j, s, &buf);
	cairo_surface_destroy(s);
	if (rc == 0)
		rc = pv_svg_finish_sheet(&svg, size, (const char *)buf.data, buf.len, prefix,
		                         sheet->title, sheet->desc, j->lang, j->err, sizeof(j->err));
	free(buf.data);
	if (rc == 0)
		*out = (unsigned char *)svg;
	return rc;
}

static int sheet_png(unsigned char **out, size_t *size, pv_job *j, const pv_sheet *sheet,
                     const pv_page *page)
{
	pv_membuf buf = {0};
	int w = (int)sheet->width * j->scale, h = (int)ceil(page->height) * j->scale;
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	int rc;

	if (cairo_surface_status(s) == CAIRO_STATUS_NO_MEMORY) {
		cairo_surface_destroy(s);
		return PRIVICON_ENOMEM;
	}
	rc = draw_to_surface(j, s, page, (double)j->scale);
	if (rc == 0) {
		cairo_surface_flush(s);
		if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
			rc = pv_job_finish_surface(j, s, NULL); /* reports the status */
	}
	/* Before cairo_surface_finish(), which frees an image's pixels. */
	if (rc == 0 && (rc = pv_png_encode(&buf, s)) == PRIVICON_EIO)
		snprintf(j->err, sizeof(j->err), "libpng could not write the image");
	if (rc == 0)
		rc = pv_job_finish_surface(j, s, NULL);
	cairo_surface_destroy(s);
	if (rc != 0) {
		free(buf.data);
		return rc;
	}
	*out = buf.data;
	*size = buf.len;
	return 0;
}

/* The arguments of a sheet call are usable. */
static int sheet_args_ok(unsigned char **out, size_t *size, const privicon_register *reg,
                         size_t activity, privicon_format format)
{
	if (!out || !size)
		return 0;
	*out = NULL;
	*size = 0;
	return reg &&
	       (format == PRIVICON_FORMAT_SVG || format == PRIVICON_FORMAT_PNG ||
	        format == PRIVICON_FORMAT_PDF) &&
	       (activity == PRIVICON_OVERVIEW || activity < reg->n_activities);
}

static int render_pdf(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                      privicon_renderer *renderer, size_t only, int all);

int privicon_renderer_sheet(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                            privicon_renderer *renderer, size_t activity,
                            privicon_format format)
{
	pv_job j;
	pv_sheet *sheet = NULL;
	pv_page *pages = NULL;
	size_t n_pages = 0;
	char *prefix = NULL;
	int rc;

	if (!renderer || !sheet_args_ok(out, size, renderer->reg, activity, format))
		return PRIVICON_EINVAL;
	if (format == PRIVICON_FORMAT_PDF)
		return render_pdf(out, size, diags, renderer, activity, 0);
	const privicon_register *reg = renderer->reg;
	pv_job_begin(&j, renderer, diags);
	rc = pv_job_notice(&j, activity);
	if (rc == 0)
		rc = layout_sheet(&sheet, &j, activity);
	if (rc == 0)
		rc = paginate(&pages, &n_pages, &j, sheet, 1, activity);
	if (rc == 0 && format == PRIVICON_FORMAT_PNG &&
	    ceil(pages[0].height) * j.scale > PNG_MAX_HEIGHT) {
		/* Too tall for one image (an overview of some hundred
		 * activities): the PNG ends with a note where the rest is. */
		pv_pages_free(pages, n_pages);
		pages = NULL;
		n_pages = 0;
		rc = pv_sheet_paginate_capped(&pages, &n_pages, sheet,
		                              floor((double)PNG_MAX_HEIGHT / j.scale), j.lo);
		if (rc == PRIVICON_ELAYOUT)
			rc = pv_job_report(&j, rc, activity == PRIVICON_OVERVIEW ? -1 : (long)activity,
			            "layout-overflow", j.lo->error.nl, j.lo->error.en);
	}
	if (rc == 0 && format == PRIVICON_FORMAT_SVG) {
		/* "pv--overview-" cannot clash with "pv-<slug>-": a slug never
		 * starts with '-'. */
		const char *id = activity == PRIVICON_OVERVIEW ? "-overview"
		                                               : reg->activities[activity].id;
		if (!j.id_prefix) {
			prefix = malloc(strlen(id) + sizeof("pv--"));
			if (!prefix)
				rc = PRIVICON_ENOMEM;
			else
				sprintf(prefix, "pv-%s-", id);
		}
		if (rc == 0)
			rc = sheet_svg(out, size, &j, sheet, &pages[0], prefix ? prefix : j.id_prefix);
	} else if (rc == 0) {
		rc = sheet_png(out, size, &j, sheet, &pages[0]);
	}
	if (rc == PRIVICON_EIO || rc == PRIVICON_EINVALID)
		rc = pv_job_report_err(&j, rc, activity == PRIVICON_OVERVIEW ? -1 : (long)activity,
		                "het blad kan niet worden getekend", "cannot draw the sheet");
	free(prefix);
	pv_pages_free(pages, n_pages);
	pv_sheet_free(sheet);
	pv_job_end(&j);
	if (rc != 0) {
		free(*out);
		*out = NULL;
		*size = 0;
	}
	return rc;
}

int privicon_render_sheet(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                          const privicon_register *reg, size_t activity,
                          privicon_format format, const privicon_render_options *opts)
{
	privicon_renderer r;
	int rc;

	if (!sheet_args_ok(out, size, reg, activity, format))
		return PRIVICON_EINVAL;
	rc = pv_renderer_init(&r, diags, reg, opts);
	if (rc == 0)
		rc = privicon_renderer_sheet(out, size, diags, &r, activity, format);
	pv_renderer_done(&r);
	return rc;
}

/* ---- PDF ------------------------------------------------------------------------ */

/* Draws every page of `sheet` as PDF pages, tagged, with a bookmark to
 * its first. */
static int pdf_sheet(pv_job *j, cairo_t *cr, cairo_surface_t *surface, pv_pdf_tags *tags,
                     size_t which, int *page_no)
{
	pv_sheet *sheet = NULL;
	pv_page *pages = NULL;
	size_t n_pages = 0;
	char link[32];
	int rc;

	rc = layout_sheet(&sheet, j, which);
	if (rc == 0)
		rc = paginate(&pages, &n_pages, j, sheet, 0, which);
	if (rc == 0) {
		snprintf(link, sizeof(link), "page=%d", *page_no);
		cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, sheet->title, link, 0);
	}
	if (rc == 0)
		rc = pv_pdf_tags_sheet(tags, cr);
	for (size_t i = 0; rc == 0 && i < n_pages; i++) {
		cairo_save(cr);
		cairo_scale(cr, PDF_SCALE, PDF_SCALE);
		rc = pv_sheet_draw_tagged_page(cr, &pages[i], j->r->icons, tags, i + 1 == n_pages,
		                               j->err, sizeof(j->err));
		cairo_restore(cr);
		if (rc == 0) {
			cairo_show_page(cr);
			(*page_no)++;
		}
	}
	if (rc == PRIVICON_EIO || rc == PRIVICON_EINVALID)
		rc = pv_job_report_err(j, rc, which == PRIVICON_OVERVIEW ? -1 : (long)which,
		                "het blad kan niet worden getekend", "cannot draw the sheet");
	pv_pages_free(pages, n_pages);
	pv_sheet_free(sheet);
	return rc;
}

/* The PDF of the whole register (`only` is PRIVICON_OVERVIEW and `all`
 * is set: the overview, then every sheet), or of one sheet: activity
 * `only`, or the overview alone. */
static int render_pdf(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                      privicon_renderer *renderer, size_t only, int all)
{
	pv_job j;
	pv_membuf buf = {0};
	cairo_surface_t *surface = NULL;
	cairo_t *cr = NULL;
	pv_pdf_tags *tags = NULL;
	char date[32], title[512];
	int rc, page_no = 1;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (!renderer || !renderer->reg)
		return PRIVICON_EINVAL;
	const privicon_register *reg = renderer->reg;
	pv_job_begin(&j, renderer, diags);
	rc = pv_job_notice(&j, all ? PRIVICON_OVERVIEW : only);
	if (rc == 0)
		rc = pv_pdf_tags_new(&tags);
	if (rc == 0 && pv_pdf_source_date(date, sizeof(date)) != 0)
		rc = pv_job_report(&j, PRIVICON_EINVAL, -1, "render",
		            "SOURCE_DATE_EPOCH is geen geldig aantal seconden sinds 1970",
		            "SOURCE_DATE_EPOCH is not a valid number of seconds since 1970");
	if (rc == 0) {
		surface = cairo_pdf_surface_create_for_stream(pv_membuf_write, &buf, PDF_WIDTH_PT,
		                                              PDF_HEIGHT_PT);
		snprintf(title, sizeof(title), "%s \u2013 %s",
		         !all && only != PRIVICON_OVERVIEW ? j.notice->activities[0].name
		         : pv_lang_is_en(j.lang)           ? "Processing of personal data"
		                                           : "Verwerking van persoonsgegevens",
		         reg->controller.name ? reg->controller.name : "");
		cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
		if (reg->controller.name)
			cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR,
			                               reg->controller.name);
		cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
		                               "privicon " PRIVICON_VERSION);
		if (date[0]) {
			cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
			cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date);
		}
		cr = cairo_create(surface);
		if (cairo_status(cr) == CAIRO_STATUS_NO_MEMORY)
			rc = PRIVICON_ENOMEM;
	}
	if (rc == 0)
		rc = pdf_sheet(&j, cr, surface, tags, all ? PRIVICON_OVERVIEW : only, &page_no);
	for (size_t i = 0; all && rc == 0 && i < reg->n_activities; i++)
		rc = pdf_sheet(&j, cr, surface, tags, i, &page_no);
	if (rc == 0 && (rc = pv_pdf_tags_finish(tags, cr)) == PRIVICON_EIO) {
		snprintf(j.err, sizeof(j.err), "cairo: %s", cairo_status_to_string(cairo_status(cr)));
		rc = pv_job_report_err(&j, rc, -1, "de PDF kan niet worden gemaakt",
		                       "cannot make the PDF");
	}
	if (cr)
		cairo_destroy(cr);
	if (surface) {
		int frc = pv_job_finish_surface(&j, surface, &buf);
		if (rc == 0 && frc != 0)
			rc = pv_job_report_err(&j, frc, -1, "de PDF kan niet worden gemaakt",
			                "cannot make the PDF");
		cairo_surface_destroy(surface);
	}
	if (rc == 0) {
		/* What cairo 1.16 has no API for (pdfpatch.h). */
		pv_pdf_patch patch = {pv_lang_is_en(j.lang) ? "en-GB" : "nl-NL", 1, 1, NULL, 0};
		patch.elems = pv_pdf_tags_elems(tags, &patch.n_elems);
		int lrc = pv_pdf_patch_apply(&buf.data, &buf.len, &patch);
		if (lrc == 0)
			buf.cap = buf.len;
		if (lrc == PRIVICON_ENOMEM)
			rc = lrc;
		else if (lrc == 1 && diags &&
		         privicon_diagnostics_add(diags, reg->file, 0, 0, PRIVICON_WARNING, "pdf-language",
		                                  NULL,
		                                  "de taal, de tekst bij de iconen en de tabvolgorde "
		                                  "van de PDF konden niet worden ingesteld (onbekende "
		                                  "opbouw van cairo's PDF)",
		                                  "could not set the PDF's language, the icons' text "
		                                  "and the tab order (cairo wrote a PDF structure "
		                                  "privicon does not know)") != 0)
			rc = PRIVICON_ENOMEM;
	}
	pv_pdf_tags_free(tags);
	pv_job_end(&j);
	if (rc != 0) {
		free(buf.data);
		return rc;
	}
	*out = buf.data;
	*size = buf.len;
	return 0;
}

int privicon_renderer_pdf(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                          privicon_renderer *renderer)
{
	return render_pdf(out, size, diags, renderer, PRIVICON_OVERVIEW, 1);
}

int privicon_render_pdf(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                        const privicon_register *reg, const privicon_render_options *opts)
{
	privicon_renderer r;
	int rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (!reg)
		return PRIVICON_EINVAL;
	rc = pv_renderer_init(&r, diags, reg, opts);
	if (rc == 0)
		rc = privicon_renderer_pdf(out, size, diags, &r);
	pv_renderer_done(&r);
	return rc;
}

