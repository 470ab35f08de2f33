#!/bin/sh
# html.sh - `privicon html` and themes, through the CLI ($B/privicon and
# $B/asan/privicon), then the page in a real browser.
#
#   - the page of examples/register.xml (nl and en): a self-contained
#     document (doctype, lang, viewport, one <style>, no script, no external
#     reference), one section per activity, the legal-text links, the same
#     bytes on every run, written atomically;
#   - every register text is escaped (a hostile copy of examples/minimal.xml);
#   - a register with errors writes nothing (exit 1); usage and I/O trouble
#     exit 2;
#   - --theme: good tokens reach the page's CSS and the sheets; a bad
#     colour, an unsafe font, too little contrast, broken JSON are refused
#     with a clear message (exit 2); unknown tokens are warnings;
#   - the browser: tests/browser/check-page.js in Debian's chromium with
#     axe-core (see that file). Missing chromium, node or the npm packages is
#     a FAIL, not a skip: `make check` installs them.
# Screenshots go to $B/browser/.
. "$(dirname "$0")/lib.sh"

bin=$B/privicon
asan=$B/asan/privicon
reg=examples/register.xml
mini=examples/minimal.xml
out=$B/browser
mkdir -p "$out"

if [ ! -x "$bin" ]; then
	fail "html: $bin is built (run make check-build)"
	lib_finish
	exit
fi

# ---- the page ------------------------------------------------------------

# page_checks FILE LANG LABEL - the static promises of one page.
page_checks() {
	pf=$1
	lang=$2
	label=$3
	head -c 16 "$pf" | grep -q '^<!doctype html>' && grep -q "^<html lang=\"$lang\">" "$pf" &&
		grep -q '<meta charset="utf-8">' "$pf" &&
		grep -q '<meta name="viewport" content="width=device-width, initial-scale=1">' "$pf" &&
		grep -q '<title>[^<][^<]*</title>' "$pf" &&
		ok "$label: doctype, lang=\"$lang\", charset, viewport and title" ||
		fail "$label: doctype, lang=\"$lang\", charset, viewport and title"
	[ "$(grep -c '<style>' "$pf")" -eq 1 ] && ok "$label: one <style> block" ||
		fail "$label: one <style> block"
	if grep -qiE '<script|<link |<img |<iframe|<object|<embed|@import|@font-face| src=|url\(' "$pf"; then
		fail "$label: no script, no external reference"
		note "$(grep -oiE '<script|<link |<img |<iframe|<object|<embed|@import|@font-face| src=|url\([^)]*\)' "$pf" | sort | uniq -c)"
	else
		ok "$label: no script, no external reference"
	fi
	# Only links the register gives (http/https), mailto:, tel: and
	# fragments inside the page.
	bad=$(grep -oE 'href="[^"]*"' "$pf" | grep -vE '^href="(https?://|mailto:|tel:|#)' | head -5)
	[ -z "$bad" ] && ok "$label: every link is http(s), mailto:, tel: or inside the page" ||
		{ fail "$label: every link is http(s), mailto:, tel: or inside the page"; note "$bad"; }
	# Every #fragment link has its target.
	missing=""
	for id in $(grep -oE 'href="#[^"]*"' "$pf" | sed 's/href="#\(.*\)"/\1/' | sort -u); do
		grep -q " id=\"$id\"" "$pf" || missing="$missing $id"
	done
	[ -z "$missing" ] && ok "$label: every #fragment link has its target" ||
		fail "$label: links without target:$missing"
	# ids unique (the browser checks again, after parsing).
	dups=$(grep -oE ' id="[^"]*"' "$pf" | sort | uniq -d | head -5)
	[ -z "$dups" ] && ok "$label: ids unique in the source" ||
		{ fail "$label: ids unique in the source"; note "$dups"; }
	# Every role="img" icon is labelled by its own <title>.
	imgs=$(grep -o 'role="img" aria-labelledby="[^"]*"' "$pf" | wc -l)
	titled=$(grep -oE 'role="img" aria-labelledby="([^"]*)"[^>]*><title id="[^"]*">' "$pf" |
		sed 's/.*aria-labelledby="\([^"]*\)".*<title id="\([^"]*\)">/\1 \2/' | awk '$1 == $2' | wc -l)
	[ "$imgs" -gt 0 ] && [ "$imgs" -eq "$titled" ] &&
		ok "$label: all $imgs role=\"img\" icons are named by their own <title>" ||
		fail "$label: $titled of $imgs role=\"img\" icons are named by their own <title>"
}

for flavour in release asan; do
	b=$bin
	[ $flavour = asan ] && b=$asan
	if [ ! -x "$b" ]; then
		fail "html ($flavour): $b is built"
		continue
	fi
	"$b" html -o "$tmp/nl-$flavour.html" "$reg" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	[ $status -eq 0 ] && [ "$(cat "$tmp/stdout")" = "$tmp/nl-$flavour.html" ] &&
		ok "html ($flavour): $reg written, its path printed" ||
		{ fail "html ($flavour): $reg written (status $status)"; note "$(head -20 "$tmp/stderr")"; }
done
cp "$tmp/nl-release.html" "$out/register-nl.html"
f=$out/register-nl.html
page_checks "$f" nl "html nl"
cmp -s "$tmp/nl-release.html" "$tmp/nl-asan.html" &&
	ok "html: the sanitizer build writes the same bytes" ||
	fail "html: the sanitizer build writes the same bytes"
"$bin" html -o "$tmp/again.html" "$reg" >/dev/null 2>&1
cmp -s "$f" "$tmp/again.html" && ok "html: the same input gives the same bytes" ||
	fail "html: the same input gives the same bytes"
ls -a "$tmp" | grep -q '^\.again\.html\.' && fail "html: no temporary file left" ||
	ok "html: no temporary file left"

"$bin" html --lang en -o "$out/register-en.html" "$reg" >/dev/null 2>"$tmp/stderr" &&
	ok "html --lang en: written" || { fail "html --lang en: written"; note "$(cat "$tmp/stderr")"; }
page_checks "$out/register-en.html" en "html en"
grep -q 'What we do with your data' "$out/register-en.html" && ! grep -q 'Welke gegevens?' "$out/register-en.html" &&
	ok "html en: English headings, no Dutch question" ||
	fail "html en: English headings, no Dutch question"

# One section per activity, labelled by its heading, in register order.
want=$(sed -n 's/.*<activity id="\([a-z0-9-]*\)".*/\1/p' "$reg")
got=$(grep -o '<section class="pv-activity" id="pv-[a-z0-9-]*" aria-labelledby="pv-[a-z0-9-]*_h">' "$f" |
	sed 's/.* id="pv-\([a-z0-9-]*\)".*/\1/')
[ -n "$want" ] && [ "$want" = "$got" ] &&
	ok "html: one <section aria-labelledby> per activity, in order ($(echo "$want" | wc -l))" ||
	fail "html: one <section aria-labelledby> per activity, in order"
[ "$(grep -c '<h3 id="pv-[a-z0-9-]*_q[1-8]">' "$f")" -eq $(($(echo "$want" | wc -l) * 8)) ] &&
	ok "html: eight question headings per activity" || fail "html: eight question headings per activity"
# Every legal text the register gives is linked.
missing=""
for u in $(sed -n 's/.*<legal-text url="\([^"]*\)".*/\1/p' "$reg" | sort -u); do
	grep -qF "href=\"$u\"" "$f" || missing="$missing $u"
done
[ -z "$missing" ] && ok "html: every legal-text url is a link" || fail "html: legal texts not linked:$missing"
grep -q '<span class="pv-cue">Let op:</span>' "$f" && grep -q '<span class="pv-cue">Goed om te weten:</span>' "$f" &&
	ok "html: attention and reassuring items carry a visible word" ||
	fail "html: attention and reassuring items carry a visible word"
# Tone classes never without the word.
att=$(grep -c '<li class="pv-item pv-attention">' "$f")
attw=$(grep -c '<li class="pv-item pv-attention">.*<span class="pv-cue">Let op:</span>' "$f")
[ "$att" -gt 0 ] && [ "$att" -eq "$attw" ] && ok "html: all $att attention items say \"Let op:\"" ||
	fail "html: $attw of $att attention items say \"Let op:\""

# -o - writes the page to stdout.
"$bin" html -o - "$mini" >"$tmp/stdout.html" 2>/dev/null &&
	head -c 15 "$tmp/stdout.html" | grep -q '<!doctype html>' && ok "html -o -: the page on stdout" ||
	fail "html -o -: the page on stdout"

# ---- escaping ---------------------------------------------------------------

# Every register text goes through the escaper: names, summaries, the
# department, a URL with quotes and angle brackets.
sed -e 's|<nl>Bibliotheekpas</nl>|<nl>Pas \&amp; \&lt;script\&gt;alert("x")\&lt;/script\&gt; '"'"'q'"'"'</nl>|' \
	-e 's|<department>Openbare Bibliotheek</department>|<department>\&lt;b\&gt;Dep\&lt;/b\&gt;</department>\n    <legal-text url="https://e.example/?a=1\&amp;b='"'"'x'"'"'"/>|' \
	-e 's|<name>Gemeente Veldhoven-aan-Zee</name>|<name>Gemeente \&lt;i\&gt;X\&lt;/i\&gt;</name>|' \
	"$mini" >"$tmp/hostile.xml"
"$bin" html -o "$tmp/hostile.html" "$tmp/hostile.xml" >/dev/null 2>"$tmp/stderr"
status=$?
if [ $status -ne 0 ]; then
	fail "html: hostile register renders (status $status)"
	note "$(cat "$tmp/stderr")"
else
	grep -q 'Pas &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39;' "$tmp/hostile.html" &&
		grep -q '&lt;b&gt;Dep&lt;/b&gt;' "$tmp/hostile.html" &&
		grep -q 'Gemeente &lt;i&gt;X&lt;/i&gt;' "$tmp/hostile.html" &&
		grep -q 'href="https://e.example/?a=1&amp;b=&#39;x&#39;"' "$tmp/hostile.html" &&
		ok "html: names, department, controller and URLs are escaped (& < > \" ')" ||
		fail "html: names, department, controller and URLs are escaped"
	grep -qE '<script|<img|<b>|<i>' "$tmp/hostile.html" && fail "html: no markup from the register" ||
		ok "html: no markup from the register"
fi

# ---- errors -------------------------------------------------------------------

bad=tests/rules/bsn-law/trigger.xml
echo "keep me" >"$tmp/existing.html"
"$bin" html --lang en -o "$tmp/existing.html" "$bad" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
[ $status -eq 1 ] && grep -q 'error: .* \[bsn-law\]' "$tmp/stderr" && [ "$(cat "$tmp/existing.html")" = "keep me" ] &&
	[ ! -s "$tmp/stdout" ] &&
	ok "html: a register with errors: diagnostics, exit 1, the old file untouched" ||
	{ fail "html: a register with errors (status $status)"; note "$(cat "$tmp/stderr")"; }
"$bin" html -o "$tmp/none.html" "$bad" >/dev/null 2>&1
[ ! -e "$tmp/none.html" ] && ok "html: nothing written for a register with errors" ||
	fail "html: nothing written for a register with errors"

expect2() { # expect2 LABEL ARGS... - exit 2 and a message on stderr
	label=$1
	shift
	"$bin" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	[ $status -eq 2 ] && [ -s "$tmp/stderr" ] && ok "html: $label: exit 2 with a message" ||
		{ fail "html: $label: exit 2 with a message (got $status)"; note "$(cat "$tmp/stderr")"; }
}
expect2 "no such register" html -o "$tmp/x.html" "$tmp/missing.xml"
expect2 "bad --lang" html --lang fr -o "$tmp/x.html" "$mini"
expect2 "no -o" html "$mini"
expect2 "two registers" html -o "$tmp/x.html" "$mini" "$mini"
expect2 "unknown option" html --colour -o "$tmp/x.html" "$mini"
expect2 "output directory missing" html -o "$tmp/no/such/dir/x.html" "$mini"
expect2 "output is a directory" html -o "$tmp" "$mini"
[ ! -e "$tmp/x.html" ] && ok "html: nothing written on usage errors" || fail "html: nothing written on usage errors"
"$bin" html --help | grep -q -- '--theme' && ok "html --help lists --theme" || fail "html --help lists --theme"

# ---- themes ----------------------------------------------------------------------

theme() { # theme NAME - writes stdin to $tmp/NAME.json
	cat >"$tmp/$1.json"
}

theme good <<'EOF'
{
  "brand": { "plum": { "$value": "#7a1f5c", "$type": "color" } },
  "privicon": {
    "$description": "A municipality's own colours (W3C draft syntax and a reference)",
    "color": {
      "primary": { "$value": "{brand.plum}" },
      "link": { "value": "#7a1f5c" },
      "icon": { "value": "#7A1F5C" },
      "surface": { "value": "#f7f0f4" }
    },
    "font-family": { "value": ["Fira Sans", "DejaVu Sans", "sans-serif"] },
    "space": { "unit": { "value": "0.625rem" } }
  }
}
EOF
"$bin" html --theme "$tmp/good.json" -o "$out/register-themed.html" "$reg" >/dev/null 2>"$tmp/stderr"
status=$?
f=$out/register-themed.html
[ $status -eq 0 ] && [ ! -s "$tmp/stderr" ] && grep -q -- '--pv-primary:#7a1f5c;' "$f" &&
	grep -q -- '--pv-icon:#7a1f5c;' "$f" && grep -q -- '--pv-surface:#f7f0f4;' "$f" &&
	grep -q -- '--pv-text:#1b1b1b;' "$f" && grep -q -- '--pv-font:"Fira Sans", "DejaVu Sans", sans-serif;' "$f" &&
	grep -q -- '--pv-space:0.625rem' "$f" &&
	ok "html --theme: tokens (\$value, references, font list) reach the CSS; the rest is the default" ||
	{ fail "html --theme: tokens reach the CSS (status $status)"; note "$(cat "$tmp/stderr")"; }
page_checks "$f" nl "html themed"

theme unknown <<'EOF'
{ "privicon": { "color": { "primry": { "value": "#154273" } } }, "nl": { "x": { "value": 1 } } }
EOF
"$bin" html --lang en --theme "$tmp/unknown.json" -o "$tmp/u.html" "$mini" >/dev/null 2>"$tmp/stderr"
status=$?
[ $status -eq 0 ] && grep -q "unknown.json: warning: privicon.color.primry: unknown token" "$tmp/stderr" &&
	! grep -q '"nl"\|nl\.x' "$tmp/stderr" && [ -s "$tmp/u.html" ] &&
	ok "html --theme: an unknown privicon token is a warning; other groups are ignored" ||
	{ fail "html --theme: unknown token (status $status)"; note "$(cat "$tmp/stderr")"; }

# refused NAME TEXT - the theme is refused: exit 2, TEXT on stderr, no page.
refused() {
	rm -f "$tmp/r.html"
	"$bin" html --lang en --theme "$tmp/$1.json" -o "$tmp/r.html" "$mini" >/dev/null 2>"$tmp/stderr"
	status=$?
	[ $status -eq 2 ] && grep -qF -- "$2" "$tmp/stderr" && [ ! -e "$tmp/r.html" ] &&
		ok "html --theme $1: refused (exit 2): $2" ||
		{ fail "html --theme $1: refused with \"$2\" (status $status)"; note "$(cat "$tmp/stderr")"; }
}
theme blue <<'EOF'
{ "privicon": { "color": { "primary": { "value": "blue" } } } }
EOF
refused blue "blue.json: error: privicon.color.primary: expected a colour like #1a5fb4, got 'blue' [theme]"
theme alpha <<'EOF'
{ "privicon": { "color": { "text": { "value": "#1b1b1b80" } } } }
EOF
refused alpha "privicon.color.text: expected a colour like #1a5fb4, got '#1b1b1b80'"
theme grey <<'EOF'
{ "privicon": { "color": { "text": { "value": "#777777" } } } }
EOF
refused grey "privicon.color.text (#777777) on privicon.color.background (#ffffff): contrast 4.47:1 is too low; WCAG 2.1 AA needs at least 4.5:1 for text"
theme paleicon <<'EOF'
{ "privicon": { "color": { "icon": { "value": "#a0b4c8" } } } }
EOF
refused paleicon "privicon.color.icon (#a0b4c8) on privicon.color.background (#ffffff): contrast 2.13:1 is too low; WCAG 2.1 AA needs at least 3.0:1 for icons"
theme font <<'EOF'
{ "privicon": { "font-family": { "value": "x;}</style><script>alert(1)</script>" } } }
EOF
refused font "privicon.font-family: expected a list of font families with only letters, digits, spaces, hyphens, commas and quotes"
theme space <<'EOF'
{ "privicon": { "space": { "unit": { "value": "100px" } } } }
EOF
refused space "privicon.space.unit: expected a length from 2px to 32px or 0.125rem to 2rem, got '100px'"
theme dangling <<'EOF'
{ "privicon": { "color": { "link": { "value": "{brand.nothing}" } } } }
EOF
refused dangling "privicon.color.link: refers to {brand.nothing}, which the file does not define"
theme loop <<'EOF'
{ "privicon": { "color": { "link": { "value": "{privicon.color.icon}" }, "icon": { "value": "{privicon.color.link}" } } } }
EOF
refused loop "too deep or circular"
printf '{ "privicon": { "color": { "text": { "value": "#000" } }\n' >"$tmp/broken.json"
refused broken "broken.json:2: error: not valid JSON"
refused nosuchfile "cannot read the theme file"

# Dutch messages too.
"$bin" html --theme "$tmp/blue.json" -o "$tmp/r.html" "$mini" >/dev/null 2>"$tmp/stderr"
grep -qF "privicon.color.primary: verwacht een kleur zoals #1a5fb4, maar staat er 'blue'" "$tmp/stderr" &&
	ok "html --theme: the message in Dutch by default" || { fail "html --theme: Dutch message"; note "$(cat "$tmp/stderr")"; }

# The theme reaches the sheets: the header band takes the primary colour.
if "$bin" render --help 2>/dev/null | grep -q -- '--theme'; then
	"$bin" render --format png -o "$tmp/sheets-default" "$mini" >/dev/null 2>&1 &&
		"$bin" render --format png --theme "$tmp/good.json" -o "$tmp/sheets-themed" "$mini" >/dev/null 2>"$tmp/stderr" &&
		! cmp -s "$tmp/sheets-default/bibliotheekpas.png" "$tmp/sheets-themed/bibliotheekpas.png" &&
		ok "render --theme: the sheet changes with the theme" ||
		{ fail "render --theme: the sheet changes with the theme"; note "$(cat "$tmp/stderr")"; }
	"$bin" render --lang en --format png --theme "$tmp/grey.json" -o "$tmp/sheets-grey" "$mini" >/dev/null 2>"$tmp/stderr"
	status=$?
	[ $status -eq 2 ] && grep -q 'contrast 4.47:1' "$tmp/stderr" && [ ! -e "$tmp/sheets-grey/bibliotheekpas.png" ] &&
		ok "render --theme: an inaccessible theme is refused (exit 2), nothing written" ||
		{ fail "render --theme: an inaccessible theme is refused (status $status)"; note "$(cat "$tmp/stderr")"; }
else
	fail "render --theme: privicon render has a --theme option"
fi

# ---- the browser --------------------------------------------------------------------

chromium=$(command -v chromium || command -v chromium-browser || true)
if ! command -v node >/dev/null 2>&1; then
	fail "browser: node is installed (make check installs nodejs)"
elif [ -z "$chromium" ]; then
	fail "browser: chromium is installed (make check installs Debian's chromium)"
elif [ ! -d tests/browser/node_modules/axe-core ] || [ ! -d tests/browser/node_modules/chrome-remote-interface ]; then
	fail "browser: npm packages installed (make browser-deps: npm ci --prefix tests/browser)"
else
	for page in register-nl register-en register-themed; do
		node tests/browser/check-page.js --chromium "$chromium" --page "$out/$page.html" \
			--out "$out" --name "$page" >"$tmp/browser.log" 2>&1
		status=$?
		cat "$tmp/browser.log"
		grep -q '^FAIL - ' "$tmp/browser.log" || [ $status -eq 0 ] ||
			fail "browser: $page: check-page.js exited with status $status"
		grep -q '^ok - ' "$tmp/browser.log" || fail "browser: $page: check-page.js ran no check"
	done
	# The checks must be able to fail: a page with an unlabelled image, a
	# duplicate id, low contrast text and an external request.
	sed -e 's|<html lang="nl">|<html>|' \
		-e 's|<p class="pv-org">|<p class="pv-org" style="color:#777;background:#888">|' \
		-e 's|</footer>|<img src="https://example.invalid/x.png"><p id="pv_toc">dup</p></footer>|' \
		"$out/register-nl.html" >"$tmp/broken.html"
	node tests/browser/check-page.js --chromium "$chromium" --page "$tmp/broken.html" \
		--out "$tmp" --name broken >"$tmp/browser.log" 2>&1
	status=$?
	if [ $status -eq 1 ] && grep -q '^FAIL - broken: 1280 px: axe-core' "$tmp/browser.log" &&
		grep -q '^FAIL - broken: all .* ids are unique' "$tmp/browser.log" &&
		grep -q '^FAIL - broken: the browser requested only the page' "$tmp/browser.log" &&
		grep -q '^# html-has-lang' "$tmp/browser.log" && grep -q '^# color-contrast' "$tmp/browser.log"; then
		ok "browser: a broken page fails (axe: html-has-lang, color-contrast; duplicate id; external request)"
	else
		fail "browser: a broken page fails the browser checks (status $status)"
		sed 's/^/# /' "$tmp/browser.log" | head -40
	fi
fi

lib_finish
