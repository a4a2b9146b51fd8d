#!/usr/bin/env bash
# Computes the rule evidence on the bundle and writes it to the checked-in resource that docs and
# the severity policy quote (crawler/src/main/resources/census/rules/evidence.tsv): sync, the
# history and pull-request crawls, then the rule-evidence job. Regenerate docs/rules.md after it.
# Usage: scripts/evidence.sh [BUNDLE] [DATA]   (DATA defaults to a temporary folder)
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
need_bundle "$bundle"
need_build
data="${2:-}"
if [[ -z "$data" ]]; then
  data=$(mktemp -d)
  trap 'rm -rf "$data"' EXIT
fi
census() { "$root/scripts/census" "$@" --data "$data"; }
census sync --repo "$bundle"
census crawl --history
census crawl --pulls
census analyze --job rule-evidence
census evidence --tsv >"$root/crawler/src/main/resources/census/rules/evidence.tsv"
echo "wrote crawler/src/main/resources/census/rules/evidence.tsv; regenerate docs/rules.md: ./mvnw -q package -DskipTests && scripts/census rules --format md > docs/rules.md" >&2
