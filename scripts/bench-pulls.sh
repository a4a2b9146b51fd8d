#!/usr/bin/env bash
# Times `census crawl --pulls` on the repository bundle, whole process each time: the first crawl
# of every pull-request head, again with nothing new, after one pull request moved, and after dev
# moved (every head walked again, folder checks taken from the previous tables). Prints a Markdown
# table for docs/benchmarks.md. Usage: scripts/bench-pulls.sh [BUNDLE] [DATA_DIR]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
data="${2:-$(mktemp -d)/census-bench-pulls}"
need_bundle "$bundle"
need_build
need_time

mkdir -p "$data"
"$root/scripts/census" sync --repo "$bundle" --data "$data" >/dev/null 2>"$data/sync.log"
mirror="$data/repo/repo.git"

run_once() {
  local label="$1" said
  /usr/bin/time -f '%e %U %S %M' -o "$data/time.txt" \
    "$root/scripts/census" crawl --pulls --data "$data" >"$data/out.txt" 2>"$data/$label.log"
  read -r wall user sys rss <"$data/time.txt"
  said=$(cat "$data/out.txt")
  printf '| %s | %.1f s | %.1f s | %.2f GB | %s |\n' "$label" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$(awk -v k="$rss" 'BEGIN{print k/1048576}')" "$said"
}

echo "| crawl | wall time (whole process) | CPU | peak RSS | result |"
echo "|---|---|---|---|---|"
run_once first
run_once nothing-new
# One pull request moves back to its head's parent: only it is crawled again.
last=$(git --git-dir "$mirror" for-each-ref --format='%(refname)' 'refs/pull/' | sort -t/ -k3 -n | tail -n 1)
git --git-dir "$mirror" update-ref "$last" "$last~1"
run_once one-moved
# dev moves back one commit: every head is walked again; folder versions come from the last crawl.
git --git-dir "$mirror" update-ref refs/heads/dev refs/heads/dev~1
run_once dev-moved
echo
echo "Measured on $(nproc) cores, $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, data in $data."
