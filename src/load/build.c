/*
 * build.c - the register model from a validated register document.
 *
 * The schema fixes the shape of the tree (register > activity > purposes >
 * purpose > law is the deepest path), so the builder is a set of small
 * functions, one per element type, each looking only at its own children:
 * the depth of the C stack is bounded by the schema, not by the input.
 * Arrays are sized by counting children first. Every allocation is
 * checked; on failure the partial register is freed by
 * privicon_register_free(), which copes with any half-built state because
 * everything starts zeroed.
 */
#include "load/build.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/validate.h"

typedef struct {
	privicon_diagnostics *diags;
	const char *file;
	int oom;
	int invalid;
} builder;

static int is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A register element called `name`. */
static int is_el(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
	       strcmp((const char *)n->ns->href, PV_REGISTER_NS) == 0 &&
	       strcmp((const char *)n->name, name) == 0;
}

static const xmlNode *first_el(const xmlNode *n)
{
	for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	return NULL;
}

static const xmlNode *next_el(const xmlNode *n)
{
	for (const xmlNode *c = n->next; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	return NULL;
}

static size_t count_el(const xmlNode *parent, const char *name)
{
	size_t n = 0;
	for (const xmlNode *c = first_el(parent); c; c = next_el(c))
		if (is_el(c, name))
			n++;
	return n;
}

/* A copy of `s` without leading and trailing white space; the text in
 * between stays as written. NULL in, NULL out. */
static char *trimmed_copy(builder *b, const char *s)
{
	if (!s)
		return NULL;
	while (is_xml_space(*s))
		s++;
	size_t len = strlen(s);
	while (len > 0 && is_xml_space(s[len - 1]))
		len--;
	char *copy = malloc(len + 1);
	if (!copy) {
		b->oom = 1;
		return NULL;
	}
	memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}

/* A text node's content, when `first` is the only child and holds text:
 * the usual case, read in place instead of copied twice. */
static const char *only_text(const xmlNode *first)
{
	if (first && !first->next && first->type == XML_TEXT_NODE && first->content)
		return (const char *)first->content;
	return NULL;
}

/* The value of an unqualified attribute, trimmed, or NULL if absent. */
static char *attr(builder *b, const xmlNode *n, const char *name)
{
	const xmlAttr *a = n->properties;
	while (a && (a->ns || strcmp((const char *)a->name, name) != 0))
		a = a->next;
	if (!a)
		return NULL;
	const char *direct = only_text(a->children);
	if (direct)
		return trimmed_copy(b, direct);
	xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
	if (!v) {
		/* An empty value has no text child: that is "", not out of memory. */
		if (a->children) {
			b->oom = 1;
			return NULL;
		}
		return trimmed_copy(b, "");
	}
	char *copy = trimmed_copy(b, (const char *)v);
	xmlFree(v);
	return copy;
}

/* The text content of an element, trimmed. */
static char *text(builder *b, const xmlNode *n)
{
	const char *direct = only_text(n->children);
	if (direct)
		return trimmed_copy(b, direct);
	xmlChar *v = xmlNodeGetContent(n);
	if (!v) {
		if (n->children) {
			b->oom = 1;
			return NULL;
		}
		return trimmed_copy(b, "");
	}
	char *copy = trimmed_copy(b, (const char *)v);
	xmlFree(v);
	return copy;
}

/* A vocabulary attribute as an index, PV_VOCAB_NONE when absent or (which
 * validation rules out) unknown. */
static pv_vocab_key vocab(builder *b, const xmlNode *n, const char *name, pv_vocab_id id)
{
	char *v = attr(b, n, name);
	pv_vocab_key k = v ? pv_vocab_find(id, v) : PV_VOCAB_NONE;
	free(v);
	return k;
}

static pv_yesno yesno(builder *b, const xmlNode *n, const char *name)
{
	char *v = attr(b, n, name);
	pv_yesno r = !v                             ? PV_NO
	             : strcmp(v, "yes") == 0        ? PV_YES
	             : strcmp(v, "not-stated") == 0 ? PV_NOT_STATED
	                                            : PV_NO;
	free(v);
	return r;
}

/* An optional yes/no attribute: not stated when absent. */
static pv_fact fact(builder *b, const xmlNode *n, const char *name)
{
	char *v = attr(b, n, name);
	pv_fact r = !v ? PV_FACT_NOT_STATED : strcmp(v, "yes") == 0 ? PV_FACT_YES : PV_FACT_NO;
	free(v);
	return r;
}

static void *array(builder *b, size_t count, size_t size)
{
	if (count == 0)
		return NULL;
	void *p = calloc(count, size);
	if (!p)
		b->oom = 1;
	return p;
}

/* <nl> and <en> of a LocalizedText element. */
static void localized(builder *b, const xmlNode *n, pv_text *t)
{
	t->line = pv_node_line(n);
	for (const xmlNode *c = first_el(n); c; c = next_el(c)) {
		if (is_el(c, "nl") && !t->nl)
			t->nl = text(b, c);
		else if (is_el(c, "en") && !t->en)
			t->en = text(b, c);
	}
}

static void laws(builder *b, const xmlNode *parent, pv_law **out, size_t *n_out)
{
	size_t n = count_el(parent, "law");
	pv_law *l = array(b, n, sizeof(*l));
	if (n && !l)
		return;
	size_t i = 0;
	for (const xmlNode *c = first_el(parent); c && i < n; c = next_el(c)) {
		if (!is_el(c, "law"))
			continue;
		l[i].title = attr(b, c, "title");
		l[i].bwb = attr(b, c, "bwb");
		l[i].article = attr(b, c, "article");
		l[i].url = attr(b, c, "url");
		l[i].line = pv_node_line(c);
		i++;
	}
	*out = l;
	*n_out = n;
}

static void purposes(builder *b, const xmlNode *n, pv_activity *a)
{
	a->purposes_line = pv_node_line(n);
	size_t count = count_el(n, "purpose");
	a->purposes = array(b, count, sizeof(*a->purposes));
	if (count && !a->purposes)
		return;
	a->n_purposes = count;
	size_t i = 0;
	for (const xmlNode *c = first_el(n); c && i < count; c = next_el(c)) {
		if (!is_el(c, "purpose"))
			continue;
		pv_purpose *p = &a->purposes[i++];
		p->line = pv_node_line(c);
		p->id = attr(b, c, "id");
		p->basis = vocab(b, c, "basis", PV_VOCAB_LEGAL_BASIS);
		p->category = vocab(b, c, "category", PV_VOCAB_PURPOSE_CATEGORY);
		p->outside_public_tasks = attr(b, c, "outside-public-tasks");
		p->parental_consent = attr(b, c, "parental-consent");
		for (const xmlNode *d = first_el(c); d; d = next_el(d))
			if (is_el(d, "description"))
				localized(b, d, &p->description);
		laws(b, c, &p->laws, &p->n_laws);
	}
}

/* The `kind` of every <el> child of `n` (keys of vocabulary `id`) into
 * *keys, their lines into *lines, their number into *count; on out of
 * memory the builder is marked and *count stays 0. */
static void kind_list(builder *b, const xmlNode *n, const char *el, pv_vocab_id id,
                      pv_vocab_key **keys, int **lines, size_t *count)
{
	size_t want = count_el(n, el), i = 0;
	*keys = array(b, want, sizeof(**keys));
	*lines = array(b, want, sizeof(**lines));
	if (want && (!*keys || !*lines))
		return;
	*count = want;
	for (const xmlNode *c = first_el(n); c && i < want; c = next_el(c)) {
		if (!is_el(c, el))
			continue;
		(*keys)[i] = vocab(b, c, "kind", id);
		(*lines)[i] = pv_node_line(c);
		i++;
	}
}

static void subjects(builder *b, const xmlNode *n, pv_activity *a)
{
	kind_list(b, n, "subject", PV_VOCAB_DATA_SUBJECT, &a->subjects, &a->subject_lines,
	          &a->n_subjects);
	a->large_scale = fact(b, n, "large-scale");
}

/* The purpose ids in a SlugList ("a b c"). */
static void purpose_refs(builder *b, const xmlNode *n, pv_data_use *d)
{
	char *list = attr(b, n, "purposes");
	if (!list)
		return;
	size_t count = 0;
	for (char *p = list; *p; ) {
		while (is_xml_space(*p))
			p++;
		if (!*p)
			break;
		count++;
		while (*p && !is_xml_space(*p))
			p++;
	}
	d->purpose_refs = array(b, count, sizeof(*d->purpose_refs));
	if (count && !d->purpose_refs) {
		free(list);
		return;
	}
	for (char *p = list; *p && d->n_purpose_refs < count; ) {
		while (is_xml_space(*p))
			p++;
		char *start = p;
		while (*p && !is_xml_space(*p))
			p++;
		size_t len = (size_t)(p - start);
		char *id = malloc(len + 1);
		if (!id) {
			b->oom = 1;
			break;
		}
		memcpy(id, start, len);
		id[len] = '\0';
		d->purpose_refs[d->n_purpose_refs++] = id;
	}
	free(list);
}

static void personal_data(builder *b, const xmlNode *n, pv_activity *a)
{
	a->data_line = pv_node_line(n);
	size_t count = count_el(n, "category");
	a->data = array(b, count, sizeof(*a->data));
	if (count && !a->data)
		return;
	a->n_data = count;
	size_t i = 0;
	for (const xmlNode *c = first_el(n); c && i < count; c = next_el(c)) {
		if (!is_el(c, "category"))
			continue;
		pv_data_use *d = &a->data[i++];
		d->line = pv_node_line(c);
		d->kind = vocab(b, c, "kind", PV_VOCAB_DATA_CATEGORY);
		d->source = vocab(b, c, "source", PV_VOCAB_DATA_SOURCE);
		d->registry = vocab(b, c, "registry", PV_VOCAB_BASE_REGISTRY);
		d->art9 = vocab(b, c, "art9-condition", PV_VOCAB_SPECIAL_CONDITION);
		char *area = attr(b, c, "area");
		if (area)
			d->area = strcmp(area, "publicly-accessible") == 0 ? PV_AREA_PUBLIC
			                                                   : PV_AREA_NOT_PUBLIC;
		free(area);
		for (const xmlNode *k = first_el(c); k; k = next_el(k))
			if (is_el(k, "label"))
				localized(b, k, &d->label);
		purpose_refs(b, c, d);
		laws(b, c, &d->laws, &d->n_laws);
	}
}

static void recipients(builder *b, const xmlNode *n, pv_activity *a)
{
	a->recipients_line = pv_node_line(n);
	a->recipients_outside = yesno(b, n, "outside-controller");
	char *sold = attr(b, n, "sold");
	a->never_sold = sold && strcmp(sold, "no") == 0;
	a->sold_not_stated = sold && strcmp(sold, "not-stated") == 0;
	free(sold);
	size_t count = count_el(n, "recipient");
	a->recipients = array(b, count, sizeof(*a->recipients));
	if (count && !a->recipients)
		return;
	a->n_recipients = count;
	size_t i = 0;
	for (const xmlNode *c = first_el(n); c && i < count; c = next_el(c)) {
		if (!is_el(c, "recipient"))
			continue;
		pv_recipient *r = &a->recipients[i++];
		r->line = pv_node_line(c);
		r->kind = vocab(b, c, "kind", PV_VOCAB_RECIPIENT_KIND);
		r->name = attr(b, c, "name");
		r->name_en = attr(b, c, "name-en");
		r->agreement = attr(b, c, "agreement");
		for (const xmlNode *k = first_el(c); k; k = next_el(k))
			if (is_el(k, "role"))
				localized(b, k, &r->role);
	}
}

static void transfers(builder *b, const xmlNode *n, pv_activity *a)
{
	a->transfers_line = pv_node_line(n);
	a->transfers_outside_eea = yesno(b, n, "outside-eea");
	size_t count = count_el(n, "transfer");
	a->transfers = array(b, count, sizeof(*a->transfers));
	if (count && !a->transfers)
		return;
	a->n_transfers = count;
	size_t i = 0;
	for (const xmlNode *c = first_el(n); c && i < count; c = next_el(c)) {
		if (!is_el(c, "transfer"))
			continue;
		pv_transfer *t = &a->transfers[i++];
		t->line = pv_node_line(c);
		char *country = attr(b, c, "country");
		if (country) {
			/* Two capital letters or PV_COUNTRY_UNKNOWN after
			 * validation; a longer value is cut, never overrun. */
			snprintf(t->country, sizeof(t->country), "%s", country);
			free(country);
		}
		t->mechanism = vocab(b, c, "mechanism", PV_VOCAB_TRANSFER_MECHANISM);
		t->recipient = attr(b, c, "recipient");
	}
}

/* The vocabulary keys of a space-separated list attribute (a DataCategoryList). */
static void key_list(builder *b, const xmlNode *n, const char *name, pv_vocab_id id,
                     pv_vocab_key **keys, size_t *count)
{
	char *list = attr(b, n, name);
	if (!list)
		return;
	size_t want = 0;
	for (char *p = list; *p; ) {
		while (is_xml_space(*p))
			p++;
		if (*p)
			want++;
		while (*p && !is_xml_space(*p))
			p++;
	}
	*keys = array(b, want, sizeof(**keys));
	for (char *p = list; *keys && *p && *count < want; ) {
		while (is_xml_space(*p))
			p++;
		char *start = p;
		while (*p && !is_xml_space(*p))
			p++;
		char saved = *p;
		*p = '\0';
		(*keys)[(*count)++] = pv_vocab_find(id, start);
		*p = saved;
	}
	free(list);
}

/* One <retention> element; activity() sizes a->retentions first. */
static void retention(builder *b, const xmlNode *n, pv_retention *r)
{
	r->present = 1;
	r->line = pv_node_line(n);
	r->period = attr(b, n, "period");
	/* The schema admits only what pv_duration_parse() reads. */
	if (r->period)
		(void)pv_duration_parse(&r->duration, r->period);
	r->from = vocab(b, n, "from", PV_VOCAB_RETENTION_START);
	r->selectielijst = attr(b, n, "selectielijst");
	key_list(b, n, "categories", PV_VOCAB_DATA_CATEGORY, &r->categories, &r->n_categories);
	for (const xmlNode *c = first_el(n); c; c = next_el(c))
		if (is_el(c, "applies-to"))
			localized(b, c, &r->applies_to);
}

static void decision(builder *b, const xmlNode *n, pv_decision *d, int is_profiling)
{
	d->line = pv_node_line(n);
	d->present = yesno(b, n, "present");
	if (!is_profiling) {
		char *v = attr(b, n, "decisions");
		if (v)
			d->decisions = strcmp(v, "yes") == 0 ? PV_DECISIONS_YES : PV_DECISIONS_NO;
		free(v);
	}
	for (const xmlNode *c = first_el(n); c; c = next_el(c)) {
		if (!is_profiling && is_el(c, "logic"))
			localized(b, c, &d->logic);
		else if (!is_profiling && is_el(c, "consequence"))
			localized(b, c, &d->consequence);
		else if (!is_profiling && is_el(c, "human-review"))
			localized(b, c, &d->human_review);
		else if (is_profiling && is_el(c, "description"))
			localized(b, c, &d->logic);
	}
}

static void security(builder *b, const xmlNode *n, pv_activity *a)
{
	a->security_line = pv_node_line(n);
	kind_list(b, n, "measure", PV_VOCAB_SECURITY_MEASURE, &a->measures, &a->measure_lines,
	          &a->n_measures);
}

static void dpia(builder *b, const xmlNode *n, pv_activity *a)
{
	pv_dpia *d = &a->dpia;
	d->present = 1;
	d->line = pv_node_line(n);
	d->required = yesno(b, n, "required");
	d->status = vocab(b, n, "status", PV_VOCAB_DPIA_STATUS);
	d->date = attr(b, n, "date");
	d->reference = attr(b, n, "reference");
	d->reason = attr(b, n, "reason");
	d->new_technology = fact(b, n, "new-technology");
}

static void acknowledgements(builder *b, const xmlNode *n, pv_activity *a)
{
	size_t count = count_el(n, "acknowledgement");
	a->acks = array(b, count, sizeof(*a->acks));
	if (count && !a->acks)
		return;
	a->n_acks = count;
	size_t i = 0;
	for (const xmlNode *c = first_el(n); c && i < count; c = next_el(c)) {
		if (!is_el(c, "acknowledgement"))
			continue;
		pv_acknowledgement *k = &a->acks[i++];
		k->line = pv_node_line(c);
		k->rule = attr(b, c, "rule");
		k->reason = attr(b, c, "reason");
	}
}

/* The activity version: xs:positiveInteger has no upper bound, a long has. */
static void version(builder *b, const xmlNode *n, pv_activity *a)
{
	char *v = attr(b, n, "version");
	if (!v)
		return;
	errno = 0;
	char *end;
	long value = strtol(v, &end, 10);
	while (is_xml_space(*end))
		end++;
	if (errno == ERANGE || *end || value < 1) {
		char nl[300], en[300], shown[40], max_nl[48], max_en[48];
		pv_clip(shown, sizeof(shown), v, 30);
		pv_format_count(max_nl, sizeof(max_nl), (uintmax_t)LONG_MAX, PV_NL);
		pv_format_count(max_en, sizeof(max_en), (uintmax_t)LONG_MAX, PV_EN);
		snprintf(nl, sizeof(nl), "Activiteit '%s': het versienummer '%s' is te groot; "
		         "privicon rekent met versies tot en met %s.", a->id ? a->id : "?", shown,
		         max_nl);
		snprintf(en, sizeof(en), "Activity '%s': the version number '%s' is too large; "
		         "privicon handles versions up to %s.", a->id ? a->id : "?", shown, max_en);
		if (privicon_diagnostics_add(b->diags, b->file, a->line, 0, PRIVICON_ERROR, "schema",
		                             a->id, nl, en) != PRIVICON_OK)
			b->oom = 1;
		b->invalid = 1;
	} else {
		a->version = value;
	}
	free(v);
}

static void activity(builder *b, const xmlNode *n, pv_activity *a)
{
	a->line = pv_node_line(n);
	a->id = attr(b, n, "id");
	a->status = vocab(b, n, "status", PV_VOCAB_ACTIVITY_STATUS);
	a->start_date = attr(b, n, "start-date");
	a->end_date = attr(b, n, "end-date");
	version(b, n, a);
	/* Optional facts: 0 is a valid vocabulary index, so say "none". */
	a->dpia.status = PV_VOCAB_NONE;
	size_t n_retentions = count_el(n, "retention");
	a->retentions = array(b, n_retentions, sizeof(*a->retentions));
	if (a->retentions)
		a->n_retentions = n_retentions;
	size_t i_retention = 0;
	for (const xmlNode *c = first_el(n); c && !b->oom; c = next_el(c)) {
		if (is_el(c, "name"))
			localized(b, c, &a->name);
		else if (is_el(c, "summary"))
			localized(b, c, &a->summary);
		else if (is_el(c, "department"))
			a->department = text(b, c);
		else if (is_el(c, "legal-text"))
			a->legal_text_url = attr(b, c, "url");
		else if (is_el(c, "purposes"))
			purposes(b, c, a);
		else if (is_el(c, "data-subjects"))
			subjects(b, c, a);
		else if (is_el(c, "personal-data"))
			personal_data(b, c, a);
		else if (is_el(c, "recipients"))
			recipients(b, c, a);
		else if (is_el(c, "transfers"))
			transfers(b, c, a);
		else if (is_el(c, "retention") && i_retention < a->n_retentions)
			retention(b, c, &a->retentions[i_retention++]);
		else if (is_el(c, "automated-decision"))
			decision(b, c, &a->automated, 0);
		else if (is_el(c, "profiling"))
			decision(b, c, &a->profiling, 1);
		else if (is_el(c, "security"))
			security(b, c, a);
		else if (is_el(c, "dpia"))
			dpia(b, c, a);
		else if (is_el(c, "internal-note") && !a->internal_note)
			a->internal_note = text(b, c);
	}
	acknowledgements(b, n, a);
}

static void controller(builder *b, const xmlNode *n, pv_controller *c)
{
	c->line = pv_node_line(n);
	c->public_authority = yesno(b, n, "public-authority");
	char *country = attr(b, n, "country");
	if (country) {
		/* Two capital letters after validation; copy at most two. */
		snprintf(c->country, sizeof(c->country), "%.2s", country);
		free(country);
	}
	c->kind = vocab(b, n, "kind", PV_VOCAB_CONTROLLER_KIND);
	for (const xmlNode *k = first_el(n); k; k = next_el(k)) {
		if (is_el(k, "name")) {
			c->name = text(b, k);
		} else if (is_el(k, "identifier")) {
			c->identifier = text(b, k);
			c->identifier_scheme = attr(b, k, "scheme");
		} else if (is_el(k, "contact")) {
			c->email = attr(b, k, "email");
			c->phone = attr(b, k, "phone");
			c->web = attr(b, k, "web");
		} else if (is_el(k, "dpo")) {
			c->dpo_line = pv_node_line(k);
			c->dpo_name = attr(b, k, "name");
			c->dpo_email = attr(b, k, "email");
			c->dpo_phone = attr(b, k, "phone");
		} else if (is_el(k, "short-name")) {
			localized(b, k, &c->short_name);
		} else if (is_el(k, "supervisory-authority")) {
			c->authority_line = pv_node_line(k);
			c->authority_name = attr(b, k, "name");
			c->authority_name_en = attr(b, k, "name-en");
			c->authority_web = attr(b, k, "web");
		}
	}
}

/* <register languages="nl en">: a list of nl and en after validation;
 * absent means both. */
static unsigned languages(builder *b, const xmlNode *root)
{
	char *list = attr(b, root, "languages");
	unsigned set = 0;
	if (!list)
		return PV_LANG_NL | PV_LANG_EN;
	for (char *tok = list; *tok;) {
		while (is_xml_space(*tok))
			tok++;
		size_t n = 0;
		while (tok[n] && !is_xml_space(tok[n]))
			n++;
		if (n == 2 && strncmp(tok, "nl", 2) == 0)
			set |= PV_LANG_NL;
		else if (n == 2 && strncmp(tok, "en", 2) == 0)
			set |= PV_LANG_EN;
		tok += n;
	}
	free(list);
	return set ? set : PV_LANG_NL | PV_LANG_EN;
}

int pv_build(privicon_register **out, privicon_diagnostics *diags, const char *file,
             xmlDocPtr doc)
{
	if (!out)
		return PRIVICON_EINVAL;
	*out = NULL;
	const xmlNode *root = xmlDocGetRootElement(doc);
	if (!diags || !file || !is_el(root, "register"))
		return PRIVICON_EINVAL;
	builder b = {.diags = diags, .file = file};
	privicon_register *reg = calloc(1, sizeof(*reg));
	if (!reg)
		return PRIVICON_ENOMEM;
	reg->file = strdup(file); /* as the user gave it, not trimmed */
	if (!reg->file)
		b.oom = 1;
	reg->line = pv_node_line(root);
	reg->version = attr(&b, root, "version");
	reg->date = attr(&b, root, "date");
	reg->languages = languages(&b, root);
	size_t count = count_el(root, "activity");
	reg->activities = array(&b, count, sizeof(*reg->activities));
	if (reg->activities)
		reg->n_activities = count;
	size_t i = 0;
	for (const xmlNode *c = first_el(root); c && !b.oom; c = next_el(c)) {
		if (is_el(c, "controller"))
			controller(&b, c, &reg->controller);
		else if (is_el(c, "publication") && !reg->publication_base_url)
			reg->publication_base_url = attr(&b, c, "base-url");
		else if (is_el(c, "activity") && i < reg->n_activities)
			activity(&b, c, &reg->activities[i++]);
	}
	if (b.oom || b.invalid) {
		privicon_register_free(reg);
		return b.oom ? PRIVICON_ENOMEM : PRIVICON_EINVALID;
	}
	*out = reg;
	return PRIVICON_OK;
}

int pv_build_left_out(pv_left_out *out, const xmlNode *n)
{
	builder b = {0};
	*out = (pv_left_out){0};
	out->line = pv_node_line(n);
	out->id = attr(&b, n, "id");
	for (const xmlNode *c = first_el(n); c && !b.oom; c = next_el(c))
		if (is_el(c, "name")) {
			localized(&b, c, &out->name);
			break;
		}
	if (b.oom) {
		free(out->id);
		free(out->name.nl);
		free(out->name.en);
		*out = (pv_left_out){0};
		return PRIVICON_ENOMEM;
	}
	return PRIVICON_OK;
}
