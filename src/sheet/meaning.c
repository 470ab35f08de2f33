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
	/* Words real registers use that name one term; kept here, not in the
	 * alias table, as only a spreadsheet's cells need them. */
	{PV_VOCAB_DATA_CATEGORY, "beeldopnamen", {"images", NULL, NULL}},
	{PV_VOCAB_DATA_CATEGORY, "beeldopnames", {"images", NULL, NULL}},
	{PV_VOCAB_DATA_CATEGORY, "mobiel nummer", {"contact", NULL, NULL}},
	{PV_VOCAB_DATA_CATEGORY, "contact details", {"contact", NULL, NULL}},
	{PV_VOCAB_LEGAL_BASIS, "contractuele overeenkomst", {"contract", NULL, NULL}},
	{PV_VOCAB_LEGAL_BASIS, "uitvoering van een overeenkomst", {"contract", NULL, NULL}},
	{PV_VOCAB_LEGAL_BASIS, "performance of a contract", {"contract", NULL, NULL}},
	{PV_VOCAB_LEGAL_BASIS, "consent of the data subject", {"consent", NULL, NULL}},
	{PV_VOCAB_LEGAL_BASIS, "compliance with a legal obligation", {"legal-obligation", NULL, NULL}},
	{PV_VOCAB_LEGAL_BASIS, "task carried out in the public interest", {"public-task", NULL, NULL}},
	{PV_VOCAB_LEGAL_BASIS, "noodzakelijk voor de vervulling van een taak van algemeen belang",
	 {"public-task", NULL, NULL}},
	{PV_VOCAB_RECIPIENT_KIND, "zorgverstrekkers", {"care-partner", NULL, NULL}},
	{PV_VOCAB_RECIPIENT_KIND, "zorgverstrekker", {"care-partner", NULL, NULL}},
};

/* Words that name no single legal basis, though the alias table reads
 * some as one: "Wet" in a basis column may mean a legal obligation or a
 * public task laid down in a law (folded). */
static const char *const ambiguous_bases[] = {"wet", "law", "wetgeving", "wettelijk",
                                              "wettelijke grondslag", "wet en regelgeving",
                                              "legislation", "avg", "gdpr", NULL};

/* Whether folded `text` is one of `words`. */
static int is_one_of(const char *text, const char *const *words)
{
	for (const char *const *w = words; *w; w++)
		if (strcmp(text, *w) == 0)
			return 1;
	return 0;
}

/* "6 1 c", "art 6 lid 1 sub c", "artikel 6 lid 1 onder c avg", "6 1c"
 * (folded): the letter after article `article` paragraph `para`, or 0. */
static int article_letter(const char *folded, const char *article, const char *para)
{
	static const char *const filler[] = {"art", "artikel", "lid", "sub", "onder", "letter",
	                                     "avg", "gdpr", "ava", "van", "de", "the", "para",
	                                     "paragraph", "article", "lit", "of", "regulation",
	                                     "verordening", "eu", "2016", "679", "eudpr", "2018",
	                                     "1725", NULL};
	char joined[32] = "";
	size_t jl = 0;
	const char *p = folded;

	while (*p) {
		size_t len = strcspn(p, " ");
		int skip = 0;
		for (const char *const *f = filler; *f; f++)
			if (strlen(*f) == len && strncmp(*f, p, len) == 0)
				skip = 1;
		/* "artikel 6, eerste lid, onder e" */
		const char *word = p;
		size_t wl = len;
		if (len == 6 && strncmp(p, "eerste", 6) == 0) {
			word = "1";
			wl = 1;
		}
		if (!skip) {
			if (jl + wl >= sizeof(joined))
				return 0;
			memcpy(joined + jl, word, wl);
			jl += wl;
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

/* The legal basis an article of Regulation (EU) 2018/1725 names (the
 * GDPR's counterpart for EU institutions): its Art. 5(1) has the bases in
 * another order than Art. 6(1) GDPR. */
static size_t eudpr_basis(const char *folded, pv_vocab_key *keys)
{
	static const char *const by_letter_5_1[] = {"public-task", "legal-obligation", "contract",
	                                            "consent", "vital-interest"};
	int letter = article_letter(folded, "5", "1");
	if (letter < 'a' || letter > 'e')
		return 0;
	keys[0] = pv_vocab_find(PV_VOCAB_LEGAL_BASIS, by_letter_5_1[letter - 'a']);
	return keys[0] != PV_VOCAB_NONE;
}

size_t pv_sheet_terms(pv_vocab_id id, const char *text, pv_vocab_key *keys, size_t max)
{
	char folded[512];
	pv_vocab_key k;

	if (!text || !*text || !max)
		return 0;
	pv_fold_into(folded, sizeof(folded), text);
	if (!folded[0])
		return 0;
	if (id == PV_VOCAB_LEGAL_BASIS && is_one_of(folded, ambiguous_bases))
		return 0;
	/* Phrases first: "NAW" is name and address, though the alias table
	 * reads it as name alone. */
	for (size_t i = 0; i < sizeof(compounds) / sizeof(compounds[0]); i++) {
		size_t n = 0;
		if (compounds[i].vocab != id || strcmp(compounds[i].phrase, folded) != 0)
			continue;
		for (size_t j = 0; j < 3 && compounds[i].keys[j] && n < max; j++)
			if ((k = pv_vocab_find(id, compounds[i].keys[j])) != PV_VOCAB_NONE)
				keys[n++] = k;
		return n;
	}
	if ((k = pv_vocab_find_alias(id, text)) != PV_VOCAB_NONE) {
		keys[0] = k;
		return 1;
	}
	if ((k = pv_vocab_find_alias(id, folded)) != PV_VOCAB_NONE) {
		keys[0] = k;
		return 1;
	}
	if (id == PV_VOCAB_LEGAL_BASIS) {
		/* An article of the EU institutions' regulation is never read as
		 * one of the GDPR. */
		if (has_words(folded, "2018 1725") || has_words(folded, "eudpr"))
			return eudpr_basis(folded, keys);
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

static int yes_no_plain(const char *folded)
{
	static const char *const yes[] = {"ja", "yes", "j", "y", "true", "waar", "wel", NULL};
	static const char *const no[] = {"nee", "no", "n", "false", "onwaar", "geen", "niet",
	                                 "none", "niet van toepassing", "nvt", "n v t", "n a",
	                                 "niet nodig", "niet vereist", "not required",
	                                 "not applicable", NULL};
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

/* Whether folded text qualifies what it says ("nee, behalve ...", "geen,
 * tenzij ...", "ja, maar niet ..."): then it is no plain yes or no. */
static int qualified(const char *folded)
{
	static const char *const words[] = {"behalve", "tenzij", "maar", "uitgezonderd",
	                                    "uitzondering", "except", "unless", "but", NULL};
	for (const char *const *w = words; *w; w++)
		if (has_words(folded, *w))
			return 1;
	return 0;
}

int pv_yes_no_word(const char *folded)
{
	int v = yes_no_plain(folded);
	return v >= 0 && qualified(folded) ? -1 : v;
}

int pv_negated(const char *folded)
{
	static const char *const words[] = {"niet", "nog niet", "geen", "not", "no", "nee", NULL};
	for (const char *const *w = words; *w; w++)
		if (has_words(folded, *w))
			return 1;
	return 0;
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

/* ---- cells that combine or point elsewhere ------------------------------ */

const char *pv_sheet_basis_law(const char *text, size_t *basis_len)
{
	/* Connectors as written (case matters little: compared folded). */
	static const char *const joins[] = {" jo. ", " jo ", " juncto ", " (jo. ", " (juncto ",
	                                    " i.c.m. ", " icm ",
	                                    " in samenhang met ", " in combinatie met ",
	                                    " in conjunction with ", NULL};
	char folded[512], part[512];
	pv_vocab_key k[4];

	if (!text)
		return NULL;
	for (const char *const *j = joins; *j; j++) {
		size_t jl = strlen(*j);
		for (const char *p = text; *p; p++) {
			size_t i = 0;
			while (i < jl && p[i] && ((p[i] | 0x20) == ((*j)[i] | 0x20)))
				i++;
			if (i < jl)
				continue;
			/* The basis part, without an opening parenthesis before the
			 * connector: "Publieke taak (jo. Participatiewet)". */
			size_t bl = (size_t)(p - text);
			while (bl && (text[bl - 1] == ' ' || text[bl - 1] == '(' || text[bl - 1] == ','))
				bl--;
			if (!bl || bl >= sizeof(part))
				return NULL;
			memcpy(part, text, bl);
			part[bl] = '\0';
			if (pv_sheet_terms(PV_VOCAB_LEGAL_BASIS, part, k, 4) != 1)
				return NULL;
			const char *law = p + jl;
			while (*law == ' ')
				law++;
			pv_fold_into(folded, sizeof(folded), law);
			if (!folded[0] || is_one_of(folded, ambiguous_bases) ||
			    pv_sheet_terms(PV_VOCAB_SPECIAL_CONDITION, law, k, 4) ||
			    pv_sheet_terms(PV_VOCAB_LEGAL_BASIS, law, k, 4))
				return NULL;
			*basis_len = bl;
			return law;
		}
	}
	return NULL;
}

const char *pv_sheet_after_heading(const char *text)
{
	static const char *const headings[] = {
		"bijzonder", "bijzondere", "bijzondere persoonsgegevens", "bijzondere gegevens",
		"bijzondere categorieen", "bijzondere categorie", "gewone persoonsgegevens",
		"gewone gegevens", "overige persoonsgegevens", "overig", "overige",
		"gevoelige gegevens", "persoonsgegevens", "special", "special categories",
		"special category data", "other", "other personal data", "personal data", NULL};
	char head[64], folded[64];
	const char *colon = text ? strchr(text, ':') : NULL;
	if (!colon || colon == text || (size_t)(colon - text) >= sizeof(head))
		return text;
	memcpy(head, text, (size_t)(colon - text));
	head[colon - text] = '\0';
	pv_fold_into(folded, sizeof(folded), head);
	if (!is_one_of(folded, headings))
		return text;
	colon++;
	while (*colon == ' ')
		colon++;
	return *colon ? colon : text;
}

int pv_refers_elsewhere(const char *folded)
{
	static const char *const starts[] = {"zie ", "see ", "conform ", "cf ", "refer to ",
	                                     NULL};
	if (!folded)
		return 0;
	for (const char *const *s = starts; *s; s++)
		if (strncmp(folded, *s, strlen(*s)) == 0)
			return 1;
	return strcmp(folded, "privacyverklaring") == 0 || strcmp(folded, "privacy statement") == 0;
}

int pv_instruction_text(const char *folded)
{
	static const char *const starts[] = {"vul ", "geef ", "beschrijf ", "omschrijf ", "noem ",
	                                     "voorbeeld", "bijvoorbeeld", "bijv ", "toelichting",
	                                     "instructie", "describe ", "enter ", "fill in",
	                                     "example", "e g ", "for example", NULL};
	if (!folded)
		return 0;
	for (const char *const *s = starts; *s; s++)
		if (strncmp(folded, *s, strlen(*s)) == 0)
			return 1;
	return 0;
}
