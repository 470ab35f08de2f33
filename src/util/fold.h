/*
 * fold.h - text folded for matching by meaning: what a spreadsheet's
 * header or cell says, compared with a table of known words regardless of
 * case, accents and punctuation ("Categorieën betrokkenen:" and
 * "categorieen  BETROKKENEN" fold to the same "categorieen betrokkenen").
 */
#ifndef PRIVICON_UTIL_FOLD_H
#define PRIVICON_UTIL_FOLD_H

#include <stddef.h>

/*
 * `s` (UTF-8) in lower case, with the accents of Latin letters taken off
 * (é -> e, ß -> ss), every character that is not a letter or digit turned
 * into a space, runs of spaces made one, and no space at either end.
 * Characters outside Latin-1 that are letters elsewhere are kept as they
 * are. Returns a new string the caller frees, or NULL when out of memory.
 */
char *pv_fold(const char *s);

/* The same into `out` of `cap` bytes (clipped at a word boundary when it
 * does not fit); returns `out`. */
char *pv_fold_into(char *out, size_t cap, const char *s);

#endif
