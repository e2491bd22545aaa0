#!/usr/bin/env bash
# Runs every check and test: formatting, lints, unit, integration, CLI, binding drift and the
# end-to-end tests of the real app window under Xvfb. `.ci/run` calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

step "Rust formatting"
cargo fmt --all -- --check

step "UI format, types and Svelte checks"
npm --prefix ui run lint

step "UI build (embedded into the app)"
npm --prefix ui run build

step "Clippy (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "Unit, integration, CLI and binding tests"
cargo test --workspace

step "Build the app with its UI embedded, for the end-to-end tests"
# e2e-hooks lets the tests replace the native file dialogs with VOIP_REVIEW_*_PATH variables;
# release builds (scripts/run-app.sh, tauri build) leave it out and ignore those variables.
cargo build -p voip-contract-review --features custom-protocol,e2e-hooks

step "End-to-end tests in the real WebKit window (Xvfb + tauri-driver)"
xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test -p voip-review --test e2e -- --ignored --test-threads=1
