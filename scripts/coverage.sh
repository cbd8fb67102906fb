#!/usr/bin/env bash
# Line and branch coverage of lib/ by the whole test suite (gcc --coverage,
# gcovr). Fails under 100 % of lines or 95 % of branches.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/coverage}"
jobs=$(nproc 2>/dev/null || echo 2)
rm -rf "$work"
cmake -S "$root" -B "$work" -DCMAKE_BUILD_TYPE=Debug -DCOSTSHARE_COVERAGE=ON \
  -DCOSTSHARE_BUILD_TESTS=ON -DCOSTSHARE_BUILD_EXAMPLES=ON -DCOSTSHARE_BUILD_SHARED=OFF >"$work.log" 2>&1
cmake --build "$work" -j"$jobs" >>"$work.log" 2>&1 || { tail -n 30 "$work.log"; exit 1; }
ctest --test-dir "$work" -j"$jobs" --output-on-failure --output-junit ctest-junit.xml >>"$work.log" 2>&1 || { tail -n 40 "$work.log"; exit 1; }
# Branches the compiler adds for its own bookkeeping (exception paths) are
# excluded; every branch in our code counts.
gcovr --root "$root" --filter "$root/lib/" --object-directory "$work" \
  --exclude-unreachable-branches --exclude-throw-branches \
  --print-summary --txt "$work/coverage.txt" --html-details "$work/coverage.html" \
  --fail-under-line 100 --fail-under-branch 95
