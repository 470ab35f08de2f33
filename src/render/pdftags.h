/*
 * pdftags.h - the structure tree of a tagged PDF, from the roles the
 * layout gives its ops (pv_role, pv_part in layout.h), through cairo's
 * cairo_tag_begin() / cairo_tag_end().
 *
 * The tree of one PDF:
 *
 *   Document
 *     Sect                      one per sheet (overview, each activity)
 *       P, H1, P                the header: controller, name, summary
 *       Sect                    one per question
 *         H2                    the question
 *         L > LI > LBody        each answer (its icon is decoration)
 *       Table > TR > TH, TD > Figure   (the overview; Figure with /Alt)
 *       Sect                    the footer: P, P > Link, ...
 *
 * How cairo 1.16 shapes this code (src/cairo-pdf-interchange.c):
 *   - only a leaf element keeps its content (a node with children writes
 *     only its children as /K), so every drawn text is its own leaf and
 *     the containers (Sect, L, LI, Table, TR, TD) are opened lazily, just
 *     before their first leaf: no container is ever childless while
 *     untagged drawing happens inside it;
 *   - the first tag must be Document, Part, Art, Sect or Div for cairo
 *     to write /MarkInfo << /Marked true >> and /StructTreeRoot;
 *   - there is no "Artifact" tag (cairo 1.16 refuses unknown names with
 *     CAIRO_STATUS_TAG_ERROR), so decoration is left outside every tag:
 *     it is in no structure element, which screen readers skip, but it is
 *     not marked /Artifact either;
 *   - no attributes on structure elements: /Alt and /Lang are added to
 *     the written file by pdfpatch.h, from the list pv_pdf_tags_elems()
 *     returns (cairo writes the elements in the order they were begun).
 *
 * Ownership: pv_pdf_tags_new() returns a tagger the caller frees with
 * pv_pdf_tags_free(); the strings in its element list are its own copies
 * or static. One tagger per PDF, one thread.
 */
#ifndef PRIVICON_PDFTAGS_H
#define PRIVICON_PDFTAGS_H

#include <stddef.h>

#include <cairo.h>

#include "render/layout.h"
#include "render/pdfpatch.h"

typedef struct pv_pdf_tags pv_pdf_tags;

/* Returns 0 or PRIVICON_ENOMEM. */
int pv_pdf_tags_new(pv_pdf_tags **out);
void pv_pdf_tags_free(pv_pdf_tags *t);

/* A new sheet: the next tagged op opens its Sect (and, the first time,
 * the Document). Closes what the previous sheet left open. */
int pv_pdf_tags_sheet(pv_pdf_tags *t, cairo_t *cr);

/* Before drawing `op` of `band`: opens the containers it belongs in and
 * its own element, when it is tagged here (not decoration, not repeated
 * furniture, `first` = this is the placement that tags it, `last_page` =
 * the page of the sheet that tags its footer). *open tells the caller to
 * call pv_pdf_tags_op_end() after drawing. Returns 0, PRIVICON_ENOMEM or
 * PRIVICON_EIO (cairo refused a tag). */
int pv_pdf_tags_op_begin(pv_pdf_tags *t, cairo_t *cr, const pv_band *band, const pv_op *op,
                         int first, int last_page, int *open);
int pv_pdf_tags_op_end(pv_pdf_tags *t, cairo_t *cr);

/* Closes every open element, the Document last. Call before the
 * surface is finished. */
int pv_pdf_tags_finish(pv_pdf_tags *t, cairo_t *cr);

/* The elements begun so far, in order, for pdfpatch.h (the alt texts are
 * the tagger's copies); borrowed from the tagger. */
const pv_pdf_elem *pv_pdf_tags_elems(const pv_pdf_tags *t, size_t *n);

/* `uri` made safe for cairo's link attribute and the PDF string cairo
 * writes it into without escaping: an http(s) address with every byte
 * outside a conservative ASCII set (and ' ( ) \ space) percent-encoded.
 * Returns a string the caller frees, or NULL (not http(s), too long, or
 * out of memory: *oom tells which). */
char *pv_pdf_safe_uri(const char *uri, int *oom);

#endif
