//! Closes the app's window the way a window manager does when the owner clicks its close
//! button: a `WM_DELETE_WINDOW` client message to the top-level window (Xvfb runs no window
//! manager, so the test plays its part). The app sees a real close request, not a WebDriver
//! command.

use crate::harness::{TestHome, TestResult};
use std::time::{Duration, Instant};
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, InputFocus, MapState, Window,
};

const TITLE: &str = "VoIP Contract Review";

fn err(e: impl std::fmt::Display) -> String {
    format!("X11: {e}")
}

/// The app's visible top-level windows (by title).
pub fn windows_titled() -> TestResult<Vec<Window>> {
    let (conn, screen) = x11rb::connect(None).map_err(err)?;
    let root = conn.setup().roots[screen].root;
    let tree = conn.query_tree(root).map_err(err)?.reply().map_err(err)?;
    let mut found = Vec::new();
    for window in tree.children {
        let Ok(attrs) = conn.get_window_attributes(window).map_err(err)?.reply() else {
            continue;
        };
        if attrs.map_state != MapState::VIEWABLE {
            continue;
        }
        let Ok(name) = conn
            .get_property(false, window, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 256)
            .map_err(err)?
            .reply()
        else {
            continue;
        };
        if String::from_utf8_lossy(&name.value).contains(TITLE) {
            found.push(window);
        }
    }
    Ok(found)
}

/// Asks the app's window to close, as its close button does.
pub fn request_close() -> TestResult {
    let windows = windows_titled()?;
    if windows.is_empty() {
        return Err(format!("no visible window titled {TITLE:?}"));
    }
    let (conn, _) = x11rb::connect(None).map_err(err)?;
    let atom = |name: &str| -> TestResult<u32> {
        Ok(conn
            .intern_atom(false, name.as_bytes())
            .map_err(err)?
            .reply()
            .map_err(err)?
            .atom)
    };
    let protocols = atom("WM_PROTOCOLS")?;
    let delete = atom("WM_DELETE_WINDOW")?;
    for window in windows {
        let event = ClientMessageEvent::new(
            32,
            window,
            protocols,
            [delete, x11rb::CURRENT_TIME, 0, 0, 0],
        );
        conn.send_event(false, window, EventMask::NO_EVENT, event)
            .map_err(err)?;
    }
    // A round trip before the connection is dropped: a request still buffered when the
    // connection closes can be discarded by the server, and on a loaded machine it was (the
    // close request never reached the app, not even its Xlib; issue 10's note).
    conn.get_input_focus().map_err(err)?.reply().map_err(err)?;
    Ok(())
}

/// How many close requests have reached the app so far (the test build notes each one).
fn close_requests_heard(home: &TestHome) -> usize {
    std::fs::read_to_string(home.close_log_path())
        .map(|log| log.lines().count())
        .unwrap_or(0)
}

/// Asks the app's window to close and waits until the app has heard the request (the test
/// build notes each one), so a lost request and a close the app failed to carry out fail with
/// different messages.
pub fn request_close_and_wait_heard(home: &TestHome) -> TestResult {
    let before = close_requests_heard(home);
    request_close()?;
    let deadline = Instant::now() + Duration::from_secs(15);
    while close_requests_heard(home) == before {
        if Instant::now() > deadline {
            return Err("the app did not hear the close request within 15 s".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

/// Waits until no window of the app is left (the close went through).
pub fn wait_closed() -> TestResult {
    // The close first flushes pending saves, bounded at 10 s in the UI; allow for that.
    let deadline = Instant::now() + Duration::from_secs(40);
    while !windows_titled()?.is_empty() {
        if Instant::now() > deadline {
            return Err("the window is still open 40 s after the close request".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// The app's visible windows that belong to process `pid` (GTK sets `_NET_WM_PID`).
pub fn windows_of(pid: u32) -> TestResult<Vec<Window>> {
    let (conn, _) = x11rb::connect(None).map_err(err)?;
    let net_wm_pid = conn
        .intern_atom(false, b"_NET_WM_PID")
        .map_err(err)?
        .reply()
        .map_err(err)?
        .atom;
    let mut found = Vec::new();
    for window in windows_titled()? {
        let Ok(reply) = conn
            .get_property(false, window, net_wm_pid, AtomEnum::CARDINAL, 0, 1)
            .map_err(err)?
            .reply()
        else {
            continue;
        };
        if reply.value32().and_then(|mut v| v.next()) == Some(pid) {
            found.push(window);
        }
    }
    Ok(found)
}

/// Gives the keyboard focus to no window (Xvfb runs no window manager to do it).
pub fn focus_nothing() -> TestResult {
    let (conn, _) = x11rb::connect(None).map_err(err)?;
    conn.set_input_focus(InputFocus::NONE, x11rb::NONE, x11rb::CURRENT_TIME)
        .map_err(err)?
        .check()
        .map_err(err)?;
    Ok(())
}

/// Whether the keyboard focus is in a window of process `pid` (its top-level or one inside it).
pub fn focused_window_of(pid: u32) -> TestResult<bool> {
    let ours = windows_of(pid)?;
    let (conn, _) = x11rb::connect(None).map_err(err)?;
    let mut window = conn
        .get_input_focus()
        .map_err(err)?
        .reply()
        .map_err(err)?
        .focus;
    // Walk up to the top level: GTK may focus a window inside its top-level one.
    while window != x11rb::NONE && window != u32::from(InputFocus::POINTER_ROOT) {
        if ours.contains(&window) {
            return Ok(true);
        }
        let tree = conn.query_tree(window).map_err(err)?.reply().map_err(err)?;
        if tree.parent == tree.root || tree.parent == x11rb::NONE {
            break;
        }
        window = tree.parent;
    }
    Ok(false)
}
