#!/usr/bin/env bash
# Performance against peers, side by side in one run (docs/performance.md):
# costshare_split() against a double-precision largest remainder in C
# (bench/peers/split_double.c), dinero.js 2.x allocate() and memcpy;
# costshare_date_add() in months against date-fns 4.x addMonths();
# costshare_se_is_business_day() against QuantLib's Sweden calendar.
#
#   scripts/bench-peers.sh [--smoke]
#
# Installs what it needs (libquantlib0-dev and Node.js with apt-get, the npm
# packages pinned in bench/peers/package-lock.json with npm ci), builds the
# benchmarks in Release, writes the shared inputs, runs every program on
# them and prints Markdown tables: ns per operation, ratios, and how many
# results differ from costshare's. Every number is the best of
# many short rounds (at least 2 ms each, at least BENCH_ROUNDS (5) of them
# and 0.5 s in all), to miss the interruptions of a busy machine; splits run from 10^2 to
# 10^BENCH_MAX_EXP (6; up to 8, dinero.js stops at 10^6) parties.
# Then it runs the library's own benchmarks (bench_split to 10^7 parties,
# bench_split_bounds, bench_date, bench_notice, bench_agreement) and prints
# their output as it is.
# --smoke: 10^2..10^3 parties, one round, no own benchmarks (a quick check
# that it all works).
# Not part of scripts/test.sh: it takes minutes, and the numbers are only
# meaningful on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${COSTSHARE_BENCH_DIR:-$root/build/bench-peers}"
max_exp="${BENCH_MAX_EXP:-6}"
rounds="${BENCH_ROUNDS:-5}"
if [ "${1:-}" = "--smoke" ]; then
  max_exp=3
  rounds=1
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

results="$out/results.txt"
{
  "$out/build/bench/bench_peers" "$out/data" "$max_exp" "$rounds"
  TZ=UTC node bench/peers/dinero_allocate.mjs "$out/data" "$max_exp" "$rounds"
  "$out/quantlib_sweden" "$out/data" "$rounds" 2>"$out/quantlib_differences.txt"
} >"$results"

cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
echo "# scripts/bench-peers.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# ${cpu:-unknown CPU}, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
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

if [ "$max_exp" -gt 3 ]; then
  for b in "bench_split 7" bench_split_bounds bench_date bench_notice bench_agreement; do
    echo
    echo "## $b"
    # shellcheck disable=SC2086
    "$out/build/bench/"$b
  done
fi
