#!/usr/bin/env bash
# Quick start: install what is missing, build, and open the app. On first start it shows an
# example review ("Example: 12-seat office quote") so you can see a finished one.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm --prefix ui run build
cargo build --release -p voip-review-app --features custom-protocol
exec ./target/release/voip-contract-review "$@"
