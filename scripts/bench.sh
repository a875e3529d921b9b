#!/usr/bin/env bash
# The benchmarks: native (criterion, on the engine) and in headless Chromium (textlens's
# JavaScript module against compromise and wink-nlp, and the page's own figures).
#   scripts/bench.sh            both
#   scripts/bench.sh browser    only the browser one (add --quick for one run each)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
npm install --silent --no-audit --no-fund --prefix bench
./scripts/build-js.sh
trunk build --release --offline
if [ "${1:-}" != "browser" ]; then
  node bench/prepare.js
  cargo bench -p textlens-engine --bench analyze
fi
[ "${1:-}" = "browser" ] && shift
node bench/run.js "$@"
