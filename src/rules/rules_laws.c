/*
 * rules_laws.c - is the law a register cites a real basis? law-not-basis
 * and art9-law-missing.
 *
 * GDPR Art. 6(3), 9(2)(b), (g), (h), (i), 10 and 87 ask for a Union or
 * member-state law that creates the task, the obligation or the
 * permission. The GDPR itself, the general articles of the Dutch GDPR
 * Implementation Act (UAVG) and the repealed Wbp are not such a law: they
 * only open the gateway to one. A citation is recognised by its BWB id or
 * EUR-Lex address, else by its title ("AVG", "Uitvoeringswet AVG", ...),
 * and its article (the first number in article="...", or after "art" in
 * the title: "AVG art. 6 lid 1 sub e").
 *
 * What counts as a real basis, per place the law is cited:
 *   purpose, public task         any law but the GDPR, UAVG or Wbp
 *   purpose, legal obligation    also a GDPR article that itself obliges the
 *                                controller (e.g. Art. 15, 30, 33), but not
 *                                Art. 6, 9, 10, 87-89; also a UAVG article
 *                                that is not a gateway
 *   BSN                          any law but the GDPR, UAVG or Wbp: UAVG
 *                                art. 46 allows the BSN only where another
 *                                law does
 *   criminal data                also UAVG art. 32 and 33 (not 31, which
 *                                only points to them)
 *   Art. 9(2)(b), (g), (h), (i)  also UAVG art. 23-30 (not 22, the
 *                                prohibition and gateway)
 * Only when every cited law fails is there a finding: a register that cites
 * the GDPR next to the real law is fine.
 *
 * art9-law-missing: a condition that needs a law (b, g, h, i) on a category
 * that names no law, while no purpose the category serves names a real one.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules/rules.h"

typedef enum { LAW_OTHER, LAW_GDPR, LAW_UAVG, LAW_WBP } law_kind;

typedef enum { AT_TASK, AT_OBLIGATION, AT_BSN, AT_CRIMINAL, AT_ART9 } law_place;

/* The BWB ids and EUR-Lex numbers of the data-protection laws. */
#define BWB_UAVG "BWBR0040940"
#define BWB_WBP "BWBR0011468"
#define CELEX_GDPR "32016R0679"

/* `s` starts with `word` (case-insensitive) followed by a non-letter. */
static int starts_with_word(const char *s, const char *word)
{
	size_t n = strlen(word);
	if (strncasecmp(s, word, n) != 0)
		return 0;
	return !isalpha((unsigned char)s[n]);
}

static int contains(const char *s, const char *needle)
{
	return s && strstr(s, needle) != NULL;
}

static law_kind classify(const pv_law *l)
{
	if ((l->bwb && strcmp(l->bwb, BWB_UAVG) == 0) || contains(l->url, BWB_UAVG))
		return LAW_UAVG;
	if ((l->bwb && strcmp(l->bwb, BWB_WBP) == 0) || contains(l->url, BWB_WBP))
		return LAW_WBP;
	if (contains(l->url, CELEX_GDPR) || contains(l->url, "2016/679"))
		return LAW_GDPR;
	if (l->bwb || l->url || !l->title)
		return LAW_OTHER; /* another law's id or address */
	const char *t = l->title;
	while (*t == ' ')
		t++;
	static const char *const uavg[] = {
		"uavg", "uitvoeringswet avg", "uitvoeringswet algemene verordening gegevensbescherming",
		"gdpr implementation act", "dutch gdpr implementation act",
	};
	static const char *const gdpr[] = {
		"avg", "gdpr", "algemene verordening gegevensbescherming",
		"general data protection regulation", "verordening (eu) 2016/679",
		"regulation (eu) 2016/679", "verordening 2016/679", "regulation 2016/679",
	};
	for (size_t i = 0; i < sizeof(uavg) / sizeof(uavg[0]); i++)
		if (starts_with_word(t, uavg[i]))
			return LAW_UAVG;
	for (size_t i = 0; i < sizeof(gdpr) / sizeof(gdpr[0]); i++)
		if (starts_with_word(t, gdpr[i]))
			return LAW_GDPR;
	if (starts_with_word(t, "wbp") || starts_with_word(t, "wet bescherming persoonsgegevens"))
		return LAW_WBP;
	return LAW_OTHER;
}

/* The first number in `s`, or 0. */
static long first_number(const char *s)
{
	for (; s && *s; s++)
		if (isdigit((unsigned char)*s))
			return strtol(s, NULL, 10);
	return 0;
}

/* The article cited: article="...", else the number after "art" in the
 * title; 0 when none. */
static long article_of(const pv_law *l)
{
	if (l->article)
		return first_number(l->article);
	for (const char *t = l->title; t && *t; t++)
		if (strncasecmp(t, "art", 3) == 0)
			return first_number(t + 3);
	return 0;
}

static int real_basis(const pv_law *l, law_place at)
{
	law_kind kind = classify(l);
	long art = article_of(l);
	switch (kind) {
	case LAW_OTHER:
		return 1;
	case LAW_WBP:
		return 0;
	case LAW_GDPR:
		return at == AT_OBLIGATION && art > 0 && art != 6 && art != 9 && art != 10 &&
		       !(art >= 87 && art <= 89);
	case LAW_UAVG:
		switch (at) {
		case AT_CRIMINAL: return art == 32 || art == 33;
		case AT_ART9: return art >= 23 && art <= 30;
		case AT_OBLIGATION:
			return art > 4 && art != 22 && art != 31 && art != 46;
		default: return 0;
		}
	}
	return 0;
}

/* Whether any of the laws is a real basis at `at`. */
static int any_real(const pv_law *laws, size_t n, law_place at)
{
	for (size_t i = 0; i < n; i++)
		if (real_basis(&laws[i], at))
			return 1;
	return 0;
}

/* "de AVG" / "the GDPR", for the first law that is not a real basis. */
static void named(const pv_law *l, const char **nl, const char **en)
{
	switch (classify(l)) {
	case LAW_UAVG: *nl = "de Uitvoeringswet AVG"; *en = "the UAVG (Dutch GDPR Implementation Act)"; break;
	case LAW_WBP: *nl = "de Wet bescherming persoonsgegevens (vervallen in 2018)"; *en = "the Wbp (repealed in 2018)"; break;
	default: *nl = "de AVG"; *en = "the GDPR"; break;
	}
}

static int report(pv_rules *r, const pv_activity *a, int line, const pv_law *l,
                  const char *where_nl, const char *where_en, const char *why_nl,
                  const char *why_en, const char *cite_nl, const char *cite_en)
{
	const char *law_nl, *law_en;
	named(l, &law_nl, &law_en);
	return pv_rules_report(
		r, "law-not-basis", a, pv_line_or(l->line, line),
		pv_strdup_printf("Activiteit '%s', %s: de genoemde wet (\"%s\") is %s. %s Noem de wet "
		                 "die dit echt regelt, met het artikel: %s.",
		                 a->id, where_nl, l->title ? l->title : "", law_nl, why_nl, cite_nl),
		pv_strdup_printf("Activity '%s', %s: the law cited (\"%s\") is %s. %s Cite the law that "
		                 "really provides for this, with its article: %s.",
		                 a->id, where_en, l->title ? l->title : "", law_en, why_en, cite_en));
}

static int check_purpose(pv_rules *r, const pv_activity *a, const pv_purpose *p)
{
	int letter = pv_basis_letter(p->basis);
	law_place at;
	if (letter == PV_BASIS_PUBLIC_TASK)
		at = AT_TASK;
	else if (letter == PV_BASIS_LEGAL_OBLIGATION)
		at = AT_OBLIGATION;
	else
		return PRIVICON_OK;
	if (p->n_laws == 0 || any_real(p->laws, p->n_laws, at))
		return PRIVICON_OK;
	char *where_nl = pv_strdup_printf("doel '%s'", p->id);
	char *where_en = pv_strdup_printf("purpose '%s'", p->id);
	int rc = PRIVICON_ENOMEM;
	if (where_nl && where_en)
		rc = report(r, a, p->line, &p->laws[0], where_nl, where_en,
		            at == AT_TASK
		                ? "Die wet zegt alleen dat een publieke taak een grondslag kan zijn (art. 6 "
		                  "lid 1 sub e en lid 3 AVG); de taak zelf staat in een andere wet."
		                : "Die wet zegt alleen dat een wettelijke plicht een grondslag kan zijn (art. "
		                  "6 lid 1 sub c en lid 3 AVG); de plicht zelf staat in een andere wet.",
		            at == AT_TASK
		                ? "That law only says a public task can be a basis (GDPR Art. 6(1)(e) and "
		                  "6(3)); the task itself is set by another law."
		                : "That law only says a legal obligation can be a basis (GDPR Art. 6(1)(c) "
		                  "and 6(3)); the obligation itself is set by another law.",
		            "bijvoorbeeld de Gemeentewet, de Participatiewet, de Wmo 2015 of de Wet BRP "
		            "(<law title=\"...\" bwb=\"BWBR...\" article=\"...\"/>)",
		            "for example the Gemeentewet, the Participatiewet, the Wmo 2015 or the Wet BRP "
		            "(<law title=\"...\" bwb=\"BWBR...\" article=\"...\"/>)");
	free(where_nl);
	free(where_en);
	return rc;
}

/* Art. 9(2) conditions that need Union or member-state law. */
static int condition_needs_law(pv_vocab_key art9)
{
	const pv_term *t = pv_vocab_term(PV_VOCAB_SPECIAL_CONDITION, art9);
	return t && (t->flag == 'b' || t->flag == 'g' || t->flag == 'h' || t->flag == 'i');
}

/* Whether a purpose the category serves names a real law for its task. */
static int purpose_law(const pv_rules *r, const pv_activity *a, const pv_data_use *d)
{
	size_t n = d->n_purpose_refs ? d->n_purpose_refs : a->n_purposes;
	for (size_t i = 0; i < n; i++) {
		const pv_purpose *p = d->n_purpose_refs ? pv_rules_purpose(r, d->purpose_refs[i])
		                                        : &a->purposes[i];
		if (p && (any_real(p->laws, p->n_laws, AT_TASK) ||
		          any_real(p->laws, p->n_laws, AT_OBLIGATION)))
			return 1;
	}
	return 0;
}

static int check_category(pv_rules *r, const pv_activity *a, const pv_data_use *d)
{
	pv_data_class cls = pv_data_class_of(d->kind);
	const char *kind = pv_vocab_term(PV_VOCAB_DATA_CATEGORY, d->kind)
	                       ? pv_vocab_term(PV_VOCAB_DATA_CATEGORY, d->kind)->key
	                       : "?";
	char where_nl[96], where_en[96];
	snprintf(where_nl, sizeof(where_nl), "<category kind=\"%s\">", kind);
	snprintf(where_en, sizeof(where_en), "<category kind=\"%s\">", kind);
	if (cls == PV_DATA_NATIONAL_ID && d->n_laws && !any_real(d->laws, d->n_laws, AT_BSN))
		return report(r, a, d->line, &d->laws[0], where_nl, where_en,
		              "Art. 46 UAVG staat het BSN alleen toe om een wet uit te voeren die het "
		              "voorschrijft, of voor doelen die een wet noemt (art. 87 AVG).",
		              "UAVG art. 46 allows the BSN only to carry out a law that prescribes it, or "
		              "for purposes a law sets (GDPR Art. 87).",
		              "de Wet algemene bepalingen burgerservicenummer (bwb=\"BWBR0022428\" "
		              "article=\"10\") of de wet van deze taak",
		              "the Wet algemene bepalingen burgerservicenummer (bwb=\"BWBR0022428\" "
		              "article=\"10\") or the law of this task");
	if (cls == PV_DATA_CRIMINAL && d->n_laws && !any_real(d->laws, d->n_laws, AT_CRIMINAL))
		return report(r, a, d->line, &d->laws[0], where_nl, where_en,
		              "Art. 10 AVG en art. 31 UAVG zeggen alleen dat een wet het gebruik van "
		              "strafrechtelijke gegevens moet toestaan.",
		              "GDPR Art. 10 and UAVG art. 31 only say that a law must allow the use of "
		              "criminal offence data.",
		              "art. 32 of 33 UAVG, of een wet zoals de Wet Bibob (bwb=\"BWBR0013798\")",
		              "UAVG art. 32 or 33, or a law such as the Wet Bibob (bwb=\"BWBR0013798\")");
	if (cls != PV_DATA_SPECIAL || !condition_needs_law(d->art9))
		return PRIVICON_OK;
	const char *cond = pv_vocab_term(PV_VOCAB_SPECIAL_CONDITION, d->art9)->key;
	char letter = (char)pv_vocab_term(PV_VOCAB_SPECIAL_CONDITION, d->art9)->flag;
	if (d->n_laws && !any_real(d->laws, d->n_laws, AT_ART9))
		return report(r, a, d->line, &d->laws[0], where_nl, where_en,
		              "Art. 9 AVG en art. 22 UAVG verbieden het gebruik van bijzondere "
		              "persoonsgegevens en noemen alleen de uitzonderingen; de uitzondering "
		              "vraagt een wet die het gebruik regelt.",
		              "GDPR Art. 9 and UAVG art. 22 prohibit using special category data and "
		              "only name the exceptions; the exception needs a law that provides for the "
		              "use.",
		              "art. 23 tot en met 30 UAVG, of een wet zoals de Wmo 2015, de Jeugdwet, de "
		              "Participatiewet of de Wet publieke gezondheid",
		              "UAVG art. 23 to 30, or a law such as the Wmo 2015, the Jeugdwet, the "
		              "Participatiewet or the Wet publieke gezondheid");
	if (d->n_laws || purpose_law(r, a, d))
		return PRIVICON_OK;
	return pv_rules_report(
		r, "art9-law-missing", a, d->line,
		pv_strdup_printf("Activiteit '%s', <category kind=\"%s\">: de uitzondering %s (art. 9 lid "
		                 "2 sub %c AVG) geldt alleen op grond van een wet, maar het register noemt "
		                 "geen wet: niet bij deze categorie en niet bij de doelen ervan. Voeg een "
		                 "<law title=\"...\" bwb=\"BWBR...\" article=\"...\"/> toe aan de "
		                 "categorie, bijvoorbeeld de Wmo 2015, de Jeugdwet of art. 23 tot en met 30 "
		                 "UAVG.",
		                 a->id, kind, cond, letter),
		pv_strdup_printf("Activity '%s', <category kind=\"%s\">: the condition %s (GDPR Art. "
		                 "9(2)(%c)) applies only on the basis of law, but the register names no "
		                 "law: not on this category and not on its purposes. Add a <law "
		                 "title=\"...\" bwb=\"BWBR...\" article=\"...\"/> to the category, for "
		                 "example the Wmo 2015, the Jeugdwet or UAVG art. 23 to 30.",
		                 a->id, kind, cond, letter));
}

int pv_rules_check_laws(pv_rules *r, const pv_activity *a)
{
	int rc = PRIVICON_OK;
	for (size_t i = 0; i < a->n_purposes && rc == PRIVICON_OK; i++)
		rc = check_purpose(r, a, &a->purposes[i]);
	for (size_t i = 0; i < a->n_data && rc == PRIVICON_OK; i++)
		rc = check_category(r, a, &a->data[i]);
	return rc;
}
