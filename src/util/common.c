/*
 * common.c - the library-wide public functions (privicon.h): the version,
 * error strings, freeing what the library returned, and cleaning text for
 * output.
 */
#include <stdlib.h>

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
