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

# One feature set for every build below, so the app, its tests and the end-to-end tests share
# one compilation (two feature sets used to build Tauri and its dependencies twice).
# custom-protocol embeds the built UI; e2e-hooks lets the tests replace the native file dialogs
# with VOIP_REVIEW_*_PATH variables. Release builds (scripts/run-app.sh) leave e2e-hooks out.
FEATURES="voip-contract-review/custom-protocol,voip-contract-review/e2e-hooks"

step "Clippy (warnings are errors)"
cargo clippy --workspace --all-targets --features "$FEATURES" -- -D warnings

step "Build the app, the CLI and every test once"
cargo build --workspace --bins --tests --features "$FEATURES"

step "Unit, integration, CLI and binding tests"
cargo test --workspace --features "$FEATURES"

step "End-to-end tests in the real WebKit window (Xvfb + tauri-driver)"
e2e() {
  xvfb-run -a -s "-screen 0 1280x800x24" \
    cargo test --workspace --features "$FEATURES" --test e2e -- --ignored --test-threads=1 "$@"
}
# One whole second run when the first fails: closing the window while text is being saved is
# known to hang now and then (see issue 10's note); the first run's failure stays in the log.
if ! e2e; then
  echo "==> WARNING: the end-to-end suite failed once; running it again"
  e2e
fi
