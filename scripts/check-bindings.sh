#!/usr/bin/env bash
# Consumers in other languages against a fresh build of the shared library:
# the Python binding's tests (bindings/python), and the Python, LuaJIT, Node.js,
# Java (JNA) and C# (Mono) examples (examples/python, examples/lua,
# examples/node, examples/java, examples/csharp) compared with their expected
# output.
# Installs the Node example's dependency (koffi) with npm ci first. Every one
# of them must run: a missing interpreter or a skipped test fails.
#
#   scripts/check-bindings.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/test/bindings}"
jobs=$(nproc 2>/dev/null || echo 2)
rm -rf "$work"
mkdir -p "$work"

for tool in python3 luajit node npm javac java mcs mono; do
  command -v "$tool" >/dev/null || { echo "bindings: $tool not found (scripts/deps.sh)"; exit 1; }
done
[ -f /usr/share/java/jna.jar ] || { echo "bindings: /usr/share/java/jna.jar not found (scripts/deps.sh)"; exit 1; }

echo "bindings: npm ci in examples/node"
if ! (cd examples/node && npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1); then
  cat "$work/npm.log"
  # A network that intercepts TLS presents its own certificate authority,
  # which Node does not trust until it is told to.
  if grep -Eqi 'self[- ]signed certificate|unable to get local issuer certificate|unable to verify the first certificate|SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE' "$work/npm.log"; then
    cat <<'HINT'
bindings: npm could not verify the registry's TLS certificate: this network
  intercepts TLS with a certificate authority (CA) of its own. Make npm trust
  it: add the CA to the system CA store (copy it, PEM, as a .crt file into
  /usr/local/share/ca-certificates/ and run update-ca-certificates), then point
  Node at the store and run again:
  NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt scripts/test.sh
HINT
    echo "  (An npm cafile setting replaces both; here npm config get cafile says: $(npm config get cafile 2>/dev/null || echo '?'))"
  fi
  exit 1
fi

# Only the shared library is needed; the tests come from ctest's "bindings" label.
cmake -S "$root" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_WERROR=ON \
  -DCOSTSHARE_BUILD_TESTS=ON -DCOSTSHARE_BUILD_EXAMPLES=OFF >"$work/configure.log"
cmake --build "$work/build" --target costshare_shared -j"$jobs" >"$work/build.log" 2>&1 ||
  { tail -n 40 "$work/build.log"; exit 1; }

listed=$(ctest --test-dir "$work/build" -N -L bindings)
for t in bindings_python example_python_split_and_notice example_lua_split_and_notice \
    example_node_split_and_notice example_java_split_and_notice \
    example_csharp_split_and_notice; do
  grep -q ": $t\$" <<<"$listed" || { echo "bindings: test $t not configured"; cat "$work/configure.log"; exit 1; }
done

ctest --test-dir "$work/build" -L bindings --output-on-failure | tee "$work/ctest.log"
if grep -q "Skipped" "$work/ctest.log"; then
  echo "bindings: a test was skipped"
  exit 1
fi
