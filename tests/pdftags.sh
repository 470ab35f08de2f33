#!/bin/sh
# pdftags.sh - the tagged PDF (issue 18), read back the way a screen
# reader built on poppler reads it (pdfinfo -struct-text, pdftotext), in
# Dutch and English, for register.pdf and for the PDF of every activity
# (privicon site):
#   - pdfinfo says "Tagged: yes";
#   - one H1 per sheet (the overview and every activity), and under each
#     activity its eight questions as H2, the same eight in the same order
#     on every sheet (after the first layer's H2, "In het kort"), and as
#     the overview's column heads (TH) where it has them;
#   - every text element holds its whole text (a poppler reader stops at
#     a nested marked-content end: the text after a line break was lost);
#     a word broken inside, with the hyphen pango adds, is read whole;
#   - reading order: every text of the structure appears in the page text
#     (pdftotext -raw: the content's order) in the same order, so a
#     question is read before its answers and its answers before the next
#     question (pdftotext without -raw sorts by its own column guess);
#   - completeness: every word on the pages is in the structure, except
#     the repeated "(vervolg)" header of continuation pages and the added
#     hyphens;
#   - the footer's web address is a Link with its URI;
#   - what cairo 1.16 cannot write (pdfpatch.c): /Lang and DisplayDocTitle
#     in the catalogue, /Tabs /S on every page, /Alt on every Figure, and
#     the file still reads without a complaint;
#   - decoration stays out: the structure holds no empty element but the
#     overview's Figures (their text is in /Alt, added by pdfpatch);
#   - the same bytes on a second run.
. "$(dirname "$0")/lib.sh"

ex=examples/register.xml
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
n_act=$(grep -c '<activity ' "$ex")

for tool in pdfinfo pdftotext; do
	if ! command -v $tool >/dev/null 2>&1; then
		fail "$tool (poppler-utils) is installed"
		lib_finish
		exit $?
	fi
done

# leaves FILE - the structure's leaf elements, one "TYPE<tab>TEXT" a line,
# in structure order, from the output of pdfinfo -struct-text (it prints
# each element's text on the line after it, in double quotes).
leaves() {
	awk '
		/^ *"/ { t = $0; sub(/^ *"/, "", t); sub(/"$/, "", t); print type "\t" t; next }
		{ type = $1 }' "$1"
}

# in_order STRUCT_TEXTS PAGE_TEXT - prints the first text of STRUCT_TEXTS
# (one a line) that is not found in PAGE_TEXT after the one before it;
# nothing when all are found in order. White space is ignored on both
# sides (the pages break lines where the structure does not).
in_order() {
	awk -v struct="$1" '
		BEGIN { while ((getline l < struct) > 0) { gsub(/[ \t]/, "", l); if (l != "") want[++n] = l } }
		{ gsub(/[ \t\f]/, ""); page = page $0 }
		END {
			pos = 1
			for (i = 1; i <= n; i++) {
				k = index(substr(page, pos), want[i])
				if (k == 0) { print want[i]; exit }
				pos += k - 1 + length(want[i])
			}
		}' "$2"
}

for flavour in $flavours; do
	bin=$B/privicon
	[ $flavour = asan ] && bin=$B/asan/privicon
	# poppler reads the structure slowly (about 10 s a file here):
	# `make test` reads the Dutch PDF, `make check` both.
	langs="nl en"
	[ -n "${PRIVICON_QUICK:-}" ] && langs=nl
	for lang in $langs; do
		out=$tmp/$flavour-$lang
		mkdir -p "$out"
		if ! "$bin" render --format pdf --lang $lang -o "$out/r" "$ex" >/dev/null 2>"$tmp/err"; then
			fail "render --format pdf --lang $lang ($flavour)"
			note "$(cat "$tmp/err")"
			continue
		fi
		pdf=$out/r/register.pdf
		pdfinfo "$pdf" | grep -q '^Tagged: *yes' && ok "register.pdf ($lang, $flavour) is tagged" ||
			fail "register.pdf ($lang, $flavour) is not tagged"
		pdfinfo -struct-text "$pdf" >"$out/struct"
		leaves "$out/struct" >"$out/leaves"

		# ---- headings ----
		h1=$(grep -c '^H1	' "$out/leaves")
		[ "$h1" -eq $((n_act + 1)) ] && ok "register.pdf ($lang): one H1 per sheet ($h1)" ||
			fail "register.pdf ($lang): $h1 H1 for $((n_act + 1)) sheets"
		# per activity sheet its H2s on one line: the first layer's, then
		# the eight questions
		awk -F'\t' '
			$1 == "H1" { if (n++ > 1) print line; line = ""; next }
			$1 == "H2" && n > 1 { line = line $2 "|" }
			END { print line }' "$out/leaves" >"$out/h2"
		first=$(head -1 "$out/h2")
		questions=$(printf '%s' "$first" | tr '|' '\n' | tail -8)
		n_q=$(printf '%s\n' "$questions" | sort -u | grep -c .)
		differ=$(grep -c -v -x -F "$first" "$out/h2")
		[ "$(wc -l <"$out/h2")" -eq "$n_act" ] && [ "$n_q" -eq 8 ] && [ "$differ" -eq 0 ] &&
			ok "register.pdf ($lang): every activity has the same 8 questions as H2, in order" ||
			fail "register.pdf ($lang): $n_q distinct questions, $differ sheets with other H2s"
		ths=$(awk -F'\t' '$1 == "H1" { n++ } n == 1 && $1 == "TH" && $2 != "" { print $2 }' "$out/leaves" |
			sed -n "1,8p")
		missing=$(printf '%s\n' "$ths" | grep -v -x -F "$questions" | head -1)
		[ -n "$ths" ] && [ -z "$missing" ] && ok "register.pdf ($lang): the overview's column heads are questions" ||
			fail "register.pdf ($lang): overview column head \"$missing\" is no question"

		# ---- whole texts ----
		# The summary of the first activity runs over several lines.
		summary=$(awk -F'\t' '$1 == "H1" { n++ } n == 2 && $1 == "P" { print $2; exit }' "$out/leaves")
		[ "${#summary}" -gt 120 ] && ok "register.pdf ($lang): a text of several lines is read whole (${#summary} bytes)" ||
			fail "register.pdf ($lang): the first summary reads \"$summary\""

		# A word broken inside (pango adds a hyphen, U+2010) is read
		# whole: the hyphen is drawn outside the text's element.
		hyphen=$(printf '\342\200\220')
		cut=$(grep -c "$hyphen" "$out/leaves")
		[ "$cut" -eq 0 ] && ok "register.pdf ($lang): no text in the structure holds a hyphen pango added" ||
			fail "register.pdf ($lang): $cut texts hold a hyphen pango added"

		# ---- reading order ----
		cut -f2 "$out/leaves" >"$out/texts"
		pdftotext -raw "$pdf" "$out/raw.txt"
		miss=$(in_order "$out/texts" "$out/raw.txt")
		[ -z "$miss" ] && ok "register.pdf ($lang): the structure is in the order of the page content" ||
			fail "register.pdf ($lang): out of order in the content: \"$miss\""
		awk -F'\t' '$1 == "H1" || $1 == "H2" || $1 == "LBody"' "$out/leaves" | cut -f2 >"$out/qa"
		miss=$(in_order "$out/qa" "$out/raw.txt")
		[ -z "$miss" ] && ok "register.pdf ($lang): pdftotext -raw reads each question, then its answers" ||
			fail "register.pdf ($lang): pdftotext -raw reads \"$miss\" out of order"

		# ---- completeness ----
		# Every word of the pages is part of a text of the structure
		# (white space ignored: a word broken over two lines is two
		# words on the page, one in the structure).
		extra=$(tr -s ' \t\f' '\n\n\n' <"$out/raw.txt" | sed "s/$hyphen\$//" |
			grep -v -x -e '(vervolg)' -e '(continued)' -e '' |
			awk -v struct="$out/texts" '
				BEGIN { while ((getline l < struct) > 0) { gsub(/[ \t]/, "", l); all = all "\n" l } }
				index(all, $0) == 0 { print; if (++n == 5) exit }' | tr '\n' ' ')
		[ -z "$extra" ] && ok "register.pdf ($lang): every word on the pages is in the structure" ||
			fail "register.pdf ($lang): words outside the structure: $extra"

		# ---- links ----
		link=$(grep -c '^ *Link' "$out/struct")
		[ "$link" -eq $((n_act + 1)) ] && grep -q '/URI (https://' "$pdf" &&
			ok "register.pdf ($lang): the footer's web address is a Link on every sheet" ||
			fail "register.pdf ($lang): $link Link elements for $((n_act + 1)) sheets"

		# ---- what cairo 1.16 cannot write, added by pdfpatch.c ----
		pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
		tabs=$(grep -a -c '/Tabs /S /Type /Page' "$pdf")
		figures=$(grep -c '^ *Figure' "$out/struct")
		alts=$(grep -a -o '/Alt <FEFF[0-9A-F]*> /Type /StructElem' "$pdf" | wc -l)
		want_lang=nl-NL
		[ $lang = en ] && want_lang=en-GB
		grep -a -q "/Lang ($want_lang) /ViewerPreferences << /DisplayDocTitle true >> /Type /Catalog" "$pdf" &&
			ok "register.pdf ($lang): /Lang ($want_lang) and DisplayDocTitle in the catalogue" ||
			fail "register.pdf ($lang): no /Lang or DisplayDocTitle in the catalogue"
		[ "$tabs" -eq "$pages" ] && ok "register.pdf ($lang): every page ($pages) has /Tabs /S" ||
			fail "register.pdf ($lang): $tabs of $pages pages have /Tabs /S"
		[ "$figures" -gt 0 ] && [ "$alts" -eq "$figures" ] &&
			ok "register.pdf ($lang): every Figure ($figures) has its /Alt" ||
			fail "register.pdf ($lang): $alts /Alt for $figures Figures"
		# the first /Alt reads as an answer on the activity sheets
		first_alt=$(grep -a -o '/Alt <FEFF[0-9A-F]*>' "$pdf" | head -1 | sed 's/^\/Alt <FEFF//; s/>$//' |
			xxd -r -p | iconv -f UTF-16BE -t UTF-8)
		[ -n "$first_alt" ] && awk -F'\t' '$1 == "LBody" { print $2 }' "$out/leaves" | grep -q -x -F "$first_alt" &&
			ok "register.pdf ($lang): a figure's /Alt is its caption (\"$first_alt\")" ||
			fail "register.pdf ($lang): the first /Alt \"$first_alt\" is no caption"
		pdftotext "$pdf" /dev/null 2>"$out/poppler.err"
		pdfinfo -struct "$pdf" >/dev/null 2>>"$out/poppler.err"
		[ ! -s "$out/poppler.err" ] && ok "register.pdf ($lang): poppler reads it without a complaint" ||
			fail "register.pdf ($lang): poppler says $(head -2 "$out/poppler.err")"

		# ---- decoration stays out ----
		empty=$(awk -F'\t' '$2 == "" && $1 != "Figure" && $1 != "TH"' "$out/leaves" | head -3 | tr '\n' ' ')
		[ -z "$empty" ] && ok "register.pdf ($lang): no empty text elements" ||
			fail "register.pdf ($lang): empty elements: $empty"

		# ---- a PDF per activity (privicon site writes them) ----
		if "$bin" site -o "$out/site" "$ex" >/dev/null 2>"$tmp/err"; then
			n_pdf=0
			bad=
			for one in "$out/site/$lang"/*.pdf; do
				[ -f "$one" ] || continue
				n_pdf=$((n_pdf + 1))
				pdfinfo -struct "$one" >"$out/one" 2>/dev/null
				h1=$(grep -c '^ *H1' "$out/one")
				h2=$(grep -c '^ *H2' "$out/one")
				case $one in
				*/overview.pdf) want=1 ;;
				*) want=2 ;; # H1; and H2 for the questions (8 or 9 with the first layer)
				esac
				if ! pdfinfo "$one" | grep -q '^Tagged: *yes' || [ "$h1" -ne 1 ] ||
					{ [ $want -eq 2 ] && [ "$h2" -lt 8 ]; }; then
					bad="$bad $(basename "$one")"
				fi
			done
			[ "$n_pdf" -eq $((n_act + 1)) ] && [ -z "$bad" ] &&
				ok "site ($lang): every single-activity PDF ($n_pdf) is tagged, one H1, its questions as H2" ||
				fail "site ($lang): $n_pdf PDFs; not tagged right:$bad"
		else
			fail "site ($lang, $flavour) writes the site"
			note "$(cat "$tmp/err")"
		fi

		# ---- determinism ----
		"$bin" render --format pdf --lang $lang -o "$out/again" "$ex" >/dev/null 2>&1
		cmp -s "$pdf" "$out/again/register.pdf" && ok "register.pdf ($lang, $flavour): the same bytes twice" ||
			fail "register.pdf ($lang, $flavour) differs between two runs"
	done
done
lib_finish
