/*
 * url.h - the base URL a site is published at (privicon site --base-url,
 * <publication base-url> in the register): checked and normalised once,
 * so the pages, the sitemap, the API and the QR codes on the sheets can
 * write it into HTML, XML, JSON and a QR code as it is.
 */
#ifndef PRIVICON_URL_H
#define PRIVICON_URL_H

/* The base URL normalised to end with one "/" in *out (the caller frees
 * it), or NULL when `url` is NULL. Returns 0, PRIVICON_ENOMEM, or
 * PRIVICON_EINVAL when it is not an http(s) address with a host that is
 * safe to write unescaped: no white space or control characters, none of
 * " ' < > \ ` { } | ^, no query (?) or fragment (#), at most 1024 bytes. */
int pv_url_base(char **out, const char *url);

/* The address without its scheme ("https://www.x.nl/a" -> "www.x.nl/a"),
 * for print: a pointer into `url`. */
const char *pv_url_short(const char *url);

#endif
