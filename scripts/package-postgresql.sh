#!/usr/bin/env bash
# Builds the Debian package postgresql-<major>-costshare: the extension as
# `make -C postgresql install` installs it (shared object, control file,
# install script), staged with DESTDIR, plus its copyright file, packed with
# dpkg-deb. It depends on the server package of the PostgreSQL it was built
# for and on what dpkg-shlibdeps finds the shared object links (libc6); the
# library itself is inside the shared object, so nothing else. Checked with
# lintian (no errors).
#
#   scripts/package-postgresql.sh [OUT_DIR]    # default build/postgresql-package
#
# Prints the path of the .deb. PG_CONFIG names the PostgreSQL to build for.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${1:-$root/build/postgresql-package}"
pg_config="${PG_CONFIG:-pg_config}"

major=$("$pg_config" --version | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p')
[ -n "$major" ] || { echo "package: cannot read the PostgreSQL major version from $pg_config" >&2; exit 1; }
version=$(sed -n 's/^#define COSTSHARE_VERSION_STRING "\(.*\)"$/\1/p' include/costshare/version.h)
name="postgresql-$major-costshare"
arch=$(dpkg --print-architecture)

rm -rf "$out"
stage="$out/stage"
mkdir -p "$stage/DEBIAN"
make -C postgresql install DESTDIR="$stage" PG_CONFIG="$pg_config" >"$out/build.log" 2>&1 ||
  { tail -n 40 "$out/build.log" >&2; exit 1; }

doc="$stage/usr/share/doc/$name"
mkdir -p "$doc"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: libcostshare"
  echo
  echo "Files: *"
  echo "Copyright: $(sed -n 's/^Copyright (c) //p' LICENSE)"
  echo "License: Expat"
  sed -e 's/^$/./' -e 's/^/ /' LICENSE
} >"$doc/copyright"

# Debian wants a changelog in every package (a native one: changelog.gz);
# its date honours SOURCE_DATE_EPOCH, for reproducible packages.
when=$(date -u -R ${SOURCE_DATE_EPOCH:+-d "@$SOURCE_DATE_EPOCH"})
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
  "$name" "$version" "$version" "libcostshare maintainers <maintainers@example.invalid>" "$when" |
  gzip -9n >"$doc/changelog.gz"

# Stripped of debugging information; its dynamic symbols stay.
so=$(find "$stage" -name costshare.so -type f)
strip --strip-unneeded "$so"
mkdir -p "$out/shlibs/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" >"$out/shlibs/debian/control"
shlibs=$(cd "$out/shlibs" && dpkg-shlibdeps -O "$so" 2>>"$out/build.log" | sed -n 's/^shlibs:Depends=//p')
depends="postgresql-$major${shlibs:+, $shlibs}"

(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | xargs -0 md5sum) \
  >"$stage/DEBIAN/md5sums"
cat >"$stage/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: libcostshare maintainers <maintainers@example.invalid>
Depends: $depends
Section: database
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Homepage: https://example.invalid/libcostshare
Description: exact cost splits, Swedish dates and agreement lifecycle for PostgreSQL $major
 The costshare extension (CREATE EXTENSION costshare) brings libcostshare into
 the database: population-based splits with the largest-remainder method as
 functions and as a window function, exact scaling, date arithmetic and public
 holidays by the Swedish rules (Lag 1930:173, Lag 1989:253), notice periods,
 refunds and the agreement lifecycle table. The library is linked in; the
 extension needs no other package.
EOF

deb="$out/${name}_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$stage" "$deb" >>"$out/build.log"
# Debian's package checker: any error fails (as root it says it would rather
# not be; that line is no finding).
if command -v lintian >/dev/null; then
  if ! lintian --tag-display-limit 0 --fail-on error "$deb" >"$out/lintian.txt" 2>&1; then
    cat "$out/lintian.txt" >&2
    echo "package: lintian reports errors in $deb" >&2
    exit 1
  fi
  sed -i '/running with root privileges is not recommended/d' "$out/lintian.txt"
  cat "$out/lintian.txt" >&2
else
  echo "package: lintian not found (apt-get install lintian), $deb not checked" >&2
  [ -z "${CI:-}" ] || exit 1
fi
echo "$deb"
