//! The top-level tests/ folder holds the tests of three packages (the core's, the command's in
//! cli/Cargo.toml, the end-to-end tests' in tests/e2e/Cargo.toml), so none is found by Cargo on
//! its own (`autotests = false`). This fails when a test file is added without being declared,
//! which would otherwise never run.

use std::path::Path;

#[test]
fn every_test_file_is_declared_in_a_manifest() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let core = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let cli = std::fs::read_to_string(root.join("cli/Cargo.toml")).unwrap();
    let mut undeclared = Vec::new();
    for entry in std::fs::read_dir(root.join("tests")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let in_core = core.contains(&format!("[[test]]\nname = \"{stem}\"\n"));
        let in_cli = cli.contains(&format!("path = \"../tests/{stem}.rs\""));
        if !in_core && !in_cli {
            undeclared.push(stem);
        }
    }
    undeclared.sort();
    assert!(
        undeclared.is_empty(),
        "tests/{{{}}}.rs: declare each as a [[test]] in Cargo.toml (core) or cli/Cargo.toml (runs the command)",
        undeclared.join(",")
    );
}
