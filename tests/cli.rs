//! The `voip-review` command line over the same store.

use std::process::Command;

fn cli() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_voip-review"));
    cmd.env_remove("VOIP_REVIEW_DB");
    cmd
}

#[test]
fn sample_then_list_as_table_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");

    let out = cli().arg("--db").arg(&db).arg("sample").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id: i64 = String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .expect("prints the id");

    let out = cli()
        .arg("--db")
        .arg(&db)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.as_array().unwrap().len(), 1);
    assert_eq!(items[0]["id"], id);
    assert_eq!(items[0]["title"], "Example: 12-seat office quote");
    assert_eq!(items[0]["provider"], "Northwind Voice");
    assert_eq!(items[0]["reviewed_areas"], 10);
    assert_eq!(items[0]["is_example"], true);

    let out = cli().arg("--db").arg(&db).arg("list").output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("Example: 12-seat office quote"), "{table}");
    assert!(table.contains("10/10"), "{table}");

    // The environment variable selects the same database.
    let out = cli()
        .env("VOIP_REVIEW_DB", &db)
        .args(["list", "--json"])
        .output()
        .unwrap();
    let again: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(again, items);
}

#[test]
fn list_search_filters() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    assert!(
        cli()
            .arg("--db")
            .arg(&db)
            .arg("sample")
            .status()
            .unwrap()
            .success()
    );
    let out = cli()
        .arg("--db")
        .arg(&db)
        .args(["list", "--json", "--search", "nobody"])
        .output()
        .unwrap();
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items, serde_json::json!([]));
}

#[test]
fn a_newer_database_makes_the_cli_fail_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("newer.sqlite3");
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let out = cli().arg("--db").arg(&db).arg("list").output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("newer version of VoIP Contract Review"),
        "{stderr}"
    );
}

#[test]
fn export_pdf_writes_once_and_replaces_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let out = cli().arg("--db").arg(&db).arg("sample").output().unwrap();
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let pdf = dir.path().join("summary.pdf");

    let run = |extra: &[&str]| {
        cli()
            .arg("--db")
            .arg(&db)
            .args(["export-pdf", &id, "--out"])
            .arg(&pdf)
            .args(extra)
            .output()
            .unwrap()
    };
    let first = run(&["--paper", "letter"]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(String::from_utf8_lossy(&first.stdout).contains("fingerprint"));

    let again = run(&[]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        bytes,
        "not replaced without --force"
    );

    assert!(run(&["--force"]).status.success());

    let missing = cli()
        .arg("--db")
        .arg(&db)
        .args(["export-pdf", &id, "--out"])
        .arg(dir.path().join("nowhere/summary.pdf"))
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nowhere"));

    let unknown = cli()
        .arg("--db")
        .arg(&db)
        .args(["export-pdf", "999", "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("No review with id 999"));
}
