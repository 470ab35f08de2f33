/*
 * opts.c - a small GNU-style option parser shared by the subcommands.
 *
 * Not getopt_long: that is a GNU extension, it prints its own messages
 * in its own format, and it accepts abbreviated option names, which would
 * make a script's meaning change when an option is added later.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int cli_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "privicon%s%s: ", command ? " " : "", command ? command : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'privicon %s%s--help' for more information.\n",
	        command ? command : "", command ? " " : "");
	return CLI_EXIT_TROUBLE;
}

int cli_opts_init(cli_opts *p, int argc, char **argv, const cli_option *options)
{
	memset(p, 0, sizeof(*p));
	p->argc = argc;
	p->argv = argv;
	p->command = argc > 0 ? argv[0] : NULL;
	p->options = options;
	p->next = 1;
	p->operands = calloc(argc > 0 ? (size_t)argc : 1, sizeof(*p->operands));
	if (!p->operands) {
		fprintf(stderr, "privicon: out of memory\n");
		return CLI_OPT_NOMEM;
	}
	return 0;
}

void cli_opts_free(cli_opts *p)
{
	free(p->operands);
	p->operands = NULL;
	p->n_operands = 0;
}

static const cli_option *find_long(const cli_option *o, const char *name, size_t len)
{
	for (; o->id; o++)
		if (o->long_name && strlen(o->long_name) == len &&
		    strncmp(o->long_name, name, len) == 0)
			return o;
	return NULL;
}

static const cli_option *find_short(const cli_option *o, char c)
{
	for (; o->id; o++)
		if (o->short_name && o->short_name == c)
			return o;
	return NULL;
}

static int parse_long(cli_opts *p, const char *arg, const char **value)
{
	const char *name = arg + 2;
	const char *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	const cli_option *o = find_long(p->options, name, len);

	if (!o) {
		cli_usage_error(p->command, "unknown option '--%.*s'", (int)len, name);
		return CLI_OPT_ERROR;
	}
	if (!o->takes_value) {
		if (eq) {
			cli_usage_error(p->command, "option '--%s' takes no value", o->long_name);
			return CLI_OPT_ERROR;
		}
		return o->id;
	}
	if (eq) {
		*value = eq + 1;
		return o->id;
	}
	if (p->next >= p->argc) {
		cli_usage_error(p->command, "option '--%s' needs a value", o->long_name);
		return CLI_OPT_ERROR;
	}
	*value = p->argv[p->next++];
	return o->id;
}

static int parse_short(cli_opts *p, const char *arg, const char **value)
{
	const cli_option *o = find_short(p->options, arg[1]);

	if (!o) {
		cli_usage_error(p->command, "unknown option '%s'", arg);
		return CLI_OPT_ERROR;
	}
	if (!o->takes_value) {
		if (arg[2]) {
			cli_usage_error(p->command, "unknown option '%s'", arg);
			return CLI_OPT_ERROR;
		}
		return o->id;
	}
	if (arg[2]) {
		*value = arg + 2;
		return o->id;
	}
	if (p->next >= p->argc) {
		cli_usage_error(p->command, "option '-%c' needs a value", arg[1]);
		return CLI_OPT_ERROR;
	}
	*value = p->argv[p->next++];
	return o->id;
}

int cli_opts_next(cli_opts *p, const char **value)
{
	*value = NULL;
	while (p->next < p->argc) {
		const char *arg = p->argv[p->next++];
		if (p->only_operands || arg[0] != '-' || arg[1] == '\0') {
			/* An operand ("-" included, which commands may refuse). */
			p->operands[p->n_operands++] = (char *)arg;
			cli_protect_input(arg); /* no output may replace an input */
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			p->only_operands = 1;
			continue;
		}
		if (arg[1] == '-')
			return parse_long(p, arg, value);
		return parse_short(p, arg, value);
	}
	return CLI_OPT_DONE;
}

int cli_parse_lang(const char **lang, const char *value)
{
	if (strcmp(value, "nl") == 0)
		*lang = "nl";
	else if (strcmp(value, "en") == 0)
		*lang = "en";
	else
		return -1;
	return 0;
}

int cli_parse_size(size_t *out, const char *value)
{
	static const struct {
		const char *suffix;
		unsigned shift;
	} units[] = {
		{"", 0}, {"K", 10}, {"KiB", 10}, {"M", 20}, {"MiB", 20}, {"G", 30}, {"GiB", 30},
	};
	uintmax_t n = 0;
	const char *s = value;

	/* Digits only: strtoumax would take a sign, spaces and "0x". */
	if (*s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++) {
		unsigned d = (unsigned)(*s - '0');
		if (n > (UINTMAX_MAX - d) / 10)
			return -1;
		n = n * 10 + d;
	}
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(s, units[i].suffix) != 0)
			continue;
		if (n == 0 || n > (SIZE_MAX >> units[i].shift))
			return -1;
		*out = (size_t)n << units[i].shift;
		return 0;
	}
	return -1;
}
