#!/bin/sh
# demo.sh - checks the example registers and renders them into out/.
# Run by `make demo` after the build.
B=${B:-build}
set -e
# --quiet: the example acknowledges a few warnings on purpose; their notes
# (long, and read once) would bury the result.
echo "== privicon check --quiet examples/*.xml"
"$B/privicon" check --quiet examples/*.xml && echo "all registers check clean"
mkdir -p out
for f in examples/*.xml; do
	name=$(basename "$f" .xml)
	echo "== privicon render -o out/$name $f"
	"$B/privicon" render -o "out/$name" "$f"
done
echo "== privicon icons -o out/icons"
"$B/privicon" icons -o out/icons >/dev/null
echo "Open out/register/overview.png or out/register/register.pdf to see the result."
