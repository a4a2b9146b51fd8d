#!/usr/bin/env bash
# How `census run` grows with the repository: generates synthetic repositories (census.bench.
# SyntheticRepository, deterministic, seed 1) at multiples of the bundle's size and times the run
# step by step with its peak memory. Prints Markdown tables for docs/benchmarks.md.
#
# Usage: scripts/bench-scale.sh [SIZE ...]            default: 0.1 1
#        scripts/bench-scale.sh --history [FACTOR ...] `crawl --history` at FACTOR × the commits
#                                                      (default: 1 10), connectors and pulls at 1×,
#                                                      the walk alone against `git log --raw`, the
#                                                      first sync against `git clone --mirror`
#        scripts/bench-scale.sh --steps SIZE           each step of `census run` as its own process
#                                                      with CENSUS_JAVA_OPTS (default -Xmx4g): wall,
#                                                      CPU and peak RSS per step
# SIZE is a factor for every dimension (connectors at dev's tip, dev commits, pull-request heads;
# 1 = the bundle's 1,035 / 2,721 / 3,338), or factors per dimension, e.g. connectors=100 (100× the
# connectors, 1× commits and pulls) or connectors=2,commits=0.5.
# BENCH_DIR (default: a new temporary folder) keeps the repositories and data; BUNDLE (default
# ../shared/data/PowerPlatformConnectors.bundle) provides schemas/paconn-apiProperties.schema.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bundle="${BUNDLE:-$root/../shared/data/PowerPlatformConnectors.bundle}"
dir="${BENCH_DIR:-$(mktemp -d)/census-scale}"
mkdir -p "$dir"
[[ -f "$bundle" ]] || { echo "no bundle at $bundle (for the apiProperties schema)" >&2; exit 2; }
[[ -d "$root/crawler/target/test-classes/census/bench" && -d "$root/analysis-jobs/target/lib" ]] ||
  (cd "$root" && ./mvnw -q -B package -DskipTests)

mode=run
if [[ "${1:-}" == --history || "${1:-}" == --steps ]]; then
  mode=${1#--}
  shift
fi
if [[ $# -eq 0 ]]; then
  if [[ $mode == run ]]; then set -- 0.1 1; else set -- 1 10; fi
fi

# The real schema the crawler validates apiProperties.json against, read once from the bundle.
schema="$dir/paconn-apiProperties.schema.json"
if [[ ! -s "$schema" ]]; then
  git init -q --bare "$dir/schema.git"
  git -C "$dir/schema.git" fetch -q "$bundle" refs/heads/dev
  git -C "$dir/schema.git" show FETCH_HEAD:schemas/paconn-apiProperties.schema.json >"$schema"
  rm -rf "$dir/schema.git"
fi

jar=$(ls "$root"/crawler/target/census-crawler-*.jar | grep -v -- '-tests\.jar$' | head -n 1)
generator_classpath="$root/crawler/target/test-classes:$jar:$root/crawler/target/lib/*"

# generate LABEL ARGS...: writes $dir/LABEL/src.git, prints the generator's summary line.
generate() {
  local label="$1"
  shift
  rm -rf "$dir/$label"
  mkdir -p "$dir/$label"
  nice -n 19 java -cp "$generator_classpath" census.bench.SyntheticRepository \
    --out "$dir/$label/src.git" --schema "$schema" "$@" 2>"$dir/$label/generate.log"
}

# generator_args SIZE: "0.5" -> --scale 0.5; "connectors=100,commits=2" -> --scale 1 --connectors 100 --commits 2
generator_args() {
  if [[ "$1" =~ ^[0-9.]+$ ]]; then
    echo "--scale $1"
    return
  fi
  local args="--scale 1" part
  IFS=, read -ra parts <<<"$1"
  for part in "${parts[@]}"; do
    args+=" --${part%%=*} ${part#*=}"
  done
  echo "$args"
}

field() { grep -oE "$1=[^ ]+" <<<"$2" | cut -d= -f2; }
peak_rss() { awk -F': ' '/Maximum resident set size/ {printf "%.1f GB", $2 / 1048576}' "$1"; }
wall() {
  awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1" |
    awk -F: '{s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.0f", s}'
}
cpu() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.0f", s}' "$1"; }
load() { cut -d' ' -f1 /proc/loadavg; }
step() { grep -oE "$1 took [0-9]+ ms" "$2" | awk '{printf "%.1f", $3 / 1000}'; }

run_scale() {
  local size="$1" label summary
  label="scale-${size//[=,]/-}"
  # shellcheck disable=SC2046 # the arguments are words
  summary=$(generate "$label" $(generator_args "$size"))
  local data="$dir/$label/data"
  nice -n 19 /usr/bin/time -v -o "$dir/$label/time.txt" \
    "$root/scripts/census" run --repo "$dir/$label/src.git" --data "$data" \
    >/dev/null 2>"$dir/$label/run.log"
  local log="$dir/$label/run.log"
  printf '| %s | %s | %s | %s | %s s | %s | %s | %s | %s | %s | %s | %s | %s s | %s s | %s | %s |\n' \
    "$size" "$(field connectors "$summary")" "$(field commits "$summary")" "$(field pulls "$summary")" \
    "$(field seconds "$summary")" "$(du -sh "$dir/$label/src.git" | cut -f1)" \
    "$(step sync "$log")" "$(step crawl "$log")" "$(step history "$log")" "$(step crawl-pulls "$log")" \
    "$(step analyze "$log")" "$(step report "$log")" "$(wall "$dir/$label/time.txt")" \
    "$(cpu "$dir/$label/time.txt")" "$(peak_rss "$dir/$label/time.txt")" "$(load)"
}

history_scale() {
  local factor="$1" label summary data
  label="history-$factor"
  summary=$(generate "$label" --scale 1 --commits "$factor")
  data="$dir/$label/data"
  nice -n 19 "$root/scripts/census" sync --repo "$dir/$label/src.git" --data "$data" &>/dev/null
  local first again walk git_walk sync git_sync
  first=$(timed_history "$label" first "$data")
  again=$(timed_history "$label" again "$data")
  # The walk alone: without history_state every commit is walked again, every content taken from
  # the cache; git's anchor lists the same commits' changes under the connector folders.
  rm -rf "$data/warehouse/history_state"
  walk=$(timed_history "$label" walk "$data")
  # The walk phase inside that process, as its log times it (JVM start, tables read and written
  # are outside it).
  walk_phase=$(grep -oE 'commits walked, [0-9]+ folder contents in [0-9]+ ms' "$dir/$label/walk.log" |
    awk '{printf "%.2f", $(NF-1) / 1000}')
  git_walk=$(seconds git -C "$data/repo/repo.git" log --raw -m --no-renames --format=%H dev -- \
    certified-connectors independent-publisher-connectors custom-connectors)
  sync=$(seconds "$root/scripts/census" sync --repo "$dir/$label/src.git" --data "$dir/$label/sync")
  # --no-local: through git's transport, as census fetches, not by hard-linking the objects.
  git_sync=$(seconds git clone -q --mirror --no-local "$dir/$label/src.git" "$dir/$label/clone.git")
  rm -rf "$dir/$label/sync" "$dir/$label/clone.git"
  printf '| %s× | %s | %s s | %s | %s | %s | %s s | %s s | %s s | %s s |\n' \
    "$factor" "$(field commits "$summary")" "$(field seconds "$summary")" "$first" "$again" \
    "$walk" "$walk_phase" "$git_walk" "$sync" "$git_sync"
}

# Each step in its own process under a fixed heap, so that a step that needs more fails here
# rather than borrowing the default quarter of the machine's memory. A step that fails is reported
# and the later ones still run on what the earlier ones left.
steps_scale() {
  local size="$1" label summary data out status
  label="steps-${size//[=,]/-}"
  # shellcheck disable=SC2046 # the arguments are words
  summary=$(generate "$label" $(generator_args "$size"))
  data="$dir/$label/data"
  echo "generated $label: $summary" >&2
  local -a names=(sync crawl history crawl-pulls analyze report)
  local -a commands=("sync --repo $dir/$label/src.git" crawl "crawl --history" "crawl --pulls" analyze report)
  for i in "${!names[@]}"; do
    out="$dir/$label/${names[$i]}"
    # shellcheck disable=SC2086 # the command is words
    status=ok
    CENSUS_JAVA_OPTS="${CENSUS_JAVA_OPTS:--Xmx4g}" nice -n 19 /usr/bin/time -v -o "$out.time" \
      "$root/scripts/census" ${commands[$i]} --data "$data" >/dev/null 2>"$out.log" ||
      status="failed: $(grep -m1 -oE '[A-Za-z.]*(Error|Exception)[^ ]*' "$out.log" || echo 'see the log')"
    printf '| %s | %s | %s s | %s s | %s | %s | %s |\n' "$size" "${names[$i]}" "$(wall "$out.time")" \
      "$(cpu "$out.time")" "$(peak_rss "$out.time")" "$status" "$(load)"
  done
}

# seconds COMMAND...: the whole-process wall time of COMMAND, its output discarded.
seconds() {
  local start
  start=$(date +%s%N)
  nice -n 19 "$@" >/dev/null 2>&1
  awk -v ns="$(($(date +%s%N) - start))" 'BEGIN {printf "%.1f", ns / 1e9}'
}

# timed_history LABEL NAME DATA: wall and CPU time, peak RSS of one `crawl --history` process, and
# the machine's load average after it (the machine is shared; CPU time is the steadier measure).
timed_history() {
  local out="$dir/$1/$2"
  nice -n 19 /usr/bin/time -v -o "$out.time" "$root/scripts/census" crawl --history --data "$3" \
    >/dev/null 2>"$out.log"
  printf '%s s, %s s CPU, %s, load %s' "$(wall "$out.time")" "$(cpu "$out.time")" \
    "$(peak_rss "$out.time")" "$(load)"
}

if [[ $mode == run ]]; then
  echo "| size | connectors | dev commits | pull requests | generate | repository | sync s | crawl s | history s | crawl-pulls s | analyze s | report s | run, whole process | CPU (user + sys) | peak RSS | load after |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for size in "$@"; do run_scale "$size"; done
elif [[ $mode == steps ]]; then
  echo "| size | step | wall | CPU (user + sys) | peak RSS | result (heap ${CENSUS_JAVA_OPTS:--Xmx4g}) | load after |"
  echo "|---|---|---|---|---|---|---|"
  for size in "$@"; do steps_scale "$size"; done
else
  echo "| commits | dev commits | generate | crawl --history | again, nothing new | the walk alone (contents cached), whole process | its walk phase | git log --raw, same folders | census sync (first) | git clone --mirror |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for factor in "$@"; do history_scale "$factor"; done
fi
echo
echo "Measured on $(nproc) cores, $(date -u +%Y-%m-%d), $(java -version 2>&1 | head -n 1); data in $dir."
