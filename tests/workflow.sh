#!/bin/sh
# workflow.sh - the officer's editing loop and progress (issue 16):
#   render --activity ID (repeatable) writes only those sheets, the same
#   bytes as a full render; an unknown id is a usage error that lists the
#   ids and writes nothing; progress shows on a terminal only, never in a
#   log or in CI.
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
else
	fail "workflow: script (util-linux) is missing, cannot test progress on a terminal"
fi
lib_finish
