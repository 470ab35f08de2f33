/*
 * diff.c - what changed between two versions of a register:
 * privicon_diff_new() and its accessors.
 *
 * The two models are compared fact by fact, per activity (matched by id),
 * in the order a resident reads the notice. Lists are matched by what
 * identifies an item: purposes by id, data categories by kind, recipients
 * by name, transfers by country and recipient, laws by all their
 * attributes; equal items that occur twice are paired in order. Every
 * difference becomes one change with a kind from the table below, which
 * says whether it is material or editorial.
 *
 * Material: the processing itself changes in a way a resident or the
 * privacy officer must know and sign off: more or less or other data,
 * people, purposes, legal grounds, recipients, transfers, a longer or
 * shorter retention, a computer deciding, fewer safeguards. The activity's
 * version must then rise. Editorial: the words, references and
 * administration change, or a safeguard is added; the processing does not.
 * Reductions (data removed, shorter retention) are material too: the
 * record of processing and the notice residents read change, and the
 * officer signs off on what the register now says.
 */
#include "diff/diff.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notice/notice.h"
#include "privicon.h"
#include "model/vocab.h"
#include "util/text.h"
#include "util/lang.h"

/* ---- the table ----------------------------------------------------------
 * Keep man/privicon.1 (DIFF) and the README in step with this table;
 * tests/unit/test_diff.c checks that every change the code makes has a
 * row here. */
static const pv_change_rule change_rules[] = {
	{"activity-added", 1, "a new activity"},
	{"activity-removed", 1, "an activity is no longer in the register"},
	{"status-changed", 1, "the activity's status (planned, active, ended) changed"},
	{"version-changed", 0, "the activity's version number changed"},
	{"name-changed", 0, "the activity's name changed"},
	{"summary-changed", 0, "the activity's summary was edited"},
	{"department-changed", 0, "the department that owns the activity changed"},
	{"legal-text-changed", 0, "the link to the legal text changed"},
	{"purpose-added", 1, "a new purpose"},
	{"purpose-removed", 1, "a purpose was dropped"},
	{"legal-basis-changed", 1, "a purpose rests on another legal basis"},
	{"purpose-category-changed", 1, "a purpose is of another kind"},
	{"purpose-description-changed", 0, "a purpose's description was edited"},
	{"law-added", 0, "a law reference was added"},
	{"law-removed", 0, "a law reference was removed"},
	{"data-subject-added", 1, "data of a new group of people"},
	{"data-subject-removed", 1, "data of a group of people no longer processed"},
	{"data-added", 1, "a new data category (Art. 9 and Art. 10 data marked sensitive)"},
	{"data-removed", 1, "a data category is no longer processed"},
	{"data-source-changed", 1, "a data category comes from another source or base registry"},
	{"data-purposes-changed", 1, "a data category serves other purposes"},
	{"data-label-changed", 0, "the translation of a data category's own label was edited"},
	{"art9-condition-changed", 1, "the Art. 9(2) condition for special data changed"},
	{"recipient-added", 1, "a new recipient"},
	{"recipient-removed", 1, "a recipient no longer receives data"},
	{"recipient-kind-changed", 1, "a recipient is of another kind"},
	{"recipient-agreement-changed", 0, "the processor agreement reference changed"},
	{"recipient-wording-changed", 0, "a recipient's English name or role text was edited"},
	{"sharing-changed", 1, "data now do, or no longer do, go outside the organisation"},
	{"never-sold-added", 0, "the register now states that data are never sold"},
	{"never-sold-removed", 1, "the register no longer states that data are never sold"},
	{"transfer-added", 1, "a new transfer outside the EEA"},
	{"transfer-removed", 1, "a transfer outside the EEA was dropped"},
	{"transfer-mechanism-changed", 1, "a transfer rests on another safeguard"},
	{"outside-eea-changed", 1, "data now do, or no longer do, leave the EEA"},
	{"retention-longer", 1, "data are kept longer (permanent is longest)"},
	{"retention-shorter", 1, "data are kept shorter"},
	{"retention-added", 1, "a retention period is now stated"},
	{"retention-removed", 1, "the retention period is no longer stated"},
	{"retention-start-changed", 1, "the retention counts from another moment"},
	{"retention-rewritten", 0, "the same retention written differently (P12M to P1Y)"},
	{"retention-period-added", 1, "another retention period, for some people, cases or data"},
	{"retention-period-removed", 1, "one of several retention periods was dropped"},
	{"retention-scope-changed", 1, "a retention period holds for other people, cases or data"},
	{"retention-applies-to-reworded", 0, "whom a retention period holds for, reworded in one language"},
	{"selectielijst-changed", 0, "the Selectielijst result number changed"},
	{"not-stated-changed", 1, "a yes/no fact is now, or no longer, stated as not-stated"},
	{"decisions-changed", 1, "whether the activity takes decisions about people changed"},
	{"activity-dates-changed", 0, "the activity's start or end date changed"},
	{"automated-decision-on", 1, "a computer now decides (automated decision)"},
	{"automated-decision-off", 1, "a person decides again"},
	{"automated-decision-text-changed", 0, "the explanation of the automated decision was edited"},
	{"profiling-on", 1, "profiling is now used"},
	{"profiling-off", 1, "profiling is no longer used"},
	{"profiling-text-changed", 0, "the explanation of the profiling was edited"},
	{"measure-added", 0, "a new security measure"},
	{"measure-removed", 1, "a security measure was dropped"},
	{"dpia-required-changed", 1, "a DPIA is now, or no longer, required"},
	{"dpia-changed", 0, "the DPIA's status, date or reference changed"},
	{"acknowledgement-added", 0, "a rule finding is now acknowledged"},
	{"acknowledgement-removed", 0, "an acknowledgement was removed"},
	{"acknowledgement-changed", 0, "the reason of an acknowledgement was edited"},
	{"controller-changed", 0, "the controller's name, identifier, contact or DPO changed"},
	{"register-version-changed", 0, "the register's version changed"},
	{"register-date-changed", 0, "the register's date changed"},
	{"languages-changed", 0, "the languages the register publishes in changed"},
	{"internal-note-changed", 0, "the internal note (never shown to residents) was added, edited or removed"},
	{"controller-kind-changed", 0, "the controller's kind or short name changed (how sheets name it)"},
	{"supervisory-authority-changed", 0, "the supervisory authority residents can complain to changed"},
	{"one-language-edited", 0, "a text was edited in one language only (Dutch or English): does the other still say the same?"},
};

#define N_RULES (sizeof(change_rules) / sizeof(change_rules[0]))

size_t pv_change_rule_count(void)
{
	return N_RULES;
}

const pv_change_rule *pv_change_rule_at(size_t i)
{
	return i < N_RULES ? &change_rules[i] : NULL;
}

const pv_change_rule *pv_change_rule_find(const char *kind)
{
	for (size_t i = 0; kind && i < N_RULES; i++)
		if (strcmp(change_rules[i].kind, kind) == 0)
			return &change_rules[i];
	return NULL;
}

/* ---- the result ---------------------------------------------------------- */

typedef struct {
	const char *kind;      /* from the table */
	int material;
	const char *sensitive; /* "special", "criminal", or NULL */
	char *nl, *en;
	char *old_value, *new_value;
} change;

typedef struct {
	char *activity; /* NULL: the register itself */
	char *name_nl, *name_en;
	long old_version, new_version;
	int line;
	long version_needed;
	char *version_nl, *version_en;
	change *changes;
	size_t n_changes, cap;
} group;

struct privicon_diff {
	group *groups;
	size_t n_groups, cap;
	size_t material, editorial, version_errors;
};

static void group_free(group *g)
{
	for (size_t i = 0; i < g->n_changes; i++) {
		free(g->changes[i].nl);
		free(g->changes[i].en);
		free(g->changes[i].old_value);
		free(g->changes[i].new_value);
	}
	free(g->changes);
	free(g->activity);
	free(g->name_nl);
	free(g->name_en);
	free(g->version_nl);
	free(g->version_en);
}

void privicon_diff_free(privicon_diff *diff)
{
	if (!diff)
		return;
	for (size_t i = 0; i < diff->n_groups; i++)
		group_free(&diff->groups[i]);
	free(diff->groups);
	free(diff);
}

/* ---- building: one out-of-memory flag ------------------------------------ */

typedef struct {
	privicon_diff *d;
	group *g; /* the group changes go to */
	int oom;
} ctx;

static char *dup(ctx *c, const char *s)
{
	char *p;
	if (!s)
		return NULL;
	p = strdup(s);
	if (!p)
		c->oom = 1;
	return p;
}

/* A new string from a format, or NULL (and the flag) on out of memory. */
static char *fmt(ctx *c, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	char *s = pv_strdup_vprintf(format, ap);
	va_end(ap);
	if (!s)
		c->oom = 1;
	return s;
}

/* Records a change of `kind` in the current group. Takes `nl` and `en`;
 * copies the values. */
static void add(ctx *c, const char *kind, const char *sensitive, const char *old_value,
                const char *new_value, char *nl, char *en)
{
	const pv_change_rule *rule = pv_change_rule_find(kind);
	group *g = c->g;
	change *ch;

	if (c->oom || !nl || !en) {
		free(nl);
		free(en);
		c->oom = 1;
		return;
	}
	if (g->n_changes == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 8;
		change *bigger = realloc(g->changes, cap * sizeof(*bigger));
		if (!bigger) {
			free(nl);
			free(en);
			c->oom = 1;
			return;
		}
		g->changes = bigger;
		g->cap = cap;
	}
	ch = &g->changes[g->n_changes++];
	memset(ch, 0, sizeof(*ch));
	/* A kind the table lacks would be a bug (the unit test looks for
	 * one); count it as material, the safe side. */
	ch->kind = rule ? rule->kind : kind;
	ch->material = rule ? rule->material : 1;
	ch->sensitive = sensitive;
	ch->nl = nl;
	ch->en = en;
	ch->old_value = dup(c, old_value);
	ch->new_value = dup(c, new_value);
}

static int same_str(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

static const char *key_of(pv_vocab_id id, pv_vocab_key k)
{
	const pv_term *t = pv_vocab_term(id, k);
	return t ? t->key : NULL;
}

static const char *label(pv_vocab_id id, pv_vocab_key k, const char *lang)
{
	const pv_term *t = pv_vocab_term(id, k);
	if (!t)
		return pv_lang_is_en(lang) ? "(none)" : "(geen)";
	return pv_lang_is_en(lang) ? t->en : t->nl;
}

static const char *or_none(const char *s, const char *lang)
{
	return s ? s : pv_lang_is_en(lang) ? "(none)" : "(geen)";
}

/* A change from one vocabulary value to another: "WHAT: van 'a' naar 'b'". */
static void add_vocab_change(ctx *c, const char *kind, const char *what_nl, const char *what_en,
                             pv_vocab_id id, pv_vocab_key before, pv_vocab_key after)
{
	add(c, kind, NULL, key_of(id, before), key_of(id, after),
	    fmt(c, "%s: van '%s' naar '%s'", what_nl, label(id, before, "nl"),
	        label(id, after, "nl")),
	    fmt(c, "%s: from '%s' to '%s'", what_en, label(id, before, "en"),
	        label(id, after, "en")));
}

/* A change of a plain value (a name, a reference). */
static void add_value_change(ctx *c, const char *kind, const char *what_nl,
                             const char *what_en, const char *before, const char *after)
{
	add(c, kind, NULL, before, after,
	    fmt(c, "%s: van '%s' naar '%s'", what_nl, or_none(before, "nl"), or_none(after, "nl")),
	    fmt(c, "%s: from '%s' to '%s'", what_en, or_none(before, "en"), or_none(after, "en")));
}

/* The register's word for a yes/no fact. */
static const char *yes_no_word(pv_yesno v)
{
	return v == PV_YES ? "yes" : v == PV_NO ? "no" : "not-stated";
}

/* The register's word for <automated-decision decisions>, NULL when absent. */
static const char *decisions_word(pv_decisions d)
{
	return d == PV_DECISIONS_YES ? "yes" : d == PV_DECISIONS_NO ? "no" : NULL;
}

/* A yes/no fact that changed from or to not-stated: reported as such, so
 * "not-stated" is never read as "no" (returns 1), or 0 when neither side is
 * not-stated (the caller reports a yes/no change its own way). */
static int not_stated_change(ctx *c, pv_yesno before, pv_yesno after, const char *what_nl,
                             const char *what_en)
{
	if (before != PV_NOT_STATED && after != PV_NOT_STATED)
		return 0;
	add_value_change(c, "not-stated-changed", what_nl, what_en, yes_no_word(before),
	                 yes_no_word(after));
	return 1;
}

/* ---- matching lists -------------------------------------------------------- */

typedef int (*same_fn)(const void *a, const void *b);

/*
 * Pairs the items of two arrays: pair[i] is the index of the old item that
 * new item i is matched with, or SIZE_MAX for an added one; used[j] tells
 * whether old item j was matched (else it was removed). Equal items that
 * occur more than once are paired in order. The caller frees both.
 */
static int match(ctx *c, size_t **pair, unsigned char **used, const void *olds, size_t n_old,
                 const void *news, size_t n_new, size_t size, same_fn same)
{
	*pair = calloc(n_new ? n_new : 1, sizeof(**pair));
	*used = calloc(n_old ? n_old : 1, 1);
	if (!*pair || !*used) {
		free(*pair);
		free(*used);
		*pair = NULL;
		*used = NULL;
		c->oom = 1;
		return -1;
	}
	for (size_t i = 0; i < n_new; i++) {
		const void *n = (const char *)news + i * size;
		(*pair)[i] = SIZE_MAX;
		for (size_t j = 0; j < n_old; j++) {
			if (!(*used)[j] && same((const char *)olds + j * size, n)) {
				(*pair)[i] = j;
				(*used)[j] = 1;
				break;
			}
		}
	}
	return 0;
}

static int same_key(const void *a, const void *b)
{
	return *(const pv_vocab_key *)a == *(const pv_vocab_key *)b;
}

static int same_purpose(const void *a, const void *b)
{
	return same_str(((const pv_purpose *)a)->id, ((const pv_purpose *)b)->id);
}

/* A data category's own label as it identifies the category: the Dutch
 * one, else the English one, else NULL (a vocabulary kind). */
static const char *label_key(const pv_data_use *d)
{
	return d->label.nl ? d->label.nl : d->label.en;
}

static int same_data(const void *a, const void *b)
{
	const pv_data_use *x = a, *y = b;
	return x->kind == y->kind && same_str(label_key(x), label_key(y));
}

/* How a message names a data category: its own label, else its kind. */
static const char *data_words(const pv_data_use *d, const char *lang)
{
	const char *own = pv_text_in(&d->label, lang);
	return own ? own : label(PV_VOCAB_DATA_CATEGORY, d->kind, lang);
}

static int same_recipient(const void *a, const void *b)
{
	return same_str(((const pv_recipient *)a)->name, ((const pv_recipient *)b)->name);
}

static int same_transfer(const void *a, const void *b)
{
	const pv_transfer *x = a, *y = b;
	return strcmp(x->country, y->country) == 0 && same_str(x->recipient, y->recipient);
}

static int same_law(const void *a, const void *b)
{
	const pv_law *x = a, *y = b;
	return same_str(x->title, y->title) && same_str(x->bwb, y->bwb) &&
	       same_str(x->article, y->article) && same_str(x->url, y->url);
}

static int same_ack(const void *a, const void *b)
{
	return same_str(((const pv_acknowledgement *)a)->rule,
	                ((const pv_acknowledgement *)b)->rule);
}

static int same_activity(const void *a, const void *b)
{
	return same_str(((const pv_activity *)a)->id, ((const pv_activity *)b)->id);
}

/* ---- comparing facts ------------------------------------------------------- */

/* "Gemeentewet, art. 160" / "Gemeentewet, Art. 160", as the notice
 * writes a law. */
static char *law_words(ctx *c, const pv_law *l, const char *lang)
{
	const char *title = or_none(l->title, lang);
	if (!l->article || !*l->article)
		return dup(c, title);
	if (strncmp(l->article, "art", 3) == 0 || strncmp(l->article, "Art", 3) == 0)
		return fmt(c, "%s, %s", title, l->article);
	return fmt(c, "%s, %s %s", title, pv_lang_is_en(lang) ? "Art." : "art.", l->article);
}

/* Laws of a purpose or a data category, by their attributes. */
static void compare_laws(ctx *c, const pv_law *olds, size_t n_old, const pv_law *news,
                         size_t n_new, const char *where_nl, const char *where_en)
{
	size_t *pair;
	unsigned char *used;
	if (match(c, &pair, &used, olds, n_old, news, n_new, sizeof(*news), same_law) != 0)
		return;
	for (size_t i = 0; i < n_new; i++) {
		char *w_nl, *w_en;
		if (pair[i] != SIZE_MAX)
			continue;
		w_nl = law_words(c, &news[i], "nl");
		w_en = law_words(c, &news[i], "en");
		if (w_nl && w_en)
			add(c, "law-added", NULL, NULL, news[i].title,
			    fmt(c, "nieuwe wet bij %s: %s", where_nl, w_nl),
			    fmt(c, "new law for %s: %s", where_en, w_en));
		free(w_nl);
		free(w_en);
	}
	for (size_t j = 0; j < n_old; j++) {
		char *w_nl, *w_en;
		if (used[j])
			continue;
		w_nl = law_words(c, &olds[j], "nl");
		w_en = law_words(c, &olds[j], "en");
		if (w_nl && w_en)
			add(c, "law-removed", NULL, olds[j].title, NULL,
			    fmt(c, "wet vervallen bij %s: %s", where_nl, w_nl),
			    fmt(c, "law removed for %s: %s", where_en, w_en));
		free(w_nl);
		free(w_en);
	}
	free(pair);
	free(used);
}

/* A text in both languages: one change per language that differs. */
static void compare_text(ctx *c, const char *kind, const pv_text *a, const pv_text *b,
                         const char *what_nl, const char *what_en, int show_values)
{
	static const char *const langs[] = {"nl", "en"};
	for (int i = 0; i < 2; i++) {
		const char *x = i ? a->en : a->nl, *y = i ? b->en : b->nl;
		if (same_str(x, y))
			continue;
		if (show_values)
			add(c, kind, NULL, x, y,
			    fmt(c, "%s (%s): van '%s' naar '%s'", what_nl, langs[i], or_none(x, "nl"),
			        or_none(y, "nl")),
			    fmt(c, "%s (%s): from '%s' to '%s'", what_en, langs[i], or_none(x, "en"),
			        or_none(y, "en")));
		else
			add(c, kind, NULL, x, y, fmt(c, "%s (%s) aangepast", what_nl, langs[i]),
			    fmt(c, "%s (%s) edited", what_en, langs[i]));
	}
	/* One language edited while the other, present before and after,
	 * stayed the same: the translation may no longer say the same. */
	int nl_edited = !same_str(a->nl, b->nl), en_edited = !same_str(a->en, b->en);
	/* Not for a data category's own label: its Dutch text names the
	 * category (another one is another category), so what changes there
	 * is only ever the translation. */
	if (strcmp(kind, "data-label-changed") != 0 && nl_edited != en_edited && a->nl && a->en &&
	    b->nl && b->en) {
		if (nl_edited)
			add(c, "one-language-edited", NULL, NULL, NULL,
			    fmt(c, "%s: alleen de Nederlandse tekst is gewijzigd, de Engelse niet. Zegt "
			        "de Engelse tekst nog hetzelfde?", what_nl),
			    fmt(c, "%s: only the Dutch text was edited, not the English one. Does the "
			        "English text still say the same?", what_en));
		else
			add(c, "one-language-edited", NULL, NULL, NULL,
			    fmt(c, "%s: alleen de Engelse tekst is gewijzigd, de Nederlandse niet. Zegt "
			        "de Nederlandse tekst nog hetzelfde?", what_nl),
			    fmt(c, "%s: only the English text was edited, not the Dutch one. Does the "
			        "Dutch text still say the same?", what_en));
	}
}

/* How a purpose is named in a message: its description, else its id. */
static const char *purpose_words(const pv_purpose *p, const char *lang)
{
	const char *d = pv_text_in(&p->description, lang);
	return d ? d : or_none(p->id, lang);
}

static void compare_purposes(ctx *c, const pv_activity *a, const pv_activity *b)
{
	size_t *pair;
	unsigned char *used;
	if (match(c, &pair, &used, a->purposes, a->n_purposes, b->purposes, b->n_purposes,
	          sizeof(pv_purpose), same_purpose) != 0)
		return;
	for (size_t i = 0; i < b->n_purposes; i++) {
		const pv_purpose *n = &b->purposes[i], *o;
		char where_nl[160], where_en[160], what_nl[200], what_en[200];
		if (pair[i] == SIZE_MAX) {
			add(c, "purpose-added", NULL, NULL, n->id,
			    fmt(c, "nieuw doel: %s (grondslag: %s)", purpose_words(n, "nl"),
			        label(PV_VOCAB_LEGAL_BASIS, n->basis, "nl")),
			    fmt(c, "new purpose: %s (legal basis: %s)", purpose_words(n, "en"),
			        label(PV_VOCAB_LEGAL_BASIS, n->basis, "en")));
			continue;
		}
		o = &a->purposes[pair[i]];
		snprintf(what_nl, sizeof(what_nl), "grondslag van doel '%.100s'", n->id);
		snprintf(what_en, sizeof(what_en), "legal basis of purpose '%.100s'", n->id);
		if (o->basis != n->basis)
			add_vocab_change(c, "legal-basis-changed", what_nl, what_en, PV_VOCAB_LEGAL_BASIS,
			                 o->basis, n->basis);
		snprintf(what_nl, sizeof(what_nl), "soort doel '%.100s'", n->id);
		snprintf(what_en, sizeof(what_en), "kind of purpose '%.100s'", n->id);
		if (o->category != n->category)
			add_vocab_change(c, "purpose-category-changed", what_nl, what_en,
			                 PV_VOCAB_PURPOSE_CATEGORY, o->category, n->category);
		snprintf(what_nl, sizeof(what_nl), "omschrijving van doel '%.100s'", n->id);
		snprintf(what_en, sizeof(what_en), "description of purpose '%.100s'", n->id);
		compare_text(c, "purpose-description-changed", &o->description, &n->description,
		             what_nl, what_en, 0);
		snprintf(where_nl, sizeof(where_nl), "doel '%.100s'", n->id);
		snprintf(where_en, sizeof(where_en), "purpose '%.100s'", n->id);
		compare_laws(c, o->laws, o->n_laws, n->laws, n->n_laws, where_nl, where_en);
	}
	for (size_t j = 0; j < a->n_purposes; j++) {
		const pv_purpose *o = &a->purposes[j];
		if (used[j])
			continue;
		add(c, "purpose-removed", NULL, o->id, NULL,
		    fmt(c, "doel vervallen: %s", purpose_words(o, "nl")),
		    fmt(c, "purpose removed: %s", purpose_words(o, "en")));
	}
	free(pair);
	free(used);
}

static void compare_subjects(ctx *c, const pv_activity *a, const pv_activity *b)
{
	size_t *pair;
	unsigned char *used;
	if (match(c, &pair, &used, a->subjects, a->n_subjects, b->subjects, b->n_subjects,
	          sizeof(pv_vocab_key), same_key) != 0)
		return;
	for (size_t i = 0; i < b->n_subjects; i++) {
		pv_vocab_key k = b->subjects[i];
		if (pair[i] == SIZE_MAX)
			add(c, "data-subject-added", NULL, NULL, key_of(PV_VOCAB_DATA_SUBJECT, k),
			    fmt(c, "nieuwe groep mensen: %s", label(PV_VOCAB_DATA_SUBJECT, k, "nl")),
			    fmt(c, "new group of people: %s", label(PV_VOCAB_DATA_SUBJECT, k, "en")));
	}
	for (size_t j = 0; j < a->n_subjects; j++) {
		pv_vocab_key k = a->subjects[j];
		if (!used[j])
			add(c, "data-subject-removed", NULL, key_of(PV_VOCAB_DATA_SUBJECT, k), NULL,
			    fmt(c, "groep mensen vervallen: %s", label(PV_VOCAB_DATA_SUBJECT, k, "nl")),
			    fmt(c, "group of people removed: %s", label(PV_VOCAB_DATA_SUBJECT, k, "en")));
	}
	free(pair);
	free(used);
}

/* Special categories and criminal data are named as such. */
static const char *sensitivity(pv_vocab_key kind)
{
	switch (pv_data_class_of(kind)) {
	case PV_DATA_SPECIAL: return "special";
	case PV_DATA_CRIMINAL: return "criminal";
	default: return NULL;
	}
}

static const char *sensitive_note(const char *s, const char *lang)
{
	int en = pv_lang_is_en(lang);
	if (!s)
		return "";
	if (strcmp(s, "special") == 0)
		return en ? " (special category, Art. 9 GDPR)" : " (bijzonder persoonsgegeven, art. 9 AVG)";
	return en ? " (criminal data, Art. 10 GDPR)" : " (strafrechtelijk gegeven, art. 10 AVG)";
}

/* Where data come from, in words: the source and the base registry. */
static char *source_words(ctx *c, const pv_data_use *d, const char *lang)
{
	if (d->registry != PV_VOCAB_NONE)
		return fmt(c, "%s (%s)", label(PV_VOCAB_DATA_SOURCE, d->source, lang),
		           label(PV_VOCAB_BASE_REGISTRY, d->registry, lang));
	return dup(c, label(PV_VOCAB_DATA_SOURCE, d->source, lang));
}

/* The purposes a data category serves, as "a, b" (or "(alle)" / "(all)"
 * when the register names none: then it serves every purpose). */
static char *refs_words(ctx *c, const pv_data_use *d, const char *lang)
{
	size_t len = 1;
	char *s;
	if (!d->n_purpose_refs)
		return dup(c, pv_lang_is_en(lang) ? "(all)" : "(alle)");
	for (size_t i = 0; i < d->n_purpose_refs; i++)
		len += strlen(d->purpose_refs[i]) + 2;
	s = malloc(len);
	if (!s) {
		c->oom = 1;
		return NULL;
	}
	s[0] = '\0';
	for (size_t i = 0; i < d->n_purpose_refs; i++) {
		if (i)
			strcat(s, ", ");
		strcat(s, d->purpose_refs[i]);
	}
	return s;
}

static int same_refs(const pv_data_use *x, const pv_data_use *y)
{
	if (x->n_purpose_refs != y->n_purpose_refs)
		return 0;
	for (size_t i = 0; i < x->n_purpose_refs; i++)
		if (!same_str(x->purpose_refs[i], y->purpose_refs[i]))
			return 0;
	return 1;
}

static void compare_data_use(ctx *c, const pv_data_use *o, const pv_data_use *n)
{
	const char *l_nl = data_words(n, "nl");
	const char *l_en = data_words(n, "en");
	char what_nl[200], what_en[200];

	snprintf(what_nl, sizeof(what_nl), "eigen naam van %.150s", l_nl);
	snprintf(what_en, sizeof(what_en), "own name of %.150s", l_en);
	compare_text(c, "data-label-changed", &o->label, &n->label, what_nl, what_en, 1);

	if (o->source != n->source || o->registry != n->registry) {
		char *b_nl = source_words(c, o, "nl"), *a_nl = source_words(c, n, "nl");
		char *b_en = source_words(c, o, "en"), *a_en = source_words(c, n, "en");
		if (b_nl && a_nl && b_en && a_en)
			add(c, "data-source-changed", sensitivity(n->kind),
			    key_of(PV_VOCAB_DATA_SOURCE, o->source), key_of(PV_VOCAB_DATA_SOURCE, n->source),
			    fmt(c, "herkomst van %s: van '%s' naar '%s'", l_nl, b_nl, a_nl),
			    fmt(c, "source of %s: from '%s' to '%s'", l_en, b_en, a_en));
		free(b_nl);
		free(a_nl);
		free(b_en);
		free(a_en);
	}
	if (!same_refs(o, n)) {
		char *b_nl = refs_words(c, o, "nl"), *a_nl = refs_words(c, n, "nl");
		char *b_en = refs_words(c, o, "en"), *a_en = refs_words(c, n, "en");
		if (b_nl && a_nl && b_en && a_en)
			add(c, "data-purposes-changed", sensitivity(n->kind), b_en, a_en,
			    fmt(c, "doelen van %s: van %s naar %s", l_nl, b_nl, a_nl),
			    fmt(c, "purposes of %s: from %s to %s", l_en, b_en, a_en));
		free(b_nl);
		free(a_nl);
		free(b_en);
		free(a_en);
	}
	snprintf(what_nl, sizeof(what_nl), "uitzondering (art. 9 lid 2 AVG) voor %s", l_nl);
	snprintf(what_en, sizeof(what_en), "condition (Art. 9(2) GDPR) for %s", l_en);
	if (o->art9 != n->art9)
		add_vocab_change(c, "art9-condition-changed", what_nl, what_en,
		                 PV_VOCAB_SPECIAL_CONDITION, o->art9, n->art9);
	snprintf(what_nl, sizeof(what_nl), "%s", l_nl);
	snprintf(what_en, sizeof(what_en), "%s", l_en);
	compare_laws(c, o->laws, o->n_laws, n->laws, n->n_laws, what_nl, what_en);
}

static void compare_data(ctx *c, const pv_activity *a, const pv_activity *b)
{
	size_t *pair;
	unsigned char *used;
	if (match(c, &pair, &used, a->data, a->n_data, b->data, b->n_data, sizeof(pv_data_use),
	          same_data) != 0)
		return;
	for (size_t i = 0; i < b->n_data; i++) {
		const pv_data_use *n = &b->data[i];
		const char *s = sensitivity(n->kind);
		if (pair[i] != SIZE_MAX) {
			compare_data_use(c, &a->data[pair[i]], n);
			continue;
		}
		add(c, "data-added", s, NULL, key_of(PV_VOCAB_DATA_CATEGORY, n->kind),
		    fmt(c, "%s: %s%s", s ? "nieuwe gevoelige gegevens" : "nieuwe gegevens",
		        data_words(n, "nl"), sensitive_note(s, "nl")),
		    fmt(c, "%s: %s%s", s ? "new sensitive data" : "new data", data_words(n, "en"),
		        sensitive_note(s, "en")));
	}
	for (size_t j = 0; j < a->n_data; j++) {
		const pv_data_use *o = &a->data[j];
		const char *s = sensitivity(o->kind);
		if (used[j])
			continue;
		add(c, "data-removed", s, key_of(PV_VOCAB_DATA_CATEGORY, o->kind), NULL,
		    fmt(c, "%s: %s%s", s ? "gevoelige gegevens vervallen" : "gegevens vervallen",
		        data_words(o, "nl"), sensitive_note(s, "nl")),
		    fmt(c, "%s: %s%s", s ? "sensitive data removed" : "data removed",
		        data_words(o, "en"), sensitive_note(s, "en")));
	}
	free(pair);
	free(used);
}

static void compare_recipients(ctx *c, const pv_activity *a, const pv_activity *b)
{
	size_t *pair;
	unsigned char *used;

	if (a->recipients_outside != b->recipients_outside &&
	    !not_stated_change(c, a->recipients_outside, b->recipients_outside,
	                       "gegevens naar anderen buiten de organisatie",
	                       "data to others outside the organisation")) {
		int now = b->recipients_outside == PV_YES;
		add(c, "sharing-changed", NULL, now ? "no" : "yes", now ? "yes" : "no",
		    dup(c, now ? "gegevens gaan nu ook naar anderen buiten de organisatie"
		               : "gegevens gaan niet meer naar anderen buiten de organisatie"),
		    dup(c, now ? "data now also go to others outside the organisation"
		               : "data no longer go to others outside the organisation"));
	}
	if (a->sold_not_stated != b->sold_not_stated)
		add_value_change(c, "not-stated-changed", "verkocht", "sold",
		                 a->sold_not_stated ? "not-stated" : a->never_sold ? "no" : NULL,
		                 b->sold_not_stated ? "not-stated" : b->never_sold ? "no" : NULL);
	else if (a->never_sold != b->never_sold) {
		if (b->never_sold)
			add(c, "never-sold-added", NULL, NULL, "no",
			    dup(c, "nu vermeld: gegevens worden nooit verkocht"),
			    dup(c, "now stated: data are never sold"));
		else
			add(c, "never-sold-removed", NULL, "no", NULL,
			    dup(c, "niet meer vermeld dat gegevens nooit worden verkocht"),
			    dup(c, "no longer stated that data are never sold"));
	}
	if (match(c, &pair, &used, a->recipients, a->n_recipients, b->recipients, b->n_recipients,
	          sizeof(pv_recipient), same_recipient) != 0)
		return;
	for (size_t i = 0; i < b->n_recipients; i++) {
		const pv_recipient *n = &b->recipients[i], *o;
		char what_nl[200], what_en[200];
		if (pair[i] == SIZE_MAX) {
			add(c, "recipient-added", NULL, NULL, n->name,
			    fmt(c, "nieuwe ontvanger: %s (%s)", or_none(n->name, "nl"),
			        label(PV_VOCAB_RECIPIENT_KIND, n->kind, "nl")),
			    fmt(c, "new recipient: %s (%s)", or_none(n->name, "en"),
			        label(PV_VOCAB_RECIPIENT_KIND, n->kind, "en")));
			continue;
		}
		o = &a->recipients[pair[i]];
		snprintf(what_nl, sizeof(what_nl), "soort ontvanger %.120s", or_none(n->name, "nl"));
		snprintf(what_en, sizeof(what_en), "kind of recipient %.120s", or_none(n->name, "en"));
		if (o->kind != n->kind)
			add_vocab_change(c, "recipient-kind-changed", what_nl, what_en,
			                 PV_VOCAB_RECIPIENT_KIND, o->kind, n->kind);
		snprintf(what_nl, sizeof(what_nl), "verwerkersovereenkomst met %.120s",
		         or_none(n->name, "nl"));
		snprintf(what_en, sizeof(what_en), "processor agreement with %.120s",
		         or_none(n->name, "en"));
		if (!same_str(o->agreement, n->agreement))
			add_value_change(c, "recipient-agreement-changed", what_nl, what_en, o->agreement,
			                 n->agreement);
		snprintf(what_nl, sizeof(what_nl), "Engelse naam van %.120s", or_none(n->name, "nl"));
		snprintf(what_en, sizeof(what_en), "English name of %.120s", or_none(n->name, "en"));
		if (!same_str(o->name_en, n->name_en))
			add_value_change(c, "recipient-wording-changed", what_nl, what_en, o->name_en,
			                 n->name_en);
		snprintf(what_nl, sizeof(what_nl), "rol van %.120s", or_none(n->name, "nl"));
		snprintf(what_en, sizeof(what_en), "role of %.120s", or_none(n->name, "en"));
		compare_text(c, "recipient-wording-changed", &o->role, &n->role, what_nl, what_en, 1);
	}
	for (size_t j = 0; j < a->n_recipients; j++) {
		const pv_recipient *o = &a->recipients[j];
		if (used[j])
			continue;
		add(c, "recipient-removed", NULL, o->name, NULL,
		    fmt(c, "ontvanger vervallen: %s (%s)", or_none(o->name, "nl"),
		        label(PV_VOCAB_RECIPIENT_KIND, o->kind, "nl")),
		    fmt(c, "recipient removed: %s (%s)", or_none(o->name, "en"),
		        label(PV_VOCAB_RECIPIENT_KIND, o->kind, "en")));
	}
	free(pair);
	free(used);
}

/* A transfer's country in a message: its code, or words for one not
 * known in advance. */
static const char *country_words(const char *country, const char *lang)
{
	if (strcmp(country, PV_COUNTRY_UNKNOWN) != 0)
		return country;
	return strcmp(lang, "en") == 0 ? "a country not known in advance"
	                               : "een land dat vooraf niet bekend is";
}

static const char *mechanism_words(pv_vocab_key m, const char *lang)
{
	if (m == PV_VOCAB_NONE)
		return pv_lang_is_en(lang) ? "no safeguard stated" : "geen waarborg vermeld";
	return label(PV_VOCAB_TRANSFER_MECHANISM, m, lang);
}

static void compare_transfers(ctx *c, const pv_activity *a, const pv_activity *b)
{
	size_t *pair;
	unsigned char *used;

	if (a->transfers_outside_eea != b->transfers_outside_eea &&
	    !not_stated_change(c, a->transfers_outside_eea, b->transfers_outside_eea,
	                       "gegevens buiten de EER", "data outside the EEA")) {
		int now = b->transfers_outside_eea == PV_YES;
		add(c, "outside-eea-changed", NULL, now ? "no" : "yes", now ? "yes" : "no",
		    dup(c, now ? "gegevens gaan nu naar buiten de Europese Economische Ruimte (EER)"
		               : "gegevens gaan niet meer naar buiten de Europese Economische Ruimte "
		                 "(EER)"),
		    dup(c, now ? "data now leave the European Economic Area (EEA)"
		               : "data no longer leave the European Economic Area (EEA)"));
	}
	if (match(c, &pair, &used, a->transfers, a->n_transfers, b->transfers, b->n_transfers,
	          sizeof(pv_transfer), same_transfer) != 0)
		return;
	for (size_t i = 0; i < b->n_transfers; i++) {
		const pv_transfer *n = &b->transfers[i], *o;
		char what_nl[200], what_en[200];
		if (pair[i] == SIZE_MAX) {
			add(c, "transfer-added", NULL, NULL, n->country,
			    fmt(c, "nieuwe doorgifte buiten de EER: naar %s in %s (%s)",
			        or_none(n->recipient, "nl"), country_words(n->country, "nl"),
			        mechanism_words(n->mechanism, "nl")),
			    fmt(c, "new transfer outside the EEA: to %s in %s (%s)",
			        or_none(n->recipient, "en"), country_words(n->country, "en"),
			        mechanism_words(n->mechanism, "en")));
			continue;
		}
		o = &a->transfers[pair[i]];
		snprintf(what_nl, sizeof(what_nl), "waarborg voor doorgifte naar %.100s in %s",
		         or_none(n->recipient, "nl"), country_words(n->country, "nl"));
		snprintf(what_en, sizeof(what_en), "safeguard for the transfer to %.100s in %s",
		         or_none(n->recipient, "en"), country_words(n->country, "en"));
		if (o->mechanism != n->mechanism)
			add_vocab_change(c, "transfer-mechanism-changed", what_nl, what_en,
			                 PV_VOCAB_TRANSFER_MECHANISM, o->mechanism, n->mechanism);
	}
	for (size_t j = 0; j < a->n_transfers; j++) {
		const pv_transfer *o = &a->transfers[j];
		if (used[j])
			continue;
		add(c, "transfer-removed", NULL, o->country, NULL,
		    fmt(c, "doorgifte buiten de EER vervallen: naar %s in %s",
		        or_none(o->recipient, "nl"), country_words(o->country, "nl")),
		    fmt(c, "transfer outside the EEA removed: to %s in %s",
		        or_none(o->recipient, "en"), country_words(o->country, "en")));
	}
	free(pair);
	free(used);
}

int pv_retention_compare(const pv_retention *a, const pv_retention *b)
{
	int sa = a && a->present, sb = b && b->present;
	if (!sa || !sb)
		return sa - sb;
	return pv_duration_compare(&a->duration, &b->duration);
}

/* A retention in words: "4 weken", "permanent". */
static char *duration(ctx *c, const pv_retention *r, const char *lang)
{
	char *s;
	if (r->duration.permanent)
		return dup(c, "permanent");
	s = pv_duration_words(r, lang);
	if (!s)
		c->oom = 1;
	return s;
}

/* What a period holds for, in `lang`: "" for a period that names neither
 * people nor data; else " voor 'Sollicitanten ...'" / " for '...'" (its
 * applies-to text, else its categories' keys). The caller frees. */
static char *period_for(ctx *c, const pv_retention *r, const char *lang)
{
	int en = pv_lang_is_en(lang);
	const char *text = pv_text_in(&r->applies_to, lang);
	if (text && *text)
		return fmt(c, en ? " for '%s'" : " voor '%s'", text);
	if (r->n_categories == 0)
		return dup(c, "");
	char keys[512] = "";
	for (size_t i = 0; i < r->n_categories; i++) {
		size_t len = strlen(keys);
		snprintf(keys + len, sizeof(keys) - len, "%s%s", i ? ", " : "",
		         label(PV_VOCAB_DATA_CATEGORY, r->categories[i], lang));
	}
	return fmt(c, en ? " for '%s'" : " voor '%s'", keys);
}

/* Whether two periods name the same categories (in any order). */
static int same_categories(const pv_retention *o, const pv_retention *n)
{
	if (o->n_categories != n->n_categories)
		return 0;
	for (size_t i = 0; i < o->n_categories; i++) {
		size_t k = 0;
		while (k < n->n_categories && n->categories[k] != o->categories[i])
			k++;
		if (k == n->n_categories)
			return 0;
	}
	return 1;
}

/* Whether two periods hold for the same people or data: the same
 * categories and the same applies-to in at least one language (or none). */
static int same_scope(const pv_retention *o, const pv_retention *n)
{
	const pv_text *to = &o->applies_to, *tn = &n->applies_to;
	int none_o = !to->nl && !to->en, none_n = !tn->nl && !tn->en;
	if (!same_categories(o, n) || none_o != none_n)
		return 0;
	return none_o || (to->nl && same_str(to->nl, tn->nl)) || (to->en && same_str(to->en, tn->en));
}

/* One period that was added (old lacks it) or removed (new lacks it).
 * `whole`: the activity had, or now has, no retention at all. */
static void period_added_removed(ctx *c, const pv_retention *r, int added, int whole)
{
	char *d_nl = duration(c, r, "nl"), *d_en = duration(c, r, "en");
	char *f_nl = period_for(c, r, "nl"), *f_en = period_for(c, r, "en");
	if (!c->oom && added)
		add(c, whole ? "retention-added" : "retention-period-added", NULL, NULL, r->period,
		    fmt(c, "bewaartermijn%s nu vermeld: %s %s", f_nl, d_nl,
		        label(PV_VOCAB_RETENTION_START, r->from, "nl")),
		    fmt(c, "retention%s now stated: %s %s", f_en, d_en,
		        label(PV_VOCAB_RETENTION_START, r->from, "en")));
	else if (!c->oom)
		add(c, whole ? "retention-removed" : "retention-period-removed", NULL, r->period, NULL,
		    fmt(c, "bewaartermijn%s niet meer vermeld (was %s)", f_nl, d_nl),
		    fmt(c, "retention%s no longer stated (was %s)", f_en, d_en));
	free(d_nl);
	free(d_en);
	free(f_nl);
	free(f_en);
}

/* Two periods paired up: their length, start, Selectielijst result, and
 * for whom they hold. */
static void compare_period(ctx *c, const pv_retention *o, const pv_retention *n)
{
	char *b_nl = duration(c, o, "nl"), *b_en = duration(c, o, "en");
	char *a_nl = duration(c, n, "nl"), *a_en = duration(c, n, "en");
	char *f_nl = period_for(c, n, "nl"), *f_en = period_for(c, n, "en");
	int cmp;
	if (c->oom)
		goto done;
	cmp = pv_retention_compare(o, n);
	if (cmp < 0)
		add(c, "retention-longer", NULL, o->period, n->period,
		    fmt(c, "bewaartermijn%s langer: van %s naar %s", f_nl, b_nl, a_nl),
		    fmt(c, "retention%s longer: from %s to %s", f_en, b_en, a_en));
	else if (cmp > 0)
		add(c, "retention-shorter", NULL, o->period, n->period,
		    fmt(c, "bewaartermijn%s korter: van %s naar %s", f_nl, b_nl, a_nl),
		    fmt(c, "retention%s shorter: from %s to %s", f_en, b_en, a_en));
	else if (!same_str(o->period, n->period))
		add(c, "retention-rewritten", NULL, o->period, n->period,
		    fmt(c, "bewaartermijn%s anders geschreven: van %s naar %s (even lang)", f_nl,
		        o->period, n->period),
		    fmt(c, "retention%s written differently: from %s to %s (same length)", f_en,
		        o->period, n->period));
	if (o->from != n->from)
		add_vocab_change(c, "retention-start-changed", "bewaartermijn telt",
		                 "retention counts", PV_VOCAB_RETENTION_START, o->from, n->from);
	if (!same_str(o->selectielijst, n->selectielijst))
		add_value_change(c, "selectielijst-changed", "resultaat in de Selectielijst",
		                 "Selectielijst result", o->selectielijst, n->selectielijst);
	const pv_text *to = &o->applies_to, *tn = &n->applies_to;
	int nl_same = same_str(to->nl, tn->nl), en_same = same_str(to->en, tn->en);
	if (!same_categories(o, n) || (!nl_same && !en_same)) {
		char *was_nl = period_for(c, o, "nl"), *was_en = period_for(c, o, "en");
		if (!c->oom)
			add(c, "retention-scope-changed", NULL, pv_text_in(to, "nl"), pv_text_in(tn, "nl"),
			    fmt(c, "bewaartermijn van %s geldt nu%s (was%s)", a_nl,
			        *f_nl ? f_nl : " voor alle gegevens", *was_nl ? was_nl : " voor alle gegevens"),
			    fmt(c, "retention of %s now holds%s (was%s)", a_en,
			        *f_en ? f_en : " for all data", *was_en ? was_en : " for all data"));
		free(was_nl);
		free(was_en);
	} else if (!nl_same || !en_same) {
		const char *lang = nl_same ? "en" : "nl";
		const char *before = nl_same ? to->en : to->nl, *after = nl_same ? tn->en : tn->nl;
		add(c, "retention-applies-to-reworded", NULL, before, after,
		    fmt(c, "voor wie de bewaartermijn geldt, anders gezegd (%s): van '%s' naar '%s'",
		        lang, or_none(before, "nl"), or_none(after, "nl")),
		    fmt(c, "whom the retention holds for, reworded (%s): from '%s' to '%s'", lang,
		        or_none(before, "en"), or_none(after, "en")));
	}
done:
	free(b_nl);
	free(b_en);
	free(a_nl);
	free(a_en);
	free(f_nl);
	free(f_en);
}

/* The periods of two versions: paired by the people or data they hold
 * for; when one period of each side is left, they are one period whose
 * scope changed. */
static void compare_retention(ctx *c, const pv_activity *a, const pv_activity *b)
{
	size_t no = a->n_retentions, nn = b->n_retentions, left_o = no, left_n = nn;
	unsigned char *used_o = calloc(no + 1, 1), *used_n = calloc(nn + 1, 1);
	if (!used_o || !used_n) {
		c->oom = 1;
		goto done;
	}
	for (size_t j = 0; j < nn; j++)
		for (size_t i = 0; i < no; i++)
			if (!used_o[i] && same_scope(&a->retentions[i], &b->retentions[j])) {
				used_o[i] = used_n[j] = 1;
				left_o--;
				left_n--;
				compare_period(c, &a->retentions[i], &b->retentions[j]);
				break;
			}
	if (left_o == 1 && left_n == 1) {
		size_t i = 0, j = 0;
		while (used_o[i])
			i++;
		while (used_n[j])
			j++;
		used_o[i] = used_n[j] = 1;
		compare_period(c, &a->retentions[i], &b->retentions[j]);
	}
	for (size_t i = 0; i < no; i++)
		if (!used_o[i])
			period_added_removed(c, &a->retentions[i], 0, nn == 0);
	for (size_t j = 0; j < nn; j++)
		if (!used_n[j])
			period_added_removed(c, &b->retentions[j], 1, no == 0);
done:
	free(used_o);
	free(used_n);
}

static void compare_decisions(ctx *c, const pv_activity *a, const pv_activity *b)
{
	if (a->automated.decisions != b->automated.decisions)
		add_value_change(c, "decisions-changed", "besluiten over mensen",
		                 "decisions about people", decisions_word(a->automated.decisions),
		                 decisions_word(b->automated.decisions));
	if (a->automated.present != b->automated.present &&
	    !not_stated_change(c, a->automated.present, b->automated.present,
	                       "geautomatiseerd besluit", "automated decision")) {
		if (b->automated.present == PV_YES)
			add(c, "automated-decision-on", NULL, "no", "yes",
			    dup(c, "een computer neemt nu het besluit (geautomatiseerd besluit)"),
			    dup(c, "a computer now takes the decision (automated decision)"));
		else
			add(c, "automated-decision-off", NULL, "yes", "no",
			    dup(c, "een mens neemt het besluit weer (geen geautomatiseerd besluit meer)"),
			    dup(c, "a person takes the decision again (no automated decision)"));
	}
	/* Switching the decision on or off brings its explanation along: only
	 * an explanation edited under the same yes/no is a change of its own. */
	if (a->automated.present == b->automated.present) {
		compare_text(c, "automated-decision-text-changed", &a->automated.logic,
		             &b->automated.logic, "uitleg van het geautomatiseerde besluit",
		             "explanation of the automated decision", 0);
		compare_text(c, "automated-decision-text-changed", &a->automated.consequence,
		             &b->automated.consequence, "gevolgen van het geautomatiseerde besluit",
		             "consequences of the automated decision", 0);
	}
	if (a->profiling.present != b->profiling.present &&
	    !not_stated_change(c, a->profiling.present, b->profiling.present, "profilering",
	                       "profiling")) {
		if (b->profiling.present == PV_YES)
			add(c, "profiling-on", NULL, "no", "yes", dup(c, "er wordt nu geprofileerd"),
			    dup(c, "profiling is now used"));
		else
			add(c, "profiling-off", NULL, "yes", "no", dup(c, "er wordt niet meer geprofileerd"),
			    dup(c, "profiling is no longer used"));
	}
	if (a->profiling.present == b->profiling.present)
		compare_text(c, "profiling-text-changed", &a->profiling.logic, &b->profiling.logic,
		             "uitleg van de profilering", "explanation of the profiling", 0);
}

static void compare_measures(ctx *c, const pv_activity *a, const pv_activity *b)
{
	size_t *pair;
	unsigned char *used;
	if (match(c, &pair, &used, a->measures, a->n_measures, b->measures, b->n_measures,
	          sizeof(pv_vocab_key), same_key) != 0)
		return;
	for (size_t i = 0; i < b->n_measures; i++) {
		pv_vocab_key k = b->measures[i];
		if (pair[i] == SIZE_MAX)
			add(c, "measure-added", NULL, NULL, key_of(PV_VOCAB_SECURITY_MEASURE, k),
			    fmt(c, "nieuwe beveiligingsmaatregel: %s",
			        label(PV_VOCAB_SECURITY_MEASURE, k, "nl")),
			    fmt(c, "new security measure: %s", label(PV_VOCAB_SECURITY_MEASURE, k, "en")));
	}
	for (size_t j = 0; j < a->n_measures; j++) {
		pv_vocab_key k = a->measures[j];
		if (!used[j])
			add(c, "measure-removed", NULL, key_of(PV_VOCAB_SECURITY_MEASURE, k), NULL,
			    fmt(c, "beveiligingsmaatregel vervallen: %s",
			        label(PV_VOCAB_SECURITY_MEASURE, k, "nl")),
			    fmt(c, "security measure removed: %s",
			        label(PV_VOCAB_SECURITY_MEASURE, k, "en")));
	}
	free(pair);
	free(used);
}

static void compare_dpia(ctx *c, const pv_activity *a, const pv_activity *b)
{
	const pv_dpia *o = &a->dpia, *n = &b->dpia;
	int req_o = o->present && o->required == PV_YES, req_n = n->present && n->required == PV_YES;

	if (o->present && n->present && o->required != n->required &&
	    not_stated_change(c, o->required, n->required, "DPIA verplicht", "DPIA required"))
		req_o = req_n;

	if (req_o != req_n)
		add(c, "dpia-required-changed", NULL, req_o ? "yes" : "no", req_n ? "yes" : "no",
		    dup(c, req_n ? "een DPIA is nu verplicht" : "een DPIA is niet meer verplicht"),
		    dup(c, req_n ? "a DPIA is now required" : "a DPIA is no longer required"));
	if (o->present != n->present) {
		if (!req_o && !req_n)
			add(c, "dpia-changed", NULL, NULL, NULL,
			    dup(c, n->present ? "DPIA nu vermeld" : "DPIA niet meer vermeld"),
			    dup(c, n->present ? "DPIA now stated" : "DPIA no longer stated"));
		return;
	}
	if (!n->present)
		return;
	if (o->status != n->status)
		add_vocab_change(c, "dpia-changed", "status van de DPIA", "status of the DPIA",
		                 PV_VOCAB_DPIA_STATUS, o->status, n->status);
	if (!same_str(o->date, n->date))
		add_value_change(c, "dpia-changed", "datum van de DPIA", "date of the DPIA", o->date,
		                 n->date);
	if (!same_str(o->reference, n->reference))
		add_value_change(c, "dpia-changed", "kenmerk van de DPIA", "reference of the DPIA",
		                 o->reference, n->reference);
}

static void compare_acks(ctx *c, const pv_activity *a, const pv_activity *b)
{
	size_t *pair;
	unsigned char *used;
	if (match(c, &pair, &used, a->acks, a->n_acks, b->acks, b->n_acks,
	          sizeof(pv_acknowledgement), same_ack) != 0)
		return;
	for (size_t i = 0; i < b->n_acks; i++) {
		const pv_acknowledgement *n = &b->acks[i];
		if (pair[i] == SIZE_MAX)
			add(c, "acknowledgement-added", NULL, NULL, n->rule,
			    fmt(c, "erkende bevinding toegevoegd: %s", or_none(n->rule, "nl")),
			    fmt(c, "acknowledged finding added: %s", or_none(n->rule, "en")));
		else if (!same_str(a->acks[pair[i]].reason, n->reason))
			add(c, "acknowledgement-changed", NULL, a->acks[pair[i]].reason, n->reason,
			    fmt(c, "reden bij erkende bevinding %s aangepast", or_none(n->rule, "nl")),
			    fmt(c, "reason of acknowledged finding %s edited", or_none(n->rule, "en")));
	}
	for (size_t j = 0; j < a->n_acks; j++)
		if (!used[j])
			add(c, "acknowledgement-removed", NULL, a->acks[j].rule, NULL,
			    fmt(c, "erkende bevinding verwijderd: %s", or_none(a->acks[j].rule, "nl")),
			    fmt(c, "acknowledged finding removed: %s", or_none(a->acks[j].rule, "en")));
	free(pair);
	free(used);
}

static void compare_activity(ctx *c, const pv_activity *a, const pv_activity *b)
{
	char num_a[32], num_b[32];

	if (a->version != b->version) {
		snprintf(num_a, sizeof(num_a), "%ld", a->version);
		snprintf(num_b, sizeof(num_b), "%ld", b->version);
		add(c, "version-changed", NULL, num_a, num_b, fmt(c, "versie: van %s naar %s", num_a, num_b),
		    fmt(c, "version: from %s to %s", num_a, num_b));
	}
	if (a->status != b->status)
		add_vocab_change(c, "status-changed", "status", "status", PV_VOCAB_ACTIVITY_STATUS,
		                 a->status, b->status);
	if (!same_str(a->start_date, b->start_date))
		add_value_change(c, "activity-dates-changed", "begindatum", "start date", a->start_date,
		                 b->start_date);
	if (!same_str(a->end_date, b->end_date))
		add_value_change(c, "activity-dates-changed", "einddatum", "end date", a->end_date,
		                 b->end_date);
	compare_text(c, "name-changed", &a->name, &b->name, "naam", "name", 1);
	compare_text(c, "summary-changed", &a->summary, &b->summary, "samenvatting", "summary", 0);
	if (!same_str(a->department, b->department))
		add_value_change(c, "department-changed", "afdeling", "department", a->department,
		                 b->department);
	if (!same_str(a->legal_text_url, b->legal_text_url))
		add_value_change(c, "legal-text-changed", "link naar de regels", "link to the legal text",
		                 a->legal_text_url, b->legal_text_url);
	compare_data(c, a, b);
	compare_subjects(c, a, b);
	compare_purposes(c, a, b);
	compare_recipients(c, a, b);
	compare_transfers(c, a, b);
	compare_retention(c, a, b);
	compare_decisions(c, a, b);
	compare_measures(c, a, b);
	compare_dpia(c, a, b);
	compare_acks(c, a, b);
	if (!same_str(a->internal_note, b->internal_note))
		add(c, "internal-note-changed", NULL, a->internal_note, b->internal_note,
		    dup(c, !a->internal_note  ? "interne notitie toegevoegd"
		           : !b->internal_note ? "interne notitie weggehaald"
		                               : "interne notitie aangepast"),
		    dup(c, !a->internal_note  ? "internal note added"
		           : !b->internal_note ? "internal note removed"
		                               : "internal note edited"));
}

static void compare_controller(ctx *c, const privicon_register *ra, const privicon_register *rb)
{
	static const char CONTROLLER[] = "controller-changed";
	static const char AUTHORITY[] = "supervisory-authority-changed";
	static const struct {
		size_t offset;
		const char *kind, *nl, *en;
	} fields[] = {
		{offsetof(pv_controller, name), CONTROLLER, "naam van de organisatie",
		 "name of the organisation"},
		{offsetof(pv_controller, identifier), CONTROLLER, "kenmerk van de organisatie",
		 "identifier of the organisation"},
		{offsetof(pv_controller, identifier_scheme), CONTROLLER, "soort kenmerk",
		 "identifier scheme"},
		{offsetof(pv_controller, email), CONTROLLER, "e-mailadres voor privacyvragen",
		 "privacy e-mail"},
		{offsetof(pv_controller, phone), CONTROLLER, "telefoonnummer voor privacyvragen",
		 "privacy phone"},
		{offsetof(pv_controller, web), CONTROLLER, "webpagina over privacy", "privacy web page"},
		{offsetof(pv_controller, dpo_name), CONTROLLER, "functionaris gegevensbescherming (FG)",
		 "data protection officer"},
		{offsetof(pv_controller, dpo_email), CONTROLLER, "e-mailadres van de FG", "DPO e-mail"},
		{offsetof(pv_controller, dpo_phone), CONTROLLER, "telefoonnummer van de FG",
		 "DPO phone"},
		{offsetof(pv_controller, authority_name), AUTHORITY, "toezichthouder",
		 "supervisory authority"},
		{offsetof(pv_controller, authority_name_en), AUTHORITY, "toezichthouder (Engelse naam)",
		 "supervisory authority (English name)"},
		{offsetof(pv_controller, authority_web), AUTHORITY, "webpagina van de toezichthouder",
		 "supervisory authority's web page"},
	};
	const pv_controller *a = &ra->controller, *b = &rb->controller;

	if (!same_str(ra->version, rb->version))
		add_value_change(c, "register-version-changed", "registerversie", "register version",
		                 ra->version, rb->version);
	if (!same_str(ra->date, rb->date))
		add_value_change(c, "register-date-changed", "registerdatum", "register date", ra->date,
		                 rb->date);
	{
		/* 0 (a model built by hand) states both. */
		unsigned la = ra->languages ? ra->languages : PV_LANG_NL | PV_LANG_EN;
		unsigned lb = rb->languages ? rb->languages : PV_LANG_NL | PV_LANG_EN;
		static const char *const names[] = {"", "nl", "en", "nl en"};
		if (la != lb && la <= 3 && lb <= 3)
			add_value_change(c, "languages-changed", "talen van het register",
			                 "languages of the register", names[la], names[lb]);
	}
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		const char *x = *(char *const *)((const char *)a + fields[i].offset);
		const char *y = *(char *const *)((const char *)b + fields[i].offset);
		if (!same_str(x, y))
			add_value_change(c, fields[i].kind, fields[i].nl, fields[i].en, x, y);
	}
	if (a->public_authority != b->public_authority)
		add(c, "controller-changed", NULL, a->public_authority ? "yes" : "no",
		    b->public_authority ? "yes" : "no",
		    dup(c, b->public_authority ? "de organisatie is nu een overheid"
		                               : "de organisatie is geen overheid meer"),
		    dup(c, b->public_authority ? "the organisation is now a public authority"
		                               : "the organisation is no longer a public authority"));
	if (a->kind != b->kind)
		add_vocab_change(c, "controller-kind-changed", "soort organisatie", "kind of organisation",
		                 PV_VOCAB_CONTROLLER_KIND, a->kind, b->kind);
	compare_text(c, "controller-kind-changed", &a->short_name, &b->short_name,
	             "naam van de organisatie in een zin (<short-name>)",
	             "name of the organisation in a sentence (<short-name>)", 1);
}

/* ---- groups ------------------------------------------------------------------ */

static group *group_new(ctx *c, const pv_activity *act)
{
	privicon_diff *d = c->d;
	group *g;

	if (d->n_groups == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 8;
		group *bigger = realloc(d->groups, cap * sizeof(*bigger));
		if (!bigger) {
			c->oom = 1;
			return NULL;
		}
		d->groups = bigger;
		d->cap = cap;
	}
	g = &d->groups[d->n_groups++];
	memset(g, 0, sizeof(*g));
	if (act) {
		const char *nl = act->name.nl ? act->name.nl : act->name.en;
		const char *en = act->name.en ? act->name.en : act->name.nl;
		g->activity = dup(c, act->id ? act->id : "");
		g->name_nl = dup(c, nl ? nl : act->id ? act->id : "");
		g->name_en = dup(c, en ? en : act->id ? act->id : "");
		g->line = act->line;
	} else {
		g->name_nl = dup(c, "Register");
		g->name_en = dup(c, "Register");
	}
	return g;
}

/* Drops the last group again when nothing went into it. */
static void group_keep_if_changed(ctx *c)
{
	group *g = &c->d->groups[c->d->n_groups - 1];
	if (g->n_changes == 0) {
		group_free(g);
		c->d->n_groups--;
	}
}

static void check_version(ctx *c, group *g, const char *id)
{
	size_t material = 0;
	for (size_t i = 0; i < g->n_changes; i++)
		material += g->changes[i].material;
	/* Raised: fine. Equal: fine for editorial changes only. Lower: never. */
	if (g->new_version > g->old_version || (material == 0 && g->new_version == g->old_version))
		return;
	g->version_needed = g->old_version + 1;
	if (g->new_version < g->old_version) {
		g->version_nl = fmt(c, "De versie van activiteit '%s' ging omlaag, van %ld naar %ld. "
		                       "Verhoog de versie naar %ld.",
		                    id, g->old_version, g->new_version, g->version_needed);
		g->version_en = fmt(c, "The version of activity '%s' went down, from %ld to %ld. "
		                       "Raise the version to %ld.",
		                    id, g->old_version, g->new_version, g->version_needed);
	} else {
		g->version_nl = fmt(c, "Verhoog de versie van activiteit '%s' naar %ld.", id,
		                    g->version_needed);
		g->version_en = fmt(c, "Raise the version of activity '%s' to %ld.", id,
		                    g->version_needed);
	}
}

static void diff_activities(ctx *c, const privicon_register *ra, const privicon_register *rb)
{
	size_t *pair;
	unsigned char *used;

	if (match(c, &pair, &used, ra->activities, ra->n_activities, rb->activities,
	          rb->n_activities, sizeof(pv_activity), same_activity) != 0)
		return;
	for (size_t i = 0; i < rb->n_activities && !c->oom; i++) {
		const pv_activity *n = &rb->activities[i];
		if (!(c->g = group_new(c, n)))
			break;
		c->g->new_version = n->version;
		if (pair[i] == SIZE_MAX) {
			add(c, "activity-added", NULL, NULL, n->id,
			    fmt(c, "nieuwe activiteit (versie %ld)", n->version),
			    fmt(c, "new activity (version %ld)", n->version));
			continue;
		}
		c->g->old_version = ra->activities[pair[i]].version;
		compare_activity(c, &ra->activities[pair[i]], n);
		if (c->oom)
			break;
		check_version(c, c->g, n->id ? n->id : "");
		group_keep_if_changed(c);
	}
	for (size_t j = 0; j < ra->n_activities && !c->oom; j++) {
		const pv_activity *o = &ra->activities[j];
		if (used[j])
			continue;
		if (!(c->g = group_new(c, o)))
			break;
		c->g->old_version = o->version;
		add(c, "activity-removed", NULL, o->id, NULL,
		    fmt(c, "activiteit verwijderd (was versie %ld)", o->version),
		    fmt(c, "activity removed (was version %ld)", o->version));
	}
	free(pair);
	free(used);
}

int privicon_diff_new(privicon_diff **out, const privicon_register *old_reg,
                      const privicon_register *new_reg)
{
	ctx c = {0};

	if (!out)
		return PRIVICON_EINVAL;
	*out = NULL;
	if (!old_reg || !new_reg)
		return PRIVICON_EINVAL;
	c.d = calloc(1, sizeof(*c.d));
	if (!c.d)
		return PRIVICON_ENOMEM;
	if ((c.g = group_new(&c, NULL))) {
		compare_controller(&c, old_reg, new_reg);
		if (!c.oom)
			group_keep_if_changed(&c);
	}
	if (!c.oom)
		diff_activities(&c, old_reg, new_reg);
	if (c.oom) {
		privicon_diff_free(c.d);
		return PRIVICON_ENOMEM;
	}
	for (size_t g = 0; g < c.d->n_groups; g++) {
		group *gr = &c.d->groups[g];
		for (size_t i = 0; i < gr->n_changes; i++) {
			if (gr->changes[i].material)
				c.d->material++;
			else
				c.d->editorial++;
		}
		if (gr->version_needed)
			c.d->version_errors++;
	}
	*out = c.d;
	return PRIVICON_OK;
}

/* ---- accessors ----------------------------------------------------------------- */

static const group *group_at(const privicon_diff *d, size_t g)
{
	return d && g < d->n_groups ? &d->groups[g] : NULL;
}

static const change *change_at(const privicon_diff *d, size_t g, size_t i)
{
	const group *gr = group_at(d, g);
	return gr && i < gr->n_changes ? &gr->changes[i] : NULL;
}

static int is_en(const char *lang)
{
	return pv_lang_is_en(lang);
}

size_t privicon_diff_material_count(const privicon_diff *diff)
{
	return diff ? diff->material : 0;
}

size_t privicon_diff_editorial_count(const privicon_diff *diff)
{
	return diff ? diff->editorial : 0;
}

size_t privicon_diff_version_error_count(const privicon_diff *diff)
{
	return diff ? diff->version_errors : 0;
}

size_t privicon_diff_group_count(const privicon_diff *diff)
{
	return diff ? diff->n_groups : 0;
}

const char *privicon_diff_group_activity(const privicon_diff *diff, size_t g)
{
	const group *gr = group_at(diff, g);
	return gr ? gr->activity : NULL;
}

const char *privicon_diff_group_name(const privicon_diff *diff, size_t g, const char *lang)
{
	const group *gr = group_at(diff, g);
	return gr ? (is_en(lang) ? gr->name_en : gr->name_nl) : NULL;
}

long privicon_diff_group_old_version(const privicon_diff *diff, size_t g)
{
	const group *gr = group_at(diff, g);
	return gr ? gr->old_version : 0;
}

long privicon_diff_group_new_version(const privicon_diff *diff, size_t g)
{
	const group *gr = group_at(diff, g);
	return gr ? gr->new_version : 0;
}

int privicon_diff_group_line(const privicon_diff *diff, size_t g)
{
	const group *gr = group_at(diff, g);
	return gr ? gr->line : 0;
}

long privicon_diff_group_version_needed(const privicon_diff *diff, size_t g)
{
	const group *gr = group_at(diff, g);
	return gr ? gr->version_needed : 0;
}

const char *privicon_diff_group_version_message(const privicon_diff *diff, size_t g,
                                                const char *lang)
{
	const group *gr = group_at(diff, g);
	return gr ? (is_en(lang) ? gr->version_en : gr->version_nl) : NULL;
}

size_t privicon_diff_change_count(const privicon_diff *diff, size_t g)
{
	const group *gr = group_at(diff, g);
	return gr ? gr->n_changes : 0;
}

const char *privicon_diff_change_kind(const privicon_diff *diff, size_t g, size_t i)
{
	const change *ch = change_at(diff, g, i);
	return ch ? ch->kind : NULL;
}

int privicon_diff_change_material(const privicon_diff *diff, size_t g, size_t i)
{
	const change *ch = change_at(diff, g, i);
	return ch ? ch->material : 0;
}

const char *privicon_diff_change_sensitive(const privicon_diff *diff, size_t g, size_t i)
{
	const change *ch = change_at(diff, g, i);
	return ch ? ch->sensitive : NULL;
}

const char *privicon_diff_change_message(const privicon_diff *diff, size_t g, size_t i,
                                         const char *lang)
{
	const change *ch = change_at(diff, g, i);
	return ch ? (is_en(lang) ? ch->en : ch->nl) : NULL;
}

const char *privicon_diff_change_old(const privicon_diff *diff, size_t g, size_t i)
{
	const change *ch = change_at(diff, g, i);
	return ch ? ch->old_value : NULL;
}

const char *privicon_diff_change_new(const privicon_diff *diff, size_t g, size_t i)
{
	const change *ch = change_at(diff, g, i);
	return ch ? ch->new_value : NULL;
}
