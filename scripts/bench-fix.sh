#!/usr/bin/env bash
# What `census lint --fix` does to every connector folder at the tip of dev in the bundle, and what
# it costs: the findings of the fixable rules before and after (uncapped: a rule's "N more findings"
# line counts N), whether every strict JSON file stays strict and no file gains an InvalidJson
# finding, whether any finding of another rule appears, whether a second --fix changes a byte, and
# the share of the dev tip's errors and warnings that the fixable rules cover. Prints Markdown for
# docs/benchmarks.md (## Fix); exits 1 when one of the issue's conditions fails.
# Usage: scripts/bench-fix.sh [BUNDLE]
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
bundle="${1:-$default_bundle}"
need_bundle "$bundle"
need_build

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --branch dev "$bundle" "$work/dev"
folders=("$work"/dev/{certified,independent-publisher,custom}-connectors/*/)
census="$root/scripts/census"

# lint's exit status 1 only says that errors were found.
lint() {
  "$census" lint --no-config "$@" || [[ $? == 1 ]]
}
seconds() {
  local start=$SECONDS
  "$@"
  echo $((SECONDS - start))
}

"$census" rules --format json >"$work/rules.json"
lint --format json "${folders[@]}" >"$work/before.json"
SECONDS=0
lint --fix --format json "${folders[@]}" >"$work/after.json" 2>"$work/fix.err"
fix_seconds=$SECONDS
(cd "$work/dev" && git diff --shortstat) >"$work/diffstat"
first=$(cd "$work/dev" && git diff | md5sum)
SECONDS=0
lint --fix --format json "${folders[@]}" >"$work/again.json" 2>"$work/again.err"
again_seconds=$SECONDS
second=$(cd "$work/dev" && git diff | md5sum)
[[ "$first" == "$second" ]] && idempotent=yes || idempotent=no
untracked=$(cd "$work/dev" && git status --porcelain --untracked-files=all | grep -c '^??' || true)
refused=$(grep -c "fix not applied" "$work/fix.err" || true)

python3 - "$work" "$fix_seconds" "$again_seconds" "$idempotent" "$untracked" "$refused" "${#folders[@]}" <<'PY'
import collections, json, re, sys
work, fix_s, again_s, idempotent, untracked, refused, folders = sys.argv[1:8]
rules = json.load(open(f"{work}/rules.json"))["rules"]
safe = {r["id"] for r in rules if r.get("fixability") == "safe"}
before = json.load(open(f"{work}/before.json"))["findings"]
after = json.load(open(f"{work}/after.json"))["findings"]
MORE = re.compile(r"^(\d+) more (findings of this rule|lines )")

def weight(f):
    m = MORE.match(f["message"])
    return int(m.group(1)) if m else 1

def count(findings, keep):
    c = collections.Counter()
    for f in findings:
        if keep(f):
            c[f["ruleId"]] += weight(f)
    return c

def key(f):
    return (f["file"], f["ruleId"], re.sub(r"/\d+(?=/|$)", "/*", f["jsonPointer"]), f["message"])

def groups(findings):
    # Per connector and rule (not fixable): the findings' keys and their total count, and whether
    # the 50-per-rule limit cut the list ("N more findings of this rule"). A capped list shows
    # other findings once fixes remove some, so there only a larger total is a new finding.
    g = collections.defaultdict(lambda: [collections.Counter(), 0, False])
    for f in findings:
        if f["ruleId"] in safe:
            continue
        e = g[(f["connector"], f["ruleId"])]
        e[1] += weight(f)
        if MORE.match(f["message"]):
            e[2] = True
        else:
            e[0][key(f)] += 1
    return g

def new_findings(before, after):
    gb, ga = groups(before), groups(after)
    out = collections.Counter()
    for g, (keys, total, capped) in ga.items():
        old = gb.get(g, [collections.Counter(), 0, False])
        if capped or old[2]:
            if total > old[1]:
                out[(g[0], g[1], "", f"{total - old[1]} more than before (list capped)")] += total - old[1]
        else:
            for k, n in (keys - old[0]).items():
                out[k] += n
    return out

b = count(before, lambda f: True)
a = count(after, lambda f: True)
fixable_before = sum(b[r] for r in safe)
fixable_after = sum(a[r] for r in safe)
drop = 1 - fixable_after / fixable_before if fixable_before else 0
serious = lambda f: f["severity"] in ("error", "warning")
sb = count(before, serious)
covered = sum(sb[r] for r in safe)
total_serious = sum(sb.values())

invalid_before = collections.Counter(f["file"] for f in before if f["ruleId"] == "InvalidJson")
invalid_after = collections.Counter(f["file"] for f in after if f["ruleId"] == "InvalidJson")
lost_strict = [f for f in invalid_after if invalid_before[f] == 0]
gained = [f for f in invalid_after if invalid_after[f] > invalid_before[f]]
appeared = new_findings(before, after)

print("| fixable rule (safe) | findings before | after | fixed |")
print("|---|---:|---:|---:|")
for r in sorted(safe, key=lambda r: -b[r]):
    if b[r]:
        print(f"| {r} | {b[r]:,} | {a[r]:,} | {1 - a[r] / b[r]:.1%} |")
print(f"| **all {len(safe)} safe-fixable rules** | **{fixable_before:,}** | **{fixable_after:,}** | **{drop:.1%}** |")
print()
print(f"- `census lint --fix` over {folders} folders: {fix_s} s (whole process, the final lint included); a second `--fix`: {again_s} s")
print(f"- fixes refused (the file would have become less valid JSON): {refused}")
print(f"- {open(f'{work}/diffstat').read().strip()}")
print(f"- safe-fixable rules cover {covered:,} of the {total_serious:,} error and warning findings (uncapped) at the dev tip: {covered / total_serious:.1%}")
print(f"- files no longer strict JSON: {len(lost_strict)}; files with more InvalidJson findings: {len(gained)}")
print(f"- findings of other rules that appeared: {sum(appeared.values())}")
for k, n in list(appeared.items())[:20]:
    print(f"  - {n} × {k[1]} {k[0]} {k[2]}: {k[3]}")
print(f"- a second `--fix` leaves every byte: {idempotent}; files left behind: {untracked}")
ok = drop >= 0.9 and not lost_strict and not gained and not appeared and idempotent == "yes" and untracked == "0"
print(f"- conditions of issue 20 met: {'yes' if ok else 'NO'}")
sys.exit(0 if ok else 1)
PY
