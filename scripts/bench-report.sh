#!/usr/bin/env bash
# Times `census report` on the warehouse of the repository bundle: the whole process (JVM start
# included) and the rendering the command logs ("report: ... in N ms"), RUNS times, and prints a
# Markdown table for docs/benchmarks.md. The first call builds the warehouse with `census run`.
# Usage: scripts/bench-report.sh [BUNDLE] [DATA_DIR] [RUNS]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
data="${2:-$(mktemp -d)/census-bench}"
runs="${3:-5}"
need_bundle "$bundle"
need_build

if [[ ! -d "$data/warehouse/connectors" ]]; then
  echo "building the warehouse: census run --repo $bundle --data $data" >&2
  "$root/scripts/census" run --repo "$bundle" --data "$data" >/dev/null 2>"$data.run.log"
fi

walls=() cpus=() renders=()
for i in $(seq "$runs"); do
  /usr/bin/time -f '%e %U %S' -o "$data.time" "$root/scripts/census" report --data "$data" \
    >/dev/null 2>"$data.report.log"
  walls+=("$(awk '{print $1}' "$data.time")")
  cpus+=("$(awk '{printf "%.2f", $2 + $3}' "$data.time")")
  renders+=("$(grep -oE 'report: .* in [0-9]+ ms' "$data.report.log" | grep -oE '[0-9]+ ms' | awk '{printf "%.2f", $1/1000}')")
done

stats() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END{printf "%.2f s | %.2f s | %.2f s", v[int((NR+1)/2)], v[1], v[NR]}'; }
pages=$(find "$data/report" -name '*.html' | wc -l)
csvs=$(find "$data/report/csv" -name '*.csv' | wc -l)
size=$(du -sh "$data/report" | cut -f1)
echo "| what ($runs runs) | median | fastest | slowest |"
echo "|---|---|---|---|"
echo "| \`census report\`, whole process, wall | $(stats "${walls[@]}") |"
echo "| the same, CPU (user + sys, all threads) | $(stats "${cpus[@]}") |"
echo "| reading the warehouse and writing the report (logged), wall | $(stats "${renders[@]}") |"
echo
grep -oE '\(reading .*\)' "$data.report.log" | sed 's/^/last run: /'
echo
echo "$pages HTML pages, $csvs CSV files, $size in all; $(nproc) cores, load average" \
  "$(cut -d' ' -f1 /proc/loadavg), $(date -u +%Y-%m-%d); tables: $(ls "$data/warehouse" | grep -v '^_' | paste -sd' ' -)."
