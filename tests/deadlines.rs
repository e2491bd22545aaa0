//! After signing: the signature date in the store, its history and review files; the calendar
//! file read back by an independent parser (the `ical` crate); the notice letter as text and
//! PDF; and the `deadlines`, `export-ics`, `notice-letter` and `mark-signed` commands.
//!
//! Every date is worked by hand from the example review: start 2027-01-04, 36 months, 90 days'
//! notice before the end of the term, 12-month renewals, a 30-day walk-away window, 2 months
//! at 50 % off, a 7 % escalator, a 12-month warranty.

mod common;

use std::path::Path;
use std::process::Command;
use voip_review_core::Store;
use voip_review_core::deadlines::{self, ics, letter};

fn d(text: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn signed_example(store: &mut Store) -> i64 {
    let id = store
        .insert_review(&voip_review_core::sample::example_review())
        .unwrap();
    store.set_signed(id, Some("1 Dec 2026")).unwrap();
    id
}

#[test]
fn the_signature_date_is_stored_checked_recorded_and_unmarked() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .insert_review(&voip_review_core::sample::example_review())
        .unwrap();
    assert_eq!(store.get_review(id).unwrap().signed_on, None);
    let fingerprint = voip_review_core::fingerprint::fingerprint(&store.get_review(id).unwrap());
    // Typed as people write it, stored as YYYY-MM-DD.
    store.set_signed(id, Some("1 Dec 2026")).unwrap();
    let review = store.get_review(id).unwrap();
    assert_eq!(review.signed_on.as_deref(), Some("2026-12-01"));
    assert_eq!(store.signed_review_ids().unwrap(), [id]);
    // The home list marks it a contract in force.
    assert_eq!(
        store.list_reviews("").unwrap()[0].signed_on.as_deref(),
        Some("2026-12-01")
    );
    // The signature is content: a signed paper copy must not match the unsigned one.
    assert_ne!(
        voip_review_core::fingerprint::fingerprint(&review),
        fingerprint
    );
    let err = store.set_signed(id, Some("2026-02-30")).unwrap_err();
    assert_eq!(err.field(), Some("signed_on"));
    assert_eq!(
        err.to_string(),
        "Signature date: is not a real date: February 2026 has 28 days"
    );
    store.set_signed(id, None).unwrap();
    assert_eq!(store.get_review(id).unwrap().signed_on, None);
    assert!(store.signed_review_ids().unwrap().is_empty());
    // Unsigned again, the fingerprint is the one it had.
    assert_eq!(
        voip_review_core::fingerprint::fingerprint(&store.get_review(id).unwrap()),
        fingerprint
    );
    let history = voip_review_core::display::history(&store, id, 5).unwrap();
    let shown: Vec<(&str, Option<&str>, Option<&str>)> = history
        .iter()
        .map(|h| (h.what.as_str(), h.old.as_deref(), h.new.as_deref()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Sign-off: Contract signed on", Some("1 Dec 2026"), None),
            ("Sign-off: Contract signed on", None, Some("1 Dec 2026")),
        ]
    );
    // A copy is a new review: not signed.
    store.set_signed(id, Some("2026-12-01")).unwrap();
    let copy = store.duplicate_review(id).unwrap();
    assert_eq!(store.get_review(copy).unwrap().signed_on, None);
    // A review in the trash is not a contract in force.
    store.delete_review(id).unwrap();
    assert!(store.signed_review_ids().unwrap().is_empty());
}

#[test]
fn an_older_database_upgrades_through_schema_7_with_nothing_signed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .insert_review(&voip_review_core::sample::example_review())
        .unwrap();
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        // Back to schema 5: undo 8 (the contract read), 7 (the signature date) and 6 (what a
        // competing quote states).
        common::undo_schema_9_language(&conn);
        common::undo_schema_8_contract(&conn);
        common::undo_schema_7(&conn);
        common::undo_schema_6(&conn);
        conn.pragma_update(None, "user_version", 5).unwrap();
        let columns: i64 = conn
            .query_row(
                "SELECT count(*) FROM pragma_table_info('reviews') WHERE name = 'signed_on'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(columns, 0);
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        voip_review_core::store::LATEST_VERSION
    );
    const { assert!(voip_review_core::store::LATEST_VERSION >= 7) };
    assert_eq!(store.get_review(id).unwrap().signed_on, None);
    store.set_signed(id, Some("2026-12-01")).unwrap();
    assert_eq!(
        store.get_review(id).unwrap().signed_on.as_deref(),
        Some("2026-12-01")
    );
}

#[test]
fn review_files_carry_the_signature_from_format_4_and_read_older_ones_unsigned() {
    let mut store = Store::open_in_memory().unwrap();
    let id = signed_example(&mut store);
    let bytes =
        voip_review_core::review_file::export(&store.get_review(id).unwrap(), chrono::Utc::now());
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json["format_version"], 4);
    assert_eq!(json["review"]["signed_on"], "2026-12-01");
    let imported = voip_review_core::review_file::parse(&bytes).unwrap();
    assert_eq!(imported.signed_on.as_deref(), Some("2026-12-01"));

    // A version 3 file has no signature: read as not signed.
    let mut v3 = json.clone();
    v3["format_version"] = 3.into();
    v3["review"].as_object_mut().unwrap().remove("signed_on");
    let parsed = voip_review_core::review_file::parse(&serde_json::to_vec(&v3).unwrap()).unwrap();
    assert_eq!(parsed.signed_on, None);
    // …and one that claims a signature is refused: the field did not exist in version 3.
    v3["review"]["signed_on"] = "2026-12-01".into();
    let err = voip_review_core::review_file::parse(&serde_json::to_vec(&v3).unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Review file: $.review.signed_on: appears in a format version 3 file; the signature date was added in format version 4"
    );
    // Files hold YYYY-MM-DD only.
    let mut loose = json.clone();
    loose["review"]["signed_on"] = "1 Dec 2026".into();
    let err =
        voip_review_core::review_file::parse(&serde_json::to_vec(&loose).unwrap()).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "Review file: $.review.signed_on (Signature date): must be a date written YYYY-MM-DD"
        ),
        "{err}"
    );
}

/// (DTSTART, DTEND, SUMMARY, UID) of each event, and the alarm triggers, as `ical` reads them.
type Event = (String, String, String, String, Vec<String>);

fn parse_calendar(text: &str) -> Vec<Event> {
    // RFC 5545 §3.1: lines end with CRLF and fold at 75 octets.
    assert!(text.contains("\r\n"), "CRLF line endings");
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "every line folded at 75 octets"
    );
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("parses");
    assert!(calendars.next().is_none());
    let property = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        property(&calendar.properties, "PRODID"),
        "-//VoIP Contract Review//Deadlines//EN"
    );
    calendar
        .events
        .iter()
        .map(|e| {
            // All-day: DTSTART and DTEND are DATE values, not times.
            for name in ["DTSTART", "DTEND"] {
                let p = e.properties.iter().find(|p| p.name == name).unwrap();
                let params = p.params.clone().unwrap_or_default();
                assert!(
                    params
                        .iter()
                        .any(|(k, v)| k == "VALUE" && v == &vec!["DATE".to_owned()]),
                    "{name} is a DATE: {params:?}"
                );
            }
            (
                property(&e.properties, "DTSTART"),
                property(&e.properties, "DTEND"),
                property(&e.properties, "SUMMARY"),
                property(&e.properties, "UID"),
                e.alarms
                    .iter()
                    .map(|a| property(&a.properties, "TRIGGER"))
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn the_calendar_file_parses_independently_with_every_date_worked_by_hand() {
    let mut store = Store::open_in_memory().unwrap();
    let id = signed_example(&mut store);
    let review = store.get_review(id).unwrap();
    let contract = deadlines::contract_deadlines(&review, d("2026-11-29"));
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-29T12:00:00Z")
        .unwrap()
        .to_utc();
    let text = ics::calendar(std::slice::from_ref(&contract), at);
    let events = parse_calendar(&text);
    let dates: Vec<(&str, &str, &str)> = events
        .iter()
        .map(|(start, end, _, uid, _)| (start.as_str(), end.as_str(), uid.as_str()))
        .collect();
    let uid = |key: &str| format!("review-{id}-{key}@voip-contract-review");
    let expected = [
        // 2027-01-04 + 30 days = 2027-02-03 (27 days to 31 January, 3 more).
        ("20270203", "20270204", uid("walk-away-end")),
        // Month 3, the first at full price, starts on 2027-03-04.
        ("20270304", "20270305", uid("promotion-end")),
        // 2027-01-04 + 12 months = 2028-01-04: the warranty's last day is 2028-01-03.
        ("20280103", "20280104", uid("warranty-end")),
        // Anniversaries: 2028-01-04 (USD 398.04) and 2029-01-04 (USD 425.90).
        ("20280104", "20280105", uid("price-increase-2")),
        ("20290104", "20290105", uid("price-increase-3")),
        // 2030-01-03 − 90 days: − 3 = 2029-12-31, − 31 = 2029-11-30, − 30 = 2029-10-31, − 26
        // = 2029-10-05.
        ("20291005", "20291006", uid("notice-deadline")),
        ("20300104", "20300105", uid("renewal")),
    ];
    assert_eq!(
        dates,
        expected
            .iter()
            .map(|(s, e, u)| (*s, *e, u.as_str()))
            .collect::<Vec<_>>()
    );
    // Only the notice deadline has reminders: 30 and 7 days before it (2029-09-05, 2029-09-28).
    let alarms: Vec<&Vec<String>> = events.iter().map(|e| &e.4).collect();
    for (event, triggers) in events.iter().zip(&alarms) {
        if event.3 == uid("notice-deadline") {
            assert_eq!(**triggers, ["-P30D", "-P7D"]);
        } else {
            assert!(triggers.is_empty(), "{}", event.3);
        }
    }
    let notice = events
        .iter()
        .find(|e| e.3 == uid("notice-deadline"))
        .unwrap();
    assert_eq!(notice.2, "Notice deadline: Example: 12-seat office quote");
    // The description says what to do, the clause and the notice method (unfolded, unescaped).
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let description = calendars.next().unwrap().unwrap().events[5]
        .properties
        .iter()
        .find(|p| p.name == "DESCRIPTION")
        .and_then(|p| p.value.clone())
        .unwrap()
        .replace("\\,", ",")
        .replace("\\;", ";");
    assert!(
        description.contains("Send it early enough to arrive by this day."),
        "{description}"
    );
    assert!(
        description.contains("Master Services Agreement §9.3"),
        "{description}"
    );
    assert!(
        description.contains("Written notice by email to contracts@northwind-voice.example"),
        "{description}"
    );

    // The dates are the calculators': the notice deadline is the review's own figure.
    let figure = voip_review_core::insights::insights(&review, None)
        .calculations
        .dates
        .unwrap();
    assert_eq!(figure.notice_deadline.as_deref(), Some("2029-10-05"));
    assert_eq!(figure.renewal, "2030-01-04");

    // Stable: regenerated later, after the start date moved a week, the UIDs are the same and
    // the dates follow (2027-01-11 + 36 months = 2030-01-11, ends 2030-01-10, − 90 days =
    // 2029-10-12).
    store
        .set_context_field(
            id,
            &voip_review_core::model::ContextEdit::StartDate(Some("2027-01-11".into())),
        )
        .unwrap();
    let moved = deadlines::contract_deadlines(&store.get_review(id).unwrap(), d("2026-12-15"));
    let later = chrono::DateTime::parse_from_rfc3339("2026-12-15T08:00:00Z")
        .unwrap()
        .to_utc();
    let again = parse_calendar(&ics::calendar(&[moved], later));
    let uids = |e: &[Event]| e.iter().map(|x| x.3.clone()).collect::<Vec<_>>();
    assert_eq!(uids(&again), uids(&events));
    let notice = again
        .iter()
        .find(|e| e.3 == uid("notice-deadline"))
        .unwrap();
    assert_eq!(notice.0, "20291012");
}

fn cli(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_voip-review"));
    cmd.env_remove("VOIP_REVIEW_DB").arg("--db").arg(db);
    cmd
}

fn run(cmd: &mut Command) -> (String, String) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for this test: {e}"));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_command_line_marks_signed_lists_deadlines_and_writes_the_calendar_and_the_letter() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let (id, _) = run(cli(&db).arg("sample"));
    let id = id.trim();
    // Nothing signed yet.
    let (out, _) = run(cli(&db).args(["deadlines"]));
    assert!(out.starts_with("No signed contracts."), "{out}");
    let out = cli(&db)
        .args(["export-ics", id, "--out"])
        .arg(dir.path().join("x.ics"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains(&format!("Review: {id} is not marked signed")),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let (out, _) = run(cli(&db).args(["mark-signed", id, "--on", "2026-12-01"]));
    assert_eq!(
        out,
        format!("Review {id} is a signed contract since 1 Dec 2026\n")
    );

    // From 5 September 2029: the notice deadline is 30 days away, the renewal 121 (25 days of
    // September left + 31 + 30 + 31 + 4).
    let (out, _) = run(cli(&db).args(["deadlines", "--json", "--today", "2029-09-05"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows: Vec<(String, String, i64)> = json["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["key"].as_str().unwrap().to_owned(),
                d["date"].as_str().unwrap().to_owned(),
                d["days_left"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("notice-deadline".to_owned(), "2029-10-05".to_owned(), 30),
            ("renewal".to_owned(), "2030-01-04".to_owned(), 121),
        ]
    );
    let (out, _) = run(cli(&db).args(["deadlines", "--within", "30", "--today", "2029-09-05"]));
    assert!(out.contains("5 Oct 2029   30 days left"), "{out}");
    assert!(!out.contains("Renewal"), "{out}");

    // A day late: the table says OVERDUE and the next exit in plain words.
    let (out, _) = run(cli(&db).args(["deadlines", "--today", "2029-10-06"]));
    assert!(out.contains("passed 1 day ago"), "{out}");
    assert!(out.contains("OVERDUE"), "{out}");
    assert!(
        out.contains("The next possible exit is 3 Jan 2031, the end of that term; notice must arrive by 5 Oct 2030."),
        "{out}"
    );

    let ics_path = dir.path().join("all.ics");
    let (out, _) = run(cli(&db)
        .args(["export-ics", "--all", "--out"])
        .arg(&ics_path));
    assert!(out.ends_with("(7 events, 1 contract)\n"), "{out}");
    let events = parse_calendar(&std::fs::read_to_string(&ics_path).unwrap());
    assert_eq!(events.len(), 7);
    // An existing file is kept unless --force.
    let out = cli(&db)
        .args(["export-ics", id, "--out"])
        .arg(&ics_path)
        .output()
        .unwrap();
    assert!(!out.status.success());
    run(cli(&db)
        .args(["export-ics", id, "--force", "--out"])
        .arg(&ics_path));

    // The letter as plain text, then as a PDF on A4 and Letter.
    let txt = dir.path().join("letter.txt");
    let (_, reminder) = run(cli(&db)
        .args([
            "notice-letter",
            id,
            "--format",
            "txt",
            "--today",
            "2029-09-05",
            "--out",
        ])
        .arg(&txt));
    assert_eq!(
        reminder,
        "The letter must arrive by 5 Oct 2029 (30 days left). Send it early: the day it arrives counts, not the day it is sent. Keep proof of delivery. How: Written notice by email to contracts@northwind-voice.example.\n"
    );
    let text = std::fs::read_to_string(&txt).unwrap();
    for expected in [
        "Harbour Street Dental\n\n5 Sep 2029\n\nTo: Northwind Voice\n",
        "Subject: Notice of non-renewal: Northwind Voice, Business Pro (12 seats) (account or quote reference NWV-Q-2026-0418)",
        "which started on 4 Jan 2027 for a term of 36 months.",
        "Relying on Master Services Agreement §9.3 of the contract, we ask that the contract end at the end of the current term, on 3 Jan 2030 (our last day of service)",
        "no later than 5 Oct 2029",
        "as the contract requires: written notice by email to contracts@northwind-voice.example.",
        "1. Confirm in writing",
        "2. Release our telephone numbers",
        "3. Send us, before 3 Jan 2030, an export of our call records, call recordings and voicemail messages",
        "Sam Okafor, Managing partner, Harbour Street Dental\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // A day late: the letter asks for the end of the first renewal term, 2031-01-03, and must
    // arrive by 2030-10-05.
    let late = dir.path().join("late.txt");
    let (_, reminder) = run(cli(&db)
        .args([
            "notice-letter",
            id,
            "--format",
            "txt",
            "--today",
            "2029-10-06",
            "--out",
        ])
        .arg(&late));
    assert!(
        reminder.starts_with("The letter must arrive by 5 Oct 2030 (364 days left)."),
        "{reminder}"
    );
    let text = std::fs::read_to_string(&late).unwrap();
    assert!(
        text.contains("at the end of the current renewal term, on 3 Jan 2031"),
        "{text}"
    );

    for (paper, size) in [("a4", "595.28 x 841.89"), ("letter", "612 x 792")] {
        let pdf = dir.path().join(format!("letter-{paper}.pdf"));
        let (out, _) = run(cli(&db)
            .args([
                "notice-letter",
                id,
                "--paper",
                paper,
                "--today",
                "2029-09-05",
                "--out",
            ])
            .arg(&pdf));
        assert!(out.contains("(1 page,"), "{out}");
        let check = tool("qpdf", &["--check"], &pdf);
        assert!(
            check.contains("No syntax or stream encoding errors"),
            "{check}"
        );
        let info = tool("pdfinfo", &[], &pdf);
        let flat_info = info.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat_info.contains(&format!("Page size: {size} pts")),
            "{info}"
        );
        assert!(flat_info.contains("Pages: 1 "), "{info}");
        let fonts = tool("pdffonts", &[], &pdf);
        // Embedded, subset fonts, as in the summary PDF.
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes yes ")),
            "{fonts}"
        );
        let out = Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let flat = String::from_utf8(out.stdout)
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for expected in [
            "Harbour Street Dental",
            "Subject: Notice of non-renewal: Northwind Voice",
            "on 3 Jan 2030 (our last day of service)",
            "no later than 5 Oct 2029",
            "Master Services Agreement §9.3",
            "Sam Okafor, Managing partner, Harbour Street Dental",
        ] {
            assert!(flat.contains(expected), "missing {expected:?} in {flat}");
        }
    }

    // Unmarked, the contract is a review again.
    let (out, _) = run(cli(&db).args(["mark-signed", id, "--unmark"]));
    assert_eq!(out, format!("Review {id} is no longer marked signed\n"));
    let (out, _) = run(cli(&db).args(["deadlines"]));
    assert!(out.starts_with("No signed contracts."), "{out}");
}

#[test]
fn the_letter_is_refused_for_an_unsigned_review_and_without_a_start_date() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .insert_review(&voip_review_core::sample::example_review())
        .unwrap();
    let review = store.get_review(id).unwrap();
    let found = deadlines::contract_deadlines(&review, d("2027-06-01"));
    let err = letter::notice_letter(&review, &found, d("2027-06-01")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Notice letter: needs a signed contract: mark the review signed first"
    );
    store.set_signed(id, Some("2026-12-01")).unwrap();
    store
        .set_context_field(id, &voip_review_core::model::ContextEdit::StartDate(None))
        .unwrap();
    let review = store.get_review(id).unwrap();
    let found = deadlines::contract_deadlines(&review, d("2027-06-01"));
    let err = letter::notice_letter(&review, &found, d("2027-06-01")).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Notice letter: No start date is entered"),
        "{err}"
    );
    let err = deadlines::calendar_for(&[found], chrono::Utc::now()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Calendar file: has no deadlines to write. No start date is entered"),
        "{err}"
    );
}
