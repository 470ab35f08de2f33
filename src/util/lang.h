/*
 * lang.h - the language a resident or an officer reads: Dutch or English.
 * Internal to libprivicon.
 *
 * The public API takes a language code ("nl", "en"); the library turns it
 * into a pv_lang once, with pv_lang_of(), and compares values of this type
 * instead of strings.
 */
#ifndef PRIVICON_UTIL_LANG_H
#define PRIVICON_UTIL_LANG_H

typedef enum { PV_NL, PV_EN } pv_lang;

/* PV_EN for "en", PV_NL for anything else (NULL included): Dutch is the
 * default language of a Dutch register. */
pv_lang pv_lang_of(const char *code);

/* 1 when `code` is a language privicon writes ("nl" or "en"). */
int pv_lang_known(const char *code);

/* "nl" or "en"; a static string. */
const char *pv_lang_code(pv_lang lang);

/* 1 when `code` names English; shorthand for pv_lang_of(code) == PV_EN. */
int pv_lang_is_en(const char *code);

#endif
