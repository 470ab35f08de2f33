/*
 * output.c - where the CLI's output goes: stdout or a file written
 * atomically, plus the helpers that keep hostile text (control
 * characters, bad UTF-8) from corrupting a terminal or a JSON document.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void cli_error(const char *lang, const char *msg_nl, const char *msg_en)
{
	fputs("privicon: ", stderr);
	cli_put_text(stderr, (lang && strcmp(lang, "en") == 0) ? msg_en : msg_nl);
	fputc('\n', stderr);
}

/* The reason a file cannot be written, in Dutch for the usual causes
 * (strerror speaks English: the CLI does not call setlocale, so that
 * its output is the same on every machine). */
static const char *errno_text(int err, int en)
{
	if (err == EBUSY) /* from open_temp(), not from the system */
		return en ? "another privicon is writing this file right now"
		          : "een ander privicon-proces schrijft dit bestand op dit moment";
	if (en)
		return strerror(err);
	switch (err) {
	case ENOENT: return "de map bestaat niet";
	case ENOTDIR: return "een deel van het pad is geen map";
	case EACCES:
	case EPERM: return "geen toestemming om hier te schrijven";
	case EISDIR: return "dit is een map, geen bestand";
	case ENOSPC: return "de schijf is vol";
	case EFBIG: return "het bestand wordt groter dan is toegestaan";
	case EDQUOT: return "de schijfruimte (quota) is op";
	case EROFS: return "de schijf is alleen-lezen";
	case ENAMETOOLONG: return "de naam is te lang";
	case ENOMEM: return "onvoldoende geheugen";
	default: return strerror(err);
	}
}

const char *cli_errno_text(int err, const char *lang)
{
	return errno_text(err, lang && strcmp(lang, "en") == 0);
}

/* "privicon: cannot write PATH: REASON" in the chosen language. */
static void write_error(const char *lang, const char *path, int err)
{
	int en = lang && strcmp(lang, "en") == 0;
	fputs(en ? "privicon: cannot write " : "privicon: kan niet schrijven naar ", stderr);
	cli_put_text(stderr, path);
	fprintf(stderr, ": %s\n", errno_text(err, en));
}

/* Splits `path` into the directory part (with its final '/', or "") and
 * the base name; both into new strings. */
static int split_path(char **dir, const char **base, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dlen = slash ? (size_t)(slash - path) + 1 : 0;

	*dir = malloc(dlen + 1);
	if (!*dir)
		return -1;
	memcpy(*dir, path, dlen);
	(*dir)[dlen] = '\0';
	*base = slash ? slash + 1 : path;
	return 0;
}

/* The files this command reads (its operands), so that no output
 * replaces one: `privicon check -o register.xml register.xml` would
 * otherwise swap the register for the report. Kept until exit. */
typedef struct {
	dev_t dev;
	ino_t ino;
} file_id;
static file_id *inputs;
static size_t n_inputs, cap_inputs;

void cli_protect_input(const char *path)
{
	struct stat st;
	if (!path || strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return;
	if (n_inputs == cap_inputs) {
		size_t cap = cap_inputs ? cap_inputs * 2 : 8;
		file_id *bigger = realloc(inputs, cap * sizeof(*bigger));
		if (!bigger)
			return; /* then output_open refuses nothing more than before */
		inputs = bigger;
		cap_inputs = cap;
	}
	inputs[n_inputs++] = (file_id){st.st_dev, st.st_ino};
}

/* Whether `path` is (or, through links, leads to) one of the inputs. */
static int is_input(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return 0;
	for (size_t i = 0; i < n_inputs; i++)
		if (inputs[i].dev == st.st_dev && inputs[i].ino == st.st_ino)
			return 1;
	return 0;
}

/* Whether `fd` is the file at `path` now (not one that replaced it). */
static int same_file(int fd, const char *path)
{
	struct stat a, b;
	return fstat(fd, &a) == 0 && lstat(path, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/*
 * Creates the temporary file `tmp` exclusively and takes an flock on it,
 * held until the file is renamed into place or removed. The name is fixed
 * per target (".NAME.tmp"), so a temporary file left behind by a process
 * that was killed (kill -9 leaves no chance to clean up) is found by the
 * next run that writes the same target: nobody holds its lock any more,
 * so it is removed and made anew; stale files never pile up. One that is
 * still locked belongs to another privicon writing the same target right
 * now: we wait for it a moment (about 2 s), then give up with EBUSY.
 * Returns the descriptor, or -1 with errno set.
 */
static int open_temp(const char *tmp)
{
	for (int tries = 0; tries < 100; tries++) {
		int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
		if (fd >= 0) {
			if (flock(fd, LOCK_EX | LOCK_NB) == 0 && same_file(fd, tmp))
				return fd;
			close(fd); /* another run took it for stale and removed it */
			continue;
		}
		if (errno != EEXIST)
			return -1;
		struct stat st;
		if (lstat(tmp, &st) != 0) {
			if (errno == ENOENT)
				continue;
			return -1;
		}
		if (!S_ISREG(st.st_mode)) {
			/* A link or a pipe under our own temporary name is
			 * removed, never followed or opened. */
			if (unlink(tmp) != 0 && errno != ENOENT)
				return -1;
			continue;
		}
		int old = open(tmp, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (old < 0) {
			if (errno == ENOENT)
				continue;
			return -1;
		}
		if (flock(old, LOCK_EX | LOCK_NB) == 0) {
			if (same_file(old, tmp) && unlink(tmp) != 0 && errno != ENOENT) {
				int err = errno;
				close(old);
				errno = err;
				return -1;
			}
		} else if (errno == EWOULDBLOCK) {
			struct timespec pause = {0, 20 * 1000 * 1000};
			nanosleep(&pause, NULL);
		} else {
			int err = errno;
			close(old);
			errno = err;
			return -1;
		}
		close(old);
	}
	errno = EBUSY;
	return -1;
}

/* follow: a symbolic link, device or pipe at `path` is written through
 * (cli_output_open); otherwise it is replaced like a file. */
static int output_open(cli_output *out, const char *path, const char *lang, int follow)
{
	char *dir = NULL;
	const char *base;
	struct stat st;
	int fd;

	memset(out, 0, sizeof(*out));
	out->lang = lang;
	out->lock_fd = -1;
	if (!path) {
		out->fp = stdout;
		return 0;
	}
	if (*path == '\0' || path[strlen(path) - 1] == '/') {
		write_error(lang, path, EISDIR);
		return -1;
	}
	out->path = strdup(path);
	if (!out->path)
		goto nomem;
	if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		write_error(lang, path, EISDIR);
		goto fail;
	}
	if (is_input(path)) {
		int en = lang && strcmp(lang, "en") == 0;
		fputs(en ? "privicon: cannot write " : "privicon: kan niet schrijven naar ", stderr);
		cli_put_text(stderr, path);
		fputs(en ? ": it is an input of this command; choose another output file\n"
		         : ": dit is een invoerbestand van deze opdracht; kies een ander "
		           "uitvoerbestand\n",
		      stderr);
		goto fail;
	}
	if (follow && lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* A directory cannot be the report. A symbolic link, a device
		 * or a pipe (-o /dev/stdout, itself a link) is written
		 * directly: renaming a file over it would replace the link or
		 * the device instead of writing to what it stands for. */
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			write_error(lang, path, EISDIR);
			goto fail;
		}
		out->fp = fopen(path, "w");
		if (!out->fp) {
			write_error(lang, path, errno);
			goto fail;
		}
		return 0;
	}
	if (split_path(&dir, &base, path) != 0)
		goto nomem;
	/* A hidden name in the target's own directory, ending in .tmp so
	 * that it never looks like an output: rename() is then atomic, and
	 * a half-written file never has the target's name. */
	size_t n = strlen(dir) + strlen(base) + sizeof(".") + sizeof(".tmp");
	out->tmp_path = malloc(n);
	if (!out->tmp_path)
		goto nomem;
	snprintf(out->tmp_path, n, "%s.%s.tmp", dir, base);
	free(dir);
	dir = NULL;

	fd = open_temp(out->tmp_path);
	if (fd < 0) {
		write_error(lang, path, errno);
		goto fail;
	}
	/* A second descriptor keeps the lock after fclose(), until the
	 * rename is done (flock belongs to the open file, shared by dup). */
	out->lock_fd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	if (out->lock_fd < 0 || !(out->fp = fdopen(fd, "w"))) {
		write_error(lang, path, errno);
		unlink(out->tmp_path);
		close(fd);
		if (out->lock_fd >= 0)
			close(out->lock_fd);
		goto fail;
	}
	return 0;

nomem:
	write_error(lang, path, ENOMEM);
fail:
	free(dir);
	free(out->path);
	free(out->tmp_path);
	memset(out, 0, sizeof(*out));
	out->lock_fd = -1;
	return -1;
}

int cli_output_open(cli_output *out, const char *path, const char *lang)
{
	return output_open(out, path, lang, 1);
}

/* Frees the names and drops the temporary file's lock (after the
 * rename or the unlink). */
static void output_release(cli_output *out)
{
	if (out->tmp_path && out->lock_fd >= 0)
		close(out->lock_fd);
	free(out->path);
	free(out->tmp_path);
	memset(out, 0, sizeof(*out));
	out->lock_fd = -1;
}

void cli_output_abort(cli_output *out)
{
	if (out->path) {
		if (out->fp)
			fclose(out->fp);
		if (out->tmp_path)
			unlink(out->tmp_path);
		output_release(out);
	} else {
		out->fp = NULL;
	}
}

void cli_output_fail(cli_output *out, int err)
{
	write_error(out->lang, out->path ? out->path : "stdout", err ? err : EIO);
	cli_output_abort(out);
}

int cli_output_commit(cli_output *out)
{
	int err = 0;

	errno = 0;
	if (!out->path) {
		/* stdout: a full disk or a closed pipe must not look like success. */
		if (fflush(stdout) != 0 || ferror(stdout)) {
			err = errno ? errno : EIO;
			write_error(out->lang, "stdout", err);
			return -1;
		}
		return 0;
	}
	if (!out->tmp_path) {
		/* A device or a pipe, written directly. */
		if (fflush(out->fp) != 0 || ferror(out->fp))
			err = errno ? errno : EIO;
		if (fclose(out->fp) != 0 && !err)
			err = errno ? errno : EIO;
		out->fp = NULL;
		if (err)
			write_error(out->lang, out->path, err);
		output_release(out);
		return err ? -1 : 0;
	}
	if (fflush(out->fp) != 0 || ferror(out->fp))
		err = errno ? errno : EIO;
	else if (fsync(fileno(out->fp)) != 0 && errno != EINVAL && errno != EROFS)
		err = errno;
	if (fclose(out->fp) != 0 && !err)
		err = errno ? errno : EIO;
	out->fp = NULL;
	if (!err && rename(out->tmp_path, out->path) != 0)
		err = errno;
	if (err) {
		write_error(out->lang, out->path, err);
		unlink(out->tmp_path);
		output_release(out);
		return -1;
	}
	output_release(out);
	return 0;
}

static int write_file(const char *path, const void *data, size_t size, const char *lang,
                      int follow)
{
	cli_output out;

	if (output_open(&out, path, lang, follow) != 0)
		return -1;
	errno = 0;
	if (size && fwrite(data, 1, size, out.fp) != size) {
		cli_output_fail(&out, errno);
		return -1;
	}
	return cli_output_commit(&out);
}

int cli_write_file_atomic(const char *path, const void *data, size_t size, const char *lang)
{
	return write_file(path, data, size, lang, 1);
}

int cli_write_file_in_dir(const char *path, const void *data, size_t size, const char *lang)
{
	return write_file(path, data, size, lang, 0);
}

void cli_put_text(FILE *fp, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if (*p == '\n' || *p == '\r' || *p == '\t') {
			/* Trailing line breaks (libxml2 ends its messages with one)
			 * vanish; inner ones become a space. */
			const unsigned char *q = p;
			while (*q == '\n' || *q == '\r' || *q == '\t' || *q == ' ')
				q++;
			if (*q == '\0')
				break;
			fputc(' ', fp);
			p = q - 1;
		} else if (*p < 0x20 || *p == 0x7f) {
			fprintf(fp, "\\x%02x", *p);
		} else {
			fputc(*p, fp);
		}
	}
}

json_t *cli_json_string(const char *s)
{
	char *clean;
	json_t *j;

	if (!s)
		return json_null();
	clean = privicon_utf8_clean(s);
	if (!clean)
		return NULL;
	j = json_string(clean);
	privicon_free(clean);
	return j;
}

json_t *cli_json_message(const char *s)
{
	json_t *j;
	char *clean;
	size_t n;

	if (!s)
		return json_null();
	clean = privicon_utf8_clean(s);
	if (!clean)
		return NULL;
	/* libxml2's messages end in a line break; a JSON value should not. */
	n = strlen(clean);
	while (n > 0 && strchr(" \t\r\n", clean[n - 1]))
		clean[--n] = '\0';
	j = json_string(clean);
	privicon_free(clean);
	return j;
}

int cli_json_write(FILE *fp, const json_t *root)
{
	/* Keys stay in insertion order, which each command fixes and
	 * documents (jansson >= 2.8 always keeps it; older ones need the flag). */
	if (json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 || fputc('\n', fp) == EOF)
		return -1;
	return 0;
}
