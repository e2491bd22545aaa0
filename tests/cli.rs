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

/// `voip-review list | head -1`: the reader closes the pipe after the first line. The command
/// then ends quietly with status 0, as other tools do, instead of panicking.
#[test]
fn output_to_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let out = cli().arg("--db").arg(&db).arg("sample").output().unwrap();
    assert!(out.status.success());

    // Whatever the command prints: a list, a table of figures, help from the argument parser.
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["calc", "tco", "--monthly", "610"],
        &["--help"],
    ] {
        // The reading end is closed before the command starts, so its first write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = cli()
            .arg("--db")
            .arg(&db)
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {stderr}", out.status);
        assert_eq!(stderr, "", "{args:?}");
    }
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
fn calc_exit_cost_adds_port_out_clawback_and_hardware() {
    // $342 a month, first 2 months at 50 % off, all remaining charges on exit, 12 numbers at
    // $15, discounts clawed back, phones financed at $40 for 24 months. After month 12:
    // fee 24 × $342 = $8,208; port-out 12 × $15 = $180; clawback 2 × $171 = $342;
    // hardware 12 × $40 = $480. Cost to leave $8,208 + 180 + 342 + 480 = $9,210.
    let e = calc_json(&[
        "exit-cost",
        "--structure",
        "all-remaining",
        "--monthly",
        "342",
        "--promo-months",
        "2",
        "--promo-percent",
        "50",
        "--clawback",
        "--port-out-fee",
        "15",
        "--numbers",
        "12",
        "--hardware-monthly",
        "40",
        "--hardware-months",
        "24",
        "--month",
        "12",
    ]);
    assert_eq!(e[0]["fee_minor"], 820_800);
    assert_eq!(e[0]["port_out_minor"], 18_000);
    assert_eq!(e[0]["clawback_minor"], 34_200);
    assert_eq!(e[0]["hardware_balance_minor"], 48_000);
    assert_eq!(e[0]["total_minor"], 921_000);
    // A 30-day window from 2027-02-01: month 1 (28 days, to 2027-03-01) is free.
    let e = calc_json(&[
        "exit-cost",
        "--structure",
        "all-remaining",
        "--monthly",
        "342",
        "--walkaway-days",
        "30",
        "--start",
        "2027-02-01",
        "--month",
        "1",
    ]);
    assert_eq!(e[0]["days_of_service"], 28);
    assert_eq!(e[0]["within_walkaway"], true);
    assert_eq!(e[0]["fee_minor"], 0);
    // Without a start date a month counts as 31 days: month 1 is outside a 30-day window and
    // the text says so. 35 × $342 = $11,970.
    let (ok, text, _) = calc(&[
        "exit-cost",
        "--structure",
        "all-remaining",
        "--monthly",
        "342",
        "--walkaway-days",
        "30",
        "--month",
        "1",
    ]);
    assert!(ok);
    assert!(text.contains("USD 11,970.00"), "{text}");
    assert!(text.contains("each month counts as 31 days"), "{text}");
}

#[test]
fn calc_tco_counts_promotion_support_from_year_two_and_hardware() {
    // $300 a month for 36 months; first 2 months at 50 % off ($150 each); support $50 a month
    // from month 13 (24 × $50 = $1,200); phones $40 × 24 = $960.
    // 36 × $300 − $300 + $1,200 + $960 = $12,660.
    let t = calc_json(&[
        "tco",
        "--monthly",
        "300",
        "--promo-months",
        "2",
        "--promo-percent",
        "50",
        "--support",
        "50",
        "--support-free-first-year",
        "--hardware-monthly",
        "40",
        "--hardware-months",
        "24",
    ]);
    assert_eq!(t["recurring_total_minor"], 1_170_000);
    assert_eq!(t["hardware_payments_minor"], 96_000);
    assert_eq!(t["total_minor"], 1_266_000);
}

#[test]
fn calc_tco_says_when_taxes_are_left_out_because_they_are_not_sure() {
    // $300 × 36 = $10,800.00, nothing for taxes: the total says they are not included.
    let (ok, text, stderr) = calc(&["tco", "--monthly", "300", "--taxes-not-sure"]);
    assert!(ok, "{stderr}");
    assert!(
        text.contains("Total          USD 10,800.00, taxes not included\n  Taxes and fees are not included: whether they are charged on top is \"Not sure\"."),
        "{text}"
    );
    let t = calc_json(&["tco", "--monthly", "300", "--taxes-not-sure"]);
    assert_eq!(t["total_minor"], 1_080_000);
    assert!(
        t["taxes_left_out"]
            .as_str()
            .unwrap()
            .contains("\"Not sure\"")
    );
    // Known taxes: no such note. 10 % of $10,800 = $1,080; total $11,880.
    let t = calc_json(&["tco", "--monthly", "300", "--taxes", "10"]);
    assert_eq!(t["total_minor"], 1_188_000);
    assert_eq!(t["taxes_left_out"], serde_json::Value::Null);
    let (ok, _, stderr) = calc(&[
        "tco",
        "--monthly",
        "300",
        "--taxes",
        "10",
        "--taxes-not-sure",
    ]);
    assert!(!ok);
    assert!(stderr.contains("--taxes"), "{stderr}");
}

#[test]
fn calc_tco_refuses_a_total_past_the_representable_range() {
    // Year 10: 10¹¹ cents × 90,001 seats × 2⁹ ≈ 4.6 × 10¹⁸ cents a month; 12 of those months
    // exceed i64::MAX (≈ 9.2 × 10¹⁸). Today's code printed a wrapped total.
    let (ok, stdout, stderr) = calc(&[
        "tco",
        "--monthly",
        "1000000000",
        "--seats",
        "1",
        "--seat-growth",
        "10000",
        "--escalator",
        "100",
        "--term",
        "120",
    ]);
    assert!(!ok, "printed {stdout}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains(
            "Monthly charge: with 10000 seats added a year, a 100 % yearly increase and a \
             120-month term, the "
        ),
        "{stderr}"
    );
    assert!(stderr.contains("92,233,720,368,547,758.07"), "{stderr}");
}

#[test]
fn calc_support_grades_p1_to_p4_and_costs_the_pricing_model() {
    // Seed 001's scale: ≤ 15 min excellent, 16 min–2 h good, over 2 h weak (a gap takes the
    // slower band). P1 30 min good; P2 3 h weak (between 2 h and 4 h); P3 8 h weak; P4 24 h weak.
    // P1 runs 24/7, the rest in business hours (Mon–Fri 09:00–17:00). Logged Friday 17:00:
    // P2's 3 h → Monday 12:00, 64 h + 3 h = 67 h later; its 8 h fix → Monday 17:00, 72 h = 3 days.
    // P4's 24 h = three business days → Wednesday 17:00, 64 + 24 + 24 + 8 = 120 h = 5 days.
    // Support included in year 1 only, then $50 a month: 36 − 12 = 24 months × $50 = $1,200.00.
    let s = calc_json(&[
        "support",
        "--p1-response",
        "30",
        "--p2-response",
        "180",
        "--p3-response",
        "480",
        "--p4-response",
        "1440",
        "--p1-resolution",
        "4",
        "--p2-resolution",
        "8",
        "--clock",
        "p1-24x7",
        "--pricing",
        "included",
        "--paid-monthly",
        "50",
        "--free-first-year",
    ]);
    let rows = s["severities"].as_array().unwrap();
    let grades: Vec<&str> = rows.iter().map(|r| r["grade"].as_str().unwrap()).collect();
    assert_eq!(grades, ["good", "weak", "weak", "weak"]);
    assert_eq!(
        rows[0]["business_hours_response_due"],
        serde_json::Value::Null
    );
    assert_eq!(
        rows[1]["business_hours_response_due"],
        "Monday 12:00 (67 h later)"
    );
    assert_eq!(
        rows[1]["business_hours_resolution_due"],
        "Monday 17:00 (3 days later)"
    );
    assert_eq!(
        rows[3]["business_hours_response_due"],
        "Wednesday 17:00 (5 days later)"
    );
    assert_eq!(s["cost"]["monthly_minor"], 5_000);
    assert_eq!(s["cost"]["charged_months"], 24);
    assert_eq!(s["cost"]["over_term_minor"], 120_000);

    // Per incident: $95 × 5 a year = $475 ÷ 12 = $39.583… → $39.58 a month; × 36 = $1,424.88.
    let (ok, text, stderr) = calc(&[
        "support",
        "--pricing",
        "per-incident",
        "--per-incident-fee",
        "95",
        "--incidents",
        "5",
    ]);
    assert!(ok, "{stderr}");
    assert!(
        text.contains("Support a month  USD 39.58 (price per incident × incidents a year ÷ 12)"),
        "{text}"
    );
    assert!(text.contains("Charged          36 months\n"), "{text}");
    assert!(text.contains("Over the term    USD 1,424.88"), "{text}");

    // The boundaries of the good band, in words: 2 h is good, 2 h 1 min weak.
    let (_, text, _) = calc(&["support", "--p1-response", "120", "--p1-resolution", "4"]);
    assert!(text.contains("P1 System down"), "{text}");
    assert!(text.contains("response 2 h (good), fixed in 4 h"), "{text}");
    let (_, text, _) = calc(&["support", "--p1-response", "121"]);
    assert!(
        text.contains("response 2 h 1 min (weak), no fix time"),
        "{text}"
    );
    assert!(
        text.contains("Scale (seed 001): 5–15 min excellent"),
        "{text}"
    );

    // Nothing to work on, or a per-incident price without the count: refused, naming the flag.
    let (ok, _, stderr) = calc(&["support"]);
    assert!(!ok);
    assert!(stderr.contains("--p1-response"), "{stderr}");
    let (ok, _, stderr) = calc(&[
        "support",
        "--pricing",
        "per-incident",
        "--per-incident-fee",
        "95",
    ]);
    assert!(!ok);
    assert!(stderr.contains("--incidents"), "{stderr}");
    let (ok, _, stderr) = calc(&["support", "--p2-response", "50000"]);
    assert!(!ok);
    assert!(
        stderr.contains("--p2-response") && stderr.contains("43200"),
        "{stderr}"
    );
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

/// A mistyped `--db` is refused with the path it named, and nothing is created there (no empty
/// database, no folders); `sample` and `import` still make a new database where asked.
#[test]
fn a_db_that_does_not_exist_is_refused_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("*").join("*.db");
    for args in [vec!["list"], vec!["deadlines"], vec!["history", "1"]] {
        let out = cli()
            .args(["--lang", "en", "--db"])
            .arg(&typo)
            .args(&args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} succeeded");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("there is no database at {}", typo.display())),
            "{err}"
        );
    }
    assert!(!dir.path().join("*").exists(), "no folder was made");
    let out = cli()
        .args(["--lang", "zh-Hans", "--db"])
        .arg(&typo)
        .arg("list")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("处没有数据库"));
    let new = dir.path().join("new.sqlite3");
    let out = cli().arg("--db").arg(&new).arg("sample").output().unwrap();
    assert!(out.status.success());
    assert!(new.exists());
}
