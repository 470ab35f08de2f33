/*
 * html.h - the HTML renderer: the notice of a register as one
 * self-contained, accessible web page (privicon_render_html() in
 * privicon.h). Internal helpers shared with the unit tests.
 *
 * The page in short (html.c has the details and the reasons):
 *   - no scripts, no external requests: icons are inline SVG copied from
 *     the catalogue's sources, the CSS is one <style> block from the theme;
 *   - landmarks (header, nav, main, footer), a skip link, one <section
 *     aria-labelledby> per activity, an <h3> and a <ul> per question;
 *   - every item is an icon and its caption as text. The icon has
 *     role="img" and a short accessible name ("Icoon: locatie") in its own
 *     <title>; the caption and the description beside it say the whole
 *     meaning, so the page reads the same with CSS and images off.
 *     Attention and reassuring items carry a visible word ("Let op:",
 *     "Goed om te weten:"), never colour alone;
 *   - ids are "pv-<activity-id>" plus "_..." suffixes (an activity id is
 *     a slug without "_", so they cannot collide) and "pv_..." for the
 *     page's own parts.
 */
#ifndef PRIVICON_HTML_H
#define PRIVICON_HTML_H

#include <stddef.h>

#include "notice/catalogue.h"
#include "notice/notice.h"
#include "privicon.h"
#include "util/strbuf.h"

/* A copy of `s` with & < > " ' escaped for HTML text and attribute values.
 * Caller frees; NULL on out of memory. */
char *pv_html_escape(const char *s);

/*
 * Appends to *out (a malloc'ed string of length *len; *out may be NULL at
 * first) an inline <svg> for `icon` with width and height 48, the
 * source's viewBox and presentation attributes with every colour made
 * currentColor, and the source's shapes with their ids prefixed "`id`_".
 * With a `title`: role="img" aria-labelledby="`id`" and <title
 * id="`id`">`title`</title> (escaped); without (NULL): a decorative icon,
 * aria-hidden="true". Only drawing elements and attributes are copied (no
 * scripts, styles, links or foreign content; <title>, <desc> and
 * <metadata> of the source are dropped), and a reference may only point
 * inside the icon. `id` is [A-Za-z0-9_-]+. Returns 0, PRIVICON_EINVAL,
 * PRIVICON_ENOMEM, or PRIVICON_EINVALID with the reason in `err` (a source
 * that is not SVG, or holds an element an icon may not have).
 */
int pv_html_icon(char **out, size_t *len, const pv_icon *icon, const char *id,
                 const char *title, char *err, size_t err_size);

/* Appends `s` (NULL: nothing) to `b`, escaped as pv_html_escape() does. */
void pv_html_esc(pv_strbuf *b, const char *s);

/*
 * The parts of the page, for other pages built from the same pieces (the
 * static site, src/site/). A page borrows everything it points to; its
 * buffer `b` is the caller's (free b.s). Errors of the parts that return
 * an int are described in `err`.
 */
typedef struct pv_html_words pv_html_words;
typedef struct {
	pv_strbuf b;
	const privicon_register *reg;
	const pv_catalogue *cat;
	const pv_notice *notice;
	const privicon_theme *theme;
	const pv_html_words *w;
	const char *lang;   /* "nl" or "en" */
	int heading;        /* the level of an activity's heading: 2 (the
	                       whole register on one page) or 1 (a page per
	                       activity); its questions are one level lower */
	const char *sprite; /* NULL: icons inline; else the address of the
	                       sprite (privicon_render_sprite) that icons refer
	                       to with <use href="SPRITE#privicon-ID"> */
	char err[512];
} pv_html_page;

/* Sets up `p` for `lang` ("nl" or "en") with heading 2 and inline icons. */
void pv_html_page_init(pv_html_page *p, const privicon_register *reg, const pv_catalogue *cat,
                       const pv_notice *notice, const privicon_theme *theme, const char *lang);

/* The stylesheet (without <style>): the theme's tokens as custom
 * properties, the layout, small screens and print. */
void pv_html_css(pv_strbuf *b, const privicon_theme *theme);

/* The <section> of activity `i` of p->notice. Returns 0, PRIVICON_ENOMEM
 * or PRIVICON_EINVALID (an icon the catalogue lacks or cannot give). */
int pv_html_activity(pv_html_page *p, size_t i);

/* How to read the answers: a paragraph and the list of the two cue words
 * ("Let op:", "Goed om te weten:") with what they mark. */
void pv_html_legend(pv_html_page *p);

/* The <footer>: the privacy contact, the DPO, the register's version. */
void pv_html_footer(pv_html_page *p);

#endif
