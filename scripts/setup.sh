#!/usr/bin/env bash
# Installs what building and testing textlens needs, skipping whatever is already there.
#
#   scripts/setup.sh            the build tools: wasm32 target, trunk, wasm-bindgen, wasm-opt
#   scripts/setup.sh --browser  the same, plus the browsers for the end-to-end tests (Chromium,
#                               Firefox ESR, WebKitGTK's WebDriver under Xvfb) and their npm packages
#
# Heavy Rust tools are compiled with a light profile: it takes minutes instead of half an hour,
# and they run fast enough.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
ESBUILD_VERSION=0.28.2
TOOLS="$PWD/.tools"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

light_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=64 \
  CARGO_PROFILE_RELEASE_DEBUG=0 CARGO_PROFILE_RELEASE_INCREMENTAL=false cargo install --quiet "$@"
}

export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes)"
  light_install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
fi

# wasm-bindgen must match the version in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  # Not --locked: one of its locked dependencies is no longer published.
  light_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WASM_BINDGEN_VERSION: update it" >&2
  exit 1
fi

# wasm-opt from npm's binaryen (Debian's is too old for what current Rust emits).
if [ "$("$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "binaryen@$BINARYEN_VERSION"
fi

# esbuild minifies the page's JavaScript module in release builds (scripts/postbuild.py).
if [ "$("$TOOLS/node_modules/.bin/esbuild" --version 2>/dev/null)" != "$ESBUILD_VERSION" ]; then
  say "installing esbuild (npm esbuild@$ESBUILD_VERSION)"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "esbuild@$ESBUILD_VERSION"
fi

if [ "${1:-}" = "--browser" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || missing+=(libwebkit2gtk-4.1-0)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # The test packages (playwright-core 1.64.1: 1.65 fails against Firefox ESR; axe-core), as locked.
  lock_sum=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
  if [ "$(cat tests/e2e/node_modules/.lock-sum 2>/dev/null)" != "$lock_sum" ]; then
    say "installing the end-to-end test packages"
    npm ci --silent --no-audit --no-fund --prefix tests/e2e
    echo "$lock_sum" > tests/e2e/node_modules/.lock-sum
  fi
fi
