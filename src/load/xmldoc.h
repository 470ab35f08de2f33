/*
 * xmldoc.h - helpers over a parsed register document (libxml2): exact
 * source lines, freeing, and the activity a node belongs to. Internal to
 * libprivicon.
 */
#ifndef PRIVICON_LOAD_XMLDOC_H
#define PRIVICON_LOAD_XMLDOC_H

#include <libxml/tree.h>

/* The value of attribute `name` (no namespace) of element `n`: "" when
 * empty, NULL when absent or not plain text. Points into the document. */
const char *pv_xml_attr(const xmlNode *n, const char *name);

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

#endif
