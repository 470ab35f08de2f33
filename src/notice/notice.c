/*
 * notice.c - what a resident is told about each activity: the eight
 * questions and, for each, the icons with filled-in captions.
 *
 * A pure function of (register, catalogue, language): no I/O, no global
 * state. The catalogue decides the words of every caption (its templates);
 * this file decides which icons appear and fills the template parameters:
 *
 *   {label}     the vocabulary labels the item stands for, as a list
 *               ("naam, adres en geboortedatum"); for a base registry the
 *               registries' names ("de Basisregistratie Personen (BRP)")
 *   {purpose}   the purposes' descriptions (why)
 *   {recipient} the recipients' names (recipients, transfers)
 *   {country}   the countries of the transfers, in words
 *   {duration}  pv_duration_words() of the retention
 *   {from}      what the retention counts from ("na het besluit")
 *
 * The principle from DESIGN.md: an icon that reassures appears only where
 * the register states the fact. Every reassuring item below is guarded by
 * an explicit yes/no statement of the register, never by an absence.
 */
#include "notice/notice.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privicon.h"
#include "notice/glance.h"
#include "notice/rights.h"
#include "util/format.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "model/vocab.h"

/* ---- sentences ------------------------------------------------------- */

static int is_en(const char *lang)
{
	return pv_lang_is_en(lang);
}

/* "a", "a en b", "a, b en c" ("and" in English). */
static void sb_list(pv_strbuf *b, const char *const *items, size_t n, const char *lang)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			pv_strbuf_add(b, i + 1 == n ? (is_en(lang) ? " and " : " en ") : ", ");
		pv_strbuf_add(b, items[i]);
	}
}

/* A sentence from the register: appended with a space before it and a
 * full stop after it unless it ends in one already. */
static void sb_sentence(pv_strbuf *b, const char *text)
{
	size_t n = strlen(text);
	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\n' || text[n - 1] == '\t'))
		n--;
	if (n == 0)
		return;
	if (b->len > 0)
		pv_strbuf_add(b, " ");
	pv_strbuf_addn(b, text, n);
	if (!strchr(".!?", text[n - 1]))
		pv_strbuf_add(b, ".");
}

/* Ends what `b` holds with a full stop unless it ends a sentence already. */
static void sb_end_sentence(pv_strbuf *b)
{
	if (b->len > 0 && !b->oom && !strchr(".!?", b->s[b->len - 1]))
		pv_strbuf_add(b, ".");
}

/* Adds `s` with its first letter in lower case unless it starts a name or
 * an acronym ("BSN") or is not a capital at all (pv_text_may_lower). */
static void sb_add_lowered(pv_strbuf *b, const char *s, size_t len)
{
	size_t start = b->len;
	pv_strbuf_addn(b, s, len);
	if (!b->oom && b->len > start)
		pv_text_lower_first(b->s + start, NULL, 0);
}

/* ---- small lists of borrowed strings ----------------------------------- */

typedef struct {
	const char **items;
	size_t n, cap;
} strlist;

/* Adds `s` unless the list has it already. */
static int strlist_add(strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->items[i], s) == 0)
			return 0;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 4;
		const char **bigger = realloc(l->items, cap * sizeof(*bigger));
		if (!bigger)
			return PRIVICON_ENOMEM;
		l->items = bigger;
		l->cap = cap;
	}
	l->items[l->n++] = s;
	return 0;
}

static void strlist_free(strlist *l)
{
	free(l->items);
	*l = (strlist){0};
}

/* ---- texts ------------------------------------------------------------- */

/* A register text in `lang`, falling back to the other language (the rules
 * report the missing one as caption-missing-language). */
static const char *text_in(const pv_text *t, const char *lang)
{
	const char *want = is_en(lang) ? t->en : t->nl;
	const char *other = is_en(lang) ? t->nl : t->en;
	return want && *want ? want : other;
}

/* Dutch article of each base registry's name: "de Basisregistratie ...",
 * but "het Handelsregister". Keys not listed take "de". */
static const char *registry_article(pv_vocab_key registry, const char *lang)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_BASE_REGISTRY, registry);
	if (is_en(lang))
		return "the ";
	return t && strcmp(t->key, "hr") == 0 ? "het " : "de ";
}

/* Countries a municipality plausibly transfers to, ISO 3166-1 alpha-2. A
 * code not listed is shown as it is written. */
static const struct {
	char code[3];
	const char *nl, *en;
} countries[] = {
	{"AE", "de Verenigde Arabische Emiraten", "the United Arab Emirates"},
	{"AR", "Argentinië", "Argentina"},
	{"AU", "Australië", "Australia"},
	{"BR", "Brazilië", "Brazil"},
	{"CA", "Canada", "Canada"},
	{"CH", "Zwitserland", "Switzerland"},
	{"CN", "China", "China"},
	{"FO", "de Faeröer", "the Faroe Islands"},
	{"GB", "het Verenigd Koninkrijk", "the United Kingdom"},
	{"GG", "Guernsey", "Guernsey"},
	{"IL", "Israël", "Israel"},
	{"IM", "het eiland Man", "the Isle of Man"},
	{"IN", "India", "India"},
	{"JE", "Jersey", "Jersey"},
	{"JP", "Japan", "Japan"},
	{"KR", "Zuid-Korea", "South Korea"},
	{"MA", "Marokko", "Morocco"},
	{"MX", "Mexico", "Mexico"},
	{"NZ", "Nieuw-Zeeland", "New Zealand"},
	{"PH", "de Filipijnen", "the Philippines"},
	{"SG", "Singapore", "Singapore"},
	{"SR", "Suriname", "Suriname"},
	{"TR", "Turkije", "Turkey"},
	{"UA", "Oekraïne", "Ukraine"},
	{"US", "de Verenigde Staten", "the United States"},
	{"UY", "Uruguay", "Uruguay"},
	{"ZA", "Zuid-Afrika", "South Africa"},
};

static const char *country_name(const char *code, const char *lang)
{
	/* Stated as not known in advance: said so, no country invented. */
	if (strcmp(code, PV_COUNTRY_UNKNOWN) == 0)
		return is_en(lang) ? "countries not known in advance"
		                   : "landen die vooraf niet bekend zijn";
	for (size_t i = 0; i < sizeof(countries) / sizeof(countries[0]); i++)
		if (strcmp(countries[i].code, code) == 0)
			return is_en(lang) ? countries[i].en : countries[i].nl;
	return code;
}

/* Words the catalogue cannot hold because they are not an icon's caption. */
static const char *word(const char *lang, const char *nl, const char *en)
{
	return is_en(lang) ? en : nl;
}

/* Whether `tmpl` places parameter `name` ("{label}"). */
static int uses_param(const char *tmpl, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = strchr(tmpl, '{'); p; p = strchr(p + 1, '{'))
		if (strncmp(p + 1, name, n) == 0 && p[1 + n] == '}')
			return 1;
	return 0;
}

/* Case-insensitive (ASCII) substring search. */
static int contains_word(const char *text, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = text; *p; p++) {
		size_t i = 0;
		while (i < n && p[i] && (p[i] | 0x20) == (w[i] | 0x20))
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/* ---- durations --------------------------------------------------------- */

char *pv_duration_words(const pv_retention *r, const char *lang)
{
	pv_strbuf b = {0};
	if (r && r->present) {
		char words[128];
		if (r->duration.permanent)
			pv_strbuf_add(&b, is_en(lang) ? "permanently" : "permanent");
		else
			pv_strbuf_add(&b, pv_duration_format(words, sizeof(words), &r->duration, lang));
	}
	return pv_strbuf_take(&b);
}

/* ---- templates --------------------------------------------------------- */

typedef struct {
	const char *label, *purpose, *recipient, *country, *duration, *from;
	const char *controller, *authority; /* add_item() fills these in */
} params;

static const char *param_value(const params *p, const char *name, size_t len)
{
	static const struct {
		const char *name;
		size_t offset;
	} names[] = {
		{"label", offsetof(params, label)},
		{"purpose", offsetof(params, purpose)},
		{"recipient", offsetof(params, recipient)},
		{"country", offsetof(params, country)},
		{"duration", offsetof(params, duration)},
		{"from", offsetof(params, from)},
		{"controller", offsetof(params, controller)},
		{"authority", offsetof(params, authority)},
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i].name) == len && memcmp(names[i].name, name, len) == 0)
			return *(const char *const *)((const char *)p + names[i].offset);
	return NULL;
}

/* Fills a template into `b`. A parameter this item has no value for means
 * the catalogue and the notice disagree: PRIVICON_EINVAL. */
static int fill(pv_strbuf *b, const char *tmpl, const params *p)
{
	const char *s = tmpl;
	while (*s) {
		const char *open = strchr(s, '{');
		if (!open) {
			pv_strbuf_add(b, s);
			break;
		}
		const char *close = strchr(open, '}');
		if (!close)
			return PRIVICON_EINVAL;
		const char *value = param_value(p, open + 1, (size_t)(close - open - 1));
		if (!value)
			return PRIVICON_EINVAL;
		pv_strbuf_addn(b, s, (size_t)(open - s));
		pv_strbuf_add(b, value);
		s = close + 1;
	}
	return b->oom ? PRIVICON_ENOMEM : 0;
}

/* ---- rows ---------------------------------------------------------------- */

typedef struct {
	const pv_catalogue *cat;
	const char *lang;
	const privicon_register *reg;
	const char *controller; /* {controller}: "de gemeente", "de GGD" */
	const char *authority;  /* {authority}: "de Autoriteit Persoonsgegevens" */
} ctx;

static int row_push(pv_notice_row *row, const char *icon_id, char *caption, char *description,
                    pv_tone tone)
{
	pv_notice_item *bigger = realloc(row->items, (row->n_items + 1) * sizeof(*bigger));
	if (!bigger) {
		free(caption);
		free(description);
		return PRIVICON_ENOMEM;
	}
	row->items = bigger;
	row->items[row->n_items++] = (pv_notice_item){icon_id, caption, description, tone};
	return 0;
}

/* The icon's caption template in the notice's language. */
static const char *caption_of(const ctx *c, const pv_icon *icon)
{
	return is_en(c->lang) ? icon->caption_en : icon->caption_nl;
}

/* Adds an item for `icon`: its caption and description filled with `p`;
 * `marker` (or NULL) goes before the caption; `extra` sentences after the
 * description. */
static int add_item(const ctx *c, pv_notice_row *row, const pv_icon *icon, const params *given,
                    pv_tone tone, const char *marker, const char *extra)
{
	pv_strbuf cap = {0}, desc = {0};
	int rc;
	/* Who the controller and the supervisory authority are holds for
	 * every item: any template may name them. */
	params all = *given;
	const params *p = &all;
	all.controller = c->controller;
	all.authority = c->authority;
	if (marker)
		pv_strbuf_add(&cap, marker);
	size_t start = cap.len;
	rc = fill(&cap, caption_of(c, icon), p);
	/* After "Extra gevoelig: " the caption goes on in lower case
	 * ("uw gezondheid"); an acronym such as "BSN" keeps its capitals. */
	if (rc == 0 && marker && !cap.oom && cap.len > start)
		pv_text_lower_first(cap.s + start, NULL, 0);
	if (rc == 0)
		rc = fill(&desc, is_en(c->lang) ? icon->description_en : icon->description_nl, p);
	if (rc == 0 && extra && *extra) {
		/* The register's sentences follow the template's. */
		if (desc.len > 0 && !desc.oom && !strchr(".!?:", desc.s[desc.len - 1]))
			pv_strbuf_add(&desc, ".");
		pv_strbuf_add(&desc, " ");
		pv_strbuf_add(&desc, extra);
	}
	char *caption = pv_strbuf_take(&cap), *description = pv_strbuf_take(&desc);
	if (rc == 0 && (!caption || !description))
		rc = PRIVICON_ENOMEM;
	if (rc != 0) {
		free(caption);
		free(description);
		return rc;
	}
	return row_push(row, icon->id, caption, description, tone);
}

/* Puts `sentences` before the item's caption, which becomes a sentence
 * too: "Wij behandelen uw aanvraag. Dit is een taak van de gemeente." */
static int caption_after(pv_notice_item *it, const char *sentences)
{
	pv_strbuf b = {0};
	pv_strbuf_add(&b, sentences);
	sb_sentence(&b, it->caption);
	char *s = pv_strbuf_take(&b);
	if (!s)
		return PRIVICON_ENOMEM;
	free(it->caption);
	it->caption = s;
	return 0;
}

/* An icon the notice needs; a catalogue without it cannot say it. */
static int need(const pv_icon **out, const ctx *c, const char *question, const char *concept)
{
	*out = pv_catalogue_icon_for(c->cat, question, concept);
	return *out ? 0 : PRIVICON_EINVAL;
}

/* The term at `key` of `vocab` and its icon of `question`. A key outside
 * the vocabulary cannot come from a validated register: EINVAL. */
static int need_term(const pv_term **term, const pv_icon **icon, const ctx *c,
                     const char *question, pv_vocab_id vocab, pv_vocab_key key)
{
	*term = pv_vocab_term(vocab, key);
	if (!*term)
		return PRIVICON_EINVAL;
	return need(icon, c, question, (*term)->key);
}

static int need_id(const pv_icon **out, const ctx *c, const char *id)
{
	*out = pv_catalogue_icon(c->cat, id);
	return *out ? 0 : PRIVICON_EINVAL;
}

/* Items that merge several register entries sharing one icon. */
typedef struct {
	const pv_icon *icon;
	strlist labels;
	strlist names;
	int attention;
	const char *own;         /* a data category's own label: an item of its own */
	const char *nearest;     /* ... and the label of its nearest kind */
} group;

typedef struct {
	group *items;
	size_t n;
} groups;

static group *groups_get(groups *gs, const pv_icon *icon)
{
	for (size_t i = 0; i < gs->n; i++)
		if (gs->items[i].icon == icon && !gs->items[i].own)
			return &gs->items[i];
	group *bigger = realloc(gs->items, (gs->n + 1) * sizeof(*bigger));
	if (!bigger)
		return NULL;
	gs->items = bigger;
	gs->items[gs->n] = (group){.icon = icon};
	return &gs->items[gs->n++];
}

static void groups_free(groups *gs)
{
	for (size_t i = 0; i < gs->n; i++) {
		strlist_free(&gs->items[i].labels);
		strlist_free(&gs->items[i].names);
	}
	free(gs->items);
	*gs = (groups){0};
}

/* The group's labels as one list; the caller frees. */
static char *list_text(const strlist *l, const char *lang)
{
	pv_strbuf b = {0};
	sb_list(&b, l->items, l->n, lang);
	return pv_strbuf_take(&b);
}

/* Vocabulary labels as one list. A label with an "en" of its own ("gezin
 * en familie") last gets a comma before it, not a second "en":
 * "huishouden, gezin en familie". (Names keep sb_list: "de Basisregistratie
 * Adressen en Gebouwen" is one name.) */
static char *label_list(const strlist *l, const char *lang)
{
	const char *and = is_en(lang) ? " and " : " en ";
	if (l->n < 2 || !strstr(l->items[l->n - 1], and))
		return list_text(l, lang);
	pv_strbuf b = {0};
	for (size_t i = 0; i < l->n; i++) {
		if (i > 0)
			pv_strbuf_add(&b, ", ");
		pv_strbuf_add(&b, l->items[i]);
	}
	return pv_strbuf_take(&b);
}

/* A data category with a label of its own (gender, place of birth, survey
 * answers): its own item, with the icon of its nearest kind but only its
 * own words, so nothing is overstated as the neighbour's caption. */
static int add_own_data(const ctx *c, pv_notice_row *row, const group *g)
{
	pv_strbuf cap = {0}, desc = {0};
	if (g->attention) {
		pv_strbuf_add(&cap, word(c->lang, "Extra gevoelig: ", "Extra sensitive: "));
		sb_add_lowered(&cap, g->own, strlen(g->own));
	} else {
		pv_strbuf_add(&cap, g->own);
	}
	pv_strbuf_add(&desc, word(c->lang, "Zo noemt het register deze gegevens: ",
	                          "This is what the register calls these data: "));
	pv_strbuf_add(&desc, g->own);
	sb_end_sentence(&desc);
	pv_strbuf_add(&desc, word(c->lang, " Het pictogram is dat van de soort die er het dichtst bij "
	                                   "ligt: ",
	                          " The icon is that of the nearest kind: "));
	pv_strbuf_add(&desc, g->nearest);
	pv_strbuf_add(&desc, ".");
	char *caption = pv_strbuf_take(&cap), *description = pv_strbuf_take(&desc);
	if (!caption || !description) {
		free(caption);
		free(description);
		return PRIVICON_ENOMEM;
	}
	return row_push(row, g->icon->id, caption, description,
	                g->attention ? PV_TONE_ATTENTION : PV_TONE_NEUTRAL);
}

/* 1. Welke gegevens? One item per icon, in register order; a category
 * with a label of its own is an item of its own. */
static int row_data(const ctx *c, const pv_activity *a, pv_notice_row *row)
{
	groups gs = {0};
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < a->n_data; i++) {
		const pv_term *t;
		const pv_icon *icon;
		rc = need_term(&t, &icon, c, "data", PV_VOCAB_DATA_CATEGORY, a->data[i].kind);
		if (rc != 0)
			break;
		const char *own = text_in(&a->data[i].label, c->lang);
		if (own && *own) {
			group *bigger = realloc(gs.items, (gs.n + 1) * sizeof(*bigger));
			if (!bigger) {
				rc = PRIVICON_ENOMEM;
				break;
			}
			gs.items = bigger;
			pv_data_class cls = pv_data_class_of(a->data[i].kind);
			gs.items[gs.n++] = (group){
				.icon = icon,
				.own = own,
				.nearest = is_en(c->lang) ? t->en : t->nl,
				.attention = cls == PV_DATA_SPECIAL || cls == PV_DATA_CRIMINAL,
			};
			continue;
		}
		group *g = groups_get(&gs, icon);
		if (!g) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		rc = strlist_add(&g->labels, is_en(c->lang) ? t->en : t->nl);
		pv_data_class cls = pv_data_class_of(a->data[i].kind);
		if (cls == PV_DATA_SPECIAL || cls == PV_DATA_CRIMINAL)
			g->attention = 1;
	}
	for (size_t i = 0; rc == 0 && i < gs.n; i++) {
		if (gs.items[i].own) {
			rc = add_own_data(c, row, &gs.items[i]);
			continue;
		}
		char *label = label_list(&gs.items[i].labels, c->lang);
		if (!label) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		params p = {.label = label};
		const pv_icon *icon = gs.items[i].icon;
		/* Art. 9 and Art. 10 data: the Autoriteit Persoonsgegevens calls
		 * both "gevoelige gegevens". The caption must say so: when the
		 * catalogue's caption does not ("Uw gezondheid (extra gevoelig)"
		 * does), it starts with the marker. */
		int att = gs.items[i].attention;
		const char *marker = NULL;
		if (att && !contains_word(caption_of(c, icon), word(c->lang, "gevoelig", "sensitive")))
			marker = word(c->lang, "Extra gevoelig: ", "Extra sensitive: ");
		/* An icon for several categories whose caption does not list
		 * them: the description names them. */
		char *extra = NULL;
		if (icon->n_concepts > 1 && !uses_param(caption_of(c, icon), "label")) {
			pv_strbuf b = {0};
			pv_strbuf_add(&b, word(c->lang, "Het gaat om: ", "This covers: "));
			pv_strbuf_add(&b, label);
			sb_end_sentence(&b);
			if (!(extra = pv_strbuf_take(&b))) {
				free(label);
				rc = PRIVICON_ENOMEM;
				break;
			}
		}
		rc = add_item(c, row, icon, &p, att ? PV_TONE_ATTENTION : PV_TONE_NEUTRAL, marker,
		              extra);
		free(extra);
		free(label);
	}
	groups_free(&gs);
	return rc;
}

/* A law as people cite it: "Wet maatschappelijke ondersteuning 2015, art.
 * 2.3.2". An article already starting with "art" is not prefixed again. */
static void sb_law(pv_strbuf *b, const pv_law *law, const char *lang)
{
	pv_strbuf_add(b, law->title ? law->title : "");
	if (law->article && *law->article) {
		if (law->title)
			pv_strbuf_add(b, ", ");
		if (strncmp(law->article, "art", 3) != 0 && strncmp(law->article, "Art", 3) != 0)
			pv_strbuf_add(b, word(lang, "art. ", "Art. "));
		pv_strbuf_add(b, law->article);
	}
}

/* 2. Waarom? One item per legal basis, in the order the purposes use them;
 * the description carries each purpose and the law it rests on. */
static int row_why(const ctx *c, const pv_activity *a, pv_notice_row *row)
{
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < a->n_purposes; i++) {
		pv_vocab_key basis = a->purposes[i].basis;
		int seen = 0;
		for (size_t j = 0; j < i; j++)
			if (a->purposes[j].basis == basis)
				seen = 1;
		if (seen)
			continue;
		const pv_term *t;
		const pv_icon *icon;
		if ((rc = need_term(&t, &icon, c, "why", PV_VOCAB_LEGAL_BASIS, basis)) != 0)
			break;
		strlist purposes = {0};
		pv_strbuf extra = {0};
		for (size_t j = i; rc == 0 && j < a->n_purposes; j++) {
			const pv_purpose *pu = &a->purposes[j];
			if (pu->basis != basis)
				continue;
			const char *d = text_in(&pu->description, c->lang);
			if (d && *d)
				rc = strlist_add(&purposes, d);
			pv_strbuf s = {0};
			if (d)
				pv_strbuf_add(&s, d);
			/* Drop the register's full stop: the law goes before it. */
			while (s.len > 0 && strchr(". ", s.s[s.len - 1]))
				s.s[--s.len] = '\0';
			for (size_t k = 0; k < pu->n_laws; k++) {
				pv_strbuf_add(&s, k > 0 ? "; " : s.len > 0 ? " (" : "(");
				sb_law(&s, &pu->laws[k], c->lang);
				if (k + 1 == pu->n_laws)
					pv_strbuf_add(&s, ")");
			}
			char *sentence = pv_strbuf_take(&s);
			if (!sentence) {
				rc = PRIVICON_ENOMEM;
				break;
			}
			sb_sentence(&extra, sentence);
			free(sentence);
		}
		/* {purpose}: the descriptions as the sentences they are. */
		pv_strbuf pb = {0};
		for (size_t k = 0; k < purposes.n; k++)
			sb_sentence(&pb, purposes.items[k]);
		char *purpose = pv_strbuf_take(&pb);
		char *details = pv_strbuf_take(&extra);
		if (rc == 0 && (!purpose || !details))
			rc = PRIVICON_ENOMEM;
		if (rc == 0) {
			/* The caption says what for, then why that is allowed:
			 * "Wij behandelen uw aanvraag (Gemeentewet, art. 225). Dit is
			 * een taak van de gemeente." The purposes are in the caption,
			 * so every surface (sheet, PDF, HTML) shows them; the
			 * description keeps the basis explained. */
			params p = {.label = is_en(c->lang) ? t->en : t->nl, .purpose = purpose};
			rc = add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
			if (rc == 0 && *details)
				rc = caption_after(&row->items[row->n_items - 1], details);
		}
		free(purpose);
		free(details);
		strlist_free(&purposes);
	}
	return rc;
}

/* 3. Waar komen ze vandaan? One item per source icon; a base registry
 * is named ("de Basisregistratie Personen (BRP)"). */
static int row_source(const ctx *c, const pv_activity *a, pv_notice_row *row)
{
	groups gs = {0};
	/* Registry names with their article, owned until the items are made. */
	strlist named = {0};
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < a->n_data; i++) {
		const pv_data_use *d = &a->data[i];
		const pv_term *t;
		const pv_icon *icon;
		if ((rc = need_term(&t, &icon, c, "source", PV_VOCAB_DATA_SOURCE, d->source)) != 0)
			break;
		group *g = groups_get(&gs, icon);
		if (!g) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		/* Source not stated: the group lists the data it holds for, so
		 * the description can say which ("Het gaat om: naam, adres"). */
		if (pv_vocab_is_not_stated(PV_VOCAB_DATA_SOURCE, d->source)) {
			const char *own = text_in(&d->label, c->lang);
			const pv_term *kind = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, d->kind);
			rc = strlist_add(&g->names, own && *own ? own
			                            : kind ? (is_en(c->lang) ? kind->en : kind->nl)
			                                   : "");
			continue;
		}
		if (strcmp(t->key, "base-registry") != 0) {
			rc = strlist_add(&g->labels, is_en(c->lang) ? t->en : t->nl);
			continue;
		}
		/* For a base registry {label} is a noun phrase naming the
		 * registries ("Uit {label}"); when the register names none,
		 * just "een basisregistratie". */
		const pv_term *reg = pv_vocab_term(PV_VOCAB_BASE_REGISTRY, d->registry);
		if (!reg) {
			rc = strlist_add(&g->labels,
			                 word(c->lang, "een basisregistratie", "a base registry"));
			continue;
		}
		pv_strbuf b = {0};
		pv_strbuf_add(&b, registry_article(d->registry, c->lang));
		pv_strbuf_add(&b, is_en(c->lang) ? reg->en : reg->nl);
		char *name = pv_strbuf_take(&b);
		if (!name || (rc = strlist_add(&named, name)) != 0) {
			free(name);
			rc = PRIVICON_ENOMEM;
			break;
		}
		/* strlist_add keeps the first of equal names: a copy it did
		 * not keep is freed here, a kept one with `named`. */
		if (named.items[named.n - 1] != name) {
			free(name);
			continue;
		}
		rc = strlist_add(&g->labels, name);
		if (rc == 0)
			rc = strlist_add(&g->names, name);
	}
	for (size_t i = 0; rc == 0 && i < gs.n; i++) {
		char *label = list_text(&gs.items[i].labels, c->lang);
		if (!label) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		params p = {.label = label};
		const pv_icon *icon = gs.items[i].icon;
		char *extra = NULL;
		if (gs.items[i].labels.n == 0 && gs.items[i].names.n > 0) {
			/* The data whose source is not stated. */
			pv_strbuf b = {0};
			char *which = label_list(&gs.items[i].names, c->lang);
			pv_strbuf_add(&b, word(c->lang, "Het gaat om: ", "This covers: "));
			if (which)
				pv_strbuf_add(&b, which);
			sb_end_sentence(&b);
			free(which);
			if (!which || !(extra = pv_strbuf_take(&b))) {
				free(b.s);
				free(label);
				rc = PRIVICON_ENOMEM;
				break;
			}
		}
		/* Registries the caption does not name ("Uit een basisregistratie
		 * van de overheid") are named in the description. */
		else if (gs.items[i].names.n > 0 && !uses_param(caption_of(c, icon), "label")) {
			pv_strbuf b = {0};
			pv_strbuf_add(&b, word(c->lang, "Uit ", "From "));
			pv_strbuf_add(&b, label);
			sb_end_sentence(&b);
			if (!(extra = pv_strbuf_take(&b))) {
				free(label);
				rc = PRIVICON_ENOMEM;
				break;
			}
		}
		rc = add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, extra);
		free(extra);
		free(label);
	}
	for (size_t i = 0; i < named.n; i++)
		free((char *)named.items[i]);
	strlist_free(&named);
	groups_free(&gs);
	return rc;
}

/* Whether `w` (a word in a name, up to a space, hyphen, bracket or comma)
 * is an acronym of two or more capitals ("GGD", "BRP") and the word before
 * it, `prev`, an article or a preposition: "Jeugdarts van de GGD" is a
 * description, "Belastingdienst en UWV" two names. */
static int is_acronym_after_article(const char *prev, const char *w)
{
	static const char *const articles[] = {"de", "het", "een", "van", "uit", "bij", "voor",
	                                        "the", "a", "an", "of", "from", "for", "at"};
	size_t caps = 0;
	while (w[caps] >= 'A' && w[caps] <= 'Z')
		caps++;
	if (caps < 2 || (w[caps] && !strchr(" -/,()'", w[caps])))
		return 0;
	size_t n = strcspn(prev, " ");
	for (size_t i = 0; i < sizeof(articles) / sizeof(articles[0]); i++)
		if (strlen(articles[i]) == n && strncmp(prev, articles[i], n) == 0)
			return 1;
	return 0;
}

/* Whether a recipient's name reads as a description ("Leverancier van het
 * parkeersysteem", "Zorgaanbieders in de regio") rather than a proper name
 * ("Belastingdienst", "GGD Regio Utrecht", "UWV", "Vluchtelingenwerk
 * (begeleiding)"): its head, up to a bracket or comma, has two or more
 * words, the first capitalised and no later word starting with a capital
 * or a digit. After a colon and inside a list a description goes on in
 * lower case; a one-word head is taken for a name and kept as written. */
static int is_description(const char *s)
{
	if (!pv_text_may_lower(s, NULL, 0))
		return 0;
	int words = 1;
	const char *word = s;
	for (const char *p = s + 1; *p && *p != '(' && *p != ','; p++) {
		if (*p != ' ' && *p != '-' && *p != '/')
			continue;
		char next = p[1];
		if (*p == ' ' && next >= 'A' && next <= 'Z' && is_acronym_after_article(word, p + 1))
			;       /* "van de GGD", "uit de BRP-software" */
		else if ((next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9'))
			return 0;
		if (*p == ' ' && next && next != ' ' && next != '(' && next != ',') {
			words++;
			word = p + 1;
		}
	}
	return words > 1;
}


/* A recipient as the list on the sheet shows it: its name in `lang`
 * (name-en in English where given), a description in lower case, and its
 * role in brackets: "leverancier van de hulpmiddelen (levert uw
 * rolstoel)". The caller frees it; NULL on ENOMEM. */
static char *recipient_words(const pv_recipient *r, const char *lang)
{
	const char *name = is_en(lang) && r->name_en && *r->name_en ? r->name_en : r->name;
	const char *role = text_in(&r->role, lang);
	pv_strbuf b = {0};
	if (!name)
		name = "";
	if (is_description(name))
		sb_add_lowered(&b, name, strlen(name));
	else
		pv_strbuf_add(&b, name);
	if (role && *role) {
		size_t n = strlen(role);
		while (n > 0 && strchr(". \t\n", role[n - 1]))
			n--;
		pv_strbuf_add(&b, b.len ? " (" : "(");
		sb_add_lowered(&b, role, n);
		pv_strbuf_add(&b, ")");
	}
	return pv_strbuf_take(&b);
}

/* Appends `words` to the caption of the last item of `row`. */
static int qualify_last_caption(pv_notice_row *row, const char *words)
{
	pv_notice_item *it = &row->items[row->n_items - 1];
	char *longer = pv_strdup_printf("%s%s", it->caption, words);
	if (!longer)
		return PRIVICON_ENOMEM;
	free(it->caption);
	it->caption = longer;
	return 0;
}

/* 4. Wie krijgt ze? */
static int row_recipients(const ctx *c, const pv_activity *a, pv_notice_row *row)
{
	const pv_icon *icon;
	int rc = 0;
	if (a->recipients_outside == PV_NO) {
		/* Stated: nobody outside the controller receives them. */
		if ((rc = need_id(&icon, c, "recipient-nobody-else")) != 0)
			return rc;
		params p = {0};
		rc = add_item(c, row, icon, &p, PV_TONE_REASSURING, NULL, NULL);
	} else if (a->recipients_outside == PV_NOT_STATED && a->n_recipients == 0) {
		/* Stated as not stated: say so, neither "nobody" nor a guess. */
		if ((rc = need_id(&icon, c, "recipient-not-stated")) != 0)
			return rc;
		params p = {0};
		rc = add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
	} else {
		groups gs = {0};
		strlist owned = {0}; /* the recipients' words, freed below */
		for (size_t i = 0; rc == 0 && i < a->n_recipients; i++) {
			const pv_recipient *r = &a->recipients[i];
			const pv_term *t;
			rc = need_term(&t, &icon, c, "recipients", PV_VOCAB_RECIPIENT_KIND, r->kind);
			if (rc != 0)
				break;
			group *g = groups_get(&gs, icon);
			if (!g)
				rc = PRIVICON_ENOMEM;
			if (rc == 0)
				rc = strlist_add(&g->labels, is_en(c->lang) ? t->en : t->nl);
			char *shown = rc == 0 ? recipient_words(r, c->lang) : NULL;
			if (rc == 0 && !shown)
				rc = PRIVICON_ENOMEM;
			if (rc == 0 && (rc = strlist_add(&owned, shown)) != 0) {
				free(shown);
				break;
			}
			for (size_t k = 0; rc == 0 && k < owned.n; k++) {
				/* Said already (strlist_add kept the first copy):
				 * list that one. */
				if (owned.items[k] != shown && strcmp(owned.items[k], shown) == 0) {
					free(shown);
					shown = (char *)owned.items[k];
					break;
				}
			}
			if (rc == 0 && *shown)
				rc = strlist_add(&g->names, shown);
		}
		for (size_t i = 0; rc == 0 && i < gs.n; i++) {
			char *label = label_list(&gs.items[i].labels, c->lang);
			char *names = list_text(&gs.items[i].names, c->lang);
			const pv_icon *kind_icon = gs.items[i].icon;
			/* Names the caption does not place go into the description. */
			pv_strbuf b = {0};
			if (names && *names && !uses_param(caption_of(c, kind_icon), "recipient")) {
				pv_strbuf_add(&b, word(c->lang, "Het gaat om: ", "This covers: "));
				pv_strbuf_add(&b, names);
				sb_end_sentence(&b);
			}
			char *extra = pv_strbuf_take(&b);
			if (label && names && extra) {
				params p = {.label = label, .recipient = names};
				rc = add_item(c, row, kind_icon, &p, PV_TONE_NEUTRAL, NULL, extra);
			} else {
				rc = PRIVICON_ENOMEM;
			}
			free(extra);
			free(label);
			free(names);
		}
		for (size_t i = 0; i < owned.n; i++)
			free((char *)owned.items[i]);
		strlist_free(&owned);
		groups_free(&gs);
	}
	if (rc == 0 && a->never_sold) {
		/* sold="no" is stated; without it, nothing is said about selling. */
		params p = {0};
		if ((rc = need_id(&icon, c, "recipient-never-sold")) == 0)
			rc = add_item(c, row, icon, &p, PV_TONE_REASSURING, NULL, NULL);
	} else if (rc == 0 && a->sold_not_stated) {
		params p = {0};
		if ((rc = need_id(&icon, c, "recipient-sold-not-stated")) == 0)
			rc = add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
	}
	if (rc != 0)
		return rc;

	if (a->transfers_outside_eea == PV_NO) {
		params p = {0};
		if ((rc = need_id(&icon, c, "recipient-stays-in-eu")) == 0)
			rc = add_item(c, row, icon, &p, PV_TONE_REASSURING, NULL, NULL);
		/* Published data is no transfer (it is not sent to a country),
		 * but anyone anywhere can read it: "stays in Europe" must not
		 * read as if it held for what is public. */
		if (rc == 0 && pv_activity_has_recipient(a, "public"))
			rc = qualify_last_caption(row, is_en(c->lang) ? ", except what is public"
			                                              : ", behalve wat openbaar is");
		return rc;
	}
	if (a->transfers_outside_eea == PV_NOT_STATED && a->n_transfers == 0) {
		/* Not stated, and no transfer listed: neither "stays" nor "leaves". */
		params p = {0};
		if ((rc = need_id(&icon, c, "recipient-eea-not-stated")) == 0)
			rc = add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
		return rc;
	}
	/* Leaves the EEA: to where, to whom, and on what ground. */
	strlist where = {0}, whom = {0};
	pv_strbuf extra = {0};
	for (size_t i = 0; rc == 0 && i < a->n_transfers; i++) {
		const pv_transfer *t = &a->transfers[i];
		const char *country = country_name(t->country, c->lang);
		rc = strlist_add(&where, country);
		if (rc == 0 && t->recipient && *t->recipient)
			rc = strlist_add(&whom, t->recipient);
		pv_strbuf s = {0};
		pv_strbuf_add(&s, word(c->lang, "Naar ", "To "));
		if (t->recipient && *t->recipient) {
			pv_strbuf_add(&s, t->recipient);
			pv_strbuf_add(&s, word(c->lang, " in ", " in "));
		}
		pv_strbuf_add(&s, country);
		const pv_term *m = pv_vocab_term(PV_VOCAB_TRANSFER_MECHANISM, t->mechanism);
		if (m) {
			pv_strbuf_add(&s, " (");
			pv_strbuf_add(&s, is_en(c->lang) ? m->en : m->nl);
			pv_strbuf_add(&s, ")");
		}
		char *sentence = pv_strbuf_take(&s);
		if (!sentence) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		sb_sentence(&extra, sentence);
		free(sentence);
	}
	char *countries_text = NULL, *recipients_text = NULL, *details = pv_strbuf_take(&extra);
	if (rc == 0) {
		/* The register says the data leave the EEA but not where or to
		 * whom (the rules report it): say exactly that much. */
		static const char *const unnamed_country[] = {"een land dat het register niet noemt",
		                                              "a country the register does not name"};
		static const char *const unnamed_recipient[] = {
			"een ontvanger die het register niet noemt",
			"a recipient the register does not name"};
		int en = is_en(c->lang);
		countries_text = where.n ? list_text(&where, c->lang) : strdup(unnamed_country[en]);
		recipients_text = whom.n ? list_text(&whom, c->lang) : strdup(unnamed_recipient[en]);
		if (!countries_text || !recipients_text || !details)
			rc = PRIVICON_ENOMEM;
	}
	if (rc == 0 && (rc = need_id(&icon, c, "recipient-leaves-eu")) == 0) {
		params p = {.country = countries_text, .recipient = recipients_text};
		rc = add_item(c, row, icon, &p, PV_TONE_ATTENTION, NULL, details);
	}
	free(countries_text);
	free(recipients_text);
	free(details);
	strlist_free(&where);
	strlist_free(&whom);
	return rc;
}

/* 5. Hoe lang? Without a retention, the notice says the register does not
 * state it: never a promise. */
/* Whether every data subject of `a` is an employee: then the end of "the
 * relationship" reads naturally as the end of their employment. */
static int only_employees(const pv_activity *a)
{
	pv_vocab_key employees = pv_vocab_find(PV_VOCAB_DATA_SUBJECT, "employees");
	for (size_t i = 0; i < a->n_subjects; i++)
		if (a->subjects[i] != employees)
			return 0;
	return a->n_subjects > 0;
}

/* What period `r` of activity `a` counts from, in words that fit the activity. */
static const char *retention_from(const ctx *c, const pv_activity *a, const pv_retention *r)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_RETENTION_START, r->from);
	/* The period is stated, its start is not: said so, never a guess. */
	if (pv_vocab_is_not_stated(PV_VOCAB_RETENTION_START, r->from))
		return word(c->lang, "(vanaf wanneer staat niet in het register)",
		            "(from when is not stated in the register)");
	if (t && strcmp(t->key, "relationship-ended") == 0 && only_employees(a))
		return word(c->lang, "na het einde van uw dienstverband", "after your employment ends");
	/* Words that read naturally after "Wij bewaren uw gegevens 1 jaar";
	 * the vocabulary's own labels stay as they are (imports match them). */
	static const struct {
		const char *key, *nl, *en;
	} natural[] = {
		{"collection", "nadat wij ze hebben ontvangen", "after we receive it"},
		{"relationship-ended", "nadat de relatie met u is ge\u00ebindigd",
		 "after our relationship with you ends"},
		{"expiry", "na de einddatum", "after it expires"},
		{"deregistration", "nadat u bent uitgeschreven", "after you are deregistered"},
	};
	for (size_t i = 0; t && i < sizeof(natural) / sizeof(natural[0]); i++)
		if (strcmp(t->key, natural[i].key) == 0)
			return word(c->lang, natural[i].nl, natural[i].en);
	return pv_vocab_label(PV_VOCAB_RETENTION_START, r->from, c->lang);
}

/* What period `r` holds for, as the start of its caption: its applies-to
 * text ("Sollicitanten die niet zijn aangenomen"), else its categories
 * ("Gezondheid en inkomen"); "In alle andere gevallen" for the one period
 * that names neither next to others; "" for a lone period that names
 * neither (the caption then stays as it always was). */
static char *period_subject(const ctx *c, const pv_activity *a, const pv_retention *r)
{
	pv_strbuf b = PV_STRBUF_INIT;
	const char *text = pv_text_in(&r->applies_to, c->lang);
	if (text && *text) {
		pv_strbuf_add(&b, text);
		/* "... aangenomen:" in the register: one colon is enough. */
		while (b.len > 0 && !b.oom && strchr(" :.", b.s[b.len - 1]))
			b.s[--b.len] = '\0';
	} else if (r->n_categories > 0) {
		strlist labels = {0};
		int rc = 0;
		for (size_t i = 0; i < r->n_categories && rc == 0; i++) {
			/* A category of this kind with a name of its own is named so. */
			const char *own = NULL;
			for (size_t k = 0; k < a->n_data && !own; k++)
				if (a->data[k].kind == r->categories[i])
					own = pv_text_in(&a->data[k].label, c->lang);
			rc = strlist_add(&labels, own && *own ? own
			                                      : pv_vocab_label(PV_VOCAB_DATA_CATEGORY,
			                                                       r->categories[i], c->lang));
		}
		char *list = rc == 0 ? label_list(&labels, c->lang) : NULL;
		strlist_free(&labels);
		if (!list) {
			free(pv_strbuf_take(&b));
			return NULL;
		}
		pv_strbuf_add(&b, list);
		free(list);
		if (b.len > 0 && !b.oom && b.s[0] >= 'a' && b.s[0] <= 'z')
			b.s[0] = (char)(b.s[0] - 'a' + 'A');
	} else if (a->n_retentions > 1) {
		pv_strbuf_add(&b, word(c->lang, "In alle andere gevallen", "In all other cases"));
	}
	return pv_strbuf_take(&b);
}

/* One period as an item. A period for some people, some case or some data
 * reads "Sollicitanten die niet zijn aangenomen: 4 weken na het besluit";
 * a lone period for all data keeps the catalogue's sentence. */
static int retention_item(const ctx *c, const pv_activity *a, const pv_retention *r,
                          pv_notice_row *row)
{
	const pv_icon *icon;
	int rc = need_id(&icon, c, r->duration.permanent ? "retention-permanent" : "retention-period");
	if (rc != 0)
		return rc;
	char *duration = pv_duration_words(r, c->lang);
	char *subject = period_subject(c, a, r);
	if (!duration || !subject) {
		free(duration);
		free(subject);
		return PRIVICON_ENOMEM;
	}
	params p = {.duration = duration, .from = retention_from(c, a, r)};
	rc = add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
	if (rc == 0 && *subject) {
		pv_notice_item *it = &row->items[row->n_items - 1];
		char *caption =
			r->duration.permanent
				? pv_strdup_printf("%s: %s", subject,
			                           word(c->lang, "voor altijd in het archief",
			                                "permanently in the archive"))
				: pv_strdup_printf("%s: %s %s", subject, duration, p.from);
		if (caption) {
			free(it->caption);
			it->caption = caption;
		} else {
			rc = PRIVICON_ENOMEM;
		}
	}
	free(duration);
	free(subject);
	return rc;
}

/* Each period its own item, in the register's order, the period for "all
 * other cases" last. Without a retention, the notice says the register
 * does not state it: never a promise. */
static int row_retention(const ctx *c, const pv_activity *a, pv_notice_row *row)
{
	const pv_icon *icon;
	int rc = 0;
	if (a->n_retentions == 0) {
		if ((rc = need_id(&icon, c, "retention-not-stated")) != 0)
			return rc;
		params p = {0};
		return add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
	}
	for (int open = 0; open < 2 && rc == 0; open++)
		for (size_t i = 0; i < a->n_retentions && rc == 0; i++) {
			const pv_retention *r = &a->retentions[i];
			const char *text = pv_text_in(&r->applies_to, c->lang);
			int names = r->n_categories > 0 || (text && *text);
			if (names == !open)
				rc = retention_item(c, a, r, row);
		}
	return rc;
}

/* 6. Wie beslist? Each item follows from an explicit statement:
 *   present="yes"                       decision-automated (ATTENTION)
 *   present="not-stated"                decision-not-stated
 *   decisions="no" (present not yes)    decision-none: no decision about you
 *   present="no", decisions="yes"       decision-person-decides (reassuring)
 *   present="no", decisions absent      decision-no-automated (reassuring:
 *                                       only what present="no" says, never
 *                                       that someone decides)
 * and profiling yes / no / not-stated. */
static const char *decision_icon(const pv_activity *a)
{
	const pv_decision *d = &a->automated;
	if (d->present == PV_YES)
		return "decision-automated";
	if (d->decisions == PV_DECISIONS_NO)
		return "decision-none";
	if (d->present == PV_NOT_STATED)
		return "decision-not-stated";
	return d->decisions == PV_DECISIONS_YES ? "decision-person-decides"
	                                        : "decision-no-automated";
}

static int row_decision(const ctx *c, const pv_activity *a, pv_notice_row *row)
{
	const pv_icon *icon;
	params p = {0};
	const char *id = decision_icon(a);
	int automated = a->automated.present == PV_YES;
	int reassuring = strcmp(id, "decision-person-decides") == 0 ||
	                 strcmp(id, "decision-no-automated") == 0;
	int rc = need_id(&icon, c, id);
	if (rc != 0)
		return rc;
	pv_strbuf extra = {0};
	if (automated) {
		const char *logic = text_in(&a->automated.logic, c->lang);
		const char *consequence = text_in(&a->automated.consequence, c->lang);
		if (logic)
			sb_sentence(&extra, logic);
		if (consequence)
			sb_sentence(&extra, consequence);
	}
	char *details = pv_strbuf_take(&extra);
	if (!details)
		return PRIVICON_ENOMEM;
	rc = add_item(c, row, icon, &p,
	              automated ? PV_TONE_ATTENTION : reassuring ? PV_TONE_REASSURING : PV_TONE_NEUTRAL,
	              NULL, details);
	free(details);
	if (rc != 0)
		return rc;

	pv_yesno profiling = a->profiling.present;
	if ((rc = need_id(&icon, c,
	                  profiling == PV_YES   ? "decision-profiling"
	                  : profiling == PV_NO ? "decision-no-profiling"
	                                       : "decision-profiling-not-stated")) != 0)
		return rc;
	const char *how = profiling == PV_YES ? text_in(&a->profiling.logic, c->lang) : NULL;
	if (how)
		sb_sentence(&extra, how);
	details = pv_strbuf_take(&extra);
	if (!details)
		return PRIVICON_ENOMEM;
	rc = add_item(c, row, icon, &p,
	              profiling == PV_YES  ? PV_TONE_ATTENTION
	              : profiling == PV_NO ? PV_TONE_REASSURING
	                                   : PV_TONE_NEUTRAL,
	              NULL, details);
	free(details);
	return rc;
}

/* 7. Hoe beschermd? One item per measure icon. When the register names no
 * measure, the row says exactly that (with the catalogue's
 * "security-not-stated" icon if it has one, else the question's own icon):
 * an empty row would look like an omission of the sheet, a guess would be
 * a promise. */
static int row_security(const ctx *c, const pv_activity *a, pv_notice_row *row)
{
	int rc = 0;
	if (a->n_measures == 0) {
		const pv_icon *icon = pv_catalogue_icon(c->cat, "security-not-stated");
		if (icon) {
			params p = {0};
			return add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
		}
		const pv_question_info *q = pv_catalogue_question(c->cat, "security");
		char *caption = strdup(word(c->lang, "Het register noemt geen maatregelen.",
		                            "The register names no measures."));
		char *description = strdup(word(c->lang,
		                                "Het register noemt niet hoe uw gegevens beschermd worden.",
		                                "The register does not say how your data is protected."));
		if (!q || !caption || !description) {
			free(caption);
			free(description);
			return q ? PRIVICON_ENOMEM : PRIVICON_EINVAL;
		}
		return row_push(row, q->icon, caption, description, PV_TONE_NEUTRAL);
	}
	groups gs = {0};
	for (size_t i = 0; rc == 0 && i < a->n_measures; i++) {
		const pv_term *t;
		const pv_icon *icon;
		rc = need_term(&t, &icon, c, "security", PV_VOCAB_SECURITY_MEASURE, a->measures[i]);
		if (rc != 0)
			break;
		group *g = groups_get(&gs, icon);
		rc = g ? strlist_add(&g->labels, is_en(c->lang) ? t->en : t->nl) : PRIVICON_ENOMEM;
	}
	for (size_t i = 0; rc == 0 && i < gs.n; i++) {
		char *label = label_list(&gs.items[i].labels, c->lang);
		if (!label) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		params p = {.label = label};
		rc = add_item(c, row, gs.items[i].icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
		free(label);
	}
	groups_free(&gs);
	return rc;
}

/* 8. Uw rechten: derived from the legal bases (rights.c), in the fixed
 * order of pv_right. */
/* The first sentence of a purpose's description, without its full stop:
 * enough to name the purpose ("Is uw leven in gevaar? Dan geven wij ..."
 * keeps its answer too). Appended to `b`. */
static void sb_first_sentence(pv_strbuf *b, const char *text)
{
	size_t n = 0;
	for (;;) {
		while (text[n] && !(strchr(".!?", text[n]) && (text[n + 1] == ' ' || !text[n + 1])))
			n++;
		if (text[n] != '?' || !text[n + 1])
			break;
		n++; /* a question: the next sentence answers it */
	}
	pv_strbuf_addn(b, text, n);
}

/* Names a text about `a` may start with, which keep their capital after a
 * colon (pv_text_may_lower): the controller's, the recipients' (not their
 * descriptions) and the laws'. At most `cap` of them, borrowed from the register; returns how
 * many. */
static size_t names_of(const ctx *c, const pv_activity *a, const char **names, size_t cap)
{
	size_t n = 0;
	const pv_controller *ctl = &c->reg->controller;
	const char *own[] = {ctl->name, ctl->short_name.nl, ctl->short_name.en};
	for (size_t i = 0; i < sizeof(own) / sizeof(own[0]) && n < cap; i++)
		if (own[i])
			names[n++] = own[i];
	for (size_t i = 0; i < a->n_recipients && n + 1 < cap; i++) {
		/* Names only: a description ("Leverancier van ...") is no name. */
		const pv_recipient *r = &a->recipients[i];
		if (r->name && !is_description(r->name))
			names[n++] = r->name;
		if (r->name_en && !is_description(r->name_en))
			names[n++] = r->name_en;
	}
	for (size_t i = 0; i < a->n_transfers && n < cap; i++)
		if (a->transfers[i].recipient)
			names[n++] = a->transfers[i].recipient;
	for (size_t i = 0; i < a->n_purposes; i++)
		for (size_t k = 0; k < a->purposes[i].n_laws && n < cap; k++)
			if (a->purposes[i].laws[k].title)
				names[n++] = a->purposes[i].laws[k].title;
	return n;
}

/* Rights per purpose: a right that holds for some purposes only says for
 * which, in the purposes' own words ("Dit geldt alleen voor: ..."), so a
 * right that comes from one minor purpose never reads as if it held for
 * the whole activity. */
static int row_rights(const ctx *c, const pv_activity *a, pv_notice_row *row)
{
	pv_rights set;
	int rc = pv_rights_for_activity(&set, a);
	if (rc != 0)
		return rc == PRIVICON_ENOMEM ? rc : PRIVICON_EINVAL;
	pv_rights *per = a->n_purposes ? calloc(a->n_purposes, sizeof(*per)) : NULL;
	if (a->n_purposes && !per)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < a->n_purposes; i++)
		if (pv_rights_for_basis(&per[i], a->purposes[i].basis) != 0) {
			free(per);
			return PRIVICON_EINVAL;
		}
	const char *names[64];
	size_t n_names = names_of(c, a, names, sizeof(names) / sizeof(names[0]));
	for (int r = 0; rc == 0 && r < PV_RIGHT_COUNT; r++) {
		if (!(set & (1u << r)))
			continue;
		const pv_icon *icon;
		params p = {0};
		if ((rc = need(&icon, c, "rights", pv_right_term((pv_right)r))) == 0)
			rc = add_item(c, row, icon, &p, PV_TONE_NEUTRAL, NULL, NULL);
		size_t holds = 0;
		for (size_t i = 0; i < a->n_purposes; i++)
			holds += !!(per[i] & (1u << r));
		if (rc != 0 || holds == 0 || holds == a->n_purposes)
			continue;
		pv_strbuf b = {0};
		pv_strbuf_add(&b, row->items[row->n_items - 1].caption);
		sb_end_sentence(&b);
		pv_strbuf_add(&b, word(c->lang, " Dit geldt alleen voor: ", " This applies only to: "));
		size_t said = 0;
		for (size_t i = 0; i < a->n_purposes; i++) {
			const char *d = text_in(&a->purposes[i].description, c->lang);
			if (!(per[i] & (1u << r)) || !d || !*d)
				continue;
			if (said++)
				pv_strbuf_add(&b, "; ");
			/* After the colon and the semicolon the purpose goes on in
			 * lower case ("voor: wij helpen u"), a name keeps its
			 * capital ("voor: Belastingdienst ..."). */
			size_t at = b.len;
			sb_first_sentence(&b, d);
			if (!b.oom && b.len > at)
				pv_text_lower_first(b.s + at, names, n_names);
		}
		sb_end_sentence(&b);
		char *caption = pv_strbuf_take(&b);
		if (!caption) {
			rc = PRIVICON_ENOMEM;
			break;
		}
		free(row->items[row->n_items - 1].caption);
		row->items[row->n_items - 1].caption = caption;
	}
	free(per);
	return rc;
}

/* ---- the controller and the supervisory authority ----------------------- */

/* {controller}: how a sentence names the controller ("Dit is een taak van
 * de GGD"): the register's short name, else the noun of its kind, else (as
 * registers before <controller kind> were all municipalities') "de
 * gemeente". Borrowed from the register or static. */
static const char *controller_phrase(const pv_controller *c, const char *lang)
{
	static const struct {
		const char *key, *nl, *en;
	} nouns[] = {
		{"municipality", "de gemeente", "the municipality"},
		{"joint-arrangement", "de gemeenschappelijke regeling", "the joint arrangement"},
		{"province", "de provincie", "the province"},
		{"water-board", "het waterschap", "the water board"},
		{"other-public-body", "de overheidsorganisatie", "the public body"},
	};
	const char *own = text_in(&c->short_name, lang);
	if (own && *own)
		return own;
	const pv_term *t = pv_vocab_term(PV_VOCAB_CONTROLLER_KIND, c->kind);
	for (size_t i = 0; t && i < sizeof(nouns) / sizeof(nouns[0]); i++)
		if (strcmp(nouns[i].key, t->key) == 0)
			return is_en(lang) ? nouns[i].en : nouns[i].nl;
	return word(lang, "de gemeente", "the municipality");
}

/* {authority}: see notice.h. */
char *pv_authority_phrase(const pv_controller *c, const char *lang)
{
	const char *name = c->authority_name;
	if (is_en(lang) && c->authority_name_en && *c->authority_name_en)
		name = c->authority_name_en;
	if (!name || !*name || strcmp(c->authority_name, "Autoriteit Persoonsgegevens") == 0)
		return strdup(word(lang, "de Autoriteit Persoonsgegevens",
		                   "the Dutch Data Protection Authority"));
	pv_strbuf b = {0};
	pv_strbuf_add(&b, word(lang, "de toezichthouder (", "the supervisory authority ("));
	pv_strbuf_add(&b, name);
	pv_strbuf_add(&b, ")");
	return pv_strbuf_take(&b);
}

/* ---- the notice -------------------------------------------------------- */

typedef int (*row_fn)(const ctx *, const pv_activity *, pv_notice_row *);

static const row_fn row_fns[PV_Q_COUNT] = {
	[PV_Q_DATA] = row_data,
	[PV_Q_WHY] = row_why,
	[PV_Q_SOURCE] = row_source,
	[PV_Q_RECIPIENTS] = row_recipients,
	[PV_Q_RETENTION] = row_retention,
	[PV_Q_DECISION] = row_decision,
	[PV_Q_SECURITY] = row_security,
	[PV_Q_RIGHTS] = row_rights,
};

/* The status line of a planned or ended activity, NULL for an active one
 * (then *rc stays 0) or on ENOMEM (*rc set). */
static char *status_line(const ctx *c, const pv_activity *a, int *rc)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_ACTIVITY_STATUS, a->status);
	int planned = t && strcmp(t->key, "planned") == 0;
	int ended = t && strcmp(t->key, "ended") == 0;
	const char *date = planned ? a->start_date : ended ? a->end_date : NULL;
	char when[64];
	char *s;
	if (!planned && !ended)
		return NULL;
	pv_format_date(when, sizeof(when), date, is_en(c->lang) ? PV_EN : PV_NL);
	if (date && *when)
		s = pv_strdup_printf("%s %s", planned ? word(c->lang, "Gepland vanaf", "Planned from")
		                                      : word(c->lang, "Gestopt op", "Stopped on"),
		                     when);
	else
		s = strdup(planned ? word(c->lang, "Gepland: wij zijn hiermee nog niet begonnen",
		                          "Planned: we have not started this yet")
		                   : word(c->lang, "Gestopt: wij doen dit niet meer",
		                          "Stopped: we no longer do this"));
	if (!s)
		*rc = PRIVICON_ENOMEM;
	return s;
}

static int build_activity(const ctx *c, const pv_activity *a, pv_notice_activity *out)
{
	out->activity = a;
	out->name = text_in(&a->name, c->lang);
	out->summary = text_in(&a->summary, c->lang);
	if (!out->name || !*out->name)
		out->name = a->id;
	if (!out->summary)
		out->summary = "";
	int status_rc = 0;
	out->status = status_line(c, a, &status_rc);
	if (status_rc != 0)
		return status_rc;
	for (int q = 0; q < PV_Q_COUNT; q++) {
		const pv_question_info *info = pv_catalogue_question_at(c->cat, (size_t)q);
		if (!info)
			return PRIVICON_EINVAL;
		pv_notice_row *row = &out->rows[q];
		row->question = (pv_question)q;
		row->title = is_en(c->lang) ? info->en : info->nl;
		row->icon_id = info->icon;
		int rc = row_fns[q](c, a, row);
		if (rc != 0)
			return rc;
	}
	return pv_glance_build(&out->glance, out, c->reg, c->lang, c->authority);
}

/* The notice of activities [from, from + count) of `reg`. */
static int build_range(pv_notice **out, const privicon_register *reg,
                       const pv_catalogue *catalogue, const char *lang, size_t from,
                       size_t count)
{
	if (!out)
		return PRIVICON_EINVAL;
	*out = NULL;
	if (!reg || !catalogue || !lang || !pv_lang_known(lang) ||
	    pv_catalogue_question_count(catalogue) != PV_Q_COUNT)
		return PRIVICON_EINVAL;
	pv_notice *n = calloc(1, sizeof(*n));
	if (!n)
		return PRIVICON_ENOMEM;
	n->reg = reg;
	memcpy(n->lang, lang, 3);
	if (count > 0) {
		n->activities = calloc(count, sizeof(*n->activities));
		if (!n->activities) {
			free(n);
			return PRIVICON_ENOMEM;
		}
		n->n_activities = count;
	}
	char *authority = pv_authority_phrase(&reg->controller, n->lang);
	if (!authority) {
		pv_notice_free(n);
		return PRIVICON_ENOMEM;
	}
	ctx c = {catalogue, n->lang, reg, controller_phrase(&reg->controller, n->lang), authority};
	for (size_t i = 0; i < count; i++) {
		int rc = build_activity(&c, &reg->activities[from + i], &n->activities[i]);
		if (rc != 0) {
			free(authority);
			pv_notice_free(n);
			return rc;
		}
	}
	free(authority);
	*out = n;
	return 0;
}

int pv_notice_build(pv_notice **out, const privicon_register *reg,
                    const pv_catalogue *catalogue, const char *lang)
{
	return build_range(out, reg, catalogue, lang, 0, reg ? reg->n_activities : 0);
}

int pv_notice_build_one(pv_notice **out, const privicon_register *reg,
                        const pv_catalogue *catalogue, const char *lang, size_t i)
{
	if (reg && i >= reg->n_activities) {
		if (out)
			*out = NULL;
		return PRIVICON_EINVAL;
	}
	return build_range(out, reg, catalogue, lang, i, 1);
}

char *pv_notice_left_out(const privicon_register *reg, const char *lang, int *rc)
{
	*rc = 0;
	if (!reg || reg->n_left_out == 0)
		return NULL;
	int en = lang && is_en(lang);
	pv_strbuf b = {0};
	pv_strbuf_add(&b, en ? "Not shown here because the register has errors there: "
	                     : "Niet in dit overzicht, omdat het register daar fouten heeft: ");
	for (size_t i = 0; i < reg->n_left_out; i++) {
		const pv_left_out *l = &reg->left_out[i];
		const char *name = text_in(&l->name, en ? "en" : "nl");
		if (i > 0)
			pv_strbuf_add(&b, i + 1 == reg->n_left_out ? (en ? " and " : " en ") : ", ");
		if (name && *name) {
			pv_strbuf_add(&b, name);
			pv_strbuf_add(&b, " (");
			pv_strbuf_add(&b, l->id ? l->id : "?");
			pv_strbuf_add(&b, ")");
		} else {
			pv_strbuf_add(&b, l->id ? l->id : "?");
		}
	}
	pv_strbuf_add(&b, ".");
	char *s = pv_strbuf_take(&b);
	if (!s)
		*rc = PRIVICON_ENOMEM;
	return s;
}

void pv_notice_free(pv_notice *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->n_activities; i++) {
		for (int q = 0; q < PV_Q_COUNT; q++) {
			pv_notice_row *row = &n->activities[i].rows[q];
			for (size_t k = 0; k < row->n_items; k++) {
				free(row->items[k].caption);
				free(row->items[k].description);
			}
			free(row->items);
		}
		pv_glance_free(&n->activities[i].glance);
		free(n->activities[i].status);
	}
	free(n->activities);
	free(n);
}

int pv_notice_check_language(privicon_diagnostics *diags, const privicon_register *reg,
                             const char *lang)
{
	if (privicon_register_has_language(reg, lang))
		return 0;
	int en = lang && strcmp(lang, "en") == 0;
	const char *nl_msg =
		en ? "Dit register is alleen in het Nederlands (languages=\"nl\"): er is geen Engelse "
		     "tekst voor inwoners. Maak de privacykaarten met --lang nl, of voeg de Engelse "
		     "teksten toe en zet languages=\"nl en\"."
		   : "Dit register is alleen in het Engels (languages=\"en\"): er is geen Nederlandse "
		     "tekst voor inwoners. Maak de privacykaarten met --lang en, of voeg de Nederlandse "
		     "teksten toe en zet languages=\"nl en\".";
	const char *en_msg =
		en ? "This register is in Dutch only (languages=\"nl\"): it has no English text for "
		     "residents. Make the notices with --lang nl, or add the English texts and set "
		     "languages=\"nl en\"."
		   : "This register is in English only (languages=\"en\"): it has no Dutch text for "
		     "residents. Make the notices with --lang en, or add the Dutch texts and set "
		     "languages=\"nl en\".";
	if (diags && privicon_diagnostics_add(diags, reg ? reg->file : NULL, reg ? reg->line : 0, 0,
	                                      PRIVICON_ERROR, "render", NULL, nl_msg, en_msg) != 0)
		return PRIVICON_ENOMEM;
	return PRIVICON_EINVALID;
}
