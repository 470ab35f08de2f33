/*
 * glance.c - the first layer of a notice (see glance.h): built from the
 * rows the notice already holds, so the first layer and the eight
 * questions can never disagree, and nothing reassuring appears that a row
 * does not state.
 */
#include "notice/glance.h"

#include <stdlib.h>
#include <string.h>

#include "privicon.h"
#include "notice/rights.h"
#include "model/vocab.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/lang.h"

static int is_en(const char *lang)
{
	return pv_lang_is_en(lang);
}

static const char *word(const char *lang, const char *nl, const char *en)
{
	return is_en(lang) ? en : nl;
}

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);
	return n >= m && strcmp(s + n - m, tail) == 0;
}

/* Appends `s` with its first letter in lower case unless it starts a name
 * or an acronym ("BSN"): for captions continued after a colon. */
static void add_lowered(pv_strbuf *b, const char *s)
{
	size_t start = b->len;
	pv_strbuf_add(b, s);
	if (!b->oom && b->len > start)
		pv_text_lower_first(b->s + start, NULL, 0);
}

/* Appends `s` as a sentence: a space before it, a full stop after it
 * unless it ends one already. */
static void add_sentence(pv_strbuf *b, const char *s)
{
	size_t n = strlen(s);
	if (n == 0)
		return;
	if (b->len > 0)
		pv_strbuf_add(b, " ");
	pv_strbuf_add(b, s);
	if (!strchr(".!?", s[n - 1]))
		pv_strbuf_add(b, ".");
}

static void end_sentence(pv_strbuf *b)
{
	if (b->len > 0 && !b->oom && !strchr(".!?", b->s[b->len - 1]))
		pv_strbuf_add(b, ".");
}

static const pv_notice_item *find_item(const pv_notice_row *row, const char *icon_id)
{
	for (size_t k = 0; k < row->n_items; k++)
		if (strcmp(row->items[k].icon_id, icon_id) == 0)
			return &row->items[k];
	return NULL;
}

/* Adds an attention item: the icon and tone of `from`, and `caption`
 * (taken over) or else a copy of from's caption; the description is
 * from's. */
static int add_attention(pv_notice_glance *g, const pv_notice_item *from, char *caption)
{
	char *description = strdup(from->description ? from->description : "");
	if (!caption)
		caption = strdup(from->caption ? from->caption : "");
	if (!caption || !description || g->n_attention >= PV_GLANCE_MAX) {
		free(caption);
		free(description);
		return g->n_attention >= PV_GLANCE_MAX ? 0 : PRIVICON_ENOMEM;
	}
	g->attention[g->n_attention++] =
		(pv_notice_item){from->icon_id, caption, description, from->tone};
	return 0;
}

/* 1. Sensitive data: the one data item that says so, or - for several -
 * the first one's icon with all their kinds in one caption. */
static int attention_data(pv_notice_glance *g, const pv_notice_activity *na, const char *lang)
{
	const pv_notice_row *row = &na->rows[PV_Q_DATA];
	const pv_notice_item *first = NULL;
	size_t n = 0;

	for (size_t k = 0; k < row->n_items; k++)
		if (row->items[k].tone == PV_TONE_ATTENTION && n++ == 0)
			first = &row->items[k];
	if (n == 0)
		return 0;
	if (n == 1)
		return add_attention(g, first, NULL);

	const pv_activity *a = na->activity;
	const char *labels[64];
	size_t m = 0;
	for (size_t i = 0; i < a->n_data && m < sizeof(labels) / sizeof(labels[0]); i++) {
		pv_data_class cls = pv_data_class_of(a->data[i].kind);
		const char *label;
		int seen = 0;
		if (cls != PV_DATA_SPECIAL && cls != PV_DATA_CRIMINAL)
			continue;
		label = pv_vocab_label(PV_VOCAB_DATA_CATEGORY, a->data[i].kind, lang);
		if (!label)
			continue;
		for (size_t j = 0; j < m; j++)
			seen |= strcmp(labels[j], label) == 0;
		if (!seen)
			labels[m++] = label;
	}
	pv_strbuf b = PV_STRBUF_INIT;
	pv_strbuf_add(&b, word(lang, "Extra gevoelige gegevens: ", "Extra sensitive data: "));
	for (size_t j = 0; j < m; j++) {
		if (j > 0)
			pv_strbuf_add(&b, j + 1 == m ? word(lang, " en ", " and ") : ", ");
		pv_strbuf_add(&b, labels[j]);
	}
	char *caption = pv_strbuf_take(&b);
	if (!caption)
		return PRIVICON_ENOMEM;
	return add_attention(g, first, caption);
}

/* 3. A computer decides, profiles, or both: one item. */
static int attention_decision(pv_notice_glance *g, const pv_notice_activity *na)
{
	const pv_notice_row *row = &na->rows[PV_Q_DECISION];
	const pv_notice_item *automated = NULL, *profiling = NULL;

	for (size_t k = 0; k < row->n_items; k++) {
		const pv_notice_item *it = &row->items[k];
		if (it->tone != PV_TONE_ATTENTION)
			continue;
		if (!automated)
			automated = it;
		else if (!profiling)
			profiling = it;
	}
	if (!automated)
		return 0;
	if (!profiling)
		return add_attention(g, automated, NULL);
	pv_strbuf b = PV_STRBUF_INIT;
	add_sentence(&b, automated->caption ? automated->caption : "");
	add_sentence(&b, profiling->caption ? profiling->caption : "");
	char *caption = pv_strbuf_take(&b);
	if (!caption)
		return PRIVICON_ENOMEM;
	return add_attention(g, automated, caption);
}

/* What the resident can do, per right, as a short verb phrase. */
static const char *const right_phrases[PV_RIGHT_COUNT][2] = {
	[PV_RIGHT_ACCESS] = {"uw gegevens inzien", "see your data"},
	[PV_RIGHT_RECTIFICATION] = {"fouten laten verbeteren", "have mistakes corrected"},
	[PV_RIGHT_ERASURE] = {"uw gegevens laten wissen", "have your data erased"},
	[PV_RIGHT_RESTRICTION] = {"het gebruik tijdelijk laten stoppen",
	                          "have the use stopped for a while"},
	[PV_RIGHT_OBJECTION] = {"bezwaar maken tegen het gebruik van uw gegevens",
	                         "object to the use of your data"},
	[PV_RIGHT_PORTABILITY] = {"uw gegevens meenemen", "take your data with you"},
	[PV_RIGHT_WITHDRAW_CONSENT] = {"uw toestemming intrekken", "withdraw your consent"},
	[PV_RIGHT_HUMAN_REVIEW] = {"een mens het besluit laten bekijken",
	                           "have a person review the decision"},
	[PV_RIGHT_COMPLAINT] = {"klagen bij ", "complain to "}, /* + the authority */
};

static int build_actions(pv_notice_glance *g, const pv_notice_activity *na,
                         const privicon_register *reg, const char *lang, const char *authority)
{
	pv_rights set = 0;
	int rc = pv_rights_for_activity(&set, na->activity);
	const char *phrases[PV_RIGHT_COUNT];
	size_t n = 0;
	pv_strbuf b = PV_STRBUF_INIT;

	if (rc == PRIVICON_ENOMEM)
		return rc;
	if (rc != 0)
		set = 0; /* the rights row reported it; say no more than it */
	for (int r = 0; r < PV_RIGHT_COUNT; r++)
		if (set & (1u << r))
			phrases[n++] = right_phrases[r][is_en(lang)];
	if (n > 0) {
		pv_strbuf_add(&b, word(lang, "Wat u kunt doen: ", "What you can do: "));
		for (size_t i = 0; i < n; i++) {
			if (i > 0)
				pv_strbuf_add(&b, i + 1 == n ? word(lang, " of ", " or ") : ", ");
			pv_strbuf_add(&b, phrases[i]);
			if (phrases[i] == right_phrases[PV_RIGHT_COMPLAINT][is_en(lang)])
				pv_strbuf_add(&b, authority);
		}
		pv_strbuf_add(&b, ".");
	}
	const pv_controller *c = &reg->controller;
	const char *where = c->email && *c->email ? c->email : c->web && *c->web ? c->web : NULL;
	if (where) {
		if (b.len > 0)
			pv_strbuf_add(&b, " ");
		pv_strbuf_add(&b, word(lang, "Vraag het via ", "Ask at "));
		pv_strbuf_add(&b, where);
		pv_strbuf_add(&b, ".");
	}
	g->actions = pv_strbuf_take(&b);
	return g->actions ? 0 : PRIVICON_ENOMEM;
}

/* The captions of the rows' items that pass `keep`, after `lead`, as one
 * sentence ("lead a; b; c."), or NULL when none passes. */
typedef int (*item_filter)(const pv_notice_item *item, int question);

static int is_reassuring(const pv_notice_item *item, int question)
{
	(void)question;
	return item->tone == PV_TONE_REASSURING;
}

static int is_not_stated(const pv_notice_item *item, int question)
{
	return question != PV_Q_RETENTION && ends_with(item->icon_id, "-not-stated");
}

static int collect(char **out, const pv_notice_activity *na, item_filter keep, const char *lead)
{
	pv_strbuf b = PV_STRBUF_INIT;
	size_t n = 0;

	*out = NULL;
	for (int q = 0; q < PV_Q_COUNT; q++) {
		const pv_notice_row *row = &na->rows[q];
		for (size_t k = 0; k < row->n_items; k++) {
			const char *caption = row->items[k].caption;
			if (!keep(&row->items[k], q) || !caption || !*caption)
				continue;
			pv_strbuf_add(&b, n++ == 0 ? lead : "; ");
			size_t len = strlen(caption);
			/* No full stop inside the list. */
			char *copy = strndup(caption, caption[len - 1] == '.' ? len - 1 : len);
			if (!copy) {
				free(pv_strbuf_take(&b));
				return PRIVICON_ENOMEM;
			}
			/* "Of anderen uw gegevens krijgen: niet vermeld in het
			 * register" after the lead "Niet vermeld in het register: "
			 * needs only its question. */
			char *colon = strrchr(copy, ':');
			if (keep == is_not_stated && colon &&
			    (strcmp(colon, ": niet vermeld in het register") == 0 ||
			     strcmp(colon, ": not stated in the register") == 0))
				*colon = '\0';
			add_lowered(&b, copy);
			free(copy);
		}
	}
	if (n == 0)
		return 0;
	end_sentence(&b);
	*out = pv_strbuf_take(&b);
	return *out ? 0 : PRIVICON_ENOMEM;
}

int pv_glance_build(pv_notice_glance *g, const pv_notice_activity *na,
                    const privicon_register *reg, const char *lang, const char *authority)
{
	const pv_notice_item *it;
	pv_strbuf b = PV_STRBUF_INIT;
	int rc;

	memset(g, 0, sizeof(*g));
	g->title = word(lang, "In het kort", "At a glance");
	g->details_title = word(lang, "Alles over deze verwerking", "Everything about this activity");
	rc = attention_data(g, na, lang);
	if (rc == 0 && (it = find_item(&na->rows[PV_Q_RECIPIENTS], "recipient-leaves-eu")))
		rc = add_attention(g, it, NULL);
	if (rc == 0)
		rc = attention_decision(g, na);
	if (rc == 0 && (it = find_item(&na->rows[PV_Q_RECIPIENTS], "recipient-public")))
		rc = add_attention(g, it, NULL);

	const pv_notice_row *ret = &na->rows[PV_Q_RETENTION];
	/* Several periods: each caption names what it holds for
	 * ("Sollicitanten ...: 4 weken na het besluit"); say first why. */
	if (na->activity && na->activity->n_retentions > 1)
		add_sentence(&b, word(lang, "Wij bewaren niet alle gegevens even lang",
		                      "We do not keep all data for the same length of time"));
	for (size_t k = 0; k < ret->n_items; k++)
		add_sentence(&b, ret->items[k].caption ? ret->items[k].caption : "");
	g->retention = pv_strbuf_take(&b);
	if (rc == 0 && !g->retention)
		rc = PRIVICON_ENOMEM;
	if (rc == 0)
		rc = build_actions(g, na, reg, lang, authority);
	if (rc == 0)
		rc = collect(&g->reassuring, na, is_reassuring,
		             word(lang, "Het register vermeldt ook: ", "The register also states: "));
	if (rc == 0)
		rc = collect(&g->not_stated, na, is_not_stated,
		             word(lang, "Niet vermeld in het register: ", "Not stated in the register: "));
	if (rc != 0)
		pv_glance_free(g);
	return rc;
}

void pv_glance_free(pv_notice_glance *g)
{
	for (size_t i = 0; i < g->n_attention; i++) {
		free(g->attention[i].caption);
		free(g->attention[i].description);
	}
	free(g->retention);
	free(g->actions);
	free(g->reassuring);
	free(g->not_stated);
	memset(g, 0, sizeof(*g));
}
