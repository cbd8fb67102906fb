#!/usr/bin/env bash
# The PostgreSQL extension, end to end, on Debian 12 (docs/postgresql.md):
#
#  1. installs the server and its development files (apt-get, as root or via sudo);
#  2. `make -C postgresql install` from a clean tree (the library's static
#     archive included) and checks that the shared object exports no
#     costshare_ symbol, only the entry points the install script names;
#  3. starts a throwaway server on 127.0.0.1 as the postgres user and runs
#     `make -C postgresql installcheck` (pg_regress) against it;
#  4. uninstalls, builds the Debian package postgresql-15-costshare, installs
#     it, and runs CREATE EXTENSION and the regression tests again on the
#     package alone;
#  5. purges the package and stops the server.
#
# The extension has to be in the server's own directories for CREATE
# EXTENSION, so steps 2 and 4 install there, and take out again whatever
# they put there, also when a step fails. A copy of the extension that this
# script did not install (its package, or files from another install) is
# never touched: the checks are then skipped, with the reason on the last
# line and in WORK_DIR/skipped.txt.
#
#   scripts/check-postgresql.sh [WORK_DIR]     # default build/test/postgresql
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/postgresql}"
major=15
export PG_CONFIG="${PG_CONFIG:-/usr/lib/postgresql/$major/bin/pg_config}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

packages=(postgresql-$major postgresql-server-dev-$major build-essential cmake dpkg-dev binutils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "postgresql: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 \
    "${missing[@]}" >/dev/null
fi

rm -rf "$work"
mkdir -p "$work"
chmod 755 "$work"
work=$(cd "$work" && pwd) # the server's socket directory must be absolute
log="$work/log"
pkglibdir=$("$PG_CONFIG" --pkglibdir)
sharedir=$("$PG_CONFIG" --sharedir)

. scripts/pg-temp-cluster.sh
package_name="postgresql-$major-costshare"
# Somebody else's copy: leave it alone.
theirs=""
status=$(dpkg-query -W -f='${Status}' "$package_name" 2>/dev/null || true)
case "$status" in
  *" not-installed" | "") ;;
  *) theirs="the package $package_name ($status)" ;;
esac
for f in "$pkglibdir/costshare.so" "$sharedir/extension/costshare.control"; do
  [ -n "$theirs" ] || [ ! -e "$f" ] || theirs="$f"
done
if [ -n "$theirs" ]; then
  reason="$theirs is already on this machine, not installed by this check; its install steps would replace it, so nothing ran"
  echo "$reason" >"$work/skipped.txt"
  echo "postgresql: skipped: $reason"
  exit 0
fi
made_install=""
deb_installed=""
cleanup() {
  pg_temp_stop
  if [ -n "$made_install" ]; then
    "${as_root[@]}" make -C "$root/postgresql" uninstall >/dev/null 2>&1 || true
  fi
  if [ -n "$deb_installed" ]; then
    "${as_root[@]}" dpkg --purge "$package_name" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# run_regress LABEL: pg_regress against the running server; the diffs on failure.
run_regress() {
  if ! make -C postgresql installcheck >"$work/installcheck-$1.log" 2>&1; then
    cat "$work/installcheck-$1.log"
    cat postgresql/regression.diffs 2>/dev/null || true
    echo "postgresql: installcheck failed ($1)"
    return 1
  fi
  grep -E 'tests passed|tests failed' "$work/installcheck-$1.log"
}

# check_symbols SO: the dynamic symbol table holds exactly the magic block and
# the entry points (with their pg_finfo_ records) that costshare--1.0.sql names;
# in particular no costshare_ function of the library.
check_symbols() {
  local so=$1 exported wanted
  exported=$(nm -D --defined-only "$so" | awk '$2 ~ /^[TDBRW]$/ {print $3}' | sort)
  if grep -q '^costshare_' <<<"$exported"; then
    echo "postgresql: $so exports library symbols:"
    grep '^costshare_' <<<"$exported"
    return 1
  fi
  wanted=$( (echo Pg_magic_func
    sed -n "s/.*'MODULE_PATHNAME', '\([a-z_]*\)'.*/\1/p" postgresql/costshare--1.0.sql |
      sed 'p; s/^/pg_finfo_/') | sort)
  if [ "$exported" != "$wanted" ]; then
    echo "postgresql: $so exports other symbols than the entry points:"
    diff <(echo "$wanted") <(echo "$exported") || true
    return 1
  fi
  echo "postgresql: $(basename "$so") exports $(wc -l <<<"$exported") symbols, no costshare_ one"
}

echo "postgresql: make -C postgresql install (clean tree)"
make -C postgresql clean >"$log" 2>&1
made_install=1
if [ ${#as_root[@]} -eq 0 ]; then
  make -C postgresql install >>"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
else
  make -C postgresql >>"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
  "${as_root[@]}" make -C postgresql install >>"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
fi
check_symbols postgresql/costshare.so

pg_temp_start "$work/cluster"
echo "postgresql: server $("$PG_CONFIG" --version) on 127.0.0.1:$PGPORT"
run_regress make-install

echo "postgresql: uninstall, then the Debian package alone"
"${as_root[@]}" make -C postgresql uninstall >>"$log" 2>&1
made_install=""
for f in "$pkglibdir/costshare.so" "$sharedir/extension/costshare.control"; do
  [ ! -e "$f" ] || { echo "postgresql: $f is still installed"; exit 1; }
done
deb=$(scripts/package-postgresql.sh "$work/package")
info=$(dpkg-deb -f "$deb" Package Depends)
grep -q "^Package: $package_name\$" <<<"$info" || { echo "postgresql: bad package name: $info"; exit 1; }
grep -q "^Depends: postgresql-$major\\b" <<<"$info" || { echo "postgresql: no server dependency: $info"; exit 1; }
deb_installed=1
"${as_root[@]}" dpkg -i "$deb" >>"$log" 2>&1 || { tail -n 20 "$log"; exit 1; }
owned=$(dpkg -L "$package_name")
for f in "$pkglibdir/costshare.so" "$sharedir/extension/costshare.control" \
    "$sharedir/extension/costshare--1.0.sql"; do
  grep -qx "$f" <<<"$owned" || { echo "postgresql: $package_name does not install $f"; exit 1; }
done
check_symbols "$pkglibdir/costshare.so"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE costshare_package'
got=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d costshare_package \
  -c 'CREATE EXTENSION costshare' \
  -c "SELECT costshare_split(763945, '{5453,21577,9882,158520,27019,43549,133749,14521,7421,7920,3733,11631,5343}')")
[ "$got" = "{9251,36605,16764,268922,45837,73879,226899,24634,12589,13436,6333,19732,9064}" ] ||
  { echo "postgresql: CREATE EXTENSION from the package gave: $got"; exit 1; }
echo "postgresql: $(basename "$deb") installed; CREATE EXTENSION costshare works from it"
run_regress package

# Purged here, so that a failure to purge fails the check.
"${as_root[@]}" dpkg --purge "$package_name" >>"$log" 2>&1 || { tail -n 20 "$log"; exit 1; }
deb_installed=""
left=$(dpkg-query -W -f='${Status}' "$package_name" 2>/dev/null || true)
case "$left" in *" not-installed" | "") ;; *) echo "postgresql: $package_name left as '$left'"; exit 1 ;; esac
for f in "$pkglibdir/costshare.so" "$sharedir/extension/costshare.control"; do
  [ ! -e "$f" ] || { echo "postgresql: $f is still there after the purge"; exit 1; }
done
echo "postgresql: extension, package and regression tests pass; nothing of them is left installed"
