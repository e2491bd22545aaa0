//! The desktop shell: opens the store, registers the commands, starts the window.
//! All rules live in the `voip_review_core` core; nothing here decides anything.

mod commands;
mod viewer;

use std::sync::{Mutex, MutexGuard, OnceLock};
use tauri::Manager;
use voip_review_core::i18n::{Arg, Lang, msg, text, text_with};
use voip_review_core::store::Pace;
use voip_review_core::{ApiError, Store, paths};

/// The store, or why it could not be opened (shown to the user instead of a crash).
pub struct AppState {
    store: OpenedStore,
    db_path: Option<std::path::PathBuf>,
    /// PDFs this session wrote: the only files `open_exported` will open.
    exported: Mutex<Vec<std::path::PathBuf>>,
    /// Restores and purges are paced in Rust, whatever the window asks for.
    restore_pace: Mutex<Pace>,
    purge_pace: Mutex<Pace>,
}

type StoreSlot = Result<Store, ApiError>;

/// The store, opened on a thread of its own while the window loads its page, so the first screen
/// does not wait for the schema migration, the example review and the first backup. A command
/// that comes before it is open waits for it.
pub struct OpenedStore(OnceLock<Mutex<StoreSlot>>);

impl OpenedStore {
    /// Waits until the store is open (or has failed to open), then locks it.
    pub fn lock(&self) -> std::sync::LockResult<MutexGuard<'_, StoreSlot>> {
        self.0.wait().lock()
    }

    fn set(&self, slot: StoreSlot) {
        // Set once, by the opening thread or at once when there is no data folder.
        let _ = self.0.set(Mutex::new(slot));
    }
}

fn app_state() -> AppState {
    let db_path = paths::default_db_path();
    let state = AppState {
        store: OpenedStore(OnceLock::new()),
        db_path: db_path.clone(),
        exported: Mutex::default(),
        restore_pace: Mutex::new(Pace::restores()),
        purge_pace: Mutex::new(Pace::purges()),
    };
    if db_path.is_none() {
        state.store.set(Err(ApiError {
            code: voip_review_core::ErrorCode::DatabaseOpen,
            message: "No data folder could be found for this user.".into(),
            field: None,
        }));
    }
    state
}

/// Opens (creating or migrating) the database and adds the example review on a first start.
fn open_store(db_path: &std::path::Path) -> StoreSlot {
    let opened = std::panic::catch_unwind(|| {
        Store::open(db_path).and_then(|mut store| {
            // A first start's example is written in the language the window will speak.
            store.seed_example_if_new_in(commands::interface_language_or_system(&store))?;
            Ok(store)
        })
    });
    match opened {
        // The language setting is in the store that did not open: the system's language.
        Ok(result) => {
            result.map_err(|e| ApiError::in_lang(&e, voip_review_core::i18n::Lang::from_system()))
        }
        // Never leave the commands waiting for a store that will not come.
        Err(_) => Err(ApiError {
            code: voip_review_core::ErrorCode::DatabaseOpen,
            message: format!(
                "The database at {} could not be opened (an internal error); restart the app.",
                db_path.display()
            ),
            field: None,
        }),
    }
}

/// Starts opening the store on its own thread; the commands wait for it.
fn start_opening_store(app: &tauri::App) -> std::io::Result<()> {
    let Some(db_path) = app.state::<AppState>().db_path.clone() else {
        return Ok(());
    };
    let handle = app.handle().clone();
    std::thread::Builder::new()
        .name("open-store".into())
        .spawn(move || {
            trace_start("store: opening");
            let slot = open_store(&db_path);
            trace_start("store: open");
            if let Ok(store) = &slot {
                title_window(&handle, commands::interface_language_or_system(store));
            }
            handle.state::<AppState>().store.set(slot);
        })
        .map(drop)
}

// A release build serves its UI from inside the binary. Without the custom protocol the window
// would load whatever answers on the development server's port, with the app's commands.
#[cfg(all(dev, not(debug_assertions)))]
compile_error!(
    "A release build must embed its UI: build with `--features custom-protocol` (tauri build does)."
);

/// Whether `url` is one of the app's own pages: the embedded UI (`tauri://localhost`, or
/// `http(s)://tauri.localhost` on Windows), or in a development build the dev server.
pub fn is_app_url(url: &tauri::Url, dev_server: Option<&tauri::Url>) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" if url.host_str() == Some("tauri.localhost") => true,
        _ => cfg!(dev) && dev_server.is_some_and(|dev| dev.origin() == url.origin()),
    }
}

/// Cancels every navigation away from the app's own pages (a link, a script, a dropped file),
/// so no other page ever runs in the window that can call the app's commands.
fn navigation_guard<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    use tauri::Manager;
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(|webview, url| {
            let config = webview.app_handle().config();
            is_app_url(url, config.build.dev_url.as_ref())
        })
        .build()
}

/// The window title in `lang`, marked when the build is not a release so it cannot be mistaken
/// for one.
pub fn window_title(lang: Lang) -> String {
    let product = text(lang, msg::SHELL_WINDOW_TITLE);
    let mark = |key| text_with(lang, key, &[("product", Arg::from(product.as_str()))]);
    if cfg!(dev) {
        mark(msg::SHELL_WINDOW_TITLE_DEVELOPMENT_BUILD)
    } else if cfg!(feature = "e2e-hooks") {
        mark(msg::SHELL_WINDOW_TITLE_TEST_BUILD)
    } else {
        product
    }
}

/// Titles the main window in `lang` (at start, and when the owner switches language). A window
/// that is gone or refuses the title keeps the one it has: nothing to tell the owner.
pub fn title_window<R: tauri::Runtime>(app: &tauri::AppHandle<R>, lang: Lang) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&window_title(lang));
    }
}

/// When the program started, for [`trace_start`].
static LAUNCHED: OnceLock<std::time::Instant> = OnceLock::new();

/// With `VOIP_REVIEW_TRACE_START` set, prints on stderr how many milliseconds after the launch
/// each step of the start happens (the window's setup, the store's opening, the first commands
/// of the page): how scripts/bench-start.sh's figures were taken apart (docs/performance.md).
pub(crate) fn trace_start(step: &str) {
    static ON: OnceLock<bool> = OnceLock::new();
    if *ON.get_or_init(|| std::env::var_os("VOIP_REVIEW_TRACE_START").is_some()) {
        let since = LAUNCHED.get_or_init(std::time::Instant::now).elapsed();
        eprintln!(
            "start-trace {:8.1} ms  {step}",
            since.as_secs_f64() * 1000.0
        );
    }
}

/// The command line's name. The package installs one program and links `/usr/bin/voip-review`
/// to it, which halves the package (the core, SQLite and the fonts are carried once).
const CLI_NAME: &str = "voip-review";

/// The installed program. Run as `voip-review` it is the command line; asked `--version` it
/// answers before anything opens (no window, no database), so package checks and scripts can ask
/// which version is installed; otherwise it opens the window.
pub fn main() -> std::process::ExitCode {
    LAUNCHED.get_or_init(std::time::Instant::now);
    let mut args = std::env::args_os();
    let invoked_as = args
        .next()
        .map(std::path::PathBuf::from)
        .and_then(|path| path.file_name().map(|name| name.to_owned()));
    if invoked_as.is_some_and(|name| name == CLI_NAME) {
        return voip_review_cli::run_from_args(std::env::args_os());
    }
    if args
        .next()
        .is_some_and(|arg| arg == "--version" || arg == "-V")
    {
        println!("voip-contract-review {}", env!("CARGO_PKG_VERSION"));
        return std::process::ExitCode::SUCCESS;
    }
    paint_pages_on_the_cpu();
    run();
    std::process::ExitCode::SUCCESS
}

/// WebKit's setting that keeps its painting (text, borders, colours) on the processor while the
/// compositing of the page's layers stays accelerated, so the mouse wheel scrolls as it should.
const CPU_PAINTING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// Has WebKit paint the pages on the processor unless the environment already says otherwise
/// (`WEBKIT_SKIA_ENABLE_CPU_RENDERING=0` gives back WebKit's own choice).
///
/// Why: by default WebKitGTK paints with Skia on the graphics card; where the card is emulated
/// (a virtual machine, a remote desktop, a computer without a driver: Mesa's llvmpipe) that
/// cost about 0.3 s before the first screen showed (0.9 s at the very first start) and 30 MB of
/// memory, for pages of forms and text that the processor paints at once (docs/performance.md,
/// "Painting on the processor"). Turning accelerated compositing off altogether was tried and
/// withdrawn: the mouse wheel stopped scrolling.
fn paint_pages_on_the_cpu() {
    if std::env::var_os(CPU_PAINTING).is_none() {
        // The web process reads the setting from the environment it inherits when WebKit
        // starts it; WebKit offers no other way to pass it.
        // SAFETY: called from `main` before any thread exists (Tauri, GTK and WebKit start
        // theirs later, in `run`), so nothing can be reading the environment concurrently.
        // The workspace denies unsafe code and bans `set_var`; this is the one exception.
        #[allow(unsafe_code, clippy::disallowed_methods)]
        unsafe {
            std::env::set_var(CPU_PAINTING, "1");
        }
    }
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        // First, so a second launch hands over to the running window and exits before it
        // opens anything.
        .plugin(single_instance())
        .plugin(navigation_guard())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        // Reopens the window at the size and place it was closed (kept in the app's config
        // folder); the webview is given no window-state permission, only Rust uses it.
        .plugin(tauri_plugin_window_state::Builder::default().build())
        // Opened from setup, after the single-instance check: a second launch never touches
        // the database.
        .setup(|app| {
            trace_start("setup");
            app.manage(app_state());
            start_opening_store(app)?;
            // The system's language until the store (and the stored choice) is open.
            title_window(app.handle(), Lang::from_system());
            Ok(())
        })
        .on_page_load(|_, payload| {
            trace_start(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page: load started",
                tauri::webview::PageLoadEvent::Finished => "page: loaded",
            })
        })
        // The test build notes every close request that reaches the app, so an end-to-end test
        // can tell a request that never arrived from a close the app failed to carry out.
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { .. } = event {
                note_close_request_for_tests(window.label());
            }
        })
        // Every `#[tauri::command]` in commands.rs, listed by the build script (one declaration).
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/invoke_handler.rs")))
        .run(tauri::generate_context!())
        .expect("error while running the VoIP Contract Review window");
}

/// Appends the window's label to the file named by `VOIP_REVIEW_CLOSE_LOG` (test build only).
fn note_close_request_for_tests(label: &str) {
    if !cfg!(feature = "e2e-hooks") {
        return;
    }
    if let Some(path) = std::env::var_os("VOIP_REVIEW_CLOSE_LOG") {
        use std::io::Write;
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .and_then(|mut file| writeln!(file, "{label}"));
        if let Err(e) = appended {
            eprintln!("voip-contract-review: could not note the close request: {e}");
        }
    }
}

/// A second launch focuses the running window instead of opening the same database twice.
/// With `VOIP_REVIEW_DB` set (tests, a second database), the instance is per database file.
fn single_instance() -> tauri::plugin::TauriPlugin<tauri::Wry> {
    let mut builder = tauri_plugin_single_instance::Builder::new().callback(|app, _args, _cwd| {
        if let Some(window) = app.webview_windows().into_values().next() {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    });
    if let Some(db) = std::env::var_os(paths::DB_ENV).filter(|p| !p.is_empty()) {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::hash::DefaultHasher::new();
        db.hash(&mut hasher);
        builder = builder.dbus_id(format!(
            "{}.db{:016x}",
            paths::APP_IDENTIFIER,
            hasher.finish()
        ));
    }
    builder.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> tauri::Url {
        text.parse().unwrap()
    }

    #[test]
    fn only_the_apps_own_pages_may_load() {
        let dev = url("http://localhost:5173");
        assert!(is_app_url(&url("tauri://localhost/index.html"), Some(&dev)));
        assert!(is_app_url(&url("http://tauri.localhost/"), Some(&dev)));
        for foreign in [
            "https://example.com/",
            "file:///etc/passwd",
            "data:text/html,<h1>hi</h1>",
            "tauri://evil.example/",
            "http://localhost:8080/",
            "about:blank",
        ] {
            assert!(!is_app_url(&url(foreign), Some(&dev)), "{foreign}");
        }
        // The dev server only in a development build.
        assert_eq!(
            is_app_url(&url("http://localhost:5173/"), Some(&dev)),
            cfg!(dev)
        );
    }

    #[test]
    fn a_build_that_is_not_a_release_says_so_in_its_title() {
        let (english, chinese) = (window_title(Lang::En), window_title(Lang::ZhHans));
        if cfg!(dev) {
            assert!(english.contains("development build"), "{english}");
            assert!(chinese.contains("开发版本"), "{chinese}");
        } else if cfg!(feature = "e2e-hooks") {
            assert_eq!(english, "VoIP Contract Review — test build");
            assert_eq!(chinese, "VoIP 合同审查 — 测试版本");
        } else {
            assert_eq!(english, "VoIP Contract Review");
            assert_eq!(chinese, "VoIP 合同审查");
        }
    }
}
