/*
 * render.c - the public rendering API (privicon.h, "Rendering"): notice
 * sheets as SVG, PNG and PDF, icons and the sprite for web teams.
 *
 * A renderer (privicon_renderer_new) holds what the sheets of one
 * register share: the catalogue, the layout engine with its pango context
 * and the parsed icons; the privicon_render_*() functions build one for
 * the call. Each sheet builds its own notice and layout and renders into
 * memory through cairo's stream writers. No global state: what a renderer
 * keeps does not change what it draws, so the same input gives the same
 * bytes, in any order and on any thread.
 */
#include "privicon.h"

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
#include <png.h>

#include "notice/catalogue.h"
#include "render/layout.h"
#include "model/model.h"
#include "notice/notice.h"
#include "render/sheet.h"
#include "render/svgids.h"
#include "render/theme.h"

/* A4 in PDF points; the 794 x 1123 px sheet is scaled by 72/96 within a
 * hair (the height ratio, the smaller of the two, so nothing is cut). */
#define PDF_WIDTH_PT  595.28
#define PDF_HEIGHT_PT 841.89
#define PDF_SCALE     (PDF_HEIGHT_PT / PV_SHEET_HEIGHT)

#define DEFAULT_ICON_COLOR PV_RGB_ICON

/* The tallest image cairo (and pixman) can make, in pixels. */
#define PNG_MAX_HEIGHT 32767

/* ---- memory streams --------------------------------------------------------- */

typedef struct {
	unsigned char *data;
	size_t len, cap;
	int oom;
} membuf;

static cairo_status_t membuf_write(void *closure, const unsigned char *data, unsigned int length)
{
	membuf *b = closure;
	if (b->oom)
		return CAIRO_STATUS_WRITE_ERROR;
	if (b->len + length > b->cap) {
		size_t cap = b->cap ? b->cap : 65536;
		while (cap < b->len + length)
			cap *= 2;
		unsigned char *bigger = realloc(b->data, cap);
		if (!bigger) {
			b->oom = 1;
			return CAIRO_STATUS_WRITE_ERROR;
		}
		b->data = bigger;
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, length);
	b->len += length;
	return CAIRO_STATUS_SUCCESS;
}

/* ---- PNG ---------------------------------------------------------------------- */

static void png_write_cb(png_structp p, png_bytep data, png_size_t n)
{
	if (n > UINT_MAX || membuf_write(png_get_io_ptr(p), data, (unsigned)n) != CAIRO_STATUS_SUCCESS)
		png_error(p, "out of memory");
}

static void png_flush_cb(png_structp p)
{
	(void)p;
}

/*
 * Encodes an RGB24 image surface as an 8-bit RGB PNG (no alpha: a sheet
 * is opaque). Not cairo_surface_write_to_png(): that tries every row
 * filter, which on flat colours and text compresses worse than no filter
 * and takes about twice as long (measured here on an A4 sheet: 36 ms and
 * 159 KB with cairo, 17 ms and 123 KB like this). No time or text chunks,
 * so the bytes depend on the pixels only.
 */
static int encode_png(membuf *out, cairo_surface_t *s)
{
	int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
	int stride = cairo_image_surface_get_stride(s);
	const unsigned char *data = cairo_image_surface_get_data(s);
	png_structp p = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = p ? png_create_info_struct(p) : NULL;
	unsigned char *row = p && info ? malloc((size_t)w * 3) : NULL;

	if (!row || !data) {
		png_destroy_write_struct(&p, &info);
		free(row);
		return PRIVICON_ENOMEM;
	}
	if (setjmp(png_jmpbuf(p))) {
		png_destroy_write_struct(&p, &info);
		free(row);
		return out->oom ? PRIVICON_ENOMEM : PRIVICON_EIO;
	}
	png_set_write_fn(p, out, png_write_cb, png_flush_cb);
	png_set_IHDR(p, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
	             PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_set_filter(p, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
	png_set_compression_level(p, 6);
	png_write_info(p, info);
	for (int y = 0; y < h; y++) {
		const uint32_t *px = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
		for (int x = 0; x < w; x++) {
			row[3 * x] = (unsigned char)(px[x] >> 16);
			row[3 * x + 1] = (unsigned char)(px[x] >> 8);
			row[3 * x + 2] = (unsigned char)px[x];
		}
		png_write_row(p, row);
	}
	png_write_end(p, info);
	png_destroy_write_struct(&p, &info);
	free(row);
	return 0;
}

/* ---- the renderer and a rendering job ---------------------------------------- */

/*
 * What every sheet of one register shares: the options, the icon
 * catalogue, the layout engine (its pango context) and the parsed icons.
 * Built once per privicon_renderer_new(), or for a single call by the
 * privicon_render_*() functions; used by one thread at a time.
 */
struct privicon_renderer {
	const privicon_register *reg; /* NULL: the icon functions only */
	const char *lang;             /* "nl" or "en" */
	int scale;
	char *id_prefix;              /* a copy, or NULL */
	pv_catalogue *cat;
	pv_layout lo;                 /* when reg is set */
	int lo_ready;
	pv_icon_cache *icons;         /* when reg is set */
};

/* One call on a renderer: where its messages go and what it draws. */
typedef struct {
	privicon_renderer *r;
	privicon_diagnostics *diags;
	const privicon_register *reg;
	const char *lang;
	int scale;
	const char *id_prefix;
	pv_catalogue *cat;
	pv_layout *lo;
	pv_notice *notice;
	int notice_one; /* the notice holds one activity: the sheet's */
	int reported;   /* a diagnostic says what went wrong already */
	char err[512];
} job;

/* Adds an error diagnostic about `activity` (an index, or -1). */
static int report(job *j, int rc, long activity, const char *rule, const char *nl,
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
static int report_err(job *j, int rc, long activity, const char *what_nl, const char *what_en)
{
	char nl[768], en[768];
	if (rc == PRIVICON_ENOMEM || rc == PRIVICON_EINVAL)
		return rc;
	snprintf(nl, sizeof(nl), "%s: %s", what_nl, j->err[0] ? j->err : "onbekende fout");
	snprintf(en, sizeof(en), "%s: %s", what_en, j->err[0] ? j->err : "unknown error");
	return report(j, rc, activity, "render", nl, en);
}

static int valid_lang(const char *lang)
{
	return !lang || strcmp(lang, "nl") == 0 || strcmp(lang, "en") == 0;
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

static void job_begin(job *j, privicon_renderer *r, privicon_diagnostics *diags)
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
static int job_notice(job *j, size_t only)
{
	int rc;

	j->notice_one = only != PRIVICON_OVERVIEW;
	rc = j->notice_one ? pv_notice_build_one(&j->notice, j->reg, j->cat, j->lang, only)
	                   : pv_notice_build(&j->notice, j->reg, j->cat, j->lang);
	if (rc == PRIVICON_EINVAL) {
		snprintf(j->err, sizeof(j->err), "the icon catalogue lacks an icon the notice needs");
		return report_err(j, PRIVICON_EINVALID, -1, "de iconen passen niet bij de tekst",
		                  "the icons do not match the notice");
	}
	return rc;
}

static void job_end(job *j)
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
		if (privicon_diagnostics_add(diags, r->reg->file, 0, 0, PRIVICON_WARNING, "render",
		                             NULL, nl, en) != 0)
			return PRIVICON_ENOMEM;
	}
	return 0;
}

/* Sets up `r` for `reg` (NULL: icons only). On failure the caller still
 * calls renderer_done(). */
static int renderer_init(privicon_renderer *r, privicon_diagnostics *diags,
                         const privicon_register *reg, const privicon_render_options *opts)
{
	const char *lang = opts && opts->lang ? opts->lang : "nl";
	const char *prefix = opts ? opts->id_prefix : NULL;
	int scale = opts && opts->scale ? opts->scale : 1;
	job j;
	int rc;

	memset(r, 0, sizeof(*r));
	if (!valid_lang(lang) || scale < 1 || scale > 4 || (prefix && !valid_prefix(prefix)))
		return PRIVICON_EINVAL;
	r->reg = reg;
	r->lang = strcmp(lang, "en") == 0 ? "en" : "nl";
	r->scale = scale;
	if (prefix && !(r->id_prefix = strdup(prefix)))
		return PRIVICON_ENOMEM;
	job_begin(&j, r, diags);
	rc = pv_catalogue_load(&r->cat, opts ? opts->icons_dir : NULL, j.err, sizeof(j.err));
	if (rc != 0)
		return report_err(&j, rc, -1, "de iconen kunnen niet worden geladen",
		                  "cannot load the icons");
	return reg ? renderer_layout(r, diags, opts ? opts->theme : NULL) : 0;
}

static void renderer_done(privicon_renderer *r)
{
	pv_icon_cache_free(r->icons);
	if (r->lo_ready)
		pv_layout_done(&r->lo);
	pv_catalogue_free(r->cat);
	free(r->id_prefix);
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
	rc = renderer_init(r, diags, reg, opts);
	if (rc != 0) {
		renderer_done(r);
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
	renderer_done(r);
	free(r);
}

/* Lays out sheet `which` (an activity index or PRIVICON_OVERVIEW). */
static int layout_sheet(pv_sheet **out, job *j, size_t which)
{
	int rc = which == PRIVICON_OVERVIEW ? pv_layout_overview(out, j->lo, j->notice)
	                                    : pv_layout_activity(out, j->lo, j->notice,
	                                                         j->notice_one ? 0 : which);
	if (rc == PRIVICON_ELAYOUT)
		return report(j, rc, which == PRIVICON_OVERVIEW ? -1 : (long)which, "layout-overflow",
		              j->lo->error.nl, j->lo->error.en);
	if (rc == PRIVICON_EINVAL) {
		snprintf(j->err, sizeof(j->err), "the icon catalogue lacks an icon the sheet needs");
		return report_err(j, PRIVICON_EINVALID, -1, "de iconen passen niet bij de tekst",
		                  "the icons do not match the notice");
	}
	return rc;
}

static int paginate(pv_page **pages, size_t *n, job *j, const pv_sheet *sheet, int tall,
                    size_t which)
{
	int rc = pv_sheet_paginate(pages, n, sheet, tall, j->lo);
	if (rc == PRIVICON_ELAYOUT)
		return report(j, rc, which == PRIVICON_OVERVIEW ? -1 : (long)which, "layout-overflow",
		              j->lo->error.nl, j->lo->error.en);
	return rc;
}

/* Finishes a surface and turns its status into a return code. */
static int finish_surface(job *j, cairo_surface_t *s, const membuf *buf)
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

static int draw_to_surface(job *j, cairo_surface_t *surface, const pv_page *page, double scale)
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

static int sheet_svg(unsigned char **out, size_t *size, job *j, const pv_sheet *sheet,
                     const pv_page *page, const char *prefix)
{
	membuf buf = {0};
	cairo_surface_t *s;
	char *svg = NULL;
	int rc;

	s = cairo_svg_surface_create_for_stream(membuf_write, &buf, sheet->width, page->height);
	/* cairo's default unit is pt: 794 would then mean 794 pt, not px. */
	cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PX);
	rc = draw_to_surface(j, s, page, 1.0);
	if (rc == 0)
		rc = finish_surface(j, s, &buf);
	cairo_surface_destroy(s);
	if (rc == 0)
		rc = pv_svg_finish_sheet(&svg, size, (const char *)buf.data, buf.len, prefix,
		                         sheet->title, sheet->desc, j->lang, j->err, sizeof(j->err));
	free(buf.data);
	if (rc == 0)
		*out = (unsigned char *)svg;
	return rc;
}

static int sheet_png(unsigned char **out, size_t *size, job *j, const pv_sheet *sheet,
                     const pv_page *page)
{
	membuf buf = {0};
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
			rc = finish_surface(j, s, NULL); /* reports the status */
	}
	/* Before cairo_surface_finish(), which frees an image's pixels. */
	if (rc == 0 && (rc = encode_png(&buf, s)) == PRIVICON_EIO)
		snprintf(j->err, sizeof(j->err), "libpng could not write the image");
	if (rc == 0)
		rc = finish_surface(j, s, NULL);
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
	return reg && (format == PRIVICON_FORMAT_SVG || format == PRIVICON_FORMAT_PNG) &&
	       (activity == PRIVICON_OVERVIEW || activity < reg->n_activities);
}

int privicon_renderer_sheet(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                            privicon_renderer *renderer, size_t activity,
                            privicon_format format)
{
	job j;
	pv_sheet *sheet = NULL;
	pv_page *pages = NULL;
	size_t n_pages = 0;
	char *prefix = NULL;
	int rc;

	if (!renderer || !sheet_args_ok(out, size, renderer->reg, activity, format))
		return PRIVICON_EINVAL;
	const privicon_register *reg = renderer->reg;
	job_begin(&j, renderer, diags);
	rc = job_notice(&j, activity);
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
			rc = report(&j, rc, activity == PRIVICON_OVERVIEW ? -1 : (long)activity,
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
		rc = report_err(&j, rc, activity == PRIVICON_OVERVIEW ? -1 : (long)activity,
		                "het blad kan niet worden getekend", "cannot draw the sheet");
	free(prefix);
	pv_pages_free(pages, n_pages);
	pv_sheet_free(sheet);
	job_end(&j);
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
	rc = renderer_init(&r, diags, reg, opts);
	if (rc == 0)
		rc = privicon_renderer_sheet(out, size, diags, &r, activity, format);
	renderer_done(&r);
	return rc;
}

/* ---- PDF ------------------------------------------------------------------------ */

/* SOURCE_DATE_EPOCH (reproducible-builds.org) as cairo's ISO 8601 date in
 * `date`; "" when unset. A malformed value is an error, as the
 * specification asks, rather than a silently current date. */
static int source_date(char *date, size_t size)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	unsigned long long v = 0;
	struct tm tm;
	time_t t;

	date[0] = '\0';
	if (!s || !*s)
		return 0;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9' || v > 253402300799ULL / 10)
			return PRIVICON_EINVAL;
		v = v * 10 + (unsigned long long)(*p - '0');
	}
	if (v > 253402300799ULL) /* 9999-12-31T23:59:59Z */
		return PRIVICON_EINVAL;
	t = (time_t)v;
	if (!gmtime_r(&t, &tm) || strftime(date, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return PRIVICON_EINVAL;
	return 0;
}

/* Parses a non-negative decimal at `p` (at most 10 digits). */
static int parse_offset(const unsigned char *p, const unsigned char *end, size_t *out)
{
	size_t v = 0;
	int n = 0;
	while (p < end && *p >= '0' && *p <= '9' && n < 11) {
		v = v * 10 + (size_t)(*p - '0');
		p++;
		n++;
	}
	if (n == 0 || n > 10)
		return -1;
	*out = v;
	return 0;
}

static const unsigned char *find_bytes(const unsigned char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

/* Does the xref entry of object `obj` point at "obj 0 obj"? */
static int entry_ok(const unsigned char *pdf, size_t len, size_t off, size_t obj)
{
	char head[32];
	int n = snprintf(head, sizeof(head), "%zu 0 obj", obj);
	return off + (size_t)n <= len && memcmp(pdf + off, head, (size_t)n) == 0;
}

/*
 * cairo has no API for the document language (/Lang in the catalogue,
 * which screen readers use to pick a voice), so it is inserted into the
 * bytes cairo wrote, together with /ViewerPreferences << /DisplayDocTitle
 * true >> (viewers then show the title, not the file name). The insertion
 * shifts every object after it, so the cross-reference table is rewritten
 * with the new offsets and every entry is checked before and after. A file
 * this code does not recognise (an xref stream, several sections) is left
 * as it is: returns 1 then, 0 when inserted, or PRIVICON_ENOMEM.
 */
static int pdf_set_lang(membuf *pdf, const char *lang_tag)
{
	const unsigned char *d = pdf->data, *p, *end = pdf->data + pdf->len;
	size_t xref, count, first, root = 0, cat_off, insert_at;
	char ins[96];
	size_t ins_len;

	/* startxref N near the end */
	size_t tail = pdf->len > 1024 ? pdf->len - 1024 : 0;
	const unsigned char *sx = NULL;
	for (p = d + tail; (p = find_bytes(p, (size_t)(end - p), "startxref")) != NULL; p++)
		sx = p;
	if (!sx)
		return 1;
	p = sx + strlen("startxref");
	while (p < end && (*p == '\r' || *p == '\n' || *p == ' '))
		p++;
	if (parse_offset(p, end, &xref) != 0 || xref >= pdf->len ||
	    memcmp(d + xref, "xref\n", 5) != 0)
		return 1;
	p = d + xref + 5;
	if (parse_offset(p, end, &first) != 0 || first != 0)
		return 1;
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	if (p >= end || *p++ != ' ' || parse_offset(p, end, &count) != 0)
		return 1;
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	if (p >= end || *p++ != '\n')
		return 1;
	const unsigned char *entries = p;
	if ((size_t)(end - entries) < count * 20 + 7 ||
	    memcmp(entries + count * 20, "trailer", 7) != 0)
		return 1;
	for (size_t i = 0; i < count; i++) {
		const unsigned char *e = entries + i * 20;
		size_t off;
		if (e[10] != ' ' || e[16] != ' ' || (e[17] != 'n' && e[17] != 'f') ||
		    parse_offset(e, e + 10, &off) != 0)
			return 1;
		if (e[17] == 'n' && !entry_ok(d, pdf->len, off, i))
			return 1;
	}
	/* /Root N 0 R in the trailer */
	const unsigned char *rt = find_bytes(entries + count * 20, (size_t)(end - entries) - count * 20,
	                                     "/Root ");
	if (!rt || parse_offset(rt + 6, end, &root) != 0 || root == 0 || root >= count)
		return 1;
	if (parse_offset(entries + root * 20, entries + root * 20 + 10, &cat_off) != 0)
		return 1;
	const unsigned char *endobj = find_bytes(d + cat_off, xref - cat_off, "endobj");
	const unsigned char *type = find_bytes(d + cat_off, xref - cat_off, "/Type /Catalog");
	if (!endobj || !type || type > endobj ||
	    find_bytes(d + cat_off, (size_t)(endobj - (d + cat_off)), "/Lang"))
		return 1;
	insert_at = (size_t)(type - d) + strlen("/Type /Catalog");
	ins_len = (size_t)snprintf(ins, sizeof(ins),
	                           "\n   /Lang (%s)\n   /ViewerPreferences << /DisplayDocTitle true >>",
	                           lang_tag);

	/* The new file: before, the insertion, after; then fix the offsets. */
	/* Room for the insertion and for startxref's offset growing a digit. */
	size_t alloc = pdf->len + ins_len + 16;
	unsigned char *nd = malloc(alloc);
	if (!nd)
		return PRIVICON_ENOMEM;
	memcpy(nd, d, insert_at);
	memcpy(nd + insert_at, ins, ins_len);
	memcpy(nd + insert_at + ins_len, d + insert_at, pdf->len - insert_at);
	size_t nlen = pdf->len + ins_len;
	size_t nxref = xref > insert_at ? xref + ins_len : xref;
	unsigned char *nentries = nd + (entries - d) + (size_t)(xref > insert_at ? ins_len : 0);
	for (size_t i = 0; i < count; i++) {
		unsigned char *e = nentries + i * 20;
		size_t off;
		char digits[11];
		if (e[17] != 'n')
			continue;
		parse_offset(e, e + 10, &off);
		if (off > insert_at)
			off += ins_len;
		snprintf(digits, sizeof(digits), "%010zu", off);
		memcpy(e, digits, 10);
	}
	/* startxref: the digits may grow by one, at the very end of the file. */
	unsigned char *nsx = nd + (sx - d) + ins_len;
	unsigned char *num = nsx + strlen("startxref");
	while (*num == '\r' || *num == '\n' || *num == ' ')
		num++;
	unsigned char *num_end = num;
	while (num_end < nd + nlen && *num_end >= '0' && *num_end <= '9')
		num_end++;
	char digits[24];
	int nd_len = snprintf(digits, sizeof(digits), "%zu", nxref);
	size_t rest = (size_t)(nd + nlen - num_end);
	memmove(num + nd_len, num_end, rest);
	memcpy(num, digits, (size_t)nd_len);
	nlen = (size_t)(num - nd) + (size_t)nd_len + rest;

	/* Check the result as a reader would; keep the original otherwise. */
	int ok = nxref + 5 <= nlen && memcmp(nd + nxref, "xref\n", 5) == 0;
	for (size_t i = 0; ok && i < count; i++) {
		const unsigned char *e = nentries + i * 20;
		size_t off;
		if (e[17] == 'n')
			ok = parse_offset(e, e + 10, &off) == 0 && entry_ok(nd, nlen, off, i);
	}
	if (!ok) {
		free(nd);
		return 1;
	}
	free(pdf->data);
	pdf->data = nd;
	pdf->len = nlen;
	pdf->cap = alloc;
	return 0;
}

/* Draws every page of `sheet` as PDF pages, with a bookmark to its first. */
static int pdf_sheet(job *j, cairo_t *cr, cairo_surface_t *surface, size_t which, int *page_no)
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
	for (size_t i = 0; rc == 0 && i < n_pages; i++) {
		cairo_save(cr);
		cairo_scale(cr, PDF_SCALE, PDF_SCALE);
		rc = pv_sheet_draw_page(cr, &pages[i], j->r->icons, j->err, sizeof(j->err));
		cairo_restore(cr);
		if (rc == 0) {
			cairo_show_page(cr);
			(*page_no)++;
		}
	}
	if (rc == PRIVICON_EIO || rc == PRIVICON_EINVALID)
		rc = report_err(j, rc, which == PRIVICON_OVERVIEW ? -1 : (long)which,
		                "het blad kan niet worden getekend", "cannot draw the sheet");
	pv_pages_free(pages, n_pages);
	pv_sheet_free(sheet);
	return rc;
}

int privicon_renderer_pdf(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                          privicon_renderer *renderer)
{
	job j;
	membuf buf = {0};
	cairo_surface_t *surface = NULL;
	cairo_t *cr = NULL;
	char date[32], title[512];
	int rc, page_no = 1;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (!renderer || !renderer->reg)
		return PRIVICON_EINVAL;
	const privicon_register *reg = renderer->reg;
	job_begin(&j, renderer, diags);
	rc = job_notice(&j, PRIVICON_OVERVIEW);
	if (rc == 0 && source_date(date, sizeof(date)) != 0)
		rc = report(&j, PRIVICON_EINVAL, -1, "render",
		            "SOURCE_DATE_EPOCH is geen geldig aantal seconden sinds 1970",
		            "SOURCE_DATE_EPOCH is not a valid number of seconds since 1970");
	if (rc == 0) {
		surface = cairo_pdf_surface_create_for_stream(membuf_write, &buf, PDF_WIDTH_PT,
		                                              PDF_HEIGHT_PT);
		snprintf(title, sizeof(title), "%s \u2013 %s",
		         strcmp(j.lang, "en") == 0 ? "Processing of personal data"
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
		rc = pdf_sheet(&j, cr, surface, PRIVICON_OVERVIEW, &page_no);
	for (size_t i = 0; rc == 0 && i < reg->n_activities; i++)
		rc = pdf_sheet(&j, cr, surface, i, &page_no);
	if (cr)
		cairo_destroy(cr);
	if (surface) {
		int frc = finish_surface(&j, surface, &buf);
		if (rc == 0 && frc != 0)
			rc = report_err(&j, frc, -1, "de PDF kan niet worden gemaakt",
			                "cannot make the PDF");
		cairo_surface_destroy(surface);
	}
	if (rc == 0) {
		int lrc = pdf_set_lang(&buf, strcmp(j.lang, "en") == 0 ? "en-GB" : "nl-NL");
		if (lrc == PRIVICON_ENOMEM)
			rc = lrc;
		else if (lrc == 1 && diags &&
		         privicon_diagnostics_add(diags, reg->file, 0, 0, PRIVICON_WARNING, "render",
		                                  NULL,
		                                  "de taal van de PDF kon niet worden ingesteld "
		                                  "(onbekende opbouw van cairo's PDF)",
		                                  "could not set the PDF's language (cairo wrote a "
		                                  "PDF structure privicon does not know)") != 0)
			rc = PRIVICON_ENOMEM;
	}
	job_end(&j);
	if (rc != 0) {
		free(buf.data);
		return rc;
	}
	*out = buf.data;
	*size = buf.len;
	return 0;
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
	rc = renderer_init(&r, diags, reg, opts);
	if (rc == 0)
		rc = privicon_renderer_pdf(out, size, diags, &r);
	renderer_done(&r);
	return rc;
}

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
static void icons_end(job *j, privicon_renderer *r)
{
	job_end(j);
	renderer_done(r);
}

static const char *icon_title(const pv_icon *icon, const char *lang)
{
	const char *t = strcmp(lang, "en") == 0 ? icon->description_en : icon->description_nl;
	return t ? t : icon->id;
}

int privicon_icon_ids(char ***out, size_t *count, privicon_diagnostics *diags,
                      const privicon_render_options *opts)
{
	privicon_renderer r;
	job j;
	size_t n, bytes;
	char **ids, *p;
	int rc;

	if (!out || !count)
		return PRIVICON_EINVAL;
	*out = NULL;
	*count = 0;
	rc = renderer_init(&r, diags, NULL, opts);
	if (rc != 0) {
		renderer_done(&r);
		return rc;
	}
	job_begin(&j, &r, diags);
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
	job j;
	const pv_icon *icon;
	unsigned rgb = DEFAULT_ICON_COLOR;
	int rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (opts && opts->theme)
		rgb = opts->theme->color[PV_THEME_ICON];
	if (!icon_id || (color && parse_color(&rgb, color) != 0) ||
	    (format != PRIVICON_FORMAT_SVG && format != PRIVICON_FORMAT_PNG) ||
	    (format == PRIVICON_FORMAT_PNG && (size_px < 8 || size_px > 1024)))
		return PRIVICON_EINVAL;
	rc = renderer_init(&r, diags, NULL, opts);
	if (rc != 0) {
		renderer_done(&r);
		return rc;
	}
	job_begin(&j, &r, diags);
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
		membuf buf = {0};
		cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size_px, size_px);
		cairo_t *cr = cairo_create(s);
		rc = cairo_status(cr) == CAIRO_STATUS_NO_MEMORY ? PRIVICON_ENOMEM : 0;
		if (rc == 0)
			rc = pv_icon_draw(cr, icon->svg, icon->svg_size, 0, 0, size_px, rgb, j.err,
			                  sizeof(j.err));
		cairo_destroy(cr);
		if (rc == 0) {
			cairo_surface_flush(s);
			cairo_status_t st = cairo_surface_write_to_png_stream(s, membuf_write, &buf);
			if (buf.oom || st == CAIRO_STATUS_NO_MEMORY)
				rc = PRIVICON_ENOMEM;
			else if (st != CAIRO_STATUS_SUCCESS)
				rc = PRIVICON_EIO;
		}
		if (rc == 0)
			rc = finish_surface(&j, s, NULL);
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
		rc = report_err(&j, rc, -1, nl, en);
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
	job j;
	pv_svg_symbol *symbols;
	char **ids;
	size_t n;
	char *svg = NULL;
	int rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	rc = renderer_init(&r, diags, NULL, opts);
	if (rc != 0) {
		renderer_done(&r);
		return rc;
	}
	job_begin(&j, &r, diags);
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
		rc = report_err(&j, rc, -1, "de sprite kan niet worden gemaakt",
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
