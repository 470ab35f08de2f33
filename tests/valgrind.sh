#!/bin/sh
# valgrind.sh - runs the release build ($B/privicon) under valgrind's
# memcheck on the examples: no invalid read or write, no use of
# uninitialised memory, and nothing definitely or indirectly lost (the
# narrow, commented suppressions in tests/valgrind.supp cover fontconfig's
# caches only). One ok/FAIL line per command.
#
# Kept affordable for `make check` (memcheck runs code 20-50 times
# slower): check, export, import and diff run on the full example
# register, render and html on examples/minimal.xml only. A subcommand this build does not have
# yet is skipped with a note.
. "$(dirname "$0")/lib.sh"

bin=$B/privicon
if ! command -v valgrind >/dev/null 2>&1; then
	fail "valgrind is not installed (make test-deps installs it)"
	lib_finish
	exit
fi
if [ ! -x "$bin" ]; then
	fail "valgrind: $bin is missing (make)"
	lib_finish
	exit
fi

# has COMMAND - whether this build has the subcommand
has() {
	"$bin" "$1" --help >/dev/null 2>&1
}

# vg NAME EXPECTED_STATUS ARGS... - runs privicon ARGS under memcheck
n=0
vg() {
	name=$1
	want=$2
	shift 2
	n=$((n + 1))
	log=$tmp/vg$n.log
	timeout 600 valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect \
		--show-leak-kinds=definite,indirect \
		--suppressions="$top/tests/valgrind.supp" \
		--log-file="$log" "$bin" "$@" >"$tmp/vg$n.out" 2>"$tmp/vg$n.err"
	status=$?
	if [ "$status" -eq "$want" ] && [ ! -s "$log" ]; then
		ok "valgrind: privicon $name"
	else
		fail "valgrind: privicon $name (status $status, expected $want)"
		head -60 "$log" | sed 's/^/# /'
		head -5 "$tmp/vg$n.err" | sed 's/^/# /'
	fi
}

vg "check examples/register.xml" 0 check examples/register.xml
vg "check --format sarif (a register with errors)" 1 check --format sarif \
	tests/rules/bsn-law/trigger.xml
vg "render examples/minimal.xml (svg, png, pdf)" 0 render -o "$tmp/render" examples/minimal.xml
vg "new -o FILE" 0 new -o "$tmp/new.xml"
vg "check (a register with schema errors in one activity, rules on the rest)" 1 check \
	tests/cases/all-errors-one-pass/input.xml
vg "check (an unclosed element)" 1 check tests/cases/xml-unclosed-element/input.xml
for sub in html export import diff icons; do
	has $sub || note "skipped: this build has no 'privicon $sub'"
done
if has html; then
	vg "html examples/minimal.xml" 0 html -o "$tmp/minimal.html" examples/minimal.xml
fi
if has export; then
	vg "export --format json examples/register.xml" 0 export --format json \
		-o "$tmp/register.json" examples/register.xml
	vg "export --format jsonld examples/register.xml" 0 export --format jsonld \
		-o "$tmp/register.jsonld" examples/register.xml
fi
if has import && [ -f "$tmp/register.json" ]; then
	vg "import (the JSON export of examples/register.xml)" 0 import -o "$tmp/back.xml" \
		"$tmp/register.json"
fi
if has diff; then
	# Two different registers: a material change, exit 1.
	vg "diff examples/minimal.xml examples/register.xml" 1 diff examples/minimal.xml \
		examples/register.xml
	if [ -d tests/diff/sensitive-and-more ]; then
		vg "diff --format markdown (tests/diff/sensitive-and-more)" 1 diff --format markdown \
			tests/diff/sensitive-and-more/old.xml tests/diff/sensitive-and-more/new.xml
	fi
fi
if has icons; then
	vg "icons --format svg,png --size 24" 0 icons --format svg,png --size 24 -o "$tmp/icons"
fi
lib_finish
