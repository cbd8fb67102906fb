#!/usr/bin/env bash
# Absence of runtime errors in lib/, proven by Frama-C's EVA (docs/robustness.md).
#
# Every exported function (lib/costshare.map) has a driver `drive_<name>` in
# prove/drivers_<module>.c that calls it with every argument over its whole
# documented domain. Each entry of PROVEN (below) is analysed together with
# all of lib/, on the x86_64 and x86_32 machine models, and must give zero
# alarms and no unproven annotation.
#
#   scripts/prove.sh             the check (fails on any alarm, any exported
#                                function without a driver or outside PROVEN)
#   scripts/prove.sh --list      the proven functions, one a line
#   scripts/prove.sh --scope     only the checks of drivers and scope (no analysis)
#   scripts/prove.sh ENTRY...    analyse only these modules or functions
#                                (no scope check)
#
# The analyses run in parallel, $COSTSHARE_PROVE_JOBS at a time (default:
# the number of CPUs); each may take $COSTSHARE_PROVE_TIMEOUT seconds.
#
# Output goes to build/prove/ (or $COSTSHARE_PROVE_DIR): one log per module
# and machine model.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${COSTSHARE_PROVE_DIR:-$root/build/prove}"
# Seconds one analysis (one module, one machine model) may take.
limit="${COSTSHARE_PROVE_TIMEOUT:-120}"

# The proven scope: each entry is a module, whose entry point drive_<module>
# calls the drivers of prove/drivers_<module>.c, or a single function
# costshare_<name>, analysed from its own driver. Every exported function
# is in this scope.
PROVEN=(date calendar_se calendar_se_count round post invoice amount version error constants notice refund
  costshare_term_init costshare_term_end costshare_term_notice
  costshare_split costshare_split_ex costshare_split_percentages costshare_split_nested
  costshare_split_options_init costshare_split_method_name
  costshare_agreement_init costshare_agreement_event_init costshare_agreement_transition
  costshare_agreement_state_count costshare_agreement_event_count
  costshare_agreement_state_name costshare_agreement_event_name
  costshare_agreement_apply costshare_agreement_state_on costshare_agreement_marks_on
  costshare_agreement_body_name
  group)
MACHDEPS=(x86_64 x86_32)

# Debian 12's frama-c-base (20220511, Manganese) when Frama-C is missing.
if ! command -v frama-c >/dev/null 2>&1; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  echo "prove: installing frama-c-base"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache show frama-c-base >/dev/null 2>&1; then
    "${as_root[@]}" apt-get update -qq
  fi
  "${as_root[@]}" apt-get install -y -q -o DPkg::Lock::Timeout=600 frama-c-base >/dev/null
fi

exported() {
  sed -n 's/^ *\(costshare_[a-z0-9_]*\);$/\1/p' lib/costshare.map | sort
}
# Functions with a driver: `void drive_costshare_x(void)` in prove/drivers_*.c.
driven() {
  sed -n 's/^void drive_\(costshare_[a-z0-9_]*\)(void).*/\1/p' prove/drivers_*.c | sort
}
# The functions a module's drivers cover.
driven_in() {
  sed -n 's/^void drive_\(costshare_[a-z0-9_]*\)(void).*/\1/p' "prove/drivers_$1.c" | sort
}
# The functions an entry of PROVEN covers, and the driver file it needs.
covered_by() {
  case $1 in
    costshare_*) echo "$1" ;;
    *) driven_in "$1" ;;
  esac
}
driver_file() {
  case $1 in
    costshare_*) grep -l "^void drive_$1(void)" prove/drivers_*.c | head -n 1 ;;
    *) echo "prove/drivers_$1.c" ;;
  esac
}
proven() {
  for e in "${PROVEN[@]}"; do covered_by "$e"; done | sort
}

if [ "${1:-}" = "--list" ]; then
  proven
  exit 0
fi
scope_only=0
if [ "${1:-}" = "--scope" ]; then
  scope_only=1
  shift
fi

modules=("${PROVEN[@]}")
scope_check=1
if [ $# -gt 0 ]; then
  modules=("$@")
  scope_check=0
fi

# A check's finding: the message and the functions it names, when there
# are any; the check then fails.
report() {
  [ -n "$2" ] || return 0
  echo "prove: $1"
  # shellcheck disable=SC2086 # the names are words, one printed a line
  printf '  %s\n' $2
  failed=1
}

failed=0
if [ $scope_check -eq 1 ]; then
  # Every exported function needs a driver, and every driver must be called
  # from its module's entry point (so that it is analysed at all).
  report "exported functions without a driver in prove/drivers_*.c:" \
    "$(comm -23 <(exported) <(driven))"
  report "drivers for functions that are not exported:" \
    "$(comm -13 <(exported) <(driven))"
  for f in prove/drivers_*.c; do
    m=$(basename "$f" .c)
    m=${m#drivers_}
    for fn in $(driven_in "$m"); do
      if ! grep -q "^    drive_$fn();" "$f"; then
        echo "prove: drive_$fn is not called from drive_$m ($f)"
        failed=1
      fi
    done
  done
  # Every exported function is covered by an entry of PROVEN.
  report "exported functions outside PROVEN:" \
    "$(comm -23 <(exported) <(proven))"
fi

if [ $scope_only -eq 1 ]; then
  [ $failed -eq 0 ] && echo "prove: scope ok: $(proven | wc -l) of $(exported | wc -l) exported functions in the proven scope, each with a driver"
  exit $failed
fi

mkdir -p "$out"
# The portable 128-bit path (Frama-C does not parse __int128; tests/test_arith.c
# checks that both paths agree). -eva-split-return keeps a helper's return
# codes apart, so the caller's test narrows the arguments and knows which
# outputs were written; the binary search of costshare_constant (at most 7
# steps) is followed path by path, and the refunds' range checks and the
# notice functions keep each combination of their helpers' results apart;
# costshare_term_end keeps its helpers' results apart too. The record check
# of agreement.c is a long conjunction of independent tests whose paths
# need not be followed apart (slevel 1: the states are joined at once),
# which keeps each record read to a few seconds.
eva_opts=(-cpp-extra-args="-I$root/include -I$root/lib -I$root/prove -DCOSTSHARE_NO_INT128 -DCS_NO_SIMD -include $root/prove/builtins.h"
  -eva -eva-slevel 40 -eva-split-return full -eva-no-show-progress
  -eva-slevel-function costshare_constant:400,check_range:300,check_ranges:300,costshare_refund_prorate:300,costshare_refund_termination:300,costshare_refund_vacancy:300,costshare_notice_end:300,costshare_notice_latest:300,costshare_term_end:300,check_record:1,dates_consistent:1,history_consistent:1,as_version_2:1
  -eva-msg-key=-initial-state,-final-states -eva-print-callstacks)
# The splits (prove/drivers_split.c: up to 16 384 parties) loop far beyond
# any unrolling, so each loop is widened at once (slevel 1) and only the
# argument checks keep their results apart (check_arguments and
# split_ex_with keep every state of the checks, costshare_split_nested those
# of its weight checks); lib/split.c partitions the rest itself (split
# annotations on the kind of key and the first histogram's size, loop unroll
# annotations where a buffer is cleared). The nested split's parties are
# split while the groups' parts are emitted (a callback into the same
# hamilton.h code, two levels deep).
split_opts=(-eva-slevel 1 -eva-split-return= -eva-split-return-function check_arguments:full,check_weights:full
  -eva-slevel-function check_arguments:100,split_ex_with:100,costshare_split_nested:50
  -eva-unroll-recursive-calls 2)
# The options of one entry beyond eva_opts, one a line.
entry_opts() {
  case $1 in
    costshare_split | costshare_split_ex | costshare_split_percentages | costshare_split_nested)
      printf '%s\n' "${split_opts[@]}"
      ;;
  esac
}

# One analysis: one entry point on one machine model. Its verdict, the
# lines printed for it, goes to $out/<entry>.<model>.result.
analyse() {
  local m=$1 md=$2 file=$3
  local log="$out/$m.$md.log" res="$out/$m.$md.result"
  local t0 rc=0 t alarms unknown reached extra
  mapfile -t extra < <(entry_opts "$m")
  t0=$(date +%s)
  timeout "$limit" frama-c -machdep "$md" "${eva_opts[@]}" "${extra[@]}" -main "drive_$m" \
    lib/*.c prove/builtins.c "$file" >"$log" 2>&1 || rc=$?
  t=$(($(date +%s) - t0))
  alarms=$(grep -c '^\[eva:alarm\]' "$log" || true)
  # Annotations EVA could not prove count as alarms.
  unknown=$(awk '/Assertions|Preconditions/ { u += $4; i += $6 } END { print u + i + 0 }' "$log")
  {
    if [ $rc -ne 0 ]; then
      echo "FAIL $m ($md): frama-c exit status $rc after ${t} s (timeout ${limit} s gives 124); $log"
      tail -n 20 "$log"
    elif [ "$alarms" -ne 0 ] || [ "$unknown" -ne 0 ] || ! grep -q ' 0 alarms generated' "$log"; then
      echo "FAIL $m ($md): $alarms alarms, $unknown unproven or invalid properties, ${t} s; $log"
      grep -A 6 '^\[eva:alarm\]' "$log" | sed 's/^/  /'
    elif ! grep -q 'No errors or warnings raised during the analysis' "$log" ||
      grep 'using specification for function' "$log" | grep -qv 'Frama_C_\|strcmp'; then
      # A warning may mean an unsound model (an implicitly declared function,
      # a function analysed from a specification rather than its code).
      echo "FAIL $m ($md): Frama-C warnings or functions without code; $log"
      grep -A 3 'Warning\|using specification' "$log" | grep -v 'Frama_C_' | sed 's/^/  /' | head -n 30
    else
      reached=$(sed -n 's/.*In these functions, \([0-9]*\) statements reached (out of \([0-9]*\)).*/\1 of \2/p' "$log")
      echo "ok   $m ($md): 0 alarms, ${t} s, $reached statements reached"
    fi
  } >"$res"
}

# The analyses run $COSTSHARE_PROVE_JOBS at a time (default: one per CPU);
# each entry's verdicts are printed in order once they are all known.
jobs_max="${COSTSHARE_PROVE_JOBS:-$(nproc)}"
start=$(date +%s)
entries=()
for m in "${modules[@]}"; do
  file=$(driver_file "$m" || true)
  if [ -z "$file" ] || [ ! -f "$file" ]; then
    echo "prove: no driver for $m in prove/drivers_*.c"
    failed=1
    continue
  fi
  entries+=("$m")
  for md in "${MACHDEPS[@]}"; do
    rm -f "$out/$m.$md.result"
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do
      wait -n || true
    done
    analyse "$m" "$md" "$file" &
  done
done
wait
for m in "${entries[@]}"; do
  for md in "${MACHDEPS[@]}"; do
    res="$out/$m.$md.result"
    if [ ! -s "$res" ]; then
      echo "FAIL $m ($md): no verdict (the analysis did not finish)"
      failed=1
      continue
    fi
    cat "$res"
    if grep -q '^FAIL' "$res"; then
      failed=1
    fi
  done
done
echo "prove: ${#entries[@]} entry points x ${#MACHDEPS[@]} machine models in $(($(date +%s) - start)) s"
if [ $scope_check -eq 1 ]; then
  echo "prove: $(proven | wc -l) of $(exported | wc -l) exported functions analysed"
fi
exit $failed
