/*
 * meaning.c - the words in a cell mapped to vocabulary terms (meaning.h).
 */
#include "sheet/meaning.h"

#include <string.h>

#include "util/fold.h"

/* Phrases that name more than one term at once. Folded (util/fold.h). */
static const struct {
	pv_vocab_id vocab;
	const char *phrase;
	const char *keys[3];
} compounds[] = {
	{PV_VOCAB_DATA_CATEGORY, "naw", {"name", "address", NULL}},
	{PV_VOCAB_DATA_CATEGORY, "naw gegevens", {"name", "address", NULL}},
	{PV_VOCAB_DATA_CATEGORY, "nawt gegevens", {"name", "address", "contact"}},
	{PV_VOCAB_DATA_CATEGORY, "naam en adres", {"name", "address", NULL}},
	{PV_VOCAB_DATA_CATEGORY, "naam adres en woonplaats", {"name", "address", NULL}},
	{PV_VOCAB_DATA_CATEGORY, "name and address", {"name", "address", NULL}},
};

/* "6 1 c", "art 6 lid 1 sub c", "artikel 6 lid 1 onder c avg", "6 1c"
 * (folded): the letter after article `article` paragraph `para`, or 0. */
static int article_letter(const char *folded, const char *article, const char *para)
{
	static const char *const filler[] = {"art", "artikel", "lid", "sub", "onder", "letter",
	                                     "avg", "gdpr", "ava", "van", "de", "the", "para",
	                                     "paragraph", NULL};
	char joined[32] = "";
	size_t jl = 0;
	const char *p = folded;

	while (*p) {
		size_t len = strcspn(p, " ");
		int skip = 0;
		for (const char *const *f = filler; *f; f++)
			if (strlen(*f) == len && strncmp(*f, p, len) == 0)
				skip = 1;
		if (!skip) {
			if (jl + len >= sizeof(joined))
				return 0;
			memcpy(joined + jl, p, len);
			jl += len;
			joined[jl] = '\0';
		}
		p += len;
		while (*p == ' ')
			p++;
	}
	size_t al = strlen(article), pl = strlen(para);
	if (jl == al + pl + 1 && strncmp(joined, article, al) == 0 &&
	    strncmp(joined + al, para, pl) == 0 && joined[jl - 1] >= 'a' && joined[jl - 1] <= 'j')
		return joined[jl - 1];
	return 0;
}

/* The term of `id` whose flag is `letter` (the GDPR article letter). */
static size_t by_letter(pv_vocab_id id, int letter, pv_vocab_key *keys)
{
	const pv_vocab *v = pv_vocab_get(id);
	for (size_t i = 0; i < v->count; i++)
		if (v->terms[i].flag == letter) {
			keys[0] = (pv_vocab_key)i;
			return 1;
		}
	return 0;
}

size_t pv_sheet_terms(pv_vocab_id id, const char *text, pv_vocab_key *keys, size_t max)
{
	char folded[512];
	pv_vocab_key k;

	if (!text || !*text || !max)
		return 0;
	if ((k = pv_vocab_find_alias(id, text)) != PV_VOCAB_NONE) {
		keys[0] = k;
		return 1;
	}
	pv_fold_into(folded, sizeof(folded), text);
	if (!folded[0])
		return 0;
	if ((k = pv_vocab_find_alias(id, folded)) != PV_VOCAB_NONE) {
		keys[0] = k;
		return 1;
	}
	for (size_t i = 0; i < sizeof(compounds) / sizeof(compounds[0]); i++) {
		size_t n = 0;
		if (compounds[i].vocab != id || strcmp(compounds[i].phrase, folded) != 0)
			continue;
		for (size_t j = 0; j < 3 && compounds[i].keys[j] && n < max; j++)
			if ((k = pv_vocab_find(id, compounds[i].keys[j])) != PV_VOCAB_NONE)
				keys[n++] = k;
		return n;
	}
	if (id == PV_VOCAB_LEGAL_BASIS) {
		int letter = article_letter(folded, "6", "1");
		if (letter && letter <= 'f')
			return by_letter(id, letter, keys);
	}
	if (id == PV_VOCAB_SPECIAL_CONDITION) {
		int letter = article_letter(folded, "9", "2");
		if (letter)
			return by_letter(id, letter, keys);
	}
	return 0;
}

/* Whether `needle` occurs in `hay` as whole words (both folded). */
static int has_words(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (!n)
		return 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		if ((p == hay || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

/* Folds `spelling` and, when it occurs in `hay` longer than *best_len,
 * makes `key` the best. */
static void consider(const char *hay, const char *spelling, size_t n, pv_vocab_key key,
                     pv_vocab_key *best, size_t *best_len)
{
	char one[128], folded[128];
	if (n >= sizeof(one))
		return;
	memcpy(one, spelling, n);
	one[n] = '\0';
	pv_fold_into(folded, sizeof(folded), one);
	if (strlen(folded) > *best_len && has_words(hay, folded)) {
		*best = key;
		*best_len = strlen(folded);
	}
}

pv_vocab_key pv_sheet_term_within(pv_vocab_id id, const char *text)
{
	const pv_vocab *v = pv_vocab_get(id);
	char hay[1024];
	pv_vocab_key best = PV_VOCAB_NONE;
	size_t best_len = 0, n_aliases = 0;
	const pv_vocab_alias *aliases = pv_vocab_aliases(&n_aliases);

	if (!v || !text)
		return PV_VOCAB_NONE;
	pv_fold_into(hay, sizeof(hay), text);
	for (size_t i = 0; i < v->count; i++) {
		const pv_term *t = &v->terms[i];
		consider(hay, t->key, strlen(t->key), (pv_vocab_key)i, &best, &best_len);
		consider(hay, t->nl, strlen(t->nl), (pv_vocab_key)i, &best, &best_len);
		consider(hay, t->en, strlen(t->en), (pv_vocab_key)i, &best, &best_len);
	}
	for (size_t a = 0; a < n_aliases; a++) {
		pv_vocab_key k;
		if (aliases[a].vocab != id ||
		    (k = pv_vocab_find(id, aliases[a].key)) == PV_VOCAB_NONE)
			continue;
		consider(hay, aliases[a].word, strlen(aliases[a].word), k, &best, &best_len);
		for (const char *s = aliases[a].synonyms; s && *s;) {
			size_t len = strcspn(s, "|");
			consider(hay, s, len, k, &best, &best_len);
			s += len;
			if (*s == '|')
				s++;
		}
	}
	return best;
}

int pv_yes_no_word(const char *folded)
{
	static const char *const yes[] = {"ja", "yes", "j", "y", "true", "waar", "wel", NULL};
	static const char *const no[] = {"nee", "no", "n", "false", "onwaar", "geen", "niet",
	                                 "none", "niet van toepassing", "nvt", "n v t", "n a",
	                                 "niet nodig", "niet vereist", "not required", NULL};
	char first[32];
	size_t len;

	if (!folded || !*folded)
		return -1;
	for (const char *const *w = no; *w; w++)
		if (strcmp(folded, *w) == 0)
			return 0;
	len = strcspn(folded, " ");
	if (len >= sizeof(first))
		return -1;
	memcpy(first, folded, len);
	first[len] = '\0';
	for (const char *const *w = yes; *w; w++)
		if (strcmp(first, *w) == 0)
			return 1;
	if (strcmp(first, "nee") == 0 || strcmp(first, "no") == 0 || strcmp(first, "geen") == 0)
		return 0;
	return -1;
}

int pv_not_stated_word(const char *folded)
{
	static const char *const words[] = {"niet vermeld", "niet vermeld in register",
	                                    "niet vermeld in het register", "niet bekend",
	                                    "onbekend", "weet niet", "nog niet bekend", "not stated",
	                                    "not stated in register", "not stated in the register",
	                                    "unknown", "not known", NULL};
	for (const char *const *w = words; folded && *w; w++)
		if (strcmp(folded, *w) == 0)
			return 1;
	return 0;
}
