//! The UI's TypeScript types are generated from the Rust types; this fails when they drift.
//! Regenerate with `UPDATE_BINDINGS=1 cargo test --test bindings`.

use std::path::Path;
use voip_review_core::bindings::{BINDINGS_PATH, typescript};

#[test]
fn generated_typescript_bindings_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
    let expected = typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "{BINDINGS_PATH} is stale: run `UPDATE_BINDINGS=1 cargo test --test bindings` and commit it"
    );
}
