/*
 * lang.c - language codes to pv_lang and back (lang.h).
 */
#include "util/lang.h"

#include <string.h>

pv_lang pv_lang_of(const char *code)
{
	return code && strcmp(code, "en") == 0 ? PV_EN : PV_NL;
}

int pv_lang_known(const char *code)
{
	return code && (strcmp(code, "nl") == 0 || strcmp(code, "en") == 0);
}

const char *pv_lang_code(pv_lang lang)
{
	return lang == PV_EN ? "en" : "nl";
}

int pv_lang_is_en(const char *code)
{
	return pv_lang_of(code) == PV_EN;
}
