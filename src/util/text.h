/*
 * text.h - small text helpers with one home each: UTF-8 checking and
 * clipping, "did you mean" distances, and allocate-and-format. Internal to
 * libprivicon.
 */
#ifndef PRIVICON_UTIL_TEXT_H
#define PRIVICON_UTIL_TEXT_H

#include <stdarg.h>
#include <stddef.h>

/* ---- UTF-8 --------------------------------------------------------------- */

/*
 * The length (1-4) of the valid UTF-8 character at `s`, of which `avail`
 * bytes are readable; 0 when it is not one (overlong forms, surrogates and
 * code points past U+10FFFF are not). When the bytes are a valid start
 * merely cut off by the end of the data, returns 0 and sets *truncated
 * (when not NULL).
 */
size_t pv_utf8_char_len(const unsigned char *s, size_t avail, int *truncated);

/*
 * The offset of the first byte of `s` (of `size` bytes) that is not valid
 * UTF-8, or `size` when all of it is. *truncated (when not NULL) is set
 * when the only fault is a character cut off by the end of the data.
 * Skips ASCII eight bytes at a time: registers are mostly ASCII.
 */
size_t pv_utf8_check(const unsigned char *s, size_t size, int *truncated);

/* A copy of NUL-terminated `s` with every byte that is not valid UTF-8
 * replaced by U+FFFD. The caller frees it; NULL when out of memory. */
char *pv_utf8_clean(const char *s);

/* The number of characters (not bytes) in valid UTF-8 `s`. */
size_t pv_utf8_count(const char *s);

/*
 * Copies `s` into `dst` (of `cap` bytes): whole when it has at most `max`
 * bytes and fits, else cut at a character boundary and ended with "...",
 * so that a 10 MB value never lands in a message. NULL copies as "".
 * Returns dst.
 */
char *pv_clip(char *dst, size_t cap, const char *s, size_t max);

/* ---- Suggestions ------------------------------------------------------- */

/* Levenshtein distance over bytes, ASCII case-insensitive, for "did you
 * mean". Strings over 64 bytes are not compared: (size_t)-1. */
size_t pv_edit_distance(const char *a, const char *b);

/* How many edits still make a likely typo of a word of `len` bytes:
 * 1 up to 4 bytes, 2 up to 9, else 3. */
size_t pv_typo_limit(size_t len);

/* ---- Sentences --------------------------------------------------------- */

/*
 * Whether text `s` that goes on after a colon (or inside a list) may start
 * in lower case, as Dutch and British English grammar want it: "Dit geldt
 * alleen voor: wij behandelen ...". 1 only when `s` starts with a capital
 * A-Z followed by a lower-case letter, or is a word of one letter ("U mag",
 * "A computer"; not "I", not an initial "A."), and its first word is no
 * name:
 *   - no other capital or digit in the word ("BRP", "DigiD", "GGD's");
 *   - the next word does not start with a capital ("Autoriteit
 *     Persoonsgegevens", "Gemeente Utrecht");
 *   - not a name privicon knows ("Wmo", "Nederland", "Europa", ...);
 *   - not the first word of one of `names` (the register's organisations
 *     and laws, for example "Belastingdienst"); `names` may be NULL, and
 *     NULL entries are skipped.
 * A capital outside ASCII (an accented one) is never changed.
 */
int pv_text_may_lower(const char *s, const char *const *names, size_t n_names);

/* Lowers the first letter of `s` in place when pv_text_may_lower() says
 * so. Returns s. */
char *pv_text_lower_first(char *s, const char *const *names, size_t n_names);

/* ---- Formatting -------------------------------------------------------- */

/* A newly allocated string formatted as printf() would; the caller frees
 * it. NULL when out of memory or on a format error. */
char *pv_strdup_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same with a va_list (left unusable, as with vprintf). */
char *pv_strdup_vprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
