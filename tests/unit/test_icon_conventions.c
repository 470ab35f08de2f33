/*
 * test_icon_conventions.c - the conventions of icons/README.md hold in the
 * pixels, not only in the sources (issue 15):
 *
 *  - Attention marker: the only carrier of "attention" once colour is gone
 *    (the attention red #a4262c and the icon blue #154273 differ by 1.4:1
 *    in lightness, so a greyscale print shows both as dark grey). Drawn at
 *    24 px in the attention colour and turned into greyscale (the
 *    luminance a black-and-white printer keeps), the marker must change its
 *    corner measurably against the same icon without it, differ in shape
 *    from the reassuring badge, and keep its exclamation mark as a light
 *    cut-out inside the dark triangle.
 *  - Every icon the notice can show with the attention tone carries the
 *    attention marker, and only those; every marker is the same path.
 *  - Negative statements are the positive glyph struck through with one
 *    45-degree line, never with a badge (no double "no").
 *  - Row headers are a glyph inside the same ring; no answer icon draws a
 *    ring where the header's ring is.
 *
 * Run with an icon directory (argv[1]) to check another set.
 */
#define _GNU_SOURCE /* memmem, M_PI */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>

#include "check.h"
#include "notice/catalogue.h"
#include "render/sheet.h"

#define ATTENTION_RED 0xa4262cu /* themes/default.json */
#define ICON_BLUE 0x154273u

/* Marker area at 24 px: the marker's box on the 48 grid is 26..44. */
#define S 24
#define BOX0 13
#define BOX1 22

/* What the notice marks for attention (notice.c: Art. 9 and 10 data, data
 * leaving the EEA, an automated decision, profiling). */
static const char *const attention_ids[] = {
	"data-health",   "data-special-category", "data-genetic",       "data-biometric",
	"data-criminal", "recipient-leaves-eu",   "decision-automated", "decision-profiling",
};
/* Stated facts shown as reassuring with the check badge. */
static const char *const reassuring_ids[] = {"recipient-stays-in-eu", "decision-person-decides"};
/* Negative statements, with their positive glyph where the set has one. */
static const char *const negatives[][2] = {
	{"decision-no-profiling", "decision-profiling"},
	{"decision-no-automated", "decision-automated"},
	{"recipient-nobody-else", NULL},
	{"recipient-never-sold", NULL},
	{"decision-none", NULL},
};

static int listed(const char *id, const char *const *ids, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(ids[i], id) == 0)
			return 1;
	return 0;
}

/* The icon drawn at `size` px on white in `color`, as luminance 0..1 per
 * pixel (row-major, size * size). Returns 0 or -1. */
static int draw_grey(double *out, const char *svg, size_t len, int size, unsigned color)
{
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, size, size);
	cairo_t *cr = cairo_create(s);
	char err[256];
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	int rc = pv_icon_draw(cr, svg, len, 0, 0, size, color, err, sizeof(err));
	cairo_destroy(cr);
	cairo_surface_flush(s);
	const unsigned char *d = cairo_image_surface_get_data(s);
	int stride = cairo_image_surface_get_stride(s);
	for (int y = 0; y < size; y++)
		for (int x = 0; x < size; x++) {
			const unsigned char *p = d + y * stride + x * 4;
			out[y * size + x] = (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;
		}
	cairo_surface_destroy(s);
	return rc == 0 ? 0 : -1;
}

/* The line of `svg` holding `needle`, or NULL; its length in *len. */
static const char *line_with(const char *svg, const char *needle, size_t *len)
{
	const char *p = strstr(svg, needle);
	if (!p)
		return NULL;
	while (p > svg && p[-1] != '\n')
		p--;
	const char *e = strchr(p, '\n');
	*len = e ? (size_t)(e - p) + 1 : strlen(p);
	return p;
}

/* `svg` without the line holding `needle` (malloc'd), or NULL. */
static char *without_line(const char *svg, const char *needle)
{
	size_t len;
	const char *l = line_with(svg, needle, &len);
	if (!l)
		return NULL;
	size_t n = strlen(svg);
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	memcpy(out, svg, (size_t)(l - svg));
	memcpy(out + (l - svg), l + len, n - (size_t)(l - svg) - len + 1);
	return out;
}

/* Mean |a - b| over the marker box. */
static double box_difference(const double *a, const double *b)
{
	double sum = 0;
	for (int y = BOX0; y <= BOX1; y++)
		for (int x = BOX0; x <= BOX1; x++)
			sum += fabs(a[y * S + x] - b[y * S + x]);
	return sum / ((BOX1 - BOX0 + 1) * (BOX1 - BOX0 + 1));
}

/* An SVG holding only the marker line of `svg`. */
static char *marker_alone(const char *svg, const char *needle)
{
	size_t len;
	const char *l = line_with(svg, needle, &len);
	const char *head_end = strchr(svg, '\n');
	if (!l || !head_end)
		return NULL;
	size_t head = (size_t)(head_end - svg) + 1;
	char *out = malloc(head + len + 8);
	if (!out)
		return NULL;
	memcpy(out, svg, head);
	memcpy(out + head, l, len);
	strcpy(out + head + len, "</svg>\n");
	return out;
}

static void test_attention_marker(const pv_catalogue *cat)
{
	const char *canonical = NULL;
	size_t canonical_len = 0, n_att = 0, wrong = 0;
	double worst_change = 1, worst_cut = 1;
	const char *worst_change_id = "", *worst_cut_id = "";
	for (size_t i = 0; i < pv_catalogue_icon_count(cat); i++) {
		const pv_icon *icon = pv_catalogue_icon_at(cat, i);
		pv_icon_marker m = pv_icon_marker_of(icon);
		int want = listed(icon->id, attention_ids, sizeof(attention_ids) / sizeof(*attention_ids));
		int want_r =
			listed(icon->id, reassuring_ids, sizeof(reassuring_ids) / sizeof(*reassuring_ids));
		if ((m == PV_MARKER_ATTENTION) != want || (m == PV_MARKER_REASSURING) != want_r) {
			wrong++;
			printf("# %s: marker %d, expected %s\n", icon->id, (int)m,
			       want ? "attention" : want_r ? "reassuring" : "none");
		}
		if (m != PV_MARKER_ATTENTION)
			continue;
		n_att++;
		size_t len;
		const char *line = line_with(icon->svg, "class=\"marker-attention\"", &len);
		if (!canonical) {
			canonical = line;
			canonical_len = len;
		} else if (len != canonical_len || memcmp(line, canonical, len) != 0) {
			wrong++;
			printf("# %s: its attention marker is not the same path as the others\n", icon->id);
		}
		/* The corner with and without the marker, in greyscale. */
		double with[S * S], without[S * S];
		char *bare = without_line(icon->svg, "class=\"marker-attention\"");
		if (!bare || draw_grey(with, icon->svg, icon->svg_size, S, ATTENTION_RED) != 0 ||
		    draw_grey(without, bare, strlen(bare), S, ATTENTION_RED) != 0) {
			wrong++;
			free(bare);
			continue;
		}
		free(bare);
		double change = box_difference(with, without);
		if (change < worst_change) {
			worst_change = change;
			worst_change_id = icon->id;
		}
		/* The exclamation mark: the lightest pixel of the triangle's
		 * middle column (x 17, y 16..20 at 24 px: the bar) against the
		 * dark body beside it (x 15 and 19, y 20). */
		double light = 0, dark = (with[20 * S + 15] + with[20 * S + 19]) / 2;
		for (int y = 16; y <= 20; y++)
			if (with[y * S + 17] > light)
				light = with[y * S + 17];
		if (light - dark < worst_cut) {
			worst_cut = light - dark;
			worst_cut_id = icon->id;
		}
	}
	CHECK(wrong == 0 && n_att == sizeof(attention_ids) / sizeof(*attention_ids),
	      "the attention marker is on exactly the %zu icons the notice marks for attention, "
	      "the reassuring badge on %zu, every attention marker the same path",
	      n_att, sizeof(reassuring_ids) / sizeof(*reassuring_ids));
	/* Thresholds, from the marker before and after issue 15 (the old one
	 * was a 13.8-unit triangle with a 2-unit cut-out): the change of the
	 * corner was 0.14 on its weakest icon (data-biometric), the 18-unit
	 * marker gives at least 0.22 (recipient-leaves-eu, whose stars reach
	 * into the corner); 0.2 keeps the larger marker. The cut-out of the
	 * exclamation mark measures 0.74 lighter than the body beside it; 0.3
	 * is what stays visible on a laser print of a 6 mm icon. */
	printf("# attention marker at %d px, greyscale: corner changes by %.2f at least (%s), "
	       "exclamation mark %.2f lighter than the triangle at least (%s)\n",
	       S, worst_change, worst_change_id, worst_cut, worst_cut_id);
	CHECK(worst_change >= 0.2,
	      "at %d px in greyscale the attention marker changes its corner by >= 0.2 "
	      "in mean luminance on every attention icon (least: %.2f, %s)",
	      S, worst_change, worst_change_id);
	CHECK(worst_cut >= 0.3,
	      "at %d px in greyscale the exclamation mark stays a light cut-out in the dark "
	      "triangle (least contrast %.2f, %s)",
	      S, worst_cut, worst_cut_id);

	/* Attention triangle against the reassuring badge: different shapes,
	 * not only different colours (old markers: 0.13; now 0.18). */
	const pv_icon *a = pv_catalogue_icon(cat, attention_ids[0]);
	const pv_icon *r = pv_catalogue_icon(cat, reassuring_ids[0]);
	char *am = a ? marker_alone(a->svg, "class=\"marker-attention\"") : NULL;
	char *rm = r ? marker_alone(r->svg, "class=\"marker-reassuring\"") : NULL;
	double ga[S * S], gr[S * S], d = 0;
	if (am && rm && draw_grey(ga, am, strlen(am), S, ATTENTION_RED) == 0 &&
	    draw_grey(gr, rm, strlen(rm), S, ICON_BLUE) == 0)
		d = box_difference(ga, gr);
	printf("# attention triangle against reassuring badge at %d px, greyscale: %.2f\n", S, d);
	CHECK(d >= 0.15,
	      "at %d px in greyscale the attention triangle and the reassuring badge differ in "
	      "shape (mean luminance difference %.2f >= 0.15)",
	      S, d);
	free(am);
	free(rm);
}

/* The next glyph line of an icon source from *p: an element line that is
 * not the title, a marker or `strike`. Its length in *len; NULL at the end. */
static const char *next_glyph_line(const char **p, const char *strike, size_t *len)
{
	while (**p) {
		const char *l = *p, *e = strchr(l, '\n');
		size_t n = e ? (size_t)(e - l) : strlen(l);
		*p = e ? e + 1 : l + n;
		if (strncmp(l, "  <", 3) != 0 || strncmp(l, "  <title", 8) == 0 ||
		    strncmp(l, strike, strlen(strike)) == 0 || memmem(l, n, "marker-", 7))
			continue;
		*len = n;
		return l;
	}
	return NULL;
}

/* Whether icon sources a and b draw the same glyph (apart from title,
 * markers and the strike). */
static int same_glyph(const char *a, const char *b, const char *strike)
{
	for (;;) {
		size_t la = 0, lb = 0;
		const char *x = next_glyph_line(&a, strike, &la), *y = next_glyph_line(&b, strike, &lb);
		if (!x || !y)
			return !x && !y;
		if (la != lb || memcmp(x, y, la) != 0)
			return 0;
	}
}

/* The strike of a negative icon: a line "M x1 y1 L x2 y2" rising at 45
 * degrees over at least 28 units. Writes the line's start into strike. */
static int has_strike(const char *svg, char *strike, size_t size)
{
	for (const char *p = strstr(svg, "<path d=\"M"); p; p = strstr(p + 1, "<path d=\"M")) {
		double x1, y1, x2, y2;
		int used = 0;
		if (sscanf(p, "<path d=\"M%lf %lf L%lf %lf\"/>%n", &x1, &y1, &x2, &y2, &used) == 4 &&
		    used > 0 && fabs((x2 - x1) - (y1 - y2)) < 0.01 && x2 - x1 >= 28) {
			snprintf(strike, size, "  %.*s", used, p);
			return 1;
		}
	}
	return 0;
}

static void test_negatives(const pv_catalogue *cat)
{
	size_t bad = 0;
	for (size_t i = 0; i < sizeof(negatives) / sizeof(*negatives); i++) {
		const pv_icon *neg = pv_catalogue_icon(cat, negatives[i][0]);
		const pv_icon *pos = negatives[i][1] ? pv_catalogue_icon(cat, negatives[i][1]) : NULL;
		char strike[128];
		if (!neg) {
			printf("# %s: missing\n", negatives[i][0]);
			bad++;
			continue;
		}
		if (!has_strike(neg->svg, strike, sizeof(strike))) {
			printf("# %s: no 45-degree strike line\n", neg->id);
			bad++;
			continue;
		}
		if (pv_icon_marker_of(neg) != PV_MARKER_NONE) {
			printf("# %s: a badge next to the strike (double no)\n", neg->id);
			bad++;
		}
		if (negatives[i][1] && (!pos || !same_glyph(neg->svg, pos->svg, strike))) {
			printf("# %s: not the glyph of %s struck through\n", neg->id, negatives[i][1]);
			bad++;
		}
	}
	CHECK(bad == 0,
	      "every negative statement is its positive glyph struck through at 45 degrees, "
	      "with no badge (%zu icons)",
	      sizeof(negatives) / sizeof(*negatives));
}

/* Share of the header ring (r = 19 around the centre, on the 48 grid) an
 * icon inks, drawn at 48 px. */
static double ring_coverage(const pv_icon *icon)
{
	double px[48 * 48];
	if (draw_grey(px, icon->svg, icon->svg_size, 48, 0x000000) != 0)
		return -1;
	int hit = 0;
	for (int k = 0; k < 360; k++) {
		double a = k * M_PI / 180, ink = 0;
		for (double r = 18.75; r <= 19.26; r += 0.25) {
			int x = (int)(24 + r * cos(a)), y = (int)(24 + r * sin(a));
			if (x >= 0 && x < 48 && y >= 0 && y < 48 && 1 - px[y * 48 + x] > ink)
				ink = 1 - px[y * 48 + x];
		}
		hit += ink >= 0.5;
	}
	return hit / 360.0;
}

static void test_headers(const pv_catalogue *cat)
{
	double least_header = 2, most_answer = 0;
	const char *lh = "", *ma = "";
	for (size_t i = 0; i < pv_catalogue_icon_count(cat); i++) {
		const pv_icon *icon = pv_catalogue_icon_at(cat, i);
		double c = ring_coverage(icon);
		if (strncmp(icon->id, "question-", 9) == 0) {
			if (c < least_header) {
				least_header = c;
				lh = icon->id;
			}
		} else if (c > most_answer) {
			most_answer = c;
			ma = icon->id;
		}
	}
	printf("# header ring (r 19): least covered header %.2f (%s), most covered answer %.2f (%s)\n",
	       least_header, lh, most_answer, ma);
	CHECK(least_header >= 0.9, "every row header is drawn inside the ring (least %.2f, %s)",
	      least_header, lh);
	CHECK(most_answer <= 0.65,
	      "no answer icon draws the header's ring (most: %.2f of the ring, %s; limit 0.65; the old lifebuoy of why-vital-interest drew 0.71)",
	      most_answer, ma);
}

int main(int argc, char **argv)
{
	pv_catalogue *cat = NULL;
	char err[256];
	int rc = pv_catalogue_load(&cat, argc > 1 ? argv[1] : NULL, err, sizeof(err));
	CHECK(rc == 0, "the catalogue loads (%s)", rc ? err : "");
	if (rc != 0)
		return check_exit_status();
	test_attention_marker(cat);
	test_negatives(cat);
	test_headers(cat);
	pv_catalogue_free(cat);
	return check_exit_status();
}
