//! After signing, in the real window: the example is marked signed on its summary page, its
//! deadlines appear on the home screen (soonest first, a click opens the review), the calendar
//! file and the notice letter are written through the app's save path, and the letter's
//! reminder names the last day it must arrive.
//!
//! The example starts 2027-01-04 for 36 months with 90 days' notice before the end of the term
//! (2030-01-03): 2030-01-03 − 3 = 2029-12-31, − 31 = 2029-11-30, − 30 = 2029-10-31, − 26 =
//! 2029-10-05. Its other dates are worked in `voip_review::deadlines::tests`.

use crate::harness::*;
use crate::{finish, scroll_main_to};
use serde_json::json;

const DEADLINE_ROWS: &str = "return Array.from(document.querySelectorAll('[data-testid=upcoming-list] [data-testid=deadline]')).map(li => \
    li.dataset.key + ' ' + li.querySelector('[data-testid=deadline-date]').innerText.trim()).join('|')";

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn the_example_marked_signed_shows_its_deadlines_and_exports_the_calendar_and_the_letter() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let calendar = home.calendar_path();
    let letter = home.letter_path();
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                // No signed contract yet: no panel on the home screen.
                wait_for(&c, "[data-testid=review-card] .review-open").await?;
                check(
                    js(&c, "return document.querySelector('[data-testid=upcoming-deadlines]') === null", vec![]).await?
                        == json!(true),
                    "no deadlines panel before anything is signed",
                )?;
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-summary]").await?;
                scroll_main_to(&c, "[data-testid=contract]").await?;
                click(&c, "[data-testid=mark-signed]").await?;
                type_into(&c, "[data-testid=signed-on-date]", "1 Dec 2026").await?;
                click(&c, "[data-testid=confirm-signed]").await?;
                wait_for(&c, "[data-testid=signed-on]").await?;
                let signed = text_of(&c, "[data-testid=signed-on]").await?;
                check(
                    signed.to_lowercase().ends_with("signed on 1 dec 2026. its deadlines are on the home screen."),
                    format!("signed line: {signed}"),
                )?;
                wait_for(&c, "[data-testid=contract-deadlines]").await?;
                let notice = text_of(
                    &c,
                    "[data-testid=contract-deadlines] [data-key=notice-deadline] [data-testid=deadline-date]",
                )
                .await?;
                check_eq(notice.as_str(), "5 Oct 2029", "notice deadline on the summary")?;

                // The calendar file for this contract, through the app's save path.
                click(&c, "[data-testid=add-to-calendar]").await?;
                wait_for(&c, "[data-testid=calendar-done]").await?;
                check(
                    text_of(&c, "[data-testid=calendar-done]")
                        .await?
                        .starts_with("Saved 7 deadlines to"),
                    "calendar saved with 7 deadlines",
                )?;

                // The notice letter: its reminder and its PDF.
                click(&c, "[data-testid=prepare-letter]").await?;
                wait_for(&c, "[data-testid=letter-reminder]").await?;
                let reminder = text_of(&c, "[data-testid=letter-reminder]").await?;
                check(
                    reminder.starts_with("The letter must arrive by 5 Oct 2029 ("),
                    format!("reminder: {reminder}"),
                )?;
                let text = value_of(&c, "[data-testid=letter-text]").await?;
                check(
                    text.contains("on 3 Jan 2030 (our last day of service)")
                        && text.contains("Master Services Agreement §9.3"),
                    format!("letter text: {text}"),
                )?;
                click(&c, "[data-testid=save-letter]").await?;
                wait_for(&c, "[data-testid=letter-done]").await?;

                // The home screen lists the example's deadlines, soonest first, and marks the
                // review a contract in force.
                click(&c, "[data-testid=home]").await?;
                wait_for(&c, "[data-testid=upcoming-list]").await?;
                check_eq(
                    js(&c, "return document.querySelector('[data-testid=signed-tag]').textContent.trim()", vec![])
                        .await?
                        .as_str()
                        .unwrap_or_default(),
                    "Signed 1 Dec 2026",
                    "signed tag",
                )?;
                click(&c, "[data-testid=show-all-deadlines]").await?;
                let rows = js(&c, DEADLINE_ROWS, vec![]).await?;
                check_eq(
                    rows.as_str().unwrap_or_default(),
                    "walk-away-end 3 Feb 2027|promotion-end 4 Mar 2027|warranty-end 3 Jan 2028|\
                     price-increase-2 4 Jan 2028|price-increase-3 4 Jan 2029|\
                     notice-deadline 5 Oct 2029|renewal 4 Jan 2030",
                    "upcoming deadlines",
                )?;
                // A click on a deadline opens the review.
                click(&c, "[data-testid=upcoming-list] [data-key=notice-deadline] button").await?;
                wait_for(&c, "[data-testid=rail-summary]").await?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    drop(driver);

    // The calendar file, read by an independent parser (the `ical` crate).
    let text = std::fs::read_to_string(&calendar).expect("calendar written");
    let parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendars: Vec<_> = parser
        .collect::<Result<_, _>>()
        .expect("a valid iCalendar file");
    assert_eq!(calendars.len(), 1);
    let notice = calendars[0]
        .events
        .iter()
        .find(|e| {
            e.properties.iter().any(|p| {
                p.name == "UID"
                    && p.value
                        .as_deref()
                        .is_some_and(|v| v.contains("-notice-deadline@"))
            })
        })
        .expect("the notice deadline event");
    let value = |name: &str| {
        notice
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(value("DTSTART"), "20291005");
    assert_eq!(value("DTEND"), "20291006");
    let triggers: Vec<String> = notice
        .alarms
        .iter()
        .flat_map(|a| &a.properties)
        .filter(|p| p.name == "TRIGGER")
        .filter_map(|p| p.value.clone())
        .collect();
    assert_eq!(triggers, ["-P30D", "-P7D"]);

    // The letter: a valid one-page PDF with the dates worked above.
    let bytes = std::fs::read(&letter).expect("letter written");
    assert!(bytes.starts_with(b"%PDF-"));
    if let Ok(out) = std::process::Command::new("pdftotext")
        .arg(&letter)
        .arg("-")
        .output()
    {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("3 Jan 2030"), "{text}");
        assert!(text.contains("5 Oct 2029"), "{text}");
    }
}
