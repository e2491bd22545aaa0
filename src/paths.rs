//! Where the database lives. The app and the CLI use the same file by default: the platform's
//! data directory (`$XDG_DATA_HOME`, `~/Library/Application Support`, `%APPDATA%`) under the
//! app identifier, as Tauri's `app_data_dir` does.

use std::path::PathBuf;

/// Must equal `identifier` in tauri.conf.json.
pub const APP_IDENTIFIER: &str = "org.voipreview.desktop";
pub const DB_FILE_NAME: &str = "reviews.sqlite3";
/// Overrides the database path for the app and the CLI (tests, power users).
pub const DB_ENV: &str = "VOIP_REVIEW_DB";

/// `VOIP_REVIEW_DB` if set, else `<data dir>/<identifier>/reviews.sqlite3`.
pub fn default_db_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    dirs::data_dir().map(|dir| dir.join(APP_IDENTIFIER).join(DB_FILE_NAME))
}
