/*
 * load.c - reading a register: the file (bounded), the bytes (UTF-8 only),
 * the XML (libxml2 with safe options), the root, the schema, the model.
 *
 * Safety: the parser never substitutes entities, never loads a DTD, never
 * touches the network and never processes XInclude. On top of that, SAX
 * hooks stop the parser at the first declaration in a DOCTYPE, so an
 * entity is never even defined, let alone expanded or fetched: an entity
 * bomb is refused after reading its first declaration, and no byte of a
 * file an entity points to can reach a message. libxml2's depth limit
 * (256 without XML_PARSE_HUGE, which we never set) bounds the tree, and
 * every walk over it here is iterative.
 *
 * Nothing is printed: libxml2's errors go to a callback on the parser
 * context, and while we run, the calling thread's global libxml2 error
 * handlers are swapped for silent ones and restored afterwards.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#include "load/build.h"
#include "privicon.h"
#include "util/resource.h"
#include "load/validate.h"
#include "load/safexml.h"
#include "util/text.h"

#define XINCLUDE_NS "http://www.w3.org/2001/XInclude"
#define XINCLUDE_OLD_NS "http://www.w3.org/2003/XInclude"
#define SCHEMA_RESOURCE "schemas/register.xsd"
#define MAX_SYNTAX_ERRORS 20
/* The longest text or attribute value the parser accepts. The schema
 * allows at most 4,000 characters; libxml2's own limit is 10,000,000, and
 * validating a value of a few megabytes against a pattern took libxml2
 * over a second and 400 MB here. So a megabyte is plenty, and cheap. */
#define MAX_VALUE_BYTES ((size_t)1024 * 1024)
_Static_assert(MAX_VALUE_BYTES % (1024 * 1024) == 0, "value_limit() says it in whole MiB");
#define MSG_MAX 1024

/* ---- diagnostics helpers ------------------------------------------- */

static int add_error(privicon_diagnostics *diags, const char *file, int line, int column,
                     const char *rule, const char *nl, const char *en)
{
	return privicon_diagnostics_add(diags, file, line, column, PRIVICON_ERROR, rule, NULL, nl, en);
}

/* Adds a diagnostic and returns `status`, or PRIVICON_ENOMEM when even
 * the diagnostic could not be stored. */
static int fail(privicon_diagnostics *diags, const char *file, int line, int column,
                const char *rule, int status, const char *nl, const char *en)
{
	int rc = add_error(diags, file, line, column, rule, nl, en);
	return rc == PRIVICON_OK ? status : rc;
}

/* `size` is the file's size, or 0 when it is only known to exceed the cap
 * (reading stopped there). Sizes read "1,7 KiB (1.753 bytes)" in Dutch and
 * "1.7 KiB (1,753 bytes)" in English. */
static int too_big(privicon_diagnostics *diags, const char *file, uintmax_t size, size_t cap)
{
	char have_nl[96], have_en[96], limit_nl[96], limit_en[96], nl[MSG_MAX], en[MSG_MAX];
	pv_format_size(limit_nl, sizeof(limit_nl), cap, PV_NL);
	pv_format_size(limit_en, sizeof(limit_en), cap, PV_EN);
	if (size) {
		pv_format_size(have_nl, sizeof(have_nl), size, PV_NL);
		pv_format_size(have_en, sizeof(have_en), size, PV_EN);
		snprintf(nl, sizeof(nl), "Het bestand is te groot: %s. privicon leest bestanden tot "
		         "%s.", have_nl, limit_nl);
		snprintf(en, sizeof(en), "The file is too large: %s. privicon reads files up to %s.",
		         have_en, limit_en);
	} else {
		snprintf(nl, sizeof(nl), "Het bestand is te groot: groter dan %s, het maximum dat "
		         "privicon leest.", limit_nl);
		snprintf(en, sizeof(en), "The file is too large: larger than %s, the most privicon "
		         "reads.", limit_en);
	}
	return fail(diags, file, 0, 0, "file", PRIVICON_ETOOBIG, nl, en);
}

/* An empty file is there and readable, so it is a finding about the
 * register (exit status 1), not I/O trouble (2). */
static int empty_file(privicon_diagnostics *diags, const char *file)
{
	return fail(diags, file, 0, 0, "file", PRIVICON_EINVALID,
	            "Het bestand is leeg: er staat geen register in. Een register begint met "
	            "<register xmlns=\"" PV_REGISTER_NS "\">.",
	            "The file is empty: it holds no register. A register starts with "
	            "<register xmlns=\"" PV_REGISTER_NS "\">.");
}

/* The size cap in force. libxml2 takes an int length, so the cap never
 * exceeds INT_MAX whatever the caller asks. */
static size_t size_cap(const privicon_load_options *opts)
{
	size_t cap = opts && opts->max_size ? opts->max_size : PRIVICON_DEFAULT_MAX_SIZE;
	return cap > (size_t)INT_MAX ? (size_t)INT_MAX : cap;
}

/* ---- reading a file ---------------------------------------------------- */

/* Why a file cannot be read, in Dutch, for the errors people meet. */
static const char *dutch_reason(int err)
{
	switch (err) {
	case EIO: return "de schijf of het netwerk gaf een leesfout";
	case ELOOP: return "de naam wijst via te veel koppelingen (symlinks) door";
	case ENAMETOOLONG: return "de naam is te lang";
	case EMFILE:
	case ENFILE: return "er staan te veel bestanden tegelijk open";
	case ENOMEM: return "er is niet genoeg geheugen";
	case EOVERFLOW:
	case EFBIG: return "het bestand is te groot voor dit systeem";
	case ETXTBSY:
	case EBUSY: return "het bestand is in gebruik";
	case ENXIO:
	case ENODEV: return "het apparaat waar het bestand op staat, is er niet";
	case ESTALE: return "de netwerkmap is niet meer bereikbaar";
	default: return NULL;
	}
}

static int cannot_read(privicon_diagnostics *diags, const char *path, int err)
{
	char nl[MSG_MAX], en[MSG_MAX];
	switch (err) {
	case ENOENT:
	case ENOTDIR:
		return fail(diags, path, 0, 0, "file", PRIVICON_EIO,
		            "Bestand niet gevonden: controleer de naam en de map.",
		            "No such file: check the name and the folder.");
	case EACCES:
	case EPERM:
		return fail(diags, path, 0, 0, "file", PRIVICON_EIO,
		            "Geen toestemming om het bestand te lezen.",
		            "No permission to read the file.");
	case EISDIR:
		return fail(diags, path, 0, 0, "file", PRIVICON_EIO,
		            "Dit is een map, geen bestand.", "This is a directory, not a file.");
	default:
		/* strerror() speaks English (and the C locale's language at
		 * best): the Dutch message has its own words, or the number. */
		if (dutch_reason(err))
			snprintf(nl, sizeof(nl), "Het bestand kan niet worden gelezen: %s.",
			         dutch_reason(err));
		else
			snprintf(nl, sizeof(nl), "Het bestand kan niet worden gelezen (systeemfout %d).",
			         err);
		snprintf(en, sizeof(en), "The file cannot be read (%s).", strerror(err));
		return fail(diags, path, 0, 0, "file", PRIVICON_EIO, nl, en);
	}
}

static int not_regular(privicon_diagnostics *diags, const char *path, mode_t mode)
{
	if (S_ISDIR(mode))
		return cannot_read(diags, path, EISDIR);
	return fail(diags, path, 0, 0, "file", PRIVICON_EIO,
	            "Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat, pipe of socket).",
	            "This is not a regular file (but, for example, a device, pipe or socket).");
}

/*
 * Reads the regular file at `path` into a new buffer, never more than
 * cap + 1 bytes: a file over the cap is refused without being read, and a
 * file that grows past the cap while we read it is refused too.
 */
static int read_file(char **out, size_t *out_size, privicon_diagnostics *diags,
                     const char *path, size_t cap)
{
	*out = NULL;
	*out_size = 0;
	struct stat st;
	if (stat(path, &st) != 0)
		return cannot_read(diags, path, errno);
	if (!S_ISREG(st.st_mode))
		return not_regular(diags, path, st.st_mode);
	if ((uintmax_t)st.st_size > cap)
		return too_big(diags, path, (uintmax_t)st.st_size, cap);

	/* O_NONBLOCK: should the path have been swapped for a FIFO since the
	 * stat, open does not hang; fstat below then refuses it. */
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return cannot_read(diags, path, errno);
	struct stat fst;
	if (fstat(fd, &fst) != 0) {
		int err = errno;
		close(fd);
		return cannot_read(diags, path, err);
	}
	if (!S_ISREG(fst.st_mode)) {
		close(fd);
		return not_regular(diags, path, fst.st_mode);
	}

	size_t alloc = (size_t)fst.st_size < cap ? (size_t)fst.st_size + 1 : cap + 1;
	if (alloc < 4096)
		alloc = cap + 1 < 4096 ? cap + 1 : 4096;
	char *buf = malloc(alloc);
	if (!buf) {
		close(fd);
		return PRIVICON_ENOMEM;
	}
	size_t total = 0;
	for (;;) {
		if (total == alloc) {
			if (alloc > cap)
				break; /* read cap + 1 bytes: over the cap */
			size_t grow = alloc > (cap + 1) / 2 ? cap + 1 : alloc * 2;
			char *bigger = realloc(buf, grow);
			if (!bigger) {
				free(buf);
				close(fd);
				return PRIVICON_ENOMEM;
			}
			buf = bigger;
			alloc = grow;
		}
		ssize_t n = read(fd, buf + total, alloc - total);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int err = errno;
			free(buf);
			close(fd);
			return cannot_read(diags, path, err);
		}
		if (n == 0)
			break;
		total += (size_t)n;
	}
	close(fd);
	if (total > cap) {
		/* It grew, or stat did not tell (e.g. /proc): the true size is
		 * unknown, and we read no further to learn it. */
		free(buf);
		return too_big(diags, path, 0, cap);
	}
	if (total == 0) {
		free(buf);
		return empty_file(diags, path);
	}
	*out = buf;
	*out_size = total;
	return PRIVICON_OK;
}

/* ---- checking the bytes ---------------------------------------------- */

/* 1-based line and column (in characters) of byte `offset`. */
static void position(const char *data, size_t offset, int *line, int *column)
{
	long l = 1, c = 1;
	for (size_t i = 0; i < offset; i++) {
		unsigned char b = (unsigned char)data[i];
		if (b == '\n') {
			l++;
			c = 1;
		} else if ((b & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l > INT_MAX ? INT_MAX : (int)l;
	*column = c > INT_MAX ? INT_MAX : (int)c;
}

static int ascii_ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a + 32) : *a;
		char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b + 32) : *b;
		if (x != y)
			return 0;
	}
	return *a == *b;
}

/* The encoding named in the XML declaration, if there is one. */
static int declared_encoding(const char *data, size_t size, char *enc, size_t cap)
{
	size_t i = 0;
	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (size - i < 6 || memcmp(data + i, "<?xml", 5) != 0 ||
	    !(data[i + 5] == ' ' || data[i + 5] == '\t' || data[i + 5] == '\r' ||
	      data[i + 5] == '\n'))
		return 0;
	size_t end = size - i > 512 ? i + 512 : size;
	for (size_t k = i + 5; k + 1 < end; k++) {
		if (data[k] == '?' && data[k + 1] == '>')
			return 0;
		if (k + 8 <= end && memcmp(data + k, "encoding", 8) == 0) {
			size_t p = k + 8;
			while (p < end && (data[p] == ' ' || data[p] == '\t' || data[p] == '\r' ||
			                   data[p] == '\n'))
				p++;
			if (p >= end || data[p] != '=')
				return 0;
			p++;
			while (p < end && (data[p] == ' ' || data[p] == '\t' || data[p] == '\r' ||
			                   data[p] == '\n'))
				p++;
			if (p >= end || (data[p] != '"' && data[p] != '\''))
				return 0;
			char quote = data[p++];
			size_t n = 0;
			while (p < end && data[p] != quote && n + 1 < cap) {
				unsigned char ch = (unsigned char)data[p];
				/* Encoding names are ASCII letters, digits, . _ - */
				enc[n++] = (ch >= 0x20 && ch < 0x7F) ? (char)ch : '?';
				p++;
			}
			enc[n] = '\0';
			return 1;
		}
	}
	return 0;
}

static int utf16_error(privicon_diagnostics *diags, const char *file, const char *what)
{
	char nl[MSG_MAX], en[MSG_MAX];
	snprintf(nl, sizeof(nl), "Het bestand is opgeslagen als %s, maar privicon leest alleen "
	         "UTF-8. Sla het op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8).",
	         what);
	snprintf(en, sizeof(en), "The file is saved as %s, but privicon reads only UTF-8. Save it "
	         "as UTF-8 (in most editors: Save as, encoding UTF-8).", what);
	return fail(diags, file, 1, 1, "xml-syntax", PRIVICON_EINVALID, nl, en);
}

/*
 * Refuses what is not UTF-8 text before libxml2 sees it, with the exact
 * place: UTF-16/32 (by byte order mark or by the zero bytes of "<?"), a
 * declared encoding other than UTF-8, NUL bytes, invalid UTF-8.
 */
static int check_bytes(privicon_diagnostics *diags, const char *file, const char *data,
                       size_t size)
{
	const unsigned char *u = (const unsigned char *)data;
	if (size >= 4 && ((u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) ||
	                  (u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) ||
	                  (u[0] == '<' && u[1] == 0 && u[2] == 0 && u[3] == 0) ||
	                  (u[0] == 0 && u[1] == 0 && u[2] == 0 && u[3] == '<')))
		return utf16_error(diags, file, "UTF-32");
	if (size >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) ||
	                  (u[0] == '<' && u[1] == 0) || (u[0] == 0 && u[1] == '<')))
		return utf16_error(diags, file, "UTF-16");

	char enc[64];
	if (declared_encoding(data, size, enc, sizeof(enc)) && !ascii_ieq(enc, "UTF-8") &&
	    !ascii_ieq(enc, "UTF8")) {
		if (ascii_ieq(enc, "UTF-16") || ascii_ieq(enc, "UTF-16LE") ||
		    ascii_ieq(enc, "UTF-16BE") || ascii_ieq(enc, "UCS-2") || ascii_ieq(enc, "UTF16"))
			return utf16_error(diags, file, "UTF-16");
		char nl[MSG_MAX], en[MSG_MAX];
		snprintf(nl, sizeof(nl), "Het bestand zegt dat het de codering '%s' heeft; een "
		         "register moet UTF-8 zijn. Sla het op als UTF-8 en schrijf "
		         "encoding=\"UTF-8\" in de eerste regel.", enc);
		snprintf(en, sizeof(en), "The file says its encoding is '%s'; a register must be "
		         "UTF-8. Save it as UTF-8 and write encoding=\"UTF-8\" in the first line.", enc);
		return fail(diags, file, 1, 1, "xml-syntax", PRIVICON_EINVALID, nl, en);
	}

	int line, column;
	const char *nul = memchr(data, '\0', size);
	if (nul) {
		position(data, (size_t)(nul - data), &line, &column);
		return fail(diags, file, line, column, "xml-syntax", PRIVICON_EINVALID,
		            "Het bestand bevat een nul-byte (NUL). Een register is een tekstbestand; "
		            "dit bestand is beschadigd of is geen tekstbestand.",
		            "The file contains a zero byte (NUL). A register is a text file; this "
		            "file is damaged or is not a text file.");
	}
	int cut;
	size_t bad = pv_utf8_check(u, size, &cut);
	if (bad < size) {
		position(data, bad, &line, &column);
		if (cut)
			return fail(diags, file, line, column, "xml-syntax", PRIVICON_EINVALID,
			            "Het bestand houdt op midden in een teken. Is het bestand afgebroken?",
			            "The file stops in the middle of a character. Is the file cut off?");
		char nl[MSG_MAX], en[MSG_MAX];
		snprintf(nl, sizeof(nl), "Het bestand is geen geldige UTF-8-tekst: op deze plek staat "
		         "de byte 0x%02X, die in UTF-8 niet voorkomt. Waarschijnlijk is het bestand "
		         "opgeslagen als Latin-1 of Windows-1252; sla het op als UTF-8.", u[bad]);
		snprintf(en, sizeof(en), "The file is not valid UTF-8 text: the byte 0x%02X here does "
		         "not occur in UTF-8. The file was probably saved as Latin-1 or Windows-1252; "
		         "save it as UTF-8.", u[bad]);
		return fail(diags, file, line, column, "xml-syntax", PRIVICON_EINVALID, nl, en);
	}
	return PRIVICON_OK;
}

/* ---- parsing ------------------------------------------------------------ */

enum unsafe_kind {
	SAFE = 0,
	UNSAFE_ENTITY,          /* an entity declaration or reference */
	UNSAFE_EXTERNAL_ENTITY, /* an entity that points to a file or URL */
	UNSAFE_EXTERNAL,        /* an external DTD */
	UNSAFE_DECL,            /* other DTD declarations */
	UNSAFE_XINCLUDE,
	REFUSED_TOO_LONG        /* a text or value over MAX_VALUE_BYTES */
};

/* One well-formedness error, copied out of libxml2's error struct. */
typedef struct {
	int code, line, column, int1;
	char str1[96], str2[96];
	char raw[320]; /* libxml2's own text, one line, clipped */
	/* A value in typographic quotes (“...” as Word writes them) where
	 * libxml2 wanted a straight quote: the quote, the attribute's name and
	 * the value, for a message that names them; quote[0] is 0 otherwise. */
	char quote[8], quote_attr[64], quote_value[96];
	/* A closing tag that closes an element around the open one: the open
	 * element (str1, opened on line int1) lacks its closing tag. */
	int unclosed;
} syntax_error;

typedef struct {
	privicon_diagnostics *diags;
	const char *file;
	int unsafe;      /* enum unsafe_kind */
	int unsafe_line;
	const void *text_node; /* the element whose text is being read */
	size_t text_len;       /* bytes of that text so far */
	int errors;      /* error-level messages seen */
	size_t reported; /* of which added as diagnostics */
	int last_line, last_column;
	/* The errors libxml2 gives once it has run out of input all describe
	 * one fact, that the file is cut off; the most telling one is kept
	 * here and reported last. */
	syntax_error at_end;
	int at_end_rank;
	/* After a closing tag that did not match, libxml2's idea of which
	 * element is open is off by one for the rest of the file: every later
	 * mismatch and the "not finished" at the end follow from the first
	 * and are not reported (one unclosed element, one message). */
	int nesting_lost;
	int oom;
	int diag_failed;
} parse_state;

/* Stops the parser at the first sign of a DTD feature we refuse. */
static void refuse(void *ctx, int kind)
{
	xmlParserCtxtPtr ctxt = ctx;
	parse_state *ps = ctxt->_private;
	if (!ps->unsafe) {
		ps->unsafe = kind;
		ps->unsafe_line = ctxt->input ? ctxt->input->line : 0;
	}
	xmlStopParser(ctxt);
}

static void on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *public_id,
                               const xmlChar *system_id)
{
	(void)name;
	/* A bare <!DOCTYPE register> is harmless; a DTD elsewhere is not.
	 * We build no DTD node either way. */
	if (public_id || system_id)
		refuse(ctx, UNSAFE_EXTERNAL);
}

static void on_external_subset(void *ctx, const xmlChar *name, const xmlChar *public_id,
                               const xmlChar *system_id)
{
	(void)name;
	if (public_id || system_id)
		refuse(ctx, UNSAFE_EXTERNAL);
}

static void on_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                           const xmlChar *system_id, xmlChar *content)
{
	(void)name, (void)type, (void)public_id, (void)content;
	refuse(ctx, system_id ? UNSAFE_EXTERNAL_ENTITY : UNSAFE_ENTITY);
}

static void on_unparsed_entity_decl(void *ctx, const xmlChar *name, const xmlChar *public_id,
                                    const xmlChar *system_id, const xmlChar *notation)
{
	(void)name, (void)public_id, (void)system_id, (void)notation;
	refuse(ctx, UNSAFE_EXTERNAL_ENTITY);
}

static void on_element_decl(void *ctx, const xmlChar *name, int type,
                            xmlElementContentPtr content)
{
	(void)name, (void)type, (void)content; /* the parser frees content */
	refuse(ctx, UNSAFE_DECL);
}

static void on_attribute_decl(void *ctx, const xmlChar *elem, const xmlChar *fullname, int type,
                              int def, const xmlChar *default_value, xmlEnumerationPtr tree)
{
	(void)elem, (void)fullname, (void)type, (void)def, (void)default_value;
	xmlFreeEnumeration(tree); /* ownership passes to this callback */
	refuse(ctx, UNSAFE_DECL);
}

static void on_notation_decl(void *ctx, const xmlChar *name, const xmlChar *public_id,
                             const xmlChar *system_id)
{
	(void)name, (void)public_id, (void)system_id;
	refuse(ctx, UNSAFE_DECL);
}

static xmlEntityPtr on_get_parameter_entity(void *ctx, const xmlChar *name)
{
	(void)name;
	refuse(ctx, UNSAFE_ENTITY);
	return NULL;
}

static xmlParserInputPtr on_resolve_entity(void *ctx, const xmlChar *public_id,
                                           const xmlChar *system_id)
{
	(void)public_id, (void)system_id;
	refuse(ctx, UNSAFE_EXTERNAL_ENTITY);
	return NULL;
}

/* Builds each element as libxml2 does, after checking the length of its
 * attribute values, then notes the true line of one past line 65535 (see
 * pv_note_line). */
static void on_start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                             const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                             int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	parse_state *ps = ctxt->_private;
	/* attributes: (localname, prefix, URI, value, end) per attribute */
	for (int i = 0; i < nb_attributes; i++) {
		if ((size_t)(attributes[i * 5 + 4] - attributes[i * 5 + 3]) > MAX_VALUE_BYTES) {
			refuse(ctx, REFUSED_TOO_LONG);
			return;
		}
	}
	ps->text_node = NULL; /* text after this start tag is a new text */
	xmlNodePtr before = ctxt->node;
	xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces,
	                      nb_attributes, nb_defaulted, attributes);
	xmlNodePtr el = ctxt->node;
	if (el && el != before && el->type == XML_ELEMENT_NODE && el->line == 65535 &&
	    ctxt->input && ctxt->input->line >= 65535) {
		if (pv_note_line(ctxt->myDoc, el, ctxt->input->line) != PRIVICON_OK) {
			((parse_state *)ctxt->_private)->oom = 1;
			xmlStopParser(ctxt);
		}
	}
}

/* Text arrives in pieces; one text is the run of pieces under one
 * element without a tag in between. */
static void on_characters(void *ctx, const xmlChar *ch, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	parse_state *ps = ctxt->_private;
	if (ps->text_node != ctxt->node) {
		ps->text_node = ctxt->node;
		ps->text_len = 0;
	}
	ps->text_len += len > 0 ? (size_t)len : 0;
	if (ps->text_len > MAX_VALUE_BYTES) {
		refuse(ctx, REFUSED_TOO_LONG);
		return;
	}
	xmlSAX2Characters(ctx, ch, len);
}

static void on_reference(void *ctx, const xmlChar *name)
{
	(void)name;
	refuse(ctx, UNSAFE_ENTITY);
}

/* libxml2's depth limit, from its message ("Excessive depth in document:
 * 256 use XML_PARSE_HUGE option"), or 256, its value without
 * XML_PARSE_HUGE, should the wording ever change. */
static long depth_limit(const syntax_error *err)
{
	const char *n = strstr(err->raw, "depth in document:");
	if (n) {
		char *end;
		long v = strtol(n + strlen("depth in document:"), &end, 10);
		if (end != n + strlen("depth in document:") && v > 0)
			return v;
	}
	return err->int1 > 0 ? err->int1 : 256;
}

/* "1 MiB": MAX_VALUE_BYTES for people (it is a whole number of MiB). */
static const char *value_limit(char *dst, size_t cap, pv_lang lang)
{
	char count[32];
	pv_format_count(count, sizeof(count), MAX_VALUE_BYTES / (1024 * 1024), lang);
	snprintf(dst, cap, "%s MiB", count);
	return dst;
}

/* Words for a text or attribute value longer than privicon reads. */
static void too_long_words(char *nl, char *en, size_t cap)
{
	char limit_nl[64], limit_en[64];
	value_limit(limit_nl, sizeof(limit_nl), PV_NL);
	value_limit(limit_en, sizeof(limit_en), PV_EN);
	snprintf(nl, cap, "Een tekst of de waarde van een attribuut is hier langer dan privicon "
	         "leest (%s). Een register heeft hoogstens 4.000 tekens per tekst nodig, dus dit is "
	         "geen register (of het bestand is beschadigd).", limit_nl);
	snprintf(en, cap, "A text or attribute value here is longer than privicon reads (%s). A "
	         "register needs at most 4,000 characters per text, so this is not a register (or "
	         "the file is damaged).", limit_en);
}

/*
 * Words for a well-formedness error, by libxml2 error code. `at_end` says
 * the parser had read all input when it complained: the file is cut off.
 * Returns 1 when the words are generic (libxml2's own text then helps an
 * expert), 0 when they say all there is to say.
 */
static int syntax_words(const syntax_error *err, int at_end, char *nl, char *en, size_t cap)
{
	const char *s1 = err->str1, *s2 = err->str2;
	const char *msg = err->raw;
	if (at_end && err->code == XML_ERR_GT_REQUIRED && s1[0]) {
		snprintf(nl, cap, "Het bestand houdt op midden in de begintag <%s> (regel %d). Is het "
		         "bestand afgebroken?", s1, err->int1);
		snprintf(en, cap, "The file stops in the middle of the start tag <%s> (line %d). Is "
		         "the file cut off?", s1, err->int1);
		return 0;
	}
	switch (err->code) {
	case XML_ERR_DOCUMENT_EMPTY:
		snprintf(nl, cap, "Het bestand bevat geen XML: het hoort te beginnen met <?xml ...?> "
		         "of met <register ...>.");
		snprintf(en, cap, "The file does not contain XML: it should start with <?xml ...?> or "
		         "with <register ...>.");
		return 0;
	case XML_ERR_DOCUMENT_END:
		snprintf(nl, cap, "Na het einde van het register (na </register>) staat nog iets. Een "
		         "bestand bevat precies één register.");
		snprintf(en, cap, "There is more after the end of the register (after </register>). "
		         "A file holds exactly one register.");
		return 0;
	case XML_ERR_TAG_NOT_FINISHED:
		snprintf(nl, cap, "Het bestand houdt op midden in het element <%s> (geopend op regel "
		         "%d): de sluittag </%s> ontbreekt. Is het bestand afgebroken?", s1, err->int1, s1);
		snprintf(en, cap, "The file stops in the middle of the element <%s> (opened on line "
		         "%d): the closing tag </%s> is missing. Is the file cut off?", s1, err->int1, s1);
		return 0;
	case XML_ERR_TAG_NAME_MISMATCH:
		if (err->unclosed) {
			snprintf(nl, cap, "Het element <%s> (geopend op regel %d) wordt niet afgesloten: "
			         "de sluittag </%s> ontbreekt vóór </%s>.", s1, err->int1, s1, s2);
			snprintf(en, cap, "The element <%s> (opened on line %d) is not closed: the closing "
			         "tag </%s> is missing before </%s>.", s1, err->int1, s1, s2);
			return 0;
		}
		snprintf(nl, cap, "De sluittag </%s> past niet bij de begintag <%s> op regel %d.",
		         s2, s1, err->int1);
		snprintf(en, cap, "The closing tag </%s> does not match the opening tag <%s> on "
		         "line %d.", s2, s1, err->int1);
		return 0;
	case XML_ERR_UNDECLARED_ENTITY:
	case XML_WAR_UNDECLARED_ENTITY:
		snprintf(nl, cap, "'&%s;' is geen bekende verwijzing. Schrijf &amp; voor een en-teken "
		         "(&); privicon kent alleen &amp; &lt; &gt; &quot; en &apos;.", s1);
		snprintf(en, cap, "'&%s;' is not a known reference. Write &amp; for an ampersand (&); "
		         "privicon knows only &amp; &lt; &gt; &quot; and &apos;.", s1);
		return 0;
	case XML_ERR_ENTITYREF_SEMICOL_MISSING:
		snprintf(nl, cap, "Een losse & is in XML niet toegestaan; schrijf &amp;.");
		snprintf(en, cap, "A bare & is not allowed in XML; write &amp; instead.");
		return 0;
	case XML_ERR_LT_IN_ATTRIBUTE:
		snprintf(nl, cap, "Een < mag niet in de waarde van een attribuut staan; schrijf &lt;.");
		snprintf(en, cap, "A < is not allowed inside an attribute value; write &lt; instead.");
		return 0;
	case XML_ERR_ATTRIBUTE_REDEFINED:
		snprintf(nl, cap, "Het attribuut '%s' staat twee keer in hetzelfde element.", s1);
		snprintf(en, cap, "The attribute '%s' appears twice in the same element.", s1);
		return 0;
	case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
		snprintf(nl, cap, "Een attribuut heeft geen waarde; schrijf naam=\"waarde\".");
		snprintf(en, cap, "An attribute has no value; write name=\"value\".");
		return 0;
	case XML_ERR_COMMENT_NOT_FINISHED:
		snprintf(nl, cap, "Een commentaar (<!-- ... -->) wordt niet afgesloten met -->.");
		snprintf(en, cap, "A comment (<!-- ... -->) is not closed with -->.");
		return 0;
	case XML_ERR_HYPHEN_IN_COMMENT:
		snprintf(nl, cap, "In een commentaar (<!-- ... -->) mogen geen twee streepjes na elkaar "
		         "staan (--); gebruik er één, of een ander teken.");
		snprintf(en, cap, "Two hyphens in a row (--) are not allowed inside a comment "
		         "(<!-- ... -->); use one, or another character.");
		return 0;
	case XML_ERR_MISPLACED_CDATA_END:
		snprintf(nl, cap, "De tekens ]]> mogen niet in tekst staan; schrijf ]]&gt;.");
		snprintf(en, cap, "The characters ]]> are not allowed in text; write ]]&gt; instead.");
		return 0;
	case XML_ERR_RESERVED_XML_NAME:
		snprintf(nl, cap, "De regel <?xml ...?> moet helemaal bovenaan staan, zonder spaties of "
		         "lege regels ervoor.");
		snprintf(en, cap, "The line <?xml ...?> must come first in the file, with no spaces or "
		         "empty lines before it.");
		return 0;
	case XML_NS_ERR_UNDEFINED_NAMESPACE:
		snprintf(nl, cap, "Het voorvoegsel '%s:' is nergens vastgelegd: xmlns:%s=\"...\" "
		         "ontbreekt.", s1, s1);
		snprintf(en, cap, "The prefix '%s:' is not declared (xmlns:%s=\"...\" is missing).",
		         s1, s1);
		return 0;
	case XML_ERR_INVALID_CHAR:
	case XML_ERR_INVALID_CHARREF:
	case XML_ERR_INVALID_DEC_CHARREF:
	case XML_ERR_INVALID_HEX_CHARREF:
		snprintf(nl, cap, "Hier staat een teken dat XML niet toestaat (een stuurteken).");
		snprintf(en, cap, "There is a character here that XML does not allow (a control "
		         "character).");
		return 0;
	default:
		break;
	}
	if (strstr(msg, "Excessive depth")) {
		long depth = depth_limit(err);
		snprintf(nl, cap, "Het bestand is te diep genest: de elementen staan meer dan %ld "
		         "niveaus diep in elkaar. Een register heeft er minder dan 10, dus dit is geen "
		         "register (of het bestand is beschadigd).", depth);
		snprintf(en, cap, "The file is nested too deeply: its elements sit more than %ld "
		         "levels deep inside each other. A register has fewer than 10, so this is not "
		         "a register (or the file is damaged).", depth);
		return 0;
	}
	if (err->code == XML_ERR_NAME_TOO_LONG ||
	    ((strstr(msg, "too long") || strstr(msg, "huge")) && strstr(msg, "Name"))) {
		snprintf(nl, cap, "De naam van een element of attribuut is hier veel te lang. Een "
		         "register gebruikt alleen korte namen, zoals <activity>; dit is geen register "
		         "(of het bestand is beschadigd).");
		snprintf(en, cap, "The name of an element or attribute here is far too long. A register "
		         "uses only short names, like <activity>; this is not a register (or the file "
		         "is damaged).");
		return 0;
	}
	if (strstr(msg, "too long") || strstr(msg, "Huge input") || strstr(msg, "huge")) {
		/* libxml2's own limit (10,000,000 bytes), for a value it reads
		 * whole before our hooks see it: over privicon's limit too. */
		too_long_words(nl, en, cap);
		return 0;
	}
	if (at_end) {
		snprintf(nl, cap, "Het bestand houdt op midden in een element. Is het bestand "
		         "afgebroken?");
		snprintf(en, cap, "The file stops in the middle of an element. Is the file cut off?");
		return 0;
	}
	switch (err->code) {
	case XML_ERR_ATTRIBUTE_NOT_STARTED:
		if (err->quote[0]) {
			const char *a = err->quote_attr[0] ? err->quote_attr : "naam";
			const char *a_en = err->quote_attr[0] ? err->quote_attr : "name";
			char fix_nl[200], fix_en[200];
			snprintf(fix_nl, sizeof(fix_nl), "%s=\"%s\"", a, err->quote_value[0] ? err->quote_value : "waarde");
			snprintf(fix_en, sizeof(fix_en), "%s=\"%s\"", a_en, err->quote_value[0] ? err->quote_value : "value");
			snprintf(nl, cap, "De waarde van attribuut '%s' staat tussen gekrulde "
			         "aanhalingstekens (%s), zoals Word of een ander tekstprogramma ze maakt. XML "
			         "kent alleen rechte aanhalingstekens: schrijf %s. Zet in uw editor "
			         "'slimme aanhalingstekens' uit.", a, err->quote, fix_nl);
			snprintf(en, cap, "The value of attribute '%s' is in curly quotes (%s), as Word "
			         "or another word processor writes them. XML knows only straight quotes: "
			         "write %s. Turn off 'smart quotes' in your editor.", a_en, err->quote, fix_en);
			return 0;
		}
		snprintf(nl, cap, "De waarde van een attribuut moet tussen aanhalingstekens staan, zoals "
		         "kind=\"name\".");
		snprintf(en, cap, "An attribute value must be in quotes, like kind=\"name\".");
		return 0;
	case XML_ERR_ATTRIBUTE_NOT_FINISHED:
		snprintf(nl, cap, "De waarde van een attribuut wordt niet afgesloten met een "
		         "aanhalingsteken.");
		snprintf(en, cap, "An attribute value is not closed with its quote.");
		return 0;
	case XML_ERR_GT_REQUIRED:
		snprintf(nl, cap, "Een tag wordt niet goed afgesloten met > of />.");
		snprintf(en, cap, "A tag is not closed properly with > or />.");
		return 0;
	case XML_ERR_NAME_REQUIRED:
		if (strstr(msg, "EntityRef")) {
			snprintf(nl, cap, "Een losse & is in XML niet toegestaan; schrijf &amp;.");
			snprintf(en, cap, "A bare & is not allowed in XML; write &amp; instead.");
		} else {
			snprintf(nl, cap, "Hier hoort de naam van een element of attribuut te staan. Staat "
			         "er een losse < in de tekst? Schrijf dan &lt;.");
			snprintf(en, cap, "A name of an element or attribute is expected here. Is there a "
			         "bare < in the text? Then write &lt;.");
		}
		return 0;
	default:
		snprintf(nl, cap, "Op deze plek is het bestand geen geldige XML. Kijk of elke tag en "
		         "elk aanhalingsteken goed is geopend en gesloten.");
		snprintf(en, cap, "The file is not well-formed XML here. Check that every tag and "
		         "every quote is opened and closed properly.");
		return 1;
	}
}

static int add_syntax_error(parse_state *ps, const syntax_error *e, int at_end)
{
	char nl[MSG_MAX], en[MSG_MAX];
	/* libxml2's text is English and technical: only where our words are
	 * generic does it follow, and only in the English message. */
	if (syntax_words(e, at_end, nl, en, sizeof(nl))) {
		size_t ln = strlen(nl), le = strlen(en);
		snprintf(nl + ln, sizeof(nl) - ln, " De technische melding van libxml2 staat in de "
		         "Engelse tekst (--lang en).");
		snprintf(en + le, sizeof(en) - le, " (libxml2: %s)", e->raw);
	}
	if (add_error(ps->diags, ps->file, e->line, e->column, "xml-syntax", nl, en) != PRIVICON_OK) {
		ps->diag_failed = 1;
		return -1;
	}
	ps->reported++;
	ps->last_line = e->line;
	ps->last_column = e->column;
	return 0;
}

/* Whether the closing tag `name` closes an element around the one that
 * is open (ctxt->name): then that one lacks its closing tag. */
static int closes_enclosing(const xmlParserCtxt *ctxt, const char *name)
{
	if (!name || !name[0] || !ctxt->nameTab)
		return 0;
	for (int k = ctxt->nameNr - 2; k >= 0; k--)
		if (ctxt->nameTab[k] && strcmp((const char *)ctxt->nameTab[k], name) == 0)
			return 1;
	return 0;
}

/* How well an error at the end of input tells where the file stops. */
static int at_end_rank(int code)
{
	switch (code) {
	case XML_ERR_GT_REQUIRED: return 3;       /* inside a start tag */
	case XML_ERR_TAG_NOT_FINISHED: return 2;  /* inside an element */
	default: return 1;
	}
}

/* The quotes a word processor puts in place of " and ': “ ” „ ‘ ’ ‚ « ». */
static size_t typographic_quote(const unsigned char *p, const unsigned char *end)
{
	if (end - p >= 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    (p[2] == 0x9c || p[2] == 0x9d || p[2] == 0x9e || p[2] == 0x98 || p[2] == 0x99 ||
	     p[2] == 0x9a))
		return 3;
	if (end - p >= 2 && p[0] == 0xc2 && (p[1] == 0xab || p[1] == 0xbb))
		return 2;
	return 0;
}

/* Where libxml2 wanted an attribute's opening quote: when a typographic
 * quote stands there, note it, the attribute name before the '=' and the
 * value up to the next typographic quote on the same line. */
static void note_typographic_quote(syntax_error *e, const xmlParserInputPtr in)
{
	if (!in || !in->cur || !in->base || !in->end || in->cur >= in->end)
		return;
	const unsigned char *cur = in->cur, *end = in->end, *base = in->base;
	size_t qlen = typographic_quote(cur, end);
	if (!qlen)
		return;
	snprintf(e->quote, sizeof(e->quote), "%.*s", (int)qlen, (const char *)cur);
	const unsigned char *n = cur;
	while (n > base && (n[-1] == ' ' || n[-1] == '\t'))
		n--;
	if (n > base && n[-1] == '=')
		n--;
	while (n > base && (n[-1] == ' ' || n[-1] == '\t'))
		n--;
	const unsigned char *name_end = n;
	while (n > base && name_end - n < 60 &&
	       (isalnum(n[-1]) || n[-1] == '-' || n[-1] == '_' || n[-1] == ':' || n[-1] == '.'))
		n--;
	snprintf(e->quote_attr, sizeof(e->quote_attr), "%.*s", (int)(name_end - n), (const char *)n);
	const unsigned char *v = cur + qlen, *w = v;
	while (w < end && w - v < 90 && *w != '\n' && *w != '<' && *w != '>' && !typographic_quote(w, end))
		w++;
	if (w < end && typographic_quote(w, end))
		snprintf(e->quote_value, sizeof(e->quote_value), "%.*s", (int)(w - v), (const char *)v);
}

static void on_parse_error(void *user, PV_XML_ERROR *err)
{
	xmlParserCtxtPtr ctxt = user;
	parse_state *ps = ctxt ? ctxt->_private : NULL;
	if (!ps || !err)
		return;
	if (err->code == XML_ERR_NO_MEMORY) {
		ps->oom = 1;
		return;
	}
	if (err->level < XML_ERR_ERROR || ps->unsafe || ps->oom || ps->diag_failed)
		return; /* warnings say nothing we act on; a refusal says it all */
	ps->errors++;

	syntax_error e = {
		.code = err->code,
		.line = err->line > 0 ? err->line : 0,
		.column = err->int2 > 0 ? err->int2 : 0,
		.int1 = err->int1,
	};
	pv_clip(e.str1, sizeof(e.str1), err->str1, 80);
	pv_clip(e.str2, sizeof(e.str2), err->str2, 80);
	pv_clip(e.raw, sizeof(e.raw), err->message, 300);
	for (char *q = e.raw; *q; q++)
		if (*q == '\n' || *q == '\r')
			*q = ' ';
	size_t rl = strlen(e.raw);
	while (rl > 0 && e.raw[rl - 1] == ' ')
		e.raw[--rl] = '\0';
	if (err->code == XML_ERR_ATTRIBUTE_NOT_STARTED)
		note_typographic_quote(&e, ctxt->input);

	if (err->code == XML_ERR_TAG_NAME_MISMATCH) {
		if (ps->nesting_lost)
			return;
		/* A misspelt closing tag (</departmnt>) closes the open element
		 * all the same, so the rest still reads right; one that closes an
		 * element around it, or a stray one, puts libxml2 off by one. */
		e.unclosed = closes_enclosing(ctxt, err->str2);
		int misspelt = !e.unclosed && err->str1 && err->str2 &&
		               pv_edit_distance(err->str1, err->str2) <=
		                       pv_typo_limit(strlen(err->str1));
		ps->nesting_lost = !misspelt;
	}

	int at_end = ctxt->input && ctxt->input->cur && ctxt->input->end &&
	             ctxt->input->cur >= ctxt->input->end;
	/* The elements the first mismatch left open, or the register closed
	 * too early by it: the same mistake again. */
	if (ps->nesting_lost && err->code == XML_ERR_DOCUMENT_END)
		return;
	if (at_end && ps->nesting_lost && err->code != XML_ERR_DOCUMENT_EMPTY)
		return;
	if (at_end && err->code != XML_ERR_DOCUMENT_EMPTY && err->code != XML_ERR_DOCUMENT_END) {
		int rank = at_end_rank(err->code);
		if (rank > ps->at_end_rank) {
			ps->at_end = e;
			ps->at_end_rank = rank;
		}
		return;
	}
	if (ps->reported >= MAX_SYNTAX_ERRORS)
		return;
	/* Once libxml2 has lost its way it repeats itself at one spot. */
	if (ps->reported > 0 && e.line == ps->last_line && e.column == ps->last_column)
		return;
	add_syntax_error(ps, &e, 0);
}

static int report_unsafe(privicon_diagnostics *diags, const char *file, int kind, int line)
{
	switch (kind) {
	case UNSAFE_ENTITY:
		return fail(diags, file, line, 0, "xml-unsafe", PRIVICON_EINVALID,
		            "Het bestand heeft een DOCTYPE met entiteiten (zelfgemaakte afkortingen "
		            "zoals &naam;); privicon weigert die voor de veiligheid. Haal de DOCTYPE "
		            "weg.",
		            "The file has a DOCTYPE with entities (home-made abbreviations such as "
		            "&name;); privicon refuses them for safety. Remove the DOCTYPE.");
	case UNSAFE_EXTERNAL_ENTITY:
		return fail(diags, file, line, 0, "xml-unsafe", PRIVICON_EINVALID,
		            "Het bestand heeft een DOCTYPE met entiteiten die naar een ander bestand "
		            "of webadres wijzen; privicon laadt die nooit en weigert het bestand voor "
		            "de veiligheid. Haal de DOCTYPE weg.",
		            "The file has a DOCTYPE with entities that point to another file or web "
		            "address; privicon never loads them and refuses the file for safety. "
		            "Remove the DOCTYPE.");
	case UNSAFE_EXTERNAL:
		return fail(diags, file, line, 0, "xml-unsafe", PRIVICON_EINVALID,
		            "Het bestand verwijst in een DOCTYPE naar een ander bestand (een DTD); "
		            "privicon laadt dat nooit en weigert het bestand voor de veiligheid. Haal "
		            "de DOCTYPE weg.",
		            "The file refers to another file (a DTD) in its DOCTYPE; privicon never "
		            "loads it and refuses the file for safety. Remove the DOCTYPE.");
	case UNSAFE_DECL:
		return fail(diags, file, line, 0, "xml-unsafe", PRIVICON_EINVALID,
		            "Het bestand heeft een DOCTYPE met declaraties; een register heeft die niet "
		            "nodig en privicon weigert ze voor de veiligheid. Haal de DOCTYPE weg.",
		            "The file has a DOCTYPE with declarations; a register needs none and "
		            "privicon refuses them for safety. Remove the DOCTYPE.");
	case REFUSED_TOO_LONG: {
		char nl[MSG_MAX], en[MSG_MAX];
		too_long_words(nl, en, sizeof(nl));
		return fail(diags, file, line, 0, "xml-syntax", PRIVICON_EINVALID, nl, en);
	}
	default:
		return fail(diags, file, line, 0, "xml-unsafe", PRIVICON_EINVALID,
		            "Het bestand gebruikt XInclude (xi:include) om andere bestanden in te "
		            "voegen; privicon doet dat nooit en weigert het bestand voor de veiligheid. "
		            "Zet alles in één bestand.",
		            "The file uses XInclude (xi:include) to pull in other files; privicon "
		            "never does that and refuses the file for safety. Put everything in one "
		            "file.");
	}
}

/* Entity references and XInclude elements anywhere in the tree. The SAX
 * hooks already stop at any declaration; this walk (iterative, over the
 * depth-bounded tree) is the second line of defence. */
static int find_unsafe(const xmlDoc *doc, int *line)
{
	const xmlNode *top = (const xmlNode *)doc;
	const xmlNode *n = doc->children;
	const xmlNs *checked = NULL; /* a namespace already known not to be XInclude */
	while (n) {
		if (n->type == XML_ENTITY_REF_NODE || n->type == XML_ENTITY_DECL ||
		    n->type == XML_ENTITY_NODE) {
			*line = n->parent ? pv_node_line(n->parent) : 0;
			return UNSAFE_ENTITY;
		}
		if (n->type == XML_XINCLUDE_START || n->type == XML_XINCLUDE_END) {
			*line = pv_node_line(n);
			return UNSAFE_XINCLUDE;
		}
		if (n->type == XML_ELEMENT_NODE && n->ns && n->ns != checked && n->ns->href) {
			if (strcmp((const char *)n->ns->href, XINCLUDE_NS) == 0 ||
			    strcmp((const char *)n->ns->href, XINCLUDE_OLD_NS) == 0) {
				*line = pv_node_line(n);
				return UNSAFE_XINCLUDE;
			}
			checked = n->ns;
		}
		/* Pre-order step; a DTD node's children are declarations. */
		if (n->children && n->type != XML_DTD_NODE &&
		    (n->type == XML_ELEMENT_NODE || n->type == XML_DOCUMENT_NODE)) {
			n = n->children;
			continue;
		}
		while (n && n != top && !n->next)
			n = n->parent;
		n = (n && n != top) ? n->next : NULL;
	}
	return SAFE;
}

/* The options: no entity substitution (no XML_PARSE_NOENT), no DTD
 * loading, attribute defaulting or validation, no network, no XInclude,
 * no XML_PARSE_HUGE (keeps libxml2's depth and size limits). BIG_LINES
 * keeps line numbers right past line 65535; IGNORE_ENC keeps a declared
 * encoding from switching the decoder (check_bytes has made sure the
 * bytes are UTF-8 and the declaration, if any, says so). NOBLANKS drops
 * the indentation between elements: the schema ignores it in element-only
 * content, nothing reads it, and it was a third of the tree's nodes (the
 * benchmark's register of 10,000 activities: check 15% faster, 20% less
 * memory). Whitespace that is all of an element's text (<nl> </nl>) is
 * still kept, and xml:space="preserve" is honoured. */
#define PV_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC | \
                          XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOBLANKS)

/*
 * Parses `data` safely into *out. Problems become diagnostics with rule
 * xml-syntax or xml-unsafe; then it returns PRIVICON_EINVALID.
 */
static int parse_xml(xmlDocPtr *out, privicon_diagnostics *diags, const char *file,
                     const char *data, size_t size)
{
	*out = NULL;
	int rc = check_bytes(diags, file, data, size);
	if (rc != PRIVICON_OK)
		return rc;
	if (size > (size_t)INT_MAX)
		return too_big(diags, file, (uintmax_t)size, (size_t)INT_MAX);

	/* xmlParseDocument rather than xmlCtxtReadMemory: that one frees the
	 * tree of a document that is not well-formed with xmlFreeDoc, past
	 * our line table; here the tree is always ours to free. */
	xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(data, (int)size);
	if (!ctxt)
		return PRIVICON_ENOMEM;
	parse_state ps = {.diags = diags, .file = file};
	ctxt->_private = &ps;
	xmlSAXHandlerPtr sax = ctxt->sax;
	sax->serror = on_parse_error;
	sax->internalSubset = on_internal_subset;
	sax->externalSubset = on_external_subset;
	sax->entityDecl = on_entity_decl;
	sax->unparsedEntityDecl = on_unparsed_entity_decl;
	sax->elementDecl = on_element_decl;
	sax->attributeDecl = on_attribute_decl;
	sax->notationDecl = on_notation_decl;
	sax->getParameterEntity = on_get_parameter_entity;
	sax->resolveEntity = on_resolve_entity;
	sax->reference = on_reference;
	sax->startElementNs = on_start_element;
	sax->characters = on_characters;
	/* Sets sax->ignorableWhitespace to libxml2's handler, which drops the
	 * blanks (XML_PARSE_NOBLANKS): they build no node, so need no cap. */
	xmlCtxtUseOptions(ctxt, PV_PARSE_OPTIONS);

	xmlParseDocument(ctxt);
	int well_formed = ctxt->wellFormed && ctxt->nsWellFormed;
	xmlDocPtr doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	if (!well_formed && doc) {
		/* A stopped or failed parse leaves a partial tree: never used. */
		pv_doc_free(doc);
		doc = NULL;
	}

	if (!ps.oom && !ps.diag_failed && !ps.unsafe && ps.at_end_rank &&
	    ps.reported < MAX_SYNTAX_ERRORS)
		add_syntax_error(&ps, &ps.at_end, 1);
	if (ps.oom || ps.diag_failed) {
		pv_doc_free(doc);
		return PRIVICON_ENOMEM;
	}
	if (ps.unsafe) {
		pv_doc_free(doc);
		return report_unsafe(diags, file, ps.unsafe, ps.unsafe_line);
	}
	if (!doc || !well_formed || ps.errors) {
		pv_doc_free(doc);
		if (ps.reported == 0)
			return fail(diags, file, 0, 0, "xml-syntax", PRIVICON_EINVALID,
			            "Het bestand is geen geldige XML.", "The file is not well-formed XML.");
		if (ps.errors > (int)ps.reported && ps.reported >= MAX_SYNTAX_ERRORS) {
			char nl[MSG_MAX], en[MSG_MAX], n_nl[48], n_en[48];
			int more = ps.errors - (int)ps.reported;
			pv_format_count(n_nl, sizeof(n_nl), (uintmax_t)more, PV_NL);
			pv_format_count(n_en, sizeof(n_en), (uintmax_t)more, PV_EN);
			snprintf(nl, sizeof(nl), more == 1 ? "Nog 1 XML-fout wordt niet getoond; verbeter "
			         "eerst de fouten hierboven." : "Nog %s XML-fouten worden niet getoond; "
			         "verbeter eerst de fouten hierboven.", n_nl);
			snprintf(en, sizeof(en), more == 1 ? "1 more XML error is not shown; fix the ones "
			         "above first." : "%s more XML errors are not shown; fix the ones above "
			         "first.", n_en);
			if (privicon_diagnostics_add(diags, file, 0, 0, PRIVICON_NOTE, "xml-syntax", NULL,
			                             nl, en) != PRIVICON_OK)
				return PRIVICON_ENOMEM;
		}
		return PRIVICON_EINVALID;
	}
	int line = 0;
	int kind = find_unsafe(doc, &line);
	if (kind != SAFE) {
		pv_doc_free(doc);
		return report_unsafe(diags, file, kind, line);
	}
	*out = doc;
	return PRIVICON_OK;
}

/* ---- the root element ------------------------------------------------- */

static int check_root(privicon_diagnostics *diags, const char *file, const xmlDoc *doc)
{
	const xmlNode *root = xmlDocGetRootElement(doc);
	if (!root)
		return fail(diags, file, 0, 0, "schema", PRIVICON_EINVALID,
		            "Het bestand bevat geen register.", "The file contains no register.");
	const char *name = (const char *)root->name;
	const char *ns = root->ns && root->ns->href ? (const char *)root->ns->href : NULL;
	if (strcmp(name, "register") == 0 && ns && strcmp(ns, PV_REGISTER_NS) == 0)
		return PRIVICON_OK;
	char nl[MSG_MAX], en[MSG_MAX], n[96], u[96];
	pv_clip(n, sizeof(n), name, 80);
	int line = pv_node_line(root);
	if (strcmp(name, "register") != 0) {
		snprintf(nl, sizeof(nl), "Het hoofdelement is <%s>; een register begint met <register "
		         "xmlns=\"%s\">.", n, PV_REGISTER_NS);
		snprintf(en, sizeof(en), "The root element is <%s>; a register starts with <register "
		         "xmlns=\"%s\">.", n, PV_REGISTER_NS);
	} else if (!ns) {
		snprintf(nl, sizeof(nl), "Het hoofdelement <register> heeft geen namespace; schrijf "
		         "<register xmlns=\"%s\">.", PV_REGISTER_NS);
		snprintf(en, sizeof(en), "The root element <register> has no namespace; write "
		         "<register xmlns=\"%s\">.", PV_REGISTER_NS);
	} else {
		pv_clip(u, sizeof(u), ns, 80);
		snprintf(nl, sizeof(nl), "Het hoofdelement <register> heeft de namespace '%s'; een "
		         "register gebruikt <register xmlns=\"%s\">.", u, PV_REGISTER_NS);
		snprintf(en, sizeof(en), "The root element <register> is in the namespace '%s'; a "
		         "register uses <register xmlns=\"%s\">.", u, PV_REGISTER_NS);
	}
	return fail(diags, file, line, 0, "schema", PRIVICON_EINVALID, nl, en);
}

/* ---- the schema ------------------------------------------------------- */

/*
 * Compiles the built-in schema, or the one at opts->schema_path. The
 * schema is compiled per load: that took 0.9 ms when measured (validating
 * a register of 1,000 activities took about 50 ms), and it keeps the
 * library free of global state, thread-safe and leak-free.
 */
static int load_schema(pv_schema **out, privicon_diagnostics *diags,
                       const privicon_load_options *opts)
{
	*out = NULL;
	xmlDocPtr doc;
	if (opts && opts->schema_path) {
		const char *name = opts->schema_path;
		char *data;
		size_t size;
		int rc = read_file(&data, &size, diags, name, PRIVICON_DEFAULT_MAX_SIZE);
		if (rc != PRIVICON_OK)
			return rc == PRIVICON_EINVALID ? PRIVICON_EINVAL : rc;
		rc = parse_xml(&doc, diags, name, data, size);
		free(data);
		if (rc != PRIVICON_OK)
			return rc == PRIVICON_EINVALID ? PRIVICON_EINVAL : rc;
		return pv_schema_new(out, diags, name, doc);
	}

	const unsigned char *bytes;
	size_t size;
	if (pv_resource_get(&bytes, &size, SCHEMA_RESOURCE) != 0)
		return fail(diags, SCHEMA_RESOURCE, 0, 0, "file", PRIVICON_EIO,
		            "Het ingebouwde schema ontbreekt in deze versie van privicon.",
		            "The built-in schema is missing from this build of privicon.");
	/* The built-in schema is valid (tests prove it), so when it fails to
	 * load, libxml2 ran out of memory, whatever it says: that is not
	 * something to tell the user about the register. */
	privicon_diagnostics *scratch;
	if (privicon_diagnostics_new(&scratch) != PRIVICON_OK)
		return PRIVICON_ENOMEM;
	int rc = parse_xml(&doc, scratch, SCHEMA_RESOURCE, (const char *)bytes, size);
	if (rc == PRIVICON_OK)
		rc = pv_schema_new(out, scratch, SCHEMA_RESOURCE, doc);
	privicon_diagnostics_free(scratch);
	return rc == PRIVICON_OK ? rc : PRIVICON_ENOMEM;
}

/* ---- the pipeline ----------------------------------------------------- */

static void silent_generic_error(void *ctx, const char *msg, ...)
{
	(void)ctx, (void)msg;
}

static void silent_structured_error(void *ctx, PV_XML_ERROR *err)
{
	(void)ctx, (void)err;
}

/* The calling thread's libxml2 error handlers, swapped for silent ones
 * while we work so that nothing reaches stderr, then put back. */
typedef struct {
	xmlGenericErrorFunc generic;
	void *generic_ctx;
	xmlStructuredErrorFunc structured;
	void *structured_ctx;
} handlers;

static void quiet_enter(handlers *h)
{
	xmlInitParser();
	h->generic = xmlGenericError;
	h->generic_ctx = xmlGenericErrorContext;
	h->structured = xmlStructuredError;
	h->structured_ctx = xmlStructuredErrorContext;
	xmlSetGenericErrorFunc(NULL, silent_generic_error);
	xmlSetStructuredErrorFunc(NULL, silent_structured_error);
}

static void quiet_leave(const handlers *h)
{
	xmlSetGenericErrorFunc(h->generic_ctx, h->generic);
	xmlSetStructuredErrorFunc(h->structured_ctx, h->structured);
}

/* ---- per-activity validity ------------------------------------------- */

/* The activities taken out of a document because they have errors: the
 * unlinked elements (freed with the document's end, never reused while
 * it lives, so no line-table key is ever a recycled address) and what the
 * model needs to name them. */
typedef struct {
	xmlNodePtr *nodes;
	pv_left_out *info;
	size_t n;
} pruned;

static void pruned_free(pruned *p)
{
	for (size_t i = 0; i < p->n; i++) {
		xmlFreeNode(p->nodes[i]);
		free(p->info[i].id);
		free(p->info[i].name.nl);
		free(p->info[i].name.en);
	}
	free(p->nodes);
	free(p->info);
	*p = (pruned){0};
}

/* Does the schema diagnostic's activity (an id clipped as validate.c clips
 * it) name the <activity> element `n`? */
static int names_activity(const char *diag_activity, const xmlNode *n)
{
	xmlChar *id = xmlGetNoNsProp(n, (const xmlChar *)"id");
	if (!id)
		return 0;
	char clipped[128];
	pv_clip(clipped, sizeof(clipped), (const char *)id, 80);
	xmlFree(id);
	return strcmp(clipped, diag_activity) == 0;
}

static int is_activity_el(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
	       strcmp((const char *)n->ns->href, PV_REGISTER_NS) == 0 &&
	       strcmp((const char *)n->name, "activity") == 0;
}

/*
 * After a failed validation: takes every activity the new diagnostics
 * (from index `first` on) name out of the document, and validates what is
 * left again, quietly. Returns 0 when the rest is valid and at least one
 * activity is left; PRIVICON_EINVALID when an error belongs to no activity,
 * when every activity has errors or when the rest is still not valid (the
 * diagnostics already say why); PRIVICON_ENOMEM.
 */
static int prune_invalid_activities(pruned *out, privicon_diagnostics *diags, size_t first,
                                    const pv_schema *schema, const char *file, xmlDocPtr doc)
{
	size_t n = privicon_diagnostics_count(diags);
	for (size_t i = first; i < n; i++)
		if (privicon_diagnostic_severity(diags, i) == PRIVICON_ERROR &&
		    !privicon_diagnostic_activity(diags, i))
			return PRIVICON_EINVALID;

	xmlNodePtr root = xmlDocGetRootElement(doc);
	size_t kept = 0, total = 0;
	for (xmlNodePtr c = root->children; c; c = c->next)
		total += is_activity_el(c);
	out->nodes = calloc(total ? total : 1, sizeof(*out->nodes));
	out->info = calloc(total ? total : 1, sizeof(*out->info));
	if (!out->nodes || !out->info)
		return PRIVICON_ENOMEM;
	xmlNodePtr next;
	for (xmlNodePtr c = root->children; c; c = next) {
		next = c->next;
		if (!is_activity_el(c))
			continue;
		int failing = 0;
		for (size_t i = first; i < n && !failing; i++)
			failing = privicon_diagnostic_severity(diags, i) == PRIVICON_ERROR &&
			          names_activity(privicon_diagnostic_activity(diags, i), c);
		if (!failing) {
			kept++;
			continue;
		}
		if (pv_build_left_out(&out->info[out->n], c) != PRIVICON_OK)
			return PRIVICON_ENOMEM;
		xmlUnlinkNode(c);
		out->nodes[out->n++] = c;
	}
	if (kept == 0 || out->n == 0)
		return PRIVICON_EINVALID;

	privicon_diagnostics *scratch;
	if (privicon_diagnostics_new(&scratch) != PRIVICON_OK)
		return PRIVICON_ENOMEM;
	int rc = pv_schema_validate(schema, scratch, file, doc);
	privicon_diagnostics_free(scratch);
	return rc;
}

/* Hands the pruned activities' descriptions over to the register. */
static int adopt_left_out(privicon_register *reg, pruned *p)
{
	if (p->n == 0)
		return PRIVICON_OK;
	reg->left_out = calloc(p->n, sizeof(*reg->left_out));
	if (!reg->left_out)
		return PRIVICON_ENOMEM;
	for (size_t i = 0; i < p->n; i++) {
		reg->left_out[i] = p->info[i];
		p->info[i] = (pv_left_out){0};
	}
	reg->n_left_out = p->n;
	return PRIVICON_OK;
}

/* Everything after parsing: root, schema, model. Frees `doc`. */
static int load_doc(privicon_register **out, privicon_diagnostics *diags, const char *file,
                    xmlDocPtr doc, const privicon_load_options *opts)
{
	pv_schema *schema = NULL;
	pruned left_out = {0};
	int rc = check_root(diags, file, doc);
	if (rc == PRIVICON_OK)
		rc = load_schema(&schema, diags, opts);
	if (rc == PRIVICON_OK) {
		size_t first = privicon_diagnostics_count(diags);
		rc = pv_schema_validate(schema, diags, file, doc);
		if (rc == PRIVICON_EINVALID && opts && opts->keep_valid_activities)
			rc = prune_invalid_activities(&left_out, diags, first, schema, file, doc);
	}
	if (rc == PRIVICON_OK)
		rc = pv_build(out, diags, file, doc);
	if (rc == PRIVICON_OK) {
		rc = adopt_left_out(*out, &left_out);
		if (rc != PRIVICON_OK) {
			privicon_register_free(*out);
			*out = NULL;
		}
	}
	pruned_free(&left_out);
	pv_schema_free(schema);
	pv_doc_free(doc);
	return rc;
}

/* Diagnostics need a file name; a document from memory may have none. */
static const char *name_or_default(const char *name)
{
	return name ? name : "<memory>";
}

int privicon_load_memory(privicon_register **out, privicon_diagnostics *diags,
                         const char *name, const char *data, size_t size,
                         const privicon_load_options *opts)
{
	if (out)
		*out = NULL;
	if (!out || !diags || (!data && size > 0) ||
	    (opts && opts->version > PRIVICON_LOAD_OPTIONS_VERSION))
		return PRIVICON_EINVAL;
	const char *file = name_or_default(name);
	size_t cap = size_cap(opts);
	if (size > cap)
		return too_big(diags, file, (uintmax_t)size, cap);
	if (size == 0)
		return empty_file(diags, file);
	handlers h;
	quiet_enter(&h);
	xmlDocPtr doc;
	int rc = parse_xml(&doc, diags, file, data, size);
	if (rc == PRIVICON_OK)
		rc = load_doc(out, diags, file, doc, opts);
	quiet_leave(&h);
	return rc;
}

int privicon_load_file(privicon_register **out, privicon_diagnostics *diags,
                       const char *path, const privicon_load_options *opts)
{
	if (out)
		*out = NULL;
	if (!out || !diags || !path || (opts && opts->version > PRIVICON_LOAD_OPTIONS_VERSION))
		return PRIVICON_EINVAL;
	char *data;
	size_t size;
	int rc = read_file(&data, &size, diags, path, size_cap(opts));
	if (rc != PRIVICON_OK)
		return rc;
	handlers h;
	quiet_enter(&h);
	xmlDocPtr doc;
	rc = parse_xml(&doc, diags, path, data, size);
	/* The tree holds copies of everything: drop the bytes now, while the
	 * heap is busy with the tree, rather than after freeing it (glibc
	 * then spends a measurable time consolidating the freed tree). */
	free(data);
	if (rc == PRIVICON_OK)
		rc = load_doc(out, diags, path, doc, opts);
	quiet_leave(&h);
	return rc;
}

int pv_parse_xml_safe(xmlDocPtr *out, privicon_diagnostics *diags, const char *file,
                      const char *data, size_t size)
{
	*out = NULL;
	if (size == 0)
		return empty_file(diags, file);
	handlers h;
	quiet_enter(&h);
	int rc = parse_xml(out, diags, file, data, size);
	quiet_leave(&h);
	return rc;
}
