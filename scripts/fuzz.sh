#!/usr/bin/env bash
# Builds every libFuzzer harness in fuzz/ (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each for a bounded time, starting from
# its committed seed corpus in fuzz/corpus/<name>/ (copied, never modified).
#
#   scripts/fuzz.sh            30 seconds per harness (what CI runs)
#   scripts/fuzz.sh 3600       an hour per harness
#   scripts/fuzz.sh 60 split   one harness
#
# A finding stops that harness; its input is saved as
# $work/crash-<hash> (or leak-/timeout-), and the printed command replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds="${1:-30}"
only="${2:-}"
work="${COSTSHARE_FUZZ_DIR:-$root/build/fuzz}"
mkdir -p "$work"
cc="${CLANG:-clang}"
flags=(-g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined
       -fno-sanitize-recover=all -std=c99 -I"$root/include" -I"$root/lib" -I"$root/fuzz"
       -I"$root/tests")

status=0
for harness in "$root"/fuzz/fuzz_*.c; do
  name=$(basename "$harness" .c)
  name=${name#fuzz_}
  [ -z "$only" ] || [ "$only" = "$name" ] || continue
  "$cc" "${flags[@]}" "$harness" "$root"/lib/*.c -o "$work/fuzz_$name"
  rm -rf "$work/corpus-$name"
  mkdir -p "$work/corpus-$name"
  if [ -d "$root/fuzz/corpus/$name" ]; then
    cp "$root/fuzz/corpus/$name/"* "$work/corpus-$name/" 2>/dev/null || true
  fi
  echo "fuzz: $name for ${seconds}s"
  if ! (cd "$work" && ./"fuzz_$name" -max_total_time="$seconds" -print_final_stats=0 \
          -timeout=10 -rss_limit_mb=2048 "corpus-$name" >"$work/fuzz_$name.log" 2>&1); then
    tail -n 60 "$work/fuzz_$name.log"
    echo "fuzz: $name FOUND A PROBLEM (input saved in $work)"
    artifact=$(grep -o "Test unit written to .*" "$work/fuzz_$name.log" | tail -n 1 | sed 's/Test unit written to //')
    [ -z "$artifact" ] || echo "fuzz: replay with: (cd $work && ./fuzz_$name $artifact)"
    status=1
  else
    grep -E '^(#[0-9]+|Done)' "$work/fuzz_$name.log" | tail -n 1 || true
  fi
done
exit $status
