#!/usr/bin/env bash
# Makes the Debian packages (libcostshare1, libcostshare-dev, costshare-tools)
# and the source tarball, and checks the packages with lintian: any error
# fails. The build tree is configured for them (-DCOSTSHARE_DEB=ON: prefix
# /usr, the multiarch libdir) with Debian's build flags (dpkg-buildflags,
# hardening on). Needs dpkg-dev, file and lintian (scripts/deps.sh installs
# them). Changes nothing outside OUT_DIR.
#
#   scripts/package.sh [OUT_DIR]     (default build/package; the files land there)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${1:-$root/build/package}"
jobs=$(nproc 2>/dev/null || echo 2)

for tool in cmake dpkg-buildflags dpkg-shlibdeps file lintian; do
  command -v "$tool" >/dev/null ||
    { echo "package: $tool not found (apt-get install dpkg-dev file lintian, or scripts/deps.sh)"; exit 1; }
done

rm -rf "$out"
mkdir -p "$out"
log="$out/log"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
CFLAGS="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
export CFLAGS LDFLAGS
if ! { cmake -S "$root" -B "$out/build" -DCOSTSHARE_DEB=ON -DCMAKE_BUILD_TYPE=Release \
         -DCOSTSHARE_BUILD_TESTS=OFF -DCOSTSHARE_BUILD_EXAMPLES=ON &&
       cmake --build "$out/build" -j"$jobs" &&
       (cd "$out/build" && cpack -G DEB && cpack --config CPackSourceConfig.cmake); } >>"$log" 2>&1; then
  tail -n 30 "$log"
  echo "package: the package build FAILED (log: $log)"
  exit 1
fi
mv "$out"/build/*.deb "$out"/build/libcostshare-*.tar.gz "$out"/

if ! lintian --tag-display-limit 0 --fail-on error "$out"/*.deb >"$out/lintian.txt" 2>&1; then
  cat "$out/lintian.txt"
  echo "package: lintian reports errors"
  exit 1
fi
# (As root, lintian says it would rather not be; that line is no finding.)
sed -i '/running with root privileges is not recommended/d' "$out/lintian.txt"
[ -s "$out/lintian.txt" ] && cat "$out/lintian.txt"
echo "package: $(cd "$out" && echo *.deb libcostshare-*.tar.gz) in $out; lintian: no errors"
