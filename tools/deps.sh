#!/bin/sh
# deps.sh PKG... - install the Debian/Ubuntu packages that are missing.
# As root it runs apt-get; otherwise it prints the exact command to run.
missing=""
for p in "$@"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "privicon needs these packages (or your system's equivalents):$missing" >&2
	exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "Missing build dependencies. Run:" >&2
	echo "  sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends $missing ||
	{ apt-get update && apt-get install -y --no-install-recommends $missing; }
