/* url.c - the base URL of a published site (url.h). */
#include "util/url.h"

#include <stdlib.h>
#include <string.h>

#include "privicon.h"

int pv_url_base(char **out, const char *url)
{
	size_t n;

	*out = NULL;
	if (!url)
		return 0;
	n = strlen(url);
	if (n > 1024 || !(strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0))
		return PRIVICON_EINVAL;
	const char *host = strstr(url, "://") + 3;
	if (!*host || *host == '/')
		return PRIVICON_EINVAL;
	for (const char *p = url; *p; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p == 0x7f || strchr("\"'<>\\`{}|^?#", *p))
			return PRIVICON_EINVAL;
	*out = malloc(n + 2);
	if (!*out)
		return PRIVICON_ENOMEM;
	memcpy(*out, url, n + 1);
	if (url[n - 1] != '/')
		strcat(*out, "/");
	return 0;
}

const char *pv_url_short(const char *url)
{
	if (url && strncmp(url, "https://", 8) == 0)
		return url + 8;
	if (url && strncmp(url, "http://", 7) == 0)
		return url + 7;
	return url;
}

int privicon_check_base_url(const char *url)
{
	char *base = NULL;
	int rc = url ? pv_url_base(&base, url) : PRIVICON_EINVAL;
	free(base);
	return rc;
}
