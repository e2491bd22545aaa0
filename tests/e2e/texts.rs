//! Plain words: jargon explained where it appears (hover and keyboard), and a total that leaves
//! out taxes because their answer is "Not sure" says so.

use crate::harness::*;
use serde_json::json;

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn terms_are_explained_on_focus_and_a_total_without_taxes_says_so() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let c = driver.launch().await.unwrap_or_else(|e| panic!("{e}"));
    let escalator = voip_review::glossary::explain("escalator").unwrap();
    let result = async {
        click(&c, "[data-testid=review-card] .review-open").await?;
        wait_for(&c, "[data-testid=area-cancellation]").await?;
        click(&c, "[data-testid=rail-pricing]").await?;
        let term = "[data-question-id='pricing.escalator_percent'] [data-term=escalator]";
        wait_for(&c, term).await?;
        let tip_shown = "const tip = document.querySelector(arguments[0] + ' [role=tooltip]'); \
                         return getComputedStyle(tip).display !== 'none'";
        check_eq(
            js(&c, tip_shown, vec![json!(term)]).await?,
            json!(false),
            "explanation hidden until asked for",
        )?;
        // Keyboard focus (what Tab gives the term, a button) shows the explanation.
        js(
            &c,
            "document.querySelector(arguments[0]).focus(); return true",
            vec![json!(term)],
        )
        .await?;
        wait_until(&c, "the explanation on focus", tip_shown, vec![json!(term)]).await?;
        let shown = text_of(&c, &format!("{term} [role=tooltip]")).await?;
        check_eq(
            shown.as_str(),
            escalator,
            "the explanation from the core's glossary",
        )?;
        let described = js(
            &c,
            "const el = document.querySelector(arguments[0]); \
             return document.getElementById(el.getAttribute('aria-describedby')).textContent",
            vec![json!(term)],
        )
        .await?;
        check_eq(
            described,
            json!(escalator),
            "announced as the term's description",
        )?;
        let png = c.screenshot().await.map_err(|e| e.to_string())?;
        std::fs::write(std::env::temp_dir().join("texts-term-tooltip.png"), png)
            .map_err(|e| e.to_string())?;
        // Escape hides it again.
        c.find(fantoccini::Locator::Css(term))
            .await
            .map_err(|e| e.to_string())?
            .send_keys(&fantoccini::key::Key::Escape)
            .await
            .map_err(|e| e.to_string())?;
        wait_until(
            &c,
            "the explanation hidden after Escape",
            "const tip = document.querySelector(arguments[0] + ' [role=tooltip]'); \
             return getComputedStyle(tip).display === 'none'",
            vec![json!(term)],
        )
        .await?;

        // Taxes "Not sure": the total says it leaves them out, here and on the summary.
        click(
            &c,
            "[data-question-id='pricing.taxes_included'] input[value=not_sure]",
        )
        .await?;
        wait_saved(&c).await?;
        wait_until(
            &c,
            "the total without taxes says so",
            "const el = document.querySelector(\"[data-testid='figure-pricing.addons_monthly']\"); \
             return !!el && el.innerText.includes('taxes not included') \
                && el.innerText.includes('whether they are charged on top is \"Not sure\"')",
            vec![],
        )
        .await?;
        click(&c, "[data-testid=rail-summary]").await?;
        wait_until(
            &c,
            "the key figure says so",
            "const el = document.querySelector('[data-testid=key-total_cost]'); \
             return !!el && el.innerText.includes('USD 18,129.40, taxes not included')",
            vec![],
        )
        .await?;
        wait_for(&c, "[data-testid=summary] [data-term=fingerprint]").await?;
        TestResult::Ok(())
    }
    .await;
    let _ = c.close().await;
    if let Err(message) = result {
        panic!("{message}");
    }
}
