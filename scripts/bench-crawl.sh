#!/usr/bin/env bash
# Times the tip crawl of the bundle's dev, whole process (JVM start included), and prints a
# Markdown table for docs/benchmarks.md (## Tip crawl):
#   empty     `census crawl` into an empty warehouse: every folder read and checked;
#   moved     the warehouse holds the crawl of an earlier dev commit (MOVED_FROM, default the
#             tip's fifth parent: a week of merges on the bundle), then dev is crawled: what a
#             nightly run pays;
#   same      dev again with nothing new.
# Each is run RUNS times (default 3) after one untimed crawl, which lists the classes the class-data
# archive is made of, and one that writes the archive (scripts/census).
# Usage: scripts/bench-crawl.sh [BUNDLE] [RUNS] [MOVED_FROM]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
runs="${2:-3}"
from="${3:-dev~5}"
need_bundle "$bundle"
need_build

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
census() { "$root/scripts/census" "$@" 2>>"$work/log"; }
census sync --repo "$bundle" --workdir "$work/repo" >/dev/null
for _ in 1 2; do census crawl --workdir "$work/repo" --warehouse "$work/warmup" >/dev/null; rm -rf "$work/warmup"; done
census crawl --workdir "$work/repo" --warehouse "$work/earlier" --ref "$from" >/dev/null

# measure LABEL PREPARE: PREPARE makes $work/w what the crawl starts from; prints a table row.
measure() {
  local label="$1" prepare="$2" walls=() cpus=() out
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/w"
    $prepare
    /usr/bin/time -f '%e %U %S' -o "$work/time" \
      "$root/scripts/census" crawl --workdir "$work/repo" --warehouse "$work/w" >"$work/out" 2>>"$work/log"
    read -r wall user sys <"$work/time"
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u+s}')")
  done
  out=$(grep -oE '[0-9]+ connectors checked, [0-9]+ unchanged' "$work/out" || cat "$work/out")
  printf '| %s | %s s | %s s | %s |\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n '1p;$p' | paste -sd'-' | sed 's/-/–/')" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n '1p;$p' | paste -sd'-' | sed 's/-/–/')" "$out"
}
empty() { :; }
earlier() { cp -r "$work/earlier" "$work/w"; }
same() { [[ -d "$work/same" ]] || census crawl --workdir "$work/repo" --warehouse "$work/same" >/dev/null; cp -r "$work/same" "$work/w"; }

echo "| tip crawl of dev | wall (fastest–slowest of $runs) | CPU | folders |"
echo "|---|---|---|---|"
measure "empty warehouse" empty
measure "dev moved from $from" earlier
measure "same tip again" same
echo
echo "Measured on $(nproc) cores (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))," \
  "$(date -u +%Y-%m-%d), bundle $(basename "$bundle")."
