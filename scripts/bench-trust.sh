#!/usr/bin/env bash
# What Census's findings predict, on the merges kept to test the severity policy (those after
# SeverityPolicy.CALIBRATION_END): the false-block share (connector folders whose last change on dev
# is in 2024 and whose JSON files are all strict JSON, linted with no config and no flags: the share
# with an error, over all of them and over those first added in 2024, with the rules behind it), and
# the review recall (census evidence: of the violations 2024 pull requests fixed between an earlier
# commit and their merge, the share reported as error or warning).
# Usage: scripts/bench-trust.sh [BUNDLE] [DATA]   (DATA: a data folder where scripts/evidence.sh or
# census run already ran; else the evidence steps run into a temporary one)
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
need_bundle "$bundle"
need_build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="${2:-$work/data}"
census() { "$root/scripts/census" "$@"; }
if ! census evidence --data "$data" >/dev/null 2>&1; then
  census sync --repo "$bundle" --data "$data"
  census crawl --history --data "$data"
  census crawl --pulls --data "$data"
  census analyze --job rule-evidence --data "$data"
fi

git clone -q --branch dev "$bundle" "$work/dev"
# One pass over dev's history: each folder's first and last change (committer dates).
git -C "$work/dev" log --format='@%cs' --name-only -- certified-connectors independent-publisher-connectors \
  | awk -F/ '/^@/ {d = substr($0, 2); next} NF >= 3 {f = $1 "/" $2; if (!(f in last)) last[f] = d; first[f] = d}
             END {for (f in last) print f "\t" first[f] "\t" last[f]}' >"$work/changes.tsv"
python3 - "$work" <<'PY' >"$work/folders.tsv"
import json, os, sys
work = sys.argv[1]
for line in open(os.path.join(work, "changes.tsv"), encoding="utf-8"):
    folder, first, last = line.rstrip("\n").split("\t")
    path = os.path.join(work, "dev", folder)
    if not last.startswith("2024") or not os.path.isdir(path):
        continue
    strict = True
    for name in os.listdir(path):
        if name.lower().endswith(".json"):
            try:
                json.loads(open(os.path.join(path, name), "rb").read().decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                strict = False
    if strict:
        print(f"{folder}\t{first}")
PY
mapfile -t folders < <(cut -f1 "$work/folders.tsv" | sed "s|^|$work/dev/|")
census lint --format json "${folders[@]}" >"$work/lint.json" 2>"$work/lint.err" || [[ $? == 1 ]]
python3 - "$work" <<'PY'
import collections, json, os, sys
work = sys.argv[1]
first = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(work, "folders.tsv"), encoding="utf-8"))
lint = json.load(open(os.path.join(work, "lint.json"), encoding="utf-8"))
errors = collections.defaultdict(set)
for f in lint["findings"]:
    if f["severity"] == "error":
        errors[f["connector"]].add(f["ruleId"])
def share(folders):
    blocked = [f for f in folders if errors.get(f)]
    return len(blocked), len(folders), 100.0 * len(blocked) / max(1, len(folders))
added = [f for f in first if first[f].startswith("2024")]
print("| folders | linted | with an error | share |\n|---|---|---|---|")
for label, folders in (("last changed on dev in 2024, strict JSON", list(first)),
                      ("of those, first added in 2024", added)):
    blocked, total, pct = share(folders)
    print("| %s | %d | %d | %.1f %% |" % (label, total, blocked, pct))
by_rule = collections.Counter(r for rules in errors.values() for r in rules)
print("\n| rule | folders with its error |\n|---|---|")
for rule, n in by_rule.most_common():
    print(f"| {rule} | {n} |")
for folder in sorted(errors):
    print(f"  {folder}: {', '.join(sorted(errors[folder]))}", file=sys.stderr)
PY
echo
census evidence --data "$data" | tail -n 1
