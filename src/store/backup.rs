//! Automatic backups with SQLite's online backup API, restore, and what happens to a damaged
//! file: it is moved aside, never repaired or overwritten in place.
//!
//! Backups live in `backups/` beside the database as `reviews-YYYYMMDD-HHMMSS.sqlite3`: one at
//! most once a day when the store opens, one always before a schema migration, the newest
//! [`KEEP_BACKUPS`] kept.

use super::Store;
use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;
use ts_rs::TS;

pub const KEEP_BACKUPS: usize = 10;
const BACKUP_PREFIX: &str = "reviews-";
const BACKUP_SUFFIX: &str = ".sqlite3";
const STAMP_FORMAT: &str = "%Y%m%d-%H%M%S";

/// One backup file, for the restore list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupInfo {
    pub path: String,
    /// When it was taken, RFC 3339 UTC.
    pub created_at: String,
    /// Reviews it holds; null when the file cannot be read.
    pub reviews: Option<i64>,
    #[ts(type = "number")]
    pub bytes: u64,
}

pub fn backups_dir(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .map_or_else(|| PathBuf::from("backups"), |p| p.join("backups"))
}

fn io(context: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.to_owned();
    move |source| Error::Io {
        context,
        path,
        source,
    }
}

/// The time a backup was taken and its same-second counter (1, then 2, 3… for "-2", "-3").
fn stamp_of(path: &Path) -> Option<(chrono::NaiveDateTime, u32)> {
    let name = path.file_name()?.to_str()?;
    let stamp = name
        .strip_prefix(BACKUP_PREFIX)?
        .strip_suffix(BACKUP_SUFFIX)?;
    let at = chrono::NaiveDateTime::parse_from_str(stamp.get(..15)?, STAMP_FORMAT).ok()?;
    let counter = match stamp.get(15..) {
        Some("") | None => 1,
        Some(rest) => rest.strip_prefix('-')?.parse().ok()?,
    };
    Some((at, counter))
}

/// The backups beside `db_path`, newest first.
pub fn list_backups(db_path: &Path) -> Result<Vec<BackupInfo>> {
    let dir = backups_dir(db_path);
    let mut found: Vec<((chrono::NaiveDateTime, u32), PathBuf)> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter_map(|p| stamp_of(&p).map(|s| (s, p)))
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(io("Could not read the backups folder", &dir)(e)),
    };
    found.sort_by(|a, b| b.cmp(a));
    Ok(found
        .into_iter()
        .map(|((stamp, _), path)| BackupInfo {
            reviews: count_reviews(&path),
            bytes: std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0),
            created_at: stamp
                .and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            path: path.display().to_string(),
        })
        .collect())
}

fn count_reviews(path: &Path) -> Option<i64> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .ok()
}

/// Copies the live database at `conn` into a new file in `backups/`, then prunes old ones.
pub(super) fn backup_connection(conn: &Connection, db_path: &Path) -> Result<PathBuf> {
    let dir = backups_dir(db_path);
    std::fs::create_dir_all(&dir).map_err(io("Could not create the backups folder", &dir))?;
    let stamp = chrono::Utc::now().format(STAMP_FORMAT).to_string();
    let mut target = dir.join(format!("{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"));
    let mut n = 2;
    while target.exists() {
        target = dir.join(format!("{BACKUP_PREFIX}{stamp}-{n}{BACKUP_SUFFIX}"));
        n += 1;
    }
    // Write to a temporary name and rename, so a crash never leaves a half backup in the list.
    let partial = dir.join(format!(".partial-{stamp}-{}", std::process::id()));
    conn.backup(rusqlite::MAIN_DB, &partial, None)
        .and_then(|()| {
            // A backup is one self-contained file: no WAL beside it.
            let copy = Connection::open(&partial)?;
            copy.pragma_update_and_check(None, "journal_mode", "delete", |_| Ok(()))
        })
        .map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            Error::DatabaseOpen {
                path: partial.clone(),
                reason: format!("backup failed: {e}"),
            }
        })?;
    std::fs::rename(&partial, &target).map_err(io("Could not finish the backup", &target))?;
    prune(db_path)?;
    Ok(target)
}

fn prune(db_path: &Path) -> Result<()> {
    for old in list_backups(db_path)?.into_iter().skip(KEEP_BACKUPS) {
        let _ = std::fs::remove_file(&old.path);
    }
    Ok(())
}

/// Whether the newest backup is older than a day (or there is none).
pub(super) fn backup_due(db_path: &Path) -> bool {
    let newest = list_backups(db_path)
        .ok()
        .and_then(|b| b.into_iter().next());
    match newest.and_then(|b| chrono::DateTime::parse_from_rfc3339(&b.created_at).ok()) {
        Some(at) => chrono::Utc::now().signed_duration_since(at) >= chrono::Duration::hours(24),
        None => true,
    }
}

impl Store {
    /// Takes a backup now (the CLI's `backup`); returns its path.
    pub fn backup_now(&self) -> Result<PathBuf> {
        let path = self
            .path
            .as_deref()
            .ok_or_else(|| Error::invalid("db", "Database", "an in-memory store has no backups"))?;
        backup_connection(&self.conn, path)
    }
}

/// The `-wal` and `-shm` companions of a database file.
fn companions(db_path: &Path) -> [PathBuf; 2] {
    let name = db_path.as_os_str().to_owned();
    let with = |suffix: &str| {
        let mut n = name.clone();
        n.push(suffix);
        PathBuf::from(n)
    };
    [with("-wal"), with("-shm")]
}

/// Moves a damaged database (and its WAL files) aside as `<name>.damaged-<stamp>`; returns the
/// new path. Nothing is deleted.
pub fn move_aside(db_path: &Path) -> Result<PathBuf> {
    let stamp = chrono::Utc::now().format(STAMP_FORMAT);
    let mut aside = db_path.as_os_str().to_owned();
    aside.push(format!(".damaged-{stamp}"));
    let aside = PathBuf::from(aside);
    std::fs::rename(db_path, &aside)
        .map_err(io("Could not move the damaged database aside", db_path))?;
    for (companion, suffix) in companions(db_path).iter().zip(["-wal", "-shm"]) {
        if companion.exists() {
            let mut target = aside.as_os_str().to_owned();
            target.push(suffix);
            let _ = std::fs::rename(companion, PathBuf::from(target));
        }
    }
    Ok(aside)
}

/// Why a database file cannot be used, if it is damaged; `None` when healthy or absent.
/// Opening errors that are not damage (permissions, a locked file) are left to the caller.
pub fn damage(db_path: &Path) -> Option<String> {
    if std::fs::metadata(db_path)
        .map(|m| m.len() == 0)
        .unwrap_or(true)
    {
        return None;
    }
    let conn = match Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_WRITE) {
        Ok(conn) => conn,
        Err(e) => return is_damage(&e).then(|| e.to_string()),
    };
    let _ = conn.busy_timeout(Duration::from_secs(5));
    match conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0)) {
        Ok(result) if result == "ok" => None,
        Ok(result) => Some(format!("the integrity check failed: {result}")),
        Err(e) => is_damage(&e).then(|| e.to_string()),
    }
}

/// Whether `path` is meant to be a database: it starts like an SQLite file, or is named like
/// one (`.sqlite3`, `.sqlite`, `.db`) — a damaged header must not make a database look like a
/// stranger's text file, and a stranger's text file must never be moved.
pub fn is_database_file(path: &Path) -> bool {
    let named = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "sqlite3" | "sqlite" | "db"));
    let mut magic = [0u8; 16];
    let headed = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
        .is_ok_and(|()| &magic == b"SQLite format 3\0");
    named || headed
}

fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
    )
}

/// Replaces the database at `db_path` with the backup at `backup`. The backup is checked first;
/// the current file (if readable) is backed up before it is replaced, and the replacement is a
/// rename, so a crash leaves either the old or the new database, never a mix.
pub fn restore(db_path: &Path, backup: &Path) -> Result<()> {
    if let Some(reason) = damage(backup) {
        return Err(Error::invalid(
            "backup",
            "Backup",
            format!("{} cannot be restored: {reason}", backup.display()),
        ));
    }
    let source =
        Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
            Error::DatabaseOpen {
                path: backup.to_owned(),
                reason: e.to_string(),
            }
        })?;
    let version: i64 = source.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > super::LATEST_VERSION {
        return Err(Error::DatabaseTooNew {
            path: backup.to_owned(),
            found: version,
            supported: super::LATEST_VERSION,
        });
    }
    if db_path.exists()
        && damage(db_path).is_none()
        && let Ok(current) = Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_WRITE)
    {
        // Keep what the current file holds, then empty its WAL so nothing stale is left beside
        // the restored file.
        backup_connection(&current, db_path)?;
        let _ = current.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }
    let dir = db_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io("Could not create the data folder", dir))?;
    let partial = dir.join(format!(".restoring-{}", std::process::id()));
    let _ = std::fs::remove_file(&partial);
    source
        .backup(rusqlite::MAIN_DB, &partial, None)
        .map_err(|e| Error::DatabaseOpen {
            path: partial.clone(),
            reason: format!("could not copy the backup: {e}"),
        })?;
    for companion in companions(db_path) {
        let _ = std::fs::remove_file(companion);
    }
    std::fs::rename(&partial, db_path)
        .map_err(io("Could not put the restored database in place", db_path))?;
    Ok(())
}
