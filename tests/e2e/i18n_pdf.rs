//! The review's language on the summary page: chosen beside the PDF export, saved as an edit,
//! and the sign-off PDF exported in it (issue 15).

use crate::finish;
use crate::harness::*;
use voip_review_core::Store;
use voip_review_core::i18n::Lang;

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn the_pdf_language_is_chosen_on_the_summary_page_and_the_pdf_follows_it() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=pdf-language]").await?;
                check_eq(
                    value_of(&c, "[data-testid=pdf-language]").await?.as_str(),
                    "en",
                    "the example's PDF language",
                )?;
                js(
                    &c,
                    "const s = document.querySelector('[data-testid=pdf-language]'); \
                     s.value = 'zh-Hans'; s.dispatchEvent(new Event('change', { bubbles: true }));",
                    vec![],
                )
                .await?;
                wait_saved(&c).await?;
                click(&c, "[data-testid=export-pdf]").await?;
                wait_for(&c, "[data-testid=export-done]").await?;
                check_eq(
                    value_of(&c, "[data-testid=pdf-language]").await?.as_str(),
                    "zh-Hans",
                    "the choice stays on screen",
                )
            }
            .await;
            (c, r)
        })
        .await,
    );
    let store = Store::open(&home.db_path()).unwrap();
    let example = store.list_reviews("").unwrap()[0].id;
    assert_eq!(store.get_review(example).unwrap().language, Lang::ZhHans);
    let text = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(home.export_path())
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("签字确认摘要"), "{text}");
    assert!(text.contains("第 1 页，共"), "{text}");
}
