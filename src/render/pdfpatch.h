/*
 * pdfpatch.h - adds to a PDF that cairo 1.16 wrote what cairo has no API
 * for (checked against cairo 1.16's cairo-pdf.h, cairo.h and
 * cairo-pdf-interchange.c, see README "Accessible PDF"):
 *
 *   - /Lang on the document catalogue (the language screen readers read
 *     in) and /ViewerPreferences << /DisplayDocTitle true >> (viewers show
 *     the title, not the file name);
 *   - /Tabs /S on every page (the tab order follows the structure);
 *   - /Alt (a figure's text alternative) and /Lang (a text in the other
 *     language) on structure elements: cairo_tag_begin() takes no
 *     attributes for structure tags, only for links and destinations.
 *
 * cairo writes every object but the content streams as plain text, a
 * classic cross-reference table and the structure elements in the order
 * they were begun (a depth-first walk of the tree it built from the tags).
 * This code inserts after each object's "<<", shifts the offsets of the
 * cross-reference table, and checks every entry before and after. A file
 * of any other shape (an xref stream, incremental updates, structure
 * elements that do not match `elems`) is left as it is.
 *
 * Ownership: on success the buffer `*data` is replaced by a new one
 * (malloc) and the old one freed; the caller owns whichever it holds.
 */
#ifndef PRIVICON_PDFPATCH_H
#define PRIVICON_PDFPATCH_H

#include <stddef.h>

/* A structure element as the tagger began it: its type (the /S cairo
 * wrote, to check the match) and what to add to it. */
typedef struct {
	const char *type; /* "H1", "Figure", ... (static) */
	char *alt;        /* the text alternative, UTF-8, or NULL (owned by
	                     whoever made the list) */
	const char *lang; /* a language tag ("nl-NL"), or NULL (static) */
} pv_pdf_elem;

typedef struct {
	const char *lang;          /* the catalogue's /Lang, or NULL */
	int display_doc_title;     /* add /ViewerPreferences /DisplayDocTitle */
	int tabs_structure;        /* add /Tabs /S to every page */
	const pv_pdf_elem *elems;  /* every structure element, in order */
	size_t n_elems;
} pv_pdf_patch;

/* Applies `patch` to the PDF of `*len` bytes at `*data`. Returns 0 (done;
 * *data and *len replaced), 1 (a PDF of a shape this code does not know,
 * or a language tag that is not [A-Za-z0-9-]: left as it is) or
 * PRIVICON_ENOMEM (left as it is). */
int pv_pdf_patch_apply(unsigned char **data, size_t *len, const pv_pdf_patch *patch);

/* A PDF text string for `utf8`: "<FEFF...>", UTF-16BE in hex. Returns a
 * string the caller frees, or NULL (out of memory, or not UTF-8). */
char *pv_pdf_text_string(const char *utf8);

#endif
