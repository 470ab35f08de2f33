/*
 * meaning.h - what the words in a cell mean in the register's
 * vocabularies. The synonyms themselves are the one alias table of
 * model/vocab.c (pv_vocab_find_alias: keys, labels, the officer's words,
 * Dutch and English spellings); this adds what only a spreadsheet needs:
 * phrases that name several terms ("NAW-gegevens" is name and address),
 * article references ("art. 6 lid 1 sub c", "6(1)(e)", "9 lid 2 onder h"),
 * a term named inside longer text ("zeven jaar na afhandeling"), and yes
 * and no. Internal to libprivicon.
 */
#ifndef PRIVICON_SHEET_MEANING_H
#define PRIVICON_SHEET_MEANING_H

#include <stddef.h>

#include "model/vocab.h"

/* The terms of vocabulary `id` that `text` names as a whole: up to `max`
 * keys into `keys`; returns how many (0 when none). */
size_t pv_sheet_terms(pv_vocab_id id, const char *text, pv_vocab_key *keys, size_t max);

/* The term of vocabulary `id` one of whose spellings occurs in `text` as
 * whole words, the longest spelling winning; PV_VOCAB_NONE when none. */
pv_vocab_key pv_sheet_term_within(pv_vocab_id id, const char *text);

/* Yes and no in Dutch and English ("ja", "nee", "n.v.t.", "geen"), in
 * text folded by pv_fold(): 1 yes, 0 no, -1 neither. Only the first word
 * counts when the rest explains it ("ja, uitgevoerd in 2023"), not when
 * the rest makes an exception ("nee, behalve ...", "geen, tenzij ...",
 * "ja, maar ..."): -1 then. */
int pv_yes_no_word(const char *folded);

/* Whether folded text has a word of negation ("niet", "nog niet", "geen",
 * "not", "no"): a term found inside it may be denied ("niet uitgevoerd"). */
int pv_negated(const char *folded);

/* Whether folded text says the register does not state the fact: "niet
 * vermeld" (what the export writes), "onbekend", "not stated", "unknown". */
int pv_not_stated_word(const char *folded);

/*
 * A legal basis cell that names the law with it, as registers often do:
 * "Art. 6 lid 1 sub e AVG jo. art. 2.3.2 Wmo 2015", "Publieke taak
 * (juncto Participatiewet)". Returns where the law begins in `text` and
 * sets *basis_len to the length of the basis before the connector ("jo.",
 * "juncto", "i.c.m.", "in samenhang met", "in combinatie met", "jo"),
 * when the basis part names a basis; NULL otherwise. A law part that
 * names an Art. 9 condition or the GDPR itself is no law: NULL then too.
 */
const char *pv_sheet_basis_law(const char *text, size_t *basis_len);

/* `text` after a heading that only says what kind of list follows
 * ("Bijzondere: gezondheid", "Bijzondere persoonsgegevens: BSN",
 * "Special categories: health"); `text` itself when it has none. */
const char *pv_sheet_after_heading(const char *text);

/* Whether folded text sends the reader elsewhere instead of stating the
 * fact: "zie privacyverklaring", "zie bijlage 2", "see the privacy
 * statement", "conform de wettelijke termijn". Such a cell states no value. */
int pv_refers_elsewhere(const char *folded);

/* Whether folded text reads as a template's instruction or example
 * ("Vul hier de naam in", "Voorbeeld: ...", "Describe the ...") rather
 * than the name of an activity. */
int pv_instruction_text(const char *folded);

#endif
