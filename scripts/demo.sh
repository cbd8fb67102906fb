#!/usr/bin/env bash
# The README's demo: builds the library and the example programs in build/
# and prints the 2018 split of the Östergötland coordinator's cost.
#
# On Debian (a fresh Debian 12 has neither CMake nor a compiler) it first
# installs what the build needs and is missing, with apt-get (as root, or
# through sudo): cmake, gcc, make and libc6-dev. Elsewhere it needs CMake
# 3.16+ and a C compiler already, and runs the same three commands:
#   cmake -S . -B build && cmake --build build && build/examples/costshare-split
# The build's output goes to build/demo.log (shown when it fails).
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in cmake gcc make libc6-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    as_root=()
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 ||
        { echo "demo: needs ${missing[*]}: run as root, or install them: apt-get install ${missing[*]}"; exit 1; }
      as_root=(sudo)
    fi
    echo "demo: installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
for tool in cmake cc; do
  command -v "$tool" >/dev/null 2>&1 || { echo "demo: $tool not found: install CMake 3.16+ and a C compiler"; exit 1; }
done

mkdir -p build
echo "demo: building in build/ (log: build/demo.log)"
if ! { cmake -S . -B build && cmake --build build -j"$(nproc 2>/dev/null || echo 2)"; } >build/demo.log 2>&1; then
  tail -n 30 build/demo.log
  echo "demo: the build FAILED (log: build/demo.log)"
  exit 1
fi
exec build/examples/costshare-split
