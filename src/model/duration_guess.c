/*
 * duration_guess.c - reads a retention period the way an officer writes
 * it ("5 jaar", "P5J", "vijf jaar", "6 maanden", "anderhalf jaar",
 * "blijvend") and gives the ISO 8601 form the register asks for, for the
 * schema's "did you mean" (duration.h).
 */
#include "model/duration.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define GUESS_TEXT_MAX 96
#define WORD_MAX 24

enum { U_NONE = -1, U_YEAR, U_MONTH, U_WEEK, U_DAY };

typedef struct {
	const char *word;
	int value;
} number_word;

static const number_word numbers[] = {
	{"een", 1}, {"one", 1}, {"a", 1}, {"an", 1}, {"twee", 2}, {"two", 2}, {"drie", 3},
	{"three", 3}, {"vier", 4}, {"four", 4}, {"vijf", 5}, {"five", 5}, {"zes", 6}, {"six", 6},
	{"zeven", 7}, {"seven", 7}, {"acht", 8}, {"eight", 8}, {"negen", 9}, {"nine", 9},
	{"tien", 10}, {"ten", 10}, {"elf", 11}, {"eleven", 11}, {"twaalf", 12}, {"twelve", 12},
	{"dertien", 13}, {"thirteen", 13}, {"veertien", 14}, {"fourteen", 14},
	{"vijftien", 15}, {"fifteen", 15}, {"zestien", 16}, {"sixteen", 16},
	{"zeventien", 17}, {"seventeen", 17}, {"achttien", 18}, {"eighteen", 18},
	{"negentien", 19}, {"nineteen", 19}, {"twintig", 20}, {"twenty", 20},
	{"dertig", 30}, {"thirty", 30}, {"veertig", 40}, {"forty", 40}, {"vijftig", 50},
	{"fifty", 50}, {"zestig", 60}, {"sixty", 60}, {"zeventig", 70}, {"seventy", 70},
	{"tachtig", 80}, {"eighty", 80}, {"negentig", 90}, {"ninety", 90},
	{"honderd", 100}, {"hundred", 100},
};

typedef struct {
	const char *word;
	int unit;
} unit_word;

static const unit_word units[] = {
	{"y", U_YEAR}, {"j", U_YEAR}, {"jr", U_YEAR}, {"jaar", U_YEAR}, {"jaren", U_YEAR},
	{"year", U_YEAR}, {"years", U_YEAR}, {"yr", U_YEAR}, {"yrs", U_YEAR},
	{"m", U_MONTH}, {"mnd", U_MONTH}, {"mnden", U_MONTH}, {"maand", U_MONTH},
	{"maanden", U_MONTH}, {"month", U_MONTH}, {"months", U_MONTH}, {"mo", U_MONTH},
	{"w", U_WEEK}, {"wk", U_WEEK}, {"wkn", U_WEEK}, {"week", U_WEEK}, {"weken", U_WEEK},
	{"weeks", U_WEEK},
	{"d", U_DAY}, {"dg", U_DAY}, {"dgn", U_DAY}, {"dag", U_DAY}, {"dagen", U_DAY},
	{"day", U_DAY}, {"days", U_DAY},
};

static const char *const permanent_words[] = {
	"permanent", "permanente", "permanently", "blijvend", "blijvende", "eeuwig",
	"forever", "onbeperkt", "indefinitely",
};

/* Words that join or pad and mean nothing for the period. */
static const char *const filler_words[] = {"en", "and", "plus", "te", "bewaren", "bewaard", "kept",
                                           "keep", "termijn", "van", "of"};

/* Words after which the rest says when the period starts ("na afloop"). */
static const char *const stop_words[] = {"na", "after", "vanaf", "from", "sinds", "since"};

static int in_list(const char *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}
#define IN(w, list) in_list((w), (list), sizeof(list) / sizeof((list)[0]))

/* `text` in lower case ASCII, é/è/ë as e, anything else non-ASCII as '?'. */
static int lower_copy(char *dst, size_t cap, const char *text)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (n + 1 >= cap)
			return -1;
		if (p[0] == 0xc3 && (p[1] == 0xa9 || p[1] == 0xa8 || p[1] == 0xab || p[1] == 0x89)) {
			dst[n++] = 'e';
			p++;
		} else if (*p >= 0x80) {
			dst[n++] = '?';
		} else {
			dst[n++] = (char)tolower(*p);
		}
	}
	dst[n] = '\0';
	return 0;
}

static int unit_of(const char *w)
{
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(w, units[i].word) == 0)
			return units[i].unit;
	return U_NONE;
}

static int number_of(const char *w)
{
	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++)
		if (strcmp(w, numbers[i].word) == 0)
			return numbers[i].value;
	return -1;
}

int pv_duration_guess(char *buf, size_t size, const char *text)
{
	char s[GUESS_TEXT_MAX];
	long amount[4] = {0, 0, 0, 0};
	int seen = 0, permanent = 0;
	int unit_seen[4] = {0, 0, 0, 0};
	long pending = -1;  /* a number waiting for its unit */
	int half = 0;       /* "half" or ",5" waiting for "jaar" */
	if (!buf || size == 0 || !text || lower_copy(s, sizeof(s), text) != 0)
		return 0;
	const char *p = s;
	int first = 1;
	while (*p) {
		if (*p == ' ' || *p == '\t' || *p == ',' || *p == '+' || *p == '-' || *p == '/' ||
		    *p == '(' || *p == ')') {
			p++;
			continue;
		}
		if (isdigit((unsigned char)*p)) {
			long v = 0;
			int digits = 0;
			while (isdigit((unsigned char)*p)) {
				if (++digits > 6)
					return 0;
				v = v * 10 + (*p++ - '0');
			}
			/* 2,5 jaar or 1.5 years */
			if ((p[0] == ',' || p[0] == '.') && p[1] == '5' && !isdigit((unsigned char)p[2])) {
				half = 1;
				p += 2;
			}
			if (pending >= 0)
				return 0;
			pending = v;
			first = 0;
			continue;
		}
		if (!isalpha((unsigned char)*p) && *p != '\'')
			return 0;
		char w[WORD_MAX];
		size_t n = 0;
		while (isalpha((unsigned char)*p) || *p == '\'' || (*p == '.' && n > 0)) {
			if (*p != '.' && *p != '\'') {
				if (n + 1 >= sizeof(w))
					return 0;
				w[n++] = *p;
			}
			p++;
		}
		w[n] = '\0';
		if (n == 0)
			continue;
		/* "P5Y", "p5j": the P of ISO 8601 in front of a number. */
		if (first && strcmp(w, "p") == 0 && isdigit((unsigned char)*p)) {
			first = 0;
			continue;
		}
		first = 0;
		int u = unit_of(w), num = number_of(w);
		if (u != U_NONE && (pending >= 0 || half)) {
			if ((half && u != U_YEAR) || unit_seen[u])
				return 0; /* "5 jaar 5 jaar": no guess at what was meant */
			unit_seen[u] = 1;
			amount[u] += pending > 0 ? pending : 0;
			if (half)
				amount[U_MONTH] += 6;
			seen = 1;
			pending = -1;
			half = 0;
		} else if (num >= 0 && pending < 0) {
			pending = num;
		} else if (strcmp(w, "half") == 0) {
			half = 1;
			if (pending == 1 && seen == 0)
				pending = 0; /* "een half jaar" */
		} else if (strcmp(w, "anderhalf") == 0) {
			pending = 1;
			half = 1;
		} else if (IN(w, permanent_words)) {
			permanent = 1;
		} else if (IN(w, stop_words) && seen) {
			break;
		} else if (!IN(w, filler_words)) {
			return 0;
		}
	}
	if (pending >= 0 || half)
		return 0;
	if (permanent) {
		if (seen)
			return 0;
		snprintf(buf, size, "permanent");
	} else {
		if (!seen || amount[U_YEAR] > 999 || amount[U_MONTH] > 9999 || amount[U_WEEK] > 9999 ||
		    amount[U_DAY] > 99999)
			return 0;
		static const char letters[] = "YMWD";
		size_t used = (size_t)snprintf(buf, size, "P");
		for (int i = 0; i < 4 && used < size; i++)
			if (amount[i])
				used += (size_t)snprintf(buf + used, size - used, "%ld%c", amount[i], letters[i]);
		if (used == 1 && used < size)
			snprintf(buf + used, size - used, "0D");
	}
	return strcmp(buf, text) != 0;
}
