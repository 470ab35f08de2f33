/*
 * resource.h - files compiled into the library: the schema, the icon
 * sources and their catalogue, the derived reference tables.
 *
 * Resources are named by their path in the source tree, for example
 * "schemas/register.xsd" or "icons/catalogue.json". The bytes are static
 * and NUL-terminated: never free them.
 */
#ifndef PRIVICON_RESOURCE_H
#define PRIVICON_RESOURCE_H

#include <stddef.h>

/* Finds the resource at `path`. Returns 0 and sets *data and *size, or -1
 * when there is no such resource. */
int pv_resource_get(const unsigned char **data, size_t *size, const char *path);

/* The number of resources and the path of resource `i`, for listings. */
size_t pv_resource_count(void);
const char *pv_resource_path(size_t i);

#endif
