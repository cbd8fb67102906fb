#!/usr/bin/env bash
# Static analysis of the library: cppcheck and clang-tidy (.clang-tidy), both
# must be clean. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/lint}"
mkdir -p "$work"

cppcheck --quiet --error-exitcode=1 --std=c99 --enable=warning,style,performance,portability \
  --inline-suppr --suppress=missingIncludeSystem --suppress=unusedFunction \
  -I"$root/include" -I"$root/lib" "$root/lib"
echo "cppcheck: clean"

cmake -S "$root" -B "$work/build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCOSTSHARE_BUILD_TESTS=OFF \
  -DCOSTSHARE_BUILD_EXAMPLES=OFF -DCOSTSHARE_BUILD_STATIC=OFF -DCMAKE_C_COMPILER=clang >"$work/cmake.log" 2>&1
clang-tidy --quiet -p "$work/build" "$root"/lib/*.c 2>"$work/tidy.err"
echo "clang-tidy: clean"
