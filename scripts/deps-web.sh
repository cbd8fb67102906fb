#!/usr/bin/env bash
# Installs what scripts/check-web.sh needs on Debian 12 (apt-get, as root or
# via sudo): clang-14 and lld-14 for the WebAssembly build, chromium and a
# font for the browser tests, and Node.js with npm unless a node is already
# installed; with --bench also what bench/bench-wasm.sh needs (cmake, a C
# compiler, compiler-rt's wasm32 builtins). Packages already present are not
# downloaded again.
set -euo pipefail

packages=(
  clang-14 lld-14                 # --target=wasm32 compiler and wasm-ld
  chromium fonts-dejavu-core      # the browser tests and their screenshots
)
if [ "${1:-}" = "--bench" ]; then
  packages+=(cmake build-essential libclang-rt-14-dev-wasm32)
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
echo "deps-web: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
