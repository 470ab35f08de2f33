#!/bin/sh
# workflow.sh - the officer's editing loop and progress (issue 16):
#   render --activity ID (repeatable) writes only those sheets, the same
#   bytes as a full render; an unknown id is a usage error that lists the
#   ids and writes nothing; progress (render, site) shows on a terminal
#   only, never in a log or in CI.
. "$(dirname "$0")/lib.sh"

bin=$B/privicon
ex=examples/register.xml

"$bin" render --jobs 2 -o "$tmp/all" "$ex" >/dev/null 2>&1
"$bin" render -a wmo-ondersteuning --activity bijstand -o "$tmp/two" "$ex" >"$tmp/two.out" 2>"$tmp/two.err"
status=$?
files=$(cd "$tmp/two" 2>/dev/null && ls | tr '\n' ' ')
if [ $status -eq 0 ] && [ "$files" = "bijstand.png bijstand.svg wmo-ondersteuning.png wmo-ondersteuning.svg " ]; then
	ok "render --activity (twice) writes exactly those two sheets, no overview or PDF"
else
	fail "render --activity: status $status, files: $files"
	note "$(cat "$tmp/two.err")"
fi
same_bytes=1
for f in bijstand.png bijstand.svg wmo-ondersteuning.png wmo-ondersteuning.svg; do
	cmp -s "$tmp/all/$f" "$tmp/two/$f" || same_bytes=0
done
[ $same_bytes = 1 ] && ok "render --activity: the same bytes as in a full render" ||
	fail "render --activity: sheets differ from a full render"
[ "$(wc -l <"$tmp/two.out")" -eq 4 ] && ok "render --activity prints the four files it wrote" ||
	fail "render --activity printed: $(cat "$tmp/two.out")"

"$bin" render --lang en --activity parkeervergunnig -o "$tmp/none" "$ex" >/dev/null 2>"$tmp/none.err"
status=$?
if [ $status -eq 2 ] && [ ! -e "$tmp/none" ] && grep -q "no activity with id 'parkeervergunnig'" "$tmp/none.err" &&
	grep -q "parkeervergunning" "$tmp/none.err"; then
	ok "render --activity with an unknown id: status 2, the ids listed, nothing written"
else
	fail "render --activity unknown id: status $status"
	note "$(cat "$tmp/none.err")"
fi
"$bin" render --format pdf --activity bijstand -o "$tmp/pdf" "$ex" >/dev/null 2>&1
[ $? -eq 2 ] && [ ! -e "$tmp/pdf" ] && ok "render --activity --format pdf is a usage error" ||
	fail "render --activity --format pdf is accepted"

# ---- progress ---------------------------------------------------------
cr=$(printf '\r')
"$bin" render -o "$tmp/log" "$ex" >/dev/null 2>"$tmp/log.err"
if grep -q "$cr" "$tmp/log.err"; then
	fail "render writes progress into a log (stderr is no terminal)"
else
	ok "render writes no progress when stderr is no terminal"
fi
if command -v script >/dev/null 2>&1; then
	env -u CI TERM=xterm script -qec "$bin render --format svg -o $tmp/tty $ex" /dev/null >"$tmp/tty.log" 2>&1
	if grep -q "$cr\?[0-9]*/[0-9]*" "$tmp/tty.log" && grep -q '/20' "$tmp/tty.log"; then
		ok "render shows n/N progress on a terminal"
	else
		fail "render shows no progress on a terminal"
		note "$(od -c "$tmp/tty.log" | head -5)"
	fi
	CI=true TERM=xterm script -qec "$bin render --format svg -o $tmp/ci $ex" /dev/null >"$tmp/ci.log" 2>&1
	if grep -q '/20' "$tmp/ci.log"; then
		fail "render shows progress in CI (CI=true)"
	else
		ok "render shows no progress in CI, even on a terminal"
	fi
	# site: one step per sheet, both languages (minimal.xml: 1 activity
	# and the overview, so 4 in all)
	env -u CI TERM=xterm script -qec "$bin site -o $tmp/site-tty examples/minimal.xml" /dev/null >"$tmp/site-tty.log" 2>&1
	if grep -q '1/4' "$tmp/site-tty.log" && grep -q '4/4' "$tmp/site-tty.log"; then
		ok "site shows n/N progress on a terminal"
	else
		fail "site shows no progress on a terminal"
		note "$(od -c "$tmp/site-tty.log" | head -5)"
	fi
	CI=true TERM=xterm script -qec "$bin site -o $tmp/site-ci examples/minimal.xml" /dev/null >"$tmp/site-ci.log" 2>&1
	grep -q '/4' "$tmp/site-ci.log" && fail "site shows progress in CI (CI=true)" ||
		ok "site shows no progress in CI, even on a terminal"
else
	fail "workflow: script (util-linux) is missing, cannot test progress on a terminal"
fi
"$bin" site -o "$tmp/site-log" examples/minimal.xml >/dev/null 2>"$tmp/site-log.err"
grep -q "$cr" "$tmp/site-log.err" && fail "site writes progress into a log (stderr is no terminal)" ||
	ok "site writes no progress when stderr is no terminal"
# ---- diff in pipelines ------------------------------------------------
ex_old=examples/register.xml
# one material change, in the first activity (melding-openbare-ruimte)
sed '0,/<subject kind="residents"\/>/s//<subject kind="residents"\/><subject kind="children"\/>/' "$ex_old" >"$tmp/material.xml"
"$bin" diff --lang en - "$tmp/material.xml" <"$ex_old" >"$tmp/stdin.out" 2>&1
s_stdin=$?
bash -c "'$bin' diff --lang en --old-label main:register.xml <(cat '$ex_old') '$tmp/material.xml'" >"$tmp/ps.out" 2>&1
s_ps=$?
if [ $s_stdin -eq 3 ] && [ $s_ps -eq 3 ] && cmp -s "$tmp/stdin.out" "$tmp/ps.out"; then
	ok "diff reads OLD from - and from a pipe (<(git show ...)) alike"
else
	fail "diff from - (status $s_stdin) or a pipe (status $s_ps)"
	note "$(head -3 "$tmp/ps.out")"
fi
if grep -q '^Reporting a problem in a public space (melding-openbare-ruimte): new group of people: children \[material\]' "$tmp/stdin.out"; then
	ok "diff text names the activity id next to its name"
else
	fail "diff text lacks the activity id"
	note "$(head -2 "$tmp/stdin.out")"
fi
"$bin" diff --format json --old-label main:register.xml --new-label mr:register.xml - "$tmp/material.xml" <"$ex_old" >"$tmp/labels.json" 2>/dev/null
if grep -q '"old": "main:register.xml"' "$tmp/labels.json" && grep -q '"new": "mr:register.xml"' "$tmp/labels.json" &&
	grep -q '"file": "mr:register.xml"' "$tmp/labels.json" && ! grep -q "$tmp" "$tmp/labels.json"; then
	ok "diff --old-label/--new-label name the registers; no temporary path in the report"
else
	fail "diff labels are not used"
fi
sed 's/kind="residents"/kind="inwoners"/' "$ex_old" >"$tmp/broken.xml"
"$bin" diff --lang en --old-label main:register.xml "$tmp/broken.xml" "$ex_old" >"$tmp/base.out" 2>"$tmp/base.err"
s_base=$?
if [ $s_base -eq 1 ] && grep -q 'The base register main:register.xml could not be read' "$tmp/base.out" &&
	grep -q 'new activity' "$tmp/base.out" && grep -q '^main:register.xml:[0-9]*: error' "$tmp/base.err"; then
	ok "diff: a broken OLD does not block a good NEW (status 1, base unreadable said, NEW judged alone)"
else
	fail "diff with a broken OLD: status $s_base"
	note "$(head -3 "$tmp/base.out")"
fi
"$bin" diff "$ex_old" "$tmp/broken.xml" >/dev/null 2>&1
[ $? -eq 2 ] && ok "diff: a broken NEW is still trouble (status 2)" || fail "diff: a broken NEW is not status 2"
v=$(grep -o '<activity id="melding-openbare-ruimte" version="[0-9]*"' "$ex_old" | grep -o '[0-9]*"$' | tr -d '"')
sed "s/<activity id=\"melding-openbare-ruimte\" version=\"$v\"/<activity id=\"melding-openbare-ruimte\" version=\"$((v + 1))\"/" "$tmp/material.xml" >"$tmp/raised.xml"
"$bin" diff "$ex_old" "$tmp/raised.xml" >"$tmp/raised.out" 2>&1
s_raised=$?
if [ $s_raised -eq 1 ] && ! grep -q 'version-not-raised' "$tmp/raised.out"; then
	ok "diff: a material change with its version raised is status 1 (sign-off), one without is status 3"
else
	fail "diff exit status for a raised version: $s_raised"
fi
# ---- diff: one language edited, old and new text in markdown ------------
perl -pe 's/een losse stoeptegel of ander probleem op straat/een losse `stoeptegel` of &lt;b&gt;ander&lt;\/b&gt; probleem op straat/ if /een losse stoeptegel of ander/ && !$done++' "$ex_old" >"$tmp/nl-only.xml"
"$bin" diff --lang en "$ex_old" "$tmp/nl-only.xml" >"$tmp/nl-only.out" 2>&1
s_nl=$?
if [ $s_nl -eq 0 ] &&
	grep -q '^Reporting a problem in a public space (melding-openbare-ruimte): summary: only the Dutch text was edited, not the English one\. Does the English text still say the same? \[editorial\]' "$tmp/nl-only.out"; then
	ok "diff flags a text edited in Dutch only (editorial, status 0)"
else
	fail "diff does not flag a Dutch-only edit: status $s_nl"
	note "$(head -3 "$tmp/nl-only.out")"
fi
"$bin" diff "$ex_old" "$tmp/nl-only.xml" 2>&1 | grep -q 'alleen de Nederlandse tekst is gewijzigd, de Engelse niet' &&
	ok "diff says it in Dutch too" || fail "diff: no Dutch message for a one-language edit"
sed '0,/een losse stoeptegel/s//een losse tegel/; 0,/a loose paving stone/s//a loose tile/' "$ex_old" >"$tmp/both.xml"
"$bin" diff --lang en "$ex_old" "$tmp/both.xml" >"$tmp/both.out" 2>&1
grep -q 'only the' "$tmp/both.out" && fail "diff flags a text edited in both languages as one-language" ||
	ok "diff does not flag a text edited in both languages"
"$bin" diff --lang en --format markdown "$ex_old" "$tmp/nl-only.xml" >"$tmp/nl-only.md" 2>&1
if grep -q '^<details><summary>Old and new text: summary (nl) edited</summary>$' "$tmp/nl-only.md" &&
	grep -q '^```diff$' "$tmp/nl-only.md" &&
	grep -q '^- U meldt een kapotte lantaarnpaal, een losse stoeptegel of ander probleem' "$tmp/nl-only.md" &&
	grep -q '^+ U meldt een kapotte lantaarnpaal, een losse `stoeptegel` of <b>ander</b> probleem' "$tmp/nl-only.md" &&
	grep -q '^</details>$' "$tmp/nl-only.md"; then
	ok "diff markdown shows the old and the new text of an edited text (folded diff block)"
else
	fail "diff markdown lacks the old and new text"
	note "$(grep -n -A6 'details' "$tmp/nl-only.md" | head -12)"
fi
# A text holding a fence cannot end the block: the fence is longer.
sed '0,/een losse stoeptegel/s//een ``````losse stoeptegel/' "$ex_old" >"$tmp/fence.xml"
"$bin" diff --format markdown "$ex_old" "$tmp/fence.xml" >"$tmp/fence.md" 2>&1
grep -q '^```````diff$' "$tmp/fence.md" && ok "diff markdown: the fence outgrows the backticks in a text" ||
	fail "diff markdown: a text with backticks can end the code block"
# ---- make check says which suite runs --------------------------------------
SUITES="tests/docs.sh test_util" sh tests/run.sh "$B" --quick >"$tmp/run.out" 2>"$tmp/run.err"
status=$?
announced=$(grep -c '^== ' "$tmp/run.err")
if [ $status -eq 0 ] && [ "$announced" -eq 2 ] && grep -q "^== $B/unit/test_util ([0-9]* s)\$" "$tmp/run.err" &&
	grep -q '^== tests/docs.sh ([0-9]* s)$' "$tmp/run.err" && grep -q ' passed, 0 failed$' "$tmp/run.out"; then
	ok "tests/run.sh (make check) names each unit test and suite as it runs it, with its time; SUITES picks them"
else
	fail "tests/run.sh does not announce its suites: status $status"
	note "$(cat "$tmp/run.err")"
fi
lib_finish
