//! Automatic backups, restore, and damaged files: moved aside, reported, never repaired in place.

mod common;

use std::path::Path;
use std::process::Command;
use voip_review_core::store::{BackupReason, LATEST_VERSION, Replaced, list_backups, restore};
use voip_review_core::{Error, ErrorCode, Store, sample};

fn store_with_reviews(path: &Path, n: usize) -> Store {
    let mut store = Store::open(path).unwrap();
    for _ in 0..n {
        store.insert_review(&sample::example_review()).unwrap();
    }
    store
}

#[test]
fn backup_and_restore_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 1);
    let backup = store.backup_now().unwrap();
    assert!(backup.starts_with(dir.path().join("backups")));
    drop(store);

    let mut store = Store::open(&db).unwrap();
    store.insert_review(&sample::example_review()).unwrap();
    assert_eq!(store.review_count().unwrap(), 2);
    drop(store);

    restore(&db, &backup).unwrap();
    let store = Store::open(&db).unwrap();
    assert_eq!(store.review_count().unwrap(), 1);
    let restored = store.get_review(1).unwrap();
    assert_eq!(restored.context.provider, "Northwind Voice");
    // What was replaced was backed up first: the newest backup holds both reviews.
    let backups = list_backups(&db).unwrap();
    assert!(backups.iter().any(|b| b.reviews == Some(2)), "{backups:?}");
}

#[test]
fn only_the_last_ten_backups_are_kept_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 1);
    for _ in 0..12 {
        store.backup_now().unwrap();
    }
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 10);
    let mut sorted = backups.clone();
    sorted.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    assert_eq!(
        backups.iter().map(|b| &b.created_at).collect::<Vec<_>>(),
        sorted.iter().map(|b| &b.created_at).collect::<Vec<_>>()
    );
    assert!(backups.iter().all(|b| b.reviews == Some(1) && b.bytes > 0));
    // Each backup is one self-contained file.
    let names: Vec<String> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| n.ends_with(".sqlite3")), "{names:?}");
}

#[test]
fn a_backup_is_taken_before_a_migration() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    drop(store_with_reviews(&db, 1));
    // Roll the file back to schema version 3, as an older app would have left it.
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        common::undo_schema_9_language(&conn);
        common::undo_schema_8_contract(&conn);
        common::undo_schema_7(&conn);
        common::undo_schema_6(&conn);
        // Undo schema versions 5 (template version) and 4 (history and trash).
        for sql in [
            "ALTER TABLE reviews DROP COLUMN template_version",
            "DROP INDEX reviews_by_deleted",
            "DROP INDEX history_by_review",
            "DROP TABLE history",
            "ALTER TABLE reviews DROP COLUMN deleted_at",
            "ALTER TABLE reviews DROP COLUMN acceptable_areas",
            "ALTER TABLE reviews DROP COLUMN negotiate_areas",
            "ALTER TABLE reviews DROP COLUMN deal_breaker_areas",
            "ALTER TABLE reviews DROP COLUMN not_applicable_areas",
        ] {
            conn.execute(sql, []).unwrap();
        }
        conn.pragma_update(None, "user_version", 3).unwrap();
    }
    for b in list_backups(&db).unwrap() {
        std::fs::remove_file(b.path).unwrap();
    }
    let store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    // The migration filled in the rating counts the home list reads: the example rates 3 areas
    // acceptable, 6 negotiate and cancellation a deal-breaker.
    let listed = store.list_reviews("").unwrap();
    assert_eq!(
        (
            listed[0].ratings.acceptable,
            listed[0].ratings.negotiate,
            listed[0].ratings.deal_breaker
        ),
        (3, 6, 1)
    );
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, BackupReason::BeforeUpgrade);
    let old = rusqlite::Connection::open(&backups[0].path).unwrap();
    let version: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 3, "the backup is of the file before the migration");
}

fn damaged_is_moved_aside(damage: impl Fn(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 30);
    store.backup_now().unwrap();
    drop(store);
    damage(&db);
    let damaged_bytes = std::fs::read(&db).unwrap();

    let err = Store::open(&db).err().expect("a damaged file is refused");
    let Error::DatabaseDamaged { path, moved_to, .. } = &err else {
        panic!("expected DatabaseDamaged, got {err:?}");
    };
    assert_eq!(path, &db);
    assert_eq!(
        voip_review_core::ApiError::from(&err).code,
        ErrorCode::DatabaseDamaged
    );
    assert!(err.to_string().contains("moved aside"), "{err}");
    // Never repaired in place: the damaged bytes sit unchanged beside, the path is free.
    assert!(!db.exists());
    assert_eq!(std::fs::read(moved_to).unwrap(), damaged_bytes);

    // The latest backup restores the reviews.
    let latest = list_backups(&db).unwrap().remove(0);
    restore(&db, Path::new(&latest.path)).unwrap();
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 30);
}

fn checkpoint(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
}

#[test]
fn a_truncated_file_is_moved_aside() {
    damaged_is_moved_aside(|db| {
        checkpoint(db);
        let len = std::fs::metadata(db).unwrap().len();
        let file = std::fs::OpenOptions::new().write(true).open(db).unwrap();
        file.set_len(len / 2).unwrap();
    });
}

#[test]
fn an_overwritten_header_is_moved_aside() {
    damaged_is_moved_aside(|db| {
        checkpoint(db);
        let mut bytes = std::fs::read(db).unwrap();
        bytes[..16].copy_from_slice(b"not a database!!");
        std::fs::write(db, bytes).unwrap();
    });
}

#[test]
fn random_bytes_in_the_middle_are_moved_aside() {
    damaged_is_moved_aside(|db| {
        checkpoint(db);
        let mut bytes = std::fs::read(db).unwrap();
        let page = 4096;
        // Scribble over whole pages in the middle of the file (b-tree pages of the reviews).
        let mut x: u64 = 0x9E3779B97F4A7C15;
        let start = (bytes.len() / 2 / page) * page;
        for b in &mut bytes[start..start + 3 * page] {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        std::fs::write(db, bytes).unwrap();
    });
}

#[test]
fn the_cli_exits_non_zero_naming_the_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    store_with_reviews(&db, 1).backup_now().unwrap();
    checkpoint(&db);
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[..16].copy_from_slice(b"garbage-garbage!");
    std::fs::write(&db, bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_voip-review"))
        .arg("--db")
        .arg(&db)
        .arg("list")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&db.display().to_string()) && stderr.contains("damaged"),
        "{stderr}"
    );

    // `restore` from the CLI brings back the automatic backup.
    let latest = list_backups(&db).unwrap().remove(0);
    let out = Command::new(env!("CARGO_BIN_EXE_voip-review"))
        .arg("--db")
        .arg(&db)
        .arg("restore")
        .arg(&latest.path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 1);
}

#[test]
fn a_damaged_backup_is_not_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    drop(store_with_reviews(&db, 1));
    // Named like a backup, in the backups folder: only its content is wrong.
    std::fs::create_dir_all(dir.path().join("backups")).unwrap();
    let bad = dir
        .path()
        .join("backups")
        .join("reviews-20260101-000000.sqlite3");
    std::fs::write(
        &bad,
        b"this is not sqlite at all, not even close............",
    )
    .unwrap();
    let err = restore(&db, &bad).unwrap_err();
    assert!(err.to_string().contains("cannot be restored"), "{err}");
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 1);
}

const STAMP: &str = "%Y%m%d-%H%M%S";

/// Renames a backup so its name says it was taken at `at`; returns the new path.
fn redate(backup: &Path, at: chrono::DateTime<chrono::Utc>) -> std::path::PathBuf {
    let to = backup
        .parent()
        .unwrap()
        .join(format!("reviews-{}.sqlite3", at.format(STAMP)));
    std::fs::rename(backup, &to).unwrap();
    to
}

fn remove_all_backups(db: &Path) {
    for b in list_backups(db).unwrap() {
        std::fs::remove_file(b.path).unwrap();
    }
}

/// Ten daily backups, the newest 2 hours old and each one a day older than the next (so
/// opening the store again does not take a daily one): returned oldest first.
fn ten_dated_backups(store: &Store, db: &Path) -> Vec<std::path::PathBuf> {
    remove_all_backups(db);
    let now = chrono::Utc::now();
    let mut made: Vec<_> = (0..10)
        .map(|k| {
            let taken = store.backup_now().unwrap();
            redate(
                &taken,
                now - chrono::Duration::hours(2) - chrono::Duration::days(k),
            )
        })
        .collect();
    made.reverse();
    made
}

#[test]
fn restoring_the_oldest_of_ten_backups_keeps_all_ten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let mut store = store_with_reviews(&db, 1);
    let ten = ten_dated_backups(&store, &db);
    store.insert_review(&sample::example_review()).unwrap();
    drop(store);

    let replaced = restore(&db, &ten[0]).unwrap();
    let Replaced::BackedUp(saved) = replaced else {
        panic!("the healthy current database is backed up first: {replaced:?}");
    };
    let store = Store::open(&db).unwrap();
    assert_eq!(store.review_count().unwrap(), 1, "the restored backup");
    drop(store);
    for backup in &ten {
        assert!(backup.exists(), "{} was removed", backup.display());
    }
    // The two reviews that were replaced are kept, outside the rotation of ten.
    let listed = list_backups(&db).unwrap();
    assert_eq!(listed.len(), 11, "{listed:?}");
    let before = listed
        .iter()
        .find(|b| Path::new(&b.path) == saved)
        .expect("listed");
    assert_eq!(
        (before.reason, before.reviews),
        (BackupReason::BeforeRestore, Some(2))
    );
    // Restoring again and again never removes the ten daily ones either.
    for _ in 0..3 {
        restore(&db, &ten[0]).unwrap();
    }
    assert!(ten.iter().all(|b| b.exists()));
}

#[test]
fn a_backup_dated_in_the_future_does_not_stop_daily_backups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 1);
    remove_all_backups(&db);
    // Ten backups taken while the clock was a year ahead: a full rotation, all "newer" than now.
    let ahead = chrono::Utc::now() + chrono::Duration::days(365);
    for k in 0..10 {
        let taken = store.backup_now().unwrap();
        redate(&taken, ahead + chrono::Duration::days(k));
    }
    drop(store);

    drop(Store::open(&db).unwrap());
    let now = chrono::Utc::now();
    let listed = list_backups(&db).unwrap();
    let present: Vec<_> = listed
        .iter()
        .filter(|b| chrono::DateTime::parse_from_rfc3339(&b.created_at).unwrap() <= now)
        .collect();
    assert_eq!(
        present.len(),
        1,
        "today's daily backup was taken: {listed:?}"
    );
    // It stays, and the rotation is still ten: a future-dated one made room.
    assert_eq!(listed.len(), 10);
    // Opening again the same day takes no second one.
    drop(Store::open(&db).unwrap());
    assert_eq!(list_backups(&db).unwrap().len(), 10);
}

#[test]
fn a_long_session_takes_a_daily_backup_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let mut store = store_with_reviews(&db, 1);
    let first = list_backups(&db).unwrap();
    assert_eq!(
        first.len(),
        1,
        "a new database gets its first backup on its first save"
    );
    // A day later, still open: the next save takes one.
    redate(
        Path::new(&first[0].path),
        chrono::Utc::now() - chrono::Duration::hours(25),
    );
    store.expire_backup_timer_for_tests();
    store
        .set_answer(
            1,
            "sla.uptime_percent",
            Some(&voip_review_core::model::AnswerValue::Percent(99.9)),
        )
        .unwrap();
    let listed = list_backups(&db).unwrap();
    assert_eq!(listed.len(), 2, "{listed:?}");
    // The next save the same day takes none.
    store.expire_backup_timer_for_tests();
    store
        .set_answer(
            1,
            "sla.uptime_percent",
            Some(&voip_review_core::model::AnswerValue::Percent(99.5)),
        )
        .unwrap();
    assert_eq!(list_backups(&db).unwrap().len(), 2);
}

#[test]
fn a_failed_daily_backup_is_a_warning_not_a_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    drop(store_with_reviews(&db, 1));
    std::fs::remove_dir_all(dir.path().join("backups")).unwrap();
    // A file where the backups folder should be: no backup can be written (even as root).
    std::fs::write(dir.path().join("backups"), b"in the way").unwrap();
    let mut store = Store::open(&db).expect("the database still opens");
    let warning = store.backup_warning().expect("a warning").to_owned();
    assert!(
        warning.contains("daily backup could not be taken"),
        "{warning}"
    );
    store.insert_review(&sample::example_review()).unwrap();
    assert_eq!(store.review_count().unwrap(), 2);
}

#[test]
fn restoring_over_a_damaged_database_moves_it_aside_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 3);
    let backup = store.backup_now().unwrap();
    drop(store);
    checkpoint(&db);
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[..16].copy_from_slice(b"damaged damaged!");
    std::fs::write(&db, &bytes).unwrap();

    let Replaced::MovedAside(aside) = restore(&db, &backup).unwrap() else {
        panic!("the damaged file is moved aside");
    };
    assert_eq!(std::fs::read(&aside).unwrap(), bytes, "kept unchanged");
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 3);
}

/// A database whose last changes are still in its WAL, as a crash leaves it: the files are
/// copied while a connection that never checkpoints has them open.
fn database_with_pending_wal(dir: &Path) -> std::path::PathBuf {
    let live = dir.join("live").join("reviews.sqlite3");
    drop(store_with_reviews(&live, 30));
    checkpoint(&live);
    let conn = rusqlite::Connection::open(&live).unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.execute(
        "UPDATE reviews SET plan = 'only in the WAL' WHERE id = 1",
        [],
    )
    .unwrap();
    let copy_dir = dir.join("copy");
    std::fs::create_dir_all(&copy_dir).unwrap();
    let copy = copy_dir.join("reviews.sqlite3");
    for suffix in ["", "-wal"] {
        std::fs::copy(
            format!("{}{suffix}", live.display()),
            format!("{}{suffix}", copy.display()),
        )
        .unwrap();
    }
    drop(conn);
    assert!(
        std::fs::metadata(format!("{}-wal", copy.display()))
            .unwrap()
            .len()
            > 0
    );
    copy
}

#[test]
fn a_healthy_database_with_a_wal_is_never_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = database_with_pending_wal(dir.path());
    assert_eq!(voip_review_core::store::backup::damage(&db), None);
    let store = Store::open(&db).unwrap();
    assert_eq!(store.get_review(1).unwrap().context.plan, "only in the WAL");
    assert_eq!(store.review_count().unwrap(), 30);
    let names: Vec<String> = std::fs::read_dir(dir.path().join("copy"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("damaged")), "{names:?}");
}

#[test]
fn damage_detection_never_checkpoints_a_wal_into_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = database_with_pending_wal(dir.path());
    let wal = std::path::PathBuf::from(format!("{}-wal", db.display()));
    // Scribble over pages in the middle of the main file (not the ones the WAL holds).
    let mut bytes = std::fs::read(&db).unwrap();
    let page = 4096;
    let start = (bytes.len() / 2 / page) * page;
    for (i, b) in bytes[start..start + 2 * page].iter_mut().enumerate() {
        *b = (i * 31 % 251) as u8;
    }
    std::fs::write(&db, &bytes).unwrap();
    let wal_bytes = std::fs::read(&wal).unwrap();

    let err = Store::open(&db).err().expect("damaged");
    let Error::DatabaseDamaged { moved_to, .. } = err else {
        panic!("expected DatabaseDamaged, got {err:?}");
    };
    assert_eq!(
        std::fs::read(&moved_to).unwrap(),
        bytes,
        "the damaged file is exactly as it was: nothing was checkpointed into it"
    );
    let moved_wal = format!("{}-wal", moved_to.display());
    assert_eq!(
        std::fs::read(moved_wal).unwrap(),
        wal_bytes,
        "its WAL is kept beside it"
    );
}

#[test]
fn a_newer_apps_file_is_too_new_even_when_this_build_cannot_read_its_schema() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute("CREATE TABLE future (x INTEGER) STRICT", [])
            .unwrap();
        conn.pragma_update(None, "writable_schema", true).unwrap();
        conn.execute(
            "UPDATE sqlite_schema SET sql = 'CREATE TABLE future (x INTEGER) WITH SOMETHING NEW' \
             WHERE name = 'future'",
            [],
        )
        .unwrap();
        conn.pragma_update(None, "writable_schema", false).unwrap();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1)
            .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let err = Store::open(&db).err().expect("refused");
    assert!(
        matches!(err, Error::DatabaseTooNew { found, .. } if found == LATEST_VERSION + 1),
        "{err:?}"
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "untouched, not moved aside"
    );
}

#[cfg(unix)]
#[test]
fn the_data_folder_database_and_backups_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let db = data.join("reviews.sqlite3");
    let store = store_with_reviews(&db, 1);
    let backup = store.backup_now().unwrap();
    assert_eq!(mode(&data), 0o700, "data folder");
    assert_eq!(mode(&data.join("backups")), 0o700, "backups folder");
    for file in [
        "reviews.sqlite3",
        "reviews.sqlite3-wal",
        "reviews.sqlite3-shm",
        "reviews.sqlite3.lock",
    ] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    assert_eq!(mode(&backup), 0o600, "backup");
    drop(store);

    // A file an older version left readable by others becomes private when opened.
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    drop(Store::open(&db).unwrap());
    assert_eq!(mode(&db), 0o600);
    // A restored database is private too.
    restore(&db, &backup).unwrap();
    assert_eq!(mode(&db), 0o600);
}

#[test]
fn restore_accepts_only_one_of_the_databases_own_backups_on_every_path() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 2);
    let backup = store.backup_now().unwrap();
    drop(store);
    // A healthy database file that is not one of the backups (a stranger's, planted anywhere).
    let planted = dir.path().join("planted.sqlite3");
    std::fs::copy(&backup, &planted).unwrap();

    let err = restore(&db, &planted).unwrap_err();
    assert!(
        err.to_string()
            .contains("is not one of this database's backups"),
        "{err}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_voip-review"))
        .arg("--db")
        .arg(&db)
        .arg("restore")
        .arg(&planted)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is not one of this database's backups"),
        "{stderr}"
    );
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 2);
}

#[test]
fn restore_is_refused_while_another_process_has_the_database_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let mut store = store_with_reviews(&db, 1);
    let backup = store.backup_now().unwrap();
    store.insert_review(&sample::example_review()).unwrap();
    let cli = |args: &[&std::ffi::OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_voip-review"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap()
    };

    // Another process reading and writing alongside is fine.
    let listed = cli(&["list".as_ref()]);
    assert!(
        listed.status.success(),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    // Replacing the file under an open store is not.
    let out = cli(&["restore".as_ref(), backup.as_os_str()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Restoring a backup needs the database")
            && stderr.contains("another program has it open"),
        "{stderr}"
    );
    assert_eq!(
        store.review_count().unwrap(),
        2,
        "nothing changed under the open store"
    );
    store.insert_review(&sample::example_review()).unwrap();

    drop(store);
    let out = cli(&["restore".as_ref(), backup.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 1);
}

#[test]
fn an_upgrade_is_refused_while_another_process_has_the_database_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    drop(store_with_reviews(&db, 1));
    {
        // Undo the latest schema version (9: the review's language), as an older app would
        // have left the file.
        let conn = rusqlite::Connection::open(&db).unwrap();
        common::undo_schema_9_language(&conn);
        conn.pragma_update(None, "user_version", LATEST_VERSION - 1)
            .unwrap();
    }
    // What another process's open store holds: the lock file, shared. (flock locks belong to
    // an open file, so a second handle here stands for a second process.)
    let other = std::fs::File::open(voip_review_core::store::lock_path(&db)).unwrap();
    other.lock_shared().unwrap();
    let err = Store::open(&db).err().expect("refused");
    assert!(
        err.to_string()
            .contains("Upgrading the database to this version needs the database"),
        "{err}"
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, LATEST_VERSION - 1, "not upgraded");
    drop(conn);
    drop(other);
    assert_eq!(
        Store::open(&db).unwrap().schema_version().unwrap(),
        LATEST_VERSION
    );
}

#[test]
fn back_up_now_has_its_own_rotation_and_never_pushes_out_a_daily_backup() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 2);
    for _ in 0..3 {
        store.backup_now().unwrap();
    }
    // The first save took the day's backup too.
    let dailies = list_backups(&db).unwrap().len();
    assert_eq!(dailies, 4);
    // Twelve presses of "Back up now": the newest ten are kept, and the four daily ones stay.
    let mut taken = Vec::new();
    for _ in 0..12 {
        let info = store.backup_on_request().unwrap();
        assert_eq!(info.reason, BackupReason::Manual);
        assert_eq!(info.reviews, Some(2));
        assert!(info.path.ends_with("-manual.sqlite3"), "{}", info.path);
        taken.push(info.path);
    }
    let backups = list_backups(&db).unwrap();
    let count = |reason| backups.iter().filter(|b| b.reason == reason).count();
    assert_eq!(count(BackupReason::Daily), dailies, "{backups:?}");
    assert_eq!(count(BackupReason::Manual), 10, "{backups:?}");
    // The two oldest presses were the ones removed.
    for gone in &taken[..2] {
        assert!(!Path::new(gone).exists(), "{gone}");
    }
    for kept in &taken[2..] {
        assert!(backups.iter().any(|b| &b.path == kept), "{kept}");
    }
    // A backup taken on request restores like any other.
    drop(store);
    restore(&db, Path::new(&taken[11])).unwrap();
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 2);
}

/// A database with one review whose daily backup is already taken (a new database's first
/// open takes it): nothing is due on open.
fn idle_store_file(db: &Path) -> i64 {
    let mut store = Store::open(db).unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();
    assert_eq!(list_backups(db).unwrap().len(), 1);
    id
}

#[test]
fn reading_commands_open_read_only_and_change_nothing_when_nothing_is_due() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let id = idle_store_file(&db);
    checkpoint(&db);
    let before = std::fs::read(&db).unwrap();

    let mut store = Store::open_for_reading(&db).unwrap();
    assert_eq!(store.review_count().unwrap(), 1);
    assert_eq!(
        store.get_review(id).unwrap().context.provider,
        "Northwind Voice"
    );
    let err = store
        .set_review_language(id, voip_review_core::i18n::Lang::ZhHans)
        .expect_err("the connection is read-only");
    assert_eq!(err.code(), ErrorCode::Database, "{err}");
    drop(store);

    assert_eq!(std::fs::read(&db).unwrap(), before, "not a byte written");
    assert_eq!(list_backups(&db).unwrap().len(), 1, "no second backup");
    for companion in ["reviews.sqlite3-wal", "reviews.sqlite3-shm"] {
        assert!(
            !dir.path().join(companion).exists(),
            "{companion} is removed on close, as after any other command"
        );
    }
}

#[test]
fn reading_commands_take_the_full_open_on_a_file_out_of_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let id = idle_store_file(&db);
    // As a restore leaves it: rollback journal, whose readers would block the app's writes.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    drop(conn);

    let mut store = Store::open_for_reading(&db).unwrap();
    assert_eq!(store.durability().unwrap(), ("wal".to_owned(), 2));
    store
        .set_review_language(id, voip_review_core::i18n::Lang::ZhHans)
        .expect("the full open's store saves");
}

#[test]
fn reading_commands_take_the_full_open_while_the_wal_holds_commits() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let id = idle_store_file(&db);
    // Another program's commit, still in the WAL (its connection stays open).
    let other = rusqlite::Connection::open(&db).unwrap();
    other
        .execute(
            "UPDATE reviews SET updated_at = updated_at WHERE id = ?1",
            [id],
        )
        .unwrap();
    assert!(
        std::fs::metadata(dir.path().join("reviews.sqlite3-wal"))
            .unwrap()
            .len()
            > 0
    );

    let mut store = Store::open_for_reading(&db).unwrap();
    store
        .set_review_language(id, voip_review_core::i18n::Lang::ZhHans)
        .expect("the full open's store saves");
    drop(other);
}

#[test]
fn reading_commands_still_take_the_daily_backup_when_it_is_due() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    idle_store_file(&db);
    // Without a backup from the last day, the daily one is due at the next open.
    std::fs::remove_file(&list_backups(&db).unwrap()[0].path).unwrap();

    let store = Store::open_for_reading(&db).unwrap();
    assert_eq!(store.review_count().unwrap(), 1);
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, BackupReason::Daily);
}

#[test]
fn reading_commands_still_purge_the_trash_whose_days_are_over() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let id = idle_store_file(&db);
    let mut store = Store::open(&db).unwrap();
    store.delete_review(id).unwrap();
    drop(store);
    // Trashed long ago (more than the 30 days the trash keeps a review).
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE reviews SET deleted_at = '2020-01-01T00:00:00.000000Z'",
        [],
    )
    .unwrap();
    drop(conn);

    let store = Store::open_for_reading(&db).unwrap();
    assert!(store.list_trash().unwrap().is_empty(), "purged on open");
    let left: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn a_reading_command_that_meets_damage_reports_it_and_moves_the_file_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let id = idle_store_file(&db);
    checkpoint(&db);
    // The reviews intact (the read-only open reads them), the answers' root page scribbled
    // over: the damage is met by the export itself.
    let page_size: usize;
    let answers_root: usize;
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        page_size = conn
            .query_row("PRAGMA page_size", [], |r| r.get::<_, i64>(0))
            .unwrap() as usize;
        answers_root = conn
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'answers'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .unwrap() as usize;
    }
    let mut bytes = std::fs::read(&db).unwrap();
    let start = (answers_root - 1) * page_size;
    bytes[start..start + page_size].fill(0xA5);
    std::fs::write(&db, bytes).unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_voip-review"))
        .arg("--db")
        .arg(&db)
        .args(["export-json", &id.to_string(), "--out"])
        .arg(dir.path().join("review.json"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("damaged"), "{stderr}");
    assert!(!db.exists(), "moved aside, the path is free");
    assert!(!dir.path().join("review.json").exists());
}
