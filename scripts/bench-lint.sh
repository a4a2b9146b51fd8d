#!/usr/bin/env bash
# Times `census lint` over every connector folder at the tip of dev in the bundle, against ppcv (the
# vendored Node validator, ../shared/anchors) over the same folders in the same run: each round runs
# every command once, in turn, so load on the machine falls on all of them alike. Whole processes,
# JVM start included. Beside the full lint it times the floor under the checks (JVM start and the
# catalog alone; then reading and parsing every file with one rule that only touches them), one
# folder as an author lints it, --spelling and --cache. Prints a Markdown table for
# docs/benchmarks.md (## Lint) and the ratios to ppcv.
# Usage: scripts/bench-lint.sh [BUNDLE] [RUNS]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
runs="${2:-5}"
need_bundle "$bundle"
need_build
ppcv="$root/../shared/anchors/ppcv-all.js"
[[ -f "$ppcv" ]] || { echo "no ppcv at $ppcv" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --branch dev "$bundle" "$work/dev"
folders=("$work"/dev/{certified,independent-publisher,custom}-connectors/*/)
typical="$work/dev/certified-connectors/1Me Corporate"
largest="$work/dev/certified-connectors/Encodian"

# Each row: a label and a command; its output goes to $work/<row>.out.
labels=() commands=()
row() {
  labels+=("$1")
  commands+=("$2")
}
lint='"$root/scripts/census" lint'
row "ppcv (\`node ppcv-all.js\`, ~40 checks)" 'node "$ppcv" "${folders[@]}"'
row "\`census lint --format json\`" "$lint --format json \"\${folders[@]}\""
row "floor: JVM start and the catalog (\`census rules\`)" '"$root/scripts/census" rules'
row "floor: and every file read and parsed (\`--select FileUnreadable\`)" \
  "$lint --format json --select FileUnreadable \"\${folders[@]}\""
row "\`census lint --spelling --format json\`" "$lint --spelling --format json \"\${folders[@]}\""
row "\`census lint --cache\` (every folder unchanged)" \
  "$lint --format json --cache-location \"\$work/cache\" \"\${folders[@]}\""
row "one folder (\`1Me Corporate\`, 70 KB)" "$lint \"\$typical\""
row "one folder (\`Encodian\`, 1.1 MB, the largest)" "$lint \"\$largest\""

run() {
  # lint's exit status 1 only says that errors were found.
  eval "${commands[$1]}" >"$work/$1.out" 2>"$work/$1.err" || [[ $? == 1 ]] || {
    echo "failed: ${commands[$1]}" >&2
    cat "$work/$1.err" >&2
    exit 2
  }
}

# One untimed round writes the class-data archive (scripts/census), fills the --cache and warms the
# page cache.
for i in "${!commands[@]}"; do run "$i"; done

declare -A times=()
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s.%N)
    run "$i"
    end=$(date +%s.%N)
    times[$i]+="$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b-a}') "
  done
done

median() { tr ' ' '\n' <<<"${times[$1]}" | grep . | sort -n | sed -n "$(((runs + 1) / 2))p"; }
fastest() { tr ' ' '\n' <<<"${times[$1]}" | grep . | sort -n | head -n1; }
slowest() { tr ' ' '\n' <<<"${times[$1]}" | grep . | sort -n | tail -n1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f×", a/b}'; }
result() {
  local out="$work/$1.out"
  if [[ "${commands[$1]}" == *--format\ json* ]]; then
    node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1]));
      console.log(`${r.errors} errors, ${r.warnings} warnings, ${r.infos} info in ${r.folders} folders`)' "$out"
  else
    # The summary line; a line on fixable findings may follow it.
    grep -E '^[0-9]+ errors?, ' "$out" | tail -n1 | cut -c1-90
  fi
}

ppcv_median=$(median 0)
echo "| command (${#folders[@]} folders unless one is named) | median | fastest | slowest | × ppcv | result |"
echo "|---|---|---|---|---|---|"
for i in "${!commands[@]}"; do
  printf '| %s | %s s | %s s | %s s | %s | %s |\n' "${labels[$i]}" "$(median "$i")" "$(fastest "$i")" \
    "$(slowest "$i")" "$(ratio "$(median "$i")" "$ppcv_median")" "$(result "$i")"
done
checks=$(awk -v a="$(median 1)" -v b="$(median 3)" 'BEGIN{printf "%.2f", a-b}')
echo
echo "The checks alone (lint minus the floor that reads and parses every file): $checks s," \
  "$(ratio "$checks" "$ppcv_median") ppcv's whole run."
echo "$runs rounds on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end," \
  "$(date -u '+%Y-%m-%d %H:%M UTC'), dev at $(git -C "$work/dev" rev-parse --short HEAD)," \
  "$(java -version 2>&1 | head -n1), node $(node --version)."
