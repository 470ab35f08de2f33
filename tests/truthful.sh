#!/bin/sh
# truthful.sh - a notice says only what the register states (issue 17),
# on every surface a resident or a program reads: the sheet's text (SVG
# <desc>), the PDF's text (pdftotext, from poppler-utils, when installed),
# the HTML page and the JSON / JSON-LD export.
#   - tests/data/all-not-stated.xml: every yes/no fact is not-stated. It
#     checks with warnings only (art30-not-stated) and renders; no surface
#     carries a reassurance, each says "not stated in the register".
#   - examples/register.xml: every purpose description reaches the PDF.
#   - the example with a schema error in one activity and a rule error in
#     another: render, html and export make every other activity, name the
#     two, exit 1; the overview and the page's contents say which are
#     missing; --strict writes nothing; an error outside activities (no
#     controller contact) stops everything.
. "$(dirname "$0")/lib.sh"

ns=tests/data/all-not-stated.xml
ex=examples/register.xml
bin=$B/privicon
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH

# The captions of every reassuring icon, in both languages (from the
# catalogue, so a new or reworded reassurance is covered too), plus the
# words of the reassuring icons' meaning.
reassuring_ids="recipient-nobody-else recipient-never-sold recipient-stays-in-eu decision-person-decides decision-no-automated decision-no-profiling decision-none"
if command -v jq >/dev/null 2>&1; then
	for id in $reassuring_ids; do
		jq -r --arg id "$id" '.icons[] | select(.id == $id) | .caption.nl, .caption.en' \
			icons/catalogue.json
	done >"$tmp/reassuring"
else
	: >"$tmp/reassuring"
fi
[ -s "$tmp/reassuring" ] && [ "$(wc -l <"$tmp/reassuring")" -eq 14 ] &&
	ok "the 7 reassuring icons' captions, nl and en, from the catalogue" ||
	fail "reading the reassuring captions from icons/catalogue.json (jq needed)"

# no_reassurance WHAT FILE - FILE (a text) carries none of the captions.
no_reassurance() {
	found=0
	while IFS= read -r caption; do
		[ -n "$caption" ] || continue
		if grep -qiF "$caption" "$2"; then
			note "$1 says: $caption"
			found=$((found + 1))
		fi
	done <"$tmp/reassuring"
	[ $found -eq 0 ] && ok "$1: no reassurance" || fail "$1: $found reassuring captions"
}

if [ ! -x "$bin" ]; then
	fail "$bin is built"
	lib_finish
	exit
fi

"$bin" check --lang en "$ns" >"$tmp/check" 2>&1
status=$?
n=$(grep -c 'warning: .*\[art30-not-stated\]' "$tmp/check")
[ $status -eq 0 ] && [ "$n" -eq 6 ] && ! grep -q ': error: ' "$tmp/check" &&
	ok "check: every not-stated fact is a warning (6), no error, status 0" ||
	{ fail "check: status $status, $n not-stated warnings"; note "$(cat "$tmp/check")"; }
"$bin" check --strict "$ns" >/dev/null 2>&1
[ $? -eq 1 ] && ok "check --strict: the not-stated warnings fail" ||
	fail "check --strict passes a register with not-stated facts"

for lang in nl en; do
	case $lang in
	nl) said="niet vermeld in het register" ;;
	en) said="not stated in the register" ;;
	esac
	"$bin" render --lang $lang -o "$tmp/r-$lang" "$ns" >/dev/null 2>"$tmp/err"
	status=$?
	[ $status -eq 0 ] && ok "render ($lang): the all-not-stated register renders" ||
		{ fail "render ($lang): status $status"; note "$(cat "$tmp/err")"; }
	svg=$tmp/r-$lang/parkeervergunning.svg
	sed -n 's/.*<desc[^>]*>\(.*\)<\/desc>.*/\1/p' "$svg" >"$tmp/desc-$lang"
	[ -s "$tmp/desc-$lang" ] || tr '\n' ' ' <"$svg" | sed -n 's/.*<desc[^>]*>\(.*\)<\/desc>.*/\1/p' >"$tmp/desc-$lang"
	no_reassurance "sheet text ($lang, SVG desc)" "$tmp/desc-$lang"
	n=$(grep -oi "$said" "$tmp/desc-$lang" | wc -l)
	[ "$n" -ge 5 ] && ok "sheet text ($lang) says '$said' for each fact ($n)" ||
		fail "sheet text ($lang) says '$said' $n times, not 5"
	if command -v pdftotext >/dev/null 2>&1; then
		pdftotext "$tmp/r-$lang/register.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$tmp/pdf-$lang"
		no_reassurance "PDF text ($lang)" "$tmp/pdf-$lang"
	fi

	"$bin" html --lang $lang -o "$tmp/ns-$lang.html" "$ns" >/dev/null 2>"$tmp/err"
	[ $? -eq 0 ] && ok "html ($lang): the all-not-stated register makes a page" ||
		{ fail "html ($lang)"; note "$(cat "$tmp/err")"; }
	no_reassurance "HTML page ($lang)" "$tmp/ns-$lang.html"
	grep -q 'pv-item pv-reassuring' "$tmp/ns-$lang.html" &&
		fail "HTML page ($lang) marks something as reassuring" ||
		ok "HTML page ($lang) marks nothing as reassuring"
done

"$bin" export --format json -o "$tmp/ns.json" "$ns" 2>"$tmp/err"
[ $? -eq 0 ] && ok "export json of the all-not-stated register" || fail "export json"
no_reassurance "JSON export" "$tmp/ns.json"
if command -v jq >/dev/null 2>&1; then
	r=$(jq '[.. | objects | select(.tone? == "reassuring")] | length' "$tmp/ns.json")
	v=$(jq -c '.activities[0] | [.recipients.outsideController, .recipients.sold,
		.transfers.outsideEea, .automatedDecision.present, .profiling.present,
		.dpia.required]' "$tmp/ns.json")
	[ "$r" = 0 ] && ok "JSON export: no notice item has tone reassuring" ||
		fail "JSON export: $r reassuring items"
	[ "$v" = '["not-stated","not-stated","not-stated","not-stated","not-stated","not-stated"]' ] &&
		ok "JSON export: each fact is \"not-stated\", never false" ||
		fail "JSON export: facts are $v"
	"$bin" import -o "$tmp/back.xml" "$tmp/ns.json" >/dev/null 2>"$tmp/err" &&
		"$bin" export --format json -o "$tmp/ns2.json" "$tmp/back.xml" 2>>"$tmp/err" &&
		cmp -s "$tmp/ns.json" "$tmp/ns2.json" &&
		ok "JSON export, import, export: the same JSON (not-stated survives)" ||
		{ fail "not-stated does not survive import"; note "$(cat "$tmp/err")"; }
fi
"$bin" export --format jsonld -o "$tmp/ns.jsonld" "$ns" 2>"$tmp/err"
[ $? -eq 0 ] && ok "export jsonld of the all-not-stated register" || fail "export jsonld"
no_reassurance "JSON-LD export" "$tmp/ns.jsonld"
if command -v jq >/dev/null 2>&1; then
	f=$(jq '[.. | objects | to_entries[] | select((.key == "pv:outsideController" or
		.key == "pv:outsideEea" or .key == "pv:automatedDecision" or .key == "pv:profiling"
		or .key == "pv:required") and .value == false)] | length' "$tmp/ns.jsonld")
	[ "$f" = 0 ] && ok "JSON-LD export: no not-stated fact is false" ||
		fail "JSON-LD export: $f not-stated facts are false"
fi

# ---- purposes reach the PDF ----
if command -v pdftotext >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1; then
	for lang in nl en; do
		"$bin" render --lang $lang --format pdf -o "$tmp/ex-$lang" "$ex" >/dev/null 2>&1
		pdftotext "$tmp/ex-$lang/register.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' |
			sed 's/- //g; s/\xc2\xad//g' >"$tmp/expdf-$lang"
		xmllint --xpath "//*[local-name()='purpose']/*[local-name()='description']/*[local-name()='$lang']/text()" \
			"$ex" 2>/dev/null | tr -s ' \n' '  ' | sed 's/\([.!?]\) /\1\n/g' >"$tmp/desc"
		total=0
		missing=0
		# Each sentence of each description, whitespace-normalised.
		xmllint --xpath "count(//*[local-name()='purpose'])" "$ex" >"$tmp/count" 2>/dev/null
		for i in $(seq 1 "$(cat "$tmp/count")"); do
			d=$(xmllint --xpath "(//*[local-name()='purpose'])[$i]/*[local-name()='description']/*[local-name()='$lang']/text()" "$ex" 2>/dev/null | tr -s ' \n\t' '   ' | sed 's/^ //; s/ $//')
			[ -n "$d" ] || continue
			total=$((total + 1))
			# Compare without spaces: the PDF breaks lines where the sheet wraps.
			dn=$(printf '%s' "$d" | tr -d ' ' | sed 's/[.]$//')
			if ! tr -d ' ' <"$tmp/expdf-$lang" | grep -qF -- "$dn"; then
				missing=$((missing + 1))
				note "not in the PDF ($lang): $d"
			fi
		done
		[ $total -gt 10 ] && [ $missing -eq 0 ] &&
			ok "PDF ($lang): all $total purpose descriptions of $ex are in its text" ||
			fail "PDF ($lang): $missing of $total purpose descriptions missing"
	done
fi

# ---- one activity's error does not hide the others ----
n_act=$(grep -c '<activity ' "$ex")
sed 's/<activity id="parkeervergunning" \(version="[0-9]*" status="active"\)>/<activity id="parkeervergunning" \1 colour="blue">/' \
	"$ex" >"$tmp/broken.xml"
# A rule error (legitimate interest for a public authority's task) in a
# second activity.
sed '/<activity id="leerplicht"/,/<\/activity>/ s/basis="public-task"/basis="legitimate-interest"/' \
	"$tmp/broken.xml" >"$tmp/broken2.xml"
"$bin" render --format svg,pdf -o "$tmp/partial" "$tmp/broken2.xml" >"$tmp/out" 2>"$tmp/err"
status=$?
files=$(find "$tmp/partial" -type f -name '*.svg' | wc -l)
[ $status -eq 1 ] && [ "$files" -eq $((n_act - 2 + 1)) ] &&
	[ ! -e "$tmp/partial/parkeervergunning.svg" ] && [ ! -e "$tmp/partial/leerplicht.svg" ] &&
	[ -s "$tmp/partial/register.pdf" ] &&
	ok "render: every other activity is written ($files SVGs with the overview), status 1" ||
	{ fail "render of a register with two broken activities: status $status, $files SVGs"; note "$(cat "$tmp/err")"; }
grep -q "verwerking 'parkeervergunning' (Parkeervergunning) is weggelaten" "$tmp/err" &&
	grep -q "verwerking 'leerplicht' .* is weggelaten" "$tmp/err" &&
	grep -q "colour" "$tmp/err" && grep -q "leerplicht.*\[legitimate-interest-public-task\]" "$tmp/err" &&
	ok "render: each left-out activity is named, with its errors (a schema error, a rule error)" ||
	{ fail "render does not name the left-out activities"; note "$(cat "$tmp/err")"; }
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext "$tmp/partial/register.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$tmp/partial.txt"
	grep -q "Niet in dit overzicht, omdat het register daar fouten heeft: Parkeervergunning (parkeervergunning) en" "$tmp/partial.txt" &&
		ok "overview (PDF): says which activities are missing" ||
		fail "overview (PDF) does not say which activities are missing"
fi
grep -q "Niet in dit overzicht" "$tmp/partial/overview.svg" &&
	ok "overview (SVG description): says which activities are missing" ||
	fail "overview (SVG) does not say which activities are missing"
"$bin" render --strict -o "$tmp/strict" "$tmp/broken2.xml" >/dev/null 2>&1
status=$?
[ $status -eq 1 ] && [ ! -e "$tmp/strict" ] && ok "render --strict: all or nothing" ||
	fail "render --strict: status $status, wrote something"
"$bin" html --lang en -o "$tmp/partial.html" "$tmp/broken2.xml" >/dev/null 2>"$tmp/err"
status=$?
[ $status -eq 1 ] && grep -q 'class="pv-missing">Not shown here because the register has errors there: Parking permit (parkeervergunning) and' "$tmp/partial.html" &&
	! grep -q 'id="parkeervergunning"' "$tmp/partial.html" &&
	ok "html: the page has the others, its contents name the missing ones, status 1" ||
	{ fail "html of a partly broken register: status $status"; note "$(cat "$tmp/err")"; }
"$bin" html --strict -o "$tmp/strict.html" "$tmp/broken2.xml" >/dev/null 2>&1
[ $? -eq 1 ] && [ ! -e "$tmp/strict.html" ] && ok "html --strict: all or nothing" ||
	fail "html --strict wrote a page"
"$bin" export -o "$tmp/partial.json" "$tmp/broken2.xml" 2>"$tmp/err"
status=$?
if command -v jq >/dev/null 2>&1; then
	n=$(jq '.activities | length' "$tmp/partial.json" 2>/dev/null)
	[ $status -eq 1 ] && [ "$n" = $((n_act - 2)) ] &&
		ok "export: the $n valid activities, status 1" ||
		fail "export of a partly broken register: status $status, ${n:-no} activities"
fi
"$bin" export --strict -o "$tmp/strict.json" "$tmp/broken2.xml" 2>/dev/null
[ $? -eq 1 ] && [ ! -e "$tmp/strict.json" ] && ok "export --strict: all or nothing" ||
	fail "export --strict wrote a file"
# A register-level error stops everything.
sed -e 's/email="privacy@veldhovenaanzee.example" phone="+31 70 000 0000"//' \
	-e 's/web="https:\/\/www.veldhovenaanzee.example\/privacy"//' "$tmp/broken.xml" >"$tmp/nocontact.xml"
"$bin" render -o "$tmp/nocontact" "$tmp/nocontact.xml" >/dev/null 2>"$tmp/err"
status=$?
[ $status -eq 1 ] && [ ! -e "$tmp/nocontact" ] && grep -q "controller-contact" "$tmp/err" &&
	ok "render: an error outside activities (no controller contact) still stops everything" ||
	{ fail "render with no controller contact: status $status"; note "$(cat "$tmp/err")"; }

lib_finish
