#!/bin/sh
# limits.sh - registers at and past realistic limits render cleanly
# (issue 7, "Limits that degrade cleanly"). The registers come from
# tests/limits/generate.sh:
#
#   many-activities  2,000 activities: PDF (one page per sheet, the
#                    overview over many pages); 400 activities as SVG and
#                    PNG (the overview is taller than a PNG can be: the
#                    PNG ends with a note that the rest is in the PDF)
#   long-texts       every text at its schema maximum (4,000 characters)
#   long-words       single words of 500 (200) letters in every caption
#   many-categories  300 data categories, 60 purposes, 200 recipients and
#                    100 transfers in one activity
#
# Each render must exit 0 within a time bound, and what it draws must stay
# on the page: every word of every PDF page lies inside the page's margins
# (pdftotext -bbox-layout), every page is A4, every PNG is 794 px wide and
# at most 32767 px high (cairo's limit) and ends with IEND, every SVG is
# well-formed. Nothing is dropped: the last activity, the last recipient
# and the end of the longest text are in the PDF's text.
#
# LIMITS_KEEP=DIR keeps the outputs in DIR (to look at the sheets).
. "$(dirname "$0")/lib.sh"

bin=$top/$B/privicon
gen=$top/tests/limits/generate.sh
if [ ! -x "$bin" ]; then
	fail "limits: $bin is missing (make)"
	lib_finish
	exit
fi
for tool in pdftotext pdfinfo xmllint; do
	if ! command -v $tool >/dev/null 2>&1; then
		fail "limits: $tool is missing (make test-deps)"
		lib_finish
		exit
	fi
done
work=${LIMITS_KEEP:-$tmp/limits}
mkdir -p "$work"

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

# A4 is 595.28 x 841.89 pt; the sheet's 36 px margins are 27 pt.
# offpage PDF - words outside the margins, one a line
offpage() {
	pdftotext -bbox-layout "$1" - 2>/dev/null | awk '
		/<page / { match($0, /height="[0-9.]+"/); ph = substr($0, RSTART + 8, RLENGTH - 9) + 0
		           match($0, /width="[0-9.]+"/); pw = substr($0, RSTART + 7, RLENGTH - 8) + 0 }
		/<word / {
			split($0, a, "\"")
			x0 = a[2] + 0; y0 = a[4] + 0; x1 = a[6] + 0; y1 = a[8] + 0
			if (x0 < 26 || x1 > pw - 26 || y0 < 0 || y1 > ph) print "page word off the margins:", $0
		}'
}

# sizes PDF - page sizes other than A4
not_a4() {
	pages=$(pdfinfo "$1" | awk '/^Pages:/ { print $2 }')
	pdfinfo -f 1 -l "$pages" "$1" | grep '^Page .* size:' | grep -v '595.28 x 841.89 pts' | head -3
}

# png_ok FILE - 794 px wide, at most 32767 high, ends with IEND
png_ok() {
	w=$(od -An -tu1 -j16 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
	h=$(od -An -tu1 -j20 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
	[ "$w" -eq 794 ] && [ "$h" -le 32767 ] &&
		[ "$(tail -c 12 "$1" | od -An -tx1 | tr -d ' \n')" = 0000000049454e44ae426082 ]
}

# render NAME SECONDS FORMATS MUST_CONTAIN... - renders $work/NAME.xml into
# $work/NAME/ and checks the result; MUST_CONTAIN are texts the PDF's text
# must hold (when a PDF is made)
render() {
	name=$1
	bound=$2
	formats=$3
	shift 3
	out=$work/$name
	rm -rf "$out"
	start=$(now_ms)
	timeout $((bound * 2)) "$bin" render --format "$formats" -o "$out" "$work/$name.xml" \
		>"$tmp/$name.out" 2>"$tmp/$name.err"
	status=$?
	ms=$(($(now_ms) - start))
	problems=""
	if [ "$status" -ne 0 ]; then
		fail "limits: $name ($formats): exit $status"
		note "$(head -5 "$tmp/$name.err")"
		return
	fi
	if [ "$ms" -gt $((bound * 1000)) ]; then
		problems="$problems took $ms ms, more than $bound s;"
	fi
	n_png=0
	for f in "$out"/*.png; do
		[ -e "$f" ] || continue
		n_png=$((n_png + 1))
		png_ok "$f" || problems="$problems ${f##*/} is not 794 px wide, <= 32767 px high and complete;"
	done
	n_svg=0
	for f in "$out"/*.svg; do
		[ -e "$f" ] || continue
		n_svg=$((n_svg + 1))
		xmllint --noout --nonet --huge "$f" 2>/dev/null || problems="$problems ${f##*/} is malformed;"
	done
	pages=0
	if [ -f "$out/register.pdf" ]; then
		pages=$(pdfinfo "$out/register.pdf" | awk '/^Pages:/ { print $2 }')
		bad=$(offpage "$out/register.pdf" | head -3)
		[ -z "$bad" ] || problems="$problems text off the page: $bad;"
		bad=$(not_a4 "$out/register.pdf")
		[ -z "$bad" ] || problems="$problems pages not A4: $bad;"
		pdftotext "$out/register.pdf" "$tmp/$name.txt"
		# pdftotext breaks lines where the sheet does: join them with a space
		# (the tagged PDF no longer draws the space at a line break).
		tr '\n' ' ' <"$tmp/$name.txt" | tr -s ' ' >"$tmp/$name.flat"
		for text in "$@"; do
			grep -qF "$text" "$tmp/$name.flat" || problems="$problems '$text' missing from the PDF;"
		done
	fi
	if [ -z "$problems" ]; then
		ok "limits: $name ($formats) in $ms ms: $n_svg SVG, $n_png PNG, $pages PDF pages, all on the page"
	else
		fail "limits: $name ($formats):$problems"
	fi
}

for kind in long-texts long-words many-categories; do
	sh "$gen" $kind >"$work/$kind.xml" || fail "limits: generate $kind"
done
sh "$gen" many-activities >"$work/many-activities.xml" || fail "limits: generate many-activities"
sh "$gen" many-activities 400 >"$work/many-activities-400.xml" ||
	fail "limits: generate many-activities 400"

# The end of the 4,000-character summary (the words repeat; its last
# 40 characters are unique at the end of the sheet's summary).
summary_end=$(sed -n 's/.*<nl>\(.*\)<\/nl>.*/\1/p' "$work/long-texts.xml" | sed -n 2p |
	awk '{ print substr($0, length($0) - 39) }')
render long-texts 60 svg,png,pdf "$summary_end"
# pdftotext cuts a word broken across lines; the first 60 letters of the
# 500-letter word are on one line.
render long-words 60 svg,png,pdf bewonersparkeervergunningaanvraagbehandelingsprocedurebewon
render many-categories 60 svg,png,pdf "Leverancier nummer 198" "Zorgpartner nummer 200" \
	"Overheidsorganisatie nummer 199"
render many-activities 300 pdf vergunning-1999 vergunning-2000
render many-activities-400 120 svg,png
if [ -f "$work/many-activities-400/overview.svg" ] &&
	grep -q 'vergunning-400' "$work/many-activities-400/overview.svg"; then
	ok "limits: the SVG overview of 400 activities holds all 400 (its <desc> names the last)"
else
	fail "limits: the SVG overview of 400 activities lacks the last activity"
fi
lib_finish
