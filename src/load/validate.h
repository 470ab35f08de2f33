/*
 * validate.h - XSD validation of a parsed register, with every libxml2
 * schema error rephrased for a privacy officer (Dutch and English), and the
 * shared wording helpers of the loader. Internal to libprivicon.
 *
 * A pv_schema is the compiled schema together with its source document:
 * the document is kept because the rephrasing looks up, for an element in
 * error, which children and attributes the schema allows there and in what
 * order. A pv_schema is immutable after pv_schema_new(); validating with it
 * does not change it.
 */
#ifndef PRIVICON_VALIDATE_H
#define PRIVICON_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "load/xmldoc.h"
#include "model/model.h"
#include "util/format.h"
#include "util/lang.h"
#include "util/text.h"
#include "privicon.h"

/* libxml2 2.12 made the error passed to structured handlers const. */
#if LIBXML_VERSION >= 21200
#define PV_XML_ERROR const xmlError
#else
#define PV_XML_ERROR xmlError
#endif

/* At most this many schema errors become diagnostics; a note counts the
 * rest. A systematic mistake in a register of a thousand activities would
 * otherwise bury the first, most useful findings. */
#define PV_MAX_SCHEMA_ERRORS 100

typedef struct pv_schema pv_schema;

/*
 * Compiles the schema held in `schema_doc` (an XSD parsed by the loader)
 * and takes ownership of the document, also on failure. `schema_name` is
 * used in diagnostics about the schema itself (rule `file`). Returns 0,
 * PRIVICON_ENOMEM, or PRIVICON_EINVAL when the document is not a usable
 * schema (with diagnostics).
 */
int pv_schema_new(pv_schema **out, privicon_diagnostics *diags, const char *schema_name,
                  xmlDocPtr schema_doc);
void pv_schema_free(pv_schema *schema);

/*
 * Validates `doc` and adds each error as a `schema` diagnostic with the
 * line of the offending element and the id of the activity it sits in.
 * Returns 0 when the document is valid, PRIVICON_EINVALID when it is not,
 * PRIVICON_ENOMEM when memory ran out.
 */
int pv_schema_validate(const pv_schema *schema, privicon_diagnostics *diags,
                       const char *file, xmlDocPtr doc);

#endif
