//! A first start in Simplified Chinese: the window's title bar and the example review are
//! Chinese; the title follows the language menu; a change of the review's language is in its
//! history; the Chinese example's sign-off PDF shows its figures (issue 15).

use crate::finish;
use crate::harness::*;
use voip_review_core::Store;
use voip_review_core::i18n::Lang;

/// The names (`_NET_WM_NAME`, UTF-8) of every top-level window on the test's X display.
fn window_names() -> Vec<String> {
    let search = std::process::Command::new("xdotool")
        .args(["search", "--name", "."])
        .output()
        .expect("xdotool is installed (scripts/setup.sh)");
    String::from_utf8_lossy(&search.stdout)
        .lines()
        .filter_map(|id| {
            let prop = std::process::Command::new("xprop")
                .args(["-id", id.trim(), "_NET_WM_NAME"])
                .output()
                .ok()?;
            let line = String::from_utf8(prop.stdout).ok()?;
            // _NET_WM_NAME(UTF8_STRING) = "VoIP 合同审查 — 测试版本"
            let (_, quoted) = line.split_once(" = \"")?;
            Some(unescape(quoted.trim_end().trim_end_matches('"')))
        })
        .collect()
}

/// xprop's quoted value as text: in a C locale it writes bytes outside ASCII as octal escapes
/// ("VoIP \345\220\210…").
fn unescape(quoted: &str) -> String {
    let mut bytes = Vec::new();
    let mut rest = quoted.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        let octal = tail
            .get(..3)
            .filter(|d| d.iter().all(|b| (b'0'..=b'7').contains(b)));
        match (first, octal) {
            (b'\\', Some(digits)) => {
                let value = digits.iter().fold(0u32, |n, d| n * 8 + u32::from(d - b'0'));
                bytes.push(value as u8);
                rest = &tail[3..];
            }
            (b'\\', None) if !tail.is_empty() => {
                bytes.push(tail[0]);
                rest = &tail[1..];
            }
            _ => {
                bytes.push(first);
                rest = tail;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Waits (up to 10 s) until a window on the display is titled `title`.
async fn wait_window_title(title: &str) -> TestResult {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let names = window_names();
        if names.iter().any(|n| n == title) {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("no window titled {title:?}; titles: {names:?}"));
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_chinese_first_start_has_a_chinese_title_and_example_and_the_title_follows_the_menu() {
    let home = TestHome::new();
    // An owner who chose Chinese before the first start (as the system's language would): the
    // database exists with the setting, and no example has been seeded yet.
    std::fs::create_dir_all(home.db_path().parent().unwrap()).unwrap();
    Store::open(&home.db_path())
        .unwrap()
        .set_language_setting(Lang::ZhHans)
        .unwrap();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let shots = screenshot_dir(&home);

    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_window_title("VoIP 合同审查 — 测试版本").await?;
                wait_until(
                    &c,
                    "the Chinese example on the home list",
                    "const card = document.querySelector('[data-testid=review-card]'); \
                     return !!card && card.innerText.includes('示例：12 座席办公室报价') \
                       && card.innerText.includes('云朗通信')",
                    vec![],
                )
                .await?;
                save_screenshot(&c, &shots, "zh-example-home.png").await?;

                // The title bar follows the menu, both ways.
                choose_language(&c, "en").await?;
                wait_window_title("VoIP Contract Review — test build").await?;
                choose_language(&c, "zh-Hans").await?;
                wait_window_title("VoIP 合同审查 — 测试版本").await?;

                // The example's summary: its key figures in CNY, its PDF in Chinese.
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=pdf-language]").await?;
                check_eq(
                    value_of(&c, "[data-testid=pdf-language]").await?.as_str(),
                    "zh-Hans",
                    "the Chinese example's PDF language",
                )?;
                wait_until(
                    &c,
                    "the total cost in CNY",
                    "return document.body.innerText.includes('¥59,484.46')",
                    vec![],
                )
                .await?;
                save_screenshot(&c, &shots, "zh-example-summary.png").await?;
                click(&c, "[data-testid=export-pdf]").await?;
                wait_for(&c, "[data-testid=export-done]").await?;

                // Choosing English for the PDF is a change in the history, worded in Chinese.
                js(
                    &c,
                    "const s = document.querySelector('[data-testid=pdf-language]'); \
                     s.value = 'en'; s.dispatchEvent(new Event('change', { bubbles: true }));",
                    vec![],
                )
                .await?;
                wait_saved(&c).await?;
                js(
                    &c,
                    "document.querySelector('[data-testid=history-section]').open = true; return true",
                    vec![],
                )
                .await?;
                wait_until(
                    &c,
                    "the language change in the history",
                    "const table = document.querySelector('[data-testid=history]'); \
                     if (!table) return false; \
                     const row = table.querySelector('tbody tr'); \
                     return !!row && row.innerText.includes('签字确认：PDF 和通知函的语言') \
                       && row.innerText.includes('简体中文') && row.innerText.includes('English')",
                    vec![],
                )
                .await?;
                save_screenshot(&c, &shots, "zh-example-history.png").await
            }
            .await;
            (c, r)
        })
        .await,
    );

    let text = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(home.export_path())
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    // Worked by hand in src/sample.rs (the Chinese example's tests).
    for shown in [
        "签字确认摘要",
        "云朗通信",
        "杭州禾木口腔诊所",
        "¥59,484.46",
        "¥16,093.64",
        "2029年12月1日",
    ] {
        assert!(text.contains(shown), "no {shown} in the PDF: {text}");
    }
    let store = Store::open(&home.db_path()).unwrap();
    let example = store.list_reviews("").unwrap()[0].id;
    assert_eq!(store.get_review(example).unwrap().language, Lang::En);
}

#[test]
fn xprop_escapes_are_read_back_as_text() {
    assert_eq!(unescape(r"VoIP \345\220\210\345\220\214"), "VoIP 合同");
    assert_eq!(
        unescape("VoIP 合同审查 — 测试版本"),
        "VoIP 合同审查 — 测试版本"
    );
    assert_eq!(unescape(r#"say \"hi\""#), r#"say "hi""#);
}
