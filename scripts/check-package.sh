#!/usr/bin/env bash
# Builds the Debian packages and the source tarball with CPack, installs the
# .deb files on this machine (root or sudo), builds and runs the consumer
# against the system installation with find_package and pkg-config, then
# removes the packages again.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/package}"
jobs=$(nproc 2>/dev/null || echo 2)
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
rm -rf "$work"
mkdir -p "$work"
log="$work/log"

cmake -S "$root" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DCOSTSHARE_BUILD_TESTS=OFF -DCOSTSHARE_BUILD_EXAMPLES=ON >>"$log" 2>&1
cmake --build "$work/build" -j"$jobs" >>"$log" 2>&1
(cd "$work/build" && cpack -G DEB >>"$log" 2>&1 && cpack --config CPackSourceConfig.cmake >>"$log" 2>&1) ||
  { tail -n 30 "$log"; exit 1; }

runtime=$(ls "$work"/build/libcostshare1_*.deb)
dev=$(ls "$work"/build/libcostshare-dev_*.deb)
tools=$(ls "$work"/build/costshare-tools_*.deb)
tarball=$(ls "$work"/build/libcostshare-*.tar.gz)
# The runtime package must depend on libc6 exactly when the library links it
# (the library itself needs no libc function, so it may well not).
needed=$(objdump -p "$(find "$work/build" -name 'libcostshare.so.1.[0-9]*' -type f | head -n 1)" | awk '/NEEDED/ {print $2}')
info=$(dpkg-deb -I "$runtime")
case "$needed" in
  *libc.so.6*) case "$info" in *"Depends: "*libc6*) ;; *) echo "package: $runtime lacks its libc6 dependency"; exit 1 ;; esac ;;
esac
# (Listings are read whole: grep -q closing a pipe early fails under pipefail.)
contains() { grep -Eq "$2" <<<"$1"; }
contains "$(dpkg-deb -c "$runtime")" 'libcostshare\.so\.1\.0\.0' || { echo "package: no shared library in $runtime"; exit 1; }
contains "$(dpkg-deb -c "$dev")" 'include/costshare\.h' || { echo "package: no headers in $dev"; exit 1; }
contains "$(dpkg-deb -c "$dev")" 'pkgconfig/costshare\.pc' || { echo "package: no pkg-config file in $dev"; exit 1; }
contains "$(dpkg-deb -c "$tools")" 'usr/bin/costshare-split' || { echo "package: no programs in $tools"; exit 1; }
contains "$(dpkg-deb -c "$tools")" 'man1/costshare-split\.1' || { echo "package: no man pages in $tools"; exit 1; }
contains "$(tar -tzf "$tarball")" 'libcostshare-[0-9.]+/include/costshare\.h' || { echo "package: bad source tarball"; exit 1; }

cleanup() { "${as_root[@]}" dpkg -r costshare-tools libcostshare-dev libcostshare1 >/dev/null 2>&1 || true; }
trap cleanup EXIT
"${as_root[@]}" dpkg -i "$runtime" "$dev" "$tools" >>"$log" 2>&1 || { tail -n 20 "$log"; exit 1; }
# The installed tools run against the installed library.
costshare-split >/dev/null || { echo "package: the installed costshare-split does not run"; exit 1; }
cmake -S "$root/tests/consumer" -B "$work/consumer" >>"$log" 2>&1
cmake --build "$work/consumer" >>"$log" 2>&1
"$work/consumer/consumer" >/dev/null
cc -std=c99 -o "$work/pc-consumer" "$root/tests/consumer/main.c" $(pkg-config --cflags --libs costshare)
"$work/pc-consumer" >/dev/null
echo "package: $(basename "$runtime"), $(basename "$dev"), $(basename "$tools") and $(basename "$tarball") build, install and link"
