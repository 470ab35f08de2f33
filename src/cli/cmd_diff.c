/*
 * cmd_diff.c - `privicon diff`: what changed between two versions of a
 * register, per activity, in plain words, each change material or
 * editorial (the table is in src/diff.c and man/privicon.1).
 *
 * Text (the default), one line per change, the activity's name first and
 * the class last, like a diagnostic's rule:
 *
 *   Cameratoezicht: nieuwe ontvanger: Beveiligingsbedrijf X (leverancier die voor ons werkt) [materieel]
 *   NEW.xml:57: error: Verhoog de versie van activiteit 'cameratoezicht' naar 3. [version-not-raised]
 *
 *   Samenvatting: 2 materiële wijzigingen, 0 redactionele wijzigingen; 1 versie niet verhoogd.
 *
 * or "Geen wijzigingen." / "No changes." when the registers say the same.
 *
 * JSON (--format json), keys in this order:
 *
 *   {
 *     "version": 1,                        shape version of this document
 *     "tool": {"name": "privicon", "version": "0.1.0"},
 *     "old": "OLD.xml", "new": "NEW.xml",
 *     "groups": [
 *       {
 *         "activity": "cameratoezicht",    null: the register itself
 *         "name": "Cameratoezicht",        in --lang
 *         "oldVersion": 2, "newVersion": 2,  null when added / removed
 *         "line": 57,                      in NEW (OLD for a removed one); 0: unknown
 *         "versionNeeded": 3,              null when the version is fine
 *         "changes": [
 *           {"kind": "recipient-added", "class": "material",
 *            "sensitive": null,            or "special" / "criminal"
 *            "message": "nieuwe ontvanger: ...",
 *            "old": null, "new": "Beveiligingsbedrijf X"}
 *         ]
 *       }
 *     ],
 *     "errors": [{"activity": "cameratoezicht", "file": "NEW.xml", "line": 57,
 *                 "rule": "version-not-raised", "message": "Verhoog ..."}],
 *     "summary": {"material": 2, "editorial": 0, "errors": 1}
 *   }
 *
 * Markdown (--format markdown) is a review comment: a heading, the
 * summary, then per activity a table of its changes (material ones in
 * bold), the old and new wording of each edited text (folded, as a diff
 * block) and the version reminder. Text from the register is escaped, so a
 * name cannot add markup, links or @-mentions.
 *
 * Exit status: 0 nothing material changed, 1 a material change (sign-off
 * needed) or a version error, 2 either register could not be loaded
 * (its diagnostics are printed) or other trouble.
 */
#include "cli.h"
#include "opendata.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cmd_diff(int argc, char **argv); /* listed in main.c */

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_MARKDOWN };

enum { OPT_FORMAT = 1, OPT_LANG, OPT_OUTPUT, OPT_OLD_LABEL, OPT_NEW_LABEL, OPT_HELP };

/* Exit status 3: a material change came without a raised activity
 * version (1 is a material change that only needs sign-off). */
#define DIFF_EXIT_VERSION 3

/* The most a register read from standard input or a pipe may hold: the
 * loader's default cap. */
#define STREAM_MAX ((size_t)256 * 1024 * 1024)

static const cli_option diff_options[] = {
	{"format", 0, 1, OPT_FORMAT},
	{"lang", 0, 1, OPT_LANG},
	{"output", 'o', 1, OPT_OUTPUT},
	{"old-label", 0, 1, OPT_OLD_LABEL},
	{"new-label", 0, 1, OPT_NEW_LABEL},
	{"help", 'h', 0, OPT_HELP},
	{NULL, 0, 0, 0},
};

/* The rule id of the version reminder in every format. */
#define VERSION_RULE "version-not-raised"

static void diff_help(void)
{
	fputs("Usage: privicon diff [OPTION]... OLD NEW\n"
	      "Show what changed between two versions of a register, per activity,\n"
	      "in plain words. Each change is material (the processing changes: new\n"
	      "data, purposes, legal bases, recipients, transfers, a longer or shorter\n"
	      "retention, automated decisions or profiling switched, a security\n"
	      "measure dropped) or editorial (wording, references, an added measure);\n"
	      "'man privicon' has the whole table. A material change needs a higher\n"
	      "activity version: when it is missing, the report says which version\n"
	      "to give the activity.\n"
	      "\n"
	      "Options:\n"
	      "  --format FORMAT    text (default), json, or markdown (a review comment)\n"
	      "  --lang LANG        language of the report: nl (default) or en\n"
	      "  -o, --output FILE  write the report to FILE instead of stdout\n"
	      "                     (atomically: the whole report or nothing)\n"
	      "  --old-label NAME   call OLD NAME in messages (e.g. main:register.xml)\n"
	      "  --new-label NAME   call NEW NAME in messages\n"
	      "  -h, --help         show this help and exit\n"
	      "\n"
	      "OLD or NEW may be - (standard input, one of them) or a pipe such as\n"
	      "<(git show main:register.xml).\n"
	      "\n"
	      "Exit status: 0 nothing material changed, 1 a material change (ask for\n"
	      "sign-off), 3 a material change without a raised activity version,\n"
	      "2 NEW could not be loaded (its errors are printed) or other trouble.\n"
	      "When OLD has errors but NEW loads, the report says the base could not\n"
	      "be read and lists NEW's activities as new (exit status 1).\n",
	      stdout);
}

typedef struct {
	const privicon_diff *d;
	const char *old_file, *new_file;
	const char *lang;
	int en;
	int base_unreadable; /* OLD had errors: NEW is judged on its own */
} report;

/* "The base ... could not be read": said first in every text format. */
static void base_note(FILE *fp, const report *r)
{
	if (!r->base_unreadable)
		return;
	if (r->en) {
		fputs("The base register ", fp);
		cli_put_text(fp, r->old_file);
		fputs(" could not be read (its errors are above); ", fp);
		cli_put_text(fp, r->new_file);
		fputs(" is judged on its own: every activity in it is listed as new.\n", fp);
	} else {
		fputs("Het basisregister ", fp);
		cli_put_text(fp, r->old_file);
		fputs(" kon niet worden gelezen (de fouten staan hierboven); ", fp);
		cli_put_text(fp, r->new_file);
		fputs(" wordt op zichzelf beoordeeld: elke activiteit staat erin als nieuw.\n", fp);
	}
}

static const char *class_word(const report *r, int material)
{
	if (r->en)
		return material ? "material" : "editorial";
	return material ? "materieel" : "redactioneel";
}

/* "2 materiële wijzigingen, 1 redactionele wijziging; 1 versie niet verhoogd." */
static void summary_line(FILE *fp, const report *r)
{
	size_t m = privicon_diff_material_count(r->d), e = privicon_diff_editorial_count(r->d),
	       v = privicon_diff_version_error_count(r->d);
	if (r->en) {
		fprintf(fp, "%zu material %s, %zu editorial %s", m, m == 1 ? "change" : "changes", e,
		        e == 1 ? "change" : "changes");
		if (v)
			fprintf(fp, "; %zu %s not raised", v, v == 1 ? "version" : "versions");
		fputs(m ? ". Material changes need sign-off by the privacy officer." : ".", fp);
	} else {
		fprintf(fp, "%zu %s, %zu %s", m, m == 1 ? "materiële wijziging" : "materiële wijzigingen",
		        e, e == 1 ? "redactionele wijziging" : "redactionele wijzigingen");
		if (v)
			fprintf(fp, "; %zu %s niet verhoogd", v, v == 1 ? "versie" : "versies");
		fputs(m ? ". Materiële wijzigingen vragen om akkoord van de privacyfunctionaris." : ".",
		      fp);
	}
}

static int nothing(const report *r)
{
	return privicon_diff_group_count(r->d) == 0;
}

/* ---- text ------------------------------------------------------------ */

static void write_text(FILE *fp, const report *r)
{
	size_t ng = privicon_diff_group_count(r->d);

	base_note(fp, r);
	if (nothing(r)) {
		fputs(r->en ? "No changes.\n" : "Geen wijzigingen.\n", fp);
		return;
	}
	for (size_t g = 0; g < ng; g++) {
		const char *name = privicon_diff_group_name(r->d, g, r->lang);
		const char *version = privicon_diff_group_version_message(r->d, g, r->lang);
		const char *id = privicon_diff_group_activity(r->d, g);
		for (size_t i = 0; i < privicon_diff_change_count(r->d, g); i++) {
			cli_put_text(fp, name);
			if (id) {
				fputs(" (", fp);
				cli_put_text(fp, id);
				fputc(')', fp);
			}
			fputs(": ", fp);
			cli_put_text(fp, privicon_diff_change_message(r->d, g, i, r->lang));
			fprintf(fp, " [%s]\n", class_word(r, privicon_diff_change_material(r->d, g, i)));
		}
		if (version) {
			int line = privicon_diff_group_line(r->d, g);
			cli_put_text(fp, r->new_file);
			if (line > 0)
				fprintf(fp, ":%d", line);
			fputs(": error: ", fp);
			cli_put_text(fp, version);
			fputs(" [" VERSION_RULE "]\n", fp);
		}
	}
	fputc('\n', fp);
	fputs(r->en ? "Summary: " : "Samenvatting: ", fp);
	summary_line(fp, r);
	fputc('\n', fp);
}

/* ---- markdown -------------------------------------------------------- */

/* Text from the register in Markdown: every ASCII punctuation character
 * that could start markup is escaped (CommonMark allows a backslash before
 * any of them), '@' too so a name never mentions anyone, '|' so a table
 * cell stays one cell, '&' so no entity is read, and control characters
 * and line breaks become a space. The text always stands inside a heading
 * or a table cell, so '-', '.' and digits cannot start a list there. */
static void md_text(FILE *fp, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if (*p < 0x20 || *p == 0x7f)
			fputc(' ', fp);
		else if (strchr("\\`*_{}[]<>#+!|~@&", *p))
			fprintf(fp, "\\%c", *p);
		else
			fputc(*p, fp);
	}
}

/* Whether a change of `kind` is an edited text whose message does not
 * quote it ("samenvatting (nl) aangepast"): the markdown then shows the
 * old and the new text below the table. */
static int is_edited_text(const char *kind)
{
	static const char *const kinds[] = {"summary-changed", "purpose-description-changed",
	                                    "automated-decision-text-changed",
	                                    "profiling-text-changed"};
	for (size_t k = 0; kind && k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (strcmp(kind, kinds[k]) == 0)
			return 1;
	return 0;
}

/* `s` as HTML text (for the <summary> of a <details> block). */
static void html_text(FILE *fp, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if (*p < 0x20 || *p == 0x7f)
			fputc(' ', fp);
		else if (*p == '&')
			fputs("&amp;", fp);
		else if (*p == '<')
			fputs("&lt;", fp);
		else if (*p == '>')
			fputs("&gt;", fp);
		else if (*p == '"')
			fputs("&quot;", fp);
		else
			fputc(*p, fp);
	}
}

/* The longest run of backticks in `s`. */
static size_t backtick_run(const char *s)
{
	size_t best = 0, run = 0;
	for (; s && *s; s++) {
		run = *s == '`' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

/* Each line of `s` with `sign` in front ("- " old, "+ " new), its
 * indentation and control characters dropped: a line of a diff block. */
static void diff_lines(FILE *fp, const char *sign, const char *s)
{
	while (s && *s) {
		while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			s++;
		if (!*s)
			break;
		fputs(sign, fp);
		for (; *s && *s != '\n'; s++)
			fputc((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s, fp);
		fputc('\n', fp);
	}
}

/* Below a group's table: the old and the new wording of every edited
 * text, folded (<details>), as a diff block. The register's text stands
 * in a code fence longer than any run of backticks in it, so it cannot
 * end the fence or add markup. */
static void md_edited_texts(FILE *fp, const report *r, size_t g)
{
	for (size_t i = 0; i < privicon_diff_change_count(r->d, g); i++) {
		const char *old_text = privicon_diff_change_old(r->d, g, i);
		const char *new_text = privicon_diff_change_new(r->d, g, i);
		size_t fence, a, b;
		if (!is_edited_text(privicon_diff_change_kind(r->d, g, i)))
			continue;
		a = backtick_run(old_text);
		b = backtick_run(new_text);
		fence = (a > b ? a : b) + 1;
		if (fence < 3)
			fence = 3;
		fputs("\n<details><summary>", fp);
		fputs(r->en ? "Old and new text: " : "Oude en nieuwe tekst: ", fp);
		html_text(fp, privicon_diff_change_message(r->d, g, i, r->lang));
		fputs("</summary>\n\n", fp);
		for (size_t k = 0; k < fence; k++)
			fputc('`', fp);
		fputs("diff\n", fp);
		diff_lines(fp, "- ", old_text);
		diff_lines(fp, "+ ", new_text);
		for (size_t k = 0; k < fence; k++)
			fputc('`', fp);
		fputs("\n\n</details>\n", fp);
	}
}

static void write_markdown(FILE *fp, const report *r)
{
	size_t ng = privicon_diff_group_count(r->d);
	size_t m = privicon_diff_material_count(r->d);

	fputs("<!-- privicon-diff -->\n", fp);
	fputs(r->en ? "## Register changes (privicon diff)\n\n"
	            : "## Wijzigingen in het register (privicon diff)\n\n",
	      fp);
	if (r->base_unreadable) {
		fputs("> ", fp);
		base_note(fp, r);
		fputc('\n', fp);
	}
	if (nothing(r)) {
		fputs(r->en ? "No changes.\n" : "Geen wijzigingen.\n", fp);
		return;
	}
	if (m)
		fputs(r->en ? "**Sign-off needed:** " : "**Akkoord nodig:** ", fp);
	summary_line(fp, r);
	fputs("\n", fp);
	for (size_t g = 0; g < ng; g++) {
		const char *id = privicon_diff_group_activity(r->d, g);
		const char *version = privicon_diff_group_version_message(r->d, g, r->lang);
		long ov = privicon_diff_group_old_version(r->d, g);
		long nv = privicon_diff_group_new_version(r->d, g);

		fputs("\n### ", fp);
		md_text(fp, privicon_diff_group_name(r->d, g, r->lang));
		if (id) {
			fputs(" (`", fp);
			/* Ids are slugs ([a-z0-9-]): safe inside a code span. */
			cli_put_text(fp, id);
			fputs("`)", fp);
		}
		fputs("\n\n", fp);
		if (id) {
			if (!ov)
				fprintf(fp, r->en ? "New activity, version %ld.\n\n"
				                  : "Nieuwe activiteit, versie %ld.\n\n",
				        nv);
			else if (!nv)
				fprintf(fp, r->en ? "Removed (was version %ld).\n\n"
				                  : "Verwijderd (was versie %ld).\n\n",
				        ov);
			else
				fprintf(fp, r->en ? "Version %ld → %ld.\n\n" : "Versie %ld → %ld.\n\n", ov, nv);
		}
		fputs(r->en ? "| Class | Change |\n| --- | --- |\n" : "| Soort | Wijziging |\n| --- | --- |\n",
		      fp);
		for (size_t i = 0; i < privicon_diff_change_count(r->d, g); i++) {
			int mat = privicon_diff_change_material(r->d, g, i);
			const char *sens = privicon_diff_change_sensitive(r->d, g, i);
			fputs("| ", fp);
			if (mat)
				fprintf(fp, "**%s**", class_word(r, 1));
			else
				fputs(class_word(r, 0), fp);
			if (sens)
				fputs(r->en ? ", **sensitive data**" : ", **gevoelige gegevens**", fp);
			fputs(" | ", fp);
			md_text(fp, privicon_diff_change_message(r->d, g, i, r->lang));
			fputs(" |\n", fp);
		}
		md_edited_texts(fp, r, g);
		if (version) {
			fputs(r->en ? "\n> **Error:** " : "\n> **Fout:** ", fp);
			md_text(fp, version);
			fputc('\n', fp);
		}
	}
}

/* ---- JSON ------------------------------------------------------------ */

static json_t *version_or_null(long v)
{
	return v ? json_integer(v) : json_null();
}

static json_t *json_report(const report *r)
{
	json_t *root = json_object(), *tool = json_object(), *groups = json_array(),
	       *errors = json_array(), *summary = json_object();
	size_t ng = privicon_diff_group_count(r->d);
	int err = 0;

	if (!root || !tool || !groups || !errors || !summary) {
		json_decref(root);
		json_decref(tool);
		json_decref(groups);
		json_decref(errors);
		json_decref(summary);
		return NULL;
	}
	/* json_object_set_new takes (and on failure frees) the value, and
	 * fails on a NULL value, so one flag catches every allocation. */
	err |= json_object_set_new(root, "version", json_integer(1));
	err |= json_object_set_new(tool, "name", json_string("privicon"));
	err |= json_object_set_new(tool, "version", json_string(PRIVICON_VERSION));
	err |= json_object_set_new(root, "tool", tool);
	err |= json_object_set_new(root, "old", cli_json_string(r->old_file));
	err |= json_object_set_new(root, "new", cli_json_string(r->new_file));
	for (size_t g = 0; g < ng && !err; g++) {
		json_t *o = json_object(), *changes = json_array();
		long needed = privicon_diff_group_version_needed(r->d, g);
		const char *id = privicon_diff_group_activity(r->d, g);
		if (!o || !changes) {
			json_decref(o);
			json_decref(changes);
			err = -1;
			break;
		}
		err |= json_object_set_new(o, "activity", cli_json_string(id));
		err |= json_object_set_new(o, "name",
		                           cli_json_string(privicon_diff_group_name(r->d, g, r->lang)));
		err |= json_object_set_new(o, "oldVersion",
		                           version_or_null(privicon_diff_group_old_version(r->d, g)));
		err |= json_object_set_new(o, "newVersion",
		                           version_or_null(privicon_diff_group_new_version(r->d, g)));
		err |= json_object_set_new(o, "line", json_integer(privicon_diff_group_line(r->d, g)));
		err |= json_object_set_new(o, "versionNeeded", version_or_null(needed));
		for (size_t i = 0; i < privicon_diff_change_count(r->d, g) && !err; i++) {
			json_t *c = json_object();
			if (!c) {
				err = -1;
				break;
			}
			err |= json_object_set_new(c, "kind",
			                           json_string(privicon_diff_change_kind(r->d, g, i)));
			err |= json_object_set_new(
				c, "class",
				json_string(privicon_diff_change_material(r->d, g, i) ? "material" : "editorial"));
			err |= json_object_set_new(c, "sensitive",
			                           cli_json_string(privicon_diff_change_sensitive(r->d, g, i)));
			err |= json_object_set_new(
				c, "message", cli_json_string(privicon_diff_change_message(r->d, g, i, r->lang)));
			err |= json_object_set_new(c, "old",
			                           cli_json_string(privicon_diff_change_old(r->d, g, i)));
			err |= json_object_set_new(c, "new",
			                           cli_json_string(privicon_diff_change_new(r->d, g, i)));
			err |= json_array_append_new(changes, c);
		}
		err |= json_object_set_new(o, "changes", changes);
		err |= json_array_append_new(groups, o);
		if (needed && !err) {
			json_t *e = json_object();
			if (!e) {
				err = -1;
				break;
			}
			err |= json_object_set_new(e, "activity", cli_json_string(id));
			err |= json_object_set_new(e, "file", cli_json_string(r->new_file));
			err |= json_object_set_new(e, "line", json_integer(privicon_diff_group_line(r->d, g)));
			err |= json_object_set_new(e, "rule", json_string(VERSION_RULE));
			err |= json_object_set_new(
				e, "message",
				cli_json_string(privicon_diff_group_version_message(r->d, g, r->lang)));
			err |= json_array_append_new(errors, e);
		}
	}
	err |= json_object_set_new(root, "groups", groups);
	err |= json_object_set_new(root, "errors", errors);
	err |= json_object_set_new(summary, "material",
	                           json_integer((json_int_t)privicon_diff_material_count(r->d)));
	err |= json_object_set_new(summary, "editorial",
	                           json_integer((json_int_t)privicon_diff_editorial_count(r->d)));
	err |= json_object_set_new(summary, "errors",
	                           json_integer((json_int_t)privicon_diff_version_error_count(r->d)));
	err |= json_object_set_new(root, "summary", summary);
	if (err) {
		json_decref(root);
		return NULL;
	}
	return root;
}

/* ---- running ----------------------------------------------------------- */

static int write_report(const report *r, enum format format, const char *output)
{
	cli_output out;
	json_t *doc = NULL;
	int err;

	if (format == FORMAT_JSON && !(doc = json_report(r))) {
		cli_error(r->lang, "onvoldoende geheugen", "out of memory");
		return -1;
	}
	if (cli_output_open(&out, output, r->lang) != 0) {
		json_decref(doc);
		return -1;
	}
	errno = 0;
	if (format == FORMAT_JSON) {
		err = cli_json_write(out.fp, doc);
	} else {
		if (format == FORMAT_MARKDOWN)
			write_markdown(out.fp, r);
		else
			write_text(out.fp, r);
		err = ferror(out.fp) ? -1 : 0;
	}
	json_decref(doc);
	if (err) {
		cli_output_fail(&out, errno);
		return -1;
	}
	return cli_output_commit(&out);
}

/* Reads all of `fp` into *data (the caller frees). 0, or -1 when it
 * cannot be read or holds more than STREAM_MAX bytes (errno says which). */
static int read_stream(char **data, size_t *size, FILE *fp)
{
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap);
	*data = NULL;
	while (buf) {
		if (n == cap) {
			if (cap >= STREAM_MAX) {
				free(buf);
				errno = EFBIG;
				return -1;
			}
			char *more = realloc(buf, cap * 2);
			if (!more)
				break;
			buf = more;
			cap *= 2;
		}
		size_t got = fread(buf + n, 1, cap - n, fp);
		n += got;
		if (got == 0) {
			if (ferror(fp)) {
				int err = errno;
				free(buf);
				errno = err ? err : EIO;
				return -1;
			}
			*data = buf;
			*size = n;
			return 0;
		}
	}
	free(buf);
	errno = ENOMEM;
	return -1;
}

/* Loads operand OLD or NEW: a regular file by its path; "-" (standard
 * input) or a pipe (<(git show ...)) read whole first. `label` (or NULL)
 * is what the messages call it. Returns a CLI exit status. */
static int load_operand(privicon_register **reg, const char *operand, const char *label,
                        const char *lang, char **keep, size_t *keep_size)
{
	struct stat st;
	int from_stdin = strcmp(operand, "-") == 0;
	if (!from_stdin && !label && stat(operand, &st) == 0 && S_ISREG(st.st_mode))
		return cli_load_register(reg, operand, NULL, 0, lang);
	if (!from_stdin && (stat(operand, &st) != 0 || S_ISDIR(st.st_mode)))
		return cli_load_register(reg, operand, NULL, 0, lang); /* says why */
	FILE *fp = from_stdin ? stdin : fopen(operand, "rb");
	if (!fp)
		return cli_load_register(reg, operand, NULL, 0, lang);
	char *data = NULL;
	size_t size = 0;
	int rc = read_stream(&data, &size, fp);
	int err = errno;
	if (!from_stdin)
		fclose(fp);
	const char *name = label ? label : from_stdin ? "-" : operand;
	if (rc != 0) {
		fputs("privicon diff: ", stderr);
		cli_put_text(stderr, name);
		fprintf(stderr, ": %s\n", strerror(err));
		return CLI_EXIT_TROUBLE;
	}
	int status = cli_load_register_memory(reg, name, data, size, NULL, 0, lang);
	if (keep) {
		*keep = data; /* read once: kept for empty_like() */
		*keep_size = size;
	} else {
		free(data);
	}
	return status;
}

/* A register like `new_reg` (its controller) with no activities, for
 * judging NEW when OLD cannot be read: NEW loaded once more, every
 * activity left out. Returns 0, or -1 after saying why. */
static int empty_like(privicon_register **out, const char *operand, const char *label,
                      const char *data, size_t size, const char *lang)
{
	privicon_register_free(*out);
	*out = NULL;
	int status = data ? cli_load_register_memory(out, label ? label : operand, data, size, NULL, 0, lang)
	                  : load_operand(out, operand, label, lang, NULL, NULL);
	if (status != CLI_EXIT_OK)
		return -1;
	while (privicon_register_activity_count(*out) > 0) {
		if (privicon_register_leave_out(*out, privicon_register_activity_id(*out, 0)) != 0) {
			cli_error(lang, "onvoldoende geheugen", "out of memory");
			return -1;
		}
	}
	return 0;
}

int cmd_diff(int argc, char **argv)
{
	cli_opts p;
	const char *value, *lang = "nl", *output = NULL, *old_label = NULL, *new_label = NULL;
	char *new_data = NULL; /* NEW as read from a stream, or NULL */
	size_t new_size = 0;
	enum format format = FORMAT_TEXT;
	privicon_register *old_reg = NULL, *new_reg = NULL;
	privicon_diff *d = NULL;
	int opt, rc, status = CLI_EXIT_TROUBLE;

	if (cli_opts_init(&p, argc, argv, diff_options) != 0)
		return CLI_EXIT_TROUBLE;
	while ((opt = cli_opts_next(&p, &value)) > 0) {
		switch (opt) {
		case OPT_FORMAT:
			if (strcmp(value, "text") == 0) {
				format = FORMAT_TEXT;
			} else if (strcmp(value, "json") == 0) {
				format = FORMAT_JSON;
			} else if (strcmp(value, "markdown") == 0) {
				format = FORMAT_MARKDOWN;
			} else {
				cli_usage_error(p.command, "unknown format '%s' (use text, json or markdown)",
				                value);
				goto done;
			}
			break;
		case OPT_LANG:
			if (cli_parse_lang(&lang, value) != 0) {
				cli_usage_error(p.command, "unknown language '%s' (use nl or en)", value);
				goto done;
			}
			break;
		case OPT_OUTPUT:
			output = value;
			break;
		case OPT_OLD_LABEL:
			old_label = value;
			break;
		case OPT_NEW_LABEL:
			new_label = value;
			break;
		case OPT_HELP:
			diff_help();
			status = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
			goto done;
		}
	}
	if (opt < 0)
		goto done;
	if (p.n_operands != 2) {
		cli_usage_error(p.command, "give two registers, OLD and NEW (got %d)", p.n_operands);
		goto done;
	}

	if (strcmp(p.operands[0], "-") == 0 && strcmp(p.operands[1], "-") == 0) {
		cli_usage_error(p.command, "only one of OLD and NEW can be - (standard input)");
		goto done;
	}
	const char *old_name = old_label ? old_label : p.operands[0];
	const char *new_name = new_label ? new_label : p.operands[1];
	/* NEW failing to load is trouble (2): there is nothing to judge. OLD
	 * with errors (the target branch is broken) must not block the change
	 * that fixes it: NEW is then judged on its own, against a register
	 * with its controller and no activities. */
	int old_status = load_operand(&old_reg, p.operands[0], old_label, lang, NULL, NULL);
	if (old_status == CLI_EXIT_TROUBLE ||
	    load_operand(&new_reg, p.operands[1], new_label, lang, &new_data, &new_size) != CLI_EXIT_OK)
		goto done;
	int base_unreadable = old_status != CLI_EXIT_OK;
	if (base_unreadable &&
	    empty_like(&old_reg, p.operands[1], new_label, new_data, new_size, lang) != 0)
		goto done;
	rc = privicon_diff_new(&d, old_reg, new_reg);
	if (rc != 0) {
		cli_error(lang, "onvoldoende geheugen", "out of memory");
		goto done;
	}
	report r = {d, old_name, new_name, lang, strcmp(lang, "en") == 0, base_unreadable};
	if (write_report(&r, format, output) != 0)
		goto done;
	status = privicon_diff_version_error_count(d) ? DIFF_EXIT_VERSION
	         : privicon_diff_material_count(d) || base_unreadable ? CLI_EXIT_FINDINGS
	                                                              : CLI_EXIT_OK;

done:
	free(new_data);
	privicon_diff_free(d);
	privicon_register_free(old_reg);
	privicon_register_free(new_reg);
	cli_opts_free(&p);
	return status;
}
