/*
 * safexml.h - the register loader's safe XML parser, for other XML that
 * comes from outside (the parts of a spreadsheet). Internal to libprivicon.
 */
#ifndef PRIVICON_LOAD_SAFEXML_H
#define PRIVICON_LOAD_SAFEXML_H

#include <stddef.h>

#include <libxml/tree.h>

#include "privicon.h"

/*
 * Parses `data` (UTF-8 only) with the loader's rules: no entities (a
 * DOCTYPE with declarations is refused at its first one), no DTD, no
 * network, no XInclude, libxml2's depth and size limits, values of at most
 * a megabyte. Problems are added to `diags` under the name `file` (rules
 * xml-syntax, xml-unsafe, encoding). Returns 0 and the document in *out
 * (free it with pv_doc_free() from load/xmldoc.h), PRIVICON_EINVALID, or
 * PRIVICON_ENOMEM. libxml2 prints nothing meanwhile.
 */
int pv_parse_xml_safe(xmlDocPtr *out, privicon_diagnostics *diags, const char *file,
                      const char *data, size_t size);

#endif
