#!/bin/sh
# killtest.sh - output files are never partial, never misplaced, and the
# input is never touched (issue 7, "Files"):
#
#   1. kill -9 at a random moment: the full example register is rendered
#      (svg, png, pdf) into a directory that already holds a complete
#      render, and killed KILL_ROUNDS times (default 15) at a random
#      moment: odd rounds anywhere within the measured run time, even
#      rounds while it writes (after a random number of its files has
#      appeared, so the machine's load cannot shift the moment out of the
#      write phase). After each kill every output must be complete: each
#      PNG ends with the IEND chunk, each SVG is well-formed (xmllint),
#      the PDF ends with %%EOF, no output is missing. A kill can leave the temporary file it was writing:
#      hidden and ending in .tmp (.NAME.tmp for an output NAME), never an
#      output's name, at most one per output however many runs were
#      killed; the next run that writes NAME removes it.
#   2. Every command that writes a file (render, icons, html, export,
#      import, check -o, diff -o) writes a temporary file in the target's
#      directory and renames it into place, never the target itself
#      (checked with strace).
#   3. No output path leaves the output directory: an activity id that
#      would name ../ (let in by a permissive --schema) is refused, and a
#      symbolic link in the output directory is replaced, not written
#      through.
#   4. A missing or unusable output directory (a path through a regular
#      file: as root, permissions do not stop writes) gives a clear message
#      and exit 2 and writes nothing.
#   5. The input is never modified, and a read-only input (mode 444) works;
#      an output aimed at an input (-o register.xml register.xml) is
#      refused.
#   6. A stale temporary file is removed by the next run; one still locked
#      by a live writer makes a second writer wait, then give up (exit 2).
. "$(dirname "$0")/lib.sh"

bin=$top/$B/privicon
reg=$top/examples/register.xml
small=$top/examples/minimal.xml
rounds=${KILL_ROUNDS:-15}

if [ ! -x "$bin" ]; then
	fail "killtest: $bin is missing (make)"
	lib_finish
	exit
fi
if ! command -v xmllint >/dev/null 2>&1; then
	fail "killtest: xmllint is missing (make test-deps installs libxml2-utils)"
	lib_finish
	exit
fi

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

# rand N - a random number in [0, N)
rand() {
	r=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
	echo $((r % $1))
}

# complete DIR - checks every output in DIR; prints problems, one a line
complete() {
	for f in "$1"/*; do
		[ -e "$f" ] || continue
		case $f in
		*.png)
			# The last 12 bytes of a PNG are the IEND chunk: length 0,
			# "IEND", its CRC.
			[ "$(tail -c 12 "$f" | od -An -tx1 | tr -d ' \n')" = \
				0000000049454e44ae426082 ] || echo "incomplete PNG: ${f##*/}"
			;;
		*.svg)
			xmllint --noout --nonet "$f" 2>/dev/null || echo "malformed SVG: ${f##*/}"
			;;
		*.pdf)
			tail -c 16 "$f" | grep -q '%%EOF' || echo "incomplete PDF: ${f##*/}"
			;;
		*)
			echo "unexpected file: ${f##*/}"
			;;
		esac
	done
}

# ---- 1. kill -9 at a random moment -------------------------------------
out=$tmp/out
mkdir "$out"
# The previous render is in English, the new ones in Dutch: a kill then
# leaves a mix of old and new files, each of which must be complete.
if ! "$bin" render --lang en -o "$out" "$reg" >/dev/null 2>"$tmp/err"; then
	fail "killtest: the first render failed"
	note "$(cat "$tmp/err")"
fi
(cd "$out" && ls -A) | sort >"$tmp/expected"
# A timed complete run: its length, and when it starts writing (render
# renders everything in memory first, then writes file after file): the
# oldest modification time among its files.
start=$(now_ms)
"$bin" render -o "$tmp/timing" "$reg" >/dev/null 2>&1
end=$(now_ms)
run=$((end - start))
first=$(stat -c %.3Y "$tmp/timing"/* | sort -n | head -1 | tr -d .)
last=$(stat -c %.3Y "$tmp/timing"/* | sort -n | tail -1 | tr -d .)
note "a complete render takes $run ms; it writes its files from $((first - start)) ms on, for $((last - first)) ms"
"$bin" render --lang en -o "$out" "$reg" >/dev/null 2>&1

i=1
bad=0
killed=0
midway=0
total=$(grep -cv '^\.' "$tmp/expected")
while [ "$i" -le "$rounds" ]; do
	touch "$tmp/marker"
	sleep 0.01 # a file written after this is newer than the marker
	"$bin" render -o "$out" "$reg" >/dev/null 2>&1 &
	pid=$!
	if [ $((i % 2)) -eq 1 ]; then
		# Odd rounds: any moment of the run.
		delay=$(rand $((run + 1)))
		when="after $delay ms"
	else
		# Even rounds: while it writes, once k of its files (k random)
		# have been replaced.
		k=$(($(rand "$total") + 1))
		while kill -0 "$pid" 2>/dev/null &&
			[ "$(find "$out" -type f -newer "$tmp/marker" ! -name '.*' | wc -l)" -lt "$k" ]; do
			sleep 0.001
		done
		delay=0
		when="after $k new files"
	fi
	sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
	if kill -9 "$pid" 2>/dev/null; then
		killed=$((killed + 1))
	fi
	wait "$pid" 2>/dev/null
	problems=$(complete "$out")
	replaced=$(find "$out" -type f -newer "$tmp/marker" ! -name '.*' | wc -l)
	if [ "$replaced" -gt 0 ] && [ "$replaced" -lt "$total" ]; then
		midway=$((midway + 1))
	fi
	outputs=$(cd "$out" && ls | sort)
	temps=$(cd "$out" && ls -A | grep '^\.' || true)
	if [ "$outputs" != "$(grep -v '^\.' "$tmp/expected")" ]; then
		problems="$problems
outputs missing or added: $(printf '%s\n' "$outputs" | diff "$tmp/expected" - | grep '^[<>]' | tr '\n' ' ')"
	fi
	# Each temporary file is .NAME.tmp for an output NAME: one per
	# target at most, whatever number of runs were killed.
	for t in $temps; do
		name=${t#.}
		name=${name%.tmp}
		if [ "$t" != ".$name.tmp" ] || ! grep -qx "$name" "$tmp/expected"; then
			problems="$problems
temporary file not as promised: $t"
		fi
	done
	if [ -n "$(printf '%s' "$problems" | tr -d '\n')" ]; then
		bad=$((bad + 1))
		note "round $i (killed $when):" "$problems"
	else
		note "round $i: killed $when, $replaced of $total files new; all complete${temps:+; left $temps}"
	fi
	i=$((i + 1))
done
if [ "$bad" -eq 0 ]; then
	ok "killtest: $rounds rounds ($killed killed while running, $midway of them half-way through writing), every output complete"
else
	fail "killtest: $bad of $rounds rounds left a partial, missing or stray file"
fi
# A complete run afterwards removes what a kill left behind.
"$bin" render -o "$out" "$reg" >/dev/null 2>&1
left=$(cd "$out" && ls -A | grep '^\.' || true)
problems=$(complete "$out")
if [ -z "$left" ] && [ -z "$problems" ] &&
	[ "$(cd "$out" && ls -A | sort)" = "$(cat "$tmp/expected")" ]; then
	ok "killtest: the next complete run leaves exactly the outputs, no temporary file"
else
	fail "killtest: after a complete run: ${left:+left $left }$problems"
fi

# ---- 2. every writer goes through a temporary file and rename -----------
# atomic NAME TARGET COMMAND... - runs COMMAND under strace; TARGET must
# never be opened for writing, and must be the new name of a rename from
# a hidden .tmp file in its own directory.
atomic() {
	name=$1
	target=$2
	shift 2
	if ! strace -f -qq -e trace=open,openat,creat,rename,renameat,renameat2 \
		-o "$tmp/strace.log" "$@" >/dev/null 2>"$tmp/err"; then
		fail "atomic writes: $name failed"
		note "$(head -5 "$tmp/err")"
		return
	fi
	base=${target##*/}
	if grep -E "open(at)?\(.*\"[^\"]*/?$base\", O_[A-Z_|]*(O_WRONLY|O_RDWR)" "$tmp/strace.log" |
		grep -v "\.$base\.tmp\"" | grep -q .; then
		fail "atomic writes: $name opens $base itself for writing"
		grep -E "\"[^\"]*$base\"" "$tmp/strace.log" | head -5 | sed 's/^/# /'
	elif grep -E "rename(at2?)?\(.*\"([^\"]*/)?\.$base\.tmp\".*\"([^\"]*/)?$base\"" \
		"$tmp/strace.log" | grep -q .; then
		ok "atomic writes: $name writes .$base.tmp and renames it"
	else
		fail "atomic writes: $name does not rename a temporary file onto $base"
		grep -E "$base" "$tmp/strace.log" | head -5 | sed 's/^/# /'
	fi
}
if ! command -v strace >/dev/null 2>&1 || ! strace -qq -o /dev/null true 2>/dev/null; then
	fail "atomic writes: strace is missing or cannot trace here (make test-deps installs it)"
else
	mkdir "$tmp/w"
	atomic "render" "$tmp/w/r/register.pdf" "$bin" render -o "$tmp/w/r" "$small"
	atomic "render (sheet)" "$tmp/w/r/overview.png" "$bin" render -o "$tmp/w/r" "$small"
	atomic "icons" "$tmp/w/i/privicon-sprite.svg" "$bin" icons --format svg -o "$tmp/w/i"
	atomic "html" "$tmp/w/page.html" "$bin" html -o "$tmp/w/page.html" "$small"
	atomic "export" "$tmp/w/register.json" "$bin" export -o "$tmp/w/register.json" "$small"
	atomic "import" "$tmp/w/back.xml" "$bin" import -o "$tmp/w/back.xml" "$tmp/w/register.json"
	atomic "check -o" "$tmp/w/report.txt" "$bin" check -o "$tmp/w/report.txt" "$small"
	"$bin" diff -o "$tmp/w/diff.txt" "$small" "$small" >/dev/null 2>&1
	atomic "diff -o" "$tmp/w/diff.txt" "$bin" diff -o "$tmp/w/diff.txt" "$small" "$small"
	left=$(find "$tmp/w" -name '*.tmp')
	if [ -z "$left" ]; then
		ok "atomic writes: no temporary file left after complete runs"
	else
		fail "atomic writes: temporary files left: $left"
	fi
fi

# ---- 3. no output path leaves the output directory ----------------------
mkdir -p "$tmp/esc/a/b"
# A schema that lets any id through, and an activity id that climbs out.
sed 's|<xs:pattern value="\[a-z0-9\](\[a-z0-9\\-\]{0,62}\[a-z0-9\])?"/>|<xs:pattern value=".*"/>|' \
	schemas/register.xsd >"$tmp/esc/permissive.xsd"
sed 's/id="bibliotheekpas"/id="..\/..\/escaped"/' "$small" >"$tmp/esc/crafted.xml"
if cmp -s schemas/register.xsd "$tmp/esc/permissive.xsd" ||
	! grep -q 'id="\.\./\.\./escaped"' "$tmp/esc/crafted.xml"; then
	fail "path escape: could not craft the test input (schema or example changed?)"
elif ! "$bin" check --schema "$tmp/esc/permissive.xsd" "$tmp/esc/crafted.xml" >/dev/null 2>&1; then
	fail "path escape: the permissive schema did not let the crafted id through"
else
	"$bin" render --schema "$tmp/esc/permissive.xsd" -o "$tmp/esc/a/b/out" \
		"$tmp/esc/crafted.xml" >"$tmp/esc/stdout" 2>"$tmp/esc/stderr"
	status=$?
	escaped=$(find "$tmp/esc" -name 'escaped*')
	if [ "$status" -eq 2 ] && [ -z "$escaped" ] && [ ! -s "$tmp/esc/stdout" ] &&
		grep -q 'escaped' "$tmp/esc/stderr"; then
		ok "path escape: an activity id '../../escaped' is refused (exit 2), nothing written"
	else
		fail "path escape: status $status, written: ${escaped:-nothing}"
		note "$(cat "$tmp/esc/stderr")"
	fi
fi
# A symbolic link where an output goes is replaced, not followed.
mkdir "$tmp/link"
echo "not privicon's" >"$tmp/victim"
ln -s "$tmp/victim" "$tmp/link/overview.svg"
"$bin" render -o "$tmp/link" "$small" >/dev/null 2>&1
if [ "$(cat "$tmp/victim")" = "not privicon's" ] && [ ! -L "$tmp/link/overview.svg" ] &&
	xmllint --noout "$tmp/link/overview.svg" 2>/dev/null; then
	ok "path escape: a symbolic link in the output directory is replaced, its target untouched"
else
	fail "path escape: render wrote through a symbolic link in the output directory"
fi

# ---- 4. missing or unusable output directory ------------------------------
echo "a regular file" >"$tmp/file"
# unusable NAME COMMAND... - must exit 2 with one clear line on stderr
# that names the path, and create nothing
unusable() {
	name=$1
	shift
	before=$(find "$tmp" | sort)
	"$@" >"$tmp/u.out" 2>"$tmp/u.err"
	status=$?
	after=$(find "$tmp" -path "$tmp/u.out" -prune -o -path "$tmp/u.err" -prune -o -print | sort)
	before=$(printf '%s\n' "$before" | grep -v -e "^$tmp/u.out\$" -e "^$tmp/u.err\$")
	if [ "$status" -eq 2 ] && grep -q '^privicon' "$tmp/u.err" &&
		grep -q -e "$tmp/file" -e "$tmp/missing" "$tmp/u.err" && [ "$before" = "$after" ]; then
		ok "unusable output: $name: exit 2, $(head -1 "$tmp/u.err" | sed "s|$tmp/||g")"
	else
		fail "unusable output: $name: status $status"
		note "$(cat "$tmp/u.err")"
		[ "$before" = "$after" ] || note "files were created"
	fi
}
unusable "render -o FILE/sub" "$bin" render -o "$tmp/file/sub" "$small"
unusable "render -o MISSING/sub" "$bin" render -o "$tmp/missing/sub" "$small"
unusable "icons -o FILE/sub" "$bin" icons --format svg -o "$tmp/file/sub"
unusable "html -o FILE/page.html" "$bin" html -o "$tmp/file/page.html" "$small"
unusable "html -o MISSING/page.html" "$bin" html -o "$tmp/missing/page.html" "$small"
unusable "export -o FILE/x.json" "$bin" export -o "$tmp/file/x.json" "$small"
unusable "check -o FILE/report" "$bin" check -o "$tmp/file/report" "$small"
unusable "diff -o MISSING/report" "$bin" diff -o "$tmp/missing/report" "$small" "$small"

# ---- 5. the input is never modified; a read-only input works -------------
mkdir "$tmp/ro"
cp "$small" "$tmp/ro/register.xml"
cp "$reg" "$tmp/ro/full.xml"
chmod 444 "$tmp/ro/register.xml" "$tmp/ro/full.xml"
sums=$(cd "$tmp/ro" && cksum register.xml full.xml)
ro_ok=1
for cmd in "check register.xml" "render -o r register.xml" "html -o page.html register.xml" \
	"export -o x.json register.xml" "export --format jsonld register.xml" \
	"diff register.xml full.xml"; do
	# shellcheck disable=SC2086
	(cd "$tmp/ro" && "$bin" $cmd >/dev/null 2>"$tmp/ro.err")
	status=$?
	case $cmd in diff*) want=1 ;; *) want=0 ;; esac
	if [ "$status" -ne "$want" ]; then
		ro_ok=0
		note "privicon $cmd on a read-only input: status $status" "$(cat "$tmp/ro.err")"
	fi
done
if [ "$ro_ok" -eq 1 ]; then
	ok "read-only input (mode 444): check, render, html, export, diff work"
else
	fail "read-only input (mode 444): a command failed"
fi
if [ "$(cd "$tmp/ro" && cksum register.xml full.xml)" = "$sums" ] &&
	[ "$(stat -c %a "$tmp/ro/register.xml")" = 444 ]; then
	ok "the input is never modified (same checksums and mode after every command)"
else
	fail "an input file changed"
fi

# An output aimed at the input itself (a slip of the keyboard) is refused
# before anything is written: the input stays.
mkdir "$tmp/same"
cp "$small" "$tmp/same/register.xml"
ln -s register.xml "$tmp/same/link.xml"
same_ok=1
for cmd in "check -o register.xml register.xml" "export -o register.xml register.xml" \
	"html -o register.xml register.xml" "diff -o register.xml register.xml register.xml" \
	"check -o link.xml register.xml"; do
	# shellcheck disable=SC2086
	(cd "$tmp/same" && "$bin" $cmd >/dev/null 2>"$tmp/same.err")
	status=$?
	if [ "$status" -ne 2 ] || ! cmp -s "$small" "$tmp/same/register.xml" ||
		! grep -q 'invoerbestand' "$tmp/same.err" || [ ! -L "$tmp/same/link.xml" ]; then
		same_ok=0
		note "privicon $cmd: status $status" "$(cat "$tmp/same.err")"
		cp "$small" "$tmp/same/register.xml"
	fi
done
if [ "$same_ok" -eq 1 ]; then
	ok "an output onto the input itself (also through a link) is refused, exit 2, input intact"
else
	fail "an output onto the input itself replaced or harmed it"
fi

# ---- 6. stale and live temporary files ----------------------------------
mkdir "$tmp/stale"
"$bin" render --format svg -o "$tmp/stale" "$small" >/dev/null 2>&1
printf 'half a file' >"$tmp/stale/.overview.svg.tmp"
"$bin" render --format svg -o "$tmp/stale" "$small" >/dev/null 2>&1
if [ ! -e "$tmp/stale/.overview.svg.tmp" ] && xmllint --noout "$tmp/stale/overview.svg" 2>/dev/null; then
	ok "stale temporary file: removed by the next run"
else
	fail "stale temporary file: still there after the next run"
fi
if command -v flock >/dev/null 2>&1; then
	# Another writer holds the lock on the temporary file for 5 s.
	: >"$tmp/stale/.overview.svg.tmp"
	flock "$tmp/stale/.overview.svg.tmp" sleep 5 &
	holder=$!
	sleep 0.3
	before=$(cksum <"$tmp/stale/overview.svg")
	"$bin" render --format svg -o "$tmp/stale" "$small" >/dev/null 2>"$tmp/lock.err"
	status=$?
	after=$(cksum <"$tmp/stale/overview.svg")
	kill "$holder" 2>/dev/null
	wait "$holder" 2>/dev/null
	if [ "$status" -eq 2 ] && [ "$before" = "$after" ] && grep -q 'overview.svg' "$tmp/lock.err"; then
		ok "live temporary file: a second writer gives up (exit 2), the output untouched"
	else
		fail "live temporary file: status $status"
		note "$(cat "$tmp/lock.err")"
	fi
else
	fail "live temporary file: flock(1) is missing (util-linux)"
fi
lib_finish
