#!/usr/bin/env bash
# Every public header compiles on its own, as strict C99 and as C++ (extern "C"),
# with -pedantic -Werror, and the umbrella header declares everything in C++ too.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for h in include/costshare.h include/costshare/*.h; do
  name=${h#include/}
  printf '#include <%s>\n#include <%s>\nint costshare_header_check_%d(void);\nint costshare_header_check_%d(void) { return 0; }\n' \
    "$name" "$name" "$n" "$n" >"$work/t$n.c"
  gcc -std=c99 -pedantic -Werror -Wall -Wextra -Wconversion -Wstrict-prototypes -Wmissing-prototypes \
    -Wundef -Iinclude -c "$work/t$n.c" -o "$work/t$n.o" ||
    { echo "header $h: not self-contained strict C99"; exit 1; }
  cp "$work/t$n.c" "$work/t$n.cpp"
  g++ -std=c++11 -pedantic -Werror -Wall -Wextra -Wundef -Iinclude -c "$work/t$n.cpp" -o "$work/t$n.cpp.o" ||
    { echo "header $h: does not compile as C++"; exit 1; }
  # C linkage: the C++ object must reference costshare_ functions unmangled.
  n=$((n + 1))
done
# In C++, the declarations must have C linkage (unmangled names).
cat >"$work/link.cpp" <<'CPP'
#include <costshare.h>
int main() { return costshare_version_number() > 0 ? 0 : 1; }
CPP
g++ -std=c++11 -Iinclude -c "$work/link.cpp" -o "$work/link.o"
if nm "$work/link.o" | grep -q '_Z.*costshare_version_number'; then
  echo "costshare.h: functions get C++ linkage"; exit 1
fi
echo "headers: $n headers compile alone as C99 and C++"
