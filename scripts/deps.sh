#!/usr/bin/env bash
# Installs what the whole test suite needs on Debian 12 (apt-get, as root or
# via sudo). Packages already present are not downloaded again, so a second
# run costs nothing. What it installs stays installed, and it adds the i386
# architecture to dpkg (README: what the test command changes).
set -euo pipefail

packages=(
  build-essential cmake pkg-config   # compilers (C, and C++ for the header check) and build
  libcmocka-dev                      # unit tests
  gcc-multilib libc6-dev-i386        # the 32-bit build
  libcmocka-dev:i386                 #   and its test framework
  abigail-tools binutils             # ABI baseline check (abidw, abidiff, nm, objdump)
  doxygen graphviz                   # documentation, built with warnings as errors
  python3                            # symbol check, Python binding, differential tests
  clang libclang-rt-14-dev           # libFuzzer harnesses with ASan/UBSan
  gcovr                              # line and branch coverage
  cppcheck clang-tidy valgrind       # static analysis, memcheck of the examples
  groff-base                         # the man pages are checked with groff -man -ww
  dpkg-dev fakeroot file             # CPack's Debian packages (dpkg-shlibdeps)
  lintian                            #   checked by Debian's own package checker
  luajit                             # the LuaJIT example (its built-in ffi)
  libxlsxwriter-dev                  # the programs' --xlsx workbooks (found by pkg-config)
  frama-c-base                       # the proof of absence of runtime errors (EVA)
  openjdk-17-jdk-headless libjna-java  # the Java example (JNA)
  mono-mcs mono-runtime              # the C# example (DllImport on Mono)
)
# The Node.js example (koffi from npm): Debian's nodejs 18 and npm, unless a
# node is already installed (from elsewhere, with its own npm).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi

if ! dpkg --print-foreign-architectures | grep -qx i386; then
  echo "deps: adding the i386 architecture to dpkg, for good (the 32-bit build's libcmocka-dev:i386)"
  "${as_root[@]}" dpkg --add-architecture i386
  need_update=1
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ] && [ -z "${need_update:-}" ]; then
  exit 0
fi

echo "deps: installing ${missing[*]:-nothing new (package lists only)}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
