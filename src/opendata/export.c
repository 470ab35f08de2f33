/*
 * export.c - privicon_export(): the register as open data in the format
 * asked for. Each format builds its document in its own module
 * (export_json.c, export_jsonld.c); this file chooses one and writes the
 * document out.
 */
#include "opendata/export.h"

#include <stdlib.h>
#include <string.h>

#include "privicon.h"

int pv_export_dump(char **out, size_t *size, const json_t *doc)
{
	char *text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	size_t len;

	*out = NULL;
	*size = 0;
	if (!text)
		return PRIVICON_ENOMEM;
	/* Our own copy with the final line break: privicon_free() is free(),
	 * and jansson may be set up with another allocator. */
	len = strlen(text);
	*out = malloc(len + 2);
	if (!*out) {
		free(text);
		return PRIVICON_ENOMEM;
	}
	memcpy(*out, text, len);
	(*out)[len] = '\n';
	(*out)[len + 1] = '\0';
	*size = len + 1;
	free(text);
	return PRIVICON_OK;
}

int privicon_export(char **out, size_t *size, privicon_diagnostics *diags,
                    const privicon_register *reg, privicon_export_format format,
                    const privicon_export_options *opts)
{
	json_t *doc = NULL;
	int rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (!reg || (opts && opts->version > PRIVICON_EXPORT_OPTIONS_VERSION))
		return PRIVICON_EINVAL;
	switch (format) {
	case PRIVICON_EXPORT_JSON:
		rc = pv_export_json(&doc, diags, reg, opts);
		break;
	case PRIVICON_EXPORT_JSONLD:
		rc = pv_export_jsonld(&doc, reg);
		break;
	default:
		return PRIVICON_EINVAL;
	}
	if (rc == 0)
		rc = pv_export_dump(out, size, doc);
	json_decref(doc);
	return rc;
}
