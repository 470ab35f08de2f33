#!/bin/sh
# import-fixtures.sh - remakes the spreadsheet fixtures of tests/import.sh
# from examples/register.xml, the way an officer's office suite would write
# them: privicon exports the register as XLSX, LibreOffice (headless)
# converts that to ODS and to CSV as Dutch Excel writes it (semicolons,
# Windows-1252). The results are committed, so the tests need no
# LibreOffice; run this (it needs `apt-get install libreoffice-calc-nogui`)
# after changing the example register or the column layout.
# It also converts tests/import/ibd-model.fods (a register laid out like the
# model register many Dutch municipalities start from, written by hand as
# flat ODS) to ibd-model.xlsx, as Excel users have it.
#   B=build sh tools/import-fixtures.sh
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
B=${B:-build}
out=$top/tests/import
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v soffice >/dev/null 2>&1 || { echo "needs soffice (libreoffice-calc-nogui)" >&2; exit 2; }
SOURCE_DATE_EPOCH=1700000000 "$top/$B/privicon" export --format xlsx -o "$work/register.xlsx" \
	"$top/examples/register.xml"
# LibreOffice keeps a profile in $HOME; a fresh one each run.
HOME=$work soffice --headless --convert-to ods --outdir "$work" "$work/register.xlsx" >/dev/null
# Filter options: separator 59 (;), text delimiter 34 ("), character set 1
# (Windows-1252), first line 1.
HOME=$work soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,1,1' \
	--outdir "$work" "$work/register.xlsx" >/dev/null
HOME=$work soffice --headless --convert-to xlsx --outdir "$work" "$out/ibd-model.fods" >/dev/null
cp "$work/register.ods" "$out/register.ods"
cp "$work/register.csv" "$out/register-excel.csv"
cp "$work/ibd-model.xlsx" "$out/ibd-model.xlsx"
echo "wrote $out/register.ods, $out/register-excel.csv and $out/ibd-model.xlsx"
