/*
 * catalogue.h - the icon catalogue (icons/catalogue.json) and the icon
 * sources (icons/<id>.svg), read from the resources compiled into the
 * library, or from a directory given with --icons.
 *
 * Ownership: pv_catalogue_load() returns a catalogue the caller owns;
 * free it with pv_catalogue_free(). Every string and icon source returned
 * by the accessors belongs to the catalogue.
 */
#ifndef PRIVICON_CATALOGUE_H
#define PRIVICON_CATALOGUE_H

#include <stddef.h>

typedef struct {
	const char *id;          /* "data-location" */
	const char *question;    /* "data", "why", ... */
	const char *file;        /* "data-location.svg" */
	const char *vocabulary;  /* XSD type of concepts, or NULL */
	const char **concepts;   /* vocabulary keys / DPV terms it stands for */
	size_t n_concepts;
	const char *dpv;         /* DPV IRI, or NULL */
	const char *name_nl, *name_en;               /* short name for a legend, or NULL */
	const char *caption_nl, *caption_en;         /* templates with {params} */
	const char *description_nl, *description_en;
	const char *svg;         /* the icon source, NUL-terminated */
	size_t svg_size;
} pv_icon;

typedef struct {
	const char *id;   /* "data" */
	const char *nl;   /* "Welke gegevens?" */
	const char *en;
	const char *icon; /* "question-data" */
} pv_question_info;

typedef struct pv_catalogue pv_catalogue;

/* Loads the catalogue. `dir` NULL uses the built-in icons; otherwise
 * DIR/catalogue.json and DIR/<file>. Problems are described in `err`
 * (at most err_size bytes). Returns 0, PRIVICON_ENOMEM, PRIVICON_EIO or
 * PRIVICON_EINVALID (a malformed catalogue or a missing icon file). */
int pv_catalogue_load(pv_catalogue **out, const char *dir, char *err, size_t err_size);
void pv_catalogue_free(pv_catalogue *catalogue);

size_t pv_catalogue_icon_count(const pv_catalogue *catalogue);
const pv_icon *pv_catalogue_icon_at(const pv_catalogue *catalogue, size_t i);
const pv_icon *pv_catalogue_icon(const pv_catalogue *catalogue, const char *id);
/* The icon of `question` that stands for vocabulary key `concept`, or NULL. */
const pv_icon *pv_catalogue_icon_for(const pv_catalogue *catalogue, const char *question,
                                     const char *concept);

/* The marker an icon carries in its bottom right corner (icons/README.md,
 * "Markers"): the marker's path has class="marker-attention" or
 * class="marker-reassuring" in the icon source. */
typedef enum {
	PV_MARKER_NONE = 0,
	PV_MARKER_ATTENTION,  /* solid triangle with an exclamation mark cut out */
	PV_MARKER_REASSURING, /* solid round badge with a check mark cut out */
} pv_icon_marker;
pv_icon_marker pv_icon_marker_of(const pv_icon *icon);

/* The questions, always the eight of notice.h in its order (the loader
 * refuses a catalogue that lists others or another order). */
size_t pv_catalogue_question_count(const pv_catalogue *catalogue);
const pv_question_info *pv_catalogue_question_at(const pv_catalogue *catalogue, size_t i);
/* The question with id `id` ("data", ...), or NULL. */
const pv_question_info *pv_catalogue_question(const pv_catalogue *catalogue, const char *id);

#endif
