/*
 * notice.h - the notice step: a pure function from the register model to
 * what a resident is told, per activity: the eight questions in order and,
 * for each, the icons and their filled-in captions. It decides WHAT is
 * said; the renderers (sheet, HTML) only decide how it looks, so every
 * output format says the same thing.
 *
 * What each row holds (see notice.c for the template parameters):
 *   data        one item per distinct icon among the data categories, in
 *               register order; categories sharing an icon share one
 *               caption ("Uw naam, adres en geboortedatum"); Art. 9 and
 *               Art. 10 kinds: tone ATTENTION and the caption starts with
 *               "Extra gevoelig: " / "Extra sensitive: ", the words the
 *               catalogue uses ("Extra gevoelig: lid van een vakbond").
 *   why         one item per legal basis (why-<basis>); the description
 *               carries the purposes and the laws they rest on.
 *   source      one item per source icon; base registries are named.
 *   recipients  outside-controller="no": recipient-nobody-else (and the
 *               listed recipients are not shown); else one item per
 *               recipient kind naming the recipients; recipient-never-sold
 *               only with sold="no"; recipient-stays-in-eu when
 *               outside-eea="no", else recipient-leaves-eu with the
 *               countries (ATTENTION).
 *   retention   retention-period, retention-permanent, or
 *               retention-not-stated when the register has no retention.
 *   decision    decision-automated (ATTENTION) or decision-person-decides,
 *               then decision-profiling (ATTENTION) or
 *               decision-no-profiling: both facts are required yes/no
 *               statements, so the "no" icons reassure.
 *   security    one item per measure icon; when the register names no
 *               measure, one item saying so (the catalogue's
 *               "security-not-stated" icon if it has one, else the
 *               question's own icon): never an empty row, never a promise.
 *   rights      one item per right (rights.h), in its fixed order.
 * Every row has at least one item for a register that passed the schema.
 * The result depends only on the register, the catalogue and the language.
 *
 * Ownership: pv_notice_build() returns a notice the caller owns; free it
 * with pv_notice_free(). Captions and descriptions are owned by the
 * notice. icon_id strings point into the catalogue, which must outlive the
 * notice; `activity` points into the register, which must outlive it too.
 */
#ifndef PRIVICON_NOTICE_H
#define PRIVICON_NOTICE_H

#include <stddef.h>

#include "notice/catalogue.h"
#include "model/model.h"

typedef enum {
	PV_Q_DATA,
	PV_Q_WHY,
	PV_Q_SOURCE,
	PV_Q_RECIPIENTS,
	PV_Q_RETENTION,
	PV_Q_DECISION,
	PV_Q_SECURITY,
	PV_Q_RIGHTS,
	PV_Q_COUNT
} pv_question;

typedef enum {
	PV_TONE_NEUTRAL = 0,
	PV_TONE_REASSURING, /* only where the register states the fact */
	PV_TONE_ATTENTION   /* special or criminal data, leaves the EEA, automated */
} pv_tone;

typedef struct {
	const char *icon_id; /* catalogue id, e.g. "data-location" */
	char *caption;       /* filled-in caption in the notice's language */
	char *description;   /* text alternative for screen readers */
	pv_tone tone;
} pv_notice_item;

typedef struct {
	pv_question question;
	const char *title;       /* "Welke gegevens?"; from the catalogue */
	const char *icon_id;     /* the question's own icon */
	pv_notice_item *items;
	size_t n_items;
} pv_notice_row;

/* The first layer ("In het kort" / "At a glance"), see glance.h. */
#define PV_GLANCE_MAX 4
typedef struct {
	const char *title;         /* "In het kort" / "At a glance" */
	const char *details_title; /* heading of the eight questions after it */
	pv_notice_item attention[PV_GLANCE_MAX];
	size_t n_attention;
	char *retention;  /* "Wij bewaren uw gegevens 7 jaar ..." */
	char *actions;    /* "Wat u kunt doen: ..." */
	char *reassuring; /* one quiet line, or NULL: nothing reassuring stated */
	char *not_stated; /* "Niet vermeld: ...", or NULL */
} pv_notice_glance;

typedef struct {
	const pv_activity *activity;
	const char *name;    /* activity name in the notice language (falls back
	                        to the other language, then to the id) */
	const char *summary; /* likewise; "" when neither language has one */
	char *status;        /* planned or ended, in the right tense: "Gepland vanaf
	                        1 april 2027" / "Gestopt op 31 december 2023"
	                        (the date when the register gives it); NULL for
	                        an active activity. Owned by the notice. */
	pv_notice_row rows[PV_Q_COUNT];
	pv_notice_glance glance; /* the first layer, built from the rows */
} pv_notice_activity;

typedef struct {
	const privicon_register *reg;
	char lang[3];        /* "nl" or "en" */
	pv_notice_activity *activities;
	size_t n_activities;
} pv_notice;

/* Builds the notice of every activity of `reg` in `lang`. Returns 0, or
 * PRIVICON_ENOMEM / PRIVICON_EINVAL (unknown language, an icon the
 * catalogue lacks). */
int pv_notice_build(pv_notice **out, const privicon_register *reg,
                    const pv_catalogue *catalogue, const char *lang);
/* The same for activity `i` alone: a notice of one activity (its
 * activities[0]), so one sheet costs the same whatever the size of the
 * register. PRIVICON_EINVAL also for `i` out of range. */
int pv_notice_build_one(pv_notice **out, const privicon_register *reg,
                        const pv_catalogue *catalogue, const char *lang, size_t i);
void pv_notice_free(pv_notice *notice);

/* The sentence that names the activities left out of the register's
 * outputs because they have errors ("Niet in dit overzicht, omdat het
 * register daar fouten heeft: Parkeervergunning (parkeervergunning)."),
 * or NULL when none is left out (then *rc stays 0) or on ENOMEM (*rc set).
 * The caller frees it. Every renderer says the same. */
char *pv_notice_left_out(const privicon_register *reg, const char *lang, int *rc);

/* A retention in words, e.g. "7 jaar", "6 maanden", "1 year and 6 months";
 * "permanent" / "permanently" for a permanent one, "" when the register
 * states none. Returns a string the caller frees, or NULL on ENOMEM. */
char *pv_duration_words(const pv_retention *retention, const char *lang);

/* The supervisory authority residents can complain to, as a sentence
 * names it in `lang`: "de toezichthouder (Vlaamse Toezichtcommissie)" for
 * the one <supervisory-authority> names, else "de Autoriteit
 * Persoonsgegevens" / "the Dutch Data Protection Authority". Returns a
 * string the caller frees, or NULL on ENOMEM. */
char *pv_authority_phrase(const pv_controller *controller, const char *lang);

/* Refuses a notice in a language the register does not publish in
 * (<register languages="nl">): adds a "render" error naming the register's
 * languages to `diags` (may be NULL) and returns PRIVICON_EINVALID; 0 when
 * the register publishes in `lang`; PRIVICON_ENOMEM. */
int pv_notice_check_language(privicon_diagnostics *diags, const privicon_register *reg,
                             const char *lang);

#endif
