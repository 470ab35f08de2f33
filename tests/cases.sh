#!/bin/sh
# cases.sh - runs every case in tests/cases/ with $B/privicon and with
# $B/asan/privicon (AddressSanitizer + UndefinedBehaviorSanitizer, leaks
# detected), each under `timeout 20`, and prints one ok/FAIL line per case
# and binary.
#
# A case is a directory (jansson style) holding:
#   input.xml         the register; copied into an empty work directory
#   generate          a shell snippet run there as `sh generate input.xml`,
#                     for inputs too large or too binary to keep as a file
#                     (it may write other files too, e.g. a secret to leak)
#   args              extra words for check: `privicon check ARGS input.xml`
#   cmd               instead, the whole argument list after `privicon`,
#                     as shell words (quotes work): check "my file.xml"
#   expected          exactly what stderr must hold (may be empty)
#   expected.out      exactly what stdout must hold; absent: stdout is empty
#   status            the exit status
#   outfile.expected  exactly what the command writes to ./outfile
#   forbid            strings (one a line) that must appear nowhere in the
#                     output, e.g. the contents of a file an entity names
#   fsize             a file size limit (ulimit -f, in 512-byte blocks) for
#                     the command, with SIGXFSZ ignored: writes past it
#                     fail with EFBIG, as on a full disk, but safely
#   after             a shell snippet run in the work directory after the
#                     command; it must succeed (e.g. `test -L outfile`)
# The register's path in messages is simply input.xml: the command runs in
# the work directory. Afterwards that directory must hold what it held
# before plus ./outfile when outfile.expected exists: no temporary file
# may be left behind, also when writing fails.
#
# REGEN=1 sh tests/cases.sh writes expected, expected.out, status and
# outfile.expected from what the release binary does now. Read each
# changed file (git diff) before keeping it: the output is the test.
. "$(dirname "$0")/lib.sh"

# run_case FLAVOUR BINARY DIR
run_case() {
	flavour=$1
	bin=$2
	dir=$3
	name=$(basename "$dir")
	work=$tmp/work
	problems=""

	rm -rf "$work"
	mkdir "$work" || exit 2
	if [ -f "$dir/input.xml" ]; then
		cp "$dir/input.xml" "$work/input.xml" || exit 2
	fi
	if [ -f "$dir/generate" ] &&
		! (cd "$work" && sh "$top/$dir/generate" input.xml) >"$tmp/gen.log" 2>&1; then
		fail "case $name ($flavour): generate failed"
		note "$(cat "$tmp/gen.log")"
		return
	fi
	(cd "$work" && ls -A) | sort >"$tmp/before"
	if [ -f "$dir/outfile.expected" ]; then
		{ cat "$tmp/before"; echo outfile; } | sort -u >"$tmp/after.expected"
	else
		cp "$tmp/before" "$tmp/after.expected"
	fi

	if [ -f "$dir/cmd" ]; then
		words=$(tr '\n' ' ' <"$dir/cmd")
	elif [ -f "$dir/args" ]; then
		words="check $(tr '\n' ' ' <"$dir/args") input.xml"
	else
		words="check input.xml"
	fi
	fsize=unlimited
	[ -f "$dir/fsize" ] && fsize=$(cat "$dir/fsize")
	(cd "$work" && ulimit -f "$fsize" && trap '' XFSZ && eval "set -- $words" &&
		exec timeout 20 "$bin" "$@") >"$tmp/out" 2>"$tmp/err"
	status=$?

	if [ -n "${REGEN:-}" ]; then
		cp "$tmp/err" "$dir/expected"
		if [ -s "$tmp/out" ]; then cp "$tmp/out" "$dir/expected.out"; else rm -f "$dir/expected.out"; fi
		echo "$status" >"$dir/status"
		if [ -f "$work/outfile" ]; then
			cp "$work/outfile" "$dir/outfile.expected"
		else
			rm -f "$dir/outfile.expected"
		fi
		ok "case $name: regenerated (status $status)"
		return
	fi

	want=$(cat "$dir/status" 2>/dev/null)
	if [ "$status" = 124 ]; then
		problems="$problems; timed out"
	elif [ "$status" != "$want" ]; then
		problems="$problems; exit status $status, expected $want"
	fi
	if [ ! -f "$dir/expected" ]; then
		problems="$problems; no expected file"
	elif ! same "$dir/expected" "$tmp/err"; then
		problems="$problems; stderr differs"
	fi
	if [ -f "$dir/expected.out" ]; then
		same "$dir/expected.out" "$tmp/out" || problems="$problems; stdout differs"
	elif [ -s "$tmp/out" ]; then
		problems="$problems; stdout not empty"
		note "$(head -c 2000 "$tmp/out")"
	fi
	if [ -f "$dir/outfile.expected" ]; then
		if [ ! -f "$work/outfile" ]; then
			problems="$problems; outfile not written"
		elif ! same "$dir/outfile.expected" "$work/outfile"; then
			problems="$problems; outfile differs"
		fi
	fi
	(cd "$work" && ls -A) | sort >"$tmp/after"
	same "$tmp/after.expected" "$tmp/after" ||
		problems="$problems; work directory holds unexpected files"
	if [ -f "$dir/after" ] && ! (cd "$work" && sh "$top/$dir/after") >"$tmp/after.log" 2>&1; then
		problems="$problems; the after check failed"
		note "$(cat "$tmp/after.log")"
	fi
	if [ -f "$dir/forbid" ]; then
		while IFS= read -r secret; do
			[ -n "$secret" ] || continue
			if grep -F -q -e "$secret" "$tmp/out" "$tmp/err" $(ls "$work"/outfile 2>/dev/null); then
				problems="$problems; output contains '$secret'"
			fi
		done <"$dir/forbid"
	fi

	if [ -z "$problems" ]; then
		ok "case $name ($flavour)"
	else
		fail "case $name ($flavour):${problems#;}"
	fi
}

found=0
for flavour in $flavours; do
	if [ "$flavour" = release ]; then bin=$(abspath "$B/privicon"); else bin=$(abspath "$B/asan/privicon"); fi
	if [ ! -x "$bin" ]; then
		fail "cases: $bin is not built (make B=$B $B/privicon $B/asan/privicon)"
		continue
	fi
	for dir in tests/cases/*/; do
		[ -d "$dir" ] || continue
		found=$((found + 1))
		run_case "$flavour" "$bin" "${dir%/}"
	done
	# One pass is enough to regenerate.
	[ -n "${REGEN:-}" ] && break
done
[ "$found" -gt 0 ] || fail "cases: no case directories in tests/cases/"
lib_finish
