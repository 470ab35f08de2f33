/*
 * rules_placeholder.c - the placeholders `privicon new` writes into a new
 * register ("[INVULLEN] ...", "[FILL IN] ...", and the example activity's
 * id "invullen-...") and `privicon import` writes for a required text the
 * sheet lacks are things to fill in, never texts for residents:
 * each one left is an error (placeholder), so a register fresh from the
 * template lists what is still to do and is never published as it is.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "rules/rules.h"

/* The markers, in the words of `privicon new` (src/cli/cmd_new.c). */
static const char *const markers[] = {"[INVULLEN", "[FILL IN"};
#define TEMPLATE_ID "invullen"

/* Whether `s` holds a placeholder (ASCII case does not count). */
static int is_placeholder(const char *s)
{
	if (!s)
		return 0;
	for (const char *p = strchr(s, '['); p; p = strchr(p + 1, '[')) {
		for (size_t m = 0; m < sizeof(markers) / sizeof(markers[0]); m++) {
			size_t n = strlen(markers[m]);
			if (strncasecmp(p, markers[m], n) == 0)
				return 1;
		}
	}
	return 0;
}

/* One finding for the text `s` of `what` (an element or attribute, as the
 * officer sees it in the file) when it holds a placeholder. */
static int check_one(pv_rules *r, const pv_activity *a, const char *what, const char *s,
                     int line)
{
	if (!is_placeholder(s))
		return PRIVICON_OK;
	char shown[96];
	pv_clip(shown, sizeof(shown), s, 60);
	if (!a)
		return pv_rules_report(
			r, "placeholder", NULL, line,
			pv_strdup_printf("%s van de organisatie is nog een invulplek ('%s'). "
			                 "Schrijf hier de echte gegevens.",
			                 what, shown),
			pv_strdup_printf("%s of the organisation is still a placeholder ('%s'). "
			                 "Write the real details here.",
			                 what, shown));
	return pv_rules_report(
		r, "placeholder", a, line,
		pv_strdup_printf("Activiteit '%s': %s is nog een invulplek ('%s'). "
		                 "Schrijf hier de echte tekst.",
		                 a->id, what, shown),
		pv_strdup_printf("Activity '%s': %s is still a placeholder ('%s'). "
		                 "Write the real text here.",
		                 a->id, what, shown));
}

/* Both languages of a text: one finding per language that holds one. */
static int check_text(pv_rules *r, const pv_activity *a, const char *element,
                      const pv_text *t, int line)
{
	char what[64];
	int rc;
	snprintf(what, sizeof(what), "<%s> (nl)", element);
	rc = check_one(r, a, what, t->nl, pv_line_or(t->line, line));
	snprintf(what, sizeof(what), "<%s> (en)", element);
	if (rc == PRIVICON_OK)
		rc = check_one(r, a, what, t->en, pv_line_or(t->line, line));
	return rc;
}

static int check_laws(pv_rules *r, const pv_activity *a, const pv_law *laws, size_t n,
                      int line)
{
	int rc = PRIVICON_OK;
	for (size_t i = 0; i < n && rc == PRIVICON_OK; i++) {
		int at = pv_line_or(laws[i].line, line);
		rc = check_one(r, a, "<law title>", laws[i].title, at);
		if (rc == PRIVICON_OK)
			rc = check_one(r, a, "<law article>", laws[i].article, at);
	}
	return rc;
}

int pv_rules_check_placeholders_controller(pv_rules *r)
{
	const pv_controller *c = &r->reg->controller;
	int rc = check_one(r, NULL, "<name>", c->name, c->line);
	if (rc == PRIVICON_OK)
		rc = check_one(r, NULL, "<dpo name>", c->dpo_name, pv_line_or(c->dpo_line, c->line));
	if (rc == PRIVICON_OK)
		rc = check_text(r, NULL, "short-name", &c->short_name, c->line);
	return rc;
}

int pv_rules_check_placeholders(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	size_t n = strlen(TEMPLATE_ID);
	if (a->id && strncmp(a->id, TEMPLATE_ID, n) == 0 && (a->id[n] == '\0' || a->id[n] == '-'))
		rc = pv_rules_report(
			r, "placeholder", a, a->line,
			pv_strdup_printf("Activiteit '%s' is het voorbeeld van privicon new. Geef de "
			                 "activiteit een eigen id (kleine letters, cijfers en streepjes; "
			                 "het wordt de bestandsnaam van de kaart) en kijk de waarden na die "
			                 "privicon new als voorbeeld invulde: basis en category van het "
			                 "doel, de betrokkenen (subject kind) en de gegevens (kind en "
			                 "source).",
			                 a->id),
			pv_strdup_printf("Activity '%s' is the example from privicon new. Give the activity "
			                 "an id of its own (lower-case letters, digits and hyphens; it "
			                 "becomes the file name of its sheet) and review the values privicon "
			                 "new filled in as an example: the purpose's basis and category, the "
			                 "data subjects (subject kind) and the data (kind and source).",
			                 a->id));
	if (rc == PRIVICON_OK)
		rc = check_text(r, a, "name", &a->name, a->line);
	if (rc == PRIVICON_OK)
		rc = check_text(r, a, "summary", &a->summary, a->line);
	if (rc == PRIVICON_OK)
		rc = check_one(r, a, "<department>", a->department, a->line);
	for (size_t i = 0; i < a->n_purposes && rc == PRIVICON_OK; i++) {
		const pv_purpose *p = &a->purposes[i];
		rc = check_text(r, a, "description", &p->description, pv_line_or(p->line, a->line));
		if (rc == PRIVICON_OK)
			rc = check_laws(r, a, p->laws, p->n_laws, pv_line_or(p->line, a->line));
	}
	for (size_t i = 0; i < a->n_data && rc == PRIVICON_OK; i++)
		rc = check_laws(r, a, a->data[i].laws, a->data[i].n_laws,
		                pv_line_or(a->data[i].line, a->line));
	for (size_t i = 0; i < a->n_recipients && rc == PRIVICON_OK; i++)
		rc = check_one(r, a, "<recipient name>", a->recipients[i].name,
		               pv_line_or(a->recipients[i].line, a->line));
	if (rc == PRIVICON_OK)
		rc = check_text(r, a, "logic", &a->automated.logic, a->automated.line);
	if (rc == PRIVICON_OK)
		rc = check_text(r, a, "consequence", &a->automated.consequence, a->automated.line);
	if (rc == PRIVICON_OK)
		rc = check_text(r, a, "description", &a->profiling.logic, a->profiling.line);
	return rc;
}
