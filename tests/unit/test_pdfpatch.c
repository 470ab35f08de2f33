/*
 * test_pdfpatch.c - the additions to cairo's PDF that cairo 1.16 has no
 * API for (render/pdfpatch.h): the catalogue's /Lang and DisplayDocTitle,
 * /Tabs /S per page, /Alt and /Lang on structure elements; the offsets
 * stay right; anything unexpected leaves the file as it was. And through
 * the library: an activity name only in Dutch on an English sheet is
 * marked /Lang (nl-NL), the overview's icons carry their captions as /Alt.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>

#include "check.h"
#include "privicon.h"
#include "render/pdfpatch.h"

#define EXAMPLE SOURCE_DIR "/examples/register.xml"

typedef struct {
	unsigned char *data;
	size_t len;
} buf;

static cairo_status_t buf_write(void *closure, const unsigned char *data, unsigned int n)
{
	buf *b = closure;
	unsigned char *bigger = realloc(b->data, b->len + n);
	if (!bigger)
		return CAIRO_STATUS_WRITE_ERROR;
	memcpy(bigger + b->len, data, n);
	b->data = bigger;
	b->len += n;
	return CAIRO_STATUS_SUCCESS;
}

/* A tagged PDF of two pages: Document > H1 (text), Figure (a square),
 * then on page 2 a P. */
static buf tagged_pdf(void)
{
	buf b = {0};
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(buf_write, &b, 200, 200);
	cairo_t *cr = cairo_create(s);
	cairo_tag_begin(cr, "Document", NULL);
	cairo_tag_begin(cr, "H1", NULL);
	cairo_move_to(cr, 20, 40);
	cairo_show_text(cr, "Title");
	cairo_tag_end(cr, "H1");
	cairo_tag_begin(cr, "Figure", NULL);
	cairo_rectangle(cr, 20, 60, 30, 30);
	cairo_fill(cr);
	cairo_tag_end(cr, "Figure");
	cairo_show_page(cr);
	cairo_tag_begin(cr, "P", NULL);
	cairo_move_to(cr, 20, 40);
	cairo_show_text(cr, "Text");
	cairo_tag_end(cr, "P");
	cairo_tag_end(cr, "Document");
	cairo_destroy(cr);
	cairo_surface_finish(s);
	cairo_surface_destroy(s);
	return b;
}

static size_t count(const buf *b, const char *needle)
{
	size_t n = 0, k = strlen(needle);
	for (size_t i = 0; k <= b->len && i + k <= b->len; i++)
		if (memcmp(b->data + i, needle, k) == 0)
			n++;
	return n;
}

static int has(const buf *b, const char *needle)
{
	return count(b, needle) > 0;
}

/* Every in-use entry of the cross-reference table points at its object. */
static int xref_right(const buf *b)
{
	const char *d = (const char *)b->data;
	const char *sx = NULL;
	for (size_t i = 0; i + 9 <= b->len; i++)
		if (memcmp(d + i, "startxref", 9) == 0)
			sx = d + i;
	if (!sx)
		return 0;
	size_t xref = strtoul(sx + 10, NULL, 10), n;
	if (xref + 5 > b->len || memcmp(d + xref, "xref\n", 5) != 0 ||
	    sscanf(d + xref + 5, "0 %zu", &n) != 1)
		return 0;
	const char *e = strchr(d + xref + 5, '\n') + 1;
	for (size_t i = 0; i < n; i++, e += 20) {
		char head[32];
		size_t off = strtoul(e, NULL, 10);
		int k = snprintf(head, sizeof(head), "%zu 0 obj", i);
		if (e[17] == 'n' && (off + (size_t)k > b->len || memcmp(d + off, head, (size_t)k) != 0))
			return 0;
	}
	return 1;
}

static void test_text_string(void)
{
	char *s = pv_pdf_text_string("A\xc3\xa9\xf0\x9f\x98\x80"); /* A, e acute, U+1F600 */
	CHECK(s && strcmp(s, "<FEFF004100E9D83DDE00>") == 0, "a PDF text string is UTF-16BE in hex (%s)",
	      s ? s : "NULL");
	free(s);
	s = pv_pdf_text_string("\xff\xfe");
	CHECK(s == NULL, "no text string from bytes that are not UTF-8");
	free(s);
}

static void test_patch(void)
{
	buf b = tagged_pdf();
	pv_pdf_elem elems[] = {{"Document", NULL, NULL},
	                       {"H1", NULL, "en-GB"},
	                       {"Figure", (char *)"\xc3\x84 (a)", NULL},
	                       {"P", NULL, NULL}};
	pv_pdf_patch patch = {"nl-NL", 1, 1, elems, 4};

	CHECK(b.len > 0 && has(&b, "/StructTreeRoot") && xref_right(&b), "cairo wrote a tagged PDF");
	int rc = pv_pdf_patch_apply(&b.data, &b.len, &patch);
	CHECK(rc == 0, "the patch applies (rc %d)", rc);
	CHECK(has(&b, "<< /Lang (nl-NL) /ViewerPreferences << /DisplayDocTitle true >> /Type /Catalog"),
	      "the catalogue has /Lang and DisplayDocTitle");
	CHECK(count(&b, "<< /Tabs /S /Type /Page") == 2, "both pages have /Tabs /S");
	CHECK(has(&b, "<< /Alt <FEFF00C40020002800610029> /Type /StructElem\n   /S /Figure"),
	      "the figure has its /Alt");
	CHECK(has(&b, "<< /Lang (en-GB) /Type /StructElem\n   /S /H1"), "the heading has its /Lang");
	CHECK(xref_right(&b), "every cross-reference entry points at its object");

	/* Twice: the catalogue has /Lang already - left as it is. */
	buf before = {malloc(b.len), b.len};
	memcpy(before.data, b.data, b.len);
	rc = pv_pdf_patch_apply(&b.data, &b.len, &patch);
	CHECK(rc == 1 && b.len == before.len && memcmp(b.data, before.data, b.len) == 0,
	      "a second patch is refused and changes nothing");

	/* Elements that do not match what cairo wrote: left as it is. */
	buf fresh = tagged_pdf();
	size_t fresh_len = fresh.len;
	pv_pdf_elem wrong[] = {{"Document", NULL, NULL}, {"H2", NULL, NULL},
	                       {"Figure", NULL, NULL}, {"P", NULL, NULL}};
	pv_pdf_patch mismatch = {"nl-NL", 1, 1, wrong, 4};
	rc = pv_pdf_patch_apply(&fresh.data, &fresh.len, &mismatch);
	CHECK(rc == 1 && fresh.len == fresh_len && !has(&fresh, "/Tabs"),
	      "structure elements that do not match: nothing changed");
	pv_pdf_patch too_few = {"nl-NL", 1, 1, elems, 3};
	rc = pv_pdf_patch_apply(&fresh.data, &fresh.len, &too_few);
	CHECK(rc == 1 && fresh.len == fresh_len, "fewer elements than cairo wrote: nothing changed");
	pv_pdf_patch bad_lang = {"nl) /JS (x", 1, 1, NULL, 0};
	rc = pv_pdf_patch_apply(&fresh.data, &fresh.len, &bad_lang);
	CHECK(rc == 1 && fresh.len == fresh_len, "a language tag that is not one is refused");

	/* Not a PDF this code knows. */
	buf junk = {(unsigned char *)strdup("%PDF-1.5\nno xref here\nstartxref\n12\n%%EOF\n"), 0};
	junk.len = strlen((char *)junk.data);
	rc = pv_pdf_patch_apply(&junk.data, &junk.len, &patch);
	CHECK(rc == 1, "a file without a usable cross-reference table is left as it is");

	free(junk.data);
	free(fresh.data);
	free(before.data);
	free(b.data);
}

/* Through the library: an English sheet whose activity has only a Dutch
 * name, and the overview's icons. */
static void test_library(void)
{
	FILE *f = fopen(EXAMPLE, "rb");
	char *xml = NULL, *at;
	size_t n = 0;
	long size;
	privicon_register *reg = NULL;
	privicon_diagnostics *d = NULL;
	privicon_render_options opts = {0};
	unsigned char *pdf = NULL;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    !(xml = malloc((size_t)size + 1)) || fread(xml, 1, (size_t)size, f) != (size_t)size) {
		CHECK(0, "examples/register.xml can be read");
		if (f)
			fclose(f);
		free(xml);
		return;
	}
	fclose(f);
	xml[size] = '\0';
	/* drop the first activity's English name */
	at = strstr(xml, "<en>Reporting a problem in a public space</en>");
	CHECK(at != NULL, "the example's first activity has an English name");
	if (!at) {
		free(xml);
		return;
	}
	size_t cut = strlen("<en>Reporting a problem in a public space</en>");
	memmove(at, at + cut, strlen(at + cut) + 1);
	privicon_diagnostics_new(&d);
	int rc = privicon_load_memory(&reg, d, "nl-only.xml", xml, strlen(xml), NULL);
	CHECK(rc == 0 && reg, "a register with a Dutch-only name loads (rc %d)", rc);
	opts.lang = "en";
	if (reg) {
		rc = privicon_render_sheet(&pdf, &n, d, reg, 0, PRIVICON_FORMAT_PDF, &opts);
		buf b = {pdf, n};
		CHECK(rc == 0 && has(&b, "<< /Lang (nl-NL) /Type /StructElem\n   /S /H1"),
		      "on an English sheet, the Dutch-only name is a heading with /Lang (nl-NL)");
		CHECK(has(&b, "<< /Lang (en-GB) /ViewerPreferences"), "the English sheet's PDF is en-GB");
		privicon_free(pdf);
		pdf = NULL;
		rc = privicon_render_sheet(&pdf, &n, d, reg, PRIVICON_OVERVIEW, PRIVICON_FORMAT_PDF, &opts);
		b = (buf){pdf, n};
		size_t figures = count(&b, "/S /Figure"), alts = count(&b, "/Alt <FEFF");
		CHECK(rc == 0 && figures > 0 && alts == figures,
		      "every figure of the overview has its /Alt (%zu figures, %zu /Alt)", figures, alts);
		privicon_free(pdf);
	}
	privicon_register_free(reg);
	privicon_diagnostics_free(d);
	free(xml);
}

int main(void)
{
	test_text_string();
	test_patch();
	test_library();
	return check_exit_status();
}
