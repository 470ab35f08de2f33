/*
 * site.c - the static site of a register (privicon_site_build() in
 * privicon.h, site.h).
 *
 *   index.html                  the choice of language (both languages)
 *   nl/index.html, en/...       contents: every activity with its summary,
 *                               what the pages answer (the legend), how to
 *                               use your rights, the controller and the DPO
 *   nl/<id>.html, en/...        one page per activity: the eight questions
 *   nl/<id>.pdf, en/...         its sheet (A4), to download and print
 *   nl/overview.pdf, en/...     the overview sheet: every activity at a glance
 *   nl/icons/<icon>.svg, sprite.svg   the icons, and the sprite the pages use
 *   assets/privicon.css         the one stylesheet (theme tokens, dark, print)
 *   api/...                     the register API (api.c)
 *   sitemap.xml                 with a base URL only (a sitemap needs
 *                               absolute addresses)
 *   fragments/nl/<id>.html ...  with `fragments`: the body of each page
 *
 * The pages are built from the pieces of the one-page HTML renderer
 * (render/html.h), so the site never says more or less than the page and
 * the sheets. Links between pages are relative, so the site works from
 * any address and from a file share; with a base URL the pages also carry
 * their permanent address (canonical, hreflang alternates, the permanent
 * link shown on the page). No scripts, no requests outside the site.
 */
#include "site/site.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "notice/catalogue.h"
#include "notice/notice.h"
#include "render/html.h"
#include "render/theme.h"
#include "util/strbuf.h"
#include "util/url.h"

/* ---- the file list ------------------------------------------------------ */

int pv_site_add(privicon_site *site, const char *path, unsigned char *data, size_t size)
{
	char *p = strdup(path);
	if (p && site->n == site->cap) {
		size_t cap = site->cap ? site->cap * 2 : 64;
		pv_site_file *bigger = realloc(site->files, cap * sizeof(*bigger));
		if (!bigger) {
			free(p);
			p = NULL;
		} else {
			site->files = bigger;
			site->cap = cap;
		}
	}
	if (!p) {
		free(data);
		return PRIVICON_ENOMEM;
	}
	site->files[site->n++] = (pv_site_file){p, data, size};
	return 0;
}

int pv_site_add_text(privicon_site *site, const char *path, char *text, int take)
{
	if (!text)
		return PRIVICON_ENOMEM;
	char *data = take ? text : strdup(text);
	if (!data)
		return PRIVICON_ENOMEM;
	return pv_site_add(site, path, (unsigned char *)data, strlen(data));
}

size_t privicon_site_file_count(const privicon_site *site)
{
	return site ? site->n : 0;
}

const char *privicon_site_file_path(const privicon_site *site, size_t i)
{
	return site && i < site->n ? site->files[i].path : NULL;
}

const unsigned char *privicon_site_file_data(const privicon_site *site, size_t i, size_t *size)
{
	if (!site || i >= site->n) {
		if (size)
			*size = 0;
		return NULL;
	}
	if (size)
		*size = site->files[i].size;
	return site->files[i].data;
}

void privicon_site_free(privicon_site *site)
{
	if (!site)
		return;
	for (size_t i = 0; i < site->n; i++) {
		free(site->files[i].path);
		free(site->files[i].data);
	}
	free(site->files);
	free(site);
}

/* ---- words --------------------------------------------------------------- */

typedef struct {
	const char *lang_name;     /* this language, in itself */
	const char *site_title;    /* <title> and the first crumb */
	const char *h1;
	const char *intro;         /* %s: the controller */
	const char *skip;
	const char *language;      /* the language switch's label */
	const char *crumbs;
	const char *contents;      /* "Verwerkingen" */
	const char *legend_h;
	const char *rights_h;
	const char *rights[4];
	const char *rights_ap;      /* the link text to the AP */
	const char *downloads_h;
	const char *sheet_pdf;      /* "Dit blad als PDF (A4)" */
	const char *all_pdf;
	const char *permalink;
	const char *none;
	const char *org_fallback;
} site_words;

static const site_words site_nl = {
	.lang_name = "Nederlands",
	.site_title = "Privacy in beeld",
	.h1 = "Wat wij doen met uw gegevens",
	.intro = "Hier leest u hoe %s uw persoonsgegevens gebruikt. Elke verwerking heeft een "
	         "eigen pagina. Daar staan de antwoorden op acht vragen.",
	.skip = "Naar de inhoud",
	.language = "Taal",
	.crumbs = "Kruimelpad",
	.contents = "Verwerkingen",
	.legend_h = "Zo leest u een pagina",
	.rights_h = "Uw rechten gebruiken",
	.rights = {"U mag ons vragen welke gegevens wij van u hebben. U kunt ook vragen om iets "
	           "te verbeteren of te verwijderen.",
	           "Welke rechten u precies heeft, hangt af van de verwerking. Dat staat op de "
	           "pagina van elke verwerking, bij de vraag \xe2\x80\x98Uw rechten\xe2\x80\x99.",
	           "Stuur uw vraag naar het adres onderaan deze pagina. Zeg om welke verwerking "
	           "het gaat.",
	           "Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht "
	           "indienen bij de"},
	.rights_ap = "Autoriteit Persoonsgegevens",
	.downloads_h = "Downloaden en delen",
	.sheet_pdf = "Dit blad als PDF (A4, om te printen)",
	.all_pdf = "Overzicht van alle verwerkingen als PDF (A4, om te printen)",
	.permalink = "Vaste link naar deze pagina:",
	.none = "Het register noemt geen verwerkingen.",
	.org_fallback = "de organisatie",
};

static const site_words site_en = {
	.lang_name = "English",
	.site_title = "Privacy at a glance",
	.h1 = "What we do with your data",
	.intro = "This is how %s uses your personal data. Each processing activity has a page "
	         "of its own, with the answers to eight questions.",
	.skip = "Skip to content",
	.language = "Language",
	.crumbs = "Breadcrumbs",
	.contents = "Processing activities",
	.legend_h = "How to read a page",
	.rights_h = "Using your rights",
	.rights = {"You may ask us which data we hold about you. You can also ask us to correct "
	           "or erase something.",
	           "Which rights you have depends on the processing activity. Its page says so, "
	           "under the question \xe2\x80\x98Your rights\xe2\x80\x99.",
	           "Send your request to the address at the bottom of this page. Say which "
	           "processing activity it is about.",
	           "Do you disagree with how we handle your data? Then you can file a complaint "
	           "with the"},
	.rights_ap = "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)",
	.downloads_h = "Download and share",
	.sheet_pdf = "This sheet as a PDF (A4, for printing)",
	.all_pdf = "Overview of all processing activities as a PDF (A4, for printing)",
	.permalink = "Permanent link to this page:",
	.none = "The register lists no processing activities.",
	.org_fallback = "the organisation",
};

#define AP_URL_NL "https://www.autoriteitpersoonsgegevens.nl/"
#define AP_URL_EN "https://www.autoriteitpersoonsgegevens.nl/en"

static const char *const site_langs[] = {"nl", "en"};

/* ---- the stylesheet ---- */

const pv_site_palette pv_site_dark = {{
	[PV_THEME_PRIMARY] = 0x0d2a4a,    [PV_THEME_ON_PRIMARY] = 0xffffff,
	[PV_THEME_TEXT] = 0xe8eaed,       [PV_THEME_MUTED] = 0xbcc3cd,
	[PV_THEME_BACKGROUND] = 0x121417, [PV_THEME_SURFACE] = 0x1f242b,
	[PV_THEME_ICON] = 0x8ab4f8,       [PV_THEME_ATTENTION] = 0xff9a8f,
	[PV_THEME_LINK] = 0x9cc2ff,       [PV_THEME_FOCUS] = 0xffd54f,
	[PV_THEME_RULE] = 0x3c4450,
}};

const char *const pv_site_dark_names[PV_THEME_COLOR_COUNT] = {
	[PV_THEME_PRIMARY] = "primary",       [PV_THEME_ON_PRIMARY] = "on-primary",
	[PV_THEME_TEXT] = "text",             [PV_THEME_MUTED] = "muted",
	[PV_THEME_BACKGROUND] = "background", [PV_THEME_SURFACE] = "surface",
	[PV_THEME_ICON] = "icon",             [PV_THEME_ATTENTION] = "attention",
	[PV_THEME_LINK] = "link",             [PV_THEME_FOCUS] = "focus",
	[PV_THEME_RULE] = "rule",
};

/* ---- the stylesheet -------------------------------------------------------- */

/*
 * The one-page renderer's stylesheet plus the site's own parts. Dark mode
 * keeps the theme's light colours for light mode and uses a fixed dark
 * palette whose pairs meet WCAG 2.1 AA as the theme's must (text 4.5:1,
 * icons and focus 3:1): see test_site.c.
 */
static char *stylesheet(const privicon_theme *theme)
{
	pv_strbuf b = PV_STRBUF_INIT;
	pv_strbuf_add(&b, "/* privicon " PRIVICON_VERSION " - the stylesheet of the site; the "
	                  "custom properties --pv-* are the theme's design tokens. */\n");
	pv_html_css(&b, theme);
	pv_strbuf_add(
		&b,
		".pv-bar{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;"
		"gap:var(--pv-space) calc(var(--pv-space)*3)}\n"
		".pv-bar .pv-org{margin:0}\n"
		".pv-band a{color:var(--pv-on-primary)}\n"
		".pv-lang ul{display:flex;gap:calc(var(--pv-space)*2);margin:0;padding:0;list-style:none}\n"
		".pv-lang a{font-weight:700}\n"
		".pv-band h1{margin-top:calc(var(--pv-space)*2)}\n"
		".pv-crumbs{padding:var(--pv-space) 0;border-bottom:1px solid var(--pv-rule)}\n"
		".pv-crumbs ol{display:flex;flex-wrap:wrap;gap:calc(var(--pv-space)/2);margin:0;padding:0;"
		"list-style:none}\n"
		".pv-crumbs li+li::before{content:\"\\203A\";padding-right:calc(var(--pv-space)/2);"
		"color:var(--pv-muted)}\n"
		".pv-activity-page .pv-activity{margin-top:calc(var(--pv-space)*3);border-top:none;"
		"padding-top:0}\n"
		/* At 375 px about 21 px: a Dutch compound of 23 letters
		 * ("Personeelsadministratie") fits the line whole. */
		".pv-activity h1{margin:0 0 var(--pv-space);font-size:clamp(1.3rem,0.8rem + 2.6vw,2.4rem);"
		"line-height:1.2}\n"
		/* Headings break between words only; a single word wider than the
		 * line (none in a real register at 375 px) may still break rather
		 * than scroll. */
		"h1,h2,h3{overflow-wrap:break-word;-webkit-hyphens:manual;hyphens:manual}\n"
		".pv-activity-page .pv-question h2{display:flex;align-items:center;gap:var(--pv-space);"
		"margin:0 0 var(--pv-space);padding-bottom:calc(var(--pv-space)/2);font-size:1.2rem;"
		"border-bottom:1px solid var(--pv-rule)}\n"
		".pv-activity-page .pv-question h2 .pv-icon{flex:none;width:32px;height:32px;"
		"color:var(--pv-icon)}\n"
		".pv-activity-page .pv-links h2{margin:0 0 var(--pv-space);font-size:1.2rem}\n"
		".pv-downloads{margin-top:calc(var(--pv-space)*4);padding:calc(var(--pv-space)*2);"
		"background:var(--pv-surface);border-radius:4px}\n"
		".pv-downloads h2{margin:0 0 var(--pv-space);font-size:1.2rem}\n"
		".pv-downloads ul{margin:0 0 var(--pv-space);padding-left:1.5em}\n"
		".pv-downloads p{margin:0}\n"
		".pv-permalink a{overflow-wrap:anywhere}\n"
		".pv-index h2{margin:calc(var(--pv-space)*4) 0 var(--pv-space);font-size:1.5rem}\n"
		".pv-index p,.pv-index li{max-width:46rem}\n"
		".pv-list{margin:0;padding:0;list-style:none}\n"
		".pv-list li{margin:0 0 calc(var(--pv-space)*2);padding:var(--pv-space) "
		"calc(var(--pv-space)*1.5);background:var(--pv-surface);border-left:4px solid "
		"var(--pv-primary);border-radius:4px}\n"
		".pv-list a{font-weight:700;font-size:1.125rem}\n"
		".pv-list p{margin:calc(var(--pv-space)/2) 0 0}\n"
		".pv-questions{margin:0;padding:0;list-style:none;display:grid;"
		"grid-template-columns:repeat(auto-fit,minmax(min(100%,15rem),1fr));gap:var(--pv-space)}\n"
		".pv-questions li{display:flex;align-items:center;gap:var(--pv-space)}\n"
		".pv-questions .pv-icon{flex:none;width:32px;height:32px;color:var(--pv-icon)}\n"
		".pv-choice{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr));"
		"gap:calc(var(--pv-space)*2);margin:calc(var(--pv-space)*3) 0;padding:0;list-style:none}\n"
		".pv-choice a{display:block;padding:calc(var(--pv-space)*2);background:var(--pv-surface);"
		"border-left:4px solid var(--pv-primary);font-size:1.25rem;font-weight:700}\n"
		"@media print{.pv-lang,.pv-crumbs,.pv-downloads ul{display:none}"
		".pv-downloads{background:none;padding:0}"
		".pv-list li{background:none;border:1px solid #888;border-left-width:4px;"
		"break-inside:avoid}}\n");
	/* Dark mode: the same custom properties from the fixed dark palette. */
	pv_strbuf_add(&b, "@media (prefers-color-scheme:dark){:root{");
	for (int i = 0; i < PV_THEME_COLOR_COUNT; i++) {
		char hex[8];
		pv_theme_hex(hex, pv_site_dark.color[i]);
		pv_strbuf_printf(&b, "--pv-%s:%s;", pv_site_dark_names[i], hex);
	}
	pv_strbuf_add(&b, "}}\n");
	return pv_strbuf_take(&b);
}

/* ---- pages ------------------------------------------------------------------- */

typedef struct {
	const privicon_register *reg;
	const pv_catalogue *cat;
	const pv_notice *notice;      /* of p.lang */
	const privicon_theme *theme;
	const site_words *w;
	const char *lang, *other;     /* "nl"/"en" and the other one */
	const char *base;             /* ends in "/", or NULL */
	pv_html_page page;
	char err[512];
	size_t sheets_done;           /* for the progress callback */
} site_ctx;

static const char *org_name(const site_ctx *c)
{
	const char *n = c->reg->controller.name;
	return n && *n ? n : NULL;
}

static const site_words *words_of(const char *lang)
{
	return lang[0] == 'e' ? &site_en : &site_nl;
}

/* Whether an activity id can be a file name: the schema's slug. */
static int slug_ok(const char *s)
{
	if (!s || !*s || strlen(s) > 100)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

/* <head> up to and with <body>; `title` is escaped; `file` is the page's
 * name inside its language folder ("index.html", "<id>.html"), or NULL for
 * the root page. */
static void head(site_ctx *c, pv_strbuf *b, const char *title, const char *file)
{
	const char *up = file ? "../" : "";
	pv_strbuf_printf(b, "<!doctype html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	                    "<meta name=\"generator\" content=\"privicon " PRIVICON_VERSION "\">\n<title>",
	                 file ? c->lang : "nl");
	pv_html_esc(b, title);
	pv_strbuf_printf(b, "</title>\n<link rel=\"stylesheet\" href=\"%sassets/privicon.css\">\n"
	                    "<link rel=\"icon\" href=\"%sassets/favicon.svg\" type=\"image/svg+xml\">\n",
	                 up, up);
	if (file) {
		for (size_t i = 0; i < 2; i++) {
			pv_strbuf_printf(b, "<link rel=\"alternate\" hreflang=\"%s\" href=\"", site_langs[i]);
			if (c->base)
				pv_strbuf_add(b, c->base);
			else
				pv_strbuf_add(b, "../");
			pv_strbuf_printf(b, "%s/%s\">\n", site_langs[i], file);
		}
		if (c->base)
			pv_strbuf_printf(b, "<link rel=\"canonical\" href=\"%s%s/%s\">\n", c->base, c->lang,
			                 file);
	} else if (c->base) {
		pv_strbuf_printf(b, "<link rel=\"canonical\" href=\"%s\">\n", c->base);
	}
	pv_strbuf_add(b, "</head>\n<body>\n");
}

/* The skip link and the header band: the controller, the language
 * switch, and on the index the h1. `file` as in head(). */
static void top(site_ctx *c, pv_strbuf *b, const char *file, int with_h1)
{
	const site_words *ow = words_of(c->other);
	pv_strbuf_add(b, "<a class=\"pv-skip\" href=\"#pv_content\">");
	pv_html_esc(b, c->w->skip);
	pv_strbuf_add(b, "</a>\n<header>\n<div class=\"pv-band\"><div class=\"pv-wrap\">\n"
	                 "<div class=\"pv-bar\">\n<p class=\"pv-org\">");
	pv_html_esc(b, org_name(c) ? org_name(c) : c->w->site_title);
	pv_strbuf_add(b, "</p>\n<nav class=\"pv-lang\" aria-label=\"");
	pv_html_esc(b, c->w->language);
	pv_strbuf_printf(b, "\"><ul><li><a href=\"../%s/%s\" hreflang=\"%s\" lang=\"%s\">", c->other,
	                 file, c->other, c->other);
	pv_html_esc(b, ow->lang_name);
	pv_strbuf_add(b, "</a></li></ul></nav>\n</div>\n");
	if (with_h1) {
		pv_strbuf_add(b, "<h1>");
		pv_html_esc(b, c->w->h1);
		pv_strbuf_add(b, "</h1>\n");
	}
	pv_strbuf_add(b, "</div></div>\n");
}

/* A permanent link paragraph, when there is a base URL. */
static void permalink(site_ctx *c, pv_strbuf *b, const char *file)
{
	if (!c->base)
		return;
	pv_strbuf_add(b, "<p class=\"pv-permalink\">");
	pv_html_esc(b, c->w->permalink);
	pv_strbuf_printf(b, " <a href=\"%s%s/%s\">%s%s/%s</a></p>\n", c->base, c->lang, file, c->base,
	                 c->lang, file);
}

/* The body of activity page `i`: the fragment and the page's <main>. With
 * `base_links`, links to the sheet are absolute (for a fragment that a
 * CMS shows at another address) when there is a base URL. */
static int activity_body(site_ctx *c, pv_strbuf *b, size_t i, const char *sprite, int base_links)
{
	const pv_activity *a = c->notice->activities[i].activity;
	int rc;

	pv_html_page_init(&c->page, c->reg, c->cat, c->notice, c->theme, c->lang);
	c->page.heading = 1;
	c->page.sprite = sprite;
	c->page.b = *b;
	pv_strbuf_add(&c->page.b, "<div class=\"pv-activity-page\">\n");
	rc = pv_html_activity(&c->page, i);
	*b = c->page.b;
	if (rc != 0) {
		snprintf(c->err, sizeof(c->err), "%s", c->page.err);
		return rc;
	}
	pv_strbuf_printf(b, "<div class=\"pv-downloads\" role=\"region\" aria-labelledby=\"pv_dl\">\n"
	                    "<h2 id=\"pv_dl\">");
	pv_html_esc(b, c->w->downloads_h);
	pv_strbuf_add(b, "</h2>\n<ul>\n<li><a href=\"");
	if (base_links && c->base)
		pv_strbuf_printf(b, "%s%s/", c->base, c->lang);
	pv_strbuf_printf(b, "%s.pdf\">", a->id);
	pv_html_esc(b, c->w->sheet_pdf);
	pv_strbuf_add(b, "</a></li>\n</ul>\n");
	char file[128];
	snprintf(file, sizeof(file), "%s.html", a->id);
	permalink(c, b, file);
	pv_strbuf_add(b, "</div>\n</div>\n");
	return 0;
}

static void footer(site_ctx *c, pv_strbuf *b)
{
	pv_html_page_init(&c->page, c->reg, c->cat, c->notice, c->theme, c->lang);
	c->page.b = *b;
	pv_html_footer(&c->page);
	*b = c->page.b;
}

static int activity_page(site_ctx *c, privicon_site *site, size_t i, int fragments)
{
	const pv_notice_activity *na = &c->notice->activities[i];
	const char *id = na->activity->id;
	pv_strbuf b = PV_STRBUF_INIT, title = PV_STRBUF_INIT;
	char file[128], path[160];
	int rc;

	snprintf(file, sizeof(file), "%s.html", id);
	pv_strbuf_add(&title, na->name);
	pv_strbuf_add(&title, " \xe2\x80\x93 "); /* en dash */
	pv_strbuf_add(&title, org_name(c) ? org_name(c) : c->w->site_title);
	if (title.oom) {
		free(title.s);
		return PRIVICON_ENOMEM;
	}
	head(c, &b, title.s, file);
	free(title.s);
	top(c, &b, file, 0);
	pv_strbuf_add(&b, "<nav class=\"pv-crumbs\" aria-label=\"");
	pv_html_esc(&b, c->w->crumbs);
	pv_strbuf_add(&b, "\"><div class=\"pv-wrap\"><ol><li><a href=\"index.html\">");
	pv_html_esc(&b, c->w->site_title);
	pv_strbuf_add(&b, "</a></li><li><a href=\"");
	pv_html_esc(&b, file);
	pv_strbuf_add(&b, "\" aria-current=\"page\">");
	pv_html_esc(&b, na->name);
	pv_strbuf_add(&b, "</a></li></ol></div></nav>\n</header>\n"
	                  "<main id=\"pv_content\" tabindex=\"-1\">\n<div class=\"pv-wrap\">\n");
	rc = activity_body(c, &b, i, "icons/sprite.svg", 0);
	if (rc == 0) {
		pv_strbuf_add(&b, "</div>\n</main>\n");
		footer(c, &b);
		pv_strbuf_add(&b, "</body>\n</html>\n");
		snprintf(path, sizeof(path), "%s/%s", c->lang, file);
		rc = pv_site_add_text(site, path, pv_strbuf_take(&b), 1);
	}
	free(b.s);
	if (rc == 0 && fragments) {
		/* The fragment: icons inline (a CMS page has no sprite at hand). */
		rc = activity_body(c, &b, i, NULL, 1);
		snprintf(path, sizeof(path), "fragments/%s/%s", c->lang, file);
		if (rc == 0)
			rc = pv_site_add_text(site, path, pv_strbuf_take(&b), 1);
		free(b.s);
	}
	return rc;
}

/* The legend: how to read the answers, and the eight questions with
 * their icons. */
static void legend(site_ctx *c, pv_strbuf *b, const char *sprite)
{
	pv_strbuf_add(b, "<h2 id=\"pv_legend\">");
	pv_html_esc(b, c->w->legend_h);
	pv_strbuf_add(b, "</h2>\n");
	pv_html_page_init(&c->page, c->reg, c->cat, c->notice, c->theme, c->lang);
	c->page.b = *b;
	pv_html_legend(&c->page);
	*b = c->page.b;
	if (c->notice->n_activities == 0)
		return;
	pv_strbuf_add(b, "<ol class=\"pv-questions\">\n");
	const pv_notice_activity *na = &c->notice->activities[0];
	for (int q = 0; q < PV_Q_COUNT; q++) {
		pv_strbuf_add(b, "<li>");
		if (sprite) {
			pv_strbuf_printf(b, "<svg class=\"pv-icon\" aria-hidden=\"true\" width=\"48\" "
			                    "height=\"48\" viewBox=\"0 0 48 48\"><use href=\"%s#privicon-",
			                 sprite);
			pv_html_esc(b, na->rows[q].icon_id);
			pv_strbuf_add(b, "\"/></svg>");
		}
		pv_strbuf_add(b, "<span>");
		pv_html_esc(b, na->rows[q].title);
		pv_strbuf_add(b, "</span></li>\n");
	}
	pv_strbuf_add(b, "</ol>\n");
}

static void index_body(site_ctx *c, pv_strbuf *b, const char *sprite, int base_links)
{
	const char *org = org_name(c);
	const char *mark = strstr(c->w->intro, "%s");
	size_t n = c->notice->n_activities;
	const char *prefix = base_links && c->base ? c->base : "";
	const char *lang_dir = base_links && c->base ? c->lang : NULL;

	pv_strbuf_add(b, "<div class=\"pv-index\">\n<p>");
	pv_strbuf_addn(b, c->w->intro, (size_t)(mark - c->w->intro));
	pv_html_esc(b, org ? org : c->w->org_fallback);
	pv_strbuf_add(b, mark + 2);
	pv_strbuf_add(b, "</p>\n<h2 id=\"pv_list\">");
	pv_html_esc(b, c->w->contents);
	pv_strbuf_printf(b, " (%zu)</h2>\n", n);
	if (n == 0) {
		pv_strbuf_add(b, "<p>");
		pv_html_esc(b, c->w->none);
		pv_strbuf_add(b, "</p>\n");
	} else {
		pv_strbuf_add(b, "<ul class=\"pv-list\" aria-labelledby=\"pv_list\">\n");
		for (size_t i = 0; i < n; i++) {
			const pv_notice_activity *na = &c->notice->activities[i];
			pv_strbuf_add(b, "<li><a href=\"");
			if (lang_dir)
				pv_strbuf_printf(b, "%s%s/", prefix, lang_dir);
			pv_strbuf_printf(b, "%s.html\">", na->activity->id);
			pv_html_esc(b, na->name);
			pv_strbuf_add(b, "</a>");
			if (*na->summary) {
				pv_strbuf_add(b, "<p>");
				pv_html_esc(b, na->summary);
				pv_strbuf_add(b, "</p>");
			}
			pv_strbuf_add(b, "</li>\n");
		}
		pv_strbuf_add(b, "</ul>\n");
	}
	legend(c, b, sprite);
	pv_strbuf_add(b, "<h2 id=\"pv_rights\">");
	pv_html_esc(b, c->w->rights_h);
	pv_strbuf_add(b, "</h2>\n");
	for (int i = 0; i < 3; i++) {
		pv_strbuf_add(b, "<p>");
		pv_html_esc(b, c->w->rights[i]);
		pv_strbuf_add(b, "</p>\n");
	}
	pv_strbuf_add(b, "<p>");
	pv_html_esc(b, c->w->rights[3]);
	pv_strbuf_printf(b, " <a href=\"%s\">", c->lang[0] == 'e' ? AP_URL_EN : AP_URL_NL);
	pv_html_esc(b, c->w->rights_ap);
	pv_strbuf_add(b, "</a>.</p>\n");
	if (n > 0) {
		pv_strbuf_add(b, "<div class=\"pv-downloads\" role=\"region\" aria-labelledby=\"pv_dl\">\n"
		                 "<h2 id=\"pv_dl\">");
		pv_html_esc(b, c->w->downloads_h);
		pv_strbuf_add(b, "</h2>\n<ul>\n<li><a href=\"");
		if (lang_dir)
			pv_strbuf_printf(b, "%s%s/", prefix, lang_dir);
		pv_strbuf_add(b, "overview.pdf\">");
		pv_html_esc(b, c->w->all_pdf);
		pv_strbuf_add(b, "</a></li>\n</ul>\n");
		permalink(c, b, "index.html");
		pv_strbuf_add(b, "</div>\n");
	}
	pv_strbuf_add(b, "</div>\n");
}

static int index_page(site_ctx *c, privicon_site *site, int fragments)
{
	pv_strbuf b = PV_STRBUF_INIT, title = PV_STRBUF_INIT;
	char path[64];
	int rc;

	pv_strbuf_add(&title, c->w->site_title);
	if (org_name(c)) {
		pv_strbuf_add(&title, " \xe2\x80\x93 ");
		pv_strbuf_add(&title, org_name(c));
	}
	if (title.oom) {
		free(title.s);
		return PRIVICON_ENOMEM;
	}
	head(c, &b, title.s, "index.html");
	free(title.s);
	top(c, &b, "index.html", 1);
	pv_strbuf_add(&b, "</header>\n<main id=\"pv_content\" tabindex=\"-1\">\n<div class=\"pv-wrap\">\n");
	index_body(c, &b, "icons/sprite.svg", 0);
	pv_strbuf_add(&b, "</div>\n</main>\n");
	footer(c, &b);
	pv_strbuf_add(&b, "</body>\n</html>\n");
	snprintf(path, sizeof(path), "%s/index.html", c->lang);
	rc = pv_site_add_text(site, path, pv_strbuf_take(&b), 1);
	if (rc == 0 && fragments) {
		index_body(c, &b, NULL, 1);
		snprintf(path, sizeof(path), "fragments/%s/index.html", c->lang);
		rc = pv_site_add_text(site, path, pv_strbuf_take(&b), 1);
	}
	return rc;
}

/* The root: the choice of language, in both. */
static int root_page(site_ctx *c, privicon_site *site)
{
	pv_strbuf b = PV_STRBUF_INIT;
	const char *org = org_name(c);

	c->lang = "nl";
	head(c, &b, org ? org : site_nl.site_title, NULL);
	pv_strbuf_add(&b, "<a class=\"pv-skip\" href=\"#pv_content\">Naar de inhoud</a>\n"
	                  "<header>\n<div class=\"pv-band\"><div class=\"pv-wrap\">\n<p class=\"pv-org\">");
	pv_html_esc(&b, org ? org : site_nl.site_title);
	pv_strbuf_add(&b, "</p>\n<h1>Privacy <span lang=\"en\">/ Privacy</span></h1>\n</div></div>\n"
	                  "</header>\n<main id=\"pv_content\" tabindex=\"-1\">\n<div class=\"pv-wrap\">\n"
	                  "<ul class=\"pv-choice\">\n<li><a href=\"nl/index.html\" hreflang=\"nl\">");
	pv_html_esc(&b, site_nl.h1);
	pv_strbuf_add(&b, " (Nederlands)</a></li>\n<li lang=\"en\"><a href=\"en/index.html\" "
	                  "hreflang=\"en\">");
	pv_html_esc(&b, site_en.h1);
	pv_strbuf_add(&b, " (English)</a></li>\n</ul>\n</div>\n</main>\n</body>\n</html>\n");
	return pv_site_add_text(site, "index.html", pv_strbuf_take(&b), 1);
}

/* ---- sheets and icons ------------------------------------------------------------ */

static int add_buffer(privicon_site *site, const char *path, unsigned char *data, size_t size)
{
	/* privicon_free() is free(): the library's buffers are malloc'ed. */
	return pv_site_add(site, path, data, size);
}

/* Tells the caller's progress callback (options version 2) that one more
 * sheet is made: every activity and the overview, in both languages. */
static void sheet_done(site_ctx *c, const privicon_site_options *opts)
{
	if (!opts || opts->version < 2 || !opts->progress)
		return;
	size_t per_lang = c->reg->n_activities + (c->reg->n_activities > 0);
	opts->progress(opts->progress_ctx, ++c->sheets_done, 2 * per_lang);
}

static int sheets(site_ctx *c, privicon_site *site, privicon_diagnostics *diags,
                  const privicon_site_options *opts)
{
	privicon_render_options ro = {
		.lang = c->lang,
		.icons_dir = opts ? opts->icons_dir : NULL,
		.theme = opts ? opts->theme : NULL,
		.base_url = c->base, /* a QR code of the page on every sheet */
	};
	privicon_renderer *r = NULL;
	unsigned char *data = NULL;
	size_t size = 0;
	char path[160];
	int rc = privicon_renderer_new(&r, diags, c->reg, &ro);

	for (size_t i = 0; rc == 0 && i < c->reg->n_activities; i++) {
		rc = privicon_renderer_sheet(&data, &size, diags, r, i, PRIVICON_FORMAT_PDF);
		snprintf(path, sizeof(path), "%s/%s.pdf", c->lang, c->reg->activities[i].id);
		if (rc == 0)
			rc = add_buffer(site, path, data, size);
		if (rc == 0)
			sheet_done(c, opts);
	}
	if (rc == 0 && c->reg->n_activities > 0) {
		rc = privicon_renderer_sheet(&data, &size, diags, r, PRIVICON_OVERVIEW,
		                             PRIVICON_FORMAT_PDF);
		snprintf(path, sizeof(path), "%s/overview.pdf", c->lang);
		if (rc == 0)
			rc = add_buffer(site, path, data, size);
		if (rc == 0)
			sheet_done(c, opts);
	}
	privicon_renderer_free(r);
	return rc;
}

static int icons(site_ctx *c, privicon_site *site, privicon_diagnostics *diags,
                 const privicon_site_options *opts)
{
	privicon_render_options ro = {.lang = c->lang, .icons_dir = opts ? opts->icons_dir : NULL};
	char **ids = NULL;
	size_t n = 0, size = 0;
	unsigned char *data = NULL;
	char path[200];
	int rc = privicon_icon_ids(&ids, &n, diags, &ro);

	for (size_t i = 0; rc == 0 && i < n; i++) {
		rc = privicon_render_icon(&data, &size, diags, ids[i], PRIVICON_FORMAT_SVG, 48, NULL, &ro);
		snprintf(path, sizeof(path), "%s/icons/%s.svg", c->lang, ids[i]);
		if (rc == 0)
			rc = add_buffer(site, path, data, size);
	}
	if (rc == 0) {
		rc = privicon_render_sprite(&data, &size, diags, &ro);
		snprintf(path, sizeof(path), "%s/icons/sprite.svg", c->lang);
		if (rc == 0)
			rc = add_buffer(site, path, data, size);
	}
	privicon_free(ids);
	return rc;
}

/* The browser tab's icon: the icon of "Hoe beschermd?" in the theme's
 * primary colour (browsers ask for one; without it every page view logs a
 * missing /favicon.ico). */
static int favicon(privicon_site *site, privicon_diagnostics *diags,
                   const privicon_site_options *opts, const privicon_theme *theme)
{
	privicon_render_options ro = {.lang = "nl", .icons_dir = opts ? opts->icons_dir : NULL};
	unsigned char *data = NULL;
	size_t size = 0;
	char color[8];
	pv_theme_hex(color, theme->color[PV_THEME_PRIMARY]);
	int rc = privicon_render_icon(&data, &size, diags, "question-security", PRIVICON_FORMAT_SVG,
	                              48, color, &ro);
	if (rc == PRIVICON_EINVAL) /* an --icons catalogue without it: no icon */
		return 0;
	return rc == 0 ? add_buffer(site, "assets/favicon.svg", data, size) : rc;
}

/* ---- the sitemap --------------------------------------------------------------- */

static int sitemap(site_ctx *c, privicon_site *site)
{
	pv_strbuf b = PV_STRBUF_INIT;
	pv_strbuf_add(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                  "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
	                  "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
	pv_strbuf_printf(&b, "<url><loc>%s</loc></url>\n", c->base);
	for (size_t k = 0; k <= c->reg->n_activities; k++) {
		char file[128];
		if (k == 0)
			snprintf(file, sizeof(file), "index.html");
		else
			snprintf(file, sizeof(file), "%s.html", c->reg->activities[k - 1].id);
		for (size_t l = 0; l < 2; l++) {
			pv_strbuf_printf(&b, "<url><loc>%s%s/%s</loc>", c->base, site_langs[l], file);
			for (size_t m = 0; m < 2; m++)
				pv_strbuf_printf(&b, "<xhtml:link rel=\"alternate\" hreflang=\"%s\" "
				                     "href=\"%s%s/%s\"/>",
				                 site_langs[m], c->base, site_langs[m], file);
			pv_strbuf_add(&b, "</url>\n");
		}
	}
	pv_strbuf_add(&b, "</urlset>\n");
	return pv_site_add_text(site, "sitemap.xml", pv_strbuf_take(&b), 1);
}

/* ---- the site ---------------------------------------------------------------------- */

static int report(privicon_diagnostics *diags, const privicon_register *reg, const char *why)
{
	char nl[768], en[768];
	snprintf(nl, sizeof(nl), "de site kan niet worden gemaakt: %s", why);
	snprintf(en, sizeof(en), "cannot make the site: %s", why);
	if (diags && privicon_diagnostics_add(diags, reg->file, 0, 0, PRIVICON_ERROR, "render", NULL,
	                                      nl, en) != 0)
		return PRIVICON_ENOMEM;
	return PRIVICON_EINVALID;
}

static int language(site_ctx *c, privicon_site *site, privicon_diagnostics *diags,
                    const privicon_site_options *opts, const char *lang)
{
	pv_notice *notice = NULL;
	int fragments = opts && opts->fragments;
	int rc;

	c->lang = lang;
	c->other = lang[0] == 'e' ? "nl" : "en";
	c->w = words_of(lang);
	rc = pv_notice_build(&notice, c->reg, c->cat, lang);
	if (rc == PRIVICON_EINVAL)
		return report(diags, c->reg, "the icon catalogue lacks an icon the notice needs");
	c->notice = notice;
	if (rc == 0)
		rc = index_page(c, site, fragments);
	for (size_t i = 0; rc == 0 && i < notice->n_activities; i++)
		rc = activity_page(c, site, i, fragments);
	if (rc == PRIVICON_EINVALID)
		rc = report(diags, c->reg, c->err);
	if (rc == 0)
		rc = sheets(c, site, diags, opts);
	if (rc == 0)
		rc = icons(c, site, diags, opts);
	pv_notice_free(notice);
	c->notice = NULL;
	return rc;
}

int privicon_site_build(privicon_site **out, privicon_diagnostics *diags,
                        const privicon_register *reg, const privicon_site_options *opts)
{
	site_ctx c;
	privicon_site *site;
	pv_catalogue *cat = NULL;
	privicon_theme *own_theme = NULL;
	char *base = NULL;
	int rc;

	if (!out)
		return PRIVICON_EINVAL;
	*out = NULL;
	if (!reg || (opts && opts->version > PRIVICON_SITE_OPTIONS_VERSION))
		return PRIVICON_EINVAL;
	for (size_t i = 0; i < reg->n_activities; i++)
		if (!slug_ok(reg->activities[i].id))
			return PRIVICON_EINVAL; /* the schema makes every id a slug */
	/* --base-url, else the register's <publication base-url> (which the
	 * schema checked; one that is not usable gives no base URL). */
	if (opts && opts->base_url)
		rc = pv_url_base(&base, opts->base_url);
	else if ((rc = pv_url_base(&base, reg->publication_base_url)) == PRIVICON_EINVAL)
		rc = 0;
	if (rc != 0)
		return rc;
	site = calloc(1, sizeof(*site));
	if (!site) {
		free(base);
		return PRIVICON_ENOMEM;
	}
	memset(&c, 0, sizeof(c));
	c.reg = reg;
	c.base = base;
	c.theme = opts ? opts->theme : NULL;
	if (!c.theme) {
		rc = pv_theme_default(&own_theme);
		if (rc == PRIVICON_EINVALID)
			rc = report(diags, reg, "the built-in default theme is missing or broken");
		c.theme = own_theme;
	}
	if (rc == 0) {
		rc = pv_catalogue_load(&cat, opts ? opts->icons_dir : NULL, c.err, sizeof(c.err));
		if (rc == PRIVICON_EIO || rc == PRIVICON_EINVALID)
			rc = report(diags, reg, c.err);
		c.cat = cat;
	}
	if (rc == 0)
		rc = root_page(&c, site);
	for (size_t l = 0; rc == 0 && l < 2; l++)
		rc = language(&c, site, diags, opts, site_langs[l]);
	if (rc == 0)
		rc = pv_site_add_text(site, "assets/privicon.css", stylesheet(c.theme), 1);
	if (rc == 0)
		rc = favicon(site, diags, opts, c.theme);
	if (rc == 0)
		rc = pv_site_api(site, reg, base);
	if (rc == 0 && base)
		rc = sitemap(&c, site);
	pv_catalogue_free(cat);
	privicon_theme_free(own_theme);
	free(base);
	if (rc != 0) {
		privicon_site_free(site);
		return rc;
	}
	*out = site;
	return 0;
}
