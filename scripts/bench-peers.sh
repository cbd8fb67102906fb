#!/usr/bin/env bash
# Every table of docs/performance.md, measured again on this machine and
# printed as Markdown with the machine's CPU model, in one run:
#
#  1. costshare_split() against a double-precision largest remainder in C
#     (bench/peers/split_double.c), dinero.js 2.x allocate() and memcpy;
#     costshare_date_add() in months against date-fns 4.x addMonths();
#     costshare_se_is_business_day() against QuantLib's Sweden calendar;
#  2. the library's own benchmarks: the split against memcpy from 13 to 10^7
#     parties with callgrind's instructions per party beside the times
#     (bench_split), each kernel set against memcpy with distinct and tied
#     weights (bench_kernels), the bare loops under the split
#     (bench_split_bounds), the batch functions against their single calls
#     (bench_batch), the date conversions against a Neri-Schneider
#     reference (bench_civil), both with instructions per call, and the date,
#     notice and lifecycle functions (bench_date, bench_notice,
#     bench_agreement);
#  3. the PostgreSQL extension against the built-in SQL
#     (bench/bench-postgresql.sh), when pg_config is found.
#
#   scripts/bench-peers.sh [--smoke]
#
# Installs what it needs (libquantlib0-dev, Node.js and valgrind with
# apt-get, the npm packages pinned in bench/peers/package-lock.json with npm
# ci), builds the benchmarks in Release and runs them. Times are the best
# (and where given the median) of many short interleaved rounds, to miss the
# interruptions of a busy machine; instruction counts (valgrind's callgrind)
# do not depend on the load at all. Splits run from 10^2 to 10^BENCH_MAX_EXP
# (6; up to 8, dinero.js stops at 10^6) parties against the peers, with
# BENCH_ROUNDS (5) rounds at least. BENCH_POSTGRESQL=0 skips PostgreSQL.
# --smoke: 10^2..10^3 parties, one round, none of the library's own
# benchmarks (a quick check that it all works).
# Not part of scripts/test.sh: it takes minutes, and the times only mean
# something on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${COSTSHARE_BENCH_DIR:-$root/build/bench-peers}"
max_exp="${BENCH_MAX_EXP:-6}"
rounds="${BENCH_ROUNDS:-5}"
smoke=0
if [ "${1:-}" = "--smoke" ]; then
  max_exp=3
  rounds=1
  smoke=1
elif [ $# -gt 0 ]; then
  echo "usage: scripts/bench-peers.sh [--smoke]" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
need=()
dpkg-query -W -f='${Status}' libquantlib0-dev 2>/dev/null | grep -q "install ok installed" ||
  need+=(libquantlib0-dev)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v g++ >/dev/null || need+=(g++)
command -v valgrind >/dev/null || need+=(valgrind)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench-peers: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
(cd bench/peers && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

mkdir -p "$out/data"
cmake -S "$root" -B "$out/build" -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_BENCH=ON \
  -DCOSTSHARE_BUILD_TESTS=OFF -DCOSTSHARE_BUILD_EXAMPLES=OFF -DCOSTSHARE_INSTALL=OFF >/dev/null
cmake --build "$out/build" -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
g++ -O2 -DNDEBUG -std=c++17 bench/peers/quantlib_sweden.cpp -o "$out/quantlib_sweden" -lQuantLib
bin="$out/build/bench"

results="$out/results.txt"
{
  "$bin/bench_peers" "$out/data" "$max_exp" "$rounds"
  TZ=UTC node bench/peers/dinero_allocate.mjs "$out/data" "$max_exp" "$rounds"
  "$out/quantlib_sweden" "$out/data" "$rounds" 2>"$out/quantlib_differences.txt"
} >"$results"

cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
simd=$(grep -o -w -E 'avx2|avx512f' /proc/cpuinfo 2>/dev/null | sort -u | tr '\n' ' ' || true)
echo "# scripts/bench-peers.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# CPU: ${cpu:-unknown} (${simd:-no AVX2}), $(nproc) CPUs," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(cc --version | head -n 1); node $(node --version);" \
  "dinero.js $(node -p 'require("./bench/peers/node_modules/dinero.js/package.json").version')," \
  "date-fns $(node -p 'require("./bench/peers/node_modules/date-fns/package.json").version');" \
  "QuantLib $(dpkg-query -W -f='${Version}' libquantlib0-dev)"
echo "# best of short rounds (>= 2 ms each, >= $rounds and >= 0.5 s in all); ns per party for splits, ns per call for dates"
awk '
  $1 == "R" { ns[$2 " " $3 " " $4] = $5; if (NF >= 6) diff[$2 " " $3 " " $4] = $6
              if ($2 == "split" && !seen[$4]++) sizes[++nsizes] = $4 }
  function get(k) { return (k in ns) ? ns[k] : "" }
  function fmt(v) { return v == "" ? "-" : (v < 10 ? sprintf("%.2f", v) : (v < 100 ? sprintf("%.1f", v) : sprintf("%.0f", v))) }
  function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "-" : sprintf("%.1f", a / b) }
  function d(k) { return (k in diff) ? diff[k] : "-" }
  END {
    print ""
    print "| parties | costshare_split | memcpy | split / memcpy | double, select | double / costshare | double, qsort | dinero.js allocate | dinero.js / costshare | differing shares: double select, qsort, dinero.js |"
    print "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    for (i = 1; i <= nsizes; i++) {
      n = sizes[i]; c = get("split costshare " n); m = get("split memcpy " n)
      ds = get("split double_select " n); dq = get("split double_sort " n); dj = get("split dinero_allocate " n)
      e = length(n) - 1
      printf "| 10^%d | %s | %s | %s | %s | %s | %s | %s | %s | %s, %s, %s |\n", e, fmt(c), fmt(m), ratio(c, m), fmt(ds), ratio(ds, c), fmt(dq), fmt(dj), ratio(dj, c), d("split double_select " n), d("split double_sort " n), d("split dinero_allocate " n)
    }
    print ""
    print "| operation | costshare ns/call | peer | peer ns/call | peer / costshare | results differing (of 4096) |"
    print "| --- | ---: | --- | ---: | ---: | ---: |"
    a = get("date costshare_date_add_months 0"); b = get("date date_fns_addMonths 0")
    printf "| add months (-24..24) to a date | %s | date-fns addMonths | %s | %s | %s |\n", fmt(a), fmt(b), ratio(b, a), d("date date_fns_addMonths 0")
    a = get("date costshare_se_is_business_day 0"); b = get("date quantlib_sweden_isBusinessDay 0")
    printf "| Swedish business day? | %s | QuantLib Sweden isBusinessDay | %s | %s | %s |\n", fmt(a), fmt(b), ratio(b, a), d("date quantlib_sweden_isBusinessDay 0")
  }' "$results"
if [ -s "$out/quantlib_differences.txt" ]; then
  echo
  echo "Days on which QuantLib's Sweden and costshare disagree:"
  cat "$out/quantlib_differences.txt"
fi

[ "$smoke" -eq 0 ] || exit 0

# Instructions inside costshare_split for `calls` calls of n parties.
split_instr() { # <calls> <n>
  local file="$out/callgrind.out"
  valgrind --tool=callgrind --callgrind-out-file="$file" --toggle-collect=costshare_split \
    "$bin/bench_split" -c "$1" "$2" >/dev/null 2>&1
  callgrind_annotate "$file" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}

echo
echo "## costshare_split against memcpy, with instructions"
echo
echo "bench_split: populations 1..10^6, total 123 456 789 012 345; best of 5 rounds;"
echo "instructions per party counted by callgrind (valgrind emulates no AVX-512, so"
echo "these are the AVX2 kernels' where the CPU has AVX2)."
echo
echo "| parties | split ns/party | memcpy ns/party | split / memcpy | instructions per party |"
echo "| ---: | ---: | ---: | ---: | ---: |"
"$bin/bench_split" -n 13 290 1000 100000 1000000 10000000 | awk 'NR > 1 { print $1, $2, $3, $4 }' |
  while read -r n split copy ratio; do
    calls=$(( 20000000 / n + 3 ))
    calls=$(( calls > 2000 ? 2000 : calls ))
    total=$(split_instr "$calls" "$n")
    per=$(awk -v t="$total" -v c="$calls" -v n="$n" 'BEGIN { printf "%.1f", t / c / n }')
    echo "| $n | $split | $copy | $ratio | $per |"
  done

echo
echo "## The kernel sets, distinct and tied weights"
echo
"$bin/bench_kernels" 1000000 | awk '
  NR == 1 { sub(/^# /, ""); print; print ""; next }
  NR == 2 { print "| parties | kernels | weights | best ns/party | median | x memcpy | x distinct |"
            print "| ---: | --- | --- | ---: | ---: | ---: | ---: |"; next }
  { printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, (NF >= 7 ? $7 : "") }'

echo
echo "## The bare loops under the split"
echo
"$bin/bench_split_bounds" | awk '
  NR == 1 { print; print ""; next }
  NR == 2 { print "| loop | ns per party | x memcpy |"; print "| --- | ---: | ---: |"; next }
  { printf "| %s | %s | %s |\n", $1, $2, $3 }'

echo
echo "## Batches against their single calls"
echo
"$bin/bench_batch" >"$out/batch.txt"
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.batch" "$bin/bench_batch" 4096 1 \
  >/dev/null 2>&1
callgrind_annotate --inclusive=yes --threshold=100 "$out/callgrind.batch" 2>/dev/null |
  awk '{ for (i = 1; i <= NF; i++) if ($i ~ /:(single|batch)_[a-z_]+$/) {
           fn = $i; sub(/.*:/, "", fn); gsub(",", "", $1); print fn, $1 } }' >"$out/batch.instr"
head -n 1 "$out/batch.txt"
echo
echo "| function | single ns | median | batch ns per element | median | batch / single | instructions: single | batch |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
# bench_batch's lines in order, with the callgrind loop each one names.
keys=(add_months add_days business deadline notice_end latest latest_deadline refund_start)
tail -n +3 "$out/batch.txt" | while IFS= read -r line; do
  key=${keys[0]}
  keys=("${keys[@]:1}")
  s=$(awk -v k="single_$key" '$1 == k { printf "%.1f", $2 / 4096 }' "$out/batch.instr")
  b=$(awk -v k="batch_$key" '$1 == k { printf "%.1f", $2 / 4096 }' "$out/batch.instr")
  echo "$line" | awk -v s="$s" -v b="$b" '{ n = NF; name = $1; for (i = 2; i <= n - 5; i++) name = name " " $i
    printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", name, $(n-4), $(n-3), $(n-2), $(n-1), $n, s, b }'
done

echo
echo "## Date conversions against the Neri-Schneider reference"
echo
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.civil" "$bin/bench_civil" -c 20 \
  >/dev/null 2>&1
callgrind_annotate --inclusive=yes --threshold=100 "$out/callgrind.civil" 2>/dev/null |
  awk '{ for (i = 1; i <= NF; i++) if ($i ~ /:(lib|ref)_(to|from)$/) {
           fn = $i; sub(/.*:/, "", fn); gsub(",", "", $1); print fn, $1 } }' >"$out/civil.instr"
"$bin/bench_civil" 41 >"$out/civil.txt"
head -n 1 "$out/civil.txt"
echo
echo "| function | libcostshare ns | median | Neri-Schneider ns | median | ratio | instructions: libcostshare | Neri-Schneider |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
tail -n +3 "$out/civil.txt" | while read -r name a am b bm ratio; do
  dir=${name%_ymd}
  li=$(awk -v k="lib_$dir" '$1 == k { printf "%.1f", $2 / (20 * 4096) }' "$out/civil.instr")
  ri=$(awk -v k="ref_$dir" '$1 == k { printf "%.1f", $2 / (20 * 4096) }' "$out/civil.instr")
  echo "| $name | $a | $am | $b | $bm | $ratio | $li | $ri |"
done

for b in bench_date bench_notice bench_agreement; do
  echo
  echo "## $b"
  echo
  "$bin/$b" | awk '
    NR == 1 && /rounds|iterations|calls/ { print; print ""; print "| function | ns per call |"; print "| --- | ---: |"; hdr = 1; next }
    !hdr { print "| function | ns per call |"; print "| --- | ---: |"; hdr = 1 }
    { for (i = 1; i <= NF; i++) if ($i ~ /^ns/) { v = $(i - 1); name = $1
        for (j = 2; j < i - 1; j++) name = name " " $j
        printf "| %s | %s |\n", name, v; break } }'
done

if [ "${BENCH_POSTGRESQL:-1}" != 0 ] && command -v pg_config >/dev/null; then
  echo
  echo "## PostgreSQL"
  BENCH_ROUNDS="$rounds" bench/bench-postgresql.sh "$out/postgresql"
fi
