#!/bin/sh
# derive-rights.sh - derives data/rights.tsv (the data subject rights each
# GDPR legal basis gives) from the W3C DPV 2.3 mapping
# data/dpv-2.3/gdpr-legal_basis_rights_mapping.csv, so the rights on a
# notice are never typed by hand.
#
#   sh tools/derive-rights.sh > data/rights.tsv
#
# Output: comment lines starting with '#', then one line per pair,
# "<legal basis term>\t<right term>", both the part of the DPV IRI after
# '#', e.g. "A6-1-e<TAB>A21", in the order of the CSV.
# Fails (status 1) when the CSV is missing, its header changed, or a row is
# not two quoted GDPR IRIs.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
csv=$top/data/dpv-2.3/gdpr-legal_basis_rights_mapping.csv
[ -r "$csv" ] || { echo "derive-rights: cannot read $csv" >&2; exit 1; }

printf '# rights per legal basis: GDPR legal basis term<TAB>right term\n'
printf '# derived from data/dpv-2.3/gdpr-legal_basis_rights_mapping.csv by\n'
printf '# tools/derive-rights.sh; do not edit by hand\n'
tr -d '\r' <"$csv" | awk -F',' '
	NR == 1 {
		if ($0 != "\"legal_basis\",\"right\"") {
			print "derive-rights: unexpected header: " $0 > "/dev/stderr"
			exit 1
		}
		next
	}
	/^[[:space:]]*$/ { next }
	{
		pre = "^\"https://w3id\\.org/dpv/legal/eu/gdpr#[A-Za-z0-9-]+\"$"
		if (NF != 2 || $1 !~ pre || $2 !~ pre) {
			print "derive-rights: line " NR ": not two GDPR IRIs: " $0 > "/dev/stderr"
			exit 1
		}
		b = $1; r = $2
		sub(/^"[^#]*#/, "", b); sub(/"$/, "", b)
		sub(/^"[^#]*#/, "", r); sub(/"$/, "", r)
		printf "%s\t%s\n", b, r
		n++
	}
	END { if (n == 0) { print "derive-rights: no rows" > "/dev/stderr"; exit 1 } }
'
