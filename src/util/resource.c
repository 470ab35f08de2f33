/*
 * resource.c - lookup over the table that tools/embed.c generated.
 */
#include "util/resource.h"

#include <string.h>

#include "resource_decls.inc"

static const struct {
	const char *path;
	const unsigned char *data;
	const size_t *size;
} table[] = {
#include "resource_table.inc"
};

int pv_resource_get(const unsigned char **data, size_t *size, const char *path)
{
	for (size_t i = 0; path && i < sizeof(table) / sizeof(table[0]); i++) {
		if (strcmp(table[i].path, path) == 0) {
			*data = table[i].data;
			*size = *table[i].size;
			return 0;
		}
	}
	return -1;
}

size_t pv_resource_count(void)
{
	return sizeof(table) / sizeof(table[0]);
}

const char *pv_resource_path(size_t i)
{
	return i < pv_resource_count() ? table[i].path : NULL;
}
