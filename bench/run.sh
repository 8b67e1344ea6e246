#!/usr/bin/env bash
# End-to-end timing of `cerslint check` and `cerslint fix` on generated statewide district files,
# next to cat, wc -l, fast-cpp-csv-parser (bench/fccp_read) and, where installed, Python's csv
# module, csvkit and Miller. Every figure is the median of RUNS runs from page cache, measured in
# this one run (in rounds: each round runs every program once), and reported as a ratio to
# fast-cpp-csv-parser and to cat: on shared machines only same-run ratios mean anything. Peak
# RSS comes from /usr/bin/time. The in-memory micro-benchmarks (bench/cerslint_bench) run too,
# and their ratios go into the same page.
#
# Usage: bench/run.sh [ROWS...]        (default: 1000000 5000000)
# Environment:
#   RUNS    runs per program (default 3; the slow Python tools run once)
#   BIG     also check one file of this size for speed and memory, e.g. BIG=3G (default: none)
#   BUILD   build folder (default build/default)       OUT  page to write (docs/performance.md)
#   WORK    scratch folder (default: a fresh mktemp -d; KEEP=1 keeps it)
# Writes OUT (tables and the commands) and, when gnuplot is installed, OUT's PNG chart. Notes
# written by hand below the line `<!-- Notes below are kept by bench/run.sh. -->` in OUT are
# carried over to the new page (measurements this script does not make, with their dates).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
BUILD=${BUILD:-build/default}
OUT=${OUT:-docs/performance.md}
BIG=${BIG:-}
CHART=${OUT%.md}.png
ROWS=("$@")
[ ${#ROWS[@]} -gt 0 ] || ROWS=(1000000 5000000)
# Every school of the state, so files look like a consolidated statewide upload and every
# school id is one CERS knows (a file of unknown schools would measure the failure path).
SCHOOLS=lib/directory/data/cde_directory_active_2026-04-06.tsv

CERSLINT=$BUILD/tools/cerslint/cerslint
GEN=$BUILD/tools/gen_district/gen_district
FCCP=$BUILD/bench/fccp_read
MICRO=$BUILD/bench/cerslint_bench
for bin in "$CERSLINT" "$GEN" "$FCCP" "$MICRO"; do
  [ -x "$bin" ] || { echo "run.sh: $bin is missing; build first (make build)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is missing (Debian package: time)" >&2; exit 2; }

WORK=${WORK:-$(mktemp -d)}
cleanup() { if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; fi; }
trap cleanup EXIT

have() { command -v "$1" > /dev/null 2>&1; }

# Programs are queued by run() and timed by time_queue() in rounds: each round runs every
# queued program once, in turn, so a burst of load from other tenants falls on all of them
# alike. (Each program's runs back to back, as this script did before, let one burst land on
# one program and move its ratio by a third.)
declare -A secs=() rss=() mbs=()
labels=()
queue=()  # one entry per program: RUNS, FILE, LABEL and the shell-quoted command, tab-separated
run() {  # run RUNS FILE LABEL CMD...
  local runs=$1 file=$2 label=$3; shift 3
  queue+=("$runs"$'\t'"$file"$'\t'"$label"$'\t'"$(printf '%q ' "$@")")
  labels+=("$label")
}

# time_once CMD...: prints "seconds peak_rss_kib". Wall time from the nanosecond clock (GNU
# time's %e has 10 ms steps, too coarse for cat); peak RSS from GNU time. cerslint exits 1 when
# it has findings: not the point here.
time_once() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -o "$WORK/time.txt" -f "%M" "$@" > /dev/null 2> /dev/null || true
  end=$(date +%s%N)
  # GNU time may add a "Command exited" line first: the figure is the last line.
  awk -v a="$start" -v b="$end" -v m="$(tail -1 "$WORK/time.txt")" \
    'BEGIN {printf "%.4f %s\n", (b - a) / 1e9, m}'
}

# Runs the queue (RUNS rounds at most; a program queued with fewer runs sits out the later
# rounds) and sets secs[LABEL] to the median time and rss[LABEL] to the largest peak RSS.
time_queue() {
  local -A times=()
  local entry runs file label cmd t m most=0 round
  for entry in "${queue[@]}"; do
    IFS=$'\t' read -r runs file label cmd <<< "$entry"
    cat "$file" > /dev/null  # page cache
    [ "$runs" -gt "$most" ] && most=$runs
    rss["$label"]=0
  done
  for round in $(seq "$most"); do
    for entry in "${queue[@]}"; do
      IFS=$'\t' read -r runs file label cmd <<< "$entry"
      [ "$round" -le "$runs" ] || continue
      read -r t m < <(eval "time_once $cmd")
      times["$label"]+="$t "
      [ "$m" -gt "${rss[$label]}" ] && rss["$label"]=$m
    done
  done
  for entry in "${queue[@]}"; do
    IFS=$'\t' read -r runs file label cmd <<< "$entry"
    secs["$label"]=$(tr ' ' '\n' <<< "${times[$label]}" | sed '/^$/d' | sort -g |
                       awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  done
  queue=()
}

sections=""
bad_lines=""
chart_rows=()
for rows in "${ROWS[@]}"; do
  file=$WORK/district_$rows.csv
  bad=$WORK/all_bad_$rows.csv
  saved=$WORK/excel_saved_$rows.csv
  "$GEN" --rows "$rows" --seed 1 --schools-file "$SCHOOLS" -o "$file"
  bytes=$(stat -c %s "$file")
  # The same size where every row carries a typical Excel/SIS mistake.
  "$GEN" --bytes "$bytes" --seed 1 --damage 1.0 --schools-file "$SCHOOLS" -o "$bad"
  # The same size where every row is bad the same way, as after opening and saving the file in
  # Excel: every school id in scientific notation.
  "$GEN" --bytes "$bytes" --seed 1 --damage 1.0 --damage-kinds school-scientific \
    --schools-file "$SCHOOLS" -o "$saved"
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.0f", b / 1e6}')
  secs=() rss=() labels=()
  run "$RUNS" "$file" "cat" cat "$file"
  run "$RUNS" "$file" "wc -l" wc -l "$file"
  run "$RUNS" "$file" "fast-cpp-csv-parser" "$FCCP" "$file"
  run "$RUNS" "$file" "cerslint check --format cers" "$CERSLINT" check --format cers "$file"
  run "$RUNS" "$file" "cerslint check" "$CERSLINT" check "$file"
  # Two cores: the file is read and tokenized on a second thread (ARCHITECTURE.md).
  run "$RUNS" "$file" "cerslint check --jobs 2" "$CERSLINT" check --jobs 2 "$file"
  run "$RUNS" "$file" "cerslint fix --stdout" "$CERSLINT" fix --stdout "$file"
  run "$RUNS" "$file" "cerslint fix --stdout --jobs 2" "$CERSLINT" fix --stdout --jobs 2 "$file"
  run "$RUNS" "$bad" "cerslint check (every row bad)" "$CERSLINT" check "$bad"
  run "$RUNS" "$bad" "cerslint check --jobs 2 (every row bad)" "$CERSLINT" check --jobs 2 "$bad"
  # The same with every finding printed (about 300 MB of text for 55 MB of rows).
  run "$RUNS" "$bad" "cerslint check --max-per-rule 0 (every row bad)" \
    "$CERSLINT" check --max-per-rule 0 "$bad"
  run "$RUNS" "$saved" "cerslint check (every school id Excel-saved)" "$CERSLINT" check "$saved"
  if have python3; then
    run 1 "$file" "Python csv module" python3 -c \
      'import csv,sys; sum(1 for _ in csv.reader(open(sys.argv[1], newline="")))' "$file"
  fi
  if have csvstat; then run 1 "$file" "csvkit csvstat --count" csvstat --count "$file"; fi
  if have mlr; then run 1 "$file" "Miller mlr count" mlr --icsv --ojson count "$file"; fi
  time_queue

  base=${secs["fast-cpp-csv-parser"]}
  catsec=${secs["cat"]}
  sections+=$'\n'"### $rows rows, $mb MB"$'\n\n'
  sections+="| program | median s | MB/s | × fast-cpp-csv-parser | × cat | peak RSS MiB |"$'\n'
  sections+="|---|---:|---:|---:|---:|---:|"$'\n'
  for t in "${labels[@]}"; do
    s=${secs[$t]}
    sections+=$(awk -v t="$t" -v s="$s" -v b="$bytes" -v base="$base" -v c="$catsec" -v r="${rss[$t]}" \
      'BEGIN {s2 = (s > 0 ? s : 0.0001); printf "| %s | %.3f | %.0f | %.2f | %.2f | %.1f |", t, s, b / 1e6 / s2, base / s2, c / s2, r / 1024}')
    sections+=$'\n'
    mbs["$t|$rows"]=$(awk -v s="$s" -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6 / (s > 0 ? s : 0.0001)}')
  done
  bad_lines+=$(awk -v n="$rows" -v a="${secs["cerslint check (every row bad)"]}" -v c="${secs["cerslint check"]}" \
    'BEGIN {printf "- %d rows: every row bad %.3f s, clean %.3f s: **%.2f×** the clean time", n, a, c, a / c}')
  bad_lines+=$(awk -v a="${secs["cerslint check --jobs 2 (every row bad)"]}" -v c="${secs["cerslint check --jobs 2"]}" \
    'BEGIN {printf "; with `--jobs 2` %.3f s against %.3f s: %.2f×", a, c, a / c}')
  bad_lines+=$(awk -v a="${secs["cerslint check --max-per-rule 0 (every row bad)"]}" -v c="${secs["cerslint check"]}" \
    'BEGIN {printf "; every finding printed (`--max-per-rule 0`) %.3f s: %.2f×", a, a / c}')
  bad_lines+=$(awk -v a="${secs["cerslint check (every school id Excel-saved)"]}" -v c="${secs["cerslint check"]}" \
    'BEGIN {printf "; every school id Excel-saved %.3f s: %.2f×", a, a / c}')
  bad_lines+=$'\n'
  rm -f "$file" "$bad" "$saved"
done
chart_labels=("${labels[@]}")

big_md=""
if [ -n "$BIG" ]; then
  file=$WORK/district_big.csv
  "$GEN" --bytes "$BIG" --seed 1 --schools-file "$SCHOOLS" -o "$file"
  bytes=$(stat -c %s "$file")
  secs=() rss=() labels=()
  run 1 "$file" "fast-cpp-csv-parser" "$FCCP" "$file"
  run 1 "$file" "cerslint check --format cers" "$CERSLINT" check --format cers "$file"
  run 1 "$file" "cerslint check" "$CERSLINT" check "$file"
  run 1 "$file" "cerslint check --jobs 2" "$CERSLINT" check --jobs 2 "$file"
  run 1 "$file" "cerslint fix --stdout" "$CERSLINT" fix --stdout "$file"
  run 1 "$file" "cerslint fix --stdout --jobs 2" "$CERSLINT" fix --stdout --jobs 2 "$file"
  time_queue
  big_md=$'\n'"### One $BIG file ($(awk -v b="$bytes" 'BEGIN {printf "%.0f", b / 1e6}') MB), one run each"$'\n\n'
  big_md+="| program | s | MB/s | peak RSS MiB |"$'\n'"|---|---:|---:|---:|"$'\n'
  for t in "${labels[@]}"; do
    big_md+=$(awk -v t="$t" -v s="${secs[$t]}" -v b="$bytes" -v r="${rss[$t]}" \
      'BEGIN {printf "| %s | %.2f | %.0f | %.1f |", t, s, b / 1e6 / s, r / 1024}')
    big_md+=$'\n'
  done
  rm -f "$file"
fi

# In-memory micro-benchmarks: cerslint_bench prints its own table of MiB/s and the ratio to
# BM_fccp_read of the same run (median over repetitions, CPU time; see bench/README.md), except
# BM_check_all_wall and BM_check_all_reading_thread: wall time, the pair that shows what a second
# thread gains (CPU time would add up both threads).
"$MICRO" --benchmark_repetitions="$RUNS" --benchmark_report_aggregates_only=true \
  --benchmark_filter='fccp|tokenizer|check_cers|check_all$|check_all_bad$|check_all_wall|check_all_reading|BM_fix' \
  > "$WORK/micro.txt" 2> /dev/null
micro_md=$(awk '/^name +MiB\/s +ratio_vs_fccp/ {on = 1; print "| benchmark | MiB/s | × BM_fccp_read |"; print "|---|---:|---:|"; next}
                on && /^\(ratio/ {on = 0}
                on && NF == 3 {printf "| `%s` | %.0f | %.2f |\n", $1, $2, $3}' "$WORK/micro.txt")

# Instruction counts (valgrind's callgrind, when installed): the one figure that does not move
# with the machine's load, for comparing a change before and after (bench/instructions.sh).
instr_md=""
if have valgrind; then
  instr_md=$(BUILD=$BUILD bench/instructions.sh 200000) ||
    { echo "run.sh: bench/instructions.sh failed; the page goes without its table" >&2; instr_md=""; }
fi

# The hand-written notes of the page as it was: from the marker line to the end.
notes_marker='<!-- Notes below are kept by bench/run.sh. -->'
kept_notes=""
if [ -f "$OUT" ]; then
  kept_notes=$(awk -v m="$notes_marker" '$0 == m {on = 1} on' "$OUT")
fi

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
compiler=$(grep -m1 CMAKE_CXX_COMPILER: "$BUILD/CMakeCache.txt" | cut -d= -f2)
simd=$(grep -q avx2 /proc/cpuinfo && echo "AVX2 available" || echo "no AVX2: SSE2 path")
{
  echo "<!-- Written by bench/run.sh; rerun it to refresh. -->"
  echo "# Performance"
  echo
  echo "End-to-end wall time of each program on files generated by"
  echo "\`gen_district --rows N --seed 1 --schools-file $SCHOOLS\` (every active school of the state,"
  echo "contiguous school blocks, groups of up to 200 students plus 1-3 teachers), read from page"
  echo "cache; median of $RUNS rounds, each running every program once in turn (Python tools: the"
  echo "first round only), all measured in one run of \`bench/run.sh\` on $(date -u +%Y-%m-%d)"
  echo "($machine, $simd; cerslint built with $compiler)."
  echo "Ratios are against fast-cpp-csv-parser (\`bench/fccp_read\`: six \`char*\` per row) and \`cat\`"
  echo "measured in the same run; higher is faster. \`cerslint check\` is the default text output,"
  echo "hints included, each rule's first 100 findings per file listed (\`--max-per-rule\`), written"
  echo "to /dev/null."
  echo "$sections"
  echo "## A file where every row is bad"
  echo
  echo "Same size, \`gen_district --damage 1.0\`: one typical mistake on every row, chosen at random"
  echo "among 17 kinds, so nearly every row starts a new group and takes a different path through"
  echo "the checks (the worst case). \"Excel-saved\" is \`--damage 1.0 --damage-kinds"
  echo "school-scientific\`: every school id in scientific notation, every row bad the same way, as"
  echo "after opening and saving the file in Excel."
  echo
  echo "$bad_lines"
  if [ -n "$big_md" ]; then echo "## Memory on a big file"; echo "$big_md"; fi
  if [ -n "$micro_md" ]; then
    echo "## Micro-benchmarks (in memory)"
    echo
    echo "\`$MICRO\`, ${RUNS} repetitions: tokenizer alone, check (CERS verdict / all rules / a file"
    echo "where every row is bad) and the fixer's repair pipeline, each against fast-cpp-csv-parser"
    echo "reading the same bytes in the same process."
    echo
    echo "$micro_md"
  fi
  if [ -n "$instr_md" ]; then
    echo
    echo "## Instructions executed"
    echo
    echo "$instr_md"
  fi
  echo
  echo "## Reproduce"
  echo
  echo '```sh'
  echo "make build && RUNS=$RUNS${BIG:+ BIG=$BIG} bench/run.sh ${ROWS[*]}"
  echo "build/default/bench/cerslint_bench --benchmark_repetitions=5   # micro-benchmarks alone"
  echo "bench/instructions.sh 200000   # instruction counts alone (needs valgrind)"
  echo '```'
  if have gnuplot; then echo; echo "![throughput by program]($(basename "$CHART"))"; fi
  if [ -n "$kept_notes" ]; then echo; echo "$kept_notes"; fi
} > "$OUT.new"
mv "$OUT.new" "$OUT"

if have gnuplot; then
  dat=$WORK/chart.dat
  {
    printf '"program"'
    for rows in "${ROWS[@]}"; do printf ' "%s rows"' "$rows"; done
    printf '\n'
    for t in "${chart_labels[@]}"; do
      printf '"%s"' "$t"
      for rows in "${ROWS[@]}"; do printf ' %s' "${mbs["$t|$rows"]:-0}"; done
      printf '\n'
    done
  } > "$dat"
  cols=$(( ${#ROWS[@]} + 1 ))
  gnuplot <<GP
set terminal pngcairo size 1000,560 font ",10"
set output "$CHART"
set style data histogram
set style histogram clustered gap 1
set style fill solid border -1
set ylabel "MB/s, log scale (higher is faster)"
set logscale y
set xtics rotate by -25 scale 0
set key top right
set grid ytics
set title "Throughput by program, bench/run.sh ($(date -u +%Y-%m-%d))"
plot for [c=2:$cols] "$dat" using c:xtic(1) title columnheader(c)
GP
fi
echo "wrote $OUT"
