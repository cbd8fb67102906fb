#!/usr/bin/env bash
# The per-party cost of a split through the npm package (WebAssembly, in
# Node.js) against the native library, side by side in one run
# (docs/performance.md): bench_split (the shared library, Release) and
# bench/wasm_split.mjs on the same inputs, 10^2 to 10^MAX parties (default 6),
# printed as one Markdown table with the machine it ran on.
#
#   bench/bench-wasm.sh [MAX]      (BENCH_REPEAT=3: runs of each program, taking turns)
#
# Installs what it needs (scripts/deps-web.sh --bench). Not part of the test
# suite: the numbers only mean something on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
max_exp="${1:-6}"
repeat="${BENCH_REPEAT:-3}"
out="${COSTSHARE_BENCH_DIR:-$root/build-web/bench}"
mkdir -p "$out"

scripts/deps-web.sh --bench
(cd js && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
cmake -S "$root" -B "$out/native" -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_BENCH=ON \
  -DCOSTSHARE_BUILD_TESTS=OFF -DCOSTSHARE_BUILD_EXAMPLES=OFF -DCOSTSHARE_INSTALL=OFF >/dev/null
cmake --build "$out/native" --target bench_split -j2 >/dev/null
js/build.sh "$out" >/dev/null
COSTSHARE_WASM_INT128=1 COSTSHARE_WASM_OUT="$out/costshare-int128.wasm" js/build.sh "$out" >/dev/null

# The two programs take turns, $repeat times; each number is the best of all
# the runs, so that a busy moment of the machine does not favour either.
: >"$out/native.txt"
: >"$out/wasm.txt"
for _ in $(seq "$repeat"); do
  "$out/native/bench/bench_split" "$max_exp" >>"$out/native.txt"
  node bench/wasm_split.mjs "$max_exp" "$out/costshare-int128.wasm" >>"$out/wasm.txt"
done

cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
echo "# bench/bench-wasm.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# ${cpu:-unknown CPU}, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# native: $(cc --version | head -n 1), Release; wasm: $(clang-14 --version | head -n 1), -O2; node $(node --version)"
echo "# ns per party, best of $repeat runs of each program taking turns (each the best of its rounds); costshare_split, total 123 456 789 012 345, weights 1..10^6"
echo
echo "| parties | native | wasm | wasm / native | wasm, __int128 | package, BigInt64Array | package / native | package, number[] |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
awk 'function min(a, b) { return a == "" || b + 0 < a + 0 ? b : a }
     NR == FNR { if ($1 ~ /^[0-9]+$/) native[$1] = min(native[$1], $2); next }
     $1 ~ /^[0-9]+$/ {
       n = $1; if (!(n in raw)) sizes[++count] = n
       raw[n] = min(raw[n], $2); wide[n] = ($3 == "-") ? "-" : min(wide[n], $3)
       pkg[n] = min(pkg[n], $4); num[n] = min(num[n], $5)
     }
     END {
       for (i = 1; i <= count; i++) {
         n = sizes[i]; e = length(n) - 1
         printf "| 10^%d | %.2f | %.2f | %.1f | %s | %.2f | %.1f | %.1f |\n", e, native[n], raw[n], raw[n] / native[n],
           wide[n] == "-" ? "-" : sprintf("%.2f", wide[n]), pkg[n], pkg[n] / native[n], num[n]
       }
     }' "$out/native.txt" "$out/wasm.txt"
