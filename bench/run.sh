#!/bin/sh
# bench/run.sh - the benchmark behind `make bench`: privicon against its
# peers in the same run, as ratios (the machine may be shared and noisy, so
# seconds mean little; a ratio of two figures taken side by side does).
#
#   B=build sh bench/run.sh        (make bench builds what it needs first)
#
# Environment:
#   B                  build directory with privicon and bench/{gen,measure,
#                      encode_floor} (default: build)
#   BENCH_SIZES        register sizes in activities (default "100 1000 10000");
#                      the smallest is the base of the scale figures
#   BENCH_FULL=1       adds 100000 to the sizes and renders up to 10000
#   BENCH_RENDER_MAX   the largest size rendered (default 1000; 10000 full)
#   BENCH_SEED         the generator's seed (default 1)
#   BENCH_RUNS         runs per figure (default: 5 for check up to 1000
#                      activities, 3 above it and for render; 1 for the
#                      peer's render and for --jobs); the median counts
#   BENCH_JOBS         --jobs for the parallel render (default: the cores)
#
# Figures (each run alternates privicon and its peer, and the rounds of runs
# go over every size, so what is compared met the same load):
#   check   `privicon check` against `xmllint --noout --schema
#           schemas/register.xsd` on the same file: time and peak memory,
#           at 10,000 activities (or the largest size below it)
#   render  `privicon render --format png --jobs 1` against the same sheets
#           as SVG (`privicon render --format svg --jobs 1`) converted one by
#           one with `rsvg-convert` (what a web team would otherwise do), and
#           against the floor: bench/encode_floor, which only encodes the
#           pixels privicon drew, as privicon encodes them (the same bytes,
#           checked), and writes the files; at 1,000 activities (or the
#           largest rendered size). Everything single-threaded, so the
#           figures compare work, not cores.
#   scale   time per activity at the largest size against the smallest, for
#           check and for render (whole commands, start-up included)
#   site    `privicon site` (both languages: pages, a PDF sheet per
#           activity, icons, API) against `render --format png --jobs 1`
#           of the same register: at most 1.5 times its time (issue 14)
#   jobs    `render --jobs N` writes byte-for-byte the files of `--jobs 1`
#           (every file compared), and how much faster it is
#   import  `privicon import` of the register as a spreadsheet (written by
#           `export --format xlsx`) at 1,000 activities (or the largest size
#           below it): under a second (issue 13), and against a peer that
#           merely reads the same file: `ssconvert` to CSV where installed,
#           else `libreoffice --convert-to csv`, else `unzip -p` (the time to
#           unzip the file)
# Exit status: 0 when every figure was measured (PASS or MISS alike), 1
# when a command failed or produced the wrong output.

set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
B=${B:-build}
bin=$top/$B/privicon
tools=$top/$B/bench
work=$top/$B/bench/work
xsd=$top/schemas/register.xsd
LC_ALL=C
export LC_ALL

full=${BENCH_FULL:-0}
sizes=${BENCH_SIZES:-"100 1000 10000"}
render_max=${BENCH_RENDER_MAX:-1000}
if [ "$full" = 1 ]; then
	sizes="$sizes 100000"
	render_max=${BENCH_RENDER_MAX:-10000}
fi
sizes=$(printf '%s\n' $sizes | sort -n -u | tr '\n' ' ')
seed=${BENCH_SEED:-1}
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
jobs=${BENCH_JOBS:-$cores}

for t in "$bin" "$tools/gen" "$tools/measure" "$tools/encode_floor"; do
	[ -x "$t" ] || { echo "bench: $t is missing; run make bench" >&2; exit 2; }
done
for t in xmllint rsvg-convert; do
	command -v $t >/dev/null 2>&1 || { echo "bench: $t is missing (make bench installs it)" >&2; exit 2; }
done

rm -rf "$work"
mkdir -p "$work" || exit 2
results=$top/$B/bench/results.txt
: >"$results"
trap 'rm -rf "$work"' EXIT
trap 'exit 2' HUP INT TERM

die() {
	echo "bench: $*" >&2
	exit 1
}

# Registers over the default size cap (256 MB, about 70,000 activities)
# need a larger one; privicon caps it at 2 GB.
maxsize="--max-size 2G"

# `--jobs 1` once privicon has the option (it keeps the figures single-
# threaded; without the option privicon renders in one process anyway).
jobs1=""
"$bin" render --help 2>/dev/null | grep -q -- '--jobs' && jobs1="--jobs 1"

runs_for() { # runs_for N - runs of check at size N
	if [ -n "${BENCH_RUNS:-}" ]; then
		echo "$BENCH_RUNS"
	elif [ "$1" -le 1000 ]; then
		echo 5
	else
		echo 3
	fi
}
# The peer's render of 1,000 sheets takes minutes: once, unless BENCH_RUNS
# asks for more. Privicon's runs surround it, so both meet the same load.
render_runs=${BENCH_RUNS:-3}
peer_runs=${BENCH_RUNS:-1}

median() { # median < numbers
	sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# run NAME CMD... - runs CMD once under measure; appends the wall time (s)
# to $work/NAME.t and the peak RSS (KB) to $work/NAME.m; fails on a
# non-zero exit status.
run() {
	name=$1
	shift
	set -- $("$tools/measure" "$@") || die "measure failed"
	[ "$3" -eq 0 ] || die "$name: the command exited with status $3"
	awk -v ns="$1" 'BEGIN { printf "%.6f\n", ns / 1e9 }' >>"$work/$name.t"
	echo "$2" >>"$work/$name.m"
}

t_of() { median <"$work/$1.t"; }
m_of() { median <"$work/$1.m"; }

# row FIGURE PRIVICON PEER RATIO TARGET RESULT
row() {
	printf '%-46s %14s %22s %7s %8s  %s\n' "$@" | tee -a "$results"
}

ratio() { # ratio A B -> A / B
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'
}

verdict() { # verdict RATIO "<=" LIMIT
	awk -v r="$1" -v op="$2" -v l="$3" 'BEGIN {
		if (r == "nan") { print "MISS"; exit }
		ok = (op == "<=") ? (r + 0 <= l + 0) : (r + 0 >= l + 0)
		print ok ? "PASS" : "MISS" }'
}

secs() { awk -v s="$1" 'BEGIN { printf "%.3f s", s }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
thousands() { printf '%s' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }

echo "privicon benchmark: sizes $sizes; render up to $render_max; $cores cores; seed $seed"
echo "(median of several runs; ratios, not seconds, are the result)"
echo

# ---- the registers ----------------------------------------------------------
smallest=""
largest=""
check_at=""
for n in $sizes; do
	"$tools/gen" -s "$seed" "$n" >"$work/r$n.xml" || die "gen $n failed"
	[ -z "$smallest" ] && smallest=$n
	largest=$n
	[ "$n" -le 10000 ] && check_at=$n
	# Every generated register checks clean (the acknowledged newsletter
	# warnings are notes): status 0, no errors, no warnings.
	"$bin" check $maxsize --format json "$work/r$n.xml" >"$work/check$n.json" 2>"$work/check$n.err" ||
		die "the generated register of $n activities does not check clean: $(head -3 "$work/check$n.err")"
	summary=$(sed -n '/"summary"/,$p' "$work/check$n.json" | tr -d ' \n')
	case $summary in
	*'"errors":0,"warnings":0,'*) ;;
	*) die "the generated register of $n activities has findings: $summary" ;;
	esac
done
[ -n "$check_at" ] || check_at=$smallest
render_sizes=""
for n in $sizes; do
	[ "$n" -le "$render_max" ] && render_sizes="$render_sizes $n"
done
render_at=$(printf '%s\n' $render_sizes | tail -1)

printf '%-46s %14s %22s %7s %8s  %s\n' figure privicon peer ratio target result | tee -a "$results"
printf '%s\n' "------------------------------------------------------------------------------------------------------------------" | tee -a "$results"

# ---- check ------------------------------------------------------------------
# Round after round over every size, so the scale figure, too, compares
# runs that met the same load.
most=0
for n in $sizes; do
	[ "$(runs_for "$n")" -gt $most ] && most=$(runs_for "$n")
done
i=0
while [ $i -lt $most ]; do
	for n in $sizes; do
		[ $i -lt "$(runs_for "$n")" ] || continue
		run "check$n" "$bin" check $maxsize "$work/r$n.xml"
		run "xmllint$n" xmllint --noout --schema "$xsd" "$work/r$n.xml"
	done
	i=$((i + 1))
done
for n in $sizes; do
	tp=$(t_of "check$n")
	tx=$(t_of "xmllint$n")
	mp=$(m_of "check$n")
	mx=$(m_of "xmllint$n")
	rt=$(ratio "$tp" "$tx")
	rm_=$(ratio "$mp" "$mx")
	label=$(thousands "$n")
	if [ "$n" = "$check_at" ]; then
		row "check $label: time vs xmllint --schema" "$(secs "$tp")" "$(secs "$tx")" "$rt" "<= 1.3" "$(verdict "$rt" "<=" 1.3)"
		row "check $label: peak memory vs xmllint" "$(mib "$mp")" "$(mib "$mx")" "$rm_" "<= 1.5" "$(verdict "$rm_" "<=" 1.5)"
	else
		row "check $label: time vs xmllint --schema" "$(secs "$tp")" "$(secs "$tx")" "$rt" "" "(info)"
		row "check $label: peak memory vs xmllint" "$(mib "$mp")" "$(mib "$mx")" "$rm_" "" "(info)"
	fi
done
if [ "$largest" != "$smallest" ]; then
	a=$(awk -v t="$(t_of "check$largest")" -v n="$largest" 'BEGIN { printf "%.9f", t / n }')
	b=$(awk -v t="$(t_of "check$smallest")" -v n="$smallest" 'BEGIN { printf "%.9f", t / n }')
	rs=$(ratio "$a" "$b")
	row "scale check: per activity $(thousands "$largest") vs $(thousands "$smallest")" \
		"$(awk -v s="$a" 'BEGIN { printf "%.3f ms", s * 1000 }')" \
		"$(awk -v s="$b" 'BEGIN { printf "%.3f ms", s * 1000 }')" "$rs" "<= 1.2" "$(verdict "$rs" "<=" 1.2)"
fi

# ---- import (issue 13) -------------------------------------------------------
# The register of about 1,000 activities as a spreadsheet, imported again;
# the peer reads the same workbook and writes CSV (or only unzips it).
import_at=$smallest
for n in $sizes; do
	[ "$n" -le 1000 ] && import_at=$n
done
"$bin" export --format xlsx -o "$work/r$import_at.xlsx" "$work/r$import_at.xml" ||
	die "export --format xlsx of $import_at activities failed"
"$bin" import -o "$work/i$import_at.xml" "$work/r$import_at.xlsx" 2>"$work/import.err" ||
	die "import of the exported spreadsheet failed: $(head -3 "$work/import.err")"
if command -v ssconvert >/dev/null 2>&1; then
	peer_name="ssconvert to CSV"
elif command -v libreoffice >/dev/null 2>&1; then
	peer_name="libreoffice --convert-to csv"
else
	peer_name="unzip -p (unzip only)"
fi
i=0
while [ $i -lt "$(runs_for "$import_at")" ]; do
	run "import$import_at" "$bin" import -o "$work/i$import_at.xml" "$work/r$import_at.xlsx"
	case $peer_name in
	ssconvert*) run "peerimport" ssconvert "$work/r$import_at.xlsx" "$work/peer.csv" ;;
	libreoffice*) run "peerimport" env HOME="$work" libreoffice --headless --convert-to csv \
		--outdir "$work/peer" "$work/r$import_at.xlsx" ;;
	*) run "peerimport" sh -c 'unzip -p "$0" >/dev/null' "$work/r$import_at.xlsx" ;;
	esac
	i=$((i + 1))
done
ti=$(t_of "import$import_at")
tq=$(t_of "peerimport")
label=$(thousands "$import_at")
row "import $label rows (xlsx): time" "$(secs "$ti")" "" "" "< 1 s" \
	"$(awk -v t="$ti" 'BEGIN { print (t < 1) ? "PASS" : "MISS" }')"
row "import $label rows: privicon / $peer_name" "$(secs "$ti")" "$(secs "$tq")" \
	"$(ratio "$ti" "$tq")" "" "(info)"

# ---- render -----------------------------------------------------------------
# render_png N DIR - privicon's PNG sheets of register N into DIR
render_png() {
	rm -rf "$2"
	run "png$1" "$bin" render --format png $jobs1 -o "$2" "$work/r$1.xml"
}

# The peer, as one shell command so its time is the whole job.
# An overview of a few hundred activities is taller than the 32767 pixels
# cairo can make: privicon's PNG then shows the top 32767 px with a note
# that the rest is in the PDF; the peer crops the SVG to that page too
# (rsvg-convert refuses the full height).
cat >"$work/peer.sh" <<'EOF'
# peer.sh PRIVICON REGISTER DIR [--jobs 1] - SVG sheets, each converted by rsvg-convert
bin=$1 reg=$2 dir=$3
shift 3
rm -rf "$dir"
"$bin" render --format svg "$@" -o "$dir" "$reg" >/dev/null || exit 1
for f in "$dir"/*.svg; do
	case $f in
	*/overview.svg)
		h=$(head -c 1000 "$f" | sed -n 's/.*<svg [^>]*height="\([0-9]*\)[.0-9]*px".*/\1/p')
		[ -n "$h" ] || exit 1
		[ "$h" -le 32767 ] || h=32767
		rsvg-convert --page-width 794px --page-height "${h}px" -o "${f%.svg}.png" "$f" || exit 1
		;;
	*) rsvg-convert -o "${f%.svg}.png" "$f" || exit 1 ;;
	esac
done
EOF

# Round after round over every rendered size, as for check.
i=0
while [ $i -lt "$render_runs" ]; do
	for n in $render_sizes; do
		render_png "$n" "$work/png$n"
		if [ "$n" = "$render_at" ]; then
			[ $i -lt "$peer_runs" ] &&
				run "peer$n" sh "$work/peer.sh" "$bin" "$work/r$n.xml" "$work/svg$n" $jobs1
			ls "$work/png$n"/*.png >"$work/list$n"
			rm -rf "$work/floor$n" && mkdir "$work/floor$n"
			set -- $("$tools/encode_floor" "$work/floor$n" <"$work/list$n") || die "encode_floor failed"
			awk -v ns="$1" 'BEGIN { printf "%.6f\n", ns / 1e9 }' >>"$work/floor$n.t"
		fi
	done
	i=$((i + 1))
done
for n in $render_sizes; do
	files=$(ls "$work/png$n" | wc -l)
	[ "$files" -eq $((n + 1)) ] || die "render $n wrote $files files, not $((n + 1))"
	if [ "$n" = "$render_at" ]; then
		# The floor wrote privicon's bytes, or it measured another encoder.
		while IFS= read -r f; do
			cmp -s "$f" "$work/floor$n/${f##*/}" ||
				die "encode_floor does not encode ${f##*/} as privicon does (see bench/encode_floor.c)"
		done <"$work/list$n"
		# The peer draws the same sheets: same count, same pixel size.
		pfiles=$(ls "$work/svg$n"/*.png | wc -l)
		[ "$pfiles" -eq "$files" ] || die "the peer wrote $pfiles PNGs, privicon $files"
		one=$(ls "$work/png$n" | sed -n 2p)
		[ "$(od -An -tu1 -j16 -N8 "$work/png$n/$one")" = "$(od -An -tu1 -j16 -N8 "$work/svg$n/$one")" ] ||
			die "the peer's $one has another size than privicon's"
		tp=$(t_of "png$n")
		tq=$(t_of "peer$n")
		tf=$(t_of "floor$n")
		rq=$(ratio "$tq" "$tp")
		rf=$(ratio "$tp" "$tf")
		label=$(thousands "$n")
		row "render $label PNG: SVG+rsvg-convert / privicon" "$(secs "$tp")" "$(secs "$tq")" "$rq" ">= 3" "$(verdict "$rq" ">=" 3)"
		row "render $label PNG: privicon / encode floor" "$(secs "$tp")" "$(secs "$tf")" "$rf" "<= 2" "$(verdict "$rf" "<=" 2)"
		rm -rf "$work/svg$n" "$work/floor$n"
	fi
	[ "$n" = "$render_at" ] || rm -rf "$work/png$n"
done
# ---- site (issue 14): privicon site against render --format png ------------
# The whole site (pages and sheets in nl and en, icons, API) once, against
# the median PNG render of the same register; --jobs does not apply.
run "site$render_at" "$bin" site -o "$work/site$render_at" "$work/r$render_at.xml"
[ -s "$work/site$render_at/manifest.json" ] || die "site $render_at wrote no manifest"
tsite=$(t_of "site$render_at")
rsite=$(ratio "$tsite" "$(t_of "png$render_at")")
row "site $(thousands "$render_at"): privicon site / render PNG" "$(secs "$tsite")" \
	"$(secs "$(t_of "png$render_at")")" "$rsite" "<= 1.5" "$(verdict "$rsite" "<=" 1.5)"
rm -rf "$work/site$render_at"
rs_small=$(printf '%s\n' $render_sizes | head -1)
if [ "$render_at" != "$rs_small" ]; then
	a=$(awk -v t="$(t_of "png$render_at")" -v n="$render_at" 'BEGIN { printf "%.9f", t / n }')
	b=$(awk -v t="$(t_of "png$rs_small")" -v n="$rs_small" 'BEGIN { printf "%.9f", t / n }')
	rs=$(ratio "$a" "$b")
	row "scale render: per activity $(thousands "$render_at") vs $(thousands "$rs_small")" \
		"$(awk -v s="$a" 'BEGIN { printf "%.2f ms", s * 1000 }')" \
		"$(awk -v s="$b" 'BEGIN { printf "%.2f ms", s * 1000 }')" "$rs" "<= 1.2" "$(verdict "$rs" "<=" 1.2)"
fi

# ---- render --jobs ----------------------------------------------------------
n=$render_at
label=$(thousands "$n")
if [ -n "$jobs1" ]; then
	# Every format, so the PDF (one process) is covered too. The PDF
	# carries the time unless SOURCE_DATE_EPOCH is set.
	SOURCE_DATE_EPOCH=1700000000
	export SOURCE_DATE_EPOCH
	# The files and the list on stdout of the last run are compared.
	i=0
	while [ $i -lt "${BENCH_RUNS:-1}" ]; do
		rm -rf "$work/j1" "$work/jn"
		run "jobs1" sh -c '"$0" render --jobs 1 -o "$1" "$2" >"$3"' \
			"$bin" "$work/j1" "$work/r$n.xml" "$work/j1.list"
		run "jobsn" sh -c '"$0" render --jobs "$1" -o "$2" "$3" >"$4"' \
			"$bin" "$jobs" "$work/jn" "$work/r$n.xml" "$work/jn.list"
		i=$((i + 1))
	done
	differ=0
	total=0
	for f in "$work/j1"/*; do
		total=$((total + 1))
		cmp -s "$f" "$work/jn/${f##*/}" || differ=$((differ + 1))
	done
	[ "$(ls "$work/jn" | wc -l)" -eq "$total" ] || differ=$((differ + 1))
	sed "s|$work/jn/|$work/j1/|" "$work/jn.list" | cmp -s - "$work/j1.list" || differ=$((differ + 1))
	result=PASS
	[ "$differ" -eq 0 ] && [ "$total" -eq $((2 * n + 3)) ] || result=MISS
	row "render $label, all formats: --jobs $jobs = --jobs 1" "$total files" "$differ differ" "" "same" "$result"
	rj=$(ratio "$(t_of jobs1)" "$(t_of jobsn)")
	row "render $label, all formats: --jobs $jobs speed-up" "$(secs "$(t_of jobsn)")" "$(secs "$(t_of jobs1)")" "$rj" "" "(info)"
else
	row "render --jobs N" "" "" "" "" "no --jobs"
fi
echo
echo "(saved in $B/bench/results.txt)"
