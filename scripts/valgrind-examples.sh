#!/usr/bin/env bash
# Valgrind memcheck over every example program: each runs with its typical
# arguments and with bad input, under `valgrind --leak-check=full`, and must
# exit with its own expected status and no memcheck error (invalid access,
# uninitialised value, or a leak of any kind). Fails when an example program
# has no runs listed here. Run from anywhere; optional argument: work dir.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/valgrind}"
jobs=$(nproc 2>/dev/null || echo 2)

# A plain Debug build (no sanitizers: they do not mix with valgrind).
rm -rf "$work"
mkdir -p "$work/logs"
cmake -S "$root" -B "$work/build" -DCMAKE_BUILD_TYPE=Debug -DCOSTSHARE_BUILD_EXAMPLES=ON \
  -DCOSTSHARE_BUILD_TESTS=OFF -DCOSTSHARE_BUILD_STATIC=OFF >"$work/build.log" 2>&1
cmake --build "$work/build" -j"$jobs" >>"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log"; exit 1; }
bin="$work/build/examples"

runs=0
failed=0
seen=" "
# vg <expected exit status> <program> <args...>: one run, from examples/ (the
# programs' data paths are relative to it).
vg() {
  local want=$1 prog=$2 rc=0
  shift 2
  runs=$((runs + 1))
  seen="$seen$prog "
  local log="$work/logs/$runs-$prog.log"
  (cd "$root/examples" &&
    valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=all \
      --errors-for-leak-kinds=all --track-origins=yes --log-file="$log" \
      "$bin/$prog" "$@" >"$log.out" 2>"$log.err") || rc=$?
  if [ "$rc" -ne "$want" ] || [ -s "$log" ]; then
    failed=$((failed + 1))
    printf 'FAIL: %s %s (exit status %d, expected %d)\n' "$prog" "$*" "$rc" "$want"
    cat "$log" "$log.err"
  fi
}

bad="$root/tests/data/split"

vg 0 costshare-calendar 2024
vg 0 costshare-calendar 2004
vg 0 costshare-calendar --deadline 2024-06-21
vg 0 costshare-calendar --help
vg 1 costshare-calendar --deadline 2024-02-30
vg 1 costshare-calendar --deadline 9999-12-31
vg 1 costshare-calendar 20x4
vg 1 costshare-calendar

vg 0 costshare-notice
vg 0 costshare-notice --invoiced 376000
vg 0 costshare-notice --last-day 2024-08-31 --deadline --by days
vg 0 costshare-notice --notice 3y --calendar --last-day 2026-12-31 --terms 2016
vg 0 costshare-notice --help
vg 1 costshare-notice --last-day 2024-02-30
vg 1 costshare-notice --notice 2q
vg 1 costshare-notice --year
vg 1 costshare-notice --last-day 9999-12-31 --notice 0d

vg 0 costshare-stories
vg 0 costshare-stories --story mjolby2016
vg 0 costshare-stories --help
vg 1 costshare-stories --story nowhere

vg 0 costshare-split
vg 0 costshare-split data/ostergotland-2017.csv 763945
vg 0 costshare-split --legacy data/ostergotland-2016.csv 701520
vg 0 costshare-split --audit data/ostergotland-2018.csv
vg 0 costshare-split --help
vg 1 costshare-split "$bad/non_numeric.csv" 100
vg 1 costshare-split "$bad/sum_overflow.csv" 100
vg 1 costshare-split "$bad/empty.csv" 100
vg 1 costshare-split "$bad/does-not-exist.csv" 100
vg 1 costshare-split --audit data/ostergotland-2018.csv --column nope
vg 1 costshare-split --frobnicate
sheets="$root/tests/data/sheets"
vg 0 costshare-split "$sheets/excel_cp1252.csv" 763945 --format json
vg 0 costshare-split "$sheets/excel_utf8_bom.csv" 763945 --format csv
vg 0 costshare-split "$sheets/quoted_names.csv" 763945 --csv rfc4180
vg 0 costshare-split "$sheets/cr_only.csv" 763945 --locale sv
vg 0 costshare-split --audit "$sheets/audit_2018_excel.csv" --total "763 945 kr" --format json
vg 0 costshare-split --audit "$sheets/audit_2018_tkr.csv" --total "763 945 kr"
vg 0 costshare-split --audit data/ostergotland-2016.csv --column year --total 701520
vg 1 costshare-split "$sheets/bad/mixed_encoding.csv" 100
vg 1 costshare-split "$sheets/bad/unclosed_quote.csv" 100
vg 1 costshare-split "$sheets/bad/duplicated_column.csv" 100
vg 1 costshare-split --audit "$sheets/bad/audit_mixed_units.csv"
vg 1 costshare-split --audit "$sheets/bad/audit_extreme.csv" --total -92233720368547758
# The workbook runs, when the program was built with libxlsxwriter.
if "$bin/costshare-split" --xlsx "$work/probe.xlsx" >/dev/null 2>&1; then
  vg 0 costshare-split --legacy data/ostergotland-2016.csv 701520 --xlsx "$work/legacy.xlsx"
  vg 0 costshare-split --audit data/ostergotland-2018.csv --xlsx "$work/audit.xlsx"
  vg 1 costshare-split data/ostergotland-2017.csv 1152921504606846976 --xlsx "$work/big.xlsx"
fi

inv="$root/tests/data/invoice"
vg 0 costshare-invoice
vg 0 costshare-invoice --year 2018 --cost 763945 --parties "$inv/leave-2018-09-30.csv" \
  --population data/ostergotland-population.csv --invoiced data/ostergotland-2024-invoiced.csv \
  --format json
vg 0 costshare-invoice --year 2017 --cost 100000 --parties "$inv/changes.csv" \
  --population "$inv/population-long.csv" --key-year same --basis days --rule fixed-shares \
  --format csv
vg 0 costshare-invoice --help
vg 1 costshare-invoice --year 2017 --cost 100000 --parties "$inv/changes.csv" \
  --population "$inv/population-long.csv" --key-year same
vg 1 costshare-invoice --year 2018 --cost 1 --parties "$inv/duplicate-code.csv" \
  --population data/ostergotland-population.csv
vg 1 costshare-invoice --year 2018 --cost 1 --parties "$inv/member-2018.csv" \
  --population "$inv/population-sum.csv"
vg 1 costshare-invoice --year 2018 --cost 1 --parties "$inv/field-count.csv" \
  --population data/ostergotland-population.csv
vg 1 costshare-invoice --year 2018 --cost 1 --parties "$inv/does-not-exist.csv" \
  --population data/ostergotland-population.csv
vg 1 costshare-invoice --frobnicate

# Every example program built must have been run above.
for f in "$bin"/costshare-*; do
  [ -x "$f" ] && [ -f "$f" ] || continue
  name=$(basename "$f")
  case "$seen" in
  *" $name "*) ;;
  *)
    failed=$((failed + 1))
    echo "FAIL: $name has no runs in scripts/valgrind-examples.sh"
    ;;
  esac
done

if [ "$failed" -ne 0 ]; then
  echo "valgrind: $failed of $runs runs failed (logs in $work/logs)"
  exit 1
fi
echo "valgrind: $runs runs of $(echo $seen | tr " " "\n" | sort -u | wc -l) example programs, clean"
