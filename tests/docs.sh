#!/bin/sh
# docs.sh - the documentation keeps up with the program: every command that
# `privicon --help` lists has a section in man/privicon.1 and an example in
# README.md; every long option a command's --help names is in the man page;
# every change kind of `privicon diff` (src/diff/diff.c) is in the man page's
# CHANGE KINDS table with its class; the man page formats without warnings.
. "$(dirname "$0")/lib.sh"

bin=$B/privicon
man=man/privicon.1

commands=$("$bin" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 && $1 != "Commands:" { print $1 }')
if [ -z "$commands" ]; then
	fail "docs: privicon --help lists no commands"
fi

for c in $commands; do
	if grep -qx "\.SS $c" "$man"; then
		ok "docs: man page has a section for '$c'"
	else
		fail "docs: man page lacks a section '.SS $c'"
	fi
	if grep -q "privicon $c" README.md; then
		ok "docs: README shows 'privicon $c'"
	else
		fail "docs: README has no example of 'privicon $c'"
	fi
	# Long options in the command's help, as the man page writes them
	# (troff escapes each '-' as '\-').
	missing=
	for opt in $("$bin" "$c" --help | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+$' | sort -u); do
		case $opt in --help) continue ;; esac
		escaped=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
		grep -q -- "$escaped" "$man" || missing="$missing $opt"
	done
	if [ -z "$missing" ]; then
		ok "docs: man page names every option of '$c'"
	else
		fail "docs: man page lacks options of '$c':$missing"
	fi
done

# The change kinds: "kind", material flag, in src/diff/diff.c's table.
kinds=$(sed -n '/^static const pv_change_rule change_rules/,/^};/p' src/diff/diff.c |
	sed -nE 's/^[[:space:]]*\{"([a-z0-9-]+)", ([01]),.*/\1 \2/p')
count=0
bad=
while read -r kind material; do
	[ -n "$kind" ] || continue
	count=$((count + 1))
	class=editorial
	[ "$material" = 1 ] && class=material
	# .B kind, then the class on the next line
	if ! awk -v k="$kind" -v c="$class" '
		prev == ".B " k && index($0, c ":") == 1 { found = 1 }
		{ prev = $0 } END { exit !found }' "$man"; then
		bad="$bad $kind"
	fi
done <<EOF
$kinds
EOF
if [ "$count" -gt 40 ] && [ -z "$bad" ]; then
	ok "docs: man page lists all $count change kinds of diff with their class"
else
	fail "docs: change kinds missing or misclassed in the man page ($count in src/diff/diff.c):$bad"
fi

if command -v man >/dev/null 2>&1; then
	warnings=$(LC_ALL=C MANWIDTH=80 man --warnings -l "$man" 2>&1 >/dev/null)
	if [ -z "$warnings" ]; then
		ok "docs: man page formats without warnings"
	else
		fail "docs: man page warnings"
		note "$warnings"
	fi
fi

lib_finish
