//! The local SQLite store. One file, opened with WAL, `synchronous = FULL`, foreign keys and a
//! busy timeout; every edit is its own `BEGIN IMMEDIATE` transaction, committed and flushed to
//! disk before the UI is told it is saved. An advisory lock beside the file (see [`lock`])
//! tells the app and the CLI about each other.

pub mod backup;
mod contract;
pub mod history;
mod lock;
mod migrations;
mod pace;
mod places;
mod quotes;
mod reviews;

pub use backup::{BackupInfo, BackupReason, Replaced, list_backups, restore};
pub use contract::AcceptedValue;
pub use history::{HISTORY_PAGE_SIZE, StoredChange};
pub use lock::lock_path;
pub use pace::Pace;
pub use places::{CONTEXT_PAGE, ReviewPlace, SUMMARY_PAGE};
pub use quotes::MAX_QUOTES;
pub use reviews::{NewReview, TRASH_DAYS, TrashedReview};

pub use migrations::LATEST_VERSION;

use crate::error::{Error, Result};
use crate::files;
use crate::i18n::msg;
use lock::DbLock;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Whether `path` is a WAL-mode SQLite file (header bytes 18 and 19) with nothing in its WAL:
/// no crashed or running program's commits that only a full open, with its integrity check,
/// may fold into the file, and no rollback journal mode, whose readers hold locks that block
/// the app's writes.
fn is_quiet_wal_database(path: &Path) -> bool {
    let wal_mode = backup::sqlite_header(path).is_some_and(|h| h[18] == 2 && h[19] == 2);
    let [wal, _] = backup::companions(path);
    wal_mode && std::fs::metadata(wal).ok().is_none_or(|m| m.len() == 0)
}

/// How soon a failed daily backup is tried again.
const BACKUP_RETRY: chrono::Duration = chrono::Duration::hours(1);

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// When the daily backup is next checked for (on save); `None` in memory.
    next_backup_check: Option<chrono::DateTime<chrono::Utc>>,
    /// Why the last daily backup failed, if it did: shown to the user, never fatal.
    backup_warning: Option<String>,
    /// Declared last so it is released after the connection closes.
    _lock: Option<DbLock>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// A file written by a newer app is refused before anything is written to it. A damaged
    /// file is moved aside (never repaired in place) and reported. A backup is taken before a
    /// migration (required) and at most once a day (a failure is a warning). Moving aside and
    /// migrating need the database to itself: they are refused while another process has it
    /// open.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            files::create_private_dir_all(parent)?;
            if parent.file_name() == Some(std::ffi::OsStr::new(crate::paths::APP_IDENTIFIER)) {
                // The app's own data folder (it may predate this rule): private to the user.
                files::make_dir_private(parent)?;
            }
        }
        // A newer app's file is "too new" even when this build cannot parse it.
        if let Some(found) = backup::header_schema_version(path)
            && found > LATEST_VERSION
        {
            return Err(Error::DatabaseTooNew {
                path: path.to_owned(),
                found,
                supported: LATEST_VERSION,
            });
        }
        let lock = DbLock::shared(path)?;
        if let Some(reason) = backup::damage(path) {
            if !backup::is_database_file(path) {
                // Not ours and never a database (a wrong --db, say): refuse, touch nothing.
                return Err(Error::DatabaseOpen {
                    path: path.to_owned(),
                    reason: format!("{reason} (is it a VoIP Contract Review database?)"),
                });
            }
            lock.upgrade(msg::ERROR_LOCK_ACTION_MOVING_DAMAGED)?;
            let moved_to = backup::move_aside(path)?;
            return Err(Error::DatabaseDamaged {
                path: path.to_owned(),
                moved_to,
                reason,
            });
        }
        if !path.exists() {
            // Created private: SQLite gives its WAL and shared-memory files the same mode.
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(path) {
                Ok(_) => files::sync_dir(files::parent_dir(path))?,
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(source) => {
                    return Err(Error::Io {
                        context: msg::ERROR_IO_CREATE_DATABASE,
                        path: path.to_owned(),
                        source,
                    });
                }
            }
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| Error::DatabaseOpen {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
        let store = Self::prepare(conn, Some(path.to_owned()), Some(lock))?;
        // An older file (or one an older version created) becomes private too. Best effort: a
        // file the user does not own keeps its mode.
        for file in std::iter::once(path.to_owned()).chain(backup::companions(path)) {
            if file.exists() {
                let _ = files::make_file_private(&file);
            }
        }
        Ok(store)
    }

    /// Opens an existing database for a command that only reads it (the CLI's list, exports,
    /// comparison, history), without the upkeep [`Store::open`] does: the integrity check, which
    /// reads the whole file, the daily backup, the migrations, the template's answer upgrade
    /// and the trash purge. When any of that has work to do, or the file cannot be read as it
    /// is (missing, damaged, too new, not in WAL mode, or with commits in its WAL that a
    /// crashed or running program left), this is [`Store::open`], which does the work or
    /// reports what it found; a restore holding the file is reported as that open would. The
    /// connection refuses writes: a write through it fails.
    /// Damage found later, while reading, is for the caller to hand to [`Store::open`] (see
    /// [`Error::is_damage`]).
    pub fn open_for_reading(path: &Path) -> Result<Store> {
        match Self::open_read_only_when_idle(path)? {
            Some(store) => Ok(store),
            None => Self::open(path),
        }
    }

    /// The read-only store of [`Store::open_for_reading`], or `None` when opening needs
    /// [`Store::open`]. A restore holding the file is reported at once: the full open would
    /// only wait for it a second time.
    fn open_read_only_when_idle(path: &Path) -> Result<Option<Store>> {
        if !is_quiet_wal_database(path) || backup::backup_due(path) {
            return Ok(None);
        }
        let lock = DbLock::shared(path)?;
        Ok(Self::read_only_connection(path).map(|conn| Store {
            conn,
            path: Some(path.to_owned()),
            // Nothing is saved through it, so no backup is ever due on it.
            next_backup_check: None,
            backup_warning: None,
            _lock: Some(lock),
        }))
    }

    /// A connection to `path` that refuses writes, when the file is current and no upkeep is
    /// due on its reviews.
    fn read_only_connection(path: &Path) -> Option<Connection> {
        // Opened read-write but refusing every write (`query_only`): as the last connection
        // to close, it removes the WAL and shared-memory files as every other connection does;
        // a read-only connection would leave them beside the database. Not created if missing.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).ok()?;
        conn.pragma_update(None, "query_only", true).ok()?;
        conn.busy_timeout(Duration::from_secs(5)).ok()?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .ok()?;
        let journal: String = conn
            .pragma_query_value(None, "journal_mode", |row| row.get(0))
            .ok()?;
        if version != LATEST_VERSION
            || !journal.eq_ignore_ascii_case("wal")
            || Self::reviews_need_upkeep(&conn).ok()?
        {
            return None;
        }
        Some(conn)
    }

    /// A private in-memory store, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, None, None)
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>, lock: Option<DbLock>) -> Result<Store> {
        let shown_path = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        // Read the version before any write (WAL switch included) so a newer file stays untouched.
        let found: i64 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| Error::DatabaseOpen {
                path: shown_path.clone(),
                reason: format!("{e} (is it a VoIP Contract Review database?)"),
            })?;
        if found > LATEST_VERSION {
            return Err(Error::DatabaseTooNew {
                path: shown_path,
                found,
                supported: LATEST_VERSION,
            });
        }
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        if path.is_some() {
            let mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "wal", |row| row.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::DatabaseOpen {
                    path: shown_path,
                    reason: format!("could not switch to WAL journaling (got {mode})"),
                });
            }
            // FULL: every commit syncs the WAL before it returns, so a change reported as saved
            // survives a power loss, not only a crash (NORMAL may lose the last commits to a
            // power cut). Measured in benches/store_10k.rs: see docs/performance.md.
            conn.pragma_update(None, "synchronous", "FULL")?;
        }
        let mut backup_warning = None;
        if let (Some(db_path), Some(lock)) = (&path, &lock) {
            if found < LATEST_VERSION {
                lock.upgrade(msg::ERROR_LOCK_ACTION_UPGRADING)?;
                if found > 0 {
                    // Required: no upgrade without a copy of the file as it was.
                    backup::backup_connection(
                        &conn,
                        db_path,
                        backup::BackupReason::BeforeUpgrade,
                        None,
                    )?;
                }
            } else if backup::backup_due(db_path)
                && let Err(e) =
                    backup::backup_connection(&conn, db_path, backup::BackupReason::Daily, None)
            {
                backup_warning = Some(daily_backup_warning(&e));
            }
        }
        migrations::MIGRATIONS
            .to_latest(&mut conn)
            .map_err(|e| Error::DatabaseOpen {
                path: shown_path,
                reason: format!("schema upgrade failed, nothing was changed: {e}"),
            })?;
        if found < LATEST_VERSION
            && let Some(lock) = &lock
        {
            lock.downgrade()?;
        }
        let next_backup_check = path.as_deref().map(|db_path| {
            if backup_warning.is_some() {
                chrono::Utc::now() + BACKUP_RETRY
            } else {
                backup::next_backup_due(db_path)
            }
        });
        let mut store = Store {
            conn,
            path,
            next_backup_check,
            backup_warning,
            _lock: lock,
        };
        store.migrate_template_answers()?;
        store.purge_expired_trash()?;
        Ok(store)
    }

    /// A write transaction that takes the write lock at `BEGIN` (`BEGIN IMMEDIATE`): it waits
    /// its turn behind another writer (busy timeout) instead of failing at its first write
    /// because its snapshot went stale while it read.
    fn write_transaction(&mut self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }

    /// Why the last daily backup failed, while it keeps failing; `None` once one succeeds.
    pub fn backup_warning(&self) -> Option<&str> {
        self.backup_warning.as_deref()
    }

    /// Takes the daily backup if a day has passed since the newest one, so a session left open
    /// for days still gets one a day. Called after every save; costs a clock read until due.
    /// A failure is kept as a warning ([`Store::backup_warning`]) and retried an hour later.
    pub fn backup_if_due(&mut self) -> Option<PathBuf> {
        let (Some(path), Some(next)) = (self.path.clone(), self.next_backup_check) else {
            return None;
        };
        let now = chrono::Utc::now();
        if now < next {
            return None;
        }
        if !backup::backup_due(&path) {
            self.next_backup_check = Some(backup::next_backup_due(&path));
            return None;
        }
        match backup::backup_connection(&self.conn, &path, backup::BackupReason::Daily, None) {
            Ok(taken) => {
                self.backup_warning = None;
                self.next_backup_check = Some(backup::next_backup_due(&path));
                Some(taken)
            }
            Err(e) => {
                self.backup_warning = Some(daily_backup_warning(&e));
                self.next_backup_check = Some(now + BACKUP_RETRY);
                None
            }
        }
    }

    /// Makes the next save check for the daily backup, as if a day had passed. Only for tests
    /// of long sessions.
    #[doc(hidden)]
    pub fn expire_backup_timer_for_tests(&mut self) {
        if self.next_backup_check.is_some() {
            self.next_backup_check = Some(chrono::Utc::now());
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Caps the database at its current page count, so the next write that needs space fails
    /// as a full disk does. Only for tests of that path.
    #[doc(hidden)]
    pub fn limit_pages_for_tests(&mut self) {
        if let Ok(pages) = self
            .conn
            .pragma_query_value(None, "page_count", |r| r.get::<_, i64>(0))
        {
            let _ = self.conn.pragma_update(None, "max_page_count", pages);
        }
    }

    /// The journal mode and `synchronous` level (2 = FULL) this store commits with.
    pub fn durability(&self) -> Result<(String, i64)> {
        let mode = self
            .conn
            .pragma_query_value(None, "journal_mode", |row| row.get(0))?;
        let sync = self
            .conn
            .pragma_query_value(None, "synchronous", |row| row.get(0))?;
        Ok((mode, sync))
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

fn daily_backup_warning(e: &Error) -> String {
    format!(
        "The daily backup could not be taken ({e}). Your reviews are saved; the backup will be \
         tried again. Free some disk space or check the backups folder's permissions."
    )
}
