/*
 * columns.c - the columns of a register spreadsheet (see columns.h).
 */
#include "sheet/columns.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/fold.h"

#define S(...) ((const char *const[]){__VA_ARGS__, NULL})

static const pv_field_def fields[PV_F_COUNT] = {
	[PV_F_ID] = {"id", "ID", 1, S("id", "kenmerk activiteit", "activiteit id", "code")},
	[PV_F_VERSION] = {"version", "Versie", 1, S("versie", "version")},
	[PV_F_STATUS] = {"status", "Status", 1, S("status", "stand van zaken")},
	[PV_F_START_DATE] = {"start-date", "Startdatum", 1,
	                     S("startdatum", "begindatum", "ingangsdatum", "datum start",
	                       "start date", "starts")},
	[PV_F_END_DATE] = {"end-date", "Einddatum", 1,
	                   S("einddatum", "datum einde", "gestopt op", "end date", "ended")},
	[PV_F_NAME_NL] = {"name-nl", "Naam verwerking", 1,
	                  S("naam verwerking", "verwerkingsactiviteit", "naam verwerkingsactiviteit",
	                    "verwerking", "naam", "naam activiteit", "activiteit",
	                    "naam proces", "proces", "bedrijfsproces")},
	[PV_F_NAME_EN] = {"name-en", "Naam verwerking (Engels)", 1,
	                  S("naam verwerking engels", "name", "processing activity", "activity",
	                    "activity name", "name english", "naam engels", "processing operation",
	                    "name processing operation")},
	[PV_F_SUMMARY_NL] = {"summary-nl", "Samenvatting", 1,
	                     S("samenvatting", "omschrijving", "beschrijving",
	                       "omschrijving verwerking", "beschrijving verwerking")},
	[PV_F_SUMMARY_EN] = {"summary-en", "Samenvatting (Engels)", 1,
	                     S("samenvatting engels", "summary", "description",
	                       "summary english")},
	[PV_F_DEPARTMENT] = {"department", "Afdeling", 1,
	                     S("afdeling", "proceseigenaar", "eigenaar", "team", "organisatieonderdeel",
	                       "verantwoordelijke afdeling", "department", "owner",
	                       "process owner", "business owner", "dienst", "verantwoordelijke dienst",
	                       "organisational unit", "organizational unit")},
	[PV_F_LEGAL_TEXT] = {"legal-text", "Wettekst (link)", 1,
	                     S("wettekst", "wettekst link", "link wettekst", "legal text")},
	[PV_F_PURPOSE_NL] = {"purpose-nl", "Doelen", 1,
	                     S("doel", "doelen", "doeleinden", "doeleinde", "doel verwerking",
	                       "doeleinden verwerking", "verwerkingsdoel", "verwerkingsdoelen",
	                       "verwerkingsdoeleinde", "verwerkingsdoeleinden")},
	[PV_F_PURPOSE_EN] = {"purpose-en", "Doelen (Engels)", 1,
	                     S("doelen engels", "purpose", "purposes", "purposes english")},
	[PV_F_PURPOSE_ID] = {"purpose-id", "Doel-id", 1, S("doel id", "purpose id")},
	[PV_F_BASIS] = {"basis", "Grondslag", 1,
	                S("grondslag", "grondslagen", "rechtsgrond", "rechtsgrondslag",
	                  "grondslag avg", "grondslag verwerking", "legal basis", "lawful basis",
	                  "basis", "lawfulness", "lawfulness processing")},
	[PV_F_PURPOSE_CATEGORY] = {"purpose-category", "Doelcategorie", 1,
	                           S("doelcategorie", "soort doel", "purpose category")},
	[PV_F_LAW] = {"law", "Wet", 1,
	              S("wet", "wetten", "wettelijke grondslag", "wet en regelgeving",
	                "wetsartikel", "wettelijk kader", "law", "laws", "legal provision",
	                "wettelijke basis", "wetgeving", "regelgeving", "legislation")},
	[PV_F_PURPOSE_OUTSIDE_TASKS] = {"purpose-outside-public-tasks", "Buiten de publieke taak", 1,
	                                S("buiten publieke taak", "buiten publieke taken",
	                                  "outside public tasks")},
	[PV_F_PURPOSE_PARENTAL_CONSENT] = {"purpose-parental-consent", "Toestemming ouders", 1,
	                                   S("toestemming ouders", "toestemming ouder",
	                                     "ouderlijke toestemming", "parental consent")},
	[PV_F_SUBJECTS] = {"subjects", "Categorieën betrokkenen", 1,
	                   S("categorieen betrokkenen", "betrokkenen", "categorie betrokkenen",
	                     "data subjects", "categories data subjects", "betrokkene")},
	[PV_F_LARGE_SCALE] = {"large-scale", "Grootschalig", 1,
	                      S("grootschalig", "grootschalige verwerking", "op grote schaal",
	                        "large scale")},
	[PV_F_DATA] = {"data", "Categorieën persoonsgegevens", 1,
	               S("categorieen persoonsgegevens", "persoonsgegevens", "soorten persoonsgegevens",
	                 "categorie persoonsgegevens", "gegevens", "personal data",
	                 "categories personal data")},
	[PV_F_SPECIAL] = {"special", "Bijzondere persoonsgegevens", 0,
	                  S("bijzondere persoonsgegevens", "bijzondere categorieen persoonsgegevens",
	                    "special categories", "special categories personal data",
	                    "bijzondere gegevens", "gevoelige gegevens", "gevoelige persoonsgegevens",
	                    "special category data", "sensitive data")},
	[PV_F_DATA_SOURCE] = {"data-source", "Bron", 1,
	                      S("bron", "bronnen", "herkomst", "herkomst gegevens", "source",
	                        "sources", "bron gegevens")},
	[PV_F_DATA_REGISTRY] = {"data-registry", "Basisregistratie", 1,
	                        S("basisregistratie", "basisregistraties", "base registry")},
	[PV_F_DATA_ART9] = {"data-art9", "Uitzondering art. 9", 1,
	                    S("uitzondering art 9", "uitzondering bijzondere persoonsgegevens",
	                      "art 9 uitzondering", "art 9 2", "article 9 condition")},
	[PV_F_DATA_PURPOSES] = {"data-purposes", "Doelen per gegeven", 1,
	                        S("doelen per gegeven", "purposes per data category")},
	[PV_F_DATA_LAW] = {"data-law", "Wet per gegeven", 1,
	                   S("wet per gegeven", "law per data category")},
	[PV_F_DATA_LABEL_NL] = {"data-label-nl", "Eigen naam gegeven", 1,
	                        S("eigen naam gegeven", "eigen naam persoonsgegeven", "data label")},
	[PV_F_DATA_LABEL_EN] = {"data-label-en", "Eigen naam gegeven (Engels)", 1,
	                        S("eigen naam gegeven engels", "data label english")},
	[PV_F_DATA_AREA] = {"data-area", "Gebied camera of sensor", 1,
	                    S("gebied camera sensor", "gebied camera", "gebied sensor",
	                      "camera gebied", "area", "monitored area")},
	[PV_F_RECIPIENTS] = {"recipients", "Ontvangers", 1,
	                     S("ontvangers", "ontvanger", "categorieen ontvangers",
	                       "verstrekking aan", "verstrekt aan", "derden", "recipients",
	                       "categories recipients")},
	[PV_F_OUTSIDE] = {"recipients-outside", "Ontvangers buiten de organisatie", 1,
	                  S("ontvangers buiten organisatie", "verstrekking buiten organisatie",
	                    "recipients outside organisation")},
	[PV_F_SOLD] = {"sold", "Verkocht", 1, S("verkocht", "verkoop", "sold")},
	[PV_F_PROCESSORS] = {"processors", "Verwerkers", 0,
	                     S("verwerker", "verwerkers", "naam verwerker", "processor",
	                       "processors")},
	[PV_F_AGREEMENT] = {"agreement", "Verwerkersovereenkomst", 1,
	                    S("verwerkersovereenkomst", "verwerkersovereenkomsten",
	                      "kenmerk verwerkersovereenkomst", "processing agreement",
	                      "data processing agreement", "dpa")},
	[PV_F_RECIPIENT_NAME_EN] = {"recipient-name-en", "Ontvangers (Engels)", 1,
	                            S("ontvangers engels", "naam ontvanger engels",
	                              "recipients english", "recipient name english")},
	[PV_F_RECIPIENT_ROLE_NL] = {"recipient-role-nl", "Rol ontvanger", 1,
	                            S("rol ontvanger", "rol ontvangers", "wat doet ontvanger",
	                              "recipient role dutch")},
	[PV_F_RECIPIENT_ROLE_EN] = {"recipient-role-en", "Rol ontvanger (Engels)", 1,
	                            S("rol ontvanger engels", "rol ontvangers engels",
	                              "recipient role", "role recipient")},
	[PV_F_TRANSFERS] = {"transfers", "Doorgifte buiten de EER", 1,
	                    S("doorgifte buiten eer", "doorgifte", "doorgifte derde landen",
	                      "doorgifte buiten eer derde landen", "doorgifte derde landen buiten eer",
	                      "derde landen", "doorgifte buiten europa", "transfers outside eea",
	                      "third countries", "transfers", "buiten eer")},
	[PV_F_COUNTRIES] = {"countries", "Landen buiten de EER", 1,
	                    S("landen buiten eer", "landen", "countries", "land")},
	[PV_F_RETENTION] = {"retention", "Bewaartermijn", 1,
	                    S("bewaartermijn", "bewaartermijnen", "bewaren", "retention",
	                      "retention period", "termijn", "bewaringstermijn", "bewaringstermijnen",
	                      "time limit", "time limits", "storage period", "retention time")},
	[PV_F_RETENTION_FROM] = {"retention-from", "Bewaartermijn vanaf", 1,
	                         S("bewaartermijn vanaf", "ingang bewaartermijn", "retention from",
	                           "retention start")},
	[PV_F_SELECTIELIJST] = {"selectielijst", "Selectielijst", 1,
	                        S("selectielijst", "resultaat selectielijst", "selectielijst resultaat",
	                          "categorie selectielijst", "archiefcategorie")},
	[PV_F_RETENTION_FOR_NL] = {"retention-for-nl", "Bewaartermijn geldt voor", 1,
	                           S("bewaartermijn geldt voor", "termijn geldt voor",
	                             "voor wie geldt de bewaartermijn", "retention applies to dutch")},
	[PV_F_RETENTION_FOR_EN] = {"retention-for-en", "Bewaartermijn geldt voor (Engels)", 1,
	                           S("bewaartermijn geldt voor engels", "retention applies to",
	                             "retention applies to english")},
	[PV_F_RETENTION_DATA] = {"retention-data", "Bewaartermijn voor gegevens", 1,
	                         S("bewaartermijn voor gegevens", "bewaartermijn per gegeven",
	                           "retention per data category", "retention data categories")},
	[PV_F_AUTOMATED] = {"automated-decision", "Geautomatiseerde besluitvorming", 1,
	                    S("geautomatiseerde besluitvorming", "geautomatiseerd besluit",
	                      "automatische besluitvorming", "automated decision making",
	                      "automated decision", "automated decisions")},
	[PV_F_DECISIONS] = {"decisions", "Besluiten over personen", 1,
	                    S("besluiten over personen", "besluit over personen",
	                      "besluiten over mensen", "decisions about people")},
	[PV_F_AUTO_LOGIC_NL] = {"automated-logic-nl", "Logica besluit", 1, S("logica besluit")},
	[PV_F_AUTO_LOGIC_EN] = {"automated-logic-en", "Logica besluit (Engels)", 1,
	                        S("logica besluit engels", "decision logic")},
	[PV_F_AUTO_CONSEQUENCE_NL] = {"automated-consequence-nl", "Gevolg besluit", 1,
	                              S("gevolg besluit", "gevolgen besluit")},
	[PV_F_AUTO_CONSEQUENCE_EN] = {"automated-consequence-en", "Gevolg besluit (Engels)", 1,
	                              S("gevolg besluit engels", "decision consequence")},
	[PV_F_HUMAN_REVIEW_NL] = {"human-review-nl", "Herbeoordeling door een mens", 1,
	                          S("herbeoordeling door mens", "menselijke tussenkomst",
	                            "menselijke blik")},
	[PV_F_HUMAN_REVIEW_EN] = {"human-review-en", "Herbeoordeling door een mens (Engels)", 1,
	                          S("herbeoordeling door mens engels", "human review",
	                            "human intervention")},
	[PV_F_PROFILING] = {"profiling", "Profilering", 1, S("profilering", "profiling")},
	[PV_F_PROFILING_NL] = {"profiling-nl", "Profilering toelichting", 1,
	                       S("profilering toelichting", "toelichting profilering")},
	[PV_F_PROFILING_EN] = {"profiling-en", "Profilering toelichting (Engels)", 1,
	                       S("profilering toelichting engels", "profiling description")},
	[PV_F_SECURITY] = {"security", "Beveiligingsmaatregelen", 1,
	                   S("beveiligingsmaatregelen", "beveiliging", "maatregelen",
	                     "technische en organisatorische maatregelen",
	                     "technische organisatorische maatregelen", "security measures",
	                     "security", "beveiligingsmaatregel")},
	[PV_F_DPIA] = {"dpia", "DPIA", 1,
	               S("dpia", "dpia nodig", "dpia vereist", "dpia uitgevoerd",
	                 "gegevensbeschermingseffectbeoordeling", "pia")},
	[PV_F_DPIA_STATUS] = {"dpia-status", "DPIA status", 1, S("dpia status", "status dpia")},
	[PV_F_DPIA_DATE] = {"dpia-date", "DPIA datum", 1, S("dpia datum", "datum dpia", "dpia date")},
	[PV_F_DPIA_REFERENCE] = {"dpia-reference", "DPIA kenmerk", 1,
	                         S("dpia kenmerk", "kenmerk dpia", "dpia referentie",
	                           "dpia reference")},
	[PV_F_DPIA_NEW_TECHNOLOGY] = {"dpia-new-technology", "Nieuwe technologie", 1,
	                              S("nieuwe technologie", "nieuwe techniek", "new technology")},
	[PV_F_DPIA_REASON] = {"dpia-reason", "DPIA reden", 1,
	                      S("dpia reden", "reden dpia", "reden geen dpia", "uitkomst pre scan",
	                        "uitkomst dpia toets", "dpia reason", "dpia screening")},
	[PV_F_ACKNOWLEDGEMENTS] = {"acknowledgements", "Erkende waarschuwingen", 1,
	                           S("erkende waarschuwingen", "acknowledgements")},
	[PV_F_INTERNAL_NOTE] = {"internal-note", "Interne notitie", 1,
	                        S("interne notitie", "interne opmerking", "opmerkingen intern",
	                          "interne aantekening", "opmerkingen", "opmerking", "notities",
	                          "internal note", "internal notes", "remarks", "notes",
	                          "toelichting", "toelichting intern")},
};

const pv_field_def *pv_field_get(pv_field f)
{
	if ((int)f < 0 || f >= PV_F_COUNT)
		return NULL;
	return &fields[f];
}

pv_field pv_field_by_key(const char *key)
{
	for (int f = 0; f < PV_F_COUNT && key; f++)
		if (strcmp(fields[f].key, key) == 0)
			return (pv_field)f;
	return PV_F_NONE;
}

/* Words that carry no meaning in a header: articles, prepositions, and
 * the plural endings "(en)" and "(s)" fold into. */
static int is_small_word(const char *w, size_t n)
{
	static const char *const small[] = {"de", "het", "een", "van", "voor", "en", "of", "in",
	                                    "bij", "naar", "per", "the", "a", "an", "and", "of",
	                                    "for", "to", "s", "e", "n", NULL};
	for (const char *const *s = small; *s; s++)
		if (strlen(*s) == n && strncmp(*s, w, n) == 0)
			return 1;
	return 0;
}

#define MAX_WORDS 16
#define WORD_LEN 48

typedef struct {
	char w[MAX_WORDS][WORD_LEN];
	size_t n;
} word_set;

static int cmp_word(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

/* The meaningful words of `text`, sorted, without duplicates. */
static void words_of(word_set *ws, const char *text)
{
	char folded[512];
	const char *p;

	ws->n = 0;
	pv_fold_into(folded, sizeof(folded), text);
	for (p = folded; *p;) {
		size_t n = strcspn(p, " ");
		if (!is_small_word(p, n) && ws->n < MAX_WORDS && n < WORD_LEN) {
			memcpy(ws->w[ws->n], p, n);
			ws->w[ws->n][n] = '\0';
			ws->n++;
		}
		p += n;
		while (*p == ' ')
			p++;
	}
	qsort(ws->w, ws->n, WORD_LEN, cmp_word);
	size_t out = 0;
	for (size_t i = 0; i < ws->n; i++)
		if (out == 0 || strcmp(ws->w[out - 1], ws->w[i]) != 0)
			memmove(ws->w[out++], ws->w[i], WORD_LEN);
	ws->n = out;
}

static int same_words(const word_set *a, const word_set *b)
{
	if (a->n != b->n)
		return 0;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->w[i], b->w[i]) != 0)
			return 0;
	return 1;
}

int pv_same_words(const char *a, const char *b)
{
	word_set wa, wb;
	words_of(&wa, a ? a : "");
	words_of(&wb, b ? b : "");
	return wa.n > 0 && same_words(&wa, &wb);
}

/* Whether every word of `part` is in `whole`. */
static int contains_words(const word_set *whole, const word_set *part)
{
	for (size_t i = 0; i < part->n; i++) {
		size_t j = 0;
		while (j < whole->n && strcmp(whole->w[j], part->w[i]) != 0)
			j++;
		if (j == whole->n)
			return 0;
	}
	return part->n > 0;
}

/*
 * The word sets of every field's headers (its export header first, then
 * its synonyms), made once: a sheet's first rows are matched cell by cell
 * against all of them. Read-only once built (pthread_once).
 */
static struct {
	word_set *sets;
	size_t start[PV_F_COUNT + 1];
} known;
static pthread_once_t known_once = PTHREAD_ONCE_INIT;

static void build_known(void)
{
	size_t n = 0;
	for (int f = 0; f < PV_F_COUNT; f++)
		for (const char *const *syn = fields[f].synonyms; *syn; syn++)
			n++;
	known.sets = malloc((n + PV_F_COUNT) * sizeof(*known.sets));
	if (!known.sets)
		return; /* out of memory: each lookup makes its own */
	n = 0;
	for (int f = 0; f < PV_F_COUNT; f++) {
		known.start[f] = n;
		words_of(&known.sets[n++], fields[f].header);
		for (const char *const *syn = fields[f].synonyms; *syn; syn++)
			words_of(&known.sets[n++], *syn);
	}
	known.start[PV_F_COUNT] = n;
}

/* The word set of header number `i` of field `f` (0: the export's header,
 * then the synonyms), from the table or made into `tmp`; NULL past the end. */
static const word_set *known_set(int f, size_t i, word_set *tmp)
{
	if (known.sets)
		return known.start[f] + i < known.start[f + 1] ? &known.sets[known.start[f] + i] : NULL;
	if (i == 0) {
		words_of(tmp, fields[f].header);
		return tmp;
	}
	for (const char *const *syn = fields[f].synonyms; *syn; syn++)
		if (--i == 0) {
			words_of(tmp, *syn);
			return tmp;
		}
	return NULL;
}

pv_field pv_field_by_header(const char *header)
{
	word_set h, tmp;
	const word_set *s;
	pv_field best = PV_F_NONE;
	size_t best_n = 0;
	int tie = 0;

	pthread_once(&known_once, build_known);
	words_of(&h, header);
	if (h.n == 0)
		return PV_F_NONE;
	for (int f = 0; f < PV_F_COUNT; f++)
		for (size_t i = 0; (s = known_set(f, i, &tmp)); i++)
			if (same_words(&h, s))
				return (pv_field)f;
	for (int f = 0; f < PV_F_COUNT; f++) {
		size_t longest = 0;
		for (size_t i = 0; (s = known_set(f, i, &tmp)); i++)
			if (contains_words(&h, s) && s->n > longest)
				longest = s->n;
		if (longest > best_n) {
			best = (pv_field)f;
			best_n = longest;
			tie = 0;
		} else if (longest && longest == best_n && best != (pv_field)f) {
			tie = 1;
		}
	}
	return tie ? PV_F_NONE : best;
}

size_t pv_header_row(const pv_table *t, size_t *count)
{
	size_t best = 0, best_count = 0;
	for (size_t r = 0; r < t->n_rows && r < PV_HEADER_SEARCH_ROWS; r++) {
		size_t n = 0;
		for (size_t c = 0; c < t->rows[r].n_cells; c++)
			/* A header is a few words: a long text is a row of data. */
			if (t->rows[r].cells[c] && strlen(t->rows[r].cells[c]) <= PV_HEADER_MAX_BYTES &&
			    pv_field_by_header(t->rows[r].cells[c]) != PV_F_NONE)
				n++;
		if (n > best_count) {
			best = r;
			best_count = n;
		}
	}
	if (count)
		*count = best_count;
	return best;
}

void pv_column_name(char *out, size_t cap, size_t col)
{
	char tmp[16];
	size_t n = 0;
	col++;
	while (col && n < sizeof(tmp)) {
		col--;
		tmp[n++] = (char)('A' + col % 26);
		col /= 26;
	}
	size_t i = 0;
	for (; i < n && i + 1 < cap; i++)
		out[i] = tmp[n - 1 - i];
	if (cap)
		out[i < cap ? i : cap - 1] = '\0';
}
