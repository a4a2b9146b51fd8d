#!/usr/bin/env bash
# Whole-process time of `census pr N` on the bundle's mirror and warehouse (target: under 2 s):
# syncs and crawls the bundle (the tip and the pull requests) into a temporary data folder, then
# times each pull request ROUNDS times (the first call writes the class-data archive and is not
# counted). The pull requests: 3582 (named in the triage issue), the unmerged one with the most
# commits, and the newest unmerged one.
# Usage: scripts/bench-pr.sh [BUNDLE] [ROUNDS] [DATA]   (DATA: reuse a data folder `census run` filled)
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
rounds="${2:-5}"
need_bundle "$bundle"
need_build

if [[ -n "${3:-}" ]]; then
  data="$3"
else
  data="$(mktemp -d)"
  trap 'rm -rf "$data"' EXIT
  "$root/scripts/census" sync --repo "$bundle" --data "$data" >/dev/null 2>&1
  "$root/scripts/census" crawl --data "$data" >/dev/null 2>&1
  "$root/scripts/census" crawl --pulls --data "$data" >/dev/null 2>&1
fi

# The pull requests to time, read from the CSV the report step writes (none without a report).
csv="$data/report/csv/pull_requests.csv"
pulls=(3582)
if [[ -f "$csv" ]]; then
  read -r longest newest < <(python3 -c 'import csv,sys
rows=[r for r in csv.DictReader(open(sys.argv[1])) if r["merged"]=="false" and r["path"]]
print(max(rows,key=lambda r:int(r["commit_count"]))["number"], max(int(r["number"]) for r in rows))' "$csv")
  pulls+=("$longest" "$newest")
fi
"$root/scripts/census" pr 3582 --data "$data" >/dev/null 2>&1 || true

echo "| pull request | folders | exit | median ms | max ms |"
echo "|---|---:|---:|---:|---:|"
for n in "${pulls[@]}"; do
  times=()
  status=0
  for _ in $(seq "$rounds"); do
    start=$(date +%s%N)
    status=0
    "$root/scripts/census" pr "$n" --format json --data "$data" >"$data/pr-$n.json" 2>/dev/null || status=$?
    times+=("$((($(date +%s%N) - start) / 1000000))")
  done
  folders=$(python3 -c 'import json,sys
print(len(json.load(open(sys.argv[1]))["folders"]))' "$data/pr-$n.json" 2>/dev/null || echo "?")
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(((rounds + 1) / 2))p")
  max=$(echo "$sorted" | tail -n 1)
  printf '| #%s | %s | %d | %d | %d |\n' "$n" "$folders" "$status" "$median" "$max"
done
echo "Measured on $(nproc) cores, $(date -u +%Y-%m-%d), load $(cut -d' ' -f1 /proc/loadavg), $(java -version 2>&1 | head -n 1)."
