/*
 * format.c - numbers and sizes as a language writes them (format.h).
 */
#include "util/format.h"

#include <stdio.h>
#include <string.h>

char *pv_format_count(char *dst, size_t cap, uintmax_t n, pv_lang lang)
{
	if (cap == 0)
		return dst;
	char digits[32];
	int len = snprintf(digits, sizeof(digits), "%ju", n);
	char sep = lang == PV_NL ? '.' : ',';
	char grouped[48];
	size_t out = 0;
	for (int i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			grouped[out++] = sep;
		grouped[out++] = digits[i];
	}
	grouped[out] = '\0';
	snprintf(dst, cap, "%s", grouped);
	return dst;
}

char *pv_format_size(char *dst, size_t cap, uintmax_t bytes, pv_lang lang)
{
	static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
	char count[48];
	pv_format_count(count, sizeof(count), bytes, lang);
	if (bytes < 1024u) {
		snprintf(dst, cap, "%s %s", count, bytes == 1 ? "byte" : "bytes");
		return dst;
	}
	size_t u = 0;
	uintmax_t unit = 1024u;
	while (u + 1 < sizeof(units) / sizeof(units[0]) && bytes / unit >= 1024u) {
		unit *= 1024u;
		u++;
	}
	uintmax_t whole = bytes / unit;
	/* Rounded to one decimal, without overflow: rem * 10 < unit * 10. */
	uintmax_t tenths = ((bytes % unit) * 10u + unit / 2u) / unit;
	if (tenths == 10u) {
		whole++;
		tenths = 0;
	}
	if (whole == 1024u && u + 1 < sizeof(units) / sizeof(units[0])) {
		whole = 1;
		u++;
	}
	char amount[48];
	pv_format_count(amount, sizeof(amount), whole, lang);
	if (bytes % unit == 0)
		snprintf(dst, cap, "%s %s (%s bytes)", amount, units[u], count);
	else
		snprintf(dst, cap, "%s%c%ju %s (%s bytes)", amount, lang == PV_NL ? ',' : '.', tenths,
		         units[u], count);
	return dst;
}

char *pv_format_date(char *dst, size_t cap, const char *date, pv_lang lang)
{
	static const char *const nl_months[] = {"januari", "februari", "maart", "april", "mei",
	                                        "juni", "juli", "augustus", "september",
	                                        "oktober", "november", "december"};
	static const char *const en_months[] = {"January", "February", "March", "April", "May",
	                                        "June", "July", "August", "September",
	                                        "October", "November", "December"};
	int y, m, d;
	char tail;

	if (cap == 0)
		return dst;
	if (date && strlen(date) == 10 && sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
	    m >= 1 && m <= 12 && d >= 1 && d <= 31) {
		snprintf(dst, cap, "%d %s %d", d, lang == PV_EN ? en_months[m - 1] : nl_months[m - 1],
		         y);
		return dst;
	}
	snprintf(dst, cap, "%s", date ? date : "");
	return dst;
}
