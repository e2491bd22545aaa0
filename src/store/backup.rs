//! Automatic backups with SQLite's online backup API, restore, and what happens to a damaged
//! file: it is moved aside, never repaired or overwritten in place.
//!
//! Backups live in `backups/` beside the database (folder 0700, files 0600 on Unix):
//! - `reviews-YYYYMMDD-HHMMSS.sqlite3`: the daily ones, taken when the store opens and during a
//!   long session at most a day apart; the newest [`KEEP_BACKUPS`] are kept.
//! - `reviews-YYYYMMDD-HHMMSS-before-restore.sqlite3` and `…-before-upgrade.sqlite3`: the
//!   database as it was just before a restore or a schema upgrade. They are outside the daily
//!   rotation, so neither a restore nor a burst of backups can push a daily one out; they are
//!   removed after [`KEEP_SPECIAL_DAYS`] days. The file being restored is never removed.
//! - `reviews-YYYYMMDD-HHMMSS-manual.sqlite3`: taken when the owner asks ("Back up now"); the
//!   newest [`KEEP_BACKUPS`] are kept, in a rotation of their own, so pressing the button again
//!   and again never pushes a daily backup out.

use super::Store;
use super::lock::DbLock;
use crate::error::{Error, Result, Words};
use crate::files;
use crate::i18n::{Key, msg};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;
use ts_rs::TS;

pub const KEEP_BACKUPS: usize = 10;
/// How long backups taken before a restore or an upgrade are kept.
pub const KEEP_SPECIAL_DAYS: i64 = 30;
const BACKUP_PREFIX: &str = "reviews-";
const BACKUP_SUFFIX: &str = ".sqlite3";
const STAMP_FORMAT: &str = "%Y%m%d-%H%M%S";
const PARTIAL_PREFIX: &str = ".partial-";

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupReason {
    /// The daily backup (or `voip-review backup`): the newest ten are kept.
    Daily,
    /// The database just before a backup replaced it.
    BeforeRestore,
    /// The database just before a schema upgrade.
    BeforeUpgrade,
    /// Asked for by the owner ("Back up now"): the newest ten are kept, apart from the daily ones.
    Manual,
}

impl BackupReason {
    pub const ALL: [BackupReason; 4] = [
        BackupReason::Daily,
        BackupReason::BeforeRestore,
        BackupReason::BeforeUpgrade,
        BackupReason::Manual,
    ];

    /// Why the backup was taken, in the words of the backups list (app and CLI).
    pub fn label(self) -> &'static str {
        match self {
            BackupReason::Daily => "Daily",
            BackupReason::BeforeRestore => "Before a restore",
            BackupReason::BeforeUpgrade => "Before an upgrade",
            BackupReason::Manual => "Back up now",
        }
    }

    /// [`BackupReason::label`] in `lang` (the CLI's `backups` list; the window has the same words
    /// in its own catalog, `backupReason`).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::text(
            lang,
            match self {
                BackupReason::Daily => crate::i18n::msg::BACKUP_REASON_DAILY,
                BackupReason::BeforeRestore => crate::i18n::msg::BACKUP_REASON_BEFORE_RESTORE,
                BackupReason::BeforeUpgrade => crate::i18n::msg::BACKUP_REASON_BEFORE_UPGRADE,
                BackupReason::Manual => crate::i18n::msg::BACKUP_REASON_MANUAL,
            },
        )
    }

    fn file_tag(self) -> &'static str {
        match self {
            BackupReason::Daily => "",
            BackupReason::BeforeRestore => "-before-restore",
            BackupReason::BeforeUpgrade => "-before-upgrade",
            BackupReason::Manual => "-manual",
        }
    }
}

/// One backup file, for the restore list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupInfo {
    pub path: String,
    /// When it was taken, RFC 3339 UTC.
    pub created_at: String,
    pub reason: BackupReason,
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

fn io(context: Key, path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.to_owned();
    move |source| Error::Io {
        context,
        path,
        source,
    }
}

/// What a backup's name says: when it was taken, its same-second counter (1, then 2, 3… for
/// "-2", "-3") and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Stamp {
    at: chrono::NaiveDateTime,
    counter: u32,
    reason: BackupReason,
}

fn stamp_of(path: &Path) -> Option<Stamp> {
    let name = path.file_name()?.to_str()?;
    let stamp = name
        .strip_prefix(BACKUP_PREFIX)?
        .strip_suffix(BACKUP_SUFFIX)?;
    let (stamp, reason) = [
        BackupReason::BeforeRestore,
        BackupReason::BeforeUpgrade,
        BackupReason::Manual,
    ]
    .into_iter()
    .find_map(|r| stamp.strip_suffix(r.file_tag()).map(|s| (s, r)))
    .unwrap_or((stamp, BackupReason::Daily));
    let at = chrono::NaiveDateTime::parse_from_str(stamp.get(..15)?, STAMP_FORMAT).ok()?;
    let counter = match stamp.get(15..) {
        Some("") | None => 1,
        Some(rest) => rest.strip_prefix('-')?.parse().ok()?,
    };
    Some(Stamp {
        at,
        counter,
        reason,
    })
}

/// The backup files beside `db_path` with what their names say, newest first. Cheap: no file
/// is opened.
fn backup_files(db_path: &Path) -> Result<Vec<(Stamp, PathBuf)>> {
    let dir = backups_dir(db_path);
    let mut found: Vec<(Stamp, PathBuf)> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter_map(|p| stamp_of(&p).map(|s| (s, p)))
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(io(msg::ERROR_IO_READ_BACKUPS, &dir)(e)),
    };
    found.sort_by(|a, b| b.cmp(a));
    Ok(found)
}

/// The backups beside `db_path`, newest first.
pub fn list_backups(db_path: &Path) -> Result<Vec<BackupInfo>> {
    Ok(backup_files(db_path)?
        .into_iter()
        .map(|(stamp, path)| BackupInfo {
            reviews: count_reviews(&path),
            bytes: std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0),
            created_at: stamp
                .at
                .and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            reason: stamp.reason,
            path: path.display().to_string(),
        })
        .collect())
}

fn count_reviews(path: &Path) -> Option<i64> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .ok()
}

/// Creates an empty file only the user can read, so that what SQLite writes into it (and the
/// journal it creates beside it, which copies its mode) is never readable by others.
fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop)
}

/// Copies the live database at `conn` into a new file in `backups/`, then prunes old ones
/// (never `protect`, the file about to be restored).
pub(super) fn backup_connection(
    conn: &Connection,
    db_path: &Path,
    reason: BackupReason,
    protect: Option<&Path>,
) -> Result<PathBuf> {
    let dir = backups_dir(db_path);
    files::create_private_dir_all(&dir)?;
    let now = chrono::Utc::now();
    let stamp = now.format(STAMP_FORMAT).to_string();
    let tag = reason.file_tag();
    use chrono::Timelike;
    // Past every counter already used this second for this kind: a name freed by pruning is
    // never reused, since a reused "-1" would sort as the oldest and be pruned at once.
    let at = now
        .naive_utc()
        .with_nanosecond(0)
        .unwrap_or(now.naive_utc());
    let used = backup_files(db_path)?
        .into_iter()
        .filter(|(s, _)| s.at == at && s.reason == reason)
        .map(|(s, _)| s.counter)
        .max();
    let mut n = used.map_or(1, |c| c + 1);
    let name = |n: u32| match n {
        1 => format!("{BACKUP_PREFIX}{stamp}{tag}{BACKUP_SUFFIX}"),
        n => format!("{BACKUP_PREFIX}{stamp}-{n}{tag}{BACKUP_SUFFIX}"),
    };
    let mut target = dir.join(name(n));
    while target.exists() {
        n += 1;
        target = dir.join(name(n));
    }
    // Write to a temporary name and rename, so a crash never leaves a half backup in the list.
    let partial = dir.join(format!(
        "{PARTIAL_PREFIX}{stamp}-{}-{n}",
        std::process::id()
    ));
    let _ = std::fs::remove_file(&partial);
    create_private_file(&partial).map_err(io(msg::ERROR_IO_WRITE_BACKUP, &dir))?;
    conn.backup(rusqlite::MAIN_DB, &partial, None)
        .and_then(|()| {
            // A backup is one self-contained file, on disk before it gets its name.
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
    std::fs::File::open(&partial)
        .and_then(|f| f.sync_all())
        .map_err(io(msg::ERROR_IO_FLUSH_BACKUP, &partial))?;
    files::rename_durably(&partial, &target, msg::ERROR_IO_FINISH_BACKUP)?;
    prune(db_path, protect, now)?;
    Ok(target)
}

/// Keeps the newest [`KEEP_BACKUPS`] daily backups and the special ones younger than
/// [`KEEP_SPECIAL_DAYS`]; removes half-written leftovers of crashed backups.
fn prune(db_path: &Path, protect: Option<&Path>, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    let now = now.naive_utc();
    let protected = |p: &Path| protect.is_some_and(|keep| same_file(keep, p));
    // A backup dated in the future (the clock was ahead) counts as the oldest, so it never
    // pushes out a backup taken at the true time.
    let mut daily: Vec<(bool, Stamp, PathBuf)> = Vec::new();
    let mut manual: Vec<(bool, Stamp, PathBuf)> = Vec::new();
    for (stamp, path) in backup_files(db_path)? {
        match stamp.reason {
            BackupReason::Daily => daily.push((stamp.at <= now, stamp, path)),
            BackupReason::Manual => manual.push((stamp.at <= now, stamp, path)),
            _ if now.signed_duration_since(stamp.at)
                > chrono::Duration::days(KEEP_SPECIAL_DAYS)
                && !protected(&path) =>
            {
                let _ = std::fs::remove_file(&path);
            }
            _ => {}
        }
    }
    for mut rotation in [daily, manual] {
        rotation.sort_by(|a, b| b.cmp(a));
        for (_, _, path) in rotation.into_iter().skip(KEEP_BACKUPS) {
            if !protected(&path) {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    remove_stale_partials(&backups_dir(db_path));
    Ok(())
}

/// A backup interrupted by a crash leaves `.partial-…`; one older than an hour is no longer
/// being written by anyone.
fn remove_stale_partials(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > Duration::from_secs(3600));
        if stale
            && entry
                .file_name()
                .to_string_lossy()
                .starts_with(PARTIAL_PREFIX)
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// When the next daily backup is due: a day after the newest backup not dated in the future
/// (of any kind: a backup taken before a restore or an upgrade is just as fresh), or now.
pub(super) fn next_backup_due(db_path: &Path) -> chrono::DateTime<chrono::Utc> {
    let now = chrono::Utc::now();
    let newest = backup_files(db_path).ok().and_then(|files| {
        files
            .into_iter()
            .map(|(stamp, _)| stamp.at.and_utc())
            .find(|at| *at <= now)
    });
    newest.map_or(now, |at| at + chrono::Duration::hours(24))
}

/// Whether the daily backup is due now.
pub(super) fn backup_due(db_path: &Path) -> bool {
    next_backup_due(db_path) <= chrono::Utc::now()
}

impl Store {
    /// Takes a backup now (the CLI's `backup`); returns its path.
    pub fn backup_now(&self) -> Result<PathBuf> {
        let path = self.path.as_deref().ok_or_else(|| {
            Error::invalid(
                "db",
                msg::ERROR_LABEL_DATABASE,
                msg::ERROR_RULE_NO_STORE_BACKUPS,
            )
        })?;
        backup_connection(&self.conn, path, BackupReason::Daily, None)
    }

    /// Takes a backup because the owner asked for one ("Back up now" in the app). It has its
    /// own rotation, so asking many times never removes a daily backup.
    pub fn backup_on_request(&self) -> Result<BackupInfo> {
        let path = self.path.as_deref().ok_or_else(|| {
            Error::invalid(
                "db",
                msg::ERROR_LABEL_DATABASE,
                msg::ERROR_RULE_NO_STORE_BACKUPS,
            )
        })?;
        let taken = backup_connection(&self.conn, path, BackupReason::Manual, None)?;
        list_backups(path)?
            .into_iter()
            .find(|b| same_file(Path::new(&b.path), &taken))
            .ok_or_else(|| Error::Io {
                context: msg::ERROR_IO_BACKUP_MISSING,
                path: backups_dir(path),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            })
    }
}

/// The `-wal` and `-shm` companions of a database file.
pub(super) fn companions(db_path: &Path) -> [PathBuf; 2] {
    let name = db_path.as_os_str().to_owned();
    let with = |suffix: &str| {
        let mut n = name.clone();
        n.push(suffix);
        PathBuf::from(n)
    };
    [with("-wal"), with("-shm")]
}

/// Moves a damaged database (and its WAL files) aside as `<name>.damaged-<stamp>`; returns the
/// new path. Nothing is deleted. The caller holds the database's lock exclusively.
pub(super) fn move_aside(db_path: &Path) -> Result<PathBuf> {
    let stamp = chrono::Utc::now().format(STAMP_FORMAT);
    let mut aside = db_path.as_os_str().to_owned();
    aside.push(format!(".damaged-{stamp}"));
    let mut aside = PathBuf::from(aside);
    let mut n = 2;
    while aside.exists() {
        let mut next = db_path.as_os_str().to_owned();
        next.push(format!(".damaged-{stamp}-{n}"));
        aside = PathBuf::from(next);
        n += 1;
    }
    std::fs::rename(db_path, &aside).map_err(io(msg::ERROR_IO_MOVE_DAMAGED, db_path))?;
    for (companion, suffix) in companions(db_path).iter().zip(["-wal", "-shm"]) {
        if companion.exists() {
            let mut target = aside.as_os_str().to_owned();
            target.push(suffix);
            let _ = std::fs::rename(companion, PathBuf::from(target));
        }
    }
    files::sync_dir(files::parent_dir(db_path))?;
    Ok(aside)
}

/// The schema version in a database file's header (bytes 60–63), read without SQLite, so a
/// file this build cannot parse is still recognised as a newer app's. `None` when the file
/// does not start like an SQLite database.
pub fn header_schema_version(db_path: &Path) -> Option<i64> {
    let header = sqlite_header(db_path)?;
    Some(i64::from(i32::from_be_bytes([
        header[60], header[61], header[62], header[63],
    ])))
}

/// The first 64 bytes of a database file, read without SQLite; `None` when the file is
/// shorter or does not start like an SQLite database.
pub(super) fn sqlite_header(db_path: &Path) -> Option<[u8; 64]> {
    let mut header = [0u8; 64];
    std::fs::File::open(db_path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .ok()?;
    (&header[..16] == b"SQLite format 3\0").then_some(header)
}

/// Why a database file cannot be used, if it is damaged; `None` when healthy, absent, or
/// written by a newer app (that is "too new", reported by the caller, never "damaged").
/// The file is opened read-only and never checkpointed: a WAL beside a damaged file stays
/// as it was. Opening errors that are not damage (permissions, a locked file) are left to the
/// caller.
pub fn damage(db_path: &Path) -> Option<String> {
    if std::fs::metadata(db_path)
        .map(|m| m.len() == 0)
        .unwrap_or(true)
    {
        return None;
    }
    if header_schema_version(db_path).is_some_and(|v| v > super::LATEST_VERSION) {
        return None;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = match Connection::open_with_flags(db_path, flags) {
        Ok(conn) => conn,
        Err(e) => return is_damage(&e).then(|| e.to_string()),
    };
    let _ = conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
        true,
    );
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

/// What a restore did besides replacing the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replaced {
    /// Nothing was there.
    Nothing,
    /// The current database was backed up first, to this file.
    BackedUp(PathBuf),
    /// The current database was damaged and was moved aside, to this file.
    MovedAside(PathBuf),
}

/// Replaces the database at `db_path` with one of its own backups (a file [`list_backups`]
/// lists; anything else is refused). The backup is checked first; the current database is
/// backed up (or, if damaged, moved aside) before it is replaced, and the replacement is a
/// rename, so a crash leaves either the old or the new database, never a mix. Refused while
/// another process has the database open. The backup itself is never removed.
pub fn restore(db_path: &Path, backup: &Path) -> Result<Replaced> {
    let known = backup_files(db_path)?;
    if !known.iter().any(|(_, path)| same_file(path, backup)) {
        return Err(Error::invalid(
            "backup",
            msg::ERROR_LABEL_BACKUP,
            Words::msg_with(
                msg::ERROR_RULE_BACKUP_UNKNOWN,
                vec![
                    ("backup", Words::Plain(backup.display().to_string())),
                    (
                        "dir",
                        Words::Plain(backups_dir(db_path).display().to_string()),
                    ),
                ],
            ),
        ));
    }
    if let Some(reason) = damage(backup) {
        return Err(Error::invalid(
            "backup",
            msg::ERROR_LABEL_BACKUP,
            Words::msg_with(
                msg::ERROR_RULE_BACKUP_DAMAGED,
                vec![
                    ("backup", Words::Plain(backup.display().to_string())),
                    ("reason", Words::Plain(reason.to_string())),
                ],
            ),
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
    let dir = files::parent_dir(db_path);
    files::create_private_dir_all(dir)?;
    let _lock = DbLock::exclusive(db_path, msg::ERROR_LOCK_ACTION_RESTORING)?;
    let replaced = if std::fs::metadata(db_path).is_ok_and(|m| m.len() > 0) {
        if damage(db_path).is_some() {
            Replaced::MovedAside(move_aside(db_path)?)
        } else {
            let current = Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_WRITE)
                .map_err(|e| Error::DatabaseOpen {
                path: db_path.to_owned(),
                reason: format!("the current database could not be backed up first: {e}"),
            })?;
            let saved =
                backup_connection(&current, db_path, BackupReason::BeforeRestore, Some(backup))?;
            // Empty the WAL into the file just backed up, so nothing stale is left beside the
            // restored one. No one else has it open (the lock), so this cannot be refused.
            current
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .map_err(|e| Error::DatabaseOpen {
                    path: db_path.to_owned(),
                    reason: format!("could not finish writing the current database: {e}"),
                })?;
            drop(current);
            Replaced::BackedUp(saved)
        }
    } else {
        Replaced::Nothing
    };
    let partial = dir.join(format!(".restoring-{}", std::process::id()));
    let _ = std::fs::remove_file(&partial);
    create_private_file(&partial).map_err(io(msg::ERROR_IO_WRITE_DATA_FOLDER, dir))?;
    source
        .backup(rusqlite::MAIN_DB, &partial, None)
        .and_then(|()| {
            let copy = Connection::open(&partial)?;
            copy.pragma_update_and_check(None, "journal_mode", "delete", |_| Ok(()))
        })
        .map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            Error::DatabaseOpen {
                path: partial.clone(),
                reason: format!("could not copy the backup: {e}"),
            }
        })?;
    std::fs::File::open(&partial)
        .and_then(|f| f.sync_all())
        .map_err(io(msg::ERROR_IO_FLUSH_RESTORED, &partial))?;
    for companion in companions(db_path) {
        let _ = std::fs::remove_file(companion);
    }
    files::rename_durably(&partial, db_path, msg::ERROR_IO_PUT_RESTORED)?;
    Ok(replaced)
}
