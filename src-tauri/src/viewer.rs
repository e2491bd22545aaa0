//! Opening a PDF in the system's viewer, and knowing whether that worked.
//!
//! The opener plugin's `open_path` reports success once a launcher has been *started* (it checks
//! for a quarter of a second), so a machine without a PDF viewer was told "the PDF is open in
//! your PDF viewer". Here each launcher the `open` crate knows (xdg-open, gio open, …) is run in
//! turn and its exit status read: a launcher that is missing or exits with an error has not
//! opened anything, and the caller says so plainly.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a launcher may take to fail before the file counts as handed to a viewer.
/// xdg-open is a shell script that asks the desktop for a handler first (about a second on a
/// loaded machine); for some viewers it then waits until the viewer is closed, so a launcher
/// still running after this long has started one.
const HAND_OFF: Duration = Duration::from_secs(4);

/// In the end-to-end tests (feature `e2e-hooks` only) this program replaces the system's
/// launchers, so a test decides whether a viewer exists.
pub const VIEWER_ENV: &str = "VOIP_REVIEW_VIEWER";

/// Opens `path` in the user's default viewer. Err says why nothing could open it, in words
/// fit for a message ("no program to open files was found").
pub fn open(path: &Path) -> Result<(), String> {
    let launchers = match test_viewer() {
        Some(program) => {
            let mut command = Command::new(program);
            command.arg(path);
            vec![command]
        }
        None => ::open::commands(path),
    };
    open_with(launchers, HAND_OFF)
}

fn test_viewer() -> Option<std::ffi::OsString> {
    test_viewer_from(|name| std::env::var_os(name))
}

/// Only the end-to-end test build lets the environment name the program to run.
fn test_viewer_from(
    read: impl Fn(&str) -> Option<std::ffi::OsString>,
) -> Option<std::ffi::OsString> {
    if cfg!(feature = "e2e-hooks") {
        read(VIEWER_ENV).filter(|p| !p.is_empty())
    } else {
        None
    }
}

/// Tries each launcher in turn: the first that exits successfully, or is still running after
/// `hand_off`, has opened the file.
fn open_with(launchers: Vec<Command>, hand_off: Duration) -> Result<(), String> {
    let mut failures = Vec::new();
    for mut command in launchers {
        let name = command.get_program().to_string_lossy().into_owned();
        let child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let child = match child {
            Ok(child) => child,
            // Not installed: the next launcher may be.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                failures.push(format!("{name} could not start: {e}"));
                continue;
            }
        };
        match wait_for_exit(child, hand_off) {
            Ok(()) => return Ok(()),
            Err(failure) => failures.push(format!("{name} {failure}")),
        }
    }
    if failures.is_empty() {
        Err("no program to open files was found: neither xdg-open nor gio".into())
    } else {
        Err(failures.join("; "))
    }
}

/// Ok when the launcher exits with success or is still running at the deadline (then it is
/// left running and reaped in the background).
fn wait_for_exit(mut child: Child, hand_off: Duration) -> Result<(), String> {
    let deadline = Instant::now() + hand_off;
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                return Err(match status.code() {
                    Some(code) => format!("failed (exit status {code})"),
                    None => "was stopped by a signal".into(),
                });
            }
            Ok(None) if Instant::now() >= deadline => {
                std::thread::spawn(move || child.wait());
                return Ok(());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(format!("could not be waited for: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut command = Command::new("sh");
        command.args(["-c", script]);
        command
    }

    #[test]
    fn the_viewer_stand_in_works_only_in_the_test_build() {
        let planted = |_: &str| Some(std::ffi::OsString::from("/tmp/planted-viewer"));
        let chosen = test_viewer_from(planted);
        if cfg!(feature = "e2e-hooks") {
            assert_eq!(chosen, Some("/tmp/planted-viewer".into()));
        } else {
            assert_eq!(
                chosen, None,
                "a release build runs only the system's launchers"
            );
        }
    }

    #[test]
    fn a_missing_launcher_is_skipped_and_none_left_is_a_plain_failure() {
        let missing = Command::new("/nonexistent/voip-review-viewer");
        assert_eq!(
            open_with(vec![missing], Duration::from_secs(1)),
            Err("no program to open files was found: neither xdg-open nor gio".into())
        );
    }

    #[test]
    fn a_launcher_that_fails_is_reported_and_the_next_one_is_tried() {
        // xdg-open exits 3 when it finds no program for the file type.
        assert_eq!(
            open_with(vec![sh("exit 3")], Duration::from_secs(2)),
            Err("sh failed (exit status 3)".into())
        );
        assert_eq!(
            open_with(vec![sh("exit 3"), sh("exit 0")], Duration::from_secs(2)),
            Ok(())
        );
    }

    #[test]
    fn a_launcher_still_running_at_the_deadline_has_handed_off() {
        let started = Instant::now();
        assert_eq!(
            open_with(vec![sh("sleep 5")], Duration::from_millis(200)),
            Ok(())
        );
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "it does not wait for the viewer"
        );
    }
}
