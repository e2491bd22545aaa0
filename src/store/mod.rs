//! The local SQLite store. One file, opened with WAL, foreign keys and a busy timeout; every
//! edit is its own committed transaction so that what the UI shows as saved is on disk.

pub mod backup;
pub mod history;
mod migrations;
mod quotes;
mod reviews;

pub use backup::{BackupInfo, list_backups, restore};
pub use history::HistoryEntry;
pub use quotes::MAX_QUOTES;
pub use reviews::{NewReview, TRASH_DAYS, TrashedReview};

pub use migrations::LATEST_VERSION;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// A file written by a newer app is refused before anything is written to it. A damaged
    /// file is moved aside (never repaired in place) and reported. A backup is taken before a
    /// migration and at most once a day.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| Error::Io {
                context: "Could not create the data folder",
                path: parent.to_owned(),
                source,
            })?;
        }
        if let Some(reason) = backup::damage(path) {
            if !backup::is_database_file(path) {
                // Not ours and never a database (a wrong --db, say): refuse, touch nothing.
                return Err(Error::DatabaseOpen {
                    path: path.to_owned(),
                    reason: format!("{reason} (is it a VoIP Contract Review database?)"),
                });
            }
            let moved_to = backup::move_aside(path)?;
            return Err(Error::DatabaseDamaged {
                path: path.to_owned(),
                moved_to,
                reason,
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| Error::DatabaseOpen {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
        Self::prepare(conn, Some(path.to_owned()))
    }

    /// A private in-memory store, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
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
            // Durable once committed, without an fsync per statement in WAL mode.
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        if let Some(db_path) = &path
            && found > 0
            && (found < LATEST_VERSION || backup::backup_due(db_path))
        {
            backup::backup_connection(&conn, db_path)?;
        }
        migrations::MIGRATIONS
            .to_latest(&mut conn)
            .map_err(|e| Error::DatabaseOpen {
                path: shown_path,
                reason: format!("schema upgrade failed, nothing was changed: {e}"),
            })?;
        let mut store = Store { conn, path };
        store.migrate_template_answers()?;
        store.purge_expired_trash()?;
        Ok(store)
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

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}
