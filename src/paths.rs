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

/// Refuses to export into the app's own data folder (or below it): a PDF or review file saved
/// there could replace the database or a backup, and would be hidden from the user anyway.
pub fn refuse_export_into_data_folder(
    target: &std::path::Path,
    data_folder: &std::path::Path,
) -> crate::Result<()> {
    let folder_of_target = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let (Ok(folder_of_target), Ok(data_folder)) =
        (folder_of_target.canonicalize(), data_folder.canonicalize())
    else {
        // A folder that does not exist holds nothing of ours; the write reports it.
        return Ok(());
    };
    if folder_of_target.starts_with(&data_folder) {
        return Err(crate::Error::invalid(
            "out",
            "Output file",
            format!(
                "cannot be saved in the app's own data folder ({}); choose another folder, such as Documents",
                data_folder.display()
            ),
        ));
    }
    Ok(())
}
