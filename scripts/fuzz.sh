#!/usr/bin/env bash
# Builds every libFuzzer harness in fuzz/ (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each for a bounded time, starting from
# its committed seed corpus in fuzz/corpus/<name>/.
#
#   scripts/fuzz.sh                   30 seconds per harness (what CI runs);
#                                     the committed corpus is copied, never
#                                     modified
#   scripts/fuzz.sh 60 split          one harness
#   scripts/fuzz.sh --campaign 3600   the long campaign (docs/robustness.md):
#                                     each harness an hour, continuing from
#                                     the committed corpus and the previous
#                                     campaign's inputs, then the corpus
#                                     minimized (-merge=1) into fuzz/corpus/
#                                     and the figures printed: executions,
#                                     edges and features, corpus size, the
#                                     lines of its sources and of all lib/
#                                     the corpora reach (llvm-cov), findings
#   scripts/fuzz.sh --campaign 600 csv
#
# A finding stops that harness; its input is saved as
# $work/crash-<hash> (or leak-/timeout-), and the printed command replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
campaign=0
if [ "${1:-}" = "--campaign" ]; then
  campaign=1
  shift
fi
seconds="${1:-30}"
only="${2:-}"
work="${COSTSHARE_FUZZ_DIR:-$root/build/fuzz}"
mkdir -p "$work"
cc="${CLANG:-clang}"
common=(-g -std=c99 -I"$root/include" -I"$root/lib" -I"$root/fuzz" -I"$root/tests")
flags=("${common[@]}" -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined
       -fno-sanitize-recover=all)
# The coverage build of a campaign: the same harness with source-based
# coverage instead of the sanitizers, run once over the minimized corpus.
cov_flags=("${common[@]}" -O0 -fsanitize=fuzzer -fprofile-instr-generate -fcoverage-mapping)
profdata="${LLVM_PROFDATA:-llvm-profdata}"
llvmcov="${LLVM_COV:-llvm-cov}"
if [ $campaign -eq 1 ] && ! command -v "$llvmcov" >/dev/null 2>&1; then
  echo "fuzz: installing llvm (llvm-cov, llvm-profdata)"
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q \
    -o DPkg::Lock::Timeout=600 llvm >/dev/null
fi

# An input a campaign found (named by its SHA-1), not a named seed.
found_input() {
  basename "$1" | grep -Eq '^[0-9a-f]{40}$'
}

# The sources a harness is written for, whose lines it should reach.
targets_of() {
  case $1 in
    date) echo "$root/lib/date.c $root/lib/calendar_se.c" ;;
    notice) echo "$root/lib/notice.c $root/lib/term.c" ;;
    invoice) echo "$root/lib/invoice.c $root/lib/post.c" ;;
    split) echo "$root/lib/split.c $root/lib/round.c" ;;
    csv) echo "$root/examples/csv.c" ;;
    *) echo "$root/lib/$1.c" ;;
  esac
}

# The figures of a finished campaign run, one line: name, seconds,
# executions, executions per second, edges (cov), features (ft), inputs
# before and after minimizing, lines reached of the sources the harness is
# written for (targets_of), findings.
campaign_figures() {
  local name=$1 log=$2 before=$3 after=$4 lines=$5 found=$6
  local execs rate cov ft
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$seconds" "${execs:-?}" \
    "${rate:-?}" "${cov:-?}" "${ft:-?}" "$before" "$after" "$lines" "$found"
}

status=0
if [ $campaign -eq 1 ]; then
  figures="$work/campaign.tsv"
  printf 'harness\tseconds\texecutions\texec/s\tedges\tfeatures\tinputs\tminimized\tlines of its sources\tfindings\n' >"$figures"
fi
for harness in "$root"/fuzz/fuzz_*.c; do
  name=$(basename "$harness" .c)
  name=${name#fuzz_}
  [ -z "$only" ] || [ "$only" = "$name" ] || continue
  "$cc" "${flags[@]}" "$harness" "$root"/lib/*.c -o "$work/fuzz_$name"
  if [ $campaign -eq 1 ]; then
    corpus="$work/campaign-$name"   # kept between campaigns
  else
    corpus="$work/corpus-$name"
    rm -rf "$corpus"
  fi
  mkdir -p "$corpus"
  if [ -d "$root/fuzz/corpus/$name" ]; then
    cp "$root/fuzz/corpus/$name/"* "$corpus/" 2>/dev/null || true
  fi
  echo "fuzz: $name for ${seconds}s"
  found=0
  if ! (cd "$work" && ./"fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 \
          -timeout=10 -rss_limit_mb=2048 "$corpus" >"$work/fuzz_$name.log" 2>&1); then
    tail -n 60 "$work/fuzz_$name.log"
    echo "fuzz: $name FOUND A PROBLEM (input saved in $work)"
    artifact=$(grep -o "Test unit written to .*" "$work/fuzz_$name.log" | tail -n 1 | sed 's/Test unit written to //')
    [ -z "$artifact" ] || echo "fuzz: replay with: (cd $work && ./fuzz_$name $artifact)"
    status=1
    found=1
  else
    grep -E '^(#[0-9]+|Done)' "$work/fuzz_$name.log" | tail -n 1 || true
  fi
  [ $campaign -eq 1 ] || continue

  # Minimize: the named seeds (each a case written by hand) stay; of the
  # inputs found (named by their SHA-1), only those that add a feature to
  # the seeds and to each other, which replace the committed ones.
  before=$(find "$corpus" -type f | wc -l)
  rm -rf "$work/min-$name"
  mkdir -p "$work/min-$name"
  for f in "$root/fuzz/corpus/$name"/*; do
    [ -f "$f" ] || continue
    if ! found_input "$f"; then cp "$f" "$work/min-$name/"; fi
  done
  seeds=$(find "$work/min-$name" -type f | wc -l)
  (cd "$work" && ./"fuzz_$name" -merge=1 -timeout=10 -rss_limit_mb=2048 "min-$name" "$corpus" \
     >"$work/merge_$name.log" 2>&1)
  after=$(find "$work/min-$name" -type f | wc -l)
  for f in "$root/fuzz/corpus/$name"/*; do
    if found_input "$f"; then rm -f "$f"; fi
  done
  mkdir -p "$root/fuzz/corpus/$name"
  cp "$work/min-$name/"* "$root/fuzz/corpus/$name/"
  echo "fuzz: $name: $before inputs minimized to $after ($seeds named seeds)"

  # The lines of its sources the minimized corpus reaches.
  "$cc" "${cov_flags[@]}" "$harness" "$root"/lib/*.c -o "$work/cov_$name"
  rm -f "$work/cov_$name".*.profraw
  (cd "$work" && LLVM_PROFILE_FILE="$work/cov_$name.%p.profraw" ./"cov_$name" -runs=0 \
     "min-$name" >/dev/null 2>&1)
  "$profdata" merge -sparse "$work/cov_$name".*.profraw -o "$work/cov_$name.profdata"
  # shellcheck disable=SC2046 # the targets are words
  "$llvmcov" report "$work/cov_$name" -instr-profile="$work/cov_$name.profdata" \
    $(targets_of "$name") >"$work/cov_$name.txt"
  lines=$(awk '$1 == "TOTAL" { print $(NF-3) }' "$work/cov_$name.txt")
  campaign_figures "$name" "$work/fuzz_$name.log" "$before" "$after" "${lines:-?}" "$found" \
    | tee -a "$figures"
done
if [ $campaign -eq 1 ]; then
  # The lines of lib/ all the minimized corpora reach together.
  objects=()
  for b in "$work"/cov_*; do
    case $b in *.*) continue ;; esac
    [ -f "$b.profdata" ] && objects+=(-object "$b")
  done
  if [ ${#objects[@]} -gt 0 ]; then
    "$profdata" merge -sparse "$work"/cov_*.profdata -o "$work/campaign.profdata"
    "$llvmcov" report "${objects[@]:1}" -instr-profile="$work/campaign.profdata" \
      "$root"/lib/*.c >"$work/campaign-coverage.txt"
    echo "fuzz: lines of lib/ reached by all corpora together:" \
      "$(awk '$1 == "TOTAL" { print $(NF-3) }' "$work/campaign-coverage.txt")" \
      "(per file: $work/campaign-coverage.txt)"
  fi
  echo "fuzz: the campaign's figures are in $figures"
  column -t -s $'\t' "$figures"
fi
exit $status
