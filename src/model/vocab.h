/*
 * vocab.h - the controlled vocabularies of the register, defined once.
 *
 * Each vocabulary is a static table of terms: the key used in the XML
 * (kebab-case), the W3C DPV 2.3 IRI it stands for (NULL where DPV has no
 * term), and a short label in Dutch and English. schemas/register.xsd repeats
 * the keys as enumerations for editors; tests/unit/test_vocab.c proves the lists
 * agree and that every IRI exists in the DPV reference data.
 *
 * All returned pointers point into static tables: never free them.
 */
#ifndef PRIVICON_VOCAB_H
#define PRIVICON_VOCAB_H

#include <stddef.h>

typedef int pv_vocab_key; /* index into a vocabulary's table */
#define PV_VOCAB_NONE (-1)

typedef enum {
	PV_VOCAB_LEGAL_BASIS,
	PV_VOCAB_SPECIAL_CONDITION,
	PV_VOCAB_PURPOSE_CATEGORY,
	PV_VOCAB_DATA_CATEGORY,
	PV_VOCAB_DATA_SOURCE,
	PV_VOCAB_BASE_REGISTRY,
	PV_VOCAB_DATA_SUBJECT,
	PV_VOCAB_RECIPIENT_KIND,
	PV_VOCAB_TRANSFER_MECHANISM,
	PV_VOCAB_SECURITY_MEASURE,
	PV_VOCAB_RETENTION_START,
	PV_VOCAB_ACTIVITY_STATUS,
	PV_VOCAB_DPIA_STATUS,
	PV_VOCAB_CONTROLLER_KIND,
	PV_VOCAB_COUNT
} pv_vocab_id;

/* How a data category is treated by the GDPR. */
typedef enum {
	PV_DATA_ORDINARY = 0,
	PV_DATA_SPECIAL,   /* Art. 9(1) special category */
	PV_DATA_CRIMINAL,  /* Art. 10 criminal convictions and offences */
	PV_DATA_NATIONAL_ID /* BSN: Art. 87, UAVG Art. 46 */
} pv_data_class;

typedef struct {
	const char *key;
	const char *iri;   /* W3C DPV IRI, or NULL */
	const char *nl;    /* short label, Dutch (B1) */
	const char *en;    /* short label, English */
	int flag;          /* per vocabulary: pv_data_class for data categories,
	                      the GDPR Art. 6(1) letter for legal bases, else 0 */
} pv_term;

typedef struct {
	const char *name;     /* the XSD simpleType that carries the keys */
	const pv_term *terms;
	size_t count;
} pv_vocab;

/* The table of vocabulary `id`; never NULL for a valid id. */
const pv_vocab *pv_vocab_get(pv_vocab_id id);

/* The index of `key` in vocabulary `id`, or PV_VOCAB_NONE. */
pv_vocab_key pv_vocab_find(pv_vocab_id id, const char *key);

/* The term at index `key`, or NULL when out of range. */
const pv_term *pv_vocab_term(pv_vocab_id id, pv_vocab_key key);

/* The label in `lang` ("nl" or "en"); "" when key is out of range. */
const char *pv_vocab_label(pv_vocab_id id, pv_vocab_key key, const char *lang);

/* Convenience for the data categories. */
pv_data_class pv_data_class_of(pv_vocab_key data_category);

/* Legal bases, by their Art. 6(1) letter. */
enum {
	PV_BASIS_CONSENT = 'a',
	PV_BASIS_CONTRACT = 'b',
	PV_BASIS_LEGAL_OBLIGATION = 'c',
	PV_BASIS_VITAL_INTEREST = 'd',
	PV_BASIS_PUBLIC_TASK = 'e',
	PV_BASIS_LEGITIMATE_INTEREST = 'f'
};
int pv_basis_letter(pv_vocab_key legal_basis);

/* Whether `key` is "not-stated": the register says its source does not
 * state the legal basis, data source, data subjects or data (the four
 * vocabularies that carry this key). Never a fact of its own. */
int pv_vocab_is_not_stated(pv_vocab_id id, pv_vocab_key key);

/* ---- aliases: the officer's own words for a key ----------------------
 *
 * One table in vocab.c gives every key of every vocabulary a short Dutch
 * word (for lists: "health (gezondheid)") and more spellings in Dutch and
 * English ("medisch", "medical data"). Spellings are compared folded:
 * ASCII case, the accents of Latin letters (é = e, ë = e), spaces, hyphens,
 * underscores, dots and apostrophes do not count ("Foto's" = "fotos").
 * A vocabulary's keys and its nl/en labels match as well. */
typedef struct {
	pv_vocab_id vocab;
	const char *key;
	const char *word;     /* the officer's Dutch word, shown in lists */
	const char *synonyms; /* more spellings, nl and en, '|'-separated */
} pv_vocab_alias;

/* Every alias row, in table order (static; never free). */
const pv_vocab_alias *pv_vocab_aliases(size_t *count);

/* The vocabulary whose XSD simpleType is `type_name` ("DataCategory";
 * a prefix such as "pv:" is ignored), or PV_VOCAB_COUNT when none. */
pv_vocab_id pv_vocab_by_type(const char *type_name);

/* The officer's Dutch word for `key` ("gezondheid" for health), or NULL. */
const char *pv_vocab_word(pv_vocab_id id, pv_vocab_key key);

/* The key that `text` names exactly, after folding: a key, a label, the
 * word or a synonym. PV_VOCAB_NONE when none does. */
pv_vocab_key pv_vocab_find_alias(pv_vocab_id id, const char *text);

/* "Did you mean": the key that `text` names exactly (as
 * pv_vocab_find_alias) or, failing that, the key one of whose spellings is
 * within typo distance of `text` (util/text.h). PV_VOCAB_NONE when no
 * spelling is close. */
pv_vocab_key pv_vocab_guess(pv_vocab_id id, const char *text);

/* `text` folded as described above into `dst` (at most `cap` bytes,
 * NUL-terminated, cut when longer); returns dst. */
char *pv_vocab_fold(char *dst, size_t cap, const char *text);

#endif
