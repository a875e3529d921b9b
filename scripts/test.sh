#!/usr/bin/env bash
# Every test: installs what is missing, then the engine's and CLI's native tests, the release
# builds (CLI, page, JavaScript module) and the end-to-end tests in Chromium, Firefox ESR and
# WebKitGTK.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests (engine, CLI)"
cargo test --workspace --quiet

step "release builds: CLI, page (trunk), JavaScript module"
cargo build --quiet --release --bin textlens
trunk build --release --offline
./scripts/build-js.sh

cd tests/e2e
browser_tests=$(ls ./*.test.js | grep -v webkit)
step "end-to-end tests in headless Chromium"
BROWSER=chromium node --test --test-concurrency=1 $browser_tests
step "end-to-end tests in Firefox ESR"
BROWSER=firefox node --test --test-concurrency=1 $browser_tests
step "end-to-end tests in WebKitGTK (WebDriver, under Xvfb)"
node --test --test-concurrency=1 ./webkit.test.js
