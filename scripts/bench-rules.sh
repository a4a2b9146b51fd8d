#!/usr/bin/env bash
# Times each rule over every connector folder at the tip of dev in the bundle: one rule at a time,
# on one thread, with every file already read and parsed, so the figures are the rules' own cost.
# Prints a Markdown table for docs/benchmarks.md.
# Usage: scripts/bench-rules.sh [BUNDLE] [ROUNDS] [RULE-CLASS-PREFIX, e.g. census.rules.security.]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bundle="${1:-$root/../shared/data/PowerPlatformConnectors.bundle}"
rounds="${2:-5}"
prefix="${3:-census.rules.}"
[[ -f "$bundle" ]] || { echo "no bundle at $bundle" >&2; exit 2; }
(cd "$root" && ./mvnw -q -B package -pl crawler -DskipTests)

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
classpath="$root/crawler/target/test-classes:$root/crawler/target/classes:$root/crawler/target/lib/*"
java -cp "$classpath" census.cli.Census sync --repo "$bundle" --data "$data" >/dev/null 2>&1
java -Xmx4g -cp "$classpath" census.rules.RuleTimings "$data/repo/repo.git" dev "$rounds" "$prefix" \
  2> >(grep -v ' INFO ' >&2)
echo "Measured on $(nproc) cores, $(date -u +%Y-%m-%d), $(java -version 2>&1 | head -n 1)."
