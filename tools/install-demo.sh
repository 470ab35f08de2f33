#!/bin/sh
# install-demo.sh - the last step of `make demo`: installs privicon so the
# README's `privicon ...` commands work, and says where it went.
#   root:      PREFIX (default /usr/local)
#   otherwise: ~/.local, unless PREFIX was given on the command line or in
#              the environment (PREFIX_ORIGIN is make's $(origin PREFIX))
# When the bin directory is not on PATH, it says how to add it.
B=${B:-build}
MAKE=${MAKE:-make}
uid=${PRIVICON_DEMO_UID:-$(id -u)}   # PRIVICON_DEMO_UID: for the tests
case ${PREFIX_ORIGIN:-default} in
command* | environment*) prefix=$PREFIX ;;
*) if [ "$uid" -eq 0 ]; then prefix=${PREFIX:-/usr/local}; else prefix=$HOME/.local; fi ;;
esac
if ! $MAKE --no-print-directory install B="$B" PREFIX="$prefix" >"${TMPDIR:-/tmp}/privicon-install.$$.log" 2>&1; then
	cat "${TMPDIR:-/tmp}/privicon-install.$$.log" >&2
	rm -f "${TMPDIR:-/tmp}/privicon-install.$$.log"
	echo "Could not install privicon into $prefix. Run it as $B/privicon, or: make install PREFIX=DIR" >&2
	exit 1
fi
rm -f "${TMPDIR:-/tmp}/privicon-install.$$.log"
echo "== privicon is installed as $prefix/bin/privicon (schema and XML catalog in $prefix/share/privicon/)"
case ":$PATH:" in
*":$prefix/bin:"*) echo "Try: privicon check examples/register.xml" ;;
*)
	echo "$prefix/bin is not on your PATH yet. Add it for this shell (and to ~/.profile):"
	echo "  export PATH=\"$prefix/bin:\$PATH\""
	echo "or run $B/privicon instead of privicon."
	;;
esac
