#!/usr/bin/env bash
# Absence of runtime errors in lib/, proven by Frama-C's EVA (docs/robustness.md).
#
# Every exported function (lib/costshare.map) has a driver `drive_<name>` in
# prove/drivers_<module>.c that calls it with every argument over its whole
# documented domain. Each entry of PROVEN (below) is analysed together with
# all of lib/, on the x86_64 and x86_32 machine models, and must give zero
# alarms and no unproven annotation.
#
#   scripts/prove.sh             the check (fails on any alarm, any function
#                                without a driver, any exported function
#                                neither proven nor in prove/unproven.txt)
#   scripts/prove.sh --list      the proven functions, one a line
#   scripts/prove.sh --scope     only the checks of drivers and scope (no analysis)
#   scripts/prove.sh ENTRY...    analyse only these modules or functions
#                                (no scope check)
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
# costshare_<name>, analysed from its own driver. prove/unproven.txt lists,
# with the reason, every exported function outside this scope.
PROVEN=(date calendar_se round post invoice version error constants notice refund
  costshare_term_init
  costshare_split costshare_split_ex costshare_split_percentages costshare_split_nested
  costshare_split_options_init costshare_split_method_name
  costshare_agreement_init costshare_agreement_event_init costshare_agreement_transition
  costshare_agreement_state_count costshare_agreement_event_count
  costshare_agreement_state_name costshare_agreement_event_name)
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
unproven_listed() {
  sed -n 's/^\(costshare_[a-z0-9_]*\).*/\1/p' prove/unproven.txt | sort
}
# Exported functions that have no driver yet, each with why (prove/undriven.txt).
undriven_listed() {
  sed -n 's/^\(costshare_[a-z0-9_]*\).*/\1/p' prove/undriven.txt | sort
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

failed=0
if [ $scope_check -eq 1 ]; then
  # Every exported function needs a driver, and every driver must be called
  # from its module's entry point (so that it is analysed at all).
  missing=$(comm -23 <(exported) <(sort -u <(driven) <(undriven_listed)))
  if [ -n "$missing" ]; then
    echo "prove: exported functions without a driver in prove/drivers_*.c (nor in prove/undriven.txt):"
    printf '  %s\n' $missing
    failed=1
  fi
  stale_undriven=$(comm -12 <(driven) <(undriven_listed); comm -13 <(exported) <(undriven_listed))
  if [ -n "$stale_undriven" ]; then
    echo "prove: prove/undriven.txt lists functions that have a driver or are not exported:"
    printf '  %s\n' $stale_undriven
    failed=1
  fi
  stale=$(comm -13 <(exported) <(driven))
  if [ -n "$stale" ]; then
    echo "prove: drivers for functions that are not exported:"
    printf '  %s\n' $stale
    failed=1
  fi
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
  # Every exported function is proven or listed, with its reason, in
  # prove/unproven.txt; nothing is both, and the list names no stale function.
  unlisted=$(comm -23 <(exported) <(sort -u <(proven) <(unproven_listed) <(undriven_listed)))
  if [ -n "$unlisted" ]; then
    echo "prove: exported functions neither proven nor listed in prove/unproven.txt:"
    printf '  %s\n' $unlisted
    failed=1
  fi
  both=$(comm -12 <(proven) <(unproven_listed))
  if [ -n "$both" ]; then
    echo "prove: proven functions still listed in prove/unproven.txt:"
    printf '  %s\n' $both
    failed=1
  fi
  stale_list=$(comm -13 <(exported) <(unproven_listed))
  if [ -n "$stale_list" ]; then
    echo "prove: prove/unproven.txt lists functions that are not exported:"
    printf '  %s\n' $stale_list
    failed=1
  fi
fi

if [ $scope_only -eq 1 ]; then
  [ $failed -eq 0 ] && echo "prove: scope ok: $(proven | wc -l) of $(exported | wc -l) exported functions proven, the rest in prove/unproven.txt (analysed, not proven) and prove/undriven.txt (no driver yet)"
  exit $failed
fi

mkdir -p "$out"
# The portable 128-bit path (Frama-C does not parse __int128; tests/test_arith.c
# checks that both paths agree). -eva-split-return keeps a helper's return
# codes apart, so the caller's test narrows the arguments and knows which
# outputs were written; the binary search of costshare_constant (at most 7
# steps) is followed path by path, and the refunds' range checks and the
# notice functions keep each combination of their helpers' results apart.
eva_opts=(-cpp-extra-args="-I$root/include -I$root/lib -I$root/prove -DCOSTSHARE_NO_INT128 -DCS_NO_SIMD -include $root/prove/builtins.h"
  -eva -eva-slevel 40 -eva-split-return full -eva-no-show-progress
  -eva-slevel-function costshare_constant:400,check_range:300,check_ranges:300,costshare_refund_prorate:300,costshare_refund_termination:300,costshare_refund_vacancy:300,costshare_notice_end:300,costshare_notice_latest:300
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
entry_opts() {
  case $1 in
    costshare_split | costshare_split_ex | costshare_split_percentages | costshare_split_nested)
      printf '%s\n' "${split_opts[@]}"
      ;;
  esac
}

start=$(date +%s)
for m in "${modules[@]}"; do
  file=$(driver_file "$m")
  if [ -z "$file" ] || [ ! -f "$file" ]; then
    echo "prove: no driver for $m in prove/drivers_*.c"
    failed=1
    continue
  fi
  for md in "${MACHDEPS[@]}"; do
    log="$out/$m.$md.log"
    t0=$(date +%s)
    rc=0
    mapfile -t extra < <(entry_opts "$m")
    timeout "$limit" frama-c -machdep "$md" "${eva_opts[@]}" "${extra[@]}" -main "drive_$m" \
      lib/*.c prove/builtins.c "$file" >"$log" 2>&1 || rc=$?
    t=$(($(date +%s) - t0))
    alarms=$(grep -c '^\[eva:alarm\]' "$log" || true)
    # Annotations EVA could not prove count as alarms.
    unknown=$(awk '/Assertions|Preconditions/ { u += $4; i += $6 } END { print u + i + 0 }' "$log")
    if [ $rc -ne 0 ]; then
      echo "FAIL $m ($md): frama-c exit status $rc after ${t} s (timeout ${limit} s gives 124); $log"
      tail -n 20 "$log"
      failed=1
    elif [ "$alarms" -ne 0 ] || [ "$unknown" -ne 0 ] || ! grep -q ' 0 alarms generated' "$log"; then
      echo "FAIL $m ($md): $alarms alarms, $unknown unproven or invalid properties, ${t} s; $log"
      grep -A 6 '^\[eva:alarm\]' "$log" | sed 's/^/  /'
      failed=1
    elif ! grep -q 'No errors or warnings raised during the analysis' "$log" ||
      grep 'using specification for function' "$log" | grep -qv 'Frama_C_\|strcmp'; then
      # A warning may mean an unsound model (an implicitly declared function,
      # a function analysed from a specification rather than its code).
      echo "FAIL $m ($md): Frama-C warnings or functions without code; $log"
      grep -A 3 'Warning\|using specification' "$log" | grep -v 'Frama_C_' | sed 's/^/  /' | head -n 30
      failed=1
    else
      reached=$(sed -n 's/.*In these functions, \([0-9]*\) statements reached (out of \([0-9]*\)).*/\1 of \2/p' "$log")
      echo "ok   $m ($md): 0 alarms, ${t} s, $reached statements reached"
    fi
  done
done
echo "prove: ${#modules[@]} entry points x ${#MACHDEPS[@]} machine models in $(($(date +%s) - start)) s"
if [ $scope_check -eq 1 ]; then
  echo "prove: $(proven | wc -l) of $(exported | wc -l) exported functions proven; not proven (prove/unproven.txt):"
  sed -n 's/^\(costshare_[a-z0-9_]*\).*/  \1/p' prove/unproven.txt
fi
exit $failed
