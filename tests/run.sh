#!/bin/sh
# run.sh - runs the whole suite: every unit test program (release and
# sanitizer builds) and every tests/*.sh suite, then prints one line
# "N passed, N failed". Each test prints "ok - ..." or "FAIL - ...".
# Usage: sh tests/run.sh [BUILD_DIR] [--quick]   (default: build)
# --quick (make test): the unit tests and the suites that need no browser,
# no valgrind and no long runs; under a minute.
# Each unit test program and each suite is announced on stderr ("== NAME")
# before it runs and its time follows, so a long run is never silent.
# SUITES="tests/docs.sh test_util ..." runs only those suites and unit
# test programs (by name), e.g. to rerun what failed.
B=${1:-${B:-build}}
quick=${2:-}
if [ "$quick" = --quick ]; then PRIVICON_QUICK=1; export PRIVICON_QUICK; fi
export B
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# LeakSanitizer: fontconfig and pango keep caches until exit (see
# tests/lsan.supp); everything else must be freed.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86
export LSAN_OPTIONS=suppressions=$top/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run() { # run NAME COMMAND... - runs one test program, records its lines
	name=$1
	shift
	out=$("$@" 2>&1)
	status=$?
	printf '%s\n' "$out" | grep -E '^(ok|FAIL) - ' >>"$log"
	printf '%s\n' "$out" | grep -E '^FAIL - ' || true
	if [ $status -ne 0 ] && ! printf '%s\n' "$out" | grep -q '^FAIL - '; then
		echo "FAIL - $name exited with status $status" | tee -a "$log"
		printf '%s\n' "$out" | tail -20
	fi
}

# The suites a quick run leaves out: browser, valgrind, long or kill tests,
# and the sanitizer replays.
slow="tests/html.sh tests/site-browser.sh tests/valgrind.sh tests/limits.sh tests/killtest.sh tests/fuzz.sh"

# wanted NAME... - whether SUITES (when set) names one of them
wanted() {
	[ -z "${SUITES:-}" ] && return 0
	for w in "$@"; do
		case " $SUITES " in *" $w "*) return 0 ;; esac
	done
	return 1
}

for t in "$B"/unit/test_* "$B"/asan/unit/test_*; do
	[ -x "$t" ] || continue
	case $t in *.d|*.o) continue ;; esac
	if [ "$quick" = --quick ]; then
		case $t in "$B"/asan/*) continue ;; esac
	fi
	wanted "$(basename "$t")" "$t" || continue
	start=$(date +%s)
	printf '== %s ' "$t" >&2
	run "$t" "$t"
	echo "($(( $(date +%s) - start )) s)" >&2
done
for s in tests/*.sh; do
	case $s in tests/run.sh|tests/lib.sh) continue ;; esac
	if [ "$quick" = --quick ]; then
		case " $slow " in *" $s "*) continue ;; esac
	fi
	wanted "$s" || continue
	start=$(date +%s)
	printf '== %s ' "$s" >&2
	run "$s" sh "$s"
	echo "($(( $(date +%s) - start )) s)" >&2
done

passed=$(grep -c '^ok - ' "$log")
failed=$(grep -c '^FAIL - ' "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
