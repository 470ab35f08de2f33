/* qr.c - QR codes of addresses on cairo (qr.h). */
#include "render/qr.h"

#include <errno.h>
#include <string.h>

#include <qrencode.h>

#include "privicon.h"

#define QUIET 4 /* modules of light margin on every side (ISO/IEC 18004) */

static int encode(QRcode **out, const char *text)
{
	errno = 0;
	*out = text ? QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) : NULL;
	if (*out)
		return 0;
	return errno == ENOMEM ? PRIVICON_ENOMEM : PRIVICON_EINVAL;
}

int pv_qr_width(const char *text)
{
	QRcode *qr;
	if (encode(&qr, text) != 0)
		return 0;
	int w = qr->width;
	QRcode_free(qr);
	return w;
}

static void set_rgb(cairo_t *cr, unsigned c)
{
	cairo_set_source_rgb(cr, ((c >> 16) & 0xff) / 255.0, ((c >> 8) & 0xff) / 255.0,
	                     (c & 0xff) / 255.0);
}

int pv_qr_draw(cairo_t *cr, const char *text, double x, double y, double size, unsigned dark,
               unsigned light)
{
	QRcode *qr;
	int rc = encode(&qr, text);
	if (rc != 0)
		return rc;
	int n = qr->width;
	double m = size / (n + 2 * QUIET);

	cairo_save(cr);
	cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
	set_rgb(cr, light);
	cairo_rectangle(cr, x, y, size, size);
	cairo_fill(cr);
	set_rgb(cr, dark);
	cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
	for (int r = 0; r < n; r++) {
		/* One rectangle per run of dark modules in a row. */
		for (int c = 0; c < n;) {
			if (!(qr->data[r * n + c] & 1)) {
				c++;
				continue;
			}
			int start = c;
			while (c < n && (qr->data[r * n + c] & 1))
				c++;
			cairo_rectangle(cr, x + (QUIET + start) * m, y + (QUIET + r) * m, (c - start) * m,
			                m);
		}
	}
	cairo_fill(cr);
	cairo_restore(cr);
	QRcode_free(qr);
	return cairo_status(cr) == CAIRO_STATUS_NO_MEMORY ? PRIVICON_ENOMEM : 0;
}
