#!/usr/bin/env bash
# Installed-consumer checks: the README's private-prefix way first (a build
# tree configured with the default prefix, `cmake --install --prefix`, the
# installed program run, the README's C example built with pkg-config and
# run: the README's own commands), then tests/consumer against that prefix
# with find_package (shared, static, and prefixes holding only one kind),
# with pkg-config (shared and static), and embedded with add_subdirectory and
# FetchContent.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/consumers}"
jobs=$(nproc 2>/dev/null || echo 2)
rm -rf "$work"
mkdir -p "$work"
log="$work/log"

# install_variant <name> <cmake args...>: build and install into $work/<name>/prefix
install_variant() {
  local name=$1
  shift
  cmake -S "$root" -B "$work/$name/build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$work/$name/prefix" -DCOSTSHARE_BUILD_TESTS=OFF \
    -DCOSTSHARE_BUILD_EXAMPLES=OFF "$@" >>"$log" 2>&1
  cmake --build "$work/$name/build" -j"$jobs" >>"$log" 2>&1
  cmake --install "$work/$name/build" >>"$log" 2>&1
}

# run_consumer <label> <cmake args...>: configure, build and run tests/consumer
run_consumer() {
  local label=$1
  shift
  local dir="$work/consumer-$label"
  if ! cmake -S "$root/tests/consumer" -B "$dir" "$@" >>"$log" 2>&1 ||
     ! cmake --build "$dir" -j"$jobs" >>"$log" 2>&1; then
    tail -n 30 "$log"
    echo "consumer $label: FAILED to build"
    return 1
  fi
  "$dir/consumer" >/dev/null || { echo "consumer $label: FAILED to run"; return 1; }
  echo "consumer $label: ok"
}

# assert_linkage <binary> shared|static
assert_linkage() {
  # Read ldd's whole output first: grep -q closing the pipe early would make
  # ldd fail with SIGPIPE under pipefail.
  local deps kind
  deps=$(ldd "$1")
  case "$deps" in *libcostshare.so*) kind=shared ;; *) kind=static ;; esac
  [ "$kind" = "$2" ] || { echo "$1 links $kind, expected $2"; return 1; }
}

# readme_block <section heading> <language>: the first ```<language> block
# after the line "## <section heading>" of README.md.
readme_block() {
  awk -v head="## $1" -v open="\`\`\`$2" '
    $0 == head { in_section = 1; next }
    in_section && !in_block && $0 == open { in_block = 1; next }
    in_block && $0 == "```" { found = 1; exit }
    in_block { print }
    END { if (!found) exit 1 }' "$root/README.md"
}

# The README's way, as written: its Linking commands run in a directory that
# holds the quick start's build tree (default prefix) and the C example as
# app.c, with HOME pointing there and no PKG_CONFIG_PATH or LD_LIBRARY_PATH.
readme="$work/readme"
mkdir -p "$readme/home"
cmake -S "$root" -B "$readme/build" -DCOSTSHARE_BUILD_TESTS=OFF >>"$log" 2>&1
cmake --build "$readme/build" -j"$jobs" >>"$log" 2>&1 || { tail -n 30 "$log"; exit 1; }
readme_block "Using it from C" c >"$readme/app.c" || { echo "README: no C example"; exit 1; }
readme_block "Linking" sh >"$readme/linking.sh" || { echo "README: no sh block under Linking"; exit 1; }
if ! (cd "$readme" && env -u PKG_CONFIG_PATH -u LD_LIBRARY_PATH HOME="$readme/home" \
      bash -euo pipefail linking.sh) >>"$log" 2>&1; then
  tail -n 20 "$log"
  echo "consumer readme-prefix: the README's Linking commands FAILED (script: $readme/linking.sh)"
  exit 1
fi
prefix="$readme/home/opt/costshare"
[ -x "$prefix/bin/costshare-split" ] || { echo "README: the Linking commands do not install to \$HOME/opt/costshare"; exit 1; }
echo "consumer readme-prefix: ok (installed program and pkg-config program run from the prefix)"

install_variant shared-only -DCOSTSHARE_BUILD_STATIC=OFF
install_variant static-only -DCOSTSHARE_BUILD_SHARED=OFF

libdir=$(dirname "$(find "$prefix" -name 'libcostshare.a' | head -n 1)")

# The installed shared library carries the SONAME with the major version.
soname=$(objdump -p "$libdir/libcostshare.so" | awk '/SONAME/ {print $2}')
[ "$soname" = "libcostshare.so.1" ] || { echo "SONAME is '$soname'"; exit 1; }
echo "SONAME: $soname"

run_consumer find-package-default -DCMAKE_PREFIX_PATH="$prefix"
assert_linkage "$work/consumer-find-package-default/consumer" shared
run_consumer find-package-shared -DCMAKE_PREFIX_PATH="$prefix" -DCONSUMER_LINK=shared
assert_linkage "$work/consumer-find-package-shared/consumer" shared
run_consumer find-package-static -DCMAKE_PREFIX_PATH="$prefix" -DCONSUMER_LINK=static
assert_linkage "$work/consumer-find-package-static/consumer" static
run_consumer shared-only-prefix -DCMAKE_PREFIX_PATH="$work/shared-only/prefix"
assert_linkage "$work/consumer-shared-only-prefix/consumer" shared
run_consumer static-only-prefix -DCMAKE_PREFIX_PATH="$work/static-only/prefix"
assert_linkage "$work/consumer-static-only-prefix/consumer" static
run_consumer subdirectory -DCONSUMER_MODE=subdirectory -DCOSTSHARE_SOURCE="$root"
run_consumer fetchcontent -DCONSUMER_MODE=fetchcontent -DCOSTSHARE_SOURCE="$root"

# pkg-config, shared and static.
export PKG_CONFIG_PATH="$libdir/pkgconfig"
pkg-config --exists --print-errors "costshare >= 1.0"
cc -std=c99 -o "$work/pc-shared" tests/consumer/main.c $(pkg-config --cflags --libs costshare) \
  -Wl,-rpath,"$libdir"
"$work/pc-shared" >/dev/null && assert_linkage "$work/pc-shared" shared && echo "consumer pkg-config-shared: ok"
cc -std=c99 -o "$work/pc-static" tests/consumer/main.c $(pkg-config --cflags costshare) \
  -Wl,-Bstatic $(pkg-config --libs --static costshare) -Wl,-Bdynamic
"$work/pc-static" >/dev/null && assert_linkage "$work/pc-static" static && echo "consumer pkg-config-static: ok"
echo "consumers: all passed"
