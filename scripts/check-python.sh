#!/usr/bin/env bash
# The Python package (bindings/python) as a user gets it, offline:
#   1. python3 -m build --no-isolation --wheel: a wheel with libcostshare.so.1
#      built from lib/ and bundled inside (its exported symbols checked);
#   2. that wheel installed into a fresh virtual environment with nothing else
#      (no system site packages, no COSTSHARE_LIBRARY, no PYTHONPATH) runs
#      examples/python/split_and_notice.py to its expected output;
#   3. pip install --no-build-isolation ./bindings/python into a second
#      environment that sees Debian's pytest, hypothesis and numpy, which runs
#      the whole test suite (pytest) against the installed package;
#   4. mypy --strict on the package and on a typed caller (through the
#      installed package's py.typed).
# Uses Debian's /usr/bin/python3, for which the python3-* packages below are
# installed (a python3 earlier on PATH, such as a pyenv build, does not see
# them), and installs those packages when missing (apt-get, as root or via sudo).
#
#   scripts/check-python.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/python}"
py=/usr/bin/python3

packages=(python3 python3-venv python3-setuptools python3-wheel python3-build
          python3-pytest python3-hypothesis python3-numpy python3-mypy gcc libc6-dev binutils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  echo "python: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null || {
    "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
    "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  }
fi

rm -rf "$work" bindings/python/build bindings/python/costshare.egg-info
mkdir -p "$work"
work=$(cd "$work" && pwd)
clean() { rm -rf "$root/bindings/python/build" "$root/bindings/python/costshare.egg-info"; }
trap clean EXIT
# Nothing from the caller's environment chooses the library or the modules.
unset COSTSHARE_LIBRARY PYTHONPATH PYTHONHOME

echo "python: building the wheel"
"$py" -m build --no-isolation --wheel --outdir "$work/dist" bindings/python >"$work/build.log" 2>&1 ||
  { tail -n 40 "$work/build.log"; exit 1; }
wheel=$(ls "$work"/dist/costshare-*-py3-none-*.whl)
echo "python: $(basename "$wheel")"

echo "python: a fresh virtual environment with the wheel alone"
"$py" -m venv "$work/bare"
"$work/bare/bin/python" -m pip install -q --no-index --no-deps "$wheel"
bundled=$(cd "$work" && "$work/bare/bin/python" -c \
  'import costshare, os; assert costshare._native.path == costshare._native.BUNDLED, costshare._native.path; print(costshare._native.path)')
case "$bundled" in "$work/bare/"*) ;; *) echo "python: loaded $bundled, not the bundled copy"; exit 1;; esac
"$py" scripts/check_symbols.py "$bundled" "$root"
(cd "$work" && "$work/bare/bin/python" "$root/examples/python/split_and_notice.py") >"$work/example.txt"
diff -u examples/python/expected.txt "$work/example.txt"
echo "python: examples/python/split_and_notice.py gives its expected output"

echo "python: pip install --no-build-isolation ./bindings/python, and the tests"
"$py" -m venv --system-site-packages "$work/test"
"$work/test/bin/python" -m pip install -q --no-index --no-build-isolation ./bindings/python \
  >"$work/pip.log" 2>&1 || { tail -n 40 "$work/pip.log"; exit 1; }
clean
(cd "$work" && "$work/test/bin/python" -c \
  'import costshare, sys; assert costshare.__file__.startswith(sys.prefix), costshare.__file__')
(cd "$work" && "$work/test/bin/python" -m pytest -p no:cacheprovider -q -ra \
  "$root/bindings/python/tests")

echo "python: mypy --strict"
(cd bindings/python && "$py" -m mypy --strict --no-incremental costshare tests/typecheck_usage.py)
(cd "$work" && "$py" -m mypy --strict --no-incremental --python-executable "$work/test/bin/python" \
  --config-file "$root/bindings/python/pyproject.toml" "$root/bindings/python/tests/typecheck_usage.py")
