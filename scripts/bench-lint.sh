#!/usr/bin/env bash
# Times `census lint` over every connector folder at the tip of dev in the bundle: one invocation,
# the whole process (JVM start included), with and without --spelling. The tip is checked out once
# into a temporary folder; then again with --cache once an earlier run has filled it. Prints a
# Markdown table for docs/benchmarks.md (## Lint).
# Usage: scripts/bench-lint.sh [BUNDLE] [RUNS]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
runs="${2:-5}"
need_bundle "$bundle"
need_build

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --branch dev "$bundle" "$work/dev"
folders=("$work"/dev/{certified,independent-publisher,custom}-connectors/*/)

lint() {
  # Exit status 1 only says that errors were found.
  "$root/scripts/census" lint "$@" "${folders[@]}" >"$work/out" 2>"$work/err" || [[ $? == 1 ]]
}

# One untimed run writes the class-data archive (scripts/census) and warms the page cache.
lint

measure() {
  local label="$1" times=() start end
  shift
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    lint "$@"
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b-a}')")
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '| %s | %s s | %s s | %s s | %s |\n' "$label" \
    "$(sed -n "$(((runs + 1) / 2))p" <<<"$sorted")" "$(head -n1 <<<"$sorted")" \
    "$(tail -n1 <<<"$sorted")" "$(tail -n1 "$work/out")"
}

echo "| command (${#folders[@]} folders, one invocation) | median | fastest | slowest | result |"
echo "|---|---|---|---|---|"
measure "\`census lint\`"
measure "\`census lint --spelling\`" --spelling
# The floor under every rule: JVM start, reading and parsing every file (FileUnreadable touches
# them all, swagger-parser's model included) and printing.
measure "\`census lint --select FileUnreadable\`" --select FileUnreadable
# The cache is filled by the untimed run below, so every timed run finds all folders unchanged.
lint --cache-location "$work/cache"
measure "\`census lint --cache\` (every folder unchanged)" --cache-location "$work/cache"
echo
echo "$runs runs each on $(nproc) cores, $(date -u +%Y-%m-%d), dev at $(git -C "$work/dev" rev-parse --short HEAD), $(java -version 2>&1 | head -n1)."
