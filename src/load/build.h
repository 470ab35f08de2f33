/*
 * build.h - builds the register model (model.h) from a parsed register
 * document that passed schema validation. Internal to libprivicon.
 */
#ifndef PRIVICON_BUILD_H
#define PRIVICON_BUILD_H

#include <libxml/tree.h>

#include "model/model.h"

/*
 * Builds the model of `doc` into *out (the caller owns it; free it with
 * privicon_register_free()). `file` is copied into the register as the
 * name diagnostics use. The document must have passed validation: the
 * builder relies on the schema's structure and only guards against what
 * the schema cannot say (a version number too large for a long). Returns
 * 0, PRIVICON_ENOMEM, or PRIVICON_EINVALID with a `schema` diagnostic.
 * On failure *out is NULL and nothing is leaked.
 */
int pv_build(privicon_register **out, privicon_diagnostics *diags, const char *file,
             xmlDocPtr doc);

/*
 * Describes the <activity> element `n`, which is being left out of the
 * model (it has errors), in *out: its id (NULL when it has none), its name
 * as far as the element states it, its line. The caller owns the strings
 * (privicon_register_free() frees them once *out is in a register's
 * left_out list). Returns 0 or PRIVICON_ENOMEM (then *out holds nothing).
 */
int pv_build_left_out(pv_left_out *out, const xmlNode *n);

#endif
