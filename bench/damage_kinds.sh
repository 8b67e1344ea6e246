#!/usr/bin/env bash
# What each kind of mistake costs when it is on every row. For each of gen_district's mistakes
# (its --damage-kinds names), a file of the clean file's size where every row carries that one
# mistake (`--damage 1.0 --damage-kinds KIND`), and the random mix of all of them (`--damage
# 1.0`, the file bench/run.sh calls "every row bad"). `cerslint check` on each: instructions
# (callgrind, when valgrind is installed) and wall time, each as a ratio to the clean file.
# Wall times are the minimum and the median of RUNS rounds; each round runs every file once, in
# turn, so a burst of load from other tenants hits all files alike.
#
# Usage: bench/damage_kinds.sh [ROWS]      (default 200000; callgrind runs about 50x slower)
# Environment: BUILD (default build/default), RUNS (default 5), WORK (scratch parent; TMPDIR)
# Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-200000}
RUNS=${RUNS:-5}
BUILD=${BUILD:-build/default}
SCHOOLS=lib/directory/data/cde_directory_active_2026-04-06.tsv
CERSLINT=$BUILD/tools/cerslint/cerslint
GEN=$BUILD/tools/gen_district/gen_district
for bin in "$CERSLINT" "$GEN"; do
  [ -x "$bin" ] || { echo "damage_kinds.sh: $bin is missing; build first (make build)" >&2; exit 2; }
done

scratch=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/damage_kinds.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# The generator lists its mistakes when asked for one it does not know.
kinds=$("$GEN" --rows 1 --damage 1 --damage-kinds '?' 2>&1 >/dev/null |
          sed -n 's/.*the names are: //p' | tr -d ',') || true
[ -n "$kinds" ] || { echo "damage_kinds.sh: $GEN did not list its mistakes" >&2; exit 2; }

"$GEN" --rows "$ROWS" --seed 1 --schools-file "$SCHOOLS" -o "$scratch/clean.csv"
bytes=$(stat -c %s "$scratch/clean.csv")
names=(clean)
for kind in $kinds; do
  "$GEN" --bytes "$bytes" --seed 1 --damage 1.0 --damage-kinds "$kind" --schools-file "$SCHOOLS" \
    -o "$scratch/$kind.csv"
  names+=("$kind")
done
"$GEN" --bytes "$bytes" --seed 1 --damage 1.0 --schools-file "$SCHOOLS" -o "$scratch/mix.csv"
names+=(mix)

declare -A instr=() times=()
if command -v valgrind > /dev/null; then
  for name in "${names[@]}"; do
    instr[$name]=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
                     "$CERSLINT" check "$scratch/$name.csv" 2>&1 > /dev/null |
                   sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' || true)
  done
fi
for name in "${names[@]}"; do cat "$scratch/$name.csv" > /dev/null; done  # page cache
for _ in $(seq "$RUNS"); do
  for name in "${names[@]}"; do
    start=$(date +%s%N)
    "$CERSLINT" check "$scratch/$name.csv" > /dev/null || true  # exit 1: findings
    end=$(date +%s%N)
    times[$name]+="$(( (end - start) / 1000 )) "
  done
done

# min and median of a list of microseconds, in milliseconds
stats() { tr ' ' '\n' <<< "$1" | sed '/^$/d' | sort -n |
            awk '{a[NR] = $1} END {printf "%.1f %.1f\n", a[1] / 1000, a[int((NR + 1) / 2)] / 1000}'; }
read -r clean_min clean_med < <(stats "${times[clean]}")

echo "\`cerslint check\` on $ROWS clean rows ($bytes bytes) and on files of the same size where every"
echo "row carries one mistake; wall time over $RUNS rounds."
echo
echo "| every row | instructions × clean | min ms | × clean | median ms | × clean |"
echo "|---|---:|---:|---:|---:|---:|"
for name in "${names[@]}"; do
  read -r mn md < <(stats "${times[$name]}")
  label=$name
  [ "$name" = mix ] && label="any of them, at random (\`--damage 1.0\`)"
  [ "$name" = clean ] && label="clean"
  [ "$name" != clean ] && [ "$name" != mix ] && label="\`$name\`"
  awk -v l="$label" -v i="${instr[$name]:-}" -v ic="${instr[clean]:-}" -v mn="$mn" -v md="$md" \
      -v cmn="$clean_min" -v cmd="$clean_med" \
    'BEGIN {ir = (i != "" && ic != "") ? sprintf("%.2f", i / ic) : "-";
            printf "| %s | %s | %.0f | %.2f | %.0f | %.2f |\n", l, ir, mn, mn / cmn, md, md / cmd}'
done
