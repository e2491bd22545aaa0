//! The owner's hour (issue 11), the last items: Ctrl+Z in text fields, a notice that covers
//! nothing, a ticked must-have that moves no field, and question words explained without a Tab
//! stop per word.

use crate::finish;
use crate::harness::*;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::json;
use std::sync::{Arc, Mutex};
use voip_review_core::Store;

/// Sends keys to the element `css` (the page sees real key events).
async fn press(c: &fantoccini::Client, css: &str, keys: &str) -> TestResult {
    wait_for(c, css).await?;
    c.find(Locator::Css(css))
        .await
        .map_err(|e| format!("find {css}: {e}"))?
        .send_keys(keys)
        .await
        .map_err(|e| format!("keys in {css}: {e}"))
}

/// Real X input events (`xdotool` with `commands`, split at spaces), as a mouse or keyboard
/// sends them to the window under the pointer: WebDriver's own actions go around the paths a
/// person's input takes.
async fn xdotool(commands: &str) -> TestResult {
    let out = tokio::process::Command::new("xdotool")
        .args(commands.split_whitespace())
        .output()
        .await
        .map_err(|e| format!("could not run xdotool: {e}"))?;
    check(
        out.status.success(),
        format!("xdotool: {}", String::from_utf8_lossy(&out.stderr)),
    )
}

/// Waits until the scrolling element `css` has moved more than 100 px down (`what` names it).
async fn scrolled_down(c: &fantoccini::Client, what: &str, css: &str) -> TestResult {
    wait_until(
        c,
        what,
        "return document.querySelector(arguments[0]).scrollTop > 100",
        vec![json!(css)],
    )
    .await
}

/// A key pressed with modifiers held, then all released.
fn chord(modifiers: &[Key], key: &str) -> String {
    let mut keys: String = modifiers.iter().map(|m| &**m).collect();
    keys.push_str(key);
    keys.push_str(&Key::Null);
    keys
}

/// Sends keys to the element that has the focus.
async fn keys(c: &fantoccini::Client, text: &str) -> TestResult {
    c.active_element()
        .await
        .map_err(|e| format!("focused element: {e}"))?
        .send_keys(text)
        .await
        .map_err(|e| format!("keys: {e}"))
}

/// Top, bottom and height of an element, in CSS pixels from the top of the window.
async fn rect(c: &fantoccini::Client, css: &str) -> TestResult<(f64, f64, f64)> {
    wait_for(c, css).await?;
    let v = js(
        c,
        "const r = document.querySelector(arguments[0]).getBoundingClientRect(); \
         return [r.top, r.bottom, r.height]",
        vec![json!(css)],
    )
    .await?;
    let n = |i: usize| {
        v.get(i)
            .and_then(serde_json::Value::as_f64)
            .unwrap_or(f64::NAN)
    };
    Ok((n(0), n(1), n(2)))
}

async fn new_review(c: &fantoccini::Client) -> TestResult {
    click(c, "[data-testid=new-review]").await?;
    type_into(c, "[data-testid=context-provider]", "Acme Voice").await?;
    type_into(c, "[data-testid=context-seats]", "20").await?;
    click(c, "[data-testid=create-review]").await?;
    wait_for(c, "[data-testid=area-cancellation]").await
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

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn ctrl_z_in_a_text_field_undoes_and_redoes_the_typing() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let shown = Arc::new(Mutex::new(String::new()));
    let kept = shown.clone();
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                // WebKitGTK binds no key to undo in a text field (Ctrl+Z did nothing by hand
                // under Xvfb); the app's own binding asks the field's editor.
                let search = "[data-testid=search]";
                press(&c, search, "north").await?;
                check_eq(value_of(&c, search).await?.as_str(), "north", "typed")?;
                press(&c, search, &chord(&[Key::Control], "z")).await?;
                check_eq(value_of(&c, search).await?.as_str(), "", "after Ctrl+Z")?;
                press(&c, search, &chord(&[Key::Control, Key::Shift], "z")).await?;
                check_eq(
                    value_of(&c, search).await?.as_str(),
                    "north",
                    "after Ctrl+Shift+Z",
                )?;
                press(&c, search, &chord(&[Key::Control], "z")).await?;
                press(&c, search, &chord(&[Key::Control], "y")).await?;
                check_eq(
                    value_of(&c, search).await?.as_str(),
                    "north",
                    "after Ctrl+Y",
                )?;
                press(&c, search, &chord(&[Key::Control], "z")).await?;
                check_eq(value_of(&c, search).await?.as_str(), "", "undone again")?;

                // In a review's notes, with an Undo toast showing: the typing is undone, the
                // toast's Undo is not pressed, and what the field shows is what is saved.
                new_review(&c).await?;
                let fixed = "[data-question-id='cancellation.etf_structure'] input[value=fixed]";
                click(&c, fixed).await?;
                wait_saved(&c).await?;
                click(
                    &c,
                    "[data-question-id='cancellation.etf_structure'] [data-testid=clear-answer]",
                )
                .await?;
                wait_for(&c, "[data-testid=toast-undo]").await?;
                wait_saved(&c).await?;
                let notes = "[data-testid=area-notes]";
                let typed = "Call back Monday. Ask for the ETF in writing";
                press(&c, notes, typed).await?;
                check_eq(value_of(&c, notes).await?.as_str(), typed, "typed notes")?;
                press(&c, notes, &chord(&[Key::Control], "z")).await?;
                let undone = value_of(&c, notes).await?;
                check(
                    undone.len() < typed.len() && typed.starts_with(&undone),
                    format!("Ctrl+Z undid typing in the notes: {undone:?}"),
                )?;
                check(
                    !is_checked(&c, fixed).await?,
                    "the cleared answer stays cleared",
                )?;
                wait_for(&c, "[data-testid=toast-undo]").await?;
                press(&c, notes, &chord(&[Key::Control, Key::Shift], "z")).await?;
                check_eq(value_of(&c, notes).await?.as_str(), typed, "after redo")?;
                press(&c, notes, &chord(&[Key::Control], "z")).await?;
                *kept.lock().unwrap() = value_of(&c, notes).await?;
                press(&c, notes, &Key::Tab).await?;
                wait_saved(&c).await
            }
            .await;
            (c, r)
        })
        .await,
    );
    // The store has what the field showed after the last undo.
    let store = Store::open(&home.db_path()).unwrap();
    let id = store
        .list_reviews("")
        .unwrap()
        .into_iter()
        .find(|r| !r.is_example)
        .unwrap()
        .id;
    let review = store.get_review(id).unwrap();
    assert_eq!(review.areas[0].notes, *shown.lock().unwrap());
    assert!(!review.answers.contains_key("cancellation.etf_structure"));
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn the_notice_sits_in_the_status_bar_covers_nothing_and_escape_dismisses_it() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-sla]").await?;
                crate::scroll_main_to(&c, "[data-question-id='sla.measurement_window']").await?;
                let main_before = rect(&c, ".review-main").await?;
                let rail_before = rect(&c, ".rail").await?;
                let (bar_top, bar_bottom, _) = rect(&c, "[data-testid=status-bar]").await?;
                let window = js(&c, "return window.innerHeight", vec![]).await?;
                check_eq(Some(bar_bottom), window.as_f64(), "the status bar ends at the window's bottom")?;
                check(
                    main_before.1 <= bar_top && rail_before.1 <= bar_top,
                    format!("the panes end above the bar: main {main_before:?}, rail {rail_before:?}, bar at {bar_top}"),
                )?;

                let clear = "[data-question-id='sla.measurement_window'] [data-testid=clear-answer]";
                click(&c, clear).await?;
                wait_for(&c, "[data-testid=toast]").await?;
                let toast = rect(&c, "[data-testid=toast]").await?;
                check(
                    toast.0 >= bar_top && toast.1 <= bar_bottom,
                    format!("the toast {toast:?} lies inside the status bar ({bar_top}–{bar_bottom})"),
                )?;
                check_eq(rect(&c, ".review-main").await?, main_before, "the main pane with the toast")?;
                check_eq(rect(&c, ".rail").await?, rail_before, "the rail with the toast")?;

                // Escape dismisses it (focus on the page, not in a field).
                js(&c, "document.activeElement.blur(); return true", vec![]).await?;
                keys(&c, &Key::Escape).await?;
                gone(&c, "[data-testid=toast]").await?;
                // Dismissed, not undone: the answer is put back by hand.
                click(&c, "[data-question-id='sla.measurement_window'] input[value=month]").await?;
                wait_saved(&c).await?;

                // The × closes it too; a dialog open takes Escape first.
                click(&c, clear).await?;
                wait_for(&c, "[data-testid=toast-dismiss]").await?;
                click(&c, "[data-testid=toast-dismiss]").await?;
                gone(&c, "[data-testid=toast]").await?;

                // On the list, the notice of a deleted review is in the same bar, in place of
                // the database's path.
                click(&c, "[data-testid=home]").await?;
                wait_for(&c, "[data-testid=db-path]").await?;
                click(&c, "[data-testid=delete-review]").await?;
                click(&c, "[data-testid=confirm-button]").await?;
                wait_for(&c, "[data-testid=status-bar] [data-testid=toast]").await?;
                check_eq(
                    js(&c, "const p = document.querySelector('[data-testid=db-path]'); return !!p && p.getClientRects().length > 0", vec![]).await?,
                    json!(false),
                    "the path is hidden while the notice shows",
                )?;
                click(&c, "[data-testid=toast-undo]").await?;
                wait_for(&c, "[data-testid=review-card]").await
            }
            .await;
            (c, r)
        })
        .await,
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn ticking_a_must_have_moves_no_field_below_it() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                new_review(&c).await?;
                click(&c, "[data-testid=rail-features]").await?;
                wait_for(&c, "[data-testid=area-features]").await?;
                click(
                    &c,
                    "[data-question-id='features.call_recording'] input[value=add_on]",
                )
                .await?;
                wait_saved(&c).await?;
                crate::scroll_main_to(&c, "[data-question-id='features.must_have']").await?;
                // The field the owner goes to next, below the must-haves.
                let next_field = "#q-features-crm_name";
                let (before, _, _) = rect(&c, next_field).await?;
                click(
                    &c,
                    "[data-question-id='features.must_have'] input[value=call_recording]",
                )
                .await?;
                wait_saved(&c).await?;
                // The card saying a must-have is an add-on appears, below every question.
                let card = "[data-testid='figure-features.crm_name']";
                wait_for(&c, card).await?;
                let said = js(
                    &c,
                    "return document.querySelector(arguments[0]).innerText",
                    vec![json!(card)],
                )
                .await?;
                check(
                    said.as_str().is_some_and(|s| {
                        s.contains("Must-haves sold as add-ons") && s.contains("Call recording")
                    }),
                    format!("the card: {said}"),
                )?;
                let (after, _, _) = rect(&c, next_field).await?;
                check_eq(
                    after,
                    before,
                    "the CRM field's top (px) before and after ticking",
                )?;
                let (field_top, _, _) = rect(&c, next_field).await?;
                let (card_top, _, _) = rect(&c, card).await?;
                check(card_top > field_top, "the card is below the field")?;
                type_into(&c, next_field, "HubSpot").await?;
                wait_saved(&c).await
            }
            .await;
            (c, r)
        })
        .await,
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn question_words_are_explained_without_a_tab_stop_each() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                new_review(&c).await?;
                // No explained word is a Tab stop.
                let stops = js(
                    &c,
                    "return [...document.querySelectorAll('[data-testid=term]')].filter(t => t.tabIndex >= 0).length",
                    vec![],
                )
                .await?;
                check_eq(stops, json!(0), "terms reachable with Tab")?;
                let terms = js(&c, "return document.querySelectorAll('[data-testid=term]').length", vec![]).await?;
                check(terms.as_u64().unwrap_or(0) > 0, "the area has explained words")?;

                // The question's fields are described by its words' explanations, so a screen
                // reader reads them with the field.
                let question = "[data-question-id='cancellation.etf_structure']";
                let described = js(
                    &c,
                    "const f = document.querySelector(arguments[0] + ' fieldset'); \
                     return (f.getAttribute('aria-describedby') || '').split(' ') \
                       .map(id => document.getElementById(id)).filter(Boolean) \
                       .map(e => e.textContent.trim()).join(' | ')",
                    vec![json!(question)],
                )
                .await?;
                let etf = voip_review_core::glossary::explain("ETF").unwrap();
                check(
                    described.as_str().is_some_and(|d| d.contains(etf)),
                    format!("the fieldset's description: {described}"),
                )?;

                // Tab from the first option of the ETF question goes to the next question's
                // options, not to a word in its label.
                let note = format!("{question} [data-testid=terms-note]");
                let next_id = js(
                    &c,
                    "const qs = [...document.querySelectorAll('[data-question-id]')]; \
                     const i = qs.findIndex(q => q.matches(arguments[0])); \
                     return qs[i + 1].dataset.questionId",
                    vec![json!(question)],
                )
                .await?;
                let next_question = format!("[data-question-id='{}']", next_id.as_str().unwrap_or_default());
                let next_question = next_question.as_str();
                js(&c, "document.querySelector(arguments[0] + ' input[type=radio]').focus(); return true", vec![json!(question)]).await?;
                // Measured once the focus has scrolled the field into view.
                let (next_before, _, _) = rect(&c, next_question).await?;
                press(&c, &format!("{question} input[type=radio]"), &chord(&[Key::Shift], &Key::F1)).await?;
                wait_until(
                    &c,
                    "the explanation on screen",
                    "const n = document.querySelector(arguments[0]); return !!n && n.classList.contains('shown') && n.getBoundingClientRect().height > 20",
                    vec![json!(note)],
                )
                .await?;
                check(
                    text_of(&c, &note).await?.contains(etf),
                    "the note shows the ETF's explanation",
                )?;
                check_eq(
                    js(&c, "return !!document.querySelector('dialog[open][data-testid=help]')", vec![]).await?,
                    json!(false),
                    "Shift+F1 does not open the help",
                )?;
                let (next_after, _, _) = rect(&c, next_question).await?;
                check_eq(next_after, next_before, "the next question with the note shown")?;
                press(&c, &format!("{question} input[type=radio]"), &Key::Escape).await?;
                wait_until(
                    &c,
                    "the explanation hidden",
                    "return !document.querySelector(arguments[0]).classList.contains('shown')",
                    vec![json!(note)],
                )
                .await?;
                // Tab leaves the question for the next one's field.
                press(&c, &format!("{question} input[type=radio]"), &Key::Tab).await?;
                let focused = js(
                    &c,
                    "const a = document.activeElement; const q = a.closest('[data-question-id]'); \
                     return [a.dataset.testid || a.tagName, q ? q.dataset.questionId : null]",
                    vec![],
                )
                .await?;
                check(
                    focused[0] != json!("term"),
                    format!("Tab went to a word: {focused}"),
                )?;
                check(
                    focused[1] != json!("cancellation.etf_structure"),
                    format!("Tab left the question: {focused}"),
                )
            }
            .await;
            (c, r)
        })
        .await,
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn amounts_and_numbers_are_read_the_way_quotes_write_them() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=new-review]").await?;
                type_into(&c, "[data-testid=context-provider]", "Crestline").await?;
                // Another currency's sign is refused, naming the field's currency.
                type_into(&c, "[data-testid=context-charge]", "€27.95").await?;
                check_eq(
                    text_of(&c, "[data-testid='error-context.monthly_charge_minor']")
                        .await?
                        .as_str(),
                    "Monthly charge: is in USD, not €",
                    "a euro amount in a USD review",
                )?;
                // The review's own sign is read.
                type_into(&c, "[data-testid=context-charge]", "$27.95").await?;
                gone(&c, "[data-testid='error-context.monthly_charge_minor']").await?;
                click(&c, "[data-testid=create-review]").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;
                // The unit shown beside the field may be typed too.
                type_into(&c, "#q-cancellation-walkaway_days", "30 days").await?;
                type_into(&c, "#q-cancellation-port_out_fee", "USD 25").await?;
                wait_saved(&c).await?;
                check_eq(
                    js(
                        &c,
                        "return document.querySelectorAll('[data-testid=question-error]').length",
                        vec![],
                    )
                    .await?,
                    json!(0),
                    "no entry refused",
                )
            }
            .await;
            (c, r)
        })
        .await,
    );
    let store = Store::open(&home.db_path()).unwrap();
    let id = store
        .list_reviews("")
        .unwrap()
        .into_iter()
        .find(|r| !r.is_example)
        .unwrap()
        .id;
    let review = store.get_review(id).unwrap();
    // USD 27.95 is 2,795 cents; 30 days; USD 25 is 2,500 cents.
    assert_eq!(review.context.monthly_charge_minor, Some(2795));
    assert_eq!(
        review.answers.get("cancellation.walkaway_days"),
        Some(&voip_review_core::model::AnswerValue::Days(30))
    );
    match review.answers.get("cancellation.port_out_fee") {
        Some(voip_review_core::model::AnswerValue::Money(m)) => assert_eq!(m.minor, 2500),
        other => panic!("port-out fee: {other:?}"),
    }
}

/// A change of the review's currency corrects its label: the amounts typed in the old one keep
/// their number in the new one. An amount that came in another currency (here in a review file;
/// also a contract's amount accepted in its own) shows its code, and a figure beside it says the
/// totals leave it out until it is typed again in the review's currency.
#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn amounts_follow_a_change_of_currency_and_one_in_another_says_it_is_not_counted() {
    let home = TestHome::new();
    // The example (USD), with its shipping in yuan, as a review file to import.
    let mut example = voip_review_core::sample::example_review_as_stored();
    example.answers.insert(
        "upfront.shipping".into(),
        voip_review_core::model::AnswerValue::Money(voip_review_core::money::Money {
            minor: 6_000,
            currency: "CNY".into(),
        }),
    );
    std::fs::write(
        home.review_file_path(),
        voip_review_core::review_file::export(&example, chrono::Utc::now()),
    )
    .unwrap();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let fee = "#q-cancellation-port_out_fee";
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                new_review(&c).await?;
                type_into(&c, fee, "25").await?;
                wait_saved(&c).await?;
                // The owner meant euros: the review's currency changes, and the fee with it.
                click(&c, "[data-testid=rail-context]").await?;
                wait_for(&c, "[data-testid=context-currency]").await?;
                js(
                    &c,
                    "const menu = document.querySelector('[data-testid=context-currency]'); \
                     menu.value = 'EUR'; menu.dispatchEvent(new Event('change', { bubbles: true })); \
                     return true",
                    vec![],
                )
                .await?;
                wait_saved(&c).await?;
                click(&c, "[data-testid=rail-cancellation]").await?;
                wait_for(&c, fee).await?;
                check_eq(value_of(&c, fee).await?.as_str(), "25.00", "the fee, relabelled")?;
                gone(&c, "[data-testid='figure-cancellation.port_out_fee']").await?;

                // The imported review: its shipping in yuan is shown as such, and not counted.
                click(&c, "[data-testid=home]").await?;
                click(&c, "[data-testid=import-review]").await?;
                wait_for(&c, "[data-testid=rail-upfront]").await?;
                click(&c, "[data-testid=rail-upfront]").await?;
                let shipping = "#q-upfront-shipping";
                wait_for(&c, shipping).await?;
                check_eq(
                    value_of(&c, shipping).await?.as_str(),
                    "CNY 60.00",
                    "the shipping shows the currency it is saved in",
                )?;
                let figure = "[data-testid='figure-upfront.shipping']";
                wait_for(&c, figure).await?;
                check_eq(
                    text_of(&c, figure).await?.as_str(),
                    "Not counted in the figures: Shipping, CNY 60.00 (this review is in USD)\n\
                     It is saved in CNY, not in the review's currency, USD: the totals, the costs \
                     to leave and the flags leave it out. Type the amount again in USD to count it.",
                    "the figure under the shipping",
                )?;
                js(
                    &c,
                    "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' }); return true",
                    vec![json!(shipping)],
                )
                .await?;
                shot(&c, "amount-in-another-currency.png").await?;
                // Typed again in dollars, it counts and the figure goes.
                type_into(&c, shipping, "60").await?;
                wait_saved(&c).await?;
                gone(&c, figure).await
            }
            .await;
            (c, r)
        })
        .await,
    );
    let store = Store::open(&home.db_path()).unwrap();
    let reviews = store.list_reviews("").unwrap();
    let amount = |provider: &str, question: &str| {
        let item = reviews
            .iter()
            .find(|r| r.provider == provider && !r.is_example)
            .unwrap_or_else(|| panic!("{provider}: {reviews:?}"));
        match store.get_review(item.id).unwrap().answers.get(question) {
            Some(voip_review_core::model::AnswerValue::Money(m)) => (m.minor, m.currency.clone()),
            other => panic!("{question}: {other:?}"),
        }
    };
    // EUR 25 and USD 60 are 2,500 and 6,000 cents.
    assert_eq!(
        amount("Acme Voice", "cancellation.port_out_fee"),
        (2500, "EUR".into())
    );
    assert_eq!(
        amount("Northwind Voice", "upfront.shipping"),
        (6000, "USD".into())
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_figure_appearing_above_the_field_in_focus_leaves_that_field_where_it_is() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                new_review(&c).await?;
                click(&c, "[data-testid=rail-bandwidth]").await?;
                wait_for(&c, "[data-testid=area-bandwidth]").await?;
                crate::scroll_main_to(&c, "[data-question-id='bandwidth.latency_ms']").await?;
                // The latency is typed, then the owner clicks "Peak number of calls", further
                // down: leaving the latency saves it and the line-quality card appears between
                // the two, right after the packet loss.
                let latency = "#q-bandwidth-latency_ms";
                let peak = "#q-bandwidth-peak_concurrent_calls";
                press(&c, latency, "28").await?;
                let (before, _, _) = rect(&c, peak).await?;
                click(&c, peak).await?;
                let card = "[data-testid='figure-bandwidth.packet_loss_percent']";
                wait_for(&c, card).await?;
                wait_saved(&c).await?;
                let (card_top, _, card_height) = rect(&c, card).await?;
                check(
                    card_top < before && card_height > 20.0,
                    format!("the card ({card_top}, {card_height} px) is above the field"),
                )?;
                let (after, _, _) = rect(&c, peak).await?;
                check_eq(
                    after,
                    before,
                    "the focused field's top (px) before and after the card",
                )?;
                // And it is the field that has the focus and takes the typing.
                keys(&c, "12").await?;
                check_eq(
                    value_of(&c, peak).await?.as_str(),
                    "12",
                    "typed into the peak calls",
                )
            }
            .await;
            (c, r)
        })
        .await,
    );
}

/// The mouse wheel scrolls a review's page. Sent as real X wheel events (`xdotool`), as a mouse
/// sends them: WebDriver's own scrolling goes around the path that broke when WebKit drew
/// without accelerated compositing (stop 14, docs/performance.md).
#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn the_mouse_wheel_scrolls_a_review_page() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-sla]").await?;
                wait_for(&c, "[data-testid=area-sla]").await?;
                // The middle of the page's pane, in screen pixels (no window manager: the page
                // starts at the window's corner).
                let point = js(
                    &c,
                    "const main = document.querySelector('.review-main'); main.scrollTop = 0; \
                     const r = main.getBoundingClientRect(); \
                     return [Math.round(window.screenX + r.left + r.width / 2), \
                             Math.round(window.screenY + r.top + r.height / 2)].join(' ')",
                    vec![],
                )
                .await?;
                let point = point.as_str().unwrap_or_default().to_owned();
                let (x, y) = point
                    .split_once(' ')
                    .ok_or_else(|| format!("the pane's middle: {point:?}"))?;
                xdotool(&format!(
                    "mousemove {x} {y} sleep 0.3 click --repeat 5 --delay 80 5"
                ))
                .await?;
                scrolled_down(
                    &c,
                    "the page to scroll down under the wheel",
                    ".review-main",
                )
                .await
            }
            .await;
            (c, r)
        })
        .await,
    );
}

/// Page Down scrolls what the owner is reading without a click first: the review just opened
/// from the list (the button that opened it is gone, and with it the focus) and the help just
/// opened. Sent as real X key events (`xdotool`), to the window under the pointer, as a
/// keyboard does; the pointer rests on the window's title area, away from anything it could
/// change.
#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn page_down_scrolls_the_review_and_the_help_just_opened() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                let page_down =
                    || xdotool("mousemove 200 20 sleep 0.3 key --delay 150 Next Next Next");
                click(&c, "[data-testid=help-button]").await?;
                wait_for(&c, "[data-testid=help] .help-body h2").await?;
                page_down().await?;
                scrolled_down(&c, "the help to scroll down under Page Down", ".help-body").await?;
                click(&c, "[data-testid=help-close]").await?;

                click(&c, "[data-testid=review-card] .review-open").await?;
                wait_for(&c, ".review-main h1").await?;
                let tall = js(
                    &c,
                    "const m = document.querySelector('.review-main'); \
                     return m.scrollTop === 0 && m.scrollHeight > m.clientHeight + 400",
                    vec![],
                )
                .await?;
                check(
                    tall == json!(true),
                    "the review opens at the top of a page taller than its pane",
                )?;
                page_down().await?;
                scrolled_down(
                    &c,
                    "the review's page to scroll down under Page Down",
                    ".review-main",
                )
                .await
            }
            .await;
            (c, r)
        })
        .await,
    );
}
