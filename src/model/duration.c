/*
 * duration.c - retention periods: parsing, equality, order, words
 * (duration.h).
 */
#include "model/duration.h"

#include <stdio.h>
#include <string.h>

#include "util/lang.h"

#define DURATION_MAX_DIGITS 6

int pv_duration_parse(pv_duration *out, const char *text)
{
	static const char units[] = "YMWD";
	memset(out, 0, sizeof(*out));
	if (!text)
		return -1;
	if (strcmp(text, "permanent") == 0) {
		out->permanent = 1;
		return 0;
	}
	if (text[0] != 'P' || text[1] == '\0')
		return -1;
	const char *p = text + 1;
	size_t next_unit = 0; /* units must come in the order Y M W D */
	long *fields[] = {&out->years, &out->months, &out->weeks, &out->days};
	while (*p) {
		long value = 0;
		int digits = 0;
		while (*p >= '0' && *p <= '9') {
			if (++digits > DURATION_MAX_DIGITS)
				goto bad;
			value = value * 10 + (*p++ - '0');
		}
		if (digits == 0)
			goto bad;
		const char *u = *p ? strchr(units + next_unit, *p) : NULL;
		if (!u)
			goto bad;
		*fields[u - units] = value;
		next_unit = (size_t)(u - units) + 1;
		p++;
	}
	return 0;
bad:
	memset(out, 0, sizeof(*out));
	return -1;
}

int pv_duration_equal(const pv_duration *a, const pv_duration *b)
{
	if (a->permanent || b->permanent)
		return a->permanent && b->permanent;
	return a->years * 12 + a->months == b->years * 12 + b->months &&
	       a->weeks * 7 + a->days == b->weeks * 7 + b->days;
}

/* The length in days, for ordering only: a year is 365.2425 days, a month
 * a twelfth of that. */
static double approx_days(const pv_duration *d)
{
	return d->years * 365.2425 + d->months * (365.2425 / 12) + d->weeks * 7.0 + (double)d->days;
}

int pv_duration_compare(const pv_duration *a, const pv_duration *b)
{
	if (pv_duration_equal(a, b))
		return 0;
	if (a->permanent || b->permanent)
		return a->permanent ? 1 : -1;
	double da = approx_days(a), db = approx_days(b);
	if (da < db)
		return -1;
	if (da > db)
		return 1;
	/* The same number of days but not the same period (P16M and P487D):
	 * order by the calendar part so that only equal periods compare 0. */
	long ma = a->years * 12 + a->months, mb = b->years * 12 + b->months;
	return ma < mb ? -1 : 1;
}

char *pv_duration_format(char *buf, size_t size, const pv_duration *d, const char *lang)
{
	int en = pv_lang_is_en(lang);
	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (d->permanent) {
		snprintf(buf, size, "permanent");
		return buf;
	}
	/* Dutch says "7 jaar" for any number of years. */
	static const char *nl1[] = {"jaar", "maand", "week", "dag"};
	static const char *nln[] = {"jaar", "maanden", "weken", "dagen"};
	static const char *en1[] = {"year", "month", "week", "day"};
	static const char *enn[] = {"years", "months", "weeks", "days"};
	long value[4] = {d->years, d->months, d->weeks, d->days};
	int idx[4], n = 0;
	for (int i = 0; i < 4; i++)
		if (value[i] != 0)
			idx[n++] = i;
	if (n == 0) {
		snprintf(buf, size, en ? "0 days" : "0 dagen");
		return buf;
	}
	size_t len = 0;
	for (int k = 0; k < n && len < size; k++) {
		int i = idx[k];
		const char *sep = k == 0 ? "" : (k == n - 1 ? (en ? " and " : " en ") : ", ");
		const char *unit = value[i] == 1 ? (en ? en1[i] : nl1[i]) : (en ? enn[i] : nln[i]);
		int w = snprintf(buf + len, size - len, "%s%ld %s", sep, value[i], unit);
		if (w < 0)
			break;
		len += (size_t)w;
	}
	return buf;
}
