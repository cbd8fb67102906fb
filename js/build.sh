#!/usr/bin/env bash
# Builds js/costshare.wasm: lib/*.c compiled for WebAssembly with Debian's
# clang-14 and lld-14 (--target=wasm32, freestanding: no C library, no
# imports), exporting exactly the functions of lib/costshare.map.
#
#   js/build.sh [BUILD_DIR]      (object files go to BUILD_DIR/wasm, default build-web)
#
# Needs clang-14, lld-14 and libclang-rt-14-dev-wasm32 (scripts/deps-web.sh
# installs them). docs/web.md explains the choice of toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="${1:-$root/build-web}"
obj="$build/wasm"
out="$root/js/costshare.wasm"
cc="${COSTSHARE_WASM_CC:-clang-14}"
resource=$("$cc" --print-resource-dir)
builtins="$resource/lib/wasi/libclang_rt.builtins-wasm32.a"
if [ ! -f "$builtins" ]; then
  echo "js/build.sh: $builtins is missing (apt-get install libclang-rt-14-dev-wasm32)" >&2
  exit 1
fi
command -v wasm-ld-14 >/dev/null || command -v wasm-ld >/dev/null ||
  { echo "js/build.sh: wasm-ld is missing (apt-get install lld-14)" >&2; exit 1; }

# The library's own sources, exactly as the native build compiles them, plus
# the handful of string.h functions a freestanding build must bring along.
flags=(--target=wasm32 -std=c99 -O2 -ffreestanding -fvisibility=hidden
  -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wstrict-prototypes
  -Wmissing-prototypes -Wcast-qual -Wundef -Wvla -Wwrite-strings -Werror
  -isystem "$root/js/wasm/include" -I "$root/include" -I "$root/lib")
rm -rf "$obj"
mkdir -p "$obj"
objects=()
for src in "$root"/lib/*.c; do
  o="$obj/$(basename "${src%.c}").o"
  "$cc" "${flags[@]}" -c "$src" -o "$o"
  objects+=("$o")
done
"$cc" "${flags[@]}" -fno-builtin -Wno-missing-prototypes -c "$root/js/wasm/libc.c" -o "$obj/libc.o"
objects+=("$obj/libc.o")

# Exports: every function of the version script, and __heap_base, where the
# JavaScript side starts the scratch memory for arguments and results.
exports=()
while read -r name; do
  exports+=("-Wl,--export=$name")
done < <(sed -n 's/^[[:space:]]*\(costshare_[a-z0-9_]*\);.*/\1/p' "$root/lib/costshare.map")
if [ ${#exports[@]} -eq 0 ]; then
  echo "js/build.sh: no functions found in lib/costshare.map" >&2
  exit 1
fi

# --stack-first puts the 64 KiB stack below the data, so an overflow traps
# instead of overwriting static data.
"$cc" --target=wasm32 -nostdlib -o "$out.tmp" "${objects[@]}" "$builtins" \
  -Wl,--no-entry -Wl,--stack-first -Wl,-z,stack-size=65536 -Wl,--export=__heap_base \
  -Wl,--strip-all "${exports[@]}"
mv "$out.tmp" "$out"
echo "js/build.sh: $out ($(wc -c <"$out") bytes, ${#exports[@]} functions)"
