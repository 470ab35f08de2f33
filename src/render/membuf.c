/*
 * membuf.c - memory streams for cairo and libpng (render_job.h).
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

/* ---- memory streams --------------------------------------------------------- */

cairo_status_t pv_membuf_write(void *closure, const unsigned char *data, unsigned int length)
{
	pv_membuf *b = closure;
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
