#!/usr/bin/env bash
# Installs what is missing and serves the page at http://127.0.0.1:8080 (rebuilt on change).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
exec trunk serve --offline --address 127.0.0.1 --port 8080 "$@"
