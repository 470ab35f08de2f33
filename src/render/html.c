/*
 * html.c - the notice as one self-contained, accessible HTML page
 * (privicon_render_html() in privicon.h, html.h).
 *
 * The page is built from the same notice as the sheets (notice.h), so it
 * never says more or less than they do. Decisions, and why:
 *
 *   - Self-contained: inline SVG, one <style> block, no scripts, no web
 *     fonts, no images by URL. A municipality can publish the file as it
 *     is, and it works offline and in a strict Content-Security-Policy.
 *   - The text tells the whole story: each item is the caption as text
 *     plus the description (the catalogue's text alternative, filled in
 *     with the register's facts: laws, recipients, logic). With CSS and
 *     images off nothing is lost.
 *   - Icons: role="img" with a short accessible name of their own
 *     ("Icoon: locatie", from the vocabulary the catalogue links the icon
 *     to, else the question it answers) rather than the caption, so a
 *     screen reader says what the picture is and then reads the caption
 *     once, not twice.
 *   - Tone is never colour alone: attention items start with "Let op:",
 *     reassuring ones with "Goed om te weten:", in visible text.
 *   - Links only for http(s) addresses the register gives (legal text,
 *     laws, the controller's web page), mailto: and tel: built here; any
 *     other scheme is shown as text, never as a link.
 *   - Deterministic: no dates or random ids; the same input gives the
 *     same bytes.
 */
#include "render/html.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "notice/catalogue.h"
#include "model/model.h"
#include "notice/notice.h"
#include "privicon.h"
#include "util/strbuf.h"
#include "render/theme.h"
#include "model/vocab.h"
#include "util/lang.h"

/* ---- escaping ---------------------------------------------------------------- */

/* Appends `s` escaped for text and attribute values. */
static void sb_esc(pv_strbuf *b, const char *s)
{
	const char *run = s;
	for (const char *p = s; *p; p++) {
		const char *rep;
		switch (*p) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		pv_strbuf_addn(b, run, (size_t)(p - run));
		pv_strbuf_add(b, rep);
		run = p + 1;
	}
	pv_strbuf_add(b, run);
}

void pv_html_esc(pv_strbuf *b, const char *s)
{
	sb_esc(b, s ? s : "");
}

char *pv_html_escape(const char *s)
{
	pv_strbuf b = {0};
	sb_esc(&b, s ? s : "");
	if (b.oom) {
		free(b.s);
		return NULL;
	}
	return b.s ? b.s : calloc(1, 1);
}

/* ---- icons ---------------------------------------------------------------------- */

#define SVG_NS   "http://www.w3.org/2000/svg"
#define XLINK_NS "http://www.w3.org/1999/xlink"

/* Elements an icon may consist of. Anything else (script, style, image,
 * a, foreignObject, text, animation) is refused: the page promises no
 * scripts and no external requests whatever --icons DIR holds. */
static const char *const shape_elements[] = {
	"g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "defs",
	"clipPath", "mask", "linearGradient", "radialGradient", "stop", "use",
};

/* Skipped without complaint: they describe the source, not the drawing. */
static const char *const skipped_elements[] = {"title", "desc", "metadata"};

/* Attributes that are copied; every other one (event handlers, style,
 * class, editor metadata) is dropped. */
static const char *const shape_attributes[] = {
	"d", "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1", "x2", "y2", "fx", "fy",
	"width", "height", "points", "transform", "pathLength", "offset", "opacity",
	"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
	"stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
	"stroke-opacity", "clip-rule", "clip-path", "mask", "stop-color", "stop-opacity",
	"gradientUnits", "gradientTransform", "spreadMethod", "clipPathUnits", "maskUnits",
	"maskContentUnits", "vector-effect", "display", "visibility", "id", "href",
};

/* Presentation attributes of the source's root that go onto the page's
 * <svg> (the 2 px stroke style of the icon set). */
static const char *const root_attributes[] = {
	"fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
	"stroke-miterlimit", "fill-rule",
};

static int in_list(const char *const *list, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], name) == 0)
			return 1;
	return 0;
}

#define IN(list, name) in_list(list, sizeof(list) / sizeof(list[0]), name)

typedef struct {
	pv_strbuf *b;
	const char *prefix; /* the icon's id; ids inside become PREFIX_ID */
	const pv_icon *icon;
	char *err;
	size_t err_size;
	int depth;
} icon_ctx;

static int icon_fail(icon_ctx *c, const char *what, const char *name)
{
	if (c->err && c->err_size)
		snprintf(c->err, c->err_size, "icon %s: %s%s", c->icon->id, what, name ? name : "");
	return PRIVICON_EINVALID;
}

static int is_color_attr(const char *name)
{
	return strcmp(name, "fill") == 0 || strcmp(name, "stroke") == 0 ||
	       strcmp(name, "stop-color") == 0;
}

/* An id as written in the source, safe to put after the prefix. */
static int plain_id(const char *s)
{
	if (!*s || strlen(s) > 100)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
			return 0;
	return 1;
}

/* Writes ` name="value"` for one copied attribute: colours become
 * currentColor (the page's CSS picks the colour), ids and references are
 * prefixed, and a reference that leaves the icon is refused. */
static int icon_attr(icon_ctx *c, const char *name, const char *value)
{
	const char *url = strstr(value, "url(");
	pv_strbuf *b = c->b;
	if (strcmp(name, "id") == 0) {
		if (!plain_id(value))
			return icon_fail(c, "an id with unusual characters: ", value);
		pv_strbuf_printf(b, " id=\"%s_%s\"", c->prefix, value);
		return 0;
	}
	if (strcmp(name, "href") == 0) {
		if (value[0] != '#' || !plain_id(value + 1))
			return icon_fail(c, "a reference outside the icon: ", value);
		pv_strbuf_printf(b, " href=\"#%s_%s\"", c->prefix, value + 1);
		return 0;
	}
	if (url) {
		const char *id = url + 4, *close = strchr(id, ')');
		char ref[128];
		size_t n = close ? (size_t)(close - id) : 0;
		if (!close || n < 2 || n >= sizeof(ref) || id[0] != '#' || close[1] != '\0' ||
		    url != value)
			return icon_fail(c, "a reference outside the icon: ", value);
		memcpy(ref, id + 1, n - 1);
		ref[n - 1] = '\0';
		if (!plain_id(ref))
			return icon_fail(c, "a reference outside the icon: ", value);
		pv_strbuf_printf(b, " %s=\"url(#%s_%s)\"", name, c->prefix, ref);
		return 0;
	}
	if (is_color_attr(name) && strcmp(value, "none") != 0 && strcmp(value, "currentColor") != 0)
		value = "currentColor";
	pv_strbuf_add(b, " ");
	pv_strbuf_add(b, name);
	pv_strbuf_add(b, "=\"");
	sb_esc(b, value);
	pv_strbuf_add(b, "\"");
	return 0;
}

static int icon_element(icon_ctx *c, xmlNode *el)
{
	const char *name = (const char *)el->name;
	int rc = 0;
	if (!el->ns || strcmp((const char *)el->ns->href, SVG_NS) != 0)
		return icon_fail(c, "an element outside SVG: ", name);
	if (IN(skipped_elements, name))
		return 0;
	if (!IN(shape_elements, name))
		return icon_fail(c, "an element an icon may not have: ", name);
	if (++c->depth > 32)
		return icon_fail(c, "nested too deeply", NULL);
	pv_strbuf_add(c->b, "<");
	pv_strbuf_add(c->b, name);
	for (xmlAttr *a = el->properties; rc == 0 && a; a = a->next) {
		const char *an = (const char *)a->name;
		int xlink = a->ns && strcmp((const char *)a->ns->href, XLINK_NS) == 0;
		if (a->ns && !xlink)
			continue; /* editor metadata (inkscape:, sodipodi:) */
		if (xlink && strcmp(an, "href") != 0)
			continue;
		if (!IN(shape_attributes, an))
			continue;
		xmlChar *v = xmlNodeGetContent((xmlNode *)a);
		if (!v)
			return PRIVICON_ENOMEM;
		rc = icon_attr(c, an, (const char *)v);
		xmlFree(v);
	}
	if (rc != 0)
		return rc;
	int children = 0;
	for (xmlNode *k = el->children; k; k = k->next)
		if (k->type == XML_ELEMENT_NODE)
			children = 1;
	if (!children) {
		pv_strbuf_add(c->b, "/>");
	} else {
		pv_strbuf_add(c->b, ">");
		for (xmlNode *k = el->children; rc == 0 && k; k = k->next)
			if (k->type == XML_ELEMENT_NODE)
				rc = icon_element(c, k);
		pv_strbuf_add(c->b, "</");
		pv_strbuf_add(c->b, name);
		pv_strbuf_add(c->b, ">");
	}
	c->depth--;
	return rc;
}

/* viewBox: four numbers, nothing else. */
static int plain_viewbox(const char *s)
{
	if (!*s || strlen(s) > 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || *s == ' ' || *s == '.' || *s == '-' || *s == ','))
			return 0;
	return 1;
}

static int icon_svg(pv_strbuf *b, const pv_icon *icon, const char *id, const char *title,
                    char *err, size_t err_size)
{
	icon_ctx c = {b, id, icon, err, err_size, 0};
	xmlDoc *doc;
	xmlNode *root;
	int rc = 0;

	if (icon->svg_size > 1024 * 1024)
		return icon_fail(&c, "the source is larger than 1 MiB", NULL);
	/* No network, no entities, no DTD: XML_PARSE_NOENT and DTDLOAD are
	 * absent on purpose; a DOCTYPE is refused below. */
	doc = xmlReadMemory(icon->svg, (int)icon->svg_size, NULL, "UTF-8",
	                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc)
		return icon_fail(&c, "the source is not well-formed XML", NULL);
	root = xmlDocGetRootElement(doc);
	if (doc->intSubset)
		rc = icon_fail(&c, "the source has a DOCTYPE", NULL);
	else if (!root || strcmp((const char *)root->name, "svg") != 0 || !root->ns ||
	         strcmp((const char *)root->ns->href, SVG_NS) != 0)
		rc = icon_fail(&c, "the source is not an SVG document", NULL);
	if (rc != 0) {
		xmlFreeDoc(doc);
		return rc;
	}
	xmlChar *vb = xmlGetProp(root, (const xmlChar *)"viewBox");
	pv_strbuf_add(b, "<svg class=\"pv-icon\"");
	if (title)
		pv_strbuf_printf(b, " role=\"img\" aria-labelledby=\"%s\"", id);
	else
		pv_strbuf_add(b, " aria-hidden=\"true\"");
	pv_strbuf_printf(b, " width=\"48\" height=\"48\" viewBox=\"%s\"",
	          vb && plain_viewbox((const char *)vb) ? (const char *)vb : "0 0 48 48");
	xmlFree(vb);
	for (size_t i = 0; rc == 0 && i < sizeof(root_attributes) / sizeof(root_attributes[0]); i++) {
		xmlChar *v = xmlGetNoNsProp(root, (const xmlChar *)root_attributes[i]);
		if (v && !strstr((const char *)v, "url("))
			rc = icon_attr(&c, root_attributes[i], (const char *)v);
		xmlFree(v);
	}
	pv_strbuf_add(b, ">");
	if (title) {
		pv_strbuf_printf(b, "<title id=\"%s\">", id);
		sb_esc(b, title);
		pv_strbuf_add(b, "</title>");
	}
	for (xmlNode *k = root->children; rc == 0 && k; k = k->next)
		if (k->type == XML_ELEMENT_NODE)
			rc = icon_element(&c, k);
	pv_strbuf_add(b, "</svg>");
	xmlFreeDoc(doc);
	if (rc == 0 && b->oom)
		rc = PRIVICON_ENOMEM;
	return rc;
}

int pv_html_icon(char **out, size_t *len, const pv_icon *icon, const char *id,
                 const char *title, char *err, size_t err_size)
{
	pv_strbuf b = {*out, *len, *out ? *len + 1 : 0, 0};
	if (!icon || !id || !plain_id(id))
		return PRIVICON_EINVAL;
	int rc = icon_svg(&b, icon, id, title, err, err_size);
	if (b.oom) {
		free(b.s);
		*out = NULL;
		*len = 0;
		return PRIVICON_ENOMEM;
	}
	*out = b.s;
	*len = b.len;
	return rc;
}

/* An icon as a reference into the site's sprite (privicon_render_sprite:
 * <symbol id="privicon-ID">), same naming as icon_svg(). */
static void icon_ref(pv_strbuf *b, const char *sprite, const pv_icon *icon, const char *id,
                     const char *title)
{
	pv_strbuf_add(b, "<svg class=\"pv-icon\"");
	if (title)
		pv_strbuf_printf(b, " role=\"img\" aria-labelledby=\"%s\"", id);
	else
		pv_strbuf_add(b, " aria-hidden=\"true\"");
	pv_strbuf_add(b, " width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">");
	if (title) {
		pv_strbuf_printf(b, "<title id=\"%s\">", id);
		sb_esc(b, title);
		pv_strbuf_add(b, "</title>");
	}
	pv_strbuf_add(b, "<use href=\"");
	sb_esc(b, sprite);
	pv_strbuf_add(b, "#privicon-");
	sb_esc(b, icon->id);
	pv_strbuf_add(b, "\"/></svg>");
}

/* ---- words ------------------------------------------------------------------- */

struct pv_html_words {
	const char *title, *h1, *intro, *intro_reading, *intro_legend_attention,
		*intro_legend_reassuring, *cue_attention, *cue_reassuring, *skip, *contents,
		*icon, *icon_for, *status, *version, *department, *more, *legal_text, *article,
		*contact, *contact_intro, *email, *phone, *website, *dpo, *register_name, *register_of,
		*made_with, *no_activities, *activities_one, *activities_many;
	const char *months[12];
};
typedef struct pv_html_words pv_html_words;
typedef pv_html_words words;

static const words words_nl = {
	.title = "Privacy in beeld",
	.h1 = "Wat wij doen met uw gegevens",
	.intro = "Op deze pagina leest u hoe %s uw persoonsgegevens gebruikt. Voor elke "
	         "verwerking staan hier de antwoorden op acht vragen: welke gegevens, waarom, "
	         "waar ze vandaan komen, wie ze krijgt, hoe lang wij ze bewaren, wie beslist, "
	         "hoe wij ze beschermen en wat uw rechten zijn.",
	.intro_reading = "Bij elk antwoord staat een icoon. De tekst naast het icoon zegt wat "
	                 "het betekent. Twee woorden helpen u:",
	.intro_legend_attention = "bij iets dat extra aandacht vraagt, zoals gevoelige gegevens, "
	                          "gegevens die buiten Europa gaan of een besluit door een computer.",
	.intro_legend_reassuring = "bij goed nieuws dat het register uitdrukkelijk vermeldt, "
	                           "bijvoorbeeld als het zegt dat uw gegevens niet worden verkocht. "
	                           "Zegt het register iets niet, dan staat er: niet vermeld in het "
	                           "register.",
	.cue_attention = "Let op:",
	.cue_reassuring = "Goed om te weten:",
	.skip = "Naar de inhoud",
	.contents = "Inhoud",
	.icon = "Icoon",
	.icon_for = "Icoon bij de vraag",
	.status = "Status",
	.version = "versie",
	.department = "Afdeling",
	.more = "Meer weten",
	.legal_text = "De volledige regels (juridische tekst)",
	.article = "artikel",
	.contact = "Vragen over uw gegevens?",
	.contact_intro = "Wilt u uw gegevens inzien, iets laten verbeteren of heeft u een vraag? "
	                 "Neem contact met ons op.",
	.email = "E-mail",
	.phone = "Telefoon",
	.website = "Website",
	.dpo = "Functionaris gegevensbescherming (FG)",
	.register_name = "Verwerkingsregister",
	.register_of = "van",
	.made_with = "Gemaakt met",
	.no_activities = "Het register noemt geen verwerkingen.",
	.activities_one = "verwerking",
	.activities_many = "verwerkingen",
	.months = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	           "september", "oktober", "november", "december"},
};

static const words words_en = {
	.title = "Privacy at a glance",
	.h1 = "What we do with your data",
	.intro = "This page shows how %s uses your personal data. For each processing "
	         "activity it answers eight questions: what data, why, where from, who "
	         "receives them, how long we keep them, who decides, how we protect them, "
	         "and what your rights are.",
	.intro_reading = "Each answer has an icon. The text next to the icon says what it "
	                 "means. Two words help you:",
	.intro_legend_attention = "marks something that needs extra attention, such as "
	                          "sensitive data, data that leaves Europe, or a decision "
	                          "made by a computer.",
	.intro_legend_reassuring = "marks good news the register states in so many words, for "
	                           "example when it says your data is not sold. Where the "
	                           "register says nothing, the page says: not stated in the "
	                           "register.",
	.cue_attention = "Please note:",
	.cue_reassuring = "Good to know:",
	.skip = "Skip to content",
	.contents = "Contents",
	.icon = "Icon",
	.icon_for = "Icon for the question",
	.status = "Status",
	.version = "version",
	.department = "Department",
	.more = "Read more",
	.legal_text = "The full rules (legal text)",
	.article = "article",
	.contact = "Questions about your data?",
	.contact_intro = "Would you like to see your data, have something corrected, or do "
	                 "you have a question? Please contact us.",
	.email = "Email",
	.phone = "Phone",
	.website = "Website",
	.dpo = "Data protection officer (DPO)",
	.register_name = "Register of processing activities",
	.register_of = "of",
	.made_with = "Made with",
	.no_activities = "The register lists no processing activities.",
	.activities_one = "processing activity",
	.activities_many = "processing activities",
	.months = {"January", "February", "March", "April", "May", "June", "July", "August",
	           "September", "October", "November", "December"},
};

/* ---- the page ------------------------------------------------------------------ */

typedef pv_html_page page;

/* An http(s) address, the only kind the page links to. */
static int web_url(const char *s)
{
	return s && (strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0) &&
	       strlen(s) < 2048;
}

/* A link when `url` is http(s), else the text (or the address) as text. */
static void web_link(page *p, const char *url, const char *text)
{
	if (web_url(url)) {
		pv_strbuf_add(&p->b, "<a href=\"");
		sb_esc(&p->b, url);
		pv_strbuf_add(&p->b, "\">");
		sb_esc(&p->b, text ? text : url);
		pv_strbuf_add(&p->b, "</a>");
	} else {
		sb_esc(&p->b, text ? text : url ? url : "");
	}
}

/* A plausible e-mail address for mailto: (no spaces, quotes, ?, &, one @). */
static int mail_ok(const char *s)
{
	const char *at = s ? strchr(s, '@') : NULL;
	if (!at || at == s || !at[1] || strchr(at + 1, '@') || strlen(s) > 254)
		return 0;
	for (; *s; s++)
		if ((unsigned char)*s <= ' ' || strchr("\"'<>?&#%\\,;:()[]", *s))
			return 0;
	return 1;
}

static void mail_link(page *p, const char *addr)
{
	if (!mail_ok(addr)) {
		sb_esc(&p->b, addr);
		return;
	}
	pv_strbuf_add(&p->b, "<a href=\"mailto:");
	sb_esc(&p->b, addr);
	pv_strbuf_add(&p->b, "\">");
	sb_esc(&p->b, addr);
	pv_strbuf_add(&p->b, "</a>");
}

/* tel: with the digits and a leading + of the number as written. */
static void phone_link(page *p, const char *number)
{
	char tel[40];
	size_t n = 0;
	for (const char *s = number; *s && n + 1 < sizeof(tel); s++)
		if ((*s >= '0' && *s <= '9') || (*s == '+' && n == 0))
			tel[n++] = *s;
	tel[n] = '\0';
	if (n < 3) {
		sb_esc(&p->b, number);
		return;
	}
	pv_strbuf_printf(&p->b, "<a href=\"tel:%s\">", tel);
	sb_esc(&p->b, number);
	pv_strbuf_add(&p->b, "</a>");
}

/* "2026-11-01" as "1 november 2026" / "1 November 2026" in a <time>;
 * anything else as written. */
static void date_text(page *p, const char *date)
{
	int y, m, d;
	char tail;
	if (strlen(date) == 10 && sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 &&
	    m <= 12 && d >= 1 && d <= 31) {
		pv_strbuf_add(&p->b, "<time datetime=\"");
		sb_esc(&p->b, date);
		pv_strbuf_printf(&p->b, "\">%d %s %d</time>", d, p->w->months[m - 1], y);
	} else {
		sb_esc(&p->b, date);
	}
}

/* An activity id usable in ids and fragments: a slug (the schema's
 * pattern); anything else falls back to the activity's index. */
static int slug_ok(const char *s)
{
	if (!s || !*s || strlen(s) > 100)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

static void activity_id(char *buf, size_t size, const pv_activity *a, size_t i)
{
	if (slug_ok(a->id))
		snprintf(buf, size, "pv-%s", a->id);
	else
		snprintf(buf, size, "pv_a%zu", i);
}

/* ---- CSS ------------------------------------------------------------------------ */

void pv_html_css(pv_strbuf *b, const privicon_theme *t)
{
	static const char *const vars[PV_THEME_COLOR_COUNT] = {
		[PV_THEME_PRIMARY] = "primary",     [PV_THEME_ON_PRIMARY] = "on-primary",
		[PV_THEME_TEXT] = "text",           [PV_THEME_MUTED] = "muted",
		[PV_THEME_BACKGROUND] = "background", [PV_THEME_SURFACE] = "surface",
		[PV_THEME_ICON] = "icon",           [PV_THEME_ATTENTION] = "attention",
		[PV_THEME_LINK] = "link",           [PV_THEME_FOCUS] = "focus",
		[PV_THEME_RULE] = "rule",
	};
	char hex[8];

	pv_strbuf_add(b, ":root{");
	for (int c = 0; c < PV_THEME_COLOR_COUNT; c++) {
		pv_theme_hex(hex, t->color[c]);
		pv_strbuf_printf(b, "--pv-%s:%s;", vars[c], hex);
	}
	/* Both values were checked by theme.c: plain characters only. */
	pv_strbuf_add(b, "--pv-font:");
	pv_strbuf_add(b, t->font_family);
	pv_strbuf_printf(b, ";--pv-space:%s}\n", t->space);
	pv_strbuf_add(b,
	       "*,*::before,*::after{box-sizing:border-box}\n"
	       "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}\n"
	       "body{margin:0;background:var(--pv-background);color:var(--pv-text);"
	       "font-family:var(--pv-font);font-size:1.0625rem;line-height:1.5;"
	       "overflow-wrap:anywhere;-webkit-hyphens:auto;hyphens:auto}\n"
	       "h1,h2,h3{line-height:1.25;-webkit-hyphens:manual;hyphens:manual}\n"
	       "a{color:var(--pv-link);text-underline-offset:.15em}\n"
	       "a:hover{text-decoration-thickness:2px}\n"
	       ":focus-visible{outline:3px solid var(--pv-focus);outline-offset:2px}\n"
	       ".pv-band :focus-visible{outline-color:var(--pv-on-primary)}\n"
	       ".pv-skip{position:absolute;left:var(--pv-space);top:-20em;z-index:1;"
	       "padding:var(--pv-space) calc(var(--pv-space)*2);background:var(--pv-background);"
	       "color:var(--pv-link);font-weight:700}\n"
	       ".pv-skip:focus{top:var(--pv-space)}\n"
	       ".pv-wrap{max-width:64rem;margin:0 auto;padding:0 calc(var(--pv-space)*2)}\n"
	       ".pv-band{background:var(--pv-primary);color:var(--pv-on-primary);"
	       "padding:calc(var(--pv-space)*3) 0}\n"
	       ".pv-org{margin:0 0 var(--pv-space);font-weight:700}\n"
	       ".pv-band h1{margin:0;font-size:clamp(1.6rem,1.2rem + 2vw,2.4rem)}\n"
	       ".pv-intro{padding-top:calc(var(--pv-space)*2)}\n"
	       ".pv-intro p{max-width:46rem}\n"
	       ".pv-legend{margin:0;padding:0;list-style:none;max-width:46rem}\n"
	       ".pv-legend li{margin:0 0 var(--pv-space);padding-left:calc(var(--pv-space)*1.5);"
	       "border-left:4px solid var(--pv-icon)}\n"
	       ".pv-legend li.pv-attention{border-left-color:var(--pv-attention)}\n"
	       ".pv-cue{font-weight:700}\n"
	       ".pv-item .pv-cue{display:block;font-size:.85em;letter-spacing:.01em}\n"
	       ".pv-attention .pv-cue{color:var(--pv-attention)}\n"
	       ".pv-toc{margin-top:calc(var(--pv-space)*3);padding:calc(var(--pv-space)*2);"
	       "background:var(--pv-surface);border-radius:4px}\n"
	       ".pv-toc h2{margin:0 0 var(--pv-space);font-size:1.25rem}\n"
	       ".pv-toc ol{margin:0;padding-left:1.75em;columns:17rem;column-gap:calc(var(--pv-space)*5)}\n"
	       ".pv-toc li{margin:0 0 calc(var(--pv-space)/2);break-inside:avoid}\n"
	       "main{display:block}\n"
	       "main:focus{outline:none}\n"
	       ".pv-activity{margin-top:calc(var(--pv-space)*5);padding-top:calc(var(--pv-space)*3);"
	       "border-top:4px solid var(--pv-primary)}\n"
	       ".pv-activity h2{margin:0 0 var(--pv-space);font-size:clamp(1.4rem,1.2rem + 1vw,1.8rem)}\n"
	       ".pv-summary{margin:0 0 var(--pv-space);max-width:46rem;font-size:1.125rem}\n"
	       ".pv-meta{margin:0;color:var(--pv-muted);font-size:.9em}\n"
	       ".pv-question{margin-top:calc(var(--pv-space)*3)}\n"
	       ".pv-question h3{display:flex;align-items:center;gap:var(--pv-space);"
	       "margin:0 0 var(--pv-space);padding-bottom:calc(var(--pv-space)/2);"
	       "font-size:1.2rem;border-bottom:1px solid var(--pv-rule)}\n"
	       ".pv-question h3 .pv-icon{flex:none;width:32px;height:32px;color:var(--pv-icon)}\n"
	       ".pv-items{margin:0;padding:0;list-style:none;display:grid;"
	       "grid-template-columns:repeat(auto-fit,minmax(min(100%,19rem),1fr));"
	       "gap:var(--pv-space) calc(var(--pv-space)*2)}\n"
	       ".pv-item{display:flex;align-items:flex-start;gap:calc(var(--pv-space)*1.5);"
	       "min-width:0;padding:var(--pv-space) calc(var(--pv-space)*1.5);"
	       "background:var(--pv-surface);border-left:4px solid var(--pv-surface);border-radius:4px}\n"
	       ".pv-item .pv-icon{flex:none;width:48px;height:48px;color:var(--pv-icon)}\n"
	       ".pv-item.pv-attention{border-left-color:var(--pv-attention)}\n"
	       ".pv-item.pv-attention .pv-icon{color:var(--pv-attention)}\n"
	       ".pv-item.pv-reassuring{border-left-color:var(--pv-icon)}\n"
	       ".pv-text{min-width:0;max-width:46rem}\n"
	       ".pv-caption{margin:0;font-weight:600}\n"
	       ".pv-detail{margin:calc(var(--pv-space)/2) 0 0;color:var(--pv-muted);font-size:.9em}\n"
	       ".pv-glance{margin-top:calc(var(--pv-space)*2);padding:calc(var(--pv-space)*2);"
	       "background:var(--pv-surface);border-left:6px solid var(--pv-primary);border-radius:4px}\n"
	       ".pv-glance h3{margin:0 0 var(--pv-space);font-size:1.35rem}\n"
	       ".pv-glance-items{margin-bottom:var(--pv-space)}\n"
	       ".pv-glance-items .pv-item{background:var(--pv-background)}\n"
	       ".pv-glance-items .pv-icon{width:64px;height:64px}\n"
	       ".pv-glance-line{margin:0 0 calc(var(--pv-space)/2);max-width:46rem}\n"
	       ".pv-glance-quiet{margin:0;max-width:46rem;color:var(--pv-muted)}\n"
	       ".pv-details{margin:calc(var(--pv-space)*3) 0 0;font-size:1.35rem}\n"
	       ".pv-links{margin-top:calc(var(--pv-space)*3)}\n"
	       ".pv-links h3{margin:0 0 var(--pv-space);font-size:1.2rem}\n"
	       ".pv-links ul{margin:0;padding-left:1.5em}\n"
	       ".pv-links li{margin:0 0 calc(var(--pv-space)/2)}\n"
	       ".pv-footer{margin-top:calc(var(--pv-space)*6);padding:calc(var(--pv-space)*3) 0;"
	       "background:var(--pv-surface);border-top:1px solid var(--pv-rule)}\n"
	       ".pv-footer h2{margin:0 0 var(--pv-space);font-size:1.35rem}\n"
	       ".pv-footer p{margin:0 0 var(--pv-space)}\n"
	       ".pv-footer ul{margin:0 0 calc(var(--pv-space)*2);padding-left:1.5em}\n"
	       ".pv-made{color:var(--pv-muted);font-size:.9em}\n"
	       "@media (max-width:30rem){body{font-size:1rem}"
	       ".pv-wrap{padding:0 calc(var(--pv-space)*1.5)}.pv-item{gap:var(--pv-space)}"
	       ".pv-item .pv-icon{width:40px;height:40px}}\n"
	       "@media print{body{font-size:11pt;background:#fff;color:#000}"
	       ".pv-skip,.pv-toc{display:none}"
	       ".pv-band{background:none;color:#000;padding:0 0 8pt;border-bottom:2pt solid #000}"
	       ".pv-wrap{max-width:none;padding:0}"
	       ".pv-activity{break-before:page;border-top:none;margin-top:0}"
	       ".pv-question h3,.pv-links h3{break-after:avoid}"
	       ".pv-item{break-inside:avoid;background:none;border:1px solid #888;border-left-width:4px}"
	       ".pv-detail,.pv-meta,.pv-made{color:#000}"
	       ".pv-footer{background:none;break-inside:avoid}"
	       "a{color:#000}"
	       "a[href^=\"http\"]::after,a[href^=\"mailto:\"]::after{content:\" (\" attr(href) \")\";"
	       "font-size:.9em;overflow-wrap:anywhere}}\n");
}

static void css(page *p)
{
	pv_strbuf_add(&p->b, "<style>\n");
	pv_html_css(&p->b, p->theme);
	pv_strbuf_add(&p->b, "</style>\n");
}

/* ---- parts of the page ---------------------------------------------------------- */

/* The short accessible name of an icon: "Icoon: locatie" from the
 * vocabulary terms the catalogue links it to, else "Icoon bij de vraag
 * Hoe lang?". The caption beside it says the rest. */
static void icon_name(pv_strbuf *b, const page *p, const pv_icon *icon, const pv_notice_row *row)
{
	const pv_vocab *v = NULL;
	pv_vocab_id vid = PV_VOCAB_COUNT;
	size_t shown = 0;
	for (int i = 0; icon->vocabulary && i < PV_VOCAB_COUNT; i++) {
		const pv_vocab *cand = pv_vocab_get((pv_vocab_id)i);
		if (cand && strcmp(cand->name, icon->vocabulary) == 0) {
			v = cand;
			vid = (pv_vocab_id)i;
			break;
		}
	}
	const char *labels[1];
	/* One concept: its label names the picture. An icon for several
	 * concepts (identity: name, birth date, ...) would be misnamed by
	 * any one of them, so it is named after its question instead. */
	for (size_t i = 0; v && icon->n_concepts == 1 && i < 1; i++) {
		pv_vocab_key k = pv_vocab_find(vid, icon->concepts[i]);
		if (k != PV_VOCAB_NONE)
			labels[shown++] = pv_vocab_label(vid, k, p->lang);
	}
	if (shown == 0) {
		pv_strbuf_add(b, p->w->icon_for);
		pv_strbuf_add(b, " \xe2\x80\x98"); /* ‘...’ */
		pv_strbuf_add(b, row->title);
		pv_strbuf_add(b, "\xe2\x80\x99");
		return;
	}
	pv_strbuf_add(b, p->w->icon);
	pv_strbuf_add(b, ": ");
	for (size_t i = 0; i < shown; i++) {
		if (i > 0)
			pv_strbuf_add(b, i + 1 == shown ? (p->lang[0] == 'e' ? " and " : " en ") : ", ");
		pv_strbuf_add(b, labels[i]);
	}
}

static int item(page *p, const pv_notice_item *it, const pv_notice_row *row, const char *id)
{
	const pv_icon *icon = pv_catalogue_icon(p->cat, it->icon_id);
	pv_strbuf name = {0};
	int rc = 0;

	if (!icon) {
		snprintf(p->err, sizeof(p->err), "the catalogue lacks icon %s", it->icon_id);
		return PRIVICON_EINVALID;
	}
	pv_strbuf_add(&p->b, it->tone == PV_TONE_ATTENTION    ? "<li class=\"pv-item pv-attention\">"
	              : it->tone == PV_TONE_REASSURING ? "<li class=\"pv-item pv-reassuring\">"
	                                               : "<li class=\"pv-item\">");
	icon_name(&name, p, icon, row);
	if (name.oom) {
		free(name.s);
		return PRIVICON_ENOMEM;
	}
	if (p->sprite)
		icon_ref(&p->b, p->sprite, icon, id, name.s);
	else
		rc = icon_svg(&p->b, icon, id, name.s, p->err, sizeof(p->err));
	free(name.s);
	if (rc != 0)
		return rc;
	pv_strbuf_add(&p->b, "<div class=\"pv-text\"><p class=\"pv-caption\">");
	if (it->tone != PV_TONE_NEUTRAL) {
		pv_strbuf_add(&p->b, "<span class=\"pv-cue\">");
		pv_strbuf_add(&p->b, it->tone == PV_TONE_ATTENTION ? p->w->cue_attention : p->w->cue_reassuring);
		pv_strbuf_add(&p->b, "</span> ");
	}
	sb_esc(&p->b, it->caption);
	pv_strbuf_add(&p->b, "</p>");
	if (it->description && *it->description && strcmp(it->description, it->caption) != 0) {
		pv_strbuf_add(&p->b, "<p class=\"pv-detail\">");
		sb_esc(&p->b, it->description);
		pv_strbuf_add(&p->b, "</p>");
	}
	pv_strbuf_add(&p->b, "</div></li>\n");
	return 0;
}

/* A law as link text: "Gemeentewet, artikel 160". */
static void law_link(page *p, const pv_law *law)
{
	pv_strbuf t = {0};
	pv_strbuf_add(&t, law->title ? law->title : law->url);
	if (law->article && *law->article) {
		pv_strbuf_add(&t, ", ");
		pv_strbuf_add(&t, p->w->article);
		pv_strbuf_add(&t, " ");
		pv_strbuf_add(&t, law->article);
	}
	if (t.oom) {
		p->b.oom = 1;
	} else {
		pv_strbuf_add(&p->b, "<li>");
		web_link(p, law->url, t.s);
		pv_strbuf_add(&p->b, "</li>\n");
	}
	free(t.s);
}

static int same_law(const pv_law *a, const pv_law *b)
{
	return strcmp(a->url, b->url) == 0 &&
	       strcmp(a->article ? a->article : "", b->article ? b->article : "") == 0;
}

/* Whether `law` (with a web address) appeared before in this activity. */
static int law_seen(const pv_activity *a, const pv_law *law)
{
	for (size_t i = 0; i < a->n_purposes; i++)
		for (size_t k = 0; k < a->purposes[i].n_laws; k++) {
			const pv_law *o = &a->purposes[i].laws[k];
			if (o == law)
				return 0;
			if (web_url(o->url) && same_law(o, law))
				return 1;
		}
	for (size_t i = 0; i < a->n_data; i++)
		for (size_t k = 0; k < a->data[i].n_laws; k++) {
			const pv_law *o = &a->data[i].laws[k];
			if (o == law)
				return 0;
			if (web_url(o->url) && same_law(o, law))
				return 1;
		}
	return 0;
}

/* "Meer weten": the legal text and every law with a web address. */
static void links(page *p, const pv_activity *a, const char *aid, int h)
{
	size_t n = web_url(a->legal_text_url) ? 1 : 0;
	for (size_t i = 0; i < a->n_purposes; i++)
		for (size_t k = 0; k < a->purposes[i].n_laws; k++)
			n += web_url(a->purposes[i].laws[k].url);
	for (size_t i = 0; i < a->n_data; i++)
		for (size_t k = 0; k < a->data[i].n_laws; k++)
			n += web_url(a->data[i].laws[k].url);
	if (n == 0)
		return;
	pv_strbuf_printf(&p->b, "<div class=\"pv-links\"><h%d id=\"%s_links\">", h, aid);
	sb_esc(&p->b, p->w->more);
	pv_strbuf_printf(&p->b, "</h%d>\n<ul aria-labelledby=\"%s_links\">\n", h, aid);
	if (web_url(a->legal_text_url)) {
		pv_strbuf_add(&p->b, "<li>");
		web_link(p, a->legal_text_url, p->w->legal_text);
		pv_strbuf_add(&p->b, "</li>\n");
	}
	for (size_t i = 0; i < a->n_purposes; i++)
		for (size_t k = 0; k < a->purposes[i].n_laws; k++) {
			const pv_law *law = &a->purposes[i].laws[k];
			if (web_url(law->url) && !law_seen(a, law))
				law_link(p, law);
		}
	for (size_t i = 0; i < a->n_data; i++)
		for (size_t k = 0; k < a->data[i].n_laws; k++) {
			const pv_law *law = &a->data[i].laws[k];
			if (web_url(law->url) && !law_seen(a, law))
				law_link(p, law);
		}
	pv_strbuf_add(&p->b, "</ul></div>\n");
}

/* The row of `na` that holds an item with `icon_id` (the glance takes its
 * items from the rows), or the first row. */
static const pv_notice_row *row_of(const pv_notice_activity *na, const char *icon_id)
{
	for (int q = 0; q < PV_Q_COUNT; q++)
		for (size_t k = 0; k < na->rows[q].n_items; k++)
			if (strcmp(na->rows[q].items[k].icon_id, icon_id) == 0)
				return &na->rows[q];
	return &na->rows[0];
}

/* The first layer, "In het kort": the notice's glance (notice/glance.h),
 * the same words as on the sheets. */
static int glance(page *p, const pv_notice_activity *na, const char *aid, int h)
{
	const pv_notice_glance *g = &na->glance;
	char gid[160], iid[192];
	int rc = 0;

	snprintf(gid, sizeof(gid), "%s_glance", aid);
	pv_strbuf_printf(&p->b, "<section class=\"pv-glance\" aria-labelledby=\"%s\">\n<h%d id=\"%s\">",
	                 gid, h, gid);
	sb_esc(&p->b, g->title);
	pv_strbuf_printf(&p->b, "</h%d>\n", h);
	if (g->n_attention > 0) {
		pv_strbuf_printf(&p->b, "<ul class=\"pv-items pv-glance-items\" aria-labelledby=\"%s\">\n",
		                 gid);
		for (size_t k = 0; rc == 0 && k < g->n_attention; k++) {
			snprintf(iid, sizeof(iid), "%s_i%zu", gid, k + 1);
			rc = item(p, &g->attention[k], row_of(na, g->attention[k].icon_id), iid);
		}
		pv_strbuf_add(&p->b, "</ul>\n");
	}
	const char *lines[] = {g->retention, g->actions, g->not_stated};
	for (size_t k = 0; k < sizeof(lines) / sizeof(lines[0]); k++) {
		if (!lines[k] || !*lines[k])
			continue;
		pv_strbuf_add(&p->b, "<p class=\"pv-glance-line\">");
		sb_esc(&p->b, lines[k]);
		pv_strbuf_add(&p->b, "</p>\n");
	}
	if (g->reassuring && *g->reassuring) {
		pv_strbuf_add(&p->b, "<p class=\"pv-glance-quiet\">");
		sb_esc(&p->b, g->reassuring);
		pv_strbuf_add(&p->b, "</p>\n");
	}
	pv_strbuf_printf(&p->b, "</section>\n<h%d class=\"pv-details\">", h);
	sb_esc(&p->b, g->details_title);
	pv_strbuf_printf(&p->b, "</h%d>\n", h);
	return rc;
}

int pv_html_activity(pv_html_page *p, size_t i)
{
	int h = p->heading ? p->heading : 2;
	const pv_notice_activity *na = &p->notice->activities[i];
	const pv_activity *a = na->activity;
	char aid[128], qid[160], iid[192];
	int rc = 0;

	activity_id(aid, sizeof(aid), a, i);
	pv_strbuf_printf(&p->b, "<section class=\"pv-activity\" id=\"%s\" aria-labelledby=\"%s_h\">\n",
	          aid, aid);
	pv_strbuf_printf(&p->b, "<h%d id=\"%s_h\">", h, aid);
	sb_esc(&p->b, na->name);
	pv_strbuf_printf(&p->b, "</h%d>\n", h);
	if (*na->summary) {
		pv_strbuf_add(&p->b, "<p class=\"pv-summary\">");
		sb_esc(&p->b, na->summary);
		pv_strbuf_add(&p->b, "</p>\n");
	}
	if (na->status) {
		/* Planned or ended, in the right tense, before anything else. */
		pv_strbuf_add(&p->b, "<p class=\"pv-status\"><strong>");
		sb_esc(&p->b, na->status);
		pv_strbuf_add(&p->b, ".</strong></p>\n");
	}
	pv_strbuf_add(&p->b, "<p class=\"pv-meta\">");
	const char *status = pv_vocab_label(PV_VOCAB_ACTIVITY_STATUS, a->status, p->lang);
	if (*status && !na->status) {
		sb_esc(&p->b, p->w->status);
		pv_strbuf_add(&p->b, ": ");
		sb_esc(&p->b, status);
		pv_strbuf_add(&p->b, " \xc2\xb7 "); /* middle dot */
	}
	pv_strbuf_printf(&p->b, "%s %ld", p->w->version, a->version);
	if (a->department && *a->department) {
		pv_strbuf_add(&p->b, " \xc2\xb7 ");
		sb_esc(&p->b, p->w->department);
		pv_strbuf_add(&p->b, ": ");
		sb_esc(&p->b, a->department);
	}
	pv_strbuf_add(&p->b, "</p>\n");
	rc = glance(p, na, aid, h + 1);
	for (int q = 0; rc == 0 && q < PV_Q_COUNT; q++) {
		const pv_notice_row *row = &na->rows[q];
		const pv_icon *qicon = pv_catalogue_icon(p->cat, row->icon_id);
		snprintf(qid, sizeof(qid), "%s_q%d", aid, q + 1);
		snprintf(iid, sizeof(iid), "%s_icon", qid);
		pv_strbuf_printf(&p->b, "<div class=\"pv-question\">\n<h%d id=\"%s\">", h + 1, qid);
		/* The question's own icon is decoration beside the heading's text. */
		if (qicon && p->sprite)
			icon_ref(&p->b, p->sprite, qicon, iid, NULL);
		else if (qicon && (rc = icon_svg(&p->b, qicon, iid, NULL, p->err, sizeof(p->err))) != 0)
			break;
		pv_strbuf_add(&p->b, "<span>");
		sb_esc(&p->b, row->title);
		pv_strbuf_printf(&p->b, "</span></h%d>\n<ul class=\"pv-items\" aria-labelledby=\"%s\">\n",
		                 h + 1, qid);
		for (size_t k = 0; rc == 0 && k < row->n_items; k++) {
			snprintf(iid, sizeof(iid), "%s_i%zu", qid, k + 1);
			rc = item(p, &row->items[k], row, iid);
		}
		pv_strbuf_add(&p->b, "</ul>\n</div>\n");
	}
	if (rc == 0)
		links(p, a, aid, h + 1);
	pv_strbuf_add(&p->b, "</section>\n");
	return rc;
}

void pv_html_legend(pv_html_page *p)
{
	pv_strbuf_add(&p->b, "<p>");
	sb_esc(&p->b, p->w->intro_reading);
	pv_strbuf_add(&p->b, "</p>\n<ul class=\"pv-legend\">\n<li class=\"pv-attention\"><span "
	              "class=\"pv-cue\">");
	sb_esc(&p->b, p->w->cue_attention);
	pv_strbuf_add(&p->b, "</span> ");
	sb_esc(&p->b, p->w->intro_legend_attention);
	pv_strbuf_add(&p->b, "</li>\n<li class=\"pv-reassuring\"><span class=\"pv-cue\">");
	sb_esc(&p->b, p->w->cue_reassuring);
	pv_strbuf_add(&p->b, "</span> ");
	sb_esc(&p->b, p->w->intro_legend_reassuring);
	pv_strbuf_add(&p->b, "</li>\n</ul>\n");
}

static void header(page *p)
{
	const pv_controller *c = &p->reg->controller;
	const char *org = c->name && *c->name ? c->name : "";
	size_t n = p->notice->n_activities;

	pv_strbuf_add(&p->b, "<a class=\"pv-skip\" href=\"#pv_content\">");
	sb_esc(&p->b, p->w->skip);
	pv_strbuf_add(&p->b, "</a>\n<header>\n<div class=\"pv-band\"><div class=\"pv-wrap\">\n");
	if (*org) {
		pv_strbuf_add(&p->b, "<p class=\"pv-org\">");
		sb_esc(&p->b, org);
		pv_strbuf_add(&p->b, "</p>\n");
	}
	pv_strbuf_add(&p->b, "<h1>");
	sb_esc(&p->b, p->w->h1);
	pv_strbuf_add(&p->b, "</h1>\n</div></div>\n<div class=\"pv-wrap pv-intro\">\n<p>");
	/* The intro names the controller in the middle of a sentence. */
	const char *mark = strstr(p->w->intro, "%s");
	pv_strbuf_addn(&p->b, p->w->intro, (size_t)(mark - p->w->intro));
	sb_esc(&p->b, *org ? org : (p->lang[0] == 'e' ? "the organisation" : "de organisatie"));
	pv_strbuf_add(&p->b, mark + 2);
	pv_strbuf_add(&p->b, "</p>\n");
	pv_html_legend(p);
	pv_strbuf_add(&p->b, "</div>\n</header>\n");

	if (n == 0)
		return;
	pv_strbuf_add(&p->b, "<div class=\"pv-wrap\">\n<nav class=\"pv-toc\" aria-labelledby=\"pv_toc\">\n"
	              "<h2 id=\"pv_toc\">");
	sb_esc(&p->b, p->w->contents);
	pv_strbuf_printf(&p->b, " (%zu %s)</h2>\n<ol>\n", n, n == 1 ? p->w->activities_one
	                                                      : p->w->activities_many);
	for (size_t i = 0; i < n; i++) {
		char aid[128];
		activity_id(aid, sizeof(aid), p->notice->activities[i].activity, i);
		pv_strbuf_printf(&p->b, "<li><a href=\"#%s\">", aid);
		sb_esc(&p->b, p->notice->activities[i].name);
		pv_strbuf_add(&p->b, "</a></li>\n");
	}
	pv_strbuf_add(&p->b, "</ol>\n");
	int rc = 0;
	char *missing = pv_notice_left_out(p->reg, p->lang, &rc);
	if (missing) {
		/* Activities left out for their errors: the contents say so. */
		pv_strbuf_add(&p->b, "<p class=\"pv-missing\">");
		sb_esc(&p->b, missing);
		pv_strbuf_add(&p->b, "</p>\n");
		free(missing);
	} else if (rc != 0) {
		p->b.oom = 1;
	}
	pv_strbuf_add(&p->b, "</nav>\n</div>\n");
}

void pv_html_footer(pv_html_page *p)
{
	const pv_controller *c = &p->reg->controller;
	pv_strbuf_add(&p->b, "<footer class=\"pv-footer\" aria-labelledby=\"pv_contact\">\n"
	              "<div class=\"pv-wrap\">\n<h2 id=\"pv_contact\">");
	sb_esc(&p->b, p->w->contact);
	pv_strbuf_add(&p->b, "</h2>\n<p>");
	sb_esc(&p->b, p->w->contact_intro);
	pv_strbuf_add(&p->b, "</p>\n");
	if (c->email || c->phone || c->web) {
		pv_strbuf_add(&p->b, "<ul>\n");
		if (c->email) {
			pv_strbuf_printf(&p->b, "<li>%s: ", p->w->email);
			mail_link(p, c->email);
			pv_strbuf_add(&p->b, "</li>\n");
		}
		if (c->phone) {
			pv_strbuf_printf(&p->b, "<li>%s: ", p->w->phone);
			phone_link(p, c->phone);
			pv_strbuf_add(&p->b, "</li>\n");
		}
		if (c->web) {
			pv_strbuf_printf(&p->b, "<li>%s: ", p->w->website);
			web_link(p, c->web, NULL);
			pv_strbuf_add(&p->b, "</li>\n");
		}
		pv_strbuf_add(&p->b, "</ul>\n");
	}
	if (c->dpo_name || c->dpo_email || c->dpo_phone) {
		pv_strbuf_add(&p->b, "<p>");
		sb_esc(&p->b, p->w->dpo);
		pv_strbuf_add(&p->b, ":");
		if (c->dpo_name) {
			pv_strbuf_add(&p->b, " ");
			sb_esc(&p->b, c->dpo_name);
		}
		if (c->dpo_email) {
			pv_strbuf_add(&p->b, c->dpo_name ? ", " : " ");
			mail_link(p, c->dpo_email);
		}
		if (c->dpo_phone) {
			pv_strbuf_add(&p->b, c->dpo_name || c->dpo_email ? ", " : " ");
			phone_link(p, c->dpo_phone);
		}
		pv_strbuf_add(&p->b, "</p>\n");
	}
	pv_strbuf_add(&p->b, "<p class=\"pv-made\">");
	sb_esc(&p->b, p->w->register_name);
	if (c->name) {
		pv_strbuf_add(&p->b, " ");
		sb_esc(&p->b, c->name);
	}
	if (p->reg->version) {
		pv_strbuf_printf(&p->b, ", %s ", p->w->version);
		sb_esc(&p->b, p->reg->version);
	}
	if (p->reg->date) {
		pv_strbuf_printf(&p->b, " %s ", p->w->register_of);
		date_text(p, p->reg->date);
	}
	pv_strbuf_printf(&p->b, ". %s privicon " PRIVICON_VERSION ".</p>\n</div>\n</footer>\n",
	          p->w->made_with);
}

static int build_page(page *p)
{
	const pv_controller *c = &p->reg->controller;
	int rc = 0;

	pv_strbuf_printf(&p->b, "<!doctype html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	                 "<meta name=\"generator\" content=\"privicon " PRIVICON_VERSION "\">\n"
	                 "<title>",
	          p->lang);
	sb_esc(&p->b, p->w->title);
	if (c->name && *c->name) {
		pv_strbuf_add(&p->b, " \xe2\x80\x93 "); /* en dash */
		sb_esc(&p->b, c->name);
	}
	pv_strbuf_add(&p->b, "</title>\n");
	css(p);
	pv_strbuf_add(&p->b, "</head>\n<body>\n");
	header(p);
	pv_strbuf_add(&p->b, "<main id=\"pv_content\" tabindex=\"-1\">\n<div class=\"pv-wrap\">\n");
	if (p->notice->n_activities == 0) {
		pv_strbuf_add(&p->b, "<p>");
		sb_esc(&p->b, p->w->no_activities);
		pv_strbuf_add(&p->b, "</p>\n");
	}
	for (size_t i = 0; rc == 0 && i < p->notice->n_activities; i++)
		rc = pv_html_activity(p, i);
	pv_strbuf_add(&p->b, "</div>\n</main>\n");
	pv_html_footer(p);
	pv_strbuf_add(&p->b, "</body>\n</html>\n");
	if (rc == 0 && p->b.oom)
		rc = PRIVICON_ENOMEM;
	return rc;
}

void pv_html_page_init(pv_html_page *p, const privicon_register *reg, const pv_catalogue *cat,
                       const pv_notice *notice, const privicon_theme *theme, const char *lang)
{
	memset(p, 0, sizeof(*p));
	p->reg = reg;
	p->cat = cat;
	p->notice = notice;
	p->theme = theme;
	p->lang = lang && lang[0] == 'e' ? "en" : "nl";
	p->w = p->lang[0] == 'e' ? &words_en : &words_nl;
	p->heading = 2;
}

static int report(privicon_diagnostics *diags, const privicon_register *reg, const char *why)
{
	char nl[768], en[768];
	snprintf(nl, sizeof(nl), "de HTML-pagina kan niet worden gemaakt: %s", why);
	snprintf(en, sizeof(en), "cannot make the HTML page: %s", why);
	if (diags && privicon_diagnostics_add(diags, reg->file, 0, 0, PRIVICON_ERROR, "render", NULL,
	                                      nl, en) != 0)
		return PRIVICON_ENOMEM;
	return PRIVICON_EINVALID;
}

int privicon_render_html(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                         const privicon_register *reg, const privicon_render_options *opts)
{
	page p;
	pv_catalogue *cat = NULL;
	pv_notice *notice = NULL;
	privicon_theme *own_theme = NULL;
	int rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	const char *lang = opts && opts->lang ? opts->lang : "nl";
	if (!reg || !pv_lang_known(lang) ||
	    (opts && opts->version > PRIVICON_RENDER_OPTIONS_VERSION))
		return PRIVICON_EINVAL;
	if ((rc = pv_notice_check_language(diags, reg, lang)) != 0)
		return rc;
	pv_html_page_init(&p, reg, NULL, NULL, opts ? opts->theme : NULL, lang);
	if (!p.theme) {
		rc = pv_theme_default(&own_theme);
		if (rc == PRIVICON_EINVALID)
			rc = report(diags, reg, "the built-in default theme is missing or broken");
		if (rc != 0)
			return rc;
		p.theme = own_theme;
	}
	rc = pv_catalogue_load(&cat, opts ? opts->icons_dir : NULL, p.err, sizeof(p.err));
	if (rc == PRIVICON_EIO || rc == PRIVICON_EINVALID)
		rc = report(diags, reg, p.err);
	if (rc == 0) {
		p.cat = cat;
		rc = pv_notice_build(&notice, reg, cat, lang);
		if (rc == PRIVICON_EINVAL)
			rc = report(diags, reg, "the icon catalogue lacks an icon the notice needs");
	}
	if (rc == 0) {
		p.notice = notice;
		rc = build_page(&p);
		if (rc == PRIVICON_EINVALID)
			rc = report(diags, reg, p.err);
	}
	pv_notice_free(notice);
	pv_catalogue_free(cat);
	privicon_theme_free(own_theme);
	if (rc != 0) {
		free(p.b.s);
		return rc;
	}
	*out = (unsigned char *)p.b.s;
	*size = p.b.len;
	return 0;
}
