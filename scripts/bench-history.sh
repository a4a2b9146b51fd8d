#!/usr/bin/env bash
# Times the history crawl of the bundle's dev (every commit, merges included) and the history jobs
# of analyze, and prints Markdown tables for docs/benchmarks.md:
#   full      `census crawl --history` into an empty warehouse (every folder content checked);
#   nothing   the same again with nothing new (the tip has not moved);
#   rewalk    every commit walked again with the contents served from the cache (another spelling
#             of the ref, so the crawl cannot continue from the last tip): the walk's own cost;
#   analyze   `census analyze` with the conformance-trends and conformance-cohorts jobs.
# Usage: scripts/bench-history.sh [BUNDLE] [DATA_DIR]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
data="${2:-$(mktemp -d)/census-bench-history}"
need_bundle "$bundle"
need_build

"$root/scripts/census" sync --repo "$bundle" --data "$data" >/dev/null 2>"$data.sync.log"

# One census command: wall and CPU time of the whole process, peak memory, and what it printed.
run_once() {
  local label="$1"
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$data.$label.time" \
    "$root/scripts/census" "$@" --data "$data" >"$data.$label.out" 2>"$data.$label.log"
  local wall user sys rss step
  read -r wall user sys rss <"$data.$label.time"
  step=$(grep -oE 'published in [0-9]+ ms|nothing to walk' "$data.$label.log" | tail -n 1 |
    awk '/nothing/ {print "returned at once"; next} {printf "%.1f s", $3/1000}')
  printf '| %s | %.1f s | %.1f s | %s | %d MB | %s |\n' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" \
    "${step:--}" "$((rss / 1024))" "$(head -c 220 "$data.$label.out" | tr '\n' ' ')"
}

echo "| crawl | wall time (whole process) | CPU time | history step | peak RSS | result |"
echo "|---|---|---|---|---|---|"
run_once full crawl --history
run_once nothing crawl --history
run_once rewalk crawl --history --ref refs/heads/dev
echo
echo "| job | time |"
echo "|---|---|"
/usr/bin/time -f '%e' -o "$data.analyze.time" "$root/scripts/census" analyze --data "$data" \
  --job conformance-trends --job conformance-cohorts >/dev/null 2>"$data.analyze.log"
grep -oE 'job [a-z-]+ took [0-9]+ ms' "$data.analyze.log" | awk '{printf "| %s | %.1f s |\n", $2, $4/1000}'
printf '| analyze, whole process | %.1f s |\n' "$(cat "$data.analyze.time")"
echo
echo "Measured on $(nproc) cores (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))," \
  "$(date -u +%Y-%m-%d), bundle $(basename "$bundle"), data in $data."
