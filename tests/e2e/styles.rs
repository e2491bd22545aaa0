//! Every screen of the window, captured top to bottom: the pictures to compare before and after a
//! change of styles (`compare -metric AE before/x.png after/x.png`). Run it once with the system's
//! light theme and once with `GTK_THEME=Adwaita:dark` (WebKitGTK's `prefers-color-scheme`).

use crate::finish;
use crate::harness::*;
use serde_json::json;
use std::path::Path;
use voip_review_core::Store;
use voip_review_core::model::{ChargeBasis, ContextEdit};

/// How many window-high views of one page are kept at most (the longest area needs about six).
const MOST_VIEWS: u64 = 12;

/// Waits until the page has nothing loading and two frames have painted, then a little longer
/// for the figures the core computes after the answers arrive.
async fn settle(c: &fantoccini::Client) -> TestResult {
    wait_until(
        c,
        "nothing loading",
        "return document.querySelector('[aria-busy=true]') === null",
        vec![],
    )
    .await?;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    Ok(())
}

/// Saves the page in views of the window's height, from the top: `name-1.png`, `name-2.png`, …
/// The review's main pane scrolls on its own; every other screen scrolls in `.app-screen`.
async fn save_page(c: &fantoccini::Client, dir: &Path, name: &str) -> TestResult<u64> {
    settle(c).await?;
    let scroller =
        "document.querySelector('.review-main') || document.querySelector('.app-screen')";
    js(
        c,
        &format!("({scroller}).scrollTop = 0; return true"),
        vec![],
    )
    .await?;
    let mut view = 1;
    loop {
        save_screenshot(c, dir, &format!("{name}-{view}.png")).await?;
        let more = js(
            c,
            &format!(
                "const s = {scroller}; if (s.scrollTop + s.clientHeight >= s.scrollHeight - 1) return false; \
                 s.scrollTop += s.clientHeight - 40; return true"
            ),
            vec![],
        )
        .await?;
        if more != json!(true) || view == MOST_VIEWS {
            return Ok(view);
        }
        view += 1;
    }
}

/// Opens every `<details>` on the page, so what they hold is captured too.
async fn open_all_details(c: &fantoccini::Client) -> TestResult {
    js(
        c,
        "document.querySelectorAll('details').forEach(d => d.open = true); return true",
        vec![],
    )
    .await
    .map(|_| ())
}

/// Home (with backups, trash and help), a new review, every page of the example review (the
/// contract with the reader's suggestions, the context, each area, the summary with its history
/// and playbook open), the comparison of two reviews, and home and summary in Simplified Chinese.
#[tokio::test]
#[ignore = "takes 92 pictures to compare by hand after a change of styles: run on its own (README), not by .ci/run"]
async fn screenshots_of_every_screen() {
    let home = TestHome::new();
    // The example (with two changes in its history), a copy of it to compare with, and one
    // review in the trash.
    {
        let mut store = Store::open(&home.db_path()).unwrap();
        let example = store.seed_example_if_new().unwrap().expect("a new store");
        store.duplicate_review(example).unwrap();
        let trashed = store.duplicate_review(example).unwrap();
        store.delete_review(trashed).unwrap();
        // Two changes in the example's history: the charge basis there and back.
        for basis in [ChargeBasis::PerSeat, ChargeBasis::Total] {
            store
                .set_context_field(example, &ContextEdit::MonthlyChargeBasis(basis))
                .unwrap();
        }
    }
    let out_dir = screenshot_dir(&home);
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    let shots = out_dir.clone();
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                let dir = shots.as_path();
                wait_for(&c, "[data-testid=review-card]").await?;
                save_page(&c, dir, "home").await?;
                click(&c, "[data-testid=show-backups]").await?;
                wait_for(&c, "[data-testid=backups]").await?;
                click(&c, "[data-testid=show-trash]").await?;
                wait_for(&c, "[data-testid=trash]").await?;
                save_page(&c, dir, "home-panels").await?;
                click(&c, "[data-testid=help-button]").await?;
                wait_for(&c, "[data-testid=help]").await?;
                save_page(&c, dir, "help").await?;
                click(&c, "[data-testid=help-close]").await?;

                click(&c, "[data-testid=new-review]").await?;
                wait_for(&c, "[data-testid=create-review]").await?;
                save_page(&c, dir, "new-review").await?;
                click(&c, ".new-review-actions-inner > .button:not([data-testid])").await?;

                // Back on the home screen its list is loaded again: pick both reviews once
                // both are listed, and compare once the button takes the click (clicking
                // earlier picked nothing and left this test waiting for the comparison).
                wait_until(&c, "both reviews listed", "return document.querySelectorAll('[data-testid=compare-pick]').length === 2", vec![]).await?;
                js(&c, "document.querySelectorAll('[data-testid=compare-pick]').forEach(el => el.click()); return true", vec![]).await?;
                wait_until(&c, "the compare button enabled", "const b = document.querySelector('[data-testid=compare]'); return b !== null && !b.disabled", vec![]).await?;
                click(&c, "[data-testid=compare]").await?;
                wait_for(&c, "[data-testid=review-comparison]").await?;
                save_page(&c, dir, "compare").await?;
                click(&c, ".compare-page .link-button").await?;

                // The example: changed last, so first in the list.
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-contract]").await?;
                click(&c, "[data-testid=read-contract]").await?;
                wait_for(&c, "[data-testid=suggestions-sla]").await?;
                save_page(&c, dir, "contract").await?;
                let rails = js(
                    &c,
                    "return Array.from(document.querySelectorAll('[data-testid^=rail-]')).map(el => el.dataset.testid)",
                    vec![],
                )
                .await?;
                for rail in rails.as_array().into_iter().flatten().filter_map(|r| r.as_str()) {
                    if rail == "rail-contract" {
                        continue;
                    }
                    click(&c, &format!("[data-testid={rail}]")).await?;
                    if rail == "rail-summary" {
                        wait_for(&c, "[data-testid=key-figures]").await?;
                        wait_for(&c, "[data-testid=history-section]").await?;
                        open_all_details(&c).await?;
                        wait_for(&c, "[data-testid=history]").await?;
                    } else if let Some(area) = rail.strip_prefix("rail-").filter(|a| *a != "context") {
                        wait_for(&c, &format!("[data-testid=area-{area}]")).await?;
                    }
                    save_page(&c, dir, rail.trim_start_matches("rail-")).await?;
                }

                choose_language(&c, "zh-Hans").await?;
                open_all_details(&c).await?;
                save_page(&c, dir, "zh-Hans-summary").await?;
                click(&c, "[data-testid=home]").await?;
                wait_for(&c, "[data-testid=review-card]").await?;
                save_page(&c, dir, "zh-Hans-home").await?;
                choose_language(&c, "en").await?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );
    for name in ["home-1.png", "sla-1.png", "summary-1.png", "compare-1.png"] {
        let size = std::fs::metadata(out_dir.join(name)).unwrap().len();
        assert!(size > 10_000, "{name} is only {size} bytes");
    }
}
