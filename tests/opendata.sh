#!/bin/sh
# opendata.sh - the open-data commands and the CI recipes:
#   export    JSON of both examples (and tests/import/every-fact.xml) validates against
#             schemas/register.schema.json (ajv); JSON-LD expands with
#             jsonld.js without losing a term; output is deterministic
#   import    export -> import -> export gives the same bytes, the imported
#             register checks clean; bad JSON gives a message with the JSON
#             path and exit 1, an unreadable file exit 2, nothing written
#   diff      every case in tests/diff/ (see below), and the issue's
#             scenario on examples/register.xml
#   CI        the pre-commit hook in a temporary git repository; the
#             GitHub Actions and GitLab CI scripts run against a local
#             "origin" with a target branch
# Needs node with tests/js/node_modules (make js-deps); without them the
# JavaScript checks FAIL: CI installs them.
#
# A diff case is a directory tests/diff/NAME holding old.xml, new.xml,
# args (optional: options for privicon diff), expected (stdout),
# expected.err (optional: stderr exactly) or stderr.contains (optional:
# strings stderr must contain, one a line: for messages of other modules),
# and status; with neither, stderr must be empty.
# REGEN=1 sh tests/opendata.sh rewrites expected, expected.err and status
# from what the release binary does now; read the changes before keeping
# them.
. "$(dirname "$0")/lib.sh"

bin=$top/$B/privicon
bins="$top/$B/privicon"
case $flavours in *asan*) bins="$bins $top/$B/asan/privicon" ;; esac

for b in $bins; do
	if [ ! -x "$b" ]; then
		fail "opendata: $b is not built (make B=$B check-build)"
		lib_finish
		exit 1
	fi
done

node_ok=1
if ! command -v node >/dev/null 2>&1; then
	fail "opendata: node is not installed (make js-deps installs it)"
	node_ok=0
elif [ ! -f tests/js/node_modules/.package-lock.json ]; then
	fail "opendata: tests/js/node_modules is missing (make js-deps installs it)"
	node_ok=0
fi

flavour() { # flavour BINARY - "release" or "asan", for test names
	case $1 in */asan/*) echo asan ;; *) echo release ;; esac
}

# ---- export ------------------------------------------------------------

# tests/import/every-fact.xml: every fact the schema can hold (not-stated,
# decisions, dates, the optional facts of issue 12, the publication).
for ex in examples/minimal.xml examples/register.xml tests/import/every-fact.xml; do
	name=$(basename "$ex" .xml)
	if "$bin" export -o "$tmp/$name.json" "$ex" 2>"$tmp/err"; then
		ok "export json $ex"
	else
		fail "export json $ex"
		note "$(cat "$tmp/err")"
		continue
	fi
	"$bin" export "$ex" >"$tmp/$name.again.json" 2>/dev/null
	if same "$tmp/$name.json" "$tmp/$name.again.json"; then
		ok "export json $ex: the same bytes twice (-o and stdout)"
	else
		fail "export json $ex: not deterministic"
	fi
	case $flavours in *asan*)
	if "$top/$B/asan/privicon" export "$ex" >"$tmp/$name.asan.json" 2>"$tmp/err" &&
		same "$tmp/$name.json" "$tmp/$name.asan.json"; then
		ok "export json $ex (asan): same bytes, no sanitizer findings"
	else
		fail "export json $ex (asan)"
		note "$(head -20 "$tmp/err")"
	fi ;;
	esac
	if [ $node_ok = 1 ]; then
		if node tests/js/validate.mjs schemas/register.schema.json "$tmp/$name.json" \
			>"$tmp/log" 2>&1; then
			ok "export json $ex validates against schemas/register.schema.json (ajv)"
		else
			fail "export json $ex does not validate against schemas/register.schema.json"
			note "$(head -20 "$tmp/log")"
		fi
	fi
	if "$bin" export --format jsonld -o "$tmp/$name.jsonld" "$ex" 2>"$tmp/err"; then
		ok "export jsonld $ex"
		if [ $node_ok = 1 ]; then
			if node tests/js/jsonld-expand.mjs "$tmp/$name.jsonld" data/dpv-2.3 >"$tmp/log" 2>&1; then
				ok "export jsonld $ex expands without losing a term, every DPV IRI a DPV 2.3 term (jsonld.js)"
				note "$(cat "$tmp/log")"
			else
				fail "export jsonld $ex loses terms in expansion"
				note "$(head -20 "$tmp/log")"
			fi
		fi
	else
		fail "export jsonld $ex"
		note "$(cat "$tmp/err")"
	fi
done

# The validator can fail: a broken export is refused, with the reasons.
if [ $node_ok = 1 ] && [ -f "$tmp/minimal.json" ]; then
	node -e '
		const fs = require("fs");
		const d = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
		d.activities[0].retention.period = 7;
		d.activities[0].dataSubjects.push("aliens");
		delete d.controller.name;
		fs.writeFileSync(process.argv[2], JSON.stringify(d));
	' "$tmp/minimal.json" "$tmp/broken.json"
	if node tests/js/validate.mjs schemas/register.schema.json "$tmp/broken.json" \
		>"$tmp/log" 2>&1; then
		fail "schema: a broken export validates"
	elif grep -q "/activities/0/retention/period must be string" "$tmp/log" &&
		grep -q "/activities/0/dataSubjects/1 must be equal to one of the allowed values" "$tmp/log" &&
		grep -q "/controller must have required property 'name'" "$tmp/log"; then
		ok "schema: a broken export is refused with its three faults"
	else
		fail "schema: a broken export is refused, but not for its faults"
		note "$(cat "$tmp/log")"
	fi
fi

# Every fact of tests/import/every-fact.xml reaches the JSON-LD export:
# each line is a name and a jq test on that export (issue 13). A fact the
# register leaves out or states as not-stated is never said as false, and
# the internal note (never for residents) is not published.
ld=$tmp/every-fact.jsonld
act() { printf '(."dpv:hasProcess"[] | select(."dct:identifier" == "%s"))' "$1"; }
if [ -f "$ld" ]; then
	while IFS='|' read -r what test; do
		[ -n "$what" ] || continue
		if jq -e "$test" "$ld" >/dev/null 2>&1; then
			ok "export jsonld every fact: $what"
		else
			fail "export jsonld every fact: $what is missing or wrong"
		fi
	done <<EOF
controller country (dpv:hasCountry loc:NL, pv:country)|."dpv:hasDataController" | ."dpv:hasCountry"."@id" == "loc:NL" and ."pv:country" == "NL"
publication base URL|."pv:publicationBaseUrl"."@id" == "https://www.veldhovenaanzee.example/privacy/register"
large scale (pv:largeScale, dpv:LargeScaleProcessing)|$(act crowd-monitoring) | ."pv:largeScale" == true and ."dpv:hasScale"."@id" == "dpv:LargeScaleProcessing"
large scale not stated: left out|[$(act melding-openbare-ruimte) | has("pv:largeScale", "dpv:hasScale")] == [false, false]
area a sensor observes|[$(act crowd-monitoring) | ."pv:personalDataUse"[] | ."pv:area" // empty] == ["publicly-accessible"]
purpose outside public tasks|[$(act nieuwsbrief) | ."dpv:hasPurpose"[] | ."pv:outsidePublicTasks" // empty] == ["Een nieuwsbrief is geen wettelijke taak van de gemeente."]
purpose parental consent|[$(act nieuwsbrief) | ."dpv:hasPurpose"[] | ."pv:parentalConsent" // empty] == ["Onder de 16 jaar meldt een ouder u aan."]
human review of an automated decision (nl, en)|[$(act gemeentelijke-belastingen) | ."pv:humanReview"[]."@language"] == ["nl", "en"]
decisions yes and no|($(act gemeentelijke-belastingen) | ."pv:decisionsAboutPeople" == true) and ($(act verhuizing) | ."pv:decisionsAboutPeople" == false)
decisions not stated: left out|$(act bijstand) | has("pv:decisionsAboutPeople") | not
DPIA new technology (pv:newTechnology, dpv:InnovativeUseOfNewTechnologies)|$(act crowd-monitoring) | ."pv:dpia"."pv:newTechnology" == true and ."dpv:hasContext"."@id" == "dpv:InnovativeUseOfNewTechnologies"
DPIA no new technology: false, no DPV context|$(act verhuizing) | ."pv:dpia"."pv:newTechnology" == false and (has("dpv:hasContext") | not)
DPIA reason|$(act verhuizing) | ."pv:dpia"."pv:dpiaReason" | startswith("De pre-scan (2024)")
start and end dates (xsd:date)|$(act energietoeslag) | ."pv:startDate" == {"@value": "2022-11-01", "@type": "xsd:date"} and ."pv:endDate" == {"@value": "2023-12-31", "@type": "xsd:date"}
labelled data category (pv:label, no DPV claim)|[$(act participatieplatform) | ."pv:personalDataUse"[] | select(has("pv:label")) | has("dpv:hasPersonalData")] == [false]
recipient English name and role|$(act personeelsadministratie) | ."dpv:hasRecipient"[] | select(."pv:nameEn" == "ABP pension fund") | ."pv:role" | length == 2
transfer to a country not known in advance (no DPV location)|[$(act parkeervergunning) | ."pv:transfer"[] | select(."pv:country" == "unknown-in-advance") | has("dpv:hasThirdCountry")] == [false]
every not-stated fact said as not-stated (6)|[.. | strings | select(. == "not-stated")] | length == 6
no internal note|[.. | objects | has("pv:internalNote")] | any | not
EOF
	if grep -q "Scanauto" "$ld"; then
		fail "export jsonld: the internal note's text is published"
	else
		ok "export jsonld: the internal note's text is not published"
	fi
fi

# ... and a DPV IRI that is no DPV 2.3 term (a typo) is noticed.
if [ $node_ok = 1 ] && [ -f "$tmp/every-fact.jsonld" ]; then
	sed 's/dpv:LargeScaleProcessing/dpv:LargeScaleProcesing/' "$tmp/every-fact.jsonld" >"$tmp/typo.jsonld"
	if node tests/js/jsonld-expand.mjs "$tmp/typo.jsonld" data/dpv-2.3 >"$tmp/log" 2>&1; then
		fail "jsonld check: a DPV IRI that is no DPV term goes unnoticed"
	elif grep -q "not a DPV 2.3 term: https://w3id.org/dpv#LargeScaleProcesing" "$tmp/log"; then
		ok "jsonld check: a DPV IRI that is no DPV term is noticed"
	else
		fail "jsonld check: a misspelt DPV IRI fails for another reason"
		note "$(cat "$tmp/log")"
	fi
fi

# The JSON-LD check can fail too: a key no prefix covers is dropped by
# expansion, and the check must notice.
if [ $node_ok = 1 ] && [ -f "$tmp/minimal.jsonld" ]; then
	sed 's/"pv:department"/"department"/' "$tmp/minimal.jsonld" >"$tmp/dropped.jsonld"
	if node tests/js/jsonld-expand.mjs "$tmp/dropped.jsonld" >"$tmp/log" 2>&1; then
		fail "jsonld check: a key that expansion drops goes unnoticed"
	elif grep -q '"property":"department"' "$tmp/log"; then
		ok "jsonld check: a key that expansion drops is noticed"
	else
		fail "jsonld check: fails for another reason"
		note "$(cat "$tmp/log")"
	fi
fi

# Time of an export of the full register (load, rules, notice in two
# languages, JSON): reported, and bounded so a slowdown is noticed.
if [ -f "$tmp/register.json" ]; then
	start=$(date +%s%N)
	i=0
	while [ $i -lt 10 ]; do
		"$bin" export -o "$tmp/timed.json" examples/register.xml 2>/dev/null || break
		i=$((i + 1))
	done
	end=$(date +%s%N)
	# Ten runs: the total in ms is the time of one run in tenths of a ms.
	tenths=$(((end - start) / 1000000))
	note "export of examples/register.xml ($(grep -c '<activity ' examples/register.xml) activities," \
		"$(wc -c <"$tmp/register.json") bytes of JSON): $((tenths / 10)).$((tenths % 10)) ms per run"
	if [ $i -eq 10 ] && [ $tenths -lt 10000 ]; then
		ok "export of the full register takes less than a second"
	else
		fail "export of the full register is slow or failed ($((tenths / 10)) ms per run)"
	fi
fi

# ---- import ------------------------------------------------------------

for b in $bins; do
	fl=$(flavour "$b")
	for name in minimal register every-fact; do
		[ -f "$tmp/$name.json" ] || continue
		rm -f "$tmp/$name.imported.xml"
		if "$b" import -o "$tmp/$name.imported.xml" "$tmp/$name.json" 2>"$tmp/err" &&
			"$b" export -o "$tmp/$name.round.json" "$tmp/$name.imported.xml" 2>>"$tmp/err" &&
			same "$tmp/$name.json" "$tmp/$name.round.json"; then
			ok "import ($fl): export, import, export of $name gives the same JSON"
		else
			fail "import ($fl): round trip of $name"
			note "$(head -20 "$tmp/err")"
			continue
		fi
		if "$b" check "$tmp/$name.imported.xml" >/dev/null 2>"$tmp/err"; then
			ok "import ($fl): the imported $name checks clean"
		else
			fail "import ($fl): the imported $name does not check clean"
			note "$(head -20 "$tmp/err")"
		fi
	done
done

# Each bad JSON: exit status, one exact message, nothing written, and an
# existing file at -o left as it was.
has_line() { # has_line FILE LINE [glob] - FILE has LINE (or a line matching the glob)
	while IFS= read -r l; do
		if [ "${3:-}" = glob ]; then
			# shellcheck disable=SC2254 # the pattern is meant as a glob
			case $l in $2) return 0 ;; esac
		elif [ "$l" = "$2" ]; then
			return 0
		fi
	done <"$1"
	return 1
}

no_temp_files() { # no_temp_files - import left no temporary file next to out.xml
	for f in "$tmp"/.out.xml.*; do
		[ -e "$f" ] && return 1
	done
	return 0
}

bad_json() { # bad_json NAME STATUS MESSAGE [glob] - runs both binaries on $tmp/bad.json
	for b in $bins; do
		fl=$(flavour "$b")
		printf 'keep me\n' >"$tmp/out.xml"
		"$b" import --lang en -o "$tmp/out.xml" "$tmp/bad.json" >"$tmp/stdout" 2>"$tmp/err"
		status=$?
		if [ "$status" -eq "$2" ] && has_line "$tmp/err" "$3" "${4:-}" &&
			[ "$(cat "$tmp/out.xml")" = "keep me" ] && [ ! -s "$tmp/stdout" ] &&
			no_temp_files; then
			ok "import ($fl): $1"
		else
			fail "import ($fl): $1 (status $status)"
			note "expected: $3" "$(head -10 "$tmp/err")"
		fi
	done
}

printf '{"format": "privicon-register",\n  "formatVersion": }\n' >"$tmp/bad.json"
bad_json "JSON syntax error: line and column" 1 \
	"$tmp/bad.json:2:20: error: not valid JSON: unexpected token near '}' [json-syntax]"

if [ $node_ok = 1 ] && [ -f "$tmp/minimal.json" ]; then
	mutate() { # mutate JS - applies JS (on d) to the minimal export into $tmp/bad.json
		node -e "
			const fs = require('fs');
			const d = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
			$1;
			fs.writeFileSync(process.argv[2], JSON.stringify(d, null, 2));
		" "$tmp/minimal.json" "$tmp/bad.json"
	}
	mutate 'd.activities[0].retention.period = 7'
	bad_json "wrong type, named by its path" 1 \
		"$tmp/bad.json: error: activities[0].retention.period: expected a string, not an integer [json-shape]"
	mutate 'd.activities[0].recipients.shared = true'
	bad_json "unknown key" 1 \
		"$tmp/bad.json: error: activities[0].recipients.shared: unknown key; the keys here are: outsideController, sold, list [json-shape]"
	mutate 'delete d.activities[0].purposes[0].basis'
	bad_json "missing field" 1 \
		"$tmp/bad.json: error: activities[0].purposes[0].basis: is missing [json-shape]"
	mutate 'd.activities[0].security.push("firewall")'
	bad_json "value outside its vocabulary" 1 \
		"$tmp/bad.json: error: activities[0].security[2]: unknown value 'firewall'; choose from: encryption, encryption-in-transit, encryption-at-rest, access-control, multi-factor-authentication, pseudonymisation, anonymisation, logging, backup, staff-training, security-audit, penetration-testing, secure-deletion, security-policy, incident-management [json-shape]"
	mutate 'd.controller.contact.email = "not an address"'
	# The message after the prefix is the loader's: match only its frame.
	bad_json "a fault only the XSD sees, caught before writing" 1 \
		"$tmp/bad.json: error: after conversion to XML: *'not an address'* ?schema?" glob
	mutate 'd.format = "something-else"'
	bad_json "not a privicon export" 1 \
		"$tmp/bad.json: error: format: expected \"privicon-register\": this is not a privicon export [json-shape]"
fi

rm -f "$tmp/bad.json"
for b in $bins; do
	fl=$(flavour "$b")
	"$b" import -o "$tmp/out.xml" "$tmp/no-such.json" 2>"$tmp/err"
	status=$?
	if [ $status -eq 2 ] && grep -q "no-such.json" "$tmp/err"; then
		ok "import ($fl): a missing file is exit 2, with its name"
	else
		fail "import ($fl): a missing file gives status $status"
		note "$(cat "$tmp/err")"
	fi
	mkdir -p "$tmp/adir"
	"$b" import -o "$tmp/out.xml" "$tmp/adir" 2>"$tmp/err"
	status=$?
	if [ $status -eq 2 ]; then
		ok "import ($fl): a directory is exit 2"
	else
		fail "import ($fl): a directory gives status $status"
	fi
done

# ---- diff cases ----------------------------------------------------------

for dir in tests/diff/*/; do
	dir=${dir%/}
	case_name=$(basename "$dir")
	for b in $bins; do
		fl=$(flavour "$b")
		work=$tmp/diff-work
		rm -rf "$work"
		mkdir "$work" && cp "$dir/old.xml" "$dir/new.xml" "$work/" || exit 2
		args=$(cat "$dir/args" 2>/dev/null)
		# shellcheck disable=SC2086 # args holds several options
		(cd "$work" && "$b" diff $args old.xml new.xml >stdout 2>stderr)
		status=$?
		if [ "${REGEN:-}" = 1 ] && [ "$fl" = release ]; then
			cp "$work/stdout" "$dir/expected"
			# Messages of other modules (the loader's) are matched by
			# stderr.contains, kept by hand; only our own are regenerated.
			if [ -s "$work/stderr" ] && [ ! -f "$dir/stderr.contains" ]; then
				cp "$work/stderr" "$dir/expected.err"
			else
				rm -f "$dir/expected.err"
			fi
			echo "$status" >"$dir/status"
		fi
		problems=""
		same "$dir/expected" "$work/stdout" || problems="$problems stdout"
		if [ -f "$dir/expected.err" ]; then
			same "$dir/expected.err" "$work/stderr" || problems="$problems stderr"
		elif [ -f "$dir/stderr.contains" ]; then
			while IFS= read -r want; do
				grep -qF -- "$want" "$work/stderr" || problems="$problems stderr:'$want'"
			done <"$dir/stderr.contains"
		elif [ -s "$work/stderr" ]; then
			problems="$problems stderr"
			note "$(head -10 "$work/stderr")"
		fi
		[ "$status" = "$(cat "$dir/status")" ] || problems="$problems status=$status"
		if [ -z "$problems" ]; then
			ok "diff case $case_name ($fl)"
		else
			fail "diff case $case_name ($fl):$problems"
		fi
	done
done

# ---- the issue's scenario on the example register ---------------------
# A privacy officer adds a recipient to the camera surveillance and
# lengthens its retention, and forgets the version.
cp examples/register.xml "$tmp/old.xml"
awk '
	/<activity id="cameratoezicht"/ { camera = 1 }
	camera && /<recipient kind="processor"/ {
		print "      <recipient kind=\"processor\" name=\"Beveiligingsbedrijf X\" agreement=\"VWO-2026-014\"/>"
	}
	camera && /<retention / { sub(/period="P28D"/, "period=\"P3M\"") }
	/<\/activity>/ { camera = 0 }
	{ print }
' examples/register.xml >"$tmp/new.xml"
line=$(grep -n '<activity id="cameratoezicht"' "$tmp/new.xml" | cut -d: -f1)
cat >"$tmp/expected" <<EOF
Cameratoezicht in het centrum (cameratoezicht): nieuwe ontvanger: Beveiligingsbedrijf X (leverancier die voor ons werkt) [materieel]
Cameratoezicht in het centrum (cameratoezicht): bewaartermijn langer: van 28 dagen naar 3 maanden [materieel]
new.xml:$line: error: Verhoog de versie van activiteit 'cameratoezicht' naar 3. [version-not-raised]

Samenvatting: 2 materiële wijzigingen, 0 redactionele wijzigingen; 1 versie niet verhoogd. Materiële wijzigingen vragen om akkoord van de privacyfunctionaris.
EOF
(cd "$tmp" && "$bin" diff old.xml new.xml >actual 2>err)
status=$?
if [ $status -eq 3 ] && same "$tmp/expected" "$tmp/actual" && [ ! -s "$tmp/err" ]; then
	ok "diff on examples/register.xml: exactly the two changes, the version reminder, exit 3"
else
	fail "diff on examples/register.xml (status $status)"
fi
sed 's/<activity id="cameratoezicht" version="2"/<activity id="cameratoezicht" version="3"/' \
	"$tmp/new.xml" >"$tmp/new3.xml"
(cd "$tmp" && "$bin" diff old.xml new3.xml >actual 2>err)
status=$?
if [ $status -eq 1 ] && ! grep -q 'version-not-raised' "$tmp/actual" &&
	grep -q 'Cameratoezicht in het centrum (cameratoezicht): versie: van 2 naar 3 \[redactioneel\]' "$tmp/actual"; then
	ok "diff on examples/register.xml with the version raised: material (exit 1), no error"
else
	fail "diff on examples/register.xml with the version raised (status $status)"
	note "$(cat "$tmp/actual")"
fi
# A diff against itself after an export and import: the round trip loses nothing.
if [ -f "$tmp/register.imported.xml" ]; then
	"$bin" diff examples/register.xml "$tmp/register.imported.xml" >"$tmp/actual" 2>&1
	status=$?
	if [ $status -eq 0 ] && [ "$(cat "$tmp/actual")" = "Geen wijzigingen." ]; then
		ok "diff: the imported register says the same as the original"
	else
		fail "diff: the imported register differs from the original (status $status)"
		note "$(head -10 "$tmp/actual")"
	fi
fi

# ---- the pre-commit hook ----------------------------------------------------

repo=$tmp/repo
mkdir "$repo" && cd "$repo" || exit 2
git init -q -b main . 2>/dev/null || git init -q .
git config user.name "privicon test"
git config user.email "test@privicon.example"
git config commit.gpgsign false
cp "$top/examples/ci/pre-commit" .git/hooks/pre-commit
chmod +x .git/hooks/pre-commit
export PRIVICON="$bin"

commit() { # commit MESSAGE - commits what is staged; the hook's status
	git commit -q -m "$1" >"$tmp/hook.log" 2>&1
}

cp "$top/tests/diff/identical/old.xml" register.xml
printf '<project><not-a-register/></project>\n' >pom.xml
git add register.xml pom.xml
if commit "first register"; then
	ok "pre-commit: a clean register is committed (other XML is left alone)"
else
	fail "pre-commit: a clean register is blocked"
	note "$(cat "$tmp/hook.log")"
fi
cp "$top/tests/diff/editorial-only/new.xml" register.xml
git add register.xml
if commit "editorial change"; then
	ok "pre-commit: a clean, editorial change passes"
else
	fail "pre-commit: a clean, editorial change is blocked"
	note "$(cat "$tmp/hook.log")"
fi
head=$(git rev-parse HEAD)
cp "$top/tests/diff/new-broken/new.xml" register.xml
git add register.xml
# The working copy is repaired but not staged: the staged content counts.
cp "$top/tests/diff/editorial-only/new.xml" register.xml
if commit "broken register"; then
	fail "pre-commit: a broken register (staged) is committed"
elif [ "$(git rev-parse HEAD)" = "$head" ] &&
	grep -q "^register.xml:18: error: .*\[schema\]" "$tmp/hook.log" &&
	grep -q "commit blocked" "$tmp/hook.log"; then
	ok "pre-commit: a broken register is blocked, with its error and line"
else
	fail "pre-commit: the broken register is blocked, but not as expected"
	note "$(cat "$tmp/hook.log")"
fi
git checkout -q -- register.xml 2>/dev/null
git reset -q
sed "s/period=\"P4W\"/period=\"P3M\"/" \
	"$top/tests/diff/editorial-only/new.xml" >register.xml
git add register.xml
if commit "longer retention, same version"; then
	fail "pre-commit: a material change without a higher version is committed"
elif grep -q "Verhoog de versie van activiteit 'cameratoezicht' naar 3" "$tmp/hook.log"; then
	ok "pre-commit: a material change without a higher version is blocked, with the reminder"
else
	fail "pre-commit: a material change is blocked, but not for its version"
	note "$(cat "$tmp/hook.log")"
fi
sed -i 's/id="cameratoezicht" version="2"/id="cameratoezicht" version="3"/' register.xml
git add register.xml
if commit "longer retention, version 3"; then
	ok "pre-commit: the same change with the version raised passes"
else
	fail "pre-commit: the change with the version raised is blocked"
	note "$(cat "$tmp/hook.log")"
fi
# A register with acknowledged warnings: their notes are not repeated on
# every commit (check --quiet); `privicon check` still shows them.
cp "$top/examples/register.xml" example.xml
git add example.xml
if commit "the example register" && ! grep -q 'note:' "$tmp/hook.log"; then
	ok "pre-commit: acknowledged warnings do not print on every commit"
else
	fail "pre-commit: the example register is blocked or its notes print"
	note "$(head -3 "$tmp/hook.log")"
fi
cd "$top" || exit 2

# ---- the CI recipes -----------------------------------------------------------

ci=$tmp/ci
mkdir "$ci"
if [ $node_ok = 1 ]; then
	if node tests/js/ci-recipes.mjs examples/ci/github-actions.yml examples/ci/gitlab-ci.yml \
		"$ci" >"$tmp/log" 2>&1; then
		ok "CI recipes: both parse as YAML and have the steps privicon needs"
	else
		fail "CI recipes"
		note "$(cat "$tmp/log")"
	fi
	for s in "$ci"/*.sh; do
		[ -f "$s" ] || continue
		if bash -n "$s" 2>"$tmp/log"; then
			ok "CI recipes: $(basename "$s") is valid shell"
		else
			fail "CI recipes: $(basename "$s") is not valid shell"
			note "$(cat "$tmp/log")"
		fi
	done
fi

# A repository with the register on main (pushed to a local "origin") and a
# branch that changes it, as a pull request would.
pathdir=$tmp/path
mkdir "$pathdir" && ln -s "$bin" "$pathdir/privicon"
ci_repo() { # ci_repo NEW_REGISTER - $tmp/ci-repo on a branch with NEW_REGISTER
	rm -rf "$tmp/origin.git" "$tmp/ci-repo"
	git init -q --bare "$tmp/origin.git"
	git init -q "$tmp/ci-repo"
	(
		cd "$tmp/ci-repo" || exit 2
		git config user.name "privicon test"
		git config user.email "test@privicon.example"
		git config commit.gpgsign false
		git checkout -q -b main
		cp "$top/tests/diff/identical/old.xml" register.xml
		git add register.xml && git commit -q --no-verify -m base
		git remote add origin "$tmp/origin.git"
		git push -q origin main 2>/dev/null
		git checkout -q -b change
		cp "$1" register.xml
		git commit -q --no-verify -am change
	)
}

# github_run NEW_REGISTER LABELLED - runs the check, compare and decide
# steps of the GitHub workflow the way the runner does; prints the status of
# the decision.
github_run() {
	ci_repo "$1"
	out=$tmp/gh-output
	: >"$out"
	step() { # step NAME - the run: script of the step called NAME
		awk -F '\t' -v n="$1" '$2 == n { print $1 }' "$ci/github.tsv"
	}
	(
		cd "$tmp/ci-repo" || exit 2
		export PATH="$pathdir:$PATH" REGISTER=register.xml APPROVAL_LABEL=privacy-approved
		export GITHUB_OUTPUT="$out" RUNNER_TEMP="$tmp/ci-repo/.runner" BASE=main
		mkdir -p "$RUNNER_TEMP"
		bash --noprofile --norc -eo pipefail "$ci/github-$(step 'Check the register').sh" \
			>/dev/null 2>&1 || exit 90
		bash --noprofile --norc -eo pipefail "$ci/github-$(step 'Compare with the target branch').sh" \
			>/dev/null 2>&1 || exit 91
		CHECK=$(sed -n 's/^status=//p' "$out" | head -1)
		DIFF=$(sed -n 's/^status=//p' "$out" | sed -n 2p)
		VERSION_ERRORS=$(sed -n 's/^errors=//p' "$out")
		APPROVED=$2
		export CHECK DIFF VERSION_ERRORS APPROVED
		[ -s privicon.sarif ] || exit 92
		bash --noprofile --norc -eo pipefail "$ci/github-$(step 'Decide').sh" >"$tmp/gh.log" 2>&1
	)
	echo $?
}

# gitlab_run NEW_REGISTER LABELS - runs the GitLab job's script in a merge
# request pipeline; prints its status.
gitlab_run() {
	ci_repo "$1"
	(
		cd "$tmp/ci-repo" || exit 2
		export PATH="$pathdir:$PATH" REGISTER=register.xml APPROVAL_LABEL=privacy-approved
		export CI_MERGE_REQUEST_TARGET_BRANCH_NAME=main CI_MERGE_REQUEST_LABELS="$2"
		export CI_PROJECT_DIR="$tmp/ci-repo"
		unset PRIVICON_BOT_TOKEN
		bash --noprofile --norc -eo pipefail "$ci/gitlab.sh" >"$tmp/gl.log" 2>&1
		status=$?
		jq -e 'type == "array"' gl-code-quality-report.json >/dev/null 2>&1 || exit 93
		exit $status
	)
	echo $?
}

expect_ci() { # expect_ci WANT GOT NAME
	if [ "$2" = "$1" ]; then
		ok "$3"
	else
		fail "$3 (status $2, want $1)"
	fi
}

if [ $node_ok = 1 ] && [ -f "$ci/github.tsv" ] && command -v git >/dev/null 2>&1 &&
	command -v jq >/dev/null 2>&1; then
	d=$top/tests/diff
	for run in github gitlab; do
		if [ $run = github ]; then yes=true no=false; else yes=privacy-approved no=other; fi
		expect_ci 0 "$(${run}_run "$d/editorial-only/new.xml" "$no")" \
			"CI $run: an editorial change passes"
		expect_ci 1 "$(${run}_run "$d/recipient-retention-bumped/new.xml" "$no")" \
			"CI $run: a material change without sign-off fails"
		expect_ci 0 "$(${run}_run "$d/recipient-retention-bumped/new.xml" "$yes")" \
			"CI $run: a material change with sign-off passes"
		expect_ci 1 "$(${run}_run "$d/recipient-retention-no-bump/new.xml" "$yes")" \
			"CI $run: a material change without a higher version fails, even signed off"
		expect_ci 1 "$(${run}_run "$d/new-broken/new.xml" "$yes")" \
			"CI $run: a broken register fails"
	done
	if grep -q '"ruleId": "schema"' "$tmp/ci-repo/privicon.sarif" 2>/dev/null ||
		jq -e '.[0].check_name == "schema"' "$tmp/ci-repo/gl-code-quality-report.json" >/dev/null 2>&1; then
		ok "CI: the broken register's finding is in the report"
	else
		fail "CI: the broken register's finding is missing from the report"
	fi
else
	fail "CI recipes: cannot run them (node, git and jq are needed)"
fi

lib_finish
