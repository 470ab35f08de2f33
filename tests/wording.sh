#!/bin/sh
# wording.sh - the words residents read (issue 17 item 7): Dutch at B1
# level that addresses the reader as "u" throughout, plain English, and
# "not stated" said as such. Checked in the icon catalogue (every caption
# and description, nl and en) and on what privicon writes from
# examples/register.xml: the sheets' text for screen readers (SVG <desc>)
# and the HTML page, in both languages.
#   - no "van u zelf" (it is "van uzelf"), no "uw zelf", no "u hebt" (it is
#     "u heeft"), no "je", "jij", "jou", "jouw" next to "u";
#   - English says "community partner", never "social partner", and
#     treats "data" as singular ("your data is"), one form throughout;
#   - every not-stated caption ends "niet vermeld in het register" / "not
#     stated in the register";
#   - EER and BIO are explained where a description uses them; "bezwaar
#     maken" says against what (the use of your data);
#   - a description ends with a full stop, and the sheet's text has one
#     after each question ("Uw rechten. U mag ...");
#   - after a colon the text goes on in lower case where the grammar wants
#     it ("Dit geldt alleen voor: is uw leven ...", "This applies only to:
#     if your life ...").
. "$(dirname "$0")/lib.sh"

cat=icons/catalogue.json
ex=examples/register.xml
bin=$B/privicon
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH

if ! command -v jq >/dev/null 2>&1; then
	fail "jq is installed (make test-deps)"
	lib_finish
	exit
fi

# Dutch forms that do not belong in a text that says "u".
nl_forbidden='(^|[^[:alpha:]])((van|aan|door|met|voor|over|bij|op|naar|tegen) u zelf|uw zelf|u hebt|hebt u|je|jij|jou|jouw|jullie)([^[:alpha:]]|$)'
# English forms we do not use: the old recipient label, and "data" as a
# plural next to the singular the catalogue uses.
en_forbidden='social partner|data (are|leave|go|were)([^[:alpha:]]|$)|data [^.;]* after we receive them'
# Officers' jargon that residents do not use (the words privicon writes
# for them, icon names included, say it plainly: "names replaced by codes",
# "wie kijkt, wordt vastgelegd").
nl_jargon='betrokkene|verwerkingsverantwoordelijke|pseudonimisering|anonimisering|toegangsbeheer|incidentbeheer|tweestapsverificatie|pentest'
en_jargon='data subject|pseudonymisation|anonymisation|penetration testing|multi-factor|incident management|encryption (at rest|in transit)|access (control|logging)|joint controller|security audits'

# scan WHAT FILE REGEX - FILE has no line matching REGEX (case-insensitive).
scan() {
	if grep -inE "$3" "$2" >"$tmp/hits"; then
		fail "$1: $(wc -l <"$tmp/hits") lines with a form we do not use"
		note "$(head -5 "$tmp/hits")"
	else
		ok "$1"
	fi
}

# ---- the catalogue --------------------------------------------------------
jq -r '.questions[] | .nl' "$cat" >"$tmp/cat-nl"
jq -r '.icons[] | .caption.nl, .description.nl, (.name.nl // empty)' "$cat" >>"$tmp/cat-nl"
jq -r '.questions[] | .en' "$cat" >"$tmp/cat-en"
jq -r '.icons[] | .caption.en, .description.en, (.name.en // empty)' "$cat" >>"$tmp/cat-en"
n=$(wc -l <"$tmp/cat-nl")
[ "$n" -gt 100 ] && ok "catalogue: $n Dutch texts read" || fail "catalogue: only $n Dutch texts"
scan "catalogue (nl): u throughout, 'uzelf', 'u heeft'" "$tmp/cat-nl" "$nl_forbidden"
scan "catalogue (en): 'community partner', 'data is'" "$tmp/cat-en" "$en_forbidden"
scan "catalogue (nl): no officers' jargon" "$tmp/cat-nl" "$nl_jargon"
scan "catalogue (en): no officers' jargon" "$tmp/cat-en" "$en_jargon"

# The scan itself finds what it must (a test that could not fail proves
# nothing).
printf '%s\n' 'Van u zelf' 'Heb je een vraag?' 'U hebt recht op' 'Uw zelf' >"$tmp/bad-nl"
printf '%s\n' 'A social partner: X' 'Your data are sold' >"$tmp/bad-en"
[ "$(grep -icE "$nl_forbidden" "$tmp/bad-nl")" -eq 4 ] &&
	[ "$(grep -icE "$en_forbidden" "$tmp/bad-en")" -eq 2 ] &&
	! printf 'kunt u zelf niets zeggen; Van uzelf; U heeft; Heeft u een vraag?\n' |
		grep -iqE "$nl_forbidden" &&
	ok "the scans find each forbidden form and pass the right ones" ||
	fail "the forbidden-form patterns are wrong"

# Not stated, said as such.
jq -r '.icons[] | select(.id | endswith("-not-stated")) | .caption.nl' "$cat" >"$tmp/ns-nl"
jq -r '.icons[] | select(.id | endswith("-not-stated")) | .caption.en' "$cat" >"$tmp/ns-en"
bad=$(grep -vc ': niet vermeld in het register$' "$tmp/ns-nl")
bad_en=$(grep -vc ': not stated in the register$' "$tmp/ns-en")
[ -s "$tmp/ns-nl" ] && [ "$bad" -eq 0 ] && [ "$bad_en" -eq 0 ] &&
	ok "catalogue: each of the $(wc -l <"$tmp/ns-nl") not-stated captions says 'niet vermeld in het register' / 'not stated in the register'" ||
	{ fail "catalogue: $bad Dutch and $bad_en English not-stated captions say it otherwise"; note "$(cat "$tmp/ns-nl" "$tmp/ns-en")"; }

# EER and BIO explained wherever a description uses them; the caption that
# uses them has such a description.
for pair in 'EER|IJsland, Liechtenstein en Noorwegen|nl' 'EEA|Iceland, Liechtenstein and Norway|en' \
	'BIO|Baseline Informatiebeveiliging Overheid|nl' 'BIO|Baseline Informatiebeveiliging Overheid|en'; do
	abbr=${pair%%|*}
	rest=${pair#*|}
	expl=${rest%|*}
	lang=${rest#*|}
	jq -r --arg a "$abbr" --arg e "$expl" --arg l "$lang" '.icons[]
		| select((.caption[$l] | test("\\b" + $a + "\\b")) or (.description[$l] | test("\\b" + $a + "\\b")))
		| select(.description[$l] | contains($e) | not) | .id' "$cat" >"$tmp/unexplained"
	uses=$(jq -r --arg a "$abbr" --arg l "$lang" '[.icons[] | select((.caption[$l] + " " + .description[$l]) | test("\\b" + $a + "\\b"))] | length' "$cat")
	[ "$uses" -gt 0 ] && [ ! -s "$tmp/unexplained" ] &&
		ok "catalogue ($lang): $abbr explained in each of the $uses icons that use it" ||
		{ fail "catalogue ($lang): $abbr unexplained in: $(tr '\n' ' ' <"$tmp/unexplained")"; }
done

# "Bezwaar maken": against the use of your data, not a tax assessment.
obj_nl=$(jq -r '.icons[] | select(.id == "right-objection") | .caption.nl + " " + .description.nl' "$cat")
case $obj_nl in
*"tegen het gebruik van uw gegevens"*belastingaanslag*) ok "right-objection (nl): against the use of your data, not a tax assessment" ;;
*) fail "right-objection (nl) does not say what bezwaar maken means here: $obj_nl" ;;
esac

# Descriptions are read aloud: each ends a sentence.
jq -r '.icons[] | select(.description.nl | test("[.?!]$") | not) | .id' "$cat" >"$tmp/nostop"
jq -r '.icons[] | select(.description.en | test("[.?!]$") | not) | .id' "$cat" >>"$tmp/nostop"
[ ! -s "$tmp/nostop" ] && ok "catalogue: every description ends with a full stop (nl, en)" ||
	fail "catalogue: descriptions without a full stop: $(sort -u "$tmp/nostop" | tr '\n' ' ')"

# ---- what residents read --------------------------------------------------
if [ ! -x "$bin" ]; then
	fail "$bin is built"
	lib_finish
	exit
fi

for lang in nl en; do
	out=$tmp/$lang
	if ! "$bin" render --format svg --lang $lang -o "$out" "$ex" >/dev/null 2>"$tmp/err"; then
		fail "render --lang $lang examples/register.xml"
		note "$(cat "$tmp/err")"
		continue
	fi
	# The sheets' text as a screen reader gets it.
	for f in "$out"/*.svg; do
		tr '\n' ' ' <"$f" | sed -n 's/.*<desc[^>]*>\(.*\)<\/desc>.*/\1/p'
	done | sed 's/&amp;/\&/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&apos;/'"'"'/g' >"$tmp/desc-$lang"
	"$bin" html --lang $lang -o "$tmp/page-$lang.html" "$ex" >/dev/null 2>&1 ||
		fail "html --lang $lang examples/register.xml"
	sed 's/<[^>]*>/ /g' "$tmp/page-$lang.html" >"$tmp/page-$lang"
	# Also the icons' accessible names (aria-label, <title>).
	grep -o 'aria-label="[^"]*"' "$tmp/page-$lang.html" >>"$tmp/page-$lang"
	[ -s "$tmp/desc-$lang" ] && ok "render ($lang): the sheets' text read ($(wc -c <"$tmp/desc-$lang") bytes)" ||
		fail "render ($lang): no sheet text (<desc>) found"
done

# The scans over the words of the register and of privicon together.
scan "sheets (nl): u throughout, 'uzelf', 'u heeft'" "$tmp/desc-nl" "$nl_forbidden"
scan "HTML page (nl): u throughout, 'uzelf', 'u heeft'" "$tmp/page-nl" "$nl_forbidden"
scan "sheets (en): 'community partner', 'data is'" "$tmp/desc-en" "$en_forbidden"
scan "HTML page (en): 'community partner', 'data is'" "$tmp/page-en" "$en_forbidden"
scan "HTML page (nl): no officers' jargon" "$tmp/page-nl" "$nl_jargon"
scan "HTML page (en): no officers' jargon (icon names too)" "$tmp/page-en" "$en_jargon"
scan "sheets (nl): no officers' jargon" "$tmp/desc-nl" "$nl_jargon"
scan "sheets (en): no officers' jargon" "$tmp/desc-en" "$en_jargon"
grep -q 'Icon: community partner' "$tmp/page-en" &&
	ok "HTML page (en): the community partner's icon is named so" ||
	fail "HTML page (en): no icon named 'Icon: community partner'"

# A full stop after each question, so a screen reader pauses.
for pair in 'nl|Uw rechten. U ' 'nl|Hoe beschermd? ' 'nl|Welke gegevens? ' 'en|Your rights. You ' \
	'en|How protected? '; do
	lang=${pair%%|*}
	q=${pair#*|}
	grep -qF "$q" "$tmp/desc-$lang" && ok "sheet text ($lang): '$q' (a pause after the question)" ||
		fail "sheet text ($lang): no '$q'"
done

# After a colon: lower case where the grammar wants it, in both languages.
for pair in 'nl|Dit geldt alleen voor: ' 'en|This applies only to: '; do
	lang=${pair%%|*}
	lead=${pair#*|}
	n=$(grep -oF "$lead" "$tmp/desc-$lang" | wc -l)
	grep -oE "${lead}[A-Z][a-z]+ [a-z]+" "$tmp/desc-$lang" | sort -u >"$tmp/capital"
	[ "$n" -gt 0 ] && [ ! -s "$tmp/capital" ] &&
		ok "sheets ($lang): '$lead' goes on in lower case ($n times)" ||
		{ fail "sheets ($lang): '$lead' found $n times, with a capital after it:"; note "$(cat "$tmp/capital")"; }
done
grep -qF 'Dit geldt alleen voor: is uw leven of gezondheid in gevaar' "$tmp/desc-nl" &&
	grep -qF 'This applies only to: if your life or health is in danger' "$tmp/desc-en" &&
	ok "sheets: the Wmo emergency purpose goes on in lower case after the colon (nl, en)" ||
	fail "sheets: the Wmo emergency purpose after 'Dit geldt alleen voor:' / 'This applies only to:'"

# The first layer's lists ("Het register vermeldt ook: a; b; c.") go on in
# lower case after the colon and after each semicolon, "a computer ..."
# included.
for lang in nl en; do
	grep -oE '(Het register vermeldt ook|Niet vermeld in het register|The register also states|Not stated in the register): [^.]*\.' \
		"$tmp/desc-$lang" | sort -u >"$tmp/lists-$lang"
	grep -E '(: |; )[A-Z]([a-z]*) ' "$tmp/lists-$lang" >"$tmp/capital"
	[ -s "$tmp/lists-$lang" ] && [ ! -s "$tmp/capital" ] &&
		ok "first layer ($lang): $(wc -l <"$tmp/lists-$lang") lists go on in lower case after ':' and ';'" ||
		{ fail "first layer ($lang): a capital inside a list"; note "$(head -3 "$tmp/capital")"; }
done

# The first layer says what objecting means here.
grep -qF 'bezwaar maken tegen het gebruik van uw gegevens' "$tmp/desc-nl" &&
	grep -qF 'object to the use of your data' "$tmp/desc-en" &&
	ok "first layer: 'bezwaar maken tegen het gebruik van uw gegevens' / 'object to the use of your data'" ||
	fail "first layer: objecting without saying against what"

# Retention and security not stated: the first layer names them once after
# its lead, never "Niet vermeld in het register: niet vermeld hoe ...".
sed '/<retention /d; /<security>/,/<\/security>/d' tests/data/all-not-stated.xml >"$tmp/silent.xml"
if grep -q '<retention\|<security' "$tmp/silent.xml"; then
	fail "making a register without retention and security"
else
	for pair in 'nl|Niet vermeld in het register: |hoe wij uw gegevens beschermen|Hoe lang wij uw gegevens bewaren: niet vermeld in het register' \
		'en|Not stated in the register: |how we protect your data|How long we keep your data: not stated in the register'; do
		lang=${pair%%|*}
		rest=${pair#*|}
		lead=${rest%%|*}
		rest=${rest#*|}
		security=${rest%%|*}
		retention=${rest#*|}
		"$bin" render --format svg --lang $lang -o "$tmp/silent-$lang" "$tmp/silent.xml" >/dev/null 2>&1
		tr '\n' ' ' <"$tmp/silent-$lang/parkeervergunning.svg" |
			sed -n 's/.*<desc[^>]*>\(.*\)<\/desc>.*/\1/p' >"$tmp/silent-$lang.txt"
		# The lead's sentence: from the lead to the next full stop.
		sentence=$(sed -n "s/.*\($lead[^.]*\)\..*/\1/p" "$tmp/silent-$lang.txt")
		case $sentence in
		*"$security"*)
			twice=$(printf '%s' "$sentence" | grep -oiE 'niet vermeld|not stated' | wc -l)
			[ "$twice" -eq 1 ] && grep -qF "$retention" "$tmp/silent-$lang.txt" &&
				ok "first layer ($lang): security and retention not stated, each said once" ||
				fail "first layer ($lang): 'not stated' said $twice times: $sentence"
			;;
		*) fail "first layer ($lang): no '$security' after '$lead': $sentence" ;;
		esac
	done
fi

lib_finish
