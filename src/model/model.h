/*
 * model.h - the register model: plain C structs built from a validated
 * register document (see build.c). Internal to libprivicon.
 *
 * Ownership: a privicon_register owns every struct and string reachable
 * from it; all of it is released by privicon_register_free(). Strings are
 * NUL-terminated UTF-8; a NULL string means the register does not state it.
 * Every node keeps `line`, the 1-based line of its element in the source.
 * Vocabulary fields hold indices into the tables of vocab.h.
 */
#ifndef PRIVICON_MODEL_H
#define PRIVICON_MODEL_H

/* The namespace of a register document (the XSD's target namespace). */
#define PV_REGISTER_NS "urn:privicon:register:1"

#include <stddef.h>

#include "privicon.h"
#include "model/duration.h"
#include "model/vocab.h"

/* A transfer's country when the register states it is not known in
 * advance (card payments anywhere): said as such, never a country. */
#define PV_COUNTRY_UNKNOWN "unknown-in-advance"

/* A resident-facing text in both languages; either may be NULL. */
typedef struct {
	char *nl;
	char *en;
	int line;
} pv_text;

/* A law reference: title required, the rest optional. */
typedef struct {
	char *title;
	char *bwb;
	char *article;
	char *url;
	int line;
} pv_law;

typedef struct {
	char *id;
	pv_vocab_key basis;    /* PV_VOCAB_LEGAL_BASIS */
	pv_vocab_key category; /* PV_VOCAB_PURPOSE_CATEGORY */
	pv_text description;
	pv_law *laws;
	size_t n_laws;
	int line;
	char *outside_public_tasks; /* why this is not a public task, or NULL */
	char *parental_consent;     /* how a parent consents for a child, or NULL */
} pv_purpose;

/* What a camera or sensor observes (<category area="...">). */
typedef enum {
	PV_AREA_NOT_STATED = 0,
	PV_AREA_PUBLIC,     /* publicly-accessible */
	PV_AREA_NOT_PUBLIC  /* not-publicly-accessible */
} pv_area;

/* An optional yes/no fact: not stated unless the register says it. */
typedef enum { PV_FACT_NOT_STATED = 0, PV_FACT_YES, PV_FACT_NO } pv_fact;

typedef struct {
	pv_vocab_key kind;         /* PV_VOCAB_DATA_CATEGORY */
	pv_vocab_key source;       /* PV_VOCAB_DATA_SOURCE */
	pv_vocab_key registry;     /* PV_VOCAB_BASE_REGISTRY, or PV_VOCAB_NONE */
	pv_vocab_key art9;         /* PV_VOCAB_SPECIAL_CONDITION, or PV_VOCAB_NONE */
	pv_text label;             /* the register's own name for data outside the
	                              vocabulary (kind is then the nearest kind,
	                              for the icon and the rules); may be empty */
	char **purpose_refs;       /* ids of purposes in the same activity */
	size_t n_purpose_refs;
	pv_law *laws;
	size_t n_laws;
	int line;
	pv_area area;              /* what a sensor observes; PV_AREA_NOT_STATED */
} pv_data_use;

typedef struct {
	pv_vocab_key kind; /* PV_VOCAB_RECIPIENT_KIND */
	char *name;
	char *name_en;     /* the name in English where it differs, or NULL */
	pv_text role;      /* what the recipient does, for residents; may be empty */
	char *agreement;   /* processor agreement reference, or NULL */
	int line;
} pv_recipient;

typedef struct {
	char country[24];       /* ISO 3166-1 alpha-2, or PV_COUNTRY_UNKNOWN */
	pv_vocab_key mechanism; /* PV_VOCAB_TRANSFER_MECHANISM, or PV_VOCAB_NONE */
	char *recipient;
	int line;
} pv_transfer;

/* How long the data are kept: one <retention> element. An activity may
 * keep several, each for the people, the case or the kinds of data it
 * names (applies_to, categories); one that names neither holds for all
 * data, or, next to others, "in all other cases". */
typedef struct {
	int present;          /* 1 for every period the register states */
	pv_duration duration; /* the period parsed (model/duration.h) */
	char *period;         /* the text as written, e.g. "P7Y" or "permanent" */
	pv_vocab_key from;    /* PV_VOCAB_RETENTION_START */
	char *selectielijst;  /* result number, or NULL */
	pv_text applies_to;   /* <applies-to>: for whom or when; both NULL if absent */
	pv_vocab_key *categories; /* categories="...": PV_VOCAB_DATA_CATEGORY keys */
	size_t n_categories;
	int line;
} pv_retention;

/* A yes/no fact. PV_NOT_STATED: the register says, in so many words,
 * that its source does not state it (not-stated); never read as no. */
typedef enum { PV_NO = 0, PV_YES = 1, PV_NOT_STATED = 2 } pv_yesno;

/* Does the activity take decisions about people at all (the optional
 * <automated-decision decisions="yes|no">)? Zero is "not stated". */
typedef enum {
	PV_DECISIONS_NOT_STATED = 0,
	PV_DECISIONS_YES,
	PV_DECISIONS_NO
} pv_decisions;

typedef struct {
	pv_yesno present;
	pv_decisions decisions; /* automated decision only */
	pv_text logic;        /* automated decision: the logic involved */
	pv_text consequence;  /* automated decision: what it means for the resident */
	pv_text human_review; /* automated decision: how a person looks again */
	int line;
} pv_decision;

typedef struct {
	int present; /* 0: no <dpia> element */
	pv_yesno required;
	int status;  /* PV_VOCAB_DPIA_STATUS key, or PV_VOCAB_NONE */
	char *date;
	char *reference;
	char *reason;          /* pre-screening outcome with required="no", or NULL */
	pv_fact new_technology;
	int line;
} pv_dpia;

typedef struct {
	char *rule;
	char *reason;
	int line;
} pv_acknowledgement;

typedef struct {
	char *id;
	long version;
	pv_vocab_key status; /* PV_VOCAB_ACTIVITY_STATUS */
	char *start_date;    /* YYYY-MM-DD, or NULL */
	char *end_date;      /* YYYY-MM-DD, or NULL */
	pv_text name;
	pv_text summary;
	char *department;
	char *legal_text_url;

	pv_purpose *purposes;
	size_t n_purposes;
	int purposes_line;

	pv_vocab_key *subjects; /* PV_VOCAB_DATA_SUBJECT */
	int *subject_lines;
	size_t n_subjects;
	pv_fact large_scale;    /* <data-subjects large-scale="..."> */

	pv_data_use *data;
	size_t n_data;
	int data_line;

	pv_yesno recipients_outside; /* outside-controller */
	int never_sold;              /* sold="no" stated */
	int sold_not_stated;         /* sold="not-stated" stated */
	pv_recipient *recipients;
	size_t n_recipients;
	int recipients_line;

	pv_yesno transfers_outside_eea;
	pv_transfer *transfers;
	size_t n_transfers;
	int transfers_line;

	pv_retention *retentions; /* in register order; none: not stated */
	size_t n_retentions;
	pv_decision automated;  /* logic/consequence used */
	pv_decision profiling;  /* logic holds the description */

	pv_vocab_key *measures; /* PV_VOCAB_SECURITY_MEASURE */
	int *measure_lines;
	size_t n_measures;
	int security_line;      /* 0 when no <security> element */

	pv_dpia dpia;

	pv_acknowledgement *acks;
	size_t n_acks;

	char *internal_note;    /* <internal-note>: never shown to residents */

	int line;
} pv_activity;

typedef struct {
	char *name;
	pv_yesno public_authority;
	char country[3];        /* ISO 3166-1 alpha-2, "" when not stated */
	char *identifier;
	char *identifier_scheme;
	char *email, *phone, *web;
	char *dpo_name, *dpo_email, *dpo_phone;
	int dpo_line;
	pv_vocab_key kind;       /* PV_VOCAB_CONTROLLER_KIND, or PV_VOCAB_NONE
	                            (not stated: read as a municipality) */
	pv_text short_name;      /* "de GGD": the name in a sentence, or empty */
	char *authority_name;    /* <supervisory-authority>, or NULL (the
	                            Autoriteit Persoonsgegevens) */
	char *authority_name_en;
	char *authority_web;
	int authority_line;
	int line;
} pv_controller;

/* An activity left out of the model because it has errors (see
 * privicon_load_options.keep_valid_activities and
 * privicon_register_leave_out()): what a reader needs to name it. */
typedef struct {
	char *id;
	pv_text name; /* as far as the register states it */
	int line;
} pv_left_out;

struct privicon_register {
	char *file;     /* the name diagnostics use */
	char *version;
	char *date;
	int line;
	pv_controller controller;
	char *publication_base_url; /* <publication base-url>, or NULL */
	pv_activity *activities;
	size_t n_activities;
	pv_left_out *left_out; /* in the order they were left out */
	size_t n_left_out;
	unsigned languages;    /* PV_LANG_NL | PV_LANG_EN: what <register
	                          languages> declares (both when it is absent) */
};

/* ---- queries (query.c) --------------------------------------------- */

/* Whether activity `a` processes data of this class,
 * or of this data category key. */
int pv_activity_has_class(const pv_activity *a, pv_data_class cls);
int pv_activity_has_kind(const pv_activity *a, const char *kind);
int pv_activity_has_kind_key(const pv_activity *a, pv_vocab_key kind);
int pv_activity_has_subject(const pv_activity *a, const char *kind);
int pv_activity_has_source(const pv_activity *a, const char *source);
int pv_activity_has_recipient(const pv_activity *a, const char *kind);

/* The languages a register publishes in (privicon_register.languages). */
#define PV_LANG_NL 1u
#define PV_LANG_EN 2u

/* A register text in `lang` ("nl" or "en"), falling back to the other
 * language; NULL when it has neither. Borrowed from `t`. */
const char *pv_text_in(const pv_text *t, const char *lang);

#endif
