/*
 * format.h - numbers and sizes written as Dutch or English readers write
 * them, never depending on the C locale. Internal to libprivicon.
 */
#ifndef PRIVICON_UTIL_FORMAT_H
#define PRIVICON_UTIL_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "util/lang.h"

/*
 * Writes `n` into `dst` (of `cap` bytes) with its digits grouped by
 * threes, as the language writes numbers: "1.753" in Dutch, "1,753" in
 * English. Never depends on the C locale. Returns dst.
 */
char *pv_format_count(char *dst, size_t cap, uintmax_t n, pv_lang lang);

/*
 * Writes a size in bytes for people, with the exact count after it:
 * "1,7 KiB (1.753 bytes)" in Dutch, "1.7 KiB (1,753 bytes)" in English;
 * whole units without a decimal ("256 MiB (268.435.456 bytes)"); under
 * 1 KiB only the count ("512 bytes", "1 byte"). Units are powers of 1024
 * (KiB, MiB, GiB, TiB), as --max-size reads them. Returns dst.
 */
char *pv_format_size(char *dst, size_t cap, uintmax_t bytes, pv_lang lang);

/*
 * Writes a date "YYYY-MM-DD" as people write it: "1 maart 2024" in Dutch,
 * "1 March 2024" in English; anything else as written (NULL as ""). Returns
 * dst.
 */
char *pv_format_date(char *dst, size_t cap, const char *date, pv_lang lang);

#endif
