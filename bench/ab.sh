#!/usr/bin/env bash
# Wall time of two builds of a program on the same input, run alternately: A, B, A, B, ...
# On a shared machine the speed drifts over seconds; alternating puts both builds under the
# same drift, and the minimum of many runs is the least disturbed figure (the median is printed
# too). This is how a change too small for bench/run.sh's noise is confirmed or dropped (see
# docs/performance.md, session 15).
#
# Usage: bench/ab.sh [-n RUNS] BINARY_A BINARY_B -- ARGS...
#   Runs "BINARY ARGS..." RUNS times each (default 15), output thrown away; exit codes are not
#   compared (cerslint exits 1 on findings). Prints, per build: minimum and median in ms.
# Example:
#   cp build/default/tools/cerslint/cerslint /tmp/before   # build the change, then:
#   bench/ab.sh /tmp/before build/default/tools/cerslint/cerslint -- check big.csv
set -euo pipefail

runs=15
if [ "${1:-}" = "-n" ]; then
  runs=$2
  shift 2
fi
[ $# -ge 3 ] && [ "$3" = "--" ] ||
  { echo "usage: bench/ab.sh [-n RUNS] BINARY_A BINARY_B -- ARGS..." >&2; exit 2; }
a=$1 b=$2
shift 3
for bin in "$a" "$b"; do
  [ -x "$bin" ] || { echo "ab.sh: $bin is not an executable" >&2; exit 2; }
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "ab.sh: -n wants a positive number" >&2; exit 2; }

times_a=() times_b=()
elapsed_ms() {  # one run of "$@", output thrown away
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
for _ in $(seq "$runs"); do
  times_a+=("$(elapsed_ms "$a" "$@")")
  times_b+=("$(elapsed_ms "$b" "$@")")
done
summary() {  # label, then the times
  local label=$1
  shift
  printf '%s\n' "$@" | sort -n |
    awk -v label="$label" '{ t[NR] = $1 } END { printf "%s: min %d ms, median %d ms (%d runs)\n", label, t[1], t[int((NR + 1) / 2)], NR }'
}
summary "A $a" "${times_a[@]}"
summary "B $b" "${times_b[@]}"
