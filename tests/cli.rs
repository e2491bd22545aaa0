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

fn calc(args: &[&str]) -> (bool, String, String) {
    let out = cli().arg("calc").args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn calc_json(args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.push("--json");
    let (ok, stdout, stderr) = calc(&all);
    assert!(ok, "{stderr}");
    serde_json::from_str(&stdout).unwrap()
}

#[test]
fn calc_needs_no_database_and_prints_formulas() {
    let (ok, text, _) = calc(&["downtime", "--uptime", "99.9"]);
    assert!(ok);
    assert!(text.contains("per month (1/12 yr) 43 min 48 s"));
    assert!(text.contains("Formula: downtime = period × (100 % − uptime)."));
    let d = calc_json(&["downtime", "--uptime", "99.99"]);
    assert_eq!(d["per_year_ms"], 3_153_600);

    let b = calc_json(&["bandwidth", "--codec", "g729", "--calls", "1"]);
    assert_eq!(b["line"]["per_call_bps"], 31_200.0);
    let b = calc_json(&["bandwidth", "--calls", "10", "--up", "5"]);
    assert_eq!(b["line"]["needed_bps"], 872_000.0);
    assert_eq!(b["line"]["max_calls_at_headroom"], 45);

    let c = calc_json(&[
        "credit",
        "--tier",
        "99.9:10",
        "--tier",
        "99.5:25",
        "--outage-minutes",
        "240",
        "--monthly",
        "342",
    ]);
    assert_eq!(c["credit_minor"], 8_550);

    let e = calc_json(&[
        "exit-cost",
        "--structure",
        "all-remaining",
        "--monthly",
        "342",
        "--month",
        "12",
    ]);
    assert_eq!(e[0]["fee_minor"], 820_800);
    let e = calc_json(&[
        "exit-cost",
        "--structure",
        "sliding",
        "--sliding",
        "100,50,25",
        "--monthly",
        "342",
    ]);
    let fees: Vec<i64> = e
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["fee_minor"].as_i64().unwrap())
        .collect();
    assert_eq!(fees, [1_026_000, 410_400, 102_600, 51_300]);

    let d = calc_json(&["dates", "--start", "2027-01-31", "--term", "1"]);
    assert_eq!(d["end"], "2027-02-28");
    assert_eq!(d["renewal"], "2027-03-01");

    let t = calc_json(&["tco", "--monthly", "610", "--upfront", "Setup=0"]);
    assert_eq!(t["total_minor"], 2_196_000);
}

/// The SLA window is a calendar period: each length, rounded to the nearest second.
#[test]
fn calc_downtime_and_credit_follow_the_calendar_window() {
    // 0.1 % × 28 × 86 400 s = 2 419.2 s → 40 min 19 s; × 30 d = 43 min 12 s; × 31 d =
    // 2 678.4 s → 44 min 38 s.
    let (ok, text, _) = calc(&["downtime", "--uptime", "99.9", "--window", "month"]);
    assert!(ok);
    assert!(
        text.contains("The contract measures each calendar month: 40 min 19 s in February (28 days), 41 min 46 s in a 29-day February (leap year), 43 min 12 s in a 30-day month, 44 min 38 s in a 31-day month."),
        "{text}"
    );
    // 99.99 % a 365-day year: 3 153.6 s → 52 min 34 s, not the truncated 52 min 33 s.
    let (_, text, _) = calc(&["downtime", "--uptime", "99.99"]);
    assert!(text.contains("per year            52 min 34 s"), "{text}");
    assert!(text.contains("Each calendar month (give --window for the contract's): 4 min 2 s in February (28 days)"), "{text}");
    let d = calc_json(&["downtime", "--uptime", "99.9", "--window", "quarter"]);
    // 0.1 % × 90, 91, 92 days.
    assert_eq!(d["window_lengths"][0]["allowance_ms"], 7_776_000);
    assert_eq!(d["window_lengths"][2]["allowance_ms"], 7_948_800);

    // 43 min 13 s down at 99.9 %: in February (2 593 / 2 419 200 s = 0.107 %, 99.8928 %) the
    // 10 % tier applies: $34.20 of $342; in a 31-day month (0.0968 %) nothing.
    let credit = |extra: &[&str]| {
        let mut args = vec![
            "credit",
            "--tier",
            "99.9:10",
            "--outage-minutes",
            "43.2166667",
            "--monthly",
            "342",
        ];
        args.extend_from_slice(extra);
        calc_json(&args)
    };
    let february = credit(&["--month", "2027-02"]);
    assert_eq!(february["window_days"], 28);
    assert_eq!(february["credit_minor"], 3_420);
    assert_eq!(credit(&["--days", "28"])["credit_minor"], 3_420);
    let march = credit(&["--month", "2027-03"]);
    assert_eq!(
        (march["window_days"].clone(), march["credit_minor"].clone()),
        (31.into(), 0.into())
    );
    // No month: the longest month, the owner's worst case.
    let unknown = credit(&[]);
    assert_eq!(unknown["window_days"], 31);
    assert_eq!(unknown["window_days_assumed"], true);
    let (_, text, _) = calc(&[
        "credit",
        "--tier",
        "99.9:10",
        "--outage-minutes",
        "60",
        "--monthly",
        "342",
    ]);
    assert!(
        text.starts_with("Window: a 31-day month (no --month or --days"),
        "{text}"
    );
    // Quarter containing 2028-02: 31 + 29 + 31 = 91 days.
    let q = credit(&["--window", "quarter", "--month", "2028-02"]);
    assert_eq!(q["window_days"], 91);
}

/// Bandwidth over each link, against Cisco document 7934 (G.711 20 ms: MLPPP 82.8, with cRTP
/// 67.6, Ethernet 87.2 kbps; iLBC 30 ms on Ethernet 28.8 kbps).
#[test]
fn calc_bandwidth_links_and_intervals() {
    let per_call = |args: &[&str]| {
        let mut all = vec!["bandwidth", "--calls", "1"];
        all.extend_from_slice(args);
        calc_json(&all)["line"]["per_call_bps"].as_f64().unwrap()
    };
    assert_eq!(per_call(&["--link", "mlppp"]), 82_800.0);
    assert_eq!(per_call(&["--link", "mlppp", "--crtp"]), 67_600.0);
    assert_eq!(per_call(&["--link", "ethernet"]), 87_200.0);
    // PPP: (160 + 40 + 6) × 8 × 50 = 82 400; 802.1Q: (160 + 40 + 22) × 400 = 88 800.
    assert_eq!(per_call(&["--link", "ppp"]), 82_400.0);
    assert_eq!(per_call(&["--link", "802.1q"]), 88_800.0);
    assert_eq!(per_call(&["--vlan"]), 88_800.0);
    // IP only: (160 + 40) × 400 = 80 000; cRTP with 4-byte headers on PPP: (160 + 4 + 6) × 400.
    assert_eq!(per_call(&["--no-ethernet"]), 80_000.0);
    assert_eq!(per_call(&["--link", "ppp", "--crtp-bytes", "4"]), 68_000.0);
    assert_eq!(per_call(&["--codec", "ilbc", "--ptime", "30"]), 28_800.0);
    let (ok, text, _) = calc(&["bandwidth", "--calls", "10", "--up", "1.08"]);
    assert!(ok);
    assert!(text.contains("Rule of thumb (for comparison, not a measurement): 1.000 Mbps at 100 kbps a call; 5.000 Mbps at a conservative 500 kbps"), "{text}");
    assert!(
        text.contains(
            "Upload use: 80.7 % (headroom 19.3 %): above 80 %, fix the line before go-live"
        ),
        "{text}"
    );
}

#[test]
fn calc_dates_counts_notice_back_from_the_clauses_date() {
    // The domain brief's example: 2027-01-31 + 36 months renews 2030-01-31, so the term ends
    // 2030-01-30. 60 days before the end of the term (the default): 2030-01-30 − 30 days =
    // 2029-12-31, − 30 more = 2029-12-01. Before the renewal date: 2029-12-02.
    let base = [
        "dates",
        "--start",
        "2027-01-31",
        "--term",
        "36",
        "--notice-days",
        "60",
        "--today",
        "2029-11-02",
    ];
    let d = calc_json(&base);
    assert_eq!(d["end"], "2030-01-30");
    assert_eq!(d["notice_deadline"], "2029-12-01");
    assert_eq!(d["notice_counted_before"], "end_of_term");
    assert_eq!(
        d["notice_rule"],
        "60 days before the end of the term (2030-01-30)"
    );
    // 2 November → 1 December: 29 days, under 30: a warning.
    assert_eq!(d["days_to_notice_deadline"], 29);
    assert_eq!(d["notice_status"], "soon");
    let (ok, text, stderr) = calc(&base);
    assert!(ok, "{stderr}");
    assert!(
        text.contains("Notice must arrive by  2029-12-01\n  rule                 60 days before the end of the term (2030-01-30)\n  from 2029-11-02      29 days left  WARNING: under 30 days left"),
        "{text}"
    );
    let mut renewal = base.to_vec();
    renewal.extend(["--counted-before", "renewal"]);
    let r = calc_json(&renewal);
    assert_eq!(r["notice_deadline"], "2029-12-02");
    assert_eq!(
        r["notice_rule"],
        "60 days before the renewal date (2030-01-31)"
    );
    // 2 November → 2 December: 30 days, no warning.
    assert_eq!(r["days_to_notice_deadline"], 30);
    assert_eq!(r["notice_status"], "ahead");

    // In months: two months before 2030-01-30 is 2029-11-30; once passed, it says so.
    let m = calc_json(&[
        "dates",
        "--start",
        "2027-01-31",
        "--notice-months",
        "2",
        "--today",
        "2029-12-03",
    ]);
    assert_eq!(m["notice_deadline"], "2029-11-30");
    assert_eq!(
        m["notice"],
        serde_json::json!({"unit": "months", "count": 2})
    );
    // 30 November → 3 December: 3 days late.
    assert_eq!(m["days_to_notice_deadline"], -3);
    assert_eq!(m["notice_status"], "passed");
    let (ok, text, _) = calc(&[
        "dates",
        "--start",
        "2027-01-31",
        "--notice-months",
        "2",
        "--today",
        "2029-12-03",
    ]);
    assert!(ok);
    assert!(
        text.contains("passed 3 days ago  WARNING: too late to stop this renewal"),
        "{text}"
    );
}

#[test]
fn calc_refuses_bad_input_naming_the_field_and_range() {
    for (args, message) in [
        (
            vec!["downtime", "--uptime", "100.5"],
            "Guaranteed uptime: must be a percentage between 0 % and 100 %, not 100.5",
        ),
        (
            vec!["downtime", "--uptime", "-1"],
            "Guaranteed uptime: must be a percentage between 0 % and 100 %, not -1",
        ),
        (
            vec!["bandwidth", "--calls", "-3"],
            "Peak concurrent calls: must be between 0 and 10000 calls, not -3",
        ),
        (
            vec!["bandwidth", "--calls", "1", "--crtp"],
            "Compressed RTP: applies only on PPP and MLPPP/Frame Relay serial links, not on Ethernet",
        ),
        (
            vec![
                "bandwidth",
                "--calls",
                "1",
                "--codec",
                "ilbc",
                "--ptime",
                "10",
            ],
            "Packetisation interval: iLBC is sent in 20, 30, 40 ms packets, not 10 ms",
        ),
        (
            vec![
                "credit",
                "--tier",
                "99.9:10",
                "--outage-minutes",
                "1",
                "--monthly",
                "1",
                "--days",
                "32",
            ],
            "Length of the measurement window: a calendar month has 28, 29, 30, 31 days, not 32",
        ),
        (
            vec![
                "credit",
                "--tier",
                "99.9:10",
                "--outage-minutes",
                "1",
                "--monthly",
                "1",
                "--month",
                "2027-13",
            ],
            "--month: must be a month as YYYY-MM, such as 2027-02, not \"2027-13\"",
        ),
        (
            vec![
                "dates",
                "--start",
                "2027-01-04",
                "--term",
                "12",
                "--notice-days",
                "400",
            ],
            "Notice period: 400 days is longer than the 12-month term",
        ),
        (
            vec![
                "dates",
                "--start",
                "2027-01-04",
                "--term",
                "12",
                "--notice-months",
                "12",
                "--counted-before",
                "renewal",
            ],
            "Notice period: 12 months is as long as the 12-month term; notice must fit within the term",
        ),
        (
            vec![
                "dates",
                "--start",
                "2027-01-04",
                "--notice-days",
                "60",
                "--counted-before",
                "start",
            ],
            "invalid value 'start' for '--counted-before <COUNTED_BEFORE>'",
        ),
        (
            vec!["tco", "--monthly", "342", "--escalator", "500"],
            "Annual price increase (escalator): must be a percentage between 0 % and 100 %, not 500",
        ),
        (
            vec!["tco", "--monthly", "3.456"],
            "--monthly: USD amounts have at most 2 decimals",
        ),
    ] {
        let (ok, _, stderr) = calc(&args);
        assert!(!ok, "{args:?} succeeded");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn review_files_and_backups_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let run = |args: &[&str]| {
        let out = cli().arg("--db").arg(&db).args(args).output().unwrap();
        (
            out.status.success(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    assert!(run(&["sample"]).0);
    let file = dir.path().join("review.json");
    let file_arg = file.to_str().unwrap();
    let (ok, _, stderr) = run(&["export-json", "1", "--out", file_arg]);
    assert!(ok, "{stderr}");
    // Refuses to replace without --force.
    let (ok, _, stderr) = run(&["export-json", "1", "--out", file_arg]);
    assert!(!ok && stderr.contains("exists"), "{stderr}");
    let (ok, stdout, _) = run(&["import", file_arg]);
    assert!(ok);
    assert_eq!(stdout.trim(), "2");

    // A broken file: non-zero exit, the JSON path and the rule, nothing written.
    let broken = dir.path().join("broken.json");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"term_months\": 36", "\"term_months\": 0");
    std::fs::write(&broken, text).unwrap();
    let (ok, _, stderr) = run(&["import", broken.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        stderr.contains(
            "$.review.context.term_months (Contract term): must be between 1 and 120 months"
        ),
        "{stderr}"
    );
    let (_, listed, _) = run(&["list", "--json"]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&listed)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let (ok, stdout, _) = run(&["backup"]);
    assert!(ok);
    assert!(stdout.trim().ends_with(".sqlite3") && std::path::Path::new(stdout.trim()).exists());
    let (ok, stdout, _) = run(&["backups", "--json"]);
    assert!(ok);
    let backups: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(
        backups
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["reviews"] == 2)
    );
}
