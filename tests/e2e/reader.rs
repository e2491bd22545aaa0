//! "Read the contract for me" in the real window: the contract's three documents (PDF, DOCX,
//! text) read through the test path that replaces the native dialog, the passages highlighted,
//! suggestions accepted one by one and for a whole area, an answer the owner typed replaced
//! only through "Replace my answer", and the answers, clauses and history that result; "Start
//! from the contract" on a new review.

use crate::finish;
use crate::harness::*;
use voip_review_core::Store;
use voip_review_core::model::{AnswerValue, ReviewContext};

fn seed_review(home: &TestHome) -> i64 {
    let mut store = Store::open(&home.db_path()).unwrap();
    let id = store
        .create_review(
            &ReviewContext {
                provider: "Northwind Cloud Voice".into(),
                ..ReviewContext::default()
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    // The owner already typed a notice period the contract contradicts (60 days there).
    store
        .set_answer(id, "cancellation.notice_days", Some(&AnswerValue::Days(90)))
        .unwrap();
    id
}

/// Keeps a screenshot of the window in `SCREENSHOT_DIR`, when it is set.
async fn screenshot(c: &fantoccini::Client, name: &str) {
    let Some(dir) = std::env::var_os("SCREENSHOT_DIR") else {
        return;
    };
    // Let two frames paint before capturing.
    let _ = js(c, "return await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))", vec![]).await;
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(std::path::Path::new(&dir).join(name), png);
    }
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_contract_is_read_and_accepted_suggestions_fill_the_review() {
    let home = TestHome::new();
    let review_id = seed_review(&home);
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_for(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=open-contract]").await?;
                wait_for(&c, "[data-testid=contract-page]").await?;
                // What the reader looks for is there to read before anything is read.
                wait_for(&c, "[data-testid=finder-guide]").await?;
                let guide = js(
                    &c,
                    "return document.querySelector('[data-testid=finder-guide]').textContent",
                    vec![],
                )
                .await?;
                check(
                    guide.as_str().unwrap_or("").contains("Guaranteed uptime"),
                    "the guide lists the uptime question",
                )?;
                click(&c, "[data-testid=read-contract]").await?;
                wait_for(&c, "[data-testid=suggestions-sla]").await?;
                let documents = text_of(&c, "[data-testid=contract-documents]").await?;
                check(
                    documents.contains("msa.pdf · 2 pages")
                        && documents.contains("sla.docx")
                        && documents.contains("order.txt"),
                    format!("the three documents are listed: {documents}"),
                )?;
                // The found passages are marked and numbered in the text, as text (no HTML).
                let marks = js(
                    &c,
                    "return document.querySelectorAll('[data-testid=contract-text] mark.passage').length",
                    vec![],
                )
                .await?;
                check(
                    marks.as_u64().unwrap_or(0) >= 20,
                    format!("passages highlighted: {marks}"),
                )?;
                check_eq(
                    text_of(&c, "[data-testid='value-sla.uptime_percent']").await?.as_str(),
                    "99.99 %",
                    "uptime suggested",
                )?;
                screenshot(&c, "reader-suggestions.png").await;

                // One suggestion accepted on its own, then the whole SLA area.
                click(&c, "[data-testid='accept-cancellation.auto_renews']").await?;
                wait_until(
                    &c,
                    "auto-renewal accepted",
                    "return document.querySelector(\"[data-testid='suggestion-cancellation.auto_renews']\").dataset.state === 'accepted'",
                    vec![],
                )
                .await?;
                click(&c, "[data-testid=accept-area-sla]").await?;
                wait_until(
                    &c,
                    "every SLA suggestion accepted",
                    "return Array.from(document.querySelectorAll('[data-testid=suggestions-sla] article')).every(a => a.dataset.state === 'accepted')",
                    vec![],
                )
                .await?;

                // The owner's own notice period is not overwritten without their choice.
                wait_for(&c, "[data-testid='conflict-cancellation.notice_days']").await?;
                let conflict =
                    text_of(&c, "[data-testid='conflict-cancellation.notice_days']").await?;
                check(
                    conflict.contains("You answered 90 days") && conflict.contains("60 days"),
                    format!("the conflict is shown: {conflict}"),
                )?;
                click(&c, "[data-testid='reject-cancellation.port_out_fee']").await?;
                click(&c, "[data-testid='replace-cancellation.notice_days']").await?;
                wait_until(
                    &c,
                    "notice period replaced",
                    "return document.querySelector(\"[data-testid='suggestion-cancellation.notice_days']\").dataset.state === 'accepted'",
                    vec![],
                )
                .await?;
                screenshot(&c, "reader-accepted.png").await;

                // Clicking a suggestion's quote brings its passage into view.
                js(
                    &c,
                    "document.querySelector(\"[data-testid='suggestion-sla.claim_window_days'] .quote\").click(); return true",
                    vec![],
                )
                .await?;
                wait_until(
                    &c,
                    "the passage scrolled into view",
                    "const pane = document.querySelector('[data-testid=contract-text]'); const n = document.querySelector(\"[data-testid='suggestion-sla.claim_window_days'] .quote .passage-number\").innerText.trim(); const mark = pane.querySelector(`[data-passage='${n}']`); const a = pane.getBoundingClientRect(), b = mark.getBoundingClientRect(); return b.top >= a.top - 1 && b.bottom <= a.bottom + 1",
                    vec![],
                )
                .await?;

                // The SLA page shows the accepted answers and the clause they came from.
                click(&c, "[data-testid=rail-sla]").await?;
                wait_for(&c, "#q-sla-uptime_percent").await?;
                check_eq(
                    value_of(&c, "#q-sla-uptime_percent").await?.as_str(),
                    "99.99",
                    "uptime filled",
                )?;
                screenshot(&c, "reader-sla-page.png").await;

                // "Start from the contract" on a new review opens it on the contract view.
                click(&c, "[data-testid=home]").await?;
                click(&c, "[data-testid=new-review]").await?;
                type_into(&c, "[data-testid=context-provider]", "Second Voice").await?;
                click(&c, "[data-testid=create-from-contract]").await?;
                wait_for(&c, "[data-testid=contract-page] [data-testid=read-contract]").await?;
                check_eq(
                    text_of(&c, "[data-testid=review-title]").await?.as_str(),
                    "Second Voice",
                    "the new review is open",
                )?;
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
        AnswerValue::Percent(99.99)
    );
    assert_eq!(
        review.answers["sla.credit_cap_percent"],
        AnswerValue::Percent(50.0)
    );
    assert_eq!(
        review.answers["cancellation.notice_days"],
        AnswerValue::Days(60)
    );
    assert!(
        !review.answers.contains_key("cancellation.port_out_fee"),
        "rejected"
    );
    let sla = review.areas.iter().find(|a| a.area_id == "sla").unwrap();
    assert!(
        sla.clause_reference
            .starts_with("sla.docx, page 1, Schedule A, 1.1"),
        "{}",
        sla.clause_reference
    );
    assert!(
        sla.clause_text
            .contains("99.99% of the time in each calendar month")
    );
    let history = voip_review_core::display::history(&store, review_id, 100).unwrap();
    assert!(
        history
            .iter()
            .any(|h| h.what
                == "Service level agreement (SLA): Guaranteed uptime (from the contract: sla.docx, page 1, Schedule A, 1.1)"),
        "{:?}",
        history.iter().map(|h| &h.what).collect::<Vec<_>>()
    );
    // The documents are stored with the review, each with its SHA-256.
    let documents = store.contract(review_id).unwrap();
    assert_eq!(documents.len(), 3);
    let msa = std::fs::read(workspace_root().join("tests/fixtures/contracts/01-northwind/msa.pdf"))
        .unwrap();
    assert_eq!(
        documents[0].sha256,
        voip_review_core::contract::sha256_hex(&msa)
    );
}
