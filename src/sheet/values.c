/*
 * values.c - the values a privacy officer types into a cell (values.h).
 */
#include "sheet/values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/fold.h"

void pv_strlist_free(pv_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i]);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

static void push(pv_strlist *l, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	if (!n || l->oom)
		return;
	char **bigger = realloc(l->items, (l->n + 1) * sizeof(*bigger));
	char *copy = malloc(n + 1);
	if (!bigger || !copy) {
		if (bigger)
			l->items = bigger;
		free(copy);
		l->oom = 1;
		return;
	}
	l->items = bigger;
	memcpy(copy, s, n);
	copy[n] = '\0';
	l->items[l->n++] = copy;
}

/* Bullets officers type or paste (Word's symbol-font bullets included),
 * as UTF-8; each may be followed by spaces. */
static const char *const bullets[] = {"\xe2\x80\xa2" /* • */, "\xe2\x80\x93" /* – */,
                                      "\xe2\x80\x94" /* — */, "\xc2\xb7" /* · */,
                                      "\xe2\x96\xaa" /* ▪ */, "\xe2\x97\xa6" /* ◦ */,
                                      "\xe2\x97\x8f" /* ● */, "\xe2\x96\xa0" /* ■ */,
                                      "\xe2\x80\xa3" /* ‣ */, "\xef\x82\xa7" /* Word */,
                                      "\xef\x82\xb7" /* Word */, NULL};

/* The bullet `s` starts with (one of `bullets`), or NULL. */
static const char *bullet_at(const char *s, const char *end)
{
	for (const char *const *b = bullets; *b; b++) {
		size_t n = strlen(*b);
		if ((size_t)(end - s) >= n && memcmp(s, *b, n) == 0)
			return *b;
	}
	return NULL;
}

/* Skips a leading bullet or list number ("- ", "* ", "• ", "1. ", "2) "). */
static const char *skip_bullet(const char *s, const char *end)
{
	const char *p = s, *b;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p + 1 < end && (*p == '-' || *p == '*' || *p == '+') && p[1] == ' ')
		return p + 2;
	if ((b = bullet_at(p, end))) {
		p += strlen(b);
		while (p < end && *p == ' ')
			p++;
		return p;
	}
	const char *q = p;
	while (q < end && *q >= '0' && *q <= '9' && q - p < 3)
		q++;
	if (q > p && q + 1 < end && (*q == '.' || *q == ')') && q[1] == ' ')
		return q + 2;
	return s;
}

void pv_replace_all(char *s, const char *from, const char *to)
{
	const size_t n = strlen(from), m = strlen(to);
	char *out = s;
	if (!n || m > n || !strstr(s, from))
		return;
	for (const char *in = s; *in;) {
		if (strncmp(in, from, n) == 0) {
			memmove(out, to, m);
			out += m;
			in += n;
		} else {
			*out++ = *in++;
		}
	}
	*out = '\0';
}

/* The last item of `l` with PV_CELL_LINE_BREAK as "\n", in place (it gets
 * shorter), trimmed again; an item that was only signs and spaces is
 * dropped, as an empty line is. */
static void unescape_line_breaks(pv_strlist *l)
{
	char *s = l->items[l->n - 1], *to;
	if (!strstr(s, PV_CELL_LINE_BREAK))
		return;
	pv_replace_all(s, PV_CELL_LINE_BREAK, "\n");
	to = s + strlen(s);
	while (to > s && strchr(" \t\r\n", to[-1]))
		to--;
	*to = '\0';
	size_t lead = strspn(s, " \t\r\n");
	memmove(s, s + lead, strlen(s + lead) + 1);
	if (!*s) {
		free(s);
		l->n--;
	}
}

/* Pushes one item, without its bullet or number. */
static void push_item(pv_strlist *out, const char *s, size_t n)
{
	const char *start = skip_bullet(s, s + n);
	size_t before = out->n;
	if (start != s)
		out->listed++;
	push(out, start, n - (size_t)(start - s));
	if (out->n > before)
		unescape_line_breaks(out);
}

/* Where list item `number` begins inside `s` (before `end`): " 2. ",
 * " 2) "; NULL when it does not. */
static const char *next_number(const char *s, const char *end, int number)
{
	char mark[8];
	int ml = snprintf(mark, sizeof(mark), " %d", number);
	for (const char *p = s; p + ml + 2 <= end; p++)
		if (memcmp(p, mark, (size_t)ml) == 0 && (p[ml] == '.' || p[ml] == ')') &&
		    p[ml + 1] == ' ')
			return p + 1;
	return NULL;
}

/*
 * One line of a cell, which may hold several list items written on one
 * line: "1. Aanvragen 2. Beoordelen" or "• naam • adres". Items are split
 * only when the line starts as a list, so "artikel 2. lid 3" stays whole.
 */
static void push_line(pv_strlist *out, const char *s, size_t n)
{
	const char *end = s + n, *p = s, *b;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p + 2 < end && (p[0] == '1') && (p[1] == '.' || p[1] == ')') && p[2] == ' ') {
		int number = 2;
		const char *next;
		while ((next = next_number(p + 3, end, number))) {
			push_item(out, p, (size_t)(next - p));
			p = next;
			number++;
		}
		push_item(out, p, (size_t)(end - p));
		return;
	}
	if ((b = bullet_at(p, end))) {
		size_t bl = strlen(b);
		const char *q = p + bl;
		for (; q + bl <= end; q++)
			if (q[-1] == ' ' && memcmp(q, b, bl) == 0) {
				push_item(out, p, (size_t)(q - p));
				p = q;
				q += bl - 1;
			}
		push_item(out, p, (size_t)(end - p));
		return;
	}
	push_item(out, s, n);
}

void pv_split_lines(pv_strlist *out, const char *text)
{
	pv_split_at(out, text, '\n');
}

void pv_split_at(pv_strlist *out, const char *text, char sep)
{
	const char stop[2] = {sep, '\0'};
	const char *p = text ? text : "";
	while (*p) {
		size_t n = strcspn(p, stop);
		push_line(out, p, n);
		p += n;
		if (*p)
			p++;
	}
}

void pv_split_items(pv_strlist *out, const char *line)
{
	const char *p = line ? line : "", *start = p;
	int depth = 0;
	for (; *p; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && depth)
			depth--;
		else if ((*p == ';' || *p == ',') && !depth) {
			/* A decimal comma ("1,5") is no separator. */
			if (*p == ',' && p > line && p[-1] >= '0' && p[-1] <= '9' && p[1] >= '0' &&
			    p[1] <= '9')
				continue;
			push(out, start, (size_t)(p - start));
			start = p + 1;
		}
	}
	push(out, start, (size_t)(p - start));
}

/* ---- durations -------------------------------------------------------- */

int pv_is_iso_period(const char *s)
{
	static const char units[] = "YMWD";
	const char *p = s;
	size_t u = 0;
	int any = 0;
	if (!s || *p++ != 'P' || !*p)
		return 0;
	while (*p) {
		size_t digits = 0;
		while (p[digits] >= '0' && p[digits] <= '9')
			digits++;
		if (!digits || digits > 5)
			return 0;
		while (u < 4 && units[u] != p[digits])
			u++;
		if (u == 4)
			return 0;
		p += digits + 1;
		u++;
		any = 1;
	}
	return any;
}

static const struct {
	const char *word;
	int value;
} number_words[] = {
	{"een", 1}, {"one", 1}, {"a", 1}, {"twee", 2}, {"two", 2}, {"drie", 3},
	{"three", 3}, {"vier", 4}, {"four", 4}, {"vijf", 5}, {"five", 5}, {"zes", 6},
	{"six", 6}, {"zeven", 7}, {"seven", 7}, {"acht", 8}, {"eight", 8}, {"negen", 9},
	{"nine", 9}, {"tien", 10}, {"ten", 10}, {"elf", 11}, {"eleven", 11}, {"twaalf", 12},
	{"twelve", 12}, {"vijftien", 15}, {"fifteen", 15}, {"twintig", 20}, {"twenty", 20},
	{"dertig", 30}, {"thirty", 30}, {"veertig", 40}, {"vijftig", 50}, {"fifty", 50},
	{"honderd", 100}, {"hundred", 100}, {"half", -1}, {"halve", -1},
};

/* 'Y', 'M', 'W', 'D' for a unit word, else 0. */
static char unit_of(const char *w, size_t n)
{
	static const struct {
		const char *word;
		char unit;
	} units[] = {
		{"jaar", 'Y'}, {"jaren", 'Y'}, {"year", 'Y'}, {"years", 'Y'}, {"jr", 'Y'},
		{"maand", 'M'}, {"maanden", 'M'}, {"month", 'M'}, {"months", 'M'},
		{"week", 'W'}, {"weken", 'W'}, {"weeks", 'W'},
		{"dag", 'D'}, {"dagen", 'D'}, {"day", 'D'}, {"days", 'D'},
	};
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strlen(units[i].word) == n && strncmp(units[i].word, w, n) == 0)
			return units[i].unit;
	return 0;
}

static int has_word(const char *folded, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = strstr(folded, word); p; p = strstr(p + 1, word))
		if ((p == folded || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

/* The period of `tenths` tenths of `unit`, as ISO 8601. */
static void write_period(char *out, size_t cap, long tenths, char unit)
{
	if (tenths % 10 == 0) {
		snprintf(out, cap, "P%ld%c", tenths / 10, unit);
	} else if (unit == 'Y' && (tenths * 12) % 10 == 0) {
		snprintf(out, cap, "P%ldM", tenths * 12 / 10);
	} else if (unit == 'M' || unit == 'Y') {
		long days = unit == 'Y' ? tenths * 365 / 10 : tenths * 30 / 10;
		snprintf(out, cap, "P%ldD", days);
	} else {
		snprintf(out, cap, "P%ld%c", (tenths + 5) / 10, unit);
	}
}

int pv_parse_duration(char *out, size_t cap, const char *text)
{
	char folded[1024], buf[32];
	int found = 0;
	const char *p;

	out[0] = '\0';
	if (!text)
		return 0;
	/* As written in ISO 8601. */
	while (*text == ' ')
		text++;
	snprintf(buf, sizeof(buf), "%.31s", text);
	buf[strcspn(buf, " \n")] = '\0';
	for (char *b = buf; *b; b++)
		if (*b >= 'a' && *b <= 'z')
			*b = (char)(*b - 'a' + 'A');
	if (pv_is_iso_period(buf)) {
		snprintf(out, cap, "%s", buf);
		return 1;
	}
	pv_fold_into(folded, sizeof(folded), text);
	/* Numbers in digits, with a decimal comma or point. */
	for (p = text; *p; p++) {
		if (*p < '0' || *p > '9' || (p > text && ((p[-1] >= '0' && p[-1] <= '9') ||
		                                           p[-1] == ',' || p[-1] == '.')))
			continue;
		long whole = 0, tenths;
		const char *q = p;
		while (*q >= '0' && *q <= '9' && whole < 100000)
			whole = whole * 10 + (*q++ - '0');
		tenths = whole * 10;
		if ((*q == ',' || *q == '.') && q[1] >= '0' && q[1] <= '9') {
			tenths += q[1] - '0';
			q += 2;
			while (*q >= '0' && *q <= '9')
				q++;
		}
		while (*q == ' ')
			q++;
		char word[16];
		pv_fold_into(word, sizeof(word), q);
		size_t wn = strcspn(word, " ");
		char unit = unit_of(word, wn);
		if (!unit || tenths <= 0)
			continue;
		if (!found)
			write_period(out, cap, tenths, unit);
		found++;
	}
	/* Numbers in words: "zeven jaar", "een half jaar". */
	if (!found) {
		const char *w = folded;
		long last = 0;
		while (*w) {
			size_t n = strcspn(w, " ");
			char unit = unit_of(w, n);
			if (unit && last) {
				if (!found)
					write_period(out, cap, last < 0 ? 5 : last * 10, unit);
				found++;
			}
			last = 0;
			for (size_t i = 0; i < sizeof(number_words) / sizeof(number_words[0]); i++)
				if (strlen(number_words[i].word) == n &&
				    strncmp(number_words[i].word, w, n) == 0)
					last = number_words[i].value;
			w += n;
			while (*w == ' ')
				w++;
		}
	}
	if (!found && (has_word(folded, "permanent") || has_word(folded, "blijvend") ||
	               has_word(folded, "blijvend bewaren") || has_word(folded, "onbeperkt") ||
	               has_word(folded, "altijd") || has_word(folded, "permanently"))) {
		snprintf(out, cap, "permanent");
		found = 1;
	}
	return found;
}

/* ---- dates ------------------------------------------------------------ */

/* Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm). */
static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int valid_date(int y, int m, int d)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	return 1;
}

int pv_parse_date(char out[11], const char *text)
{
	int y, m, d, n = 0;
	char rest;
	if (!text)
		return -1;
	while (*text == ' ')
		text++;
	if (sscanf(text, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10 &&
	    (text[n] == '\0' || text[n] == 'T' || text[n] == ' ')) {
		/* ISO, also the start of an ODS date-value "2024-03-01T00:00:00". */
	} else if ((sscanf(text, "%2d-%2d-%4d%c", &d, &m, &y, &rest) == 3 ||
	            sscanf(text, "%2d/%2d/%4d%c", &d, &m, &y, &rest) == 3 ||
	            sscanf(text, "%2d.%2d.%4d%c", &d, &m, &y, &rest) == 3)) {
		/* Dutch order: day, month, year. */
	} else {
		/* A spreadsheet day number: days since 1899-12-30. */
		char *end;
		double serial = strtod(text, &end);
		if (end == text || *end || serial < 1 || serial > 400000)
			return -1;
		civil_from_days((long)serial - 25569, &y, &m, &d);
	}
	if (!valid_date(y, m, d))
		return -1;
	snprintf(out, 11, "%04d-%02d-%02d", y % 10000, (m % 13 + 13) % 13, (d % 32 + 32) % 32);
	return 0;
}

/* ---- countries --------------------------------------------------------- */

const char *pv_country_code(const char *folded)
{
	static const struct {
		const char *name;
		const char *code;
	} countries[] = {
		{"verenigde staten", "US"}, {"verenigde staten van amerika", "US"}, {"vs", "US"},
		{"usa", "US"}, {"us", "US"}, {"united states", "US"}, {"amerika", "US"},
		{"verenigd koninkrijk", "GB"}, {"vk", "GB"}, {"uk", "GB"}, {"gb", "GB"},
		{"united kingdom", "GB"}, {"groot brittannie", "GB"}, {"engeland", "GB"},
		{"zwitserland", "CH"}, {"switzerland", "CH"}, {"canada", "CA"}, {"japan", "JP"},
		{"india", "IN"}, {"israel", "IL"}, {"australie", "AU"}, {"australia", "AU"},
		{"nieuw zeeland", "NZ"}, {"new zealand", "NZ"}, {"zuid korea", "KR"},
		{"south korea", "KR"}, {"argentinie", "AR"}, {"argentina", "AR"},
		{"uruguay", "UY"}, {"brazilie", "BR"}, {"brazil", "BR"}, {"china", "CN"},
		{"singapore", "SG"}, {"turkije", "TR"}, {"turkey", "TR"}, {"marokko", "MA"},
		{"morocco", "MA"}, {"suriname", "SR"}, {"filipijnen", "PH"},
		{"philippines", "PH"}, {"oekraine", "UA"}, {"ukraine", "UA"},
		/* A country not known in advance (card payments anywhere): the
		 * schema's value, never an invented country. */
		{"unknown in advance", "unknown-in-advance"}, {"vooraf onbekend", "unknown-in-advance"},
		{"vooraf niet bekend", "unknown-in-advance"}, {"niet vooraf bekend", "unknown-in-advance"},
		{"wereldwijd", "unknown-in-advance"}, {"worldwide", "unknown-in-advance"},
	};
	for (size_t i = 0; i < sizeof(countries) / sizeof(countries[0]); i++)
		if (strcmp(countries[i].name, folded) == 0)
			return countries[i].code;
	return NULL;
}

/* The next number in `text` from `p` on written like a Selectielijst
 * result ("11.1.2", "7.3"): its start, and its end in *end; NULL when
 * there is none. */
static const char *next_result_number(const char *text, const char *p, const char **end)
{
	for (; *p; p++) {
		if (*p < '0' || *p > '9' || (p > text && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '.')))
			continue;
		const char *q = p;
		int groups = 0, ok = 1;
		for (;;) {
			int digits = 0;
			while (*q >= '0' && *q <= '9') {
				q++;
				digits++;
			}
			if (digits < 1 || digits > 3)
				ok = 0;
			groups++;
			if (*q == '.' && q[1] >= '0' && q[1] <= '9')
				q++;
			else
				break;
		}
		if (ok && groups >= 2 && groups <= 3 && !(*q >= '0' && *q <= '9')) {
			*end = q;
			return p;
		}
	}
	return NULL;
}

int pv_find_selectielijst(char *out, size_t cap, const char *text)
{
	const char *end, *p = next_result_number(text ? text : "", text ? text : "", &end);
	if (!p)
		return -1;
	snprintf(out, cap, "%.*s", (int)(end - p), p);
	return 0;
}

/* Whether folded `word` (of `n` bytes) is one of `words`. */
static int word_in(const char *word, size_t n, const char *const *words)
{
	for (; *words; words++)
		if (strlen(*words) == n && strncmp(*words, word, n) == 0)
			return 1;
	return 0;
}

/* The start of the last word of folded `s` before `end`, or NULL. */
static const char *last_word(const char *s, const char *end)
{
	while (end > s && end[-1] == ' ')
		end--;
	if (end == s)
		return NULL;
	while (end > s && end[-1] != ' ')
		end--;
	return end;
}

/* Whether the words before a number (folded, `before`) name it as a
 * Selectielijst result: "selectielijst 7.3.8", "Selectielijst gemeenten
 * 2020: 7.3.8", or "categorie 7.3" / "resultaat 7.3" in a cell that names
 * the Selectielijst or the Archiefwet (`cell_names_list`). */
static int named_as_result(const char *before, int cell_names_list)
{
	static const char *const skip[] = {"nr", "nummer", "no", "gemeenten", "gemeente", "vng",
	                                   "2017", "2020", NULL};
	static const char *const list[] = {"selectielijst", "selectielijstresultaat", NULL};
	static const char *const result[] = {"categorie", "cat", "resultaat", "result",
	                                     "category", "resultaatnummer", NULL};
	const char *end = before + strlen(before), *w;
	while ((w = last_word(before, end))) {
		size_t n = (size_t)(end - w);
		while (n && w[n - 1] == ' ')
			n--;
		if (word_in(w, n, list))
			return 1;
		if (word_in(w, n, result))
			return cell_names_list;
		if (!word_in(w, n, skip))
			return 0;
		end = w;
	}
	return 0;
}

int pv_find_selectielijst_named(char *out, size_t cap, const char *text, const char **other,
                                size_t *other_len)
{
	char folded[1024], raw[256], before[256];
	const char *p, *end;
	int found = -1;

	*other = NULL;
	*other_len = 0;
	out[0] = '\0';
	if (!text)
		return -1;
	pv_fold_into(folded, sizeof(folded), text);
	int cell_names_list = has_word(folded, "selectielijst") || has_word(folded, "archiefwet") ||
	                      strstr(folded, "selectielijst") != NULL;
	for (p = next_result_number(text, text, &end); p; p = next_result_number(text, end, &end)) {
		/* A period ("1.5 jaar") is no result. */
		const char *u = end;
		while (*u == ' ')
			u++;
		char word[16];
		pv_fold_into(word, sizeof(word), u);
		if (unit_of(word, strcspn(word, " ")))
			continue;
		/* The words of its clause before it: after the last '(', ',', ';'. */
		const char *clause = p;
		while (clause > text && !strchr("(,;\n", clause[-1]))
			clause--;
		snprintf(raw, sizeof(raw), "%.*s", (int)(p - clause), clause);
		pv_fold_into(before, sizeof(before), raw);
		if (found != 0 && named_as_result(before, cell_names_list)) {
			snprintf(out, cap, "%.*s", (int)(end - p), p);
			found = 0;
		} else if (!*other) {
			/* Not taken over: the clause it stands in ("Jeugdwet art. 7.3.8"). */
			const char *stop = end + strcspn(end, "),;\n");
			while (*clause == ' ')
				clause++;
			while (stop > end && stop[-1] == ' ')
				stop--;
			*other = clause;
			*other_len = (size_t)(stop - clause);
		}
	}
	return found;
}

void pv_slugify(char *out, size_t cap, const char *text)
{
	char folded[256];
	size_t n = 0;
	pv_fold_into(folded, sizeof(folded), text);
	for (const char *p = folded; *p && n + 1 < cap && n < 60; p++) {
		char c = *p;
		if (c == ' ')
			c = '-';
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			continue;
		if (c == '-' && (n == 0 || out[n - 1] == '-'))
			continue;
		out[n++] = c;
	}
	while (n && out[n - 1] == '-')
		n--;
	if (cap)
		out[n < cap ? n : cap - 1] = '\0';
}

int pv_is_slug(const char *s)
{
	if (!s || !*s || strlen(s) > 64)
		return 0;
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
			return 0;
	return s[0] != '-' && s[strlen(s) - 1] != '-';
}
