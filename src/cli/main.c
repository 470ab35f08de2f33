/*
 * main.c - privicon's entry point: finds the subcommand in the table and
 * runs it. Help texts are English (the convention for command-line
 * tools); what a command reports about a register follows --lang.
 */
#include "cli.h"

#include <string.h>

/*
 * The subcommands, in the order `privicon --help` lists them:
 * X(name, one-line help). Adding one is one line here plus cmd_NAME.c,
 * which defines int cmd_NAME(int argc, char **argv) (argv[0] is the
 * command's name; it returns an exit status and handles --help itself).
 */
#define CLI_COMMANDS(X)                                                          \
	X(new, "Start a new register for a municipality, to fill in")           \
	X(check, "Check registers against the schema and the GDPR rules")        \
	X(render, "Render notice sheets of a register as SVG, PNG and PDF")       \
	X(icons, "Write the icon set (SVG, PNG) and an SVG sprite for web pages") \
	X(html, "Write the notice as one self-contained, accessible HTML page")  \
	X(site, "Write the register as a static site with its register API")    \
	X(export, "Write a register as JSON, JSON-LD (W3C DPV) or XLSX")       \
	X(import, "Turn a spreadsheet or a JSON export into a register")        \
	X(diff, "Show what changed between two registers, material or not")      \
	X(rules, "List the consistency rules with their severity and article")

#define DECLARE(name, help) int cmd_##name(int argc, char **argv);
CLI_COMMANDS(DECLARE)
#undef DECLARE

static const struct command {
	const char *name;
	cli_command_fn fn;
	const char *help;
} commands[] = {
#define ENTRY(name, help) {#name, cmd_##name, help},
	CLI_COMMANDS(ENTRY)
#undef ENTRY
};

#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < N_COMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static void print_help(FILE *fp)
{
	fputs("Usage: privicon COMMAND [OPTION]... [FILE]...\n"
	      "       privicon help COMMAND\n"
	      "       privicon --help | --version\n"
	      "\n"
	      "Checks a municipality's register of personal-data processing (GDPR\n"
	      "Art. 30, namespace urn:privicon:register:1) and turns it into\n"
	      "plain-language privacy icons.\n"
	      "\n"
	      "Commands:\n",
	      fp);
	for (size_t i = 0; i < N_COMMANDS; i++)
		fprintf(fp, "  %-8s %s\n", commands[i].name, commands[i].help);
	fputs("\n"
	      "Run 'privicon COMMAND --help' for a command's options.\n"
	      "Exit status: 0 clean, 1 findings, 2 usage or I/O trouble.\n",
	      fp);
}

/* The short usage for mistakes; always on stderr, always exit 2. */
static int usage_error(const char *fmt, const char *arg)
{
	fputs("privicon: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nUsage: privicon COMMAND [OPTION]... [FILE]...\n"
	      "Try 'privicon --help' for more information.\n",
	      stderr);
	return CLI_EXIT_TROUBLE;
}

/* Runs `command --help` so each command keeps its own help in one place. */
static int command_help(const struct command *cmd)
{
	char name[32], opt[] = "--help";
	char *argv[] = {name, opt, NULL};

	snprintf(name, sizeof(name), "%s", cmd->name);
	return cmd->fn(2, argv);
}

int main(int argc, char **argv)
{
	const struct command *cmd;

	/* stderr is unbuffered by default: a report of thousands of findings
	 * was one write(2) per character (7% of `privicon check` on 10,000
	 * activities). Line buffering writes each line at once and still
	 * shows every complete line straight away. */
	setvbuf(stderr, NULL, _IOLBF, BUFSIZ);
	if (argc < 2)
		return usage_error("%s", "no command given");
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		print_help(stdout);
		return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
	}
	if (strcmp(argv[1], "--version") == 0) {
		puts("privicon " PRIVICON_VERSION);
		return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
	}
	if (strcmp(argv[1], "help") == 0) {
		if (argc == 2) {
			print_help(stdout);
			return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
		}
		if (argc > 3)
			return usage_error("%s", "'help' takes one command name");
		cmd = find_command(argv[2]);
		if (!cmd)
			return usage_error("unknown command '%s'", argv[2]);
		return command_help(cmd);
	}
	if (argv[1][0] == '-')
		return usage_error("unknown option '%s'", argv[1]);
	cmd = find_command(argv[1]);
	if (!cmd)
		return usage_error("unknown command '%s'", argv[1]);
	return cmd->fn(argc - 1, argv + 1);
}
