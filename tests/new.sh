#!/bin/sh
# new.sh - `privicon new -o FILE` (issue 16): a new register follows the
# schema and names what is filled in (namespace, schemaLocation, controller
# kind, supervisory authority); `check` lists every placeholder left, and
# only things to fill in; filling them in gives a clean register; an
# existing file is never replaced without --force; the file is written
# atomically and the same date gives the same bytes.
. "$(dirname "$0")/lib.sh"

bin=$B/privicon
export SOURCE_DATE_EPOCH=1764720000 # 2025-12-03

# ---- a new register ---------------------------------------------------
mkdir "$tmp/d"
"$bin" new -o "$tmp/d/register.xml" >"$tmp/new.out" 2>"$tmp/new.err"
status=$?
if [ $status -eq 0 ] && [ -s "$tmp/d/register.xml" ] && grep -qx "$tmp/d/register.xml" "$tmp/new.out" &&
	grep -q "privicon check $tmp/d/register.xml" "$tmp/new.err"; then
	ok "new -o FILE writes FILE, prints it, and says the next step"
else
	fail "new -o FILE: status $status"
	note "$(cat "$tmp/new.err")"
fi
[ "$(ls -A "$tmp/d")" = register.xml ] && ok "new leaves no temporary file" ||
	fail "new left: $(ls -A "$tmp/d")"
f=$tmp/d/register.xml
if grep -q 'xmlns="urn:privicon:register:1"' "$f" &&
	grep -q 'xsi:schemaLocation="urn:privicon:register:1 urn:privicon:register:1"' "$f" &&
	grep -q '<controller kind="municipality" public-authority="yes"' "$f" &&
	grep -q '<supervisory-authority name="Autoriteit Persoonsgegevens"' "$f" &&
	grep -q 'date="2025-12-03"' "$f"; then
	ok "new fills in the namespace, schemaLocation, kind, supervisory authority and date"
else
	fail "new lacks the namespace, schemaLocation, kind, authority or date"
fi
if command -v xmllint >/dev/null 2>&1; then
	if xmllint --noout --nonet --schema schemas/register.xsd "$f" 2>"$tmp/xmllint.err"; then
		ok "the new register is valid against schemas/register.xsd (xmllint)"
	else
		fail "the new register is not schema-valid: $(head -3 "$tmp/xmllint.err")"
	fi
	if XML_CATALOG_FILES=$top/schemas/catalog.xml xmllint --noout --nonet --catalogs \
		--schema urn:privicon:register:1 "$f" 2>/dev/null; then
		ok "xmllint finds the schema of a new register through the XML catalog"
	else
		fail "xmllint does not find the schema of a new register through the catalog"
	fi
else
	fail "new.sh: xmllint is missing (make test-deps)"
fi

# ---- check lists exactly what is to fill in ---------------------------
for flavour in $flavours; do
	b=$bin
	[ "$flavour" = asan ] && b=$B/asan/privicon
	[ -x "$b" ] || { fail "new ($flavour): $b is not built"; continue; }
	"$b" check --lang en "$f" >/dev/null 2>"$tmp/check.err"
	status=$?
	rules=$(sed -n 's/.* \[\([a-z0-9-]*\)\]$/\1/p' "$tmp/check.err" | sort -u | tr '\n' ' ')
	if [ $status -eq 1 ] &&
		[ "$rules" = "art30-not-stated art30-retention art30-security controller-contact dpo-missing placeholder " ]; then
		ok "check on a new register ($flavour): only things to fill in ($rules)"
	else
		fail "check on a new register ($flavour): status $status, rules: $rules"
		note "$(head -5 "$tmp/check.err")"
	fi
done
# Every placeholder outside the comments is reported, on its own line.
marks=$(perl -0pe 's/<!--.*?-->//gs' "$f" | grep -c -e '\[INVULLEN' -e '\[FILL IN')
found=$(grep -c 'still a placeholder' "$tmp/check.err")
if [ "$marks" -ge 9 ] && [ "$found" -eq "$marks" ]; then
	ok "check reports each of the $marks placeholders"
else
	fail "check reports $found of $marks placeholders"
fi
grep -q "Activity 'invullen-verwerking' is the example from privicon new" "$tmp/check.err" &&
	ok "check asks for an id of its own and to review the example values" ||
	fail "check does not flag the example activity's id"

# Filling in every place gives a clean register: the placeholders and the
# omissions are the only findings.
perl -0pe '
	s/<!--.*?-->//gs;
	s/\[INVULLEN\] Naam van de gemeente[^<]*/Gemeente Voorbeeld/;
	s/<contact\/>/<contact email="privacy\@voorbeeld.nl"\/>\n<dpo name="A. de Vries" email="fg\@voorbeeld.nl"\/>/;
	s/invullen-verwerking/bibliotheekpas/;
	s/\[(INVULLEN|FILL IN)\] Wet waarop[^"]*|\[(INVULLEN|FILL IN)\] The law[^"]*/Gemeentewet/;
	s/\[(INVULLEN|FILL IN)\] //g;
	s/"not-stated"/"no"/g;
	s/(<transfers outside-eea="no"\/>)/$1\n<retention period="P5Y" from="relationship-ended" selectielijst="5.1"\/>/;
	s/(<profiling present="no"\/>)/$1\n<security><measure kind="access-control"\/><\/security>/;
' "$f" >"$tmp/filled.xml"
"$bin" check --lang en "$tmp/filled.xml" >/dev/null 2>"$tmp/filled.err"
status=$?
if [ $status -eq 0 ] && [ ! -s "$tmp/filled.err" ]; then
	ok "a new register with every place filled in checks clean"
else
	fail "a filled-in new register: status $status"
	note "$(head -5 "$tmp/filled.err")"
fi

# ---- options ------------------------------------------------------------
"$bin" new --lang en --name 'Gemeente A&B <Noord>' -o "$tmp/en.xml" >/dev/null 2>&1
if grep -q '<name>Gemeente A&amp;B &lt;Noord&gt;</name>' "$tmp/en.xml" &&
	grep -q 'Register of processing activities' "$tmp/en.xml" &&
	"$bin" check --lang en "$tmp/en.xml" 2>&1 | grep -q '^[^ ]*: error: Gemeente A&B <Noord> has no e-mail' &&
	! "$bin" check --lang en "$tmp/en.xml" 2>&1 | grep -q "<name> of the organisation is still a placeholder"; then
	ok "new --name (escaped) and --lang en (English comments); the name is no placeholder"
else
	fail "new --name/--lang en"
fi
"$bin" new -o "$tmp/again.xml" >/dev/null 2>&1
"$bin" new -o "$tmp/again2.xml" >/dev/null 2>&1
cmp -s "$tmp/again.xml" "$tmp/again2.xml" && cmp -s "$tmp/again.xml" "$f" &&
	ok "new: the same date gives the same bytes" || fail "new is not deterministic"

# ---- never replace a file by accident --------------------------------------
echo "mijn register" >"$tmp/mine.xml"
"$bin" new -o "$tmp/mine.xml" >/dev/null 2>"$tmp/exists.err"
status=$?
if [ $status -eq 2 ] && [ "$(cat "$tmp/mine.xml")" = "mijn register" ] && grep -q -- '--force' "$tmp/exists.err"; then
	ok "new refuses to replace an existing file (status 2, --force named)"
else
	fail "new replaced or mishandled an existing file: status $status"
fi
ln -s "$tmp/mine.xml" "$tmp/link.xml"
"$bin" new -o "$tmp/link.xml" >/dev/null 2>&1
[ $? -eq 2 ] && [ "$(cat "$tmp/mine.xml")" = "mijn register" ] &&
	ok "new refuses a symbolic link too" || fail "new wrote through a symbolic link"
"$bin" new --force -o "$tmp/mine.xml" >/dev/null 2>&1
[ $? -eq 0 ] && grep -q 'urn:privicon:register:1' "$tmp/mine.xml" &&
	ok "new --force replaces it" || fail "new --force did not replace the file"

# ---- trouble ----------------------------------------------------------------
"$bin" new >/dev/null 2>&1
s1=$?
"$bin" new -o "$tmp/x.xml" extra >/dev/null 2>&1
s2=$?
"$bin" new --name '' -o "$tmp/y.xml" >/dev/null 2>&1
s3=$?
"$bin" new -o "$tmp/no/such/dir/r.xml" >/dev/null 2>&1
s4=$?
"$bin" new --name "$(printf 'Gemeente \351\351n')" -o "$tmp/z.xml" >/dev/null 2>&1
s5=$?
"$bin" new --name "$(printf 'Gemeente\tA')" -o "$tmp/t.xml" >/dev/null 2>&1
s6=$?
if [ $s1 -eq 2 ] && [ $s2 -eq 2 ] && [ $s3 -eq 2 ] && [ $s4 -eq 2 ] && [ $s5 -eq 2 ] && [ $s6 -eq 2 ] &&
	[ ! -e "$tmp/x.xml" ] && [ ! -e "$tmp/y.xml" ] && [ ! -e "$tmp/z.xml" ] && [ ! -e "$tmp/t.xml" ]; then
	ok "new: no -o, an operand, an empty, Latin-1 or tabbed --name, a missing directory: status 2, nothing written"
else
	fail "new usage errors: statuses $s1 $s2 $s3 $s4 $s5 $s6"
fi
lib_finish
