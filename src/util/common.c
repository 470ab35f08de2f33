/*
 * common.c - the library-wide public functions (privicon.h): the version,
 * error strings, freeing what the library returned, and cleaning text for
 * output.
 */
#include <stdlib.h>
#include <string.h>

#include "privicon.h"
#include "util/text.h"

void privicon_free(void *p)
{
	free(p);
}

char *privicon_utf8_clean(const char *s)
{
	return s ? pv_utf8_clean(s) : NULL;
}

const char *privicon_strerror(int status)
{
	switch (status) {
	case PRIVICON_OK: return "success";
	case PRIVICON_ENOMEM: return "out of memory";
	case PRIVICON_EIO: return "input/output error";
	case PRIVICON_EINVAL: return "invalid argument";
	case PRIVICON_EINVALID: return "the register has errors";
	case PRIVICON_ETOOBIG: return "input larger than the size cap";
	case PRIVICON_ELAYOUT: return "a text does not fit on the sheet (a bug in privicon)";
	default: return "unknown error";
	}
}

const char *privicon_version(void)
{
	return PRIVICON_VERSION;
}

int privicon_load_options_init(privicon_load_options *opts, unsigned int version)
{
	if (!opts || version == 0 || version > PRIVICON_LOAD_OPTIONS_VERSION)
		return PRIVICON_EINVAL;
	memset(opts, 0, sizeof(*opts));
	opts->version = version;
	return 0;
}

int privicon_render_options_init(privicon_render_options *opts, unsigned int version)
{
	if (!opts || version == 0 || version > PRIVICON_RENDER_OPTIONS_VERSION)
		return PRIVICON_EINVAL;
	memset(opts, 0, sizeof(*opts));
	opts->version = version;
	return 0;
}

int privicon_site_options_init(privicon_site_options *opts, unsigned int version)
{
	if (!opts || version == 0 || version > PRIVICON_SITE_OPTIONS_VERSION)
		return PRIVICON_EINVAL;
	memset(opts, 0, sizeof(*opts));
	opts->version = version;
	return 0;
}

int privicon_export_options_init(privicon_export_options *opts, unsigned int version)
{
	if (!opts || version == 0 || version > PRIVICON_EXPORT_OPTIONS_VERSION)
		return PRIVICON_EINVAL;
	memset(opts, 0, sizeof(*opts));
	opts->version = version;
	return 0;
}
