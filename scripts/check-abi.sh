#!/usr/bin/env bash
# Binary ABI check of libcostshare.so.1 against the committed baseline
# (abi/libcostshare.so.1.abi, libabigail's abidw output), plus the values of
# every public constant (abi/constants.txt), which abidiff cannot see.
#
#   scripts/check-abi.sh            compare; fail on any incompatible change
#   scripts/check-abi.sh --update   rewrite the baseline (after an addition)
#
# Additions (new functions, new constants) pass and are reported; record them
# by running --update in the same commit, with a line in CHANGELOG.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${COSTSHARE_ABI_DIR:-$root/build/test/abi}"
jobs=$(nproc 2>/dev/null || echo 2)
rm -rf "$work"
mkdir -p "$work"

cmake -S "$root" -B "$work/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOSTSHARE_BUILD_STATIC=OFF \
  -DCOSTSHARE_BUILD_TESTS=OFF -DCOSTSHARE_BUILD_EXAMPLES=OFF >"$work/build.log" 2>&1
cmake --build "$work/build" -j"$jobs" >>"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log"; exit 1; }
lib=$(find "$work/build" -name 'libcostshare.so.1.[0-9]*' -type f | head -n 1)

abidw --no-corpus-path --no-comp-dir-path --headers-dir "$root/include" \
  --out-file "$work/current.abi" "$lib"
# Strip the build path from the recorded file names so the baseline is reproducible.
sed -i "s|$root/||g" "$work/current.abi"

# Public constants: every COSTSHARE_ macro with a plain numeric value.
gcc -std=c99 -dM -E -I"$root/include" "$root/include/costshare.h" |
  awk '$1 == "#define" && $2 ~ /^COSTSHARE_/ && $2 !~ /\(/ { name = $2; $1 = ""; $2 = ""; sub(/^ +/, ""); if ($0 != "") print name " " $0 }' |
  grep -Ev '^COSTSHARE_(VERSION_(MINOR|PATCH|STRING|NUMBER)|API|BEGIN_DECLS|END_DECLS|[A-Z_]*_H|[A-Z_]*_INIT) ' |
  LC_ALL=C sort >"$work/constants.txt"

if [ "${1:-}" = "--update" ]; then
  mkdir -p "$root/abi"
  cp "$work/current.abi" "$root/abi/libcostshare.so.1.abi"
  cp "$work/constants.txt" "$root/abi/constants.txt"
  echo "abi: baseline updated (abi/libcostshare.so.1.abi, abi/constants.txt)"
  exit 0
fi

status=0
set +e
abidiff --no-show-locs "$root/abi/libcostshare.so.1.abi" "$work/current.abi" >"$work/abidiff.txt" 2>&1
rc=$?
set -e
# abidiff's exit status is a bit field: 1 error, 2 usage, 4 ABI change, 8 incompatible change.
if [ $((rc & 3)) -ne 0 ]; then
  cat "$work/abidiff.txt"; echo "abi: abidiff failed to run (status $rc)"; exit 1
fi
if [ $((rc & 8)) -ne 0 ]; then
  cat "$work/abidiff.txt"; echo "abi: INCOMPATIBLE change against the baseline"; status=1
elif [ $((rc & 4)) -ne 0 ]; then
  # A change that is not an addition (a changed struct layout, a changed
  # parameter type) is a break too; additions alone are allowed.
  if grep -Eq '(Removed|Changed) [a-z ]*(function|variable)|[1-9][0-9]* (Removed|Changed)|size changed|offset changed|type changed|parameter [0-9]+ of type' "$work/abidiff.txt"; then
    cat "$work/abidiff.txt"; echo "abi: changed or removed interfaces against the baseline"; status=1
  else
    cat "$work/abidiff.txt"
    echo "abi: additions only; record them with scripts/check-abi.sh --update and a CHANGELOG.md line"
  fi
fi

# Constants: a released value never changes and a released constant never goes away.
while read -r name value; do
  now=$(awk -v n="$name" '$1 == n { $1 = ""; sub(/^ +/, ""); print }' "$work/constants.txt")
  if [ -z "$now" ]; then
    echo "abi: constant $name was removed"; status=1
  elif [ "$now" != "$value" ]; then
    echo "abi: constant $name changed from '$value' to '$now'"; status=1
  fi
done <"$root/abi/constants.txt"
added=$(LC_ALL=C comm -13 <(cut -d' ' -f1 "$root/abi/constants.txt") <(cut -d' ' -f1 "$work/constants.txt") || true)
[ -z "$added" ] || echo "abi: new constants (record with --update): $(echo $added)"

python3 "$root/scripts/check_symbols.py" "$lib" "$root"
[ $status -eq 0 ] && echo "abi: compatible with the baseline"
exit $status
