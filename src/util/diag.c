/*
 * diag.c - the diagnostics list: a growing array of findings, each with
 * its own copies of every string.
 */
#include "util/diag.h"
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>

struct diagnostic {
	char *file;
	int line;
	int column;
	privicon_severity severity;
	char *rule;
	char *activity;
	char *message_nl;
	char *message_en;
	char *acknowledged;
};

struct privicon_diagnostics {
	struct diagnostic *items;
	size_t count;
	size_t capacity;
};

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

int privicon_diagnostics_new(privicon_diagnostics **out)
{
	if (!out)
		return PRIVICON_EINVAL;
	*out = calloc(1, sizeof(**out));
	return *out ? PRIVICON_OK : PRIVICON_ENOMEM;
}

static void diagnostic_clear(struct diagnostic *d)
{
	free(d->file);
	free(d->rule);
	free(d->activity);
	free(d->message_nl);
	free(d->message_en);
	free(d->acknowledged);
}

void privicon_diagnostics_free(privicon_diagnostics *diags)
{
	if (!diags)
		return;
	for (size_t i = 0; i < diags->count; i++)
		diagnostic_clear(&diags->items[i]);
	free(diags->items);
	free(diags);
}

int privicon_diagnostics_add(privicon_diagnostics *diags, const char *file, int line,
                             int column, privicon_severity severity, const char *rule,
                             const char *activity, const char *message_nl,
                             const char *message_en)
{
	if (!diags || !rule || !message_nl || !message_en)
		return PRIVICON_EINVAL;
	if (diags->count == diags->capacity) {
		size_t cap = diags->capacity ? diags->capacity * 2 : 16;
		struct diagnostic *items = realloc(diags->items, cap * sizeof(*items));
		if (!items)
			return PRIVICON_ENOMEM;
		diags->items = items;
		diags->capacity = cap;
	}
	struct diagnostic d = {
		.file = dup_or_null(file),
		.line = line,
		.column = column,
		.severity = severity,
		.rule = strdup(rule),
		.activity = dup_or_null(activity),
		.message_nl = strdup(message_nl),
		.message_en = strdup(message_en),
	};
	if ((file && !d.file) || !d.rule || (activity && !d.activity) || !d.message_nl ||
	    !d.message_en) {
		diagnostic_clear(&d);
		return PRIVICON_ENOMEM;
	}
	diags->items[diags->count++] = d;
	return PRIVICON_OK;
}

int pv_diag_acknowledge(privicon_diagnostics *diags, size_t i, const char *reason)
{
	if (!diags || i >= diags->count || !reason)
		return PRIVICON_EINVAL;
	char *copy = strdup(reason);
	if (!copy)
		return PRIVICON_ENOMEM;
	free(diags->items[i].acknowledged);
	diags->items[i].acknowledged = copy;
	return PRIVICON_OK;
}

size_t privicon_diagnostics_count(const privicon_diagnostics *diags)
{
	return diags ? diags->count : 0;
}

size_t privicon_diagnostics_count_severity(const privicon_diagnostics *diags,
                                           privicon_severity severity)
{
	size_t n = 0;
	for (size_t i = 0; diags && i < diags->count; i++)
		if (diags->items[i].severity == severity && !diags->items[i].acknowledged)
			n++;
	return n;
}

static const struct diagnostic *at(const privicon_diagnostics *diags, size_t i)
{
	return (diags && i < diags->count) ? &diags->items[i] : NULL;
}

const char *privicon_diagnostic_file(const privicon_diagnostics *diags, size_t i)
{
	const struct diagnostic *d = at(diags, i);
	return d ? d->file : NULL;
}

int privicon_diagnostic_line(const privicon_diagnostics *diags, size_t i)
{
	const struct diagnostic *d = at(diags, i);
	return d ? d->line : 0;
}

int privicon_diagnostic_column(const privicon_diagnostics *diags, size_t i)
{
	const struct diagnostic *d = at(diags, i);
	return d ? d->column : 0;
}

privicon_severity privicon_diagnostic_severity(const privicon_diagnostics *diags, size_t i)
{
	const struct diagnostic *d = at(diags, i);
	return d ? d->severity : PRIVICON_NOTE;
}

const char *privicon_diagnostic_rule(const privicon_diagnostics *diags, size_t i)
{
	const struct diagnostic *d = at(diags, i);
	return d ? d->rule : "";
}

const char *privicon_diagnostic_activity(const privicon_diagnostics *diags, size_t i)
{
	const struct diagnostic *d = at(diags, i);
	return d ? d->activity : NULL;
}

const char *privicon_diagnostic_message(const privicon_diagnostics *diags, size_t i,
                                        const char *lang)
{
	const struct diagnostic *d = at(diags, i);
	if (!d)
		return "";
	return pv_lang_is_en(lang) ? d->message_en : d->message_nl;
}

const char *privicon_diagnostic_acknowledged(const privicon_diagnostics *diags, size_t i)
{
	const struct diagnostic *d = at(diags, i);
	return d ? d->acknowledged : NULL;
}
