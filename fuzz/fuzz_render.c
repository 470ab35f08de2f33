/*
 * fuzz_render.c - libFuzzer harness: load a register from memory, run the
 * rules, then render sheets to memory (the notice is built inside each
 * render call): the first activity's sheet as PNG at scale 1, the last
 * activity's sheet and the overview as SVG.
 *
 * Rendering is far slower than loading (pango shapes every caption, zlib
 * packs every PNG row), so each input renders only these three sheets,
 * and never the PDF. Renders happen whenever the register loads, also
 * when the rules find errors: a loaded register is schema-valid, and the
 * library must not crash on any valid model even though the CLI refuses
 * to render one with errors.
 *
 * Mutated registers mostly fail the schema and never reach the renderer,
 * so an input that does not start with '<' is not a register but text:
 * its lines (cleaned to characters XML allows, cut to the schema's
 * lengths) become the activity's name, summary, department, a recipient's
 * name, the controller's name and a purpose description in a fixed valid
 * register - every script, combining mark, emoji, bidi control and
 * 4,000-letter word then reaches pango and the layout. Such a register
 * must load; it is rendered as above.
 *
 * What must hold besides "no sanitizer report": a render returns 0 or
 * PRIVICON_ENOMEM - PRIVICON_ELAYOUT would mean that some text does not
 * fit its place on the sheet, which the layout promises never happens -
 * a PNG starts with the signature and ends with the IEND chunk, and an
 * SVG is well-formed XML.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "privicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void die(const char *what, int rc, const privicon_diagnostics *d)
{
	fprintf(stderr, "fuzz_render: %s: %s\n", what, privicon_strerror(rc));
	for (size_t i = 0; d && i < privicon_diagnostics_count(d); i++)
		fprintf(stderr, "  [%s] %s\n", privicon_diagnostic_rule(d, i),
		        privicon_diagnostic_message(d, i, "en"));
	abort();
}

static const unsigned char png_sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
static const unsigned char png_iend[12] = {0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82};

static void check_png(const unsigned char *png, size_t n)
{
	if (n < 8 + 12 || memcmp(png, png_sig, 8) != 0 || memcmp(png + n - 12, png_iend, 12) != 0) {
		fprintf(stderr, "fuzz_render: the PNG is not complete\n");
		abort();
	}
}

static void check_svg(const unsigned char *svg, size_t n)
{
	xmlDocPtr doc = xmlReadMemory((const char *)svg, (int)n, "sheet.svg", NULL,
	                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	                                  XML_PARSE_HUGE);
	if (!doc) {
		fprintf(stderr, "fuzz_render: the SVG is not well-formed XML\n");
		abort();
	}
	xmlFreeDoc(doc);
}

static void render(const privicon_register *reg, size_t which, privicon_format format,
                   const char *lang)
{
	unsigned char *out = NULL;
	size_t size = 0;
	privicon_diagnostics *d = NULL;
	privicon_render_options ro = {.lang = lang, .scale = 1};

	if (privicon_diagnostics_new(&d) != 0)
		return;
	int rc = privicon_render_sheet(&out, &size, d, reg, which, format, &ro);
	if (rc == PRIVICON_ENOMEM) {
		privicon_diagnostics_free(d);
		return;
	}
	if (rc != 0)
		die(which == PRIVICON_OVERVIEW ? "render overview" : "render sheet", rc, d);
	if (format == PRIVICON_FORMAT_PNG)
		check_png(out, size);
	else
		check_svg(out, size);
	privicon_free(out);
	privicon_diagnostics_free(d);
}

/* ---- text mode ------------------------------------------------------ */

typedef struct {
	char *s;
	size_t len, cap;
} buf;

static int put(buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *bigger = realloc(b->s, cap);
		if (!bigger)
			return -1;
		b->s = bigger;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

static int puts_(buf *b, const char *s)
{
	return put(b, s, strlen(s));
}

/* The length of the UTF-8 sequence at p (of n bytes) and its code point,
 * or 0 when it is not valid UTF-8. */
static size_t decode(const unsigned char *p, size_t n, unsigned *cp)
{
	size_t len;
	unsigned c = p[0], min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf)
		len = 2, c &= 0x1f, min = 0x80;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3, c &= 0x0f, min = 0x800;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4, c &= 0x07, min = 0x10000;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

/* Appends the text of [p, p + n) escaped for XML: only characters XML 1.0
 * allows, at most `max` of them, at least one that is not white space
 * (else `fallback`). */
static int put_text(buf *b, const unsigned char *p, size_t n, size_t max, const char *fallback)
{
	size_t start = b->len, count = 0;
	int visible = 0;
	while (n > 0 && count < max) {
		unsigned cp;
		size_t len = decode(p, n, &cp);
		if (len == 0) {
			p++, n--;
			continue;
		}
		int ok = cp == 0x9 || cp == 0xa || cp == 0xd || (cp >= 0x20 && cp <= 0xd7ff) ||
		         (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
		if (ok) {
			int rc = cp == '<'   ? puts_(b, "&lt;")
			         : cp == '&' ? puts_(b, "&amp;")
			         : cp == '>' ? puts_(b, "&gt;")
			         : cp == '"' ? puts_(b, "&quot;")
			         : cp == '\r' ? puts_(b, "&#13;")
			                       : put(b, (const char *)p, len);
			if (rc != 0)
				return -1;
			count++;
			if (!(cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r'))
				visible = 1;
		}
		p += len, n -= len;
	}
	if (!visible) {
		b->len = start;
		return puts_(b, fallback);
	}
	return 0;
}

/* The register with the input's lines in its texts. */
static char *text_register(const unsigned char *data, size_t size)
{
	/* Lines: 0 name, 1 summary, 2 department, 3 recipient, 4 controller,
	 * 5 purpose description; a missing line leaves a plain word. */
	const unsigned char *line[6] = {0};
	size_t len[6] = {0};
	size_t k = 0, from = 0;
	for (size_t i = 0; i <= size && k < 6; i++) {
		if (i == size || data[i] == '\n') {
			line[k] = data + from;
			len[k] = i - from;
			k++;
			from = i + 1;
		}
	}
	buf b = {0};
	int rc = puts_(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                   "<register xmlns=\"urn:privicon:register:1\" version=\"1\" "
	                   "date=\"2026-11-01\">\n<controller public-authority=\"yes\"><name>");
	rc = rc ? rc : put_text(&b, line[4], len[4], 200, "Gemeente");
	rc = rc ? rc : puts_(&b, "</name><contact email=\"privacy@gemeente.example\"/>"
	                         "<dpo name=\"M. de Boer\" email=\"fg@gemeente.example\"/>"
	                         "</controller>\n<activity id=\"a\" version=\"1\" "
	                         "status=\"active\"><name><nl>");
	rc = rc ? rc : put_text(&b, line[0], len[0], 4000, "Naam");
	rc = rc ? rc : puts_(&b, "</nl><en>Name</en></name><summary><nl>");
	rc = rc ? rc : put_text(&b, line[1], len[1], 4000, "Samenvatting");
	rc = rc ? rc : puts_(&b, "</nl><en>Summary</en></summary><department>");
	rc = rc ? rc : put_text(&b, line[2], len[2], 200, "Afdeling");
	rc = rc ? rc : puts_(&b, "</department><purposes><purpose id=\"p\" basis=\"contract\" "
	                         "category=\"public-service\"><description><nl>");
	rc = rc ? rc : put_text(&b, line[5], len[5], 4000, "Doel");
	rc = rc ? rc : puts_(&b, "</nl><en>Purpose</en></description></purpose></purposes>"
	                         "<data-subjects><subject kind=\"residents\"/></data-subjects>"
	                         "<personal-data><category kind=\"name\" source=\"data-subject\"/>"
	                         "</personal-data><recipients outside-controller=\"yes\" "
	                         "sold=\"no\"><recipient kind=\"processor\" name=\"");
	rc = rc ? rc : put_text(&b, line[3], len[3], 200, "Leverancier");
	rc = rc ? rc : puts_(&b, "\" agreement=\"V-1\"/></recipients>"
	                         "<transfers outside-eea=\"no\"/>"
	                         "<retention period=\"P1Y\" from=\"relationship-ended\"/>"
	                         "<automated-decision present=\"no\"/><profiling present=\"no\"/>"
	                         "<security><measure kind=\"backup\"/></security>"
	                         "<dpia required=\"no\"/></activity>\n</register>\n");
	if (rc != 0) {
		free(b.s);
		return NULL;
	}
	return b.s;
}

/* ---- the entry point ------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	char *text = NULL;
	int rc;

	if (privicon_diagnostics_new(&diags) != 0)
		return 0;
	if (size > 0 && data[0] != '<') {
		text = text_register(data + 1, size - 1);
		if (!text) {
			privicon_diagnostics_free(diags);
			return 0;
		}
		rc = privicon_load_memory(&reg, diags, "text.xml", text, strlen(text), NULL);
		if (rc != 0 && rc != PRIVICON_ENOMEM) {
			fprintf(stderr, "%s", text);
			die("a register made of the text does not load", rc, diags);
		}
	} else {
		rc = privicon_load_memory(&reg, diags, "fuzz.xml", (const char *)data, size, NULL);
	}
	if (rc == 0 && privicon_check_rules(diags, reg) == 0) {
		size_t n = privicon_register_activity_count(reg);
		/* The language alternates with the input's length, so both
		 * caption sets are covered without a byte of the input spent. */
		const char *lang = size % 2 ? "en" : "nl";
		if (n > 0) {
			render(reg, 0, PRIVICON_FORMAT_PNG, lang);
			render(reg, n - 1, PRIVICON_FORMAT_SVG, lang);
		}
		render(reg, PRIVICON_OVERVIEW, PRIVICON_FORMAT_SVG, lang);
	}
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
	free(text);
	return 0;
}
