#!/usr/bin/env bash
# Fuzzes the review-file parser and validator with libFuzzer (cargo-fuzz, nightly Rust).
# Usage: bash scripts/fuzz.sh [SECONDS]   (default 600). Installs what is missing.
# New corpus entries land in fuzz/corpus/review_file; minimise with
#   cargo +nightly fuzz cmin review_file   (run inside fuzz/) before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
seconds="${1:-600}"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cd fuzz
cargo +nightly fuzz run review_file corpus/review_file -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1
