/*
 * vocab_alias.h - the words people use for the vocabulary terms, in Dutch
 * and English: "gezondheidsgegevens" and "medische gegevens" for health,
 * "burgerservicenummer" for bsn, "wettelijke verplichting" and "art. 6 lid 1
 * sub c" for legal-obligation. The one table of synonyms: the spreadsheet
 * import maps cells with it; anything that wants to understand an officer's
 * own words for a term (a "did you mean" message) should use it too.
 *
 * Matching is on folded text (util/fold.h): case, accents and punctuation
 * do not matter. Besides the aliases, every term matches its own key
 * ("public-task" folds to "public task") and its Dutch and English labels
 * (vocab.c), so the labels the spreadsheet export writes read back.
 */
#ifndef PRIVICON_VOCAB_ALIAS_H
#define PRIVICON_VOCAB_ALIAS_H

#include <stddef.h>

#include "model/vocab.h"

typedef struct pv_vocab_matcher pv_vocab_matcher;

/* Builds the lookup (every alias, key and label folded once). Returns 0 or
 * -1 when out of memory; free the result with pv_vocab_matcher_free(). */
int pv_vocab_matcher_new(pv_vocab_matcher **out);
void pv_vocab_matcher_free(pv_vocab_matcher *m);

/*
 * The terms of vocabulary `id` that the folded text `folded` names as a
 * whole: stores up to `max` keys in `keys` and returns how many there are
 * (some aliases name more than one term: "naw gegevens" is name and
 * address). 0 when nothing matches. Article references are understood
 * for the legal bases ("6 1 c", "art. 6 lid 1 sub c", "6(1)(c)") and the
 * Art. 9(2) conditions ("9 2 h").
 */
size_t pv_vocab_match(const pv_vocab_matcher *m, pv_vocab_id id, const char *folded,
                      pv_vocab_key *keys, size_t max);

/* The first term of vocabulary `id` whose alias, key or label occurs in
 * `folded` as whole words ("zeven jaar na afhandeling" holds "na
 * afhandeling": case-closed); the longest such alias wins. PV_VOCAB_NONE
 * when none does. */
pv_vocab_key pv_vocab_match_within(const pv_vocab_matcher *m, pv_vocab_id id,
                                   const char *folded);

/* Yes and no in Dutch and English ("ja", "nee", "n.v.t.", "geen"), folded:
 * 1 yes, 0 no, -1 neither. Only the first word counts when the rest
 * explains it ("ja, uitgevoerd in 2023"). */
int pv_yes_no_word(const char *folded);

#endif
