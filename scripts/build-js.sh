#!/usr/bin/env bash
# Builds the engine as an ES module into pkg/: pkg/textlens.js and pkg/textlens_bg.wasm.
#   import init, { analyze } from "./pkg/textlens.js";
#   await init(); const report = analyze(text);
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown -p textlens-js
wasm-bindgen --target web --out-dir pkg --out-name textlens "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/textlens_js.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  pkg/textlens_bg.wasm -o pkg/textlens_bg.wasm
echo "pkg/textlens.js + pkg/textlens_bg.wasm ($(gzip -9c pkg/textlens_bg.wasm | wc -c) bytes gzipped)"
