#!/usr/bin/env bash
# Instructions executed, counted by valgrind's callgrind, for the programs bench/run.sh times:
# fast-cpp-csv-parser, `cerslint check --format cers`, `cerslint check`, `cerslint fix --stdout`
# and `cerslint check` on a same-size file where every row is bad (as printed by default, and with
# every finding printed: `--max-per-rule 0`), and on one where every row is bad the same way
# (every school id as an Excel save leaves it). Wall time on a shared 2-core machine moves by
# 20-40% from run to run; an instruction count does not move at all for the
# same binary and the same bytes, so this is the figure to compare before and after a change
# (it does not see cache misses or page faults: confirm a real gain with bench/run.sh on a
# quiet machine).
#
# Usage: bench/instructions.sh [ROWS]      (default 200000; callgrind runs about 50x slower)
# Environment: BUILD (default build/default), WORK (where its scratch folder goes; default TMPDIR)
# Prints a Markdown table: instructions, instructions per row and per byte, and the ratio to
# fast-cpp-csv-parser's count (above 1: fewer instructions than fast-cpp-csv-parser).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-200000}
BUILD=${BUILD:-build/default}
SCHOOLS=lib/directory/data/cde_directory_active_2026-04-06.tsv
CERSLINT=$BUILD/tools/cerslint/cerslint
GEN=$BUILD/tools/gen_district/gen_district
FCCP=$BUILD/bench/fccp_read
for bin in "$CERSLINT" "$GEN" "$FCCP"; do
  [ -x "$bin" ] || { echo "instructions.sh: $bin is missing; build first (make build)" >&2; exit 2; }
done
command -v valgrind > /dev/null ||
  { echo "instructions.sh: needs valgrind (Debian package: valgrind)" >&2; exit 2; }

# A folder of its own (inside WORK when the caller gives one, e.g. bench/run.sh): only that is
# removed at the end, never the caller's folder.
scratch=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/instructions.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
clean=$scratch/district.csv
bad=$scratch/all_bad.csv
saved=$scratch/excel_saved.csv
"$GEN" --rows "$ROWS" --seed 1 --schools-file "$SCHOOLS" -o "$clean"
bytes=$(stat -c %s "$clean")
"$GEN" --bytes "$bytes" --seed 1 --damage 1.0 --schools-file "$SCHOOLS" -o "$bad"
# Every row bad the same way, as an Excel save leaves it: every school id in scientific notation.
"$GEN" --bytes "$bytes" --seed 1 --damage 1.0 --damage-kinds school-scientific \
  --schools-file "$SCHOOLS" -o "$saved"

# count CMD...: callgrind's total ("Collected : N"), output thrown away. cerslint exits 1 on
# findings, which is not the point here.
count() {
  local n
  n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null |
        sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' || true)
  [ -n "$n" ] || { echo "instructions.sh: valgrind counted nothing for: $*" >&2; exit 2; }
  echo "$n"
}

# Every count first (an assignment stops the script when valgrind fails; an argument would not).
base=$(count "$FCCP" "$clean")
cers=$(count "$CERSLINT" check --format cers "$clean")
clean_check=$(count "$CERSLINT" check "$clean")
fix=$(count "$CERSLINT" fix --stdout "$clean")
bad_check=$(count "$CERSLINT" check "$bad")
bad_all=$(count "$CERSLINT" check --max-per-rule 0 "$bad")
saved_check=$(count "$CERSLINT" check "$saved")
echo "Instructions (callgrind) on $ROWS generated rows, $bytes bytes; every-row-bad file of the same size"
echo
echo "| program | instructions | per row | per byte | × fast-cpp-csv-parser |"
echo "|---|---:|---:|---:|---:|"
row() {  # row LABEL COUNT
  awk -v l="$1" -v n="$2" -v r="$ROWS" -v b="$bytes" -v base="$base" \
    'BEGIN {printf "| %s | %.0f | %.0f | %.1f | %.2f |\n", l, n, n / r, n / b, base / n}'
}
row "fast-cpp-csv-parser" "$base"
row "cerslint check --format cers" "$cers"
row "cerslint check" "$clean_check"
row "cerslint fix --stdout" "$fix"
row "cerslint check (every row bad)" "$bad_check"
row "cerslint check --max-per-rule 0 (every row bad)" "$bad_all"
row "cerslint check (every school id Excel-saved)" "$saved_check"
echo
awk -v a="$bad_check" -v c="$clean_check" \
  'BEGIN {printf "Every row bad: %.2f× the instructions of the clean file", a / c}'
awk -v a="$bad_all" -v c="$clean_check" \
  'BEGIN {printf " (%.2f× with every finding printed);", a / c}'
awk -v a="$saved_check" -v c="$clean_check" \
  'BEGIN {printf " every school id Excel-saved: %.2f×.\n", a / c}'
