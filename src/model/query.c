/*
 * query.c - questions about what an activity contains (model.h): its data
 * classes and kinds, subjects, sources and recipients. The rules and any
 * other step ask the model, not each other.
 */
#include "model/model.h"

#include <string.h>

#include "model/vocab.h"
#include "util/lang.h"

int pv_activity_has_class(const pv_activity *a, pv_data_class cls)
{
	for (size_t i = 0; i < a->n_data; i++)
		if (pv_data_class_of(a->data[i].kind) == cls)
			return 1;
	return 0;
}

int pv_activity_has_kind(const pv_activity *a, const char *kind)
{
	pv_vocab_key k = pv_vocab_find(PV_VOCAB_DATA_CATEGORY, kind);
	for (size_t i = 0; k != PV_VOCAB_NONE && i < a->n_data; i++)
		if (a->data[i].kind == k)
			return 1;
	return 0;
}

int pv_activity_has_kind_key(const pv_activity *a, pv_vocab_key kind)
{
	for (size_t i = 0; kind != PV_VOCAB_NONE && i < a->n_data; i++)
		if (a->data[i].kind == kind)
			return 1;
	return 0;
}

const char *pv_text_in(const pv_text *t, const char *lang)
{
	const char *want = pv_lang_is_en(lang) ? t->en : t->nl;
	const char *other = pv_lang_is_en(lang) ? t->nl : t->en;
	return want && *want ? want : other;
}

int pv_activity_has_subject(const pv_activity *a, const char *kind)
{
	pv_vocab_key k = pv_vocab_find(PV_VOCAB_DATA_SUBJECT, kind);
	for (size_t i = 0; k != PV_VOCAB_NONE && i < a->n_subjects; i++)
		if (a->subjects[i] == k)
			return 1;
	return 0;
}

int pv_activity_has_source(const pv_activity *a, const char *source)
{
	pv_vocab_key k = pv_vocab_find(PV_VOCAB_DATA_SOURCE, source);
	for (size_t i = 0; k != PV_VOCAB_NONE && i < a->n_data; i++)
		if (a->data[i].source == k)
			return 1;
	return 0;
}

int pv_activity_has_recipient(const pv_activity *a, const char *kind)
{
	pv_vocab_key k = pv_vocab_find(PV_VOCAB_RECIPIENT_KIND, kind);
	for (size_t i = 0; k != PV_VOCAB_NONE && i < a->n_recipients; i++)
		if (a->recipients[i].kind == k)
			return 1;
	return 0;
}
