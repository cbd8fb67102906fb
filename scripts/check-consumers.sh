#!/usr/bin/env bash
# Installed-consumer checks: install libcostshare to temporary prefixes, then
# build and run tests/consumer against it with find_package (shared, static,
# and prefixes holding only one kind), with pkg-config (shared and static),
# and embedded with add_subdirectory and FetchContent.
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

install_variant both
install_variant shared-only -DCOSTSHARE_BUILD_STATIC=OFF
install_variant static-only -DCOSTSHARE_BUILD_SHARED=OFF

prefix="$work/both/prefix"
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
