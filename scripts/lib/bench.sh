# shellcheck shell=bash
# Sourced by scripts/bench-*.sh: the checkout's root, the bundle's usual place, and the checks every
# benchmark makes before it starts timing.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
default_bundle="$root/../shared/data/PowerPlatformConnectors.bundle"

# need_bundle FILE: stops unless FILE is there.
need_bundle() {
  [[ -f "$1" ]] || { echo "no bundle at $1" >&2; exit 2; }
}

# need_build: builds every module (tests skipped) unless scripts/census has what it runs.
need_build() {
  local module
  for module in crawler reports analysis-jobs; do
    if ! compgen -G "$root/$module/target/lib/*.jar" >/dev/null; then
      (cd "$root" && ./mvnw -q -B package -DskipTests)
      return
    fi
  done
}

# need_time: GNU time, for CPU seconds and peak memory.
need_time() {
  command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
}
