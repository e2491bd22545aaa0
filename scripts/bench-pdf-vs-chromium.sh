#!/usr/bin/env bash
# Whole-process PDF export: `voip-review export-pdf` versus headless Chromium printing the same
# summary as HTML, run alternately in one run. Prints each run, the medians, the ratio and the
# file sizes. Usage: bash scripts/bench-pdf-vs-chromium.sh [ROUNDS]
# VOIP_REVIEW_BIN=path times that build of the CLI instead of building target/release.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-15}"

if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
command -v pdftohtml >/dev/null || { echo "poppler-utils is needed: bash scripts/setup.sh" >&2; exit 1; }

bin="${VOIP_REVIEW_BIN:-}"
if [[ -z "$bin" ]]; then
  cargo build --release --quiet --bin voip-review
  bin=./target/release/voip-review
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite3"
id=$("$bin" --db "$db" sample)
"$bin" --db "$db" export-pdf "$id" --out "$work/reference.pdf" >/dev/null
# The same summary as one HTML page (text, tables and layout of the PDF), for Chromium to print.
pdftohtml -q -s -i -noframes "$work/reference.pdf" "$work/summary.html"

# Microseconds from bash itself: a `date` process (or a subshell) between the two readings
# would be counted as part of the export.
ours=(); theirs=()
for ((i = 1; i <= ROUNDS; i++)); do
  t0=${EPOCHREALTIME/[.,]/}
  "$bin" --db "$db" export-pdf "$id" --out "$work/ours.pdf" --force >/dev/null
  t1=${EPOCHREALTIME/[.,]/}
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/chromium-profile" --no-pdf-header-footer \
    --print-to-pdf="$work/chromium.pdf" "file://$work/summary.html" >/dev/null 2>&1
  t2=${EPOCHREALTIME/[.,]/}
  ours+=($((t1 - t0)))
  theirs+=($((t2 - t1)))
  printf 'round %2d  voip-review %7.1f ms   chromium %8.1f ms\n' "$i" \
    "$(echo "${ours[-1]} / 1000" | bc -l)" "$(echo "${theirs[-1]} / 1000" | bc -l)"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
m_ours=$(median "${ours[@]}")
m_theirs=$(median "${theirs[@]}")
printf '\nmedian over %d rounds: voip-review %.1f ms, chromium %.1f ms, ratio %.1fx\n' "$ROUNDS" \
  "$(echo "$m_ours / 1000" | bc -l)" "$(echo "$m_theirs / 1000" | bc -l)" "$(echo "$m_theirs / $m_ours" | bc -l)"
printf 'sizes: voip-review %d bytes (%d pages), chromium %d bytes\n' \
  "$(stat -c %s "$work/ours.pdf")" "$(pdfinfo "$work/ours.pdf" | awk '/^Pages:/ {print $2}')" \
  "$(stat -c %s "$work/chromium.pdf")"
