/*
 * privicon.h - the public interface of libprivicon.
 *
 * libprivicon reads a register of personal-data processing (GDPR Art. 30,
 * namespace urn:privicon:register:1), checks it against the schema and the
 * GDPR consistency rules, and reports what it finds as diagnostics.
 *
 * Conventions
 *   - Every type is opaque and every name starts with privicon_.
 *   - Functions that produce something take the out-parameter first.
 *   - Functions return 0 on success or a negative privicon_status.
 *   - Each function says who owns what it returns. Strings returned by
 *     accessors are owned by the object they come from and live as long
 *     as that object.
 *   - Languages are "nl" (the default) or "en".
 */
#ifndef PRIVICON_H
#define PRIVICON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PRIVICON_VERSION "0.1.0"
#define PRIVICON_VERSION_MAJOR 0
#define PRIVICON_VERSION_MINOR 1
#define PRIVICON_VERSION_PATCH 0
/* One number that grows with every release: 0x00MMmmpp. */
#define PRIVICON_VERSION_NUMBER \
	((PRIVICON_VERSION_MAJOR << 16) | (PRIVICON_VERSION_MINOR << 8) | PRIVICON_VERSION_PATCH)

/* The shared library exports only what is marked PRIVICON_EXTERN (the
 * library is built with -fvisibility=hidden). */
#if defined(__GNUC__) && __GNUC__ >= 4
#define PRIVICON_EXTERN __attribute__((visibility("default")))
#else
#define PRIVICON_EXTERN
#endif

/*
 * Option structs (privicon_load_options, _render_options, _site_options,
 * _export_options, _import_options) grow over releases without breaking callers: each
 * starts with a `version`. Set it with the struct's _INIT macro or
 * _options_init() function, or leave the struct zeroed (version 0 reads as
 * 1). A struct from a newer header than the library knows is refused with
 * PRIVICON_EINVAL instead of being misread. `opts` may always be NULL.
 */

/* The version of the library the program runs with (PRIVICON_VERSION is
 * the one it was compiled against); a static string. */
PRIVICON_EXTERN const char *privicon_version(void);

/* Return codes. */
typedef enum {
	PRIVICON_OK = 0,
	PRIVICON_ENOMEM = -1,   /* out of memory */
	PRIVICON_EIO = -2,      /* a file could not be read or written */
	PRIVICON_EINVAL = -3,   /* a bad argument from the caller */
	PRIVICON_EINVALID = -4, /* the register has errors (see the diagnostics) */
	PRIVICON_ETOOBIG = -5,  /* the input is larger than the size cap */
	PRIVICON_ELAYOUT = -6   /* a text does not fit its place on a sheet: a bug
	                           in privicon's layout (see the diagnostic) */
} privicon_status;

/* A short English description of a status; static, never NULL. */
PRIVICON_EXTERN const char *privicon_strerror(int status);

/* ---- Diagnostics ---------------------------------------------------- */

typedef enum {
	PRIVICON_NOTE = 0,
	PRIVICON_WARNING = 1,
	PRIVICON_ERROR = 2
} privicon_severity;

typedef struct privicon_diagnostics privicon_diagnostics;

/* Creates an empty list in *out. The caller owns it: free it with
 * privicon_diagnostics_free(). */
PRIVICON_EXTERN int privicon_diagnostics_new(privicon_diagnostics **out);
PRIVICON_EXTERN void privicon_diagnostics_free(privicon_diagnostics *diags);

PRIVICON_EXTERN size_t privicon_diagnostics_count(const privicon_diagnostics *diags);
/* How many diagnostics have this severity (acknowledged ones excluded). */
PRIVICON_EXTERN size_t privicon_diagnostics_count_severity(const privicon_diagnostics *diags,
                                           privicon_severity severity);

/* Accessors for diagnostic `i` (0 <= i < count). Strings belong to `diags`;
 * NULL where not known (e.g. no activity). Line and column are 1-based,
 * 0 when not known. */
PRIVICON_EXTERN const char *privicon_diagnostic_file(const privicon_diagnostics *diags, size_t i);
PRIVICON_EXTERN int privicon_diagnostic_line(const privicon_diagnostics *diags, size_t i);
PRIVICON_EXTERN int privicon_diagnostic_column(const privicon_diagnostics *diags, size_t i);
PRIVICON_EXTERN privicon_severity privicon_diagnostic_severity(const privicon_diagnostics *diags, size_t i);
/* The rule id, e.g. "schema" or "bsn-law"; never NULL. */
PRIVICON_EXTERN const char *privicon_diagnostic_rule(const privicon_diagnostics *diags, size_t i);
PRIVICON_EXTERN const char *privicon_diagnostic_activity(const privicon_diagnostics *diags, size_t i);
/* The message in `lang` ("nl" or "en"). */
PRIVICON_EXTERN const char *privicon_diagnostic_message(const privicon_diagnostics *diags, size_t i,
                                        const char *lang);
/* The register's reason when the finding is acknowledged, else NULL. */
PRIVICON_EXTERN const char *privicon_diagnostic_acknowledged(const privicon_diagnostics *diags, size_t i);

/* Adds a diagnostic; the strings are copied. Used by the library and by
 * tools that report their own findings (e.g. an unreadable file). */
PRIVICON_EXTERN int privicon_diagnostics_add(privicon_diagnostics *diags, const char *file, int line,
                             int column, privicon_severity severity, const char *rule,
                             const char *activity, const char *message_nl,
                             const char *message_en);

/* ---- Loading a register --------------------------------------------- */

typedef struct privicon_register privicon_register;

#define PRIVICON_DEFAULT_MAX_SIZE ((size_t)256 * 1024 * 1024)

typedef struct {
	unsigned int version;   /* PRIVICON_LOAD_OPTIONS_VERSION (0 reads as 1) */
	size_t max_size;         /* refuse larger files; 0 means the default */
	const char *schema_path; /* an XSD to use instead of the built-in one, or NULL */
	int keep_valid_activities; /* see below; 0 (the default): all or nothing */
} privicon_load_options;
#define PRIVICON_LOAD_OPTIONS_VERSION 1
#define PRIVICON_LOAD_OPTIONS_INIT {.version = PRIVICON_LOAD_OPTIONS_VERSION}
/* Sets *opts to the defaults of `version` (PRIVICON_LOAD_OPTIONS_VERSION).
 * Returns 0, or PRIVICON_EINVAL for a version this library does not know. */
PRIVICON_EXTERN int privicon_load_options_init(privicon_load_options *opts, unsigned int version);

/*
 * Reads, parses (safely: no entities, no DTD, no network, no XInclude) and
 * validates the register at `path`, then builds the model.
 *
 * On success returns 0 and stores a register in *out that the caller owns
 * (free it with privicon_register_free()). Problems with the register are
 * added to `diags` with file and line; then it returns PRIVICON_EINVALID
 * and *out is NULL. A file that cannot be read gives PRIVICON_EIO, one over
 * the size cap PRIVICON_ETOOBIG, each with a diagnostic. `opts` may be NULL.
 */
PRIVICON_EXTERN int privicon_load_file(privicon_register **out, privicon_diagnostics *diags,
                       const char *path, const privicon_load_options *opts);

/* The same for a document in memory; `name` is the file name diagnostics
 * use. `data` need not be NUL-terminated and is not kept. */
PRIVICON_EXTERN int privicon_load_memory(privicon_register **out, privicon_diagnostics *diags,
                         const char *name, const char *data, size_t size,
                         const privicon_load_options *opts);

PRIVICON_EXTERN void privicon_register_free(privicon_register *reg);

PRIVICON_EXTERN size_t privicon_register_activity_count(const privicon_register *reg);
/* The id of activity `i`; owned by `reg`. */
PRIVICON_EXTERN const char *privicon_register_activity_id(const privicon_register *reg, size_t i);
/* Whether the register publishes its texts for residents in `lang` ("nl"
 * or "en"): <register languages="..."> declares them, both when absent.
 * Renderers refuse a language the register does not publish in. */
PRIVICON_EXTERN int privicon_register_has_language(const privicon_register *reg, const char *lang);

/*
 * Per-activity validity: one activity's error need not hide the others.
 *
 * With opts->keep_valid_activities set, an activity with schema errors is
 * left out and the register is built from the other activities: the load
 * then returns 0 with the register in *out, and `diags` holds the errors
 * of every activity left out (each with privicon_diagnostic_activity() set
 * to its id). Count the errors in `diags`: a return of 0 no longer means
 * "no errors". Errors outside activities (the controller, the register's
 * attributes, an unknown element between activities, unsafe or malformed
 * XML, an activity without an id) still fail the whole load, as does a
 * register whose every activity has errors: PRIVICON_EINVALID, *out NULL.
 *
 * privicon_register_leave_out() does the same after loading, e.g. for the
 * activities that privicon_check_rules() found errors in; the left-out
 * activities are then listed by the renderers as missing. Rendering,
 * exporting and the rules see only the activities that are left in.
 */
PRIVICON_EXTERN size_t privicon_register_left_out_count(const privicon_register *reg);
/* The id of left-out activity `i` (in the order they were left out), its
 * name in `lang` ("nl" or "en"; NULL when the register does not state it
 * in that language) and the line of its <activity>; owned by `reg`. */
PRIVICON_EXTERN const char *privicon_register_left_out_id(const privicon_register *reg, size_t i);
PRIVICON_EXTERN const char *privicon_register_left_out_name(const privicon_register *reg, size_t i,
                                                            const char *lang);
PRIVICON_EXTERN int privicon_register_left_out_line(const privicon_register *reg, size_t i);

/* Moves the activity with id `activity_id` (every activity with that id)
 * out of the register into the left-out list. Returns 0, PRIVICON_EINVAL
 * when no activity has that id (or an argument is NULL), PRIVICON_ENOMEM. */
PRIVICON_EXTERN int privicon_register_leave_out(privicon_register *reg, const char *activity_id);

/* Leaves out every activity that `diags` holds an error for (diagnostics
 * of another file than the register's are ignored). Stores in
 * *register_errors (may be NULL) how many errors belong to no activity:
 * when that is not 0, the register as a whole should not be published.
 * Returns 0, PRIVICON_EINVAL, PRIVICON_ENOMEM. */
PRIVICON_EXTERN int privicon_register_leave_out_failing(privicon_register *reg,
                                                        const privicon_diagnostics *diags,
                                                        size_t *register_errors);

/* ---- Consistency rules ----------------------------------------------- */

/* Runs every GDPR consistency rule on `reg` and adds the findings to `diags`.
 * Warnings the register acknowledges (<acknowledgement rule=".." reason="..">)
 * are still added, marked with the reason (privicon_diagnostic_acknowledged).
 * Returns 0 (findings are not failures; count them in `diags`),
 * PRIVICON_ENOMEM, PRIVICON_EINVAL for a NULL argument, or PRIVICON_EIO when
 * a reference table built into the library cannot be read (a broken build).
 * Rule ids, severities and what acknowledgements may cover: see the
 * catalogue below (privicon_rule_at) and `privicon rules`. */
PRIVICON_EXTERN int privicon_check_rules(privicon_diagnostics *diags, const privicon_register *reg);

/* The rule catalogue, for listings and SARIF. Every string is static. */
typedef struct {
	const char *id;          /* stable id, e.g. "bsn-law" */
	privicon_severity severity; /* default severity */
	const char *article;     /* what it rests on, e.g. "Art. 87 AVG, art. 46 UAVG" */
	const char *summary_nl;  /* one line */
	const char *summary_en;
	const char *help_nl;     /* what to add or change */
	const char *help_en;
	const char *triggers_nl; /* one line: what in the register makes it fire */
	const char *triggers_en;
} privicon_rule_info;

PRIVICON_EXTERN size_t privicon_rule_count(void);
/* Rule `i` (0 <= i < count), or NULL. */
PRIVICON_EXTERN const privicon_rule_info *privicon_rule_at(size_t i);
/* The rule with this id, or NULL. */
PRIVICON_EXTERN const privicon_rule_info *privicon_rule_find(const char *id);

/* ---- Themes ------------------------------------------------------------ */

/*
 * A theme: design tokens for the HTML page and the sheets, read from a
 * JSON file in the NL Design System style (nested groups, each token an
 * object with "value", or "$value" as in the W3C design tokens draft).
 * The tokens live under a top-level "privicon" group:
 *   privicon.color.primary, .on-primary, .text, .muted, .background,
 *     .surface, .icon, .attention, .link, .focus, .rule   "#rgb" or "#rrggbb"
 *   privicon.font-family   a CSS font-family list (letters, digits, spaces,
 *                          hyphens, commas and quotes only)
 *   privicon.space.unit    "Npx" (2 to 32) or "Nrem" (0.125 to 2)
 * A value may refer to another token of the file as "{group.token}".
 * Tokens the file leaves out come from the default theme; unknown tokens
 * under "privicon" are warnings; other top-level groups are ignored (a
 * design system's own tokens may share the file). A bad value, or colours
 * below the WCAG 2.1 AA contrast ratios (text 4.5:1, icons and the focus
 * outline 3:1), are errors naming the tokens: the theme is refused.
 *
 * Returns 0 and a theme in *out the caller owns (free it with
 * privicon_theme_free()), with any warnings in `diags`; or
 * PRIVICON_EINVALID (errors in `diags`, rule id "theme"), PRIVICON_EIO
 * (unreadable; idem), PRIVICON_ETOOBIG (over 1 MiB; idem), PRIVICON_ENOMEM.
 */
typedef struct privicon_theme privicon_theme;

PRIVICON_EXTERN int privicon_theme_load_file(privicon_theme **out, privicon_diagnostics *diags,
                             const char *path);
/* The same for a file in memory; `name` is the name diagnostics use. */
PRIVICON_EXTERN int privicon_theme_load_memory(privicon_theme **out, privicon_diagnostics *diags,
                               const char *name, const char *data, size_t size);
PRIVICON_EXTERN void privicon_theme_free(privicon_theme *theme);

/* ---- Rendering ------------------------------------------------------- */

/*
 * Notice sheets for residents: one sheet per activity (header, one row per
 * question with icons and captions, footer with the privacy contact) and
 * an overview of every activity against the eight questions. One layout
 * (CSS px on a sheet 794 px wide, A4 at 96 dpi) is drawn onto three
 * surfaces:
 *   SVG  one sheet; role="img", <title> and <desc> (a text version of the
 *        whole sheet) after the root element; every id and reference
 *        prefixed (default "pv-<activity-id>-", "pv--overview-" for the
 *        overview) so several SVGs can be inlined in one HTML page.
 *   PNG  one sheet, 794 px wide times the scale.
 *   PDF  A4: the overview, then one sheet per activity; title, author,
 *        language (/Lang) and, when SOURCE_DATE_EPOCH is set, its dates.
 * An activity sheet is A4 high (1123 px). Content that needs more space is
 * never shrunk: in SVG and PNG the sheet grows taller, in a PDF it goes on
 * onto the next page (also the overview, which repeats its column heads).
 * Text is DejaVu Sans (fonts-dejavu-core) so the layout is the same on
 * every machine; the same input and options give the same bytes (the PDF
 * when SOURCE_DATE_EPOCH is set; otherwise it carries the current time).
 *
 * Every function below stores a new buffer in *out and its length in
 * *size; the caller owns it and frees it with privicon_free(). On failure
 * *out is NULL and *size 0. Failures other than ENOMEM and EINVAL are
 * described in `diags` when it is not NULL: PRIVICON_ELAYOUT (a text that
 * would not fit: the message names the activity and the question),
 * PRIVICON_EIO (icons_dir cannot be read, or cairo could not draw: e.g. a
 * PNG taller than 32767 px), PRIVICON_EINVALID (a malformed catalogue or
 * icon in icons_dir). Warnings (DejaVu Sans missing, so another font is
 * used) are added to `diags` too, on success. The register itself should
 * be checked first (privicon_load_file, privicon_check_rules): rendering
 * does not check it again.
 */
typedef enum {
	PRIVICON_FORMAT_SVG = 1,
	PRIVICON_FORMAT_PNG = 2,
	PRIVICON_FORMAT_PDF = 4
} privicon_format;

typedef struct {
	unsigned int version;   /* PRIVICON_RENDER_OPTIONS_VERSION (0 reads as 1) */
	const char *lang;      /* "nl" (also NULL) or "en" */
	int scale;             /* PNG pixels per CSS px: 1 (also 0) to 4 */
	const char *icons_dir; /* a directory with catalogue.json and the icon
	                          sources instead of the built-in ones, or NULL */
	const char *id_prefix; /* SVG: prefix for every id instead of the
	                          default, or NULL; [A-Za-z][A-Za-z0-9_-]* */
	const privicon_theme *theme; /* colours and font, or NULL for the
	                          default theme; borrowed for the call */
	const char *base_url;  /* where the site of `privicon site` is published
	                          ("https://www.example.nl/privacy/"), or NULL
	                          for the register's <publication base-url>;
	                          with either, every activity sheet carries a QR
	                          code (about 3 cm) and the address of its page,
	                          BASE + LANG + "/" + ID + ".html". A base URL
	                          that is not a plain http(s) address is
	                          PRIVICON_EINVAL */
} privicon_render_options;
#define PRIVICON_RENDER_OPTIONS_VERSION 1
#define PRIVICON_RENDER_OPTIONS_INIT {.version = PRIVICON_RENDER_OPTIONS_VERSION}
/* Sets *opts to the defaults of `version` (PRIVICON_RENDER_OPTIONS_VERSION).
 * Returns 0, or PRIVICON_EINVAL for a version this library does not know. */
PRIVICON_EXTERN int privicon_render_options_init(privicon_render_options *opts, unsigned int version);

/* Whether `url` can be a base URL (privicon_render_options.base_url,
 * privicon_site_options.base_url): 0 when it is an http(s) address with a
 * host and none of white space, control characters, " ' < > \ ` { } | ^,
 * ? or #, at most 1024 bytes; else PRIVICON_EINVAL (PRIVICON_ENOMEM when
 * memory ran out). */
PRIVICON_EXTERN int privicon_check_base_url(const char *url);

/* The `activity` that selects the overview in privicon_render_sheet(). */
#define PRIVICON_OVERVIEW ((size_t)-1)

/* Renders the sheet of activity `activity` (0 <= activity < count) or the
 * overview (PRIVICON_OVERVIEW) as SVG, PNG or PDF (that sheet alone, on as
 * many A4 pages as it needs). `opts` may be NULL. */
PRIVICON_EXTERN int privicon_render_sheet(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                          const privicon_register *reg, size_t activity,
                          privicon_format format, const privicon_render_options *opts);

/* Renders the whole register as one PDF: the overview first, then every
 * activity's sheet in register order, with a bookmark for each. */
PRIVICON_EXTERN int privicon_render_pdf(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                        const privicon_register *reg, const privicon_render_options *opts);

/*
 * A renderer for many sheets of one register: it loads the icons, sets up
 * the layout engine and parses each icon once, where privicon_render_sheet()
 * and privicon_render_pdf() do so for every call. The bytes are the same
 * either way. privicon_renderer_new() adds the warnings the calls above add
 * (a missing font) to `diags` once, and fails as they would (PRIVICON_EINVAL
 * for bad options; PRIVICON_EIO or PRIVICON_EINVALID for an unusable
 * icons_dir, described in `diags`). `reg` and opts->theme are borrowed
 * until privicon_renderer_free(); the rest of `opts` is copied. A renderer
 * returns the same results and diagnostics per call as the functions above.
 *
 * Threads: one renderer is used by one thread at a time. Several threads
 * may render the same register at once, each with its own renderer (made
 * in that thread: pango gives each thread its own font map) and its own
 * `diags` (or NULL); the register is only read. The register must have
 * been loaded first (privicon_load_*() sets up libxml2 for threads).
 */
typedef struct privicon_renderer privicon_renderer;

PRIVICON_EXTERN int privicon_renderer_new(privicon_renderer **out, privicon_diagnostics *diags,
                          const privicon_register *reg, const privicon_render_options *opts);
/* privicon_render_sheet() and privicon_render_pdf() with a renderer. */
PRIVICON_EXTERN int privicon_renderer_sheet(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                            privicon_renderer *renderer, size_t activity,
                            privicon_format format);
PRIVICON_EXTERN int privicon_renderer_pdf(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                          privicon_renderer *renderer);
PRIVICON_EXTERN void privicon_renderer_free(privicon_renderer *renderer);

/* The ids of the catalogue's icons in catalogue order, as a NULL-terminated
 * array in one allocation (free it with privicon_free()); *count gets the
 * number of ids. */
PRIVICON_EXTERN int privicon_icon_ids(char ***out, size_t *count, privicon_diagnostics *diags,
                      const privicon_render_options *opts);

/*
 * Renders one icon for web teams. SVG: the icon source with role="img"
 * and a <title> (its description in opts->lang); `color` ("#RRGGBB" or
 * NULL) is set as its color, else currentColor follows the page. PNG: a
 * size_px square (8..1024) with a transparent background in `color`
 * (NULL: #154273). PRIVICON_EINVAL for an unknown id or a bad argument.
 */
PRIVICON_EXTERN int privicon_render_icon(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                         const char *icon_id, privicon_format format, int size_px,
                         const char *color, const privicon_render_options *opts);

/*
 * A comprehension test of the icons with residents (ISO 9186-1): each
 * part of the kit as one file. CARDS: a PDF of cards, six to an A4 page,
 * each icon 50 mm high without caption, with a card number (one fixed,
 * shuffled order); ANSWER_SHEET: a PDF with a line per card number;
 * INSTRUCTIONS: the interviewer's instruction (UTF-8 text, Dutch);
 * RESULTS_TEMPLATE: a CSV with a row per card (deelnemer, kaart, icoon,
 * bedoelde_betekenis, antwoord, beoordeling) to copy per participant.
 * The caller frees *out with privicon_free().
 */
typedef enum {
	PRIVICON_KIT_CARDS = 1,
	PRIVICON_KIT_ANSWER_SHEET,
	PRIVICON_KIT_INSTRUCTIONS,
	PRIVICON_KIT_RESULTS_TEMPLATE
} privicon_kit_part;

PRIVICON_EXTERN int privicon_render_test_kit(unsigned char **out, size_t *size,
                                             privicon_diagnostics *diags, privicon_kit_part part,
                                             const privicon_render_options *opts);

/* ISO 9186-1's acceptance level for public information symbols: at least
 * this share (percent) of participants understands the symbol; and a
 * symbol with more than PRIVICON_CRITICAL_CONFUSION_MAX percent answers
 * that say the opposite is unsafe whatever its score. */
#define PRIVICON_COMPREHENSION_ACCEPT 66
#define PRIVICON_CRITICAL_CONFUSION_MAX 5

/*
 * Summarises a filled-in results CSV (the template above; the columns are
 * found by name: icoon/icon and beoordeling/score, whose values are goed,
 * fout, tegengesteld, weet-niet, geen-antwoord or correct, wrong,
 * opposite, dont-know, no-answer; rows without a score are skipped). *report
 * gets a table in `lang` per icon (answers, share understood, share
 * opposite, verdict), lowest share first, and *below the number of icons
 * under the level. PRIVICON_EINVALID for a malformed file (described in
 * `diags` with the line). The caller frees *report with privicon_free().
 */
PRIVICON_EXTERN int privicon_test_results(char **report, size_t *below,
                                          privicon_diagnostics *diags, const char *csv,
                                          size_t csv_size, const char *lang);

/* One SVG sprite with every icon as <symbol id="privicon-ID"
 * viewBox="0 0 48 48"> with a <title>, for <use href="...#privicon-ID">. */
PRIVICON_EXTERN int privicon_render_sprite(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                           const privicon_render_options *opts);

/*
 * The notice of the whole register as one self-contained, accessible HTML
 * page (UTF-8): a skip link, the controller and an introduction, a table
 * of contents, one section per activity with the eight questions (inline
 * SVG icons with role="img" and a <title>, the captions as text), links to
 * the legal texts the register gives, and a footer with the privacy
 * contact. No scripts, no external requests; one <style> block from the
 * theme. Uses opts->lang, opts->icons_dir and opts->theme (scale and
 * id_prefix do not apply). Same ownership and returns as
 * privicon_render_sheet(); the same input gives the same bytes.
 */
PRIVICON_EXTERN int privicon_render_html(unsigned char **out, size_t *size, privicon_diagnostics *diags,
                         const privicon_register *reg, const privicon_render_options *opts);

/* Frees a buffer the library returned (NULL is fine). */
PRIVICON_EXTERN void privicon_free(void *p);

/* A copy of NUL-terminated `s` in which every byte that is not valid UTF-8
 * (overlong forms and surrogates included) is replaced by U+FFFD, for
 * writing names and messages that came from a file to a terminal or JSON.
 * Free it with privicon_free(); NULL when out of memory or `s` is NULL. */
PRIVICON_EXTERN char *privicon_utf8_clean(const char *s);

/* ---- A static site ------------------------------------------------------ */

/*
 * The register as a static site that any web server or file share serves
 * (`privicon site`; docs/publishing.md): per language (nl/, en/) an index
 * page and one page per activity with its sheet as a PDF, the icons and
 * their sprite, one stylesheet (assets/privicon.css, from the theme), the
 * register API of the Logboek Dataverwerkingen draft as static JSON
 * (api/), a root page to choose the language and, with a base URL,
 * sitemap.xml. Pages link to each other relatively; with a base URL they
 * also carry their permanent address. No scripts, no external requests.
 *
 * privicon_site_build() makes every file in memory and stores a site the
 * caller owns in *out (free it with privicon_site_free()); the caller
 * writes the files. The same register and options give the same bytes
 * (the PDFs when SOURCE_DATE_EPOCH is set). Returns 0, PRIVICON_ENOMEM,
 * PRIVICON_EINVAL (a bad argument, an activity id that is not a slug, a
 * base URL that is not a plain http(s) address), or the failures of the
 * renderers above, described in `diags` when it is not NULL.
 */
typedef struct {
	unsigned int version;   /* PRIVICON_SITE_OPTIONS_VERSION (0 reads as 1) */
	const char *base_url;  /* where the site will be published, e.g.
	                          "https://www.example.nl/privacy/", or NULL */
	int fragments;         /* also fragments/<lang>/<page>.html: the body of
	                          each page for a CMS, icons inline */
	const char *icons_dir; /* as in privicon_render_options, or NULL */
	const privicon_theme *theme; /* or NULL for the default theme */
	/* Version 2: called after each sheet (the slow part) with how many of
	 * `total` are made, e.g. for a progress line on a terminal; or NULL.
	 * `progress_ctx` is passed along. Read only when version >= 2. */
	void (*progress)(void *progress_ctx, size_t done, size_t total);
	void *progress_ctx;
} privicon_site_options;
#define PRIVICON_SITE_OPTIONS_VERSION 2
#define PRIVICON_SITE_OPTIONS_INIT {.version = PRIVICON_SITE_OPTIONS_VERSION}
/* Sets *opts to the defaults of `version` (PRIVICON_SITE_OPTIONS_VERSION).
 * Returns 0, or PRIVICON_EINVAL for a version this library does not know. */
PRIVICON_EXTERN int privicon_site_options_init(privicon_site_options *opts, unsigned int version);

typedef struct privicon_site privicon_site;

PRIVICON_EXTERN int privicon_site_build(privicon_site **out, privicon_diagnostics *diags,
                                        const privicon_register *reg,
                                        const privicon_site_options *opts);
PRIVICON_EXTERN size_t privicon_site_file_count(const privicon_site *site);
/* The path of file `i` relative to the site's directory ("nl/index.html"),
 * with "/" between folders; owned by `site`; NULL when out of range. */
PRIVICON_EXTERN const char *privicon_site_file_path(const privicon_site *site, size_t i);
/* The bytes of file `i` (owned by `site`) and their number in *size. */
PRIVICON_EXTERN const unsigned char *privicon_site_file_data(const privicon_site *site, size_t i,
                                                             size_t *size);
PRIVICON_EXTERN void privicon_site_free(privicon_site *site);

/* ---- Export, import and diff ------------------------------------------ */

/*
 * Open data. PRIVICON_EXPORT_JSON is the whole register, lossless (every
 * fact the model holds except source lines), plus per activity the rights
 * and the notice (the eight questions with icon ids and captions, in Dutch
 * and English); its shape is schemas/register.schema.json (JSON Schema
 * 2020-12). Keys come in a fixed order and the same register gives the same
 * bytes. PRIVICON_EXPORT_JSONLD is the same facts as JSON-LD with W3C DPV
 * 2.3 terms (legal bases, data categories, purposes, data subjects,
 * recipients, transfer mechanisms, measures, rights) and, for the facts
 * DPV has no term for, terms in urn:privicon:register:1#.
 *
 * privicon_export() stores a NUL-terminated document (ending in a line
 * break) in *out and its length in *size; the caller frees it with
 * privicon_free(). `opts` may be NULL. Returns 0, PRIVICON_ENOMEM,
 * PRIVICON_EINVAL, or PRIVICON_EINVALID when the icon catalogue (for the
 * notice) cannot be used, described in `diags` when it is not NULL.
 */
typedef enum {
	PRIVICON_EXPORT_JSON = 1,
	PRIVICON_EXPORT_JSONLD = 2
} privicon_export_format;

typedef struct {
	unsigned int version;   /* PRIVICON_EXPORT_OPTIONS_VERSION (0 reads as 1) */
	const char *icons_dir; /* a catalogue directory instead of the built-in
	                          icons (captions of the notice), or NULL */
} privicon_export_options;
#define PRIVICON_EXPORT_OPTIONS_VERSION 1
#define PRIVICON_EXPORT_OPTIONS_INIT {.version = PRIVICON_EXPORT_OPTIONS_VERSION}
/* Sets *opts to the defaults of `version` (PRIVICON_EXPORT_OPTIONS_VERSION).
 * Returns 0, or PRIVICON_EINVAL for a version this library does not know. */
PRIVICON_EXTERN int privicon_export_options_init(privicon_export_options *opts, unsigned int version);

PRIVICON_EXTERN int privicon_export(char **out, size_t *size, privicon_diagnostics *diags,
                    const privicon_register *reg, privicon_export_format format,
                    const privicon_export_options *opts);

/*
 * The JSON export (PRIVICON_EXPORT_JSON) back to a register document: UTF-8
 * XML in namespace urn:privicon:register:1, indented by two spaces. The
 * derived parts (rights, notice) are read for their shape and otherwise
 * ignored: they follow from the facts. Exporting the result gives the same
 * JSON again.
 *
 * `name` names the JSON in diagnostics. Problems are added to `diags`
 * (never NULL) as errors: "json-syntax" (with line and column) for a
 * document that is not JSON, "json-shape" for a wrong type, an unknown or
 * missing key, or a value outside its vocabulary, each message starting
 * with the JSON path ("activities[3].retention.period: ...", indices from
 * 0). The generated XML is loaded again as a last check; anything the
 * loader finds is added with its own rule id. Returns 0 and the document
 * in *out (NUL-terminated; free it with privicon_free()), or
 * PRIVICON_EINVALID (then *out is NULL), PRIVICON_ENOMEM, PRIVICON_EINVAL.
 */
PRIVICON_EXTERN int privicon_import_json(char **out, size_t *size, privicon_diagnostics *diags,
                         const char *name, const char *json, size_t json_size);

/* ---- Spreadsheets (XLSX, ODS, CSV) ------------------------------------ */

/* What a file to import holds, told by its content (not its name): a zip
 * with [Content_Types].xml and xl/workbook.xml is XLSX, one with mimetype
 * and content.xml ODS; text starting with '{' is JSON (the export); other
 * text is CSV. XML (a register) and other zips are UNKNOWN. */
typedef enum {
	PRIVICON_INPUT_UNKNOWN = 0,
	PRIVICON_INPUT_JSON,
	PRIVICON_INPUT_CSV,
	PRIVICON_INPUT_XLSX,
	PRIVICON_INPUT_ODS
} privicon_input_kind;

PRIVICON_EXTERN privicon_input_kind privicon_import_sniff(const char *data, size_t size);

typedef struct {
	unsigned int version;   /* PRIVICON_IMPORT_OPTIONS_VERSION (0 reads as 1) */
	/* A mapping file (JSON, documented in man privicon under import):
	 * which column holds which fact, defaults, the controller. NULL for
	 * none; `map_name` names it in diagnostics. */
	const char *map;
	size_t map_size;
	const char *map_name;
} privicon_import_options;
#define PRIVICON_IMPORT_OPTIONS_VERSION 1
#define PRIVICON_IMPORT_OPTIONS_INIT {.version = PRIVICON_IMPORT_OPTIONS_VERSION}

/*
 * A register kept as a spreadsheet (one row per activity; XLSX, ODS or
 * CSV as Dutch Excel writes it) to a register document, as
 * privicon_import_json() writes it. Columns are found by meaning (Dutch
 * and English headers) or by the mapping file; cell values are mapped to
 * the vocabularies with Dutch and English synonyms.
 *
 * Each thing the officer must decide is added to `diags` with the row as
 * line and the column (1 = A) as column: warnings "import-unmapped" (a
 * value that maps to nothing), "import-assumed", "import-translate" (a
 * resident text in one language only), "import-ignored" (a column not
 * read), and errors "import-missing" (a required fact the sheet does not
 * state; the import then writes nothing). A file that is not a readable
 * spreadsheet, or breaks a limit (zip bomb, entities, absurd sizes, NUL
 * bytes in CSV), gives an error "import-format", "import-limit",
 * "xml-unsafe" or "xml-syntax".
 *
 * Returns 0 with the document in *xml (when `xml` is not NULL; free it with
 * privicon_free()), PRIVICON_EINVALID (nothing written), PRIVICON_ENOMEM or
 * PRIVICON_EINVAL. Whatever the result, *report_json (when not NULL)
 * receives the import report as JSON once the sheet could be read, and
 * *map_json (when not NULL) the mapping the import used, ready to edit and
 * pass back as `opts->map`; both are freed with privicon_free() and may be
 * NULL. `opts` may be NULL.
 */
PRIVICON_EXTERN int privicon_import_sheet(char **xml, size_t *xml_size, char **report_json,
                          char **map_json, privicon_diagnostics *diags, const char *name,
                          const char *data, size_t size, const privicon_import_options *opts);

/*
 * The register as an XLSX workbook in the column layout the import reads:
 * a sheet "Register" with one row per activity and a sheet "Organisatie"
 * with the controller. Importing it gives the same register back. Output
 * is reproducible (SOURCE_DATE_EPOCH, else a fixed date). Returns 0 and
 * the bytes in *out (free with privicon_free()), PRIVICON_ENOMEM,
 * PRIVICON_EIO (no temporary file) or PRIVICON_EINVAL.
 */
PRIVICON_EXTERN int privicon_export_xlsx(char **out, size_t *size, privicon_diagnostics *diags,
                         const privicon_register *reg);

/*
 * What changed between two versions of a register, per activity, in plain
 * words, each change classed material or editorial (the table is in
 * diff.c and in man/privicon.1). A material change needs sign-off and a
 * raised activity version: when the version was not raised, the activity
 * says which version it needs.
 *
 * The result is a list of groups: first the register itself (controller,
 * register version; its id is NULL) when it changed, then every changed
 * activity in the new register's order, then the removed ones in the old
 * register's order. Unchanged activities are not listed.
 */
typedef struct privicon_diff privicon_diff;

/* Compares `old_reg` with `new_reg` (both stay owned by the caller and need
 * not outlive the result). Stores a diff the caller owns in *out (free it
 * with privicon_diff_free()). Returns 0 or PRIVICON_ENOMEM / PRIVICON_EINVAL. */
PRIVICON_EXTERN int privicon_diff_new(privicon_diff **out, const privicon_register *old_reg,
                      const privicon_register *new_reg);
PRIVICON_EXTERN void privicon_diff_free(privicon_diff *diff);

/* Totals over the whole diff. */
PRIVICON_EXTERN size_t privicon_diff_material_count(const privicon_diff *diff);
PRIVICON_EXTERN size_t privicon_diff_editorial_count(const privicon_diff *diff);
/* Activities with a material change and no raised version. */
PRIVICON_EXTERN size_t privicon_diff_version_error_count(const privicon_diff *diff);

PRIVICON_EXTERN size_t privicon_diff_group_count(const privicon_diff *diff);
/* The activity id of group `g`, or NULL for the register itself. */
PRIVICON_EXTERN const char *privicon_diff_group_activity(const privicon_diff *diff, size_t g);
/* Its name in `lang` (the other language, then the id, when missing);
 * "Register" / "Register" for the register group. */
PRIVICON_EXTERN const char *privicon_diff_group_name(const privicon_diff *diff, size_t g, const char *lang);
/* The activity version before and after; 0 when the activity is new
 * (before) or removed (after), and for the register group. */
PRIVICON_EXTERN long privicon_diff_group_old_version(const privicon_diff *diff, size_t g);
PRIVICON_EXTERN long privicon_diff_group_new_version(const privicon_diff *diff, size_t g);
/* The line of the activity in the new register (the old one for a removed
 * activity); 0 when not known. */
PRIVICON_EXTERN int privicon_diff_group_line(const privicon_diff *diff, size_t g);
/* The version the activity must be raised to (old version + 1) when it has
 * a material change without a higher version, or a lower version than
 * before; else 0. */
PRIVICON_EXTERN long privicon_diff_group_version_needed(const privicon_diff *diff, size_t g);
/* The version reminder of group `g` in `lang` ("Verhoog de versie van
 * activiteit 'x' naar 3."), or NULL when the version is fine. */
PRIVICON_EXTERN const char *privicon_diff_group_version_message(const privicon_diff *diff, size_t g,
                                                const char *lang);

PRIVICON_EXTERN size_t privicon_diff_change_count(const privicon_diff *diff, size_t g);
/* The kind of change `i` of group `g`: a stable id from the table, e.g.
 * "recipient-added". */
PRIVICON_EXTERN const char *privicon_diff_change_kind(const privicon_diff *diff, size_t g, size_t i);
/* 1 material, 0 editorial. */
PRIVICON_EXTERN int privicon_diff_change_material(const privicon_diff *diff, size_t g, size_t i);
/* "special" (Art. 9 data), "criminal" (Art. 10 data), or NULL. */
PRIVICON_EXTERN const char *privicon_diff_change_sensitive(const privicon_diff *diff, size_t g, size_t i);
/* The change in plain words in `lang`, without the activity name, e.g.
 * "nieuwe ontvanger: Beveiligingsbedrijf X (leverancier die voor ons werkt)". */
PRIVICON_EXTERN const char *privicon_diff_change_message(const privicon_diff *diff, size_t g, size_t i,
                                         const char *lang);
/* The value before and after as the register writes it (a vocabulary key,
 * a name, "P4W"), or NULL where there is none. */
PRIVICON_EXTERN const char *privicon_diff_change_old(const privicon_diff *diff, size_t g, size_t i);
PRIVICON_EXTERN const char *privicon_diff_change_new(const privicon_diff *diff, size_t g, size_t i);

#ifdef __cplusplus
}
#endif

#endif
