#!/bin/sh
# import-cells.sh - what a spreadsheet import takes over from a cell that
# says more than one thing (issue 13, review s3): the import never writes
# a fact the cell does not state, and every part of a cell it does not
# take over is in the report AND in the activity's internal note.
#   retention   a number in a law citation in 'Bewaartermijn' ("20 jaar
#               (Jeugdwet art. 7.3.8)") is no Selectielijst result; a
#               result the cell names as such ("selectielijst 7.3.8") is
#   transfers   a yes that goes on to name the country, the recipient in
#               brackets and the mechanism ("Ja, VS (Microsoft 365), EU-VS
#               Data Privacy Framework") gives that transfer; a country
#               without a recipient is not written; nothing dropped silently
#   dpia        "Ja, uitgevoerd 2023": a year is no date (reported); a full
#               date after the status is the DPIA's date
#   recipients  "Laposta (verwerker)" in 'Ontvangers' and "Laposta" in
#               'Verwerker' are one processor named Laposta; the agreement
#               is a reference, so "Ja" or "Ja, 2024" is reported, not written
#   source      "van de inwoner zelf" is the data subject; without a column
#               Bron the message asks for one, a source on each line, and a
#               default only when every activity has the same source
. "$(dirname "$0")/lib.sh"

bin=$top/$B/privicon
t=$tmp
map=tests/import/gemeente-map.json
head='Naam verwerking;Doel;Grondslag;Bron;Betrokkenen;Persoonsgegevens;Afdeling'
base='Doel;publieke taak;betrokkene;Inwoners;Naam;Team A'

# sheet NAME EXTRA_HEADERS ROW_VALUES...: $t/NAME.csv with the columns
# every activity needs and EXTRA_HEADERS (";"-separated), one row per
# ROW_VALUES (the activity's name, then the extra cells); imports it with
# the municipality's map into NAME.xml, the report NAME.json and the
# messages NAME.err. (The register is read as XML: export refuses a
# register with errors, and jq -e on no input is true.)
sheet() {
	name=$1
	extra=$2
	shift 2
	printf '%s;%s\r\n' "$head" "$extra" >"$t/$name.csv"
	for row in "$@"; do
		first=${row%%;*}
		rest=${row#*;}
		printf '%s;%s;%s\r\n' "$first" "$base" "$rest" >>"$t/$name.csv"
	done
	rm -f "$t/$name.xml"
	"$bin" import --map $map --report "$t/$name.json" -o "$t/$name.xml" "$t/$name.csv" \
		2>"$t/$name.err"
	[ -s "$t/$name.xml" ] || fail "import-cells: $name.csv was not imported"
}

# act N: the XPath of activity N (1, 2, ...)
act() {
	printf "//*[local-name()='activity'][%s]" "$1"
}

# is NAME XPATH WHAT: the XPath expression is true on NAME.xml
is() {
	if [ "$(xmllint --xpath "boolean($2)" "$t/$1.xml" 2>/dev/null)" = true ]; then
		ok "import-cells: $3"
	else
		fail "import-cells: $3 ($2)"
	fi
}

# kept NAME ROW VALUE WHAT: VALUE (a part of a cell) is in the report of
# NAME as not taken over, on row ROW, and in that activity's internal note
kept() {
	if jq -e --argjson row "$2" --arg v "$3" \
		'[.items[] | select((.kind == "unmapped" or .kind == "missing") and .row == $row and .value == $v)] | length >= 1' \
		"$t/$1.json" >/dev/null 2>&1 &&
		is_quiet "$1" "contains($(act $(($2 - 1)))/*[local-name()='internal-note'], \"'$3'\")"; then
		ok "import-cells: $4"
	else
		fail "import-cells: $4: '$3' not in the report and the note"
		grep ":$2:" "$t/$1.err" | grep -v 'Samenvatting\|Doelcategorie\|niet vermeld' | head -3 |
			sed 's/^/# /'
	fi
}

is_quiet() {
	[ "$(xmllint --xpath "boolean($2)" "$t/$1.xml" 2>/dev/null)" = true ]
}

if [ ! -x "$bin" ]; then
	fail "import-cells: $bin is not built"
	lib_finish
	exit
fi

# ---- retention: the Selectielijst ------------------------------------------
sheet ret 'Bewaartermijn' \
	'Jeugd;20 jaar (Jeugdwet art. 7.3.8)' \
	'Wmo;15 jaar (selectielijst 7.3.8)' \
	'Bijstand;10 jaar, Selectielijst gemeenten 2020 resultaat 11.1.2' \
	'Archief;7 jaar, Archiefwet categorie 1.1.2' \
	'Kort;1.5 jaar' \
	'Categorie;5 jaar (categorie 1.1.3)'
R="*[local-name()='retention']"
is ret "$(act 1)/$R[@period='P20Y' and not(@selectielijst)]" \
	"'20 jaar (Jeugdwet art. 7.3.8)': a law's article is no Selectielijst result"
kept ret 2 'Jeugdwet art. 7.3.8' "the law citation in 'Bewaartermijn' is reported and kept in the note"
is ret "$(act 2)/$R[@selectielijst='7.3.8']" "'selectielijst 7.3.8' in 'Bewaartermijn' is the result"
is ret "$(act 3)/$R[@selectielijst='11.1.2']" "'Selectielijst gemeenten 2020 resultaat 11.1.2'"
is ret "$(act 4)/$R[@selectielijst='1.1.2']" "'Archiefwet categorie 1.1.2'"
is ret "$(act 5)/$R[@period='P18M' and not(@selectielijst)]" "'1.5 jaar' is a period, no result"
is ret "$(act 6)/$R[@period='P5Y' and not(@selectielijst)]" \
	"'categorie 1.1.3' without the Selectielijst or Archiefwet named is not taken"
kept ret 7 'categorie 1.1.3' "and it is reported and kept in the note"

# ---- transfers: what follows the yes -----------------------------------------
sheet tr 'Doorgifte buiten de EER' \
	'Nieuwsbrief;Ja, VS (Microsoft 365), EU-VS Data Privacy Framework' \
	'Zaken;Ja (Verenigde Staten, SCC)' \
	'Code;Ja, CA (Leverancier X), adequaatheidsbesluit' \
	'Vaag;Ja, via de cloud' \
	'Twee;Ja, VS (A), VK (B), SCC, BCR'
T="*[local-name()='transfers']"
X="$T/*[local-name()='transfer']"
is tr "$(act 1)/$X[@country='US' and @mechanism='adequacy' and @recipient='Microsoft 365']" \
	"'Ja, VS (Microsoft 365), EU-VS Data Privacy Framework': US, adequacy, the recipient in brackets"
is tr "$(act 2)/$T[@outside-eea='yes' and not(*)]" \
	"'Ja (Verenigde Staten, SCC)': no transfer without a recipient (none invented)"
kept tr 3 '(Verenigde Staten, SCC)' "and the country and mechanism are reported and kept in the note"
is tr "$(act 3)/$X[@country='CA' and @mechanism='adequacy' and @recipient='Leverancier X']" \
	"an ISO code ('CA') is a country"
kept tr 5 'via de cloud' "words after the yes that name no transfer are reported and kept in the note"
is tr "count($(act 5)/$X) = 2 and not($(act 5)/$X/@mechanism)" \
	"two mechanisms for two countries: neither is given to a country"
kept tr 6 'VS (A), VK (B), SCC, BCR' "and that is reported and kept in the note"
sheet tr2 'Landen buiten de EER' 'Cloud;VS (Microsoft 365)'
is tr2 "$(act 1)/$X[@country='US' and not(@mechanism) and @recipient='Microsoft 365']" \
	"'VS (Microsoft 365)' in 'Landen buiten de EER': the words in brackets are the recipient"

# ---- DPIA: what follows the yes ------------------------------------------------
sheet dp 'DPIA' 'Jaartal;Ja, uitgevoerd 2023' 'Datum;Ja, uitgevoerd op 15-3-2023' 'Kaal;Ja, uitgevoerd' \
	'Nodig;Ja, nodig' 'Niet;Nee, niet nodig'
D="*[local-name()='dpia']"
is dp "$(act 1)/$D[@required='yes' and @status='done' and not(@date)]" \
	"'Ja, uitgevoerd 2023': no date made of a year"
kept dp 2 'uitgevoerd 2023' "the year is reported and kept in the note"
is dp "$(act 2)/$D[@status='done' and @date='2023-03-15']" "'Ja, uitgevoerd op 15-3-2023': the date is taken"
if jq -e '[.items[] | select(.row >= 3) | select(.column == "DPIA")] | length == 0' \
	"$t/dp.json" >/dev/null 2>&1; then
	ok "import-cells: 'Ja, uitgevoerd', a full date, 'Ja, nodig', 'Nee, niet nodig' leave nothing to report"
else
	fail "import-cells: 'Ja, uitgevoerd', a full date, 'Ja, nodig' or 'Nee, niet nodig' is reported"
fi

# ---- recipients: the kind in brackets, one processor, the agreement -----------
sheet rc 'Ontvangers;Verwerker;Verwerkersovereenkomst' \
	'Nieuwsbrief;Laposta (verwerker);Laposta;Ja, 2024' \
	'Zaak;verwerker: Centric;Centric;Ja' \
	'Kenmerk;;Leverancier X;Ja, VWO-2024-017' \
	'Echt;;Leverancier Y;VWO-2022-003' \
	'Overheid;Belastingdienst (inkomensgegevens);;'
C="*[local-name()='recipients']/*[local-name()='recipient']"
is rc "count($(act 1)/$C) = 1 and $(act 1)/$C[@kind='processor' and @name='Laposta' and not(@agreement)]" \
	"'Laposta (verwerker)' and processor 'Laposta' are one processor named Laposta"
kept rc 2 'Ja, 2024' "'Ja, 2024' is no agreement reference: reported and kept in the note"
is rc "count($(act 2)/$C) = 1 and $(act 2)/$C[@name='Centric' and not(@agreement)]" \
	"'verwerker: Centric' and processor 'Centric' are one; 'Ja' is no reference"
kept rc 3 'Ja' "'Ja' in 'Verwerkersovereenkomst' is reported and kept in the note"
is rc "$(act 3)/$C[@name='Leverancier X' and @agreement='VWO-2024-017']" "'Ja, VWO-2024-017' gives the reference"
is rc "$(act 4)/$C[@name='Leverancier Y' and @agreement='VWO-2022-003']" "a reference as it is stays"
is rc "$(act 5)/$C[@kind='public-authority' and @name='Belastingdienst (inkomensgegevens)']" \
	"brackets that are no kind stay in the name"

# ---- source -----------------------------------------------------------------------
base='Doel;publieke taak;van de inwoner zelf;Inwoners;Naam;Team A'
sheet src 'Opmerkingen' 'Zelf;'
base='Doel;publieke taak;vanuit het archief;Inwoners;Naam;Team A'
sheet src2 'Opmerkingen' 'Archief;'
is src "$(act 1)/*[local-name()='personal-data']/*[local-name()='category'][@source='data-subject']" \
	"'van de inwoner zelf' (the message's own words) is the data subject"
kept src2 2 'vanuit het archief' "a source not recognised is reported and kept in the note"
printf 'Naam verwerking;Doel;Grondslag;Betrokkenen;Persoonsgegevens;Afdeling\r\nA;Doel;publieke taak;Inwoners;Naam;Team A\r\n' >"$t/nosrc.csv"
"$bin" import --map $map --report "$t/nosrc.json" -o "$t/nosrc.xml" "$t/nosrc.csv" 2>/dev/null
if jq -e '[.items[] | select(.kind == "missing" and .column == "Bron") | .decide.nl |
		select(test("kolom Bron") and test("elke regel") and test("alleen als elke verwerking"))] | length == 1' \
	"$t/nosrc.json" >/dev/null 2>&1; then
	ok "import-cells: a missing source asks for a column Bron, a default only when every activity has that source"
else
	fail "import-cells: the missing-source message invites a blanket default"
	jq -r '.items[] | select(.column == "Bron") | .decide.nl' "$t/nosrc.json" 2>&1 | head -2 | sed 's/^/# /'
fi

lib_finish
