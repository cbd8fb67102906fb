#!/usr/bin/env bash
# The WebAssembly build, the npm package and the web page, end to end:
# installs the Debian packages (scripts/deps-web.sh) and the npm packages
# pinned in js/package-lock.json and web/package-lock.json, builds
# js/costshare.wasm from lib/, checks the TypeScript declarations with tsc
# --strict, runs the package's tests (node --test, the npm pack test
# included), assembles the page and runs it in headless chromium. The
# screenshots of the four sections are left in OUT/screenshots.
#
#   scripts/check-web.sh [OUT]      (default build-web)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${1:-$root/build-web}"
mkdir -p "$out"
out=$(cd "$out" && pwd)

scripts/deps-web.sh

echo "--- npm ci (js, web)"
(cd js && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
(cd web && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

echo "--- WebAssembly build"
js/build.sh "$out"

echo "--- TypeScript declarations (tsc --strict)"
(cd js && node node_modules/typescript/bin/tsc -p tsconfig.json)

echo "--- the npm package (node --test)"
(cd js && node --test --test-reporter=spec test/*.test.js)

echo "--- the page in chromium (node --test, playwright-core)"
web/build.sh "$out"
COSTSHARE_WEB_SITE="$out/site" COSTSHARE_WEB_SHOTS="$out/screenshots" node --test --test-reporter=spec web/test/

echo "check-web: all passed; the page is $out/site/index.html, screenshots in $out/screenshots"
