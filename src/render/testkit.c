/*
 * testkit.c - a comprehension test of the icons with residents, in the
 * way ISO 9186-1 (Graphical symbols - Test methods - Part 1: Method for
 * testing comprehensibility) prescribes: each icon shown on its own,
 * without caption, and the participant says what it means; judges sort
 * each answer into a category; an icon's score is the share of correct
 * answers. (Issue 15; see privicon.h for the parts and the report.)
 *
 * The cards are numbered in one fixed, shuffled order so that icons of one
 * question do not follow each other (the order of showing should not
 * give the answer away); the CSV template and the key use the same
 * numbers.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>

#include "privicon.h"
#include "render/pdfpatch.h"
#include "render/render_job.h"
#include "util/strbuf.h"
#include "util/lang.h"

#define A4_W 595.28
#define A4_H 841.89
#define MM (72.0 / 25.4)

/* The icons in card order: the catalogue shuffled with a fixed seed. */
static int card_order(const pv_icon ***out, size_t *n, const pv_catalogue *cat)
{
	size_t count = pv_catalogue_icon_count(cat);
	const pv_icon **v = calloc(count ? count : 1, sizeof(*v));
	unsigned long long state = 9186; /* fixed: the same cards every time */

	if (!v)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < count; i++)
		v[i] = pv_catalogue_icon_at(cat, i);
	for (size_t i = count; i > 1; i--) {
		state = state * 6364136223846793005ULL + 1442695040888963407ULL;
		size_t j = (size_t)((state >> 33) % i);
		const pv_icon *t = v[i - 1];
		v[i - 1] = v[j];
		v[j] = t;
	}
	*out = v;
	*n = count;
	return 0;
}

static int is_en(const privicon_render_options *o)
{
	return o && pv_lang_is_en(o->lang);
}

/* The meaning the icon is meant to have, for the judges: its caption with
 * every {parameter} as "...". The caller frees. */
static char *intended(const pv_icon *icon, int en)
{
	const char *t = en ? icon->caption_en : icon->caption_nl;
	pv_strbuf b = PV_STRBUF_INIT;
	for (const char *p = t ? t : ""; *p; p++) {
		const char *close = *p == '{' ? strchr(p, '}') : NULL;
		if (close) {
			pv_strbuf_add(&b, "...");
			p = close;
		} else {
			pv_strbuf_addn(&b, p, 1);
		}
	}
	return pv_strbuf_take(&b);
}

static void text_at(cairo_t *cr, double x, double y, double size, int bold, const char *s)
{
	cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
	                       bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
	cairo_move_to(cr, x, y);
	cairo_show_text(cr, s);
}

/* Six cards of 105 x 99 mm to an A4 page, with dashed cutting lines: the
 * icon 50 mm high, black, and the card number; no caption. */
static void draw_cards(cairo_t *cr, const pv_icon **icons, size_t n, int en, char *err,
                       size_t err_size, int *rc)
{
	const double cw = A4_W / 2, ch = A4_H / 3, icon = 50 * MM;
	char label[32];
	for (size_t i = 0; *rc == 0 && i < n; i++) {
		size_t slot = i % 6;
		double x = (double)(slot % 2) * cw, y = (double)(slot / 2) * ch;
		if (slot == 0 && i > 0)
			cairo_show_page(cr);
		if (slot == 0) {
			cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
			cairo_set_line_width(cr, 0.5);
			double dash[] = {4, 4};
			cairo_set_dash(cr, dash, 2, 0);
			cairo_move_to(cr, cw, 0);
			cairo_line_to(cr, cw, A4_H);
			cairo_move_to(cr, 0, ch);
			cairo_line_to(cr, A4_W, ch);
			cairo_move_to(cr, 0, 2 * ch);
			cairo_line_to(cr, A4_W, 2 * ch);
			cairo_stroke(cr);
			cairo_set_dash(cr, NULL, 0, 0);
		}
		*rc = pv_icon_draw(cr, icons[i]->svg, icons[i]->svg_size, x + (cw - icon) / 2,
		                   y + 16 * MM, icon, 0x000000, err, err_size);
		snprintf(label, sizeof(label), en ? "Card %zu" : "Kaart %zu", i + 1);
		cairo_set_source_rgb(cr, 0, 0, 0);
		cairo_text_extents_t te;
		cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
		                       CAIRO_FONT_WEIGHT_BOLD);
		cairo_set_font_size(cr, 14);
		cairo_text_extents(cr, label, &te);
		text_at(cr, x + (cw - te.x_advance) / 2, y + ch - 12 * MM, 14, 1, label);
	}
}

/* The answer sheet: one per participant; a line per card. */
static void draw_answer_sheet(cairo_t *cr, size_t n, int en)
{
	const double left = 20 * MM, line_h = 12 * MM, top_first = 62 * MM, top = 25 * MM;
	double y = top_first;
	char label[32];
	text_at(cr, left, 25 * MM, 18, 1,
	        en ? "Answer sheet: what does this picture mean?"
	           : "Antwoordblad: wat betekent dit plaatje?");
	text_at(cr, left, 36 * MM, 12, 0,
	        en ? "Participant no. ______   Date ____________   Age group ______"
	           : "Deelnemer nr. ______   Datum ____________   Leeftijdsgroep ______");
	text_at(cr, left, 46 * MM, 12, 0,
	        en ? "Write down what you think each picture means. Guessing is fine."
	           : "Schrijf op wat u denkt dat elk plaatje betekent. Gokken mag.");
	cairo_set_line_width(cr, 0.6);
	for (size_t i = 0; i < n; i++) {
		if (y + line_h > A4_H - 20 * MM) {
			cairo_show_page(cr);
			y = top;
		}
		snprintf(label, sizeof(label), en ? "Card %zu" : "Kaart %zu", i + 1);
		text_at(cr, left, y, 12, 1, label);
		cairo_move_to(cr, left + 28 * MM, y + 1);
		cairo_line_to(cr, A4_W - left, y + 1);
		cairo_stroke(cr);
		y += line_h;
	}
}

static int pdf_part(unsigned char **out, size_t *size, const pv_icon **icons, size_t n,
                    privicon_kit_part part, int en, privicon_diagnostics *diags)
{
	pv_membuf buf = {0};
	char date[32], err[256] = "";
	int rc = pv_pdf_source_date(date, sizeof(date));
	if (rc != 0)
		return rc;
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(pv_membuf_write, &buf, A4_W, A4_H);
	const char *title = part == PRIVICON_KIT_CARDS
	                            ? (en ? "Icon comprehension test: cards" : "Begripstest iconen: kaarten")
	                            : (en ? "Icon comprehension test: answer sheet"
	                                  : "Begripstest iconen: antwoordblad");
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "privicon");
	if (*date) {
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date);
	}
	cairo_t *cr = cairo_create(s);
	cairo_set_source_rgb(cr, 0, 0, 0);
	if (part == PRIVICON_KIT_CARDS)
		draw_cards(cr, icons, n, en, err, sizeof(err), &rc);
	else
		draw_answer_sheet(cr, n, en);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	if (rc == 0 && cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
		rc = buf.oom ? PRIVICON_ENOMEM : PRIVICON_EIO;
	cairo_surface_destroy(s);
	if (rc == 0 && buf.oom)
		rc = PRIVICON_ENOMEM;
	if (rc == 0) {
		pv_pdf_patch patch = {.lang = en ? "en-GB" : "nl-NL", .display_doc_title = 1};
		size_t len = buf.len;
		if (pv_pdf_patch_apply(&buf.data, &len, &patch) == PRIVICON_ENOMEM)
			rc = PRIVICON_ENOMEM;
		buf.len = len;
	}
	if (rc != 0) {
		if (*err && diags)
			privicon_diagnostics_add(diags, NULL, 0, 0, PRIVICON_ERROR, "render", NULL,
			                         err, err);
		free(buf.data);
		return rc;
	}
	*out = buf.data;
	*size = buf.len;
	return 0;
}

/* The interviewer's instruction, in Dutch (B1). */
static const char instruction_nl[] =
	"Begripstest van de privacy-iconen - instructie voor de interviewer\n"
	"==================================================================\n"
	"\n"
	"Waarom deze test?\n"
	"Wij willen weten of inwoners de iconen begrijpen zonder de tekst ernaast.\n"
	"De test volgt de methode van ISO 9186-1 (begrijpelijkheid van grafische\n"
	"symbolen). Een icoon is goed genoeg als ten minste 66 procent van de\n"
	"deelnemers het goed begrijpt.\n"
	"\n"
	"Wat heeft u nodig?\n"
	"- kaarten.pdf: print enkelzijdig op A4 en knip de kaarten langs de\n"
	"  stippellijnen. Op elke kaart staat een icoon en een nummer, geen tekst.\n"
	"- antwoordblad.pdf: een blad per deelnemer.\n"
	"- resultaten.csv: hierin zet u de antwoorden en uw oordeel.\n"
	"- Zoek ten minste 50 deelnemers (ISO 9186-1). Kies mensen die op de\n"
	"  inwoners lijken: jong en oud, met en zonder ervaring met de gemeente.\n"
	"  Geen collega's die de iconen al kennen.\n"
	"\n"
	"Hoe gaat het?\n"
	"1. Vertel: \"U ziet zo plaatjes over wat de gemeente met uw gegevens doet.\n"
	"   Zeg of schrijf op wat u denkt dat elk plaatje betekent. Er zijn geen\n"
	"   foute antwoorden; gokken mag. 'Weet ik niet' mag ook.\"\n"
	"2. Vertel waar de plaatjes voor zijn: een blad over wat de gemeente met\n"
	"   persoonsgegevens doet. Meer niet: noem geen betekenis.\n"
	"3. Laat de kaarten een voor een zien, in een andere volgorde per deelnemer\n"
	"   (schud de stapel). Geef geen hints en zeg niet of een antwoord goed is.\n"
	"4. Schrijf het antwoord letterlijk op het antwoordblad, bij het nummer van\n"
	"   de kaart.\n"
	"5. Een deelnemer mag stoppen wanneer hij of zij wil. Neem geen namen op:\n"
	"   alleen een deelnemernummer, de datum en een leeftijdsgroep.\n"
	"\n"
	"Beoordelen\n"
	"Laat ten minste twee mensen elk antwoord los van elkaar beoordelen. Zij\n"
	"kijken in resultaten.csv naar de kolom 'bedoelde_betekenis' (laat die\n"
	"kolom nooit aan deelnemers zien). Kies per antwoord een van deze woorden\n"
	"in de kolom 'beoordeling':\n"
	"  goed           het antwoord zegt wat het icoon bedoelt\n"
	"  fout           het antwoord zegt iets anders\n"
	"  tegengesteld   het antwoord zegt het omgekeerde (bijvoorbeeld 'wij\n"
	"                 verkopen uw gegevens' bij 'wij verkopen nooit')\n"
	"  weet-niet      de deelnemer weet het niet\n"
	"  geen-antwoord  de deelnemer gaf geen antwoord\n"
	"Zijn de beoordelaars het niet eens? Bespreek het en kies samen.\n"
	"\n"
	"Resultaten\n"
	"Kopieer per deelnemer de regels van resultaten.csv en vul 'deelnemer',\n"
	"'antwoord' en 'beoordeling' in. Daarna:\n"
	"  privicon icons --test-results resultaten.csv\n"
	"Dat geeft per icoon het aandeel deelnemers dat het begreep, en welke\n"
	"iconen onder de 66 procent blijven. Een icoon met meer dan 5 procent\n"
	"'tegengesteld' is gevaarlijk, ook als het verder goed scoort: maak het\n"
	"opnieuw.\n";

static int text_part(unsigned char **out, size_t *size, const pv_icon **icons, size_t n,
                     privicon_kit_part part, int en)
{
	pv_strbuf b = PV_STRBUF_INIT;
	if (part == PRIVICON_KIT_INSTRUCTIONS) {
		pv_strbuf_add(&b, instruction_nl);
	} else {
		pv_strbuf_add(&b, "deelnemer,kaart,icoon,bedoelde_betekenis,antwoord,beoordeling\n");
		for (size_t i = 0; i < n; i++) {
			char *meaning = intended(icons[i], en);
			if (!meaning) {
				free(pv_strbuf_take(&b));
				return PRIVICON_ENOMEM;
			}
			pv_strbuf_printf(&b, ",%zu,%s,\"", i + 1, icons[i]->id);
			for (const char *p = meaning; *p; p++)
				pv_strbuf_add(&b, *p == '"' ? "\"\"" : (char[2]){*p, 0});
			pv_strbuf_add(&b, "\",,\n");
			free(meaning);
		}
	}
	char *s = pv_strbuf_take(&b);
	if (!s)
		return PRIVICON_ENOMEM;
	*out = (unsigned char *)s;
	*size = strlen(s);
	return 0;
}

int privicon_render_test_kit(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                             privicon_kit_part part, const privicon_render_options *opts)
{
	pv_catalogue *cat = NULL;
	const pv_icon **icons = NULL;
	size_t n = 0;
	char err[256];
	int en = is_en(opts), rc;

	if (!out || !size)
		return PRIVICON_EINVAL;
	*out = NULL;
	*size = 0;
	if (part < PRIVICON_KIT_CARDS || part > PRIVICON_KIT_RESULTS_TEMPLATE)
		return PRIVICON_EINVAL;
	rc = pv_catalogue_load(&cat, opts ? opts->icons_dir : NULL, err, sizeof(err));
	if (rc != 0) {
		if (diags)
			privicon_diagnostics_add(diags, opts ? opts->icons_dir : NULL, 0, 0,
			                         PRIVICON_ERROR, "render", NULL, err, err);
		return rc;
	}
	rc = card_order(&icons, &n, cat);
	if (rc == 0)
		rc = part == PRIVICON_KIT_CARDS || part == PRIVICON_KIT_ANSWER_SHEET
		             ? pdf_part(out, size, icons, n, part, en, diags)
		             : text_part(out, size, icons, n, part, en);
	free(icons);
	pv_catalogue_free(cat);
	return rc;
}

/* ---- the results --------------------------------------------------------- */

/* One CSV field (RFC 4180: quoted with "" for a quote) from *p into b;
 * returns 1 at the end of a record, 0 at a comma, -1 for a quote left
 * open. */
static int csv_field(const char **p, const char *end, pv_strbuf *b)
{
	const char *q = *p;
	if (q < end && *q == '"') {
		for (q++;; q++) {
			if (q >= end)
				return -1;
			if (*q == '"') {
				if (q + 1 < end && q[1] == '"') {
					pv_strbuf_addn(b, q, 1);
					q++;
					continue;
				}
				q++;
				break;
			}
			pv_strbuf_addn(b, q, 1);
		}
	}
	while (q < end && *q != ',' && *q != '\n' && *q != '\r')
		pv_strbuf_addn(b, q++, 1);
	if (q < end && *q == ',') {
		*p = q + 1;
		return 0;
	}
	if (q < end && *q == '\r')
		q++;
	if (q < end && *q == '\n')
		q++;
	*p = q;
	return 1;
}

typedef enum { J_NONE = -1, J_CORRECT, J_WRONG, J_OPPOSITE, J_DONT_KNOW, J_NO_ANSWER, J_COUNT } judgement;

static judgement judgement_of(const char *s)
{
	static const char *const words[J_COUNT][2] = {
		{"goed", "correct"}, {"fout", "wrong"}, {"tegengesteld", "opposite"},
		{"weet-niet", "dont-know"}, {"geen-antwoord", "no-answer"}};
	for (int j = 0; j < J_COUNT; j++)
		if (strcmp(s, words[j][0]) == 0 || strcmp(s, words[j][1]) == 0)
			return (judgement)j;
	return J_NONE;
}

typedef struct {
	char *id;
	size_t n[J_COUNT], total;
} tally;

static void add_problem(privicon_diagnostics *diags, int line, const char *nl, const char *en)
{
	if (diags)
		privicon_diagnostics_add(diags, NULL, line, 0, PRIVICON_ERROR, "file", NULL, nl,
		                         en);
}

static int by_share(const void *a, const void *b)
{
	const tally *x = a, *y = b;
	double sx = x->total ? (double)x->n[J_CORRECT] / (double)x->total : 0;
	double sy = y->total ? (double)y->n[J_CORRECT] / (double)y->total : 0;
	return sx < sy ? -1 : sx > sy ? 1 : strcmp(x->id, y->id);
}

int privicon_test_results(char **report, size_t *below, privicon_diagnostics *diags,
                          const char *csv, size_t csv_size, const char *lang)
{
	const char *p = csv, *end = csv + csv_size;
	int en = pv_lang_is_en(lang), line = 0, col_icon = -1, col_score = -1;
	tally *t = NULL;
	size_t nt = 0, judged = 0;
	int rc = 0;

	if (!report || !below || (!csv && csv_size))
		return PRIVICON_EINVAL;
	*report = NULL;
	*below = 0;
	while (rc == 0 && p < end) {
		pv_strbuf f = PV_STRBUF_INIT;
		char *fields[16] = {0};
		int nf = 0, last = 0;
		line++;
		while (!last) {
			last = csv_field(&p, end, &f);
			if (last < 0) {
				add_problem(diags, line, "een aanhalingsteken wordt niet gesloten",
				            "a quote is not closed");
				rc = PRIVICON_EINVALID;
				break;
			}
			char *v = pv_strbuf_take(&f);
			if (!v) {
				rc = PRIVICON_ENOMEM;
				break;
			}
			if (nf < 16)
				fields[nf++] = v;
			else
				free(v);
		}
		if (rc == 0 && line == 1) {
			for (int i = 0; i < nf; i++) {
				if (strcmp(fields[i], "icoon") == 0 || strcmp(fields[i], "icon") == 0)
					col_icon = i;
				if (strcmp(fields[i], "beoordeling") == 0 || strcmp(fields[i], "score") == 0)
					col_score = i;
			}
			if (col_icon < 0 || col_score < 0) {
				add_problem(diags, 1, "de kopregel mist de kolom 'icoon' of 'beoordeling'",
				            "the header lacks the column 'icon' or 'score'");
				rc = PRIVICON_EINVALID;
			}
		} else if (rc == 0 && nf > col_icon && nf > col_score && *fields[col_score]) {
			judgement j = judgement_of(fields[col_score]);
			if (j == J_NONE) {
				char nl[160], enm[160];
				snprintf(nl, sizeof(nl), "onbekende beoordeling '%.40s' (goed, fout, tegengesteld, "
				         "weet-niet of geen-antwoord)", fields[col_score]);
				snprintf(enm, sizeof(enm), "unknown score '%.40s' (correct, wrong, opposite, "
				         "dont-know or no-answer)", fields[col_score]);
				add_problem(diags, line, nl, enm);
				rc = PRIVICON_EINVALID;
			} else {
				size_t k = 0;
				while (k < nt && strcmp(t[k].id, fields[col_icon]) != 0)
					k++;
				if (k == nt) {
					tally *bigger = realloc(t, (nt + 1) * sizeof(*t));
					char *id = strdup(fields[col_icon]);
					if (!bigger || !id) {
						free(id);
						if (bigger)
							t = bigger;
						rc = PRIVICON_ENOMEM;
					} else {
						t = bigger;
						t[nt] = (tally){.id = id};
						nt++;
					}
				}
				if (rc == 0) {
					t[k].n[j]++;
					t[k].total++;
					judged++;
				}
			}
		}
		for (int i = 0; i < nf; i++)
			free(fields[i]);
	}
	if (rc == 0 && judged == 0) {
		add_problem(diags, line, "geen enkel antwoord is beoordeeld (kolom 'beoordeling')",
		            "no answer has a score (column 'score')");
		rc = PRIVICON_EINVALID;
	}
	if (rc == 0) {
		pv_strbuf b = PV_STRBUF_INIT;
		qsort(t, nt, sizeof(*t), by_share);
		pv_strbuf_printf(&b, "%-40s %5s %9s %13s  %s\n", en ? "icon" : "icoon",
		                 en ? "n" : "n", en ? "understood" : "begrepen",
		                 en ? "opposite" : "tegengesteld", en ? "verdict" : "oordeel");
		for (size_t k = 0; k < nt; k++) {
			double share = 100.0 * (double)t[k].n[J_CORRECT] / (double)t[k].total;
			double opp = 100.0 * (double)t[k].n[J_OPPOSITE] / (double)t[k].total;
			int fails = share < PRIVICON_COMPREHENSION_ACCEPT;
			int danger = opp > PRIVICON_CRITICAL_CONFUSION_MAX;
			*below += fails || danger;
			pv_strbuf_printf(&b, "%-40s %5zu %8.0f%% %12.0f%%  %s\n", t[k].id, t[k].total, share,
			                 opp,
			                 fails && danger ? (en ? "below the level; dangerous confusion"
			                                       : "onder de norm; gevaarlijke verwarring")
			                 : fails  ? (en ? "below the level" : "onder de norm")
			                 : danger ? (en ? "dangerous confusion" : "gevaarlijke verwarring")
			                          : (en ? "meets the level" : "voldoet"));
		}
		pv_strbuf_printf(&b,
		                 en ? "\nLevel (ISO 9186-1): at least %d%% understood, at most %d%% "
		                      "opposite answers. Below the level: %zu of %zu icons.\n"
		                    : "\nNorm (ISO 9186-1): ten minste %d%% begrepen, ten hoogste %d%% "
		                      "tegengestelde antwoorden. Onder de norm: %zu van de %zu iconen.\n",
		                 PRIVICON_COMPREHENSION_ACCEPT, PRIVICON_CRITICAL_CONFUSION_MAX, *below, nt);
		*report = pv_strbuf_take(&b);
		if (!*report)
			rc = PRIVICON_ENOMEM;
	}
	for (size_t k = 0; k < nt; k++)
		free(t[k].id);
	free(t);
	return rc;
}
