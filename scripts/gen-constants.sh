#!/usr/bin/env bash
# Prints the constant table of lib/constants.c from the public headers: every
# numeric COSTSHARE_ macro (not *_INIT initializers, the version string,
# header guards or the export/declaration helpers), sorted by name.
# tests/test_constants.c checks the committed table against the headers.
set -euo pipefail
cd "$(dirname "$0")/.."
cc=${CC:-cc}
"$cc" -std=c99 -dM -E -Iinclude include/costshare.h |
  awk '$1 == "#define" && $2 ~ /^COSTSHARE_/ && $2 !~ /\(/ && NF >= 3 { print $2 }' |
  grep -Ev '_INIT$|^COSTSHARE_(API|BEGIN_DECLS|END_DECLS|VERSION_STRING)$' |
  LC_ALL=C sort |
  awk '{ printf "    CONSTANT(%s),\n", $1 }'
