/*
 * strbuf.c - a growing, NUL-terminated string (see strbuf.h).
 */
#include "util/strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Makes room for `extra` more bytes and the NUL; 0, or -1 (and `oom`). */
static int reserve(pv_strbuf *b, size_t extra)
{
	size_t need, cap;
	char *bigger;

	if (b->oom)
		return -1;
	if (extra > (size_t)-1 - b->len - 1) {
		b->oom = 1;
		return -1;
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > (size_t)-1 / 2 ? need : cap * 2;
	bigger = realloc(b->s, cap);
	if (!bigger) {
		b->oom = 1;
		return -1;
	}
	b->s = bigger;
	b->cap = cap;
	return 0;
}

void pv_strbuf_addn(pv_strbuf *b, const char *s, size_t n)
{
	if (reserve(b, n) != 0)
		return;
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void pv_strbuf_add(pv_strbuf *b, const char *s)
{
	pv_strbuf_addn(b, s, strlen(s));
}

void pv_strbuf_printf(pv_strbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (b->oom)
		return;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->oom = 1;
		return;
	}
	if (reserve(b, (size_t)n) != 0)
		return;
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *pv_strbuf_take(pv_strbuf *b)
{
	char *s = b->s;
	if (b->oom) {
		free(s);
		s = NULL;
	} else if (!s) {
		s = calloc(1, 1);
	}
	*b = (pv_strbuf)PV_STRBUF_INIT;
	return s;
}
