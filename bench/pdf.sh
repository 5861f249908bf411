#!/usr/bin/env bash
# bench/pdf.sh — how long printing takes, measured as whole processes:
#   1. `kemitraan-cli pdf --doc pks` on the sample data, side by side with LibreOffice
#      exporting a comparable two-page letter (bench/letter.fodt) to PDF, in turns;
#   2. a batch of 100 request letters, each its own kemitraan-cli process.
# Targets (issue #16): a PKS in at most 1/20 of LibreOffice's time; 100 letters in at
# most 5 s. Prints medians over RUNS runs (default 7) after one warm-up run each.
#
# Usage: bench/pdf.sh [RUNS]     (from the project's folder; needs Go, and
#        libreoffice-writer-nogui for the comparison: sudo apt-get install libreoffice-writer-nogui)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
export LANG=C.UTF-8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

CGO_ENABLED=0 go build -o "$work/kemitraan-cli" ./cmd/kemitraan-cli
cli="$work/kemitraan-cli"
"$cli" --db "$work/demo.db" demo >/dev/null

# the first partnership of the sample data whose agreement prints as a PKS
pks=""
for id in $("$cli" --db "$work/demo.db" list | awk '{print $1}'); do
	if "$cli" --db "$work/demo.db" pdf --partnership "$id" --doc pks --out "$work/probe.pdf" >/dev/null 2>&1; then
		pks=$id
		break
	fi
done
[ -n "$pks" ] || { echo "no PKS in the sample data" >&2; exit 1; }
pdfinfo "$work/probe.pdf" 2>/dev/null | grep -E '^(Pages|File size)' || true

# seconds of one run of a command, wall clock
secs() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null 2>&1
	t1=$(date +%s%N)
	echo "$(( (t1 - t0) / 1000 ))" # microseconds
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'; }

soffice=$(command -v soffice || command -v libreoffice || true)
fodt=bench/letter.fodt
pks_cmd=("$cli" --db "$work/demo.db" pdf --partnership "$pks" --doc pks --out "$work/pks.pdf")
lo_cmd=("$soffice" --headless --convert-to pdf --outdir "$work/lo" "$fodt")

# warm-up, then the two in turns so that both see the same machine
secs "${pks_cmd[@]}" >/dev/null
[ -n "$soffice" ] && secs "${lo_cmd[@]}" >/dev/null
: >"$work/pks.times"
: >"$work/lo.times"
for _ in $(seq "$runs"); do
	secs "${pks_cmd[@]}" >>"$work/pks.times"
	[ -n "$soffice" ] && secs "${lo_cmd[@]}" >>"$work/lo.times"
done
pks_ms=$(median <"$work/pks.times")
echo "kemitraan-cli pdf --doc pks:        median ${pks_ms} ms over $runs runs ($(stat -c %s "$work/pks.pdf") bytes)"
if [ -n "$soffice" ]; then
	lo_ms=$(median <"$work/lo.times")
	echo "soffice --convert-to pdf letter:    median ${lo_ms} ms over $runs runs"
	awk -v a="$pks_ms" -v b="$lo_ms" 'BEGIN {printf "PKS / LibreOffice:                  1/%.0f (target: 1/20 or less)\n", b/a}'
else
	echo "LibreOffice is not installed (libreoffice-writer-nogui): no comparison"
fi

# 100 request letters: the partnerships that can have one, round and round
ids=()
for id in $("$cli" --db "$work/demo.db" list | awk '{print $1}'); do
	if "$cli" --db "$work/demo.db" pdf --partnership "$id" --doc permohonan --out "$work/probe.pdf" >/dev/null 2>&1; then
		ids+=("$id")
	fi
done
[ "${#ids[@]}" -gt 0 ] || { echo "no partnership can have a request letter" >&2; exit 1; }
mkdir -p "$work/letters"
t0=$(date +%s%N)
for i in $(seq 100); do
	id=${ids[$(( (i - 1) % ${#ids[@]} ))]}
	"$cli" --db "$work/demo.db" pdf --partnership "$id" --doc permohonan --out "$work/letters/$i.pdf" >/dev/null
done
t1=$(date +%s%N)
awk -v us="$(( (t1 - t0) / 1000 ))" 'BEGIN {printf "100 request letters, one process each: %.2f s (target: 5 s or less)\n", us/1e6}'
