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

#include "model/model.h"
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

/* The id attribute of the <activity> element that contains `node` (or is
 * it), or NULL outside activities. Points into the document. */
const char *pv_enclosing_activity(const xmlNode *node);

/* The line of `node` (an attribute counts as its element), 0 if unknown. */
int pv_node_line(const xmlNode *node);

/*
 * Exact lines past 65535. libxml2 2.9 keeps at most 65535 in an element
 * node; with XML_PARSE_BIG_LINES xmlGetLineNo() then guesses from a text
 * child, which is one line off. The loader notes the true line of every
 * such element in a table hung on doc->_private; pv_node_line() reads it.
 * Returns 0 or PRIVICON_ENOMEM.
 */
int pv_note_line(xmlDocPtr doc, const xmlNode *element, long line);

/* Frees a document and its line table. Use it for every parsed document. */
void pv_doc_free(xmlDocPtr doc);

/*
 * Copies at most `max` bytes of `s` into `dst` (of `cap` bytes), cutting
 * at a UTF-8 character boundary and ending with "..." when cut, so that a
 * 10 MB value never lands in a message. Returns dst.
 */
char *pv_clip(char *dst, size_t cap, const char *s, size_t max);

/* The language of a message being written: Dutch or English. */
typedef enum { PV_NL, PV_EN } pv_lang;

/*
 * Writes `n` into `dst` (of `cap` bytes) with its digits grouped by
 * threes, as the language writes numbers: "1.753" in Dutch, "1,753" in
 * English. Never depends on the C locale. Returns dst.
 */
char *pv_format_count(char *dst, size_t cap, uintmax_t n, pv_lang lang);

/*
 * Writes a size in bytes for people, with the exact count after it:
 * "1,7 KiB (1.753 bytes)" in Dutch, "1.7 KiB (1,753 bytes)" in English;
 * whole units without a decimal ("256 MiB (268.435.456 bytes)"); under
 * 1 KiB only the count ("512 bytes", "1 byte"). Units are powers of 1024
 * (KiB, MiB, GiB, TiB), as --max-size reads them. Returns dst.
 */
char *pv_format_size(char *dst, size_t cap, uintmax_t bytes, pv_lang lang);

#endif
