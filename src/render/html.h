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

#endif
