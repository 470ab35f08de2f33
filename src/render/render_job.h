/*
 * render_job.h - what the files of the rendering API share (render.c for
 * sheets and the PDF, icons.c for the icon set, png.c, pdfmeta.c):
 * memory streams, the renderer, one call on it (a job) and how a job
 * reports trouble. Internal to libprivicon.
 */
#ifndef PRIVICON_RENDER_JOB_H
#define PRIVICON_RENDER_JOB_H

#include <stddef.h>

#include <cairo.h>

#include "model/model.h"
#include "notice/catalogue.h"
#include "notice/notice.h"
#include "privicon.h"
#include "render/layout.h"
#include "render/sheet.h"

/* A growing buffer that cairo's stream writers and libpng write into. */
typedef struct {
	unsigned char *data;
	size_t len, cap;
	int oom; /* set when growing failed; later writes fail */
} pv_membuf;

/* A cairo write function appending to the pv_membuf `closure`. */
cairo_status_t pv_membuf_write(void *closure, const unsigned char *data, unsigned int length);

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
	char *base_url;               /* ends in "/", or NULL: no QR codes */
	char qr_url[2048];            /* the address of the sheet being laid
	                                 out and drawn (lo.qr_url points here) */
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
} pv_job;

/* Sets up `r` for `reg` (NULL: icons only). On failure the caller still
 * calls pv_renderer_done(). */
int pv_renderer_init(privicon_renderer *r, privicon_diagnostics *diags,
                     const privicon_register *reg, const privicon_render_options *opts);
void pv_renderer_done(privicon_renderer *r);

/* Starts a call on `r`, with its messages going to `diags`. */
void pv_job_begin(pv_job *j, privicon_renderer *r, privicon_diagnostics *diags);
/* The notice of the one activity `only`, or of all (PRIVICON_OVERVIEW). */
int pv_job_notice(pv_job *j, size_t only);
void pv_job_end(pv_job *j);

/* Adds an error diagnostic about `activity` (an index, or -1), once per
 * job; returns rc (or PRIVICON_ENOMEM). */
int pv_job_report(pv_job *j, int rc, long activity, const char *rule, const char *nl,
                  const char *en);
/* Reports a failure with the reason in j->err. */
int pv_job_report_err(pv_job *j, int rc, long activity, const char *what_nl, const char *what_en);
/* Finishes a surface and turns its status into a return code. */
int pv_job_finish_surface(pv_job *j, cairo_surface_t *s, const pv_membuf *buf);

/* Encodes an RGB24 image surface as an 8-bit RGB PNG into `out` (png.c).
 * Returns 0, PRIVICON_ENOMEM or PRIVICON_EIO. */
int pv_png_encode(pv_membuf *out, cairo_surface_t *s);

/* SOURCE_DATE_EPOCH as an ISO 8601 date for cairo, "" when unset;
 * PRIVICON_EINVAL when malformed (pdfmeta.c). */
int pv_pdf_source_date(char *date, size_t size);

#endif
