/*
 * test_catalogue.c - the icon catalogue: the built-in one loads and covers
 * every vocabulary the notice shows; a test directory loads; malformed
 * catalogues give a clear message naming the icon and the field (and, in
 * the sanitizer build, leak nothing).
 */
#define _XOPEN_SOURCE 700 /* P_tmpdir */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "notice/catalogue.h"
#include "check.h"
#include "privicon.h"
#include "notice/rights.h"
#include "model/vocab.h"

#define TEST_CATALOGUE SOURCE_DIR "/tests/data/catalogue"

static const char *const questions[] = {"data", "why", "source", "recipients",
                                        "retention", "decision", "security", "rights"};

/* The icons notice.c asks for by id. */
static const char *const fixed_ids[] = {
	"recipient-nobody-else", "recipient-never-sold", "recipient-stays-in-eu",
	"recipient-leaves-eu", "retention-period", "retention-permanent",
	"retention-not-stated", "decision-person-decides", "decision-automated",
	"decision-profiling", "decision-no-profiling",
};

/* The vocabularies each question shows, one icon per key. */
static const struct {
	pv_vocab_id vocab;
	const char *question;
} covered[] = {
	{PV_VOCAB_DATA_CATEGORY, "data"},     {PV_VOCAB_LEGAL_BASIS, "why"},
	{PV_VOCAB_DATA_SOURCE, "source"},     {PV_VOCAB_RECIPIENT_KIND, "recipients"},
	{PV_VOCAB_SECURITY_MEASURE, "security"},
};

/* The id prefix of each question's icons. */
static const char *prefix_of(const char *question)
{
	static const char *const prefixes[][2] = {
		{"data", "data-"},           {"why", "why-"},
		{"source", "source-"},       {"recipients", "recipient-"},
		{"retention", "retention-"}, {"decision", "decision-"},
		{"security", "security-"},   {"rights", "right-"},
	};
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (strcmp(prefixes[i][0], question) == 0)
			return prefixes[i][1];
	return NULL;
}

/* Whether `term` is a right in the DPV GDPR rights ("A15", "A22-3-a"). */
static int dpv_right_exists(const char *term)
{
	FILE *f = fopen(SOURCE_DIR "/data/dpv-2.3/gdpr-rights.csv", "r");
	char line[2048], want[64];
	int found = 0;
	if (!f)
		return 0;
	snprintf(want, sizeof(want), "\"%s\",\"class\",", term);
	while (!found && fgets(line, sizeof(line), f))
		found = strncmp(line, want, strlen(want)) == 0 && strstr(line, "#Right\"") != NULL;
	fclose(f);
	return found;
}

static int vocab_id_named(const char *name)
{
	for (int v = 0; v < PV_VOCAB_COUNT; v++)
		if (strcmp(pv_vocab_get((pv_vocab_id)v)->name, name) == 0)
			return v;
	return -1;
}

static void test_built_in(void)
{
	pv_catalogue *cat = NULL;
	char err[512];
	int rc = pv_catalogue_load(&cat, NULL, err, sizeof(err));
	CHECK(rc == 0 && cat, "built-in catalogue loads (rc %d: %s)", rc, err);
	if (!cat)
		return;
	CHECK(err[0] == '\0', "no message on success");

	size_t n = pv_catalogue_icon_count(cat);
	CHECK(n >= 60, "built-in catalogue has %zu icons", n);
	size_t bad_svg = 0, bad_prefix = 0, bad_concept = 0, bad_lookup = 0, bad_name = 0;
	for (size_t i = 0; i < n; i++) {
		const pv_icon *icon = pv_catalogue_icon_at(cat, i);
		/* The overview's legend: a short name in both languages. */
		if (!icon->name_nl || !icon->name_en || strlen(icon->name_nl) > 40 ||
		    strlen(icon->name_en) > 42) {
			printf("# icon %s: no short name in nl and en, or longer than 40 characters\n",
			       icon->id);
			bad_name++;
		}
		if (!icon->svg || icon->svg_size == 0 || strlen(icon->svg) != icon->svg_size ||
		    !strstr(icon->svg, "<svg")) {
			printf("# icon %s: svg empty or not an svg\n", icon->id);
			bad_svg++;
		}
		const char *prefix = prefix_of(icon->question);
		int question_icon = strncmp(icon->id, "question-", 9) == 0;
		if (!question_icon && (!prefix || strncmp(icon->id, prefix, strlen(prefix)) != 0)) {
			printf("# icon %s: id does not start with %s\n", icon->id,
			       prefix ? prefix : "?");
			bad_prefix++;
		}
		if (pv_catalogue_icon(cat, icon->id) != icon)
			bad_lookup++;
		int v = icon->vocabulary ? vocab_id_named(icon->vocabulary) : -1;
		for (size_t c = 0; c < icon->n_concepts; c++) {
			const char *concept = icon->concepts[c];
			int ok;
			if (v >= 0)
				ok = pv_vocab_find((pv_vocab_id)v, concept) != PV_VOCAB_NONE;
			else if (strcmp(icon->question, "rights") == 0)
				ok = dpv_right_exists(concept);
			else
				ok = icon->vocabulary == NULL;
			if (!ok) {
				printf("# icon %s: concept %s not in vocabulary %s\n", icon->id, concept,
				       icon->vocabulary ? icon->vocabulary : "(none)");
				bad_concept++;
			}
			if (pv_catalogue_icon_for(cat, icon->question, concept) != icon)
				bad_lookup++;
		}
	}
	CHECK(bad_svg == 0, "every icon's svg is non-empty and an svg (%zu bad)", bad_svg);
	CHECK(bad_name == 0, "every icon has a short name in nl and en for the legend (%zu bad)",
	      bad_name);
	CHECK(bad_prefix == 0, "every icon id starts with its question's prefix (%zu bad)",
	      bad_prefix);
	CHECK(dpv_right_exists("A15") && dpv_right_exists("A22-3-a") && !dpv_right_exists("A99"),
	      "rights concepts are checked against the DPV GDPR rights");
	CHECK(bad_concept == 0, "every concept exists in the icon's vocabulary (%zu bad)",
	      bad_concept);
	CHECK(bad_lookup == 0, "every icon is found by id and by each concept (%zu bad)",
	      bad_lookup);

	for (size_t k = 0; k < sizeof(covered) / sizeof(covered[0]); k++) {
		const pv_vocab *v = pv_vocab_get(covered[k].vocab);
		size_t missing = 0;
		for (size_t i = 0; i < v->count; i++) {
			const pv_icon *icon = pv_catalogue_icon_for(cat, covered[k].question,
			                                            v->terms[i].key);
			if (!icon) {
				printf("# no %s icon for %s \"%s\"\n", covered[k].question, v->name,
				       v->terms[i].key);
				missing++;
			} else if (!icon->vocabulary || strcmp(icon->vocabulary, v->name) != 0) {
				printf("# icon %s: vocabulary should be %s\n", icon->id, v->name);
				missing++;
			}
		}
		CHECK(missing == 0, "every %s key (%zu) has a %s icon", v->name, v->count,
		      covered[k].question);
	}
	size_t missing = 0;
	for (int r = 0; r < PV_RIGHT_COUNT; r++)
		if (!pv_catalogue_icon_for(cat, "rights", pv_right_term((pv_right)r))) {
			printf("# no rights icon for %s\n", pv_right_term((pv_right)r));
			missing++;
		}
	CHECK(missing == 0, "every right the notice can show (%d) has an icon", PV_RIGHT_COUNT);
	missing = 0;
	for (size_t i = 0; i < sizeof(fixed_ids) / sizeof(fixed_ids[0]); i++)
		if (!pv_catalogue_icon(cat, fixed_ids[i])) {
			printf("# no icon %s\n", fixed_ids[i]);
			missing++;
		}
	CHECK(missing == 0, "the %zu icons the notice names by id exist",
	      sizeof(fixed_ids) / sizeof(fixed_ids[0]));

	CHECK(pv_catalogue_question_count(cat) == 8, "8 questions");
	int order = 1;
	for (size_t i = 0; i < 8; i++) {
		const pv_question_info *q = pv_catalogue_question_at(cat, i);
		if (!q || strcmp(q->id, questions[i]) != 0 || !pv_catalogue_icon(cat, q->icon))
			order = 0;
	}
	CHECK(order, "questions in the resident's order, each with an icon");
	pv_catalogue_free(cat);
}

static void test_directory(void)
{
	pv_catalogue *cat = NULL;
	char err[512];
	int rc = pv_catalogue_load(&cat, TEST_CATALOGUE, err, sizeof(err));
	CHECK(rc == 0 && cat, "test catalogue directory loads (rc %d: %s)", rc, err);
	if (!cat)
		return;
	const pv_icon *icon = pv_catalogue_icon_for(cat, "data", "address");
	CHECK(icon && strcmp(icon->id, "data-identity") == 0,
	      "icon_for(data, address) is the shared identity icon");
	CHECK(icon == pv_catalogue_icon_for(cat, "data", "birth-date"),
	      "birth-date shares that icon");
	CHECK(icon && strcmp(icon->file, "test.svg") == 0 && icon->svg_size > 0 &&
	          strstr(icon->svg, "<svg"),
	      "the icon source is read from the directory");
	CHECK(!pv_catalogue_icon_for(cat, "why", "address"), "concepts are per question");
	CHECK(!pv_catalogue_icon_for(cat, "data", "genetic"), "no icon for an unlisted key");
	CHECK(!pv_catalogue_icon(cat, "data-nothing"), "no icon for an unknown id");
	const pv_question_info *q = pv_catalogue_question(cat, "rights");
	CHECK(q && strcmp(q->nl, "Uw rechten") == 0 && strcmp(q->icon, "question-rights") == 0,
	      "question lookup by id");
	CHECK(!pv_catalogue_question(cat, "nope") && !pv_catalogue_question_at(cat, 8),
	      "no question outside the eight");
	icon = pv_catalogue_icon(cat, "right-a77");
	CHECK(icon && icon->n_concepts == 1 && strcmp(icon->concepts[0], "A77") == 0,
	      "rights icons stand for DPV right terms");
	pv_catalogue_free(cat);
}

/* ---- malformed catalogues --------------------------------------------------- */

static char tmpdir[512];

static int write_file(const char *name, const char *text)
{
	char path[700];
	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}

static void remove_file(const char *name)
{
	char path[700];
	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	unlink(path);
}

#define QUESTIONS                                                                          \
	"[{\"id\":\"data\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"question-data\"},"          \
	"{\"id\":\"why\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"question-data\"},"            \
	"{\"id\":\"source\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"question-data\"},"         \
	"{\"id\":\"recipients\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"question-data\"},"     \
	"{\"id\":\"retention\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"question-data\"},"      \
	"{\"id\":\"decision\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"question-data\"},"       \
	"{\"id\":\"security\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"question-data\"},"       \
	"{\"id\":\"rights\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"question-data\"}]"
#define QICON                                                                              \
	"{\"id\":\"question-data\",\"question\":\"data\",\"file\":\"a.svg\","               \
	"\"caption\":{\"nl\":\"a\",\"en\":\"a\"},\"description\":{\"nl\":\"a\",\"en\":\"a\"}}"
#define ICON(id, file, concepts, caption_nl)                                               \
	"{\"id\":\"" id "\",\"question\":\"data\",\"file\":\"" file "\","                   \
	"\"concepts\":" concepts ",\"vocabulary\":\"DataCategory\","                        \
	"\"caption\":{\"nl\":" caption_nl ",\"en\":\"Your {label}\"},"                     \
	"\"description\":{\"nl\":\"d\",\"en\":\"d\"}}"
#define DOC(icons) "{\"version\":1,\"questions\":" QUESTIONS ",\"icons\":[" QICON icons "]}"
#define OK_ICON ICON("data-name", "a.svg", "[\"name\"]", "\"Uw {label}\"")

static const struct {
	const char *what;
	const char *json;  /* NULL: no catalogue.json at all */
	const char *svg;   /* content of a.svg */
	int status;
	const char *message; /* expected in err */
} bad[] = {
	{"valid control case", DOC("," OK_ICON), "<svg/>", 0, ""},
	{"no catalogue.json", NULL, "<svg/>", PRIVICON_EIO, "cannot open"},
	{"not JSON", "{\"version\":1,", "<svg/>", PRIVICON_EINVALID, "line 1"},
	{"duplicate key",
	 "{\"version\":1,\"version\":1,\"questions\":" QUESTIONS ",\"icons\":[" QICON "]}",
	 "<svg/>", PRIVICON_EINVALID, "duplicate"},
	{"top level not an object", "[1]", "<svg/>", PRIVICON_EINVALID, "must be an object"},
	{"wrong version", "{\"version\":2,\"questions\":" QUESTIONS ",\"icons\":[" QICON "]}",
	 "<svg/>", PRIVICON_EINVALID, "\"version\" must be the number 1"},
	{"unknown top-level field",
	 "{\"version\":1,\"extra\":0,\"questions\":" QUESTIONS ",\"icons\":[" QICON "]}", "<svg/>",
	 PRIVICON_EINVALID, "unknown field \"extra\""},
	{"questions out of order",
	 "{\"version\":1,\"questions\":[{\"id\":\"why\",\"nl\":\"a\",\"en\":\"a\",\"icon\":\"q\"},"
	 "1,2,3,4,5,6,7],\"icons\":[" QICON "]}",
	 "<svg/>", PRIVICON_EINVALID, "questions[0]: the question must be \"data\" here"},
	{"no icons", "{\"version\":1,\"questions\":" QUESTIONS ",\"icons\":[]}", "<svg/>",
	 PRIVICON_EINVALID, "\"icons\" must be a non-empty array"},
	{"caption not a string", DOC("," ICON("data-name", "a.svg", "[\"name\"]", "7")), "<svg/>",
	 PRIVICON_EINVALID, "icon \"data-name\": field \"caption.nl\" must be a non-empty string"},
	{"id missing",
	 DOC(",{\"question\":\"data\",\"file\":\"a.svg\",\"caption\":{\"nl\":\"a\",\"en\":\"a\"},"
	     "\"description\":{\"nl\":\"a\",\"en\":\"a\"}}"),
	 "<svg/>", PRIVICON_EINVALID, "icons[1]: field \"id\" is missing"},
	{"unknown parameter",
	 DOC("," ICON("data-name", "a.svg", "[\"name\"]", "\"Uw {naam}\"")), "<svg/>",
	 PRIVICON_EINVALID, "icon \"data-name\": field \"caption.nl\" uses an unknown parameter {naam}"},
	{"unbalanced brace", DOC("," ICON("data-name", "a.svg", "[\"name\"]", "\"Uw {label\"")),
	 "<svg/>", PRIVICON_EINVALID, "field \"caption.nl\" has a '{' without a '}'"},
	{"concept not in vocabulary",
	 DOC("," ICON("data-name", "a.svg", "[\"naam\"]", "\"Uw {label}\"")), "<svg/>",
	 PRIVICON_EINVALID, "icon \"data-name\": field \"concepts\": \"naam\" is not a key of vocabulary DataCategory"},
	{"concepts not an array", DOC("," ICON("data-name", "a.svg", "\"name\"", "\"Uw\"")),
	 "<svg/>", PRIVICON_EINVALID, "icon \"data-name\": field \"concepts\" must be an array"},
	{"missing icon file", DOC("," ICON("data-name", "missing.svg", "[\"name\"]", "\"Uw\"")),
	 "<svg/>", PRIVICON_EINVALID, "icon \"data-name\": cannot read file \"missing.svg\""},
	{"file outside the directory", DOC("," ICON("data-name", "../a.svg", "[\"name\"]", "\"Uw\"")),
	 "<svg/>", PRIVICON_EINVALID, "icon \"data-name\": field \"file\" must be a file name"},
	{"empty icon file", DOC("," OK_ICON), "", PRIVICON_EINVALID,
	 "icon \"question-data\": file is empty"},
	{"icon file not an svg", DOC("," OK_ICON), "hello", PRIVICON_EINVALID, "not an SVG"},
	{"duplicate icon id", DOC("," OK_ICON "," OK_ICON), "<svg/>", PRIVICON_EINVALID,
	 "icon \"data-name\" is listed twice"},
	{"two icons, one concept",
	 DOC("," OK_ICON "," ICON("data-name2", "a.svg", "[\"name\"]", "\"Uw\"")), "<svg/>",
	 PRIVICON_EINVALID, "icons \"data-name\" and \"data-name2\" both stand for \"name\""},
	{"unknown question",
	 DOC(",{\"id\":\"x-y\",\"question\":\"how\",\"file\":\"a.svg\",\"caption\":{\"nl\":\"a\","
	     "\"en\":\"a\"},\"description\":{\"nl\":\"a\",\"en\":\"a\"}}"),
	 "<svg/>", PRIVICON_EINVALID, "icon \"x-y\": field \"question\": unknown question \"how\""},
	{"unknown icon field",
	 DOC(",{\"id\":\"x-y\",\"question\":\"data\",\"file\":\"a.svg\",\"captoin\":1,"
	     "\"caption\":{\"nl\":\"a\",\"en\":\"a\"},\"description\":{\"nl\":\"a\",\"en\":\"a\"}}"),
	 "<svg/>", PRIVICON_EINVALID, "icon \"x-y\": unknown field \"captoin\""},
	{"question icon missing",
	 "{\"version\":1,\"questions\":" QUESTIONS ",\"icons\":[" OK_ICON "]}", "<svg/>",
	 PRIVICON_EINVALID, "question \"data\": field \"icon\": there is no icon \"question-data\""},
};

static void test_malformed(void)
{
	const char *base = getenv("TMPDIR");
	if (!base || !*base)
		base = P_tmpdir;
	snprintf(tmpdir, sizeof(tmpdir), "%s/privicon-catalogue-XXXXXX", base);
	if (!mkdtemp(tmpdir)) {
		CHECK(0, "cannot make a temporary directory under %s", base);
		return;
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		remove_file("catalogue.json");
		if ((bad[i].json && write_file("catalogue.json", bad[i].json) != 0) ||
		    write_file("a.svg", bad[i].svg) != 0) {
			CHECK(0, "%s: cannot write the test files", bad[i].what);
			continue;
		}
		pv_catalogue *cat = (pv_catalogue *)&cat; /* must be reset to NULL */
		char err[512];
		int rc = pv_catalogue_load(&cat, tmpdir, err, sizeof(err));
		int ok = rc == bad[i].status && (rc == 0) == (cat != NULL) &&
		         strstr(err, bad[i].message) != NULL &&
		         (rc == 0 || strstr(err, "catalogue.json: ") != NULL);
		CHECK(ok, "%s: status %d, message \"%s\"", bad[i].what, rc, err);
		pv_catalogue_free(cat);
	}
	/* A tiny buffer gets a truncated, terminated message. */
	write_file("catalogue.json", "[");
	pv_catalogue *cat;
	char small[8];
	memset(small, 'x', sizeof(small));
	int rc = pv_catalogue_load(&cat, tmpdir, small, sizeof(small));
	CHECK(rc == PRIVICON_EINVALID && memchr(small, '\0', sizeof(small)),
	      "a short error buffer is filled and terminated");
	CHECK(pv_catalogue_load(&cat, tmpdir, NULL, 0) == PRIVICON_EINVALID && cat == NULL,
	      "no error buffer is fine");
	CHECK(pv_catalogue_load(NULL, tmpdir, NULL, 0) == PRIVICON_EINVAL, "no out-parameter");
	remove_file("catalogue.json");
	remove_file("a.svg");
	rmdir(tmpdir);
}

int main(void)
{
	test_built_in();
	test_directory();
	test_malformed();
	return check_exit_status();
}
