//! Drives the real app binary in its real WebKit window through tauri-driver and
//! WebKitWebDriver. Each test gets its own data, cache, config and runtime directories.

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub type TestResult<T = ()> = Result<T, String>;

/// The repository's root (this package lives in tests/e2e/).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The folder of the programs built with this test (`target/debug`, or under `CARGO_TARGET_DIR`):
/// the test runs from `<that folder>/deps/`.
fn built_programs_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    exe.parent()
        .and_then(|deps| deps.parent())
        .expect("the test runs from <target>/<profile>/deps")
        .to_path_buf()
}

/// The app built with its UI embedded and the test hooks that replace the native file dialogs
/// (`--features custom-protocol,e2e-hooks`; a release build ignores those variables); override with
/// `VOIP_REVIEW_APP`.
pub fn app_binary() -> PathBuf {
    std::env::var_os("VOIP_REVIEW_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| built_programs_dir().join("voip-contract-review"))
}

/// The `voip-review` command built in the same run (`cargo build --workspace --bins`).
pub fn cli_binary() -> PathBuf {
    built_programs_dir().join("voip-review")
}

fn tauri_driver() -> PathBuf {
    let in_cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|home| home.join("bin/tauri-driver"));
    match in_cargo_home {
        Some(path) if path.exists() => path,
        _ => PathBuf::from("tauri-driver"),
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// A private home for one test: what the app and WebKit write goes here.
pub struct TestHome {
    pub dir: tempfile::TempDir,
    /// What "Read contract…" reads in place of the native dialog (`contract_fixture_paths`
    /// unless a test sets another contract).
    pub contract_paths: std::ffi::OsString,
}

impl TestHome {
    pub fn new() -> TestHome {
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["data", "cache", "config", "runtime"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let runtime = dir.path().join("runtime");
            std::fs::set_permissions(runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        TestHome {
            dir,
            contract_paths: contract_fixture_paths(),
        }
    }

    /// Where the app keeps its database for this home (the platform data dir).
    pub fn db_path(&self) -> PathBuf {
        self.dir
            .path()
            .join("data")
            .join(voip_review_core::paths::APP_IDENTIFIER)
            .join(voip_review_core::paths::DB_FILE_NAME)
    }

    /// Where "Export PDF…" writes in tests, in place of the native save dialog.
    pub fn export_path(&self) -> PathBuf {
        self.dir.path().join("exported summary.pdf")
    }

    /// Where "Export review file…" writes and "Import review file…" reads in tests.
    pub fn review_file_path(&self) -> PathBuf {
        self.dir.path().join("shared review.json")
    }

    /// The program the test build opens PDFs with instead of the system's launchers. Missing
    /// unless a test writes one, so no test opens a real viewer and each says which it expects.
    pub fn viewer_path(&self) -> PathBuf {
        self.dir.path().join("pdf-viewer")
    }

    /// Where "Add deadlines to calendar…" writes in tests.
    pub fn calendar_path(&self) -> PathBuf {
        self.dir.path().join("deadlines.ics")
    }

    /// Where "Save letter as PDF…" writes in tests.
    pub fn letter_path(&self) -> PathBuf {
        self.dir.path().join("notice letter.pdf")
    }

    /// Where the test build notes each close request that reaches the app (`close.rs`).
    pub fn close_log_path(&self) -> PathBuf {
        self.dir.path().join("close requests.log")
    }

    /// The test build reads these in place of the native file dialogs (feature `e2e-hooks`).
    pub fn apply(&self, cmd: &mut Command) {
        let p = self.dir.path();
        cmd.env("VOIP_REVIEW_VIEWER", self.viewer_path());
        cmd.env("VOIP_REVIEW_EXPORT_PATH", self.export_path());
        cmd.env("VOIP_REVIEW_EXPORT_JSON_PATH", self.review_file_path());
        cmd.env("VOIP_REVIEW_IMPORT_PATH", self.review_file_path());
        cmd.env("VOIP_REVIEW_CONTRACT_PATHS", &self.contract_paths);
        cmd.env("VOIP_REVIEW_ICS_EXPORT_PATH", self.calendar_path());
        cmd.env("VOIP_REVIEW_LETTER_EXPORT_PATH", self.letter_path());
        cmd.env("VOIP_REVIEW_CLOSE_LOG", self.close_log_path());
        cmd.env("XDG_DATA_HOME", p.join("data"))
            .env("XDG_CACHE_HOME", p.join("cache"))
            .env("XDG_CONFIG_HOME", p.join("config"))
            .env("XDG_RUNTIME_DIR", p.join("runtime"))
            .env_remove(voip_review_core::paths::DB_ENV);
    }
}

/// What "Read contract…" reads in tests, in place of the native dialog: one contract in three
/// documents and three formats (tests/fixtures/contracts/01-northwind).
pub fn contract_fixture_paths() -> std::ffi::OsString {
    let dir = workspace_root().join("tests/fixtures/contracts/01-northwind");
    std::env::join_paths(["msa.pdf", "sla.docx", "order.txt"].map(|f| dir.join(f)))
        .expect("paths without separators")
}

/// A running tauri-driver, stopped with SIGTERM so WebKitWebDriver releases its port.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    pub fn start(home: &TestHome) -> TestResult<Driver> {
        let app = app_binary();
        if !app.exists() {
            return Err(format!(
                "{} is missing: build it with `npm --prefix ui run build && cargo build --workspace --bins --tests --features voip-review-app/custom-protocol,voip-review-app/e2e-hooks`",
                app.display()
            ));
        }
        if std::env::var_os("DISPLAY").is_none() {
            return Err("no DISPLAY: run the end-to-end tests under xvfb-run".into());
        }
        let port = free_port();
        let native_port = free_port();
        let mut cmd = Command::new(tauri_driver());
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
        home.apply(&mut cmd);
        let child = cmd.spawn().map_err(|e| {
            format!("could not start tauri-driver (cargo install tauri-driver --locked): {e}")
        })?;
        let driver = Driver { child, port };
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err("tauri-driver did not start listening within 15 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(driver)
    }

    /// Starts the app and opens a WebDriver session on its window.
    pub async fn launch(&self) -> TestResult<Client> {
        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": app_binary() }
        });
        let caps = match caps {
            Value::Object(map) => map,
            _ => unreachable!(),
        };
        // An app that dies while starting leaves WebKitWebDriver waiting for it for good: a
        // bounded wait turns that into a failure (which scripts/test.sh runs again).
        let url = format!("http://127.0.0.1:{}", self.port);
        let mut builder = ClientBuilder::native();
        builder.capabilities(caps);
        match tokio::time::timeout(Duration::from_secs(90), builder.connect(&url)).await {
            Ok(session) => session.map_err(|e| format!("WebDriver session failed: {e}")),
            Err(_) => Err("the app's WebDriver session did not start within 90 s".into()),
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut stopped = false;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                stopped = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        if !stopped {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // An app still asking "Leave with 1 entry not saved?" outlives its WebDriver session
        // and its driver; left running, its window would be counted by the next test (the
        // window checks and the close tests look at every window on the display). Tests run one
        // at a time, so every copy of this build's app still running is one of ours.
        let _ = Command::new("pkill")
            .args(["-KILL", "-f", &format!("^{}( |$)", app_binary().display())])
            .status();
        let gone = Instant::now() + Duration::from_secs(5);
        while Instant::now() < gone
            && Command::new("pgrep")
                .args(["-f", &format!("^{}( |$)", app_binary().display())])
                .stdout(Stdio::null())
                .status()
                .is_ok_and(|status| status.success())
        {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Runs `body` with a fresh app window and always closes the session, even on failure.
pub async fn with_app<F, Fut>(driver: &Driver, body: F) -> TestResult
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = (Client, TestResult)>,
{
    let client = driver.launch().await?;
    let (client, result) = body(client).await;
    let closed = client
        .close()
        .await
        .map_err(|e| format!("closing the session: {e}"));
    result.and(closed)
}

pub async fn js(c: &Client, script: &str, args: Vec<Value>) -> TestResult<Value> {
    c.execute(script, args)
        .await
        .map_err(|e| format!("script failed ({script}): {e}"))
}

/// Waits until `predicate` (a JS expression body returning a boolean) holds.
pub async fn wait_until(c: &Client, what: &str, predicate: &str, args: Vec<Value>) -> TestResult {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if js(c, predicate, args.clone()).await? == Value::Bool(true) {
            return Ok(());
        }
        if Instant::now() > deadline {
            let body = js(c, "return document.body.innerText.slice(0, 2000)", vec![]).await?;
            return Err(format!("timed out waiting for {what}; page text: {body}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn wait_for(c: &Client, css: &str) -> TestResult {
    wait_until(
        c,
        &format!("element {css}"),
        "return document.querySelector(arguments[0]) !== null",
        vec![json!(css)],
    )
    .await
}

pub async fn click(c: &Client, css: &str) -> TestResult {
    wait_for(c, css).await?;
    c.find(Locator::Css(css))
        .await
        .map_err(|e| format!("find {css}: {e}"))?
        .click()
        .await
        .map_err(|e| format!("click {css}: {e}"))
}

/// Replaces a field's text by typing, then leaves the field (Tab) so it commits.
pub async fn type_into(c: &Client, css: &str, text: &str) -> TestResult {
    wait_for(c, css).await?;
    let element = c
        .find(Locator::Css(css))
        .await
        .map_err(|e| format!("find {css}: {e}"))?;
    // Erase the way a user does, so the page sees input events (WebDriver's clear fires none).
    let length = value_of(c, css).await?.chars().count();
    if length > 0 {
        let erase = format!(
            "{}{}",
            &*fantoccini::key::Key::End,
            (*fantoccini::key::Key::Backspace).repeat(length)
        );
        element
            .send_keys(&erase)
            .await
            .map_err(|e| format!("erase {css}: {e}"))?;
    }
    if !text.is_empty() {
        element
            .send_keys(text)
            .await
            .map_err(|e| format!("type into {css}: {e}"))?;
    }
    element
        .send_keys(&fantoccini::key::Key::Tab)
        .await
        .map_err(|e| format!("tab out of {css}: {e}"))
}

pub async fn value_of(c: &Client, css: &str) -> TestResult<String> {
    wait_for(c, css).await?;
    let v = js(
        c,
        "return document.querySelector(arguments[0]).value",
        vec![json!(css)],
    )
    .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

pub async fn is_checked(c: &Client, css: &str) -> TestResult<bool> {
    wait_for(c, css).await?;
    let v = js(
        c,
        "return document.querySelector(arguments[0]).checked",
        vec![json!(css)],
    )
    .await?;
    Ok(v == Value::Bool(true))
}

pub async fn text_of(c: &Client, css: &str) -> TestResult<String> {
    wait_for(c, css).await?;
    let v = js(
        c,
        "return document.querySelector(arguments[0]).innerText",
        vec![json!(css)],
    )
    .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

/// Waits until every write has been acknowledged by the backend (the indicator says "Saved").
pub async fn wait_saved(c: &Client) -> TestResult {
    wait_until(
        c,
        "the save indicator to say Saved",
        "const el = document.querySelector('[data-testid=save-indicator]'); \
         return !!el && el.classList.contains('saved')",
        vec![],
    )
    .await
}

pub fn check(condition: bool, what: impl Into<String>) -> TestResult {
    if condition { Ok(()) } else { Err(what.into()) }
}

pub fn check_eq<T: PartialEq + std::fmt::Debug>(actual: T, expected: T, what: &str) -> TestResult {
    if actual == expected {
        Ok(())
    } else {
        Err(format!("{what}: expected {expected:?}, got {actual:?}"))
    }
}

/// Where a screenshot test writes: `SCREENSHOT_DIR` when set (to keep the pictures for docs/),
/// else a folder of the test's own home, removed with it.
pub fn screenshot_dir(home: &TestHome) -> PathBuf {
    let dir = std::env::var_os("SCREENSHOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| home.dir.path().join("shots"));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// Saves what the window shows as `dir/name`, once two frames have painted. The picture is read
/// from the X server the tests run in (ImageMagick's `import`), as a user's screen shows it, not
/// through WebDriver: WebKit's WebDriver screenshot never answers when the webview draws without
/// accelerated compositing (tried at stop 14, docs/performance.md). The page's area is cut out of
/// the screen (with no window manager the window has no frame), as WebDriver's picture was.
pub async fn save_screenshot(c: &Client, dir: &std::path::Path, name: &str) -> TestResult {
    let area = js(
        c,
        "await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); \
         return [window.innerWidth, window.innerHeight, window.screenX, window.screenY].join(' ')",
        vec![],
    )
    .await?;
    let area = area.as_str().unwrap_or_default().to_owned();
    let [width, height, x, y]: [&str; 4] = area
        .split(' ')
        .collect::<Vec<_>>()
        .try_into()
        .map_err(|_| format!("the window's area: {area:?}"))?;
    let path = dir.join(name);
    let out = tokio::process::Command::new("import")
        .args(["-window", "root", "-crop"])
        .arg(format!("{width}x{height}+{x}+{y}"))
        .arg("+repage")
        .arg(&path)
        .output()
        .await
        .map_err(|e| format!("screenshot: could not run ImageMagick's import: {e}"))?;
    check(
        out.status.success(),
        format!(
            "screenshot {}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        ),
    )?;
    let png = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    check(png.starts_with(b"\x89PNG"), "a PNG")
}

/// Keeps a screenshot of the window in `SCREENSHOT_DIR`, when it is set.
pub async fn shot(c: &Client, name: &str) -> TestResult {
    let Some(dir) = std::env::var_os("SCREENSHOT_DIR") else {
        return Ok(());
    };
    save_screenshot(c, std::path::Path::new(&dir), name).await
}

/// Chooses a language in the status bar's menu, as a user does.
pub async fn choose_language(c: &Client, lang: &str) -> TestResult {
    wait_for(c, "[data-testid=language]").await?;
    js(
        c,
        "const menu = document.querySelector('[data-testid=language]'); menu.value = arguments[0]; \
         menu.dispatchEvent(new Event('change', { bubbles: true })); return true",
        vec![json!(lang)],
    )
    .await?;
    wait_until(
        c,
        &format!("<html lang> to be {lang}"),
        "return document.documentElement.lang === arguments[0]",
        vec![json!(lang)],
    )
    .await
}
