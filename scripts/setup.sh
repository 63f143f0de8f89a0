#!/usr/bin/env bash
# Installs everything coroscope needs to build and test, on a fresh Debian machine (run as root).
# Idempotent: each step is skipped when the right thing is already there. About 15-25 minutes on
# a fresh 2-core machine (trunk is the long part), seconds when everything is in place.
#
#   apt:   chromium + chromium-driver (browser tests), a small CJK font (screenshots)
#   rust:  the wasm32-unknown-unknown target, trunk 0.21.14, wasm-bindgen-cli = Cargo.lock's
#          wasm-bindgen (its wasm-bindgen-test-runner runs tests/web.rs)
#   npm:   node_modules/ from package-lock.json: binaryen 132 (wasm-opt), playwright-core (e2e)
#   cargo: every crate in Cargo.lock (trunk builds with --offline)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
started=$SECONDS
step() { printf '\n==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
# Build installed tools quickly: they are not what we ship.
fast_install() { CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- Debian packages -------------------------------------------------------------------------
step "Debian packages"
apt_wanted=(chromium chromium-driver fonts-wqy-microhei)
have cc || apt_wanted+=(build-essential)
have node || apt_wanted+=(nodejs)
apt_missing=()
for pkg in "${apt_wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    apt_missing+=("$pkg")
  fi
done
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "installing: ${apt_missing[*]}"
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${apt_missing[@]}" </dev/null
else
  echo "already installed: ${apt_wanted[*]}"
fi
if ! have npm; then
  echo "installing: npm"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y npm </dev/null
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "warning: node $(node --version) is older than playwright-core needs (>= 20)" >&2
fi

# --- Rust ------------------------------------------------------------------------------------
step "Rust toolchain"
if ! have cargo || ! have rustup; then
  echo "error: cargo and rustup are needed (Rust 1.95, https://rustup.rs)" >&2
  exit 1
fi
rustc --version
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "wasm32-unknown-unknown: already installed"
else
  rustup target add wasm32-unknown-unknown
fi

step "Rust crates (cargo fetch: trunk builds offline)"
cargo fetch
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wasm_bindgen_version" ]; then
  echo "error: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
echo "wasm-bindgen in Cargo.lock: $wasm_bindgen_version"

step "trunk $TRUNK_VERSION"
if have trunk && [ "$(trunk --version)" = "trunk $TRUNK_VERSION" ]; then
  echo "already installed: $(trunk --version)"
else
  echo "building trunk from crates.io (10-18 minutes on 2 cores)"
  fast_install --locked trunk --version "$TRUNK_VERSION"
fi

step "wasm-bindgen-cli $wasm_bindgen_version"
if have wasm-bindgen && [ "$(wasm-bindgen --version)" = "wasm-bindgen $wasm_bindgen_version" ] && have wasm-bindgen-test-runner; then
  echo "already installed: $(wasm-bindgen --version)"
else
  # Not --locked: its own lock file does not build with this toolchain.
  fast_install wasm-bindgen-cli --version "$wasm_bindgen_version"
fi

# --- npm -------------------------------------------------------------------------------------
step "npm packages (binaryen, playwright-core)"
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
  && [ node_modules/.package-lock.json -nt package.json ]; then
  echo "node_modules is up to date"
else
  npm ci --no-audit --no-fund
fi

step "Versions"
echo "rustc:        $(rustc --version)"
echo "trunk:        $(trunk --version)"
echo "wasm-bindgen: $(wasm-bindgen --version)"
echo "wasm-opt:     $(node_modules/.bin/wasm-opt --version)"
echo "node:         $(node --version)   playwright-core $(node -p 'require("playwright-core/package.json").version')"
echo "chromium:     $(chromium --version 2>/dev/null)"
echo "chromedriver: $(chromedriver --version)"
echo "setup: done in $((SECONDS - started)) s"
