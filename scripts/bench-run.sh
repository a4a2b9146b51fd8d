#!/usr/bin/env bash
# Times `census run` on the repository bundle step by step (the durations the run records in its
# `runs` row), cold (first sync) and warm (nothing new), and prints a Markdown table for
# docs/benchmarks.md. Usage: scripts/bench-run.sh [BUNDLE] [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bundle="${1:-$root/../shared/data/PowerPlatformConnectors.bundle}"
data="${2:-$(mktemp -d)/census-bench}"
[[ -f "$bundle" ]] || { echo "no bundle at $bundle" >&2; exit 2; }
[[ -f "$root/crawler/target/lib/picocli-"*.jar ]] 2>/dev/null || (cd "$root" && ./mvnw -q -B package -DskipTests)

run_once() {
  local label="$1" start end
  start=$(date +%s.%N)
  "$root/scripts/census" run --repo "$bundle" --data "$data" >/dev/null 2>"$data.$label.log"
  end=$(date +%s.%N)
  # The run's own step timings, from its log lines "<step> took <ms> ms".
  local steps
  steps=$(grep -oE '(sync|crawl|history|crawl-pulls|analyze|report) took [0-9]+ ms' "$data.$label.log" | awk '{printf "%s=%.1fs ", $1, $3/1000}')
  printf '| %s | %.1f s | %s|\n' "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" "$steps"
}

echo "| run | wall time (whole process) | steps |"
echo "|---|---|---|"
run_once cold
run_once warm
echo
echo "Measured on $(nproc) cores, $(date -u +%Y-%m-%d), bundle $(basename "$bundle"), data in $data."
