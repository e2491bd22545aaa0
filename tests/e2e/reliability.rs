//! Reliability in the real window: a corrected field loses its error (quote details, sign-off),
//! a second launch hands over to the running window instead of opening the database again, and
//! the command-line tool cannot replace the database under the running app.

use crate::close;
use crate::harness::*;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use voip_review_core::Store;

fn finish(result: TestResult) {
    if let Err(message) = result {
        panic!("{message}");
    }
}

/// The message shown for `field` on the Quote details page, if any.
async fn context_error(c: &fantoccini::Client, field: &str) -> TestResult<Option<String>> {
    // The message arrives after the core has read the entry (a date goes through the core's
    // reading rule first), so wait for text rather than read whatever is there.
    let css = format!("[data-testid='error-{field}']");
    wait_until(
        c,
        &format!("the message for {field}"),
        "const el = document.querySelector(arguments[0]); return !!el && el.innerText.trim() !== ''",
        vec![serde_json::json!(css)],
    )
    .await?;
    let text = js(
        c,
        "const el = document.querySelector(arguments[0]); return el ? el.innerText.trim() : null",
        vec![serde_json::json!(css)],
    )
    .await?;
    Ok(text.as_str().map(str::to_owned))
}

/// Waits until the message for `field` is gone.
async fn error_gone(c: &fantoccini::Client, css: &str, what: &str) -> TestResult {
    wait_until(
        c,
        &format!("the {what} message to go"),
        "return document.querySelector(arguments[0]) === null",
        vec![serde_json::json!(css)],
    )
    .await
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, tauri-driver, Xvfb)"]
async fn a_corrected_field_loses_its_error_on_quote_details_and_sign_off() {
    let home = TestHome::new();
    let driver = Driver::start(&home).unwrap_or_else(|e| panic!("{e}"));
    finish(
        with_app(&driver, |c| async move {
            let r = async {
                click(&c, "[data-testid=review-card] .review-open").await?;
                click(&c, "[data-testid=rail-context]").await?;
                wait_for(&c, "[data-testid=context-seats]").await?;

                // Seats: refused by the core, then corrected.
                type_into(&c, "[data-testid=context-seats]", "-3").await?;
                check_eq(
                    context_error(&c, "context.seats").await?.as_deref(),
                    Some("Seats: must be between 1 and 10,000"),
                    "seats -3",
                )?;
                type_into(&c, "[data-testid=context-seats]", "14").await?;
                error_gone(&c, "[data-testid='error-context.seats']", "seats").await?;

                // Letters are refused before they are sent; the correction clears that too.
                type_into(&c, "[data-testid=context-seats]", "twelve").await?;
                check_eq(
                    context_error(&c, "context.seats").await?.as_deref(),
                    Some("Seats: must be a whole number"),
                    "seats letters",
                )?;
                type_into(&c, "[data-testid=context-seats]", "15").await?;
                error_gone(&c, "[data-testid='error-context.seats']", "seats").await?;

                // A term shorter than the example's 90 days' notice: a rule across fields, shown
                // beside the term, and gone once the term fits again.
                type_into(&c, "[data-testid=context-term]", "2").await?;
                let term = context_error(&c, "context.term_months").await?.unwrap_or_default();
                check(term.starts_with("Notice period: 90 days"), format!("term 2: {term:?}"))?;
                type_into(&c, "[data-testid=context-term]", "24").await?;
                error_gone(&c, "[data-testid='error-context.term_months']", "term").await?;

                // An impossible date, then a real one.
                type_into(&c, "[data-testid=context-quote-date]", "2026-02-30").await?;
                let date = context_error(&c, "context.quote_date").await?.unwrap_or_default();
                check(date == "Quote date: is not a real date: February 2026 has 28 days", format!("quote date: {date:?}"))?;
                type_into(&c, "[data-testid=context-quote-date]", "2026-11-20").await?;
                error_gone(&c, "[data-testid='error-context.quote_date']", "quote date").await?;
                check_eq(wait_status(&c).await?.as_str(), "Saved", "status after Quote details")?;

                // Sign-off: a date and a name, each refused and then corrected.
                click(&c, "[data-testid=rail-summary]").await?;
                wait_for(&c, "[data-testid=signoff-form]").await?;
                type_into(&c, "[data-testid=signoff-date]", "2027-13-01").await?;
                let date = text_of(&c, "[data-testid=signoff-date-error]").await?;
                check(date == "Sign-off date: is not a real date: there is no month 13", format!("sign-off date: {date:?}"))?;
                type_into(&c, "[data-testid=signoff-date]", "2027-01-08").await?;
                error_gone(&c, "[data-testid=signoff-date-error]", "sign-off date").await?;

                type_into(&c, "[data-testid=signoff-approver-name]", "Sam\u{202E}Okafor").await?;
                wait_until(
                    &c,
                    "the approver name to be refused",
                    "return !!document.querySelector('[data-entry=\"signoff.approver_name\"]').closest('.field').querySelector('.field-error')",
                    vec![],
                )
                .await?;
                let name = js(
                    &c,
                    "return document.querySelector('[data-entry=\"signoff.approver_name\"]').closest('.field').querySelector('.field-error').innerText",
                    vec![],
                )
                .await?;
                let name = name.as_str().unwrap_or_default().trim().to_owned();
                check(name.starts_with("Approver name:"), format!("approver name: {name:?}"))?;
                type_into(&c, "[data-testid=signoff-approver-name]", "Jordan Ellis").await?;
                wait_until(
                    &c,
                    "the approver name message to go",
                    "return !document.querySelector('[data-entry=\"signoff.approver_name\"]').closest('.field').querySelector('.field-error')",
                    vec![],
                )
                .await?;
                check_eq(wait_status(&c).await?.as_str(), "Saved", "status after sign-off")?;
                Ok(())
            }
            .await;
            (c, r)
        })
        .await,
    );

    // The corrections are what was stored; the refused values never were.
    let store = Store::open(&home.db_path()).unwrap();
    let id = store.list_reviews("").unwrap()[0].id;
    let review = store.get_review(id).unwrap();
    assert_eq!(review.context.seats, Some(15));
    assert_eq!(review.context.term_months, 24);
    assert_eq!(review.context.quote_date.as_deref(), Some("2026-11-20"));
    assert_eq!(review.signoff.date.as_deref(), Some("2027-01-08"));
    assert_eq!(review.signoff.approver_name, "Jordan Ellis");
}

/// What the save indicator says once nothing is on its way.
async fn wait_status(c: &fantoccini::Client) -> TestResult<String> {
    wait_until(
        c,
        "the save indicator to settle",
        "const el = document.querySelector('[data-testid=save-indicator]'); \
         return !!el && !el.classList.contains('saving')",
        vec![],
    )
    .await?;
    Ok(text_of(c, "[data-testid=save-indicator]")
        .await?
        .trim()
        .to_owned())
}

/// A private D-Bus session bus for one test, where the single-instance plugin registers the
/// running app (the test environment has no session bus of its own).
struct SessionBus {
    daemon: Child,
    address: String,
}

impl SessionBus {
    fn start(runtime: &Path) -> TestResult<SessionBus> {
        let socket = runtime.join("bus");
        let address = format!("unix:path={}", socket.display());
        let daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile"])
            .arg(format!("--address={address}"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("could not start dbus-daemon: {e}"))?;
        let bus = SessionBus { daemon, address };
        wait(Duration::from_secs(10), "the session bus", || {
            socket.exists()
        })?;
        Ok(bus)
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

fn wait(limit: Duration, what: &str, mut done: impl FnMut() -> bool) -> TestResult {
    let deadline = Instant::now() + limit;
    while !done() {
        if Instant::now() > deadline {
            return Err(format!("{what}: not within {limit:?}"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// The app, started the way a desktop launcher does (no WebDriver), in the test's home.
fn launch(home: &TestHome, bus: &SessionBus) -> TestResult<Child> {
    let mut cmd = Command::new(app_binary());
    home.apply(&mut cmd);
    cmd.env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start the app: {e}"))
}

fn cli(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(crate::harness::cli_binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run voip-review")
}

#[tokio::test]
#[ignore = "drives the real app window: run by .ci/run (needs the built app, Xvfb and dbus-daemon)"]
async fn a_second_launch_focuses_the_first_and_the_cli_cannot_restore_under_it() {
    finish(second_launch_and_lock(&TestHome::new()));
}

fn second_launch_and_lock(home: &TestHome) -> TestResult {
    let bus = SessionBus::start(&home.dir.path().join("runtime"))?;
    let mut first = launch(home, &bus)?;
    let result = (|| {
        wait(Duration::from_secs(30), "the first window", || {
            close::windows_of(first.id()).is_ok_and(|w| w.len() == 1)
        })?;
        // Nothing has the focus, so taking it back is the second launch's doing.
        close::focus_nothing()?;

        // The second launch hands over to the first and exits at once, opening no window and
        // never touching the database.
        let mut second = launch(home, &bus)?;
        let second_pid = second.id();
        let started = Instant::now();
        let status = loop {
            if let Some(status) = second.try_wait().map_err(|e| e.to_string())? {
                break status;
            }
            check(
                close::windows_of(second_pid)?.is_empty(),
                "the second launch opened a window",
            )?;
            if started.elapsed() > Duration::from_secs(20) {
                let _ = second.kill();
                let _ = second.wait();
                return Err("the second launch was still running after 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        check(
            status.success(),
            format!("the second launch exited with {status}"),
        )?;
        check(
            first.try_wait().map_err(|e| e.to_string())?.is_none(),
            "the first app is still running",
        )?;
        check_eq(
            close::windows_of(first.id())?.len(),
            1,
            "windows of the first app",
        )?;
        check_eq(
            close::windows_titled()?.len(),
            1,
            "app windows on the display",
        )?;
        wait(
            Duration::from_secs(5),
            "the first window to get the focus",
            || close::focused_window_of(first.id()).unwrap_or(false),
        )?;

        // The command-line tool shares the database with the running app for reading and
        // backups, but may not replace it under the app.
        let db = home.db_path();
        let backup = cli(&db, &["backup"]);
        check(
            backup.status.success(),
            format!(
                "backup beside the app: {}",
                String::from_utf8_lossy(&backup.stderr)
            ),
        )?;
        let backup_path = String::from_utf8_lossy(&backup.stdout).trim().to_owned();
        let listed = cli(&db, &["list"]);
        check(listed.status.success(), "list beside the app")?;
        let refused = cli(&db, &["restore", &backup_path]);
        let message = String::from_utf8_lossy(&refused.stderr).into_owned();
        check(
            !refused.status.success(),
            "a restore under the running app is refused",
        )?;
        check(
            message.contains("another program has it open"),
            format!("restore refused with: {message}"),
        )?;

        // Once the app has ended, the same restore goes through. (It is ended with SIGTERM:
        // closing through the window is what `typing_is_saved_on_alt_arrows_and_when_the_window_closes`
        // tests, with its known intermittent hang under Xvfb.)
        let pid = first.id().to_string();
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .map_err(|e| e.to_string())?;
        wait(Duration::from_secs(20), "the app to exit", || {
            first.try_wait().ok().flatten().is_some()
        })?;
        let restored = cli(&db, &["restore", &backup_path]);
        check(
            restored.status.success(),
            format!(
                "restore after closing: {}",
                String::from_utf8_lossy(&restored.stderr)
            ),
        )
    })();
    if first.try_wait().ok().flatten().is_none() {
        let _ = first.kill();
        let _ = first.wait();
    }
    result
}
