//! A Chinese contract read in the real window (issue 15): the 13-huayun contract's three
//! documents (服务协议.pdf, sla.docx, 订单.txt) in a Chinese review priced in CNY, with the window in
//! Chinese. The suggestions show the values read from Chinese numerals and 人民币 amounts, the
//! amounts stay in CNY, and accepting the SLA area fills the answers and the clause reference
//! with the Chinese heading (附件一).

use crate::finish;
use crate::harness::*;
use voip_review_core::Store;
use voip_review_core::i18n::Lang;
use voip_review_core::model::{AnswerValue, ReviewContext};
use voip_review_core::money::Money;

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_chinese_contract_is_read_and_its_suggestions_fill_the_review() {
    let home = TestHome::new();
    let review_id = {
        let mut store = Store::open(&home.db_path()).unwrap();
        store.set_language_setting(Lang::ZhHans).unwrap();
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
    let dir = workspace_root().join("tests/fixtures/contracts/13-huayun");
    let paths = std::env::join_paths(["服务协议.pdf", "sla.docx", "订单.txt"].map(|f| dir.join(f)))
        .expect("paths without separators");
    std::fs::write(home.contract_paths_path(), paths.to_str().unwrap()).unwrap();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
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
                // 百分之九十九点九（99.9%） in the SLA.
                let uptime = text_of(&c, "[data-testid='value-sla.uptime_percent']").await?;
                check(uptime.contains("99.9"), format!("uptime suggested: {uptime}"))?;
                // 人民币1,200元 on the order: CNY, not dollars.
                let installation =
                    text_of(&c, "[data-testid='value-upfront.installation_fee']").await?;
                check(
                    installation.contains("1,200") && !installation.contains('$'),
                    format!("installation fee in CNY: {installation}"),
                )?;
                click(&c, "[data-testid=accept-area-sla]").await?;
                wait_until(
                    &c,
                    "every SLA suggestion accepted",
                    "return Array.from(document.querySelectorAll('[data-testid=suggestions-sla] article')).every(a => a.dataset.state === 'accepted')",
                    vec![],
                )
                .await?;
                click(&c, "[data-testid='accept-upfront.installation_fee']").await?;
                wait_until(
                    &c,
                    "installation fee accepted",
                    "return document.querySelector(\"[data-testid='suggestion-upfront.installation_fee']\").dataset.state === 'accepted'",
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
    // 每月服务积分总额不超过当月月服务费的百分之五十.
    assert_eq!(
        review.answers["sla.credit_cap_percent"],
        AnswerValue::Percent(50.0)
    );
    // 人民币1,200元 = 120,000 fen.
    assert_eq!(
        review.answers["upfront.installation_fee"],
        AnswerValue::Money(Money {
            minor: 120_000,
            currency: "CNY".into(),
        })
    );
    let sla = review.areas.iter().find(|a| a.area_id == "sla").unwrap();
    assert!(
        sla.clause_reference.contains("sla.docx") && sla.clause_reference.contains("附件一"),
        "{}",
        sla.clause_reference
    );
}
