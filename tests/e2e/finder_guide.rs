//! An area's page says what the contract reader looks for to answer its questions (issue 13):
//! collapsed until opened, from the core's guide and lexicon (the rule ids a suggestion names).

use crate::finish;
use crate::harness::*;
use voip_review_core::Store;
use voip_review_core::model::ReviewContext;

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn each_area_page_says_what_the_contract_reader_looks_for() {
    let home = TestHome::new();
    Store::open(&home.db_path())
        .unwrap()
        .create_review(
            &ReviewContext {
                provider: "Northwind Cloud Voice".into(),
                ..ReviewContext::default()
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_for(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=review-card] .review-open").await?;
                wait_for(
                    &c,
                    "[data-testid=area-cancellation] [data-testid=finder-looks-for]",
                )
                .await?;
                let open = js(
                    &c,
                    "return document.querySelector('[data-testid=finder-looks-for]').open",
                    vec![],
                )
                .await?;
                check_eq(open.as_bool(), Some(false), "the section starts collapsed")?;
                click(&c, "[data-testid=finder-looks-for] summary").await?;
                let text = text_of(&c, "[data-testid=finder-looks-for]").await?;
                check(
                    text.contains("Notice needed to stop renewal, in days")
                        && text.contains("notice.before_end")
                        && text.contains("“48 hours' notice” of maintenance"),
                    format!("the cancellation area lists its notice question and rule: {text}"),
                )?;
                check(
                    !text.contains("Guaranteed uptime"),
                    "another area's questions are not listed",
                )?;
                click(&c, "[data-testid=rail-sla]").await?;
                wait_for(&c, "[data-testid=area-sla] [data-testid=finder-looks-for]").await?;
                click(
                    &c,
                    "[data-testid=area-sla] [data-testid=finder-looks-for] summary",
                )
                .await?;
                let sla =
                    text_of(&c, "[data-testid=area-sla] [data-testid=finder-looks-for]").await?;
                check(
                    sla.contains("sla.uptime") && sla.contains("credits.tier_row"),
                    format!("the SLA area lists its rules: {sla}"),
                )?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    drop(driver);
}
