/*
 * register.c - freeing a register model and the public accessors.
 *
 * privicon_register_free() must cope with a register the builder gave up
 * on half-way: every struct starts zeroed, counts are only set once their
 * array exists, and free(NULL) is fine.
 */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "util/lang.h"

static void text_free(pv_text *t)
{
	free(t->nl);
	free(t->en);
}

static void laws_free(pv_law *laws, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(laws[i].title);
		free(laws[i].bwb);
		free(laws[i].article);
		free(laws[i].url);
	}
	free(laws);
}

static void activity_free(pv_activity *a)
{
	free(a->id);
	free(a->start_date);
	free(a->end_date);
	text_free(&a->name);
	text_free(&a->summary);
	free(a->department);
	free(a->legal_text_url);

	for (size_t i = 0; i < a->n_purposes; i++) {
		free(a->purposes[i].id);
		text_free(&a->purposes[i].description);
		laws_free(a->purposes[i].laws, a->purposes[i].n_laws);
		free(a->purposes[i].outside_public_tasks);
		free(a->purposes[i].parental_consent);
	}
	free(a->purposes);

	free(a->subjects);
	free(a->subject_lines);

	for (size_t i = 0; i < a->n_data; i++) {
		pv_data_use *d = &a->data[i];
		for (size_t k = 0; k < d->n_purpose_refs; k++)
			free(d->purpose_refs[k]);
		free(d->purpose_refs);
		laws_free(d->laws, d->n_laws);
		text_free(&d->label);
	}
	free(a->data);

	for (size_t i = 0; i < a->n_recipients; i++) {
		free(a->recipients[i].name);
		free(a->recipients[i].name_en);
		text_free(&a->recipients[i].role);
		free(a->recipients[i].agreement);
	}
	free(a->recipients);

	for (size_t i = 0; i < a->n_transfers; i++)
		free(a->transfers[i].recipient);
	free(a->transfers);

	for (size_t i = 0; i < a->n_retentions; i++) {
		free(a->retentions[i].period);
		free(a->retentions[i].selectielijst);
		text_free(&a->retentions[i].applies_to);
		free(a->retentions[i].categories);
	}
	free(a->retentions);

	text_free(&a->automated.logic);
	text_free(&a->automated.consequence);
	text_free(&a->automated.human_review);
	text_free(&a->profiling.logic);
	text_free(&a->profiling.consequence);

	free(a->measures);
	free(a->measure_lines);

	free(a->dpia.date);
	free(a->dpia.reference);
	free(a->dpia.reason);

	for (size_t i = 0; i < a->n_acks; i++) {
		free(a->acks[i].rule);
		free(a->acks[i].reason);
	}
	free(a->acks);
	free(a->internal_note);
}

static void controller_free(pv_controller *c)
{
	free(c->name);
	free(c->identifier);
	free(c->identifier_scheme);
	free(c->email);
	free(c->phone);
	free(c->web);
	free(c->dpo_name);
	free(c->dpo_email);
	free(c->dpo_phone);
	text_free(&c->short_name);
	free(c->authority_name);
	free(c->authority_name_en);
	free(c->authority_web);
}

void privicon_register_free(privicon_register *reg)
{
	if (!reg)
		return;
	for (size_t i = 0; i < reg->n_activities; i++)
		activity_free(&reg->activities[i]);
	free(reg->activities);
	for (size_t i = 0; i < reg->n_left_out; i++) {
		free(reg->left_out[i].id);
		text_free(&reg->left_out[i].name);
	}
	free(reg->left_out);
	controller_free(&reg->controller);
	free(reg->file);
	free(reg->version);
	free(reg->date);
	free(reg->publication_base_url);
	free(reg);
}

size_t privicon_register_activity_count(const privicon_register *reg)
{
	return reg ? reg->n_activities : 0;
}

const char *privicon_register_activity_id(const privicon_register *reg, size_t i)
{
	return (reg && i < reg->n_activities) ? reg->activities[i].id : NULL;
}

/* ---- left-out activities ---------------------------------------------- */

size_t privicon_register_left_out_count(const privicon_register *reg)
{
	return reg ? reg->n_left_out : 0;
}

const char *privicon_register_left_out_id(const privicon_register *reg, size_t i)
{
	return (reg && i < reg->n_left_out) ? reg->left_out[i].id : NULL;
}

const char *privicon_register_left_out_name(const privicon_register *reg, size_t i,
                                            const char *lang)
{
	if (!reg || i >= reg->n_left_out)
		return NULL;
	const pv_text *t = &reg->left_out[i].name;
	return pv_lang_is_en(lang) ? t->en : t->nl;
}

int privicon_register_left_out_line(const privicon_register *reg, size_t i)
{
	return (reg && i < reg->n_left_out) ? reg->left_out[i].line : 0;
}

static int same_id(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

int privicon_register_leave_out(privicon_register *reg, const char *activity_id)
{
	if (!reg || !activity_id)
		return PRIVICON_EINVAL;
	size_t matches = 0;
	for (size_t i = 0; i < reg->n_activities; i++)
		matches += same_id(reg->activities[i].id, activity_id);
	if (matches == 0)
		return PRIVICON_EINVAL;
	pv_left_out *grown = realloc(reg->left_out,
	                             (reg->n_left_out + matches) * sizeof(*reg->left_out));
	if (!grown)
		return PRIVICON_ENOMEM;
	reg->left_out = grown;
	size_t kept = 0;
	for (size_t i = 0; i < reg->n_activities; i++) {
		pv_activity *a = &reg->activities[i];
		if (!same_id(a->id, activity_id)) {
			reg->activities[kept++] = *a;
			continue;
		}
		/* The id and the name move to the left-out list; the rest goes. */
		pv_left_out *l = &reg->left_out[reg->n_left_out++];
		l->id = a->id;
		l->name = a->name;
		l->line = a->line;
		a->id = NULL;
		a->name.nl = a->name.en = NULL;
		activity_free(a);
	}
	reg->n_activities = kept;
	return PRIVICON_OK;
}

int privicon_register_leave_out_failing(privicon_register *reg,
                                        const privicon_diagnostics *diags,
                                        size_t *register_errors)
{
	if (register_errors)
		*register_errors = 0;
	if (!reg || !diags)
		return PRIVICON_EINVAL;
	size_t n = privicon_diagnostics_count(diags);
	for (size_t i = 0; i < n; i++) {
		if (privicon_diagnostic_severity(diags, i) != PRIVICON_ERROR ||
		    privicon_diagnostic_acknowledged(diags, i))
			continue;
		const char *file = privicon_diagnostic_file(diags, i);
		if (file && reg->file && strcmp(file, reg->file) != 0)
			continue;
		const char *id = privicon_diagnostic_activity(diags, i);
		if (!id) {
			if (register_errors)
				(*register_errors)++;
			continue;
		}
		int rc = privicon_register_leave_out(reg, id);
		if (rc == PRIVICON_ENOMEM)
			return rc;
		/* EINVAL: left out already (an activity with several errors). */
	}
	return PRIVICON_OK;
}

int privicon_register_has_language(const privicon_register *reg, const char *lang)
{
	if (!reg || !lang)
		return 0;
	/* 0: a model built by hand, which states nothing: both. */
	unsigned set = reg->languages ? reg->languages : PV_LANG_NL | PV_LANG_EN;
	if (strcmp(lang, "nl") == 0)
		return (set & PV_LANG_NL) != 0;
	if (strcmp(lang, "en") == 0)
		return (set & PV_LANG_EN) != 0;
	return 0;
}
