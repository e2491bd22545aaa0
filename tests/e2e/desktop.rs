//! Desktop habits: Undo toasts, Back up now, the offline help (F1), Ctrl+P and a review that
//! reopens where it was left.

use crate::harness::*;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::json;
use voip_review_core::Store;
use voip_review_core::model::AnswerValue;
use voip_review_core::store::{BackupReason, ReviewPlace, list_backups};

fn finish(result: TestResult) {
    if let Err(message) = result {
        panic!("{message}");
    }
}

/// Presses keys in the element `css` (the page sees real key events).
async fn press(c: &fantoccini::Client, css: &str, keys: &str) -> TestResult {
    wait_for(c, css).await?;
    c.find(Locator::Css(css))
        .await
        .map_err(|e| format!("find {css}: {e}"))?
        .send_keys(keys)
        .await
        .map_err(|e| format!("keys in {css}: {e}"))
}

async fn toast_says(c: &fantoccini::Client, text: &str) -> TestResult {
    wait_until(
        c,
        &format!("a toast saying {text:?}"),
        "const el = document.querySelector('[data-testid=toast-message]'); \
         return !!el && el.innerText.includes(arguments[0])",
        vec![json!(text)],
    )
    .await
}

fn example_id(home: &TestHome) -> i64 {
    let store = Store::open(&home.db_path()).unwrap();
    store.list_reviews("").unwrap()[0].id
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn undo_brings_back_a_deleted_review_and_a_cleared_answer() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                // Delete (it asks first), then Undo in the toast: the review is back.
                wait_for(&c, "[data-testid=review-card]").await?;
                click(&c, "[data-testid=delete-review]").await?;
                click(&c, "[data-testid=confirm-button]").await?;
                wait_for(&c, "[data-testid=empty-state]").await?;
                toast_says(&c, "“Example: 12-seat office quote” moved to the trash.").await?;
                // The toast sits in a polite live region, so it is announced.
                let live = js(
                    &c,
                    "const el = document.querySelector('[data-testid=toast]').closest('[aria-live]'); \
                     return el ? el.getAttribute('aria-live') + ' ' + el.getAttribute('role') : null",
                    vec![],
                )
                .await?;
                check_eq(live, json!("polite status"), "the toast's live region")?;
                shot(&c, "toast-review-deleted.png").await?;
                click(&c, "[data-testid=toast-undo]").await?;
                wait_for(&c, "[data-testid=review-card]").await?;
                toast_says(&c, "Undone.").await?;

                // Clear an answer, then Undo from the keyboard (Tab reaches the button; here it is
                // focused and Enter pressed): the answer is back, saved again.
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-sla]").await?;
                let month = "[data-question-id='sla.measurement_window'] input[value=month]";
                check(is_checked(&c, month).await?, "the example's window is a calendar month")?;
                click(&c, "[data-question-id='sla.measurement_window'] [data-testid=clear-answer]").await?;
                toast_says(&c, "“Over what period is uptime measured?” cleared.").await?;
                wait_saved(&c).await?;
                check(!is_checked(&c, month).await?, "the answer is cleared")?;
                shot(&c, "toast-answer-cleared.png").await?;
                js(&c, "document.querySelector('[data-testid=toast-undo]').focus(); return true", vec![]).await?;
                press(&c, "[data-testid=toast-undo]", &Key::Enter).await?;
                toast_says(&c, "Undone.").await?;
                wait_saved(&c).await?;
                check(is_checked(&c, month).await?, "the answer is back")?;

                // Ctrl+Z in a text field belongs to the field (the platform's undo of typing):
                // it never presses the toast's Undo.
                click(&c, "[data-question-id='sla.measurement_window'] [data-testid=clear-answer]").await?;
                toast_says(&c, "cleared.").await?;
                let notes = "[data-testid=area-notes]";
                press(&c, notes, &format!("{}z{}", &*Key::Control, &*Key::Null)).await?;
                check(!is_checked(&c, month).await?, "Ctrl+Z in the notes left the cleared answer alone")?;
                toast_says(&c, "cleared.").await?;
                // Outside a text field, Ctrl+Z presses the toast's Undo.
                press(&c, notes, &Key::Tab).await?;
                js(&c, "document.activeElement.blur(); return true", vec![]).await?;
                press(&c, month, &format!("{}z{}", &*Key::Control, &*Key::Null)).await?;
                toast_says(&c, "Undone.").await?;
                wait_saved(&c).await?;
                check(is_checked(&c, month).await?, "Ctrl+Z outside a text field undid the clearing")
            }
            .await;
            (c, r)
        })
        .await,
    );
    // In the store: the answer is back, and both the clearing and its undo are in the history.
    let store = Store::open(&home.db_path()).unwrap();
    let id = store.list_reviews("").unwrap()[0].id;
    let review = store.get_review(id).unwrap();
    assert_eq!(
        review.answers["sla.measurement_window"],
        AnswerValue::Choice("month".into())
    );
    let changes: Vec<_> = voip_review_core::display::recent_history(&store, id)
        .unwrap()
        .into_iter()
        .filter(|h| h.what.contains("Over what period is uptime measured?"))
        .collect();
    assert_eq!(changes.len(), 4, "two clearings and two undos: {changes:?}");
    assert!(changes.iter().any(|h| h.new.is_none()), "{changes:?}");
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn back_up_now_adds_a_backup_to_the_list() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_for(&c, "[data-testid=review-card]").await?;
                click(&c, "[data-testid=show-backups]").await?;
                wait_for(&c, "[data-testid=backup-now]").await?;
                let rows = "return document.querySelectorAll('[data-testid=backup-row]').length";
                let shown = js(&c, rows, vec![]).await?.as_u64().unwrap_or(0);
                click(&c, "[data-testid=backup-now]").await?;
                wait_until(
                    &c,
                    "one more backup in the list",
                    "return document.querySelectorAll('[data-testid=backup-row]').length === arguments[0]",
                    vec![json!(shown + 1)],
                )
                .await?;
                let said = text_of(&c, "[data-testid=backup-taken]").await?;
                check(
                    said.starts_with("Backup taken ") && said.ends_with("with 1 review."),
                    format!("backup message: {said}"),
                )?;
                let first = text_of(&c, "[data-testid=backup-row]").await?;
                check(first.contains("Back up now"), format!("newest row: {first}"))?;
                shot(&c, "backup-now.png").await
            }
            .await;
            (c, r)
        })
        .await,
    );
    let backups = list_backups(&home.db_path()).unwrap();
    let manual: Vec<_> = backups
        .iter()
        .filter(|b| b.reason == BackupReason::Manual)
        .collect();
    assert_eq!(manual.len(), 1, "{backups:?}");
    assert_eq!(manual[0].reviews, Some(1));
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn f1_opens_the_help_at_the_area_on_screen() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                // From the list: F1 opens the help at its top, with all ten areas; Esc closes it.
                wait_for(&c, "[data-testid=review-card]").await?;
                press(&c, "[data-testid=search]", &Key::F1).await?;
                wait_for(&c, "dialog[open][data-testid=help] [data-testid=help-area]").await?;
                let areas = js(&c, "return document.querySelectorAll('[data-testid=help-area]').length", vec![]).await?;
                check_eq(areas, json!(10), "areas in the help")?;
                let text = text_of(&c, "[data-testid=help]").await?;
                for expected in ["How a review works", "Ctrl + P", "Fingerprint", "Why it matters"] {
                    check(text.contains(expected), format!("the help mentions {expected:?}"))?;
                }
                shot(&c, "help.png").await?;
                press(&c, "[data-testid=help-close]", &Key::Escape).await?;
                wait_until(&c, "the help to close", "return document.querySelector('[data-testid=help]') === null", vec![]).await?;

                // On the SLA page, F1 opens the help at the SLA, with how its figures are worked out.
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-sla]").await?;
                press(&c, "#q-sla-uptime_percent", &Key::F1).await?;
                wait_for(&c, "#help-sla").await?;
                wait_until(
                    &c,
                    "the SLA's help in view",
                    "const body = document.querySelector('.help-body'); const sla = document.querySelector('#help-sla'); \
                     const top = sla.getBoundingClientRect().top - body.getBoundingClientRect().top; \
                     return Math.abs(top) < 4 && document.activeElement && document.activeElement.id === 'help-sla-title'",
                    vec![],
                )
                .await?;
                let sla = text_of(&c, "#help-sla").await?;
                for expected in ["Downtime the SLA permits", "40 min 19 s", "Service credits", "What the app flags"] {
                    check(sla.contains(expected), format!("the SLA help mentions {expected:?}: {sla}"))?;
                }
                shot(&c, "help-sla.png").await?;
                click(&c, "[data-testid=help-close]").await?;
                wait_until(&c, "the help to close", "return document.querySelector('[data-testid=help]') === null", vec![]).await?;
                // The Help button opens it too.
                click(&c, "[data-testid=help-button]").await?;
                wait_for(&c, "dialog[open][data-testid=help]").await
            }
            .await;
            (c, r)
        })
        .await,
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_review_reopens_where_it_was_left_after_a_restart() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    // First run: the example is left on the bandwidth page, then reopened there from the list,
    // then left on its summary when the app is closed.
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=review-card] .review-open").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;
                click(&c, "[data-testid=rail-bandwidth]").await?;
                wait_for(&c, "[data-testid=area-bandwidth]").await?;
                click(&c, "[data-testid=home]").await?;
                click(&c, "[data-testid=review-card] .review-open").await?;
                wait_for(&c, "[data-testid=area-bandwidth]").await?;
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=rail-summary][aria-current=page]").await?;
                // The place is stored by the core: wait until it is, then close.
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    let id = example_id(&home);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let place = loop {
        let place = Store::open(&home.db_path())
            .unwrap()
            .open_review_place()
            .unwrap();
        if place.is_some() || std::time::Instant::now() > deadline {
            break place;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    assert_eq!(
        place,
        Some(ReviewPlace {
            review_id: id,
            page: "summary".into()
        })
    );

    // Second run: the app opens on that review's summary; going back to the list is remembered.
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_for(&c, "[data-testid=rail-summary][aria-current=page]").await?;
                let title = text_of(&c, "[data-testid=review-title]").await?;
                check(
                    title.starts_with("Northwind Voice"),
                    format!("reopened review: {title}"),
                )?;
                shot(&c, "reopened-on-summary.png").await?;
                click(&c, "[data-testid=home]").await?;
                wait_for(&c, "[data-testid=review-card]").await
            }
            .await;
            (c, r)
        })
        .await,
    );

    // Third run: the list, as it was left; the review still opens on its summary.
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                wait_for(&c, "[data-testid=review-card]").await?;
                click(&c, "[data-testid=review-card] .review-open").await?;
                wait_for(&c, "[data-testid=rail-summary][aria-current=page]").await
            }
            .await;
            (c, r)
        })
        .await,
    );
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn ctrl_p_renders_the_pdf_to_print() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let print_dir = home
        .dir
        .path()
        .join("cache")
        .join(voip_review_core::paths::APP_IDENTIFIER)
        .join("print");
    let viewer = home.viewer_path();
    let opened = home.dir.path().join("viewer-opened.txt");
    let (print_dir_in, viewer_in, opened_in) = (print_dir.clone(), viewer.clone(), opened.clone());
    finish(
        with_app(&driver, |c| async move {
            let (print_dir, viewer, opened) = (print_dir_in, viewer_in, opened_in);
            let r = async {
                click(&c, "[data-testid=review-card] .review-open").await?;
                wait_for(&c, "[data-testid=area-cancellation]").await?;
                press(
                    &c,
                    "[data-testid=area-notes]",
                    &format!("{}p{}", &*Key::Control, &*Key::Null),
                )
                .await?;
                // No viewer (the test build's stand-in for xdg-open is missing): it says so, and
                // where the PDF is. An error notice stays until dismissed.
                toast_says(&c, "but no PDF viewer could be opened").await?;
                let said = text_of(&c, "[data-testid=toast-message]").await?;
                check(
                    said.starts_with(&format!("The PDF is saved at {}", print_dir.display()))
                        && said.ends_with("Open it from that folder to print it."),
                    format!("the notice without a viewer: {said}"),
                )?;
                check(
                    !said.contains("is open in"),
                    "it does not claim a viewer opened",
                )?;
                shot(&c, "print-toast-no-viewer.png").await?;
                tokio::time::sleep(std::time::Duration::from_secs(9)).await;
                wait_for(&c, "[data-testid=toast].error").await?;
                click(&c, "[data-testid=toast-dismiss]").await?;

                // A viewer that starts: the notice says the PDF is open there.
                write_viewer(&viewer, &opened);
                press(
                    &c,
                    "[data-testid=area-notes]",
                    &format!("{}p{}", &*Key::Control, &*Key::Null),
                )
                .await?;
                toast_says(
                    &c,
                    "The summary PDF is open in your PDF viewer: print it from there.",
                )
                .await?;
                shot(&c, "print-toast.png").await
            }
            .await;
            (c, r)
        })
        .await,
    );
    let printed: Vec<_> = std::fs::read_dir(&print_dir)
        .unwrap_or_else(|e| panic!("{}: {e}", print_dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(printed.len(), 1, "{printed:?}");
    let bytes = std::fs::read(&printed[0]).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    // The viewer was given that PDF.
    let given = std::fs::read_to_string(&opened).unwrap();
    assert_eq!(given.trim_end(), printed[0].display().to_string());
}

/// A stand-in PDF viewer: writes the path it is given to `opened` and exits 0, as xdg-open does
/// once the viewer has started.
fn write_viewer(viewer: &std::path::Path, opened: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$1\" > '{}'\n",
        opened.display()
    );
    std::fs::write(viewer, script).unwrap();
    std::fs::set_permissions(viewer, std::fs::Permissions::from_mode(0o755)).unwrap();
}
