//! The rules the app relies on hold on the command line and on import too: the size of a
//! comparison, the history page, the default file names and every field length limit.

use std::path::Path;
use std::process::{Command, Output};
use voip_review_core::model::AreaTextField;
use voip_review_core::store::HISTORY_PAGE_SIZE;

fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_voip-review"))
        .env_remove("VOIP_REVIEW_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn refusal(out: &Output) -> String {
    assert!(!out.status.success(), "expected a refusal");
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// A database holding the example review twice; returns the ids.
fn two_examples(db: &Path) -> (String, String) {
    let first = stdout(&cli(db, &["sample"])).trim().to_owned();
    let second = stdout(&cli(db, &["sample"])).trim().to_owned();
    (first, second)
}

#[test]
fn a_comparison_takes_two_to_four_different_reviews() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rules.sqlite3");
    let (a, b) = two_examples(&db);

    let one = refusal(&cli(&db, &["compare", &a]));
    assert_eq!(
        one.trim(),
        "voip-review: Reviews to compare: choose between 2 and 4 reviews, not 1"
    );
    // Five ids are refused before any is looked up (none of 7, 8, 9 exists).
    let five = refusal(&cli(&db, &["compare", &a, &b, "7", "8", "9"]));
    assert!(
        five.contains("choose between 2 and 4 reviews, not 5"),
        "{five}"
    );
    let twice = refusal(&cli(&db, &["compare", &a, &a]));
    assert!(
        twice.contains(&format!(
            "list each review once (review {a} is listed twice)"
        )),
        "{twice}"
    );

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&cli(&db, &["compare", &a, &b, "--json"]))).unwrap();
    let reviews = json["reviews"].as_array().unwrap();
    assert_eq!(reviews.len(), 2);
    // The example: USD 20,164.08 over 36 months = USD 560.11 a month (20,164.08 / 36 =
    // 560.113…); equal reviews keep the order given.
    assert_eq!(reviews[0]["monthly_average"], "USD 560.11");
    assert_eq!(reviews[0]["rank"], 1);
    assert_eq!(reviews[1]["rank"], 2);

    let table = stdout(&cli(&db, &["compare", &a, &b]));
    assert!(
        table.contains(&format!("Example: 12-seat office quote (id {a}, rank 1)")),
        "{table}"
    );
    assert!(table.contains("Monthly average    USD 560.11"), "{table}");
}

#[test]
fn the_history_shows_the_same_page_as_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rules.sqlite3");
    let id = {
        let mut store = voip_review_core::Store::open(&db).unwrap();
        let id = store
            .create_review(
                &voip_review_core::model::ReviewContext {
                    provider: "Acme Voice".into(),
                    ..Default::default()
                },
                voip_review_core::i18n::Lang::En,
            )
            .unwrap();
        // One change more than a page holds.
        for n in 1..=HISTORY_PAGE_SIZE + 1 {
            store
                .set_area_text(id, "sla", AreaTextField::Notes, &format!("note {n}"))
                .unwrap();
        }
        id
    };
    let id = id.to_string();
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&cli(&db, &["history", &id, "--json"]))).unwrap();
    let entries = json.as_array().unwrap();
    assert_eq!(entries.len(), 500);
    assert_eq!(entries[0]["what"], "Service level agreement (SLA): notes");
    assert_eq!(entries[0]["old"], "note 500");
    assert_eq!(entries[0]["new"], "note 501");
    // The oldest shown is the change to note 2; note 1 and the review's creation fall off.
    assert_eq!(entries[499]["new"], "note 2");

    let table = stdout(&cli(&db, &["history", &id]));
    assert!(
        table.contains("Service level agreement (SLA): notes: note 500 → note 501"),
        "{table}"
    );
}

#[test]
fn exports_without_out_use_the_apps_default_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rules.sqlite3");
    let (a, _) = two_examples(&db);
    let today = chrono::Local::now().date_naive().format("%Y-%m-%d");
    for (command, extension) in [("export-json", "json"), ("export-pdf", "pdf")] {
        let out = Command::new(env!("CARGO_BIN_EXE_voip-review"))
            .env_remove("VOIP_REVIEW_DB")
            .current_dir(dir.path())
            .arg("--db")
            .arg(&db)
            .args([command, &a])
            .output()
            .unwrap();
        let printed = stdout(&out);
        let name = format!("Northwind Voice – VoIP contract review – {today}.{extension}");
        assert!(printed.starts_with(&name), "{printed}");
        assert!(dir.path().join(&name).is_file(), "{name} was not written");
        // A second run refuses to replace it, as with --out.
        let again = Command::new(env!("CARGO_BIN_EXE_voip-review"))
            .env_remove("VOIP_REVIEW_DB")
            .current_dir(dir.path())
            .arg("--db")
            .arg(&db)
            .args([command, &a])
            .output()
            .unwrap();
        assert!(refusal(&again).contains("already exists"));
    }
}

/// Every limit of the table, one character over, in a review file: import refuses it naming the
/// field, its limit and the length; at the limit it is accepted.
#[test]
fn imports_refuse_every_field_over_its_limit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rules.sqlite3");
    let (a, _) = two_examples(&db);
    let file = dir.path().join("example.json");
    stdout(&cli(
        &db,
        &["export-json", &a, "--out", file.to_str().unwrap()],
    ));
    let original: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();

    // (limit id, where it sits in the file, label) for every entry of the table.
    let cases: &[(&str, &str, &str)] = &[
        ("context.reviewer", "/review/context/reviewer", "Reviewer"),
        ("context.company", "/review/context/company", "Company"),
        ("context.provider", "/review/context/provider", "Provider"),
        ("context.plan", "/review/context/plan", "Plan"),
        (
            "context.quote_reference",
            "/review/context/quote_reference",
            "Quote reference",
        ),
        (
            "signoff.approver_name",
            "/review/signoff/approver_name",
            "Approver name",
        ),
        (
            "signoff.approver_role",
            "/review/signoff/approver_role",
            "Approver role",
        ),
        (
            "signoff.conditions",
            "/review/signoff/conditions",
            "Conditions",
        ),
        ("quote.provider", "/review/quotes/0/provider", "Competitor"),
        ("quote.notes", "/review/quotes/0/notes", "Key differences"),
        ("area.notes", "/review/areas/0/notes", "Notes"),
        (
            "area.clause_reference",
            "/review/areas/0/clause_reference",
            "Clause reference",
        ),
        (
            "area.clause_text",
            "/review/areas/0/clause_text",
            "Quoted clause text",
        ),
    ];
    assert_eq!(cases.len(), voip_review_core::limits::FIELD_LIMITS.len());
    for (limit_id, pointer, label) in cases {
        let max = voip_review_core::limits::max_chars(limit_id);
        for (length, accepted) in [(max, true), (max + 1, false)] {
            let mut edited = original.clone();
            *edited.pointer_mut(pointer).unwrap() = "x".repeat(length).into();
            let path = dir.path().join(format!("{limit_id}-{length}.json"));
            std::fs::write(&path, serde_json::to_vec(&edited).unwrap()).unwrap();
            let out = cli(&db, &["import", path.to_str().unwrap()]);
            if accepted {
                stdout(&out);
            } else {
                let message = refusal(&out);
                assert!(
                    message.contains(&format!(
                        "({label}): must be at most {max} characters (it has {length})"
                    )),
                    "{limit_id}: {message}"
                );
            }
        }
    }
}
