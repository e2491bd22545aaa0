#!/usr/bin/env bash
# Start-up time and memory of the release app against a minimal Tauri 2 window built from the
# same workspace in the same run, both under Xvfb without a window manager.
#   bash scripts/bench-start.sh [ROUNDS]     (default 7 rounds; about 20 s a round)
# Method and figures: docs/performance.md. Heavy (a release build): not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rounds=${1:-7}

target_dir=$(cargo metadata --format-version 1 --no-deps --locked |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')

echo "==> Building the app as it is packaged (scripts/build-deb.sh)"
# The very binary the .deb installs; skip with BENCH_START_SKIP_BUILD=1 after a build-deb.
if [[ ${BENCH_START_SKIP_BUILD:-} != 1 ]]; then
  bash scripts/build-deb.sh
fi

echo "==> Building the minimal window and the harness (release)"
# Selecting the app's package too gives Tauri the same features in both windows, and reuses
# the app's compiled dependencies; only the two small programs are built.
cargo build --release --locked -p voip-review-app -p start-bench \
  --bin minimal-window --bin bench-start --features start-bench/bench

echo "==> Measuring ($rounds rounds)"
# Inside a session bus, as on a desktop: without one, GTK's accessibility bridge and the app's
# single-instance check spend 0.2–0.3 s looking for a bus no desktop lacks (docs/performance.md).
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$target_dir/release/bench-start" \
  --app "$target_dir/release/voip-contract-review" \
  --minimal "$target_dir/release/minimal-window" \
  --runs "$rounds"
