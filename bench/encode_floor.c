/*
 * encode_floor.c - the floor for rendering PNG sheets: what it costs just
 * to encode the same pixels as the same PNG files, with nothing laid out
 * or drawn.
 *
 *   encode_floor OUTDIR < LIST
 *   -> "WRITE_NS FILES" on stdout
 *
 * LIST holds one PNG path per line (the files `privicon render` wrote and
 * printed). Each is decoded into a cairo image surface first
 * (cairo_image_surface_create_from_png); only what follows is timed: the
 * pixels encoded as privicon encodes them (pv_png_encode() in src/render/png.c:
 * libpng, 8-bit RGB, no row filter, zlib level 6, no extra chunks) into
 * memory, and the bytes written to OUTDIR/<same name>. The files are then
 * byte for byte privicon's, which bench/run.sh checks: a floor that
 * encoded differently would measure something else. Keep encode() in step
 * with pv_png_encode().
 *
 * Not cairo_surface_write_to_png(): it tries every row filter and takes
 * about twice as long as privicon's encoder, so it would be no floor.
 * Decoding one file at a time and timing its encoding (rather than
 * decoding all of them first) keeps a thousand A4 sheets (3.6 MB of pixels
 * each) out of memory; the timed part is the same.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo.h>
#include <png.h>

typedef struct {
	unsigned char *data;
	size_t len, cap;
} buffer;

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void write_cb(png_structp p, png_bytep data, png_size_t n)
{
	buffer *b = png_get_io_ptr(p);
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 65536;
		while (cap < b->len + n)
			cap *= 2;
		unsigned char *bigger = realloc(b->data, cap);
		if (!bigger)
			png_error(p, "out of memory");
		b->data = bigger;
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, n);
	b->len += n;
}

static void flush_cb(png_structp p)
{
	(void)p;
}

/* The pixels of an RGB24 surface as privicon's PNG into `out`. 0 or -1. */
static int encode(buffer *out, cairo_surface_t *s)
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
		return -1;
	}
	if (setjmp(png_jmpbuf(p))) {
		png_destroy_write_struct(&p, &info);
		free(row);
		return -1;
	}
	png_set_write_fn(p, out, write_cb, flush_cb);
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

static int write_file(const char *path, const buffer *b)
{
	FILE *fp = fopen(path, "wb");
	if (!fp)
		return -1;
	size_t n = fwrite(b->data, 1, b->len, fp);
	if (fclose(fp) != 0 || n != b->len)
		return -1;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: encode_floor OUTDIR < LIST\n", stderr);
		return 2;
	}
	const char *outdir = argv[1];
	char line[4096], out[8192];
	long long total = 0;
	long files = 0;

	while (fgets(line, sizeof(line), stdin)) {
		size_t len = strlen(line);
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		const char *base = strrchr(line, '/');
		base = base ? base + 1 : line;
		snprintf(out, sizeof(out), "%s/%s", outdir, base);

		cairo_surface_t *s = cairo_image_surface_create_from_png(line);
		if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS ||
		    cairo_image_surface_get_format(s) != CAIRO_FORMAT_RGB24) {
			fprintf(stderr, "encode_floor: %s: %s\n", line,
			        cairo_surface_status(s) != CAIRO_STATUS_SUCCESS
			                ? cairo_status_to_string(cairo_surface_status(s))
			                : "not an opaque RGB image");
			cairo_surface_destroy(s);
			return 1;
		}
		buffer b = {0};
		long long t0 = now_ns();
		int rc = encode(&b, s);
		if (rc == 0)
			rc = write_file(out, &b);
		total += now_ns() - t0;
		int err = errno;
		cairo_surface_destroy(s);
		free(b.data);
		if (rc != 0) {
			fprintf(stderr, "encode_floor: %s: %s\n", out, strerror(err));
			return 1;
		}
		files++;
	}
	if (ferror(stdin)) {
		perror("encode_floor: reading the list");
		return 1;
	}
	if (files == 0) {
		fputs("encode_floor: no PNG files listed\n", stderr);
		return 1;
	}
	printf("%lld %ld\n", total, files);
	return fflush(stdout) == 0 ? 0 : 1;
}
