/*
 * theme.c - design tokens for the HTML page and the sheets (theme.h,
 * privicon.h "Themes").
 *
 * The file format follows the NL Design System token files (Style
 * Dictionary): nested groups of JSON objects, each token an object with
 * a "value" (or "$value", the W3C design tokens draft), and references
 * to other tokens written "{group.token}". privicon's tokens are under a
 * top-level "privicon" group, so one file can carry a design system's
 * own tokens as well; those are ignored unless a privicon token refers
 * to them.
 *
 * Everything that reaches CSS is checked against a narrow syntax here
 * (colours as hex, a font list of plain characters, a length in px or
 * rem), so a theme can never break out of the page's <style> block, and
 * every colour pair a renderer uses is checked against WCAG 2.1 AA before
 * the theme is handed out.
 */
#include "render/theme.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "util/resource.h"

#define THEME_MAX_SIZE ((size_t)1024 * 1024)
#define ALIAS_MAX_DEPTH 8
#define FONT_MAX_LEN 200

/* ---- the token set --------------------------------------------------------- */

static const char *const color_names[PV_THEME_COLOR_COUNT] = {
	[PV_THEME_PRIMARY] = "color.primary",
	[PV_THEME_ON_PRIMARY] = "color.on-primary",
	[PV_THEME_TEXT] = "color.text",
	[PV_THEME_MUTED] = "color.muted",
	[PV_THEME_BACKGROUND] = "color.background",
	[PV_THEME_SURFACE] = "color.surface",
	[PV_THEME_ICON] = "color.icon",
	[PV_THEME_ATTENTION] = "color.attention",
	[PV_THEME_LINK] = "color.link",
	[PV_THEME_FOCUS] = "color.focus",
	[PV_THEME_RULE] = "color.rule",
};

#define TOKEN_FONT  "font-family"
#define TOKEN_SPACE "space.unit"
#define NAMESPACE   "privicon"

const char *pv_theme_color_name(pv_theme_color c)
{
	return (unsigned)c < PV_THEME_COLOR_COUNT ? color_names[c] : "";
}

/* The colour pairs the page and the sheets draw, with the WCAG 2.1 ratio
 * each needs: 4.5:1 for text (1.4.3), 3:1 for icons and the focus
 * outline (1.4.11). The attention colour is also the colour of the word
 * "Let op:" on the page and on the item cards (surface), hence 4.5:1. */
static const struct {
	pv_theme_color fg, bg;
	double min;
	const char *what_nl, *what_en;
} pairs[] = {
	{PV_THEME_TEXT, PV_THEME_BACKGROUND, 4.5, "tekst", "text"},
	{PV_THEME_TEXT, PV_THEME_SURFACE, 4.5, "tekst", "text"},
	{PV_THEME_MUTED, PV_THEME_BACKGROUND, 4.5, "tekst", "text"},
	{PV_THEME_MUTED, PV_THEME_SURFACE, 4.5, "tekst", "text"},
	{PV_THEME_ON_PRIMARY, PV_THEME_PRIMARY, 4.5, "tekst", "text"},
	{PV_THEME_LINK, PV_THEME_BACKGROUND, 4.5, "tekst", "text"},
	{PV_THEME_LINK, PV_THEME_SURFACE, 4.5, "tekst", "text"},
	{PV_THEME_ATTENTION, PV_THEME_BACKGROUND, 4.5, "tekst", "text"},
	{PV_THEME_ATTENTION, PV_THEME_SURFACE, 4.5, "tekst", "text"},
	{PV_THEME_ICON, PV_THEME_BACKGROUND, 3.0, "iconen", "icons"},
	{PV_THEME_ICON, PV_THEME_SURFACE, 3.0, "iconen", "icons"},
	{PV_THEME_FOCUS, PV_THEME_BACKGROUND, 3.0, "de focusrand", "the focus outline"},
	{PV_THEME_FOCUS, PV_THEME_SURFACE, 3.0, "de focusrand", "the focus outline"},
};

/* ---- colours ------------------------------------------------------------------ */

static double channel(unsigned v)
{
	double c = v / 255.0;
	return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(unsigned rgb)
{
	return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) +
	       0.0722 * channel(rgb & 0xff);
}

double pv_contrast_ratio(unsigned a, unsigned b)
{
	double la = luminance(a), lb = luminance(b);
	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

void pv_theme_hex(char *buf, unsigned rgb)
{
	snprintf(buf, 8, "#%06x", rgb & 0xffffffu);
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* "#rgb" or "#rrggbb" only: names, rgb() and alpha are refused so that
 * every colour can be checked for contrast and drawn by cairo alike. */
static int parse_color(unsigned *out, const char *s)
{
	size_t n = strlen(s);
	unsigned v = 0;
	if ((n != 4 && n != 7) || s[0] != '#')
		return -1;
	for (size_t i = 1; i < n; i++) {
		int d = hexval(s[i]);
		if (d < 0)
			return -1;
		v = v * 16 + (unsigned)d;
		if (n == 4)
			v = v * 16 + (unsigned)d; /* #abc is #aabbcc */
	}
	*out = v;
	return 0;
}

/* ---- fonts and lengths --------------------------------------------------------- */

static int font_char_ok(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == ' ' || c == '-' || c == ',' || c == '\'' || c == '"';
}

/* Checks a CSS font-family list: plain characters only (no ; { } < \ that
 * could end the declaration or the <style> element), balanced quotes, no
 * empty family. On success stores the pango form (quotes removed) in
 * *pango. Returns 0, 1 (bad) or PRIVICON_ENOMEM. */
static int check_font(const char *s, char **pango)
{
	size_t n = strlen(s);
	char quote = 0;
	int family_chars = 0;

	*pango = NULL;
	if (n == 0 || n > FONT_MAX_LEN)
		return 1;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!font_char_ok(c))
			return 1;
		if (quote) {
			if (c == quote)
				quote = 0;
			else if (c == ',' || c == '\'' || c == '"')
				return 1;
			else if (c != ' ')
				family_chars = 1;
			continue;
		}
		if (c == '\'' || c == '"') {
			quote = c;
		} else if (c == ',') {
			if (!family_chars)
				return 1;
			family_chars = 0;
		} else if (c != ' ') {
			family_chars = 1;
		}
	}
	if (quote || !family_chars)
		return 1;
	char *p = malloc(n + 1), *o = p;
	if (!p)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < n; i++)
		if (s[i] != '\'' && s[i] != '"')
			*o++ = s[i];
	*o = '\0';
	*pango = p;
	return 0;
}

/* "Npx" (2 to 32) or "Nrem" (0.125 to 2), N a plain decimal. */
static int parse_space(double *px, const char *s)
{
	const char *p = s;
	double v = 0, scale = 0;
	int digits = 0;
	while ((*p >= '0' && *p <= '9') || (*p == '.' && scale == 0)) {
		if (*p == '.') {
			scale = 1;
		} else {
			digits++;
			if (digits > 6)
				return -1;
			if (scale > 0) {
				scale /= 10;
				v += (*p - '0') * scale;
			} else {
				v = v * 10 + (*p - '0');
			}
		}
		p++;
	}
	if (digits == 0)
		return -1;
	if (strcmp(p, "px") == 0 && v >= 2 && v <= 32) {
		*px = v;
		return 0;
	}
	if (strcmp(p, "rem") == 0 && v >= 0.125 && v <= 2) {
		*px = v * 16;
		return 0;
	}
	return -1;
}

/* ---- loading ----------------------------------------------------------------- */

typedef struct {
	privicon_diagnostics *diags;
	const char *name;
	json_t *root;
	privicon_theme *theme;
	int set_color[PV_THEME_COLOR_COUNT];
	int set_font, set_space;
	int errors;
	int oom;
} loader;

static void add_diag(loader *l, privicon_severity sev, int line, int column, const char *nl,
                     const char *en)
{
	if (sev == PRIVICON_ERROR)
		l->errors++;
	/* One id per severity: "theme" refuses the file, "theme-token" is a
	 * token privicon leaves aside. */
	const char *rule = sev == PRIVICON_ERROR ? "theme" : "theme-token";
	if (l->diags && privicon_diagnostics_add(l->diags, l->name, line, column, sev, rule, NULL,
	                                         nl, en) != 0)
		l->oom = 1;
}

/* A token's value: the object's "value" or "$value" member, or NULL. */
static json_t *token_value(json_t *node)
{
	json_t *v;
	if (!json_is_object(node))
		return NULL;
	v = json_object_get(node, "$value");
	return v ? v : json_object_get(node, "value");
}

/* The node at dotted `path` ("privicon.color.primary") below root. */
static json_t *find_path(json_t *root, const char *path, size_t len)
{
	json_t *node = root;
	const char *p = path, *end = path + len;
	char key[128];
	while (p < end && node) {
		const char *dot = memchr(p, '.', (size_t)(end - p));
		size_t n = dot ? (size_t)(dot - p) : (size_t)(end - p);
		if (n == 0 || n >= sizeof(key))
			return NULL;
		memcpy(key, p, n);
		key[n] = '\0';
		node = json_object_get(node, key);
		p = dot ? dot + 1 : end;
	}
	return node;
}

/* Follows references "{a.b}" to the value they stand for. Returns the
 * value, or NULL after reporting a dangling or circular reference. */
static json_t *resolve(loader *l, const char *token, json_t *value)
{
	for (int depth = 0; json_is_string(value); depth++) {
		const char *s = json_string_value(value);
		size_t n = strlen(s);
		if (n < 3 || s[0] != '{' || s[n - 1] != '}')
			return value;
		json_t *target = find_path(l->root, s + 1, n - 2);
		json_t *tv = token_value(target);
		char nl[512], en[512];
		if (depth >= ALIAS_MAX_DEPTH) {
			snprintf(nl, sizeof(nl), "%s: de verwijzing %s gaat te diep of in een kring",
			         token, s);
			snprintf(en, sizeof(en), "%s: the reference %s is too deep or circular", token, s);
			add_diag(l, PRIVICON_ERROR, 0, 0, nl, en);
			return NULL;
		}
		if (!tv) {
			snprintf(nl, sizeof(nl), "%s: verwijst naar %s, maar die token staat niet in het bestand",
			         token, s);
			snprintf(en, sizeof(en), "%s: refers to %s, which the file does not define", token,
			         s);
			add_diag(l, PRIVICON_ERROR, 0, 0, nl, en);
			return NULL;
		}
		value = tv;
	}
	return value;
}

/* A short form of a JSON value for messages: 'blue', 12, true, ... */
static void describe(char *buf, size_t size, json_t *v)
{
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		size_t o = 0;
		buf[o++] = '\'';
		/* Printable ASCII only, so a message stays one clean line. */
		for (const char *p = s; *p && o + 5 < size; p++)
			buf[o++] = (*p >= 0x20 && *p < 0x7f) ? *p : '?';
		if (strlen(s) > size - 6 && o > 4)
			memcpy(buf + o - 3, "...", 3);
		buf[o++] = '\'';
		buf[o] = '\0';
	} else if (json_is_integer(v)) {
		snprintf(buf, size, "%lld", (long long)json_integer_value(v));
	} else if (json_is_real(v)) {
		snprintf(buf, size, "%g", json_real_value(v));
	} else if (json_is_boolean(v)) {
		snprintf(buf, size, "%s", json_is_true(v) ? "true" : "false");
	} else if (json_is_null(v)) {
		snprintf(buf, size, "null");
	} else {
		snprintf(buf, size, json_is_array(v) ? "a list" : "an object");
	}
}

static void bad_value(loader *l, const char *token, json_t *v, const char *want_nl,
                      const char *want_en)
{
	char got[96], nl[512], en[512];
	describe(got, sizeof(got), v);
	snprintf(nl, sizeof(nl), "%s: verwacht %s, maar staat er %s", token, want_nl, got);
	snprintf(en, sizeof(en), "%s: expected %s, got %s", token, want_en, got);
	add_diag(l, PRIVICON_ERROR, 0, 0, nl, en);
}

/* A font list given as an array (W3C draft): ["Fira Sans", "sans-serif"]
 * becomes "\"Fira Sans\", sans-serif". Returns a new string, NULL when an
 * element is not a plain string (*bad set) or out of memory. */
static char *join_fonts(json_t *arr, int *bad)
{
	size_t i, len = 1;
	json_t *e;
	char *s, *o;
	*bad = 0;
	if (json_array_size(arr) == 0) {
		*bad = 1;
		return NULL;
	}
	json_array_foreach(arr, i, e) {
		if (!json_is_string(e) || strlen(json_string_value(e)) > FONT_MAX_LEN) {
			*bad = 1;
			return NULL;
		}
		len += strlen(json_string_value(e)) + 4;
	}
	s = o = malloc(len);
	if (!s)
		return NULL;
	json_array_foreach(arr, i, e) {
		const char *f = json_string_value(e);
		int quote = strchr(f, ' ') && f[0] != '"' && f[0] != '\'';
		o += sprintf(o, "%s%s%s%s", i ? ", " : "", quote ? "\"" : "", f, quote ? "\"" : "");
	}
	return s;
}

static void set_token(loader *l, const char *rel, const char *full, json_t *value)
{
	privicon_theme *t = l->theme;
	for (int c = 0; c < PV_THEME_COLOR_COUNT; c++) {
		if (strcmp(rel, color_names[c]) != 0)
			continue;
		unsigned rgb;
		if (!json_is_string(value) || parse_color(&rgb, json_string_value(value)) != 0) {
			bad_value(l, full, value, "een kleur zoals #1a5fb4", "a colour like #1a5fb4");
			return;
		}
		t->color[c] = rgb;
		l->set_color[c] = 1;
		return;
	}
	if (strcmp(rel, TOKEN_FONT) == 0) {
		char *joined = NULL, *pango = NULL;
		const char *s = NULL;
		int bad = 0;
		if (json_is_array(value)) {
			joined = join_fonts(value, &bad);
			if (!joined && !bad) {
				l->oom = 1;
				return;
			}
			s = joined;
		} else if (json_is_string(value)) {
			s = json_string_value(value);
		}
		int rc = s ? check_font(s, &pango) : 1;
		if (rc == PRIVICON_ENOMEM) {
			l->oom = 1;
		} else if (rc != 0) {
			bad_value(l, full, value,
			          "een lijst van lettertypen met alleen letters, cijfers, spaties, "
			          "streepjes, komma's en aanhalingstekens",
			          "a list of font families with only letters, digits, spaces, hyphens, "
			          "commas and quotes");
		} else {
			char *css = strdup(s);
			if (!css) {
				free(pango);
				l->oom = 1;
			} else {
				free(t->font_family);
				free(t->sheet_font);
				t->font_family = css;
				t->sheet_font = pango;
				l->set_font = 1;
			}
		}
		free(joined);
		return;
	}
	if (strcmp(rel, TOKEN_SPACE) == 0) {
		double px;
		char buf[32];
		const char *s = NULL;
		if (json_is_string(value))
			s = json_string_value(value);
		else if (json_is_number(value) && json_number_value(value) >= 0 &&
		         json_number_value(value) < 1000) {
			/* A bare number is px, as Style Dictionary writes them. */
			snprintf(buf, sizeof(buf), "%gpx", json_number_value(value));
			s = buf;
		}
		if (!s || strlen(s) >= sizeof(t->space) || parse_space(&px, s) != 0) {
			bad_value(l, full, value, "een maat van 2px tot 32px of 0.125rem tot 2rem",
			          "a length from 2px to 32px or 0.125rem to 2rem");
			return;
		}
		memcpy(t->space, s, strlen(s) + 1); /* length checked above */
		t->space_px = px;
		l->set_space = 1;
		return;
	}
}

static int known_token(const char *rel)
{
	for (int c = 0; c < PV_THEME_COLOR_COUNT; c++)
		if (strcmp(rel, color_names[c]) == 0)
			return 1;
	return strcmp(rel, TOKEN_FONT) == 0 || strcmp(rel, TOKEN_SPACE) == 0;
}

/* Visits the group `node` at `path` (below "privicon."). */
static void walk(loader *l, json_t *node, char *path, size_t len, size_t cap)
{
	const char *key;
	json_t *child;
	json_object_foreach(node, key, child) {
		/* $type, $description, ... describe the group (W3C draft). */
		if (key[0] == '$')
			continue;
		size_t n = strlen(key);
		if (len + 1 + n + 1 > cap) {
			add_diag(l, PRIVICON_WARNING, 0, 0, "een token heeft een te lange naam",
			         "a token's name is too long");
			continue;
		}
		size_t old = len;
		path[len++] = '.';
		memcpy(path + len, key, n + 1);
		len += n;
		json_t *value = token_value(child);
		const char *rel = path + strlen(NAMESPACE) + 1;
		if (value && !known_token(rel)) {
			char nl[512], en[512];
			snprintf(nl, sizeof(nl), "%s: onbekende token; privicon gebruikt hem niet", path);
			snprintf(en, sizeof(en), "%s: unknown token; privicon does not use it", path);
			add_diag(l, PRIVICON_WARNING, 0, 0, nl, en);
		} else if (value) {
			json_t *v = resolve(l, path, value);
			if (v)
				set_token(l, rel, path, v);
		} else if (json_is_object(child)) {
			walk(l, child, path, len, cap);
		} else {
			char nl[512], en[512];
			snprintf(nl, sizeof(nl), "%s: geen token (een token is een object met \"value\")",
			         path);
			snprintf(en, sizeof(en), "%s: not a token (a token is an object with \"value\")",
			         path);
			add_diag(l, PRIVICON_WARNING, 0, 0, nl, en);
		}
		len = old;
		path[len] = '\0';
	}
}

static void check_contrast(loader *l)
{
	const privicon_theme *t = l->theme;
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		unsigned fg = t->color[pairs[i].fg], bg = t->color[pairs[i].bg];
		double r = pv_contrast_ratio(fg, bg);
		if (r >= pairs[i].min)
			continue;
		/* Rounded down, so a ratio that fails never prints as passing. */
		double shown = floor(r * 100) / 100;
		char a[8], b[8], nl[512], en[512];
		pv_theme_hex(a, fg);
		pv_theme_hex(b, bg);
		snprintf(nl, sizeof(nl),
		         NAMESPACE ".%s (%s) op " NAMESPACE ".%s (%s): contrast %.2f:1 is te laag; "
		         "WCAG 2.1 AA vraagt voor %s minstens %.1f:1",
		         color_names[pairs[i].fg], a, color_names[pairs[i].bg], b, shown,
		         pairs[i].what_nl, pairs[i].min);
		snprintf(en, sizeof(en),
		         NAMESPACE ".%s (%s) on " NAMESPACE ".%s (%s): contrast %.2f:1 is too low; "
		         "WCAG 2.1 AA needs at least %.1f:1 for %s",
		         color_names[pairs[i].fg], a, color_names[pairs[i].bg], b, shown,
		         pairs[i].min, pairs[i].what_en);
		add_diag(l, PRIVICON_ERROR, 0, 0, nl, en);
	}
}

void privicon_theme_free(privicon_theme *theme)
{
	if (!theme)
		return;
	free(theme->font_family);
	free(theme->sheet_font);
	free(theme);
}

/* Loads `data` over the values of `base` (NULL: every token required).
 * `user` says whether the file's font-family may reach the sheets. */
static int load(privicon_theme **out, privicon_diagnostics *diags, const char *name,
                const char *data, size_t size, const privicon_theme *base, int user)
{
	loader l = {0};
	json_error_t jerr;
	char path[512];
	int rc = 0;

	*out = NULL;
	l.diags = diags;
	l.name = name ? name : "theme";
	if (size > THEME_MAX_SIZE) {
		add_diag(&l, PRIVICON_ERROR, 0, 0, "het themabestand is groter dan 1 MiB",
		         "the theme file is larger than 1 MiB");
		return l.oom ? PRIVICON_ENOMEM : PRIVICON_ETOOBIG;
	}
	l.theme = calloc(1, sizeof(*l.theme));
	if (!l.theme)
		return PRIVICON_ENOMEM;
	if (base) {
		memcpy(l.theme->color, base->color, sizeof(base->color));
		l.theme->font_family = strdup(base->font_family);
		/* The default font stack is for browsers; sheets keep their
		 * fixed font unless the theme file names one. */
		l.theme->sheet_font = NULL;
		memcpy(l.theme->space, base->space, sizeof(base->space));
		l.theme->space_px = base->space_px;
		if (!l.theme->font_family) {
			privicon_theme_free(l.theme);
			return PRIVICON_ENOMEM;
		}
	}
	l.root = json_loadb(data, size, JSON_REJECT_DUPLICATES, &jerr);
	if (!l.root) {
		char nl[512], en[512];
		snprintf(nl, sizeof(nl), "geen geldige JSON: %s", jerr.text);
		snprintf(en, sizeof(en), "not valid JSON: %s", jerr.text);
		add_diag(&l, PRIVICON_ERROR, jerr.line > 0 ? jerr.line : 0,
		         jerr.line > 0 && jerr.column > 0 ? jerr.column : 0, nl, en);
	} else if (!json_is_object(l.root)) {
		add_diag(&l, PRIVICON_ERROR, 0, 0, "het bestand is geen JSON-object met tokens",
		         "the file is not a JSON object of tokens");
	} else {
		json_t *group = json_object_get(l.root, NAMESPACE);
		if (!json_is_object(group)) {
			add_diag(&l, PRIVICON_WARNING, 0, 0,
			         "het bestand heeft geen groep \"privicon\"; het standaardthema wordt "
			         "gebruikt",
			         "the file has no \"privicon\" group; the default theme is used");
		} else {
			snprintf(path, sizeof(path), "%s", NAMESPACE);
			walk(&l, group, path, strlen(path), sizeof(path));
		}
	}
	if (!base && l.errors == 0) {
		/* The default theme must define everything itself. */
		for (int c = 0; c < PV_THEME_COLOR_COUNT; c++)
			if (!l.set_color[c])
				bad_value(&l, color_names[c], json_null(), "een kleur", "a colour");
		if (!l.set_font)
			bad_value(&l, TOKEN_FONT, json_null(), "een lettertype", "a font family");
		if (!l.set_space)
			bad_value(&l, TOKEN_SPACE, json_null(), "een maat", "a length");
	}
	if (l.errors == 0)
		check_contrast(&l);
	if (!user || !l.set_font) {
		free(l.theme->sheet_font);
		l.theme->sheet_font = NULL;
	}
	json_decref(l.root);
	if (l.oom)
		rc = PRIVICON_ENOMEM;
	else if (l.errors > 0)
		rc = PRIVICON_EINVALID;
	if (rc != 0) {
		privicon_theme_free(l.theme);
		return rc;
	}
	*out = l.theme;
	return 0;
}

int pv_theme_default(privicon_theme **out)
{
	const unsigned char *data;
	size_t size;
	if (!out)
		return PRIVICON_EINVAL;
	*out = NULL;
	if (pv_resource_get(&data, &size, "themes/default.json") != 0)
		return PRIVICON_EINVALID;
	int rc = load(out, NULL, "themes/default.json", (const char *)data, size, NULL, 0);
	return rc == PRIVICON_ENOMEM ? rc : rc != 0 ? PRIVICON_EINVALID : 0;
}

int privicon_theme_load_memory(privicon_theme **out, privicon_diagnostics *diags,
                               const char *name, const char *data, size_t size)
{
	privicon_theme *base = NULL;
	int rc;
	if (!out)
		return PRIVICON_EINVAL;
	*out = NULL;
	if (!data && size)
		return PRIVICON_EINVAL;
	rc = pv_theme_default(&base);
	if (rc == PRIVICON_EINVALID && diags &&
	    privicon_diagnostics_add(diags, name, 0, 0, PRIVICON_ERROR, "theme", NULL,
	                             "het ingebouwde standaardthema ontbreekt of is kapot",
	                             "the built-in default theme is missing or broken") != 0)
		rc = PRIVICON_ENOMEM;
	if (rc != 0)
		return rc;
	rc = load(out, diags, name, data ? data : "", size, base, 1);
	privicon_theme_free(base);
	return rc;
}

int privicon_theme_load_file(privicon_theme **out, privicon_diagnostics *diags,
                             const char *path)
{
	FILE *fp;
	char *data = NULL;
	size_t size = 0;
	int rc;

	if (!out || !path)
		return PRIVICON_EINVAL;
	*out = NULL;
	fp = fopen(path, "rb");
	if (fp) {
		/* One byte more than the cap tells "too big" from "exactly 1 MiB". */
		data = malloc(THEME_MAX_SIZE + 1);
		if (!data) {
			fclose(fp);
			return PRIVICON_ENOMEM;
		}
		size = fread(data, 1, THEME_MAX_SIZE + 1, fp);
		rc = ferror(fp) ? errno ? errno : EIO : 0;
		fclose(fp);
	} else {
		rc = errno ? errno : EIO;
	}
	if (rc != 0) {
		char nl[512], en[512];
		snprintf(nl, sizeof(nl), "het themabestand kan niet worden gelezen: %s", strerror(rc));
		snprintf(en, sizeof(en), "cannot read the theme file: %s", strerror(rc));
		free(data);
		if (diags && privicon_diagnostics_add(diags, path, 0, 0, PRIVICON_ERROR, "theme", NULL,
		                                      nl, en) != 0)
			return PRIVICON_ENOMEM;
		return PRIVICON_EIO;
	}
	rc = privicon_theme_load_memory(out, diags, path, data, size);
	free(data);
	return rc;
}
