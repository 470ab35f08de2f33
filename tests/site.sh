#!/bin/sh
# site.sh - `privicon site`: the static site of a register, without a
# browser (tests/site-browser.sh looks at the pages in chromium).
#
#   - every page there must be (root, index and one page per activity in
#     nl and en), each with its sheet, the stylesheet, the sprite;
#   - pages: doctype, lang, hreflang alternates, language switch,
#     breadcrumbs, no scripts and nothing from outside the site; every
#     internal link and every <use href> resolves to a file of the site;
#   - the manifest lists exactly the files of the site, the sitemap (with
#     a base URL) every page; the same bytes twice (SOURCE_DATE_EPOCH);
#   - fragments: no <html>, <head>, <style> or <link>;
#   - a second run after renaming an activity leaves no stale file, and
#     never removes a file the manifest does not list, nor one outside DIR;
#   - errors: a register with errors writes nothing (exit 1); a bad
#     --base-url, a link in the way exit 2.
. "$(dirname "$0")/lib.sh"

bin=$B/privicon
reg=examples/register.xml
SOURCE_DATE_EPOCH=1767225600
export SOURCE_DATE_EPOCH

if [ ! -x "$bin" ]; then
	fail "site: $bin is built"
	lib_finish
	exit
fi

ids=$(sed -n 's/.*<activity id="\([a-z0-9-]*\)".*/\1/p' "$reg")
n=$(echo "$ids" | wc -l)

s=$tmp/site
"$bin" site --base-url https://www.example.nl/privacy -o "$s" "$reg" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
[ $status -eq 0 ] && [ ! -s "$tmp/stderr" ] && ok "site: $reg written (exit 0, nothing on stderr)" ||
	{ fail "site: $reg written (status $status)"; note "$(head -20 "$tmp/stderr")"; }

missing=""
for f in index.html nl/index.html en/index.html nl/overview.pdf en/overview.pdf \
	assets/privicon.css nl/icons/sprite.svg en/icons/sprite.svg sitemap.xml manifest.json; do
	[ -s "$s/$f" ] || missing="$missing $f"
done
for id in $ids; do
	for l in nl en; do
		for e in html pdf; do
			[ -s "$s/$l/$id.$e" ] || missing="$missing $l/$id.$e"
		done
	done
done
[ -z "$missing" ] && ok "site: root, index, $n activity pages and sheets in nl and en, stylesheet, sprite, sitemap, manifest" ||
	fail "site: files missing:$missing"
head -c 5 "$s/nl/$(echo "$ids" | head -1).pdf" | grep -q '%PDF-' && ok "site: the sheets are PDF" ||
	fail "site: the sheets are PDF"

# Every file written is printed, and the manifest lists exactly the files
# of the site besides itself.
(cd "$s" && find . -type f ! -name manifest.json | sed 's|^\./||' | sort) >"$tmp/files"
sed "s|^$s/||" "$tmp/stdout" | grep -v '^manifest.json$' | sort >"$tmp/printed"
same "$tmp/files" "$tmp/printed" && ok "site: every file written is printed on stdout" ||
	fail "site: every file written is printed on stdout"
if command -v jq >/dev/null 2>&1; then
	jq -r '.files[].path' "$s/manifest.json" | sort >"$tmp/listed"
	same "$tmp/files" "$tmp/listed" && jq -e '.generator | startswith("privicon ")' "$s/manifest.json" >/dev/null &&
		ok "site: manifest.json lists every file of the site ($(wc -l <"$tmp/files"))" ||
		fail "site: manifest.json lists every file of the site"
else
	fail "site: jq is installed (make test-deps)"
fi

# ---- the pages ----------------------------------------------------------------

bad_pages=""
bad_links=""
for p in $(cd "$s" && find . -name '*.html' ! -path './fragments/*' | sed 's|^\./||' | sort); do
	f=$s/$p
	case $p in */*) lang=${p%%/*} ;; *) lang=nl ;; esac
	head -c 16 "$f" | grep -q '^<!doctype html>' && grep -q "^<html lang=\"$lang\">" "$f" &&
		grep -q '<meta name="viewport" content="width=device-width, initial-scale=1">' "$f" &&
		grep -q '<title>[^<][^<]*</title>' "$f" && grep -q '<main id="pv_content"' "$f" &&
		! grep -qiE '<script|<iframe|<object|<embed|<img |@import| src=|url\(' "$f" || bad_pages="$bad_pages $p"
	# Links: http(s) to the web, mailto:, tel:, #fragments in the page,
	# and relative ones that resolve to a file of the site.
	dir=$(dirname "$f")
	for h in $(grep -oE '(href|xlink:href)="[^"]*"' "$f" | sed 's/^[a-z:]*href="\(.*\)"$/\1/' | sort -u); do
		case $h in
		https://www.example.nl/privacy/*) t=$s/${h#https://www.example.nl/privacy/}
			[ -f "$t" ] || [ "$h" = https://www.example.nl/privacy/ ] || bad_links="$bad_links $p:$h" ;;
		http://* | https://* | mailto:* | tel:*) ;;
		'#'*) grep -q " id=\"${h#\#}\"" "$f" || bad_links="$bad_links $p:$h" ;;
		*) t=${h%%#*}
			[ -f "$dir/$t" ] || bad_links="$bad_links $p:$h"
			case $h in *'#'*)
				grep -q " id=\"${h#*#}\"" "$dir/$t" 2>/dev/null || bad_links="$bad_links $p:$h" ;;
			esac ;;
		esac
	done
done
[ -z "$bad_pages" ] && ok "site: every page has doctype, lang, viewport, title, main; no script, nothing from outside" ||
	fail "site: pages without the basics or with outside references:$bad_pages"
[ -z "$bad_links" ] && ok "site: every internal link and icon reference resolves (files and #fragments)" ||
	{ fail "site: links that do not resolve"; note $bad_links; }

id=parkeervergunning
a=$s/nl/$id.html
grep -q '<link rel="alternate" hreflang="nl" href="https://www.example.nl/privacy/nl/parkeervergunning.html">' "$a" &&
	grep -q '<link rel="alternate" hreflang="en" href="https://www.example.nl/privacy/en/parkeervergunning.html">' "$a" &&
	grep -q '<link rel="canonical" href="https://www.example.nl/privacy/nl/parkeervergunning.html">' "$a" &&
	ok "site: hreflang alternates and canonical address on an activity page" ||
	fail "site: hreflang alternates and canonical address on an activity page"
grep -q '<nav class="pv-lang" aria-label="Taal"><ul><li><a href="../en/parkeervergunning.html" hreflang="en" lang="en">English</a>' "$a" &&
	grep -q '<nav class="pv-lang" aria-label="Language"><ul><li><a href="../nl/parkeervergunning.html" hreflang="nl" lang="nl">Nederlands</a>' "$s/en/$id.html" &&
	ok "site: a visible language switch to the same page in the other language" ||
	fail "site: a visible language switch to the same page in the other language"
grep -q '<nav class="pv-crumbs" aria-label="Kruimelpad"><div class="pv-wrap"><ol><li><a href="index.html">' "$a" &&
	grep -q 'aria-current="page">Parkeervergunning</a>' "$a" && ok "site: breadcrumbs back to the index" ||
	fail "site: breadcrumbs back to the index"
grep -q '<a href="parkeervergunning.pdf">' "$a" &&
	grep -q 'Vaste link naar deze pagina: <a href="https://www.example.nl/privacy/nl/parkeervergunning.html">' "$a" &&
	ok "site: the sheet to download and the permanent link" || fail "site: the sheet to download and the permanent link"
[ "$(grep -c '<h1' "$a")" -eq 1 ] && [ "$(grep -c '<h2 id="pv-parkeervergunning_q[1-8]">' "$a")" -eq 8 ] &&
	ok "site: one h1 (the activity) and eight question headings (h2)" ||
	fail "site: one h1 (the activity) and eight question headings (h2)"
grep -q 'role="img" aria-labelledby="\([^"]*\)" width="48" height="48" viewBox="0 0 48 48"><title id="\1">[^<]*</title><use href="icons/sprite.svg#privicon-' "$a" &&
	ok "site: icons refer to the sprite, named by their own <title>" ||
	fail "site: icons refer to the sprite, named by their own <title>"
unlinked=""
for i in $ids; do
	grep -q "<a href=\"$i.html\">" "$s/nl/index.html" || unlinked="$unlinked $i"
done
[ -z "$unlinked" ] && ok "site: the index links to every activity" || fail "site: the index does not link to:$unlinked"
grep -q 'prefers-color-scheme:dark' "$s/assets/privicon.css" && grep -q '@media print' "$s/assets/privicon.css" &&
	grep -q -- '--pv-primary:#154273' "$s/assets/privicon.css" &&
	ok "site: one stylesheet with the theme's tokens, dark mode and print styles" ||
	fail "site: one stylesheet with the theme's tokens, dark mode and print styles"

# The sitemap: every page in both languages, absolute.
pages=$(grep -c '<url><loc>https://www.example.nl/privacy/[a-z][a-z]/[a-z0-9-]*\.html</loc>' "$s/sitemap.xml")
[ "$pages" -eq $(((n + 1) * 2)) ] && xmllint --noout "$s/sitemap.xml" 2>/dev/null &&
	ok "site: sitemap.xml lists all $pages pages with absolute addresses" ||
	fail "site: sitemap.xml lists all pages ($pages, want $(((n + 1) * 2)))"

# The same bytes twice.
"$bin" site --base-url https://www.example.nl/privacy -o "$tmp/again" "$reg" >/dev/null 2>&1
diff -r "$s" "$tmp/again" >/dev/null && ok "site: the same register gives the same bytes" ||
	fail "site: the same register gives the same bytes"

# Without a base URL: relative links only, no sitemap, no permanent link.
# With --fragments, of a register with an edited name (for the API below).
sed 's/Parkeervergunning</Parkeervergunning aangevraagd</' "$reg" >"$tmp/edited.xml"
"$bin" site --fragments -o "$tmp/rel" "$tmp/edited.xml" >/dev/null 2>&1
[ ! -e "$tmp/rel/sitemap.xml" ] && ! grep -rq 'www.example.nl/privacy\|rel="canonical"' "$tmp/rel/nl" &&
	grep -q '<link rel="alternate" hreflang="en" href="../en/parkeervergunning.html">' "$tmp/rel/nl/$id.html" &&
	ok "site without --base-url: relative links, no sitemap, no permanent link" ||
	fail "site without --base-url: relative links, no sitemap, no permanent link"

# ---- the register API -----------------------------------------------------------------

# Against the Logius draft's schemas (tests/data/logius/rvva-openapi.json),
# with ids checked against the documented UUID v5 inputs.
key=$(sed -n 's/.*<identifier scheme="\([^"]*\)">\([^<]*\)<.*/\1:\2/p' "$reg" | head -1)
openapi=tests/data/logius/rvva-openapi.json
if ! command -v node >/dev/null 2>&1; then
	fail "site api: node is installed (make js-deps)"
elif [ ! -f tests/js/node_modules/.package-lock.json ]; then
	fail "site api: tests/js/node_modules is missing (make js-deps installs it)"
else
	node tests/js/validate-api.mjs "$openapi" "$s" "$key" >"$tmp/api.log" 2>&1
	status=$?
	cat "$tmp/api.log"
	[ $status -eq 0 ] || grep -q '^FAIL' "$tmp/api.log" || fail "site api: validate-api.mjs ran (status $status)"
	# The check can fail: a key the draft does not define, a term outside
	# its enumeration, an id that is not the documented UUID.
	cp -r "$s/api" "$tmp/api-good"
	v=$(ls "$s"/api/processing_activities/*/versions/*.json | head -1)
	sed -i 's/"version": /"bogus": 1, "version": /; s/"PublicInterest"/"PublicTask"/' "$v"
	node tests/js/validate-api.mjs "$openapi" "$s" "$key" >"$tmp/api.log" 2>&1
	status=$?
	[ $status -eq 1 ] && grep -q 'must NOT have additional properties' "$tmp/api.log" &&
		grep -q 'must be equal to one of the allowed values' "$tmp/api.log" &&
		ok "site api: the check fails on a key outside the draft and a term outside its enumeration" ||
		{ fail "site api: the check fails on a broken version file (status $status)"; note "$(cat "$tmp/api.log")"; }
	node tests/js/validate-api.mjs "$openapi" "$tmp/again" "tooi:another-key" >"$tmp/api.log" 2>&1
	[ $? -eq 1 ] && ok "site api: the check fails when the ids are not uuid5 of the controller's key" ||
		fail "site api: the check fails when the ids are not uuid5 of the controller's key"
	rm -rf "$s/api" && mv "$tmp/api-good" "$s/api"
fi
# Stable ids: a register with another activity order and text gives the
# same uuids for the same activities.
# (The build without a base URL above is of a register with an edited name.)
a1=$(jq -r '.processingActivities[] | .activity + " " + .id' "$s/api/privicon-index.json" | sort)
a2=$(jq -r '.processingActivities[] | .activity + " " + .id' "$tmp/rel/api/privicon-index.json" | sort)
[ -n "$a1" ] && [ "$a1" = "$a2" ] && ok "site api: ids stay the same when texts change (name-based UUIDs)" ||
	fail "site api: ids stay the same when texts change"
jq -e '.processingActivities[] | select(.activity == "parkeervergunning") |
	.processingActivityId == "https://www.example.nl/privacy/" + .path' "$s/api/privicon-index.json" >/dev/null &&
	ok "site api: privicon-index.json gives the processing_activity_id URL of each version" ||
	fail "site api: privicon-index.json gives the processing_activity_id URL of each version"

# ---- fragments ----------------------------------------------------------------------

fr=$tmp/rel/fragments
if [ -s "$fr/nl/index.html" ] && [ -s "$fr/en/$id.html" ]; then
	bad=$(grep -lE '<html|<head|<style|<link|<body|<!doctype' "$fr"/*/*.html | head -3)
	[ -z "$bad" ] && grep -q '<section class="pv-activity"' "$fr/en/$id.html" &&
		grep -q '<a href="parkeervergunning.pdf">' "$fr/en/$id.html" &&
		! grep -q '<use href' "$fr/en/$id.html" &&
		ok "site --fragments: page bodies without <html>, head or styles; icons inline" ||
		{ fail "site --fragments: page bodies only"; note "$bad"; }
else
	fail "site --fragments: fragments/nl/index.html and fragments/en/$id.html written"
fi

# ---- a second run: what is gone goes -------------------------------------------------

u=$tmp/update
mini=examples/minimal.xml
mid=$(sed -n 's/.*<activity id="\([a-z0-9-]*\)".*/\1/p' "$mini" | head -1)
"$bin" site --fragments -o "$u" "$mini" >/dev/null 2>&1
old_version=$(jq -r '.processingActivities[0].path' "$u/api/privicon-index.json")
echo "mine" >"$u/keep.txt"
mkdir -p "$u/nl/extra" && echo "mine too" >"$u/nl/extra/page.html"
echo "outside" >"$tmp/outside.txt"
sed "s/<activity id=\"$mid\"/<activity id=\"hernoemd\"/" "$mini" >"$tmp/renamed.xml"
"$bin" site --fragments -o "$u" "$tmp/renamed.xml" >/dev/null 2>"$tmp/stderr"
status=$?
stale=$(cd "$u" && find . -name "$mid*")
[ $status -eq 0 ] && [ -n "$mid" ] && [ -z "$stale" ] && [ -s "$u/nl/hernoemd.html" ] && [ -s "$u/en/hernoemd.pdf" ] &&
	[ -s "$u/fragments/nl/hernoemd.html" ] &&
	grep -q "verwijderd (niet meer in het register): .*/nl/$mid.html" "$tmp/stderr" &&
	ok "site: after renaming an activity no stale page, sheet or fragment is left (and each removal is reported)" ||
	{ fail "site: after renaming an activity no stale file is left (status $status)"; note "$stale" "$(cat "$tmp/stderr")"; }
[ -s "$u/$old_version" ] && jq -e --arg p "$old_version" '[.files[].path] | index($p)' "$u/manifest.json" >/dev/null &&
	[ ! -e "$u/${old_version%/versions/*}.json" ] &&
	ok "site: the old activity's API version stays (log records point to it) and stays in the manifest" ||
	fail "site: the old activity's API version stays and stays in the manifest ($old_version)"
[ "$(cat "$u/keep.txt")" = mine ] && [ "$(cat "$u/nl/extra/page.html")" = "mine too" ] &&
	ok "site: files the site did not write stay" || fail "site: files the site did not write stay"
! jq -r '.files[].path' "$u/manifest.json" | grep -q "$mid" &&
	ok "site: the new manifest no longer lists the old files" || fail "site: the new manifest no longer lists the old files"
# A manifest that lists paths outside DIR, or one privicon did not write,
# removes nothing.
jq '.files += [{"path": "../outside.txt"}, {"path": "/etc/hostname"}, {"path": "nl/../keep.txt"}]' \
	"$u/manifest.json" >"$tmp/m.json" && cp "$tmp/m.json" "$u/manifest.json"
"$bin" site --fragments -o "$u" "$tmp/renamed.xml" >/dev/null 2>&1
[ -s "$tmp/outside.txt" ] && [ -s "$u/keep.txt" ] && [ -s /etc/hostname ] &&
	ok "site: a manifest naming paths outside DIR removes nothing there" ||
	fail "site: a manifest naming paths outside DIR removes nothing there"
printf '{"files": [{"path": "keep.txt"}]}\n' >"$u/manifest.json"
"$bin" site -o "$u" "$tmp/renamed.xml" >/dev/null 2>"$tmp/stderr"
[ -s "$u/keep.txt" ] && [ -s "$u/fragments/nl/hernoemd.html" ] && grep -q 'geen manifest van privicon' "$tmp/stderr" &&
	ok "site: a manifest privicon did not write removes nothing (with a message)" ||
	{ fail "site: a manifest privicon did not write removes nothing"; note "$(cat "$tmp/stderr")"; }

# A symbolic link in the way: nothing written through it.
l=$tmp/linked
mkdir -p "$l" "$tmp/elsewhere"
ln -s "$tmp/elsewhere" "$l/nl"
"$bin" site -o "$l" "$mini" >/dev/null 2>"$tmp/stderr"
status=$?
[ $status -eq 2 ] && [ -z "$(ls "$tmp/elsewhere")" ] &&
	ok "site: a symbolic link in the output directory is refused (exit 2), nothing written through it" ||
	{ fail "site: a symbolic link in the way (status $status)"; note "$(cat "$tmp/stderr")"; ls "$tmp/elsewhere" | head -3; }

# ---- the publish recipes (examples/ci) -------------------------------------------------

if [ -f tests/js/node_modules/.package-lock.json ]; then
	node --input-type=module -e '
		import { readFileSync } from "node:fs";
		import YAML from "./tests/js/node_modules/yaml/dist/index.js";
		for (const f of ["examples/ci/github-publish.yml", "examples/ci/gitlab-publish.yml"]) {
			const text = readFileSync(f, "utf8");
			const doc = YAML.parse(text);
			const jobs = doc.jobs ? Object.values(doc.jobs) : [doc["privicon-publish"]];
			if (!jobs[0] || !/privicon site .*-o /.test(text) || !/libqrencode-dev/.test(text)) {
				console.log(`FAIL - site: ${f} has a publish job that runs privicon site`);
				process.exit(1);
			}
			console.log(`ok - site: ${f} is YAML with a publish job that runs privicon site`);
		}' || fail "site: the publish recipes parse"
fi

# ---- errors --------------------------------------------------------------------------

"$bin" site -o "$tmp/bad" tests/rules/bsn-law/trigger.xml >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
[ $status -eq 1 ] && [ ! -e "$tmp/bad" ] && grep -q '\[bsn-law\]' "$tmp/stderr" &&
	ok "site: a register with errors: diagnostics, exit 1, nothing written" ||
	fail "site: a register with errors (status $status)"
for args in "--base-url ftp://x.example/ -o $tmp/x $reg" "--base-url https://x.example/a\"b -o $tmp/x $reg" \
	"-o $tmp/x" "$reg" "--lang fr -o $tmp/x $reg" "-o $tmp/no/such/dir $reg"; do
	# shellcheck disable=SC2086
	"$bin" site $args >/dev/null 2>"$tmp/stderr"
	status=$?
	[ $status -eq 2 ] && [ -s "$tmp/stderr" ] || { fail "site $args: exit 2 with a message (got $status)"; continue; }
	ok "site $(echo "$args" | sed "s|$tmp/||g"): exit 2 with a message"
done
[ ! -e "$tmp/x" ] && ok "site: nothing written on usage errors" || fail "site: nothing written on usage errors"

lib_finish
