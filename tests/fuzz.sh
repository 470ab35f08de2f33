#!/bin/sh
# fuzz.sh - replays the fuzzing corpora (tests/fuzz-corpus/check/,
# tests/fuzz-corpus/render/ and tests/fuzz-corpus/import/) through the fuzz harnesses built with gcc's
# AddressSanitizer + UndefinedBehaviorSanitizer ($B/asan/fuzz-driver-*,
# built by `make check-build`), so that every input the fuzzers once found
# crashing stays fixed. Leaks are detected (tests/lsan.supp applies).
# One ok/FAIL line per corpus.
. "$(dirname "$0")/lib.sh"

# replay NAME - replays tests/fuzz-corpus/NAME with its driver
replay() {
	name=$1
	driver=$B/asan/fuzz-driver-$name
	corpus=tests/fuzz-corpus/$name
	if [ ! -x "$driver" ]; then
		fail "fuzz corpus $name: $driver is missing (make check-build)"
		return
	fi
	count=$(find "$corpus" -type f | wc -l)
	if [ "$count" -eq 0 ]; then
		fail "fuzz corpus $name: $corpus is empty"
		return
	fi
	# The driver names each input on stderr before running it, so the
	# last name before a sanitizer report is the culprit.
	if timeout 900 "$driver" "$corpus" >"$tmp/$name.out" 2>"$tmp/$name.err" &&
		grep -qx "replayed $count inputs" "$tmp/$name.out"; then
		ok "fuzz corpus $name: $count inputs replayed under ASan+UBSan"
	else
		fail "fuzz corpus $name: replay failed"
		grep -v '^fuzz-driver: ' "$tmp/$name.err" | head -40 | sed 's/^/# /'
		last=$(grep '^fuzz-driver: ' "$tmp/$name.err" | tail -1)
		note "last input: ${last#fuzz-driver: }"
	fi
}

replay check
replay render
replay import
lib_finish
