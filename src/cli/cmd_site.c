/*
 * cmd_site.c - `privicon site`: the register as a static site in a
 * directory (privicon_site_build() in privicon.h; docs/publishing.md).
 *
 * The register is loaded and checked first: when it has errors they are
 * printed as `privicon check` prints them and nothing is written (exit 1).
 * Every file is made in memory before the first one is written; each is
 * then written atomically, its path printed on stdout.
 *
 * DIR/manifest.json lists every file the site consists of. A later run
 * reads the manifest of the earlier one and removes the files that run
 * wrote and this one does not (an activity renamed or removed), and then
 * folders those removals leave empty. It never removes anything the
 * manifest does not list, nothing outside DIR (a path with "..", an
 * absolute path, a symbolic link on the way are refused), and nothing
 * when the old manifest is not one privicon wrote. One kind of file is
 * kept on purpose: the versions of the register API
 * (api/processing_activities/<uuid>/versions/<n>.json), which log records
 * of the Logboek Dataverwerkingen point to for as long as they are kept;
 * the new manifest lists them again.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

int cmd_site(int argc, char **argv); /* listed in main.c */

enum {
	OPT_BASE_URL = 1,
	OPT_FRAGMENTS,
	OPT_LANG,
	OPT_ICONS,
	OPT_THEME,
	OPT_OUTPUT,
	OPT_HELP
};

static const cli_option site_options[] = {
	{"base-url", 0, 1, OPT_BASE_URL},
	{"fragments", 0, 0, OPT_FRAGMENTS},
	{"lang", 0, 1, OPT_LANG},
	{"icons", 0, 1, OPT_ICONS},
	{"theme", 0, 1, OPT_THEME},
	{"output", 'o', 1, OPT_OUTPUT},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

#define MANIFEST "manifest.json"
#define MANIFEST_MAX ((size_t)64 * 1024 * 1024)

static void site_help(void)
{
	fputs("Usage: privicon site [OPTION]... -o DIR FILE\n"
	      "Write register FILE as a static site into directory DIR, in Dutch and\n"
	      "English:\n"
	      "  DIR/index.html                    the choice of language\n"
	      "  DIR/nl/index.html, DIR/en/...      every activity, how to read a page,\n"
	      "                                     your rights, the privacy contact\n"
	      "  DIR/nl/<activity-id>.html, .pdf    one page per activity and its sheet\n"
	      "  DIR/nl/overview.pdf                every activity at a glance (A4)\n"
	      "  DIR/nl/icons/                      the icons and their sprite\n"
	      "  DIR/assets/privicon.css            the stylesheet (from the theme)\n"
	      "  DIR/api/                           the register API (Logboek\n"
	      "                                     Dataverwerkingen draft) as JSON\n"
	      "  DIR/sitemap.xml                    with a base URL\n"
	      "  DIR/manifest.json                  every file of the site\n"
	      "A later run removes the files an earlier run wrote that the register\n"
	      "no longer has (never anything else): see docs/publishing.md.\n"
	      "\n"
	      "The register is checked first; when it has errors they are printed\n"
	      "(as 'privicon check' does) and nothing is written. Each file is\n"
	      "written atomically; its path is printed on stdout.\n"
	      "\n"
	      "Options:\n"
	      "  --base-url URL     the address the site is published at, e.g.\n"
	      "                     https://www.example.nl/privacy/: permanent links,\n"
	      "                     the sitemap, and a QR code on every sheet (default:\n"
	      "                     the register's <publication base-url>)\n"
	      "  --fragments        also write DIR/fragments/<lang>/<page>.html: the body of\n"
	      "                     each page without <html>, header or styles, for a CMS\n"
	      "  --lang LANG        language of the messages: nl (default) or en\n"
	      "  --icons DIR        use DIR/catalogue.json and its icons instead of the\n"
	      "                     built-in ones\n"
	      "  --theme FILE       design tokens (NL Design System style) for the\n"
	      "                     stylesheet and the sheets; see themes/default.json\n"
	      "  -o, --output DIR   the directory to write to; created if missing (its\n"
	      "                     parent must exist)\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "SOURCE_DATE_EPOCH, when set, is the PDFs' creation date (reproducible\n"
	      "output).\n"
	      "\n"
	      "Exit status: 0 written, 1 the register has errors (nothing written),\n"
	      "2 usage or I/O trouble.\n",
	      stdout);
}

/* ---- paths inside DIR ---------------------------------------------------- */

/* A path this command may have written: relative, folders and names of
 * [A-Za-z0-9._-] that are not "." or "..", at most 512 bytes. */
static int safe_relative(const char *p)
{
	size_t n = strlen(p);
	if (n == 0 || n > 512 || p[0] == '/')
		return 0;
	const char *seg = p;
	for (const char *s = p;; s++) {
		if (*s == '/' || *s == '\0') {
			size_t len = (size_t)(s - seg);
			if (len == 0 || (len == 1 && seg[0] == '.') ||
			    (len == 2 && seg[0] == '.' && seg[1] == '.'))
				return 0;
			if (*s == '\0')
				return 1;
			seg = s + 1;
			continue;
		}
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '.' || *s == '_' || *s == '-'))
			return 0;
	}
}

static char *join(const char *dir, const char *rel)
{
	size_t n = strlen(dir);
	int slash = n > 0 && dir[n - 1] == '/';
	size_t len = n + 1 + strlen(rel) + 1;
	char *s = malloc(len);
	if (s)
		snprintf(s, len, "%s%s%s", dir, slash ? "" : "/", rel);
	return s;
}

/* Makes the folders of `rel` inside `dir` (each must be a real folder, not
 * a link); with `make` 0, only checks that they are. 0, or -1 with errno. */
static int folders(const char *dir, const char *rel, int make)
{
	char *path = join(dir, rel);
	size_t base = strlen(dir);
	struct stat st;
	int rc = 0;

	if (!path)
		return -1;
	for (char *s = path + base + 1; rc == 0 && (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		if (lstat(path, &st) == 0) {
			if (!S_ISDIR(st.st_mode)) {
				errno = ENOTDIR;
				rc = -1;
			}
		} else if (errno == ENOENT && make) {
			if (mkdir(path, 0777) != 0)
				rc = -1;
		} else {
			rc = -1;
		}
		*s = '/';
	}
	free(path);
	return rc;
}

/* ---- the manifest ----------------------------------------------------------- */

static int is_api_version(const char *p)
{
	const char *pre = "api/processing_activities/";
	size_t n = strlen(p);
	if (strncmp(p, pre, strlen(pre)) != 0)
		return 0;
	const char *id = p + strlen(pre), *slash = strchr(id, '/');
	if (!slash || slash == id || strncmp(slash, "/versions/", 10) != 0)
		return 0;
	const char *v = slash + 10;
	return !strchr(v, '/') && n > 5 && v < p + n - 5 && strcmp(p + n - 5, ".json") == 0;
}

/* The paths the earlier run's manifest lists, into *paths (a JSON array
 * the caller releases), or NULL when there is no manifest. A manifest
 * privicon did not write, or cannot read, gives -1 after a message: then
 * nothing is removed. */
static int old_manifest(json_t **paths, const char *dir, const char *lang)
{
	char *path = join(dir, MANIFEST);
	json_error_t err;
	struct stat st;
	json_t *root = NULL, *files, *gen;
	int rc = 0;

	*paths = NULL;
	if (!path)
		return -1;
	if (lstat(path, &st) != 0) {
		free(path);
		return errno == ENOENT ? 0 : -1;
	}
	if (S_ISREG(st.st_mode) && (size_t)st.st_size <= MANIFEST_MAX)
		root = json_load_file(path, JSON_REJECT_DUPLICATES, &err);
	gen = root ? json_object_get(root, "generator") : NULL;
	files = root ? json_object_get(root, "files") : NULL;
	if (!json_is_string(gen) || strncmp(json_string_value(gen), "privicon", 8) != 0 ||
	    !json_is_array(files)) {
		fprintf(stderr, "privicon site: %s", strcmp(lang, "en") == 0
		                                         ? "not a manifest privicon wrote, so no old "
		                                           "file is removed: "
		                                         : "geen manifest van privicon, dus er wordt "
		                                           "geen oud bestand verwijderd: ");
		cli_put_text(stderr, path);
		fputc('\n', stderr);
		rc = -1;
	} else {
		*paths = json_array();
		size_t i;
		json_t *f;
		json_array_foreach(files, i, f) {
			json_t *p = json_object_get(f, "path");
			if (json_is_string(p) && *paths)
				json_array_append(*paths, p);
		}
		if (!*paths)
			rc = -1;
	}
	json_decref(root);
	free(path);
	return rc;
}

typedef struct {
	json_t *files; /* the new manifest's list */
} manifest;

static int manifest_add(manifest *m, const char *path, size_t size)
{
	json_t *f = json_object();
	if (!f || json_object_set_new(f, "path", json_string(path)) != 0 ||
	    json_object_set_new(f, "size", json_integer((json_int_t)size)) != 0 ||
	    json_array_append_new(m->files, f) != 0)
		return -1;
	return 0;
}

/* Removes DIR/rel, a file an earlier run wrote, and the folders that
 * leaves empty; a version of the API stays and goes into `m`. */
static int remove_stale(const char *dir, const char *rel, manifest *m, const char *lang)
{
	char *path;
	struct stat st;
	int rc = 0;

	if (!safe_relative(rel) || strcmp(rel, MANIFEST) == 0 || folders(dir, rel, 0) != 0)
		return 0; /* not ours to touch */
	path = join(dir, rel);
	if (!path)
		return -1;
	if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
		free(path);
		return 0;
	}
	if (is_api_version(rel)) {
		rc = manifest_add(m, rel, (size_t)st.st_size);
		free(path);
		return rc;
	}
	if (unlink(path) != 0) {
		fprintf(stderr, "privicon site: %s", strcmp(lang, "en") == 0 ? "cannot remove "
		                                                              : "kan niet verwijderen: ");
		cli_put_text(stderr, path);
		fprintf(stderr, ": %s\n", cli_errno_text(errno, lang));
		free(path);
		return -1;
	}
	fprintf(stderr, "privicon site: %s", strcmp(lang, "en") == 0 ? "removed (no longer in the "
	                                                              "register): "
	                                                            : "verwijderd (niet meer in het "
	                                                              "register): ");
	cli_put_text(stderr, path);
	fputc('\n', stderr);
	/* Folders left empty go too; rmdir() leaves any other alone. */
	size_t base = strlen(dir);
	for (char *s = strrchr(path, '/'); s && s > path + base; s = strrchr(path, '/')) {
		*s = '\0';
		if (strlen(path) <= base || rmdir(path) != 0)
			break;
	}
	free(path);
	return 0;
}

/* ---- the command ---------------------------------------------------------------- */

static int write_site(const privicon_site *site, const char *dir, const char *lang)
{
	json_t *old = NULL;
	manifest m = {json_array()};
	int status = CLI_EXIT_TROUBLE, have_old;
	size_t n = privicon_site_file_count(site);

	if (!m.files) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		return CLI_EXIT_TROUBLE;
	}
	have_old = old_manifest(&old, dir, lang) == 0 && old;
	for (size_t i = 0; i < n; i++) {
		const char *rel = privicon_site_file_path(site, i);
		size_t size;
		const unsigned char *data = privicon_site_file_data(site, i, &size);
		char *path = join(dir, rel);
		if (!path || manifest_add(&m, rel, size) != 0) {
			free(path);
			cli_error(lang, "onvoldoende geheugen", "out of memory");
			goto done;
		}
		if (folders(dir, rel, 1) != 0) {
			fprintf(stderr, "privicon site: %s",
			        strcmp(lang, "en") == 0 ? "cannot create directory for " : "kan de map niet maken voor ");
			cli_put_text(stderr, path);
			fprintf(stderr, ": %s\n", cli_errno_text(errno, lang));
			free(path);
			goto done;
		}
		if (cli_write_file_in_dir(path, data, size, lang) != 0) {
			free(path);
			goto done;
		}
		cli_put_text(stdout, path);
		fputc('\n', stdout);
		free(path);
	}
	if (have_old) {
		size_t i, k;
		json_t *p;
		json_array_foreach(old, i, p) {
			const char *rel = json_string_value(p);
			int still = 0;
			for (k = 0; k < n && !still; k++)
				still = strcmp(rel, privicon_site_file_path(site, k)) == 0;
			if (!still && remove_stale(dir, rel, &m, lang) != 0)
				goto done;
		}
	}
	{
		json_t *root = json_object();
		char *text = NULL, *path = join(dir, MANIFEST);
		if (root && json_object_set_new(root, "generator", json_string("privicon " PRIVICON_VERSION)) == 0 &&
		    json_object_set(root, "files", m.files) == 0)
			text = json_dumps(root, JSON_INDENT(2));
		json_decref(root);
		if (!text || !path) {
			free(text);
			free(path);
			cli_error(lang, "onvoldoende geheugen", "out of memory");
			goto done;
		}
		size_t len = strlen(text);
		text[len] = '\0';
		char *nl = realloc(text, len + 2);
		if (nl) {
			text = nl;
			text[len++] = '\n';
			text[len] = '\0';
		}
		int wrc = cli_write_file_in_dir(path, text, len, lang);
		if (wrc == 0) {
			cli_put_text(stdout, path);
			fputc('\n', stdout);
		}
		free(text);
		free(path);
		if (wrc != 0)
			goto done;
	}
	status = fflush(stdout) == 0 && !ferror(stdout) ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
done:
	json_decref(old);
	json_decref(m.files);
	return status;
}

/* The sheets made so far, "n/N" on a terminal (progress.c). */
static void show_progress(void *ctx, size_t done, size_t total)
{
	(void)ctx;
	cli_progress(done, total);
}

int cmd_site(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *output = NULL, *icons = NULL, *theme_path = NULL, *file;
	const char *base_url = NULL;
	int opt, status = CLI_EXIT_TROUBLE, loaded, rc, fragments = 0;
	privicon_diagnostics *diags = NULL;
	privicon_register *reg = NULL;
	privicon_theme *theme = NULL;
	privicon_site *site = NULL;

	if (cli_opts_init(&p, argc, argv, site_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((opt = cli_opts_next(&p, &value)) > 0) {
		switch (opt) {
		case OPT_BASE_URL:
			base_url = value;
			break;
		case OPT_FRAGMENTS:
			fragments = 1;
			break;
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0) {
				cli_usage_error(p.command, "bad --lang '%s' (nl or en)", value);
				goto done;
			}
			break;
		case OPT_ICONS:
			icons = value;
			break;
		case OPT_THEME:
			theme_path = value;
			break;
		case OPT_OUTPUT:
			output = value;
			break;
		case OPT_HELP:
			site_help();
			status = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
	}
	if (opt < 0)
		goto done;
	if (!output || !*output) {
		cli_usage_error(p.command, "no output directory (-o DIR)");
		goto done;
	}
	if (cli_one_register(&p, &file) != 0)
		goto done;
	if (base_url && privicon_check_base_url(base_url) != 0) {
		cli_usage_error(p.command, "bad --base-url '%s' (an http:// or https:// address "
		                           "without spaces, quotes, ? or #)", base_url);
		goto done;
	}

	if (privicon_diagnostics_new(&diags) != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	if (cli_load_theme(&theme, theme_path, lang) != 0)
		goto done;

	loaded = cli_load_register(&reg, file, NULL, 1, lang);
	if (loaded != CLI_EXIT_OK) {
		status = loaded;
		goto done;
	}

	privicon_site_options so = {.version = PRIVICON_SITE_OPTIONS_VERSION,
	                            .base_url = base_url,
	                            .fragments = fragments,
	                            .icons_dir = icons,
	                            .theme = theme,
	                            .progress = cli_progress_wanted() ? show_progress : NULL};
	rc = privicon_site_build(&site, diags, reg, &so);
	if (so.progress)
		cli_progress_end();
	if (rc != 0) {
		if (rc == PRIVICON_ENOMEM)
			cli_error(lang, "onvoldoende geheugen", "out of memory");
		else
			fprintf(stderr, "privicon site: %s\n", privicon_strerror(rc));
		cli_print_diagnostics(diags, file, lang, 0);
		goto done;
	}
	if (cli_outdir_make(p.command, output, lang) != 0)
		goto done;
	status = write_site(site, output, lang);

done:
	privicon_site_free(site);
	privicon_theme_free(theme);
	privicon_register_free(reg);
	privicon_diagnostics_free(diags);
	cli_opts_free(&p);
	return status;
}
