/*
 * layout.c - measures and places everything on a notice sheet (see
 * layout.h). All sizes are CSS px; pango works in Pango units
 * (PANGO_SCALE per px), converted at the edges.
 *
 * Reproducibility: one pango context per render with fixed font options
 * (no hinting, no hinted metrics, glyph positions not rounded) and an
 * explicit font family, so a layout is the same on every surface and
 * every machine that has DejaVu Sans, and measuring here is exactly what
 * sheet.c draws.
 */
#include "render/layout.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "privicon.h"
#include "util/format.h"
#include "util/strbuf.h"
#include "util/url.h"
#include "util/text.h"
#include "render/theme.h"

/* ---- geometry ---------------------------------------------------------- */

#define MARGIN      36.0
#define CONTENT_W   (PV_SHEET_WIDTH - 2 * MARGIN)

/* activity sheet */
/* Paddings that a sheet laid out tighter for one A4 page (lo->compact)
 * takes smaller; they need `lo`. */
#define HEAD_PAD_TOP    (lo->compact ? 14.0 : 20.0)
#define HEAD_PAD_BOTTOM (lo->compact ? 12.0 : 16.0)
#define HEAD_GAP        4.0
#define SUMMARY_PAD_TOP (lo->compact ? 6.0 : 10.0)
#define SUMMARY_PAD_BOTTOM (lo->compact ? 4.0 : 8.0)
#define QCOL_W          158.0 /* the question column */
#define QICON           28.0
#define QTITLE_X        (QICON + 8.0)
#define ITEMS_X         (MARGIN + QCOL_W)
#define ITEMS_W         (CONTENT_W - QCOL_W)
#define ITEM_COLS       2
#define ITEM_COL_GAP    12.0
#define ITEM_COL_W      ((ITEMS_W - (ITEM_COLS - 1) * ITEM_COL_GAP) / ITEM_COLS)
/* Answer icons 48 px (12.7 mm); 36 px (9.5 mm) on a sheet laid out
 * tighter so it fits one A4 page (lo->compact). These need `lo`. */
#define ICON            (lo->compact ? 36.0 : 48.0)
#define CAPTION_X       (ICON + 8.0)
#define CAPTION_W       (ITEM_COL_W - CAPTION_X)
#define ROW_PAD         (lo->compact ? 5.0 : 8.0)
#define ITEM_GAP        (lo->compact ? 4.0 : 6.0)
#define FOOT_PAD_TOP    (lo->compact ? 6.0 : 10.0)
#define FOOT_PAD_BOTTOM (lo->compact ? 8.0 : 14.0)
#define FOOT_COL_GAP    24.0
#define CONT_PAD        12.0

/* the first layer ("In het kort") */
#define GL_PAD          (lo->compact ? 10.0 : 14.0)
#define GL_BAR          5.0   /* the bar at its left edge */
#define GL_ICON         64.0  /* 17 mm: the large icons */
#define GL_COLS         2
#define GL_COL_GAP      16.0
#define GL_QR           112.0 /* the QR code's slot, when there is a URL */

/* overview */
#define OV_ICON     32.0  /* 8.5 mm in print */
#define OV_ICON_GAP 6.0
#define OV_COMMON_TITLE_W 200.0
#define OV_PER_LINE 2
#define OV_HEAD_ICON 28.0
#define OV_HEAD_LINES 2 /* a column title may wrap onto this many lines */
#define OV_PAD      10.0

/* DejaVu Sans's line height in em: (ascent 1901 + descent 483) / 2048. */
#define LINE_EM 1.1641

/* Text styles: size in px, bold, line height factor (pango's line spacing:
 * a factor of the font's own line height, LINE_EM), words only.
 * Print on a counter: every text on an A4 sheet is at least 11 pt
 * (PV_MIN_TEXT_PX = 14.67 px at 96 px per inch); tests/render.sh checks
 * the PDF's text heights. */
static const pv_font F_ORG = {15, 0, 0, 0};
static const pv_font F_NAME = {26, 1, 0, 0};
static const pv_font F_SUMMARY = {15.5, 0, 1.1, 0};
static const pv_font F_QUESTION = {15.5, 1, 0, 1};
static const pv_font F_CAPTION = {15, 0, 1.0, 0};
static const pv_font F_FOOT_HEAD = {15, 1, 0, 1};
static const pv_font F_FOOT = {15, 0, 0, 0};
static const pv_font F_CONT = {15, 0, 0, 0};
static const pv_font F_OV_HEAD = {15, 0, 0, 1};
static const pv_font F_OV_NAME = {15, 1, 1.0, 0};
static const pv_font F_OV_LABEL = {15, 1, 0, 1};
static const pv_font F_OV_CELL = {15, 0, 0, 0};
static const pv_font F_GLANCE_TITLE = {20, 1, 0, 1};
static const pv_font F_GLANCE_ITEM = {16, 1, 1.0, 0};
static const pv_font F_GLANCE_LINE = {15.5, 0, 1.05, 0};
static const pv_font F_GLANCE_QUIET = {15, 0, 1.05, 0};
static const pv_font F_DETAILS = {17, 1, 0, 1};

/* ---- small helpers ----------------------------------------------------- */

static int is_en(const pv_layout *lo)
{
	return pv_lang_is_en(lo->lang);
}

static const char *tr(const pv_layout *lo, const char *nl, const char *en)
{
	return is_en(lo) ? en : nl;
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void set_msg(char *dst, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(dst, size, fmt, ap);
	va_end(ap);
}

/* Records a layout error for the current activity and question. */
static int layout_error(pv_layout *lo, const char *text, const char *why_nl,
                        const char *why_en)
{
	char snippet[64];
	const char *act = lo->cur_activity ? lo->cur_activity : "";
	const char *q = lo->cur_question ? lo->cur_question : "";

	pv_clip(snippet, sizeof(snippet), text, sizeof(snippet) - 1);
	pv_clip(lo->error.activity, sizeof(lo->error.activity), act, sizeof(lo->error.activity) - 1);
	if (*act) {
		set_msg(lo->error.nl, sizeof(lo->error.nl),
		        "de tekst \"%s\" past niet op het blad van verwerking '%s', bij '%s': %s "
		        "(een fout in privicon; meld deze alstublieft)",
		        snippet, act, q, why_nl);
		set_msg(lo->error.en, sizeof(lo->error.en),
		        "the text \"%s\" does not fit on the sheet of activity '%s', at '%s': %s "
		        "(a bug in privicon; please report it)",
		        snippet, act, q, why_en);
	} else {
		set_msg(lo->error.nl, sizeof(lo->error.nl),
		        "de tekst \"%s\" past niet op het overzichtsblad, bij '%s': %s "
		        "(een fout in privicon; meld deze alstublieft)",
		        snippet, q, why_nl);
		set_msg(lo->error.en, sizeof(lo->error.en),
		        "the text \"%s\" does not fit on the overview sheet, at '%s': %s "
		        "(a bug in privicon; please report it)",
		        snippet, q, why_en);
	}
	return PRIVICON_ELAYOUT;
}

/* A copy of `s` with every run of white space turned into one space and
 * none at either end: register texts keep the line breaks of the editor
 * they were typed in, which mean nothing on a sheet. */
static int is_mark(gunichar c)
{
	GUnicodeType t = g_unichar_type(c);
	return t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK ||
	       t == G_UNICODE_ENCLOSING_MARK;
}

/* Bidirectional embedding, override and isolate controls (and the
 * left-to-right and right-to-left marks): they can make a text show in
 * another order than it is written ("Trojan source"), and reordered
 * combining marks end up outside the text's cell. A register's texts are
 * read as written; Arabic or Hebrew words still show right to left. */
static int is_bidi_control(gunichar c)
{
	return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
	       (c >= 0x2066 && c <= 0x2069);
}

/* The text with runs of white space as one space, none at either end,
 * without bidi controls, and without combining marks that have no letter
 * to sit on (at the start, after white space, or after only invisible
 * format characters such as a byte order mark): such a mark is drawn
 * outside the text's cell. `s` is valid UTF-8 (the loader guarantees it). */
static char *collapse_space(const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(n + 1), *o = out;
	int space = 0, based = 0;

	if (!out)
		return NULL;
	for (const char *p = s; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		size_t len = (size_t)(g_utf8_next_char(p) - p);
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			space = o != out;
			based = 0;
			continue;
		}
		if ((!based && is_mark(c)) || is_bidi_control(c))
			continue;
		if (g_unichar_type(c) != G_UNICODE_FORMAT)
			based = 1;
		if (space)
			*o++ = ' ';
		space = 0;
		memcpy(o, p, len);
		o += len;
	}
	*o = '\0';
	return out;
}

/* Adds `s` as a sentence: a space before it, a full stop after it unless
 * it ends in punctuation already. */
static void sb_sentence(pv_strbuf *b, const char *s)
{
	size_t n = strlen(s);
	if (n == 0)
		return;
	if (b->len)
		pv_strbuf_add(b, " ");
	pv_strbuf_add(b, s);
	if (!strchr(".!?:", s[n - 1]))
		pv_strbuf_add(b, ".");
}

/* ---- bands and sheets -------------------------------------------------- */

static int band_push(pv_band *band, pv_op op)
{
	if (band->n_ops == band->cap) {
		size_t cap = band->cap ? band->cap * 2 : 16;
		pv_op *bigger = realloc(band->ops, cap * sizeof(*bigger));
		if (!bigger) {
			if (op.text)
				g_object_unref(op.text);
			return PRIVICON_ENOMEM;
		}
		band->ops = bigger;
		band->cap = cap;
	}
	band->ops[band->n_ops++] = op;
	return 0;
}

static void band_clear(pv_band *band)
{
	for (size_t i = 0; i < band->n_ops; i++)
		if (band->ops[i].text)
			g_object_unref(band->ops[i].text);
	free(band->ops);
	*band = (pv_band){0};
}

static int push_rect(pv_band *band, double x, double y, double w, double h, unsigned color)
{
	return band_push(band, (pv_op){.kind = PV_OP_RECT, .x = x, .y = y, .w = w, .h = h,
	                               .color = color});
}

static int push_rule(pv_band *band, const pv_layout *lo, double y)
{
	return band_push(band, (pv_op){.kind = PV_OP_LINE, .x = MARGIN, .y = y, .w = CONTENT_W,
	                               .h = 1.0, .color = lo->colors.rule});
}

/* Takes over the reference to `text`. */
static int push_text(pv_band *band, PangoLayout *text, double x, double y, double h,
                     unsigned color)
{
	return band_push(band, (pv_op){.kind = PV_OP_TEXT, .x = x, .y = y, .h = h, .color = color,
	                               .text = text});
}

/* An icon in the colour of its tone. The tone's shape - a check mark or
 * a warning triangle - is part of the icon sources of reassuring and
 * attention items (icons/), and their captions say it in words; the
 * colour only repeats it, so the meaning never rests on colour alone. */
static int push_icon(pv_band *band, const pv_layout *lo, const pv_icon *icon, double x, double y,
                     double size, pv_tone tone)
{
	unsigned color = tone == PV_TONE_ATTENTION ? lo->colors.attention : lo->colors.icon;
	return band_push(band, (pv_op){.kind = PV_OP_ICON, .x = x, .y = y, .w = size, .h = size,
	                               .color = color, .icon = icon});
}

static pv_band *sheet_new_band(pv_sheet *s, unsigned group, const pv_layout *lo)
{
	if (s->n_body == s->cap_body) {
		size_t cap = s->cap_body ? s->cap_body * 2 : 16;
		pv_band *bigger = realloc(s->body, cap * sizeof(*bigger));
		if (!bigger)
			return NULL;
		s->body = bigger;
		s->cap_body = cap;
	}
	pv_band *b = &s->body[s->n_body++];
	*b = (pv_band){.group = group, .activity = lo->cur_activity, .what = lo->cur_question};
	return b;
}

static pv_sheet *sheet_new(void)
{
	pv_sheet *s = calloc(1, sizeof(*s));
	if (s) {
		s->width = PV_SHEET_WIDTH;
		s->page_height = PV_SHEET_HEIGHT;
		s->background = 0xffffffu; /* the callers set the theme's */
	}
	return s;
}

void pv_sheet_free(pv_sheet *s)
{
	if (!s)
		return;
	band_clear(&s->header);
	band_clear(&s->cont_header);
	band_clear(&s->footer);
	band_clear(&s->more);
	for (size_t i = 0; i < s->n_body; i++)
		band_clear(&s->body[i]);
	free(s->body);
	free(s->title);
	free(s->desc);
	free(s);
}

/* ---- the pango context --------------------------------------------------- */

int pv_layout_init(pv_layout *lo, const pv_catalogue *catalogue, const privicon_register *reg,
                   const char *lang)
{
	PangoFontMap *map;
	cairo_font_options_t *fo;

	memset(lo, 0, sizeof(*lo));
	snprintf(lo->font_family, sizeof(lo->font_family), "%s", PV_FONT_FAMILY);
	lo->catalogue = catalogue;
	lo->reg = reg;
	snprintf(lo->lang, sizeof(lo->lang), "%s", pv_lang_is_en(lang) ? "en" : "nl");

	map = pango_cairo_font_map_get_default();
	if (!map || !(lo->pango = pango_font_map_create_context(map)))
		return PRIVICON_ENOMEM;
	fo = cairo_font_options_create();
	if (cairo_font_options_status(fo) != CAIRO_STATUS_SUCCESS) {
		cairo_font_options_destroy(fo);
		pv_layout_done(lo);
		return PRIVICON_ENOMEM;
	}
	/* Hinting snaps outlines and advances to the device pixel grid, so
	 * the same text would measure differently at 1x, 2x and in a PDF;
	 * these settings override whatever fontconfig says on this machine. */
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(lo->pango, fo);
	cairo_font_options_destroy(fo);
	pango_cairo_context_set_resolution(lo->pango, 96.0);
	pango_context_set_round_glyph_positions(lo->pango, FALSE);
	pango_context_set_language(lo->pango, pango_language_from_string(is_en(lo) ? "en-gb" : "nl-nl"));
	pango_context_set_base_dir(lo->pango, PANGO_DIRECTION_LTR);

	/* The colours of themes/default.json, the one default theme of the
	 * sheets and the HTML page. */
	privicon_theme *theme = NULL;
	int rc = pv_theme_default(&theme);
	if (rc == 0)
		rc = pv_layout_set_theme(lo, theme);
	privicon_theme_free(theme);
	if (rc != 0)
		pv_layout_done(lo);
	return rc;
}

int pv_layout_set_theme(pv_layout *lo, const privicon_theme *theme)
{
	const unsigned *c = theme->color;
	lo->colors = (pv_colors){c[PV_THEME_TEXT], c[PV_THEME_MUTED], c[PV_THEME_PRIMARY],
	                         c[PV_THEME_ON_PRIMARY], c[PV_THEME_ICON], c[PV_THEME_ATTENTION],
	                         c[PV_THEME_BACKGROUND], c[PV_THEME_SURFACE], c[PV_THEME_RULE]};
	if (theme->sheet_font) {
		size_t n = strlen(theme->sheet_font);
		if (n == 0 || n >= sizeof(lo->font_family))
			return PRIVICON_EINVAL;
		memcpy(lo->font_family, theme->sheet_font, n + 1);
	}
	return 0;
}

void pv_layout_done(pv_layout *lo)
{
	if (lo->pango)
		g_object_unref(lo->pango);
	lo->pango = NULL;
}

/* ---- measuring text ---------------------------------------------------- */

static PangoFontDescription *font_desc(const pv_layout *lo, const pv_font *font)
{
	PangoFontDescription *d = pango_font_description_new();
	if (!d)
		return NULL;
	pango_font_description_set_family(d, lo->font_family);
	pango_font_description_set_weight(d, font->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_absolute_size(d, font->size * PANGO_SCALE);
	return d;
}

/* Keeps every word with a hyphen inside it ("e-mail", "IP-adres",
 * "WOZ-waarde") on one line: pango would break after the hyphen, and a
 * key term split as "e-" / "mail" reads as two words. Returns the number
 * of words kept, or -1 on out of memory. */
static int keep_hyphenated_words(PangoLayout *pl, const char *text)
{
	PangoAttrList *attrs = NULL;
	int n = 0;
	for (const char *p = text; *p; p++) {
		if (*p != '-' || p == text || p[-1] == ' ' || p[1] == ' ' || p[1] == '\0' ||
		    p[-1] == '-' || p[1] == '-')
			continue;
		const char *start = p, *end = p;
		while (start > text && start[-1] != ' ')
			start--;
		while (*end && *end != ' ')
			end++;
		if (!attrs && !(attrs = pango_attr_list_new()))
			return -1;
		PangoAttribute *a = pango_attr_allow_breaks_new(FALSE);
		if (!a) {
			pango_attr_list_unref(attrs);
			return -1;
		}
		a->start_index = (guint)(start - text);
		a->end_index = (guint)(end - text);
		pango_attr_list_insert(attrs, a);
		n++;
		p = end - 1;
	}
	if (attrs) {
		pango_layout_set_attributes(pl, attrs);
		pango_attr_list_unref(attrs);
	}
	return n;
}

int pv_layout_font_family(char *buf, size_t size, pv_layout *lo)
{
	PangoFontDescription *want = font_desc(lo, &F_CAPTION), *got = NULL;
	PangoFont *font = want ? pango_context_load_font(lo->pango, want) : NULL;
	const char *family = NULL;

	if (font)
		got = pango_font_describe(font);
	if (got)
		family = pango_font_description_get_family(got);
	snprintf(buf, size, "%s", family ? family : "");
/* The first family of the list is the one asked for. */
	size_t first = strcspn(lo->font_family, ",");
	int same = family && strlen(family) == first &&
	           g_ascii_strncasecmp(family, lo->font_family, first) == 0;
	if (got)
		pango_font_description_free(got);
	if (font)
		g_object_unref(font);
	pango_font_description_free(want);
	return same;
}

int pv_layout_text(PangoLayout **out, double *height, pv_layout *lo, const char *text,
                   const pv_font *font, double width, double max_height)
{
	PangoFontDescription *desc;
	PangoLayout *pl;
	PangoRectangle ink, logical;
	char *clean;
	int limit = (int)floor(width * PANGO_SCALE);
	/* Ink may stick out of the logical box by a pixel or so (the
	 * overhang of a bold "f", a "j" below its neighbour): harmless while
	 * it stays inside the gaps around cells, which are wider than this. */
	int slack = 2 * PANGO_SCALE;

	*out = NULL;
	*height = 0;
	clean = collapse_space(text ? text : "");
	if (!clean)
		return PRIVICON_ENOMEM;
	pl = pango_layout_new(lo->pango);
	desc = font_desc(lo, font);
	if (!pl || !desc) {
		if (pl)
			g_object_unref(pl);
		pango_font_description_free(desc);
		free(clean);
		return PRIVICON_ENOMEM;
	}
	pango_layout_set_font_description(pl, desc);
	pango_font_description_free(desc);
	/* Register texts break inside long (Dutch compound) words when they
	 * must; privicon's own labels only at spaces, so a label that does
	 * not fit is reported instead of split as "beschermd" -> "besch-". */
	pango_layout_set_wrap(pl, PANGO_WRAP_WORD);
	pango_layout_set_width(pl, limit);
	if (font->line_height > 0)
		pango_layout_set_line_spacing(pl, (float)font->line_height);
	pango_layout_set_text(pl, clean, -1);
	int kept = keep_hyphenated_words(pl, clean);
	if (kept < 0) {
		g_object_unref(pl);
		free(clean);
		return PRIVICON_ENOMEM;
	}

	pango_layout_get_extents(pl, &ink, &logical);
	/* A word is only broken (and hyphenated) when it is wider than the
	 * whole cell: never a key term that would fit on a line of its own. */
	if (!font->words_only && logical.x + logical.width > limit) {
		pango_layout_set_attributes(pl, NULL);
		pango_layout_set_wrap(pl, PANGO_WRAP_WORD_CHAR);
		pango_layout_get_extents(pl, &ink, &logical);
	}
	if (logical.x < 0 || logical.x + logical.width > limit || ink.x < -slack ||
	    ink.x + ink.width > limit + slack) {
		char why_nl[96], why_en[96];
		set_msg(why_nl, sizeof(why_nl), "een regel is %.1f px breed, het vak %.1f px",
		        (double)(logical.x + logical.width) / PANGO_SCALE, width);
		set_msg(why_en, sizeof(why_en), "a line is %.1f px wide, its cell %.1f px",
		        (double)(logical.x + logical.width) / PANGO_SCALE, width);
		int rc = layout_error(lo, clean, why_nl, why_en);
		g_object_unref(pl);
		free(clean);
		return rc;
	}
	double h = (double)logical.height / PANGO_SCALE;
	if (max_height > 0 && h > max_height + 0.01) {
		char why_nl[96], why_en[96];
		set_msg(why_nl, sizeof(why_nl), "de tekst is %.1f px hoog, het vak %.1f px", h,
		        max_height);
		set_msg(why_en, sizeof(why_en), "the text is %.1f px high, its cell %.1f px", h,
		        max_height);
		int rc = layout_error(lo, clean, why_nl, why_en);
		g_object_unref(pl);
		free(clean);
		return rc;
	}
	free(clean);
	*out = pl;
	*height = h;
	return 0;
}

/* Lays out a text and adds it to `band` at (x, y); *h gets its height. */
static int add_text(pv_band *band, double *h, pv_layout *lo, const char *text,
                    const pv_font *font, double x, double y, double width, double max_height,
                    unsigned color)
{
	PangoLayout *pl;
	double th;
	int rc = pv_layout_text(&pl, &th, lo, text, font, width, max_height);
	if (rc != 0)
		return rc;
	if (h)
		*h = th;
	return push_text(band, pl, x, y, th, color);
}

/* Like add_text, but never more than `max_lines` lines: the rest is cut
 * off with an ellipsis. For the headers and the overview's name column,
 * whose text - an activity name may have 4,000 characters by the schema -
 * must leave room for the sheet; the whole text stays in the SVG's
 * <title> and <desc> and in the PDF's bookmarks. */
static int add_text_lines(pv_band *band, double *h, pv_layout *lo, const char *text,
                          const pv_font *font, double x, double y, double width, int max_lines,
                          unsigned color)
{
	PangoLayout *pl;
	PangoRectangle logical;
	double th;
	int rc = pv_layout_text(&pl, &th, lo, text, font, width, 0);
	if (rc != 0)
		return rc;
	if (pango_layout_get_line_count(pl) > max_lines) {
		pango_layout_set_ellipsize(pl, PANGO_ELLIPSIZE_END);
		pango_layout_set_height(pl, -max_lines);
		pango_layout_get_extents(pl, NULL, &logical);
		th = (double)logical.height / PANGO_SCALE;
	}
	if (h)
		*h = th;
	return push_text(band, pl, x, y, th, color);
}

/* Centres the lines of the text op last added to `band` in its cell. */
static void center_last_text(pv_band *band)
{
	pango_layout_set_alignment(band->ops[band->n_ops - 1].text, PANGO_ALIGN_CENTER);
}

/* Says what the op last added to `band` is to a reader (pv_role). */
static pv_op *mark_last(pv_band *band, pv_role role)
{
	pv_op *op = &band->ops[band->n_ops - 1];
	op->role = role;
	return op;
}

/* The language tag of `shown` when it is the register text `t` in the
 * other language than the sheet's (the notice fell back to it), else
 * NULL: a screen reader then reads it with the right voice. */
static const char *fallback_lang(const pv_layout *lo, const pv_text *t, const char *shown)
{
	const char *own = is_en(lo) ? t->en : t->nl;
	const char *other = is_en(lo) ? t->nl : t->en;
	if (!shown || !*shown || shown == own || shown != other)
		return NULL;
	return is_en(lo) ? "nl-NL" : "en-GB";
}

/* An http(s) address, the only kind a sheet links to. */
static int web_url(const char *s)
{
	return s && (strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0) &&
	       strlen(s) < 2048;
}

/* ---- shared pieces -------------------------------------------------------- */

/* "2024-03-01" as "1 maart 2024" / "1 March 2024"; anything else as written. */
static void format_date(char *dst, size_t size, const char *date, int en)
{
	pv_format_date(dst, size, date, en ? PV_EN : PV_NL);
}

/* Stacks `lines` (NULL or empty ones skipped) in a column at (x, *y);
 * the first in `head` style. Each line also goes into `desc`. */
static int footer_column(pv_band *band, pv_layout *lo, double x, double *y, double width,
                         const char *const *lines, size_t n, const char *link,
                         pv_strbuf *desc)
{
	double h;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		if (!lines[i] || !*lines[i])
			continue;
		rc = add_text(band, &h, lo, lines[i], i == 0 ? &F_FOOT_HEAD : &F_FOOT, x, *y, width,
		              0, lo->colors.text);
		if (rc != 0)
			break;
		if (link && lines[i] == link && web_url(link))
			mark_last(band, PV_ROLE_LINK)->uri = link;
		else
			mark_last(band, PV_ROLE_TEXT);
		*y += h + (i == 0 ? 3 : 1);
		sb_sentence(desc, lines[i]);
	}
	return rc;
}

/*
 * The footer: at the left where residents go with questions (the
 * controller's privacy contact), at the right the data protection officer,
 * under both the versions. Each address on its own line, so a web address
 * is never broken in two. `activity` is NULL on the overview.
 */
static int build_footer(pv_band *band, pv_layout *lo, const pv_activity *activity,
                        pv_strbuf *desc)
{
	const pv_controller *c = &lo->reg->controller;
	double col_w = (CONTENT_W - FOOT_COL_GAP) * 0.56;
	double yl = FOOT_PAD_TOP, yr = FOOT_PAD_TOP, h;
	pv_strbuf line = {0};
	char date[64], version[32];
	int rc;

	lo->cur_question = tr(lo, "voettekst", "footer");
	band->part = PV_PART_FOOTER;
	rc = push_rule(band, lo, 0);
	/* Each address on its own line (11 pt print has no room for two),
	 * the left column wider: it holds the web address. */
	/* The controller's name is in the header already. */
	const char *left[] = {tr(lo, "Vragen over uw gegevens?", "Questions about your data?"),
	                      c->email, c->phone, c->web};
	if (rc == 0)
		rc = footer_column(band, lo, MARGIN, &yl, col_w, left, 4, c->web, desc);
	if (rc == 0 && (c->dpo_name || c->dpo_email || c->dpo_phone)) {
		const char *right[] = {tr(lo, "Functionaris gegevensbescherming",
		                          "Data protection officer"),
		                       c->dpo_name, c->dpo_email, c->dpo_phone};
		rc = footer_column(band, lo, MARGIN + col_w + FOOT_COL_GAP, &yr,
		                   CONTENT_W - col_w - FOOT_COL_GAP, right, 4, NULL, desc);
	}
	if (rc != 0)
		return rc;

	format_date(date, sizeof(date), lo->reg->date, is_en(lo));
	pv_strbuf_add(&line, tr(lo, "Register versie ", "Register version "));
	pv_strbuf_add(&line, lo->reg->version ? lo->reg->version : "");
	if (*date) {
		pv_strbuf_add(&line, tr(lo, " van ", " of "));
		pv_strbuf_add(&line, date);
	}
	if (activity) {
		snprintf(version, sizeof(version), "%ld", activity->version);
		pv_strbuf_add(&line, tr(lo, " \u00b7 deze verwerking: versie ",
		                 " \u00b7 this activity: version "));
		pv_strbuf_add(&line, version);
	}
	char *text = pv_strbuf_take(&line);
	if (!text)
		return PRIVICON_ENOMEM;
	double y = (yl > yr ? yl : yr) + 5;
	rc = add_text(band, &h, lo, text, &F_FOOT, MARGIN, y, CONTENT_W, 0, lo->colors.muted);
	if (rc == 0)
		mark_last(band, PV_ROLE_TEXT);
	sb_sentence(desc, text);
	free(text);
	if (rc != 0)
		return rc;
	band->height = y + h + FOOT_PAD_BOTTOM;
	return 0;
}

/* The band across the top of later pages: "Controller · Name (vervolg)". */
static int build_cont_header(pv_band *band, pv_layout *lo, const char *name)
{
	pv_strbuf b = {0};
	double h;
	int rc;

	lo->cur_question = tr(lo, "kop", "header");
	band->part = PV_PART_REPEAT;
	pv_strbuf_add(&b, lo->reg->controller.name ? lo->reg->controller.name : "");
	pv_strbuf_add(&b, " \u00b7 ");
	pv_strbuf_add(&b, name);
	pv_strbuf_add(&b, tr(lo, " (vervolg)", " (continued)"));
	char *text = pv_strbuf_take(&b);
	if (!text)
		return PRIVICON_ENOMEM;
	rc = push_rect(band, 0, 0, PV_SHEET_WIDTH, 1, lo->colors.band); /* resized below */
	if (rc == 0)
		rc = add_text_lines(band, &h, lo, text, &F_CONT, MARGIN, CONT_PAD, CONTENT_W, 2,
		              lo->colors.band_text);
	free(text);
	if (rc != 0)
		return rc;
	band->ops[0].h = h + 2 * CONT_PAD;
	band->height = h + 2 * CONT_PAD + 8;
	return 0;
}

/* The note that ends a PNG cut short (pv_sheet_paginate_capped). */
static int build_more(pv_band *band, pv_layout *lo)
{
	double h;
	int rc;

	lo->cur_question = tr(lo, "vervolg", "continuation");
	band->part = PV_PART_REPEAT;
	rc = push_rule(band, lo, 0);
	if (rc == 0)
		rc = add_text(band, &h, lo,
		              tr(lo, "Dit blad is te lang voor \u00e9\u00e9n afbeelding. De rest staat "
		                     "in de PDF en in de SVG-versie.",
		                 "This sheet is too long for one image. The rest is in the PDF and "
		                 "in the SVG version."),
		              &F_QUESTION, MARGIN, CONT_PAD, CONTENT_W, 0, lo->colors.text);
	if (rc != 0)
		return rc;
	band->height = CONT_PAD + h + CONT_PAD;
	return 0;
}

/* The blue band: controller name above `title`, then `subtitle` (or NULL). */
static int build_header(pv_band *band, pv_layout *lo, const char *title,
                        const char *title_lang, const char *subtitle)
{
	double y = HEAD_PAD_TOP, h;
	int rc;

	lo->cur_question = tr(lo, "kop", "header");
	rc = push_rect(band, 0, 0, PV_SHEET_WIDTH, 1, lo->colors.band);
	if (rc == 0)
		rc = add_text(band, &h, lo, lo->reg->controller.name ? lo->reg->controller.name : "",
		              &F_ORG, MARGIN, y, CONTENT_W, 0, lo->colors.band_text);
	if (rc != 0)
		return rc;
	mark_last(band, PV_ROLE_TEXT);
	y += h + HEAD_GAP;
	rc = add_text_lines(band, &h, lo, title, &F_NAME, MARGIN, y, CONTENT_W, 3,
	                    lo->colors.band_text);
	if (rc != 0)
		return rc;
	mark_last(band, PV_ROLE_TITLE)->lang = title_lang;
	y += h;
	if (subtitle) {
		y += HEAD_GAP;
		rc = add_text(band, &h, lo, subtitle, &F_ORG, MARGIN, y, CONTENT_W, 0,
		              lo->colors.band_text);
		if (rc != 0)
			return rc;
		mark_last(band, PV_ROLE_TEXT);
		y += h;
	}
	band->ops[0].h = y + HEAD_PAD_BOTTOM;
	band->height = y + HEAD_PAD_BOTTOM;
	return 0;
}

static const pv_icon *find_icon(pv_layout *lo, const char *id)
{
	return id ? pv_catalogue_icon(lo->catalogue, id) : NULL;
}

/* ---- the activity sheet ---------------------------------------------------- */

/* A caption taller than this many lines in one column may take two. */
#define SPAN_LINES 4

/* One item of a row, measured. */
typedef struct {
	PangoLayout *caption;
	double height;
	int span;      /* columns it takes: 1 or 2 */
	int line, col; /* where it goes */
} row_item;

static void free_items(row_item *items, size_t n)
{
	for (size_t k = 0; items && k < n; k++)
		if (items[k].caption)
			g_object_unref(items[k].caption);
	free(items);
}

/* Measures every caption; a caption that would run over more than
 * SPAN_LINES lines in one column takes two when that makes it shorter,
 * so one long list of recipients does not stretch its whole row. Then
 * flows the items into lines of ITEM_COLS columns, in notice order. */
static int measure_items(row_item **out, size_t *n_lines, pv_layout *lo,
                         const pv_notice_row *row)
{
	double one_line = F_CAPTION.size * LINE_EM *
	                  (F_CAPTION.line_height ? F_CAPTION.line_height : 1);
	row_item *items = calloc(row->n_items ? row->n_items : 1, sizeof(*items));
	int line = 0, col = 0, rc = 0;

	*out = NULL;
	if (!items)
		return PRIVICON_ENOMEM;
	for (size_t k = 0; rc == 0 && k < row->n_items; k++) {
		const char *text = row->items[k].caption ? row->items[k].caption : "";
		row_item *it = &items[k];
		it->span = 1;
		rc = pv_layout_text(&it->caption, &it->height, lo, text, &F_CAPTION, CAPTION_W, 0);
		if (rc == 0 && ITEM_COLS > 1 && it->height > SPAN_LINES * one_line + 0.5) {
			PangoLayout *wide;
			double h;
			rc = pv_layout_text(&wide, &h, lo, text, &F_CAPTION,
			                    CAPTION_W + ITEM_COL_W + ITEM_COL_GAP, 0);
			if (rc == 0 && h < it->height) {
				g_object_unref(it->caption);
				it->caption = wide;
				it->height = h;
				it->span = 2;
			} else if (rc == 0) {
				g_object_unref(wide);
			}
		}
		if (rc != 0)
			break;
		if (col + it->span > ITEM_COLS) {
			line++;
			col = 0;
		}
		it->line = line;
		it->col = col;
		col += it->span;
	}
	if (rc != 0) {
		free_items(items, row->n_items);
		return rc;
	}
	*out = items;
	*n_lines = row->n_items ? (size_t)line + 1 : 1;
	return 0;
}

/* One question row: the question's icon and title at the left, the items
 * at the right, three columns to a line; one band per line of items so a
 * long row can go on onto the next PDF page between lines. */
static int build_row(pv_sheet *s, pv_layout *lo, const pv_notice_row *row, unsigned group,
                     int shaded, pv_strbuf *desc)
{
	const pv_icon *qicon = find_icon(lo, row->icon_id);
	PangoLayout *title = NULL;
	row_item *items = NULL;
	size_t n_lines = 0, k = 0;
	double title_h;
	int rc;

	lo->cur_question = row->title ? row->title : "";
	if (!qicon)
		return PRIVICON_EINVAL;
	rc = pv_layout_text(&title, &title_h, lo, row->title ? row->title : "", &F_QUESTION,
	                    QCOL_W - QTITLE_X - 8, 0);
	if (rc == 0)
		rc = measure_items(&items, &n_lines, lo, row);
	if (rc != 0) {
		if (title)
			g_object_unref(title);
		return rc;
	}

	/* For a screen reader: the heading and each caption as sentences
	 * ("Uw rechten. U mag uw gegevens inzien. ..."), so the voice pauses
	 * after the heading and between the answers. */
	sb_sentence(desc, row->title ? row->title : "");
	for (size_t i = 0; i < row->n_items; i++)
		sb_sentence(desc, row->items[i].caption ? row->items[i].caption : "");

	for (size_t line = 0; rc == 0 && line < n_lines; line++) {
		double line_h = ICON;
		for (size_t i = k; i < row->n_items && items[i].line == (int)line; i++)
			if (items[i].height > line_h)
				line_h = items[i].height;
		double top = line == 0 ? ROW_PAD : 0;
		double bottom = line + 1 == n_lines ? ROW_PAD : ITEM_GAP;
		if (line == 0 && title_h > line_h)
			line_h = title_h;
		pv_band *band = sheet_new_band(s, group, lo);
		if (!band) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		band->height = top + line_h + bottom;
		if (shaded)
			rc = push_rect(band, MARGIN - 8, 0, CONTENT_W + 16, band->height, lo->colors.shade);
		if (rc == 0 && line == 0 && !shaded)
			rc = push_rule(band, lo, 0);
		if (rc == 0 && line == 0) {
			/* The question's icon and title, centred on the first line
			 * of 48 px icons when they are lower than it. */
			double qy = top + (ICON - QICON) / 2;
			double ty = top + (title_h < ICON ? (ICON - title_h) / 2 : 0);
			rc = push_icon(band, lo, qicon, MARGIN, qy, QICON, PV_TONE_NEUTRAL);
			if (rc == 0) {
				rc = push_text(band, title, MARGIN + QTITLE_X, ty, title_h, lo->colors.text);
				title = NULL;
			}
			if (rc == 0)
				mark_last(band, PV_ROLE_QUESTION)->cell = (int)row->question;
		}
		for (; rc == 0 && k < row->n_items && items[k].line == (int)line; k++) {
			const pv_notice_item *it = &row->items[k];
			const pv_icon *icon = find_icon(lo, it->icon_id);
			double x = ITEMS_X + items[k].col * (ITEM_COL_W + ITEM_COL_GAP);
			double h = items[k].height;
			if (!icon) {
				rc = PRIVICON_EINVAL;
				break;
			}
			rc = push_icon(band, lo, icon, x, top, ICON, it->tone);
			if (rc == 0) {
				rc = push_text(band, items[k].caption, x + CAPTION_X,
				               top + (h < ICON ? (ICON - h) / 2 : 0), h, lo->colors.text);
				items[k].caption = NULL; /* the band has it (or freed it) */
			}
			if (rc == 0)
				mark_last(band, PV_ROLE_ANSWER)->cell = (int)row->question;
		}
	}
	free_items(items, row->n_items);
	if (title)
		g_object_unref(title);
	return rc;
}

/* Notice texts are in one language and may fall back to the other; a
 * missing one leaves the slot empty rather than inventing words. */
static const char *or_empty(const char *s)
{
	return s ? s : "";
}

/* ---- the first layer ------------------------------------------------------ */

/* "In het kort" / "At a glance": a shaded box with a bar at its left
 * edge, under the summary. The large icons of what deserves attention
 * (GL_COLS to a line, each with its caption), then the retention, what
 * the resident can do, what the register does not state, and - quiet, in
 * the secondary colour - the reassuring facts it states. All words come
 * from the notice's glance (notice/glance.h), which the HTML page shows
 * too. A QR code's slot is kept at the right when lo->qr_url is set. */
static int build_glance(pv_sheet *s, pv_layout *lo, const pv_notice_glance *g,
                        pv_strbuf *desc)
{
	double x0 = MARGIN + GL_BAR + GL_PAD;
	double w = CONTENT_W - GL_BAR - 2 * GL_PAD - (lo->qr_url ? GL_QR + GL_PAD : 0);
	double col_w = (w - (GL_COLS - 1) * GL_COL_GAP) / GL_COLS;
	double y = GL_PAD, h;
	pv_band *band;
	int rc;

	lo->cur_question = g->title;
	if (!(band = sheet_new_band(s, 1, lo)))
		return PRIVICON_ENOMEM;
	/* The shade and the bar first, so they lie under the rest; their
	 * height is set at the end. */
	rc = push_rect(band, MARGIN, 0, CONTENT_W, 1, lo->colors.shade);
	if (rc == 0)
		rc = push_rect(band, MARGIN, 0, GL_BAR, 1, lo->colors.band);
	if (rc == 0)
		rc = add_text(band, &h, lo, g->title, &F_GLANCE_TITLE, x0, y, w, 0, lo->colors.text);
	if (rc != 0)
		return rc;
	/* for the PDF: a section of its own, like a question's */
	mark_last(band, PV_ROLE_QUESTION)->cell = PV_Q_COUNT;
	sb_sentence(desc, g->title);
	y += h + 10;
	for (size_t k = 0; k < g->n_attention; k += GL_COLS) {
		double line_h = GL_ICON;
		for (size_t c = 0; c < GL_COLS && k + c < g->n_attention; c++) {
			const pv_notice_item *it = &g->attention[k + c];
			const pv_icon *icon = find_icon(lo, it->icon_id);
			double x = x0 + (double)c * (col_w + GL_COL_GAP);
			PangoLayout *pl;
			if (!icon)
				return PRIVICON_EINVAL;
			rc = push_icon(band, lo, icon, x, y, GL_ICON, it->tone);
			if (rc == 0)
				rc = pv_layout_text(&pl, &h, lo, it->caption ? it->caption : "",
				                    &F_GLANCE_ITEM, col_w - GL_ICON - 10, 0);
			if (rc == 0)
				rc = push_text(band, pl, x + GL_ICON + 10,
				               y + (h < GL_ICON ? (GL_ICON - h) / 2 : 0), h, lo->colors.text);
			if (rc != 0)
				return rc;
			mark_last(band, PV_ROLE_ANSWER)->cell = PV_Q_COUNT;
			if (h > line_h)
				line_h = h;
			sb_sentence(desc, it->caption ? it->caption : "");
		}
		y += line_h + 10;
	}
	const struct {
		const char *text;
		const pv_font *font;
		unsigned color;
	} lines[] = {
		{g->retention, &F_GLANCE_LINE, lo->colors.text},
		{g->actions, &F_GLANCE_LINE, lo->colors.text},
		{g->not_stated, &F_GLANCE_LINE, lo->colors.text},
		{g->reassuring, &F_GLANCE_QUIET, lo->colors.muted},
	};
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		if (!lines[i].text || !*lines[i].text)
			continue;
		rc = add_text(band, &h, lo, lines[i].text, lines[i].font, x0, y, w, 0, lines[i].color);
		if (rc != 0)
			return rc;
		mark_last(band, PV_ROLE_NOTE)->cell = PV_Q_COUNT;
		sb_sentence(desc, lines[i].text);
		y += h + 6;
	}
	if (lo->qr_url) {
		/* The address as text under the rest, then the code at the right:
		 * a light square (its quiet zone) on the shaded box. */
		pv_strbuf line = PV_STRBUF_INIT;
		pv_strbuf_add(&line, tr(lo, "Lees dit online: ", "Read this online: "));
		pv_strbuf_add(&line, pv_url_short(lo->qr_url));
		char *text = pv_strbuf_take(&line);
		if (!text)
			return PRIVICON_ENOMEM;
		rc = add_text(band, &h, lo, text, &F_GLANCE_LINE, x0, y, w, 0, lo->colors.text);
		if (rc == 0) {
			mark_last(band, PV_ROLE_LINK)->uri = lo->qr_url;
			sb_sentence(desc, text);
		}
		free(text);
		if (rc == 0)
			rc = band_push(band, (pv_op){.kind = PV_OP_QR, .x = MARGIN + CONTENT_W - GL_PAD - GL_QR,
			                             .y = GL_PAD, .w = GL_QR, .h = GL_QR,
			                             .color = lo->colors.text, .qr = lo->qr_url});
		if (rc != 0)
			return rc;
		mark_last(band, PV_ROLE_FIGURE)->alt =
			tr(lo, "QR-code met het adres van deze pagina online",
			   "QR code with the address of this page online");
		y += h + 6;
	}
	if (lo->qr_url && y < GL_QR + 2 * GL_PAD)
		y = GL_QR + 2 * GL_PAD; /* the QR code's slot at the right */
	y += GL_PAD - 6;
	band->ops[0].h = y;
	band->ops[1].h = y;
	band->height = y + 10;
	return 0;
}

/* The heading of the eight questions under the first layer; it belongs to
 * the first question's group, so it never ends a page alone. */
static int build_details_title(pv_sheet *s, pv_layout *lo, const char *title, pv_strbuf *desc)
{
	double h;
	pv_band *band;
	int rc;

	lo->cur_question = title;
	if (!(band = sheet_new_band(s, 2, lo)))
		return PRIVICON_ENOMEM;
	double pad = lo->compact ? 4 : 6;
	rc = add_text(band, &h, lo, title, &F_DETAILS, MARGIN, pad, CONTENT_W, 0, lo->colors.text);
	if (rc == 0) {
		mark_last(band, PV_ROLE_TEXT);
		sb_sentence(desc, title);
	}
	band->height = pad + h + pad;
	return rc;
}

static int layout_activity(pv_sheet **out, pv_layout *lo, const pv_notice *notice, size_t i)
{
	const pv_notice_activity *na;
	pv_sheet *s;
	pv_strbuf desc = {0};
	int rc;

	*out = NULL;
	if (i >= notice->n_activities)
		return PRIVICON_EINVAL;
	na = &notice->activities[i];
	lo->cur_activity = na->activity->id;
	lo->cur_question = NULL;
	s = sheet_new();
	if (!s)
		return PRIVICON_ENOMEM;
	s->background = lo->colors.background;
	s->title = collapse_space(or_empty(na->name));
	if (!s->title) {
		pv_sheet_free(s);
		return PRIVICON_ENOMEM;
	}
	sb_sentence(&desc, or_empty(lo->reg->controller.name));
	sb_sentence(&desc, s->title);
	if (na->status)
		sb_sentence(&desc, na->status);
	rc = build_header(&s->header, lo, s->title,
	                  fallback_lang(lo, &na->activity->name, na->name), na->status);
	if (rc == 0)
		rc = build_cont_header(&s->cont_header, lo, s->title);
	if (rc == 0)
		rc = build_more(&s->more, lo);

	/* The summary: its own band under the header, so even a summary of
	 * the schema's maximum length only pushes the rows down. */
	if (rc == 0 && na->summary && *na->summary) {
		double h;
		lo->cur_question = tr(lo, "samenvatting", "summary");
		pv_band *band = sheet_new_band(s, 1, lo);
		if (!band)
			rc = PRIVICON_ENOMEM;
		else
			rc = add_text(band, &h, lo, na->summary, &F_SUMMARY, MARGIN, SUMMARY_PAD_TOP,
			              CONTENT_W, 0, lo->colors.text);
		if (rc == 0) {
			mark_last(band, PV_ROLE_TEXT)->lang =
				fallback_lang(lo, &na->activity->summary, na->summary);
			band->height = SUMMARY_PAD_TOP + h + SUMMARY_PAD_BOTTOM;
			char *clean = collapse_space(na->summary);
			if (!clean)
				rc = PRIVICON_ENOMEM;
			else
				sb_sentence(&desc, clean);
			free(clean);
		}
	}
	if (rc == 0)
		rc = build_glance(s, lo, &na->glance, &desc);
	if (rc == 0)
		rc = build_details_title(s, lo, na->glance.details_title, &desc);
	for (int q = 0; rc == 0 && q < PV_Q_COUNT; q++)
		rc = build_row(s, lo, &na->rows[q], 2 + (unsigned)q, q % 2 == 1, &desc);
	if (rc == 0)
		rc = build_footer(&s->footer, lo, na->activity, &desc);
	s->desc = pv_strbuf_take(&desc);
	if (rc == 0 && !s->desc)
		rc = PRIVICON_ENOMEM;
	if (rc != 0) {
		pv_sheet_free(s);
		return rc;
	}
	*out = s;
	return 0;
}

/* The number of A4 pages `sheet` takes, or 0 when it cannot be paginated. */
static size_t a4_pages(const pv_sheet *sheet, pv_layout *lo)
{
	pv_page *pages = NULL;
	size_t n = 0;
	if (pv_sheet_paginate(&pages, &n, sheet, 0, lo) != 0)
		return 0;
	pv_pages_free(pages, n);
	return n;
}

/* Print at a counter: one activity on one A4 page where it fits. A sheet
 * that takes two pages with 48 px icons but fits one with 36 px icons
 * and tighter padding is laid out that way (on every surface, so they
 * agree); a sheet that needs two pages either way keeps the larger icons
 * and goes on to a second page with the repeated header. Text sizes never
 * change (11 pt at least). */
#define COMPACT_REACH 1.3 /* tighter saves at most this factor: don't try beyond */
int pv_layout_activity(pv_sheet **out, pv_layout *lo, const pv_notice *notice, size_t i)
{
	lo->compact = 0;
	int rc = layout_activity(out, lo, notice, i);
	if (rc != 0)
		return rc;
	double height = (*out)->header.height + (*out)->footer.height;
	for (size_t b = 0; b < (*out)->n_body; b++)
		height += (*out)->body[b].height;
	if (height > (*out)->page_height * COMPACT_REACH || a4_pages(*out, lo) <= 1)
		return 0;
	pv_sheet *tight = NULL;
	lo->compact = 1;
	rc = layout_activity(&tight, lo, notice, i);
	lo->compact = 0;
	if (rc == PRIVICON_ENOMEM) {
		pv_sheet_free(*out);
		*out = NULL;
		return rc;
	}
	if (rc == 0 && a4_pages(tight, lo) == 1) {
		pv_sheet_free(*out);
		*out = tight;
	} else {
		pv_sheet_free(tight);
	}
	return 0;
}

/* ---- the overview ------------------------------------------------------------ */

/* A row in the text version: " Title caption; caption." */
static void desc_row(pv_strbuf *desc, const pv_notice_row *row)
{
	/* The heading and each caption as sentences, so a screen reader
	 * pauses after the heading and between the answers. */
	sb_sentence(desc, or_empty(row->title));
	for (size_t k = 0; k < row->n_items; k++)
		sb_sentence(desc, or_empty(row->items[k].caption));
}

/* Which questions get a column: those whose answer (the row's icons, or
 * for "how long" the retention in words) differs between activities.
 * What is the same for every activity is said once, above the table. */
typedef struct {
	int q[PV_Q_COUNT];
	size_t n;
	int common[PV_Q_COUNT];
	size_t n_common;
} ov_columns;

/* One period as the overview writes it: "10 jaar", "permanent". */
static char *ov_period(const pv_layout *lo, const pv_retention *r)
{
	if (r->duration.permanent)
		return strdup("permanent"); /* "permanently" is too wide a word for the cell */
	return pv_duration_words(r, lo->lang);
}

/* The retention of an activity as the overview writes it: "10 jaar",
 * "permanent", "niet vermeld"; several periods from the shortest to the
 * longest, each length once, separated by commas (the cell reads no
 * line breaks): "4 weken, 10 jaar". The caller frees. */
static char *ov_retention(const pv_layout *lo, const pv_notice_activity *na)
{
	const pv_activity *a = na->activity;
	if (a->n_retentions == 0)
		return strdup(tr(lo, "niet vermeld", "not stated"));
	pv_strbuf b = PV_STRBUF_INIT;
	const pv_retention *last = NULL;
	for (;;) {
		/* The next longer period after `last` (n is small: a few periods). */
		const pv_retention *next = NULL;
		for (size_t i = 0; i < a->n_retentions; i++) {
			const pv_retention *r = &a->retentions[i];
			if ((!last || pv_duration_compare(&r->duration, &last->duration) > 0) &&
			    (!next || pv_duration_compare(&r->duration, &next->duration) < 0))
				next = r;
		}
		if (!next)
			break;
		char *words = ov_period(lo, next);
		if (!words) {
			free(pv_strbuf_take(&b));
			return NULL;
		}
		if (last)
			pv_strbuf_add(&b, ", ");
		pv_strbuf_add(&b, words);
		free(words);
		last = next;
	}
	return pv_strbuf_take(&b);
}

static int same_answer(const pv_layout *lo, const pv_notice_activity *a,
                       const pv_notice_activity *b, int q, int *same)
{
	const pv_notice_row *ra = &a->rows[q], *rb = &b->rows[q];
	*same = ra->n_items == rb->n_items;
	for (size_t k = 0; *same && k < ra->n_items; k++)
		*same = strcmp(ra->items[k].icon_id, rb->items[k].icon_id) == 0 &&
		        ra->items[k].tone == rb->items[k].tone;
	if (*same && q == PV_Q_RETENTION) {
		char *wa = ov_retention(lo, a), *wb = ov_retention(lo, b);
		if (!wa || !wb) {
			free(wa);
			free(wb);
			return PRIVICON_ENOMEM;
		}
		*same = strcmp(wa, wb) == 0;
		free(wa);
		free(wb);
	}
	return 0;
}

static int ov_choose_columns(ov_columns *cols, const pv_layout *lo, const pv_notice *notice)
{
	memset(cols, 0, sizeof(*cols));
	for (int q = 0; q < PV_Q_COUNT; q++) {
		int same = notice->n_activities > 1;
		for (size_t i = 1; same && i < notice->n_activities; i++) {
			int rc = same_answer(lo, &notice->activities[0], &notice->activities[i], q, &same);
			if (rc != 0)
				return rc;
		}
		if (same)
			cols->common[cols->n_common++] = q;
		else
			cols->q[cols->n++] = q;
	}
	return 0;
}

static double ov_col_w(const ov_columns *cols)
{
	return CONTENT_W / (double)(cols->n ? cols->n : 1);
}

/* The column heads: each question's icon and title over its column. */
static int build_column_heads(pv_band *band, pv_layout *lo, const pv_notice *notice,
                              const ov_columns *cols, double y0)
{
	double h, col_w = ov_col_w(cols);
	/* A title may take OV_HEAD_LINES lines; more is an overflow, so the
	 * heads of all columns line up. */
	double title_max = OV_HEAD_LINES * F_OV_HEAD.size * LINE_EM + 0.5;
	const pv_notice_activity *first = notice->n_activities ? &notice->activities[0] : NULL;
	int rc = 0, stagger = col_w < 110;

	/* The corner cell over the activities' names: empty, so each
	 * column head stands over its column for a screen reader too. */
	rc = band_push(band, (pv_op){.kind = PV_OP_NONE, .role = PV_ROLE_COL_HEAD});
	for (size_t c = 0; rc == 0 && c < cols->n; c++) {
		int q = cols->q[c];
		const pv_question_info *qi = pv_catalogue_question_at(lo->catalogue, (size_t)q);
		const char *title = first ? first->rows[q].title : NULL;
		const char *icon_id = first ? first->rows[q].icon_id : NULL;
		if (!title && qi)
			title = is_en(lo) ? qi->en : qi->nl;
		if (!icon_id && qi)
			icon_id = qi->icon;
		const pv_icon *icon = find_icon(lo, icon_id);
		double x = MARGIN + (double)c * col_w;
		if (!icon || !title)
			return PRIVICON_EINVAL;
		/* Narrow columns (11 pt titles need about 100 px): the titles
		 * are staggered on two levels, each as wide as two columns and
		 * centred on its own. */
		double tw = stagger ? 2 * col_w - 8 : col_w - 4;
		double tx = x + col_w / 2 - tw / 2;
		double ty = y0 + OV_HEAD_ICON + 4 + (stagger && c % 2 ? title_max + 2 : 0);
		if (tx < MARGIN)
			tx = MARGIN;
		if (tx + tw > MARGIN + CONTENT_W)
			tx = MARGIN + CONTENT_W - tw;
		lo->cur_question = title;
		rc = push_icon(band, lo, icon, x + (col_w - OV_HEAD_ICON) / 2, y0, OV_HEAD_ICON,
		               PV_TONE_NEUTRAL);
		if (rc == 0)
			rc = add_text(band, &h, lo, title, &F_OV_HEAD, tx, ty, tw, title_max,
			              lo->colors.text);
		if (rc == 0)
			mark_last(band, PV_ROLE_COL_HEAD);
		if (rc == 0 && !stagger)
			center_last_text(band);
		if (rc == 0 && stagger) {
			/* centred on the column, also where the cell was moved in */
			PangoLayout *pl = band->ops[band->n_ops - 1].text;
			PangoRectangle lr;
			pango_layout_get_extents(pl, NULL, &lr);
			double real_w = (double)lr.width / PANGO_SCALE;
			double want = x + col_w / 2 - real_w / 2;
			if (want < MARGIN)
				want = MARGIN;
			if (want + real_w > MARGIN + CONTENT_W)
				want = MARGIN + CONTENT_W - real_w;
			band->ops[band->n_ops - 1].x = want - (double)lr.x / PANGO_SCALE;
		}
	}
	if (rc != 0)
		return rc;
	double bottom = y0 + OV_HEAD_ICON + 4 + title_max * (stagger ? 2 : 1) + 8;
	rc = band_push(band, (pv_op){.kind = PV_OP_LINE, .x = MARGIN, .y = bottom, .w = CONTENT_W,
	                             .h = 2.0, .color = lo->colors.band});
	band->height = bottom + 2 + 4;
	return rc;
}

/* The icons of `row` in a cell of width `w` at (x0, y0), OV_PER_LINE to
 * a line, or for "how long" the retention in words. *h gets the height. */
static int ov_cell(pv_band *band, pv_layout *lo, const pv_notice_activity *na, int q, double x0,
                   double y0, double w, double *h, pv_role role, int cell)
{
	const pv_notice_row *row = &na->rows[q];
	double line_w = OV_PER_LINE * OV_ICON + (OV_PER_LINE - 1) * OV_ICON_GAP;
	int rc = 0;

	*h = 0;
	if (q == PV_Q_RETENTION) {
		char *words = ov_retention(lo, na);
		if (!words)
			return PRIVICON_ENOMEM;
		rc = add_text(band, h, lo, words, &F_OV_CELL, x0 + 2, y0, w - 4, 0, lo->colors.text);
		if (rc == 0) {
			center_last_text(band);
			mark_last(band, role)->cell = cell;
		}
		free(words);
		return rc;
	}
	for (size_t k = 0; rc == 0 && k < row->n_items; k++) {
		const pv_icon *icon = find_icon(lo, row->items[k].icon_id);
		size_t line = k / OV_PER_LINE, col = k % OV_PER_LINE;
		size_t on_line = row->n_items - line * OV_PER_LINE;
		if (on_line > OV_PER_LINE)
			on_line = OV_PER_LINE;
		double lw = (double)on_line * OV_ICON + (double)(on_line - 1) * OV_ICON_GAP;
		double x = x0 + (w - (w >= line_w ? lw : line_w)) / 2 +
		           (double)col * (OV_ICON + OV_ICON_GAP);
		double y = y0 + (double)line * (OV_ICON + OV_ICON_GAP);
		if (!icon)
			return PRIVICON_EINVAL;
		rc = push_icon(band, lo, icon, x, y, OV_ICON, row->items[k].tone);
		if (rc == 0) {
			pv_op *op = mark_last(band, role);
			op->cell = cell;
			op->alt = or_empty(row->items[k].caption);
		}
		if (y + OV_ICON - y0 > *h)
			*h = y + OV_ICON - y0;
	}
	return rc;
}

/* What is the same for every activity, said once above the table: per
 * question its title and the icons (or the retention in words). */
static int build_overview_common(pv_sheet *s, pv_layout *lo, const pv_notice *notice,
                                 const ov_columns *cols, pv_strbuf *desc)
{
	const pv_notice_activity *first = &notice->activities[0];
	const char *lead = tr(lo, "Bij elke verwerking hetzelfde:", "The same for every activity:");
	double y = OV_PAD, h;
	pv_band *band;
	int rc;

	if (cols->n_common == 0)
		return 0;
	lo->cur_question = lead;
	if (!(band = sheet_new_band(s, 1, lo)))
		return PRIVICON_ENOMEM;
	rc = add_text(band, &h, lo, lead, &F_OV_LABEL, MARGIN, y, CONTENT_W, 0, lo->colors.text);
	if (rc == 0)
		mark_last(band, PV_ROLE_TEXT);
	sb_sentence(desc, lead);
	y += h + 8;
	for (size_t c = 0; rc == 0 && c < cols->n_common; c++) {
		int q = cols->common[c];
		const pv_notice_row *row = &first->rows[q];
		double th = 0, ch = 0;
		lo->cur_question = or_empty(row->title);
		rc = add_text(band, &th, lo, or_empty(row->title), &F_OV_CELL, MARGIN, y + 6,
		              OV_COMMON_TITLE_W, 0, lo->colors.text);
		if (rc == 0) {
			mark_last(band, PV_ROLE_QUESTION)->cell = q;
			rc = ov_cell(band, lo, first, q, MARGIN + OV_COMMON_TITLE_W,
			             y, CONTENT_W - OV_COMMON_TITLE_W, &ch, PV_ROLE_ANSWER, q);
		}
		/* the icons left-aligned after the title */
		y += (th + 12 > ch ? th + 12 : ch) + 6;
		desc_row(desc, row);
	}
	band->height = y + OV_PAD;
	return rc;
}

/* One activity: its name across the sheet, under it per column the icons
 * of its items, two to a line, or its retention in words. */
static int build_overview_row(pv_sheet *s, pv_layout *lo, const pv_notice_activity *na,
                              const ov_columns *cols, unsigned group, int shaded,
                              pv_strbuf *desc)
{
	pv_band *band;
	double h, row_h = 0, col_w = ov_col_w(cols), cells_y;
	int rc;

	lo->cur_activity = na->activity->id;
	lo->cur_question = or_empty(na->name);
	if (!(band = sheet_new_band(s, group, lo)))
		return PRIVICON_ENOMEM;
	rc = add_text_lines(band, &h, lo, or_empty(na->name), &F_OV_NAME, MARGIN, OV_PAD,
	                    CONTENT_W, 2, lo->colors.text);
	if (rc != 0)
		return rc;
	mark_last(band, PV_ROLE_ROW_HEAD)->lang = fallback_lang(lo, &na->activity->name, na->name);
	cells_y = OV_PAD + h + 6;
	if (desc->len)
		pv_strbuf_add(desc, " ");
	sb_sentence(desc, or_empty(na->name));
	for (size_t c = 0; c < cols->n; c++) {
		int q = cols->q[c];
		const pv_notice_row *row = &na->rows[q];
		double ch;
		lo->cur_question = or_empty(row->title);
		rc = ov_cell(band, lo, na, q, MARGIN + (double)c * col_w, cells_y, col_w, &ch,
		             PV_ROLE_CELL, (int)c);
		if (rc != 0)
			return rc;
		if (ch > row_h)
			row_h = ch;
		desc_row(desc, row);
	}
	band->height = cells_y + row_h + OV_PAD;
	if (shaded) {
		/* The shade goes under everything drawn before it. */
		rc = push_rect(band, MARGIN - 8, 0, CONTENT_W + 16, band->height, lo->colors.shade);
		if (rc == 0) {
			pv_op shade = band->ops[band->n_ops - 1];
			memmove(band->ops + 1, band->ops, (band->n_ops - 1) * sizeof(*band->ops));
			band->ops[0] = shade;
		}
	}
	return rc;
}

/* ---- the overview's legend ------------------------------------------------- */

#define LEGEND_COLS 3
#define LEGEND_MAX 256 /* distinct icons; the catalogue has fewer than 100 */

/* Adds `id` to the list of distinct icons in `ids` (the order of first use). */
static void legend_add(const char **ids, size_t *n, const char *id)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp(ids[i], id) == 0)
			return;
	if (*n < LEGEND_MAX)
		ids[(*n)++] = id;
}

/* Under the table: what each icon the overview shows means, by its short
 * name (catalogue "name"), three to a line at the overview's size, and in
 * one sentence what the markers say. The retention column is words, so
 * it needs no legend. `group` keeps the legend on one page when it fits. */
static int build_overview_legend(pv_sheet *s, pv_layout *lo, const pv_notice *notice,
                                 const ov_columns *cols, unsigned group)
{
	const char *ids[LEGEND_MAX];
	size_t n = 0;
	for (int pass = 0; pass < 2; pass++) {
		size_t nq = pass == 0 ? cols->n_common : cols->n;
		for (size_t c = 0; c < nq; c++) {
			int q = pass == 0 ? cols->common[c] : cols->q[c];
			if (q == PV_Q_RETENTION)
				continue;
			for (size_t i = 0; i < notice->n_activities; i++) {
				const pv_notice_row *row = &notice->activities[i].rows[q];
				for (size_t k = 0; k < row->n_items; k++)
					legend_add(ids, &n, row->items[k].icon_id);
				if (pass == 0)
					break; /* the same for every activity */
			}
		}
	}
	if (n == 0)
		return 0;
	const char *title = tr(lo, "Wat de pictogrammen betekenen", "What the icons mean");
	const char *markers =
		tr(lo,
		   "Een driehoek met een uitroepteken: let op. Een rondje met een vinkje: dit staat "
		   "uitdrukkelijk in het register. Doorgestreept: niet of nooit. Met een vraagteken: "
		   "niet vermeld in het register.",
		   "A triangle with an exclamation mark: take note. A round badge with a tick: the "
		   "register states this explicitly. Struck through: not or never. With a question "
		   "mark: not stated in the register.");
	double h, y = OV_PAD + 8, col_w = CONTENT_W / LEGEND_COLS;
	lo->cur_activity = NULL;
	lo->cur_question = title;
	pv_band *band = sheet_new_band(s, group, lo);
	if (!band)
		return PRIVICON_ENOMEM;
	int rc = push_rule(band, lo, 0);
	if (rc == 0)
		rc = add_text(band, &h, lo, title, &F_OV_LABEL, MARGIN, y, CONTENT_W, 0, lo->colors.text);
	if (rc == 0) {
		mark_last(band, PV_ROLE_TEXT);
		y += h + 6;
		rc = add_text(band, &h, lo, markers, &F_OV_CELL, MARGIN, y, CONTENT_W, 0,
		              lo->colors.text);
	}
	if (rc == 0) {
		mark_last(band, PV_ROLE_TEXT);
		band->height = y + h + 10;
	}
	/* One band per line of entries, so a long legend may break between
	 * lines. */
	for (size_t k = 0; rc == 0 && k < n; k += LEGEND_COLS) {
		double line_h = OV_ICON;
		if (!(band = sheet_new_band(s, group, lo)))
			return PRIVICON_ENOMEM;
		for (size_t c = 0; rc == 0 && c < LEGEND_COLS && k + c < n; c++) {
			const pv_icon *icon = find_icon(lo, ids[k + c]);
			if (!icon)
				return PRIVICON_EINVAL;
			const char *name = is_en(lo) ? icon->name_en : icon->name_nl;
			if (!name) /* an icon directory without short names */
				name = is_en(lo) ? icon->description_en : icon->description_nl;
			double x = MARGIN + (double)c * col_w;
			rc = push_icon(band, lo, icon, x, 0, OV_ICON,
			               pv_icon_marker_of(icon) == PV_MARKER_ATTENTION ? PV_TONE_ATTENTION
			                                                              : PV_TONE_NEUTRAL);
			if (rc == 0)
				rc = add_text(band, &h, lo, name, &F_OV_CELL, x + OV_ICON + 8, 0,
				              col_w - OV_ICON - 16, 0, lo->colors.text);
			if (rc == 0) {
				pv_op *op = mark_last(band, PV_ROLE_TEXT);
				if (h < OV_ICON) /* one line: beside the icon's middle */
					op->y = (OV_ICON - h) / 2;
				if (h > line_h)
					line_h = h;
			}
		}
		band->height = line_h + 8;
	}
	return rc;
}

int pv_layout_overview(pv_sheet **out, pv_layout *lo, const pv_notice *notice)
{
	pv_sheet *s;
	pv_strbuf desc = {0}, sub = {0};
	const char *title = tr(lo, "Alle verwerkingen in \u00e9\u00e9n overzicht",
	                       "All processing activities at a glance");
	char date[64];
	int rc;

	*out = NULL;
	lo->cur_activity = NULL;
	lo->cur_question = NULL;
	s = sheet_new();
	if (!s)
		return PRIVICON_ENOMEM;
	s->background = lo->colors.background;
	s->title = strdup(title);
	if (!s->title) {
		pv_sheet_free(s);
		return PRIVICON_ENOMEM;
	}
	format_date(date, sizeof(date), lo->reg->date, is_en(lo));
	pv_strbuf_add(&sub, tr(lo, "Register versie ", "Register version "));
	pv_strbuf_add(&sub, or_empty(lo->reg->version));
	if (*date) {
		pv_strbuf_add(&sub, tr(lo, " van ", " of "));
		pv_strbuf_add(&sub, date);
	}
	char *subtitle = pv_strbuf_take(&sub);
	if (!subtitle) {
		pv_sheet_free(s);
		return PRIVICON_ENOMEM;
	}
	sb_sentence(&desc, or_empty(lo->reg->controller.name));
	sb_sentence(&desc, title);
	rc = build_header(&s->header, lo, title, NULL, subtitle);
	free(subtitle);
	ov_columns cols;
	if (rc == 0)
		rc = ov_choose_columns(&cols, lo, notice);
	if (rc == 0 && notice->n_activities > 0)
		rc = build_overview_common(s, lo, notice, &cols, &desc);
	if (rc == 0 && cols.n > 0) {
		/* The column heads open the table, and top every later page. */
		pv_band *heads = sheet_new_band(s, 1, lo);
		rc = heads ? build_column_heads(heads, lo, notice, &cols, 14) : PRIVICON_ENOMEM;
	}
	if (rc == 0)
		rc = build_cont_header(&s->cont_header, lo, title);
	if (rc == 0)
		rc = build_more(&s->more, lo);
	if (rc == 0 && cols.n > 0)
		rc = build_column_heads(&s->cont_header, lo, notice, &cols, s->cont_header.height + 6);
	for (size_t i = 0; rc == 0 && i < notice->n_activities; i++)
		rc = build_overview_row(s, lo, &notice->activities[i], &cols, 2 + (unsigned)i,
		                        i % 2 == 1, &desc);
	lo->cur_activity = NULL;
	if (rc == 0) {
		/* Activities left out for their errors: the overview says so. */
		char *missing = pv_notice_left_out(lo->reg, is_en(lo) ? "en" : "nl", &rc);
		if (missing) {
			double h;
			lo->cur_question = tr(lo, "weggelaten verwerkingen", "left-out activities");
			pv_band *band = sheet_new_band(s, 2 + (unsigned)notice->n_activities, lo);
			if (!band)
				rc = PRIVICON_ENOMEM;
			else
				rc = add_text(band, &h, lo, missing, &F_SUMMARY, MARGIN, SUMMARY_PAD_TOP,
				              CONTENT_W, 0, lo->colors.text);
			if (rc == 0) {
				band->height = SUMMARY_PAD_TOP + h + SUMMARY_PAD_BOTTOM;
				sb_sentence(&desc, missing);
			}
			free(missing);
		}
	}
	if (rc == 0)
		rc = build_overview_legend(s, lo, notice, &cols, 3 + (unsigned)notice->n_activities);
	if (rc == 0)
		rc = build_footer(&s->footer, lo, NULL, &desc);
	s->desc = pv_strbuf_take(&desc);
	if (rc == 0 && !s->desc)
		rc = PRIVICON_ENOMEM;
	if (rc != 0) {
		pv_sheet_free(s);
		return rc;
	}
	*out = s;
	return 0;
}

/* ---- pagination ----------------------------------------------------------------- */

typedef struct {
	pv_page *pages;
	size_t n, cap;
} page_list;

static pv_page *new_page(page_list *pl, double height)
{
	if (pl->n == pl->cap) {
		size_t cap = pl->cap ? pl->cap * 2 : 4;
		pv_page *bigger = realloc(pl->pages, cap * sizeof(*bigger));
		if (!bigger)
			return NULL;
		pl->pages = bigger;
		pl->cap = cap;
	}
	pv_page *p = &pl->pages[pl->n++];
	*p = (pv_page){.height = height};
	return p;
}

static int place_part(pv_page *p, const pv_band *band, double y, double from, double to)
{
	pv_placement *bigger = realloc(p->placed, (p->n_placed + 1) * sizeof(*bigger));
	if (!bigger)
		return PRIVICON_ENOMEM;
	p->placed = bigger;
	p->placed[p->n_placed++] = (pv_placement){band, y, from, to};
	return 0;
}

static int place(pv_page *p, const pv_band *band, double y)
{
	return place_part(p, band, y, 0, band->height);
}

/* Moves *cut up to the top of [lo, hi) when it falls inside. */
static int avoid(double *cut, double lo, double hi)
{
	if (lo < *cut - 1e-6 && *cut < hi - 1e-6) {
		*cut = lo;
		return 1;
	}
	return 0;
}

/* The lowest y in (from, limit] where band `b` can be cut without cutting
 * a line of text or an icon in two, or -1. */
static double find_cut(const pv_band *b, double from, double limit)
{
	double cut = limit;
	int moved = 1;

	while (moved && cut > from) {
		moved = 0;
		for (size_t i = 0; i < b->n_ops; i++) {
			const pv_op *op = &b->ops[i];
			if (op->kind == PV_OP_ICON) {
				moved |= avoid(&cut, op->y, op->y + op->h);
			} else if (op->kind == PV_OP_TEXT) {
				PangoLayoutIter *it = pango_layout_get_iter(op->text);
				do {
					int y0, y1;
					pango_layout_iter_get_line_yrange(it, &y0, &y1);
					moved |= avoid(&cut, op->y + (double)y0 / PANGO_SCALE,
					               op->y + (double)y1 / PANGO_SCALE);
				} while (pango_layout_iter_next_line(it));
				pango_layout_iter_free(it);
			}
		}
	}
	return cut > from + 1 ? cut : -1;
}

void pv_pages_free(pv_page *pages, size_t n)
{
	for (size_t i = 0; pages && i < n; i++)
		free(pages[i].placed);
	free(pages);
}

/* The height of the group starting at body band `i`. */
static double group_height(const pv_sheet *s, size_t i)
{
	double h = 0;
	for (size_t k = i; k < s->n_body && s->body[k].group == s->body[i].group; k++)
		h += s->body[k].height;
	return h;
}

static int paginate_tall(page_list *pl, const pv_sheet *s)
{
	double y = s->header.height, height;
	pv_page *p;

	for (size_t i = 0; i < s->n_body; i++)
		y += s->body[i].height;
	height = y + s->footer.height;
	if (height < s->page_height)
		height = s->page_height;
	/* Whole pixels, so a PNG's height is exactly the sheet's. */
	height = ceil(height);
	if (!(p = new_page(pl, height)) || place(p, &s->header, 0) != 0)
		return PRIVICON_ENOMEM;
	y = s->header.height;
	for (size_t i = 0; i < s->n_body; i++) {
		if (place(p, &s->body[i], y) != 0)
			return PRIVICON_ENOMEM;
		y += s->body[i].height;
	}
	return place(p, &s->footer, height - s->footer.height);
}

static int paginate_pages(page_list *pl, const pv_sheet *s, pv_layout *lo)
{
	double bottom = s->page_height - s->footer.height;
	double fresh = s->cont_header.height;
	double y;
	int body_on_page = 0;
	pv_page *p;

	if (s->header.height >= bottom || fresh >= bottom - 100) {
		lo->cur_question = NULL;
		return layout_error(lo, s->title, "de kop is hoger dan een bladzijde",
		                    "the header is taller than a page");
	}
	if (!(p = new_page(pl, s->page_height)) || place(p, &s->header, 0) != 0)
		return PRIVICON_ENOMEM;
	y = s->header.height;
	for (size_t i = 0; i < s->n_body; i++) {
		const pv_band *b = &s->body[i];
		double from = 0;
		int starts_group = i == 0 || s->body[i - 1].group != b->group;

		/* Move a whole group that would fit on a fresh page. */
		if (body_on_page && starts_group) {
			double g = group_height(s, i);
			if (y + g > bottom && fresh + g <= bottom) {
				if (place(p, &s->footer, bottom) != 0 ||
				    !(p = new_page(pl, s->page_height)) || place(p, &s->cont_header, 0) != 0)
					return PRIVICON_ENOMEM;
				y = fresh;
				body_on_page = 0;
			}
		}
		while (1) {
			double cut = -1;
			if (y + (b->height - from) <= bottom) {
				if (place_part(p, b, y, from, b->height) != 0)
					return PRIVICON_ENOMEM;
				y += b->height - from;
				body_on_page = 1;
				break;
			}
			/* A band that fits on a fresh page is not cut. */
			if (!(from == 0 && body_on_page && fresh + b->height <= bottom))
				cut = find_cut(b, from, from + (bottom - y));
			if (cut > 0 && cut - from >= 24) {
				if (place_part(p, b, y, from, cut) != 0)
					return PRIVICON_ENOMEM;
				from = cut;
			} else if (!body_on_page) {
				lo->cur_activity = b->activity;
				lo->cur_question = b->what;
				return layout_error(lo, s->title,
				                    "een rij kan niet over bladzijden worden verdeeld",
				                    "a row cannot be divided over pages");
			}
			if (place(p, &s->footer, bottom) != 0 || !(p = new_page(pl, s->page_height)) ||
			    place(p, &s->cont_header, 0) != 0)
				return PRIVICON_ENOMEM;
			y = fresh;
			body_on_page = 0;
		}
	}
	return place(p, &s->footer, bottom);
}

static int paginate_capped(page_list *pl, const pv_sheet *s, double max_height,
                           pv_layout *lo)
{
	double limit = floor(max_height) - s->footer.height - s->more.height;
	double y = s->header.height;
	size_t n = 0, k;
	pv_page *p;

	if (y > limit) {
		lo->cur_question = NULL;
		return layout_error(lo, s->title, "de kop en de voettekst passen niet in een afbeelding",
		                    "the header and the footer do not fit in an image");
	}
	while (n < s->n_body && y + s->body[n].height <= limit)
		y += s->body[n++].height;
	/* End between two rows (groups) when that leaves something. */
	k = n;
	while (k > 0 && k < s->n_body && s->body[k].group == s->body[k - 1].group)
		k--;
	if (k > 0 && k < n) {
		for (size_t i = k; i < n; i++)
			y -= s->body[i].height;
		n = k;
	}
	if (!(p = new_page(pl, ceil(y + s->more.height + s->footer.height))) ||
	    place(p, &s->header, 0) != 0)
		return PRIVICON_ENOMEM;
	y = s->header.height;
	for (size_t i = 0; i < n; i++) {
		if (place(p, &s->body[i], y) != 0)
			return PRIVICON_ENOMEM;
		y += s->body[i].height;
	}
	if (place(p, &s->more, y) != 0)
		return PRIVICON_ENOMEM;
	return place(p, &s->footer, p->height - s->footer.height);
}

int pv_sheet_paginate_capped(pv_page **pages, size_t *n_pages, const pv_sheet *sheet,
                             double max_height, pv_layout *lo)
{
	page_list pl = {0};
	int rc = paginate_capped(&pl, sheet, max_height, lo);

	if (rc != 0) {
		pv_pages_free(pl.pages, pl.n);
		*pages = NULL;
		*n_pages = 0;
		return rc;
	}
	pl.pages[0].background = sheet->background;
	*pages = pl.pages;
	*n_pages = pl.n;
	return 0;
}

int pv_sheet_paginate(pv_page **pages, size_t *n_pages, const pv_sheet *sheet, int tall,
                      pv_layout *lo)
{
	page_list pl = {0};
	int rc = tall ? paginate_tall(&pl, sheet) : paginate_pages(&pl, sheet, lo);

	if (rc != 0) {
		pv_pages_free(pl.pages, pl.n);
		*pages = NULL;
		*n_pages = 0;
		return rc;
	}
	for (size_t i = 0; i < pl.n; i++)
		pl.pages[i].background = sheet->background;
	*pages = pl.pages;
	*n_pages = pl.n;
	return 0;
}
