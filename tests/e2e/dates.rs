//! Dates typed the way people write them, the calendar, the New review form that shows every
//! problem at once, and screens that do not move under the pointer.

use crate::finish;
use crate::harness::*;
use fantoccini::key::Key;
use serde_json::json;
use voip_review_core::Store;

/// Waits until a field shows `expected` (the core answers asynchronously).
async fn wait_value(c: &fantoccini::Client, css: &str, expected: &str) -> TestResult {
    wait_until(
        c,
        &format!("{css} to show {expected:?}"),
        "const el = document.querySelector(arguments[0]); return !!el && el.value === arguments[1]",
        vec![json!(css), json!(expected)],
    )
    .await
}

async fn wait_text(c: &fantoccini::Client, css: &str, expected: &str) -> TestResult {
    wait_until(
        c,
        &format!("{css} to read {expected:?}"),
        "const el = document.querySelector(arguments[0]); return !!el && el.innerText.trim() === arguments[1]",
        vec![json!(css), json!(expected)],
    )
    .await
}

async fn gone(c: &fantoccini::Client, css: &str) -> TestResult {
    wait_until(
        c,
        &format!("{css} to go"),
        "return document.querySelector(arguments[0]) === null",
        vec![json!(css)],
    )
    .await
}

/// Sends keys to the element that has focus.
async fn keys(c: &fantoccini::Client, text: &str) -> TestResult {
    c.active_element()
        .await
        .map_err(|e| format!("focused element: {e}"))?
        .send_keys(text)
        .await
        .map_err(|e| format!("keys: {e}"))
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn dates_are_read_as_people_write_them_and_shown_one_way() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                // Records whether this WebKitGTK knows <input type="date"> at all (an unknown type
                // reads back as "text"); the app uses its own calendar either way.
                let native = js(
                    &c,
                    "const i = document.createElement('input'); i.type = 'date'; return i.type",
                    vec![],
                )
                .await?;
                eprintln!("WebKitGTK <input type=date> reads back as type {native}");

                click(&c, "[data-testid=new-review]").await?;
                type_into(&c, "[data-testid=context-provider]", "Acme Voice").await?;
                // Day, month name, year and a day-first date that can only be read one way.
                type_into(&c, "[data-testid=context-quote-date]", "1 March 2027").await?;
                wait_value(&c, "[data-testid=context-quote-date]", "1 Mar 2027").await?;
                type_into(&c, "[data-testid=context-start-date]", "31/12/2027").await?;
                wait_value(&c, "[data-testid=context-start-date]", "31 Dec 2027").await?;
                click(&c, "[data-testid=create-review]").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;

                // Quote details: month name first, and ISO.
                click(&c, "[data-testid=rail-context]").await?;
                wait_value(&c, "[data-testid=context-start-date]", "31 Dec 2027").await?;
                type_into(&c, "[data-testid=context-start-date]", "Mar 1, 2027").await?;
                wait_value(&c, "[data-testid=context-start-date]", "1 Mar 2027").await?;
                wait_saved(&c).await?;
                type_into(&c, "[data-testid=context-quote-date]", "2027-02-15").await?;
                wait_value(&c, "[data-testid=context-quote-date]", "15 Feb 2027").await?;
                wait_saved(&c).await?;

                // 3/1/2027 is 3 January or 1 March: both are offered, nothing is guessed.
                type_into(&c, "[data-testid=context-quote-date]", "3/1/2027").await?;
                wait_for(&c, "[data-testid=context-quote-date-choices]").await?;
                let offered = js(
                    &c,
                    "return [...document.querySelectorAll('[data-testid=context-quote-date-choices] button')].map(b => b.innerText.trim())",
                    vec![],
                )
                .await?;
                check_eq(offered, json!(["3 Jan 2027", "1 Mar 2027"]), "readings offered")?;
                check_eq(
                    text_of(&c, "[data-testid='error-context.quote_date']").await?.as_str(),
                    "Quote date: \"3/1/2027\" could be 3 Jan 2027 or 1 Mar 2027; choose one, or write the month as a word (1 March 2027)",
                    "ambiguity message",
                )?;
                shot(&c, "dates-ambiguous.png").await?;
                click(&c, "[data-testid=context-quote-date-choices] [data-iso='2027-01-03']").await?;
                wait_value(&c, "[data-testid=context-quote-date]", "3 Jan 2027").await?;
                gone(&c, "[data-testid='error-context.quote_date']").await?;
                wait_saved(&c).await?;

                // The calendar, from the keyboard: it opens on the field's date; Right, Page Down
                // and Enter pick 2 April 2027.
                click(&c, "[data-testid=context-start-date-calendar]").await?;
                wait_text(&c, "[data-testid=calendar-month]", "March 2027").await?;
                shot(&c, "dates-calendar.png").await?;
                keys(&c, &Key::Right).await?;
                keys(&c, &Key::PageDown).await?;
                wait_text(&c, "[data-testid=calendar-month]", "April 2027").await?;
                keys(&c, &Key::Enter).await?;
                wait_value(&c, "[data-testid=context-start-date]", "2 Apr 2027").await?;
                gone(&c, "[data-testid=calendar]").await?;
                wait_saved(&c).await?;
                // Escape closes it without changing anything.
                click(&c, "[data-testid=context-start-date-calendar]").await?;
                wait_for(&c, "[data-testid=calendar]").await?;
                keys(&c, &Key::Escape).await?;
                gone(&c, "[data-testid=calendar]").await?;
                wait_value(&c, "[data-testid=context-start-date]", "2 Apr 2027").await?;

                // An impossible date in an answer names the reason; a real one is shown back.
                click(&c, "[data-testid=rail-upfront]").await?;
                wait_for(&c, "[data-testid=area-upfront]").await?;
                type_into(&c, "#q-upfront-promotion_expires", "2027-02-30").await?;
                let css = "[data-question-id='upfront.promotion_expires'] [data-testid=question-error]";
                wait_for(&c, css).await?;
                let message = text_of(&c, css).await?;
                check(
                    message.ends_with(": is not a real date: February 2027 has 28 days"),
                    format!("impossible date: {message}"),
                )?;
                type_into(&c, "#q-upfront-promotion_expires", "march 31st 2027").await?;
                wait_value(&c, "#q-upfront-promotion_expires", "31 Mar 2027").await?;
                gone(&c, css).await?;
                wait_saved(&c).await?;
                shot(&c, "dates-answer.png").await?;

                // The summary shows the dates the same way.
                click(&c, "[data-testid=rail-summary]").await?;
                wait_until(
                    &c,
                    "the summary's dates",
                    "return document.body.innerText.includes('3 Jan 2027') && document.body.innerText.includes('2 Apr 2027')",
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
    // Stored as ISO, whatever was typed.
    let store = Store::open(&home.db_path()).unwrap();
    let id = store.list_reviews("").unwrap()[0].id;
    let review = store.get_review(id).unwrap();
    assert_eq!(review.context.quote_date.as_deref(), Some("2027-01-03"));
    assert_eq!(review.context.start_date.as_deref(), Some("2027-04-02"));
    assert_eq!(
        review.answers.get("upfront.promotion_expires"),
        Some(&voip_review_core::model::AnswerValue::Date(
            "2027-03-31".into()
        ))
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn new_review_shows_every_problem_at_once_and_the_button_stays() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=new-review]").await?;
                let button = "[data-testid=create-review]";
                let (button_before, _) = rect(&c, button).await?;
                // Each field is checked as it is left.
                type_into(&c, "[data-testid=context-term]", "0").await?;
                wait_for(&c, "[data-testid='error-context.term_months']").await?;
                type_into(&c, "[data-testid=context-seats]", "0").await?;
                wait_for(&c, "[data-testid='error-context.seats']").await?;
                type_into(&c, "[data-testid=context-start-date]", "2027-02-30").await?;
                wait_for(&c, "[data-testid='error-context.start_date']").await?;
                // The provider was never touched: its problem waits for Create.
                check(
                    js(&c, "return document.querySelector(\"[data-testid='error-context.provider']\") === null", vec![]).await? == json!(true),
                    "the untouched provider is not marked before Create",
                )?;
                click(&c, button).await?;
                wait_for(&c, "[data-testid='error-context.provider']").await?;
                let shown = js(
                    &c,
                    "return [...document.querySelectorAll('.field-error[role=alert]')].map(e => e.innerText.trim())",
                    vec![],
                )
                .await?;
                check_eq(
                    shown,
                    json!([
                        "Provider: is required (1–200 characters)",
                        "Start date: is not a real date: February 2027 has 28 days",
                        "Contract term: must be between 1 and 120 months",
                        "Seats: must be between 1 and 10,000",
                    ]),
                    "every problem at once, in the form's order",
                )?;
                shot(&c, "dates-new-review-problems.png").await?;
                // A message longer than its quarter-width column wraps to two or three lines
                // (it pushed Create from 707 px to 775 px); the buttons sit in a bar below the
                // form, so the button stays put. The longest message, an ambiguous date with its
                // two readings offered as buttons, is added too.
                type_into(&c, "[data-testid=context-quote-date]", "3/1/2027").await?;
                wait_for(&c, "[data-testid=context-quote-date-choices]").await?;
                let (_, term_message_height) = rect(&c, "[data-testid='error-context.term_months']").await?;
                check(
                    term_message_height > 30.0,
                    format!("the term's message wraps in its column ({term_message_height} px)"),
                )?;
                let (button_after, _) = rect(&c, button).await?;
                check_eq(button_after, button_before, "Create's top (px) before and after the messages")?;
                click(&c, "[data-testid=context-quote-date-choices] [data-iso='2027-01-03']").await?;

                type_into(&c, "[data-testid=context-provider]", "Acme Voice").await?;
                type_into(&c, "[data-testid=context-term]", "24").await?;
                type_into(&c, "[data-testid=context-seats]", "12").await?;
                type_into(&c, "[data-testid=context-start-date]", "28 Feb 2027").await?;
                gone(&c, ".field-error[role=alert]").await?;
                click(&c, button).await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;
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
async fn nothing_the_owner_is_about_to_click_moves() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                // Rating against the playbook's suggestion adds a note; Next stays put. The
                // example's cancellation area is suggested a deal-breaker.
                crate::open_example(&c).await?;
                crate::scroll_main_to(&c, "[data-testid=next]").await?;
                let (next_before, _) = rect(&c, "[data-testid=next]").await?;
                click(
                    &c,
                    "[data-testid=rating-cancellation] input[value=acceptable]",
                )
                .await?;
                wait_saved(&c).await?;
                wait_for(&c, "[data-testid=override-note]").await?;
                let (next_after, _) = rect(&c, "[data-testid=next]").await?;
                check_eq(
                    next_after,
                    next_before,
                    "Next button's top (px) before and after rating",
                )?;
                shot(&c, "dates-rating-note.png").await?;

                // Answering a question does not change the height of its row (a yes/no and a
                // choice question: WebKit laid an unanswered one out 20 px taller).
                click(&c, "[data-testid=home]").await?;
                click(&c, "[data-testid=new-review]").await?;
                type_into(&c, "[data-testid=context-provider]", "Acme Voice").await?;
                click(&c, "[data-testid=create-review]").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;
                for (question, option) in [
                    ("cancellation.auto_renews", "yes"),
                    ("cancellation.etf_structure", "none"),
                ] {
                    let row = format!("[data-question-id='{question}']");
                    let (_, unanswered) = rect(&c, &row).await?;
                    click(&c, &format!("{row} input[value={option}]")).await?;
                    wait_saved(&c).await?;
                    let (_, answered) = rect(&c, &row).await?;
                    check_eq(
                        answered,
                        unanswered,
                        &format!("{question}: row height (px) before and after answering"),
                    )?;
                }

                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
}

/// The top and height of an element, in CSS pixels from the top of the window.
async fn rect(c: &fantoccini::Client, css: &str) -> TestResult<(f64, f64)> {
    wait_for(c, css).await?;
    let v = js(
        c,
        "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.top, r.height]",
        vec![json!(css)],
    )
    .await?;
    let n = |i: usize| {
        v.get(i)
            .and_then(serde_json::Value::as_f64)
            .unwrap_or(f64::NAN)
    };
    Ok((n(0), n(1)))
}
