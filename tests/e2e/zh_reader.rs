//! A Chinese contract read in the real window (issue 15): 华云通信's service agreement (PDF),
//! SLA (DOCX) and order form (text) read for a Chinese review in a Chinese window, its
//! suggestions in Chinese with their CNY amounts; the same reading in English after a switch of
//! the window's language; the SLA accepted, its clause reference written in the review's
//! language (Chinese), whatever the window speaks.

use crate::finish;
use crate::harness::*;
use voip_review_core::Store;
use voip_review_core::i18n::Lang;
use voip_review_core::model::{AnswerValue, ReviewContext};

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_chinese_contract_is_read_in_either_language_and_accepted_in_the_reviews() {
    let mut home = TestHome::new();
    let dir = workspace_root().join("tests/fixtures/contracts/13-huayun");
    home.contract_paths =
        std::env::join_paths(["服务协议.pdf", "sla.docx", "订单.txt"].map(|f| dir.join(f)))
            .unwrap();
    let review_id = {
        let mut store = Store::open(&home.db_path()).unwrap();
        store
            .create_review(
                &ReviewContext {
                    provider: "华云通信".into(),
                    currency: "CNY".into(),
                    ..ReviewContext::default()
                },
                Lang::ZhHans,
            )
            .unwrap()
    };
    let shots = screenshot_dir(&home);
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                choose_language(&c, "zh-Hans").await?;
                wait_for(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=open-contract]").await?;
                wait_for(&c, "[data-testid=contract-page]").await?;
                click(&c, "[data-testid=read-contract]").await?;
                wait_for(&c, "[data-testid=suggestions-sla]").await?;
                let documents = text_of(&c, "[data-testid=contract-documents]").await?;
                check(
                    documents.contains("服务协议.pdf")
                        && documents.contains("sla.docx")
                        && documents.contains("订单.txt"),
                    format!("the three documents are listed: {documents}"),
                )?;
                // In Chinese: the question's label, the value as a Chinese owner writes it, the
                // amount in yuan (expected.json of the fixture: 99.9 %, ¥1,200.00).
                let uptime = text_of(&c, "[data-testid='suggestion-sla.uptime_percent']").await?;
                check(
                    uptime.contains("保证的可用性"),
                    format!("the uptime suggestion is labelled in Chinese: {uptime}"),
                )?;
                check_eq(
                    text_of(&c, "[data-testid='value-sla.uptime_percent']").await?.as_str(),
                    "99.9%",
                    "uptime suggested, as Chinese writes a percentage",
                )?;
                check_eq(
                    text_of(&c, "[data-testid='value-upfront.installation_fee']")
                        .await?
                        .as_str(),
                    "¥1,200.00",
                    "installation fee in yuan",
                )?;
                let page = text_of(&c, "[data-testid=contract-page]").await?;
                check(
                    !page.contains("Guaranteed uptime") && !page.contains("Contract term"),
                    "no English label on the Chinese contract page",
                )?;
                save_screenshot(&c, &shots, "zh-reader-chinese.png").await?;

                // The window switched to English: the same suggestions, labelled in English.
                choose_language(&c, "en").await?;
                wait_until(
                    &c,
                    "the suggestions labelled in English",
                    "const s = document.querySelector(\"[data-testid='suggestion-sla.uptime_percent']\"); return !!s && s.textContent.includes('Guaranteed uptime')",
                    vec![],
                )
                .await?;
                check_eq(
                    text_of(&c, "[data-testid='value-sla.uptime_percent']").await?.as_str(),
                    "99.9 %",
                    "uptime suggested, as English writes a percentage",
                )?;
                save_screenshot(&c, &shots, "zh-reader-english.png").await?;

                // Accepted from the English window: the reference is written in the review's
                // language.
                click(&c, "[data-testid=accept-area-sla]").await?;
                wait_until(
                    &c,
                    "every SLA suggestion accepted",
                    "return Array.from(document.querySelectorAll('[data-testid=suggestions-sla] article')).every(a => a.dataset.state === 'accepted')",
                    vec![],
                )
                .await?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    drop(driver);

    let store = Store::open(&home.db_path()).unwrap();
    let review = store.get_review(review_id).unwrap();
    assert_eq!(
        review.answers["sla.uptime_percent"],
        AnswerValue::Percent(99.9)
    );
    let sla = review.areas.iter().find(|a| a.area_id == "sla").unwrap();
    assert!(
        sla.clause_reference.starts_with("sla.docx，第 1 页"),
        "the clause reference in the review's language: {}",
        sla.clause_reference
    );
}
