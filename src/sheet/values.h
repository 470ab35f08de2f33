/*
 * values.h - reading the values a privacy officer types into a cell:
 * lists, durations in words, dates, laws, countries. Internal to
 * libprivicon.
 */
#ifndef PRIVICON_SHEET_VALUES_H
#define PRIVICON_SHEET_VALUES_H

#include <stddef.h>

/* A list of strings, each owned. */
typedef struct {
	char **items;
	size_t n;
	size_t listed; /* how many items had a bullet or number ("- ", "1. ") */
	int oom;
} pv_strlist;

void pv_strlist_free(pv_strlist *l);

/*
 * In a cell that holds one item per line (purposes, recipients, data
 * categories, ...), a line break inside an item cannot be a line break:
 * the spreadsheet export writes it as this sign (a pilcrow, U+00B6) and
 * pv_split_lines() turns it back into a line break.
 */
#define PV_CELL_LINE_BREAK "\xc2\xb6"

/*
 * A law is written "title | article | BWB id | address", several joined by
 * " ; ". A ';' or '|' inside one of those fields is written as its
 * full-width form (U+FF1B, U+FF5C), which looks the same to the officer;
 * the import reads them back as ';' and '|' (pv_replace_all).
 */
#define PV_CELL_SEMICOLON "\xef\xbc\x9b"
#define PV_CELL_BAR "\xef\xbd\x9c"

/* Every `from` in `s` replaced by `to`, in place; `to` must not be longer
 * than `from`. */
void pv_replace_all(char *s, const char *from, const char *to);

/* The non-empty lines of `text`, trimmed, with a leading bullet or
 * number ("- ", "* ", "• ", "– ", "1. ", "2) ") taken off; items written
 * on one line as a list ("1. a 2. b", "• a • b") are split;
 * PV_CELL_LINE_BREAK inside a line becomes a line break ("\n"). */
void pv_split_lines(pv_strlist *out, const char *text);

/* As pv_split_lines(), at `sep` instead of at line breaks: a line break
 * inside a part stays in it. */
void pv_split_at(pv_strlist *out, const char *text, char sep);

/* The items of one line of a list: split at ';' and ',' outside
 * parentheses, trimmed. */
void pv_split_items(pv_strlist *out, const char *line);

/*
 * A retention period in words or ISO 8601: "7 jaar", "zeven jaar na
 * afhandeling", "1,5 jaar", "18 maanden", "10 years", "P7Y", "permanent",
 * "blijvend bewaren". Writes "P7Y" (or "permanent") into `out` and returns
 * the number of periods found (a second one is not used: the caller says
 * so); 0 when none is found.
 */
int pv_parse_duration(char *out, size_t cap, const char *text);

/* Whether `s` is an ISO 8601 period privicon accepts (P7Y, P6M, P1Y6M). */
int pv_is_iso_period(const char *s);

/* A date as YYYY-MM-DD from "2024-03-01", "1-3-2024", "01/03/2024" or a
 * spreadsheet's day number (45352); 0 on success, -1 when not a date. */
int pv_parse_date(char out[11], const char *text);

/* The ISO 3166 code of a country named in Dutch or English ("Verenigde
 * Staten", "VS", "USA", "United Kingdom") or written as a code;
 * "unknown-in-advance" for a country stated as not known in advance
 * ("vooraf onbekend", "wereldwijd"); NULL when unknown. `folded` is the
 * name folded (util/fold.h). */
const char *pv_country_code(const char *folded);

/* The first Selectielijst result number in `text` ("11.1.2"), into `out`;
 * 0 on success, -1 when there is none. */
int pv_find_selectielijst(char *out, size_t cap, const char *text);

/*
 * In a cell of another column than 'Selectielijst' (the retention
 * period): the Selectielijst result the text names as such, into `out`
 * ("selectielijst 7.3.8", "Selectielijst gemeenten 2020: 11.1.2", or
 * "categorie 7.3" / "resultaat 7.3" in a cell that names the
 * Selectielijst or the Archiefwet); 0 on success, -1 when it names none.
 * A number in a law citation ("Jeugdwet art. 7.3.8") is never a result:
 * the first number written like one that is not taken is pointed to by
 * *other (the words of its clause, *other_len bytes, inside `text`), else
 * *other is NULL.
 */
int pv_find_selectielijst_named(char *out, size_t cap, const char *text, const char **other,
                                size_t *other_len);

/* A slug ([a-z0-9-], at most 60 characters) made of `text`; "" when
 * nothing is left. */
void pv_slugify(char *out, size_t cap, const char *text);

/* Whether `s` is a slug. */
int pv_is_slug(const char *s);

#endif
