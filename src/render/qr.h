/*
 * qr.h - a QR code of an address, drawn onto any cairo context (PNG, SVG,
 * PDF), so a printed sheet leads to its page online. The code comes from
 * libqrencode (Debian's libqrencode4); the modules are filled rectangles,
 * so they stay vectors in SVG and PDF.
 */
#ifndef PRIVICON_QR_H
#define PRIVICON_QR_H

#include <cairo.h>

/*
 * Draws the QR code of `text` (error correction level M, byte mode) into
 * the square (x, y, size) in user space: a `light` square (the quiet zone
 * of four modules included) with the `dark` modules on it (0xRRGGBB).
 * Modules are drawn without antialiasing, so on an image surface each
 * covers whole pixels. Returns 0, PRIVICON_ENOMEM, or PRIVICON_EINVAL when
 * the text cannot be encoded (too long for a QR code).
 */
int pv_qr_draw(cairo_t *cr, const char *text, double x, double y, double size, unsigned dark,
               unsigned light);

/* The side of the QR code of `text` in modules, the quiet zone excluded;
 * 0 when it cannot be encoded. */
int pv_qr_width(const char *text);

#endif
