//! The desktop shell: opens the store, registers the commands, starts the window.
//! All rules live in the `voip_review` core; nothing here decides anything.

mod commands;

use std::sync::Mutex;
use voip_review::{ApiError, Store, paths};

/// The store, or why it could not be opened (shown to the user instead of a crash).
pub struct AppState {
    store: Mutex<Result<Store, ApiError>>,
    db_path: Option<std::path::PathBuf>,
    /// PDFs this session wrote: the only files `open_exported` will open.
    exported: Mutex<Vec<std::path::PathBuf>>,
}

fn open_store() -> AppState {
    let Some(db_path) = paths::default_db_path() else {
        return AppState {
            store: Mutex::new(Err(ApiError {
                code: voip_review::ErrorCode::DatabaseOpen,
                message: "No data folder could be found for this user.".into(),
                field: None,
            })),
            db_path: None,
            exported: Mutex::default(),
        };
    };
    let store = Store::open(&db_path).and_then(|mut store| {
        store.seed_example_if_new()?;
        Ok(store)
    });
    AppState {
        store: Mutex::new(store.map_err(ApiError::from)),
        db_path: Some(db_path),
        exported: Mutex::default(),
    }
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        // Reopens the window at the size and place it was closed (kept in the app's config
        // folder); the webview is given no window-state permission, only Rust uses it.
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .manage(open_store())
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::get_template,
            commands::list_reviews,
            commands::create_review,
            commands::get_review,
            commands::review_report,
            commands::update_context,
            commands::set_answer,
            commands::set_rating,
            commands::set_area_text,
            commands::duplicate_review,
            commands::delete_review,
            commands::update_signoff,
            commands::get_paper,
            commands::set_paper,
            commands::export_pdf,
            commands::open_exported,
            commands::review_insights,
            commands::playbook_rules,
            commands::add_quote,
            commands::update_quote,
            commands::delete_quote,
            commands::compare_reviews,
            commands::copy_provider_questions,
            commands::export_review_file,
            commands::import_review_file,
            commands::list_backups,
            commands::restore_backup,
            commands::start_empty,
            commands::review_history,
            commands::list_trash,
            commands::restore_review,
            commands::purge_review,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the VoIP Contract Review window");
}
