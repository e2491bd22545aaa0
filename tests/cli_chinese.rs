//! The command line speaks the locale's language (or --lang's) in its human-readable output;
//! JSON stays the same. A review made under a Chinese locale has a Chinese sign-off PDF.

use std::process::Command;

/// The CLI under a Chinese locale, with no other locale variable to win over LANG.
fn chinese_cli() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_voip-review"));
    cmd.env_remove("VOIP_REVIEW_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_chinese_locale_gets_chinese_output_and_a_chinese_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let id: i64 = stdout(chinese_cli().arg("--db").arg(&db).arg("sample"))
        .trim()
        .parse()
        .expect("prints the id");

    let list = stdout(chinese_cli().arg("--db").arg(&db).arg("list"));
    let header = list.lines().next().unwrap();
    assert!(
        header.contains("编号") && header.contains("审查") && header.contains("最后编辑"),
        "{list}"
    );
    // JSON is the same in every language; the example added under a Chinese locale is the
    // Chinese one, under its Chinese title.
    let json = stdout(chinese_cli().arg("--db").arg(&db).args(["list", "--json"]));
    let items: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(items[0]["title"], "示例：12 座席办公室报价");
    assert_eq!(items[0]["provider"], "云朗通信");

    // Made under a Chinese locale, the review's PDF is Chinese.
    let language = stdout(
        chinese_cli()
            .arg("--db")
            .arg(&db)
            .args(["review-language", &id.to_string()]),
    );
    assert_eq!(
        language.trim(),
        format!("审查 {id}：签字确认 PDF 的语言为简体中文")
    );
    let pdf = dir.path().join("example.pdf");
    let written = stdout(chinese_cli().arg("--db").arg(&db).args([
        "export-pdf",
        &id.to_string(),
        "--out",
        pdf.to_str().unwrap(),
    ]));
    assert!(
        written.contains("页，") && written.contains("字节，指纹"),
        "{written}"
    );
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("签字确认摘要"), "{text}");
    // The Chinese example's own texts and its total cost (worked by hand in src/sample.rs).
    for shown in [
        "示例审查（示例：12 座席办公室报价）",
        "云朗通信",
        "杭州禾木口腔诊所",
        "¥59,484.46",
        "2029年12月1日",
    ] {
        assert!(text.contains(shown), "no {shown}: {text}");
    }
    // Asked for in English, the English example, whatever the locale.
    let english: i64 =
        stdout(
            chinese_cli()
                .arg("--db")
                .arg(&db)
                .args(["sample", "--language", "en"]),
        )
        .trim()
        .parse()
        .expect("prints the id");
    let json = stdout(chinese_cli().arg("--db").arg(&db).args(["list", "--json"]));
    let items: serde_json::Value = serde_json::from_str(&json).unwrap();
    let listed = items
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["id"] == english)
        .unwrap();
    assert_eq!(listed["title"], "Example: 12-seat office quote");

    // --lang wins over the locale; setting the language is a new revision.
    let set = stdout(chinese_cli().arg("--db").arg(&db).args([
        "--lang",
        "en",
        "review-language",
        &id.to_string(),
        "en",
    ]));
    assert_eq!(
        set.trim(),
        format!("Review {id}: its sign-off PDF is now in English (revision 2)")
    );
    let history = stdout(chinese_cli().arg("--db").arg(&db).args(["history", "999"]));
    assert_eq!(history.trim(), "审查 999 没有修改记录");
}

#[test]
fn a_chinese_reviews_notice_letter_has_chinese_labels() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let id = stdout(chinese_cli().arg("--db").arg(&db).arg("sample"))
        .trim()
        .to_owned();
    let signed =
        stdout(
            chinese_cli()
                .arg("--db")
                .arg(&db)
                .args(["mark-signed", &id, "--on", "2026-12-01"]),
        );
    assert_eq!(
        signed.trim(),
        format!("审查 {id} 已是签署的合同，签署日期 2026年12月1日")
    );
    let letter = dir.path().join("letter.pdf");
    let written = stdout(chinese_cli().arg("--db").arg(&db).args([
        "notice-letter",
        &id,
        "--out",
        letter.to_str().unwrap(),
        "--today",
        "2027-01-10",
    ]));
    assert!(written.contains("（1 页，"), "{written}");
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&letter)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    // The letter's own labels (its body's wording comes from the deadlines).
    for label in [
        "致：云朗通信",
        "事由：",
        "此致",
        "代表上述客户签署。",
        "第 1 页，共 1 页",
    ] {
        assert!(text.contains(label), "no {label}: {text}");
    }
}

/// The backups list gives each backup's reason in the terminal's language, in a column as wide
/// in Chinese as in English. (The CLI's `backup` is kept like the daily one.)
#[test]
fn the_backups_list_says_why_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    stdout(chinese_cli().arg("--db").arg(&db).arg("sample"));
    stdout(chinese_cli().arg("--db").arg(&db).arg("backup"));
    let list = stdout(chinese_cli().arg("--db").arg(&db).arg("backups"));
    let daily = list
        .lines()
        .find(|l| l.contains("每日自动"))
        .unwrap_or_else(|| panic!("a daily backup: {list}"));
    // "每日自动" is 8 columns wide, padded to 17 with 9 spaces, then two before the path.
    assert!(
        daily.contains(&format!("每日自动{}/", " ".repeat(11))),
        "{daily:?}"
    );
    assert!(!list.contains("Daily"), "{list}");
    let english = stdout(
        chinese_cli()
            .args(["--lang", "en", "--db"])
            .arg(&db)
            .arg("backups"),
    );
    // "Daily" is 5 columns: 12 spaces to 17, then two.
    assert!(
        english.contains(&format!("Daily{}/", " ".repeat(14))),
        "{english}"
    );
}
