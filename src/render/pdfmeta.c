/*
 * pdfmeta.c - PDF metadata cairo cannot set: the reproducible date from
 * SOURCE_DATE_EPOCH (render_job.h). The document language and the rest
 * cairo 1.16 cannot write are added by pdfpatch.c.
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

/* Draws every page of `sheet` as PDF pages, with a bookmark to its first. */
