#!/usr/bin/env bash
# Whole-process time of `census check "NAME"` on the bundle's warehouse (target: under 2 s):
# syncs and crawls the bundle into a temporary data folder, then times each name ROUNDS times
# (the first call writes the class-data archive and is not counted).
# Usage: scripts/bench-check.sh [BUNDLE] [ROUNDS]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
rounds="${2:-5}"
need_bundle "$bundle"
need_build

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$root/scripts/census" sync --repo "$bundle" --data "$data" >/dev/null 2>&1
"$root/scripts/census" crawl --data "$data" >/dev/null 2>&1
"$root/scripts/census" check "warm-up" --data "$data" >/dev/null 2>&1 || true

echo "| name | outcome | median ms | max ms |"
echo "|---|---|---:|---:|"
for name in "HubSpot CRM" "DadJokesIO" "Contoso Fabrikam Weather"; do
  times=()
  for _ in $(seq "$rounds"); do
    start=$(date +%s%N)
    outcome=$("$root/scripts/census" check "$name" --json --data "$data" 2>/dev/null \
      | sed -n 's/^  "outcome" : "\(.*\)",$/\1/p' || true)
    times+=("$((($(date +%s%N) - start) / 1000000))")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(((rounds + 1) / 2))p")
  max=$(echo "$sorted" | tail -n 1)
  printf '| %s | %s | %d | %d |\n' "$name" "$outcome" "$median" "$max"
done
echo "Measured on $(nproc) cores, $(date -u +%Y-%m-%d), load $(cut -d' ' -f1 /proc/loadavg), $(java -version 2>&1 | head -n 1)."
