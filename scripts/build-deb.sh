#!/usr/bin/env bash
# Builds an installable Debian package: target/release/bundle/deb/*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The Tauri CLI runs from the root: the app crate is src-tauri/, the front end ui/.
TAURI_APP_PATH=src-tauri TAURI_FRONTEND_PATH=ui ui/node_modules/.bin/tauri build --bundles deb
ls -1 target/release/bundle/deb/*.deb
