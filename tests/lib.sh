# lib.sh - helpers shared by the shell suites (tests/*.sh). Source it:
#     . "$(dirname "$0")/lib.sh"
# It changes to the repository's top directory and sets
#   top      the repository's top directory (absolute)
#   B        the build directory (from the environment, default "build")
#   tmp      a fresh temporary directory, removed on exit
# and the sanitizer options tests/run.sh uses, when they are not set, so a
# suite run on its own behaves as under run.sh. Results are lines
# "ok - WHAT" or "FAIL - WHAT"; lib_finish gives the exit status.

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
B=${B:-build}
export B

: "${ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86}"
: "${LSAN_OPTIONS=suppressions=$top/tests/lsan.supp:print_suppressions=0}"
: "${UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1}"
export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS

lib_failures=0

# The build flavours a suite runs its binaries in: the release build and
# the sanitizer build; `make test` (PRIVICON_QUICK=1) only the release one.
if [ -n "${PRIVICON_QUICK:-}" ]; then flavours=release; else flavours="release asan"; fi

tmp=$(mktemp -d) || exit 2
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

ok() { # ok WHAT
	printf 'ok - %s\n' "$*"
}

fail() { # fail WHAT
	printf 'FAIL - %s\n' "$*"
	lib_failures=$((lib_failures + 1))
}

note() { # note TEXT... - detail for a person reading the log ("# " lines)
	printf '%s\n' "$@" | sed 's/^/# /'
}

# same EXPECTED_FILE ACTUAL_FILE - whether two files are byte for byte the
# same; on a difference prints the first lines of a unified diff as notes.
same() {
	if cmp -s "$1" "$2"; then
		return 0
	fi
	diff -u "$1" "$2" 2>&1 | head -40 | sed 's/^/# /'
	return 1
}

# abspath PATH - PATH made absolute against the top directory.
abspath() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$top" "$1" ;;
	esac
}

lib_finish() {
	[ "$lib_failures" -eq 0 ]
}
