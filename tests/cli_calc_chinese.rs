//! The command line's `calc dates`, `read-contract`, calendar and own refusals in the
//! terminal's language (--lang, else LC_ALL/LC_MESSAGES/LANG); English output unchanged.
//!
//! Dates worked by hand: start 2027-01-04 and 36 months, so the term's last day is 2030-01-03
//! and it renews on 2030-01-04; 90 days before 2030-01-03 is 2029-10-05 (3 Jan − 3 = 31 Dec,
//! − 27 = 4 Dec, − 30 = 4 Nov, − 30 = 5 Oct); from 2029-09-05 that is 25 + 5 = 30 days. A
//! 12-month renewal runs to the day before 2031-01-04: 2031-01-03. From 2029-10-04 one day is
//! left (还剩1天), under 30, so the warning shows.

use std::path::Path;
use std::process::{Command, Output};

fn cli(locale: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_voip-review"));
    cmd.env_remove("VOIP_REVIEW_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale);
    cmd
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const DATES: [&str; 10] = [
    "dates",
    "--start",
    "2027-01-04",
    "--term",
    "36",
    "--notice-days",
    "90",
    "--renewal-months",
    "12",
    "--today",
];

#[test]
fn calc_dates_speaks_the_terminals_language() {
    let chinese = ok(cli("zh_CN.UTF-8")
        .arg("calc")
        .args(DATES)
        .arg("2029-09-05")
        .output()
        .unwrap());
    // Each label padded to 23 columns; a Chinese character takes two.
    assert_eq!(
        chinese,
        "开始日期               2027年1月4日\n\
         合同期限结束           2030年1月3日\n\
         续约日                 2030年1月4日\n\
         通知送达截止日         2029年10月5日\n\
         \x20 规则                 合同期限结束（2030年1月3日）前90天\n\
         \x20 自2029年9月5日起     还剩30天\n\
         如不取消，将续约至2031年1月3日\n"
    );
    let one_day = ok(cli("zh_CN.UTF-8")
        .arg("calc")
        .args(DATES)
        .arg("2029-10-04")
        .output()
        .unwrap());
    assert!(one_day.contains("还剩1天  警告：剩余不足30天"), "{one_day}");
    // English is what it always was; --lang wins over the locale.
    let english = ok(cli("zh_CN.UTF-8")
        .args(["--lang", "en", "calc"])
        .args(DATES)
        .arg("2029-09-05")
        .output()
        .unwrap());
    assert_eq!(
        english,
        "Start                  2027-01-04\n\
         Term ends              2030-01-03\n\
         Renewal date           2030-01-04\n\
         Notice must arrive by  2029-10-05\n\
         \x20 rule                 90 days before the end of the term (2030-01-03)\n\
         \x20 from 2029-09-05      30 days left\n\
         If not cancelled, renews until 2031-01-03\n"
    );
    // JSON is the same in every language.
    let json = |locale: &str| {
        ok(cli(locale)
            .arg("calc")
            .args(DATES)
            .args(["2029-09-05", "--json"])
            .output()
            .unwrap())
    };
    assert_eq!(json("zh_CN.UTF-8"), json("C"));
}

#[test]
fn read_contract_prints_in_chinese() {
    let file = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .join("tests/fixtures/contracts/02-bluepeak/terms.txt");
    let out = ok(cli("zh_CN.UTF-8")
        .arg("read-contract")
        .arg(&file)
        .output()
        .unwrap());
    // The document line, the area titles of the Chinese template and the locations.
    assert!(out.starts_with("terms.txt（"), "{out}");
    assert!(out.contains(" 页，SHA-256 "), "{out}");
    assert!(out.contains("服务等级协议"), "{out}");
    assert!(out.contains("terms.txt，第 "), "{out}");
    assert!(!out.contains(", page "), "{out}");
    let english = ok(cli("C").arg("read-contract").arg(&file).output().unwrap());
    assert!(english.starts_with("terms.txt ("), "{english}");
    assert!(english.contains("terms.txt, page "), "{english}");
}

#[test]
fn the_calendar_follows_the_review_and_refusals_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    // Made under a Chinese locale: a Chinese review.
    let id = ok(cli("zh_CN.UTF-8")
        .arg("--db")
        .arg(&db)
        .arg("sample")
        .output()
        .unwrap())
    .trim()
    .to_owned();
    // Not signed yet: refused in the terminal's language.
    let ics = dir.path().join("deadlines.ics");
    let refused = cli("zh_CN.UTF-8")
        .arg("--db")
        .arg(&db)
        .args(["export-ics", &id, "--out"])
        .arg(&ics)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert_eq!(
        String::from_utf8_lossy(&refused.stderr),
        format!(
            "voip-review: 审查：编号 {id} 尚未标记为已签署；请用 `voip-review mark-signed {id} --on DATE` 标记\n"
        )
    );
    let refused = cli("C")
        .arg("--db")
        .arg(&db)
        .args(["export-ics", &id, "--out"])
        .arg(&ics)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&refused.stderr),
        format!(
            "voip-review: Review: {id} is not marked signed; mark it with `voip-review mark-signed {id} --on DATE`\n"
        )
    );
    ok(cli("C")
        .arg("--db")
        .arg(&db)
        .args(["mark-signed", &id, "--on", "2026-12-01"])
        .output()
        .unwrap());
    // Exported from an English terminal, the Chinese review's calendar is Chinese.
    ok(cli("C")
        .arg("--db")
        .arg(&db)
        .args(["export-ics", &id, "--out"])
        .arg(&ics)
        .output()
        .unwrap());
    let calendar = std::fs::read_to_string(&ics).unwrap().replace("\r\n ", "");
    assert!(calendar.contains("CATEGORIES:合同关键日期"), "{calendar}");
    // The Chinese example's notice: 30 days before the end of the term (src/sample.rs).
    assert!(calendar.contains("前30天"), "{calendar}");
    assert!(!calendar.contains("Notice deadline"), "{calendar}");
}
