//! End-to-end tests of the real desktop app. They need the app built with its UI embedded,
//! tauri-driver, WebKitWebDriver and a display; `.ci/run` provides all of them and runs these
//! with `--ignored`, so they are never skipped there.

mod harness;

use harness::*;
use serde_json::json;
use voip_review::Store;
use voip_review::model::{AnswerValue, Rating, YesNo};
use voip_review::money::Money;

/// Scrolls the review's main pane (not the window) so that `css` sits near its top.
async fn scroll_main_to(c: &fantoccini::Client, css: &str) -> TestResult {
    js(
        c,
        "const el = document.querySelector(arguments[0]); const main = document.querySelector('.review-main'); \
         main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 80; return true",
        vec![json!(css)],
    )
    .await
    .map(|_| ())
}

fn finish(result: TestResult) {
    if let Err(message) = result {
        panic!("{message}");
    }
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_review_survives_quitting_and_restarting_the_app() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));

    // First run: create a review and answer questions of several types in three areas.
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=new-review]").await?;
                type_into(&c, "[data-testid=context-provider]", "Acme Voice").await?;
                type_into(&c, "[data-testid=context-plan]", "Office 20").await?;
                type_into(&c, "[data-testid=context-seats]", "0").await?;
                click(&c, "[data-testid=create-review]").await?;
                // The core refuses 0 seats and the message names the field and the rule.
                let error = text_of(&c, "[data-testid='error-context.seats']").await?;
                check_eq(error.as_str(), "Seats: must be between 1 and 10,000", "seats error")?;
                type_into(&c, "[data-testid=context-seats]", "15").await?;
                click(&c, "[data-testid=create-review]").await?;

                // Area 1: a choice, money and days; a note with markup; a rating.
                wait_for(&c, "[data-testid=area-cancellation]").await?;
                click(&c, "[data-question-id='cancellation.etf_structure'] input[value=fixed]").await?;
                type_into(&c, "#q-cancellation-etf_fixed_amount", "1500.50").await?;
                type_into(&c, "#q-cancellation-notice_days", "60").await?;
                type_into(&c, "[data-testid=area-notes]", "Ask for a <b>sliding scale</b>").await?;
                click(&c, "[data-testid=rating-cancellation] input[value=negotiate]").await?;
                wait_saved(&c).await?;

                // Area 2 via Next: yes/no and multiple choice.
                click(&c, "[data-testid=next]").await?;
                wait_for(&c, "[data-testid=area-upgrades]").await?;
                click(&c, "[data-question-id='upgrades.included_free'] input[value=yes]").await?;
                click(&c, "[data-question-id='upgrades.certifications'] input[value=soc2]").await?;
                click(&c, "[data-question-id='upgrades.certifications'] input[value=stir_shaken]").await?;
                click(&c, "[data-testid=rating-upgrades] input[value=acceptable]").await?;
                wait_saved(&c).await?;

                // Area 4 via the rail: percent, not sure, a choice, a refused value, clause text.
                click(&c, "[data-testid=rail-sla]").await?;
                wait_for(&c, "[data-testid=area-sla]").await?;
                type_into(&c, "#q-sla-uptime_percent", "99.95").await?;
                click(&c, "[data-question-id='sla.has_sla'] input[value=not_sure]").await?;
                click(&c, "[data-question-id='sla.measurement_window'] input[value=month]").await?;
                type_into(&c, "#q-sla-claim_window_days", "400").await?;
                let error = text_of(&c, "[data-question-id='sla.claim_window_days'] [data-testid=question-error]").await?;
                check(error.contains("from 0 to 365 days"), format!("claim window error: {error}"))?;
                type_into(&c, "[data-testid=area-clause_reference]", "Schedule B §4.1").await?;
                click(&c, "[data-testid=rating-sla] input[value=deal_breaker]").await?;
                wait_saved(&c).await?;
                check_eq(text_of(&c, "[data-testid=progress]").await?.as_str(), "3/10 rated", "progress")?;

                // The summary lists the "not sure" answer as a question for the provider.
                click(&c, "[data-testid=rail-summary]").await?;
                wait_until(
                    &c,
                    "the open question",
                    "const el = document.querySelector('[data-testid=open-questions]'); \
                     return !!el && el.innerText.includes('Is there a written service level agreement (SLA) in the contract?')",
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

    // Between runs: the database holds exactly what was acknowledged, and not the refused value.
    {
        let store = Store::open(&home.db_path()).unwrap();
        let items = store.list_reviews("Acme").unwrap();
        assert_eq!(items.len(), 1, "{items:?}");
        let review = store.get_review(items[0].id).unwrap();
        assert_eq!(review.context.seats, Some(15));
        assert_eq!(review.context.plan, "Office 20");
        let a = &review.answers;
        assert_eq!(
            a["cancellation.etf_structure"],
            AnswerValue::Choice("fixed".into())
        );
        assert_eq!(
            a["cancellation.etf_fixed_amount"],
            AnswerValue::Money(Money {
                minor: 150_050,
                currency: "USD".into()
            })
        );
        assert_eq!(a["cancellation.notice_days"], AnswerValue::Days(60));
        assert_eq!(a["upgrades.included_free"], AnswerValue::YesNo(YesNo::Yes));
        assert_eq!(
            a["upgrades.certifications"],
            AnswerValue::MultiChoice(vec!["soc2".into(), "stir_shaken".into()])
        );
        assert_eq!(a["sla.uptime_percent"], AnswerValue::Percent(99.95));
        assert_eq!(a["sla.has_sla"], AnswerValue::YesNo(YesNo::NotSure));
        assert!(
            !a.contains_key("sla.claim_window_days"),
            "refused value must not be stored"
        );
        let rating = |id: &str| {
            review
                .areas
                .iter()
                .find(|s| s.area_id == id)
                .unwrap()
                .rating
        };
        assert_eq!(rating("cancellation"), Rating::Negotiate);
        assert_eq!(rating("upgrades"), Rating::Acceptable);
        assert_eq!(rating("sla"), Rating::DealBreaker);
        assert_eq!(review.areas[0].notes, "Ask for a <b>sliding scale</b>");
        assert_eq!(review.areas[3].clause_reference, "Schedule B §4.1");
    }

    // Second run on the same data directory: everything is shown as it was left.
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_until(
                    &c,
                    "two reviews on the home screen",
                    "return document.querySelectorAll('[data-testid=review-card]').length === 2",
                    vec![],
                )
                .await?;
                js(
                    &c,
                    "[...document.querySelectorAll('[data-testid=review-card]')] \
                       .find(card => card.innerText.includes('Acme Voice')) \
                       .querySelector('.review-open').click(); return true",
                    vec![],
                )
                .await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;
                check(
                    is_checked(
                        &c,
                        "[data-question-id='cancellation.etf_structure'] input[value=fixed]",
                    )
                    .await?,
                    "ETF structure",
                )?;
                check_eq(
                    value_of(&c, "#q-cancellation-etf_fixed_amount")
                        .await?
                        .as_str(),
                    "1500.50",
                    "fixed fee",
                )?;
                check_eq(
                    value_of(&c, "#q-cancellation-notice_days").await?.as_str(),
                    "60",
                    "notice days",
                )?;
                check_eq(
                    value_of(&c, "[data-testid=area-notes]").await?.as_str(),
                    "Ask for a <b>sliding scale</b>",
                    "notes",
                )?;
                check(
                    is_checked(
                        &c,
                        "[data-testid=rating-cancellation] input[value=negotiate]",
                    )
                    .await?,
                    "rating 1",
                )?;
                check_eq(
                    text_of(&c, "[data-testid=progress]").await?.as_str(),
                    "3/10 rated",
                    "progress",
                )?;

                click(&c, "[data-testid=rail-upgrades]").await?;
                check(
                    is_checked(
                        &c,
                        "[data-question-id='upgrades.included_free'] input[value=yes]",
                    )
                    .await?,
                    "included free",
                )?;
                check(
                    is_checked(
                        &c,
                        "[data-question-id='upgrades.certifications'] input[value=stir_shaken]",
                    )
                    .await?,
                    "STIR/SHAKEN",
                )?;
                check(
                    !is_checked(
                        &c,
                        "[data-question-id='upgrades.certifications'] input[value=iso27001]",
                    )
                    .await?,
                    "ISO 27001 unticked",
                )?;

                click(&c, "[data-testid=rail-sla]").await?;
                check_eq(
                    value_of(&c, "#q-sla-uptime_percent").await?.as_str(),
                    "99.95",
                    "uptime",
                )?;
                check_eq(
                    value_of(&c, "#q-sla-claim_window_days").await?.as_str(),
                    "",
                    "refused claim window",
                )?;
                check(
                    is_checked(&c, "[data-question-id='sla.has_sla'] input[value=not_sure]")
                        .await?,
                    "has SLA",
                )?;
                check(
                    is_checked(&c, "[data-testid=rating-sla] input[value=deal_breaker]").await?,
                    "rating 4",
                )?;
                check_eq(
                    value_of(&c, "[data-testid=area-clause_reference]")
                        .await?
                        .as_str(),
                    "Schedule B §4.1",
                    "clause",
                )?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn first_start_shows_the_example_and_delete_asks_first() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_for(&c, "[data-testid=review-card]").await?;
                let card = text_of(&c, "[data-testid=review-card]").await?;
                check(card.contains("Example: 12-seat office quote"), format!("example card: {card}"))?;
                check(card.contains("10/10 areas"), format!("example progress: {card}"))?;

                // Search narrows the list and says so when nothing matches.
                type_into(&c, "[data-testid=search]", "no such provider").await?;
                wait_for(&c, "[data-testid=no-results]").await?;
                type_into(&c, "[data-testid=search]", "northwind").await?;
                wait_for(&c, "[data-testid=review-card]").await?;

                // Delete asks first; cancelling keeps the review, confirming removes it.
                click(&c, "[data-testid=delete-review]").await?;
                wait_for(&c, "dialog[open]").await?;
                js(&c, "document.querySelector('dialog[open] .button:not(.danger)').click(); return true", vec![]).await?;
                wait_until(&c, "the dialog to close", "return document.querySelector('dialog[open]') === null", vec![]).await?;
                wait_for(&c, "[data-testid=review-card]").await?;
                click(&c, "[data-testid=delete-review]").await?;
                click(&c, "[data-testid=confirm-button]").await?;
                type_into(&c, "[data-testid=search]", "").await?;
                wait_for(&c, "[data-testid=empty-state]").await?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    // Deleting the example is remembered: it does not come back on the next start.
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_for(&c, "[data-testid=empty-state]").await?;
                let count = js(
                    &c,
                    "return document.querySelectorAll('[data-testid=review-card]').length",
                    vec![],
                )
                .await?;
                check_eq(count, json!(0), "reviews after restart")?;
                // The deleted example waits in the trash and comes back from there.
                click(&c, "[data-testid=show-trash]").await?;
                wait_for(&c, "[data-testid=restore-review]").await?;
                click(&c, "[data-testid=restore-review]").await?;
                wait_for(&c, "[data-testid=review-card]").await?;
                // Its history lists what was changed, with the revision.
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-sla]").await?;
                type_into(&c, "#q-sla-uptime_percent", "99.5").await?;
                wait_saved(&c).await?;
                click(&c, "[data-testid=rail-summary]").await?;
                click(&c, "[data-testid=history-section] summary").await?;
                wait_until(
                    &c,
                    "the change in the history",
                    "const el = document.querySelector('[data-testid=history]'); \
                     return !!el && el.innerText.includes('Guaranteed uptime') && el.innerText.includes('99.99 %') \
                        && el.innerText.includes('99.5 %')",
                    vec![],
                )
                .await
            }
            .await;
            (c, r)
        })
        .await,
    );
}

/// Captures the home screen, an area and the summary of the example review. Set
/// `SCREENSHOT_DIR` to keep them (the README's screenshot comes from here).
#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn screenshots_of_the_example_review() {
    let home = TestHome::new();
    let out_dir = std::env::var_os("SCREENSHOT_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| home.dir.path().join("shots"));
    std::fs::create_dir_all(&out_dir).unwrap();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let shots = out_dir.clone();
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                let save = |name: &'static str| {
                    let c = c.clone();
                    let path = shots.join(name);
                    async move {
                        // Let two frames paint before capturing.
                        js(&c, "return await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))", vec![]).await?;
                        let png = c.screenshot().await.map_err(|e| format!("screenshot: {e}"))?;
                        check(png.starts_with(b"\x89PNG"), "a PNG")?;
                        std::fs::write(&path, png).map_err(|e| format!("{}: {e}", path.display()))
                    }
                };
                wait_for(&c, "[data-testid=review-card]").await?;
                save("home.png").await?;
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-sla]").await?;
                wait_for(&c, "[data-testid=area-sla]").await?;
                wait_for(&c, "[data-testid='figure-sla.measurement_window']").await?;
                scroll_main_to(&c, "[data-question-id='sla.uptime_percent']").await?;
                save("area.png").await?;
                click(&c, "[data-testid=rail-pricing]").await?;
                wait_for(&c, "[data-testid=suggestion-pricing] .flag-list").await?;
                scroll_main_to(&c, "[data-testid=suggestion-pricing]").await?;
                save("suggestion.png").await?;
                click(&c, "[data-testid=rail-cancellation]").await?;
                wait_for(&c, "[data-testid='figure-cancellation.walkaway_days']").await?;
                scroll_main_to(&c, "[data-testid='figure-cancellation.walkaway_days']").await?;
                save("figures.png").await?;
                click(&c, "[data-testid=rail-competitors]").await?;
                wait_for(&c, "[data-testid=quote-comparison]").await?;
                scroll_main_to(&c, "[data-testid=quotes]").await?;
                save("quotes.png").await?;
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=review-status]").await?;
                wait_for(&c, "[data-testid=key-figures]").await?;
                save("summary.png").await?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    for name in [
        "home.png",
        "area.png",
        "figures.png",
        "quotes.png",
        "summary.png",
    ] {
        let size = std::fs::metadata(out_dir.join(name)).unwrap().len();
        assert!(size > 10_000, "{name} is only {size} bytes");
    }
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn export_the_sign_off_pdf_from_the_window() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let fingerprint = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let seen = fingerprint.clone();
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=signoff-form]").await?;
                type_into(&c, "[data-testid=signoff-approver-name]", "Jordan Ellis").await?;
                wait_saved(&c).await?;
                // The fingerprint shown reflects the edit.
                click(&c, "[data-testid=rail-cancellation]").await?;
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=fingerprint]").await?;
                *seen.lock().unwrap() = text_of(&c, "[data-testid=fingerprint]").await?;
                click(&c, "[data-testid=export-pdf]").await?;
                wait_for(&c, "[data-testid=export-done]").await?;
                let message = text_of(&c, "[data-testid=export-done]").await?;
                check(
                    message.contains("exported summary.pdf"),
                    format!("export message: {message}"),
                )
            }
            .await;
            (c, r)
        })
        .await,
    );
    let path = home.export_path();
    let bytes = std::fs::read(&path).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    let fingerprint = fingerprint.lock().unwrap().clone();
    assert_eq!(fingerprint.len(), 12, "{fingerprint:?}");
    assert!(
        text.contains(&fingerprint),
        "PDF fingerprint matches the app's"
    );
    assert!(
        text.contains("Jordan Ellis"),
        "the sign-off edit is in the PDF"
    );
    assert!(text.contains("Northwind Voice"));
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn figures_suggestions_quotes_questions_and_comparison_in_the_window() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=new-review]").await?;
                type_into(&c, "[data-testid=context-provider]", "Acme Voice").await?;
                click(&c, "[data-testid=create-review]").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;

                // Type an SLA: the downtime it permits appears beside it.
                click(&c, "[data-testid=rail-sla]").await?;
                wait_for(&c, "[data-testid=area-sla]").await?;
                type_into(&c, "#q-sla-uptime_percent", "99.9").await?;
                wait_until(
                    &c,
                    "the downtime figure",
                    "const el = document.querySelector(\"[data-testid='figure-sla.measurement_window']\"); \
                     return !!el && el.innerText.includes('allows 40 min 19 s to 44 min 38 s of downtime each calendar month')",
                    vec![],
                )
                .await?;
                // Below 99.9 % the playbook suggests negotiating and says why.
                type_into(&c, "#q-sla-uptime_percent", "99.5").await?;
                wait_until(
                    &c,
                    "the playbook suggestion",
                    "const el = document.querySelector('[data-testid=suggestion-sla]'); \
                     return !!el && el.innerText.includes('Guaranteed uptime of 99.5 % is below 99.9 %')",
                    vec![],
                )
                .await?;
                let figure = text_of(&c, "[data-testid='figure-sla.measurement_window']").await?;
                check(figure.contains("3 h 39 min"), format!("99.5 % figure: {figure}"))?;
                // An SLA above 100 % is refused with the field and the range; the figure stays.
                type_into(&c, "#q-sla-uptime_percent", "100.5").await?;
                let error = text_of(&c, "[data-question-id='sla.uptime_percent'] [data-testid=question-error]").await?;
                check(error.contains("Guaranteed uptime") && error.contains("100"), format!("uptime error: {error}"))?;
                check(text_of(&c, "[data-testid='figure-sla.measurement_window']").await?.contains("3 h 39 min"), "figure kept")?;
                // Overrule the suggestion: both stay visible.
                click(&c, "[data-testid=rating-sla] input[value=acceptable]").await?;
                wait_for(&c, "[data-testid=override-note]").await?;

                // A competing quote, compared side by side.
                click(&c, "[data-testid=rail-competitors]").await?;
                wait_for(&c, "[data-testid=quotes]").await?;
                type_into(&c, "#quote-provider", "Bayline Telecom").await?;
                type_into(&c, "#quote-monthly", "abc").await?;
                click(&c, "[data-testid=save-quote]").await?;
                let error = text_of(&c, "[data-testid=quote-error]").await?;
                check(error.starts_with("Monthly total:"), format!("quote error: {error}"))?;
                type_into(&c, "#quote-monthly", "300").await?;
                click(&c, "[data-testid=save-quote]").await?;
                wait_until(
                    &c,
                    "the comparison",
                    "const el = document.querySelector('[data-testid=quote-comparison]'); \
                     return !!el && el.innerText.includes('Bayline Telecom') && el.innerText.includes('USD 10,800.00')",
                    vec![],
                )
                .await?;

                // The summary leads with key figures; questions can be copied in one click.
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=key-downtime]").await?;
                let downtime = text_of(&c, "[data-testid=key-downtime]").await?;
                check(downtime.contains("3 h 39 min"), format!("key figure: {downtime}"))?;
                click(&c, "[data-testid=copy-questions]").await?;
                let copied = text_of(&c, "[data-testid=copied]").await?;
                check(copied.starts_with("Copied ") && copied.contains("question"), format!("copied: {copied}"))?;

                // Compare this review with the example.
                click(&c, "[data-testid=home]").await?;
                wait_for(&c, "[data-testid=review-card]").await?;
                js(&c, "document.querySelectorAll('[data-testid=compare-pick]').forEach(el => el.click()); return true", vec![]).await?;
                click(&c, "[data-testid=compare]").await?;
                wait_until(
                    &c,
                    "the review comparison",
                    "const el = document.querySelector('[data-testid=review-comparison]'); \
                     return !!el && el.innerText.includes('Acme Voice') && el.innerText.includes('Example: 12-seat office quote') \
                        && el.innerText.includes('USD 20,582.58')",
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

    // The quote and the answers are in the database the app wrote.
    let store = Store::open(&home.db_path()).unwrap();
    let acme = store
        .list_reviews("Acme")
        .unwrap()
        .into_iter()
        .next()
        .expect("the review exists");
    let review = store.get_review(acme.id).unwrap();
    assert_eq!(
        review.answers.get("sla.uptime_percent"),
        Some(&AnswerValue::Percent(99.5))
    );
    assert_eq!(review.quotes.len(), 1);
    assert_eq!(review.quotes[0].quote.monthly_minor, 30_000);
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn the_notice_deadline_in_the_window_follows_the_clause() {
    // The domain brief's example: 2027-01-31 + 36 months renews 2030-01-31, so the term ends
    // 2030-01-30. 60 days before the end of the term: 2030-01-30 − 30 days = 2029-12-31, − 30
    // more = 2029-12-01; before the renewal date: 2029-12-02.
    let today = chrono::Local::now().date_naive();
    let days_left = (chrono::NaiveDate::from_ymd_opt(2029, 12, 1).unwrap() - today).num_days();
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=new-review]").await?;
                type_into(&c, "[data-testid=context-provider]", "Acme Voice").await?;
                type_into(&c, "[data-testid=context-start-date]", "2027-01-31").await?;
                click(&c, "[data-testid=create-review]").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;

                click(&c, "[data-question-id='cancellation.auto_renews'] input[value=yes]").await?;
                type_into(&c, "#q-cancellation-notice_days", "60").await?;
                let figure = "[data-testid='figure-cancellation.notice_counted_before']";
                let shows = |text: &str| {
                    format!(
                        "const el = document.querySelector(\"{figure}\"); return !!el && el.innerText.includes('{text}')"
                    )
                };
                // Nothing chosen yet: counted from the end of the term, the earlier date.
                wait_until(
                    &c,
                    "the deadline before the end of the term",
                    &shows("notice must arrive by 2029-12-01, 60 days before the end of the term (2030-01-30)"),
                    vec![],
                )
                .await?;
                check(
                    text_of(&c, figure).await?.contains("What the clause counts from is not entered"),
                    "the figure says which date it assumed",
                )?;
                // The clause counts from the renewal date: one day later.
                click(&c, "[data-question-id='cancellation.notice_counted_before'] input[value=renewal_date]").await?;
                wait_until(
                    &c,
                    "the deadline before the renewal date",
                    &shows("notice must arrive by 2029-12-02, 60 days before the renewal date (2030-01-31)"),
                    vec![],
                )
                .await?;
                click(&c, "[data-question-id='cancellation.notice_counted_before'] input[value=end_of_term]").await?;
                wait_until(
                    &c,
                    "the deadline back at the end of the term",
                    &shows("notice must arrive by 2029-12-01"),
                    vec![],
                )
                .await?;
                scroll_main_to(&c, figure).await?;
                wait_saved(&c).await?;

                // The summary's key figure agrees, with the days left from today.
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=key-notice]").await?;
                let key = text_of(&c, "[data-testid=key-notice]").await?;
                check(key.contains("Notice must arrive by"), format!("key figure label: {key}"))?;
                check(
                    key.contains(&format!("2029-12-01 ({days_left} days left)")),
                    format!("key figure value ({days_left} days left): {key}"),
                )?;
                check(
                    key.contains("60 days before the end of the term (2030-01-30); otherwise it renews on 2030-01-31"),
                    format!("key figure rule: {key}"),
                )?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );

    let store = Store::open(&home.db_path()).unwrap();
    let acme = store
        .list_reviews("Acme")
        .unwrap()
        .into_iter()
        .next()
        .expect("the review exists");
    let review = store.get_review(acme.id).unwrap();
    assert_eq!(review.context.start_date.as_deref(), Some("2027-01-31"));
    assert_eq!(
        review.answers.get("cancellation.notice_counted_before"),
        Some(&AnswerValue::Choice("end_of_term".into()))
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn markup_is_shown_as_text_and_a_review_file_round_trips() {
    const IMG: &str = "<img src=x onerror=alert(1)>";
    const SCRIPT: &str = "<script>alert(2)</script>";
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=new-review]").await?;
                type_into(&c, "[data-testid=context-provider]", IMG).await?;
                type_into(&c, "[data-testid=context-plan]", SCRIPT).await?;
                click(&c, "[data-testid=create-review]").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;
                type_into(&c, "[data-testid=area-notes]", &format!("{IMG} {SCRIPT}")).await?;
                click(&c, "[data-testid=rail-competitors]").await?;
                wait_for(&c, "[data-testid=quotes]").await?;
                type_into(&c, "#quote-provider", IMG).await?;
                type_into(&c, "#quote-monthly", "10").await?;
                type_into(&c, "#quote-notes", SCRIPT).await?;
                click(&c, "[data-testid=save-quote]").await?;
                wait_until(&c, "the quote row", "return document.querySelectorAll('[data-testid=delete-quote]').length === 1", vec![]).await?;
                wait_saved(&c).await?;
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=review-status]").await?;
                // Shown as text: the title reads the markup literally, and no element was made.
                let title = text_of(&c, "[data-testid=review-title]").await?;
                check_eq(title.as_str(), format!("{IMG} · {SCRIPT}").as_str(), "title")?;
                let injected = js(
                    &c,
                    "return document.querySelectorAll('img[src=x], main script, .review-main script').length",
                    vec![],
                )
                .await?;
                check_eq(injected, json!(0), "elements created from user text")?;
                let page = js(&c, "return document.body.innerText", vec![]).await?;
                check(page.as_str().is_some_and(|t| t.contains(IMG)), "the markup is visible as text")?;

                // Export the review file, then import it back as a second review.
                click(&c, "[data-testid=export-review-file]").await?;
                wait_for(&c, "[data-testid=review-file-done]").await?;
                click(&c, "[data-testid=home]").await?;
                wait_for(&c, "[data-testid=review-card]").await?;
                click(&c, "[data-testid=import-review]").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;
                check_eq(
                    text_of(&c, "[data-testid=review-title]").await?.as_str(),
                    format!("{IMG} · {SCRIPT}").as_str(),
                    "imported title",
                )?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    let store = Store::open(&home.db_path()).unwrap();
    let matching = store.list_reviews("img src").unwrap();
    assert_eq!(matching.len(), 2, "the original and the imported copy");
    for item in matching {
        let review = store.get_review(item.id).unwrap();
        assert_eq!(review.context.provider, IMG);
        assert_eq!(review.areas[0].notes, format!("{IMG} {SCRIPT}"));
        assert_eq!(review.quotes[0].quote.notes, SCRIPT);
    }
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_damaged_database_is_moved_aside_and_a_backup_restored_in_the_window() {
    let home = TestHome::new();
    let db = home.db_path();
    {
        let mut store = Store::open(&db).unwrap();
        store
            .insert_review(&voip_review::sample::example_review())
            .unwrap();
        store.backup_now().unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
    }
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[..16].copy_from_slice(b"damaged damaged!");
    std::fs::write(&db, &bytes).unwrap();

    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_for(&c, "[data-testid=database-damaged]").await?;
                let message = text_of(&c, ".fatal-message").await?;
                check(
                    message.contains("moved aside"),
                    format!("message: {message}"),
                )?;
                click(&c, "[data-testid=restore-backup]").await?;
                click(&c, "[data-testid=confirm-button]").await?;
                wait_for(&c, "[data-testid=review-card]").await?;
                let cards = js(
                    &c,
                    "return document.querySelectorAll('[data-testid=review-card]').length",
                    vec![],
                )
                .await?;
                check_eq(cards, json!(1), "the restored review")?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    // The damaged file is kept beside, untouched.
    let kept: Vec<_> = std::fs::read_dir(db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".damaged-"))
        .collect();
    assert!(!kept.is_empty(), "the damaged file was kept");
}

/// Scrolling the competitors page scrolls its content pane only: the top bar and the area rail
/// stay where they are (the window itself never scrolls).
#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn scrolling_the_competitors_page_keeps_the_top_bar_and_rail_in_view() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-competitors]").await?;
                wait_for(&c, "[data-testid=quote-comparison]").await?;
                // Scroll the way a wheel and a focused field do: the pane to its end, the
                // window by a screenful, and the last control into view (which scrolls every
                // scrollable ancestor, the document included, if it can).
                let state = js(
                    &c,
                    "const main = document.querySelector('.review-main'); \
                     main.scrollTop = main.scrollHeight; \
                     window.scrollBy(0, 2000); \
                     document.querySelector('[data-testid=save-quote]').scrollIntoView({ block: 'end' }); \
                     await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); \
                     const header = document.querySelector('.review-header').getBoundingClientRect(); \
                     const rail = document.querySelector('.rail').getBoundingClientRect(); \
                     return { scrollY: window.scrollY, headerTop: header.top, \
                              railTop: Math.round(rail.top - header.bottom), \
                              mainScrolled: main.scrollTop > 0, \
                              documentOverflow: document.scrollingElement.scrollHeight - window.innerHeight }",
                    vec![],
                )
                .await?;
                check_eq(state["scrollY"].as_f64(), Some(0.0), "window.scrollY")?;
                check_eq(state["headerTop"].as_f64(), Some(0.0), "top bar's top")?;
                check_eq(state["railTop"].as_f64(), Some(0.0), "rail's top below the top bar")?;
                check_eq(state["mainScrolled"].as_bool(), Some(true), "content pane scrolled")?;
                check(
                    state["documentOverflow"].as_f64().is_some_and(|px| px <= 0.0),
                    format!("the document is taller than the window: {state}"),
                )?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
}
