#!/usr/bin/env bash
# Fuzzes the review-file parser and validator and the contract reader (extraction of PDF, DOCX
# and text, then the finder) with libFuzzer (cargo-fuzz, nightly Rust).
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
#   SECONDS per target (default 600); targets: review_file contract (default: both).
# Installs what is missing (the nightly toolchain, cargo-fuzz). One job per target (-j1 is
# libFuzzer's default), built in fuzz/target unless CARGO_TARGET_DIR says otherwise.
# New corpus entries land in fuzz/corpus/TARGET; minimise with
#   cargo +nightly fuzz cmin TARGET   (run inside fuzz/) before committing them.
# A crash is written to fuzz/artifacts/TARGET/; replay it with
#   cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/crash-…
# Not part of scripts/test.sh: it runs for minutes and needs nightly.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(review_file contract)
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cd fuzz
for target in "${targets[@]}"; do
  case "$target" in
    review_file) max_len=65536 ;;
    # Room for a small PDF or DOCX; the corpus seeds are 2–6 KB.
    contract) max_len=131072 ;;
    *) echo "unknown fuzz target: $target (review_file, contract)" >&2; exit 2 ;;
  esac
  mkdir -p "corpus/$target"
  cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1
done
