/*
 * strbuf.h - a growing, NUL-terminated string for building texts
 * (captions, HTML, descriptions) piece by piece.
 *
 * Start from PV_STRBUF_INIT (all zero). Appending never fails loudly: when
 * an allocation fails, `oom` is set, the buffer stops growing, and every
 * later append does nothing, so a builder appends freely and checks once
 * at the end. The buffer owns `s`; pv_strbuf_take() hands it over, or free
 * `s` yourself. Not thread-safe per buffer (one buffer, one thread).
 */
#ifndef PRIVICON_STRBUF_H
#define PRIVICON_STRBUF_H

#include <stddef.h>

typedef struct {
	char *s;         /* the text, NUL-terminated; NULL while empty */
	size_t len;      /* bytes in s, without the NUL */
	size_t cap;      /* bytes allocated for s */
	int oom;         /* an allocation failed: the text is incomplete */
} pv_strbuf;

#define PV_STRBUF_INIT {NULL, 0, 0, 0}

/* Appends the `n` bytes at `s` (which need no NUL). */
void pv_strbuf_addn(pv_strbuf *b, const char *s, size_t n);

/* Appends the string `s`. */
void pv_strbuf_add(pv_strbuf *b, const char *s);

/* Appends printf-style formatted text of any length. */
void pv_strbuf_printf(pv_strbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Hands over the text: a string the caller frees, "" when nothing was
 * appended, NULL when an allocation failed (the text is then freed).
 * Leaves `b` empty and ready for use again. */
char *pv_strbuf_take(pv_strbuf *b);

#endif
