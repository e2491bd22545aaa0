//! An advisory lock beside the database (`reviews.sqlite3.lock`), so that the app and the CLI
//! know about each other. Every open store holds it shared, which lets several processes read
//! and write (SQLite orders their writes). Replacing or reshaping the file — restoring a backup,
//! upgrading the schema, moving a damaged file aside — needs it exclusive, and is refused while
//! any other process has the database open.

use crate::error::{Error, Result};
use crate::i18n::{Key, msg};
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long to wait for a short-lived holder (a CLI command) before giving up.
const SHARED_WAIT: Duration = Duration::from_secs(5);
const EXCLUSIVE_WAIT: Duration = Duration::from_secs(1);
const POLL: Duration = Duration::from_millis(25);

pub struct DbLock {
    file: File,
    db_path: PathBuf,
}

/// `<db>.lock`.
pub fn lock_path(db_path: &Path) -> PathBuf {
    let mut name = db_path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

fn open_lock_file(db_path: &Path) -> Result<File> {
    let path = lock_path(db_path);
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(&path).map_err(|source| Error::Io {
        context: msg::ERROR_IO_LOCK_FILE,
        path,
        source,
    })
}

/// Retries `attempt` until it stops reporting "held by someone else" or `wait` has passed.
fn retry(
    file: &File,
    wait: Duration,
    attempt: impl Fn(&File) -> std::result::Result<(), TryLockError>,
) -> std::result::Result<bool, std::io::Error> {
    let started = Instant::now();
    loop {
        match attempt(file) {
            Ok(()) => return Ok(true),
            Err(TryLockError::WouldBlock) if started.elapsed() < wait => std::thread::sleep(POLL),
            Err(TryLockError::WouldBlock) => return Ok(false),
            Err(TryLockError::Error(e)) => return Err(e),
        }
    }
}

impl DbLock {
    /// The lock every open store holds. Waits a few seconds while another process restores or
    /// upgrades the database.
    pub fn shared(db_path: &Path) -> Result<DbLock> {
        let file = open_lock_file(db_path)?;
        let lock = DbLock {
            file,
            db_path: db_path.to_owned(),
        };
        match retry(&lock.file, SHARED_WAIT, File::try_lock_shared) {
            Ok(true) => Ok(lock),
            Ok(false) => Err(Error::DatabaseInUse {
                path: db_path.to_owned(),
                action: msg::ERROR_LOCK_ACTION_OPENING,
                holder: msg::ERROR_LOCK_HOLDER_RESTORING,
            }),
            Err(source) => Err(lock.io_error(source)),
        }
    }

    /// The lock for replacing the file, when nothing else has it open.
    pub fn exclusive(db_path: &Path, action: Key) -> Result<DbLock> {
        let lock = DbLock {
            file: open_lock_file(db_path)?,
            db_path: db_path.to_owned(),
        };
        lock.take_exclusive(action)?;
        Ok(lock)
    }

    /// Turns a shared lock into an exclusive one, if no other process holds it.
    pub fn upgrade(&self, action: Key) -> Result<()> {
        self.take_exclusive(action)
    }

    /// Back to shared once the exclusive work is done.
    pub fn downgrade(&self) -> Result<()> {
        self.file
            .lock_shared()
            .map_err(|source| self.io_error(source))
    }

    fn take_exclusive(&self, action: Key) -> Result<()> {
        match retry(&self.file, EXCLUSIVE_WAIT, File::try_lock) {
            Ok(true) => Ok(()),
            Ok(false) => Err(Error::DatabaseInUse {
                path: self.db_path.clone(),
                action,
                holder: msg::ERROR_LOCK_HOLDER_OPEN,
            }),
            Err(source) => Err(self.io_error(source)),
        }
    }

    fn io_error(&self, source: std::io::Error) -> Error {
        Error::Io {
            context: msg::ERROR_IO_LOCK,
            path: lock_path(&self.db_path),
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_holders_coexist_and_exclusive_waits_for_all_of_them() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("reviews.sqlite3");
        let first = DbLock::shared(&db).unwrap();
        let second = DbLock::shared(&db).unwrap();
        assert!(matches!(
            DbLock::exclusive(&db, msg::ERROR_LOCK_ACTION_RESTORING),
            Err(Error::DatabaseInUse { .. })
        ));
        assert!(
            second.upgrade(msg::ERROR_LOCK_ACTION_UPGRADING).is_err(),
            "first still holds it"
        );
        drop(first);
        second.upgrade(msg::ERROR_LOCK_ACTION_UPGRADING).unwrap();
        let probe = open_lock_file(&db).unwrap();
        assert!(matches!(
            probe.try_lock_shared(),
            Err(TryLockError::WouldBlock)
        ));
        second.downgrade().unwrap();
        let _third = DbLock::shared(&db).unwrap();
    }
}
