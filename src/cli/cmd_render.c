/*
 * cmd_render.c - `privicon render`: the notice sheets of one register as
 * SVG, PNG and PDF files in a directory.
 *
 *   DIR/<activity-id>.svg, DIR/<activity-id>.png   one sheet per activity
 *   DIR/overview.svg, DIR/overview.png             every activity at a glance
 *   DIR/register.pdf                               the overview, then every sheet
 *
 * The register is loaded and checked first: when it has errors, they are
 * printed as `privicon check` prints them and nothing is written (exit 1).
 * Every file is rendered into memory before the first one is written, so
 * a rendering failure writes no file either; each file is then written
 * atomically (a temporary file in DIR, renamed into place). The path of
 * each file written is printed on stdout, one per line.
 *
 * --jobs N renders on N threads, each with its own renderer (pango font
 * map, layout context, parsed icons; see privicon.h) and its own list of
 * diagnostics per file. The files and the messages are then put in the
 * order one thread renders them in, and a failure is reported as that one
 * thread would have met it: the same bytes, the same output, the same
 * exit status for every N.
 */
#include "cli.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

int cmd_render(int argc, char **argv); /* listed in main.c */

enum {
	OPT_FORMAT = 1,
	OPT_LANG,
	OPT_SCALE,
	OPT_ICONS,
	OPT_THEME,
	OPT_SCHEMA,
	OPT_JOBS,
	OPT_BASE_URL,
	OPT_OUTPUT,
	OPT_ACTIVITY,
	OPT_STRICT,
	OPT_HELP
};

/* --jobs: at most this many threads. */
#define MAX_JOBS 256

static const cli_option render_options[] = {
	{"format", 0, 1, OPT_FORMAT},
	{"lang", 0, 1, OPT_LANG},
	{"scale", 0, 1, OPT_SCALE},
	{"icons", 0, 1, OPT_ICONS},
	{"theme", 0, 1, OPT_THEME},
	{"schema", 0, 1, OPT_SCHEMA},
	{"jobs", 'j', 1, OPT_JOBS},
	{"base-url", 0, 1, OPT_BASE_URL},
	{"output", 'o', 1, OPT_OUTPUT},
	{"activity", 'a', 1, OPT_ACTIVITY},
	{"strict", 0, 0, OPT_STRICT},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

static void render_help(void)
{
	fputs("Usage: privicon render [OPTION]... -o DIR FILE\n"
	      "Render the notice sheets of register FILE into directory DIR:\n"
	      "  DIR/<activity-id>.svg and .png   one A4 sheet per activity\n"
	      "  DIR/overview.svg and .png        every activity against the eight questions\n"
	      "  DIR/register.pdf                 the overview, then every sheet (A4)\n"
	      "A sheet whose content needs more room than A4 grows taller in SVG and\n"
	      "PNG and goes on onto a next page in the PDF.\n"
	      "\n"
	      "The register is checked first; its errors are printed (as 'privicon\n"
	      "check' does). An activity with errors is left out, named on stderr, and\n"
	      "the overview says it is missing; the others are written (exit status 1).\n"
	      "Errors outside activities (the controller, unsafe XML) stop everything,\n"
	      "as does any error with --strict. Each file is written atomically; its\n"
	      "path is printed on stdout.\n"
	      "\n"
	      "Options:\n"
	      "  --format LIST      which of svg,png,pdf to write (default: all three)\n"
	      "  --lang LANG        language of the sheets and messages: nl (default) or en\n"
	      "  --scale N          PNG pixels per CSS pixel, 1 to 4 (default 1:\n"
	      "                     794 px wide; 2: 1588 px wide)\n"
	      "  --icons DIR        use DIR/catalogue.json and its icons instead of the\n"
	      "                     built-in ones\n"
	      "  --theme FILE       design tokens (NL Design System style) for the colours\n"
	      "                     and, if it sets one, the font of the sheets; see\n"
	      "                     themes/default.json. A theme below WCAG contrast is refused\n"
	      "  --schema FILE      check the register against FILE instead of the built-in\n"
	      "                     schema (activity ids must still be safe file names)\n"
	      "  --base-url URL     where the site of 'privicon site' is published: every\n"
	      "                     activity sheet gets a QR code and the address of its\n"
	      "                     page, URL/LANG/ID.html (default: the register's\n"
	      "                     <publication base-url>, if any)\n"
	      "  -j, --jobs N       render on N threads, 1 to 256 (default: the number of\n"
	      "                     processors online); the files are the same for every N\n"
	      "  -a, --activity ID  render only the sheet of activity ID (repeatable);\n"
	      "                     no overview and no PDF then\n"
	      "  --strict           all or nothing: when any activity has an error, write\n"
	      "                     nothing (default: leave that activity out)\n"
	      "  -o, --output DIR   the directory to write to; created if missing (its\n"
	      "                     parent must exist)\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "SOURCE_DATE_EPOCH, when set, is the PDF's creation date (reproducible\n"
	      "output); otherwise the PDF carries the current time.\n"
	      "\n"
	      "Exit status: 0 written, 1 the register has errors (activities left out,\n"
	      "or nothing written), 2 usage or I/O trouble (a bad theme included).\n",
	      stdout);
}

/* "svg,png" into a set of PRIVICON_FORMAT_* bits; 0 on a bad list. */
static int parse_formats(const char *value, int allowed)
{
	int set = 0;
	const char *p = value;

	while (1) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		int bit = 0;
		if (n == 3 && strncmp(p, "svg", 3) == 0)
			bit = PRIVICON_FORMAT_SVG;
		else if (n == 3 && strncmp(p, "png", 3) == 0)
			bit = PRIVICON_FORMAT_PNG;
		else if (n == 3 && strncmp(p, "pdf", 3) == 0)
			bit = PRIVICON_FORMAT_PDF;
		if (!(bit & allowed))
			return 0;
		set |= bit;
		if (!comma)
			return set;
		p = comma + 1;
	}
}

/* A name the output directory can take: a slug (what the schema allows
 * for ids), checked again here so no id can ever name a path elsewhere. */
static int safe_name(const char *s)
{
	if (!s || !*s || *s == '.' || *s == '-' || strlen(s) > 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

/* ---- rendering on threads ------------------------------------------------ */

/* One file to render: a sheet as SVG or PNG, or the PDF. */
typedef struct {
	size_t which;                /* activity index or PRIVICON_OVERVIEW (sheets) */
	int format;                  /* PRIVICON_FORMAT_* */
	const char *name;            /* activity id, "overview" or "register" (borrowed) */
	const char *ext;             /* ".svg", ".png" or ".pdf" */
	unsigned char *data;         /* the bytes rendered (owned) */
	size_t size;
	int rc;                      /* how the rendering went */
	privicon_diagnostics *diags; /* its own messages (owned), or NULL */
} render_task;

/*
 * The tasks and what the threads share. Tasks are numbered in the order
 * one thread renders them: per activity its SVG and PNG, then the
 * overview's, then the PDF. `claim` is the order they are handed out in:
 * with several threads the PDF, the longest, goes first. A task numbered
 * after one that failed is skipped, since one thread would have stopped
 * at the failure; every task numbered before it is rendered, whatever
 * thread gets it, so the result is what one thread would have made.
 */
typedef struct {
	const privicon_register *reg;
	const privicon_render_options *ro;
	render_task *tasks;
	size_t n_tasks;
	size_t *claim;
	size_t next;   /* the next position in `claim` */
	size_t failed; /* the lowest task that failed; n_tasks while none did */
	const unsigned char *only; /* per activity: render it; NULL: all, the
	                              overview and the PDF too (--activity) */
	int progress;  /* show "n/N" on stderr (a terminal, not CI) */
	size_t done;   /* tasks finished, for the progress line */
	pthread_mutex_t lock;
} render_queue;

/* Fills q->tasks and q->claim. Returns 0 or PRIVICON_ENOMEM. */
static int make_tasks(render_queue *q, int formats, int pdf_first)
{
	size_t n = privicon_register_activity_count(q->reg), t = 0;
	static const struct {
		int format;
		const char *ext;
	} kinds[] = {{PRIVICON_FORMAT_SVG, ".svg"}, {PRIVICON_FORMAT_PNG, ".png"}};
	size_t per_sheet = !!(formats & PRIVICON_FORMAT_SVG) + !!(formats & PRIVICON_FORMAT_PNG);
	size_t total = (n + 1) * per_sheet + !!(formats & PRIVICON_FORMAT_PDF);

	q->tasks = calloc(total ? total : 1, sizeof(*q->tasks));
	q->claim = calloc(total ? total : 1, sizeof(*q->claim));
	if (!q->tasks || !q->claim)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i <= n; i++) {
		if (q->only && (i == n || !q->only[i]))
			continue;
		for (size_t k = 0; k < 2; k++) {
			if (!(formats & kinds[k].format))
				continue;
			q->tasks[t++] = (render_task){
				.which = i < n ? i : PRIVICON_OVERVIEW,
				.format = kinds[k].format,
				.name = i < n ? privicon_register_activity_id(q->reg, i) : "overview",
				.ext = kinds[k].ext,
			};
		}
	}
	if (q->only)
		formats &= ~PRIVICON_FORMAT_PDF;
	if (formats & PRIVICON_FORMAT_PDF)
		q->tasks[t++] = (render_task){.format = PRIVICON_FORMAT_PDF, .name = "register",
		                              .ext = ".pdf"};
	q->n_tasks = t;
	q->failed = t;
	for (size_t i = 0; i < t; i++)
		q->claim[i] = i;
	if (pdf_first && t > 0 && (formats & PRIVICON_FORMAT_PDF)) {
		memmove(q->claim + 1, q->claim, (t - 1) * sizeof(*q->claim));
		q->claim[0] = t - 1;
	}
	return 0;
}

static void free_tasks(render_queue *q)
{
	for (size_t i = 0; q->tasks && i < q->n_tasks; i++) {
		privicon_free(q->tasks[i].data);
		privicon_diagnostics_free(q->tasks[i].diags);
	}
	free(q->tasks);
	free(q->claim);
}

/* The next task to render, or n_tasks when none is left. */
static size_t next_task(render_queue *q)
{
	size_t t = q->n_tasks;

	pthread_mutex_lock(&q->lock);
	while (q->next < q->n_tasks) {
		size_t c = q->claim[q->next++];
		if (c < q->failed) {
			t = c;
			break;
		}
	}
	pthread_mutex_unlock(&q->lock);
	return t;
}

static void run_task(render_task *task, privicon_renderer *r)
{
	if (privicon_diagnostics_new(&task->diags) != 0) {
		task->diags = NULL;
		task->rc = PRIVICON_ENOMEM;
	} else if (task->format == PRIVICON_FORMAT_PDF) {
		task->rc = privicon_renderer_pdf(&task->data, &task->size, task->diags, r);
	} else {
		task->rc = privicon_renderer_sheet(&task->data, &task->size, task->diags, r,
		                                   task->which, (privicon_format)task->format);
	}
}

static void run_tasks(render_queue *q, privicon_renderer *r)
{
	size_t t;

	while ((t = next_task(q)) < q->n_tasks) {
		run_task(&q->tasks[t], r);
		pthread_mutex_lock(&q->lock);
		if (q->tasks[t].rc != 0 && t < q->failed)
			q->failed = t;
		q->done++;
		if (q->progress)
			cli_progress(q->done, q->n_tasks);
		pthread_mutex_unlock(&q->lock);
	}
}

/* A thread besides the main one, with its own renderer made here (pango
 * keeps a font map per thread). The renderer's warnings are those of the
 * main thread's (the same options, the same fonts), so they are not kept.
 * When it cannot be made (out of memory), the other threads render the
 * tasks. */
static void *render_thread(void *arg)
{
	render_queue *q = arg;
	privicon_renderer *r = NULL;

	if (privicon_renderer_new(&r, NULL, q->reg, q->ro) == 0) {
		run_tasks(q, r);
		privicon_renderer_free(r);
	}
	return NULL;
}

/* Renders every task on `jobs` threads, the calling one included. A
 * thread that cannot be started leaves its share to the others. */
static void run_threads(render_queue *q, privicon_renderer *r, long jobs)
{
	pthread_t threads[MAX_JOBS];
	long started = 0;

	for (long i = 1; i < jobs && (size_t)i < q->n_tasks; i++)
		if (pthread_create(&threads[started], NULL, render_thread, q) == 0)
			started++;
	run_tasks(q, r);
	for (long i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
}

/* Appends the diagnostics of `from` to `to` (a rendering's own: never
 * acknowledged). Returns 0 or PRIVICON_ENOMEM. */
static int append_diagnostics(privicon_diagnostics *to, const privicon_diagnostics *from)
{
	for (size_t i = 0; from && i < privicon_diagnostics_count(from); i++)
		if (privicon_diagnostics_add(to, privicon_diagnostic_file(from, i),
		                             privicon_diagnostic_line(from, i),
		                             privicon_diagnostic_column(from, i),
		                             privicon_diagnostic_severity(from, i),
		                             privicon_diagnostic_rule(from, i),
		                             privicon_diagnostic_activity(from, i),
		                             privicon_diagnostic_message(from, i, "nl"),
		                             privicon_diagnostic_message(from, i, "en")) != 0)
			return PRIVICON_ENOMEM;
	return 0;
}

/* Reports the first failed task with the messages up to it, as one thread
 * that stopped there would. */
static int report_failure(const render_queue *q, privicon_diagnostics *diags, const char *file)
{
	const render_task *task = &q->tasks[q->failed];
	int rc;

	for (size_t t = 0; t <= q->failed; t++)
		if ((rc = append_diagnostics(diags, q->tasks[t].diags)) != 0)
			return rc;
	fprintf(stderr, "privicon render: %s%s: %s\n", task->name,
	        task->format == PRIVICON_FORMAT_PDF ? task->ext : "", privicon_strerror(task->rc));
	cli_print_diagnostics(diags, file, q->ro->lang, 1);
	return task->rc;
}

/* Moves the rendered files into `files` in task order and their messages
 * into `diags`. */
static int collect(cli_outdir *files, privicon_diagnostics *diags, render_queue *q,
                   const char *dir)
{
	for (size_t t = 0; t < q->n_tasks; t++) {
		render_task *task = &q->tasks[t];
		if (append_diagnostics(diags, task->diags) != 0)
			return PRIVICON_ENOMEM;
		if (cli_outdir_add(files, dir, task->name, task->ext, task->data, task->size) != 0) {
			task->data = NULL; /* cli_outdir_add took it */
			return PRIVICON_ENOMEM;
		}
		task->data = NULL;
	}
	return 0;
}

/* Renders everything into `files` on `jobs` threads; on failure prints
 * why. */
static int render_all(cli_outdir *files, privicon_diagnostics *diags, const privicon_register *reg,
                      int formats, const privicon_render_options *ro, long jobs, const char *dir,
                      const char *file, const unsigned char *only)
{
	render_queue q = {.reg = reg, .ro = ro, .only = only, .progress = cli_progress_wanted()};
	privicon_renderer *r = NULL;
	int rc;

	if (pthread_mutex_init(&q.lock, NULL) != 0)
		return PRIVICON_ENOMEM;
	rc = make_tasks(&q, formats, jobs > 1);
	if (rc == 0) {
		rc = privicon_renderer_new(&r, diags, reg, ro);
		if (rc != 0) {
			fprintf(stderr, "privicon render: %s\n", privicon_strerror(rc));
			cli_print_diagnostics(diags, file, ro->lang, 1);
		}
	}
	if (rc == 0) {
		run_threads(&q, r, jobs);
		if (q.progress)
			cli_progress_end();
		rc = q.failed < q.n_tasks ? report_failure(&q, diags, file)
		                          : collect(files, diags, &q, dir);
	}
	privicon_renderer_free(r);
	free_tasks(&q);
	pthread_mutex_destroy(&q.lock);
	return rc;
}

/* --activity ID...: marks in *out (one byte per activity, the caller
 * frees) the activities to render. An id the register does not have is
 * a usage error that lists the ids it does have. Returns 0 or -1. */
static int select_activities(unsigned char **out, const privicon_register *reg, const char **ids,
                             size_t n_ids, const char *file, const char *lang)
{
	size_t n = privicon_register_activity_count(reg);
	int en = strcmp(lang, "en") == 0;
	*out = calloc(n ? n : 1, 1);
	if (!*out) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		return -1;
	}
	for (size_t k = 0; k < n_ids; k++) {
		size_t i = 0;
		while (i < n && strcmp(privicon_register_activity_id(reg, i), ids[k]) != 0)
			i++;
		if (i < n) {
			(*out)[i] = 1;
			continue;
		}
		fputs("privicon render: ", stderr);
		cli_put_text(stderr, file);
		fputs(en ? ": no activity with id '" : ": geen activiteit met id '", stderr);
		cli_put_text(stderr, ids[k]);
		fputs(en ? "'. Its activities: " : "'. De activiteiten: ", stderr);
		for (i = 0; i < n; i++) {
			if (i)
				fputs(", ", stderr);
			cli_put_text(stderr, privicon_register_activity_id(reg, i));
		}
		fputs(".\n", stderr);
		return -1;
	}
	return 0;
}

/* --jobs N: 1 to MAX_JOBS, digits only. N, or -1 when it is not one. */
static long parse_jobs(const char *value)
{
	long n = 0;

	if (!*value)
		return -1;
	for (const char *p = value; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		n = n * 10 + (*p - '0');
		if (n > MAX_JOBS)
			return -1;
	}
	return n >= 1 ? n : -1;
}

/* The processors online, within 1 to MAX_JOBS: the default for --jobs. */
static long default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : n;
}

/* A bad --jobs, in the language of the messages. */
static void jobs_usage_error(const char *value, const char *lang)
{
	int en = strcmp(lang, "en") == 0;

	fputs(en ? "privicon render: bad --jobs '" : "privicon render: ongeldige --jobs '", stderr);
	cli_put_text(stderr, value);
	fprintf(stderr,
	        en ? "' (the number of threads: a whole number from 1 to %d)\n"
	             "Try 'privicon render --help' for more information.\n"
	           : "' (het aantal threads: een geheel getal van 1 tot en met %d)\n"
	             "Probeer 'privicon render --help' voor meer informatie.\n",
	        MAX_JOBS);
}

/* Checks the activity ids before anything is rendered: file names must
 * be safe and must not clash with overview.*. */
static int check_names(const privicon_register *reg, const char *lang)
{
	int en = strcmp(lang, "en") == 0;
	for (size_t i = 0; i < privicon_register_activity_count(reg); i++) {
		const char *id = privicon_register_activity_id(reg, i);
		if (!safe_name(id)) {
			fputs(en ? "privicon render: activity id is not a safe file name: "
			         : "privicon render: de id van een verwerking is geen veilige bestandsnaam: ",
			      stderr);
			cli_put_text(stderr, id ? id : "");
			fputc('\n', stderr);
			return -1;
		}
		if (strcmp(id, "overview") == 0) {
			fputs(en ? "privicon render: the activity id 'overview' would overwrite "
			           "overview.svg; give the activity another id\n"
			         : "privicon render: de id 'overview' van een verwerking zou "
			           "overview.svg overschrijven; geef de verwerking een andere id\n",
			      stderr);
			return -1;
		}
	}
	return 0;
}

int cmd_render(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *dir = NULL, *icons = NULL, *theme_path = NULL, *file;
	const char *jobs_value = NULL, *base_url = NULL;
	long jobs = 0;
	int formats = PRIVICON_FORMAT_SVG | PRIVICON_FORMAT_PNG | PRIVICON_FORMAT_PDF;
	int scale = 1, opt, status = CLI_EXIT_TROUBLE, loaded, rc;
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	privicon_theme *theme = NULL;
	privicon_load_options load_opts = {.version = PRIVICON_LOAD_OPTIONS_VERSION,
	                                   .keep_valid_activities = 1};
	cli_outdir files = {0};
	const char **only_ids = NULL; /* --activity, borrowed from argv */
	size_t n_only = 0;
	unsigned char *only = NULL;

	if (cli_opts_init(&p, argc, argv, render_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((opt = cli_opts_next(&p, &value)) > 0) {
		switch (opt) {
		case OPT_FORMAT:
			formats = parse_formats(value, PRIVICON_FORMAT_SVG | PRIVICON_FORMAT_PNG |
			                                   PRIVICON_FORMAT_PDF);
			if (!formats) {
				cli_usage_error(p.command, "bad --format '%s' (a list of svg, png, pdf)",
				                value);
				goto done;
			}
			break;
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0) {
				cli_usage_error(p.command, "bad --lang '%s' (nl or en)", value);
				goto done;
			}
			break;
		case OPT_SCALE:
			if (strlen(value) != 1 || value[0] < '1' || value[0] > '4') {
				cli_usage_error(p.command, "bad --scale '%s' (1, 2, 3 or 4)", value);
				goto done;
			}
			scale = value[0] - '0';
			break;
		case OPT_ICONS:
			icons = value;
			break;
		case OPT_THEME:
			theme_path = value;
			break;
		case OPT_SCHEMA:
			load_opts.schema_path = value;
			break;
		case OPT_BASE_URL:
			if (privicon_check_base_url(value) != 0) {
				cli_usage_error(p.command, "bad --base-url '%s' (an http:// or https:// "
				                           "address without spaces, quotes, ? or #)", value);
				goto done;
			}
			base_url = value;
			break;
		case OPT_JOBS:
			jobs_value = value; /* checked below, in the language of --lang */
			break;
		case OPT_OUTPUT:
			dir = value;
			break;
		case OPT_ACTIVITY: {
			const char **more = realloc(only_ids, (n_only + 1) * sizeof(*only_ids));
			if (!more) {
				cli_error(lang, "onvoldoende geheugen", "out of memory");
				goto done;
			}
			only_ids = more;
			only_ids[n_only++] = value;
			break;
		}
		case OPT_STRICT:
			load_opts.keep_valid_activities = 0;
			break;
		case OPT_HELP:
			render_help();
			status = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
	}
	if (opt < 0)
		goto done;
	jobs = jobs_value ? parse_jobs(jobs_value) : default_jobs();
	if (jobs < 0) {
		jobs_usage_error(jobs_value, lang);
		goto done;
	}
	if (!dir || !*dir) {
		cli_usage_error(p.command, "no output directory (-o DIR)");
		goto done;
	}
	if (cli_one_register(&p, &file) != 0)
		goto done;
	if (n_only && !(formats & (PRIVICON_FORMAT_SVG | PRIVICON_FORMAT_PNG))) {
		cli_usage_error(p.command, "--activity renders sheets: use --format svg and/or png");
		goto done;
	}

	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	if (theme_path) {
		/* A bad theme is a usage problem, reported before the register. */
		rc = privicon_theme_load_file(&theme, diags, theme_path);
		if (privicon_diagnostics_count(diags) > 0)
			cli_print_diagnostics(diags, theme_path, lang, 1);
		if (rc == PRIVICON_ENOMEM)
			cli_error(lang, "onvoldoende geheugen", "out of memory");
		if (rc != 0)
			goto done;
		privicon_diagnostics_free(diags);
		if (privicon_diagnostics_new(&diags) != 0) {
			diags = NULL;
			cli_error(lang, "onvoldoende geheugen", "out of memory");
			goto done;
		}
	}
	loaded = cli_load_register_sheets(&reg, file, &load_opts, lang);
	if (loaded != CLI_EXIT_OK) {
		status = loaded;
		goto done;
	}
	if (check_names(reg, lang) != 0)
		goto done;
	if (n_only && select_activities(&only, reg, only_ids, n_only, file, lang) != 0)
		goto done;

	/* The directory first: an unusable one should not wait for the
	 * rendering to be reported. */
	if (cli_outdir_make("render", dir, lang) != 0)
		goto done;
	privicon_render_options ro = {.lang = lang, .scale = scale, .icons_dir = icons,
	                              .theme = theme, .base_url = base_url};
	rc = render_all(&files, diags, reg, formats, &ro, jobs, dir, file, only);
	if (rc == PRIVICON_ENOMEM)
		cli_error(lang, "onvoldoende geheugen", "out of memory");
	if (rc != 0)
		goto done;
	/* Warnings of the rendering itself (a missing font, ...). */
	if (privicon_diagnostics_count(diags) > 0)
		cli_print_diagnostics(diags, file, lang, 1);
	status = cli_outdir_write(&files, lang);
	if (status == CLI_EXIT_OK && privicon_register_left_out_count(reg) > 0)
		status = CLI_EXIT_FINDINGS; /* written, but not every activity */

done:
	free(only);
	free(only_ids);
	cli_outdir_free(&files);
	privicon_theme_free(theme);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
	cli_opts_free(&p);
	return status;
}
