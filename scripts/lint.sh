#!/usr/bin/env bash
# Static analysis: cppcheck and clang-tidy over the library (lib/, with the
# checks of .clang-tidy) and, with lighter check sets, over the example
# programs (examples/.clang-tidy). Everything must be clean. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/lint}"
mkdir -p "$work"

cppcheck --quiet --error-exitcode=1 --std=c99 --enable=warning,style,performance,portability \
  --inline-suppr --suppress=missingIncludeSystem --suppress=unusedFunction \
  -I"$root/include" -I"$root/lib" "$root/lib"
# The C examples (only their own sources: examples/node/node_modules holds
# third-party C): bugs only (warning), not the library's style rules.
cppcheck --quiet --error-exitcode=1 --std=c99 --enable=warning,performance,portability \
  --inline-suppr --suppress=missingIncludeSystem -I"$root/include" "$root"/examples/*.c
echo "cppcheck: clean (lib/, examples/)"

# The compile database gives clang-tidy each file's exact flags.
cmake -S "$root" -B "$work/build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCOSTSHARE_BUILD_TESTS=OFF \
  -DCOSTSHARE_BUILD_EXAMPLES=ON -DCOSTSHARE_BUILD_STATIC=OFF -DCMAKE_C_COMPILER=clang >"$work/cmake.log" 2>&1
# Every source of lib/ and examples/ must be in it (a file missing there
# would be checked with guessed flags).
for f in "$root"/lib/*.c "$root"/examples/*.c; do
  grep -q "\"file\": \"$f\"" "$work/build/compile_commands.json" ||
    { echo "lint: $f is not in the compile database"; exit 1; }
done
# Each file gets the nearest .clang-tidy: the top one for lib/ (and the
# headers it includes), examples/.clang-tidy for the examples.
clang-tidy --quiet -p "$work/build" "$root"/lib/*.c "$root"/examples/*.c 2>"$work/tidy.err" ||
  { grep -v "warnings\? generated" "$work/tidy.err" | tail -n 20; exit 1; }
echo "clang-tidy: clean (lib/, examples/)"

# Formatting: every C file of the project as .clang-format says.
unformatted=$(git -C "$root" ls-files '*.c' '*.h' | grep -v -e '^fuzz/corpus/' -e 'node_modules/' |
  (cd "$root" && xargs clang-format --dry-run -Werror 2>&1 >/dev/null | grep -o '^[^:]*\.[ch]' | sort -u) || true)
if [ -n "$unformatted" ]; then
  echo "clang-format: these files differ from .clang-format (clang-format -i fixes them):"
  echo "$unformatted"
  exit 1
fi
echo "clang-format: every C file follows .clang-format"
