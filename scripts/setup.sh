#!/usr/bin/env bash
# Installs whatever is missing to build, run and test VoIP Contract Review on Debian 12 /
# Ubuntu 22.04+: system packages, the UI's npm packages and tauri-driver. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # build the Tauri app (mold: the test build links its two dozen programs with it)
  build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev librsvg2-dev curl mold
  # run and drive it headless in tests (dbus-daemon: the start benchmark's session bus;
  # xdotool: real mouse-wheel events)
  xvfb xauth webkit2gtk-driver dbus-daemon xdotool
  # screenshots, PDF checks (poppler, qpdf) and fonts (Droid Sans Fallback: the CJK face of a
  # Chinese review's PDF, also a dependency of the .deb)
  imagemagick poppler-utils qpdf fonts-dejavu-core fonts-droid-fallback
  # the UI toolchain
  nodejs npm
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Node may come from elsewhere (nvm, NodeSource): only install Debian's when there is none.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for pkg in "${missing[@]}"; do [[ $pkg == nodejs || $pkg == npm ]] || filtered+=("$pkg"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if ((${#missing[@]})); then
  echo "==> Installing system packages: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is missing: install it from https://rustup.rs (stable), then run this again." >&2
  exit 1
fi

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
if [[ ! -x "$CARGO_BIN/tauri-driver" ]] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "==> Installing tauri-driver"
  # A debug build: it only relays WebDriver calls, and it compiles in a fraction of the time.
  cargo install tauri-driver --locked --quiet --debug
fi

if [[ ! -d ui/node_modules ]] || [[ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]]; then
  echo "==> Installing UI packages"
  # `npm ci` trips over an optional Windows-only dependency of a dev tool; install honours the lock file.
  npm --prefix ui install --no-audit --no-fund --loglevel=error
fi
