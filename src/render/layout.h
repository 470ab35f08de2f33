/*
 * layout.h - the sheet layout: where every text, icon and rule of a
 * notice sheet goes, measured with pango, in CSS px (96 per inch) on a
 * sheet 794 px wide (A4 at 96 dpi). One layout serves every surface
 * (SVG, PNG, PDF): sheet.c draws it, render.c picks the surface.
 *
 * A sheet is a header (first page), a continuation header (top of later
 * PDF pages), a footer (bottom of every page) and a list of body bands
 * (horizontal strips: a question row is one band per line of items).
 * Pagination breaks between bands, and keeps the bands of one group (one
 * question row, one overview row) together when the group fits on a page;
 * a single band taller than a page is cut between two lines of text.
 * Nothing is ever scaled down or clipped to make it fit: a text that does
 * not fit its cell, or a band that cannot be cut, is a layout error
 * (PRIVICON_ELAYOUT) with a message naming the activity and the question -
 * a bug in these measures, not something to hide.
 *
 * Ownership: pv_layout_activity() and pv_layout_overview() return a sheet
 * the caller frees with pv_sheet_free(); it holds references to pango
 * layouts and borrows the catalogue's icons and the notice's strings, so
 * both must outlive it. pv_sheet_paginate() returns pages the caller frees with
 * pv_pages_free(); they borrow the sheet's bands.
 */
#ifndef PRIVICON_LAYOUT_H
#define PRIVICON_LAYOUT_H

#include <stddef.h>

#include <pango/pango.h>

#include "notice/catalogue.h"
#include "notice/notice.h"

/* ---- colours ----------------------------------------------------------
 * The sheets take their colours from the theme: themes/default.json
 * unless the caller gives another (pv_layout_set_theme). There is no
 * second set of colour constants; the theme loader checks WCAG contrast
 * (text >= 4.5:1, icons and markers >= 3:1). */

/* ---- geometry (CSS px) ------------------------------------------------- */
#define PV_SHEET_WIDTH  794.0  /* A4 width at 96 dpi */
#define PV_SHEET_HEIGHT 1123.0 /* A4 height at 96 dpi */
#define PV_FONT_FAMILY  "DejaVu Sans"

/* ---- the laid-out sheet ------------------------------------------------ */

typedef enum {
	PV_OP_RECT,  /* filled rectangle */
	PV_OP_LINE,  /* horizontal rule, h is the stroke width */
	PV_OP_TEXT,  /* a pango layout with its top-left corner at x, y */
	PV_OP_ICON,  /* a catalogue icon in a w x w box */
	PV_OP_NONE,  /* draws nothing: an empty element of the PDF's
	                structure (the empty corner cell of a table) */
	PV_OP_QR     /* the QR code of `qr` in a w x w box (render/qr.h) */
} pv_op_kind;

/*
 * What an op is to a reader: the layout records it for every op, and the
 * PDF's structure tree (pdftags.h) follows it, so whatever a sheet draws
 * is tagged by saying what it is here. The default, PV_ROLE_DECORATION,
 * stays out of the structure: backgrounds, rules, and an icon beside a
 * caption that says the same thing in words.
 *
 *   role              PDF structure (inside the sheet's Sect)
 *   TITLE             H1
 *   TEXT              P (in the footer's Sect when the band is the footer)
 *   LINK              P > Link to op->uri (a web address written out)
 *   QUESTION          Sect (one per band group and question op->cell) > H2
 *   ANSWER            the question's Sect > L > LI > LBody (a text), or
 *                     > LI > LBody > Figure (an icon, with op->alt)
 *   NOTE              the question's Sect > P
 * (the first layer, "In het kort", is a question-like section with
 * op->cell = PV_Q_COUNT)
 *   FIGURE            Figure, its text alternative op->alt
 *   COL_HEAD          Table > TR (one per band) > TH
 *   ROW_HEAD          Table > TR > TH
 *   CELL              Table > TR > TD (column op->cell) > Figure (an icon,
 *                     op->alt) or P (a text)
 */
typedef enum {
	PV_ROLE_DECORATION = 0,
	PV_ROLE_TITLE,
	PV_ROLE_TEXT,
	PV_ROLE_LINK,
	PV_ROLE_QUESTION,
	PV_ROLE_ANSWER,
	PV_ROLE_NOTE,
	PV_ROLE_FIGURE,
	PV_ROLE_COL_HEAD,
	PV_ROLE_ROW_HEAD,
	PV_ROLE_CELL
} pv_role;

typedef struct {
	pv_op_kind kind;
	double x, y, w, h; /* y from the top of the band */
	unsigned color;
	PangoLayout *text;    /* PV_OP_TEXT: a reference the band owns */
	const pv_icon *icon;  /* PV_OP_ICON: borrowed from the catalogue */
	/* for the PDF's structure (see pv_role); strings borrowed from the
	 * notice, the register or static storage */
	pv_role role;
	int cell;             /* CELL: the table column; QUESTION, ANSWER: the
	                         question (pv_question) */
	const char *alt;      /* FIGURE, CELL: what the icon says, in words */
	const char *lang;     /* "nl-NL" / "en-GB" when the text is in the
	                         other language than the sheet, else NULL */
	const char *uri;      /* LINK: the address */
	const char *qr;       /* PV_OP_QR: the address, borrowed from the layout's
	                         qr_url (it must outlive the drawing) */
} pv_op;

/* Where a band belongs in the PDF's structure. */
typedef enum {
	PV_PART_BODY = 0, /* the sheet's own content */
	PV_PART_FOOTER,   /* the footer: its own Sect, tagged on the sheet's
	                     last page only (on the others it repeats) */
	PV_PART_REPEAT    /* repeated page furniture (continuation header,
	                     the PNG's "rest is in the PDF" note): not tagged */
} pv_part;

typedef struct {
	double height;
	unsigned group; /* bands of one group stay together when they can */
	pv_part part;
	const char *activity, *what; /* for messages: activity id and question
	                                (borrowed from the notice), or NULL */
	pv_op *ops;
	size_t n_ops, cap;
} pv_band;

typedef struct {
	double width;        /* PV_SHEET_WIDTH */
	double page_height;  /* PV_SHEET_HEIGHT */
	pv_band header;      /* top of the first page */
	pv_band cont_header; /* top of every later page */
	pv_band footer;      /* bottom of every page */
	pv_band more;        /* "the rest is in the PDF": ends a PNG cut short
	                        by pv_sheet_paginate_capped() */
	pv_band *body;
	size_t n_body, cap_body;
	unsigned background; /* the page colour */
	char *title;         /* the accessible name (SVG <title>, PDF outline) */
	char *desc;          /* a text version of the whole sheet (SVG <desc>) */
} pv_sheet;

void pv_sheet_free(pv_sheet *sheet);

/* One placed band: the part [from, to) of a band (band coordinates),
 * drawn with `from` at page position y. A band taller than a page is
 * shown in parts on several pages, cut between lines of text. */
typedef struct {
	const pv_band *band;
	double y;
	double from, to;
} pv_placement;

typedef struct {
	double height;
	unsigned background;
	pv_placement *placed;
	size_t n_placed;
} pv_page;

/*
 * Splits the sheet into pages. tall = 1: one page as tall as the content
 * needs (at least page_height), for SVG and PNG; tall = 0: pages of
 * page_height (PDF), each with the (continuation) header and the footer.
 * Returns 0, PRIVICON_ENOMEM, or PRIVICON_ELAYOUT when a band is taller
 * than a page can hold (message in `lo`'s error, see below).
 */
typedef struct pv_layout pv_layout;
int pv_sheet_paginate(pv_page **pages, size_t *n_pages, const pv_sheet *sheet, int tall,
                      pv_layout *lo);
void pv_pages_free(pv_page *pages, size_t n_pages);

/*
 * One page like tall = 1, but never taller than max_height: the header,
 * the body bands that fit (ending between two rows when it can), the
 * sheet's `more` note that the rest is in the PDF and the SVG, and the
 * footer. For a PNG, which cannot be taller than 32767 pixels (cairo's
 * limit): an overview of a few hundred activities is taller than that.
 * Returns 0, PRIVICON_ENOMEM or PRIVICON_ELAYOUT (not even the header,
 * the note and the footer fit; message in `lo`'s error).
 */
int pv_sheet_paginate_capped(pv_page **pages, size_t *n_pages, const pv_sheet *sheet,
                             double max_height, pv_layout *lo);

/* ---- the layout engine ------------------------------------------------- */

/* What went wrong, in both languages, and for which activity. */
typedef struct {
	char activity[80]; /* activity id, "" for the overview */
	char nl[512];
	char en[512];
} pv_layout_error;

/* The colours a layout draws with: the palette above, or a theme's. */
typedef struct {
	unsigned text, muted, band, band_text, icon, attention, background, shade, rule;
} pv_colors;

struct pv_layout {
	PangoContext *pango;
	pv_colors colors;
	char font_family[256]; /* a pango family list; PV_FONT_FAMILY unless a
	                          theme sets its own sheet font */
	const pv_catalogue *catalogue;
	const privicon_register *reg;
	char lang[3];
	pv_layout_error error;
	/* The address the first layer's QR code points to (the activity's
	 * page on the municipality's site), or NULL: no QR code, no slot. The
	 * QR code (render/qr.h) and the address as text go into the slot and
	 * the box; the string must outlive the sheet's drawing. */
	const char *qr_url;
	/* Set while an activity sheet is laid out a second time, tighter
	 * (36 px icons, less padding), because that makes it fit one A4
	 * page (pv_layout_activity decides; callers leave it 0). */
	int compact;
	/* where the layout is, for error messages */
	const char *cur_activity;
	const char *cur_question;
};

/* Sets up a pango context with the fixed font settings (no hinting, no
 * rounded glyph positions) so a layout is the same on every surface and
 * machine. Returns 0 or PRIVICON_ENOMEM. */
int pv_layout_init(pv_layout *lo, const pv_catalogue *catalogue, const privicon_register *reg,
                   const char *lang);
void pv_layout_done(pv_layout *lo);

/* Draws with the colours of `theme` (privicon_theme, theme.h) and, when
 * the theme sets a font, that font - then the layout is only the same on
 * machines with the same fonts. Returns 0 or PRIVICON_EINVAL (a font
 * list too long). */
int pv_layout_set_theme(pv_layout *lo, const privicon_theme *theme);

/* Whether pango draws the layout's font itself (not a substitute); the
 * family it uses goes into buf. Without DejaVu Sans the sheets still
 * render, measured with the substitute, but not the same on every
 * machine. */
int pv_layout_font_family(char *buf, size_t size, pv_layout *lo);

/* Lays out the sheet of activity `i` of `notice` / the overview of every
 * activity. Return 0, PRIVICON_ENOMEM, PRIVICON_EINVAL (an icon the
 * catalogue lacks) or PRIVICON_ELAYOUT (see lo->error). */
int pv_layout_activity(pv_sheet **out, pv_layout *lo, const pv_notice *notice, size_t i);
int pv_layout_overview(pv_sheet **out, pv_layout *lo, const pv_notice *notice);

/* A text style: size in px, bold, line height as a factor of the font's
 * own (0: 1), and whether lines may only break between words. */
typedef struct {
	double size;
	int bold;
	double line_height;
	int words_only;
} pv_font;

/*
 * Measures `text` (whitespace runs collapsed to one space) in a cell
 * `width` px wide, wrapping at words and, inside long (Dutch compound)
 * words, between characters. max_height > 0 makes the cell's height fixed.
 * A line wider than the cell, or a text taller than a fixed cell, is
 * PRIVICON_ELAYOUT with a message naming lo->cur_activity and
 * lo->cur_question. On success *out is a new layout (unref it) and
 * *height its height in px.
 */
int pv_layout_text(PangoLayout **out, double *height, pv_layout *lo, const char *text,
                   const pv_font *font, double width, double max_height);

#endif
