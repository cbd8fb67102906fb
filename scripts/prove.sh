#!/usr/bin/env bash
# Absence of runtime errors in lib/, proven by Frama-C's EVA (docs/robustness.md).
#
# Every exported function (lib/costshare.map) has a driver `drive_<name>` in
# prove/drivers_<module>.c that calls it with every argument over its whole
# documented domain. Each module in PROVEN is analysed from its entry point
# drive_<module> together with all of lib/, on the x86_64 and x86_32 machine
# models, and must give zero alarms and no unproven annotation.
#
#   scripts/prove.sh             the check (fails on any alarm, any function
#                                without a driver, any exported function
#                                outside the proven scope)
#   scripts/prove.sh --list      the proven functions, one a line
#   scripts/prove.sh MODULE...   analyse only these modules (no scope check)
#
# Output goes to build/prove/ (or $COSTSHARE_PROVE_DIR): one log per module
# and machine model.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${COSTSHARE_PROVE_DIR:-$root/build/prove}"
# Seconds one analysis (one module, one machine model) may take.
limit="${COSTSHARE_PROVE_TIMEOUT:-120}"

# The modules whose drivers are analysed, each lib/<module>.c with its
# drivers in prove/drivers_<module>.c. A module not listed here is not
# proven, and the scope check below says so.
PROVEN=(date)
MACHDEPS=(x86_64 x86_32)

# Debian 12's frama-c-base (20220511, Manganese) when Frama-C is missing.
if ! command -v frama-c >/dev/null 2>&1; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  echo "prove: installing frama-c-base"
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q \
    -o DPkg::Lock::Timeout=600 frama-c-base >/dev/null
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

if [ "${1:-}" = "--list" ]; then
  for m in "${PROVEN[@]}"; do driven_in "$m"; done | sort
  exit 0
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
  missing=$(comm -23 <(exported) <(driven))
  if [ -n "$missing" ]; then
    echo "prove: exported functions without a driver in prove/drivers_*.c:"
    printf '  %s\n' $missing
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
  unproven=$(comm -23 <(exported) <(for m in "${PROVEN[@]}"; do driven_in "$m"; done | sort))
  if [ -n "$unproven" ]; then
    echo "prove: exported functions outside the proven scope:"
    printf '  %s\n' $unproven
    failed=1
  fi
fi

mkdir -p "$out"
# The portable 128-bit path (Frama-C does not parse __int128; tests/test_arith.c
# checks that both paths agree). -eva-split-return keeps a helper's "valid" and
# "invalid" answers apart, so the caller's test narrows the arguments.
eva_opts=(-cpp-extra-args="-I$root/include -I$root/lib -I$root/prove -DCOSTSHARE_NO_INT128"
  -eva -eva-slevel 10 -eva-split-return auto -eva-no-show-progress
  -eva-msg-key=-initial-state,-final-states -eva-print-callstacks)

start=$(date +%s)
for m in "${modules[@]}"; do
  if [ ! -f "prove/drivers_$m.c" ]; then
    echo "prove: no prove/drivers_$m.c"
    failed=1
    continue
  fi
  for md in "${MACHDEPS[@]}"; do
    log="$out/$m.$md.log"
    t0=$(date +%s)
    rc=0
    timeout "$limit" frama-c -machdep "$md" "${eva_opts[@]}" -main "drive_$m" \
      lib/*.c prove/builtins.c "prove/drivers_$m.c" >"$log" 2>&1 || rc=$?
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
    else
      reached=$(sed -n 's/.*In these functions, \(.*\) statements reached.*/\1/p' "$log")
      echo "ok   $m ($md): 0 alarms, ${t} s, $reached statements reached"
    fi
  done
done
echo "prove: ${#modules[@]} modules x ${#MACHDEPS[@]} machine models in $(($(date +%s) - start)) s"
exit $failed
