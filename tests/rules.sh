#!/bin/sh
# rules.sh - the GDPR consistency rules on real registers, through the CLI
# ($B/privicon and $B/asan/privicon).
#
# tests/rules/template.xml is one small valid register (a municipality with
# a DPO and contact details, one complete activity) that checks clean. Each
# directory tests/rules/<rule-id>/ holds near-identical copies of it:
#   trigger*.xml   triggers exactly one rule (or, for acknowledgement/,
#                  exactly the findings listed) ...
#   expected*      ... as lines "LINE SEVERITY RULE" (what `privicon check`
#                  prints, reduced to those three; an acknowledged finding
#                  prints as "note"), plus lines "> TEXT": TEXT must appear
#                  in the English output. trigger-x.xml goes with expected-x.
#   clean*.xml     the same register without the problem: no output at all.
# The exit status must follow from the expected severities: 1 with an
# error, else 0; with --strict also 1 with a warning. The Dutch run must
# give the same findings with other (Dutch) messages.
#
# Also: every rule of `privicon rules` (except the loader's) has a
# directory whose trigger.xml has the catalogue's severity, and
# data/selectielijst-2020.tsv is what tools/derive-selectielijst.sh derives
# (when jq is installed).
. "$(dirname "$0")/lib.sh"

# findings FILE - "LINE SEVERITY RULE" for each diagnostic line of FILE.
findings() {
	sed -n 's/^[^:]*:\([0-9][0-9]*\)\(:[0-9][0-9]*\)\{0,1\}: \([a-z]*\): .* \[\([a-z0-9-]*\)\]\( (.*)\)\{0,1\}$/\1 \3 \4/p' "$1"
}

# want_status EXPECTED STRICT - the exit status `check` must give.
want_status() {
	if grep -q '^[0-9]* error ' "$1"; then
		echo 1
	elif [ "$2" = strict ] && grep -q '^[0-9]* warning ' "$1"; then
		echo 1
	else
		echo 0
	fi
}

# run_trigger FLAVOUR BIN XML EXPECTED
run_trigger() {
	name="$3 ($1)"
	problems=""
	"$2" check --lang en "$3" >"$tmp/out" 2>"$tmp/err"
	status=$?
	grep -v '^> ' "$4" >"$tmp/want"
	findings "$tmp/err" >"$tmp/got"
	if ! same "$tmp/want" "$tmp/got"; then
		problems="$problems findings differ;"
		sed 's/^/#   /' "$tmp/err"
	fi
	[ "$status" -eq "$(want_status "$tmp/want")" ] || problems="$problems exit status $status;"
	[ -s "$tmp/out" ] && problems="$problems output on stdout;"
	grep '^> ' "$4" | sed 's/^> //' | while IFS= read -r text; do
		grep -qF -- "$text" "$tmp/err" || echo "missing text: $text"
	done >"$tmp/missing"
	if [ -s "$tmp/missing" ]; then
		problems="$problems expected text missing;"
		note "$(cat "$tmp/missing")"
		sed 's/^/#   /' "$tmp/err"
	fi
	if [ "$1" = release ]; then
		"$2" check --strict --lang en "$3" >/dev/null 2>&1
		status=$?
		[ "$status" -eq "$(want_status "$tmp/want" strict)" ] ||
			problems="$problems --strict exit status $status;"
		"$2" check "$3" >/dev/null 2>"$tmp/err.nl"
		findings "$tmp/err.nl" >"$tmp/got.nl"
		same "$tmp/got" "$tmp/got.nl" || problems="$problems Dutch findings differ;"
		cmp -s "$tmp/err" "$tmp/err.nl" && problems="$problems Dutch messages are English;"
	fi
	if [ -z "$problems" ]; then
		ok "$name gives $(tr '\n' ' ' <"$tmp/want" | sed 's/ $//')"
	else
		fail "$name:$problems"
	fi
}

# run_clean FLAVOUR BIN XML
run_clean() {
	"$2" check --strict "$3" >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ "$status" -eq 0 ] && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]; then
		ok "$3 ($1) is clean"
	else
		fail "$3 ($1) is not clean (exit status $status)"
		sed 's/^/#   /' "$tmp/err" | head -20
	fi
}

for flavour in $flavours; do
	if [ $flavour = release ]; then bin=$B/privicon; else bin=$B/asan/privicon; fi
	if [ ! -x "$bin" ]; then
		fail "$bin is missing (make B=$B check-build)"
		continue
	fi
	run_clean $flavour "$bin" tests/rules/template.xml
	for dir in tests/rules/*/; do
		dir=${dir%/}
		for xml in "$dir"/trigger*.xml; do
			[ -f "$xml" ] || continue
			suffix=$(basename "$xml" .xml)
			suffix=${suffix#trigger}
			if [ ! -f "$dir/expected$suffix" ]; then
				fail "$xml has no $dir/expected$suffix"
				continue
			fi
			run_trigger $flavour "$bin" "$xml" "$dir/expected$suffix"
		done
		for xml in "$dir"/clean*.xml; do
			[ -f "$xml" ] || continue
			run_clean $flavour "$bin" "$xml"
		done
	done
done

# Every rule in the catalogue has its trigger, with the catalogue's severity.
if [ -x "$B/privicon" ]; then
	"$B/privicon" rules --lang en >"$tmp/rules" 2>&1 || fail "privicon rules failed"
	n=0
	grep -v '^ ' "$tmp/rules" >"$tmp/rules.ids"
	while read -r id severity rest; do
		# The loader's ids (tests/cases) and the ids of the other commands
		# (their own suites: render.sh, html.sh, opendata.sh, tests/diff).
		case $id in file | xml-syntax | xml-unsafe | schema | render | layout-overflow | \
			font-missing | pdf-language | theme | theme-token | export | json-syntax | \
			json-shape | version-not-raised | not-rule-checked) continue ;;
			import-*) continue ;; # tests/import.sh and test_import
			esac
		n=$((n + 1))
		exp=tests/rules/$id/expected
		if [ ! -f "tests/rules/$id/trigger.xml" ] || [ ! -f "$exp" ] ||
			[ ! -f "tests/rules/$id/clean.xml" ]; then
			fail "rule $id has tests/rules/$id/trigger.xml, expected and clean.xml"
		elif ! grep -q "^[0-9]* $severity $id\$" "$exp"; then
			fail "tests/rules/$id/expected has $id as $severity (the catalogue's severity)"
		else
			ok "rule $id ($severity) has a trigger and a clean register"
		fi
	done <"$tmp/rules.ids"
	[ "$n" -gt 0 ] || fail "privicon rules lists no rules"
fi

# The derived Selectielijst table is reproducible.
if command -v jq >/dev/null 2>&1; then
	if sh tools/derive-selectielijst.sh data/selectielijst-2020/resultaten.json "$tmp/sl.tsv" &&
		same data/selectielijst-2020.tsv "$tmp/sl.tsv"; then
		ok "data/selectielijst-2020.tsv is what tools/derive-selectielijst.sh derives"
	else
		fail "data/selectielijst-2020.tsv differs from what tools/derive-selectielijst.sh derives"
	fi
else
	note "jq is not installed: the derived Selectielijst table is not re-derived"
fi

lib_finish
