#!/usr/bin/env bash
# The whole test suite: installs the test dependencies, then builds and tests
# the library in every configuration CI checks. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${COSTSHARE_TEST_DIR:-$root/build/test}"
jobs=$(nproc 2>/dev/null || echo 2)

scripts/deps.sh

# Each step is one group of checks; the last line counts them.
passed=0
current=""
step() {
  if [ -n "$current" ]; then passed=$((passed + 1)); fi
  current="$*"
  printf '\n=== %s\n' "$*"
}
trap 'rc=$?; if [ $rc -ne 0 ]; then printf "\nFAILED: %s\nchecks: %d passed, 1 failed\n" "$current" "$passed"; fi' EXIT

# configure_build_test <name> <cmake args...>: a fresh build tree, then ctest.
configure_build_test() {
  local name=$1
  shift
  rm -rf "$out/$name"
  cmake -S "$root" -B "$out/$name" -DCOSTSHARE_WERROR=ON -DCOSTSHARE_BUILD_TESTS=ON \
    -DCOSTSHARE_BUILD_EXAMPLES=ON "$@" >"$out/$name.configure.log"
  cmake --build "$out/$name" -j"$jobs" >"$out/$name.build.log" 2>&1 ||
    { tail -n 40 "$out/$name.build.log"; return 1; }
  ctest --test-dir "$out/$name" -j"$jobs" --output-on-failure
}

mkdir -p "$out"

step "public headers: each alone, strict C99 and C++"
scripts/check-headers.sh

step "release build (with docs, examples, benchmarks), all tests"
configure_build_test release -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_DOCS=ON \
  -DCOSTSHARE_BUILD_BENCH=ON

step "consumers in other languages: Python binding, LuaJIT and Node.js examples"
scripts/check-bindings.sh "$out/bindings"

step "AddressSanitizer + UndefinedBehaviorSanitizer build, all tests"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  configure_build_test sanitize -DCMAKE_BUILD_TYPE=Debug -DCOSTSHARE_SANITIZE=ON

step "32-bit build (-m32), all tests"
configure_build_test i386 -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchain-i386.cmake"

step "ABI: baseline diff, constants, exported symbols"
COSTSHARE_ABI_DIR="$out/abi" scripts/check-abi.sh

step "installed consumers: find_package, pkg-config, add_subdirectory, FetchContent"
scripts/check-consumers.sh "$out/consumers"

step "coverage of lib/ (gcovr: 100 % lines, 95 % branches)"
scripts/coverage.sh "$out/coverage"

step "proof of absence of runtime errors (Frama-C EVA, x86_64 and x86_32)"
COSTSHARE_PROVE_DIR="$out/prove" scripts/prove.sh

step "static analysis (cppcheck, clang-tidy)"
scripts/lint.sh "$out/lint"

step "valgrind memcheck: every example program, typical and bad input"
scripts/valgrind-examples.sh "$out/valgrind"

step "fuzzing: every harness for ${COSTSHARE_FUZZ_SECONDS:-30} s"
COSTSHARE_FUZZ_DIR="$out/fuzz" scripts/fuzz.sh "${COSTSHARE_FUZZ_SECONDS:-30}"

step "Debian packages: build, install, link a consumer"
scripts/check-package.sh "$out/package"

step "done"
printf 'checks: %d passed, 0 failed\n' "$passed"
