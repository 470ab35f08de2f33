/*
 * text.c - UTF-8, suggestions and formatting helpers (text.h).
 */
#include "util/text.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t pv_utf8_char_len(const unsigned char *s, size_t avail, int *truncated)
{
	if (truncated)
		*truncated = 0;
	if (avail == 0)
		return 0;
	unsigned char b = s[0];
	if (b < 0x80)
		return 1;
	size_t len;
	unsigned char lo = 0x80, hi = 0xBF;
	if (b >= 0xC2 && b <= 0xDF) {
		len = 2;
	} else if (b >= 0xE0 && b <= 0xEF) {
		len = 3;
		if (b == 0xE0)
			lo = 0xA0; /* overlong */
		else if (b == 0xED)
			hi = 0x9F; /* surrogates */
	} else if (b >= 0xF0 && b <= 0xF4) {
		len = 4;
		if (b == 0xF0)
			lo = 0x90; /* overlong */
		else if (b == 0xF4)
			hi = 0x8F; /* past U+10FFFF */
	} else {
		return 0;
	}
	for (size_t k = 1; k < len; k++) {
		if (k >= avail) {
			if (truncated)
				*truncated = 1;
			return 0;
		}
		unsigned char c = s[k];
		if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF))
			return 0;
	}
	return len;
}

size_t pv_utf8_check(const unsigned char *s, size_t size, int *truncated)
{
	if (truncated)
		*truncated = 0;
	size_t i = 0;
	while (i < size) {
		uint64_t word;
		while (i + 8 <= size && (memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0))
			i += 8;
		if (i >= size)
			break;
		size_t n = pv_utf8_char_len(s + i, size - i, truncated);
		if (n == 0)
			return i;
		i += n;
	}
	return size;
}

char *pv_utf8_clean(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	/* Each bad byte grows into three (U+FFFD). */
	if (len > (SIZE_MAX - 1) / 3)
		return NULL;
	char *out = malloc(len * 3 + 1);
	if (!out)
		return NULL;
	char *o = out;
	const unsigned char *end = p + len;
	while (p < end) {
		size_t n = pv_utf8_char_len(p, (size_t)(end - p), NULL);
		if (n) {
			memcpy(o, p, n);
			o += n;
			p += n;
		} else {
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
			p++;
		}
	}
	*o = '\0';
	return out;
}

size_t pv_utf8_count(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

char *pv_clip(char *dst, size_t cap, const char *s, size_t max)
{
	if (cap == 0)
		return dst;
	if (!s)
		s = "";
	size_t len = strlen(s);
	if (len <= max && len < cap) {
		memcpy(dst, s, len + 1);
		return dst;
	}
	if (cap < 4) {
		dst[0] = '\0';
		return dst;
	}
	size_t cut = max < cap - 4 ? max : cap - 4;
	/* Never split a UTF-8 sequence: back up over continuation bytes. */
	while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut--;
	memcpy(dst, s, cut);
	memcpy(dst + cut, "...", 4);
	return dst;
}

size_t pv_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return (size_t)-1;
	size_t row[65];
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
			size_t best = diag + (same ? 0 : 1);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

size_t pv_typo_limit(size_t len)
{
	return len <= 4 ? 1 : (len <= 9 ? 2 : 3);
}

char *pv_strdup_vprintf(const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0) {
		va_end(again);
		return NULL;
	}
	char *s = malloc((size_t)n + 1);
	if (s)
		vsnprintf(s, (size_t)n + 1, fmt, again);
	va_end(again);
	return s;
}

char *pv_strdup_printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = pv_strdup_vprintf(fmt, ap);
	va_end(ap);
	return s;
}

/* ---- Sentences --------------------------------------------------------- */

static int is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* The length of the word at `s`: up to a space or a punctuation mark
 * ("BRP-gegevens" is one word). */
static size_t word_len(const char *s)
{
	size_t n = 0;
	while (s[n] && !strchr(" \t\n,;:.?!()[]\"'", s[n]))
		n++;
	return n;
}

/* Names residents read on a Dutch public body's notice that may open a
 * purpose or a recipient and must keep their capital. */
static const char *const known_names[] = {
	"Wmo", "Awb", "Wlz", "Wsnp", "Wpg", "Nederland", "Nederlandse", "Europa", "Europese",
	"Gemeentewet", "Participatiewet", "Jeugdwet", "Belastingdienst", "Rijksoverheid",
	"Kadaster", "Politie", "Netherlands", "Dutch", "Europe", "European",
};

/* Whether the word at `s` (of `n` bytes) is the first word of `name`, or
 * that word with a hyphenated part after it ("Wmo-consulent"). */
static int same_word(const char *s, size_t n, const char *name)
{
	size_t m = name ? word_len(name) : 0;
	return m > 0 && m <= n && strncmp(s, name, m) == 0 && (m == n || s[m] == '-');
}

int pv_text_may_lower(const char *s, const char *const *names, size_t n_names)
{
	if (!s || !is_upper(s[0]))
		return 0;
	size_t n = word_len(s);
	/* A word of one letter ("U mag ...", "A computer ...") goes on in
	 * lower case; "I" and an initial ("A. de Vries") keep theirs. */
	if (n == 1 && (s[1] != ' ' || s[0] == 'I'))
		return 0;
	/* "E-mail", "E-learning": a capital, a hyphen, then lower case. */
	size_t from = 1;
	if (s[0] == 'E' && s[1] == '-' && is_lower(s[2]))
		from = 2;
	else if (n > 1 && !is_lower(s[1]))
		return 0;
	for (size_t i = from; i < n; i++)
		if (is_upper(s[i]) || (s[i] >= '0' && s[i] <= '9'))
			return 0;
	if (s[n] == ' ' && is_upper(s[n + 1]))
		return 0;
	for (size_t i = 0; i < sizeof(known_names) / sizeof(known_names[0]); i++)
		if (same_word(s, n, known_names[i]))
			return 0;
	for (size_t i = 0; names && i < n_names; i++)
		if (same_word(s, n, names[i]))
			return 0;
	return 1;
}

char *pv_text_lower_first(char *s, const char *const *names, size_t n_names)
{
	if (pv_text_may_lower(s, names, n_names))
		s[0] = (char)(s[0] - 'A' + 'a');
	return s;
}
