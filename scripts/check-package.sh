#!/usr/bin/env bash
# Debian packages: makes them with scripts/package.sh (lintian: no errors),
# checks what they hold, then installs them with dpkg into a throwaway root
# under WORK_DIR, never into this machine's system: there the installed
# programs and a consumer built with find_package and with pkg-config run
# against the installed library, and purging leaves nothing behind.
#
# The throwaway root holds this machine's dynamic loader, C library, /bin/sh
# and ldconfig (what the packages' scripts and programs need, copied), and a
# dpkg database listing the packages they depend on as this machine has them,
# so dpkg checks the dependencies for real. Needs root (dpkg --root and
# chroot), or sudo.
#
#   scripts/check-package.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/package}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
rm -rf "$work" 2>/dev/null || "${as_root[@]}" rm -rf "$work"
mkdir -p "$work"
log="$work/log"
fail() { echo "package: $*"; exit 1; }

scripts/package.sh "$work/out"
runtime=$(ls "$work"/out/libcostshare1_*.deb)
dev=$(ls "$work"/out/libcostshare-dev_*.deb)
tools=$(ls "$work"/out/costshare-tools_*.deb)
tarball=$(ls "$work"/out/libcostshare-*.tar.gz)
ours=(costshare-tools libcostshare-dev libcostshare1)
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)

# What the packages hold. (Listings are read whole: grep -q closing a pipe
# early fails under pipefail.)
contains() { grep -Eq "$2" <<<"$1"; }
libdir="usr/lib/$multiarch"
contains "$(dpkg-deb -c "$runtime")" " \./$libdir/libcostshare\.so\.1\.0\.0$" || fail "no shared library in /$libdir in $runtime"
contains "$(dpkg-deb -c "$dev")" ' \./usr/include/costshare\.h$' || fail "no headers in $dev"
contains "$(dpkg-deb -c "$dev")" " \./$libdir/pkgconfig/costshare\.pc$" || fail "no pkg-config file in /$libdir in $dev"
contains "$(dpkg-deb -c "$dev")" " \./$libdir/cmake/costshare/costshare-config\.cmake$" || fail "no CMake package in /$libdir in $dev"
contains "$(dpkg-deb -c "$tools")" ' \./usr/bin/costshare-split$' || fail "no programs in $tools"
contains "$(dpkg-deb -c "$tools")" ' \./usr/share/man/man1/costshare-split\.1\.gz$' || fail "no man pages in $tools"
contains "$(tar -tzf "$tarball")" 'libcostshare-[0-9.]+/include/costshare\.h' || fail "bad source tarball"
# Each binary package depends on libc6 when its ELF files need libc.so.6
# (dpkg-shlibdeps computed it), and the library package has a shlibs file.
for deb in "$runtime" "$tools"; do
  x="$work/x/$(basename "$deb" .deb)"
  mkdir -p "$x" && dpkg-deb -x "$deb" "$x"
  needed=$(find "$x" -type f \( -name '*.so.*' -o -path '*/bin/*' \) -exec objdump -p {} \; | awk '/NEEDED/ {print $2}')
  case "$needed" in
    *libc.so.6*) contains "$(dpkg-deb -f "$deb" Depends)" '(^|, )libc6 \(>= [0-9.]+\)' ||
      fail "$(basename "$deb") lacks its libc6 dependency" ;;
  esac
done
contains "$(dpkg-deb -I "$runtime" shlibs)" '^libcostshare 1 libcostshare1 ' || fail "$runtime has no shlibs file"

# The throwaway root.
r="$work/root"
mkdir -p "$r/var/lib/dpkg/info" "$r/var/lib/dpkg/updates" "$r/etc/ld.so.conf.d" "$r/tmp"
touch "$r/var/lib/dpkg/available"
# The dependencies, as this machine's dpkg database has them.
: >"$r/var/lib/dpkg/status"
for dep in $(for deb in "$runtime" "$dev" "$tools"; do dpkg-deb -f "$deb" Depends; done |
             tr ',|' '\n\n' | sed -E 's/^ +//; s/[ (:].*//; /^$/d' | sort -u); do
  case " ${ours[*]} " in *" $dep "*) continue ;; esac
  { dpkg-query -s "$dep:$arch" 2>/dev/null || dpkg-query -s "$dep"; } >>"$r/var/lib/dpkg/status" ||
    fail "dependency $dep is not installed on this machine"
  echo >>"$r/var/lib/dpkg/status"
done
# What runs inside: /bin/sh for the maintainer scripts, ldconfig, and the
# shared objects that they and the packages' programs need from this machine
# (the loader, the C library and whatever else the dependencies provide).
copy_in() {
  local f
  for f in "$@"; do
    mkdir -p "$r$(dirname "$f")"
    cp -L "$f" "$r$f"
  done
}
sh_bin=$(readlink -f /bin/sh)
copy_in "$sh_bin" /sbin/ldconfig
mkdir -p "$r/bin" && ln -sf "$sh_bin" "$r/bin/sh"
elf_needs() { ldd "$@" | grep -Eo '/[^ ]+' | grep -v "^$work/" | sort -u; }
copy_in $(elf_needs "$sh_bin")
copy_in $(LD_LIBRARY_PATH="$work/x/$(basename "$runtime" .deb)/$libdir" \
  elf_needs "$work/x/$(basename "$tools" .deb)"/usr/bin/*)
cp /etc/ld.so.conf "$r/etc/" && cp /etc/ld.so.conf.d/*.conf "$r/etc/ld.so.conf.d/"

dpkg_r() { "${as_root[@]}" dpkg --root="$r" "$@"; }
dpkg_r -i "$runtime" "$dev" "$tools" >>"$log" 2>&1 || { tail -n 20 "$log"; fail "dpkg -i into the throwaway root FAILED"; }
in_root() { "${as_root[@]}" chroot "$r" "$@"; }
# The installed programs, found by the loader through ldconfig's cache (no
# RUNPATH needed under /usr).
for p in costshare-split costshare-calendar costshare-notice costshare-stories; do
  in_root "/usr/bin/$p" --help >/dev/null || fail "the installed $p does not run"
done
in_root /usr/bin/costshare-split >/dev/null || fail "the installed costshare-split does not run"
# Consumers built here against the installed files, run inside.
cmake -S "$root/tests/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$r/usr" >>"$log" 2>&1 &&
  cmake --build "$work/consumer" >>"$log" 2>&1 || { tail -n 20 "$log"; fail "find_package consumer FAILED to build"; }
cp "$work/consumer/consumer" "$r/tmp/consumer"
in_root /tmp/consumer >/dev/null || fail "the find_package consumer does not run"
pc=$(PKG_CONFIG_PATH="$r/$libdir/pkgconfig" pkg-config --cflags --libs costshare)
case "$pc" in *"$r/"*) ;; *) fail "costshare.pc does not follow its own place: $pc" ;; esac
cc -std=c99 -o "$r/tmp/pc-consumer" "$root/tests/consumer/main.c" $pc
in_root /tmp/pc-consumer >/dev/null || fail "the pkg-config consumer does not run"

# Purging leaves no file and no dpkg entry behind.
dpkg_r --purge "${ours[@]}" >>"$log" 2>&1 || { tail -n 20 "$log"; fail "dpkg --purge FAILED"; }
left=$(find "$r/usr" -path '*costshare*' 2>/dev/null)
[ -z "$left" ] || fail "files left after purge: $left"
listed=$(dpkg_r -l "${ours[@]}" 2>&1 | grep -E '^[a-z]{2} ' || true)
[ -z "$listed" ] || fail "dpkg still lists after purge: $listed"
"${as_root[@]}" rm -rf "$r"
echo "package: $(basename "$runtime"), $(basename "$dev"), $(basename "$tools") and" \
  "$(basename "$tarball"): lintian clean, installed in a throwaway root, programs and" \
  "consumers run, purged clean"
