#!/usr/bin/env bash
# Times `census run` on the repository bundle step by step (the durations the run records in its
# `runs` row), cold (first sync) and three times warm (nothing new: every job and the report are
# skipped), and prints a Markdown table for docs/benchmarks.md with the warm runs' median. Usage: scripts/bench-run.sh [BUNDLE] [DATA_DIR]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
data="${2:-$(mktemp -d)/census-bench}"
need_bundle "$bundle"
need_build
need_time

run_once() {
  local label="$1" wall user sys rss steps
  /usr/bin/time -f '%e %U %S %M' -o "$data.$label.time" \
    "$root/scripts/census" run --repo "$bundle" --data "$data" >/dev/null 2>"$data.$label.log"
  read -r wall user sys rss <"$data.$label.time"
  # The run's own step timings, from its log lines "<step> took <ms> ms".
  steps=$(grep -oE '(sync|crawl|history|crawl-pulls|analyze|report) took [0-9]+ ms' "$data.$label.log" | awk '{printf "%s=%.1fs ", $1, $3/1000}')
  printf '| %s | %.1f s | %.1f s | %.1f GB | %s|\n' "$label" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$(awk -v k="$rss" 'BEGIN{print k/1048576}')" "$steps"
}

echo "| run | wall time (whole process) | CPU (user + sys) | peak RSS | steps |"
echo "|---|---|---|---|---|"
run_once cold
for i in 1 2 3; do
  run_once "warm-$i"
done
echo
median=$(for i in 1 2 3; do cut -d' ' -f1 "$data.warm-$i.time"; done | sort -n | sed -n 2p)
echo "Nothing new, median of 3: $median s whole process."
echo "Measured on $(nproc) cores, $(date -u +%Y-%m-%d), bundle $(basename "$bundle"), data in $data."
