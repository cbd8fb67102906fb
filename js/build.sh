#!/usr/bin/env bash
# Builds js/costshare.wasm: lib/*.c compiled for WebAssembly with Debian's
# clang-14 and lld-14 (--target=wasm32, freestanding: no C library, no
# imports), exporting exactly the functions of lib/costshare.map.
#
#   js/build.sh [BUILD_DIR]      (object files go to BUILD_DIR/wasm, default build-web)
#
# The library's exact 128-bit products and quotients take its portable path
# (32-bit digits, COSTSHARE_NO_INT128), as on every 32-bit target: on wasm32
# it is faster than clang's __int128, whose products and quotients are calls
# into compiler-rt (docs/web.md, docs/performance.md). COSTSHARE_WASM_INT128=1
# builds the __int128 variant instead, linked with compiler-rt's wasm32
# builtins (libclang-rt-14-dev-wasm32), for that comparison; COSTSHARE_WASM_OUT
# names the output file (default js/costshare.wasm).
#
# Needs clang-14 and lld-14 (scripts/deps-web.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="${1:-$root/build-web}"
int128="${COSTSHARE_WASM_INT128:-0}"
out="${COSTSHARE_WASM_OUT:-$root/js/costshare.wasm}"
cc="${COSTSHARE_WASM_CC:-clang-14}"
obj="$build/wasm"
command -v "$cc" >/dev/null || { echo "js/build.sh: $cc is missing (apt-get install clang-14)" >&2; exit 1; }
command -v wasm-ld-14 >/dev/null || command -v wasm-ld >/dev/null ||
  { echo "js/build.sh: wasm-ld is missing (apt-get install lld-14)" >&2; exit 1; }
defines=(-DCOSTSHARE_NO_INT128)
builtins=()
if [ "$int128" = 1 ]; then
  obj="$build/wasm-int128"
  defines=()
  builtins=("$("$cc" --print-resource-dir)/lib/wasi/libclang_rt.builtins-wasm32.a")
  [ -f "${builtins[0]}" ] ||
    { echo "js/build.sh: ${builtins[0]} is missing (apt-get install libclang-rt-14-dev-wasm32)" >&2; exit 1; }
fi

# The library's own sources, exactly as the native build compiles them, plus
# the handful of string.h functions a freestanding build must bring along.
flags=(--target=wasm32 -std=c99 -O2 -ffreestanding -fvisibility=hidden
  -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wstrict-prototypes
  -Wmissing-prototypes -Wcast-qual -Wundef -Wvla -Wwrite-strings -Werror
  "${defines[@]}" -isystem "$root/js/wasm/include" -I "$root/include" -I "$root/lib")
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
"$cc" --target=wasm32 -nostdlib -o "$out.tmp" "${objects[@]}" "${builtins[@]}" \
  -Wl,--no-entry -Wl,--stack-first -Wl,-z,stack-size=65536 -Wl,--export=__heap_base \
  -Wl,--strip-all "${exports[@]}"
mv "$out.tmp" "$out"
variant="portable 128-bit arithmetic"
[ "$int128" = 1 ] && variant="__int128 and compiler-rt"
echo "js/build.sh: $out ($(wc -c <"$out") bytes, ${#exports[@]} functions, $variant)"
