#!/bin/sh
# setup.sh - the README's set-up and editor steps, as a new user meets them
# (issue 16):
#   - `make demo` installs build and run dependencies only; the test tools
#     (Chromium, valgrind, node, ...) come with `make check` (test-deps);
#   - after the demo, privicon is installed where the README's commands
#     find it: ~/.local when not root (and says how to put it on PATH),
#     PREFIX when root or when given; the schema and the XML catalog go to
#     PREFIX/share/privicon;
#   - an editor (here xmllint) finds the schema from the namespace alone
#     through the installed catalog;
#   - every example names the schema with xsi:schemaLocation;
#   - the VS Code settings we ship parse and name the catalog.
. "$(dirname "$0")/lib.sh"

# ---- dependencies: demo vs check --------------------------------------
test_tools="chromium valgrind strace poppler-utils nodejs npm jq git libxml2-utils librsvg2-bin"
deps_words=$(make -s -n deps 2>/dev/null | grep 'tools/deps.sh')
testdeps_words=$(make -s -n test-deps 2>/dev/null | grep 'tools/deps.sh')
demo_words=$(make -s -n demo 2>/dev/null)
bad=""
for t in $test_tools; do
	case " $deps_words " in *" $t "*) bad="$bad $t" ;; esac
done
if [ -n "$deps_words" ] && [ -z "$bad" ]; then
	ok "make deps (run by make demo) installs no test tool"
else
	fail "make deps installs test tools:$bad"
fi
missing=""
for t in chromium valgrind poppler-utils libxml2-utils; do
	case " $testdeps_words " in *" $t "*) ;; *) missing="$missing $t" ;; esac
done
if [ -z "$missing" ]; then ok "make test-deps installs the test tools"; else fail "make test-deps lacks:$missing"; fi
if printf '%s\n' "$demo_words" | grep -q 'test-deps\|chromium\|valgrind'; then
	fail "make demo pulls in test tools"
else
	ok "make demo does not pull in test tools"
fi
if make -s -n check 2>/dev/null | grep -q 'chromium'; then
	ok "make check installs the test tools"
else
	fail "make check does not install the test tools"
fi
if grep -q 'make deps test-deps' .ci/run; then
	ok ".ci/run installs build and test dependencies as root before make check"
else
	fail ".ci/run does not run make deps test-deps"
fi

# ---- the install step of make demo ------------------------------------
home=$tmp/home
mkdir -p "$home"
out=$(PRIVICON_DEMO_UID=1000 HOME=$home PATH=/usr/bin:/bin MAKE=make sh tools/install-demo.sh 2>&1)
if [ -x "$home/.local/bin/privicon" ] && "$home/.local/bin/privicon" --version >/dev/null 2>&1; then
	ok "not root: make demo installs privicon into ~/.local/bin, and it runs"
else
	fail "not root: privicon is not installed into ~/.local/bin"
	note "$out"
fi
case $out in
*"is not on your PATH"*'export PATH="'"$home"'/.local/bin:$PATH"'*) ok "not root: says how to put ~/.local/bin on PATH" ;;
*) fail "not root: does not say how to put ~/.local/bin on PATH"; note "$out" ;;
esac
out=$(PRIVICON_DEMO_UID=1000 HOME=$home PATH="$home/.local/bin:/usr/bin:/bin" MAKE=make sh tools/install-demo.sh 2>&1)
case $out in
*"not on your PATH"*) fail "with ~/.local/bin on PATH it still warns"; note "$out" ;;
*"installed as $home/.local/bin/privicon"*) ok "says where privicon went" ;;
*) fail "does not say where privicon went"; note "$out" ;;
esac
out=$(PRIVICON_DEMO_UID=0 PREFIX_ORIGIN="command line" PREFIX=$tmp/root HOME=$home MAKE=make sh tools/install-demo.sh 2>&1)
if [ -x "$tmp/root/bin/privicon" ]; then ok "PREFIX given: installs there"; else fail "PREFIX given: not installed there"; note "$out"; fi
# The recipe itself, as make runs it for `make demo PREFIX=DIR` (the
# README's way): $(origin PREFIX) is then "command line", two words.
line=$(make -s -n demo PREFIX="$tmp/cmdline" B="$B" 2>/dev/null | grep 'install-demo.sh')
out=$(PRIVICON_DEMO_UID=0 HOME=$home MAKE=make sh -c "$line" 2>&1)
if [ -n "$line" ] && [ -x "$tmp/cmdline/bin/privicon" ]; then
	ok "make demo PREFIX=DIR: the install step runs and installs there"
else
	fail "make demo PREFIX=DIR: the install step fails"
	note "$line" "$out"
fi
share=$home/.local/share/privicon
if [ -f "$share/register.xsd" ] && [ -f "$share/catalog.xml" ] && cmp -s "$share/register.xsd" schemas/register.xsd; then
	ok "the schema and the XML catalog are installed in PREFIX/share/privicon"
else
	fail "schema or catalog missing in PREFIX/share/privicon"
fi
if command -v man >/dev/null 2>&1 && [ -f "$home/.local/share/man/man1/privicon.1" ]; then
	ok "the man page is installed"
elif [ -f "$home/.local/share/man/man1/privicon.1" ]; then
	ok "the man page is installed"
else
	fail "the man page is not installed"
fi

# ---- editors: the catalog resolves the namespace -----------------------
if ! command -v xmllint >/dev/null 2>&1; then
	fail "editors: xmllint is missing (make test-deps installs libxml2-utils)"
else
	for f in examples/*.xml; do
		sed 's/ xsi:schemaLocation="[^"]*"//' "$f" >"$tmp/plain.xml"
		if XML_CATALOG_FILES=$share/catalog.xml SGML_CATALOG_FILES= \
			xmllint --noout --nonet --catalogs --schema urn:privicon:register:1 "$tmp/plain.xml" \
			>"$tmp/xl.log" 2>&1; then
			ok "editors: the installed catalog finds the schema from the namespace alone ($f)"
		else
			fail "editors: the catalog does not resolve urn:privicon:register:1 ($f)"
			note "$(cat "$tmp/xl.log")"
		fi
	done
	# It is the catalog that does it: without it, the namespace is no file.
	if XML_CATALOG_FILES=$tmp/none.xml xmllint --noout --nonet --catalogs \
		--schema urn:privicon:register:1 examples/minimal.xml >/dev/null 2>&1; then
		fail "editors: the schema was found without the catalog (the test proves nothing)"
	else
		ok "editors: without the catalog the namespace resolves to nothing"
	fi
	# and a broken register is reported by the editor's validator too
	sed 's/kind="residents"/kind="gezondheid"/' examples/minimal.xml >"$tmp/broken.xml"
	if XML_CATALOG_FILES=$share/catalog.xml xmllint --noout --nonet --catalogs \
		--schema urn:privicon:register:1 "$tmp/broken.xml" >/dev/null 2>&1; then
		fail "editors: a wrong value passes the catalog's schema"
	else
		ok "editors: a wrong value fails the catalog's schema"
	fi
	for f in examples/*.xml; do
		loc=$(sed -n 's/.*xsi:schemaLocation="urn:privicon:register:1 \([^"]*\)".*/\1/p' "$f" | head -1)
		if [ -n "$loc" ] && cmp -s "$(dirname "$f")/$loc" schemas/register.xsd &&
			xmllint --noout --nonet --schema "$(dirname "$f")/$loc" "$f" >/dev/null 2>&1; then
			ok "editors: $f names the schema in xsi:schemaLocation and is valid against it"
		else
			fail "editors: $f has no xsi:schemaLocation pointing at schemas/register.xsd"
		fi
	done
fi
if command -v jq >/dev/null 2>&1; then
	if jq -e '."xml.catalogs" | length > 0 and (.[0] | endswith("share/privicon/catalog.xml"))' \
		docs/editors/vscode-settings.json >/dev/null 2>&1; then
		ok "editors: the VS Code settings parse and name the installed catalog"
	else
		fail "editors: docs/editors/vscode-settings.json does not name the catalog"
	fi
fi
lib_finish
