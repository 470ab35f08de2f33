/*
 * duration.h - the one duration module: a retention period as the
 * register states it (ISO 8601 PnYnMnWnD, or "permanent"), parsed,
 * compared and put into words. The model, the Selectielijst check, the
 * notice and the diff all use it, so they agree on "the same retention" by
 * construction. Internal to libprivicon.
 */
#ifndef PRIVICON_MODEL_DURATION_H
#define PRIVICON_MODEL_DURATION_H

#include <stddef.h>

/* An ISO 8601 duration of the form the register allows (PnYnMnWnD), or
 * "permanent". */
typedef struct {
	int permanent;
	long years, months, weeks, days;
} pv_duration;

/* Parses "P7Y", "P1Y6M", "P42D", "P2W" or "permanent" (each part at most
 * 6 digits, in the order Y M W D, at least one part). Returns 0, or -1 when
 * `text` is not such a duration (then *out is zeroed). */
int pv_duration_parse(pv_duration *out, const char *text);

/* 1 when both durations are the same period: permanent on both sides, or
 * the same number of months (a year is 12 months) and the same number of
 * days (a week is 7 days). P1Y equals P12M; P1Y does not equal P365D,
 * because a year is not a fixed number of days. */
int pv_duration_equal(const pv_duration *a, const pv_duration *b);

/* Orders two durations: <0, 0 or >0. 0 exactly when pv_duration_equal();
 * permanent is longer than any period; otherwise by length, a year being
 * 365.2425 days and a month a twelfth of a year. */
int pv_duration_compare(const pv_duration *a, const pv_duration *b);

/* Writes the duration in words into buf ("7 jaar", "1 jaar en 6 maanden",
 * "42 dagen"; English "7 years", "1 year and 6 months"; "permanent" in
 * both), as written (P18M stays "18 maanden"). A zero duration is "0 dagen"
 * / "0 days". Truncates to `size`; returns buf. lang "en" or else Dutch. */
char *pv_duration_format(char *buf, size_t size, const pv_duration *d, const char *lang);

/* Reads a retention period as an officer may write it - "5 jaar", "P5J",
 * "vijf jaar", "6 maanden", "1 jaar en 6 maanden", "anderhalf jaar",
 * "5Y", "2,5 years", "blijvend" - and writes the form the register asks
 * for ("P5Y", "P1Y6M", "permanent") into buf (truncated to `size`).
 * Returns 1 when it understood `text` and that form differs from it, else
 * 0 (buf is then unspecified). For "did you mean" (duration_guess.c). */
int pv_duration_guess(char *buf, size_t size, const char *text);

#endif
