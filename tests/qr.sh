#!/bin/sh
# qr.sh - QR codes on the printed sheets (render --base-url, the register's
# <publication base-url>, privicon site): decoded back with zbarimg
# (zbar-tools) from the PNG, from the PDF (rasterised by pdftoppm) and from
# the SVG (rasterised by rsvg-convert), each to the exact address of the
# activity's page; none without a base URL.
. "$(dirname "$0")/lib.sh"

bin=$B/privicon
mini=examples/minimal.xml
id=$(sed -n 's/.*<activity id="\([a-z0-9-]*\)".*/\1/p' "$mini" | head -1)

for tool in zbarimg pdftoppm rsvg-convert; do
	if ! command -v $tool >/dev/null 2>&1; then
		fail "qr: $tool is installed (make deps: zbar-tools, poppler-utils, librsvg2-bin)"
		lib_finish
		exit
	fi
done

# decode FILE - the text of the QR codes in an image, one per line.
decode() {
	zbarimg -q --raw "$1" 2>/dev/null
}

for lang in nl en; do
	o=$tmp/r-$lang
	"$bin" render --lang $lang --base-url https://www.example.nl/privacy -o "$o" "$mini" >/dev/null 2>"$tmp/stderr" ||
		{ fail "qr: render --base-url ($lang)"; note "$(cat "$tmp/stderr")"; continue; }
	want="https://www.example.nl/privacy/$lang/$id.html"
	[ "$(decode "$o/$id.png")" = "$want" ] && ok "qr: the PNG sheet ($lang, scale 1) decodes to $want" ||
		fail "qr: the PNG sheet ($lang) decodes to $want (got '$(decode "$o/$id.png")')"
	pdftoppm -r 150 -png -f 2 -l 2 "$o/register.pdf" "$tmp/p-$lang" >/dev/null 2>&1
	[ "$(decode "$tmp/p-$lang-2.png")" = "$want" ] && ok "qr: the PDF sheet ($lang, page 2 at 150 dpi) decodes to the page" ||
		fail "qr: the PDF sheet ($lang) decodes to the page (got '$(decode "$tmp/p-$lang-2.png")')"
	rsvg-convert -o "$tmp/s-$lang.png" "$o/$id.svg" 2>/dev/null
	[ "$(decode "$tmp/s-$lang.png")" = "$want" ] && ok "qr: the SVG sheet ($lang) decodes to the page" ||
		fail "qr: the SVG sheet ($lang) decodes to the page (got '$(decode "$tmp/s-$lang.png")')"
	grep -q "www.example.nl/privacy/$lang/$id.html" "$o/$id.svg" &&
		ok "qr: the SVG's text version has the short address" || fail "qr: the SVG's text version has the short address"
done
[ -z "$(decode "$tmp/r-nl/overview.png")" ] && ok "qr: the overview has no QR code (it has no page of its own)" ||
	fail "qr: the overview has no QR code"

# The register's <publication base-url>, and --base-url over it.
sed 's|</controller>|</controller>\n  <publication base-url="https://gemeente.example/privacy/"/>|' "$mini" >"$tmp/pub.xml"
"$bin" check "$tmp/pub.xml" >/dev/null 2>&1 && ok "qr: a register with <publication base-url> is valid" ||
	fail "qr: a register with <publication base-url> is valid"
"$bin" render --format png -o "$tmp/pub" "$tmp/pub.xml" >/dev/null 2>&1
[ "$(decode "$tmp/pub/$id.png")" = "https://gemeente.example/privacy/nl/$id.html" ] &&
	ok "qr: <publication base-url> puts the QR code on the sheet" || fail "qr: <publication base-url> puts the QR code on the sheet"
"$bin" render --format png --base-url http://other.example -o "$tmp/over" "$tmp/pub.xml" >/dev/null 2>&1
[ "$(decode "$tmp/over/$id.png")" = "http://other.example/nl/$id.html" ] &&
	ok "qr: --base-url wins over the register's" || fail "qr: --base-url wins over the register's"
"$bin" render --format png -o "$tmp/none" "$mini" >/dev/null 2>&1
[ -z "$(decode "$tmp/none/$id.png")" ] && ok "qr: no base URL, no QR code" || fail "qr: no base URL, no QR code"
for bad in 'javascript:alert(1)' 'https://x.example/a b' 'https://x.example/?q=1' 'ftp://x.example/'; do
	sed "s|</controller>|</controller>\n  <publication base-url=\"$bad\"/>|" "$mini" >"$tmp/bad.xml"
	"$bin" check "$tmp/bad.xml" >/dev/null 2>&1
	[ $? -eq 1 ] || { fail "qr: <publication base-url=\"$bad\"> is refused by the schema"; continue; }
	ok "qr: <publication base-url=\"$bad\"> is refused by the schema"
done

# privicon site: every sheet's QR code is its own page.
"$bin" site --base-url https://www.example.nl/privacy/ -o "$tmp/site" "$mini" >/dev/null 2>&1
pdftoppm -r 150 -png -f 1 -l 1 "$tmp/site/en/$id.pdf" "$tmp/site-en" >/dev/null 2>&1
[ "$(decode "$tmp/site-en-1.png")" = "https://www.example.nl/privacy/en/$id.html" ] &&
	ok "qr: the site's sheet (en/$id.pdf) leads to en/$id.html" ||
	fail "qr: the site's sheet leads to its page (got '$(decode "$tmp/site-en-1.png")')"

lib_finish
