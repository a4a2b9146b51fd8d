#!/usr/bin/env bash
# The duplicate-titles job on synthetic title sets (vendors, product lines, versions, typos,
# independent-publisher copies) on local[2]: time, pairs, groups and peak heap per size, to show
# how cost grows. Prints a Markdown table for docs/benchmarks.md.
# Usage: scripts/bench-duplicates.sh [SIZE ...]   (default: 10000 100000 1000000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && ./mvnw -q -B package -pl crawler,analysis-jobs -DskipTests)

jar=$(ls "$root"/analysis-jobs/target/census-analysis-jobs-*.jar | grep -v -- '-tests\.jar$' | head -n 1)
classpath="$root/analysis-jobs/target/test-classes:$root/crawler/target/test-classes:$jar:$root/analysis-jobs/target/lib/*"
jvm_options=$(cat "$root/analysis-jobs/target/classes/census-jvm.options")
# shellcheck disable=SC2086 # the options file holds several flags
java $jvm_options -Xmx12g -Dcensus.bench.master=local[2] -cp "$classpath" \
  census.jobs.bench.DuplicateTitlesBenchmark "$@" 2> >(grep -v ' INFO \| WARN ' >&2)
echo "Measured on $(nproc) cores, $(date -u +%Y-%m-%d), $(java -version 2>&1 | head -n 1); peak heap is the sum of the heap pools' peaks."
