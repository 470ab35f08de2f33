#!/bin/sh
# structure.sh - the source tree keeps its shape:
#   - layering: each folder of src/ includes only the folders below it in
#     the pipeline (the table below), so no step reaches forward;
#   - the CLI, the fuzzers and the bench include only the public header;
#   - the shared library exports only privicon_* symbols (like jansson's
#     export check) and the header declares every one of them;
#   - include/privicon.h compiles alone as C99 and as C++ with -pedantic.
. "$(dirname "$0")/lib.sh"

# folder: the folders it may include from (besides itself).
allowed() {
	case $1 in
	util) echo "" ;;
	model) echo "util" ;;
	load) echo "util model" ;;
	rules) echo "util model" ;;
	notice) echo "util model" ;;
	render) echo "util model notice" ;;
	opendata) echo "util model notice" ;;
	diff) echo "util model notice" ;;
	site) echo "util model notice render opendata" ;;
	sheet) echo "util model load rules notice opendata" ;;
	*) echo "?" ;;
	esac
}

for dir in src/*/; do
	d=$(basename "$dir")
	[ "$d" = cli ] && continue
	may=$(allowed "$d")
	if [ "$may" = "?" ]; then
		fail "layering: src/$d/ is not in the layering table of tests/structure.sh"
		continue
	fi
	bad=$(grep -Hn '^#include "[a-z]*/' "$dir"*.[ch] 2>/dev/null |
		while IFS= read -r line; do
			inc=$(printf '%s\n' "$line" | sed 's/.*#include "\([a-z]*\)\/.*/\1/')
			[ "$inc" = "$d" ] && continue
			case " $may " in *" $inc "*) continue ;; esac
			printf '%s\n' "$line"
		done)
	if [ -z "$bad" ]; then
		ok "layering: src/$d/ includes only from: ${may:-(nothing)}"
	else
		fail "layering: src/$d/ reaches outside its layer:"
		note "$bad"
	fi
done

# Public API only: no quoted include other than the public header and the
# program's own headers in the same folder.
for f in src/cli/*.[ch] fuzz/*.c bench/*.c; do
	bad=$(grep -n '^#include "' "$f" | grep -v '"privicon.h"' |
		while IFS= read -r line; do
			h=$(printf '%s\n' "$line" | sed 's/.*#include "\(.*\)".*/\1/')
			[ -f "$(dirname "$f")/$h" ] && continue
			printf '%s\n' "$line"
		done)
	if [ -n "$bad" ]; then
		fail "public API: $f includes internal headers: $bad"
	fi
done
ok "public API: the CLI, fuzzers and bench include only include/privicon.h and their own headers"

# Exported symbols of the shared library.
so=$(ls "$B"/libprivicon.so.* 2>/dev/null | head -1)
if [ -z "$so" ]; then
	fail "exports: no shared library in $B"
else
	nm -D --defined-only "$so" | awk '$2 ~ /^[TDBR]$/ { print $3 }' | sort >"$tmp/exported"
	stray=$(grep -v '^privicon_' "$tmp/exported")
	if [ -z "$stray" ]; then
		ok "exports: the shared library exports only privicon_* ($(wc -l <"$tmp/exported") symbols)"
	else
		fail "exports: symbols outside privicon_*: $(echo $stray)"
	fi
	grep -o 'privicon_[a-z_]*(' include/privicon.h | tr -d '(' | sort -u >"$tmp/declared"
	missing=$(comm -23 "$tmp/declared" "$tmp/exported")
	if [ -z "$missing" ]; then
		ok "exports: every function of include/privicon.h is exported"
	else
		fail "exports: declared but not exported: $(echo $missing)"
	fi
fi

# Every rule id the library or the CLI can emit is in the rules catalogue
# (`privicon rules`), so SARIF can describe it and officers can look it up.
if [ -x "$B/privicon" ]; then
	"$B/privicon" rules | awk '{ print $1 }' | sort -u >"$tmp/catalogue"
	perl tools/emitted-rule-ids.pl $(find src -name '*.c') >"$tmp/emitted"
	missing=$(comm -23 "$tmp/emitted" "$tmp/catalogue")
	if [ -z "$missing" ] && [ -s "$tmp/emitted" ]; then
		ok "rules: all $(wc -l <"$tmp/emitted") rule ids the sources emit are in the catalogue"
	else
		fail "rules: emitted but not in the catalogue: $(echo $missing)"
	fi
fi

# make install puts the schema, the icons and their catalogue under
# share/privicon/, where editors and web teams find them; uninstall removes
# everything it installed.
if make -s --no-print-directory install DESTDIR="$tmp/root" PREFIX=/usr B="$B" >"$tmp/inst" 2>&1; then
	d=$tmp/root/usr/share/privicon
	if [ -f "$d/register.xsd" ] && [ -f "$d/icons/catalogue.json" ] &&
		[ "$(ls "$d/icons" | grep -c '\.svg$')" -eq "$(ls icons | grep -c '\.svg$')" ] &&
		[ -f "$tmp/root/usr/include/privicon.h" ]; then
		ok "install: schema, icons and catalogue under share/privicon, the header in include"
	else
		fail "install: share/privicon lacks the schema, the icons or the catalogue"
	fi
	make -s --no-print-directory uninstall DESTDIR="$tmp/root" PREFIX=/usr B="$B" >/dev/null 2>&1
	left=$(find "$tmp/root" -type f | head -3)
	if [ -z "$left" ]; then ok "uninstall removes every installed file"; else fail "uninstall leaves: $left"; fi
else
	fail "make install into a staging directory failed: $(tail -3 "$tmp/inst")"
fi

# The header alone, as C99 and as C++, pedantic.
printf '#include "privicon.h"\nint main(void) { return privicon_version() == 0; }\n' >"$tmp/h.c"
if cc -std=c99 -pedantic -Wall -Wextra -Werror -Iinclude -c -o "$tmp/h.o" "$tmp/h.c" 2>"$tmp/err"; then
	ok "header: include/privicon.h compiles as C99 with -pedantic -Werror"
else
	fail "header: not C99-clean: $(head -3 "$tmp/err")"
fi
if command -v c++ >/dev/null 2>&1; then
	cp "$tmp/h.c" "$tmp/h.cpp"
	if c++ -std=c++11 -pedantic -Wall -Wextra -Werror -Iinclude -c -o "$tmp/hpp.o" "$tmp/h.cpp" 2>"$tmp/err"; then
		ok "header: include/privicon.h compiles as C++11 with -pedantic -Werror"
	else
		fail "header: not C++-clean: $(head -3 "$tmp/err")"
	fi
fi

lib_finish
