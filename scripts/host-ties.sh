#!/usr/bin/env bash
# Measures the triage issue's host criterion on a warehouse `census run` filled (with the pr-overlap
# job): of the unmerged pull requests whose proposed folder's definition calls a host that a
# connector on dev calls, how many pr_overlap ties to such a connector, how many are not tied
# because the host is shared (placeholder, multi-tenant API, several services), and the exceptions.
# Usage: scripts/host-ties.sh [DATA]   (default: ./census-data)
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
need_build
data="${1:-census-data}"
jar=$(ls "$root/crawler/target/census-crawler-"*.jar | grep -v -- '-tests\.jar$' | head -n 1)
jshell -R-Dcensus.warehouse="$data/warehouse" -R-Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  --class-path "$jar:$(printf '%s:' "$root"/crawler/target/lib/*.jar)" "$root/scripts/lib/host-ties.jsh"
