#!/bin/sh
# render.sh - `privicon render` and `privicon icons` through the CLI
# ($B/privicon and $B/asan/privicon) on examples/register.xml:
#   - the files written and printed, in both languages;
#   - PNG sizes per scale; PDF pages, A4 size, language and title
#     (pdfinfo, from poppler-utils, when installed);
#   - every SVG well-formed (xmllint) and drawable (rsvg-convert), its ids
#     prefixed so no two sheets share one;
#   - the same bytes on a second run (SOURCE_DATE_EPOCH set);
#   - nothing written when the register has errors, exit statuses for a
#     bad option or an unusable output directory;
#   - --jobs N: the same files, stdout and stderr as --jobs 1 (release and
#     sanitizer builds), also when a sheet fails; bad values refused;
#   - the icon set: an SVG per icon, PNGs per size, the sprite.
. "$(dirname "$0")/lib.sh"

ex=examples/register.xml
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH

# png_size FILE - "WIDTH HEIGHT" from the PNG's IHDR chunk.
png_size() {
	od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%d %d\n", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

n_act=$(grep -c '<activity ' "$ex")

for flavour in $flavours; do
	bin=$B/privicon
	[ $flavour = asan ] && bin=$B/asan/privicon
	if [ ! -x "$bin" ]; then
		fail "$bin is built"
		continue
	fi
	out=$tmp/$flavour
	mkdir "$out" # the parent of -o DIR must exist; DIR itself is created
	# ---- render, Dutch ----
	"$bin" render -o "$out/nl" "$ex" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	files=$(find "$out/nl" -type f | wc -l)
	printed=$(wc -l <"$tmp/stdout")
	if [ $status -eq 0 ] && [ "$files" -eq $((2 * n_act + 3)) ] && [ "$printed" -eq "$files" ]; then
		ok "render ($flavour) writes and prints $files files for $n_act activities"
	else
		fail "render ($flavour): status $status, $files files, $printed printed"
		note "$(cat "$tmp/stderr")"
	fi
	missing=0
	while IFS= read -r path; do
		[ -s "$path" ] || missing=$((missing + 1))
	done <"$tmp/stdout"
	[ $missing -eq 0 ] && [ -s "$tmp/stdout" ] && ok "render ($flavour): every printed path is a written file" ||
		fail "render ($flavour): $missing printed paths are missing"
	[ -d "$out/nl" ] && [ -z "$(find "$out/nl" -name '.*')" ] && ok "render ($flavour) leaves no temporary files" ||
		fail "render ($flavour) left temporary files"

	# ---- --jobs: the same files, the same output, for every N ----
	"$bin" render --jobs 1 -o "$out/j1" "$ex" >"$tmp/j1.out" 2>"$tmp/j1.err"
	s1=$?
	"$bin" render --jobs 2 -o "$out/j2" "$ex" >"$tmp/j2.out" 2>"$tmp/j2.err"
	s2=$?
	differ=0
	for f in "$out"/j1/*; do
		cmp -s "$f" "$out/j2/${f##*/}" || { differ=$((differ + 1)); note "differs: ${f##*/}"; }
	done
	[ "$(ls "$out/j1")" = "$(ls "$out/j2")" ] || { differ=$((differ + 1)); note "not the same files"; }
	sed "s|$out/j2/|$out/j1/|" "$tmp/j2.out" | cmp -s - "$tmp/j1.out" || { differ=$((differ + 1)); note "stdout differs"; }
	cmp -s "$tmp/j1.err" "$tmp/j2.err" || { differ=$((differ + 1)); note "stderr differs"; }
	n_j1=$(ls "$out/j1" | wc -l)
	[ $s1 -eq 0 ] && [ $s2 -eq 0 ] && [ "$n_j1" -eq $((2 * n_act + 3)) ] && [ $differ -eq 0 ] &&
		ok "render ($flavour) --jobs 2 writes byte for byte the $n_j1 files of --jobs 1, printed alike" ||
		fail "render ($flavour) --jobs 2: status $s2 (--jobs 1: $s1), $n_j1 files, $differ differences"

	# A failure in one sheet: what --jobs 1 reports and writes, --jobs 3
	# reports and writes too, whichever thread meets it first. An icon
	# librsvg cannot read fails the first sheet that draws it (not the
	# first sheet of the register).
	cp -R icons "$tmp/badicons.$flavour"
	printf '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>\n' >"$tmp/badicons.$flavour/data-health.svg"
	"$bin" render --jobs 1 --icons "$tmp/badicons.$flavour" -o "$out/bad1" "$ex" >"$tmp/bad1.out" 2>"$tmp/bad1.err"
	s1=$?
	"$bin" render --jobs 3 --icons "$tmp/badicons.$flavour" -o "$out/bad3" "$ex" >"$tmp/bad3.out" 2>"$tmp/bad3.err"
	s3=$?
	[ $s1 -eq 2 ] && [ $s3 -eq 2 ] && same "$tmp/bad1.err" "$tmp/bad3.err" &&
		grep -q 'librsvg' "$tmp/bad1.err" && ! grep -q '^privicon render: melding-openbare-ruimte:' "$tmp/bad1.err" &&
		[ ! -s "$tmp/bad1.out" ] && [ ! -s "$tmp/bad3.out" ] &&
		[ -z "$(ls -A "$out/bad1")" ] && [ -z "$(ls -A "$out/bad3")" ] &&
		ok "render ($flavour): a sheet that cannot be drawn gives the same messages and status with --jobs 3 as with --jobs 1, and writes nothing" ||
		{ fail "render ($flavour): a failing sheet: status $s3 (--jobs 1: $s1)"; note "$(head -3 "$tmp/bad1.err")"; }

	[ $flavour = asan ] && continue # the rest once is enough

	# ---- PNG sizes ----
	bad=0
	n_png=$(ls "$out"/nl/*.png 2>/dev/null | wc -l)
	[ "$n_png" -eq $((n_act + 1)) ] || bad=1
	for f in "$out"/nl/*.png; do
		set -- $(png_size "$f")
		if [ "$1" -ne 794 ] || [ "$2" -lt 1123 ]; then
			bad=$((bad + 1))
			note "$f is $1 x $2"
		fi
	done
	[ $bad -eq 0 ] && ok "every PNG at scale 1 is 794 px wide and at least 1123 px high" ||
		fail "$bad PNGs have the wrong size"
	a4=0
	for f in "$out"/nl/*.png; do
		case $f in */overview.png) continue ;; esac
		set -- $(png_size "$f")
		[ "$1" -eq 794 ] && [ "$2" -ge 1123 ] && [ "$2" -le 2246 ] && a4=$((a4 + 1))
	done
	# At 11 pt with a first layer most sheets are taller than A4 (the PDF
	# puts them on two pages); none is more than two pages tall.
	[ $a4 -eq $n_act ] && ok "every sheet is 794 px wide and at most two A4 pages tall ($a4 of $n_act)" ||
		fail "only $a4 sheets are 794 px wide and at most 2246 px tall"

	"$bin" render --format png --scale 2 -o "$out/x2" "$ex" >/dev/null 2>"$tmp/stderr"
	bad=0
	for f in "$out"/nl/*.png; do
		set -- $(png_size "$f")
		w1=$1 h1=$2
		set -- $(png_size "$out/x2/$(basename "$f")")
		[ "$1" -eq $((2 * w1)) ] && [ "$2" -eq $((2 * h1)) ] || bad=$((bad + 1))
	done
	[ $bad -eq 0 ] && [ "$(png_size "$out/x2/$(basename "$(ls "$out"/nl/*.png | head -1)")")" != "" ] &&
		ok "--scale 2 doubles every PNG (1588 x 2246 for an A4 sheet)" ||
		fail "--scale 2: $bad PNGs not doubled"
	[ ! -e "$out/x2/register.pdf" ] && [ -z "$(ls "$out"/x2/*.svg 2>/dev/null)" ] &&
		ok "--format png writes PNGs only" || fail "--format png wrote other files"

	# ---- SVG ----
	bad=0
	n_svg=$(ls "$out"/nl/*.svg 2>/dev/null | wc -l)
	[ "$n_svg" -eq $((n_act + 1)) ] || bad=1
	for f in "$out"/nl/*.svg; do
		xmllint --noout "$f" 2>>"$tmp/xmllint" || bad=$((bad + 1))
	done
	[ $bad -eq 0 ] && ok "every SVG is well-formed (xmllint)" || fail "$bad SVGs are not well-formed"
	if command -v rsvg-convert >/dev/null 2>&1; then
		bad=0
		for f in "$out"/nl/*.svg; do
			rsvg-convert -o "$tmp/r.png" "$f" 2>>"$tmp/rsvg" && [ -s "$tmp/r.png" ] ||
				bad=$((bad + 1))
		done
		[ $bad -eq 0 ] && ok "every SVG draws in rsvg-convert" || fail "$bad SVGs do not draw"
	else
		note "rsvg-convert (librsvg2-bin) not installed: SVG drawing not checked"
	fi
	bad=0
	for f in "$out"/nl/*.svg; do
		name=$(basename "$f" .svg)
		prefix="pv-$name-"
		[ "$name" = overview ] && prefix="pv--overview-"
		grep -o ' id="[^"]*"' "$f" | grep -v " id=\"$prefix" >"$tmp/badids"
		grep -o 'href="#[^"]*"' "$f" | grep -v "href=\"#$prefix" >>"$tmp/badids"
		grep -o 'url(#[^)]*)' "$f" | grep -v "url(#$prefix" >>"$tmp/badids"
		grep -q 'role="img"' "$f" && grep -q "<title id=\"${prefix}title\">" "$f" &&
			grep -q "<desc id=\"${prefix}desc\">" "$f" || echo "no role/title/desc" >>"$tmp/badids"
		if [ -s "$tmp/badids" ]; then
			bad=$((bad + 1))
			note "$f: $(head -3 "$tmp/badids")"
		fi
	done
	[ $bad -eq 0 ] && ok "every SVG has role, title, desc, and every id and reference prefixed" ||
		fail "$bad SVGs have unprefixed ids or no accessible name"
	dups=$(cat "$out"/nl/*.svg | grep -o ' id="[^"]*"' | sort | uniq -d | wc -l)
	[ "$dups" -eq 0 ] && ok "no id occurs twice across all $((n_act + 1)) SVGs" ||
		fail "$dups ids occur in more than one SVG"

	# ---- PDF ----
	if command -v pdfinfo >/dev/null 2>&1; then
		pdfinfo "$out/nl/register.pdf" >"$tmp/pdfinfo" 2>"$tmp/pdferr"
		pages=$(sed -n 's/^Pages: *//p' "$tmp/pdfinfo")
		[ -n "$pages" ] && [ "$pages" -ge $((n_act + 1)) ] &&
			ok "register.pdf has $pages pages (overview + $n_act activities, some on two)" ||
			fail "register.pdf has ${pages:-no} pages"
		grep -q '^Page size: *595.28 x 841.89 pts (A4)' "$tmp/pdfinfo" && ok "PDF pages are A4" ||
			fail "PDF pages are not A4"
		grep -q '^Title: *Verwerking van persoonsgegevens' "$tmp/pdfinfo" &&
			grep -q '^Author: *Gemeente' "$tmp/pdfinfo" &&
			ok "PDF title and author are set" || fail "PDF title or author missing"
		grep -q '^CreationDate: .*2023' "$tmp/pdfinfo" && ok "PDF date comes from SOURCE_DATE_EPOCH" ||
			fail "PDF date is not SOURCE_DATE_EPOCH's"
		[ ! -s "$tmp/pdferr" ] && ok "pdfinfo reads the PDF without complaint (xref intact)" ||
			{ fail "pdfinfo complains"; note "$(head -5 "$tmp/pdferr")"; }
		# Print at the counter: every word on every page at least 11 pt.
		# A word's box from pdftotext is the font's line height, 1.1641 em
		# for DejaVu Sans ((1901 + 483) / 2048), so its size in pt is the
		# box height / 1.1641.
		if command -v pdftotext >/dev/null 2>&1; then
			pdftotext -bbox "$out/nl/register.pdf" - 2>/dev/null | awk -F'"' '
				/<word / { n++; h = ($8 - $4) / 1.1641; if (min == "" || h < min) min = h
					if (h < 10.99) small++ }
				END { printf "%d %.2f %d\n", n, min, small }' >"$tmp/textsize"
			read -r words minpt small <"$tmp/textsize"
			[ "${words:-0}" -gt 1000 ] && [ "${small:-1}" -eq 0 ] &&
				ok "every one of the PDF's $words words is at least 11 pt (smallest $minpt pt)" ||
				fail "the PDF has ${small:-?} words under 11 pt (smallest ${minpt:-?} pt of ${words:-0})"
		fi
	else
		note "pdfinfo (poppler-utils) not installed: PDF checked by counting page objects"
		pages=$(grep -a -c '/Type /Page$' "$out/nl/register.pdf")
		[ "$pages" -ge $((n_act + 1)) ] && ok "register.pdf has $pages page objects" ||
			fail "register.pdf has $pages page objects"
	fi
	grep -a -q '/Lang (nl-NL)' "$out/nl/register.pdf" && ok "the PDF's language is nl-NL" ||
		fail "the PDF has no /Lang"

	# ---- the same bytes twice ----
	"$bin" render -o "$out/again" "$ex" >/dev/null 2>&1
	diffs=0
	[ -e "$out/again/register.pdf" ] || diffs=1
	for f in "$out"/nl/*; do
		cmp -s "$f" "$out/again/$(basename "$f")" || diffs=$((diffs + 1))
	done
	[ $diffs -eq 0 ] && ok "a second run writes the same bytes (SVG, PNG, PDF)" ||
		fail "$diffs files differ between two runs"

	# ---- English ----
	"$bin" render --lang en -o "$out/en" "$ex" >/dev/null 2>"$tmp/stderr"
	status=$?
	[ $status -eq 0 ] && grep -q 'What data?' "$out"/en/overview.svg &&
		grep -a -q '/Lang (en-GB)' "$out/en/register.pdf" &&
		ok "--lang en renders English sheets without overflow" ||
		{ fail "--lang en: status $status"; note "$(cat "$tmp/stderr")"; }

	# ---- --strict: nothing written on errors (without it, the activities
	# with errors are left out: tests/truthful.sh) ----
	sed 's/basis="public-task"/basis="public-tasks"/' "$ex" >"$tmp/broken.xml"
	"$bin" render --strict -o "$out/broken" "$tmp/broken.xml" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	[ $status -eq 1 ] && [ ! -e "$out/broken" ] && [ ! -s "$tmp/stdout" ] &&
		grep -q 'error: .*\[schema\]' "$tmp/stderr" &&
		ok "--strict, a register with schema errors: diagnostics, exit 1, nothing written" ||
		{ fail "schema errors: status $status"; note "$(head -3 "$tmp/stderr")"; }
	# A rule error: legitimate interest for a public authority's task.
	sed '0,/basis="public-task"/s//basis="legitimate-interest"/' "$ex" >"$tmp/rule.xml"
	"$bin" render --strict -o "$out/rule" "$tmp/rule.xml" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	[ $status -eq 1 ] && [ ! -e "$out/rule" ] && [ ! -s "$tmp/stdout" ] &&
		grep -q 'error: .*\[legitimate-interest-public-task\]' "$tmp/stderr" &&
		ok "--strict, a register with a rule error: diagnostics, exit 1, nothing written" ||
		{ fail "rule error: status $status"; note "$(head -3 "$tmp/stderr")"; }
	# An existing directory keeps what it had.
	mkdir -p "$out/keep" && echo old >"$out/keep/overview.svg"
	"$bin" render --strict -o "$out/keep" "$tmp/rule.xml" >/dev/null 2>&1
	[ "$(cat "$out/keep/overview.svg")" = old ] && [ "$(ls -A "$out/keep" | wc -l)" -eq 1 ] &&
		ok "an existing directory is left as it was" || fail "an existing directory was touched"

	# ---- themes ----
	printf '{"privicon": {"color": {"primary": {"value": "#0b3d2e"}}}}\n' >"$tmp/green.json"
	printf '{"privicon": {"color": {"text": {"value": "#eeeeee"}}}}\n' >"$tmp/pale.json"
	"$bin" render --theme "$tmp/green.json" --format svg -o "$out/green" "$ex" >/dev/null 2>"$tmp/stderr"
	status=$?
	[ $status -eq 0 ] && grep -q 'fill:rgb(4.313725%,23.921569%,18.039216%)' "$out/green/overview.svg" &&
		ok "--theme colours the sheets (header band #0b3d2e)" ||
		{ fail "--theme: status $status"; note "$(head -3 "$tmp/stderr")"; }
	"$bin" render --theme "$tmp/pale.json" -o "$out/pale" "$ex" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	[ $status -eq 2 ] && [ ! -e "$out/pale" ] && [ ! -s "$tmp/stdout" ] && grep -q 'theme' "$tmp/stderr" &&
		ok "a theme below WCAG contrast: exit 2, nothing written" ||
		{ fail "pale theme: status $status"; note "$(head -3 "$tmp/stderr")"; }

	# ---- --jobs: more threads than sheets; usage errors ----
	"$bin" render --jobs 256 --format svg -o "$out/j256" "$ex" >/dev/null 2>"$tmp/stderr"
	status=$?
	differ=0
	for f in "$out"/j1/*.svg; do
		cmp -s "$f" "$out/j256/${f##*/}" || differ=$((differ + 1))
	done
	[ $status -eq 0 ] && [ $differ -eq 0 ] && [ "$(ls "$out/j256" | wc -l)" -eq $((n_act + 1)) ] &&
		ok "--jobs 256 (more threads than sheets) writes the SVGs of --jobs 1" ||
		{ fail "--jobs 256: status $status, $differ SVGs differ"; note "$(head -3 "$tmp/stderr")"; }
	bad=0
	for v in 0 257 1000000000000000000000 -1 +2 2x 1.5 '' abc; do
		"$bin" render --jobs "$v" -o "$out/jbad" "$ex" >"$tmp/stdout" 2>"$tmp/stderr"
		status=$?
		if [ $status -ne 2 ] || [ -e "$out/jbad" ] || [ -s "$tmp/stdout" ] ||
			! grep -q "^privicon render: ongeldige --jobs '$v' (het aantal threads: een geheel getal van 1 tot en met 256)\$" "$tmp/stderr" ||
			! grep -q "^Probeer 'privicon render --help'" "$tmp/stderr"; then
			bad=$((bad + 1))
			note "--jobs '$v': status $status: $(head -2 "$tmp/stderr")"
		fi
	done
	[ $bad -eq 0 ] && ok "--jobs 0, 257, -1, 2x, 1.5, '', abc, ...: exit 2, a Dutch usage message, nothing written" ||
		fail "--jobs: $bad bad values not refused as they should be"
	"$bin" render --jobs=0 --lang en -o "$out/jbad" "$ex" >/dev/null 2>"$tmp/stderr"
	status=$?
	[ $status -eq 2 ] && [ ! -e "$out/jbad" ] &&
		grep -q "^privicon render: bad --jobs '0' (the number of threads: a whole number from 1 to 256)\$" "$tmp/stderr" &&
		grep -q "^Try 'privicon render --help'" "$tmp/stderr" &&
		ok "--jobs=0 --lang en: exit 2 with the usage message in English" ||
		{ fail "--jobs=0 --lang en: status $status"; note "$(head -2 "$tmp/stderr")"; }
	"$bin" render -j >/dev/null 2>"$tmp/stderr"
	[ $? -eq 2 ] && grep -q "needs a value" "$tmp/stderr" && ok "-j without a value: exit 2" ||
		fail "-j without a value"

	# ---- usage and directories ----
	"$bin" render --format gif -o "$out/x" "$ex" >/dev/null 2>&1
	[ $? -eq 2 ] && [ ! -e "$out/x" ] && ok "--format gif: exit 2" || fail "--format gif"
	"$bin" render --scale 9 -o "$out/x" "$ex" >/dev/null 2>&1
	[ $? -eq 2 ] && ok "--scale 9: exit 2" || fail "--scale 9"
	"$bin" render "$ex" >/dev/null 2>&1
	[ $? -eq 2 ] && ok "no -o DIR: exit 2" || fail "no -o DIR"
	"$bin" render -o "$out/nodir/sub" "$ex" >/dev/null 2>"$tmp/stderr"
	[ $? -eq 2 ] && grep -q 'cannot create\|kan de map niet maken' "$tmp/stderr" &&
		ok "a missing parent directory: exit 2 with a message" || fail "missing parent"
	: >"$tmp/plainfile"
	"$bin" render -o "$tmp/plainfile" "$ex" >/dev/null 2>&1
	[ $? -eq 2 ] && ok "-o naming a file: exit 2" || fail "-o naming a file"
	mkdir "$tmp/ro" && chmod 555 "$tmp/ro"
	if [ "$(id -u)" -ne 0 ]; then
		"$bin" render -o "$tmp/ro" "$ex" >/dev/null 2>"$tmp/stderr"
		[ $? -eq 2 ] && [ -z "$(ls "$tmp/ro")" ] && ok "an unwritable directory: exit 2, nothing written" ||
			fail "unwritable directory"
	elif [ -d /proc/self ]; then
		# root may write anywhere chmod can forbid; /proc refuses even root.
		"$bin" render -o /proc/self "$ex" >"$tmp/stdout" 2>"$tmp/stderr"
		[ $? -eq 2 ] && [ ! -s "$tmp/stdout" ] && grep -q '/proc/self/' "$tmp/stderr" &&
			ok "an unwritable directory (/proc/self, as root): exit 2 with a message" ||
			fail "unwritable directory /proc/self"
	fi
	"$bin" render -o "$out/missing" no-such-file.xml >/dev/null 2>&1
	[ $? -eq 2 ] && [ ! -e "$out/missing" ] && ok "a missing register: exit 2, nothing written" ||
		fail "missing register"

	# ---- icons ----
	"$bin" icons -o "$out/icons" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	n_icons=$(grep -c '"file":' icons/catalogue.json)
	n_svg=$(ls "$out"/icons/*.svg 2>/dev/null | grep -vc 'privicon-sprite.svg')
	n_24=$(ls "$out"/icons/*-24.png 2>/dev/null | wc -l)
	n_48=$(ls "$out"/icons/*-48.png 2>/dev/null | wc -l)
	[ $status -eq 0 ] && [ "$n_svg" -eq "$n_icons" ] && [ "$n_24" -eq "$n_icons" ] &&
		[ "$n_48" -eq "$n_icons" ] && [ -s "$out/icons/privicon-sprite.svg" ] &&
		[ "$(wc -l <"$tmp/stdout")" -eq $((3 * n_icons + 1)) ] &&
		ok "icons writes $n_icons SVGs, PNGs at 24 and 48 px and the sprite" ||
		{ fail "icons: status $status, $n_svg svg, $n_24 + $n_48 png of $n_icons"; note "$(cat "$tmp/stderr")"; }
	set -- $(png_size "$out/icons/data-health-48.png")
	[ "$1 $2" = "48 48" ] && ok "data-health-48.png is 48 x 48" || fail "data-health-48.png is $1 x $2"
	bad=0
	for f in "$out"/icons/*.svg; do
		xmllint --noout "$f" 2>/dev/null || bad=$((bad + 1))
		case $f in *privicon-sprite.svg) continue ;; esac
		grep -q 'role="img"' "$f" && grep -q '<title>' "$f" || bad=$((bad + 1))
	done
	[ $bad -eq 0 ] && ok "every icon SVG is well-formed with role=\"img\" and a <title>" ||
		fail "$bad icon SVGs lack role or title"
	symbols=$(grep -o '<symbol id="privicon-[a-z0-9-]*" viewBox="0 0 48 48">' "$out/icons/privicon-sprite.svg" | wc -l)
	[ "$symbols" -eq "$n_icons" ] && ok "the sprite has $symbols symbols privicon-<id> with a 48 x 48 viewBox" ||
		fail "the sprite has $symbols symbols for $n_icons icons"
	"$bin" icons --format png --size 16,96 --color '#000000' -o "$out/icons2" >/dev/null 2>&1
	set -- $(png_size "$out/icons2/data-health-96.png")
	[ "$1 $2" = "96 96" ] && [ ! -e "$out/icons2/privicon-sprite.svg" ] && [ -e "$out/icons2/data-health-16.png" ] &&
		ok "icons --size 16,96 --format png" || fail "icons --size 16,96"
	"$bin" icons --size 2 -o "$out/icons3" >/dev/null 2>&1
	[ $? -eq 2 ] && [ ! -e "$out/icons3" ] && ok "icons --size 2: exit 2" || fail "icons --size 2"
	"$bin" icons --color blue -o "$out/icons3" >/dev/null 2>&1
	[ $? -eq 2 ] && ok "icons --color blue: exit 2" || fail "icons --color blue"

	# ---- the comprehension test kit (ISO 9186-1) ----
	"$bin" icons --test-kit -o "$out/kit" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	rows=$(($(wc -l <"$out/kit/resultaten.csv" 2>/dev/null || echo 0) - 1))
	[ $status -eq 0 ] && [ "$(wc -l <"$tmp/stdout")" -eq 4 ] && [ "$rows" -eq "$n_icons" ] &&
		grep -q 'ISO 9186-1' "$out/kit/instructie.txt" &&
		head -1 "$out/kit/resultaten.csv" | grep -q '^deelnemer,kaart,icoon,bedoelde_betekenis,antwoord,beoordeling$' &&
		ok "icons --test-kit writes cards, answer sheet, instruction and a CSV row per icon ($rows)" ||
		{ fail "icons --test-kit: status $status, $rows rows"; note "$(cat "$tmp/stderr")"; }
	if command -v pdfinfo >/dev/null 2>&1; then
		cards=$(pdfinfo "$out/kit/kaarten.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
		[ "$cards" -eq $(((n_icons + 5) / 6)) ] &&
			pdfinfo "$out/kit/antwoordblad.pdf" | grep -q '^Page size: *595.28 x 841.89' &&
			ok "the cards print six to an A4 page ($cards pages); the answer sheet is A4" ||
			fail "the cards have ${cards:-no} pages for $n_icons icons"
		# No caption on a card: only "Kaart N" is text.
		other=$(pdftotext "$out/kit/kaarten.pdf" - | tr -d '\f' | grep -v '^Kaart [0-9]*$' | grep -c '[[:alpha:]]')
		[ "$other" -eq 0 ] && ok "the cards carry no caption, only their number" ||
			fail "the cards carry $other lines of text besides their number"
	fi
	"$bin" icons --test-kit -o "$out/kit2" >/dev/null 2>&1
	same_kit=0
	for f in "$out"/kit/*; do cmp -s "$f" "$out/kit2/${f##*/}" || same_kit=1; done
	[ $same_kit -eq 0 ] && ok "the test kit is the same bytes twice" || fail "the test kit differs between runs"
	"$bin" icons --test-results tests/data/testkit/results-sample.csv >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	[ $status -eq 1 ] && grep -q '^recipient-never-sold  *3  *33%  *33%  onder de norm; gevaarlijke verwarring$' "$tmp/stdout" &&
		grep -q '^data-bsn  *3  *67%  *0%  voldoet$' "$tmp/stdout" &&
		grep -q '^data-health  *4  *75%  *0%  voldoet$' "$tmp/stdout" &&
		grep -q 'Onder de norm: 1 van de 3 iconen' "$tmp/stdout" &&
		ok "icons --test-results: share understood per icon, an unjudged row skipped, exit 1 for an icon below 66%" ||
		{ fail "icons --test-results: status $status"; note "$(cat "$tmp/stdout" "$tmp/stderr")"; }
	printf 'icoon,beoordeling\ndata-bsn,goed\ndata-bsn,misschien\n' >"$tmp/bad.csv"
	"$bin" icons --test-results "$tmp/bad.csv" >/dev/null 2>"$tmp/stderr"
	status=$?
	[ $status -eq 2 ] && grep -q "bad.csv:3: fout: onbekende beoordeling 'misschien'" "$tmp/stderr" &&
		ok "icons --test-results: an unknown score is exit 2 with file:line" ||
		{ fail "icons --test-results bad score: status $status"; note "$(cat "$tmp/stderr")"; }
	printf 'icoon,beoordeling\ndata-bsn,goed\n' >"$tmp/good.csv"
	"$bin" icons --test-results "$tmp/good.csv" >/dev/null 2>&1
	[ $? -eq 0 ] && ok "icons --test-results: exit 0 when every icon meets the level" ||
		fail "icons --test-results: exit not 0 for a passing file"
	"$bin" icons --test-results "$tmp/nonexistent.csv" >/dev/null 2>&1
	[ $? -eq 2 ] && ok "icons --test-results: a missing file is exit 2" || fail "icons --test-results missing file"
done

lib_finish
