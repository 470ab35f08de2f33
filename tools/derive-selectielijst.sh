#!/bin/sh
# derive-selectielijst.sh - derives data/selectielijst-2020.tsv, the table
# privicon compiles in to check retention periods, from the Selectielijst
# gemeenten en intergemeentelijke organen 2020 as VNG Realisatie publishes it
# (data/selectielijst-2020/resultaten.json).
#
#   sh tools/derive-selectielijst.sh [RESULTATEN.json [OUT.tsv]]
#
# Needs jq (Debian/Ubuntu: apt-get install jq). The .tsv is committed, so a
# build never runs this; tests/rules.sh runs it (when jq is there) to prove
# the committed table is exactly what this script derives.
#
# Output: UTF-8, tab-separated, lines starting with '#' are comments; one row
# per result, sorted by result number (numerically, part by part):
#   number         "volledigNummer", e.g. 11.1.2
#   waardering     blijvend_bewaren | vernietigen | vervallen
#                  ("vervallen": the source leaves waardering empty for the
#                  two withdrawn results, whose omschrijving says so)
#   bewaartermijn  ISO 8601 duration, e.g. P7Y; empty when the source has
#                  none (blijvend_bewaren, vervallen, and three results that
#                  are destroyed right after the process: procestermijn nihil)
#   naam           the result, e.g. "Verleend"
#   omschrijving   the specific case, e.g. "Toestemming voor een afgebakende
#                  periode"; empty for the generic results
# Runs of white space in names are folded to one space.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
in=${1:-$top/data/selectielijst-2020/resultaten.json}
out=${2:-$top/data/selectielijst-2020.tsv}

if ! command -v jq >/dev/null 2>&1; then
	echo "derive-selectielijst.sh: jq is needed (apt-get install jq)" >&2
	exit 2
fi

tmp=$out.tmp
trap 'rm -f "$tmp"' EXIT
{
	printf '# Selectielijst gemeenten en intergemeentelijke organen 2020: results.\n'
	printf '# Derived from data/selectielijst-2020/resultaten.json by\n'
	printf '# tools/derive-selectielijst.sh; do not edit by hand. Licence: EUPL 1.2.\n'
	printf '# number\twaardering\tbewaartermijn\tnaam\tomschrijving\n'
	jq -r '
		def clean: gsub("[\\s]+"; " ") | sub("^ "; "") | sub(" $"; "");
		map(select(.volledigNummer != null))
		| sort_by(.volledigNummer | split(".") | map(tonumber))
		| .[]
		| [ .volledigNummer,
		    (if (.waardering // "") == "" then "vervallen" else .waardering end),
		    (.bewaartermijn // ""),
		    (.naam // "" | clean),
		    (.omschrijving // "" | clean) ]
		| @tsv' "$in"
} >"$tmp"
mv "$tmp" "$out"
trap - EXIT
