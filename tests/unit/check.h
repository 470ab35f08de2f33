/*
 * check.h - the smallest test helper: each CHECK prints one line,
 * "ok - what" or "FAIL - what (file:line)", which tests/run.sh counts.
 * A test program returns check_exit_status() from main.
 */
#ifndef PRIVICON_TEST_CHECK_H
#define PRIVICON_TEST_CHECK_H

#include <stdio.h>

static int check_failures;

#define CHECK(cond, ...)                                                   \
	do {                                                               \
		if (cond) {                                                \
			printf("ok - ");                                   \
			printf(__VA_ARGS__);                               \
			printf("\n");                                      \
		} else {                                                   \
			check_failures++;                                  \
			printf("FAIL - ");                                 \
			printf(__VA_ARGS__);                               \
			printf(" (%s:%d)\n", __FILE__, __LINE__);          \
		}                                                          \
	} while (0)

static inline int check_exit_status(void)
{
	return check_failures ? 1 : 0;
}

#endif
