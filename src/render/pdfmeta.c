/*
 * pdfmeta.c - PDF metadata cairo cannot set: the reproducible date from
 * SOURCE_DATE_EPOCH and the document language (render_job.h).
 */
#include "render/render_job.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- PDF ------------------------------------------------------------------------ */

/* SOURCE_DATE_EPOCH (reproducible-builds.org) as cairo's ISO 8601 date in
 * `date`; "" when unset. A malformed value is an error, as the
 * specification asks, rather than a silently current date. */
int pv_pdf_source_date(char *date, size_t size)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	unsigned long long v = 0;
	struct tm tm;
	time_t t;

	date[0] = '\0';
	if (!s || !*s)
		return 0;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9' || v > 253402300799ULL / 10)
			return PRIVICON_EINVAL;
		v = v * 10 + (unsigned long long)(*p - '0');
	}
	if (v > 253402300799ULL) /* 9999-12-31T23:59:59Z */
		return PRIVICON_EINVAL;
	t = (time_t)v;
	if (!gmtime_r(&t, &tm) || strftime(date, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return PRIVICON_EINVAL;
	return 0;
}

/* Parses a non-negative decimal at `p` (at most 10 digits). */
static int parse_offset(const unsigned char *p, const unsigned char *end, size_t *out)
{
	size_t v = 0;
	int n = 0;
	while (p < end && *p >= '0' && *p <= '9' && n < 11) {
		v = v * 10 + (size_t)(*p - '0');
		p++;
		n++;
	}
	if (n == 0 || n > 10)
		return -1;
	*out = v;
	return 0;
}

static const unsigned char *find_bytes(const unsigned char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

/* Does the xref entry of object `obj` point at "obj 0 obj"? */
static int entry_ok(const unsigned char *pdf, size_t len, size_t off, size_t obj)
{
	char head[32];
	int n = snprintf(head, sizeof(head), "%zu 0 obj", obj);
	return off + (size_t)n <= len && memcmp(pdf + off, head, (size_t)n) == 0;
}

/*
 * cairo has no API for the document language (/Lang in the catalogue,
 * which screen readers use to pick a voice), so it is inserted into the
 * bytes cairo wrote, together with /ViewerPreferences << /DisplayDocTitle
 * true >> (viewers then show the title, not the file name). The insertion
 * shifts every object after it, so the cross-reference table is rewritten
 * with the new offsets and every entry is checked before and after. A file
 * this code does not recognise (an xref stream, several sections) is left
 * as it is: returns 1 then, 0 when inserted, or PRIVICON_ENOMEM.
 */
int pv_pdf_set_lang(pv_membuf *pdf, const char *lang_tag)
{
	const unsigned char *d = pdf->data, *p, *end = pdf->data + pdf->len;
	size_t xref, count, first, root = 0, cat_off, insert_at;
	char ins[96];
	size_t ins_len;

	/* startxref N near the end */
	size_t tail = pdf->len > 1024 ? pdf->len - 1024 : 0;
	const unsigned char *sx = NULL;
	for (p = d + tail; (p = find_bytes(p, (size_t)(end - p), "startxref")) != NULL; p++)
		sx = p;
	if (!sx)
		return 1;
	p = sx + strlen("startxref");
	while (p < end && (*p == '\r' || *p == '\n' || *p == ' '))
		p++;
	if (parse_offset(p, end, &xref) != 0 || xref >= pdf->len ||
	    memcmp(d + xref, "xref\n", 5) != 0)
		return 1;
	p = d + xref + 5;
	if (parse_offset(p, end, &first) != 0 || first != 0)
		return 1;
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	if (p >= end || *p++ != ' ' || parse_offset(p, end, &count) != 0)
		return 1;
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	if (p >= end || *p++ != '\n')
		return 1;
	const unsigned char *entries = p;
	if ((size_t)(end - entries) < count * 20 + 7 ||
	    memcmp(entries + count * 20, "trailer", 7) != 0)
		return 1;
	for (size_t i = 0; i < count; i++) {
		const unsigned char *e = entries + i * 20;
		size_t off;
		if (e[10] != ' ' || e[16] != ' ' || (e[17] != 'n' && e[17] != 'f') ||
		    parse_offset(e, e + 10, &off) != 0)
			return 1;
		if (e[17] == 'n' && !entry_ok(d, pdf->len, off, i))
			return 1;
	}
	/* /Root N 0 R in the trailer */
	const unsigned char *rt = find_bytes(entries + count * 20, (size_t)(end - entries) - count * 20,
	                                     "/Root ");
	if (!rt || parse_offset(rt + 6, end, &root) != 0 || root == 0 || root >= count)
		return 1;
	if (parse_offset(entries + root * 20, entries + root * 20 + 10, &cat_off) != 0)
		return 1;
	const unsigned char *endobj = find_bytes(d + cat_off, xref - cat_off, "endobj");
	const unsigned char *type = find_bytes(d + cat_off, xref - cat_off, "/Type /Catalog");
	if (!endobj || !type || type > endobj ||
	    find_bytes(d + cat_off, (size_t)(endobj - (d + cat_off)), "/Lang"))
		return 1;
	insert_at = (size_t)(type - d) + strlen("/Type /Catalog");
	ins_len = (size_t)snprintf(ins, sizeof(ins),
	                           "\n   /Lang (%s)\n   /ViewerPreferences << /DisplayDocTitle true >>",
	                           lang_tag);

	/* The new file: before, the insertion, after; then fix the offsets. */
	/* Room for the insertion and for startxref's offset growing a digit. */
	size_t alloc = pdf->len + ins_len + 16;
	unsigned char *nd = malloc(alloc);
	if (!nd)
		return PRIVICON_ENOMEM;
	memcpy(nd, d, insert_at);
	memcpy(nd + insert_at, ins, ins_len);
	memcpy(nd + insert_at + ins_len, d + insert_at, pdf->len - insert_at);
	size_t nlen = pdf->len + ins_len;
	size_t nxref = xref > insert_at ? xref + ins_len : xref;
	unsigned char *nentries = nd + (entries - d) + (size_t)(xref > insert_at ? ins_len : 0);
	for (size_t i = 0; i < count; i++) {
		unsigned char *e = nentries + i * 20;
		size_t off;
		char digits[11];
		if (e[17] != 'n')
			continue;
		parse_offset(e, e + 10, &off);
		if (off > insert_at)
			off += ins_len;
		snprintf(digits, sizeof(digits), "%010zu", off);
		memcpy(e, digits, 10);
	}
	/* startxref: the digits may grow by one, at the very end of the file. */
	unsigned char *nsx = nd + (sx - d) + ins_len;
	unsigned char *num = nsx + strlen("startxref");
	while (*num == '\r' || *num == '\n' || *num == ' ')
		num++;
	unsigned char *num_end = num;
	while (num_end < nd + nlen && *num_end >= '0' && *num_end <= '9')
		num_end++;
	char digits[24];
	int nd_len = snprintf(digits, sizeof(digits), "%zu", nxref);
	size_t rest = (size_t)(nd + nlen - num_end);
	memmove(num + nd_len, num_end, rest);
	memcpy(num, digits, (size_t)nd_len);
	nlen = (size_t)(num - nd) + (size_t)nd_len + rest;

	/* Check the result as a reader would; keep the original otherwise. */
	int ok = nxref + 5 <= nlen && memcmp(nd + nxref, "xref\n", 5) == 0;
	for (size_t i = 0; ok && i < count; i++) {
		const unsigned char *e = nentries + i * 20;
		size_t off;
		if (e[17] == 'n')
			ok = parse_offset(e, e + 10, &off) == 0 && entry_ok(nd, nlen, off, i);
	}
	if (!ok) {
		free(nd);
		return 1;
	}
	free(pdf->data);
	pdf->data = nd;
	pdf->len = nlen;
	pdf->cap = alloc;
	return 0;
}

/* Draws every page of `sheet` as PDF pages, with a bookmark to its first. */
