#!/bin/sh
# site-browser.sh - every page of the site of examples/register.xml
# (privicon site, with a base URL) in Debian's chromium with axe-core:
# tests/browser/check-site.js (see that file for the checks). Missing
# chromium, node or the npm packages is a FAIL, not a skip: `make check`
# installs them. Screenshots go to $B/browser/site/.
. "$(dirname "$0")/lib.sh"

bin=$B/privicon
out=$B/browser/site
chromium=$(command -v chromium || command -v chromium-browser || true)

if [ ! -x "$bin" ]; then
	fail "site-browser: $bin is built"
elif ! command -v node >/dev/null 2>&1; then
	fail "site-browser: node is installed (make check installs nodejs)"
elif [ -z "$chromium" ]; then
	fail "site-browser: chromium is installed (make check installs Debian's chromium)"
elif [ ! -d tests/browser/node_modules/axe-core ]; then
	fail "site-browser: npm packages installed (make browser-deps)"
else
	"$bin" site --base-url https://www.example.nl/privacy/ -o "$tmp/site" examples/register.xml >/dev/null 2>"$tmp/stderr" ||
		{ fail "site-browser: the site is written"; note "$(cat "$tmp/stderr")"; }
	mkdir -p "$out"
	node tests/browser/check-site.js --site "$tmp/site" --out "$out" --chromium "$chromium" \
		--shots index.html,nl/index.html,en/index.html,nl/wmo-ondersteuning.html,en/wmo-ondersteuning.html \
		--dark nl/index.html,nl/wmo-ondersteuning.html,en/cameratoezicht.html >"$tmp/log" 2>&1
	status=$?
	cat "$tmp/log"
	grep -q '^FAIL - ' "$tmp/log" || [ $status -eq 0 ] || fail "site-browser: check-site.js exited with status $status"
	grep -q '^ok - ' "$tmp/log" || fail "site-browser: check-site.js ran no check"
	# The checks can fail: a page with an unlabelled image, low contrast, a
	# link to nothing, a heading word too wide for 375 px.
	b=$tmp/broken
	mkdir -p "$b/nl" "$b/assets" && cp "$tmp/site/assets/"* "$b/assets/"
	sed -e 's|<h1>|<h1>Gegevensbeschermingseffectbeoordelingsrapportages |' \
		-e 's|<p class="pv-org">|<p class="pv-org" style="color:#777;background:#888">|' \
		-e 's|</main>|<a href="nergens.html">weg</a><svg role="img"></svg></main>|' \
		"$tmp/site/nl/index.html" >"$b/nl/index.html"
	node tests/browser/check-site.js --site "$b" --out "$tmp" --chromium "$chromium" >"$tmp/log" 2>&1
	status=$?
	if [ $status -eq 1 ] && grep -q '^FAIL - site: axe-core' "$tmp/log" && grep -q '^FAIL - site: every link' "$tmp/log" &&
		grep -q '^FAIL - site: no heading broken inside a word' "$tmp/log"; then
		ok "site-browser: a broken page fails (axe, a dead link, a heading broken inside a word)"
	else
		fail "site-browser: a broken page fails the checks (status $status)"
		sed 's/^/# /' "$tmp/log" | head -30
	fi
fi
lib_finish
