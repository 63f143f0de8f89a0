#!/usr/bin/env bash
# Build the app with trunk (release) and serve it on http://127.0.0.1:8080/ (rebuilds on change).
# Needs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# binaryen 132's wasm-opt from node_modules must come before any other wasm-opt (Trunk.toml pins it).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release --address 127.0.0.1 --port 8080 "$@"
