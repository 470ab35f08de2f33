/*
 * fold.c - text folded for matching (see fold.h).
 */
#include "util/fold.h"

#include <stdlib.h>
#include <string.h>

/* The base letters of U+00C0..U+00FF; "ss" for ß, a space for × and ÷. */
static const char *const latin1[64] = {
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "y",
};

/* Appends `piece` (`n` bytes) unless it is a space after a space. */
static void put(char *out, size_t cap, size_t *len, const char *piece, size_t n)
{
	if (n == 1 && piece[0] == ' ' && (*len == 0 || out[*len - 1] == ' '))
		return;
	if (*len + n >= cap)
		return;
	memcpy(out + *len, piece, n);
	*len += n;
}

static size_t fold_to(char *out, size_t cap, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = 0;

	while (*p) {
		if (*p < 0x80) {
			char c = (char)*p;
			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
				c = ' ';
			put(out, cap, &len, &c, 1);
			p++;
		} else if (*p == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf) {
			const char *base = latin1[p[1] - 0x80];
			put(out, cap, &len, base, strlen(base));
			p += 2;
		} else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0xbf) {
			put(out, cap, &len, " ", 1); /* no-break space, §, ° ... */
			p += 2;
		} else if (*p == 0xe2 && p[1] == 0x80) {
			put(out, cap, &len, " ", 1); /* dashes, quotes, bullets */
			p += p[2] ? 3 : 2;
		} else {
			/* Any other character: copied whole. */
			size_t n = 1;
			while (p[n] >= 0x80 && p[n] < 0xc0 && n < 4)
				n++;
			put(out, cap, &len, (const char *)p, n);
			p += n;
		}
	}
	while (len > 0 && out[len - 1] == ' ')
		len--;
	out[len] = '\0';
	return len;
}

char *pv_fold_into(char *out, size_t cap, const char *s)
{
	if (cap == 0)
		return out;
	fold_to(out, cap, s ? s : "");
	return out;
}

char *pv_fold(const char *s)
{
	size_t n = strlen(s ? s : "");
	/* ß -> ss and æ -> ae grow two bytes into two: never longer. */
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	fold_to(out, n + 1, s ? s : "");
	return out;
}
