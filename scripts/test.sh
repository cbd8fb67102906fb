#!/usr/bin/env bash
# The whole test suite: runs the README's demo (scripts/demo.sh), installs the
# test dependencies (scripts/deps.sh), then builds and tests the library in
# every configuration CI checks, and ends with the tests that did not run and
# why. Run from anywhere. README.md says what it changes on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${COSTSHARE_TEST_DIR:-$root/build/test}"
jobs=$(nproc 2>/dev/null || echo 2)

# Each step is one group of checks; the last line counts them.
passed=0
current=""
step() {
  if [ -n "$current" ]; then passed=$((passed + 1)); fi
  current="$*"
  printf '\n=== %s\n' "$*"
}
trap 'rc=$?; if [ $rc -ne 0 ]; then printf "\nFAILED: %s\nchecks: %d passed, 1 failed\n" "$current" "$passed"; fi' EXIT

# configure_build_test <name> <cmake args...>: a fresh build tree, then ctest
# (its results also in <name>/ctest-junit.xml, read for the skipped tests).
configure_build_test() {
  local name=$1
  shift
  rm -rf "$out/$name"
  cmake -S "$root" -B "$out/$name" -DCOSTSHARE_WERROR=ON -DCOSTSHARE_BUILD_TESTS=ON \
    -DCOSTSHARE_BUILD_EXAMPLES=ON "$@" >"$out/$name.configure.log"
  cmake --build "$out/$name" -j"$jobs" >"$out/$name.build.log" 2>&1 ||
    { tail -n 40 "$out/$name.build.log"; return 1; }
  ctest --test-dir "$out/$name" -j"$jobs" --output-on-failure --output-junit ctest-junit.xml
}

# skipped_tests: one line per test that did not run and why, from every
# ctest run of this suite (ctest-junit.xml), from the check groups that could
# not run (<group>/skipped.txt) and from what configure said it left out
# ("... skipped" in the configure logs).
skipped_tests() {
  python3 - "$out" <<'PY'
import glob, os, re, sys
import xml.etree.ElementTree as ET
out = sys.argv[1]
lines = []
for path in sorted(glob.glob(os.path.join(out, "*", "ctest-junit.xml"))):
    build = os.path.basename(os.path.dirname(path))
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.get("status") not in ("notrun", "disabled"):
            continue
        # Why: the test's last line of output (its own reason), else ctest's.
        text = (case.findtext("system-out") or "").strip().splitlines()
        skipped = case.find("skipped")
        why = text[-1] if text else skipped.get("message", "") if skipped is not None else ""
        lines.append(f"skipped: {build}: {case.get('name')}: {why or case.get('status')}")
# A check group that could not run at all says why in its skipped.txt.
for path in sorted(glob.glob(os.path.join(out, "*", "skipped.txt"))):
    build = os.path.basename(os.path.dirname(path))
    with open(path, errors="replace") as f:
        lines += [f"skipped: {build}: {l.strip()}" for l in f if l.strip()]
for path in sorted(glob.glob(os.path.join(out, "*.log"))):
    build = re.sub(r"\.(configure\.)?log$", "", os.path.basename(path))
    with open(path, errors="replace") as f:
        for line in f:
            # (CMake's own checks end in " - skipped": not ours.)
            if line.startswith("-- ") and "skipped" in line and not line.rstrip().endswith(" - skipped"):
                lines.append(f"skipped: {build}: not configured: {line[3:].strip()}")
print("\n".join(lines) if lines else "skipped: none")
PY
}

mkdir -p "$out"

# The README's first command first, as written and before anything else is
# installed (on a fresh Debian it installs what the build needs): its output
# must be the README's (each line shown there, in order; "..." stands for
# lines left out). Plain awk: nothing else may be installed yet.
step "quick start: scripts/demo.sh prints what the README shows"
scripts/demo.sh >"$out/demo.txt"
awk -v readme="$root/README.md" '
  BEGIN {
    n = 0; k = 0
    while ((getline line < readme) > 0) {
      if (line == "## Quick start") quick = 1
      else if (quick && !block && line == "```text") block = 1
      else if (block && line == "```") break
      else if (block && line != "...") want[n++] = line
    }
  }
  k < n && $0 == want[k] { k++ }
  END {
    if (n == 0) { print "demo: no text block in the README quick start"; exit 1 }
    if (k < n) { printf "demo: the README shows \"%s\"; scripts/demo.sh does not print it there\n", want[k]; exit 1 }
    print "demo: " NR " lines, as the README shows"
  }' "$out/demo.txt"

# Then what the rest needs.
scripts/deps.sh

step "public headers: each alone, strict C99 and C++"
scripts/check-headers.sh

# First, as it installs the Node example's dependency (npm ci) that the
# release build's tests need too.
step "consumers in other languages: Python binding, LuaJIT, Node.js, Java and C# examples"
scripts/check-bindings.sh "$out/bindings"

step "Python package: wheel in a fresh virtual environment, pytest with hypothesis, mypy --strict"
scripts/check-python.sh "$out/python"

step "release build (with docs, examples, benchmarks), all tests"
configure_build_test release -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_DOCS=ON \
  -DCOSTSHARE_BUILD_BENCH=ON

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

step "WebAssembly, npm package and web page (headless chromium)"
scripts/check-web.sh "$out/web"

step "PostgreSQL extension: build, pg_regress on a throwaway server, Debian package"
scripts/check-postgresql.sh "$out/postgresql"

step "coverage of lib/ (gcovr: 100 % lines, 95 % branches)"
scripts/coverage.sh "$out/coverage"

step "EVA proof: zero alarms on x86_64 and x86_32, every exported function driven (scripts/prove.sh)"
COSTSHARE_PROVE_DIR="$out/prove" scripts/prove.sh

step "static analysis (cppcheck, clang-tidy)"
scripts/lint.sh "$out/lint"

step "valgrind memcheck: every example program, typical and bad input"
scripts/valgrind-examples.sh "$out/valgrind"

step "fuzzing: every harness for ${COSTSHARE_FUZZ_SECONDS:-30} s"
COSTSHARE_FUZZ_DIR="$out/fuzz" scripts/fuzz.sh "${COSTSHARE_FUZZ_SECONDS:-30}"

step "Debian packages: build, lintian, install into a throwaway root, run, purge"
scripts/check-package.sh "$out/package"

step "done"
printf 'tests that did not run, and why:\n'
skipped_tests
printf 'checks: %d passed, 0 failed\n' "$passed"
