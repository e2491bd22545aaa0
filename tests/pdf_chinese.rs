//! The sign-off PDF of a Chinese review, read with the tools a reader has: pdftotext for the
//! words, pdffonts for the CJK font (embedded, subset), qpdf --check for the structure. The CJK
//! font is Droid Sans Fallback (Debian's fonts-droid-fallback, installed by scripts/setup.sh).

use std::path::Path;
use std::process::Command;
use voip_review_core::i18n::Lang;
use voip_review_core::model::Paper;
use voip_review_core::pdf::{PdfOptions, render_review};
use voip_review_core::{Store, sample, template};

const CJK_FONT: &str = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

fn run(name: &str, args: &[&str], file: &Path) -> String {
    let mut command = Command::new(name);
    command.args(args).arg(file);
    if name == "pdftotext" {
        command.arg("-");
    }
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed (apt-get install poppler-utils qpdf): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The example review in `lang`, exported as generated on 1 Dec 2029 at 09:30 UTC.
fn exported_example(lang: Lang, dir: &Path) -> (std::path::PathBuf, usize) {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();
    store.set_review_language(id, lang).unwrap();
    let review = store.get_review(id).unwrap();
    let generated_at = chrono::NaiveDate::from_ymd_opt(2029, 12, 1)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap()
        .and_utc();
    let out = render_review(
        &review,
        template(),
        &PdfOptions {
            paper: Paper::A4,
            generated_at,
        },
    )
    .unwrap();
    assert!(
        out.missing_characters.is_empty(),
        "characters no font draws: {:?}",
        out.missing_characters
    );
    let path = dir.join(format!("example-{lang}.pdf"));
    std::fs::write(&path, &out.bytes).unwrap();
    // To look at the pages: PDF_CHINESE_KEEP=/tmp/folder.
    if let Some(keep) = std::env::var_os("PDF_CHINESE_KEEP") {
        std::fs::copy(&path, Path::new(&keep).join(path.file_name().unwrap())).unwrap();
    }
    (path, out.pages)
}

#[test]
fn the_example_review_exports_in_chinese_with_the_cjk_font_subset() {
    assert!(
        Path::new(CJK_FONT).exists(),
        "the CJK font is needed: apt-get install fonts-droid-fallback (scripts/setup.sh)"
    );
    let dir = tempfile::tempdir().unwrap();
    let (path, pages) = exported_example(Lang::ZhHans, dir.path());

    let text = run("pdftotext", &["-enc", "UTF-8"], &path);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for heading in [
        "VoIP 合同审查 · 签字确认摘要",
        "最重要的五个数字",
        "向服务商提出的问题",
        "详细内容",
        "关键数字",
        "十个审查项一览",
        "签字确认",
        "审查人签字",
        "审批人签字",
    ] {
        assert!(flat.contains(heading), "no heading {heading}: {flat}");
    }
    // Table headers of the overview and of the answers.
    for header in [
        "审查项",
        "评级",
        "建议评级",
        "已回答",
        "条款",
        "问题",
        "回答",
    ] {
        assert!(flat.contains(header), "no header {header}");
    }
    // Dates as Chinese writes them: the footer's generation date, the cover's quote date
    // (2026-11-16) and start date (2027-01-04).
    assert!(flat.contains("生成于 2029年12月1日 09:30"), "{flat}");
    assert!(flat.contains("2026年11月16日"), "{flat}");
    assert!(flat.contains("2027年1月4日"), "{flat}");
    // The monthly charge of USD 342.00 as Chinese writes money, for the account as the form
    // words it (整个账户).
    assert!(flat.contains("整个账户每月 $342.00"), "{flat}");
    assert!(flat.contains(&format!("第 1 页，共 {pages} 页")), "{flat}");
    assert!(!flat.contains("Page 1 of"), "an English footer is left");
    // The support table's times in Chinese: the example's P1 response 30 min, P3 fix 72 h.
    assert!(flat.contains("30分钟"), "{flat}");
    assert!(flat.contains("3天"), "{flat}");
    assert!(
        !flat.contains("3 days"),
        "an English duration is left: {flat}"
    );
    // Ratings from the report and the playbook (the example's own notes stay as the owner
    // wrote them, in English).
    assert!(flat.contains("评级：不可接受"), "{flat}");
    // No line starts with closing punctuation or ends with opening punctuation.
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let first = line.chars().next().unwrap();
        let last = line.chars().last().unwrap();
        assert!(
            !"，。、；：？！）」』”".contains(first),
            "line starts with {first}: {line}"
        );
        assert!(!"（「『“".contains(last), "line ends with {last}: {line}");
    }

    // The CJK font is embedded as a subset: pdffonts says so, and the file stays small (the
    // whole Droid Sans Fallback is 3.9 MB).
    let fonts = run("pdffonts", &[], &path);
    let cjk = fonts
        .lines()
        .find(|l| l.contains("Fallback"))
        .unwrap_or_else(|| panic!("no CJK font: {fonts}"));
    let cols: Vec<&str> = cjk.split_whitespace().collect();
    let n = cols.len();
    assert!(cols[0].contains('+'), "a subset's name has a tag: {cjk}");
    assert_eq!(cols[n - 5], "yes", "embedded: {cjk}");
    assert_eq!(cols[n - 4], "yes", "subset: {cjk}");
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size < 600_000, "{size} bytes: the CJK font is not subset");

    let qpdf = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&qpdf.stdout);
    assert!(qpdf.status.success(), "qpdf --check: {report}");
    assert!(report.contains("No syntax or stream encoding errors"));
}

#[test]
fn an_english_review_stays_english_and_loads_no_cjk_font() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = exported_example(Lang::En, dir.path());
    let flat = run("pdftotext", &["-enc", "UTF-8"], &path);
    assert!(flat.contains("VOIP CONTRACT REVIEW · SUMMARY FOR SIGN-OFF"));
    assert!(flat.contains("Generated 2029-12-01 09:30 UTC"));
    let fonts = run("pdffonts", &[], &path);
    assert!(!fonts.contains("Fallback"), "{fonts}");
}
